// Applications to calls: drafted, submitted, scored, withdrawn, confirmed, with documents.
#include "service/mobility/applications.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "common/crypto.h"
#include "domain/access/policy.h"
#include "domain/reference.h"
#include "service/mobility/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/paging.h"
#include "service/support/privacy.h"
#include "service/support/serialize.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::ApplicationStatus;
using mobility_rules::add_history;
using mobility_rules::person_of;

bool sees_application(const domain::Actor& actor, const domain::Application& a,
                      const domain::Person& person) {
  namespace access = domain::access;
  return access::reaches(actor, access::Resource::application, access::Action::read,
                         {.owner = person.user, .org_unit = a.org_unit, .institutions = {}});
}

// An application with its person, as the actor may see it.
struct VisibleApplication {
  domain::Application application;
  domain::Person person;
};

// The application `id` and its person if the actor sees it; not_found otherwise, so that its
// existence does not leak.
Result<VisibleApplication> visible_application(store::Transaction& tx, const domain::Actor& actor,
                                               ApplicationId id) {
  auto application = tx.applications().get(id);
  if (!application) return fail(application.error());
  auto person = tx.people().get(application->person);
  if (!person) return fail(person.error());
  if (!sees_application(actor, *application, *person))
    return fail(Error::not_found(fmt::format("no application {}", id.value)));
  return VisibleApplication{std::move(*application), std::move(*person)};
}

// The owner (the student) or an officer/admin, for changes to an application.
bool may_change(const domain::Actor& actor, const domain::Person& person) {
  namespace access = domain::access;
  return access::reaches(actor, access::Resource::application, access::Action::update,
                         {.owner = person.user, .org_unit = {}, .institutions = {}});
}

// Who scores applications: coordinators (their org unit's), officers and admins.
bool scores_applications(const domain::Actor& actor) {
  namespace access = domain::access;
  return access::scope_of(actor, access::Resource::application, access::Action::score).allowed();
}

// What the reader, who sees the application, may do with it at its status: the moves the
// rules allow there. An action can still be refused for what only its moment decides (a
// call that closed, a stay that began, a version changed since).
std::vector<std::string> allowed_actions(const domain::Actor& actor, const domain::Application& a,
                                         const domain::Person& person, const domain::Call& call) {
  std::vector<std::string> out;
  const bool owner = may_change(actor, person);
  if (owner && a.status == ApplicationStatus::draft) {
    for (const char* action : {"edit", "add_document", "submit"}) out.emplace_back(action);
  }
  if (owner && a.status != ApplicationStatus::withdrawn && a.status != ApplicationStatus::rejected)
    out.emplace_back("withdraw");
  if (scores_applications(actor) && a.status != ApplicationStatus::draft &&
      a.status != ApplicationStatus::withdrawn && !call.published_run)
    out.emplace_back("score");
  if (owner && a.status == ApplicationStatus::accepted) out.emplace_back("confirm");
  return out;
}

// How a reader who sees the application stands to its applicant (domain/privacy.h).
domain::Standing standing(const domain::Actor& actor, const domain::Application& a,
                          const domain::Person& person) {
  // An application involves no partner: the hosts see the students placed with them as
  // nominations, not their applications.
  return domain::standing(actor,
                          {.owner = person.user, .org_unit = a.org_unit, .institutions = {}});
}

// The application as its reader may see it, with what the reader may do with it.
ApplicationView shown(const domain::Actor& actor, domain::Application a, domain::Person person,
                      const domain::Call& call, const ActorNames& names) {
  const auto d = domain::disclosure(standing(actor, a, person));
  auto actions = allowed_actions(actor, a, person, call);
  domain::redact(person, d);
  redact(a, d, names);
  return {std::move(a), std::move(person), d, std::move(actions)};
}

// Shows the application a write made as its writer may see it (the runner commits).
Result<ApplicationView> show(store::Transaction& tx, const domain::Actor& actor,
                             domain::Application a, domain::Person person,
                             const domain::Call& call) {
  auto names = ActorNames::load(tx);
  if (!names) return fail(names.error());
  return shown(actor, std::move(a), std::move(person), call, *names);
}

