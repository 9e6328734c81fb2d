#include <fmt/format.h>

#include <algorithm>

#include "common/text.h"
#include "store/lists.h"
#include "store/lookups.h"
#include "store/sql/codecs.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store::internal {
namespace {

using domain::Person;

// The columns of `people` as text, bound for reading or writing one row.
struct PersonRow {
  long long id = 0, home = 0, org_unit = 0, user = 0;
  soci::indicator org_ind = soci::i_null, user_ind = soci::i_null;
  std::string kind, family, given, zh, email, nationality, level, position, field, gpa, gpa_scale,
      year, graduated, languages, birth, passport, phone;
  int version = 0;

  void from(const Person& p) {
    id = p.id.value;
    kind = std::string(domain::to_string(p.kind));
    family = p.family_name;
    given = p.given_name;
    zh = p.name_zh;
    email = p.email;
    nationality = p.nationality;
    home = p.home_institution.value;
    org_unit = p.org_unit ? p.org_unit->value : 0;
    org_ind = p.org_unit ? soci::i_ok : soci::i_null;
    level = p.level ? std::to_string(*p.level) : "";
    position = p.position;
    field = p.field;
    gpa = p.gpa ? fmt::format("{}", *p.gpa) : "";
    gpa_scale = p.gpa_scale;
    year = p.year_of_study ? std::to_string(*p.year_of_study) : "";
    graduated = p.graduated_in;
    languages = codec::encode_certificates(p.languages);
    user = p.user ? p.user->value : 0;
    user_ind = p.user ? soci::i_ok : soci::i_null;
    birth = p.date_of_birth;
    passport = p.passport_number;
    phone = p.phone;
    version = p.version;
  }

  Person to() const {
    Person p;
    p.id = PersonId{id};
    p.kind = domain::parse_person_kind(kind).value_or(domain::PersonKind::student);
    p.family_name = family;
    p.given_name = given;
    p.name_zh = zh;
    p.email = email;
    p.nationality = nationality;
    p.home_institution = InstitutionId{home};
    if (org_ind == soci::i_ok) p.org_unit = OrgUnitId{org_unit};
    if (!level.empty()) p.level = std::stoi(level);
    p.position = position;
    p.field = field;
    if (!gpa.empty()) p.gpa = std::stod(gpa);
    p.gpa_scale = gpa_scale;
    if (!year.empty()) p.year_of_study = std::stoi(year);
    p.graduated_in = graduated;
    p.languages = codec::decode_certificates(languages);
    if (user_ind == soci::i_ok) p.user = UserId{user};
    p.date_of_birth = birth;
    p.passport_number = passport;
    p.phone = phone;
    p.version = version;
    return p;
  }
};

constexpr const char* kSelect =
    "SELECT id, kind, family_name, given_name, name_zh, email, nationality, home_institution_id, "
    "org_unit_id, level, "
    "position, field, gpa, gpa_scale, year_of_study, graduated_in, languages, user_id, "
    "date_of_birth, passport_number, phone, version "
    "FROM people";

template <typename Chain>
void bind(Chain& chain, PersonRow& r) {
  chain, soci::into(r.id), soci::into(r.kind), soci::into(r.family), soci::into(r.given),
      soci::into(r.zh), soci::into(r.email), soci::into(r.nationality), soci::into(r.home),
      soci::into(r.org_unit, r.org_ind), soci::into(r.level), soci::into(r.position),
      soci::into(r.field), soci::into(r.gpa), soci::into(r.gpa_scale), soci::into(r.year),
      soci::into(r.graduated), soci::into(r.languages), soci::into(r.user, r.user_ind),
      soci::into(r.birth), soci::into(r.passport), soci::into(r.phone), soci::into(r.version);
}

class SqlPersonRepository final : public PersonRepository {
 public:
  explicit SqlPersonRepository(const sql::Context& context)
      : sql_(context.session), context_(context) {}

  Result<std::vector<Person>> all() override {
    return guarded(context_, "reading people", [&]() -> Result<std::vector<Person>> {
      std::vector<Person> out;
      PersonRow r;
      auto chain =
          (sql_.prepare << (std::string(kSelect) + " ORDER BY family_name, given_name, id"));
      bind(chain, r);
      soci::statement st(chain);
      st.execute();
      while (st.fetch()) out.push_back(r.to());
      return out;
    });
  }

