// Programmes in columns, with their hosts, conditions, scholarships and each scholarship's
// nationalities in child tables (migration 9, "facts in columns").
#include <fmt/format.h>

#include <map>
#include <utility>
#include <vector>

#include "store/lists.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::Programme;
using sql::Where;

// One programmes row, bound for reading and writing.
struct ProgrammeRow {
  long long id = 0, agreement = 0;
  int capacity = 0;
  soci::indicator agreement_ind = soci::i_null, capacity_ind = soci::i_null;
  std::string code, name, name_zh, kind, language, fee_amount, fee_currency, description,
      description_zh;
  int max_duration_months = 0, published = 0, version = 0;

  void from(const Programme& p) {
    id = p.id.value;
    code = p.code;
    name = p.name;
    name_zh = p.name_zh;
    kind = std::string(domain::to_string(p.kind));
    agreement = p.agreement ? p.agreement->value : 0;
    agreement_ind = p.agreement ? soci::i_ok : soci::i_null;
    language = p.language;
    fee_amount = p.fee.amount;
    fee_currency = p.fee.currency;
    capacity = p.capacity.value_or(0);
    capacity_ind = p.capacity ? soci::i_ok : soci::i_null;
    max_duration_months = p.max_duration_months;
    description = p.description;
    description_zh = p.description_zh;
    published = p.published ? 1 : 0;
    version = p.version;
  }

  Result<Programme> to() const {
    Programme p;
    p.id = ProgrammeId{id};
    p.code = code;
    p.name = name;
    p.name_zh = name_zh;
    const auto parsed = domain::parse_programme_kind(kind);
    if (!parsed)
      return fail(Error::internal(fmt::format("programme {} has an unknown kind {}", id, kind)));
    p.kind = *parsed;
    if (agreement_ind == soci::i_ok) p.agreement = AgreementId{agreement};
    p.language = language;
    p.fee = {fee_amount, fee_currency};
    if (capacity_ind == soci::i_ok) p.capacity = capacity;
    p.max_duration_months = max_duration_months;
    p.description = description;
    p.description_zh = description_zh;
    p.published = published != 0;
    p.version = version;
    return p;
  }
};

constexpr const char* kColumns =
    "p.id, p.code, p.name, p.name_zh, p.kind, p.agreement_id, p.language, p.fee_amount, "
    "p.fee_currency, p.capacity, p.max_duration_months, p.description, p.description_zh, "
    "p.published, p.version";

class SqlProgrammeRepository final : public ProgrammeRepository {
 public:
  explicit SqlProgrammeRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::vector<Programme>> all() override {
    return guarded(context_, "reading programmes", [&]() -> Result<std::vector<Programme>> {
      Where where;
      return select(where, " ORDER BY p.code");
    });
  }

  Result<Programme> get(ProgrammeId id) override {
    return guarded(context_, "reading a programme", [&]() -> Result<Programme> {
      Where where;
      where.add("p.id = " + where.bind(id.value));
      auto rows = select(where, "");
      if (!rows) return fail(rows.error());
      if (rows->empty()) return fail(Error::not_found(fmt::format("no programme {}", id.value)));
      return std::move(rows->front());
    });
  }

  // A page of the programmes `q` selects, by code (store/lists.h).
  Result<Page<Programme>> list(const ProgrammeQuery& q) {
    return guarded(context_, "listing programmes", [&]() -> Result<Page<Programme>> {
      Where where;
      if (q.host) {
        where.add(
            "EXISTS (SELECT 1 FROM programme_hosts h WHERE h.programme_id = p.id AND "
            "h.institution_id = " +
            where.bind(q.host->value) + ")");
      }
      if (q.published_only) where.add("p.published = TRUE");
      where.add_keyset({"p.code"}, q.page.after, "p.id");
      auto rows = select(where, sql::order_and_limit({"p.code"}, q.page.limit, "p.id"));
      if (!rows) return fail(rows.error());
      return sql::page_of(std::move(*rows), q.page.limit,
                          [](const Programme& p) { return Cursor{{p.code}, p.id.value}; });
    });
  }

