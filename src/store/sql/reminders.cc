// What is due of agreements (store/reminders.h).
#include "store/reminders.h"

#include <charconv>

#include "domain/mobility.h"
#include "domain/reference.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

using sql::Where;

// The agreements `q` selects, as conditions on the agreements row `a`: its statuses and the
// partner's scope.
void add_selected(Where& where, const DueQuery& q) {
  std::string statuses;
  for (const auto status : q.statuses)
    statuses += (statuses.empty() ? "" : ", ") + where.bind(std::string(domain::to_string(status)));
  where.add(statuses.empty() ? "1 = 0" : "a.status IN (" + statuses + ")");
  if (q.party) {
    where.add("a.id IN (SELECT agreement_id FROM agreement_parties WHERE institution_id = " +
              where.bind(q.party->value) + ")");
  }
}

}  // namespace

Result<Page<DueEnd>> agreements_ending(Transaction& tx, const DueQuery& query) {
  return internal::guarded(
      internal::context_of(tx), "listing agreements ending soon", [&]() -> Result<Page<DueEnd>> {
        Where where;
        add_selected(where, query);
        // Dates are ISO 8601 text: compared as text, they compare as dates.
        where.add(
            "a.end_date <> '' AND a.end_date >= " + where.bind(domain::format_date(query.today)) +
            " AND a.end_date <= " + where.bind(domain::format_date(query.today + query.within)));
        where.add_keyset({"a.end_date"}, query.page.after, "a.id");
        long long id = 0;
        std::string end;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << ("SELECT a.id, a.end_date FROM agreements a" + where.sql() +
                     sql::order_and_limit({"a.end_date"}, query.page.limit, "a.id")),
             soci::use(where.values()), soci::into(id), soci::into(end));
        st.execute();
        std::vector<DueEnd> rows;
        while (st.fetch()) rows.push_back({AgreementId{id}, end});
        return sql::page_of(std::move(rows), query.page.limit, [](const DueEnd& d) {
          return Cursor{{d.end_date}, d.agreement.value};
        });
      });
}

Result<Page<FreeSeats>> conditions_with_free_seats(Transaction& tx, const DueQuery& query) {
  return internal::guarded(
      internal::context_of(tx), "listing conditions with free seats",
      [&]() -> Result<Page<FreeSeats>> {
        Where where;
        add_selected(where, query);
        if (query.party) {
          where.add("(c.sending_id = " + where.bind(query.party->value) +
                    " OR c.receiving_id = " + where.bind(query.party->value) + ")");
        }
        const std::string cancelled(domain::to_string(domain::MobilityStatus::cancelled));
        where.add(
            "c.seats_per_year > (SELECT COUNT(*) FROM mobilities m WHERE m.agreement_id = "
            "a.id AND m.status <> " +
            where.bind(cancelled) + " AND m.academic_year = " + where.bind(query.academic_year) +
            " AND m.condition_id = c.id)");
        // The newest agreement first, each one's conditions in order: after the cursor's
        // agreement, or in it after the cursor's position.
        if (const auto& after = query.page.after) {
          int position = 0;
          const std::string key = after->keys.size() == 1 ? after->keys[0] : std::string();
          const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), position);
          if (key.empty() || ec != std::errc() || end != key.data() + key.size())
            return fail(Error::invalid("the cursor is not one this list gave out",
                                       {{"cursor", "the next of the page before"}}));
          const std::string agreement = where.bind(after->id);
          where.add("(a.id < " + agreement + " OR (a.id = " + agreement + " AND c.position > " +
                    where.bind(position) + "))");
        }
        long long agreement = 0, condition = 0;
        int position = 0;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << ("SELECT a.id, c.id, c.position FROM agreements a JOIN agreement_conditions "
                     "c ON c.agreement_id = a.id" +
                     where.sql() + " ORDER BY a.id DESC, c.position LIMIT " +
                     std::to_string(query.page.limit + 1)),
             soci::use(where.values()), soci::into(agreement), soci::into(condition),
             soci::into(position));
        st.execute();
        std::vector<FreeSeats> rows;
        while (st.fetch()) rows.push_back({AgreementId{agreement}, condition, position});
        return sql::page_of(std::move(rows), query.page.limit, [](const FreeSeats& f) {
          return Cursor{{std::to_string(f.position)}, f.agreement.value};
        });
      });
}

}  // namespace orbis::store
