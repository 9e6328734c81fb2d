#include <fmt/format.h>

#include <map>
#include <unordered_map>
#include <vector>

#include "common/text.h"
#include "store/lists.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::Institution;
using domain::OrgUnit;

std::string join_types(const std::vector<domain::InstitutionType>& types) {
  std::vector<std::string> names;
  names.reserve(types.size());
  for (const auto t : types) names.emplace_back(domain::to_string(t));
  return text::join(names, ";");
}

// The columns of `institutions`, bound for reading or writing one row at a time.
struct InstitutionRow {
  long long id = 0;
  std::string ror_id, name, name_zh, country, city, state_province, types, website, wikidata,
      status;
  int established = 0, version = 0;
  soci::indicator ror_ind = soci::i_ok, established_ind = soci::i_ok;

  void from(const Institution& in) {
    id = in.id.value;
    ror_id = in.ror_id;
    ror_ind = in.ror_id.empty() ? soci::i_null : soci::i_ok;
    name = in.name;
    name_zh = in.name_zh;
    country = in.country;
    city = in.city;
    state_province = in.state_province;
    types = join_types(in.types);
    website = in.website;
    wikidata = in.wikidata;
    status = in.status.empty() ? "active" : in.status;
    established = in.established.value_or(0);
    established_ind = in.established ? soci::i_ok : soci::i_null;
    version = in.version;
  }
  Institution to() const {
    Institution in;
    in.id = InstitutionId{id};
    in.ror_id = ror_ind == soci::i_ok ? ror_id : "";
    in.name = name;
    in.name_zh = name_zh;
    in.country = country;
    in.city = city;
    in.state_province = state_province;
    in.types = split_types(types);
    in.website = website;
    in.wikidata = wikidata;
    in.status = status;
    if (established_ind == soci::i_ok) in.established = established;
    in.version = version;
    return in;
  }
};

constexpr const char* kSelectColumns =
    "SELECT id, ror_id, name, name_zh, country, city, state_province, types, established, "
    "website, wikidata, status, version FROM institutions";

// With `key`, the tail's one placeholder is bound to it; with `values`, its named ones.
soci::statement prepare_select(soci::session& sql, InstitutionRow& r, const std::string& tail,
                               long long* key = nullptr, soci::values* values = nullptr) {
  auto prep = (sql.prepare << (std::string(kSelectColumns) + tail));
  if (key) prep, soci::use(*key);
  if (values) prep, soci::use(*values);
  return (prep, soci::into(r.id), soci::into(r.ror_id, r.ror_ind), soci::into(r.name),
          soci::into(r.name_zh), soci::into(r.country), soci::into(r.city),
          soci::into(r.state_province), soci::into(r.types),
          soci::into(r.established, r.established_ind), soci::into(r.website),
          soci::into(r.wikidata), soci::into(r.status), soci::into(r.version));
}

class SqlInstitutionRepository final : public InstitutionRepository {
 public:
  explicit SqlInstitutionRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<Institution> get(InstitutionId id) override {
    return guarded(context_, "reading an institution", [&]() -> Result<Institution> {
      InstitutionRow r;
      long long key = id.value;
      soci::statement st = prepare_select(sql_, r, " WHERE id = :id", &key);
      st.execute();
      if (!st.fetch()) return fail(Error::not_found(fmt::format("no institution {}", id.value)));
      Institution in = r.to();
      load_names_and_domains(in);
      return in;
    });
  }

  Result<std::vector<Institution>> all() override {
    return guarded(context_, "reading the registry", [&]() -> Result<std::vector<Institution>> {
      std::vector<Institution> out;
      std::unordered_map<long long, std::size_t> index;
      {
        InstitutionRow r;
        soci::statement st = prepare_select(sql_, r, " ORDER BY id");
        st.execute();
        while (st.fetch()) {
          index.emplace(r.id, out.size());
          out.push_back(r.to());
        }
      }
      {
        long long owner = 0;
        std::string name, lang, kind;
        soci::statement st =
            (sql_.prepare << "SELECT institution_id, name, lang, kind FROM "
                             "institution_names ORDER BY institution_id, position",
             soci::into(owner), soci::into(name), soci::into(lang), soci::into(kind));
        st.execute();
        while (st.fetch()) {
          if (const auto it = index.find(owner); it != index.end()) {
            out[it->second].names.push_back(
                {name, lang, domain::parse_name_kind(kind).value_or(domain::NameKind::alias)});
          }
        }
      }
      {
        long long owner = 0;
        std::string domain;
        soci::statement st =
            (sql_.prepare << "SELECT institution_id, domain FROM institution_domains "
                             "ORDER BY institution_id, position",
             soci::into(owner), soci::into(domain));
        st.execute();
        while (st.fetch()) {
          if (const auto it = index.find(owner); it != index.end())
            out[it->second].domains.push_back(domain);
        }
      }
      return out;
    });
  }

