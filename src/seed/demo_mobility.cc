// The demo's mobility: five academic years of exchange calls on the demo agreements'
// conditions, with applications, published placements, nominations and the stays they
// led to; incoming students nominated by partners; staff visits; the Westlake
// International Summer Programme, whose participants from the US, Italy and China are
// funded by a scholarship; and the demo student's own stays. Everything goes through the
// use cases, so the demo obeys the rules a user meets (eligibility, durations, seats).
//
// Deterministic: one seeded generator; dates follow the day the demo is built.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <random>

#include "common/crypto.h"
#include "domain/agreement.h"
#include "domain/reference.h"
#include "seed/demo.h"
#include "service/learning/canonical.h"
#include "service/learning/recognitions.h"
#include "service/learning/transcripts.h"
#include "service/mobility/applications.h"
#include "service/mobility/calls.h"
#include "service/mobility/mobilities.h"
#include "service/mobility/nominations.h"
#include "service/mobility/placement_runs.h"
#include "service/mobility/programmes.h"
#include "service/registry/people.h"

namespace orbis::seed {

using service::Applications;
using service::Calls;
using service::IncomingNomination;
using service::Mobilities;
using service::Nominations;
using service::People;
using service::PlacementRuns;
using service::Programmes;
using service::RecognitionRequest;
using service::Recognitions;
using service::Transcripts;

namespace {

using domain::MobilityStatus;
using domain::MobilityType;

struct Name {
  const char* family;
  const char* given;
  const char* zh;
};

// Westlake students who apply: pinyin and characters.
constexpr Name kChineseNames[] = {
    {"Li", "Ming", "李明"},    {"Zhang", "Wei", "张伟"},  {"Wang", "Lei", "王磊"},
    {"Liu", "Fang", "刘芳"},   {"Chen", "Jing", "陈静"},  {"Yang", "Xin", "杨欣"},
    {"Huang", "Bo", "黄博"},   {"Zhao", "Min", "赵敏"},   {"Wu", "Jun", "吴俊"},
    {"Zhou", "Yan", "周燕"},   {"Xu", "Tao", "徐涛"},     {"Sun", "Li", "孙丽"},
    {"Ma", "Chao", "马超"},    {"Zhu", "Hui", "朱慧"},    {"Hu", "Jian", "胡健"},
    {"Guo", "Ning", "郭宁"},   {"He", "Yue", "何悦"},     {"Gao", "Feng", "高峰"},
    {"Lin", "Xiao", "林晓"},   {"Luo", "Dan", "罗丹"},    {"Zheng", "Kai", "郑凯"},
    {"Liang", "Qian", "梁倩"}, {"Xie", "Rui", "谢睿"},    {"Song", "Jia", "宋佳"},
    {"Tang", "Hao", "唐浩"},   {"Han", "Xue", "韩雪"},    {"Feng", "Yi", "冯毅"},
    {"Deng", "Lu", "邓璐"},    {"Cao", "Yang", "曹阳"},   {"Peng", "Shan", "彭珊"},
    {"Zeng", "Zhi", "曾志"},   {"Xiao", "Ran", "肖然"},   {"Tian", "Yu", "田雨"},
    {"Dong", "Qi", "董琪"},    {"Pan", "Long", "潘龙"},   {"Yuan", "Meng", "袁梦"},
    {"Cai", "Ning", "蔡宁"},   {"Jiang", "Hong", "蒋红"}, {"Yu", "Chen", "余晨"},
    {"Du", "Wen", "杜文"},     {"Ye", "Zi", "叶子"},      {"Cheng", "Guang", "程光"},
    {"Wei", "Lan", "魏兰"},    {"Su", "Yang", "苏扬"},    {"Lu", "Ying", "卢颖"},
    {"Ding", "Hui", "丁辉"},   {"Ren", "Jie", "任杰"},    {"Shen", "Ling", "沈玲"},
    {"Yao", "Bin", "姚斌"},    {"Qian", "Xiu", "钱秀"},   {"Jin", "Peng", "金鹏"},
    {"Fu", "Yun", "傅云"},     {"Fang", "Ze", "方泽"},    {"Bai", "Lu", "白露"},
    {"Kong", "Ye", "孔烨"},    {"Shi", "Yu", "石宇"},     {"Qin", "Hao", "秦浩"},
    {"Gu", "Man", "顾曼"},     {"Hou", "Jun", "侯俊"},    {"Shao", "Jing", "邵静"},
};

// The many more Westlake students who apply to each year's exchange call: family names of
// kChineseNames with given names of two syllables, none of which kChineseNames uses, so that
// no crowd applicant shares a name with the demo's named people.
constexpr Name kCrowdGivenNames[] = {
    {"", "Zihan", "子涵"},  {"", "Yuxuan", "宇轩"}, {"", "Haoran", "浩然"}, {"", "Siyu", "思雨"},
    {"", "Xinyi", "欣怡"},  {"", "Yichen", "奕辰"}, {"", "Ruoxi", "若汐"},  {"", "Junjie", "俊杰"},
    {"", "Mingyu", "明宇"}, {"", "Shiyu", "诗雨"},  {"", "Zeyu", "泽宇"},   {"", "Jiaxin", "佳欣"},
    {"", "Yutong", "雨桐"}, {"", "Haoyu", "浩宇"},  {"", "Xinran", "欣然"}, {"", "Zhiyuan", "致远"},
    {"", "Kexin", "可欣"},  {"", "Boyang", "博阳"}, {"", "Ruiqi", "瑞琪"},  {"", "Tianyi", "天翼"},
    {"", "Jiahao", "家豪"}, {"", "Yiran", "依然"},  {"", "Wenjie", "文杰"}, {"", "Shuyi", "书怡"},
};

// Partner students and participants by country.
struct ForeignName {
  const char* country;
  const char* family;
  const char* given;
  const char* zh;
};
constexpr ForeignName kForeignNames[] = {
    {"US", "Johnson", "Emma", ""},        {"US", "Nguyen", "Ethan", ""},
    {"US", "Garcia", "Sofia", ""},        {"US", "Brown", "Noah", ""},
    {"US", "Patel", "Aisha", ""},         {"US", "Kim", "Daniel", ""},
    {"IT", "Bianchi", "Marco", ""},       {"IT", "Romano", "Chiara", ""},
    {"IT", "Colombo", "Luca", ""},        {"IT", "Ricci", "Francesca", ""},
    {"IT", "Marino", "Alessandro", ""},   {"IT", "Greco", "Martina", ""},
    {"CN", "Zhang", "Yiran", "张怡然"},   {"CN", "Li", "Haoran", "李浩然"},
    {"CN", "Wang", "Siyu", "王思雨"},     {"CN", "Chen", "Zihan", "陈子涵"},
    {"CN", "Liu", "Yuxuan", "刘宇轩"},    {"CN", "Zhao", "Xinyi", "赵欣怡"},
    {"GB", "Smith", "Oliver", ""},        {"GB", "Jones", "Amelia", ""},
    {"GB", "Taylor", "Harry", ""},        {"DE", "Müller", "Leon", ""},
    {"DE", "Weber", "Hannah", ""},        {"DE", "Fischer", "Jonas", ""},
    {"JP", "Sato", "Haruto", "佐藤陽翔"}, {"JP", "Suzuki", "Yui", "铃木结衣"},
    {"SG", "Lim", "Jia Hui", "林佳慧"},   {"SE", "Johansson", "Elsa", ""},
    {"SE", "Andersson", "Erik", ""},      {"KR", "Park", "Seo-yeon", ""},
    {"CH", "Meier", "Noah", ""},          {"FR", "Martin", "Léa", ""},
    {"NL", "de Vries", "Daan", ""},       {"CA", "Tremblay", "Olivia", ""},
    {"AU", "Wilson", "Jack", ""},         {"ES", "García", "Lucía", ""},
};

constexpr const char* kFields[] = {"0714", "0613", "0511", "0533", "0541",
                                   "0512", "0588", "0912", "0531", "0715"};

struct Builder {
  store::Store& store;
  const Clock& clock;
  const domain::Actor& officer;
  InstitutionId home;
  const std::vector<OrgUnitId>& schools;
  People people;
  Programmes programmes;
  Calls calls;
  Applications applications;
  PlacementRuns placement_runs;
  Nominations nominations;
  Mobilities mobilities;
  std::mt19937_64 random{20261123};
  // The crowd of applicants draws from a generator of its own, so that adding it left what
  // the rest of the demo draws from `random` as it was.
  std::mt19937_64 crowd{20261206};
  std::size_t next_name = 0, next_foreign = 0, next_crowd = 0;
  int today = 0;
  MobilityDemoReport report;
  std::vector<MobilityId> to_recognise;

