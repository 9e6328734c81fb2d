// Joint teaching (store/teaching.h).
#include "store/teaching.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <utility>

#include "common/text.h"
#include "domain/reference.h"
#include "store/sql/repositories.h"
#include "store/sql/statement.h"
#include "store/sql/support.h"

namespace orbis::store {
namespace {

using domain::teaching::JointCourse;
using domain::teaching::JointProgramme;
using sql::Where;
using Json = nlohmann::json;

// "2026/2027" for 2026: what the column holds, so that its text orders the years.
std::string academic_year(int year) { return fmt::format("{}/{}", year, year + 1); }

// "%text%" for LIKE, its wildcards escaped with a backslash.
std::string like_pattern(const std::string& text) {
  std::string out = "%";
  for (const char c : text::to_lower_ascii(text)) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('%');
  return out;
}

std::vector<long long> values_of(const auto& ids) {
  std::vector<long long> out;
  out.reserve(ids.size());
  for (const auto id : ids) out.push_back(id.value);
  return out;
}

std::string names_json(const std::vector<std::string>& names) { return Json(names).dump(); }

// What Orbis wrote, so a value it cannot read is an internal error.
Result<std::vector<std::string>> names_of(const std::string& text, std::int64_t id) {
  const Json j = Json::parse(text, nullptr, false);
  if (!j.is_array())
    return fail(Error::internal(fmt::format("joint course {} has unreadable teachers", id)));
  std::vector<std::string> out;
  for (const auto& name : j) {
    if (name.is_string()) out.push_back(name.get<std::string>());
  }
  return out;
}

// ---- Joint courses ----

void add_course_filters(Where& where, const JointCourseQuery& q, bool with_year) {
  if (!q.text.empty())
    where.add("title_key LIKE " + where.bind(like_pattern(q.text)) + " ESCAPE '\\'");
  if (with_year && q.year) where.add("academic_year = " + where.bind(academic_year(*q.year)));
  if (q.mode) where.add("mode = " + where.bind(std::string(domain::teaching::to_string(*q.mode))));
  if (!q.partners.empty()) where.add("partner_id IN " + where.bind_list(values_of(q.partners)));
  if (!q.org_units.empty()) where.add("org_unit_id IN " + where.bind_list(values_of(q.org_units)));
  if (q.agreement) where.add("agreement_id = " + where.bind(q.agreement->value));
}

constexpr const char* kCourseColumns =
    "code, title, title_key, title_zh, mode, partner_id, agreement_id, org_unit_id, home_faculty, "
    "partner_faculty, students_home, students_partner, weeks, synchronous_sessions, credits, "
    "academic_year, term";

Result<std::vector<JointCourse>> select_courses(soci::session& sql, Where& where,
                                                const std::string& order) {
  std::vector<JointCourse> out;
  long long id = 0, partner = 0, agreement = 0, unit = 0;
  soci::indicator agreement_ind = soci::i_null, unit_ind = soci::i_null;
  int home = 0, visiting = 0, weeks = 0, sessions = 0, version = 0;
  std::string code, title, title_zh, mode, home_faculty, partner_faculty, credits, year, term;
  soci::statement st =
      (sql.prepare << ("SELECT id, code, title, title_zh, mode, partner_id, agreement_id, "
                       "org_unit_id, home_faculty, partner_faculty, students_home, "
                       "students_partner, weeks, synchronous_sessions, credits, academic_year, "
                       "term, version FROM joint_courses" +
                       where.sql() + order),
       soci::use(where.values()), soci::into(id), soci::into(code), soci::into(title),
       soci::into(title_zh), soci::into(mode), soci::into(partner),
       soci::into(agreement, agreement_ind), soci::into(unit, unit_ind), soci::into(home_faculty),
       soci::into(partner_faculty), soci::into(home), soci::into(visiting), soci::into(weeks),
       soci::into(sessions), soci::into(credits), soci::into(year), soci::into(term),
       soci::into(version));
  st.execute();
  while (st.fetch()) {
    JointCourse c;
    c.id = JointCourseId{id};
    c.code = code;
    c.title = title;
    c.title_zh = title_zh;
    c.mode = domain::teaching::parse_course_mode(mode).value_or(domain::teaching::CourseMode::coil);
    c.partner = InstitutionId{partner};
    if (agreement_ind == soci::i_ok) c.agreement = AgreementId{agreement};
    if (unit_ind == soci::i_ok) c.org_unit = OrgUnitId{unit};
    auto ours = names_of(home_faculty, id);
    if (!ours) return fail(ours.error());
    auto theirs = names_of(partner_faculty, id);
    if (!theirs) return fail(theirs.error());
    c.home_faculty = std::move(*ours);
    c.partner_faculty = std::move(*theirs);
    c.students_home = home;
    c.students_partner = visiting;
    c.weeks = weeks;
    c.synchronous_sessions = sessions;
    c.credits = credits;
    c.year = domain::parse_academic_year(year).value_or(0);
    c.term = term;
    c.version = version;
    out.push_back(std::move(c));
  }
  return out;
}

// The columns of kCourseColumns, bound from `c` and the values computed from it.
struct CourseValues {
  explicit CourseValues(const JointCourse& c)
      : key(text::to_lower_ascii(c.code + " " + c.title)),
        mode(domain::teaching::to_string(c.mode)),
        partner(c.partner.value),
        agreement(c.agreement ? c.agreement->value : 0),
        agreement_ind(c.agreement ? soci::i_ok : soci::i_null),
        unit(c.org_unit ? c.org_unit->value : 0),
        unit_ind(c.org_unit ? soci::i_ok : soci::i_null),
        home(names_json(c.home_faculty)),
        partner_faculty(names_json(c.partner_faculty)),
        year(academic_year(c.year)) {}
  std::string key;
  std::string mode;
  long long partner;
  long long agreement;
  soci::indicator agreement_ind;
  long long unit;
  soci::indicator unit_ind;
  std::string home;
  std::string partner_faculty;
  std::string year;
};

template <typename Statement>
void use_course(Statement& st, const JointCourse& c, CourseValues& v) {
  st, soci::use(c.code), soci::use(c.title), soci::use(v.key), soci::use(c.title_zh),
      soci::use(v.mode), soci::use(v.partner), soci::use(v.agreement, v.agreement_ind),
      soci::use(v.unit, v.unit_ind), soci::use(v.home), soci::use(v.partner_faculty),
      soci::use(c.students_home), soci::use(c.students_partner), soci::use(c.weeks),
      soci::use(c.synchronous_sessions), soci::use(c.credits), soci::use(v.year), soci::use(c.term);
}

// ---- Joint programmes ----

void add_programme_filters(Where& where, const JointProgrammeQuery& q) {
  if (!q.text.empty())
    where.add("name_key LIKE " + where.bind(like_pattern(q.text)) + " ESCAPE '\\'");
  if (q.level)
    where.add("level = " + where.bind(std::string(domain::teaching::to_string(*q.level))));
  if (!q.partners.empty())
    where.add(
        "EXISTS (SELECT 1 FROM joint_programme_partners pp WHERE pp.programme_id = "
        "joint_programmes.id AND pp.institution_id IN " +
        where.bind_list(values_of(q.partners)) + ")");
  if (!q.org_units.empty()) where.add("org_unit_id IN " + where.bind_list(values_of(q.org_units)));
  if (q.agreement)
    where.add(
        "EXISTS (SELECT 1 FROM joint_programme_agreements pa WHERE pa.programme_id = "
        "joint_programmes.id AND pa.agreement_id = " +
        where.bind(q.agreement->value) + ")");
}

// What the text search compares: the names and the approval number, ASCII lower case.
std::string name_key(const JointProgramme& p) {
  return text::to_lower_ascii(p.name + " " + p.name_zh + " " + p.approval_number);
}

Json plan_json(const std::vector<domain::teaching::PlanCourse>& courses) {
  Json out = Json::array();
  for (const auto& c : courses)
    out.push_back({{"code", c.code},
                   {"title", c.title},
                   {"core", c.core},
                   {"introduced", c.introduced},
                   {"foreign_teacher", c.foreign_teacher},
                   {"hours", c.hours},
                   {"foreign_teacher_hours", c.foreign_teacher_hours}});
  return out;
}

Result<std::vector<domain::teaching::PlanCourse>> plan_of_json(const std::string& text,
                                                               std::int64_t id) {
  const Json j = Json::parse(text, nullptr, false);
  if (!j.is_array())
    return fail(Error::internal(fmt::format("joint programme {} has an unreadable plan", id)));
  std::vector<domain::teaching::PlanCourse> out;
  for (const auto& c : j) {
    domain::teaching::PlanCourse course;
    course.code = c.value("code", std::string());
    course.title = c.value("title", std::string());
    course.core = c.value("core", false);
    course.introduced = c.value("introduced", false);
    course.foreign_teacher = c.value("foreign_teacher", false);
    course.hours = c.value("hours", 0);
    course.foreign_teacher_hours = c.value("foreign_teacher_hours", 0);
    out.push_back(std::move(course));
  }
  return out;
}

class Programmes {
 public:
  explicit Programmes(Transaction& tx)
      : sql_(internal::session_of(tx)), context_(internal::context_of(tx)) {}

