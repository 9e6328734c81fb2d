// What the institution does with its partners besides publishing (store/partner_research.h).
#include "store/partner_research.h"

#include <algorithm>

#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

constexpr const char* kVisit = "status NOT IN ('declined', 'withdrawn')";

// "SELECT key, count FROM from WHERE key IN (run) [AND also] GROUP BY key": `each(key, count)`
// for every key with any. `count` is the expression counted ("COUNT(*)").
template <typename Each>
void count_per_key(soci::session& sql, const std::vector<long long>& run, const std::string& key,
                   const std::string& count, const std::string& from, const std::string& also,
                   Each each) {
  sql::Where where;
  const std::string text = "SELECT " + key + ", " + count + " FROM " + from + " WHERE " + key +
                           " IN " + where.bind_list(run) + (also.empty() ? "" : " AND " + also) +
                           " GROUP BY " + key;
  long long id = 0;
  int n = 0;
  soci::statement st =
      (sql.prepare << text, soci::use(where.values()), soci::into(id), soci::into(n));
  st.execute();
  while (st.fetch()) each(id, n);
}

}  // namespace

Result<std::map<InstitutionId, PartnerTies>> partner_ties(
    Transaction& tx, const std::vector<InstitutionId>& partners) {
  return internal::guarded(
      internal::context_of(tx), "counting the projects, visits and agreements of partners",
      [&]() -> Result<std::map<InstitutionId, PartnerTies>> {
        auto& sql = internal::session_of(tx);
        std::map<InstitutionId, PartnerTies> out;
        std::vector<long long> ids;
        ids.reserve(partners.size());
        for (const auto p : partners) ids.push_back(p.value);
        sql::in_runs(ids, [&](const std::vector<long long>& run) {
          count_per_key(sql, run, "institution_id", "COUNT(DISTINCT project_id)",
                        "research_project_partners", "",
                        [&](long long id, int n) { out[InstitutionId{id}].projects = n; });
          count_per_key(sql, run, "p.institution_id", "COUNT(DISTINCT a.id)",
                        "agreement_parties p JOIN agreements a ON a.id = p.agreement_id",
                        "a.status IN ('signed', 'active', 'expiring')",
                        [&](long long id, int n) { out[InstitutionId{id}].agreements = n; });
          // Visits both ways, by direction.
          sql::Where where;
          long long id = 0;
          int n = 0;
          std::string direction;
          soci::statement st =
              (sql.prepare << "SELECT partner_id, direction, COUNT(*) FROM scholar_cases WHERE "
                              "partner_id IN " +
                                  where.bind_list(run) + " AND " + kVisit +
                                  " GROUP BY partner_id, direction",
               soci::use(where.values()), soci::into(id), soci::into(direction), soci::into(n));
          st.execute();
          while (st.fetch()) {
            auto& ties = out[InstitutionId{id}];
            (direction == "outgoing" ? ties.visits_out : ties.visits_in) = n;
          }
        });
        return out;
      });
}

Result<std::map<std::string, RegisteredPartner>> registered_by_ror(
    Transaction& tx, const std::vector<std::string>& rors) {
  return internal::guarded(
      internal::context_of(tx), "finding partners in the registry by their ROR ids",
      [&]() -> Result<std::map<std::string, RegisteredPartner>> {
        auto& sql = internal::session_of(tx);
        std::map<std::string, RegisteredPartner> out;
        for (std::size_t from = 0; from < rors.size(); from += sql::kIdsPerStatement) {
          const auto to = std::min(rors.size(), from + sql::kIdsPerStatement);
          sql::Where where;
          std::string list;
          for (auto i = from; i < to; ++i) list += (i == from ? "" : ", ") + where.bind(rors[i]);
          long long id = 0;
          std::string ror;
          RegisteredPartner row;
          soci::statement st =
              (sql.prepare << "SELECT id, ror_id, name, name_zh FROM institutions WHERE ror_id "
                              "IN (" +
                                  list + ")",
               soci::use(where.values()), soci::into(id), soci::into(ror), soci::into(row.name),
               soci::into(row.name_zh));
          st.execute();
          while (st.fetch()) {
            row.id = InstitutionId{id};
            out[ror] = row;
          }
        }
        return out;
      });
}

Result<std::vector<AgreementTies>> agreement_ties(Transaction& tx, InstitutionId partner) {
  return internal::guarded(
      internal::context_of(tx), "reading the agreements of a partner and what they carry",
      [&]() -> Result<std::vector<AgreementTies>> {
        auto& sql = internal::session_of(tx);
        std::vector<AgreementTies> out;
        AgreementTies row;
        long long id = 0;
        soci::statement st =
            (sql.prepare << "SELECT DISTINCT a.id, a.code, a.title, a.status, a.start_date, "
                            "a.end_date FROM agreement_parties p JOIN agreements a ON a.id = "
                            "p.agreement_id WHERE p.institution_id = :i ORDER BY a.start_date "
                            "DESC, a.id DESC",
             soci::use(partner.value), soci::into(id), soci::into(row.code), soci::into(row.title),
             soci::into(row.status), soci::into(row.start_date), soci::into(row.end_date));
        st.execute();
        while (st.fetch()) {
          row.agreement = AgreementId{id};
          out.push_back(row);
        }
        std::map<long long, AgreementTies*> by_id;
        std::vector<long long> ids;
        ids.reserve(out.size());
        for (auto& a : out) {
          by_id[a.agreement.value] = &a;
          ids.push_back(a.agreement.value);
        }
        sql::in_runs(ids, [&](const std::vector<long long>& run) {
          count_per_key(sql, run, "target_id", "COUNT(DISTINCT project_id)",
                        "research_project_links", "kind = 'agreement'",
                        [&](long long agreement, int n) { by_id.at(agreement)->projects = n; });
          count_per_key(sql, run, "agreement_id", "COUNT(*)", "scholar_cases", kVisit,
                        [&](long long agreement, int n) { by_id.at(agreement)->visits = n; });
        });
        return out;
      });
}

}  // namespace orbis::store