// A page of the applications `query` selects (the reader's scope in it), each as `actor`
// may see it, naming only the users these applications name.
Result<Page<ApplicationView>> shown_page(store::Transaction& tx, const domain::Actor& actor,
                                         const store::ApplicationListQuery& query,
                                         std::string_view list) {
  auto found = store::list_applications(tx, query);
  if (!found) return fail(found.error());
  std::vector<std::string> actors;
  for (const auto& a : found->items) {
    for (const auto& h : a.history) actors.push_back(h.actor);
    actors.push_back(a.scored_by);
  }
  auto names = ActorNames::of(tx, actors);
  if (!names) return fail(names.error());
  Page<ApplicationView> page;
  std::map<std::int64_t, domain::Call> calls;  // the calls this page's applications are to
  for (auto& a : found->items) {
    auto person = tx.people().get(a.person);
    if (!person) return fail(person.error());
    // The query holds the scope; this is the rule once more, should the two ever part.
    if (!sees_application(actor, a, *person)) continue;
    auto call = calls.find(a.call.value);
    if (call == calls.end()) {
      auto read = tx.calls().get(a.call);
      if (!read) return fail(read.error());
      call = calls.emplace(a.call.value, std::move(*read)).first;
    }
    page.items.push_back(shown(actor, std::move(a), std::move(*person), call->second, *names));
  }
  page.next = next_cursor(list, "id", found->next);
  return page;
}

// Whether the actor may `action` applications for anyone (the office, whose reach is every
// application): it may then act outside a call's window, for the students it helps. A
// student's reach is their own applications, within the window.
bool acts_for_anyone(const domain::Actor& actor, domain::access::Action action) {
  return domain::access::scope_of(actor, domain::access::Resource::application, action)
      .everything();
}

}  // namespace

Result<Page<ApplicationView>> Applications::of_call(const domain::Actor& actor, CallId call,
                                                    std::string_view status, std::size_t limit,
                                                    std::string_view cursor) const {
  // The reader's scope, from the policy (application read), becomes the query's filter.
  const auto scope = domain::access::scope_of(actor, domain::access::Resource::application,
                                              domain::access::Action::read);
  if (!scope.allowed() || scope.reach == domain::access::Reach::own_institution)
    return fail(Error::not_found(fmt::format("no call {}", call.value)));
  store::ApplicationListQuery query{.call = call};
  if (!status.empty()) {
    query.status = domain::parse_application_status(status);
    if (!query.status) {
      return fail(Error::invalid("status is not an application status",
                                 {{"status", "draft, submitted, eligible, …"}}));
    }
  }
  auto spec = page_spec("call-applications", "id", limit, cursor);
  if (!spec) return fail(spec.error());
  query.page = std::move(*spec);
  return run(
      store_, store::Access::read, [&](store::Transaction& tx) -> Result<Page<ApplicationView>> {
        if (auto c = mobility_rules::readable_call(tx, actor, call, format_iso8601(clock_.now()));
            !c)
          return fail(c.error());
        if (scope.reach == domain::access::Reach::own_org_unit) {
          query.org_unit = scope.org_unit;
        } else if (scope.reach == domain::access::Reach::own_records) {
          auto me = person_of(tx, actor);
          if (!me) return Page<ApplicationView>{};
          query.person = me->id;
        }
        return shown_page(tx, actor, query, "call-applications");
      });
}

Result<std::pair<Page<ApplicationView>, std::size_t>> Applications::to_score(
    const domain::Actor& actor, std::size_t limit) const {
  using Found = std::pair<Page<ApplicationView>, std::size_t>;
  const auto scope = domain::access::scope_of(actor, domain::access::Resource::application,
                                              domain::access::Action::score);
  if (scope.reach != domain::access::Reach::all &&
      scope.reach != domain::access::Reach::own_org_unit)
    return Found{};
  store::ApplicationListQuery query{.to_score = true, .page = {.limit = limit}};
  if (scope.reach == domain::access::Reach::own_org_unit) query.org_unit = scope.org_unit;
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Found> {
    auto page = shown_page(tx, actor, query, "applications-to-score");
    if (!page) return fail(page.error());
    auto total = store::count_applications(tx, query);
    if (!total) return fail(total.error());
    return Found{std::move(*page), *total};
  });
}