  Result<Person> get(PersonId id) override {
    return guarded(context_, "reading a person", [&]() -> Result<Person> {
      PersonRow r;
      const long long key = id.value;
      {
        auto chain = (sql_ << (std::string(kSelect) + " WHERE id = :id"), soci::use(key));
        bind(chain, r);
      }
      if (!sql_.got_data()) return fail(Error::not_found(fmt::format("no person {}", id.value)));
      return r.to();
    });
  }

  Result<PersonId> insert(const Person& p) override {
    return guarded(context_, fmt::format("adding {}", p.display_name()), [&]() -> Result<PersonId> {
      PersonRow r;
      r.from(p);
      const std::string now = context_.now();
      long long id = 0;
      sql_ << "INSERT INTO people (kind, family_name, given_name, name_zh, email, nationality, "
              "home_institution_id, "
              "org_unit_id, level, position, field, gpa, gpa_scale, year_of_study, graduated_in, "
              "languages, user_id, date_of_birth, "
              "passport_number, phone, version, created_at, updated_at) VALUES (:k, :f, :g, :z, "
              ":e, :n, :h, :o, :l, :p, "
              ":fi, :gpa, :gs, :y, :gr, :lang, :u, :b, :pa, :ph, 1, :c, :up) RETURNING id",
          soci::use(r.kind), soci::use(r.family), soci::use(r.given), soci::use(r.zh),
          soci::use(r.email), soci::use(r.nationality), soci::use(r.home),
          soci::use(r.org_unit, r.org_ind), soci::use(r.level), soci::use(r.position),
          soci::use(r.field), soci::use(r.gpa), soci::use(r.gpa_scale), soci::use(r.year),
          soci::use(r.graduated), soci::use(r.languages), soci::use(r.user, r.user_ind),
          soci::use(r.birth), soci::use(r.passport), soci::use(r.phone), soci::use(now),
          soci::use(now), soci::into(id);
      return PersonId{id};
    });
  }

  Status update(const Person& p) override {
    return guarded(context_, fmt::format("saving {}", p.display_name()), [&]() -> Status {
      PersonRow r;
      r.from(p);
      const std::string now = context_.now();
      soci::statement st =
          (sql_.prepare
               << "UPDATE people SET kind = :k, family_name = :f, given_name = :g, name_zh = :z, "
                  "email = :e, "
                  "nationality = :n, home_institution_id = :h, org_unit_id = :o, level = :l, "
                  "position = :p, "
                  "field = :fi, gpa = :gpa, gpa_scale = :gs, year_of_study = :y, graduated_in = "
                  ":gr, languages = :lang, "
                  "user_id = :u, date_of_birth = :b, passport_number = :pa, phone = :ph, "
                  "version = version + 1, updated_at = :up WHERE id = :id AND version = :v",
           soci::use(r.kind), soci::use(r.family), soci::use(r.given), soci::use(r.zh),
           soci::use(r.email), soci::use(r.nationality), soci::use(r.home),
           soci::use(r.org_unit, r.org_ind), soci::use(r.level), soci::use(r.position),
           soci::use(r.field), soci::use(r.gpa), soci::use(r.gpa_scale), soci::use(r.year),
           soci::use(r.graduated), soci::use(r.languages), soci::use(r.user, r.user_ind),
           soci::use(r.birth), soci::use(r.passport), soci::use(r.phone), soci::use(now),
           soci::use(r.id), soci::use(r.version));
      st.execute(true);
      if (st.get_affected_rows() == 0) {
        long long exists = 0;
        sql_ << "SELECT COUNT(*) FROM people WHERE id = :id", soci::use(r.id), soci::into(exists);
        if (!exists) return fail(Error::not_found(fmt::format("no person {}", r.id)));
        return fail(Error::conflict(
            "the person was changed by someone else since it was read; reload and try again"));
      }
      return {};
    });
  }

 private:
  soci::session& sql_;
  const sql::Context& context_;
};

void add_filters(sql::Where& where, const PeopleQuery& q) {
  if (q.org_unit) where.add("org_unit_id = " + where.bind(q.org_unit->value));
  if (q.user) where.add("user_id = " + where.bind(q.user->value));
  if (q.kind) where.add("kind = " + where.bind(std::string(domain::to_string(*q.kind))));
  if (!q.nationality.empty()) where.add("nationality = " + where.bind(q.nationality));
  if (q.institution) where.add("home_institution_id = " + where.bind(q.institution->value));
}

// Whether every word occurs in the folded names and e-mail of `r`.
bool has_words(const PersonRow& r, const std::vector<std::string>& words) {
  if (words.empty()) return true;
  const auto haystack =
      text::fold_for_search(r.family + " " + r.given + " " + r.zh + " " + r.email);
  return std::ranges::all_of(
      words, [&](const std::string& w) { return haystack.find(w) != std::string::npos; });
}

}  // namespace

