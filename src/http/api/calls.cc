// Routes of calls for applications (docs/mobility.md): officers and admins open and change
// them and add their offers; every role but partners reads them (a student the open ones and
// those they applied to). The applications to a call are listed, made and imported here; each
// application's own routes are in api/applications.cc.
#include "http/json/calls.h"

#include <fmt/format.h>

#include "http/json/imports.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// A list of calls: a page (100 a page unless asked).
struct CallsQuery {
  PageRequest page;
};

template <>
struct QueryCodec<CallsQuery> : QueryObject<CallsQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<CallsQuery>{&CallsQuery::page, kMaxPageSize}};
  }
};

// The applications to a call: a status, and a page (100 a page unless asked).
struct CallApplicationsQuery {
  std::optional<domain::ApplicationStatus> status;
  PageRequest page;
};

template <>
struct QueryCodec<CallApplicationsQuery> : QueryObject<CallApplicationsQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"status", &CallApplicationsQuery::status, "an application status"},
                      Paging<CallApplicationsQuery>{&CallApplicationsQuery::page, kMaxPageSize}};
  }
};

}  // namespace routing

namespace {

// A CSV import of a call's applications: 200 for a dry run, 201 when written, 422 with every
// bad row when any (nothing written).
void add_application_import_route(routing::Api& api, service::Services& s) {
  using namespace routing;
  api.post("/api/v1/calls/{id}/applications/import",
           Access::policy(domain::access::Resource::application, domain::access::Action::import),
           "Import a call's applications from CSV (dry_run=true, the default, changes nothing)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, CallId id, const Upload& csv,
                   DryRun dry) -> Result<Imported<service::MobilityImportOutcome>> {
        return imported(s.applications.import_csv(c.actor(), id, csv.bytes, dry.value));
      });
}

}  // namespace

void add_call_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "mobility");

  // The call as the reader sees it, once it is read or written.
  const auto view_of = [&s](const Call& c, Result<domain::Call> call) -> Result<service::CallView> {
    if (!call) return fail(call.error());
    return s.calls.view(c.actor(), *call);
  };

  api.get("/api/v1/calls", Access::policy(Resource::call, Action::read),
          "List calls for applications (a student sees the open ones and their own)")
      .handle([&s](const Call& c, const Query<CallsQuery>& q) -> Result<Page<service::CallView>> {
        auto page = s.calls.page(c.actor(), q->page.limit, q->page.cursor);
        if (!page) return fail(page.error());
        return Page<service::CallView>{std::move(page->items), std::move(page->next), std::nullopt};
      });

  api.post("/api/v1/calls", Access::policy(Resource::call, Action::create),
           "Open a call for applications")
      .handle([&s, view_of](const Call& c,
                            const Patch<domain::Call>& body) -> Result<Created<service::CallView>> {
        domain::Call call;
        if (auto ok = body.apply(call); !ok) return fail(ok.error());
        auto view = view_of(c, s.calls.create(c.actor(), std::move(call)));
        if (!view) return fail(view.error());
        std::string location = fmt::format("/api/v1/calls/{}", view->call.id.value);
        return Created<service::CallView>{std::move(*view), std::move(location)};
      });

  api.get("/api/v1/calls/{id}", Access::policy(Resource::call, Action::read),
          "Read a call with its offers")
      .handle([&s, view_of](const Call& c, CallId id) -> Result<service::CallView> {
        return view_of(c, s.calls.get(c.actor(), id));
      });

  api.patch("/api/v1/calls/{id}", Access::policy(Resource::call, Action::update),
            "Change a call (If-Match: the ETag you read)")
      .handle([&s, view_of](const Call& c, CallId id, Version v,
                            const Patch<domain::Call>& patch) -> Result<service::CallView> {
        auto call = s.calls.get(c.actor(), id);
        if (!call) return fail(call.error());
        if (auto ok = patch.apply(*call); !ok) return fail(ok.error());
        return view_of(c, s.calls.update(c.actor(), std::move(*call), v.value));
      });

  // The offer is read only through its call: 201 without a Location.
  api.post("/api/v1/calls/{id}/offers", Access::policy(Resource::call, Action::update),
           "Add an offer from an agreement condition or a programme (seats, host and rules "
           "default from it)")
      .handle([&s, view_of](const Call& c, CallId id,
                            domain::Offer offer) -> Result<Created<service::CallView>> {
        auto view = view_of(c, s.calls.add_offer(c.actor(), id, std::move(offer)));
        if (!view) return fail(view.error());
        return Created<service::CallView>{std::move(*view), ""};
      });

  api.get("/api/v1/calls/{id}/applications", Access::policy(Resource::application, Action::read),
          "Applications to a call (a coordinator sees their org unit's, a student their own)")
      .handle([&s](
                  const Call& c, CallId id,
                  const Query<CallApplicationsQuery>& q) -> Result<Page<service::ApplicationView>> {
        const std::string_view status = q->status ? domain::to_string(*q->status) : "";
        auto page = s.applications.of_call(c.actor(), id, status, q->page.limit, q->page.cursor);
        if (!page) return fail(page.error());
        return Page<service::ApplicationView>{std::move(page->items), std::move(page->next),
                                              std::nullopt};
      });

  api.post("/api/v1/calls/{id}/applications", Access::policy(Resource::application, Action::create),
           "Apply (as a draft) with ranked offer ids; a student for themselves")
      .handle([&s](const Call& c, CallId id,
                   domain::Application draft) -> Result<Created<service::ApplicationView>> {
        auto view = s.applications.apply(c.actor(), id, std::move(draft));
        if (!view) return fail(view.error());
        std::string location = fmt::format("/api/v1/applications/{}", view->application.id.value);
        return Created<service::ApplicationView>{std::move(*view), std::move(location)};
      });

  add_application_import_route(api, s);
}

}  // namespace orbis::http