Result<Page<ApplicationView>> Applications::mine(const domain::Actor& actor, std::size_t limit,
                                                 std::string_view cursor) const {
  auto spec = page_spec("my-applications", "id", limit, cursor);
  if (!spec) return fail(spec.error());
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<Page<ApplicationView>> {
               auto me = person_of(tx, actor);
               if (!me) return Page<ApplicationView>{};
               return shown_page(tx, actor, {.person = me->id, .page = std::move(*spec)},
                                 "my-applications");
             });
}

Result<ApplicationView> Applications::get(const domain::Actor& actor, ApplicationId id) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<ApplicationView> {
    auto found = visible_application(tx, actor, id);
    if (!found) return fail(found.error());
    auto& [a, person] = *found;
    auto call = tx.calls().get(a.call);
    if (!call) return fail(call.error());
    auto names = ActorNames::load(tx);
    if (!names) return fail(names.error());
    return shown(actor, std::move(a), std::move(person), *call, *names);
  });
}

namespace {

Status check_preferences(const domain::Call& call, const std::vector<std::int64_t>& preferences) {
  std::vector<FieldError> errors;
  if (static_cast<int>(preferences.size()) > call.max_preferences) {
    errors.push_back(
        {"preferences", fmt::format("at most {} preferences in this call", call.max_preferences)});
  }
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < preferences.size(); ++i) {
    if (!call.offer(preferences[i]))
      errors.push_back({fmt::format("preferences/{}", i), "not an offer of this call"});
    if (!seen.insert(preferences[i]).second)
      errors.push_back({fmt::format("preferences/{}", i), "ranked twice"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the preferences are not valid", std::move(errors)));
  return {};
}

}  // namespace

Result<ApplicationView> Applications::apply(const domain::Actor& actor, CallId call_id,
                                            domain::Application draft) {
  if (auto ok = require_reach(actor, domain::access::Resource::application,
                              domain::access::Action::create, "apply");
      !ok)
    return fail(ok.error());
  const bool for_anyone = acts_for_anyone(actor, domain::access::Action::create);
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ApplicationView> {
    auto call = tx.calls().get(call_id);
    if (!call) return fail(call.error());
    const std::string now = format_iso8601(clock_.now());
    if (domain::phase(*call, now) != domain::CallPhase::open && !for_anyone) {
      return fail(Error::invalid(
          fmt::format("the call is not open for applications (it opens {} and closes {})",
                      call->opens_at, call->closes_at)));
    }
    domain::Person person;
    if (!for_anyone) {  // a student, for themselves
      auto me = person_of(tx, actor);
      if (!me) return fail(me.error());
      if (draft.person && draft.person != me->id)
        return fail(Error::denied("a student applies only for themselves"));
      person = std::move(*me);
    } else {
      if (!draft.person)
        return fail(Error::invalid("say who applies", {{"person_id", "required"}}));
      auto p = tx.people().get(draft.person);
      if (!p) return fail(Error::invalid("no such person", {{"person_id", "no such person"}}));
      person = std::move(*p);
    }
    if (person.kind != domain::PersonKind::student) {
      return fail(
          Error::invalid("only students apply to calls; staff stays are recorded as mobilities",
                         {{"person_id", "not a student"}}));
    }
    if (call->org_unit && person.org_unit != call->org_unit) {
      return fail(Error::invalid("this call is for another faculty's students",
                                 {{"person_id", "not in the call's org unit"}}));
    }
    if (auto ok = check_preferences(*call, draft.preferences); !ok) return fail(ok.error());
    domain::Application a;
    a.call = call_id;
    a.person = person.id;
    a.org_unit = person.org_unit;
    a.preferences = std::move(draft.preferences);
    a.motivation = std::move(draft.motivation);
    if (a.motivation.size() > 20000)
      return fail(
          Error::invalid("the motivation is too long", {{"motivation", "at most 20000 bytes"}}));
    a.created_at = a.updated_at = now;
    a.history.push_back({now, actor.email, "", "draft", ""});
    auto id = tx.applications().insert(a);
    if (!id) {
      if (id.error().code == ErrorCode::already_exists)
        return fail(Error::exists(
            "this student has applied to the call already; change that application instead"));
      return fail(id.error());
    }
    auto stored = tx.applications().get(*id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "application.create", "application",
                         std::to_string(id->value), nullptr, application_json(*stored));
        !ok)
      return fail(ok.error());
    return show(tx, actor, std::move(*stored), std::move(person), *call);
  });
}

