// Routes of learning agreements, transcripts, recognition, course catalogues and credit
// systems (docs/learning.md).
#include "http/json/learning.h"

#include <fmt/format.h>

#include "http/api/api.h"
#include "http/json/imports.h"
#include "http/routing/endpoint.h"
#include "service/services.h"

namespace orbis::http {

namespace routing {

// POST /mobilities/{id}/transcript/import: the scale of the file's grades.
struct TranscriptImportQuery {
  std::string scale;
};

template <>
struct QueryCodec<TranscriptImportQuery> : QueryObject<TranscriptImportQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"scale", &TranscriptImportQuery::scale,
                            "the grade scale of the results (default: by the host's country)"}};
  }
};

// GET /institutions/{id}/courses: a page (100 a page unless asked).
struct CoursesQuery {
  PageRequest page;
};

template <>
struct QueryCodec<CoursesQuery> : QueryObject<CoursesQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<CoursesQuery>{&CoursesQuery::page, kMaxPageSize}};
  }
};

// A page of an indicator's groups (100 a page unless asked).
struct IndicatorQuery {
  PageRequest page;
};

template <>
struct QueryCodec<IndicatorQuery> : QueryObject<IndicatorQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<IndicatorQuery>{&IndicatorQuery::page, kMaxPageSize}};
  }
};

}  // namespace routing

namespace {

// The number of a learning agreement's version in a path.
using LaVersionNumber = Id<struct LaVersionNumberTag>;

// No agreement has this many versions; a larger number names none.
constexpr std::int64_t kMaxVersionNumber = 1000;

Result<int> version_number(LaVersionNumber number) {
  if (number.value > kMaxVersionNumber) return fail(Error::not_found("no such version"));
  return static_cast<int>(number.value);
}

}  // namespace