  Builder(store::Store& s, const Clock& c, const domain::Actor& o, InstitutionId h,
          const std::vector<OrgUnitId>& u)
      : store(s),
        clock(c),
        officer(o),
        home(h),
        schools(u),
        people(s, c),
        programmes(s, c),
        calls(s, c),
        applications(s, c),
        placement_runs(s, c),
        nominations(s, c),
        mobilities(s, c) {
    today = static_cast<int>(
        std::chrono::floor<std::chrono::days>(clock.now()).time_since_epoch().count());
  }

  int pick(int lo, int hi) { return pick_from(random, lo, hi); }
  static int pick_from(std::mt19937_64& g, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(g);
  }

  std::optional<InstitutionId> by_ror(const char* ror) {
    auto tx = store.begin(store::Access::read);
    if (!tx) return std::nullopt;
    auto found = (*tx)->institutions().find_by_ror(ror);
    if (!found) return std::nullopt;
    return *found;
  }
  std::string country_of(InstitutionId id) {
    auto tx = store.begin(store::Access::read);
    if (!tx) return "";
    auto in = (*tx)->institutions().get(id);
    return in ? in->country : "";
  }

  // A Westlake student in `year_of_study`; one met in a past year (`met_in`, the first year of
  // an academic year) has graduated since when their four years ended before this one.
  Result<domain::Person> westlake_student(int level, int year_of_study,
                                          std::optional<int> met_in = std::nullopt) {
    const Name& n = kChineseNames[next_name++ % std::size(kChineseNames)];
    return student(n.family, n.given, n.zh, std::to_string(next_name), random, level, year_of_study,
                   met_in);
  }
  // One of the crowd who apply in `met_in` (the first year of an academic year); a family name
  // of kChineseNames is one character (its first three bytes in UTF-8).
  Result<domain::Person> crowd_student(int year_of_study, int met_in) {
    const Name& family = kChineseNames[pick_from(crowd, 0, std::size(kChineseNames) - 1)];
    const Name& given = kCrowdGivenNames[next_crowd++ % std::size(kCrowdGivenNames)];
    return student(family.family, given.given, std::string(family.zh).substr(0, 3) + given.zh,
                   fmt::format("c{}", next_crowd), crowd, 6, year_of_study, met_in);
  }
  // A Westlake student named so, their e-mail made unique by `tag`, the rest drawn from `g`.
  Result<domain::Person> student(const std::string& family, const std::string& given,
                                 const std::string& zh, const std::string& tag, std::mt19937_64& g,
                                 int level, int year_of_study, std::optional<int> met_in) {
    const auto pick = [&g](int lo, int hi) { return pick_from(g, lo, hi); };
    domain::Person p;
    p.family_name = family;
    p.given_name = given;
    p.name_zh = zh;
    p.email = fmt::format("{}.{}{}@westlake.edu.cn", text_lower(given), text_lower(family), tag);
    p.nationality = "CN";
    p.home_institution = home;
    p.org_unit = schools[static_cast<std::size_t>(pick(0, static_cast<int>(schools.size()) - 1))];
    p.level = level;
    p.year_of_study = year_of_study;
    if (met_in) {
      const int graduates_in = *met_in + 4 - year_of_study;
      if (graduates_in < std::stoi(domain::academic_year_of(today).substr(0, 4)))
        p.graduated_in = fmt::format("{}/{}", graduates_in, graduates_in + 1);
    }
    p.field = kFields[pick(0, std::size(kFields) - 1)];
    p.gpa = pick(780, 960) / 10.0;
    p.gpa_scale = "cn100";
    static constexpr const char* kLevels[] = {"B1", "B2", "B2", "B2", "C1", "C1", "C2"};
    static constexpr const char* kTests[] = {"IELTS 6.0", "IELTS 6.5", "TOEFL 95", "CET-6 560",
                                             "IELTS 7.0", "TOEFL 105", "IELTS 8.0"};
    const int l = pick(0, 6);
    p.languages.push_back({"en", kLevels[l], kTests[l], ""});
    auto made = people.create(officer, std::move(p));
    if (!made) return fail(made.error());
    return std::move(made->person);
  }

