// The home page's route (docs/home.md): every signed-in role reads its own tasks.
#include "http/json/home.h"

#include "http/api/api.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

void add_home_routes(Router& router, service::Services& s) {
  using namespace routing;
  Api api(router, "home");
  api.get("/api/v1/home", Access::signed_in(),
          "What waits for the reader: each task of its role with how many records and the "
          "first five, within the reader's scope")
      .handle([&s](const Call& c) -> Result<service::HomeView> { return s.home.of(c.actor()); });
}

}  // namespace orbis::http