  Result<std::vector<JointProgramme>> select(Where& where, const std::string& order) {
    std::vector<JointProgramme> out;
    long long id = 0, unit = 0;
    soci::indicator unit_ind = soci::i_null;
    int intake = 0, version = 0;
    std::string name, name_zh, form, level, major, approval, approved, until;
    soci::statement st =
        (sql_.prepare << ("SELECT id, name, name_zh, form, level, major, org_unit_id, "
                          "approval_number, approved_on, valid_until, yearly_intake, version "
                          "FROM joint_programmes" +
                          where.sql() + order),
         soci::use(where.values()), soci::into(id), soci::into(name), soci::into(name_zh),
         soci::into(form), soci::into(level), soci::into(major), soci::into(unit, unit_ind),
         soci::into(approval), soci::into(approved), soci::into(until), soci::into(intake),
         soci::into(version));
    st.execute();
    while (st.fetch()) {
      JointProgramme p;
      p.id = JointProgrammeId{id};
      p.name = name;
      p.name_zh = name_zh;
      p.form = domain::teaching::parse_programme_form(form).value_or(
          domain::teaching::ProgrammeForm::programme);
      p.level = domain::teaching::parse_level(level).value_or(domain::teaching::Level::bachelor);
      p.major = major;
      if (unit_ind == soci::i_ok) p.org_unit = OrgUnitId{unit};
      p.approval_number = approval;
      p.approved_on = approved;
      p.valid_until = until;
      p.yearly_intake = intake;
      p.version = version;
      out.push_back(std::move(p));
    }
    if (auto ok = read_children(out); !ok) return fail(ok.error());
    return out;
  }

