// Calls for applications, their applications and placement runs.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "common/crypto.h"
#include "domain/mobility_json.h"
#include "domain/reference.h"
#include "placement/allocation.h"
#include "placement/json_format.h"
#include "service/access.h"
#include "service/audit_log.h"
#include "service/mobility.h"
#include "service/privacy.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::ApplicationStatus;
using domain::Role;
using nlohmann::json;

std::string offer_key(std::int64_t offer) { return fmt::format("o{}", offer); }
std::string applicant_key(ApplicationId id) { return fmt::format("a{}", id.value); }

bool reads_calls(const domain::Actor& a) {
  return a.is(Role::admin) || a.is(Role::officer) || a.is(Role::coordinator) || a.is(Role::viewer);
}

// The person a student signs in as; not_found when their account has none.
Result<domain::Person> person_of(store::Transaction& tx, const domain::Actor& actor) {
  auto found = store::person_of_user(tx, actor.user);
  if (!found) return fail(found.error());
  if (*found) return std::move(**found);
  return fail(Error::not_found(
      "your account is not linked to a student record; ask the international office"));
}

bool sees_application(const domain::Actor& actor, const domain::Application& a,
                      const domain::Person& person) {
  switch (actor.role) {
    case Role::admin:
    case Role::officer:
    case Role::viewer:
      return true;
    case Role::coordinator:
      return actor.org_unit && a.org_unit == actor.org_unit;
    case Role::student:
      return person.user && *person.user == actor.user;
    case Role::partner:
      return false;
  }
  return false;
}

// How a reader who sees the application stands to its applicant (domain/privacy.h).
domain::Standing standing(const domain::Actor& actor, const domain::Application& a,
                          const domain::Person& person) {
  using domain::Standing;
  if (actor.is(Role::admin) || actor.is(Role::officer)) return Standing::office;
  if (actor.is(Role::coordinator) && actor.org_unit && a.org_unit == actor.org_unit)
    return Standing::coordinator;
  if (actor.is(Role::student) && person.user && *person.user == actor.user) return Standing::self;
  return Standing::outsider;
}

// The application as its reader may see it.
ApplicationView shown(const domain::Actor& actor, domain::Application a, domain::Person person,
                      const ActorNames& names) {
  const auto d = domain::disclosure(standing(actor, a, person));
  domain::redact(person, d);
  redact(a, d, names);
  return {std::move(a), std::move(person), d};
}

// Shows the application a write made as its writer may see it, then commits the write.
Result<ApplicationView> commit_and_show(store::Transaction& tx, const domain::Actor& actor,
                                        domain::Application a, domain::Person person) {
  auto names = ActorNames::load(tx);
  if (!names) return fail(names.error());
  auto view = shown(actor, std::move(a), std::move(person), *names);
  if (auto ok = tx.commit(); !ok) return fail(ok.error());
  return view;
}

void add_history(domain::Application& a, const domain::Actor& actor, std::string_view now,
                 ApplicationStatus to, std::string reason) {
  if (a.status == to && reason.empty()) return;
  a.history.push_back({std::string(now), actor.email, std::string(domain::to_string(a.status)),
                       std::string(domain::to_string(to)), std::move(reason)});
  a.status = to;
}

Status stale(int current, int expected, std::string_view what) {
  if (current == expected) return {};
  return fail(Error::conflict(fmt::format(
      "the {} is at version {}, not {}: someone changed it since you read it; reload and try again",
      what, current, expected)));
}

// Checks that offers point at real conditions and programmes; fills what they imply.
Status resolve_offers(store::Transaction& tx, domain::Call& call) {
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < call.offers.size(); ++i) {
    auto& o = call.offers[i];
    const std::string at = fmt::format("offers/{}", i);
    if (o.agreement) {
      auto a = tx.agreements().get(*o.agreement);
      if (!a) {
        errors.push_back({at + "/agreement_id", "no such agreement"});
        continue;
      }
      if (o.condition) {
        const auto c = std::find_if(a->conditions.begin(), a->conditions.end(),
                                    [&](const auto& c) { return c.id == *o.condition; });
        if (c == a->conditions.end()) {
          errors.push_back({at + "/condition_id", "not a condition of the agreement"});
          continue;
        }
        if (!o.host) o.host = c->receiving;
        if (o.host != c->receiving)
          errors.push_back({at + "/host_id", "the condition's receiving institution"});
      }
      if (o.host && !a->has_party(o.host))
        errors.push_back({at + "/host_id", "not a party to the agreement"});
    }
    if (o.programme) {
      auto p = tx.programmes().get(*o.programme);
      if (!p) {
        errors.push_back({at + "/programme_id", "no such programme"});
        continue;
      }
      if (!o.host && !p->hosts.empty()) o.host = p->hosts.front();
      if (std::find(p->hosts.begin(), p->hosts.end(), o.host) == p->hosts.end())
        errors.push_back({at + "/host_id", "not a host of the programme"});
    }
    if (o.host && !tx.institutions().get(o.host))
      errors.push_back({at + "/host_id", "no such institution"});
  }
  if (call.org_unit && !tx.institutions().org_unit(*call.org_unit))
    errors.push_back({"org_unit_id", "no such org unit"});
  if (!errors.empty())
    return fail(Error::invalid("the call refers to things that do not exist", std::move(errors)));
  return {};
}

