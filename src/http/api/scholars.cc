// Routes of the scholar case file (docs/scholars.md): a department asks for a scholar's stay,
// the office follows it through its states, the host records entries, moves and changes,
// and each case shows China's legal clocks under the rule set that applied. GET /rules lists
// the dated, cited rule sets Orbis applies.
#include "http/json/scholars.h"

#include <fmt/format.h>

#include <algorithm>

#include "http/api/api.h"
#include "http/api/support.h"
#include "http/json/work_permit.h"
#include "http/routing/endpoint.h"
#include "rules/rulebook.h"
#include "service/services.h"

namespace orbis {
using ScholarEventId = Id<struct ScholarEventTag>;
using DocumentId = Id<struct ScholarDocumentTag>;
}  // namespace orbis

namespace orbis::http {

namespace json {

template <>
struct Codec<domain::RuleSource> : Object<domain::RuleSource, Codec<domain::RuleSource>> {
  static constexpr std::string_view name = "RuleSource";
  static constexpr auto fields() {
    using S = domain::RuleSource;
    return std::tuple{Field{"id", &S::id}, Field{"title", &S::title}, Field{"url", &S::url},
                      Field{"read_on", &S::read_on}, Field{"note", &S::note}};
  }
};
template <>
struct Codec<domain::RuleSetInfo> : Object<domain::RuleSetInfo, Codec<domain::RuleSetInfo>> {
  static constexpr std::string_view name = "RuleSet";
  static constexpr auto fields() {
    using R = domain::RuleSetInfo;
    return std::tuple{
        Field{"id", &R::id},
        Field{"kind", &R::kind, kPlain,
              "legal_clocks, work_permit_points, joint_programme_ratios, working_calendar"},
        Field{"name", &R::name},
        Field{"name_zh", &R::name_zh},
        Field{"authority", &R::authority},
        Field{"valid_from", &R::valid_from, kPlain, "ISO date, inclusive"},
        Field{"valid_to", &R::valid_to, kNullIfEmpty, "ISO date, inclusive; null: in force"},
        Field{"note", &R::note},
        Field{"sources", &R::sources}};
  }
};

}  // namespace json

namespace routing {

// GET /scholars: filters and a page (50 a page unless asked, at most 200).
struct ScholarsQuery {
  std::string status;
  std::string kind;
  std::string direction;
  std::optional<PersonId> person;
  std::optional<OrgUnitId> host_unit;
  bool in_stay = false;
  std::size_t limit = 50;
  std::string cursor;
};

template <>
struct QueryCodec<ScholarsQuery> : QueryObject<ScholarsQuery> {
  static constexpr auto params() {
    using Q = ScholarsQuery;
    return std::tuple{
        Param{"status", &Q::status,
              "requested, screening, approved, permit_visa, arrived, registered, active, "
              "extended, departed, closed, declined, withdrawn"},
        Param{"kind", &Q::kind, "faculty, visiting, exchange"},
        Param{"direction", &Q::direction, "incoming or outgoing"},
        Param{"person", &Q::person, "a person's id"},
        Param{"host_unit", &Q::host_unit, "our department's org unit id"},
        Param{"in_stay", &Q::in_stay, "true: only arrived, registered, active or extended cases"},
        Param{"limit", &Q::limit, "page size, 1 to 200 (default 50)"},
        Param{"cursor", &Q::cursor, "the `next` value of the previous page"}};
  }
};

// POST /scholars/{id}/documents: what the document is.
struct ScholarDocumentQuery {
  std::string kind;
};

template <>
struct QueryCodec<ScholarDocumentQuery> : QueryObject<ScholarDocumentQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"kind", &ScholarDocumentQuery::kind,
                            "passport, cv, invitation, contract, degree, permit or other"}};
  }
};

}  // namespace routing

