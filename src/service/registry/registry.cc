#include "service/registry/registry.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <set>

#include "common/try.h"
#include "domain/access/policy.h"
#include "domain/country.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/cursor.h"
#include "service/support/home.h"
#include "service/support/serialize.h"
#include "service/support/transaction.h"
#include "store/lists.h"

namespace orbis::service {
namespace {

using domain::access::Action;
using domain::access::Resource;

domain::Institution summary_of(domain::Institution in) {
  in.names.clear();
  in.names.shrink_to_fit();
  return in;
}

}  // namespace

Registry::Registry(store::Store& store, const Clock& clock, std::chrono::milliseconds refresh)
    : store_(store), clock_(clock), refresh_(refresh) {}

Status Registry::load() {
  std::int64_t last_change = 0;
  auto all = run(store_, store::Access::read,
                 [&](store::Transaction& tx) -> Result<std::vector<domain::Institution>> {
                   ORBIS_ASSIGN_OR_RETURN(last_change, tx.institutions().last_change());
                   return tx.institutions().all();
                 });
  if (!all) return fail(all.error());
  search::InstitutionIndex index;
  std::unordered_map<std::int64_t, domain::Institution> summaries;
  summaries.reserve(all->size());
  for (auto& in : *all) {
    index.upsert(in);
    const std::int64_t key = in.id.value;  // read before `in` is moved from
    summaries.emplace(key, summary_of(std::move(in)));
  }
  {
    std::lock_guard guard(catch_up_mutex_);
    seen_change_ = last_change;
    last_look_ = std::chrono::steady_clock::now();
  }
  std::unique_lock lock(mutex_);
  index_ = std::move(index);
  summaries_ = std::move(summaries);
  return {};
}

void Registry::catch_up() const {
  std::unique_lock guard(catch_up_mutex_, std::try_to_lock);
  if (!guard.owns_lock()) return;  // another search is looking now
  const auto now = std::chrono::steady_clock::now();
  if (now - last_look_ < refresh_) return;
  last_look_ = now;
  constexpr std::size_t kBatch = 500;
  struct Batch {
    std::vector<domain::Institution> institutions;  // each written one, as it is now
    std::int64_t last = 0;                          // the newest change read
    bool more = false;                              // a full batch: more may follow
  };
  for (;;) {
    auto batch = run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Batch> {
      ORBIS_ASSIGN_OR_RETURN(auto changes, tx.institutions().changes_after(seen_change_, kBatch));
      Batch out;
      out.last = seen_change_;
      out.more = changes.size() == kBatch;
      std::set<std::int64_t> read;
      for (const auto& [seq, id] : changes) {
        out.last = seq;
        if (!read.insert(id.value).second) continue;
        ORBIS_ASSIGN_OR_RETURN(auto in, tx.institutions().get(id));
        out.institutions.push_back(std::move(in));
      }
      return out;
    });
    if (!batch) {
      spdlog::warn("the search index could not read other servers' changes: {}",
                   batch.error().message);
      return;
    }
    for (const auto& in : batch->institutions) remember(in);
    seen_change_ = batch->last;
    if (!batch->more) return;
  }
}

Result<InstitutionPage> Registry::search(const domain::Actor&, const SearchRequest& request) const {
  search::Query query;
  query.text = request.q;
  std::vector<FieldError> errors;
  if (request.q.size() > 500) errors.push_back({"q", "a search has at most 500 bytes"});
  if (!request.country.empty()) {
    if (const auto c = domain::CountryCode::parse(request.country)) {
      query.country = c->str();
    } else {
      errors.push_back(
          {"country", fmt::format("'{}' is not an ISO 3166-1 alpha-2 code", request.country)});
    }
  }
  if (!request.type.empty()) {
    query.type = domain::parse_institution_type(request.type);
    if (!query.type)
      errors.push_back({"type", fmt::format("'{}' is not an institution type", request.type)});
  }
  if (request.limit < 1 || request.limit > kMaxPageSize) {
    errors.push_back({"limit", fmt::format("limit must be between 1 and {}", kMaxPageSize)});
  }
  if (!errors.empty())
    return fail(Error::invalid("the search has invalid parameters", std::move(errors)));
  if (!request.cursor.empty()) {
    auto offset = decode_cursor("institutions", request.cursor);
    if (!offset) return fail(offset.error());
    query.offset = *offset;
  }
  query.limit = request.limit;

  catch_up();
  std::shared_lock lock(mutex_);
  const auto page = index_.search(query);
  InstitutionPage out;
  out.total = page.total;
  for (const auto& hit : page.hits) {
    if (const auto it = summaries_.find(hit.id.value); it != summaries_.end())
      out.items.push_back(it->second);
  }
  if (query.offset + page.hits.size() < page.total)
    out.next = encode_cursor("institutions", query.offset + page.hits.size());
  return out;
}

