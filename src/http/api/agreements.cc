// Routes of partnerships: agreements, their life cycle, comments, attachments,
// reminders and the calendar feed.
#include "http/json/agreements.h"

#include <fmt/format.h>

#include <algorithm>

#include "http/api/api.h"
#include "http/api/support.h"
#include "http/json/imports.h"
#include "http/routing/endpoint.h"

namespace orbis::http {

namespace routing {

// GET /agreements: words, filters and a page (20 a page unless asked).
struct AgreementsQuery {
  std::string q;
  std::optional<InstitutionId> partner;
  std::string country;
  std::string kind;
  std::string status;
  std::optional<int> expiring_within;
  std::string isced;
  PageRequest page;
};

template <>
struct QueryCodec<AgreementsQuery> : QueryObject<AgreementsQuery> {
  static constexpr auto params() {
    using Q = AgreementsQuery;
    return std::tuple{
        Param{"q", &Q::q, "words of the title, code or a partner's name"},
        Param{"partner", &Q::partner, "a partner institution's id"},
        Param{"country", &Q::country, "a partner's ISO 3166-1 alpha-2 country"},
        Param{"kind", &Q::kind, "an agreement kind"},
        Param{"status", &Q::status, "an effective status, including expiring and expired"},
        Param{"expiring_within", &Q::expiring_within, "days until the end date"},
        Param{"isced", &Q::isced, "an ISCED-F code or its prefix"},
        Paging<Q>{&Q::page, 20}};
  }
};

// A page of an agreement's comments (100 a page unless asked).
struct CommentsQuery {
  PageRequest page;
};

template <>
struct QueryCodec<CommentsQuery> : QueryObject<CommentsQuery> {
  static constexpr auto params() {
    return std::tuple{Paging<CommentsQuery>{&CommentsQuery::page, kMaxPageSize}};
  }
};

// The partner an attachment is for (an annex); without it, every party sees it.
struct AttachmentQuery {
  std::optional<InstitutionId> institution;
};

template <>
struct QueryCodec<AttachmentQuery> : QueryObject<AttachmentQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"institution", &AttachmentQuery::institution,
                            "the partner the file is for (an annex); without it, every party "
                            "sees it"}};
  }
};

// GET /agreements/reminders: both lists' first pages, or a page of one (100 a page unless
// asked).
struct RemindersQuery {
  std::string kind;
  PageRequest page;
};

template <>
struct QueryCodec<RemindersQuery> : QueryObject<RemindersQuery> {
  static constexpr auto params() {
    return std::tuple{Param{"kind", &RemindersQuery::kind,
                            "expiring or unused_seats: a page of that list only (the cursor's "
                            "list); without it, the first page of both"},
                      Paging<RemindersQuery>{&RemindersQuery::page, kMaxPageSize}};
  }
};

}  // namespace routing

namespace {

using domain::Role;
using Json = nlohmann::json;

using AttachmentId = Id<struct AgreementAttachmentTag>;

}  // namespace

