#include "service/partnerships/internal.h"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "common/text.h"
#include "domain/country.h"
#include "domain/reference.h"
#include "service/support/paging.h"
#include "store/lists.h"

namespace orbis::service::partnership_rules {
namespace {

namespace access = domain::access;
using domain::AgreementStatus;
using domain::Role;

// What the views of a page of agreements share or need, read once for the page rather than
// once per agreement: the notice period, the parties' institutions and the stays under each.
struct PageReads {
  int notice_days = kDefaultNoticeDays;
  std::string year;  // the current academic year, which seats are used in
  std::map<std::int64_t, domain::Institution> institutions;
  std::map<std::int64_t, store::AgreementStays> stays;
};

Result<PageReads> page_reads(store::Transaction& tx, const std::vector<domain::Agreement>& page,
                             int now) {
  PageReads out;
  out.notice_days = notice_days_in(tx);
  out.year = domain::academic_year_of(now);
  std::vector<InstitutionId> institutions;
  std::vector<AgreementId> agreements;
  agreements.reserve(page.size());
  for (const auto& a : page) {
    agreements.push_back(a.id);
    for (const auto& p : a.parties) institutions.push_back(p.institution);
  }
  std::sort(institutions.begin(), institutions.end());
  institutions.erase(std::unique(institutions.begin(), institutions.end()), institutions.end());
  auto found = store::institutions_with_ids(tx, institutions);
  if (!found) return fail(found.error());
  out.institutions = std::move(*found);
  auto stays = store::stays_under(tx, agreements, out.year);
  if (!stays) return fail(stays.error());
  out.stays = std::move(*stays);
  return out;
}

// The agreement with its effective status, parties' institutions, seat usage and balance,
// from what its page read; `detail` adds attachments and the EWP state.
Result<AgreementView> view_of(store::Transaction& tx, domain::Agreement a, bool detail, int now,
                              const PageReads& reads) {
  AgreementView v;
  v.effective = domain::effective_status(a, now, reads.notice_days);
  if (const auto end = domain::parse_date(a.end_date);
      end && (a.status == AgreementStatus::active)) {
    v.days_left = *end - now;
  }
  for (const auto& p : a.parties) {
    if (v.institutions.contains(p.institution.value)) continue;
    const auto in = reads.institutions.find(p.institution.value);
    if (in == reads.institutions.end())
      return fail(Error::not_found(fmt::format("no institution {}", p.institution.value)));
    v.institutions.emplace(p.institution.value, in->second);
  }
  // Seats are used by the stays under a condition in the current academic year; the
  // balance counts every stay under the agreement, cancelled ones aside.
  static const store::AgreementStays kNone;
  const auto counted_stays = reads.stays.find(a.id.value);
  const auto& stays = counted_stays == reads.stays.end() ? kNone : counted_stays->second;
  for (const auto& c : a.conditions) {
    const auto counted = stays.per_condition.find(c.id);
    const int used = counted == stays.per_condition.end() ? 0 : counted->second;
    v.usage.push_back({reads.year, used, std::max(0, c.seats_per_year - used)});
  }
  for (const auto& p : a.parties) {
    if (p.is_home) continue;
    auto& [outbound, inbound] = v.balance[p.institution.value];
    for (const auto& [route, n] : stays.per_route) {
      if (route.second == p.institution.value) outbound += n;
      if (route.first == p.institution.value) inbound += n;
    }
  }
  if (detail) {
    auto attachments = tx.agreements().attachments(a.id);
    if (!attachments) return fail(attachments.error());
    v.attachments = std::move(*attachments);
    auto ewp = tx.agreements().ewp(a.id);
    if (!ewp) return fail(ewp.error());
    v.ewp = std::move(*ewp);
    v.ewp.partner_xml.clear();  // large; served on its own
  }
  v.agreement = std::move(a);
  return v;
}

// What a partner sees of the agreement: its own part (domain::as_seen_by_partner).
domain::Agreement seen_by(const domain::Actor& actor, domain::Agreement a) {
  if (actor.is(Role::partner) && actor.institution)
    return domain::as_seen_by_partner(std::move(a), *actor.institution);
  return a;
}

// The view of an agreement as the actor, who sees `v.agreement` (seen_by), may see it.
void shown_to(const domain::Actor& actor, AgreementView& v, bool detail, const ActorNames& names) {
  if (const auto partner = actor.is(Role::partner) ? actor.institution : std::nullopt) {
    std::erase_if(v.balance, [&](const auto& b) { return b.first != partner->value; });
    std::erase_if(v.attachments,
                  [&](const auto& at) { return at.institution && at.institution != partner; });
  }
  if (detail) {
    v.allowed_transitions = allowed_moves(actor, v.agreement, v.effective);
    v.allowed_actions = allowed_actions(actor, v);
  }
  const auto d = domain::disclosure(standing(actor, v.agreement));
  redact(v.agreement, d, names);
  for (auto& at : v.attachments) redact(at, d, names);
}

}  // namespace

int today(const Clock& clock) {
  return static_cast<int>(
      std::chrono::floor<std::chrono::days>(clock.now()).time_since_epoch().count());
}

int notice_days_in(store::Transaction& tx) {
  auto value = tx.settings().get(kNoticeSetting);
  if (!value || !*value) return kDefaultNoticeDays;
  try {
    return std::clamp(std::stoi(**value), 1, 3650);
  } catch (const std::exception&) {
    return kDefaultNoticeDays;
  }
}

access::Subject subject_of(const domain::Agreement& a) {
  access::Subject subject;
  for (const auto& p : a.parties) subject.institutions.push_back(p.institution);
  if (const auto* home = a.home()) subject.org_unit = home->org_unit;
  return subject;
}

bool visible(const domain::Actor& actor, const domain::Agreement& a) {
  return access::reaches(actor, access::Resource::agreement, access::Action::read, subject_of(a));
}

std::vector<AgreementStatus> allowed_moves(const domain::Actor& actor, const domain::Agreement& a,
                                           AgreementStatus effective) {
  std::vector<AgreementStatus> out;
  if (!access::reaches(actor, access::Resource::agreement, access::Action::transition,
                       subject_of(a)))
    return out;
  for (const auto to : domain::all_agreement_statuses()) {
    if (domain::transition_allowed(effective, to)) out.push_back(to);
  }
  return out;
}

std::vector<std::string> allowed_actions(const domain::Actor& actor, const AgreementView& v) {
  using access::Action;
  using access::Resource;
  const auto subject = subject_of(v.agreement);
  const auto may = [&](Resource resource, Action action) {
    return access::reaches(actor, resource, action, subject);
  };
  std::vector<std::string> out;
  if (may(Resource::agreement, Action::update)) out.emplace_back("update");
  if (!v.allowed_transitions.empty()) out.emplace_back("transition");
  if (may(Resource::agreement_comment, Action::comment)) {
    out.emplace_back("comment");
    if (names_addressee(actor)) out.emplace_back("address_partner");
  }
  if (may(Resource::agreement_attachment, Action::create)) out.emplace_back("attach");
  // The partner's copy changes the agreement's EWP state; approving it is an approval.
  if (may(Resource::agreement, Action::update)) out.emplace_back("import_ewp");
  if (may(Resource::agreement, Action::approve) && !v.ewp.partner_hash.empty() &&
      v.ewp.approved_hash != v.ewp.partner_hash)
    out.emplace_back("approve_ewp");
  return out;
}

domain::Standing standing(const domain::Actor& actor, const domain::Agreement& a) {
  // An agreement is bounded by its home party's org unit and involves every party.
  domain::access::Subject subject;
  if (const auto* home = a.home()) subject.org_unit = home->org_unit;
  for (const auto& party : a.parties) subject.institutions.push_back(party.institution);
  return domain::standing(actor, subject);
}

Result<domain::Agreement> visible_agreement(store::Transaction& tx, const domain::Actor& actor,
                                            AgreementId id) {
  auto a = tx.agreements().get(id);
  if (!a) return fail(a.error());
  if (!visible(actor, *a)) return fail(Error::not_found(fmt::format("no agreement {}", id.value)));
  return a;
}

Result<AgreementView> view_for(store::Transaction& tx, const domain::Actor& actor,
                               domain::Agreement a, bool detail, const ActorNames& names,
                               int today) {
  std::vector<domain::Agreement> one;
  one.push_back(seen_by(actor, std::move(a)));
  auto reads = page_reads(tx, one, today);
  if (!reads) return fail(reads.error());
  auto v = view_of(tx, std::move(one.front()), detail, today, *reads);
  if (!v) return v;
  shown_to(actor, *v, detail, names);
  return v;
}

Result<std::vector<AgreementView>> views_for(store::Transaction& tx, const domain::Actor& actor,
                                             std::vector<domain::Agreement> page,
                                             const ActorNames& names, int today) {
  for (auto& a : page) a = seen_by(actor, std::move(a));
  auto reads = page_reads(tx, page, today);
  if (!reads) return fail(reads.error());
  std::vector<AgreementView> out;
  out.reserve(page.size());
  for (auto& a : page) {
    auto v = view_of(tx, std::move(a), false, today, *reads);
    if (!v) return fail(v.error());
    shown_to(actor, *v, false, names);
    out.push_back(std::move(*v));
  }
  return out;
}

Result<AgreementView> detail_of(store::Transaction& tx, const domain::Actor& actor,
                                domain::Agreement agreement, int today) {
  auto names = ActorNames::load(tx);
  if (!names) return fail(names.error());
  return view_for(tx, actor, std::move(agreement), true, *names, today);
}

Result<AgreementView> detail_for(store::Transaction& tx, const domain::Actor& actor, AgreementId id,
                                 int today) {
  auto a = visible_agreement(tx, actor, id);
  if (!a) return fail(a.error());
  return detail_of(tx, actor, std::move(*a), today);
}

Result<AgreementPage> list(store::Transaction& tx, const domain::Actor& actor,
                           const AgreementFilter& f, int today) {
  // The reader's scope, from the policy (agreement read), becomes the query's filter: a
  // partner's, the agreements its institution is a party to.
  const auto scope = access::scope_of(actor, access::Resource::agreement, access::Action::read);
  if (!scope.allowed())
    return fail(Error::denied(
        fmt::format("the role {} may not see agreements", domain::to_string(actor.role))));
  if (scope.reach != access::Reach::all && scope.reach != access::Reach::own_institution)
    return fail(Error::denied("agreements are listed whole or by party institution"));
  std::vector<FieldError> errors;
  std::optional<domain::AgreementKind> kind;
  std::optional<AgreementStatus> status;
  if (!f.kind.empty()) {
    kind = domain::parse_agreement_kind(f.kind);
    if (!kind) errors.push_back({"kind", "not an agreement kind"});
  }
  if (!f.status.empty()) {
    status = domain::parse_agreement_status(f.status);
    if (!status) errors.push_back({"status", "not a status"});
  }
  std::string country;
  if (!f.country.empty()) {
    if (const auto c = domain::CountryCode::parse(f.country))
      country = c->str();
    else
      errors.push_back({"country", "not an ISO 3166-1 alpha-2 code"});
  }
  if (f.limit < 1 || f.limit > 100) errors.push_back({"limit", "between 1 and 100"});
  if (f.expiring_within && (*f.expiring_within < 1 || *f.expiring_within > 3650)) {
    errors.push_back({"expiring_within", "between 1 and 3650 days"});
  }
  if (!errors.empty())
    return fail(Error::invalid("the filter has invalid parameters", std::move(errors)));
  auto spec = page_spec("agreements", "id", f.limit, f.cursor);
  if (!spec) return fail(spec.error());
  store::AgreementQuery query{.kind = kind,
                              .status = status,
                              .today = today,
                              .expiring_within = f.expiring_within,
                              .partner = f.partner,
                              .country = country,
                              .isced = f.isced,
                              .page = std::move(*spec)};
  if (scope.reach == access::Reach::own_institution) query.party = scope.institution;
  for (auto& word : text::split(text::fold_for_search(f.q), ' ')) {
    if (!word.empty()) query.words.push_back(std::move(word));
  }
  query.notice_days = notice_days_in(tx);
  auto found = store::list_agreements(tx, query);
  if (!found) return fail(found.error());
  auto total = store::count_agreements(tx, query);
  if (!total) return fail(total.error());
  std::vector<std::string> actors;
  for (const auto& a : found->items) {
    for (const auto& h : a.history) actors.push_back(h.actor);
  }
  auto names = ActorNames::of(tx, actors);
  if (!names) return fail(names.error());
  auto views = views_for(tx, actor, std::move(found->items), *names, today);
  if (!views) return fail(views.error());
  AgreementPage page;
  page.items = std::move(*views);
  page.total = *total;
  page.next = next_cursor("agreements", "id", found->next);
  return page;
}

bool names_addressee(const domain::Actor& actor) { return !actor.is(Role::partner); }

// Whether a partner reader may see a comment or file meant for `institution` (none: for
// every party).
bool meant_for(const domain::Actor& actor, const std::optional<InstitutionId>& institution) {
  return !actor.is(Role::partner) || !institution || institution == actor.institution;
}

// The partner a comment or file is for: a partner's own institution; for our staff, a
// partner of the agreement they name, or none (every party). invalid_argument naming
// `field` otherwise.
Result<std::optional<InstitutionId>> addressee(const domain::Actor& actor,
                                               const domain::Agreement& a,
                                               std::optional<InstitutionId> named,
                                               std::string_view field) {
  if (!names_addressee(actor)) {
    if (named && named != actor.institution) {
      return fail(Error::invalid("a partner writes for its own institution",
                                 {{std::string(field), "leave it out, or name your institution"}}));
    }
    return actor.institution;
  }
  if (!named) return std::optional<InstitutionId>();
  const bool partner = std::any_of(a.parties.begin(), a.parties.end(), [&](const auto& p) {
    return !p.is_home && p.institution == *named;
  });
  if (!partner) {
    return fail(Error::invalid("that institution is not a partner in this agreement",
                               {{std::string(field), "a partner of this agreement, or none"}}));
  }
  return named;
}

}  // namespace orbis::service::partnership_rules