  Result<ProgrammeId> insert(const Programme& p) override {
    return guarded(
        context_, fmt::format("adding the programme {}", p.code), [&]() -> Result<ProgrammeId> {
          ProgrammeRow r;
          r.from(p);
          const std::string now = context_.now();
          long long id = 0;
          sql_ << "INSERT INTO programmes (code, name, name_zh, kind, agreement_id, language, "
                  "fee_amount, fee_currency, capacity, max_duration_months, description, "
                  "description_zh, published, version, created_at, updated_at) VALUES (:code, "
                  ":name, :name_zh, :kind, :agreement, :language, :fee_amount, :fee_currency, "
                  ":capacity, :months, :description, :description_zh, :published, 1, :created, "
                  ":updated) RETURNING id",
              soci::use(r.code), soci::use(r.name), soci::use(r.name_zh), soci::use(r.kind),
              soci::use(r.agreement, r.agreement_ind), soci::use(r.language),
              soci::use(r.fee_amount), soci::use(r.fee_currency),
              soci::use(r.capacity, r.capacity_ind), soci::use(r.max_duration_months),
              soci::use(r.description), soci::use(r.description_zh), soci::use(r.published),
              soci::use(now), soci::use(now), soci::into(id);
          write_children(id, p);
          return ProgrammeId{id};
        });
  }

  Status update(const Programme& p) override {
    return guarded(context_, fmt::format("saving the programme {}", p.code), [&]() -> Status {
      ProgrammeRow r;
      r.from(p);
      const std::string now = context_.now();
      soci::statement st =
          (sql_.prepare
               << "UPDATE programmes SET code = :code, name = :name, name_zh = :name_zh, kind = "
                  ":kind, agreement_id = :agreement, language = :language, fee_amount = "
                  ":fee_amount, fee_currency = :fee_currency, capacity = :capacity, "
                  "max_duration_months = :months, description = :description, description_zh = "
                  ":description_zh, published = :published, version = version + 1, updated_at = "
                  ":updated WHERE id = :id AND version = :version",
           soci::use(r.code), soci::use(r.name), soci::use(r.name_zh), soci::use(r.kind),
           soci::use(r.agreement, r.agreement_ind), soci::use(r.language), soci::use(r.fee_amount),
           soci::use(r.fee_currency), soci::use(r.capacity, r.capacity_ind),
           soci::use(r.max_duration_months), soci::use(r.description), soci::use(r.description_zh),
           soci::use(r.published), soci::use(now), soci::use(r.id), soci::use(r.version));
      st.execute(true);
      if (st.get_affected_rows() == 0) return stale_or_missing(r.id);
      for (const char* table : {"scholarship_nationalities", "programme_scholarships",
                                "programme_conditions", "programme_hosts"}) {
        sql_ << fmt::format("DELETE FROM {} WHERE programme_id = :id", table), soci::use(r.id);
      }
      write_children(r.id, p);
      return {};
    });
  }

 private:
  Status stale_or_missing(long long id) {
    long long exists = 0;
    sql_ << "SELECT COUNT(*) FROM programmes WHERE id = :id", soci::use(id), soci::into(exists);
    if (!exists) return fail(Error::not_found(fmt::format("no programme {}", id)));
    return fail(Error::conflict(
        "the programme was changed by someone else since it was read; reload and try again"));
  }

  // The programmes `where` selects, in `order`, with their children.
  Result<std::vector<Programme>> select(Where& where, const std::string& order) {
    std::vector<Programme> out;
    ProgrammeRow r;
    soci::statement st =
        (sql_.prepare << (std::string("SELECT ") + kColumns + " FROM programmes p" + where.sql() +
                          order),
         soci::use(where.values()), soci::into(r.id), soci::into(r.code), soci::into(r.name),
         soci::into(r.name_zh), soci::into(r.kind), soci::into(r.agreement, r.agreement_ind),
         soci::into(r.language), soci::into(r.fee_amount), soci::into(r.fee_currency),
         soci::into(r.capacity, r.capacity_ind), soci::into(r.max_duration_months),
         soci::into(r.description), soci::into(r.description_zh), soci::into(r.published),
         soci::into(r.version));
    st.execute();
    while (st.fetch()) {
      auto p = r.to();
      if (!p) return fail(p.error());
      out.push_back(std::move(*p));
    }
    read_children(out);
    return out;
  }