void add_agreement_routes(Router& router, service::Services& s) {
  using domain::access::Action;
  using domain::access::Resource;
  using namespace routing;
  Api api(router, "agreements");

  api.get("/api/v1/agreements/reminders",
          Access::policy(Resource::agreement_reminder, Action::read),
          "List agreements expiring within 180, 90 or 30 days, and conditions with unused seats")
      .handle([&s](const Call& c, const Query<RemindersQuery>& q) -> Result<json::RemindersView> {
        auto reminders = s.agreement_reminders.list(
            c.actor(), {.kind = q->kind, .limit = q->page.limit, .cursor = q->page.cursor});
        if (!reminders) return fail(reminders.error());
        auto token = s.agreement_reminders.calendar_token(c.actor());
        if (!token) return fail(token.error());
        return json::RemindersView{std::move(*reminders), "/api/v1/calendar/" + *token + ".ics"};
      });

  api.get("/api/v1/agreements", Access::policy(Resource::agreement, Action::read),
          "List agreements (a partner sees only its own institution's)")
      .handle([&s](const Call& c,
                   const Query<AgreementsQuery>& q) -> Result<Page<service::AgreementView>> {
        service::AgreementFilter f;
        f.q = q->q;
        f.partner = q->partner;
        f.country = q->country;
        f.kind = q->kind;
        f.status = q->status;
        f.expiring_within = q->expiring_within;
        f.isced = q->isced;
        f.limit = q->page.limit;
        f.cursor = q->page.cursor;
        auto page = s.agreements.list(c.actor(), f);
        if (!page) return fail(page.error());
        return Page<service::AgreementView>{std::move(page->items), std::move(page->next),
                                            page->total};
      });

  api.post("/api/v1/agreements", Access::policy(Resource::agreement, Action::create),
           "Add an agreement (as a draft)")
      .handle([&s](const Call& c,
                   const Patch<domain::Agreement>& body) -> Result<Created<json::AgreementDetail>> {
        domain::Agreement agreement;
        if (auto ok = body.apply(agreement); !ok) return fail(ok.error());
        auto created = s.agreements.create(c.actor(), std::move(agreement));
        if (!created) return fail(created.error());
        std::string location = fmt::format("/api/v1/agreements/{}", created->agreement.id.value);
        return Created<json::AgreementDetail>{{std::move(*created), std::nullopt},
                                              std::move(location)};
      });

  api.get("/api/v1/agreements/{id}", Access::policy(Resource::agreement, Action::read),
          "Read an agreement with parties, conditions, history and attachments")
      .handle([&s](const Call& c, AgreementId id) -> Result<json::AgreementDetail> {
        auto view = s.agreements.get(c.actor(), id);
        if (!view) return fail(view.error());
        // Our iia-hash, when EWP can express the agreement.
        std::optional<std::string> our_hash;
        if (auto exported = s.ewp_agreements.export_iia(c.actor(), id))
          our_hash = std::move(exported->iia_hash);
        return json::AgreementDetail{std::move(*view), std::move(our_hash)};
      });

  api.patch("/api/v1/agreements/{id}", Access::policy(Resource::agreement, Action::update),
            "Change an agreement (If-Match: the ETag you read; lists given are replaced)")
      .handle([&s](const Call& c, AgreementId id, Version v,
                   const Patch<domain::Agreement>& patch) -> Result<json::AgreementDetail> {
        auto current = s.agreements.get(c.actor(), id);
        if (!current) return fail(current.error());
        domain::Agreement agreement = std::move(current->agreement);
        if (auto ok = patch.apply(agreement); !ok) return fail(ok.error());
        auto updated = s.agreements.update(c.actor(), std::move(agreement), v.value);
        if (!updated) return fail(updated.error());
        return json::AgreementDetail{std::move(*updated), std::nullopt};
      });

  // If-Match is optional here: without it, the move applies to the current version.
  api.post("/api/v1/agreements/{id}/transitions",
           Access::policy(Resource::agreement, Action::transition),
           "Move an agreement through its life cycle")
      .handle([&s](const Call& c, AgreementId id,
                   json::TransitionInput body) -> Result<json::AgreementDetail> {
        auto version = internal::if_match_version(c.request);
        if (!version) return fail(version.error());
        if (!body.to) {
          return fail(Error::invalid(
              "the transition has invalid fields",
              {{"to", "one of negotiation, draft, signed, active, terminated, renewed"}}));
        }
        auto moved = s.agreements.transition(c.actor(), id, *body.to, body.reason, *version);
        if (!moved) return fail(moved.error());
        return json::AgreementDetail{std::move(*moved), std::nullopt};
      });

  api.get("/api/v1/agreements/{id}/comments",
          Access::policy(Resource::agreement_comment, Action::read),
          "Read the discussion of an agreement, the oldest comment first")
      .handle([&s](const Call& c, AgreementId id,
                   const Query<CommentsQuery>& q) -> Result<Page<store::Comment>> {
        auto page = s.agreement_comments.list(c.actor(), id, {q->page.limit, q->page.cursor});
        if (!page) return fail(page.error());
        return Page<store::Comment>{std::move(page->items), std::move(page->next), std::nullopt};
      });

  api.post("/api/v1/agreements/{id}/comments",
           Access::policy(Resource::agreement_comment, Action::comment), "Comment on an agreement")
      .handle([&s](const Call& c, AgreementId id,
                   const json::CommentInput& body) -> Result<Created<store::Comment>> {
        auto added = s.agreement_comments.add(c.actor(), id, body.text, body.institution);
        if (!added) return fail(added.error());
        return Created<store::Comment>{std::move(*added), ""};
      });

  // Part of reading agreements: whoever reads them may know when expiry notices start.
  api.get("/api/v1/settings/agreements", Access::policy(Resource::agreement, Action::read),
          "Read the agreement settings (the notice period before expiry)")
      .handle([&s](const Call&) -> Result<json::AgreementSettings> {
        return json::AgreementSettings{s.agreements.notice_days()};
      });

  api.put("/api/v1/settings/agreements", Access::policy(Resource::settings, Action::update),
          "Change the notice period before expiry")
      .handle([&s](const Call& c,
                   json::AgreementSettingsInput body) -> Result<json::AgreementSettings> {
        if (!body.notice_days) {
          return fail(Error::invalid("notice_days is required",
                                     {{"notice_days", "a whole number of days"}}));
        }
        const auto days = static_cast<int>(std::clamp<std::int64_t>(*body.notice_days, -1, 100000));
        if (auto ok = s.agreements.set_notice_days(c.actor(), days); !ok) return fail(ok.error());
        return json::AgreementSettings{s.agreements.notice_days()};
      });

  api.post("/api/v1/agreements/{id}/attachments",
           Access::policy(Resource::agreement_attachment, Action::create),
           "Attach a file (the body is the file; X-Filename names it; at most 10 MiB)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, AgreementId id, const Query<AttachmentQuery>& q,
                   const Upload& file) -> Result<Created<store::AttachmentInfo>> {
        const std::string type = file.content_type.substr(0, file.content_type.find(';'));
        auto attached =
            s.agreement_attachments.attach(c.actor(), id, internal::decode_filename(file.filename),
                                           type, file.bytes, q->institution);
        if (!attached) return fail(attached.error());
        return Created<store::AttachmentInfo>{std::move(*attached), ""};
      });

  api.get("/api/v1/agreements/{id}/attachments/{attachment}",
          Access::policy(Resource::agreement_attachment, Action::read), "Download an attachment")
      .handle([&s](const Call& c, AgreementId id, AttachmentId attachment) -> Result<Download> {
        auto file = s.agreement_attachments.get(c.actor(), id, attachment.value);
        if (!file) return fail(file.error());
        return Download{.content_type = file->first.content_type,
                        .filename = file->first.filename,
                        .bytes = std::move(file->second),
                        .attachment = true,
                        .cache_control = "private, no-store",
                        .headers = {}};
      });

  // A dry run lists the bad rows in its 200; a real import with bad rows is the 422.
  api.post("/api/v1/agreements/import", Access::only({Role::admin, Role::officer}),
           "Import agreements from CSV (dry_run=true checks every row and changes nothing)")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, const Upload& csv,
                   DryRun dry) -> Result<Imported<service::ImportOutcome>> {
        return imported(s.agreement_imports.import_csv(c.actor(), csv.bytes, dry.value), true);
      });

  api.get("/api/v1/agreements/{id}/ewp-iia", Access::policy(Resource::agreement, Action::read),
          "Export the agreement as an EWP IIA v7 get-response with its iia-hash")
      .handle([&s](const Call& c, AgreementId id) -> Result<Download> {
        auto exported = s.ewp_agreements.export_iia(c.actor(), id);
        if (!exported) return fail(exported.error());
        Download d{.content_type = "application/xml; charset=utf-8",
                   .filename = fmt::format("iia-{}.xml", id.value),
                   .bytes = std::move(exported->xml),
                   .attachment = false,
                   .cache_control = {},
                   .headers = {{"X-Orbis-IIA-Hash", exported->iia_hash}}};
        if (!exported->omitted.empty()) {
          std::string omitted;
          for (const auto& o : exported->omitted) omitted += (omitted.empty() ? "" : "; ") + o;
          d.headers.emplace_back("X-Orbis-EWP-Omitted", std::move(omitted));
        }
        return d;
      });

  api.post("/api/v1/agreements/{id}/ewp-iia", Access::policy(Resource::agreement, Action::import),
           "Keep the partner's IIA v7 document beside ours and compare them field by field")
      .limit(kMaxUploadBytes)
      .handle([&s](const Call& c, AgreementId id,
                   const Upload& document) -> Result<service::EwpComparison> {
        if (document.content_type.find("xml") == std::string::npos) {
          return fail(Error::invalid("send the partner's IIA as XML",
                                     {{"content-type", "application/xml or text/xml"}}));
        }
        return s.ewp_agreements.import_partner_copy(c.actor(), id, document.bytes);
      });

  api.post("/api/v1/agreements/{id}/ewp-iia/approve",
           Access::policy(Resource::agreement, Action::approve),
           "Approve the partner's IIA copy (only when both iia-hashes match)")
      .handle([&s](const Call& c, AgreementId id) -> Result<service::EwpComparison> {
        return s.ewp_agreements.approve_partner_copy(c.actor(), id);
      });

  // Public: the secret token in the path is the credential (calendar programs send no
  // other).
  api.get("/api/v1/calendar/{token}", Access::anyone(),
          "Read a user's iCalendar feed of agreement expiries (the secret token is the "
          "credential)")
      .handle([&s](const Call&, const PathText& token) -> Result<Download> {
        std::string_view secret = token.value;
        if (secret.ends_with(".ics")) secret.remove_suffix(4);
        auto calendar = s.agreement_reminders.calendar(std::string(secret));
        if (!calendar) return fail(calendar.error());
        return Download{.content_type = "text/calendar; charset=utf-8",
                        .filename = "orbis-agreement-expiries.ics",
                        .bytes = std::move(*calendar),
                        .attachment = false,
                        .cache_control = "private, max-age=3600",
                        .headers = {}};
      });
}

}  // namespace orbis::http
