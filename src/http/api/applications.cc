// Routes of applications to calls (docs/mobility.md): a student reads and changes their own
// drafts, submits, withdraws and confirms; coordinators read and score their org unit's;
// officers and admins all. Applications are made and listed under their call (api/calls.cc).
#include <fmt/format.h>

#include "http/api/support.h"
#include "http/json/calls.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// A student's own applications: a page (100 a page unless asked).
struct MyApplicationsQuery {
  PageRequest page;
};

template <>
struct QueryCodec<MyApplicationsQuery> : QueryObject<MyApplicationsQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<MyApplicationsQuery>{&MyApplicationsQuery::page, kMaxPageSize}};
  }
};

// What a document uploaded to a draft is, and its file name.
struct ApplicationDocumentQuery {
  std::string kind;
  std::string name;
};

template <>
struct QueryCodec<ApplicationDocumentQuery> : QueryObject<ApplicationDocumentQuery> {
  static constexpr auto params() {
    return std::tuple{
        Param{"kind", &ApplicationDocumentQuery::kind,
              "transcript, language_certificate, motivation_letter, cv, passport, other"},
        Param{"name", &ApplicationDocumentQuery::name, "the file name"}};
  }
};

}  // namespace routing

namespace {

using DocumentId = Id<struct ApplicationDocumentTag>;

}  // namespace

void add_application_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  using View = service::ApplicationView;
  Api api(router, "mobility");
  const auto applicant = Access::policy(Resource::application, Action::update);

  api.get("/api/v1/applications", Access::only({domain::Role::student}),
          "My applications, with their results")
      .handle([&s](const Call& c, const Query<MyApplicationsQuery>& q) -> Result<Page<View>> {
        auto page = s.applications.mine(c.actor(), q->page.limit, q->page.cursor);
        if (!page) return fail(page.error());
        return Page<View>{std::move(page->items), std::move(page->next), std::nullopt};
      });

  api.get("/api/v1/applications/{id}", Access::policy(Resource::application, Action::read),
          "Read an application, its verdicts per preference and its result")
      .handle([&s](const Call& c, ApplicationId id) -> Result<View> {
        return s.applications.get(c.actor(), id);
      });

  api.patch("/api/v1/applications/{id}", applicant,
            "Change a draft's preferences or motivation (saved as you type; If-Match)")
      .handle([&s](const Call& c, ApplicationId id, Version v,
                   ApplicationChanges changes) -> Result<View> {
        if (!changes.preferences) {
          auto current = s.applications.get(c.actor(), id);
          if (!current) return fail(current.error());
          changes.preferences = current->application.preferences;
        }
        return s.applications.edit(c.actor(), id, std::move(*changes.preferences),
                                   std::move(changes.motivation), v.value);
      });

  api.post("/api/v1/applications/{id}/submission", applicant,
           "Begin the submission: a submission begun before the close is accepted for 30 "
           "minutes after it")
      .handle([&s](const Call& c, ApplicationId id) -> Result<View> {
        return s.applications.begin_submission(c.actor(), id);
      });

  api.post("/api/v1/applications/{id}/submit", applicant,
           "Submit (If-Match): eligibility is decided per preference and the score computed")
      .handle([&s](const Call& c, ApplicationId id, Version v) -> Result<View> {
        return s.applications.submit(c.actor(), id, v.value);
      });

  api.post("/api/v1/applications/{id}/withdraw", applicant,
           "Withdraw an application (its stay, if any, is cancelled)")
      .handle([&s](const Call& c, ApplicationId id,
                   std::optional<WithdrawalReason> why) -> Result<View> {
        return s.applications.withdraw(c.actor(), id, why ? std::move(why->reason) : "");
      });

  api.post("/api/v1/applications/{id}/score", Access::policy(Resource::application, Action::score),
           "Score the interview and motivation, 0 to 100 (If-Match)")
      .handle([&s](const Call& c, ApplicationId id, Version v,
                   ApplicationScores scores) -> Result<View> {
        return s.applications.score(c.actor(), id, scores.interview_score, scores.motivation_score,
                                    v.value);
      });

  api.post("/api/v1/applications/{id}/confirm", applicant, "Confirm a seat the host accepted")
      .handle([&s](const Call& c, ApplicationId id) -> Result<View> {
        return s.applications.confirm(c.actor(), id);
      });

  // The document is read only through its application: 201 without a Location.
  api.post("/api/v1/applications/{id}/documents", applicant,
           "Add a document to a draft (the body is the PDF, PNG or JPEG; ?kind=&name=)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, ApplicationId id, const Query<ApplicationDocumentQuery>& q,
                   Upload file) -> Result<Created<View>> {
        std::string type = std::move(file.content_type);
        if (const auto semi = type.find(';'); semi != std::string::npos) type.resize(semi);
        auto view = s.applications.add_document(c.actor(), id, q->kind, q->name, std::move(type),
                                                file.bytes);
        if (!view) return fail(view.error());
        return Created<View>{std::move(*view), ""};
      });

  api.get("/api/v1/applications/{id}/documents/{document}",
          Access::policy(Resource::application_document, Action::read),
          "Download a document of an application")
      .handle([&s](const Call& c, ApplicationId id, DocumentId document) -> Result<Download> {
        auto file = s.applications.document(c.actor(), id, document.value);
        if (!file) return fail(file.error());
        const auto& type = file->first.content_type;
        std::string name = fmt::format("document-{}{}", document.value,
                                       type == "application/pdf" ? ".pdf"
                                       : type == "image/png"     ? ".png"
                                                                 : ".jpg");
        return Download{.content_type = type,
                        .filename = std::move(name),
                        .bytes = std::move(file->second),
                        .attachment = true,
                        .cache_control = "private, no-store",
                        .headers = {}};
      });
}

}  // namespace orbis::http