  static std::string text_lower(const std::string& s) {
    std::string out;
    for (const char c : s) {
      if (c == ' ' || c == '-') continue;
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
  }

  // Moves an accepted stay along as far as its dates have come by today.
  Status advance(MobilityId id) {
    auto current = mobilities.get(officer, id);
    if (!current) return fail(current.error());
    auto m = current->mobility;
    const int start = *domain::parse_date(m.planned_start),
              end = *domain::parse_date(m.planned_end);
    const auto step = [&](const char* to, std::string date) -> Status {
      auto moved = mobilities.transition(officer, id, to, "", std::move(date), m.version);
      if (!moved) return fail(moved.error());
      m = moved->mobility;
      return {};
    };
    if (m.status == MobilityStatus::accepted && start - 60 <= today) {
      if (auto ok = step("preparing", ""); !ok) return ok;
    }
    if (m.status == MobilityStatus::preparing && start <= today) {
      if (auto ok = step("abroad", domain::format_date(start + pick(0, 3))); !ok) return ok;
    }
    if (m.status == MobilityStatus::abroad && end < today) {
      if (auto ok = step("completed", domain::format_date(end - pick(0, 5))); !ok) return ok;
      if (m.direction == domain::Direction::outgoing && m.type == MobilityType::student_studies) {
        report.completed_exchanges.push_back(id);
      }
      if (m.type == MobilityType::summer_programme) report.completed_summer.push_back(id);
      // Stays that ended a year ago have had their credits recognised (learning_demo).
      if (end + 365 < today && m.direction == domain::Direction::outgoing &&
          m.type == MobilityType::student_studies) {
        to_recognise.push_back(id);
      }
    }
    return {};
  }

  // The outgoing (or incoming) student-exchange conditions valid in academic year `year`.
  struct Seat {
    domain::Agreement agreement;
    domain::CooperationCondition condition;
  };
  Result<std::vector<Seat>> seats(const std::string& year, bool outgoing, MobilityType type) {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto all = (*tx)->agreements().all();
    if (!all) return fail(all.error());
    std::vector<Seat> out;
    for (const auto& a : *all) {
      if (a.status == domain::AgreementStatus::draft ||
          a.status == domain::AgreementStatus::negotiation)
        continue;
      for (const auto& c : a.conditions) {
        if (c.mobility_type != type || c.seats_per_year <= 0) continue;
        if ((c.sending == home) != outgoing) continue;
        if (c.first_academic_year > year || c.last_academic_year < year) continue;
        out.push_back({a, c});
      }
    }
    return out;
  }

  Result<domain::Programme> programme(domain::Programme p) {
    auto made = programmes.create(officer, std::move(p));
    if (made) ++report.programmes;
    return made;
  }
};

std::string academic(int first) { return fmt::format("{}/{}", first, first + 1); }

// An offer per condition, with the condition's levels and language; `max_seats` caps the
// seats when positive.
Status add_offers(Builder& b, domain::Call& call, const std::vector<Builder::Seat>& seats,
                  ProgrammeId programme, int max_seats) {
  auto tx = b.store.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  std::int64_t next = 1;
  for (const auto& s : seats) {
    domain::Offer o;
    o.id = next++;
    o.agreement = s.agreement.id;
    o.condition = s.condition.id;
    o.programme = programme;
    o.host = s.condition.receiving;
    o.seats = max_seats > 0 ? std::min(s.condition.seats_per_year, max_seats)
                            : s.condition.seats_per_year;
    o.eligibility.levels = s.condition.eqf_levels;
    if (!s.condition.languages.empty()) {
      o.eligibility.language = s.condition.languages.front().language;
      o.eligibility.min_cefr = s.condition.languages.front().cefr;
    }
    auto host = (*tx)->institutions().get(o.host);
    o.title = host ? host->name : "Partner";
    call.offers.push_back(std::move(o));
  }
  return {};
}

// A semester exchange call of the academic year beginning in `first`, for `term` ("autumn"
// or "spring"), open from `opens_at` to `closes_at` as the office wrote them, with Westlake's
// usual eligibility; `weighted`: the score weighs an interview and the motivation as well.
domain::Call semester_call(int first, const std::string& term, std::string opens_at,
                           std::string closes_at, bool weighted) {
  const std::string year = academic(first);
  const bool spring = term == "spring";
  domain::Call call;
  call.code = fmt::format("EXCH-{}{}", first, spring ? "-SPR" : "");
  call.title = fmt::format("Semester exchange {}, {}", year, term);
  call.title_zh = fmt::format("{}学年{}学期交换", year, spring ? "春季" : "秋季");
  call.academic_year = year;
  call.term = term;
  call.opens_at = std::move(opens_at);
  call.closes_at = std::move(closes_at);
  call.time_zone = "Asia/Shanghai";
  call.eligibility.levels = {6, 7};
  call.eligibility.min_gpa = 80;
  call.eligibility.gpa_scale = "cn100";
  if (weighted) call.weights = {0.5, 0.2, 0.2, 0.1};
  call.max_preferences = 3;
  return call;
}

// One year's outgoing exchange call, placed, published and nominated; the stays move on.
Status exchange_year(Builder& b, int first, ProgrammeId semester) {
  const std::string year = academic(first);
  auto seats = b.seats(year, true, MobilityType::student_studies);
  if (!seats) return fail(seats.error());
  if (seats->empty()) return {};
  auto call = semester_call(first, "autumn", fmt::format("{}-01-06T09:00:00+08:00", first),
                            fmt::format("{}-03-15T17:00:00+08:00", first), false);
  if (auto ok = add_offers(b, call, *seats, semester, 2); !ok) return ok;
  auto made = b.calls.create(b.officer, std::move(call));
  if (!made) return fail(made.error());
  ++b.report.calls;
  // An application of `person` to one to three offers, submitted, and scored when eligible,
  // each choice drawn from `g`.
  const auto apply = [&](const domain::Person& person, std::mt19937_64& g) -> Status {
    const auto pick = [&g](int lo, int hi) { return Builder::pick_from(g, lo, hi); };
    domain::Application a;
    a.person = person.id;
    std::vector<std::int64_t> offers;
    for (const auto& o : made->offers) offers.push_back(o.id);
    std::shuffle(offers.begin(), offers.end(), g);
    offers.resize(std::min<std::size_t>(offers.size(), static_cast<std::size_t>(pick(1, 3))));
    a.preferences = offers;
    a.motivation =
        "I want to study where my field is strongest and bring what I learn back to Westlake.";
    auto applied = b.applications.apply(b.officer, made->id, std::move(a));
    if (!applied) return fail(applied.error());
    ++b.report.applications;
    auto submitted =
        b.applications.submit(b.officer, applied->application.id, applied->application.version);
    if (!submitted) return fail(submitted.error());
    if (submitted->application.status != domain::ApplicationStatus::eligible) return {};
    auto scored = b.applications.score(b.officer, applied->application.id, pick(60, 95),
                                       pick(60, 95), submitted->application.version);
    if (!scored) return fail(scored.error());
    return {};
  };
  const int applicants = b.pick(10, 14);
  for (int i = 0; i < applicants; ++i) {
    auto person = b.westlake_student(6, b.pick(2, 3), first);
    if (!person) return fail(person.error());
    if (auto ok = apply(*person, b.random); !ok) return ok;
  }
  // The many more who apply: a call draws fifty to a hundred and fifty applicants for its
  // couple of dozen seats.
  const int crowd = Builder::pick_from(b.crowd, 40, 140);
  for (int i = 0; i < crowd; ++i) {
    auto person = b.crowd_student(Builder::pick_from(b.crowd, 2, 3), first);
    if (!person) return fail(person.error());
    if (auto ok = apply(*person, b.crowd); !ok) return ok;
  }
  auto run = b.placement_runs.run(b.officer, made->id, "stable", static_cast<std::uint64_t>(first));
  if (!run) return fail(run.error());
  // The office compared the welfare-optimal placement before publishing the stable one.
  if (auto optimal =
          b.placement_runs.run(b.officer, made->id, "optimal", static_cast<std::uint64_t>(first));
      !optimal)
    return fail(optimal.error());
  if (auto published = b.placement_runs.publish(b.officer, run->id); !published)
    return fail(published.error());
  if (auto nominated = b.nominations.nominate_placed(b.officer, made->id); !nominated)
    return fail(nominated.error());
  service::MobilityFilter f;
  f.academic_year = year;
  f.direction = "outgoing";
  f.limit = 200;
  auto stays = b.mobilities.list(b.officer, f);
  if (!stays) return fail(stays.error());
  bool rejected_one = false;
  for (const auto& v : stays->items) {
    if (v.mobility.call != made->id || v.mobility.status != MobilityStatus::nominated) continue;
    const bool reject = !rejected_one && stays->items.size() > 3;
    auto decided = b.nominations.decide(
        b.officer, v.mobility.id, !reject,
        reject ? "The requested department has no places left this term." : "");
    if (!decided) return fail(decided.error());
    if (reject) {
      rejected_one = true;
      continue;
    }
    ++b.report.mobilities;
    if (auto confirmed = b.applications.confirm(b.officer, *v.mobility.application); !confirmed)
      return fail(confirmed.error());
    if (auto ok = b.advance(v.mobility.id); !ok) return ok;
  }
  return {};
}

// Partners' students who come to Westlake for a semester.
Status incoming_year(Builder& b, int first) {
  const std::string year = academic(first);
  auto seats = b.seats(year, false, MobilityType::student_studies);
  if (!seats) return fail(seats.error());
  std::shuffle(seats->begin(), seats->end(), b.random);
  const std::size_t count =
      std::min<std::size_t>(seats->size(), static_cast<std::size_t>(b.pick(4, 6)));
  for (std::size_t i = 0; i < count; ++i) {
    const auto& s = (*seats)[i];
    const std::string country = b.country_of(s.condition.sending);
    const ForeignName* name = nullptr;
    for (std::size_t k = 0; k < std::size(kForeignNames); ++k) {
      const auto& candidate = kForeignNames[(b.next_foreign + k) % std::size(kForeignNames)];
      if (candidate.country == country) {
        name = &candidate;
        b.next_foreign += k + 1;
        break;
      }
    }
    if (!name) name = &kForeignNames[b.next_foreign++ % std::size(kForeignNames)];
    IncomingNomination n;
    n.person.family_name = name->family;
    n.person.given_name = name->given;
    n.person.name_zh = name->zh;
    n.person.email = fmt::format("{}.{}.{}@example.edu", Builder::text_lower(name->given),
                                 Builder::text_lower(name->family), first);
    n.person.nationality = country.empty() ? name->country : country;
    // Westlake is a research university: most who come for a semester are master's students,
    // the others undergraduates, as the conditions (EQF 6 and 7) allow; a third hold a Chinese
    // Government Scholarship (the China Scholarship Council's), the others pay their own way.
    static constexpr int kStudyLevels[] = {7, 6, 7, 7, 6, 7};
    n.person.level = kStudyLevels[i % std::size(kStudyLevels)];
    n.person.year_of_study = n.person.level == 6 ? 3 : 1;
    n.person.field = s.condition.isced.empty() ? "0588" : s.condition.isced;
    n.person.languages.push_back({"en", "C1", "", ""});
    n.mobility.type = MobilityType::student_studies;
    n.mobility.sending = s.condition.sending;
    n.mobility.agreement = s.agreement.id;
    n.mobility.condition = s.condition.id;
    n.mobility.academic_year = year;
    n.mobility.planned_start = fmt::format("{}-09-01", first);
    n.mobility.planned_end = fmt::format("{}-01-20", first + 1);
    n.mobility.credits_planned = 30;
    if (i % 3 == 1)
      n.mobility.funding.push_back({"csc", "", "China Scholarship Council", {"15000.00", "CNY"}});
    else
      n.mobility.funding.push_back({"self", "", "", {"", ""}});
    auto nominated = b.nominations.nominate_incoming(b.officer, std::move(n));
    if (!nominated) return fail(nominated.error());
    auto decided = b.nominations.decide(b.officer, nominated->mobility.id, true, "");
    if (!decided) return fail(decided.error());
    ++b.report.mobilities;
    if (auto ok = b.advance(nominated->mobility.id); !ok) return ok;
  }
  return {};
}

// The Westlake International Summer Programme: participants from the US, Italy and China,
// each funded by the summer scholarship.
Status summer_year(Builder& b, int first, const domain::Programme& summer) {
  const std::string year = academic(first);
  struct Source {
    const char* ror;
    const char* country;
  };
  static constexpr Source kSources[] = {{"01an7q238", "US"}, {"01111rn36", "IT"},
                                        {"02be6w209", "IT"}, {"00a2xv884", "CN"},
                                        {"03fe7t173", "CN"}, {"01an7q238", "US"}};
  for (const auto& source : kSources) {
    const auto sending = b.by_ror(source.ror);
    if (!sending) continue;
    const ForeignName* name = nullptr;
    for (std::size_t k = 0; k < std::size(kForeignNames); ++k) {
      const auto& candidate = kForeignNames[(b.next_foreign + k) % std::size(kForeignNames)];
      if (std::string_view(candidate.country) == source.country) {
        name = &candidate;
        b.next_foreign += k + 1;
        break;
      }
    }
    IncomingNomination n;
    n.person.family_name = name->family;
    n.person.given_name = name->given;
    n.person.name_zh = name->zh;
    n.person.email = fmt::format("{}.{}.summer{}@example.edu", Builder::text_lower(name->given),
                                 Builder::text_lower(name->family), first + 1);
    n.person.nationality = source.country;
    n.person.level = 6;
    n.person.year_of_study = 2;
    n.person.field = "0511";
    n.person.languages.push_back(
        {"en", source.country == std::string_view("US") ? "C2" : "B2", "", ""});
    n.mobility.type = MobilityType::summer_programme;
    n.mobility.sending = *sending;
    n.mobility.programme = summer.id;
    // Under the partner's summer agreement where there is one.
    {
      auto tx = b.store.begin(store::Access::read);
      if (!tx) return fail(tx.error());
      auto all = (*tx)->agreements().all();
      if (!all) return fail(all.error());
      for (const auto& a : *all) {
        for (const auto& c : a.conditions) {
          if (c.sending == *sending && c.receiving == b.home &&
              c.mobility_type == MobilityType::summer_programme && c.first_academic_year <= year &&
              c.last_academic_year >= year && !n.mobility.agreement) {
            n.mobility.agreement = a.id;
            n.mobility.condition = c.id;
          }
        }
      }
    }
    n.mobility.academic_year = year;
    n.mobility.planned_start = fmt::format("{}-07-06", first + 1);
    n.mobility.planned_end = fmt::format("{}-07-31", first + 1);
    n.mobility.credits_planned = 6;
    const auto& scholarship = summer.scholarships.front();
    n.mobility.funding.push_back(
        {"scholarship", scholarship.code, scholarship.sponsor, scholarship.amount});
    auto nominated = b.nominations.nominate_incoming(b.officer, std::move(n));
    if (!nominated) return fail(nominated.error());
    auto decided = b.nominations.decide(b.officer, nominated->mobility.id, true, "");
    if (!decided) return fail(decided.error());
    ++b.report.mobilities;
    if (auto ok = b.advance(nominated->mobility.id); !ok) return ok;
  }
  return {};
}

// Westlake's summer research abroad: each past summer tens of undergraduates spend eight to
// ten weeks in a partner's laboratory, most on the office's scholarship. Drawn from the crowd's
// generator; the demo's last step, so that what it draws from `random` to move the stays along
// comes after everything else.
Status summer_research(Builder& b, int current) {
  domain::Programme p;
  p.code = "WL-SUMMER-RESEARCH";
  p.name = "Westlake Summer Research Abroad";
  p.name_zh = "西湖大学海外暑期科研";
  p.kind = domain::ProgrammeKind::internship;
  for (const char* ror :
       {"052gg0110", "01an7q238", "01tgyzw49", "02kkvpp62", "04h9pn542", "02kpeqv85", "056d84691"})
    if (const auto host = b.by_ror(ror)) p.hosts.push_back(*host);
  if (p.hosts.empty()) return {};
  p.language = "en";
  p.max_duration_months = 3;
  p.description = "Eight to ten weeks of research in a partner university's laboratory.";
  p.description_zh = "在合作高校实验室进行八至十周的科研训练。";
  p.published = true;
  p.scholarships.push_back({"WL-RESEARCH-ABROAD",
                            "Westlake Research Abroad Scholarship",
                            "西湖大学海外科研奖学金",
                            "Westlake University",
                            {"20000.00", "CNY"},
                            "Westlake undergraduates in their second or third year",
                            "西湖大学二、三年级本科生",
                            {"CN"},
                            40});
  auto programme = b.programme(p);
  if (!programme) return fail(programme.error());
  for (int first = current - 4; first < current; ++first) {
    const int participants = Builder::pick_from(b.crowd, 20, 45);
    for (int i = 0; i < participants; ++i) {
      auto person = b.crowd_student(Builder::pick_from(b.crowd, 2, 3), first);
      if (!person) return fail(person.error());
      domain::Mobility m;
      m.person = person->id;
      m.direction = domain::Direction::outgoing;
      m.type = MobilityType::student_traineeship;
      m.sending = b.home;
      m.receiving = programme->hosts[static_cast<std::size_t>(
          Builder::pick_from(b.crowd, 0, static_cast<int>(programme->hosts.size()) - 1))];
      m.programme = programme->id;
      m.academic_year = academic(first);
      const int start = *domain::parse_date(fmt::format("{}-07-01", first + 1)) +
                        Builder::pick_from(b.crowd, 0, 14);
      m.planned_start = domain::format_date(start);
      m.planned_end = domain::format_date(start + 7 * Builder::pick_from(b.crowd, 8, 10) - 1);
      if (Builder::pick_from(b.crowd, 0, 9) < 7)
        m.funding.push_back(
            {"scholarship", "WL-RESEARCH-ABROAD", "Westlake University", {"20000.00", "CNY"}});
      else
        m.funding.push_back({"self", "", "", {"", ""}});
      auto made = b.mobilities.create(b.officer, std::move(m));
      if (!made) return fail(made.error());
      ++b.report.mobilities;
      if (auto ok = b.advance(made->mobility.id); !ok) return ok;
    }
  }
  return {};
}

// Staff of Westlake who teach at partners for a week or two.
Status staff_year(Builder& b, int first, const std::vector<PersonId>& staff) {
  if (staff.empty()) return {};
  const std::string year = academic(first);
  auto seats = b.seats(year, true, MobilityType::staff_teaching);
  if (!seats || seats->empty()) return seats ? Status{} : fail(seats.error());
  const auto& s = (*seats)[static_cast<std::size_t>(first) % seats->size()];
  domain::Mobility m;
  m.person = staff[static_cast<std::size_t>(first) % staff.size()];
  m.direction = domain::Direction::outgoing;
  m.type = MobilityType::staff_teaching;
  m.sending = b.home;
  m.receiving = s.condition.receiving;
  m.agreement = s.agreement.id;
  m.condition = s.condition.id;
  m.academic_year = year;
  m.planned_start = fmt::format("{}-04-13", first + 1);
  m.planned_end = fmt::format("{}-04-24", first + 1);
  m.funding.push_back({"home", "", "Westlake University", {"12000.00", "CNY"}});
  auto made = b.mobilities.create(b.officer, std::move(m));
  if (!made) return fail(made.error());
  ++b.report.mobilities;
  return b.advance(made->mobility.id);
}

// The call open now for next year, with a few drafts and submissions; the demo student has
// not applied yet, so that a newcomer can.
Status open_call(Builder& b, int first, ProgrammeId semester) {
  const std::string year = academic(first);
  auto seats = b.seats(year, true, MobilityType::student_studies);
  if (!seats) return fail(seats.error());
  if (seats->empty()) return {};
  auto call =
      semester_call(first, "autumn", format_iso8601(b.clock.now() - std::chrono::days(20)),
                    fmt::format("{}T17:00:00+08:00", domain::format_date(b.today + 45)), true);
  if (auto ok = add_offers(b, call, *seats, semester, 0); !ok) return ok;
  auto made = b.calls.create(b.officer, std::move(call));
  if (!made) return fail(made.error());
  ++b.report.calls;
  for (int i = 0; i < 6; ++i) {
    auto person = b.westlake_student(6, 2);
    if (!person) return fail(person.error());
    domain::Application a;
    a.person = person->id;
    a.preferences = {made->offers[static_cast<std::size_t>(i) % made->offers.size()].id};
    a.motivation = "Draft: why this partner fits my studies.";
    auto applied = b.applications.apply(b.officer, made->id, std::move(a));
    if (!applied) return fail(applied.error());
    ++b.report.applications;
    if (i % 3 == 2) continue;  // stays a draft
    if (auto submitted =
            b.applications.submit(b.officer, applied->application.id, applied->application.version);
        !submitted)
      return fail(submitted.error());
  }
  return {};
}

// This year's spring call: closed two weeks ago, placed and published, its nominations sent
// and not yet answered by the hosts (the first applicant asks for Oxford first).
Status spring_call(Builder& b, int first, ProgrammeId semester) {
  const std::string year = academic(first);
  auto seats = b.seats(year, true, MobilityType::student_studies);
  if (!seats) return fail(seats.error());
  if (seats->empty()) return {};
  auto call = semester_call(
      first, "spring", fmt::format("{}T09:00:00+08:00", domain::format_date(b.today - 60)),
      fmt::format("{}T17:00:00+08:00", domain::format_date(b.today - 14)), false);
  if (auto ok = add_offers(b, call, *seats, semester, 1); !ok) return ok;
  const auto oxford = b.by_ror("052gg0110");
  std::int64_t oxford_offer = 0;
  for (const auto& o : call.offers) {
    if (oxford && o.host == *oxford && !oxford_offer) oxford_offer = o.id;
  }
  auto made = b.calls.create(b.officer, std::move(call));
  if (!made) return fail(made.error());
  ++b.report.calls;
  for (int i = 0; i < 8; ++i) {
    auto person = b.westlake_student(6, 3);
    if (!person) return fail(person.error());
    if (i == 0) {
      // The first applicant is the strongest, so that Oxford places them whatever the others
      // drew.
      person->gpa = 95.5;
      person->languages = {{"en", "C2", "IELTS 8.5", ""}};
      auto strong = b.people.update(b.officer, *person, person->version);
      if (!strong) return fail(strong.error());
      *person = std::move(strong->person);
    }
    domain::Application a;
    a.person = person->id;
    std::vector<std::int64_t> offers;
    for (const auto& o : made->offers) offers.push_back(o.id);
    std::shuffle(offers.begin(), offers.end(), b.random);
    offers.resize(std::min<std::size_t>(offers.size(), 3));
    if (i == 0 && oxford_offer) {
      std::erase(offers, oxford_offer);
      offers.insert(offers.begin(), oxford_offer);
      offers.resize(std::min<std::size_t>(offers.size(), 3));
    }
    a.preferences = offers;
    a.motivation = "A spring semester abroad fits between my thesis proposal and my lab work.";
    auto applied = b.applications.apply(b.officer, made->id, std::move(a));
    if (!applied) return fail(applied.error());
    ++b.report.applications;
    auto submitted =
        b.applications.submit(b.officer, applied->application.id, applied->application.version);
    if (!submitted) return fail(submitted.error());
  }
  auto run = b.placement_runs.run(b.officer, made->id, "stable", static_cast<std::uint64_t>(first));
  if (!run) return fail(run.error());
  if (auto published = b.placement_runs.publish(b.officer, run->id); !published)
    return fail(published.error());
  auto nominated = b.nominations.nominate_placed(b.officer, made->id);
  if (!nominated) return fail(nominated.error());
  b.report.mobilities += static_cast<std::size_t>(*nominated);
  // One host (not Oxford) has answered already, and its student confirmed.
  service::MobilityFilter f;
  f.academic_year = year;
  f.direction = "outgoing";
  f.nomination = "pending";
  f.limit = 200;
  auto stays = b.mobilities.list(b.officer, f);
  if (!stays) return fail(stays.error());
  for (const auto& v : stays->items) {
    if (v.mobility.call != made->id || (oxford && v.mobility.receiving == *oxford)) continue;
    auto decided = b.nominations.decide(b.officer, v.mobility.id, true, "");
    if (!decided) return fail(decided.error());
    if (auto confirmed = b.applications.confirm(b.officer, *v.mobility.application); !confirmed)
      return fail(confirmed.error());
    break;
  }
  return {};
}

// Next year's spring call: open, closing in five days, with two submissions still to score
// and the demo student's draft.
Status closing_call(Builder& b, int first, ProgrammeId semester,
                    const std::optional<domain::Actor>& demo_student) {
  const std::string year = academic(first);
  auto seats = b.seats(year, true, MobilityType::student_studies);
  if (!seats) return fail(seats.error());
  if (seats->empty()) return {};
  auto call = semester_call(
      first, "spring", fmt::format("{}T09:00:00+08:00", domain::format_date(b.today - 30)),
      fmt::format("{}T17:00:00+08:00", domain::format_date(b.today + 5)), true);
  if (auto ok = add_offers(b, call, *seats, semester, 1); !ok) return ok;
  auto made = b.calls.create(b.officer, std::move(call));
  if (!made) return fail(made.error());
  ++b.report.calls;
  for (int i = 0; i < 2; ++i) {
    auto person = b.westlake_student(6, 2);
    if (!person) return fail(person.error());
    domain::Application a;
    a.person = person->id;
    a.preferences = {made->offers[static_cast<std::size_t>(i + 1) % made->offers.size()].id};
    a.motivation = "The host's courses complete what Westlake offers in my field.";
    auto applied = b.applications.apply(b.officer, made->id, std::move(a));
    if (!applied) return fail(applied.error());
    ++b.report.applications;
    if (auto submitted =
            b.applications.submit(b.officer, applied->application.id, applied->application.version);
        !submitted)
      return fail(submitted.error());
  }
  if (demo_student) {
    domain::Application a;
    a.preferences = {made->offers.front().id};
    a.motivation = "Draft: a spring semester to finish my minor.";
    auto applied = b.applications.apply(*demo_student, made->id, std::move(a));
    if (!applied) return fail(applied.error());
    ++b.report.applications;
  }
  return {};
}

// A partner's student nominated to Westlake for next year and not yet decided.
Status undecided_incoming(Builder& b, int first) {
  const std::string year = academic(first);
  auto seats = b.seats(year, false, MobilityType::student_studies);
  if (!seats) return fail(seats.error());
  if (seats->empty()) return {};
  const auto& s = seats->front();
  IncomingNomination n;
  n.person.family_name = "Moreau";
  n.person.given_name = "Camille";
  n.person.email = fmt::format("camille.moreau.{}@example.edu", first);
  n.person.nationality = b.country_of(s.condition.sending);
  if (n.person.nationality.empty()) n.person.nationality = "FR";
  n.person.level = 7;
  n.person.year_of_study = 1;
  n.person.field = s.condition.isced.empty() ? "0588" : s.condition.isced;
  n.person.languages.push_back({"en", "C1", "", ""});
  n.mobility.type = MobilityType::student_studies;
  n.mobility.sending = s.condition.sending;
  n.mobility.agreement = s.agreement.id;
  n.mobility.condition = s.condition.id;
  n.mobility.academic_year = year;
  n.mobility.planned_start = fmt::format("{}-02-20", first + 1);
  n.mobility.planned_end = fmt::format("{}-06-30", first + 1);
  n.mobility.credits_planned = 30;
  auto nominated = b.nominations.nominate_incoming(b.officer, std::move(n));
  if (!nominated) return fail(nominated.error());
  ++b.report.mobilities;
  return {};
}

// Courses a student of a broad ISCED field takes abroad: host code, title, ECTS; and the
// home course it is recognised as.
struct DemoCourse {
  const char* code;
  const char* title;
  double ects;
  const char* home_code;
  const char* home_title;
};
const std::vector<DemoCourse>& courses_for(const std::string& field) {
  static const std::vector<DemoCourse> ict = {
      {"CS-401", "Machine Learning", 10, "CS301", "机器学习"},
      {"CS-412", "Distributed Systems", 10, "CS320", "分布式系统"},
      {"CS-420", "Computer Vision", 5, "CS302", "计算机视觉"},
      {"MA-310", "Numerical Optimisation", 5, "MA310", "数值优化"}};
  static const std::vector<DemoCourse> science = {
      {"BIO-301", "Molecular Cell Biology", 10, "BIO301", "分子细胞生物学"},
      {"BIO-322", "Genomics", 10, "BIO322", "基因组学"},
      {"CHE-310", "Biochemistry", 5, "CHE310", "生物化学"},
      {"PHY-305", "Biophysics", 5, "PHY305", "生物物理"}};
  static const std::vector<DemoCourse> engineering = {
      {"EE-401", "Control Systems", 10, "EE401", "控制系统"},
      {"ME-420", "Robotics", 10, "ME420", "机器人学"},
      {"MS-330", "Materials Science", 5, "MS330", "材料科学"},
      {"EE-350", "Signal Processing", 5, "EE350", "信号处理"}};
  static const std::vector<DemoCourse> other = {
      {"GEN-301", "Research Methods", 10, "GEN301", "研究方法"},
      {"GEN-310", "Data Analysis", 10, "GEN310", "数据分析"},
      {"GEN-320", "Academic Writing", 5, "GEN320", "学术写作"},
      {"LAN-101", "Local Language and Culture", 5, "", ""}};
  if (field.starts_with("06")) return ict;
  if (field.starts_with("05")) return science;
  if (field.starts_with("07")) return engineering;
  return other;
}

// The grade scale and three grades (good, very good, fair) of a host by country.
struct HostGrades {
  const char* scale;
  const char* grades[3];
};
HostGrades grades_for(const std::string& country) {
  if (country == "GB") return {"uk", {"68", "74", "61"}};
  if (country == "US" || country == "SG" || country == "KR" || country == "CA")
    return {"us4", {"A-", "A", "B+"}};
  if (country == "DE" || country == "AT") return {"de", {"1.7", "1.3", "2.3"}};
  if (country == "IT") return {"it30", {"28", "30 e lode", "25"}};
  if (country == "FR") return {"fr20", {"14", "16", "12"}};
  if (country == "NL") return {"nl10", {"7.5", "8.5", "7"}};
  if (country == "JP") return {"jp", {"A", "S", "B"}};
  return {"ects", {"B", "A", "C"}};
}

// Learning agreements for the outgoing study stays: approved before departure (one in
// four changed during the stay), the host's transcript for the completed ones, and the
// credits recognised for those that ended a year ago.
Status learning_demo(Builder& b, Transcripts& transcripts, Recognitions& recognitions) {
  service::MobilityFilter f;
  f.direction = "outgoing";
  f.limit = 200;
  auto stays = b.mobilities.list(b.officer, f);
  if (!stays) return fail(stays.error());
  int made = 0;
  for (const auto& v : stays->items) {
    const auto& m = v.mobility;
    if (m.type != MobilityType::student_studies) continue;
    if (m.status != MobilityStatus::abroad && m.status != MobilityStatus::completed) continue;
    const auto& courses = courses_for(v.person.field);
    const int start = *domain::parse_date(m.planned_start);
    domain::LearningAgreementRecord r;
    r.mobility = m.id.value;
    std::string host_domain = "partner.example";
    {
      auto tx = b.store.begin(store::Access::read);
      if (!tx) return fail(tx.error());
      auto host = (*tx)->institutions().get(m.receiving);
      if (host && !host->domains.empty()) host_domain = host->domains.front();
    }
    const auto version = [&](int number, std::vector<domain::LaComponent> components,
                             std::string reason, int day) {
      domain::LaVersion version;
      version.number = number;
      version.components = std::move(components);
      version.reason = std::move(reason);
      version.proposed_by = v.person.email;
      version.proposed_at = domain::format_date(day) + "T10:00:00.000Z";
      version.sha256 = crypto::sha256_hex(service::canonical_text(r.mobility, version));
      version.state = "approved";
      version.approvals = {
          {"student", v.person.email, v.person.display_name(), "student",
           domain::format_date(day) + "T10:05:00.000Z", version.sha256},
          {"sending", b.officer.email, "Chen Jing 陈静", "officer",
           domain::format_date(day + 2) + "T09:30:00.000Z", version.sha256},
          {"receiving", "international@" + host_domain, "International Office", "partner",
           domain::format_date(day + 9) + "T15:00:00.000Z", version.sha256}};
      return version;
    };
    std::vector<domain::LaComponent> first;
    for (std::size_t i = 0; i < 3; ++i) {
      const auto& c = courses[i];
      first.push_back({{c.code, c.title, c.ects, "ects"},
                       {c.home_code, c.home_title, c.ects / 1.5, "cn"},
                       "autumn"});
    }
    r.versions.push_back(version(1, first, "", start - 75));
    if (made % 4 == 1) {
      // A course was not offered after all; the fourth replaced it.
      auto changed = first;
      const auto& c = courses[3];
      changed[2] = {{c.code, c.title, c.ects, "ects"},
                    {c.home_code, c.home_title, c.ects / 1.5, "cn"},
                    "autumn"};
      r.versions.front().state = "superseded";
      r.versions.push_back(version(
          2, changed, "The host cancelled a course; a replacement was agreed.", start + 14));
    }
    {
      auto tx = b.store.begin(store::Access::write);
      if (!tx) return fail(tx.error());
      if (auto id = (*tx)->learning_agreements().insert(r); !id) return fail(id.error());
      if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
    }
    ++made;
    if (m.status != MobilityStatus::completed) continue;
    const auto host_grades = grades_for(b.country_of(m.receiving));
    std::vector<domain::TranscriptEntry> results;
    const auto& agreed = r.versions.back().components;
    for (std::size_t i = 0; i < agreed.size(); ++i) {
      domain::TranscriptEntry e;
      e.code = agreed[i].host.code;
      e.title = agreed[i].host.title;
      e.credits = agreed[i].host.credits;
      e.grade = host_grades.grades[(i + static_cast<std::size_t>(made)) % 3];
      e.scale = host_grades.scale;
      e.date = m.actual_end.empty() ? m.planned_end : m.actual_end;
      results.push_back(std::move(e));
    }
    if (auto ok = transcripts.set(b.officer, m.id, std::move(results), "partner"); !ok)
      return fail(ok.error());
    if (std::find(b.to_recognise.begin(), b.to_recognise.end(), m.id) == b.to_recognise.end())
      continue;
    std::vector<RecognitionRequest> requests;
    for (const auto& c : agreed) {
      if (c.home.code.empty()) continue;
      requests.push_back({c.home.code, c.home.title, 0, {c.host.code}, "", ""});
    }
    if (auto ok = recognitions.recognise(b.officer, m.id, std::move(requests), true); !ok)
      return fail(ok.error());
  }
  b.report.learning_agreements = static_cast<std::size_t>(made);
  return {};
}

// Learning agreements that wait for signatures: a stay at Oxford whose change of courses
// the student and the office signed and Oxford has not; and a stay starting next term
// whose first proposal only the student has signed.
Status signatures_waiting(Builder& b) {
  service::MobilityFilter f;
  f.direction = "outgoing";
  f.academic_year = domain::academic_year_of(b.today);
  f.limit = 200;
  auto stays = b.mobilities.list(b.officer, f);
  if (!stays) return fail(stays.error());
  const auto oxford = b.by_ror("052gg0110");
  bool changed = false, proposed = false;
  for (const auto& v : stays->items) {
    const auto& m = v.mobility;
    if (m.type != MobilityType::student_studies) continue;
    auto tx = b.store.begin(store::Access::write);
    if (!tx) return fail(tx.error());
    auto found = (*tx)->learning_agreements().find(m.id);
    if (!found) return fail(found.error());
    const auto sign = [&](domain::LaVersion& version, const char* party, int day) {
      const bool student = std::string_view(party) == "student";
      version.approvals.push_back({party, student ? v.person.email : b.officer.email,
                                   student ? v.person.display_name() : "Chen Jing 陈静",
                                   student ? "student" : "officer",
                                   domain::format_date(day) + "T10:00:00.000Z", version.sha256});
    };
    if (!changed && oxford && m.receiving == *oxford && m.status == MobilityStatus::abroad &&
        *found && !(*found)->versions.empty()) {
      auto r = std::move(**found);
      const auto& last = r.versions.back();
      domain::LaVersion version;
      version.number = last.number + 1;
      version.components = last.components;
      const auto& c = courses_for(v.person.field)[3];
      version.components.back() = {{c.code, c.title, c.ects, "ects"},
                                   {c.home_code, c.home_title, c.ects / 1.5, "cn"},
                                   version.components.back().term};
      version.reason = "A seminar was full; the student asks to take another course instead.";
      version.proposed_by = v.person.email;
      version.proposed_at = domain::format_date(b.today - 3) + "T08:30:00.000Z";
      version.sha256 = crypto::sha256_hex(service::canonical_text(r.mobility, version));
      version.state = "proposed";
      sign(version, "student", b.today - 3);
      sign(version, "sending", b.today - 2);
      r.versions.push_back(std::move(version));
      if (auto ok = (*tx)->learning_agreements().update(r); !ok) return fail(ok.error());
      changed = true;
    } else if (!proposed && !*found &&
               (m.status == MobilityStatus::accepted || m.status == MobilityStatus::preparing)) {
      domain::LearningAgreementRecord r;
      r.mobility = m.id.value;
      domain::LaVersion version;
      for (std::size_t i = 0; i < 3; ++i) {
        const auto& c = courses_for(v.person.field)[i];
        version.components.push_back({{c.code, c.title, c.ects, "ects"},
                                      {c.home_code, c.home_title, c.ects / 1.5, "cn"},
                                      "spring"});
      }
      version.proposed_by = v.person.email;
      version.proposed_at = domain::format_date(b.today - 1) + "T16:00:00.000Z";
      version.sha256 = crypto::sha256_hex(service::canonical_text(r.mobility, version));
      version.state = "proposed";
      sign(version, "student", b.today - 1);
      r.versions.push_back(std::move(version));
      if (auto id = (*tx)->learning_agreements().insert(r); !id) return fail(id.error());
      ++b.report.learning_agreements;
      proposed = true;
    } else {
      continue;
    }
    if (auto ok = (*tx)->commit(); !ok) return fail(ok.error());
    if (changed && proposed) break;
  }
  return {};
}

}  // namespace

Result<MobilityDemoReport> create_demo_mobility(store::Store& store, const Clock& clock,
                                                const domain::Actor& officer, InstitutionId home,
                                                const std::vector<OrgUnitId>& schools) {
  Builder b(store, clock, officer, home, schools);
  const std::string now_year = domain::academic_year_of(b.today);
  const int current = std::stoi(now_year.substr(0, 4));

  domain::Programme semester;
  semester.code = "WL-EXCH-SEM";
  semester.name = "Semester exchange";
  semester.name_zh = "学期交换项目";
  semester.kind = domain::ProgrammeKind::semester_exchange;
  semester.hosts = {home};
  semester.language = "en";
  semester.max_duration_months = 12;
  semester.description =
      "A semester at one of Westlake's partner universities, tuition waived at the host and "
      "credits recognised "
      "at home. Every undergraduate may spend up to one year abroad.";
  semester.description_zh =
      "在西湖大学合作高校学习一个学期，免交对方学费，学分回校认定。每位本科生在读期间最多可出国学习"
      "一年。";
  semester.published = true;
  // The hosts are every partner with an outgoing exchange condition.
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto all = (*tx)->agreements().all();
    if (!all) return fail(all.error());
    semester.hosts.clear();
    for (const auto& a : *all) {
      for (const auto& c : a.conditions) {
        if (c.sending == home && c.mobility_type == MobilityType::student_studies &&
            std::find(semester.hosts.begin(), semester.hosts.end(), c.receiving) ==
                semester.hosts.end()) {
          semester.hosts.push_back(c.receiving);
        }
      }
    }
  }
  auto sem = b.programme(semester);
  if (!sem) return fail(sem.error());

