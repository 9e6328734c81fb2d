// Joint teaching (service/teaching/teaching.h).
#include "service/teaching/teaching.h"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "common/text.h"
#include "domain/access/policy.h"
#include "rules/rulebook.h"
#include "service/partnerships/internal.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/paging.h"
#include "service/support/transaction.h"
#include "store/query.h"
#include "store/teaching.h"

namespace orbis::service {
namespace {

namespace access = domain::access;
namespace teaching = domain::teaching;
using access::Action;
using access::Resource;
using teaching::JointCourse;
using teaching::JointProgramme;

constexpr std::string_view kCourses = "joint-courses";
constexpr std::string_view kCourseSort = "academic_year";
constexpr std::string_view kProgrammes = "joint-programmes";
constexpr std::string_view kProgrammeSort = "name";

access::Subject subject_of(const JointCourse& c) {
  access::Subject subject;
  subject.org_unit = c.org_unit;
  subject.institutions = {c.partner};
  return subject;
}

access::Subject subject_of(const JointProgramme& p) {
  access::Subject subject;
  subject.org_unit = p.org_unit;
  subject.institutions = p.partners;
  return subject;
}

std::string today_of(const Clock& clock) { return format_iso8601(clock.now()).substr(0, 10); }

std::vector<std::string> actions_of(const domain::Actor& actor, const access::Subject& subject) {
  if (access::reaches(actor, Resource::joint_teaching, Action::update, subject)) return {"update"};
  return {};
}

// The reader's scope in a list: false when it reaches nothing the list can select. A
// coordinator sees their department's, a partner those it is the partner in.
bool scope_lists(const domain::Actor& actor, std::optional<InstitutionId>& partner,
                 std::optional<OrgUnitId>& org_unit) {
  const auto scope = access::scope_of(actor, Resource::joint_teaching, Action::read);
  switch (scope.reach) {
    case access::Reach::none:
    case access::Reach::own_records:
      return false;
    case access::Reach::own_org_unit:
      if (!scope.org_unit || (org_unit && org_unit != scope.org_unit)) return false;
      org_unit = scope.org_unit;
      return true;
    case access::Reach::own_institution:
      if (!scope.institution || (partner && partner != scope.institution)) return false;
      partner = scope.institution;
      return true;
    case access::Reach::all:
      return true;
  }
  return false;
}

Result<std::optional<TeachingUnit>> unit_of(store::Transaction& tx, std::optional<OrgUnitId> id) {
  if (!id) return std::optional<TeachingUnit>();
  auto unit = tx.institutions().org_unit(*id);
  if (!unit) return fail(unit.error());
  return std::optional(TeachingUnit{unit->id, unit->name, unit->name_zh});
}

// The agreement when the reader may read it; nullopt otherwise.
Result<std::optional<TeachingAgreement>> agreement_of(store::Transaction& tx,
                                                      const domain::Actor& actor, AgreementId id) {
  auto agreement = tx.agreements().get(id);
  if (!agreement) return fail(agreement.error());
  if (!partnership_rules::visible(actor, *agreement)) return std::optional<TeachingAgreement>();
  return std::optional(TeachingAgreement{id, agreement->title});
}

Result<JointCourseView> course_view(store::Transaction& tx, const domain::Actor& actor,
                                    JointCourse c) {
  JointCourseView view;
  auto partner = tx.institutions().get(c.partner);
  if (!partner) return fail(partner.error());
  view.partner = InstitutionRef::of(*partner);
  auto unit = unit_of(tx, c.org_unit);
  if (!unit) return fail(unit.error());
  view.org_unit = std::move(*unit);
  if (c.agreement) {
    auto agreement = agreement_of(tx, actor, *c.agreement);
    if (!agreement) return fail(agreement.error());
    view.agreement = std::move(*agreement);
  }
  view.allowed_actions = actions_of(actor, subject_of(c));
  view.record = std::move(c);
  return view;
}

// The plan of each year held against the set in force on that year's 1 September.
std::vector<FourThirdsView> four_thirds_of(const JointProgramme& p) {
  std::vector<FourThirdsView> out;
  const auto& book = rules::shipped();
  if (!book) return out;
  for (const auto& plan : p.plans) {
    const auto* set = domain::holding_on(book->ratios, fmt::format("{}-09-01", plan.year));
    if (set == nullptr) continue;
    const auto assessed = teaching::assess(*set, plan.courses);
    FourThirdsView view;
    view.year = plan.year;
    view.rule_set = set->info.id;
    view.rule_set_name = set->info.name;
    view.rule_set_name_zh = set->info.name_zh;
    view.all_met = assessed.all_met;
    for (const auto& r : assessed.results) {
      ShareView share;
      share.rule = r.rule->id;
      share.name = r.rule->name;
      share.name_zh = r.rule->name_zh;
      share.numerator = r.numerator;
      share.denominator = r.denominator;
      share.percent = r.percent;
      share.at_least_num = r.rule->at_least_num;
      share.at_least_den = r.rule->at_least_den;
      share.verdict = r.verdict;
      if (const auto* source = set->info.source(r.rule->source)) share.source = source->title;
      share.article = r.rule->article;
      view.shares.push_back(std::move(share));
    }
    out.push_back(std::move(view));
  }
  return out;
}

Result<JointProgrammeView> programme_view(store::Transaction& tx, const domain::Actor& actor,
                                          JointProgramme p, const std::string& today) {
  JointProgrammeView view;
  for (const auto id : p.partners) {
    auto partner = tx.institutions().get(id);
    if (!partner) return fail(partner.error());
    view.partners.push_back(InstitutionRef::of(*partner));
  }
  auto unit = unit_of(tx, p.org_unit);
  if (!unit) return fail(unit.error());
  view.org_unit = std::move(*unit);
  for (const auto id : p.agreements) {
    auto agreement = agreement_of(tx, actor, id);
    if (!agreement) return fail(agreement.error());
    if (*agreement) view.agreements.push_back(std::move(**agreement));
  }
  view.four_thirds = four_thirds_of(p);
  view.approved_today = teaching::approved_on(p, today);
  view.allowed_actions = actions_of(actor, subject_of(p));
  view.record = std::move(p);
  return view;
}

// Every institution, department and agreement a record names must exist.
Status check_references(store::Transaction& tx, std::optional<OrgUnitId> unit,
                        const std::vector<std::pair<std::string, InstitutionId>>& institutions,
                        const std::vector<std::pair<std::string, AgreementId>>& agreements) {
  std::vector<FieldError> errors;
  if (unit && !tx.institutions().org_unit(*unit))
    errors.push_back({"org_unit_id", "no such org unit"});
  for (const auto& [field, id] : institutions)
    if (!tx.institutions().get(id)) errors.push_back({field, "no such institution"});
  for (const auto& [field, id] : agreements)
    if (!tx.agreements().get(id)) errors.push_back({field, "no such agreement"});
  if (!errors.empty())
    return fail(Error::invalid("the record names what does not exist", std::move(errors)));
  return {};
}

Status check_course_references(store::Transaction& tx, const JointCourse& c) {
  std::vector<std::pair<std::string, AgreementId>> agreements;
  if (c.agreement) agreements.emplace_back("agreement_id", *c.agreement);
  return check_references(tx, c.org_unit, {{"partner_id", c.partner}}, agreements);
}

Status check_programme_references(store::Transaction& tx, const JointProgramme& p) {
  std::vector<std::pair<std::string, InstitutionId>> institutions;
  institutions.reserve(p.partners.size());
  for (std::size_t i = 0; i < p.partners.size(); ++i)
    institutions.emplace_back(fmt::format("partner_ids/{}", i), p.partners[i]);
  std::vector<std::pair<std::string, AgreementId>> agreements;
  agreements.reserve(p.agreements.size());
  for (std::size_t i = 0; i < p.agreements.size(); ++i)
    agreements.emplace_back(fmt::format("agreement_ids/{}", i), p.agreements[i]);
  return check_references(tx, p.org_unit, institutions, agreements);
}

nlohmann::json course_json(const JointCourse& c) {
  return {{"code", c.code},
          {"title", c.title},
          {"mode", teaching::to_string(c.mode)},
          {"partner_id", c.partner.value},
          {"agreement_id", c.agreement ? nlohmann::json(c.agreement->value) : nlohmann::json()},
          {"org_unit_id", c.org_unit ? nlohmann::json(c.org_unit->value) : nlohmann::json()},
          {"students_home", c.students_home},
          {"students_partner", c.students_partner},
          {"weeks", c.weeks},
          {"credits", c.credits},
          {"year", c.year},
          {"version", c.version}};
}

nlohmann::json programme_json(const JointProgramme& p) {
  nlohmann::json partners = nlohmann::json::array();
  for (const auto id : p.partners) partners.push_back(id.value);
  nlohmann::json years = nlohmann::json::array();
  for (const auto& plan : p.plans) years.push_back(plan.year);
  return {{"name", p.name},
          {"form", teaching::to_string(p.form)},
          {"level", teaching::to_string(p.level)},
          {"approval_number", p.approval_number},
          {"approved_on", p.approved_on},
          {"valid_until", p.valid_until},
          {"org_unit_id", p.org_unit ? nlohmann::json(p.org_unit->value) : nlohmann::json()},
          {"partner_ids", partners},
          {"plan_years", years},
          {"version", p.version}};
}

// What a coordinator may not do: record another department's course or programme.
Status check_own(const domain::Actor& actor, Action action, const access::Subject& subject) {
  if (!access::reaches(actor, Resource::joint_teaching, action, subject))
    return fail(Error::denied("a coordinator records their own department's joint teaching"));
  return {};
}

Result<JointCourse> reachable_course(store::Transaction& tx, const domain::Actor& actor,
                                     JointCourseId id, Action action) {
  auto c = store::get_joint_course(tx, id);
  if (!c) return fail(c.error());
  if (auto ok = require_record(actor, Resource::joint_teaching, action, subject_of(*c),
                               "joint course", id.value);
      !ok)
    return fail(ok.error());
  return c;
}

Result<JointProgramme> reachable_programme(store::Transaction& tx, const domain::Actor& actor,
                                           JointProgrammeId id, Action action) {
  auto p = store::get_joint_programme(tx, id);
  if (!p) return fail(p.error());
  if (auto ok = require_record(actor, Resource::joint_teaching, action, subject_of(*p),
                               "joint programme", id.value);
      !ok)
    return fail(ok.error());
  return p;
}

// The filter's checks shared by the list and the tallies.
Status check_course_filter(const JointCourseFilter& f, store::JointCourseQuery& q) {
  std::vector<FieldError> errors;
  q.text = std::string(text::trim(f.text));
  if (q.text.size() > 200) errors.push_back({"q", "at most 200 bytes"});
  if (!f.mode.empty()) {
    q.mode = teaching::parse_course_mode(f.mode);
    if (!q.mode) errors.push_back({"mode", "coil, co_taught or blended"});
  }
  if (f.year && (*f.year < 1980 || *f.year > 2100)) errors.push_back({"year", "1980 to 2100"});
  q.year = f.year;
  if (f.limit < 1 || f.limit > 200) errors.push_back({"limit", "from 1 to 200"});
  q.agreement = f.agreement;
  q.page.limit = f.limit;
  if (!errors.empty())
    return fail(Error::invalid("the filter has invalid parameters", std::move(errors)));
  return {};
}

}  // namespace

Result<JointCoursePage> JointTeaching::list_courses(const domain::Actor& actor,
                                                    const JointCourseFilter& f) const {
  store::JointCourseQuery q;
  if (auto ok = check_course_filter(f, q); !ok) return fail(ok.error());
  if (!f.cursor.empty()) {
    auto after = store::decode_cursor(kCourses, kCourseSort, f.cursor);
    if (!after) return fail(after.error());
    q.page.after = std::move(*after);
  }
  auto partner = f.partner;
  auto unit = f.org_unit;
  if (!scope_lists(actor, partner, unit)) return JointCoursePage{};
  if (partner) q.partners = {*partner};
  if (unit) q.org_units = {*unit};
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<JointCoursePage> {
    auto found = store::list_joint_courses(tx, q);
    if (!found) return fail(found.error());
    auto total = store::count_joint_courses(tx, q);
    if (!total) return fail(total.error());
    JointCoursePage page;
    page.total = *total;
    page.next = next_cursor(kCourses, kCourseSort, found->next);
    for (auto& c : found->items) {
      if (!access::reaches(actor, Resource::joint_teaching, Action::read, subject_of(c)))
        return fail(Error::internal(
            fmt::format("joint course {} is outside the reader's scope", c.id.value)));
      auto view = course_view(tx, actor, std::move(c));
      if (!view) return fail(view.error());
      page.items.push_back(std::move(*view));
    }
    return page;
  });
}

