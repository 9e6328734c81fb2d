#include "service/mobility/programmes.h"

#include <fmt/format.h>

#include <algorithm>

#include "domain/access/policy.h"
#include "service/mobility/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/paging.h"
#include "service/support/serialize.h"
#include "service/support/transaction.h"
#include "store/labels.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::Role;
using domain::access::Action;
using domain::access::Resource;

Status check_programme_references(store::Transaction& tx, const domain::Programme& p) {
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
          errors.push_back(
              {fmt::format("condition_ids/{}", i), "not a condition of the agreement"});
      }
      for (std::size_t i = 0; i < p.hosts.size(); ++i) {
        if (!a->has_party(p.hosts[i]))
          errors.push_back(
              {fmt::format("host_ids/{}", i), "not a party to the programme's agreement"});
      }
    }
  }
  if (!errors.empty())
    return fail(
        Error::invalid("the programme refers to things that do not exist", std::move(errors)));
  return {};
}

// What the reader may do with the programme: "update", as the access policy says.
std::vector<std::string> programme_actions(const domain::Actor& actor) {
  namespace access = domain::access;
  std::vector<std::string> out;
  if (access::scope_of(actor, access::Resource::programme, access::Action::update).allowed())
    out.emplace_back("update");
  return out;
}

using Labels = std::map<InstitutionId, store::InstitutionLabel>;

// The programme with its hosts' names from `labels` (a host that is gone is left out), and
// what `actor` may do with it (nothing for the public).
ProgrammeView programme_view(domain::Programme p, const Labels& labels,
                             const domain::Actor* actor) {
  ProgrammeView view;
  for (const auto& h : p.hosts) {
    const auto in = labels.find(h);
    if (in == labels.end()) continue;
    view.hosts.push_back({h, in->second.name, in->second.name_zh, in->second.country});
  }
  if (actor) view.allowed_actions = programme_actions(*actor);
  view.programme = std::move(p);
  return view;
}

}  // namespace

Result<Page<ProgrammeView>> Programmes::page(const domain::Actor* actor, bool published_only,
                                             std::size_t limit, std::string_view cursor) const {
  auto spec = page_spec("programmes", "code", limit, cursor);
  if (!spec) return fail(spec.error());
  store::ProgrammeQuery query{.published_only = published_only, .page = std::move(*spec)};
  if (actor && actor->is(Role::partner)) {
    if (!actor->institution) return Page<ProgrammeView>{};
    query.host = actor->institution;
  }
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<Page<ProgrammeView>> {
               auto found = store::list_programmes(tx, query);
               if (!found) return fail(found.error());
               // The hosts of the whole page in one query.
               std::vector<InstitutionId> hosts;
               for (const auto& p : found->items)
                 hosts.insert(hosts.end(), p.hosts.begin(), p.hosts.end());
               auto labels = store::institution_labels(tx, hosts);
               if (!labels) return fail(labels.error());
               Page<ProgrammeView> page;
               for (auto& p : found->items)
                 page.items.push_back(programme_view(std::move(p), *labels, actor));
               page.next = next_cursor("programmes", "code", found->next);
               return page;
             });
}

Result<Page<PublicProgrammeView>> Programmes::published(std::size_t limit,
                                                        std::string_view cursor) const {
  auto found = page(nullptr, true, limit, cursor);
  if (!found) return fail(found.error());
  Page<PublicProgrammeView> out{.items = {}, .next = std::move(found->next), .total = std::nullopt};
  for (auto& v : found->items) out.items.push_back({std::move(v.programme), std::move(v.hosts)});
  return out;
}

Result<domain::Programme> Programmes::get(const domain::Actor& actor, ProgrammeId id) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<domain::Programme> {
    auto p = tx.programmes().get(id);
    if (!p) return fail(p.error());
    if (actor.is(Role::partner) &&
        !(actor.institution &&
          std::find(p->hosts.begin(), p->hosts.end(), *actor.institution) != p->hosts.end())) {
      return fail(Error::not_found(fmt::format("no programme {}", id.value)));
    }
    return p;
  });
}

Result<domain::Programme> Programmes::create(const domain::Actor& actor, domain::Programme p) {
  if (auto ok = require_reach(actor, Resource::programme, Action::create, "add programmes"); !ok)
    return fail(ok.error());
  p.id = ProgrammeId{};
  if (auto ok = domain::validate_and_normalize(p); !ok) return fail(ok.error());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::Programme> {
        if (auto ok = check_programme_references(tx, p); !ok) return fail(ok.error());
        auto id = tx.programmes().insert(p);
        if (!id) {
          if (id.error().code == ErrorCode::already_exists) {
            return fail(
                Error::exists(fmt::format("a programme with the code {} exists already", p.code)));
          }
          return fail(id.error());
        }
        auto stored = tx.programmes().get(*id);
        if (!stored) return fail(stored.error());
        if (auto ok = record(tx, clock_, actor, "programme.create", "programme",
                             std::to_string(id->value), nullptr, programme_json(*stored));
            !ok) {
          return fail(ok.error());
        }
        return stored;
      });
}

Result<domain::Programme> Programmes::update(const domain::Actor& actor, domain::Programme p,
                                             int expected_version) {
  if (auto ok = require_reach(actor, Resource::programme, Action::update, "change programmes"); !ok)
    return fail(ok.error());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::Programme> {
        auto current = tx.programmes().get(p.id);
        if (!current) return fail(current.error());
        if (current->version != expected_version) {
          return fail(Error::conflict(
              fmt::format("the programme is at version {}, not {}: someone changed it "
                          "since you read it; reload and try again",
                          current->version, expected_version)));
        }
        p.version = expected_version;
        if (auto ok = domain::validate_and_normalize(p); !ok) return fail(ok.error());
        if (auto ok = check_programme_references(tx, p); !ok) return fail(ok.error());
        if (auto ok = tx.programmes().update(p); !ok) {
          if (ok.error().code == ErrorCode::already_exists) {
            return fail(
                Error::exists(fmt::format("a programme with the code {} exists already", p.code)));
          }
          return fail(ok.error());
        }
        auto stored = tx.programmes().get(p.id);
        if (!stored) return fail(stored.error());
        if (auto ok = record(tx, clock_, actor, "programme.update", "programme",
                             std::to_string(p.id.value), programme_json(*current),
                             programme_json(*stored));
            !ok) {
          return fail(ok.error());
        }
        return stored;
      });
}

Result<ProgrammeView> Programmes::view(const domain::Actor& actor,
                                       const domain::Programme& p) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<ProgrammeView> {
    auto labels = store::institution_labels(tx, p.hosts);
    if (!labels) return fail(labels.error());
    return programme_view(p, *labels, &actor);
  });
}

}  // namespace orbis::service