json run_json_summary(const store::PlacementRunRecord& r) {
  json summary = json::parse(r.summary, nullptr, false);
  return {{"id", r.id.value},
          {"call_id", r.call.value},
          {"mode", r.mode},
          {"seed", r.seed},
          {"input_sha256", r.input_sha256},
          {"engine_version", r.engine_version},
          {"statistics", summary.is_discarded() ? json() : summary},
          {"created_at", r.created_at},
          {"created_by", r.created_by},
          {"published_at", r.published_at.empty() ? json() : json(r.published_at)}};
}

// The run's problem and allocation again, from its stored input (the engine is deterministic).
Result<std::pair<placement::Problem, placement::Allocation>> replay(
    const store::PlacementRunRecord& r) {
  auto problem = placement::parse_problem(r.input);
  if (!problem) return fail(problem.error());
  placement::Options options;
  auto mode = placement::parse_mode(r.mode);
  if (!mode) return fail(mode.error());
  options.mode = *mode;
  options.seed = std::stoull(r.seed);
  auto allocation = placement::allocate(*problem, options);
  if (!allocation) return fail(allocation.error());
  if (allocation->input_sha256 != r.input_sha256) {
    return fail(Error::internal(
        fmt::format("placement run {} no longer reproduces its input hash", r.id.value)));
  }
  return std::pair{std::move(*problem), std::move(*allocation)};
}

std::int64_t offer_of_key(const std::string& key) { return std::stoll(key.substr(1)); }
std::int64_t application_of_key(const std::string& key) { return std::stoll(key.substr(1)); }

// Per application: the result a run gives it.
std::map<std::int64_t, domain::PlacementResult> results_of(
    const store::PlacementRunRecord& r, const placement::Problem& problem,
    const placement::Allocation& allocation) {
  std::map<std::int64_t, domain::PlacementResult> out;
  for (std::size_t i = 0; i < problem.applicants.size(); ++i) {
    domain::PlacementResult result;
    result.run = r.id;
    const auto& outcome = allocation.applicants[i];
    if (outcome.offer) {
      result.offer = offer_of_key(problem.offers[*outcome.offer].id.value);
      result.preference = static_cast<int>(*outcome.preference) + 1;
    }
    out[application_of_key(problem.applicants[i].id.value)] = std::move(result);
  }
  for (const auto& e : allocation.explanations) {
    auto& result = out[application_of_key(problem.applicants[e.applicant].id.value)];
    domain::PlacementExplanation x;
    x.offer = offer_of_key(problem.offers[e.offer].id.value);
    x.reason = std::string(placement::to_string(e.reason));
    x.priority_position = e.priority_position;
    if (const auto& cut = allocation.offers[e.offer].cutoff) x.cutoff_score = cut->score;
    for (const auto& inel : problem.applicants[e.applicant].ineligible) {
      if (inel.offer == problem.offers[e.offer].id) x.detail = inel.reason;
    }
    result.explanations.push_back(std::move(x));
  }
  // Waiting position on the first preference's list, for those not placed there.
  for (std::size_t j = 0; j < allocation.offers.size(); ++j) {
    const auto& list = allocation.offers[j].waiting_list;
    for (std::size_t k = 0; k < list.size(); ++k) {
      auto& result = out[application_of_key(problem.applicants[list[k]].id.value)];
      const auto& prefs = problem.applicants[list[k]].preferences;
      if (!prefs.empty() && prefs.front() == problem.offers[j].id)
        result.waiting_position = static_cast<int>(k) + 1;
    }
  }
  return out;
}

}  // namespace

// ---- calls ----------------------------------------------------------------------------

Result<std::vector<domain::Call>> Calls::list(const domain::Actor& actor) const {
  if (actor.is(Role::partner))
    return fail(Error::denied("partners do not see our calls for applications"));
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto all = (*tx)->calls().all();
  if (!all) return fail(all.error());
  if (reads_calls(actor)) return all;
  // Students: the open calls and those they applied to.
  std::set<std::int64_t> applied;
  if (auto me = person_of(**tx, actor)) {
    auto mine = (*tx)->applications().find({.call = std::nullopt, .person = me->id});
    if (!mine) return fail(mine.error());
    for (const auto& a : *mine) applied.insert(a.call.value);
  }
  const std::string now = format_iso8601(clock_.now());
  std::vector<domain::Call> out;
  for (auto& c : *all) {
    if (domain::phase(c, now) == domain::CallPhase::open || applied.contains(c.id.value))
      out.push_back(std::move(c));
  }
  return out;
}

// One call, read by its id: what list() would show of it, without reading the others.
Result<domain::Call> Calls::get(const domain::Actor& actor, CallId id) const {
  const auto none = fail(Error::not_found(fmt::format("no call {}", id.value)));
  if (actor.is(Role::partner)) return none;
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto call = (*tx)->calls().get(id);
  if (!call) return fail(call.error());
  if (reads_calls(actor)) return call;
  // Students: an open call, or one they applied to.
  if (domain::phase(*call, format_iso8601(clock_.now())) == domain::CallPhase::open) return call;
  if (auto me = person_of(**tx, actor)) {
    auto mine = (*tx)->applications().find({.call = id, .person = me->id});
    if (!mine) return fail(mine.error());
    if (!mine->empty()) return call;
  }
  return none;
}