  domain::Programme summer;
  summer.code = "WL-SUMMER";
  summer.name = "Westlake International Summer Programme";
  summer.name_zh = "西湖大学国际暑期项目";
  summer.kind = domain::ProgrammeKind::summer_school;
  summer.hosts = {home};
  summer.language = "en";
  summer.fee = {"0.00", "CNY"};
  summer.capacity = 40;
  summer.max_duration_months = 2;
  summer.description =
      "Four weeks in Hangzhou in July: research-led courses in the life sciences and engineering, "
      "Chinese "
      "language and culture, and lab rotations with Westlake faculty.";
  summer.description_zh =
      "七月在杭州的四周：生命科学与工程方向的研究型课程、中文与中国文化，以及在西湖大学实验室的轮转"
      "。";
  summer.published = true;
  summer.scholarships.push_back(
      {"WL-SUMMER-SCHOLARSHIP",
       "Westlake International Summer Scholarship",
       "西湖大学国际暑期奖学金",
       "Westlake Education Foundation",
       {"8000.00", "CNY"},
       "Participants nominated by partner universities in the United States, Italy and "
       "China; covers housing, meals and local travel.",
       "由美国、意大利和中国合作高校推荐的学员；覆盖住宿、餐饮和当地交通。",
       {"US", "IT", "CN"},
       30});
  auto sum = b.programme(summer);
  if (!sum) return fail(sum.error());

