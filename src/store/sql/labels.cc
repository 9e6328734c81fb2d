// The labels of a page of stays (store/labels.h): for each kind of record the stays name, one
// query over the ids they name.
#include "store/labels.h"

#include <soci/soci.h>

#include <array>
#include <map>
#include <set>

#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

// Reads the text `columns` of the rows of `table` whose id is in `ids`, each into a label by
// `make` (the id, then the columns' values in their order).
template <typename Id, std::size_t N, typename Make>
auto labels_of(soci::session& session, const std::string& table,
               const std::array<const char*, N>& columns, const std::set<long long>& ids,
               Make make) {
  using Label = std::invoke_result_t<Make, Id, const std::array<std::string, N>&>;
  std::map<Id, Label> out;
  if (ids.empty()) return out;
  sql::Where where;
  where.add("id IN " + where.bind_list({ids.begin(), ids.end()}));
  std::string select = "SELECT id";
  for (const char* column : columns) select += std::string(", ") + column;
  long long id = 0;
  std::array<std::string, N> values;
  soci::statement st(session);
  st.exchange(soci::use(where.values()));
  st.exchange(soci::into(id));
  for (auto& value : values) st.exchange(soci::into(value));
  st.alloc();
  st.prepare(select + " FROM " + table + where.sql());
  st.define_and_bind();
  st.execute();
  while (st.fetch()) out.emplace(Id{id}, make(Id{id}, values));
  return out;
}

template <typename Id>
void add(std::set<long long>& ids, const std::optional<Id>& id) {
  if (id) ids.insert(id->value);
}

template <typename Id, typename Label>
std::optional<Label> find(const std::map<Id, Label>& labels, const std::optional<Id>& id) {
  if (!id) return std::nullopt;
  const auto it = labels.find(*id);
  return it == labels.end() ? std::nullopt : std::optional<Label>(it->second);
}

}  // namespace

Result<std::vector<StayLabels>> stay_labels(Transaction& tx,
                                            const std::vector<domain::Mobility>& stays) {
  return internal::guarded(
      internal::context_of(tx), "reading the labels of stays",
      [&]() -> Result<std::vector<StayLabels>> {
        std::set<long long> institutions, agreements, programmes, calls;
        for (const auto& m : stays) {
          institutions.insert(m.sending.value);
          institutions.insert(m.receiving.value);
          add(agreements, m.agreement);
          add(programmes, m.programme);
          add(calls, m.call);
        }
        auto& session = internal::session_of(tx);
        const auto institution = labels_of<InstitutionId>(
            session, "institutions", std::array{"name", "name_zh", "country"}, institutions,
            [](InstitutionId id, const auto& v) { return InstitutionLabel{id, v[0], v[1], v[2]}; });
        const auto agreement = labels_of<AgreementId>(
            session, "agreements", std::array{"code", "title"}, agreements,
            [](AgreementId id, const auto& v) { return AgreementLabel{id, v[0], v[1]}; });
        const auto programme = labels_of<ProgrammeId>(
            session, "programmes", std::array{"code", "name", "name_zh"}, programmes,
            [](ProgrammeId id, const auto& v) { return ProgrammeLabel{id, v[0], v[1], v[2]}; });
        const auto call =
            labels_of<CallId>(session, "calls", std::array{"code", "title"}, calls,
                              [](CallId id, const auto& v) { return CallLabel{id, v[0], v[1]}; });
        std::vector<StayLabels> out;
        out.reserve(stays.size());
        for (const auto& m : stays) {
          out.push_back({.sending = find(institution, std::optional(m.sending)),
                         .receiving = find(institution, std::optional(m.receiving)),
                         .agreement = find(agreement, m.agreement),
                         .programme = find(programme, m.programme),
                         .call = find(call, m.call)});
        }
        return out;
      });
}

Result<std::map<InstitutionId, InstitutionLabel>> institution_labels(
    Transaction& tx, const std::vector<InstitutionId>& institutions) {
  return internal::guarded(
      internal::context_of(tx), "reading the labels of institutions",
      [&]() -> Result<std::map<InstitutionId, InstitutionLabel>> {
        std::set<long long> ids;
        for (const auto id : institutions) ids.insert(id.value);
        return labels_of<InstitutionId>(
            internal::session_of(tx), "institutions", std::array{"name", "name_zh", "country"}, ids,
            [](InstitutionId id, const auto& v) { return InstitutionLabel{id, v[0], v[1], v[2]}; });
      });
}

}  // namespace orbis::store