Result<domain::Call> Calls::create(const domain::Actor& actor, domain::Call c) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "open calls for applications");
      !ok)
    return fail(ok.error());
  c.id = CallId{};
  c.published_run.reset();
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  if (auto ok = resolve_offers(**tx, c); !ok) return fail(ok.error());
  if (auto ok = domain::validate_and_normalize(c); !ok) return fail(ok.error());
  auto id = (*tx)->calls().insert(c);
  if (!id) {
    if (id.error().code == ErrorCode::already_exists)
      return fail(Error::exists(fmt::format("a call with the code {} exists already", c.code)));
    return fail(id.error());
  }
  auto stored = (*tx)->calls().get(*id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(**tx, clock_, actor, "call.create", "call", std::to_string(id->value),
                       nullptr, domain::to_json(*stored));
      !ok)
    return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return stored;
}

Result<domain::Call> Calls::update(const domain::Actor& actor, domain::Call c,
                                   int expected_version) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "change calls for applications");
      !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto current = (*tx)->calls().get(c.id);
  if (!current) return fail(current.error());
  if (auto ok = stale(current->version, expected_version, "call"); !ok) return fail(ok.error());
  if (current->published_run) {
    return fail(Error::conflict(
        "the call's placement is published; its offers and rules can no longer change"));
  }
  c.version = expected_version;
  c.published_run = current->published_run;
  if (auto ok = resolve_offers(**tx, c); !ok) return fail(ok.error());
  if (auto ok = domain::validate_and_normalize(c); !ok) return fail(ok.error());
  // An offer someone has ranked stays.
  auto apps = (*tx)->applications().find({.call = c.id, .person = std::nullopt});
  if (!apps) return fail(apps.error());
  for (const auto& a : *apps) {
    for (const auto offer : a.preferences) {
      if (!c.offer(offer)) {
        return fail(
            Error::conflict(fmt::format("offer {} is ranked by application {}; it cannot be "
                                        "removed (set its seats to 0 instead)",
                                        offer, a.id.value)));
      }
    }
  }
  if (auto ok = (*tx)->calls().update(c); !ok) return fail(ok.error());
  auto stored = (*tx)->calls().get(c.id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(**tx, clock_, actor, "call.update", "call", std::to_string(c.id.value),
                       domain::to_json(*current), domain::to_json(*stored));
      !ok)
    return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return stored;
}

Result<domain::Call> Calls::add_offer(const domain::Actor& actor, CallId call_id,
                                      domain::Offer offer) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "add offers"); !ok)
    return fail(ok.error());
  domain::Call call;
  {
    auto tx = store_.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto c = (*tx)->calls().get(call_id);
    if (!c) return fail(c.error());
    call = std::move(*c);
    // Defaults from the condition or the programme.
    if (offer.agreement && offer.condition) {
      if (auto a = (*tx)->agreements().get(*offer.agreement)) {
        for (const auto& cond : a->conditions) {
          if (cond.id != *offer.condition) continue;
          if (!offer.host) offer.host = cond.receiving;
          if (offer.seats == 0) offer.seats = cond.seats_per_year;
          // Rules given with the offer replace the condition's; without any, the
          // condition's levels, field and language apply.
          const auto& e = offer.eligibility;
          const bool given = !e.levels.empty() || !e.years_of_study.empty() || e.min_gpa ||
                             !e.language.empty() || !e.min_cefr.empty() || !e.field.empty();
          if (!given) {
            offer.eligibility.levels = cond.eqf_levels;
            offer.eligibility.field = cond.isced;
            if (!cond.languages.empty()) {
              offer.eligibility.language = cond.languages.front().language;
              offer.eligibility.min_cefr = cond.languages.front().cefr;
            }
          }
          if (offer.title.empty()) {
            auto host = (*tx)->institutions().get(cond.receiving);
            offer.title =
                fmt::format("{}{}", host ? host->name : "host",
                            cond.isced.empty() ? "" : fmt::format(" — ISCED {}", cond.isced));
          }
        }
      }
    } else if (offer.programme) {
      if (auto p = (*tx)->programmes().get(*offer.programme)) {
        if (!offer.host && !p->hosts.empty()) offer.host = p->hosts.front();
        if (offer.seats == 0 && p->capacity) offer.seats = *p->capacity;
        if (offer.title.empty()) offer.title = p->name;
      }
    }
  }
  std::int64_t next = 1;
  for (const auto& o : call.offers) next = std::max(next, o.id + 1);
  offer.id = next;
  const int version = call.version;
  call.offers.push_back(std::move(offer));
  return update(actor, std::move(call), version);
}

Result<json> Calls::view(const domain::Actor& actor, const domain::Call& c) const {
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  json j = domain::to_json(c);
  j["phase"] = domain::to_string(domain::phase(c, format_iso8601(clock_.now())));
  // Counted in the database: a call may have thousands of applications.
  store::CallTallies tallies;
  if (!actor.is(Role::student)) {
    auto counted = store::call_tallies(**tx, c.id);
    if (!counted) return fail(counted.error());
    tallies = std::move(*counted);
    j["applications"] = {{"total", tallies.total}, {"submitted", tallies.submitted}};
  }
  for (auto& o : j["offers"]) {
    const auto host = (*tx)->institutions().get(InstitutionId{o["host_id"].get<std::int64_t>()});
    if (host)
      o["host"] = {{"name", host->name}, {"name_zh", host->name_zh}, {"country", host->country}};
    if (!actor.is(Role::student)) {
      const auto id = o["id"].get<std::int64_t>();
      o["first_choices"] = tallies.first_choices[id];
      o["rankings"] = tallies.rankings[id];
    }
  }
  return j;
}

