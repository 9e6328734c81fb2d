// Internal to the http layer: the route declarations of each area, added to one router by
// add_api_routes (http/api.h). Thread-safety: call on one thread while building the router.
#pragma once

#include "domain/access/policy.h"
#include "http/router.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http::api {

// Who may call an endpoint: the roles the access policy gives some reach for the action.
inline routing::Access allowed(domain::access::Resource resource, domain::access::Action action) {
  return routing::Access::only(domain::access::roles_for(resource, action));
}

void add_programme_routes(Router& router, service::Services& s);

}  // namespace orbis::http::api