  void write_children(long long id, const JointProgramme& p) {
    sql_ << "DELETE FROM joint_programme_partners WHERE programme_id = :id", soci::use(id);
    sql_ << "DELETE FROM joint_programme_agreements WHERE programme_id = :id", soci::use(id);
    sql_ << "DELETE FROM joint_programme_plans WHERE programme_id = :id", soci::use(id);
    for (std::size_t i = 0; i < p.partners.size(); ++i) {
      const int position = static_cast<int>(i);
      const long long institution = p.partners[i].value;
      sql_ << "INSERT INTO joint_programme_partners (programme_id, position, institution_id) "
              "VALUES (:p, :n, :i)",
          soci::use(id), soci::use(position), soci::use(institution);
    }
    for (std::size_t i = 0; i < p.agreements.size(); ++i) {
      const int position = static_cast<int>(i);
      const long long agreement = p.agreements[i].value;
      sql_ << "INSERT INTO joint_programme_agreements (programme_id, position, agreement_id) "
              "VALUES (:p, :n, :a)",
          soci::use(id), soci::use(position), soci::use(agreement);
    }
    for (const auto& plan : p.plans) {
      const std::string courses = plan_json(plan.courses).dump();
      sql_ << "INSERT INTO joint_programme_plans (programme_id, year, courses) "
              "VALUES (:p, :y, :c)",
          soci::use(id), soci::use(plan.year), soci::use(courses);
    }
  }

  soci::session& sql_;
  const sql::Context& context_;