// ---- applications ---------------------------------------------------------------------

json Calls::application_json(const ApplicationView& v) const {
  json j = domain::to_json(v.application);
  j["person"] = {{"id", v.person.id.value},
                 {"display_name", v.person.display_name()},
                 {"family_name", v.person.family_name},
                 {"given_name", v.person.given_name},
                 {"name_zh", v.person.name_zh},
                 {"level", v.person.level ? json(*v.person.level) : json()},
                 {"field", v.person.field},
                 {"gpa", v.person.gpa ? json(*v.person.gpa) : json()},
                 {"gpa_scale", v.person.gpa_scale}};
  if (!v.disclosure.application_files) {
    j.erase("motivation");
    j.erase("documents");
  }
  if (!v.disclosure.gpa) {
    j["person"].erase("gpa");
    j["person"].erase("gpa_scale");
  }
  if (v.disclosure.email) j["person"]["email"] = v.person.email;
  return j;
}

Result<std::vector<ApplicationView>> Calls::applications(const domain::Actor& actor, CallId call,
                                                         std::string_view status) const {
  if (!reads_calls(actor) && !actor.is(Role::student))
    return fail(Error::not_found(fmt::format("no call {}", call.value)));
  if (!status.empty() && !domain::parse_application_status(status)) {
    return fail(Error::invalid("status is not an application status",
                               {{"status", "draft, submitted, eligible, …"}}));
  }
  if (auto c = get(actor, call); !c) return fail(c.error());
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto apps = (*tx)->applications().find({.call = call, .person = std::nullopt});
  if (!apps) return fail(apps.error());
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  std::vector<ApplicationView> out;
  for (auto& a : *apps) {
    if (!status.empty() && domain::to_string(a.status) != status) continue;
    auto person = (*tx)->people().get(a.person);
    if (!person) return fail(person.error());
    if (!sees_application(actor, a, *person)) continue;
    out.push_back(shown(actor, std::move(a), std::move(*person), *names));
  }
  return out;
}

Result<std::vector<ApplicationView>> Calls::my_applications(const domain::Actor& actor) const {
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto me = person_of(**tx, actor);
  if (!me) return std::vector<ApplicationView>{};
  auto apps = (*tx)->applications().find({.call = std::nullopt, .person = me->id});
  if (!apps) return fail(apps.error());
  // Only the users these applications name, not every user.
  std::vector<std::string> actors;
  for (const auto& a : *apps) {
    for (const auto& h : a.history) actors.push_back(h.actor);
    actors.push_back(a.scored_by);
  }
  auto names = ActorNames::of(**tx, actors);
  if (!names) return fail(names.error());
  std::vector<ApplicationView> out;
  for (auto& a : *apps) out.push_back(shown(actor, std::move(a), *me, *names));
  return out;
}