  // The hosts, conditions and scholarships (with their nationalities) of every one of
  // `programmes`: four statements for each run of ids (a page is one), rather than three
  // and one more per scholarship for each programme.
  void read_children(std::vector<Programme>& programmes) {
    const sql::Parents parents(programmes);
    sql::in_runs(parents.ids, [&](const std::vector<long long>& run) {
      long long owner = 0, value = 0;
      {
        Where where;
        soci::statement st =
            (sql_.prepare << sql::select_children(where, run, "programme_id", "institution_id",
                                                  "programme_hosts", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(value));
        st.execute();
        while (st.fetch()) parents[owner].hosts.push_back(InstitutionId{value});
      }
      {
        Where where;
        soci::statement st =
            (sql_.prepare << sql::select_children(where, run, "programme_id", "condition_id",
                                                  "programme_conditions", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(value));
        st.execute();
        while (st.fetch()) parents[owner].conditions.push_back(value);
      }
      // Where each scholarship stands in its programme's list, by its programme and position.
      std::map<std::pair<long long, int>, std::size_t> scholarship_at;
      int position = 0;
      {
        Where where;
        domain::Scholarship s;
        int places = 0;
        soci::indicator places_ind = soci::i_null;
        soci::statement st =
            (sql_.prepare << sql::select_children(where, run, "programme_id",
                                                  "position, code, name, name_zh, sponsor, "
                                                  "amount, currency, eligibility, "
                                                  "eligibility_zh, places",
                                                  "programme_scholarships", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(position), soci::into(s.code),
             soci::into(s.name), soci::into(s.name_zh), soci::into(s.sponsor),
             soci::into(s.amount.amount), soci::into(s.amount.currency), soci::into(s.eligibility),
             soci::into(s.eligibility_zh), soci::into(places, places_ind));
        st.execute();
        while (st.fetch()) {
          auto& p = parents[owner];
          domain::Scholarship copy = s;
          copy.places = places_ind == soci::i_ok ? std::optional<int>(places) : std::nullopt;
          scholarship_at[{owner, position}] = p.scholarships.size();
          p.scholarships.push_back(std::move(copy));
        }
      }
      if (scholarship_at.empty()) return;
      Where where;
      std::string country;
      soci::statement st =
          (sql_.prepare << sql::select_children(
               where, run, "programme_id", "scholarship_position, country",
               "scholarship_nationalities", "scholarship_position, position"),
           soci::use(where.values()), soci::into(owner), soci::into(position), soci::into(country));
      st.execute();
      while (st.fetch()) {
        const auto at = scholarship_at.find({owner, position});
        if (at != scholarship_at.end())
          parents[owner].scholarships[at->second].nationalities.push_back(country);
      }
    });
  }

  void write_children(long long id, const Programme& p) {
    for (std::size_t i = 0; i < p.hosts.size(); ++i) {
      const int position = static_cast<int>(i);
      const long long host = p.hosts[i].value;
      sql_ << "INSERT INTO programme_hosts (programme_id, position, institution_id) VALUES (:id, "
              ":position, :host)",
          soci::use(id), soci::use(position), soci::use(host);
    }
    for (std::size_t i = 0; i < p.conditions.size(); ++i) {
      const int position = static_cast<int>(i);
      const long long condition = p.conditions[i];
      sql_ << "INSERT INTO programme_conditions (programme_id, position, condition_id) VALUES "
              "(:id, :position, :condition)",
          soci::use(id), soci::use(position), soci::use(condition);
    }
    for (std::size_t i = 0; i < p.scholarships.size(); ++i) {
      const auto& s = p.scholarships[i];
      const int position = static_cast<int>(i);
      const int places = s.places.value_or(0);
      soci::indicator places_ind = s.places ? soci::i_ok : soci::i_null;
      sql_ << "INSERT INTO programme_scholarships (programme_id, position, code, name, name_zh, "
              "sponsor, amount, currency, eligibility, eligibility_zh, places) VALUES (:id, "
              ":position, :code, :name, :name_zh, :sponsor, :amount, :currency, :eligibility, "
              ":eligibility_zh, :places)",
          soci::use(id), soci::use(position), soci::use(s.code), soci::use(s.name),
          soci::use(s.name_zh), soci::use(s.sponsor), soci::use(s.amount.amount),
          soci::use(s.amount.currency), soci::use(s.eligibility), soci::use(s.eligibility_zh),
          soci::use(places, places_ind);
      for (std::size_t n = 0; n < s.nationalities.size(); ++n) {
        const int order = static_cast<int>(n);
        sql_ << "INSERT INTO scholarship_nationalities (programme_id, scholarship_position, "
                "position, country) VALUES (:id, :position, :n, :country)",
            soci::use(id), soci::use(position), soci::use(order), soci::use(s.nationalities[n]);
      }
    }
  }

  soci::session& sql_;
  const sql::Context& context_;
};

}  // namespace

std::unique_ptr<ProgrammeRepository> make_programme_repository(const sql::Context& context) {
  return std::make_unique<SqlProgrammeRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::Programme>> list_programmes(Transaction& tx, const ProgrammeQuery& query) {
  return internal::SqlProgrammeRepository(internal::context_of(tx)).list(query);
}

}  // namespace orbis::store