 private:
  Status read_children(std::vector<JointProgramme>& programmes) {
    const sql::Parents parents(programmes);
    Status status;
    sql::in_runs(parents.ids, [&](const std::vector<long long>& run) {
      if (!status) return;
      long long owner = 0;
      long long target = 0;
      {
        Where where;
        soci::statement st =
            (sql_.prepare << sql::select_children(where, run, "programme_id", "institution_id",
                                                  "joint_programme_partners", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(target));
        st.execute();
        while (st.fetch()) parents[owner].partners.push_back(InstitutionId{target});
      }
      {
        Where where;
        soci::statement st =
            (sql_.prepare << sql::select_children(where, run, "programme_id", "agreement_id",
                                                  "joint_programme_agreements", "position"),
             soci::use(where.values()), soci::into(owner), soci::into(target));
        st.execute();
        while (st.fetch()) parents[owner].agreements.push_back(AgreementId{target});
      }
      int year = 0;
      std::string courses;
      Where where;
      soci::statement st =
          (sql_.prepare << sql::select_children(where, run, "programme_id", "year, courses",
                                                "joint_programme_plans", "year"),
           soci::use(where.values()), soci::into(owner), soci::into(year), soci::into(courses));
      st.execute();
      while (st.fetch()) {
        auto plan = plan_of_json(courses, owner);
        if (!plan) {
          status = fail(plan.error());
          return;
        }
        parents[owner].plans.push_back({year, std::move(*plan)});
      }
    });
    return status;
  }
};

template <typename Statement>
void use_programme(Statement& st, const JointProgramme& p, const std::string& key,
                   const std::string& form, const std::string& level, const long long& unit,
                   soci::indicator& unit_ind) {
  st, soci::use(p.name), soci::use(key), soci::use(p.name_zh), soci::use(form), soci::use(level),
      soci::use(p.major), soci::use(unit, unit_ind), soci::use(p.approval_number),
      soci::use(p.approved_on), soci::use(p.valid_until), soci::use(p.yearly_intake);
}

}  // namespace

Result<Page<JointCourse>> list_joint_courses(Transaction& tx, const JointCourseQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "listing joint courses", [&]() -> Result<Page<JointCourse>> {
        Where where;
        add_course_filters(where, q, true);
        where.add_keyset({"academic_year"}, q.page.after, "id", true);
        auto rows =
            select_courses(internal::session_of(tx), where,
                           sql::order_and_limit({"academic_year"}, q.page.limit, "id", true));
        if (!rows) return fail(rows.error());
        return sql::page_of(std::move(*rows), q.page.limit, [](const JointCourse& c) {
          return Cursor{{academic_year(c.year)}, c.id.value};
        });
      });
}

Result<std::size_t> count_joint_courses(Transaction& tx, const JointCourseQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "counting joint courses", [&]() -> Result<std::size_t> {
        Where where;
        add_course_filters(where, q, true);
        long long n = 0;
        internal::session_of(tx) << ("SELECT COUNT(*) FROM joint_courses" + where.sql()),
            soci::use(where.values()), soci::into(n);
        return static_cast<std::size_t>(n);
      });
}

Result<JointCourse> get_joint_course(Transaction& tx, JointCourseId id) {
  return internal::guarded(
      internal::context_of(tx), "reading a joint course", [&]() -> Result<JointCourse> {
        Where where;
        where.add("id = " + where.bind(id.value));
        auto rows = select_courses(internal::session_of(tx), where, "");
        if (!rows) return fail(rows.error());
        if (rows->empty())
          return fail(Error::not_found(fmt::format("no joint course {}", id.value)));
        return std::move(rows->front());
      });
}

Result<JointCourseId> insert_joint_course(Transaction& tx, const JointCourse& c) {
  return internal::guarded(
      internal::context_of(tx), "adding a joint course", [&]() -> Result<JointCourseId> {
        auto& sql = internal::session_of(tx);
        const std::string now = internal::context_of(tx).now();
        CourseValues values(c);
        long long id = 0;
        auto prepared =
            (sql.prepare << ("INSERT INTO joint_courses (" + std::string(kCourseColumns) +
                             ", created_at, updated_at, version) VALUES (:code, "
                             ":title, :key, :title_zh, :mode, :partner, :agreement, "
                             ":unit, :home, :theirs, :sh, :sp, :weeks, :sessions, "
                             ":credits, :year, :term, :created, :updated, 1) "
                             "RETURNING id"));
        use_course(prepared, c, values);
        prepared, soci::use(now), soci::use(now), soci::into(id);
        soci::statement st(prepared);
        st.execute(true);
        return JointCourseId{id};
      });
}