void add_learning_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  using View = Result<service::LearningAgreementView>;
  Api api(router, "learning");

  api.get("/api/v1/mobilities/{id}/learning-agreement",
          Access::policy(Resource::learning_agreement, Action::read),
          "A stay's learning agreement: versions with approvals, transcript, recognition")
      .handle([&s](const Call& c, MobilityId id) -> View {
        return s.learning_agreements.get(c.actor(), id);
      });

  api.post("/api/v1/mobilities/{id}/learning-agreement/versions",
           Access::policy(Resource::learning_agreement, Action::create),
           "Propose the learning agreement, or a change to it (the student or the sending side)")
      .handle([&s](const Call& c, MobilityId id,
                   domain::LaVersion version) -> Result<Created<service::LearningAgreementView>> {
        auto proposed = s.learning_agreements.propose(c.actor(), id, std::move(version.components),
                                                      version.reason);
        if (!proposed) return fail(proposed.error());
        // The agreement is read through its stay: no Location of its own.
        return Created<service::LearningAgreementView>{std::move(*proposed), {}};
      });

  api.post("/api/v1/mobilities/{id}/learning-agreement/versions/{number}/approval",
           Access::policy(Resource::learning_agreement, Action::approve),
           "Approve a version by signing its SHA-256 (the student, the sending and the "
           "receiving side)")
      .handle([&s](const Call& c, MobilityId id, LaVersionNumber number,
                   const domain::LaApproval& approval) -> View {
        auto n = version_number(number);
        if (!n) return fail(n.error());
        if (approval.sha256.empty())
          return fail(
              Error::invalid("sha256 is required", {{"sha256", "the version's SHA-256, hex"}}));
        return s.learning_agreements.approve(c.actor(), id, *n, approval.sha256);
      });

  api.post("/api/v1/mobilities/{id}/learning-agreement/versions/{number}/comments",
           Access::policy(Resource::learning_agreement, Action::comment),
           "Comment on a version instead of approving it")
      .handle([&s](const Call& c, MobilityId id, LaVersionNumber number,
                   domain::LaComment comment) -> View {
        auto n = version_number(number);
        if (!n) return fail(n.error());
        return s.learning_agreements.comment(c.actor(), id, *n, std::move(comment.text));
      });

  api.put("/api/v1/mobilities/{id}/transcript",
          Access::policy(Resource::transcript, Action::update),
          "Enter the host's results (the receiving institution): code, title, credits, grade, "
          "scale, date")
      .handle([&s](const Call& c, MobilityId id, json::TranscriptUpdate update) -> View {
        return s.transcripts.set(c.actor(), id, std::move(update.entries), "partner");
      });

  api.post("/api/v1/mobilities/{id}/transcript/import",
           Access::policy(Resource::transcript, Action::import),
           "Import the host's results from CSV or EWP/ELMO XML (validated against the schema)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, MobilityId id, const Query<TranscriptImportQuery>& q,
                   const Upload& file) -> View {
        const std::string scale = q->scale.empty() ? "ects" : q->scale;
        return s.transcripts.import_file(c.actor(), id, file.bytes, file.content_type, scale);
      });

  api.post("/api/v1/mobilities/{id}/recognition",
           Access::policy(Resource::recognition, Action::create),
           "Credit home courses with converted grades (approve: true makes the stay recognised)")
      .handle([&s](const Call& c, MobilityId id, json::RecognitionUpdate update) -> View {
        return s.recognitions.recognise(c.actor(), id, std::move(update.entries), update.approve);
      });

  // The parties of the agreement (those who sign it) export it.
  api.get("/api/v1/mobilities/{id}/ewp-la",
          Access::policy(Resource::learning_agreement, Action::approve),
          "The learning agreement as an EWP omobility-las v1.2 get-response (XML, schema-valid)")
      .handle([&s](const Call& c, MobilityId id) -> Result<Download> {
        auto xml = s.ewp_learning_agreements.xml(c.actor(), id);
        if (!xml) return fail(xml.error());
        // Saved as an .xml file, named after the stay, however the browser fetched it.
        return Download{.content_type = "application/xml; charset=utf-8",
                        .filename = fmt::format("learning-agreement-{}.xml", id.value),
                        .bytes = std::move(*xml),
                        .attachment = false,
                        .cache_control = {},
                        .headers = {}};
      });

  api.get("/api/v1/indicators/recognition", Access::policy(Resource::indicator, Action::read),
          "Per partner: ECTS in approved learning agreements and ECTS recognised at home")
      .handle([&s](const Call& c,
                   const Query<IndicatorQuery>& q) -> Result<Page<service::RecognitionRate>> {
        auto rates = s.recognitions.rates(c.actor(), {q->page.limit, q->page.cursor});
        if (!rates) return fail(rates.error());
        return Page<service::RecognitionRate>{std::move(rates->items), std::move(rates->next),
                                              rates->total};
      });

  api.get("/api/v1/institutions/{id}/courses", Access::policy(Resource::course, Action::read),
          "An institution's course catalogue, by code")
      .handle([&s](const Call& c, InstitutionId id,
                   const Query<CoursesQuery>& q) -> Result<Page<domain::Course>> {
        auto page = s.course_catalogues.courses(c.actor(), id, {q->page.limit, q->page.cursor});
        if (!page) return fail(page.error());
        return Page<domain::Course>{std::move(page->items), std::move(page->next), std::nullopt};
      });

  api.post("/api/v1/institutions/{id}/courses/import",
           Access::policy(Resource::course, Action::import),
           "Import a course catalogue from CSV (code, title, title_zh, title_local, credits, "
           "credit_system, level, language, isced, term; dry_run=true by default)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, InstitutionId id, const Upload& csv,
                   DryRun dry) -> Result<Imported<service::MobilityImportOutcome>> {
        return imported(s.course_catalogues.import_courses(c.actor(), id, csv.bytes, dry.value));
      });

  api.get("/api/v1/institutions/{id}/credit-system", Access::policy(Resource::course, Action::read),
          "The institution's credit system and its ECTS per credit")
      .handle([&s](const Call&, InstitutionId id) -> Result<service::CreditSystem> {
        return s.course_catalogues.credit_system(id);
      });

  api.put("/api/v1/institutions/{id}/credit-system",
          Access::policy(Resource::course, Action::update),
          "Set the institution's credit system and its ECTS per credit")
      .handle([&s](const Call& c, InstitutionId id,
                   const Patch<service::CreditSystem>& body) -> Result<service::CreditSystem> {
        // Both members are required: a left-out one fails the service's check.
        service::CreditSystem system{.system = "", .ects_per_credit = 0};
        if (auto ok = body.apply(system); !ok) return fail(ok.error());
        return s.course_catalogues.set_credit_system(c.actor(), id, std::move(system));
      });
}

}  // namespace orbis::http