Result<ApplicationView> Calls::application(const domain::Actor& actor, ApplicationId id) const {
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto a = (*tx)->applications().get(id);
  if (!a) return fail(a.error());
  auto person = (*tx)->people().get(a->person);
  if (!person) return fail(person.error());
  if (!sees_application(actor, *a, *person))
    return fail(Error::not_found(fmt::format("no application {}", id.value)));
  auto names = ActorNames::load(**tx);
  if (!names) return fail(names.error());
  return shown(actor, std::move(*a), std::move(*person), *names);
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

Result<ApplicationView> Calls::apply(const domain::Actor& actor, CallId call_id,
                                     domain::Application draft) {
  if (!actor.is(Role::student) && !actor.is(Role::officer) && !actor.is(Role::admin)) {
    return fail(
        Error::denied(fmt::format("the role {} may not apply", domain::to_string(actor.role))));
  }
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto call = (*tx)->calls().get(call_id);
  if (!call) return fail(call.error());
  const std::string now = format_iso8601(clock_.now());
  if (domain::phase(*call, now) != domain::CallPhase::open && !actor.is(Role::admin) &&
      !actor.is(Role::officer)) {
    return fail(Error::invalid(
        fmt::format("the call is not open for applications (it opens {} and closes {})",
                    call->opens_at, call->closes_at)));
  }
  domain::Person person;
  if (actor.is(Role::student)) {
    auto me = person_of(**tx, actor);
    if (!me) return fail(me.error());
    if (draft.person && draft.person != me->id)
      return fail(Error::denied("a student applies only for themselves"));
    person = std::move(*me);
  } else {
    if (!draft.person) return fail(Error::invalid("say who applies", {{"person_id", "required"}}));
    auto p = (*tx)->people().get(draft.person);
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
  auto id = (*tx)->applications().insert(a);
  if (!id) {
    if (id.error().code == ErrorCode::already_exists)
      return fail(Error::exists(
          "this student has applied to the call already; change that application instead"));
    return fail(id.error());
  }
  auto stored = (*tx)->applications().get(*id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(**tx, clock_, actor, "application.create", "application",
                       std::to_string(id->value), nullptr, domain::to_json(*stored));
      !ok)
    return fail(ok.error());
  return commit_and_show(**tx, actor, std::move(*stored), std::move(person));
}

namespace {

// The owner (the student) or an officer/admin, for changes to an application.
bool may_change(const domain::Actor& actor, const domain::Person& person) {
  if (actor.is(Role::admin) || actor.is(Role::officer)) return true;
  return actor.is(Role::student) && person.user && *person.user == actor.user;
}

// Runs `change` on one application inside a write transaction, after the visibility and
// ownership checks; records the audit entry.
template <typename Change>
Result<ApplicationView> change_application(store::Store& store, const Clock& clock,
                                           const domain::Actor& actor, ApplicationId id,
                                           std::string_view action, bool owner_only,
                                           Change change) {
  auto tx = store.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto a = (*tx)->applications().get(id);
  if (!a) return fail(a.error());
  auto person = (*tx)->people().get(a->person);
  if (!person) return fail(person.error());
  if (!sees_application(actor, *a, *person))
    return fail(Error::not_found(fmt::format("no application {}", id.value)));
  if (owner_only && !may_change(actor, *person)) {
    return fail(Error::denied(
        fmt::format("the role {} may not {}", domain::to_string(actor.role), action)));
  }
  auto call = (*tx)->calls().get(a->call);
  if (!call) return fail(call.error());
  const domain::Application before = *a;
  const std::string now = format_iso8601(clock.now());
  if (auto ok = change(**tx, *a, *call, *person, now); !ok) return fail(ok.error());
  a->updated_at = now;
  if (auto ok = (*tx)->applications().update(*a); !ok) return fail(ok.error());
  auto stored = (*tx)->applications().get(id);
  if (!stored) return fail(stored.error());
  if (auto ok = record(**tx, clock, actor, fmt::format("application.{}", action), "application",
                       std::to_string(id.value), domain::to_json(before), domain::to_json(*stored));
      !ok)
    return fail(ok.error());
  return commit_and_show(**tx, actor, std::move(*stored), std::move(*person));
}

}  // namespace

Result<ApplicationView> Calls::edit(const domain::Actor& actor, ApplicationId id,
                                    std::vector<std::int64_t> preferences,
                                    std::optional<std::string> motivation, int expected_version) {
  return change_application(
      store_, clock_, actor, id, "edit", true,
      [&](store::Transaction&, domain::Application& a, const domain::Call& call,
          const domain::Person&, const std::string& now) -> Status {
        if (auto ok = stale(a.version, expected_version, "application"); !ok) return ok;
        if (a.status != ApplicationStatus::draft) {
          return fail(
              Error::conflict("the application is submitted; withdraw it to change your mind"));
        }
        if (domain::phase(call, now) != domain::CallPhase::open && !actor.is(Role::officer) &&
            !actor.is(Role::admin)) {
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

Result<ApplicationView> Calls::begin_submission(const domain::Actor& actor, ApplicationId id) {
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

Result<ApplicationView> Calls::submit(const domain::Actor& actor, ApplicationId id,
                                      int expected_version) {
  return change_application(
      store_, clock_, actor, id, "submit", true,
      [&](store::Transaction&, domain::Application& a, const domain::Call& call,
          const domain::Person& person, const std::string& now) -> Status {
        if (auto ok = stale(a.version, expected_version, "application"); !ok) return ok;
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
        if (!in_time && !actor.is(Role::officer) && !actor.is(Role::admin)) {
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

Result<ApplicationView> Calls::withdraw(const domain::Actor& actor, ApplicationId id,
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

Result<ApplicationView> Calls::score(const domain::Actor& actor, ApplicationId id,
                                     std::optional<double> interview,
                                     std::optional<double> motivation, int expected_version) {
  if (!actor.is(Role::coordinator) && !actor.is(Role::officer) && !actor.is(Role::admin)) {
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
        if (auto ok = stale(a.version, expected_version, "application"); !ok) return ok;
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

Result<ApplicationView> Calls::confirm(const domain::Actor& actor, ApplicationId id) {
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

Result<ApplicationView> Calls::add_document(const domain::Actor& actor, ApplicationId id,
                                            std::string kind, std::string name,
                                            std::string content_type, std::string_view content) {
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

Result<std::pair<domain::ApplicationDocument, std::string>> Calls::document(
    const domain::Actor& actor, ApplicationId id, std::int64_t document) const {
  auto view = application(actor, id);
  if (!view) return fail(view.error());
  if (!view->disclosure.application_files)
    return fail(Error::not_found(fmt::format("no document {}", document)));
  for (const auto& d : view->application.documents) {
    if (d.id != document) continue;
    auto tx = store_.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto bytes = (*tx)->applications().document(id, document);
    if (!bytes) return fail(bytes.error());
    return std::pair{d, std::move(*bytes)};
  }
  return fail(Error::not_found(fmt::format("no document {}", document)));
}

// ---- placement ------------------------------------------------------------------------

Result<store::PlacementRunRecord> Calls::run_placement(const domain::Actor& actor, CallId call_id,
                                                       std::string_view mode_text,
                                                       std::optional<std::uint64_t> seed) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "run placements"); !ok)
    return fail(ok.error());
  auto mode = placement::parse_mode(mode_text.empty() ? "stable" : mode_text);
  if (!mode)
    return fail(Error::invalid("mode is stable or optimal", {{"mode", "stable or optimal"}}));
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto call = (*tx)->calls().get(call_id);
  if (!call) return fail(call.error());
  const std::string now = format_iso8601(clock_.now());
  if (domain::phase(*call, now) != domain::CallPhase::closed) {
    return fail(Error::conflict(
        fmt::format("the call is open until {}; place it after it closes", call->closes_at)));
  }
  if (call->published_run)
    return fail(Error::conflict("the call's placement is published already"));
  auto apps = (*tx)->applications().find({.call = call_id, .person = std::nullopt});
  if (!apps) return fail(apps.error());
  // The input document of `orbis allocate` (docs/placement.md).
  json input = {{"offers", json::array()}, {"applicants", json::array()}};
  for (const auto& o : call->offers)
    input["offers"].push_back({{"id", offer_key(o.id)}, {"seats", o.seats}});
  for (const auto& a : *apps) {
    if (a.status != ApplicationStatus::eligible && a.status != ApplicationStatus::placed &&
        a.status != ApplicationStatus::waitlisted && a.status != ApplicationStatus::unplaced) {
      continue;
    }
    json prefs = json::array(), ineligible = json::object();
    for (const auto offer : a.preferences) {
      if (!call->offer(offer)) continue;
      prefs.push_back(offer_key(offer));
    }
    for (const auto& v : a.verdicts) {
      if (!v.eligible && call->offer(v.offer)) ineligible[offer_key(v.offer)] = v.reason;
    }
    input["applicants"].push_back({{"id", applicant_key(a.id)},
                                   {"score", a.score.value_or(0)},
                                   {"preferences", prefs},
                                   {"ineligible", ineligible}});
  }
  // Without a seed the call's id gives one, so that the same call places the same way.
  const std::uint64_t used_seed =
      seed.value_or(0x9E3779B97F4A7C15ull ^ static_cast<std::uint64_t>(call_id.value));
  input["seed"] = used_seed;
  const std::string input_text = input.dump();
  auto problem = placement::parse_problem(input_text);
  if (!problem)
    return fail(Error::internal(
        fmt::format("the call's placement input is invalid: {}", problem.error().message)));
  placement::Options options;
  options.mode = *mode;
  options.seed = used_seed;
  auto allocation = placement::allocate(*problem, options);
  if (!allocation) return fail(allocation.error());
  const auto& s = allocation->statistics;
  store::PlacementRunRecord r;
  r.call = call_id;
  r.mode = std::string(placement::to_string(*mode));
  r.seed = std::to_string(used_seed);
  r.input_sha256 = allocation->input_sha256;
  r.engine_version = fmt::format("{} {}", placement::kEngineName, placement::kEngineVersion);
  r.input = input_text;
  r.output = placement::to_json(*problem, *allocation);
  r.summary = json({{"applicants", s.applicants},
                    {"placed", s.placed},
                    {"seats", s.seats},
                    {"placed_at_preference", s.placed_at_preference},
                    {"total_rank", s.total_rank},
                    {"blocking_pairs", s.blocking_pairs},
                    {"algorithm", placement::to_string(allocation->algorithm)}})
                  .dump();
  r.created_at = now;
  r.created_by = actor.email;
  auto id = (*tx)->placement_runs().insert(r);
  if (!id) return fail(id.error());
  r.id = *id;
  if (auto ok = record(**tx, clock_, actor, "placement.run", "placement_run",
                       std::to_string(id->value), nullptr, run_json_summary(r));
      !ok)
    return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return r;
}

Result<std::vector<store::PlacementRunRecord>> Calls::runs(const domain::Actor& actor,
                                                           CallId call) const {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "see placement runs"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  if (auto c = (*tx)->calls().get(call); !c) return fail(c.error());
  return (*tx)->placement_runs().by_call(call);
}

Result<store::PlacementRunRecord> Calls::run(const domain::Actor& actor, PlacementRunId id) const {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "see placement runs"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  return (*tx)->placement_runs().get(id);
}

Result<json> Calls::compare(const domain::Actor& actor, PlacementRunId a_id,
                            PlacementRunId b_id) const {
  auto a = run(actor, a_id);
  if (!a) return fail(a.error());
  auto b = run(actor, b_id);
  if (!b) return fail(b.error());
  if (a->call != b->call)
    return fail(
        Error::invalid("the runs belong to different calls", {{"b", "a run of the same call"}}));
  auto ra = replay(*a), rb = replay(*b);
  if (!ra) return fail(ra.error());
  if (!rb) return fail(rb.error());
  const auto results_a = results_of(*a, ra->first, ra->second),
             results_b = results_of(*b, rb->first, rb->second);
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  json rows = json::array();
  std::set<std::int64_t> ids;
  for (const auto& [id, _] : results_a) ids.insert(id);
  for (const auto& [id, _] : results_b) ids.insert(id);
  int same = 0;
  for (const auto id : ids) {
    const auto ia = results_a.find(id), ib = results_b.find(id);
    // 0: unplaced (offer ids start at 1).
    const std::int64_t offer_a = ia != results_a.end() && ia->second.offer ? *ia->second.offer : 0;
    const std::int64_t offer_b = ib != results_b.end() && ib->second.offer ? *ib->second.offer : 0;
    if (offer_a == offer_b) {
      ++same;
      continue;
    }
    std::string name;
    if (auto app = (*tx)->applications().get(ApplicationId{id})) {
      if (auto p = (*tx)->people().get(app->person)) name = p->display_name();
    }
    const auto pref = [](const auto& it, const auto& end) {
      return it == end || !it->second.preference ? json() : json(*it->second.preference);
    };
    rows.push_back({{"application_id", id},
                    {"name", name},
                    {"a",
                     {{"offer_id", offer_a ? json(offer_a) : json()},
                      {"preference", pref(ia, results_a.end())}}},
                    {"b",
                     {{"offer_id", offer_b ? json(offer_b) : json()},
                      {"preference", pref(ib, results_b.end())}}}});
  }
  return json{{"a", run_json_summary(*a)},
              {"b", run_json_summary(*b)},
              {"same_input", a->input_sha256 == b->input_sha256},
              {"unchanged", same},
              {"differences", rows}};
}

Result<store::PlacementRunRecord> Calls::publish(const domain::Actor& actor, PlacementRunId id) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "publish placements"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto r = (*tx)->placement_runs().get(id);
  if (!r) return fail(r.error());
  auto call = (*tx)->calls().get(r->call);
  if (!call) return fail(call.error());
  if (call->published_run) {
    return fail(Error::conflict(
        fmt::format("run {} of this call is published already", call->published_run->value)));
  }
  auto replayed = replay(*r);
  if (!replayed) return fail(replayed.error());
  const auto results = results_of(*r, replayed->first, replayed->second);
  const std::string now = format_iso8601(clock_.now());
  auto apps = (*tx)->applications().find({.call = r->call, .person = std::nullopt});
  if (!apps) return fail(apps.error());
  for (auto& a : *apps) {
    const auto it = results.find(a.id.value);
    if (it == results.end()) continue;
    // The input took eligible applications; one withdrawn since keeps its status.
    if (a.status == ApplicationStatus::withdrawn) continue;
    a.result = it->second;
    const bool waiting = it->second.waiting_position.has_value() ||
                         std::any_of(it->second.explanations.begin(), it->second.explanations.end(),
                                     [](const auto& e) { return e.reason == "outranked"; });
    add_history(a, actor, now,
                it->second.offer ? ApplicationStatus::placed
                : waiting        ? ApplicationStatus::waitlisted
                                 : ApplicationStatus::unplaced,
                fmt::format("placement run {}", id.value));
    a.updated_at = now;
    if (auto ok = (*tx)->applications().update(a); !ok) return fail(ok.error());
  }
  call->published_run = id;
  if (auto ok = (*tx)->calls().update(*call); !ok) return fail(ok.error());
  if (auto ok = (*tx)->placement_runs().set_published(id, now); !ok) return fail(ok.error());
  r->published_at = now;
  if (auto ok = record(**tx, clock_, actor, "placement.publish", "placement_run",
                       std::to_string(id.value), nullptr, run_json_summary(*r));
      !ok)
    return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return r;
}

Result<int> Calls::nominate_placed(const domain::Actor& actor, CallId call_id) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "nominate students"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto call = (*tx)->calls().get(call_id);
  if (!call) return fail(call.error());
  if (!call->published_run)
    return fail(Error::conflict("publish a placement run before nominating"));
  auto home = mobility_rules::home_institution(**tx);
  if (!home) return fail(home.error());
  auto apps = (*tx)->applications().find({.call = call_id, .person = std::nullopt});
  if (!apps) return fail(apps.error());
  const std::string now = format_iso8601(clock_.now());
  const auto first_year = domain::parse_academic_year(call->academic_year).value_or(2000);
  // Planned dates from the term: autumn Sep–Jan, spring Feb–Jun, a full year Sep–Jun,
  // summer July–August, winter January.
  std::string start = fmt::format("{}-09-01", first_year),
              end = fmt::format("{}-01-31", first_year + 1);
  if (call->term == "spring")
    start = fmt::format("{}-02-15", first_year + 1), end = fmt::format("{}-06-30", first_year + 1);
  if (call->term == "full_year") end = fmt::format("{}-06-30", first_year + 1);
  if (call->term == "summer")
    start = fmt::format("{}-07-01", first_year + 1), end = fmt::format("{}-08-15", first_year + 1);
  if (call->term == "winter")
    start = fmt::format("{}-01-05", first_year + 1), end = fmt::format("{}-01-31", first_year + 1);
  int nominated = 0;
  for (auto& a : *apps) {
    if (a.status != ApplicationStatus::placed || !a.result || !a.result->offer) continue;
    const domain::Offer* offer = call->offer(*a.result->offer);
    if (!offer) continue;
    auto person = (*tx)->people().get(a.person);
    if (!person) return fail(person.error());
    domain::Mobility m;
    m.person = a.person;
    m.direction = domain::Direction::outgoing;
    m.sending = *home;
    m.receiving = offer->host;
    m.org_unit = person->org_unit;
    m.agreement = offer->agreement;
    m.condition = offer->condition;
    m.programme = offer->programme;
    m.call = call_id;
    m.application = a.id;
    m.academic_year = call->academic_year;
    m.planned_start = start;
    m.planned_end = end;
    m.credits_planned = call->term == "full_year"                          ? 60
                        : call->term == "summer" || call->term == "winter" ? 6
                                                                           : 30;
    if (offer->programme) {
      if (auto p = (*tx)->programmes().get(*offer->programme))
        m.type = domain::mobility_type_of(p->kind, person->kind);
    } else if (offer->agreement && offer->condition) {
      if (auto ag = (*tx)->agreements().get(*offer->agreement)) {
        for (const auto& c : ag->conditions) {
          if (c.id == *offer->condition) m.type = c.mobility_type;
        }
      }
    }
    m.status = domain::MobilityStatus::nominated;
    m.nomination.nominated_at = now;
    m.nomination.nominated_by = actor.email;
    m.history.push_back(
        {now, actor.email, "", "nominated", fmt::format("placed by call {}", call->code)});
    if (auto ok = domain::validate_and_normalize(m); !ok) return fail(ok.error());
    if (auto ok = mobility_rules::check_mobility(**tx, m, *person); !ok) {
      return fail(Error::invalid(
          fmt::format("{} cannot be nominated: {}", person->display_name(), ok.error().message),
          ok.error().fields));
    }
    auto id = (*tx)->mobilities().insert(m);
    if (!id) return fail(id.error());
    add_history(a, actor, now, ApplicationStatus::nominated, "");
    a.updated_at = now;
    if (auto ok = (*tx)->applications().update(a); !ok) return fail(ok.error());
    ++nominated;
  }
  if (auto ok = record(**tx, clock_, actor, "call.nominate", "call", std::to_string(call_id.value),
                       nullptr, json{{"nominated", nominated}});
      !ok)
    return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return nominated;
}

Result<store::PlacementRunRecord> Calls::refill(const domain::Actor& actor, CallId call_id) {
  if (auto ok = require_role(actor, {Role::admin, Role::officer}, "re-fill placements"); !ok)
    return fail(ok.error());
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto call = (*tx)->calls().get(call_id);
  if (!call) return fail(call.error());
  if (!call->published_run)
    return fail(Error::conflict("publish a placement run before re-filling"));
  auto published = (*tx)->placement_runs().get(*call->published_run);
  if (!published) return fail(published.error());
  auto replayed = replay(*published);
  if (!replayed) return fail(replayed.error());
  const auto& [problem, before] = *replayed;
  auto apps = (*tx)->applications().find({.call = call_id, .person = std::nullopt});
  if (!apps) return fail(apps.error());
  // What changed since: applicants who withdrew, and hosts that rejected a nominee.
  placement::Changes changes;
  std::set<std::string> in_problem;
  for (const auto& a : problem.applicants) in_problem.insert(a.id.value);
  for (const auto& a : *apps) {
    const std::string key = applicant_key(a.id);
    if (!in_problem.contains(key)) continue;
    if (a.status == ApplicationStatus::withdrawn) changes.withdrawn.push_back({key});
    if (a.status == ApplicationStatus::rejected && a.result && a.result->offer)
      changes.rejections.push_back({{key}, {offer_key(*a.result->offer)}});
  }
  if (changes.withdrawn.empty() && changes.rejections.empty()) {
    return fail(
        Error::conflict("no seat was freed: nobody withdrew and no host rejected a nominee"));
  }
  placement::Options options;
  auto mode = placement::parse_mode(published->mode);
  if (!mode) return fail(mode.error());
  options.mode = *mode;
  options.seed = std::stoull(published->seed);
  auto refilled = placement::refill(problem, before, changes, options);
  if (!refilled) return fail(refilled.error());
  json input = json::parse(placement::canonical_input(refilled->problem));
  input["seed"] = *options.seed;
  const auto& stats = refilled->allocation.statistics;
  store::PlacementRunRecord r;
  r.call = call_id;
  r.mode = published->mode;
  r.seed = published->seed;
  r.input_sha256 = refilled->allocation.input_sha256;
  r.engine_version = fmt::format("{} {}", placement::kEngineName, placement::kEngineVersion);
  r.input = input.dump();
  r.output = placement::to_json(refilled->problem, refilled->allocation);
  r.summary = json({{"applicants", stats.applicants},
                    {"placed", stats.placed},
                    {"seats", stats.seats},
                    {"placed_at_preference", stats.placed_at_preference},
                    {"total_rank", stats.total_rank},
                    {"blocking_pairs", stats.blocking_pairs},
                    {"algorithm", placement::to_string(refilled->allocation.algorithm)},
                    {"refill_of", published->id.value},
                    {"withdrawn", changes.withdrawn.size()},
                    {"rejected", changes.rejections.size()},
                    {"displaced", refilled->displaced.size()}})
                  .dump();
  const std::string now = format_iso8601(clock_.now());
  r.created_at = now;
  r.created_by = actor.email;
  r.published_at = now;
  auto id = (*tx)->placement_runs().insert(r);
  if (!id) return fail(id.error());
  r.id = *id;
  if (auto ok = (*tx)->placement_runs().set_published(*id, now); !ok) return fail(ok.error());
  // Those still waiting who now hold a seat are placed; everyone else keeps their status.
  const auto results = results_of(r, refilled->problem, refilled->allocation);
  for (auto& a : *apps) {
    const auto it = results.find(a.id.value);
    if (it == results.end()) continue;
    if (a.status != ApplicationStatus::waitlisted && a.status != ApplicationStatus::unplaced)
      continue;
    a.result = it->second;
    if (!it->second.offer) {
      a.updated_at = now;
      if (auto ok = (*tx)->applications().update(a); !ok) return fail(ok.error());
      continue;
    }
    add_history(a, actor, now, ApplicationStatus::placed,
                fmt::format("re-filled by placement run {}", id->value));
    a.updated_at = now;
    if (auto ok = (*tx)->applications().update(a); !ok) return fail(ok.error());
  }
  call->published_run = *id;
  if (auto ok = (*tx)->calls().update(*call); !ok) return fail(ok.error());
  if (auto ok = record(**tx, clock_, actor, "placement.refill", "placement_run",
                       std::to_string(id->value), nullptr, run_json_summary(r));
      !ok)
    return fail(ok.error());
  if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
  return r;
}

}  // namespace orbis::service