Result<domain::Institution> Registry::get(const domain::Actor&, InstitutionId id) const {
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return tx.institutions().get(id); });
}

Status Registry::check_unique_keys(store::Transaction& tx, const domain::Institution& in) const {
  std::vector<FieldError> errors;
  if (!in.ror_id.empty()) {
    auto owner = tx.institutions().find_by_ror(in.ror_id);
    if (!owner) return fail(owner.error());
    if (*owner && **owner != in.id) {
      errors.push_back({"ror_id", fmt::format("ROR id {} belongs to institution {}", in.ror_id,
                                              (*owner)->value)});
    }
  }
  for (std::size_t i = 0; i < in.domains.size(); ++i) {
    auto owner = tx.institutions().find_by_domain(in.domains[i]);
    if (!owner) return fail(owner.error());
    if (*owner && **owner != in.id) {
      errors.push_back({fmt::format("domains/{}", i), fmt::format("{} belongs to institution {}",
                                                                  in.domains[i], (*owner)->value)});
    }
  }
  if (!errors.empty()) {
    Error e = Error::exists("another institution has the same ROR id or web domain");
    e.fields = std::move(errors);
    return fail(std::move(e));
  }
  return {};
}

void Registry::remember(const domain::Institution& in) const {
  std::unique_lock lock(mutex_);
  index_.upsert(in);
  summaries_[in.id.value] = summary_of(in);
}

Result<domain::Institution> Registry::create(const domain::Actor& actor, domain::Institution in) {
  if (auto ok = require_reach(actor, Resource::institution, Action::create, "add institutions");
      !ok)
    return fail(ok.error());
  in.id = InstitutionId{};
  if (auto ok = domain::validate_and_normalize(in); !ok) return fail(ok.error());
  auto stored =
      run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::Institution> {
        if (auto ok = check_unique_keys(tx, in); !ok) return fail(ok.error());
        auto id = tx.institutions().insert(in);
        if (!id) return fail(id.error());
        auto added = tx.institutions().get(*id);
        if (!added) return fail(added.error());
        if (auto ok = record(tx, clock_, actor, "institution.create", "institution",
                             std::to_string(id->value), nullptr, institution_json(*added));
            !ok) {
          return fail(ok.error());
        }
        return added;
      });
  // The search index learns the institution once it is committed, not on each attempt.
  if (stored) remember(*stored);
  return stored;
}

Result<domain::Institution> Registry::update(const domain::Actor& actor, InstitutionId id,
                                             const InstitutionPatch& patch, int expected_version) {
  if (auto ok = require_reach(actor, Resource::institution, Action::update, "change institutions");
      !ok) {
    return fail(ok.error());
  }
  auto stored =
      run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::Institution> {
        auto current = tx.institutions().get(id);
        if (!current) return fail(current.error());
        if (current->version != expected_version) {
          return fail(Error::conflict(
              fmt::format("the institution is at version {}, not {}: someone changed it "
                          "since you read it; reload and try again",
                          current->version, expected_version)));
        }
        domain::Institution next = *current;
        if (patch.name) next.name = *patch.name;
        if (patch.name_zh) next.name_zh = *patch.name_zh;
        if (patch.country) next.country = *patch.country;
        if (patch.city) next.city = *patch.city;
        if (patch.state_province) next.state_province = *patch.state_province;
        if (patch.website) next.website = *patch.website;
        if (patch.wikidata) next.wikidata = *patch.wikidata;
        if (patch.ror_id) next.ror_id = *patch.ror_id;
        if (patch.types) next.types = *patch.types;
        if (patch.established) next.established = *patch.established;
        if (patch.domains) next.domains = *patch.domains;
        if (patch.names) next.names = *patch.names;
        if (auto ok = domain::validate_and_normalize(next); !ok) return fail(ok.error());
        if (auto ok = check_unique_keys(tx, next); !ok) return fail(ok.error());
        if (auto ok = tx.institutions().update(next); !ok) return fail(ok.error());
        auto changed = tx.institutions().get(id);
        if (!changed) return fail(changed.error());
        if (auto ok = record(tx, clock_, actor, "institution.update", "institution",
                             std::to_string(id.value), institution_json(*current),
                             institution_json(*changed));
            !ok) {
          return fail(ok.error());
        }
        return changed;
      });
  if (stored) remember(*stored);
  return stored;
}