  // Bologna's summer school, where Westlake students go.
  std::optional<domain::Programme> bologna_summer;
  if (const auto bologna = b.by_ror("01111rn36")) {
    domain::Programme p;
    p.code = "BO-SUMMER";
    p.name = "Bologna–Westlake Summer School in Cultural Heritage";
    p.name_zh = "博洛尼亚—西湖文化遗产暑期学校";
    p.kind = domain::ProgrammeKind::summer_school;
    p.hosts = {*bologna};
    p.language = "en";
    p.fee = {"1200.00", "EUR"};
    p.capacity = 12;
    p.description = "Four weeks of seminars and fieldwork in Bologna and Ravenna.";
    p.description_zh = "在博洛尼亚和拉文纳的四周研讨与田野考察。";
    p.published = true;
    p.scholarships.push_back({"WL-OUTBOUND-SUMMER",
                              "Westlake Summer Scholarship",
                              "西湖大学暑期奖学金",
                              "Westlake University",
                              {"15000.00", "CNY"},
                              "Westlake undergraduates",
                              "西湖大学本科生",
                              {"CN"},
                              4});
    auto made = b.programme(p);
    if (!made) return fail(made.error());
    bologna_summer = *made;
  }

  std::vector<PersonId> staff;
  PersonId demo_student;
  std::optional<domain::Actor> demo_student_actor;  // the demo student, signed in
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto all = (*tx)->people().all();
    if (!all) return fail(all.error());
    for (const auto& p : *all) {
      if (p.home_institution == home && p.kind == domain::PersonKind::staff) staff.push_back(p.id);
      if (p.user) {
        demo_student = p.id;
        demo_student_actor = domain::Actor{.user = *p.user,
                                           .email = p.email,
                                           .role = domain::Role::student,
                                           .org_unit = p.org_unit,
                                           .person = p.id};
      }
    }
  }