  // The institutions of `ids` that exist, by id, with their domains but not their names
  // besides the main ones: two statements, whatever the number.
  Result<std::map<std::int64_t, Institution>> with_ids(const std::vector<InstitutionId>& ids) {
    using Found = std::map<std::int64_t, Institution>;
    return guarded(context_, "reading institutions", [&]() -> Result<Found> {
      Found out;
      if (ids.empty()) return out;
      std::vector<long long> keys;
      keys.reserve(ids.size());
      for (const auto id : ids) keys.push_back(id.value);
      {
        sql::Where where;
        InstitutionRow r;
        const std::string listed = where.bind_list(keys);
        soci::statement st =
            prepare_select(sql_, r, " WHERE id IN " + listed, nullptr, &where.values());
        st.execute();
        while (st.fetch()) out.emplace(r.id, r.to());
      }
      sql::Where where;
      long long owner = 0;
      std::string domain;
      soci::statement st =
          (sql_.prepare << "SELECT institution_id, domain FROM institution_domains WHERE "
                           "institution_id IN " +
                               where.bind_list(keys) + " ORDER BY institution_id, position",
           soci::use(where.values()), soci::into(owner), soci::into(domain));
      st.execute();
      while (st.fetch()) {
        if (const auto it = out.find(owner); it != out.end()) it->second.domains.push_back(domain);
      }
      return out;
    });
  }

  Result<std::size_t> count() override {
    return guarded(context_, "counting institutions", [&]() -> Result<std::size_t> {
      long long n = 0;
      sql_ << "SELECT COUNT(*) FROM institutions", soci::into(n);
      return static_cast<std::size_t>(n);
    });
  }

  Result<InstitutionId> insert(const Institution& in) override {
    return guarded(
        context_, fmt::format("adding the institution '{}'", in.name),
        [&]() -> Result<InstitutionId> {
          if (!insert_row_) {
            insert_row_.emplace((
                sql_.prepare
                    << "INSERT INTO institutions (ror_id, name, name_zh, country, city, "
                       "state_province, types, established, website, wikidata, status, version, "
                       "created_at, updated_at) VALUES (:ror, :name, :zh, :country, :city, :sp, "
                       ":types, :est, :web, :wd, :status, 1, :c, :u) RETURNING id",
                soci::use(row_.ror_id, row_.ror_ind), soci::use(row_.name), soci::use(row_.name_zh),
                soci::use(row_.country), soci::use(row_.city), soci::use(row_.state_province),
                soci::use(row_.types), soci::use(row_.established, row_.established_ind),
                soci::use(row_.website), soci::use(row_.wikidata), soci::use(row_.status),
                soci::use(stamp_), soci::use(stamp_), soci::into(row_.id)));
          }
          row_.from(in);
          stamp_ = context_.now();
          insert_row_->execute(true);
          const InstitutionId id{row_.id};
          // Step past the one RETURNING row, so that SQLite sees the statement finished and a
          // later COMMIT is not refused for a statement in progress.
          insert_row_->fetch();
          write_names_and_domains(id, in);
          record_change(row_.id);
          return id;
        });
  }

  Status update(const Institution& in) override {
    return guarded(context_, fmt::format("saving the institution '{}'", in.name), [&]() -> Status {
      InstitutionRow r;
      r.from(in);
      const std::string now = context_.now();
      soci::statement st =
          (sql_.prepare
               << "UPDATE institutions SET ror_id = :ror, name = :name, name_zh = :zh, "
                  "country = :country, city = :city, state_province = :sp, types = :types, "
                  "established = :est, website = :web, wikidata = :wd, status = :status, "
                  "version = version + 1, updated_at = :u WHERE id = :id AND version = :v",
           soci::use(r.ror_id, r.ror_ind), soci::use(r.name), soci::use(r.name_zh),
           soci::use(r.country), soci::use(r.city), soci::use(r.state_province), soci::use(r.types),
           soci::use(r.established, r.established_ind), soci::use(r.website), soci::use(r.wikidata),
           soci::use(r.status), soci::use(now), soci::use(r.id), soci::use(r.version));
      st.execute(true);
      if (st.get_affected_rows() == 0) {
        long long exists = 0;
        sql_ << "SELECT COUNT(*) FROM institutions WHERE id = :id", soci::use(r.id),
            soci::into(exists);
        if (!exists) return fail(Error::not_found(fmt::format("no institution {}", r.id)));
        return fail(
            Error::conflict("the institution was changed by someone else since it was read"));
      }
      sql_ << "DELETE FROM institution_names WHERE institution_id = :id", soci::use(r.id);
      sql_ << "DELETE FROM institution_domains WHERE institution_id = :id", soci::use(r.id);
      write_names_and_domains(in.id, in);
      record_change(r.id);
      return {};
    });
  }