namespace {

// Runs `change` on one application inside a write transaction, after the visibility and
// ownership checks; records the audit entry.
template <typename Change>
Result<ApplicationView> change_application(store::Store& store, const Clock& clock,
                                           const domain::Actor& actor, ApplicationId id,
                                           std::string_view action, bool owner_only,
                                           Change change) {
  return run(store, store::Access::write, [&](store::Transaction& tx) -> Result<ApplicationView> {
    auto found = visible_application(tx, actor, id);
    if (!found) return fail(found.error());
    auto& [a, person] = *found;
    if (owner_only && !may_change(actor, person)) {
      return fail(Error::denied(
          fmt::format("the role {} may not {}", domain::to_string(actor.role), action)));
    }
    auto call = tx.calls().get(a.call);
    if (!call) return fail(call.error());
    const domain::Application before = a;
    const std::string now = format_iso8601(clock.now());
    if (auto ok = change(tx, a, *call, person, now); !ok) return fail(ok.error());
    a.updated_at = now;
    if (auto ok = tx.applications().update(a); !ok) return fail(ok.error());
    auto stored = tx.applications().get(id);
    if (!stored) return fail(stored.error());
    if (auto ok =
            record(tx, clock, actor, fmt::format("application.{}", action), "application",
                   std::to_string(id.value), application_json(before), application_json(*stored));
        !ok)
      return fail(ok.error());
    return show(tx, actor, std::move(*stored), std::move(person), *call);
  });
}

}  // namespace

Result<ApplicationView> Applications::edit(const domain::Actor& actor, ApplicationId id,
                                           std::vector<std::int64_t> preferences,
                                           std::optional<std::string> motivation,
                                           int expected_version) {
  return change_application(
      store_, clock_, actor, id, "edit", true,
      [&](store::Transaction&, domain::Application& a, const domain::Call& call,
          const domain::Person&, const std::string& now) -> Status {
        if (auto ok = require_version(a.version, expected_version, "application"); !ok) return ok;
        if (a.status != ApplicationStatus::draft) {
          return fail(
              Error::conflict("the application is submitted; withdraw it to change your mind"));
        }
        if (domain::phase(call, now) != domain::CallPhase::open &&
            !acts_for_anyone(actor, domain::access::Action::update)) {
          return fail(
              Error::invalid("the call is closed; the draft is kept but can no longer change"));
        }
        if (auto ok = check_preferences(call, preferences); !ok) return ok;
        a.preferences = std::move(preferences);
        if (motivation) {
          if (motivation->size() > 20000)
            return fail(Error::invalid("the motivation is too long",
                                       {{"motivation", "at most 20000 bytes"}}));
          a.motivation = std::move(*motivation);
        }
        return {};
      });
}

Result<ApplicationView> Applications::begin_submission(const domain::Actor& actor,
                                                       ApplicationId id) {
  return change_application(
      store_, clock_, actor, id, "begin_submission", true,
      [&](store::Transaction&, domain::Application& a, const domain::Call& call,
          const domain::Person&, const std::string& now) -> Status {
        if (a.status != ApplicationStatus::draft)
          return fail(Error::conflict("the application is submitted already"));
        if (domain::phase(call, now) != domain::CallPhase::open) {
          return fail(Error::invalid(fmt::format("the call closed at {}", call.closes_at)));
        }
        if (a.submit_started_at.empty()) a.submit_started_at = now;
        return {};
      });
}