  for (int first = current - 4; first <= current; ++first) {
    if (auto ok = exchange_year(b, first, sem->id); !ok) return fail(ok.error());
    if (auto ok = incoming_year(b, first); !ok) return fail(ok.error());
    // This academic year's summer lies ahead; the four before it have happened.
    if (first < current) {
      if (auto ok = summer_year(b, first, *sum); !ok) return fail(ok.error());
    }
    if (auto ok = staff_year(b, first, staff); !ok) return fail(ok.error());
  }
  if (auto ok = open_call(b, current + 1, sem->id); !ok) return fail(ok.error());

  // The demo student: a spring semester at Oxford last year, then Bologna's summer school.
  if (demo_student) {
    auto seats = b.seats(academic(current - 1), true, MobilityType::student_studies);
    if (!seats) return fail(seats.error());
    const auto oxford = b.by_ror("052gg0110");
    for (const auto& s : *seats) {
      if (!oxford || s.condition.receiving != *oxford) continue;
      domain::Mobility m;
      m.person = demo_student;
      m.direction = domain::Direction::outgoing;
      m.type = MobilityType::student_studies;
      m.sending = home;
      m.receiving = *oxford;
      m.agreement = s.agreement.id;
      m.condition = s.condition.id;
      m.programme = sem->id;
      m.academic_year = academic(current - 1);
      m.planned_start = fmt::format("{}-01-12", current);
      m.planned_end = fmt::format("{}-06-20", current);
      m.credits_planned = 30;
      m.funding.push_back({"home", "", "Westlake University", {"40000.00", "CNY"}});
      auto made = b.mobilities.create(officer, std::move(m));
      if (!made) return fail(made.error());
      ++b.report.mobilities;
      if (auto ok = b.advance(made->mobility.id); !ok) return fail(ok.error());
      b.report.demo_student_stays.push_back(made->mobility.id);
      break;
    }
    if (bologna_summer) {
      domain::Mobility m;
      m.person = demo_student;
      m.direction = domain::Direction::outgoing;
      m.type = MobilityType::summer_programme;
      m.sending = home;
      m.receiving = bologna_summer->hosts.front();
      m.programme = bologna_summer->id;
      m.academic_year = academic(current - 1);
      m.planned_start = fmt::format("{}-07-06", current);
      m.planned_end = fmt::format("{}-07-31", current);
      m.credits_planned = 6;
      m.funding.push_back(
          {"scholarship", "WL-OUTBOUND-SUMMER", "Westlake University", {"15000.00", "CNY"}});
      auto made = b.mobilities.create(officer, std::move(m));
      if (!made) return fail(made.error());
      ++b.report.mobilities;
      if (auto ok = b.advance(made->mobility.id); !ok) return fail(ok.error());
      b.report.demo_student_stays.push_back(made->mobility.id);
    }
  }
  Transcripts transcripts(store, clock, {});
  Recognitions recognitions(store, clock);
  if (auto ok = learning_demo(b, transcripts, recognitions); !ok) return fail(ok.error());
  // What waits for someone today: nominations the hosts have not answered, a call closing
  // this week, a partner's nomination to decide, learning agreements to sign.
  if (auto ok = spring_call(b, current, sem->id); !ok) return fail(ok.error());
  if (auto ok = closing_call(b, current + 1, sem->id, demo_student_actor); !ok)
    return fail(ok.error());
  if (auto ok = undecided_incoming(b, current + 1); !ok) return fail(ok.error());
  if (auto ok = signatures_waiting(b); !ok) return fail(ok.error());
  if (auto ok = summer_research(b, current); !ok) return fail(ok.error());
  return b.report;
}

}  // namespace orbis::seed