Result<JointCourseView> JointTeaching::get_course(const domain::Actor& actor,
                                                  JointCourseId id) const {
  return run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<JointCourseView> {
    auto found = reachable_course(tx, actor, id, Action::read);
    if (!found) return fail(found.error());
    return course_view(tx, actor, std::move(*found));
  });
}

Result<JointCourseView> JointTeaching::create_course(const domain::Actor& actor, JointCourse c) {
  if (auto ok =
          require_reach(actor, Resource::joint_teaching, Action::create, "record joint courses");
      !ok)
    return fail(ok.error());
  if (actor.is(domain::Role::coordinator)) c.org_unit = actor.org_unit;
  c.id = JointCourseId{};
  if (auto ok = teaching::validate_and_normalize(c); !ok) return fail(ok.error());
  if (auto ok = check_own(actor, Action::create, subject_of(c)); !ok) return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<JointCourseView> {
    if (auto ok = check_course_references(tx, c); !ok) return fail(ok.error());
    auto id = store::insert_joint_course(tx, c);
    if (!id) return fail(id.error());
    auto stored = store::get_joint_course(tx, *id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "joint_course.create", "joint_course",
                         std::to_string(id->value), nullptr, course_json(*stored));
        !ok)
      return fail(ok.error());
    return course_view(tx, actor, std::move(*stored));
  });
}