  Result<std::vector<std::pair<std::int64_t, InstitutionId>>> changes_after(
      std::int64_t after, std::size_t limit) override {
    return guarded(context_, "reading the registry's changes",
                   [&]() -> Result<std::vector<std::pair<std::int64_t, InstitutionId>>> {
                     std::vector<std::pair<std::int64_t, InstitutionId>> out;
                     long long from = after, seq = 0, id = 0;
                     const long long n = static_cast<long long>(limit);
                     soci::statement st =
                         (sql_.prepare << "SELECT seq, institution_id FROM registry_changes "
                                          "WHERE seq > :a ORDER BY seq LIMIT :n",
                          soci::use(from), soci::use(n), soci::into(seq), soci::into(id));
                     st.execute();
                     while (st.fetch()) out.emplace_back(seq, InstitutionId{id});
                     return out;
                   });
  }

  Result<std::int64_t> last_change() override {
    return guarded(context_, "reading the registry's last change", [&]() -> Result<std::int64_t> {
      long long seq = 0;
      soci::indicator ind = soci::i_null;
      sql_ << "SELECT MAX(seq) FROM registry_changes", soci::into(seq, ind);
      return ind == soci::i_ok ? seq : 0;
    });
  }

  Result<std::optional<InstitutionId>> find_by_ror(std::string_view ror_id) override {
    return find_one("SELECT id FROM institutions WHERE ror_id = :k", ror_id);
  }

  Result<std::optional<InstitutionId>> find_by_domain(std::string_view domain) override {
    return find_one("SELECT institution_id FROM institution_domains WHERE domain = :k", domain);
  }

  Result<std::vector<OrgUnit>> org_units(InstitutionId institution) override {
    return guarded(context_, "reading org units", [&]() -> Result<std::vector<OrgUnit>> {
      sql::Where where;
      where.add("institution_id = " + where.bind(institution.value));
      return select_units(where, " ORDER BY name");
    });
  }

  // By name; the index org_units_of_institution_by_name serves the order.
  Result<Page<OrgUnit>> unit_page(const OrgUnitQuery& q) {
    return guarded(context_, "reading org units", [&]() -> Result<Page<OrgUnit>> {
      sql::Where where;
      where.add("institution_id = " + where.bind(q.institution.value));
      return sql::keyset_page(
          where, {"name"}, q.page,
          [&](sql::Where& w, const std::string& order) { return select_units(w, order); },
          [](const OrgUnit& u) { return Cursor{{u.name}, u.id.value}; });
    });
  }

  Result<OrgUnit> org_unit(OrgUnitId id) override {
    return guarded(context_, "reading an org unit", [&]() -> Result<OrgUnit> {
      sql::Where where;
      where.add("id = " + where.bind(id.value));
      auto units = select_units(where, "");
      if (units.empty()) return fail(Error::not_found(fmt::format("no org unit {}", id.value)));
      return units.front();
    });
  }

  Result<OrgUnitId> insert_org_unit(const OrgUnit& unit) override {
    return guarded(
        context_, fmt::format("adding the org unit '{}'", unit.name), [&]() -> Result<OrgUnitId> {
          long long institution = unit.institution.value;
          long long parent = unit.parent ? unit.parent->value : 0;
          soci::indicator parent_ind = unit.parent ? soci::i_ok : soci::i_null;
          long long id = 0;
          sql_ << "INSERT INTO org_units (institution_id, parent_id, code, name, name_zh, version) "
                  "VALUES (:i, :p, :c, :n, :z, 1) RETURNING id",
              soci::use(institution), soci::use(parent, parent_ind), soci::use(unit.code),
              soci::use(unit.name), soci::use(unit.name_zh), soci::into(id);
          return OrgUnitId{id};
        });
  }

 private:
  struct OrgUnitRow {
    long long id = 0, institution = 0, parent = 0;
    soci::indicator parent_ind = soci::i_null;
    std::string code, name, name_zh;
    int version = 0;
    OrgUnit to() const {
      OrgUnit u;
      u.id = OrgUnitId{id};
      u.institution = InstitutionId{institution};
      if (parent_ind == soci::i_ok) u.parent = OrgUnitId{parent};
      u.code = code;
      u.name = name;
      u.name_zh = name_zh;
      u.version = version;
      return u;
    }
  };

