// The institution's publications and what co-publications count from them
// (store/publications.h).
#include "store/publications.h"

#include <utility>

#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {

Result<bool> save_publication(Transaction& tx, const domain::research::Publication& p) {
  return internal::guarded(
      internal::context_of(tx), "saving publication " + p.source_id, [&]() -> Result<bool> {
        auto& session = internal::session_of(tx);
        long long id = 0;
        soci::indicator found = soci::i_null;
        session << "SELECT id FROM publications WHERE source_id = :s", soci::use(p.source_id),
            soci::into(id, found);
        const bool added = !session.got_data() || found == soci::i_null;
        if (added) {
          session << "INSERT INTO publications (source_id, doi, title, year, type) VALUES (:s, "
                     ":d, :t, :y, :k) RETURNING id",
              soci::use(p.source_id), soci::use(p.doi), soci::use(p.title), soci::use(p.year),
              soci::use(p.type), soci::into(id);
        } else {
          session << "UPDATE publications SET doi = :d, title = :t, year = :y, type = :k WHERE "
                     "id = :i",
              soci::use(p.doi), soci::use(p.title), soci::use(p.year), soci::use(p.type),
              soci::use(id);
          session << "DELETE FROM publication_affiliations WHERE publication_id = :i",
              soci::use(id);
        }
        int position = 0;
        for (const auto& a : p.affiliations) {
          session << "INSERT INTO publication_affiliations (publication_id, position, ror, name, "
                     "country) VALUES (:i, :p, :r, :n, :c)",
              soci::use(id), soci::use(position), soci::use(a.ror), soci::use(a.name),
              soci::use(a.country);
          ++position;
        }
        return added;
      });
}

Result<long long> count_publications(Transaction& tx) {
  return internal::guarded(
      internal::context_of(tx), "counting publications", [&]() -> Result<long long> {
        long long n = 0;
        internal::session_of(tx) << "SELECT COUNT(*) FROM publications", soci::into(n);
        return n;
      });
}

Result<std::vector<PublicationYear>> publication_years(Transaction& tx, int from, int to,
                                                       const std::string& home_country) {
  return internal::guarded(
      internal::context_of(tx), "counting publications per year",
      [&]() -> Result<std::vector<PublicationYear>> {
        std::vector<PublicationYear> out;
        PublicationYear row;
        // A publication is international when one of its authors' institutions is of a known
        // country other than the home one: one probe of the affiliations' key per publication.
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT p.year, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM "
                    "publication_affiliations a WHERE a.publication_id = p.id AND a.country <> "
                    "'' AND a.country <> :home) THEN 1 ELSE 0 END) FROM publications p WHERE "
                    "p.year >= :from AND p.year <= :to GROUP BY p.year ORDER BY p.year",
             soci::use(home_country), soci::use(from), soci::use(to), soci::into(row.year),
             soci::into(row.publications), soci::into(row.international));
        st.execute();
        while (st.fetch()) out.push_back(row);
        return out;
      });
}

Result<std::vector<CoPublications>> co_publications(Transaction& tx, int from, int to,
                                                    const std::string& home_ror) {
  return internal::guarded(
      internal::context_of(tx), "counting co-publications per partner",
      [&]() -> Result<std::vector<CoPublications>> {
        std::vector<CoPublications> out;
        CoPublications row;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT a.ror, MAX(a.name), MAX(a.country), p.year, COUNT(DISTINCT p.id) FROM "
                    "publications p JOIN publication_affiliations a ON a.publication_id = p.id "
                    "WHERE p.year >= :from AND p.year <= :to AND a.ror <> '' AND a.ror <> :home "
                    "GROUP BY a.ror, p.year ORDER BY a.ror, p.year",
             soci::use(from), soci::use(to), soci::use(home_ror), soci::into(row.ror),
             soci::into(row.name), soci::into(row.country), soci::into(row.year),
             soci::into(row.publications));
        st.execute();
        while (st.fetch()) out.push_back(row);
        return out;
      });
}

Result<std::vector<long long>> publications_not_in(Transaction& tx,
                                                   const std::set<std::string>& kept) {
  return internal::guarded(internal::context_of(tx), "reading the publications recorded",
                           [&]() -> Result<std::vector<long long>> {
                             std::vector<long long> out;
                             long long id = 0;
                             std::string source;
                             soci::statement st =
                                 (internal::session_of(tx).prepare
                                      << "SELECT id, source_id FROM publications ORDER BY id",
                                  soci::into(id), soci::into(source));
                             st.execute();
                             while (st.fetch())
                               if (!kept.contains(source)) out.push_back(id);
                             return out;
                           });
}

Status remove_publications(Transaction& tx, const std::vector<long long>& ids) {
  return internal::guarded(internal::context_of(tx), "removing publications", [&]() -> Status {
    auto& session = internal::session_of(tx);
    sql::in_runs(ids, [&](const std::vector<long long>& run) {
      for (const char* statement : {"DELETE FROM publication_affiliations WHERE publication_id IN ",
                                    "DELETE FROM publications WHERE id IN "}) {
        sql::Where where;
        const std::string text = statement + where.bind_list(run);
        session << text, soci::use(where.values());
      }
    });
    return {};
  });
}

Result<std::vector<PublicationCount>> co_publications_with(Transaction& tx, int from, int to,
                                                           const std::string& ror) {
  return internal::guarded(
      internal::context_of(tx), "counting co-publications with a partner",
      [&]() -> Result<std::vector<PublicationCount>> {
        std::vector<PublicationCount> out;
        PublicationCount row;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << "SELECT p.year, COUNT(DISTINCT p.id) FROM publication_affiliations a JOIN "
                    "publications p ON p.id = a.publication_id WHERE a.ror = :r AND p.year >= "
                    ":from AND p.year <= :to GROUP BY p.year ORDER BY p.year",
             soci::use(ror), soci::use(from), soci::use(to), soci::into(row.year),
             soci::into(row.publications));
        st.execute();
        while (st.fetch()) out.push_back(row);
        return out;
      });
}

}  // namespace orbis::store