Result<JointCourseView> JointTeaching::update_course(const domain::Actor& actor, JointCourse c,
                                                     int expected_version) {
  if (auto ok =
          require_reach(actor, Resource::joint_teaching, Action::update, "change joint courses");
      !ok)
    return fail(ok.error());
  return run(store_, store::Access::write, [&](store::Transaction& tx) -> Result<JointCourseView> {
    auto current = reachable_course(tx, actor, c.id, Action::update);
    if (!current) return fail(current.error());
    if (auto ok = require_version(current->version, expected_version, "joint course"); !ok)
      return fail(ok.error());
    c.version = expected_version;
    if (actor.is(domain::Role::coordinator)) c.org_unit = current->org_unit;
    if (auto ok = teaching::validate_and_normalize(c); !ok) return fail(ok.error());
    if (auto ok = check_course_references(tx, c); !ok) return fail(ok.error());
    if (auto ok = store::update_joint_course(tx, c); !ok) return fail(ok.error());
    auto stored = store::get_joint_course(tx, c.id);
    if (!stored) return fail(stored.error());
    if (auto ok = record(tx, clock_, actor, "joint_course.update", "joint_course",
                         std::to_string(c.id.value), course_json(*current), course_json(*stored));
        !ok)
      return fail(ok.error());
    return course_view(tx, actor, std::move(*stored));
  });
}