  // The org units `where` selects, in `order`.
  std::vector<OrgUnit> select_units(sql::Where& where, const std::string& order) {
    std::vector<OrgUnit> out;
    OrgUnitRow r;
    soci::statement st =
        (sql_.prepare << ("SELECT id, institution_id, parent_id, code, name, name_zh, version "
                          "FROM org_units" +
                          where.sql() + order),
         soci::use(where.values()), soci::into(r.id), soci::into(r.institution),
         soci::into(r.parent, r.parent_ind), soci::into(r.code), soci::into(r.name),
         soci::into(r.name_zh), soci::into(r.version));
    st.execute();
    while (st.fetch()) out.push_back(r.to());
    return out;
  }

  Result<std::optional<InstitutionId>> find_one(const char* query, std::string_view key) {
    return guarded(context_, "looking up an institution",
                   [&]() -> Result<std::optional<InstitutionId>> {
                     const std::string k(key);
                     long long id = 0;
                     soci::indicator ind = soci::i_null;
                     sql_ << query, soci::use(k), soci::into(id, ind);
                     if (!sql_.got_data() || ind != soci::i_ok)
                       return std::optional<InstitutionId>();
                     return std::optional<InstitutionId>(InstitutionId{id});
                   });
  }

  void load_names_and_domains(Institution& in) {
    long long key = in.id.value;
    std::string name, lang, kind;
    soci::statement names = (sql_.prepare << "SELECT name, lang, kind FROM institution_names "
                                             "WHERE institution_id = :id ORDER BY position",
                             soci::use(key), soci::into(name), soci::into(lang), soci::into(kind));
    names.execute();
    while (names.fetch()) {
      in.names.push_back(
          {name, lang, domain::parse_name_kind(kind).value_or(domain::NameKind::alias)});
    }
    std::string d;
    soci::statement domains = (sql_.prepare << "SELECT domain FROM institution_domains WHERE "
                                               "institution_id = :id ORDER BY position",
                               soci::use(key), soci::into(d));
    domains.execute();
    while (domains.fetch()) in.domains.push_back(d);
  }

  // Numbers a write of institution `id` for the other servers (changes_after).
  void record_change(long long id) {
    sql_ << "INSERT INTO registry_changes (institution_id) VALUES (:id)", soci::use(id);
  }

  void write_names_and_domains(InstitutionId id, const Institution& in) {
    if (!insert_name_) {
      insert_name_.emplace(
          (sql_.prepare << "INSERT INTO institution_names (institution_id, position, "
                           "name, lang, kind) VALUES (:i, :p, :n, :l, :k)",
           soci::use(child_owner_), soci::use(child_position_), soci::use(child_name_),
           soci::use(child_lang_), soci::use(child_kind_)));
      insert_domain_.emplace(
          (sql_.prepare << "INSERT INTO institution_domains (domain, institution_id, "
                           "position) VALUES (:d, :i, :p)",
           soci::use(child_name_), soci::use(child_owner_), soci::use(child_position_)));
    }
    child_owner_ = id.value;
    child_position_ = 0;
    for (const auto& n : in.names) {
      child_name_ = n.name;
      child_lang_ = n.lang;
      child_kind_ = std::string(domain::to_string(n.kind));
      insert_name_->execute(true);
      ++child_position_;
    }
    child_position_ = 0;
    for (const auto& d : in.domains) {
      child_name_ = d;
      insert_domain_->execute(true);
      ++child_position_;
    }
  }

  soci::session& sql_;
  const sql::Context& context_;
  InstitutionRow row_;
  std::string stamp_;
  long long child_owner_ = 0;
  int child_position_ = 0;
  std::string child_name_, child_lang_, child_kind_;
  std::optional<soci::statement> insert_row_, insert_name_, insert_domain_;
};

}  // namespace

std::unique_ptr<InstitutionRepository> make_institution_repository(const sql::Context& context) {
  return std::make_unique<SqlInstitutionRepository>(context);
}

std::vector<domain::InstitutionType> split_types(const std::string& joined) {
  std::vector<domain::InstitutionType> types;
  for (const auto& part : text::split(joined, ';')) {
    if (const auto t = domain::parse_institution_type(part)) types.push_back(*t);
  }
  return types;
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::OrgUnit>> list_org_units(Transaction& tx, const OrgUnitQuery& query) {
  return internal::SqlInstitutionRepository(internal::context_of(tx)).unit_page(query);
}

Result<std::map<std::int64_t, domain::Institution>> institutions_with_ids(
    Transaction& tx, const std::vector<InstitutionId>& ids) {
  return internal::SqlInstitutionRepository(internal::context_of(tx)).with_ids(ids);
}

}  // namespace orbis::store