Status update_joint_course(Transaction& tx, const JointCourse& c) {
  return internal::guarded(internal::context_of(tx), "saving a joint course", [&]() -> Status {
    auto& sql = internal::session_of(tx);
    const std::string now = internal::context_of(tx).now();
    CourseValues values(c);
    long long id = c.id.value;
    int version = c.version;
    auto prepared =
        (sql.prepare << "UPDATE joint_courses SET code = :code, title = :title, title_key = :key, "
                        "title_zh = :title_zh, mode = :mode, partner_id = :partner, agreement_id "
                        "= :agreement, org_unit_id = :unit, home_faculty = :home, "
                        "partner_faculty = :theirs, students_home = :sh, students_partner = :sp, "
                        "weeks = :weeks, synchronous_sessions = :sessions, credits = :credits, "
                        "academic_year = :year, term = :term, updated_at = :updated, version = "
                        "version + 1 WHERE id = :id AND version = :version");
    use_course(prepared, c, values);
    prepared, soci::use(now), soci::use(id), soci::use(version);
    soci::statement st(prepared);
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      sql << "SELECT COUNT(*) FROM joint_courses WHERE id = :id", soci::use(id), soci::into(exists);
      if (exists == 0) return fail(Error::not_found(fmt::format("no joint course {}", id)));
      return fail(Error::conflict(fmt::format(
          "the joint course is not at version {}: someone changed it since you read it; reload "
          "and try again",
          version)));
    }
    return {};
  });
}

Result<std::vector<JointCourseTally>> tally_joint_courses(Transaction& tx, int from, int to,
                                                          const JointCourseQuery& scope) {
  return internal::guarded(
      internal::context_of(tx), "counting joint courses by year",
      [&]() -> Result<std::vector<JointCourseTally>> {
        JointCourseQuery q = scope;
        q.text.clear();
        Where where;
        add_course_filters(where, q, false);
        where.add("academic_year >= " + where.bind(academic_year(from)));
        where.add("academic_year <= " + where.bind(academic_year(to)));
        std::vector<JointCourseTally> out;
        std::string year, mode;
        long long courses = 0, home = 0, partner = 0;
        soci::statement st =
            (internal::session_of(tx).prepare
                 << ("SELECT academic_year, mode, COUNT(*), SUM(students_home), "
                     "SUM(students_partner) FROM joint_courses" +
                     where.sql() + " GROUP BY academic_year, mode ORDER BY academic_year, mode"),
             soci::use(where.values()), soci::into(year), soci::into(mode), soci::into(courses),
             soci::into(home), soci::into(partner));
        st.execute();
        while (st.fetch()) {
          JointCourseTally t;
          t.year = domain::parse_academic_year(year).value_or(0);
          t.mode = domain::teaching::parse_course_mode(mode).value_or(
              domain::teaching::CourseMode::coil);
          t.courses = courses;
          t.students_home = home;
          t.students_partner = partner;
          out.push_back(t);
        }
        // By year, then in the modes' own order (not their names').
        std::ranges::sort(out, {}, [](const JointCourseTally& t) {
          return std::pair{t.year, static_cast<int>(t.mode)};
        });
        return out;
      });
}

Result<Page<JointProgramme>> list_joint_programmes(Transaction& tx, const JointProgrammeQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "listing joint programmes", [&]() -> Result<Page<JointProgramme>> {
        Programmes programmes(tx);
        Where where;
        add_programme_filters(where, q);
        where.add_keyset({"name_key"}, q.page.after);
        auto rows = programmes.select(where, sql::order_and_limit({"name_key"}, q.page.limit));
        if (!rows) return fail(rows.error());
        return sql::page_of(std::move(*rows), q.page.limit, [](const JointProgramme& p) {
          return Cursor{{name_key(p)}, p.id.value};
        });
      });
}

