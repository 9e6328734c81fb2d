#include "service/mobility/programmes.h"

#include <fmt/format.h>

#include <algorithm>

#include "common/try.h"
#include "domain/access/policy.h"
#include "service/support/audit.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

using domain::access::Action;
using domain::access::Resource;
using domain::access::scope_of;

constexpr std::string_view kList = "programmes";
constexpr std::string_view kSort = "code";

Status check_references(store::Transaction& tx, const domain::Programme& p) {
  std::vector<FieldError> errors;
  for (std::size_t i = 0; i < p.hosts.size(); ++i) {
    if (!tx.institutions().get(p.hosts[i]))
      errors.push_back({fmt::format("host_ids/{}", i), "no such institution"});
  }
  if (p.agreement) {
    auto a = tx.agreements().get(*p.agreement);
    if (!a) {
      errors.push_back({"agreement_id", "no such agreement"});
    } else {
      for (std::size_t i = 0; i < p.conditions.size(); ++i) {
        const bool found = std::any_of(a->conditions.begin(), a->conditions.end(),
                                       [&](const auto& c) { return c.id == p.conditions[i]; });
        if (!found)
          errors.push_back({fmt::format("condition_ids/{}", i), "not a condition of the agreement"});
      }
      for (std::size_t i = 0; i < p.hosts.size(); ++i) {
        if (!a->has_party(p.hosts[i]))
          errors.push_back(
              {fmt::format("host_ids/{}", i), "not a party to the programme's agreement"});
      }
    }
  }
  if (!errors.empty())
    return fail(Error::invalid("the programme refers to things that do not exist", std::move(errors)));
  return {};
}

// Whether the scope reaches the programme (a partner's: it hosts it).
bool reaches(const domain::access::Scope& scope, const domain::Programme& p) {
  if (scope.everything()) return true;
  if (scope.reach == domain::access::Reach::own_institution)
    return std::find(p.hosts.begin(), p.hosts.end(), *scope.institution) != p.hosts.end();
  return false;
}

Result<ProgrammeView> view_of(store::Transaction& tx, const domain::Actor* actor,
                              domain::Programme p) {
  ProgrammeView v;
  for (const auto& h : p.hosts) {
    auto in = tx.institutions().get(h);
    if (in) v.hosts.push_back(InstitutionRef::of(*in));
  }
  if (actor && scope_of(*actor, Resource::programme, Action::update).allowed())
    v.allowed_actions.push_back("update");
  v.programme = std::move(p);
  return v;
}

Result<Page<ProgrammeView>> list_in(store::Transaction& tx, const domain::Actor* actor,
                                    domain::access::Scope scope, const ProgrammeList& q) {
  ORBIS_ASSIGN_OR_RETURN(auto spec, page_spec(kList, kSort, q.limit, q.cursor));
  ORBIS_ASSIGN_OR_RETURN(
      auto found,
      tx.programmes().list({.scope = scope, .published_only = q.published_only, .kind = q.kind,
                            .page = std::move(spec)}));
  Page<ProgrammeView> page;
  for (auto& p : found.items) {
    ORBIS_ASSIGN_OR_RETURN(auto v, view_of(tx, actor, std::move(p)));
    page.items.push_back(std::move(v));
  }
  page.next = next_cursor(kList, kSort, found.next);
  return page;
}

}  // namespace

Result<Page<ProgrammeView>> Programmes::list(const domain::Actor& actor,
                                             const ProgrammeList& q) const {
  const auto scope = scope_of(actor, Resource::programme, Action::read);
  if (!scope.allowed()) return fail(Error::denied("you may not read programmes"));
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return list_in(tx, &actor, scope, q); });
}

Result<Page<ProgrammeView>> Programmes::list_public(const ProgrammeList& q) const {
  ProgrammeList published = q;
  published.published_only = true;
  const domain::access::Scope everything{.reach = domain::access::Reach::all};
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return list_in(tx, nullptr, everything, published); });
}

Result<ProgrammeView> Programmes::get(const domain::Actor& actor, ProgrammeId id) const {
  const auto scope = scope_of(actor, Resource::programme, Action::read);
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<ProgrammeView> {
    auto p = tx.programmes().get(id);
    if (!p || !reaches(scope, *p)) {
      if (p || p.error().code == ErrorCode::not_found)
        return fail(Error::not_found(fmt::format("no programme {}", id.value)));
      return fail(p.error());
    }
    return view_of(tx, &actor, std::move(*p));
  });
}

Result<ProgrammeView> Programmes::create(const domain::Actor& actor, domain::Programme p) {
  if (!scope_of(actor, Resource::programme, Action::create).allowed())
    return fail(Error::denied("only the international office adds programmes"));
  p.id = ProgrammeId{};
  ORBIS_TRY(domain::validate_and_normalize(p));
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ProgrammeView> {
    ORBIS_TRY(check_references(tx, p));
    auto id = tx.programmes().insert(p);
    if (!id) {
      if (id.error().code == ErrorCode::already_exists)
        return fail(Error::exists(fmt::format("a programme with the code {} exists already", p.code)));
      return fail(id.error());
    }
    ORBIS_ASSIGN_OR_RETURN(auto stored, tx.programmes().get(*id));
    ORBIS_TRY(audit(tx, clock_, actor, "programme.create", *id, nullptr, &stored));
    return view_of(tx, &actor, std::move(stored));
  });
}

Result<ProgrammeView> Programmes::update(const domain::Actor& actor, domain::Programme p,
                                         int expected_version) {
  if (!scope_of(actor, Resource::programme, Action::update).allowed())
    return fail(Error::denied("only the international office changes programmes"));
  ORBIS_TRY(domain::validate_and_normalize(p));
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<ProgrammeView> {
    ORBIS_ASSIGN_OR_RETURN(auto current, tx.programmes().get(p.id));
    if (current.version != expected_version) {
      return fail(Error::conflict(
          fmt::format("the programme is at version {}, not {}: someone changed it since you read "
                      "it; reload and try again",
                      current.version, expected_version)));
    }
    p.version = expected_version;
    ORBIS_TRY(check_references(tx, p));
    if (auto ok = tx.programmes().update(p); !ok) {
      if (ok.error().code == ErrorCode::already_exists)
        return fail(Error::exists(fmt::format("a programme with the code {} exists already", p.code)));
      return fail(ok.error());
    }
    ORBIS_ASSIGN_OR_RETURN(auto stored, tx.programmes().get(p.id));
    ORBIS_TRY(audit(tx, clock_, actor, "programme.update", p.id, &current, &stored));
    return view_of(tx, &actor, std::move(stored));
  });
}

}  // namespace orbis::service