Result<Page<Person>> list_people(const sql::Context& context, const PeopleQuery& q) {
  soci::session& session = context.session;
  return guarded(context, "listing people", [&]() -> Result<Page<Person>> {
    sql::Where where;
    add_filters(where, q);
    where.add_keyset({"family_name", "given_name"}, q.page.after);
    // Without words the database stops at the page; with them, rows are read in order
    // until the page is full.
    const std::string order =
        q.words.empty() ? sql::order_and_limit({"family_name", "given_name"}, q.page.limit)
                        : " ORDER BY family_name, given_name, id";
    std::vector<Person> rows;
    PersonRow r;
    auto chain = (session.prepare << (std::string(kSelect) + where.sql() + order),
                  soci::use(where.values()));
    bind(chain, r);
    soci::statement st(chain);
    st.execute();
    while (rows.size() <= q.page.limit && st.fetch()) {
      if (has_words(r, q.words)) rows.push_back(r.to());
    }
    return sql::page_of(std::move(rows), q.page.limit, [](const Person& p) {
      return Cursor{{p.family_name, p.given_name}, p.id.value};
    });
  });
}

Result<std::size_t> count_people(const sql::Context& context, const PeopleQuery& q) {
  soci::session& session = context.session;
  return guarded(context, "counting people", [&]() -> Result<std::size_t> {
    sql::Where where;
    add_filters(where, q);
    if (q.words.empty()) {
      long long n = 0;
      session << ("SELECT COUNT(*) FROM people" + where.sql()), soci::use(where.values()),
          soci::into(n);
      return static_cast<std::size_t>(n);
    }
    PersonRow r;
    soci::statement st =
        (session.prepare << ("SELECT family_name, given_name, name_zh, email FROM people" +
                             where.sql()),
         soci::use(where.values()), soci::into(r.family), soci::into(r.given), soci::into(r.zh),
         soci::into(r.email));
    st.execute();
    std::size_t n = 0;
    while (st.fetch()) n += has_words(r, q.words) ? 1 : 0;
    return n;
  });
}

Result<std::optional<Person>> person_of_user(const sql::Context& context, UserId user) {
  soci::session& sql = context.session;
  return guarded(context, "reading a person", [&]() -> Result<std::optional<Person>> {
    PersonRow r;
    const long long key = user.value;
    {
      auto chain = (sql << (std::string(kSelect) +
                            " WHERE user_id = :u ORDER BY family_name, given_name, id LIMIT 1"),
                    soci::use(key));
      bind(chain, r);
    }
    if (!sql.got_data()) return std::optional<Person>();
    return std::optional<Person>(r.to());
  });
}

Result<std::optional<Person>> person_with_email(const sql::Context& context,
                                                std::string_view email) {
  soci::session& sql = context.session;
  return guarded(context, "finding a person by email", [&]() -> Result<std::optional<Person>> {
    if (email.empty()) return std::optional<Person>();
    PersonRow r;
    const std::string key(email);
    {
      auto chain = (sql << (std::string(kSelect) +
                            " WHERE email = :e ORDER BY family_name, given_name, id LIMIT 1"),
                    soci::use(key));
      bind(chain, r);
    }
    if (!sql.got_data()) return std::optional<Person>();
    return std::optional<Person>(r.to());
  });
}

std::unique_ptr<PersonRepository> make_person_repository(const sql::Context& context) {
  return std::make_unique<SqlPersonRepository>(context);
}

}  // namespace orbis::store::internal

namespace orbis::store {

Result<Page<domain::Person>> list_people(Transaction& tx, const PeopleQuery& query) {
  return internal::list_people(internal::context_of(tx), query);
}

Result<std::size_t> count_people(Transaction& tx, const PeopleQuery& query) {
  return internal::count_people(internal::context_of(tx), query);
}

Result<std::optional<domain::Person>> person_of_user(Transaction& tx, UserId user) {
  return internal::person_of_user(internal::context_of(tx), user);
}

Result<std::optional<domain::Person>> person_with_email(Transaction& tx, std::string_view email) {
  return internal::person_with_email(internal::context_of(tx), email);
}

}  // namespace orbis::store