std::vector<std::string> Registry::allowed_actions(const domain::Actor& actor,
                                                   const domain::Institution& institution) {
  namespace access = domain::access;
  const access::Subject subject{.owner = {}, .org_unit = {}, .institutions = {institution.id}};
  std::vector<std::string> out;
  for (const auto& [action, resource, verb] :
       {std::tuple{"update", access::Resource::institution, access::Action::update},
        {"add_org_unit", access::Resource::org_unit, access::Action::create},
        {"import_courses", access::Resource::course, access::Action::import}}) {
    if (access::reaches(actor, resource, verb, subject)) out.emplace_back(action);
  }
  return out;
}

Result<std::vector<domain::OrgUnit>> Registry::org_units(const domain::Actor&,
                                                         InstitutionId id) const {
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<std::vector<domain::OrgUnit>> {
               if (auto exists = tx.institutions().get(id); !exists) return fail(exists.error());
               return tx.institutions().org_units(id);
             });
}

Result<Page<domain::OrgUnit>> Registry::org_unit_page(const domain::Actor&, InstitutionId id,
                                                      const PageRequest& request) const {
  return read_page<domain::OrgUnit>(
      store_, fmt::format("institution {} org units", id.value), "name", request,
      [&](store::Transaction& tx, store::PageSpec spec) -> Result<store::Page<domain::OrgUnit>> {
        if (auto exists = tx.institutions().get(id); !exists) return fail(exists.error());
        return store::list_org_units(tx, {.institution = id, .page = std::move(spec)});
      });
}

Result<domain::OrgUnit> Registry::create_org_unit(const domain::Actor& actor,
                                                  domain::OrgUnit unit) {
  if (auto ok = require_reach(actor, Resource::org_unit, Action::create, "add org units"); !ok)
    return fail(ok.error());
  if (auto ok = domain::validate_and_normalize(unit); !ok) return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<domain::OrgUnit> {
    if (auto exists = tx.institutions().get(unit.institution); !exists) return fail(exists.error());
    if (unit.parent) {
      auto parent = tx.institutions().org_unit(*unit.parent);
      if (!parent || parent->institution != unit.institution) {
        return fail(Error::invalid("the parent org unit is not part of this institution",
                                   {{"parent_id", "choose an org unit of the same institution"}}));
      }
    }
    auto id = tx.institutions().insert_org_unit(unit);
    if (!id) return fail(id.error());
    auto stored = tx.institutions().org_unit(*id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "org_unit.create", "org_unit",
                         std::to_string(id->value), nullptr, org_unit_json(*stored));
        !ok) {
      return fail(ok.error());
    }
    return stored;
  });
}

Result<domain::Institution> Registry::home() const {
  return run(store_, store::Access::read, [](store::Transaction& tx) { return home_in(tx); });
}

Result<domain::Institution> Registry::home_in(store::Transaction& tx) {
  auto id = require_home_institution(tx);
  if (!id) return fail(id.error());
  return tx.institutions().get(*id);
}

Status Registry::set_home(const domain::Actor& actor, InstitutionId id) {
  if (auto ok =
          require_reach(actor, Resource::settings, Action::update, "choose the home institution");
      !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    auto in = tx.institutions().get(id);
    if (!in) return fail(in.error());
    auto before = tx.settings().get(kHomeInstitutionSetting);
    if (!before) return fail(before.error());
    if (auto ok = tx.settings().set(kHomeInstitutionSetting, std::to_string(id.value)); !ok)
      return fail(ok.error());
    return record(tx, clock_, actor, "settings.home", "settings",
                  std::string(kHomeInstitutionSetting),
                  *before ? nlohmann::json(**before) : nlohmann::json(), std::to_string(id.value));
  });
}

std::size_t Registry::size() const {
  std::shared_lock lock(mutex_);
  return index_.size();
}

}  // namespace orbis::service