Result<std::vector<JointCourseYear>> JointTeaching::course_years(const domain::Actor& actor,
                                                                 int from, int to,
                                                                 const JointCourseFilter& f) const {
  std::vector<FieldError> errors;
  if (from < 1980 || from > 2100) errors.push_back({"from", "1980 to 2100"});
  if (to < from || to > from + 20) errors.push_back({"to", "from `from` to 20 years after"});
  if (!errors.empty()) return fail(Error::invalid("the years are not valid", std::move(errors)));
  store::JointCourseQuery q;
  if (auto ok = check_course_filter(f, q); !ok) return fail(ok.error());
  auto partner = f.partner;
  auto unit = f.org_unit;
  if (!scope_lists(actor, partner, unit)) return std::vector<JointCourseYear>{};
  if (partner) q.partners = {*partner};
  if (unit) q.org_units = {*unit};
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<std::vector<JointCourseYear>> {
               auto tallies = store::tally_joint_courses(tx, from, to, q);
               if (!tallies) return fail(tallies.error());
               std::vector<JointCourseYear> out;
               out.reserve(tallies->size());
               for (const auto& t : *tallies)
                 out.push_back({t.year, t.mode, t.courses, t.students_home, t.students_partner});
               return out;
             });
}

Result<JointProgrammePage> JointTeaching::list_programmes(const domain::Actor& actor,
                                                          const JointProgrammeFilter& f) const {
  std::vector<FieldError> errors;
  store::JointProgrammeQuery q;
  q.text = std::string(text::trim(f.text));
  if (q.text.size() > 200) errors.push_back({"q", "at most 200 bytes"});
  if (!f.level.empty()) {
    q.level = teaching::parse_level(f.level);
    if (!q.level) errors.push_back({"level", "associate, bachelor, master or doctoral"});
  }
  if (f.limit < 1 || f.limit > 200) errors.push_back({"limit", "from 1 to 200"});
  if (!errors.empty())
    return fail(Error::invalid("the filter has invalid parameters", std::move(errors)));
  q.agreement = f.agreement;
  q.page.limit = f.limit;
  if (!f.cursor.empty()) {
    auto after = store::decode_cursor(kProgrammes, kProgrammeSort, f.cursor);
    if (!after) return fail(after.error());
    q.page.after = std::move(*after);
  }
  auto partner = f.partner;
  auto unit = f.org_unit;
  if (!scope_lists(actor, partner, unit)) return JointProgrammePage{};
  if (partner) q.partners = {*partner};
  if (unit) q.org_units = {*unit};
  const std::string today = today_of(clock_);
  return run(
      store_, store::Access::read, [&](store::Transaction& tx) -> Result<JointProgrammePage> {
        auto found = store::list_joint_programmes(tx, q);
        if (!found) return fail(found.error());
        auto total = store::count_joint_programmes(tx, q);
        if (!total) return fail(total.error());
        JointProgrammePage page;
        page.total = *total;
        page.next = next_cursor(kProgrammes, kProgrammeSort, found->next);
        for (auto& p : found->items) {
          if (!access::reaches(actor, Resource::joint_teaching, Action::read, subject_of(p)))
            return fail(Error::internal(
                fmt::format("joint programme {} is outside the reader's scope", p.id.value)));
          auto view = programme_view(tx, actor, std::move(p), today);
          if (!view) return fail(view.error());
          page.items.push_back(std::move(*view));
        }
        return page;
      });
}

