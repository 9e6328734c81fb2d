#include "service/lists.h"

#include "common/clock.h"
#include "domain/mobility_json.h"
#include "service/support/paging.h"
#include "store/lists.h"

namespace orbis::service {

using domain::Role;
using nlohmann::json;

json programme_json(store::Transaction& tx, const domain::Programme& p) {
  json j = domain::to_json(p);
  json hosts = json::array();
  for (const auto& h : p.hosts) {
    auto in = tx.institutions().get(h);
    if (!in) continue;
    hosts.push_back(
        {{"id", h.value}, {"name", in->name}, {"name_zh", in->name_zh}, {"country", in->country}});
  }
  j["hosts"] = hosts;
  return j;
}

Result<JsonPage> programme_page(Services& s, const domain::Actor* actor, bool published_only,
                                std::size_t limit, std::string_view cursor) {
  auto spec = page_spec("programmes", "code", limit, cursor);
  if (!spec) return fail(spec.error());
  store::ProgrammeQuery query{.published_only = published_only, .page = std::move(*spec)};
  if (actor && actor->is(Role::partner)) {
    if (!actor->institution) return JsonPage{};
    query.host = actor->institution;
  }
  auto tx = s.store.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto found = store::list_programmes(**tx, query);
  if (!found) return fail(found.error());
  JsonPage page;
  for (const auto& p : found->items) page.items.push_back(programme_json(**tx, p));
  page.next = next_cursor("programmes", "code", found->next);
  return page;
}

Result<JsonPage> call_page(Services& s, const domain::Actor& actor, std::size_t limit,
                           std::string_view cursor) {
  if (actor.is(Role::partner))
    return fail(Error::denied("partners do not see our calls for applications"));
  auto spec = page_spec("calls", "year,code", limit, cursor);
  if (!spec) return fail(spec.error());
  store::CallQuery query{.page = std::move(*spec)};
  const bool everything = actor.is(Role::admin) || actor.is(Role::officer) ||
                          actor.is(Role::coordinator) || actor.is(Role::viewer);
  std::vector<domain::Call> calls;
  std::optional<store::Cursor> next;
  {
    auto tx = s.store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    if (!everything) {
      query.open_at = format_iso8601(s.clock.now());
      auto me = store::person_of_user(**tx, actor.user);
      if (!me) return fail(me.error());
      if (*me) query.applicant = (*me)->id;
    }
    auto found = store::list_calls(**tx, query);
    if (!found) return fail(found.error());
    calls = std::move(found->items);
    next = std::move(found->next);
  }
  JsonPage page;
  // Each call's view (its phase, offers and counts) is still read in a transaction of its
  // own: Calls::view.
  for (const auto& c : calls) {
    auto v = s.calls.view(actor, c);
    if (!v) return fail(v.error());
    page.items.push_back(std::move(*v));
  }
  page.next = next_cursor("calls", "year,code", next);
  return page;
}

}  // namespace orbis::service
