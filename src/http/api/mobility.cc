// Routes of mobility (docs/mobility.md), one file per idea: programmes
// (api/programmes.cc), calls (api/calls.cc), applications (api/applications.cc), placement
// runs (api/placement.cc), stays (api/stays.cc) and nominations (api/nominations.cc).
#include "http/api/api.h"
#include "service/services.h"

namespace orbis::http {

void add_programme_routes(Router& router, service::Services& s);
void add_call_routes(Router& router, service::Services& s);
void add_application_routes(Router& router, service::Services& s);
void add_placement_routes(Router& router, service::Services& s);
void add_stay_routes(Router& router, service::Services& s);
void add_nomination_routes(Router& router, service::Services& s);

void add_mobility_api_routes(Router& router, service::Services& s) {
  add_programme_routes(router, s);
  add_call_routes(router, s);
  add_application_routes(router, s);
  add_placement_routes(router, s);
  add_stay_routes(router, s);
  add_nomination_routes(router, s);
}

}  // namespace orbis::http