Result<JointProgrammeView> JointTeaching::get_programme(const domain::Actor& actor,
                                                        JointProgrammeId id) const {
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) -> Result<JointProgrammeView> {
               auto found = reachable_programme(tx, actor, id, Action::read);
               if (!found) return fail(found.error());
               return programme_view(tx, actor, std::move(*found), today_of(clock_));
             });
}

Result<JointProgrammeView> JointTeaching::create_programme(const domain::Actor& actor,
                                                           JointProgramme p) {
  if (auto ok =
          require_reach(actor, Resource::joint_teaching, Action::create, "record joint programmes");
      !ok)
    return fail(ok.error());
  if (actor.is(domain::Role::coordinator)) p.org_unit = actor.org_unit;
  p.id = JointProgrammeId{};
  if (auto ok = teaching::validate_and_normalize(p); !ok) return fail(ok.error());
  if (auto ok = check_own(actor, Action::create, subject_of(p)); !ok) return fail(ok.error());
  return run(store_, store::Access::write,
             [&](store::Transaction& tx) -> Result<JointProgrammeView> {
               if (auto ok = check_programme_references(tx, p); !ok) return fail(ok.error());
               auto id = store::insert_joint_programme(tx, p);
               if (!id) return fail(id.error());
               auto stored = store::get_joint_programme(tx, *id);
               if (!stored) return fail(stored.error());
               if (auto ok = record(tx, clock_, actor, "joint_programme.create", "joint_programme",
                                    std::to_string(id->value), nullptr, programme_json(*stored));
                   !ok)
                 return fail(ok.error());
               return programme_view(tx, actor, std::move(*stored), today_of(clock_));
             });
}

Result<JointProgrammeView> JointTeaching::update_programme(const domain::Actor& actor,
                                                           JointProgramme p, int expected_version) {
  if (auto ok =
          require_reach(actor, Resource::joint_teaching, Action::update, "change joint programmes");
      !ok)
    return fail(ok.error());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<JointProgrammeView> {
        auto current = reachable_programme(tx, actor, p.id, Action::update);
        if (!current) return fail(current.error());
        if (auto ok = require_version(current->version, expected_version, "joint programme"); !ok)
          return fail(ok.error());
        p.version = expected_version;
        if (actor.is(domain::Role::coordinator)) p.org_unit = current->org_unit;
        if (auto ok = teaching::validate_and_normalize(p); !ok) return fail(ok.error());
        if (auto ok = check_programme_references(tx, p); !ok) return fail(ok.error());
        if (auto ok = store::update_joint_programme(tx, p); !ok) return fail(ok.error());
        auto stored = store::get_joint_programme(tx, p.id);
        if (!stored) return fail(stored.error());
        if (auto ok = record(tx, clock_, actor, "joint_programme.update", "joint_programme",
                             std::to_string(p.id.value), programme_json(*current),
                             programme_json(*stored));
            !ok)
          return fail(ok.error());
        return programme_view(tx, actor, std::move(*stored), today_of(clock_));
      });
}

}  // namespace orbis::service