void add_scholar_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "scholars");

  api.get("/api/v1/scholars", Access::policy(Resource::scholar_case, Action::read),
          "Scholar cases (each role sees its own scope), the latest planned start first")
      .handle([&s](const Call& c,
                   const Query<ScholarsQuery>& q) -> Result<Page<service::ScholarCaseView>> {
        service::ScholarCaseFilter f{.status = q->status,
                                     .kind = q->kind,
                                     .direction = q->direction,
                                     .person = q->person,
                                     .host_unit = q->host_unit,
                                     .in_stay = q->in_stay,
                                     .limit = q->limit,
                                     .cursor = q->cursor};
        auto page = s.scholar_cases.list(c.actor(), f);
        if (!page) return fail(page.error());
        return Page<service::ScholarCaseView>{std::move(page->items), std::move(page->next),
                                              page->total};
      });

  api.post("/api/v1/scholars", Access::policy(Resource::scholar_case, Action::create),
           "Ask for a scholar's stay (a coordinator for their own department) or record one; "
           "the case starts as requested")
      .handle([&s](const Call& c,
                   json::ScholarRequest request) -> Result<Created<service::ScholarCaseView>> {
        auto created = s.scholar_cases.create(c.actor(), std::move(request.record),
                                              std::move(request.scholar));
        if (!created) return fail(created.error());
        std::string location = fmt::format("/api/v1/scholars/{}", created->record.id.value);
        return Created<service::ScholarCaseView>{std::move(*created), std::move(location)};
      });

  api.get("/api/v1/scholars/overdue", Access::policy(Resource::scholar_case, Action::update),
          "Every legal clock past its time on the incoming scholars here now that the reader "
          "may see (the office's, a coordinator's department's), the most overdue first")
      .handle([&s](const Call& c) -> Result<Page<service::OverdueClock>> {
        auto overdue = s.scholar_cases.overdue(c.actor());
        if (!overdue) return fail(overdue.error());
        const auto total = overdue->size();
        return Page<service::OverdueClock>{std::move(*overdue), std::nullopt, total};
      });

  api.get("/api/v1/scholars/{id}", Access::policy(Resource::scholar_case, Action::read),
          "Read a scholar case with its events, clocks, tasks and history")
      .handle([&s](const Call& c, ScholarCaseId id) -> Result<service::ScholarCaseView> {
        return s.scholar_cases.get(c.actor(), id);
      });

  api.post("/api/v1/scholars/{id}/documents",
           Access::policy(Resource::scholar_case, Action::update),
           "Keep a document on the case (the body is the file; X-Filename names it; kind says "
           "what it is; PDF, PNG, JPEG or plain text, at most 10 MiB)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, ScholarCaseId id, const Query<ScholarDocumentQuery>& q,
                   const Upload& file) -> Result<Created<store::ScholarDocument>> {
        const std::string type = file.content_type.substr(0, file.content_type.find(';'));
        auto kept = s.scholar_cases.attach_document(
            c.actor(), id, q->kind, internal::decode_filename(file.filename), type, file.bytes);
        if (!kept) return fail(kept.error());
        std::string location = fmt::format("/api/v1/scholars/{}/documents/{}", id.value, kept->id);
        return Created<store::ScholarDocument>{std::move(*kept), std::move(location)};
      });

  api.get("/api/v1/scholars/{id}/documents/{document}",
          Access::policy(Resource::scholar_case, Action::read),
          "Download a document kept on the case (those who see its personal data)")
      .handle([&s](const Call& c, ScholarCaseId id, DocumentId document) -> Result<Download> {
        auto file = s.scholar_cases.document(c.actor(), id, document.value);
        if (!file) return fail(file.error());
        return Download{.content_type = file->first.content_type,
                        .filename = file->first.filename,
                        .bytes = std::move(file->second),
                        .attachment = true,
                        .cache_control = "private, no-store",
                        .headers = {}};
      });

  api.get("/api/v1/scholars/{id}/orcid", Access::policy(Resource::scholar_case, Action::read),
          "The stay as an ORCID record 3.0 item (XML): an employment for faculty recruited, an "
          "invited position for a visit or an exchange; for the scholar, the department and "
          "the office, once the scholar has arrived")
      .handle([&s](const Call& c, ScholarCaseId id) -> Result<Download> {
        auto item = s.scholar_cases.orcid(c.actor(), id);
        if (!item) return fail(item.error());
        return Download{.content_type = "application/xml; charset=utf-8",
                        .filename = fmt::format("orcid-{}-{}.xml", item->kind, id.value),
                        .bytes = std::move(item->xml),
                        .attachment = true,
                        .cache_control = {},
                        .headers = {}};
      });

  api.patch("/api/v1/scholars/{id}", Access::policy(Resource::scholar_case, Action::update),
            "Change a case's plan, references or permits (If-Match)")
      .handle([&s](const Call& c, ScholarCaseId id, Version v,
                   const Patch<domain::scholars::ScholarCase>& patch)
                  -> Result<service::ScholarCaseView> {
        auto current = s.scholar_cases.get(c.actor(), id);
        if (!current) return fail(current.error());
        if (!current->personal) {
          return fail(Error::denied("the case's permits are not the reader's to change"));
        }
        domain::scholars::ScholarCase record = std::move(current->record);
        if (auto ok = patch.apply(record); !ok) return fail(ok.error());
        return s.scholar_cases.update(c.actor(), std::move(record), v.value);
      });

  api.post("/api/v1/scholars/{id}/transitions",
           Access::policy(Resource::scholar_case, Action::transition),
           "Move a case: screening, approval, decline and closing are the office's; a decline "
           "or withdrawal needs a reason, an extension its new end (If-Match)")
      .handle([&s](const Call& c, ScholarCaseId id, Version v,
                   json::ScholarTransition t) -> Result<service::ScholarCaseView> {
        if (t.to.empty()) {
          return fail(Error::invalid("the transition has invalid fields", {{"to", "required"}}));
        }
        return s.scholar_cases.transition(c.actor(), id, t.to, std::move(t.reason),
                                          std::move(t.extended_to), v.value);
      });

  api.post("/api/v1/scholars/{id}/events", Access::policy(Resource::scholar_case, Action::update),
           "Record an entry into China (the first is the arrival), a move, a change or an exit "
           "(If-Match)")
      .handle([&s](const Call& c, ScholarCaseId id, Version v,
                   domain::scholars::CaseEvent event) -> Result<service::ScholarCaseView> {
        event.id = 0;
        return s.scholar_cases.record_event(c.actor(), id, std::move(event), v.value);
      });

  api.put("/api/v1/scholars/{id}/events/{event}",
          Access::policy(Resource::scholar_case, Action::update),
          "Change a recorded event with the members sent, such as when the registration was "
          "made or the change filed (done_at) (If-Match)")
      .handle(
          [&s](
              const Call& c, ScholarCaseId id, ScholarEventId event_id, Version v,
              const Patch<domain::scholars::CaseEvent>& patch) -> Result<service::ScholarCaseView> {
            auto current = s.scholar_cases.get(c.actor(), id);
            if (!current) return fail(current.error());
            const auto& events = current->record.events;
            const auto it = std::find_if(events.begin(), events.end(),
                                         [&](const auto& e) { return e.id == event_id.value; });
            if (it == events.end()) {
              return fail(Error::not_found(
                  fmt::format("scholar case {} has no event {}", id.value, event_id.value)));
            }
            domain::scholars::CaseEvent event = *it;
            if (auto ok = patch.apply(event); !ok) return fail(ok.error());
            event.id = event_id.value;
            return s.scholar_cases.record_event(c.actor(), id, std::move(event), v.value);
          });

  api.post("/api/v1/scholars/work-permit-points",
           Access::policy(Resource::scholar_case, Action::update),
           "China's work-permit category and points for what is given, under each points table "
           "holding on the day (the sources disagree: each result is given, and which applied), "
           "with the points of each item and the evidence still missing")
      .handle([&s](const Call& c,
                   domain::scholars::PointsInput input) -> Result<json::PointsComparisonView> {
        (void)c;
        if (input.assessed_on.empty())
          input.assessed_on = format_iso8601(s.clock.now()).substr(0, 10);
        const auto& book = rules::shipped();
        if (!book)
          return fail(
              Error::internal("the rule sets built in do not read: " + book.error().message));
        auto compared = domain::scholars::assess_under_each(book->points, input);
        if (!compared && compared.error().code == ErrorCode::not_found) {
          return fail(Error::invalid("no work-permit points table holds on that day",
                                     {{"assessed_on", compared.error().message}}));
        }
        if (!compared) return fail(compared.error());
        const auto applied = compared->applied_assessment().rule_set;
        return json::PointsComparisonView{std::move(compared->assessments), applied,
                                          std::move(compared->why)};
      });

  api.get("/api/v1/rules", Access::signed_in(),
          "The dated, cited rule sets Orbis applies (legal clocks, work-permit points), with "
          "their sources")
      .handle([](const Call&) -> Result<Page<domain::RuleSetInfo>> {
        const auto& book = rules::shipped();
        if (!book)
          return fail(
              Error::internal("the rule sets built in do not read: " + book.error().message));
        auto sets = book->sets();
        const auto total = sets.size();
        return Page<domain::RuleSetInfo>{std::move(sets), std::nullopt, total};
      });
}

}  // namespace orbis::http