Result<ApplicationView> Applications::submit(const domain::Actor& actor, ApplicationId id,
                                             int expected_version) {
  return change_application(
      store_, clock_, actor, id, "submit", true,
      [&](store::Transaction&, domain::Application& a, const domain::Call& call,
          const domain::Person& person, const std::string& now) -> Status {
        if (auto ok = require_version(a.version, expected_version, "application"); !ok) return ok;
        if (a.status != ApplicationStatus::draft)
          return fail(Error::conflict("the application is submitted already"));
        const auto phase = domain::phase(call, now);
        bool in_time = phase == domain::CallPhase::open;
        if (phase == domain::CallPhase::closed && !a.submit_started_at.empty()) {
          // A submission begun before the close is accepted within the grace period.
          const auto started = domain::parse_instant(a.submit_started_at),
                     closes = domain::parse_instant(call.closes_at),
                     at = domain::parse_instant(now);
          in_time = started && closes && at && *started < *closes &&
                    *at <= *closes + domain::kSubmissionGraceSeconds;
        }
        if (!in_time && !acts_for_anyone(actor, domain::access::Action::update)) {
          return fail(Error::invalid(
              fmt::format("the call closed at {}; your draft is kept", call.closes_at)));
        }
        if (a.preferences.empty()) {
          return fail(Error::invalid("rank at least one offer before submitting",
                                     {{"preferences", "at least one"}}));
        }
        if (auto ok = check_preferences(call, a.preferences); !ok) return ok;
        a.verdicts.clear();
        bool any = false;
        for (const auto offer : a.preferences) {
          auto v = domain::eligibility(person, call, *call.offer(offer));
          any = any || v.eligible;
          a.verdicts.push_back(std::move(v));
        }
        a.submitted_at = now;
        a.score = domain::score_of(person, call, a);
        add_history(a, actor, now, ApplicationStatus::submitted, "");
        add_history(a, actor, now,
                    any ? ApplicationStatus::eligible : ApplicationStatus::ineligible,
                    any ? "" : "no preference is open to the applicant");
        return {};
      });
}

Result<ApplicationView> Applications::withdraw(const domain::Actor& actor, ApplicationId id,
                                               std::string reason) {
  return change_application(
      store_, clock_, actor, id, "withdraw", true,
      [&](store::Transaction& tx, domain::Application& a, const domain::Call&,
          const domain::Person&, const std::string& now) -> Status {
        if (a.status == ApplicationStatus::withdrawn || a.status == ApplicationStatus::rejected) {
          return fail(Error::conflict(
              fmt::format("the application is {} already", domain::to_string(a.status))));
        }
        // A stay that came of it ends too, unless it has begun.
        auto stays = tx.mobilities().find({.application = a.id});
        if (!stays) return fail(stays.error());
        for (auto& m : *stays) {
          if (m.status == domain::MobilityStatus::cancelled) continue;
          if (m.status == domain::MobilityStatus::abroad ||
              m.status == domain::MobilityStatus::completed ||
              m.status == domain::MobilityStatus::recognised) {
            return fail(Error::conflict("the stay has begun; cancel the mobility instead"));
          }
          m.history.push_back({now, actor.email, std::string(domain::to_string(m.status)),
                               "cancelled", "the student withdrew"});
          m.status = domain::MobilityStatus::cancelled;
          m.cancel_reason = reason.empty() ? "the student withdrew" : reason;
          if (auto ok = tx.mobilities().update(m); !ok) return ok;
        }
        add_history(a, actor, now, ApplicationStatus::withdrawn, std::move(reason));
        return {};
      });
}