Result<std::size_t> count_joint_programmes(Transaction& tx, const JointProgrammeQuery& q) {
  return internal::guarded(
      internal::context_of(tx), "counting joint programmes", [&]() -> Result<std::size_t> {
        Where where;
        add_programme_filters(where, q);
        long long n = 0;
        internal::session_of(tx) << ("SELECT COUNT(*) FROM joint_programmes" + where.sql()),
            soci::use(where.values()), soci::into(n);
        return static_cast<std::size_t>(n);
      });
}

Result<JointProgramme> get_joint_programme(Transaction& tx, JointProgrammeId id) {
  return internal::guarded(
      internal::context_of(tx), "reading a joint programme", [&]() -> Result<JointProgramme> {
        Programmes programmes(tx);
        Where where;
        where.add("id = " + where.bind(id.value));
        auto rows = programmes.select(where, "");
        if (!rows) return fail(rows.error());
        if (rows->empty())
          return fail(Error::not_found(fmt::format("no joint programme {}", id.value)));
        return std::move(rows->front());
      });
}

Result<JointProgrammeId> insert_joint_programme(Transaction& tx, const JointProgramme& p) {
  return internal::guarded(
      internal::context_of(tx), "adding a joint programme", [&]() -> Result<JointProgrammeId> {
        Programmes programmes(tx);
        const std::string now = programmes.context_.now();
        const std::string key = name_key(p);
        const std::string form(domain::teaching::to_string(p.form));
        const std::string level(domain::teaching::to_string(p.level));
        const long long unit = p.org_unit ? p.org_unit->value : 0;
        soci::indicator unit_ind = p.org_unit ? soci::i_ok : soci::i_null;
        long long id = 0;
        auto prepared =
            (programmes.sql_.prepare
             << "INSERT INTO joint_programmes (name, name_key, name_zh, form, level, major, "
                "org_unit_id, approval_number, approved_on, valid_until, yearly_intake, "
                "created_at, updated_at, version) VALUES (:name, :key, :name_zh, :form, :level, "
                ":major, :unit, :approval, :approved, :until, :intake, :created, :updated, 1) "
                "RETURNING id");
        use_programme(prepared, p, key, form, level, unit, unit_ind);
        prepared, soci::use(now), soci::use(now), soci::into(id);
        soci::statement st(prepared);
        st.execute(true);
        programmes.write_children(id, p);
        return JointProgrammeId{id};
      });
}

Status update_joint_programme(Transaction& tx, const JointProgramme& p) {
  return internal::guarded(internal::context_of(tx), "saving a joint programme", [&]() -> Status {
    Programmes programmes(tx);
    const std::string now = programmes.context_.now();
    const std::string key = name_key(p);
    const std::string form(domain::teaching::to_string(p.form));
    const std::string level(domain::teaching::to_string(p.level));
    const long long unit = p.org_unit ? p.org_unit->value : 0;
    soci::indicator unit_ind = p.org_unit ? soci::i_ok : soci::i_null;
    long long id = p.id.value;
    int version = p.version;
    auto prepared =
        (programmes.sql_.prepare
         << "UPDATE joint_programmes SET name = :name, name_key = :key, name_zh = :name_zh, "
            "form = :form, level = :level, major = :major, org_unit_id = :unit, approval_number "
            "= :approval, approved_on = :approved, valid_until = :until, yearly_intake = "
            ":intake, updated_at = :updated, version = version + 1 WHERE id = :id AND version = "
            ":version");
    use_programme(prepared, p, key, form, level, unit, unit_ind);
    prepared, soci::use(now), soci::use(id), soci::use(version);
    soci::statement st(prepared);
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      long long exists = 0;
      programmes.sql_ << "SELECT COUNT(*) FROM joint_programmes WHERE id = :id", soci::use(id),
          soci::into(exists);
      if (exists == 0) return fail(Error::not_found(fmt::format("no joint programme {}", id)));
      return fail(Error::conflict(fmt::format(
          "the joint programme is not at version {}: someone changed it since you read it; "
          "reload and try again",
          version)));
    }
    programmes.write_children(id, p);
    return {};
  });
}

}  // namespace orbis::store