Result<ApplicationView> Applications::score(const domain::Actor& actor, ApplicationId id,
                                            std::optional<double> interview,
                                            std::optional<double> motivation,
                                            int expected_version) {
  if (!scores_applications(actor)) {
    return fail(Error::denied(
        fmt::format("the role {} may not score applications", domain::to_string(actor.role))));
  }
  std::vector<FieldError> errors;
  for (const auto& [name, value] :
       {std::pair{"interview_score", interview}, {"motivation_score", motivation}}) {
    if (value && !(*value >= 0 && *value <= 100)) errors.push_back({name, "from 0 to 100"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the scores are out of range", std::move(errors)));
  return change_application(
      store_, clock_, actor, id, "score", false,
      [&](store::Transaction&, domain::Application& a, const domain::Call& call,
          const domain::Person& person, const std::string&) -> Status {
        if (auto ok = require_version(a.version, expected_version, "application"); !ok) return ok;
        if (a.status == ApplicationStatus::draft || a.status == ApplicationStatus::withdrawn) {
          return fail(Error::conflict("only submitted applications are scored"));
        }
        if (call.published_run)
          return fail(Error::conflict("the placement is published; scores can no longer change"));
        a.interview_score = interview;
        a.motivation_score = motivation;
        a.scored_by = actor.email;
        a.score = domain::score_of(person, call, a);
        return {};
      });
}

Result<ApplicationView> Applications::confirm(const domain::Actor& actor, ApplicationId id) {
  return change_application(
      store_, clock_, actor, id, "confirm", true,
      [&](store::Transaction& tx, domain::Application& a, const domain::Call&,
          const domain::Person&, const std::string& now) -> Status {
        if (a.status != ApplicationStatus::accepted) {
          return fail(Error::conflict("only a seat the host accepted can be confirmed"));
        }
        auto stays = tx.mobilities().find({.application = a.id});
        if (!stays) return fail(stays.error());
        for (auto& m : *stays) {
          if (m.status != domain::MobilityStatus::accepted) continue;
          m.history.push_back({now, actor.email, "accepted", "preparing", "the student confirmed"});
          m.status = domain::MobilityStatus::preparing;
          if (auto ok = tx.mobilities().update(m); !ok) return ok;
        }
        add_history(a, actor, now, ApplicationStatus::confirmed, "");
        return {};
      });
}

Result<ApplicationView> Applications::add_document(const domain::Actor& actor, ApplicationId id,
                                                   std::string kind, std::string name,
                                                   std::string content_type,
                                                   std::string_view content) {
  static const std::set<std::string, std::less<>> kKinds = {
      "transcript", "language_certificate", "motivation_letter", "cv", "passport", "other"};
  std::vector<FieldError> errors;
  if (!kKinds.contains(kind))
    errors.push_back(
        {"kind", "transcript, language_certificate, motivation_letter, cv, passport or other"});
  if (name.empty() || name.size() > 200 || name.find_first_of("/\\\r\n") != std::string::npos)
    errors.push_back({"name", "a file name without slashes, at most 200 bytes"});
  if (content.empty()) errors.push_back({"content", "the document is empty"});
  if (content.size() > (10u << 20)) errors.push_back({"content", "at most 10 MiB"});
  const bool pdf = content.starts_with("%PDF-"), png = content.starts_with("\x89PNG"),
             jpeg = content.starts_with("\xFF\xD8\xFF");
  if (!(content_type == "application/pdf" && pdf) && !(content_type == "image/png" && png) &&
      !(content_type == "image/jpeg" && jpeg)) {
    errors.push_back({"content_type", "a PDF, PNG or JPEG whose content is what its type says"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the document cannot be added", std::move(errors)));
  return change_application(
      store_, clock_, actor, id, "add_document", true,
      [&](store::Transaction& tx, domain::Application& a, const domain::Call&,
          const domain::Person&, const std::string& now) -> Status {
        if (a.status != ApplicationStatus::draft) {
          return fail(Error::conflict("documents are added while the application is a draft"));
        }
        if (a.documents.size() >= 20)
          return fail(Error::invalid("at most 20 documents per application"));
        auto doc = tx.applications().insert_document(a.id, content);
        if (!doc) return fail(doc.error());
        a.documents.push_back({*doc, kind, name, content_type, crypto::sha256_hex(content),
                               static_cast<std::int64_t>(content.size()), now});
        return {};
      });
}

Result<std::pair<domain::ApplicationDocument, std::string>> Applications::document(
    const domain::Actor& actor, ApplicationId id, std::int64_t document) const {
  using Found = std::pair<domain::ApplicationDocument, std::string>;
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Found> {
    auto found = visible_application(tx, actor, id);
    if (!found) return fail(found.error());
    auto& [a, person] = *found;
    // Only a reader the application's files are disclosed to learns that one exists.
    if (domain::disclosure(standing(actor, a, person)).application_files) {
      for (const auto& d : a.documents) {
        if (d.id != document) continue;
        auto bytes = tx.applications().document(id, document);
        if (!bytes) return fail(bytes.error());
        return Found{d, std::move(*bytes)};
      }
    }
    return fail(Error::not_found(fmt::format("no document {}", document)));
  });
}

}  // namespace orbis::service
