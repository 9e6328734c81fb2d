// The large university (seed/large.h): ten academic years — eight past, the current one and
// the next — of agreements, calls, applications and stays around the demo, written through
// the store's repositories in transactions of kBatch records.
#include "seed/large.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <numeric>
#include <random>
#include <set>

#include "common/crypto.h"
#include "domain/agreement.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/reference.h"
#include "domain/scholars/case.h"
#include "service/learning/canonical.h"
#include "store/scholars.h"

namespace orbis::seed {
namespace {

using domain::AgreementKind;
using domain::AgreementStatus;
using domain::ApplicationStatus;
using domain::Direction;
using domain::MobilityStatus;
using domain::MobilityType;

// Records written per transaction: large enough that commits cost little, small enough
// that a failure loses seconds, not minutes.
constexpr std::size_t kBatch = 20'000;
constexpr int kYears = 10;

struct Syllable {
  const char* pinyin;
  const char* zh;
};

constexpr Syllable kFamilyNames[] = {
    {"Wang", "王"},  {"Li", "李"},    {"Zhang", "张"}, {"Liu", "刘"},  {"Chen", "陈"},
    {"Yang", "杨"},  {"Huang", "黄"}, {"Zhao", "赵"},  {"Wu", "吴"},   {"Zhou", "周"},
    {"Xu", "徐"},    {"Sun", "孙"},   {"Ma", "马"},    {"Zhu", "朱"},  {"Hu", "胡"},
    {"Guo", "郭"},   {"He", "何"},    {"Gao", "高"},   {"Lin", "林"},  {"Luo", "罗"},
    {"Zheng", "郑"}, {"Liang", "梁"}, {"Xie", "谢"},   {"Song", "宋"}, {"Tang", "唐"},
    {"Han", "韩"},   {"Feng", "冯"},  {"Deng", "邓"},  {"Cao", "曹"},  {"Peng", "彭"},
    {"Zeng", "曾"},  {"Xiao", "肖"},  {"Tian", "田"},  {"Dong", "董"}, {"Pan", "潘"},
    {"Yuan", "袁"},  {"Cai", "蔡"},   {"Jiang", "蒋"}, {"Yu", "余"},   {"Du", "杜"},
    {"Ye", "叶"},    {"Cheng", "程"}, {"Wei", "魏"},   {"Su", "苏"},   {"Lu", "卢"},
    {"Ding", "丁"},  {"Ren", "任"},   {"Shen", "沈"},  {"Yao", "姚"},  {"Ouyang", "欧阳"},
};

constexpr Syllable kGivenSyllables[] = {
    {"Wei", "伟"},   {"Fang", "芳"}, {"Na", "娜"},   {"Min", "敏"},  {"Jing", "静"}, {"Li", "丽"},
    {"Qiang", "强"}, {"Lei", "磊"},  {"Jun", "军"},  {"Yang", "洋"}, {"Yong", "勇"}, {"Yan", "艳"},
    {"Jie", "杰"},   {"Tao", "涛"},  {"Ming", "明"}, {"Chao", "超"}, {"Xiu", "秀"},  {"Xia", "霞"},
    {"Ping", "平"},  {"Gang", "刚"}, {"Hui", "慧"},  {"Zi", "子"},   {"Han", "涵"},  {"Yu", "宇"},
    {"Xuan", "轩"},  {"Hao", "浩"},  {"Ran", "然"},  {"Xin", "欣"},  {"Yi", "怡"},   {"Chen", "晨"},
    {"Rui", "睿"},   {"Jia", "佳"},  {"Yue", "悦"},  {"Bo", "博"},   {"Wen", "文"},  {"Ning", "宁"},
    {"Kai", "凯"},   {"Qian", "倩"}, {"Meng", "梦"}, {"Tian", "天"}, {"Shu", "舒"},  {"Lan", "兰"},
    {"Feng", "峰"},  {"Xue", "雪"},  {"Long", "龙"}, {"Si", "思"},   {"Yun", "云"},  {"Ze", "泽"},
};

// Partners' people, by country; other countries borrow the international list.
struct CountryNames {
  const char* country;
  std::array<const char*, 8> family;
  std::array<const char*, 8> given;
};

constexpr CountryNames kForeignNames[] = {
    {"US",
     {"Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Martinez"},
     {"Emma", "Liam", "Olivia", "Noah", "Ava", "Ethan", "Sophia", "Mason"}},
    {"GB",
     {"Taylor", "Jones", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes"},
     {"Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Jack", "Freya"}},
    {"DE",
     {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"},
     {"Leon", "Hannah", "Jonas", "Lena", "Felix", "Mia", "Lukas", "Emilia"}},
    {"FR",
     {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"},
     {"Léa", "Hugo", "Chloé", "Lucas", "Manon", "Louis", "Camille", "Jules"}},
    {"JP",
     {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"},
     {"Haruto", "Yui", "Sota", "Hina", "Ren", "Aoi", "Yuto", "Sakura"}},
    {"KR",
     {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"},
     {"Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Seo-jun", "Su-ah"}},
    {"IT",
     {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"},
     {"Marco", "Giulia", "Luca", "Chiara", "Alessandro", "Sofia", "Matteo", "Martina"}},
    {"ES",
     {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"},
     {"Lucía", "Hugo", "Martina", "Pablo", "Sofía", "Daniel", "Paula", "Álvaro"}},
    {"RU",
     {"Ivanov", "Smirnov", "Kuznetsov", "Popov", "Vasiliev", "Petrov", "Sokolov", "Mikhailov"},
     {"Alexander", "Anastasia", "Dmitry", "Maria", "Ivan", "Daria", "Maxim", "Polina"}},
    {"SE",
     {"Johansson", "Andersson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson"},
     {"Elsa", "Erik", "Alice", "William", "Maja", "Oscar", "Astrid", "Hugo"}},
    {"NL",
     {"de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"},
     {"Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Sophie"}},
    {"",
     {"Nguyen", "Silva", "Khan", "Cohen", "Novak", "Kowalski", "Tan", "Wong"},
     {"Anna", "David", "Sara", "Adam", "Lina", "Omar", "Nina", "Daniel"}},
};

// Where the partners are, by weight: a large Chinese university's partners.
struct CountryWeight {
  const char* country;
  int weight;
};
constexpr CountryWeight kPartnerCountries[] = {
    {"US", 14}, {"GB", 10}, {"DE", 8}, {"JP", 8}, {"KR", 6}, {"FR", 6}, {"AU", 6}, {"CA", 5},
    {"HK", 4},  {"IT", 4},  {"RU", 4}, {"NL", 3}, {"SG", 3}, {"ES", 3}, {"SE", 2}, {"CH", 2},
    {"MY", 2},  {"TH", 2},  {"NZ", 2}, {"TW", 2}, {"DK", 1}, {"FI", 1}, {"BE", 1}, {"AT", 1},
    {"IE", 1},  {"MO", 1},  {"PT", 1}, {"PL", 1}, {"BR", 1}, {"IL", 1},
};

// The language a partner teaches in, when it is not English.
std::string teaching_language(std::string_view country) {
  static const std::map<std::string_view, std::string_view> kLanguages = {
      {"DE", "de"}, {"AT", "de"}, {"FR", "fr"}, {"JP", "ja"}, {"KR", "ko"}, {"IT", "it"},
      {"ES", "es"}, {"RU", "ru"}, {"PT", "pt"}, {"BR", "pt"}, {"PL", "pl"}, {"TH", "th"}};
  const auto it = kLanguages.find(country);
  return it == kLanguages.end() ? "en" : std::string(it->second);
}

struct School {
  const char* code;
  const char* name;
  const char* name_zh;
};

// The schools a large university has beyond the demo's five.
constexpr School kMoreSchools[] = {
    {"SHSS", "School of Humanities and Social Sciences", "人文社会科学学院"},
    {"SEM", "School of Economics and Management", "经济管理学院"},
    {"SLAW", "School of Law", "法学院"},
    {"SFL", "School of Foreign Languages", "外国语学院"},
    {"SCS", "School of Computer Science", "计算机科学学院"},
    {"SEE", "School of Electronic Engineering", "电子工程学院"},
    {"SME", "School of Mechanical Engineering", "机械工程学院"},
    {"SMSE", "School of Materials Science and Engineering", "材料科学与工程学院"},
    {"SCHE", "School of Chemical Engineering", "化学工程学院"},
    {"SCEA", "School of Civil Engineering and Architecture", "土木建筑学院"},
    {"SENV", "School of Environment", "环境学院"},
    {"SMAT", "School of Mathematical Sciences", "数学科学学院"},
    {"SPHY", "School of Physics", "物理学院"},
    {"SCHM", "School of Chemistry", "化学学院"},
    {"SEAS", "School of Earth Sciences", "地球科学学院"},
    {"SPH", "School of Public Health", "公共卫生学院"},
    {"SPHA", "School of Pharmacy", "药学院"},
    {"SAGR", "School of Agriculture and Biotechnology", "农业与生物技术学院"},
    {"SEDU", "School of Education", "教育学院"},
    {"SART", "School of Arts and Archaeology", "艺术与考古学院"},
    {"SJC", "School of Journalism and Communication", "新闻传播学院"},
    {"SPA", "School of Public Affairs", "公共管理学院"},
    {"SIS", "School of International Studies", "国际关系学院"},
    {"OCE", "Ocean College", "海洋学院"},
    {"SAA", "School of Aeronautics and Astronautics", "航空航天学院"},
};

constexpr const char* kFields[] = {"0714", "0613", "0511", "0533", "0541", "0512", "0588",
                                   "0912", "0531", "0715", "0311", "0413", "0421", "0231",
                                   "0732", "0521", "0222", "0314", "0913", "0411"};

struct Course {
  const char* code;
  const char* title;
  const char* home_code;
  const char* home_title;
};
constexpr Course kCourses[] = {
    {"CS-301", "Algorithms and Complexity", "CS301", "算法与复杂性"},
    {"CS-342", "Machine Learning", "CS342", "机器学习"},
    {"CS-318", "Distributed Systems", "CS318", "分布式系统"},
    {"EE-305", "Signals and Systems", "EE305", "信号与系统"},
    {"ME-310", "Fluid Mechanics", "ME310", "流体力学"},
    {"BIO-301", "Molecular Cell Biology", "BIO301", "分子细胞生物学"},
    {"BIO-322", "Genomics", "BIO322", "基因组学"},
    {"CHE-310", "Biochemistry", "CHE310", "生物化学"},
    {"MA-320", "Real Analysis", "MA320", "实分析"},
    {"PH-330", "Quantum Mechanics", "PH330", "量子力学"},
    {"EC-301", "Intermediate Microeconomics", "EC301", "中级微观经济学"},
    {"EC-315", "Econometrics", "EC315", "计量经济学"},
    {"LAW-340", "International Trade Law", "LAW340", "国际贸易法"},
    {"ENV-302", "Climate Science", "ENV302", "气候科学"},
    {"LAN-101", "Language and Culture", "", ""},
};

// ISO instant at `minute` minutes past midnight UTC of `day` (days since 1970-01-01).
std::string instant(int day, int minute = 9 * 60) {
  return fmt::format("{}T{:02}:{:02}:00.000Z", domain::format_date(day), minute / 60 % 24,
                     minute % 60);
}

std::string lower(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == ' ' || c == '-' || c == '\'') continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// Writes in transactions of kBatch records.
class Batch {
 public:
  explicit Batch(store::Store& store) : store_(store) {}

  Result<store::Transaction*> tx() {
    if (!tx_) {
      auto begun = store_.begin(store::Access::write);
      if (!begun) return fail(begun.error());
      tx_ = std::move(*begun);
    }
    return tx_.get();
  }
  // Counts one record; commits when the batch is full.
  Status wrote() {
    if (++pending_ < kBatch) return {};
    return commit();
  }
  Status commit() {
    pending_ = 0;
    if (!tx_) return {};
    auto done = tx_->commit();
    tx_.reset();
    return done;
  }

 private:
  store::Store& store_;
  std::unique_ptr<store::Transaction> tx_;
  std::size_t pending_ = 0;
};

#define SEED_TRY(expr)                                     \
  do {                                                     \
    if (auto ok_ = (expr); !ok_) return fail(ok_.error()); \
  } while (false)

struct Partner {
  InstitutionId id;
  std::string country;
  std::string name;
  std::string domain;
};

// A cooperation condition usable in a year, with its agreement.
struct Seat {
  AgreementId agreement;
  std::int64_t condition = 0;
  std::size_t partner = 0;  // index into partners
  int seats = 0;
  std::vector<int> levels;
  domain::LanguageRequirement language;
};

struct Student {
  PersonId id;
  std::size_t school = 0;  // index into schools
  std::string email;
  std::string name;
};

class Builder {
 public:
  Builder(store::Store& store, const Clock& clock, const ScaleOptions& options, InstitutionId home,
          std::vector<OrgUnitId> schools, std::string officer)
      : batch_(store),
        random_(options.seed),
        people_(options.people),
        home_(home),
        schools_(std::move(schools)),
        officer_(std::move(officer)) {
    today_ = static_cast<int>(
        std::chrono::floor<std::chrono::days>(clock.now()).time_since_epoch().count());
    current_year_ = std::stoi(domain::academic_year_of(today_).substr(0, 4));
    first_year_ = current_year_ - (kYears - 2);
  }

  Result<ScaleReport> build(DemoReport demo) {
    report_.demo = std::move(demo);
    SEED_TRY(add_schools());
    SEED_TRY(choose_partners());
    SEED_TRY(add_people());
    SEED_TRY(add_agreements());
    SEED_TRY(add_programmes());
    SEED_TRY(add_calls_and_applications());
    SEED_TRY(add_incoming());
    SEED_TRY(add_staff_visits());
    SEED_TRY(add_scholars());
    SEED_TRY(batch_.commit());
    return std::move(report_);
  }

 private:
  int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random_); }
  std::size_t index(std::size_t size) {
    return std::uniform_int_distribution<std::size_t>(0, size - 1)(random_);
  }
  bool chance(int percent) { return pick(1, 100) <= percent; }
  template <typename T, std::size_t N>
  const T& any(const T (&items)[N]) {
    return items[index(N)];
  }
  std::string year_text(int first) const { return fmt::format("{}/{}", first, first + 1); }
  int day_of(int year, int month, int day) const {
    return *domain::parse_date(fmt::format("{:04}-{:02}-{:02}", year, month, day));
  }

  // Proportions: per 200,000 people.
  std::size_t per(std::size_t at_full) const { return at_full * people_ / 200'000; }

  Status add_schools() {
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    const std::size_t more = std::min(std::size(kMoreSchools), per(25));
    for (std::size_t i = 0; i < more; ++i) {
      domain::OrgUnit unit;
      unit.institution = home_;
      unit.code = kMoreSchools[i].code;
      unit.name = kMoreSchools[i].name;
      unit.name_zh = kMoreSchools[i].name_zh;
      SEED_TRY(domain::validate_and_normalize(unit));
      auto id = (*tx)->institutions().insert_org_unit(unit);
      if (!id) return fail(id.error());
      schools_.push_back(*id);
      ++report_.org_units;
    }
    return batch_.commit();
  }

  Status choose_partners() {
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto all = (*tx)->institutions().all();
    if (!all) return fail(all.error());
    std::map<std::string, std::vector<std::size_t>> by_country;
    for (std::size_t i = 0; i < all->size(); ++i) {
      const auto& in = (*all)[i];
      if (in.id == home_ || in.domains.empty()) continue;
      if (std::find(in.types.begin(), in.types.end(), domain::InstitutionType::education) ==
          in.types.end())
        continue;
      by_country[in.country].push_back(i);
    }
    int total = 0;
    for (const auto& w : kPartnerCountries) total += by_country.contains(w.country) ? w.weight : 0;
    if (total == 0) return fail(Error::not_found("the registry has no universities to partner"));
    // About four partners for every five agreements: some have several.
    const std::size_t wanted = std::max<std::size_t>(8, per(1200));
    std::set<std::size_t> taken;
    for (std::size_t tries = 0; partners_.size() < wanted && tries < wanted * 20; ++tries) {
      int at = pick(1, total);
      const CountryWeight* country = nullptr;
      for (const auto& w : kPartnerCountries) {
        if (!by_country.contains(w.country)) continue;
        at -= w.weight;
        if (at <= 0) {
          country = &w;
          break;
        }
      }
      const auto& candidates = by_country[country->country];
      const std::size_t i = candidates[index(candidates.size())];
      if (!taken.insert(i).second) continue;
      const auto& in = (*all)[i];
      partner_of_[in.id.value] = partners_.size();
      partners_.push_back({in.id, in.country, in.name, in.domains.front()});
    }
    report_.partners = partners_.size();
    return batch_.commit();
  }

  const CountryNames& names_of(std::string_view country) {
    for (const auto& n : kForeignNames) {
      if (country == n.country) return n;
    }
    return kForeignNames[std::size(kForeignNames) - 1];
  }

  Result<PersonId> insert_person(domain::Person p) {
    SEED_TRY(domain::validate_and_normalize(p));
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto id = (*tx)->people().insert(p);
    if (!id) return fail(id.error());
    ++report_.people;
    SEED_TRY(batch_.wrote());
    return *id;
  }

  // A partner's student or participant, born in the partner's country.
  Result<PersonId> partner_person(const Partner& partner, int level, std::string_view field,
                                  std::string& name) {
    const auto& n = names_of(partner.country);
    domain::Person p;
    p.family_name = n.family[index(n.family.size())];
    p.given_name = n.given[index(n.given.size())];
    p.email = fmt::format("{}.{}{}@{}", lower(p.given_name), lower(p.family_name), report_.people,
                          partner.domain);
    p.nationality = partner.country;
    p.home_institution = partner.id;
    p.level = level;
    p.year_of_study = pick(2, 3);
    p.field = std::string(field);
    p.date_of_birth = domain::format_date(today_ - pick(19 * 365, 27 * 365));
    const std::string own = teaching_language(partner.country);
    p.languages.push_back({"en", any(kCefr), "", ""});
    if (chance(30))
      p.languages.push_back({"zh", any(kCefrLow), fmt::format("HSK {}", pick(2, 5)), ""});
    if (own != "en") p.languages.push_back({own, "C2", "", ""});
    name = p.display_name();
    return insert_person(std::move(p));
  }

  static constexpr const char* kCefr[] = {"B2", "B2", "C1", "C1", "C2"};
  static constexpr const char* kCefrLow[] = {"A1", "A2", "B1", "B2"};

  Status add_people() {
    // Staff who travel, and the students who apply; partners' people come with their stays.
    const std::size_t staff = per(8'000), students = per(152'000);
    for (std::size_t i = 0; i < staff + students; ++i) {
      const bool is_staff = i < staff;
      const auto& family = any(kFamilyNames);
      const auto& first = any(kGivenSyllables);
      domain::Person p;
      p.kind = is_staff ? domain::PersonKind::staff : domain::PersonKind::student;
      p.family_name = family.pinyin;
      p.given_name = first.pinyin;
      p.name_zh = std::string(family.zh) + first.zh;
      if (chance(70)) {
        const auto& second = any(kGivenSyllables);
        p.given_name += lower(second.pinyin);
        p.name_zh += second.zh;
      }
      p.email = fmt::format("{}.{}{}@westlake.edu.cn", lower(p.given_name), lower(family.pinyin),
                            report_.people);
      p.nationality = chance(97) ? "CN" : any(kPartnerCountries).country;
      p.home_institution = home_;
      const std::size_t school = index(schools_.size());
      p.org_unit = schools_[school];
      p.field = any(kFields);
      if (is_staff) {
        static constexpr const char* kPositions[] = {"Lecturer", "Associate Professor", "Professor",
                                                     "Research Fellow", "Programme Officer"};
        p.position = any(kPositions);
        p.languages.push_back({"en", "C1", "", ""});
      } else {
        p.level = chance(65) ? 6 : (chance(80) ? 7 : 8);
        p.year_of_study = pick(1, *p.level == 6 ? 4 : 3);
        p.gpa = pick(700, 980) / 10.0;
        p.gpa_scale = "cn100";
        p.date_of_birth = domain::format_date(today_ - pick(18 * 365, 28 * 365));
        // Half of them have graduated, in one of the past years (the registrar's list,
        // imported): drawn from a generator of its own, so the rest of the seed is as it was.
        if (std::uniform_int_distribution<int>(1, 100)(graduations_) <= 50) {
          const int year =
              std::uniform_int_distribution<int>(first_year_, current_year_ - 1)(graduations_);
          p.graduated_in = fmt::format("{}/{}", year, year + 1);
        }
        static constexpr const char* kTests[] = {"IELTS 6.0", "IELTS 6.5", "TOEFL 95", "CET-6 560",
                                                 "IELTS 7.0", "TOEFL 105", "IELTS 8.0"};
        static constexpr const char* kLevels[] = {"B1", "B2", "B2", "B2", "C1", "C1", "C2"};
        const std::size_t l = index(std::size(kTests));
        p.languages.push_back({"en", kLevels[l], kTests[l], ""});
        if (chance(8)) {
          static constexpr const char* kOther[] = {"de", "fr", "ja", "ko", "it", "es", "ru"};
          p.languages.push_back({any(kOther), any(kCefrLow), "", ""});
        }
      }
      std::string email = p.email, name = p.display_name();
      auto id = insert_person(std::move(p));
      if (!id) return fail(id.error());
      (is_staff ? staff_ : students_).push_back({*id, school, std::move(email), std::move(name)});
      if (!is_staff) by_school_[school].push_back(students_.size() - 1);
    }
    return {};
  }

  // The stored statuses moved through on the way to `to` (docs/agreements.md).
  static std::vector<AgreementStatus> path_to(AgreementStatus to) {
    using S = AgreementStatus;
    switch (to) {
      case S::negotiation:
        return {S::negotiation};
      case S::signed_:
        return {S::negotiation, S::signed_};
      case S::active:
        return {S::negotiation, S::signed_, S::active};
      case S::terminated:
        return {S::negotiation, S::signed_, S::active, S::terminated};
      case S::renewed:
        return {S::negotiation, S::signed_, S::active, S::renewed};
      default:
        return {};
    }
  }

  AgreementStatus agreement_status(int start) {
    using S = AgreementStatus;
    if (start > today_) return chance(40) ? S::negotiation : (chance(50) ? S::draft : S::signed_);
    const int p = pick(1, 100);
    if (p <= 80) return S::active;
    if (p <= 86) return S::renewed;
    if (p <= 90) return S::terminated;
    if (p <= 95) return S::negotiation;
    return S::draft;
  }

  Status add_agreements() {
    const std::size_t count = std::max<std::size_t>(10, per(1'500));
    static constexpr const char* kSignatories[] = {"President", "Vice-President",
                                                   "Vice-Rector for International Affairs",
                                                   "Provost", "Dean of International Affairs"};
    for (std::size_t i = 0; i < count; ++i) {
      const std::size_t partner_index = i < partners_.size() ? i : index(partners_.size());
      const auto& partner = partners_[partner_index];
      // Agreements begin over the ten years, and a few are still being negotiated.
      const int start = today_ - pick(0, kYears * 365 - 400) + (chance(5) ? pick(30, 200) : 0);
      const int years = chance(75) ? 5 : pick(3, 4);
      const int end = start + years * 365;
      const auto status = agreement_status(start);
      domain::Agreement a;
      a.code = fmt::format("WU-{}-{}-{:04}", partner.country,
                           domain::format_date(start).substr(0, 4), i + 1);
      a.title = fmt::format("Westlake University – {}: {}", partner.name,
                            chance(80) ? "student and staff exchange" : "cooperation");
      a.kinds = {AgreementKind::student_exchange};
      if (chance(60)) a.kinds.push_back(AgreementKind::staff_exchange);
      if (chance(15)) a.kinds.push_back(AgreementKind::joint_research);
      if (chance(10)) a.kinds.push_back(AgreementKind::summer_programme);
      a.start_date = domain::format_date(start);
      a.end_date = domain::format_date(end);
      a.auto_renewal = chance(30);
      a.tags = {lower(partner.country)};
      domain::Party ours;
      ours.institution = home_;
      ours.is_home = true;
      if (chance(40)) ours.org_unit = schools_[index(schools_.size())];
      const auto& contact_name = any(kFamilyNames);
      ours.contact = {fmt::format("{} {} {}{}", contact_name.pinyin, any(kGivenSyllables).pinyin,
                                  contact_name.zh, any(kGivenSyllables).zh),
                      "international@westlake.edu.cn", "+86 571 8538 0000", ""};
      ours.signatory = {"Shi Yigong 施一公", "", "", "President"};
      domain::Party theirs;
      theirs.institution = partner.id;
      const auto& n = names_of(partner.country);
      theirs.contact = {fmt::format("{} {}", n.given[index(8)], n.family[index(8)]),
                        fmt::format("international@{}", partner.domain), "", ""};
      theirs.signatory = {fmt::format("{} {}", n.given[index(8)], n.family[index(8)]), "", "",
                          any(kSignatories)};
      if (status != AgreementStatus::draft && status != AgreementStatus::negotiation) {
        ours.signed_on = domain::format_date(start - pick(20, 60));
        theirs.signed_on = domain::format_date(start - pick(10, 50));
      }
      a.parties = {ours, theirs};
      const std::string language = teaching_language(partner.country);
      for (const bool outgoing : {true, false}) {
        domain::CooperationCondition c;
        c.sending = outgoing ? home_ : partner.id;
        c.receiving = outgoing ? partner.id : home_;
        c.mobility_type = MobilityType::student_studies;
        c.first_academic_year = domain::academic_year_of(start);
        c.last_academic_year = domain::academic_year_of(end - 1);
        c.eqf_levels = chance(70) ? std::vector<int>{6, 7} : std::vector<int>{6, 7, 8};
        c.seats_per_year = pick(2, 8);
        c.months_per_seat = 5.0;
        c.languages.push_back({outgoing ? (chance(70) ? "en" : language) : "en", "B2"});
        if (chance(30)) c.isced = any(kFields);
        a.conditions.push_back(std::move(c));
      }
      if (std::find(a.kinds.begin(), a.kinds.end(), AgreementKind::staff_exchange) !=
          a.kinds.end()) {
        domain::CooperationCondition c;
        c.sending = home_;
        c.receiving = partner.id;
        c.mobility_type = MobilityType::staff_teaching;
        c.first_academic_year = domain::academic_year_of(start);
        c.last_academic_year = domain::academic_year_of(end - 1);
        c.seats_per_year = pick(1, 3);
        c.total_days_per_year = 5 * c.seats_per_year;
        a.conditions.push_back(std::move(c));
      }
      SEED_TRY(domain::validate_and_normalize(a));
      auto tx = batch_.tx();
      if (!tx) return fail(tx.error());
      auto& repo = (*tx)->agreements();
      auto id = repo.insert(a);
      if (!id) return fail(id.error());
      int version = 1, at = start - pick(120, 240);
      auto from = AgreementStatus::draft;
      for (const auto to : path_to(status)) {
        at = std::min(to == AgreementStatus::terminated || to == AgreementStatus::renewed
                          ? std::max(at + 30, std::min(end, today_) - pick(0, 200))
                          : at + pick(10, 60),
                      today_);
        const std::string reason =
            to == AgreementStatus::terminated ? "The partner closed its exchange programme." : "";
        SEED_TRY(repo.change_status(*id, version++, {instant(at), officer_, from, to, reason}));
        from = to;
      }
      ++report_.agreements;
      SEED_TRY(batch_.wrote());
      if (status == AgreementStatus::draft || status == AgreementStatus::negotiation) continue;
      auto stored = repo.get(*id);
      if (!stored) return fail(stored.error());
      for (const auto& c : stored->conditions) {
        Seat seat{*id, c.id, partner_index, c.seats_per_year, c.eqf_levels, {}};
        if (!c.languages.empty()) seat.language = c.languages.front();
        const int first = std::stoi(c.first_academic_year.substr(0, 4));
        const int last = std::min(std::stoi(c.last_academic_year.substr(0, 4)),
                                  status == AgreementStatus::terminated
                                      ? std::stoi(domain::academic_year_of(today_).substr(0, 4))
                                      : 9999);
        for (int y = std::max(first, first_year_); y <= last && y < first_year_ + kYears; ++y) {
          if (c.mobility_type == MobilityType::staff_teaching) {
            staff_seats_[y].push_back(seat);
          } else if (c.sending == home_) {
            outgoing_seats_[y].push_back(seat);
          } else {
            incoming_seats_[y].push_back(seat);
          }
        }
      }
    }
    return batch_.commit();
  }

  Status add_programmes() {
    using K = domain::ProgrammeKind;
    struct Kind {
      K kind;
      const char* code;
      const char* name;
      const char* name_zh;
    };
    static constexpr Kind kKinds[] = {
        {K::semester_exchange, "SEM", "Semester exchange", "学期交换项目"},
        {K::year_exchange, "YEAR", "Year abroad", "学年交换项目"},
        {K::summer_school, "SUMMER", "International summer school", "国际暑期学校"},
        {K::winter_school, "WINTER", "Winter school", "冬季学校"},
        {K::research_visit, "RES", "Research visit", "科研访问项目"},
        {K::internship, "INTERN", "International internship", "国际实习项目"},
        {K::staff_exchange, "STAFF", "Staff exchange", "教职工交流项目"},
    };
    const std::size_t count = std::max<std::size_t>(3, per(28));
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    for (std::size_t i = 0; i < count; ++i) {
      const auto& k = kKinds[i % std::size(kKinds)];
      const std::size_t round = i / std::size(kKinds) + 1;
      domain::Programme p;
      p.code = fmt::format("WU-{}-{}", k.code, round);
      p.name = fmt::format("{} {}", k.name, round);
      p.name_zh = fmt::format("{}{}", k.name_zh, round);
      p.kind = k.kind;
      p.language = "en";
      p.description = fmt::format("{} of Westlake University, round {}.", k.name, round);
      p.description_zh = fmt::format("西湖大学{}（第{}期）。", k.name_zh, round);
      p.published = chance(80);
      if (k.kind == K::summer_school || k.kind == K::winter_school) {
        p.hosts = {home_};
      } else {
        for (int h = 0; h < 5; ++h) p.hosts.push_back(partners_[index(partners_.size())].id);
      }
      if (k.kind == K::summer_school) {
        p.fee = {"1500.00", "USD"};
        p.capacity = pick(40, 120);
        domain::Scholarship s;
        s.code = fmt::format("WU-SUMMER-{}", round);
        s.name = "Westlake summer scholarship";
        s.name_zh = "西湖大学暑期奖学金";
        s.sponsor = "Westlake University Education Foundation";
        s.amount = {"1500.00", "USD"};
        s.eligibility = "Students of partner universities";
        s.eligibility_zh = "合作高校学生";
        p.scholarships.push_back(std::move(s));
      }
      SEED_TRY(domain::validate_and_normalize(p));
      auto id = (*tx)->programmes().insert(p);
      if (!id) return fail(id.error());
      p.id = *id;
      if (k.kind == K::semester_exchange && !exchange_) exchange_ = *id;
      if (k.kind == K::summer_school) summer_.push_back(p);
      ++report_.programmes;
    }
    return batch_.commit();
  }

  // The stay's status by its dates, and the history that led there.
  void live(domain::Mobility& m, int start, int end, std::string_view first_reason) {
    const auto step = [&](MobilityStatus to, int day, std::string reason = "") {
      m.history.push_back({instant(std::min(day, today_), pick(8 * 60, 17 * 60)), officer_,
                           m.history.empty() ? "" : std::string(domain::to_string(m.status)),
                           std::string(domain::to_string(to)), std::move(reason)});
      m.status = to;
    };
    m.planned_start = domain::format_date(start);
    m.planned_end = domain::format_date(end);
    m.academic_year = domain::academic_year_of(start);
    const int decided = start - pick(90, 150);
    if (m.status == MobilityStatus::nominated) {
      step(MobilityStatus::nominated, decided - pick(5, 30), std::string(first_reason));
      m.nomination.nominated_at = m.history.back().at;
      m.nomination.nominated_by = officer_;
      if (decided > today_) return;  // the host has not decided yet
      m.nomination.decision = domain::NominationDecision::accepted;
      m.nomination.decided_at = instant(decided);
      m.nomination.decided_by = officer_;
      if (chance(3)) {
        m.nomination.decision = domain::NominationDecision::rejected;
        m.nomination.reason = "The host has no places left in the requested department.";
        step(MobilityStatus::cancelled, decided, m.nomination.reason);
        m.cancel_reason = m.nomination.reason;
        return;
      }
      step(MobilityStatus::accepted, decided, "accepted by the host");
    } else {
      step(MobilityStatus::accepted, decided, std::string(first_reason));
    }
    if (start - 60 > today_) return;
    if (chance(2)) {
      m.cancel_reason = "Withdrawn by the participant for personal reasons.";
      step(MobilityStatus::cancelled, start - pick(10, 60), m.cancel_reason);
      return;
    }
    step(MobilityStatus::preparing, start - 60);
    if (start > today_) return;
    const int arrived = start + pick(0, 3);
    m.actual_start = domain::format_date(std::min(arrived, today_));
    step(MobilityStatus::abroad, arrived);
    if (end >= today_) return;
    const int left = std::max(arrived, end - pick(0, 2));
    m.actual_end = domain::format_date(left);
    step(MobilityStatus::completed, left);
  }

  Result<MobilityId> insert_stay(domain::Mobility m) {
    SEED_TRY(domain::validate_and_normalize(m));
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto id = (*tx)->mobilities().insert(m);
    if (!id) return fail(id.error());
    ++report_.mobilities;
    SEED_TRY(batch_.wrote());
    return *id;
  }

  // The term's dates in academic year `first`.
  std::pair<int, int> term_dates(int first, std::string_view term) const {
    if (term == "spring") return {day_of(first + 1, 2, 20), day_of(first + 1, 7, 5)};
    if (term == "summer") return {day_of(first + 1, 7, 6), day_of(first + 1, 7, 31)};
    return {day_of(first, 9, 1), day_of(first + 1, 1, 20)};
  }

  Status add_calls_and_applications() {
    static constexpr const char* kTerms[] = {"autumn", "spring", "summer"};
    // The university's calls, and at full scale five schools' own.
    const std::size_t units = std::clamp<std::size_t>(per(6), 1, 6);
    struct Planned {
      domain::Call call;
      int opens = 0, closes = 0;
      std::optional<std::size_t> school;
    };
    std::vector<Planned> planned;
    for (int y = first_year_; y < first_year_ + kYears; ++y) {
      for (const char* term : kTerms) {
        for (std::size_t unit = 0; unit < units; ++unit) {
          const auto& seats = outgoing_seats_[y];
          if (seats.empty()) continue;
          Planned p;
          auto& c = p.call;
          const std::string t = term;
          p.opens = t == "autumn"   ? day_of(y, 1, 6)
                    : t == "spring" ? day_of(y, 9, 10)
                                    : day_of(y + 1, 3, 1);
          p.closes = p.opens + (t == "summer" ? 45 : 68);
          c.code = fmt::format("WU-{}-{}{}", y,
                               t == "autumn"   ? "AUT"
                               : t == "spring" ? "SPR"
                                               : "SUM",
                               unit == 0 ? "" : fmt::format("-{}", unit));
          if (unit > 0) {
            p.school = unit - 1;
            c.org_unit = schools_[unit - 1];
          }
          c.title = fmt::format("{} exchange {}{}", t == "summer" ? "Summer" : "Semester",
                                year_text(y), unit == 0 ? "" : fmt::format(" (school {})", unit));
          c.title_zh = fmt::format("{}学年{}交换项目", year_text(y),
                                   t == "autumn"   ? "秋季"
                                   : t == "spring" ? "春季"
                                                   : "暑期");
          c.academic_year = year_text(y);
          c.term = t;
          c.opens_at = fmt::format("{}T09:00:00+08:00", domain::format_date(p.opens));
          c.closes_at = fmt::format("{}T17:00:00+08:00", domain::format_date(p.closes));
          c.time_zone = "Asia/Shanghai";
          c.eligibility.levels = {6, 7};
          c.eligibility.min_gpa = 75;
          c.eligibility.gpa_scale = "cn100";
          c.max_preferences = 3;
          // Up to forty of the year's partner seats.
          std::vector<std::size_t> order(seats.size());
          std::iota(order.begin(), order.end(), 0);
          std::shuffle(order.begin(), order.end(), random_);
          order.resize(std::min<std::size_t>(order.size(), 40));
          std::int64_t next = 1;
          for (const auto k : order) {
            const auto& s = seats[k];
            domain::Offer o;
            o.id = next++;
            o.agreement = s.agreement;
            o.condition = s.condition;
            o.programme = exchange_;
            o.host = partners_[s.partner].id;
            o.seats = std::min(s.seats, 3);
            o.title = partners_[s.partner].name;
            o.eligibility.levels = s.levels;
            o.eligibility.language = s.language.language;
            o.eligibility.min_cefr = s.language.cefr;
            c.offers.push_back(std::move(o));
          }
          planned.push_back(std::move(p));
        }
      }
    }
    std::size_t opened = 0, closed = 0;
    for (const auto& p : planned) {
      opened += p.opens <= today_;
      closed += p.closes < today_;
    }
    const std::size_t applications = per(500'000), exchanges = per(45'000);
    const std::size_t per_call = opened ? applications / opened : 0;
    const std::size_t confirmed_per_call = closed ? exchanges / closed : 0;
    for (auto& p : planned) {
      SEED_TRY(domain::validate_and_normalize(p.call));
      auto tx = batch_.tx();
      if (!tx) return fail(tx.error());
      auto id = (*tx)->calls().insert(p.call);
      if (!id) return fail(id.error());
      p.call.id = *id;
      ++report_.calls;
      SEED_TRY(batch_.wrote());
      if (p.opens > today_) continue;
      SEED_TRY(apply(p.call, p.opens, p.closes, p.school, per_call, confirmed_per_call));
    }
    return {};
  }

  // The outgoing stay at the application's first preference, as the call's nomination left it.
  domain::Mobility outgoing_stay(const domain::Call& call, const Student& student,
                                 const domain::Application& a, int start, int end) {
    const auto* offer = call.offer(a.preferences.front());
    domain::Mobility m;
    m.person = student.id;
    m.direction = Direction::outgoing;
    m.type = MobilityType::student_studies;
    m.sending = home_;
    m.receiving = offer->host;
    m.org_unit = a.org_unit;
    m.agreement = offer->agreement;
    m.condition = offer->condition;
    m.programme = offer->programme;
    m.call = call.id;
    m.credits_planned = call.term == "summer" ? 6 : 30;
    if (chance(35)) {
      m.funding.push_back({"csc", "", "China Scholarship Council", {"60000.00", "CNY"}});
    } else {
      m.funding.push_back({"home", "", "Westlake University", {"15000.00", "CNY"}});
    }
    m.status = MobilityStatus::nominated;
    live(m, start, end, "nominated from the call");
    // Credits of stays that ended a year ago have been recognised.
    if (m.status == MobilityStatus::completed && end + 365 < today_ && chance(85)) {
      m.history.push_back({instant(end + pick(60, 120)), officer_, "completed", "recognised", ""});
      m.status = MobilityStatus::recognised;
    }
    return m;
  }

  // Applicants from the call's school (or the whole university), each once.
  Status apply(const domain::Call& call, int opens, int closes, std::optional<std::size_t> school,
               std::size_t count, std::size_t confirmed) {
    static const std::vector<std::size_t> kNone;
    std::vector<std::size_t> everyone;
    const std::vector<std::size_t>* pool = &kNone;
    if (school) {
      pool = &by_school_[*school];
    } else {
      everyone.resize(students_.size());
      std::iota(everyone.begin(), everyone.end(), 0);
      pool = &everyone;
    }
    if (pool->empty()) return {};
    count = std::min(count, pool->size());
    // A stride coprime to the pool's size visits each applicant at most once.
    std::size_t stride = 1 + index(pool->size());
    while (std::gcd(stride, pool->size()) != 1) ++stride;
    std::size_t at = index(pool->size());
    const bool is_closed = closes < today_;
    const auto [start, end] = term_dates(std::stoi(call.academic_year.substr(0, 4)), call.term);
    for (std::size_t i = 0; i < count; ++i, at = (at + stride) % pool->size()) {
      const Student& student = students_[(*pool)[at]];
      domain::Application a;
      a.call = call.id;
      a.person = student.id;
      a.org_unit = schools_[student.school];
      const int created = std::min(opens + pick(0, closes - opens), today_);
      a.created_at = instant(created, pick(8 * 60, 22 * 60));
      a.history.push_back({a.created_at, student.email, "", "draft", ""});
      std::vector<std::int64_t> offers;
      const int wanted = pick(1, call.max_preferences);
      for (int k = 0; k < wanted * 2 && static_cast<int>(offers.size()) < wanted; ++k) {
        const auto o = call.offers[index(call.offers.size())].id;
        if (std::find(offers.begin(), offers.end(), o) == offers.end()) offers.push_back(o);
      }
      a.preferences = offers;
      a.motivation =
          "I want to study where my field is strongest and bring what I learn back to Westlake.";
      auto status = ApplicationStatus::draft;
      const bool is_confirmed = is_closed && i < confirmed;
      // The stay a confirmed application became; a nomination the host has not decided
      // leaves the application nominated, one it refused leaves it rejected.
      domain::Mobility m;
      if (is_confirmed) {
        m = outgoing_stay(call, student, a, start, end);
        status = m.status == MobilityStatus::nominated ? ApplicationStatus::nominated
                 : m.nomination.decision == domain::NominationDecision::rejected
                     ? ApplicationStatus::rejected
                     : ApplicationStatus::confirmed;
      } else if (is_closed) {
        static constexpr ApplicationStatus kEnds[] = {
            ApplicationStatus::ineligible, ApplicationStatus::ineligible,
            ApplicationStatus::unplaced,   ApplicationStatus::unplaced,
            ApplicationStatus::unplaced,   ApplicationStatus::waitlisted,
            ApplicationStatus::rejected,   ApplicationStatus::withdrawn};
        status = any(kEnds);
      } else {
        static constexpr ApplicationStatus kOpen[] = {
            ApplicationStatus::draft, ApplicationStatus::submitted, ApplicationStatus::submitted,
            ApplicationStatus::eligible, ApplicationStatus::eligible};
        status = any(kOpen);
      }
      std::string moved = a.created_at;
      const auto step = [&](ApplicationStatus to, std::string reason = "",
                            const std::string& actor = "") {
        a.history.push_back({moved, actor.empty() ? officer_ : actor,
                             std::string(domain::to_string(a.status)),
                             std::string(domain::to_string(to)), std::move(reason)});
        a.status = to;
      };
      if (status != ApplicationStatus::draft) {
        a.submit_started_at = a.submitted_at = instant(created, pick(8 * 60, 23 * 60));
        moved = a.submitted_at;
        step(ApplicationStatus::submitted, "", student.email);
        const bool eligible = status != ApplicationStatus::ineligible;
        for (const auto o : a.preferences) {
          domain::Verdict v;
          v.offer = o;
          if (!eligible && o == a.preferences.front()) {
            v.eligible = false;
            v.code = "gpa";
            v.reason = "a GPA of at least 75 on cn100 is required";
          }
          a.verdicts.push_back(std::move(v));
        }
        if (status != ApplicationStatus::submitted) {
          step(eligible ? ApplicationStatus::eligible : ApplicationStatus::ineligible);
        }
        if (eligible && is_closed) {
          a.interview_score = pick(50, 98);
          a.motivation_score = pick(50, 98);
          a.scored_by = officer_;
          a.score = pick(6000, 9700) / 100.0;
          moved = instant(closes + pick(5, 20));
          if (status == ApplicationStatus::withdrawn) {
            step(ApplicationStatus::withdrawn, "withdrawn by the applicant", student.email);
          } else if (status == ApplicationStatus::unplaced ||
                     status == ApplicationStatus::waitlisted) {
            step(status, "placement");
          } else {
            step(ApplicationStatus::placed, "placement");
            step(ApplicationStatus::nominated);
            if (status != ApplicationStatus::nominated) {
              moved = is_confirmed ? m.nomination.decided_at : instant(closes + pick(40, 80));
              step(status == ApplicationStatus::rejected ? ApplicationStatus::rejected
                                                         : ApplicationStatus::accepted);
              if (status == ApplicationStatus::confirmed) step(ApplicationStatus::confirmed);
            }
          }
        }
      }
      a.updated_at = a.history.back().at;
      auto tx = batch_.tx();
      if (!tx) return fail(tx.error());
      auto id = (*tx)->applications().insert(a);
      if (!id) return fail(id.error());
      ++report_.applications;
      SEED_TRY(batch_.wrote());
      if (!is_confirmed) continue;
      m.application = *id;
      const auto status_now = m.status;
      const auto receiving = m.receiving;
      auto stay = insert_stay(std::move(m));
      if (!stay) return fail(stay.error());
      if (status_now != MobilityStatus::cancelled && status_now != MobilityStatus::nominated) {
        const Partner& host = partners_[partner_of_.at(receiving.value)];
        SEED_TRY(learning_agreement(*stay, student, host, start, end, status_now));
      }
    }
    return {};
  }

  // The approved learning agreement of an outgoing stay; results and recognition once the
  // stay is over.
  Status learning_agreement(MobilityId stay, const Student& student, const Partner& partner,
                            int start, int end, MobilityStatus status) {
    domain::LearningAgreementRecord r;
    r.mobility = stay.value;
    domain::LaVersion v;
    v.number = 1;
    v.proposed_by = student.email;
    v.proposed_at = instant(start - pick(60, 100));
    const int courses = pick(3, 5);
    std::set<std::size_t> chosen;
    while (static_cast<int>(chosen.size()) < courses) chosen.insert(index(std::size(kCourses)));
    for (const auto k : chosen) {
      const auto& c = kCourses[k];
      domain::LaComponent component;
      component.host = {c.code, c.title, chance(70) ? 6.0 : 7.5, "ects"};
      component.home = {c.home_code, c.home_title, component.host.credits / 1.5, "cn"};
      if (!*c.home_code) component.home = {};
      component.term = "autumn";
      v.components.push_back(std::move(component));
    }
    v.sha256 = crypto::sha256_hex(service::canonical_text(r.mobility, v));
    v.state = "approved";
    int day = start - pick(40, 59);
    v.approvals.push_back(
        {"student", student.email, student.name, "student", instant(day), v.sha256});
    v.approvals.push_back({"sending", officer_, "International Office", "officer",
                           instant(day + pick(1, 5)), v.sha256});
    v.approvals.push_back({"receiving", fmt::format("international@{}", partner.domain),
                           "International Office", "partner", instant(day + pick(6, 14)),
                           v.sha256});
    r.versions.push_back(std::move(v));
    if (status == MobilityStatus::completed || status == MobilityStatus::recognised) {
      static constexpr const char* kGrades[] = {"A", "A", "B", "B", "B", "C"};
      for (const auto& c : r.versions.front().components) {
        r.transcript.push_back({c.host.code, c.host.title, c.host.credits, any(kGrades), "ects",
                                domain::format_date(end - 10), true, "partner", officer_,
                                instant(end + pick(20, 60))});
      }
    }
    if (status == MobilityStatus::recognised) {
      for (const auto& c : r.versions.front().components) {
        if (c.home.code.empty()) continue;
        domain::RecognitionEntry e;
        e.home_code = c.home.code;
        e.home_title = c.home.title;
        e.home_credits = c.home.credits;
        e.host_codes = {c.host.code};
        for (const auto& t : r.transcript) {
          if (t.code == c.host.code) e.host_grade = t.grade;
        }
        e.host_scale = "ects";
        e.converted_grade = e.host_grade == "A" ? "95" : e.host_grade == "B" ? "85" : "75";
        e.home_scale = "cn100";
        e.method = "egracons-table";
        e.source = "partner";
        r.recognition.push_back(std::move(e));
      }
      r.recognised_at = instant(end + pick(60, 120));
      r.recognised_by = officer_;
    }
    auto tx = batch_.tx();
    if (!tx) return fail(tx.error());
    auto id = (*tx)->learning_agreements().insert(r);
    if (!id) return fail(id.error());
    ++report_.learning_agreements;
    return batch_.wrote();
  }

  // Partners' students nominated to study at Westlake, and summer school participants.
  Status add_incoming() {
    const std::size_t students = per(35'000), summer = per(5'000);
    for (std::size_t i = 0; i < students + summer; ++i) {
      const bool is_summer = i >= students;
      const int y = first_year_ + static_cast<int>(i % kYears);
      const auto& seats = incoming_seats_[y];
      if (seats.empty()) continue;
      const Seat& seat = seats[index(seats.size())];
      const Partner& partner = partners_[seat.partner];
      std::string name;
      auto person =
          partner_person(partner, is_summer ? 6 : (chance(80) ? 6 : 7), any(kFields), name);
      if (!person) return fail(person.error());
      domain::Mobility m;
      m.person = *person;
      m.direction = Direction::incoming;
      m.type = is_summer ? MobilityType::summer_programme : MobilityType::student_studies;
      m.sending = partner.id;
      m.receiving = home_;
      m.org_unit = schools_[index(schools_.size())];
      m.agreement = seat.agreement;
      if (!is_summer) m.condition = seat.condition;
      const char* term = is_summer ? "summer" : (chance(60) ? "autumn" : "spring");
      const auto [start, end] = term_dates(y, term);
      if (is_summer && !summer_.empty()) {
        const auto& programme = summer_[index(summer_.size())];
        m.programme = programme.id;
        m.credits_planned = 6;
        if (chance(30)) {
          const auto& s = programme.scholarships.front();
          m.funding.push_back({"scholarship", s.code, s.sponsor, s.amount});
        } else {
          m.funding.push_back({"self", "", "", {}});
        }
      } else {
        m.credits_planned = 30;
      }
      m.status = MobilityStatus::nominated;
      live(m, start, end, "nominated by the sending institution");
      SEED_TRY(insert_stay(std::move(m)));
      ++report_.nominations;
    }
    return {};
  }

  // Westlake staff who teach or train at partners.
  Status add_staff_visits() {
    if (staff_.empty()) return {};
    const std::size_t visits = per(15'000);
    for (std::size_t i = 0; i < visits; ++i) {
      const int y = first_year_ + static_cast<int>(i % kYears);
      const auto& seats = staff_seats_[y].empty() ? outgoing_seats_[y] : staff_seats_[y];
      if (seats.empty()) continue;
      const Seat& seat = seats[index(seats.size())];
      const Student& who = staff_[index(staff_.size())];
      domain::Mobility m;
      m.person = who.id;
      m.direction = Direction::outgoing;
      m.type = chance(60)
                   ? MobilityType::staff_teaching
                   : (chance(50) ? MobilityType::staff_training : MobilityType::research_visit);
      m.sending = home_;
      m.receiving = partners_[seat.partner].id;
      m.org_unit = schools_[who.school];
      m.agreement = seat.agreement;
      if (!staff_seats_[y].empty() && m.type == MobilityType::staff_teaching)
        m.condition = seat.condition;
      const int start = day_of(y, 9, 15) + pick(0, 280);
      const int end = start + (m.type == MobilityType::research_visit ? pick(30, 90) : pick(5, 14));
      m.funding.push_back({"home", "", "Westlake University", {"12000.00", "CNY"}});
      live(m, start, end, "recorded by the international office");
      SEED_TRY(insert_stay(std::move(m)));
    }
    return {};
  }

  // The scholar case file of ten years: faculty recruited for years, visiting scholars for a
  // term or two, faculty exchange, mostly coming in; those whose stay runs today with their
  // arrival registered and permits filed in time, one in fifty with a move not yet registered
  // (an overdue clock), the past ones closed and the coming ones still being prepared.
  Status add_scholars() {
    using domain::scholars::CaseKind;
    using domain::scholars::CaseStatus;
    const std::size_t cases = per(3'000);
    for (std::size_t i = 0; i < cases && !partners_.empty(); ++i) {
      const Partner& partner = partners_[index(partners_.size())];
      domain::scholars::ScholarCase c;
      const int roll = pick(1, 100);
      c.kind =
          roll <= 25 ? CaseKind::faculty : (roll <= 80 ? CaseKind::visiting : CaseKind::exchange);
      c.direction =
          c.kind != CaseKind::faculty && chance(25) ? Direction::outgoing : Direction::incoming;
      const std::size_t school = index(schools_.size());
      c.host_unit = schools_[school];
      c.partner = partner.id;
      c.position = c.kind == CaseKind::faculty ? "Assistant Professor" : "Visiting Professor";
      const int y = first_year_ + static_cast<int>(i % kYears);
      const int start = day_of(y, 8, 20) + pick(0, 330);
      const int end =
          start + (c.kind == CaseKind::faculty ? pick(3 * 365, 6 * 365) : pick(30, 330));
      c.planned_start = domain::format_date(start);
      c.planned_end = domain::format_date(end);
      const bool in = c.direction == Direction::incoming;
      std::vector<CaseStatus> path{CaseStatus::requested};
      if (start <= today_) {
        path.insert(path.end(), {CaseStatus::screening, CaseStatus::approved,
                                 CaseStatus::permit_visa, CaseStatus::arrived});
        if (in) path.push_back(CaseStatus::registered);
        path.push_back(CaseStatus::active);
        if (end < today_) path.insert(path.end(), {CaseStatus::departed, CaseStatus::closed});
      } else if (start - today_ < 60) {
        path.insert(path.end(),
                    {CaseStatus::screening, CaseStatus::approved, CaseStatus::permit_visa});
      }
      c.status = path.back();
      for (std::size_t k = 0; k < path.size(); ++k) {
        c.history.push_back({instant(std::min(today_, start - 90 + static_cast<int>(k) * 10)),
                             officer_,
                             k ? std::string(domain::scholars::to_string(path[k - 1])) : "",
                             std::string(domain::scholars::to_string(path[k])), ""});
      }
      if (in && start <= today_) {
        c.events.push_back({1, domain::scholars::EventKind::entry,
                            domain::format_date(start) + "T14:00:00+08:00",
                            domain::format_date(start + 1) + "T10:00:00+08:00", "Arrival"});
        if (end - start > 180) {
          c.residence_permit = {fmt::format("RP{:08d}", i),      "",
                                domain::format_date(start + 14), domain::format_date(start + 25),
                                domain::format_date(end),        ""};
        }
        if (c.kind == CaseKind::faculty) {
          c.work_permit = {fmt::format("WP{:08d}", i),      chance(30) ? "A" : "B",
                           domain::format_date(start - 60), domain::format_date(start - 40),
                           domain::format_date(end),        ""};
        }
        if (end >= today_ && today_ - start > 10 && chance(2)) {
          c.events.push_back({2, domain::scholars::EventKind::move,
                              domain::format_date(today_ - 3) + "T18:00:00+08:00", "",
                              "Moved flat"});
        }
      }
      domain::Person p;
      const auto& n = names_of(in ? partner.country : "CN");
      p.kind = domain::PersonKind::staff;
      p.family_name = n.family[index(n.family.size())];
      p.given_name = n.given[index(n.given.size())];
      p.email = fmt::format("{}.{}.scholar{}@{}", lower(p.given_name), lower(p.family_name), i,
                            in ? partner.domain : "westlake.edu.cn");
      p.nationality = in ? partner.country : "CN";
      p.home_institution = in ? partner.id : home_;
      p.org_unit = c.host_unit;
      p.position = c.position;
      // Scholars come beside the university's people: the report counts them as cases.
      SEED_TRY(domain::validate_and_normalize(p));
      auto tx = batch_.tx();
      if (!tx) return fail(tx.error());
      auto person = (*tx)->people().insert(p);
      if (!person) return fail(person.error());
      c.person = *person;
      SEED_TRY(domain::scholars::validate_and_normalize(c));
      auto id = store::insert_scholar_case(**tx, c);
      if (!id) return fail(id.error());
      ++report_.scholar_cases;
      SEED_TRY(batch_.wrote());
    }
    return {};
  }

  Batch batch_;
  std::mt19937_64 random_;
  std::mt19937_64 graduations_{20261206};
  std::size_t people_;
  InstitutionId home_;
  std::vector<OrgUnitId> schools_;
  std::string officer_;
  int today_ = 0, current_year_ = 0, first_year_ = 0;
  std::vector<Partner> partners_;
  std::map<std::int64_t, std::size_t> partner_of_;  // institution id -> partners_ index
  std::vector<Student> students_, staff_;
  std::map<std::size_t, std::vector<std::size_t>> by_school_;  // school -> students_ indexes
  std::map<int, std::vector<Seat>> outgoing_seats_, incoming_seats_, staff_seats_;
  std::optional<ProgrammeId> exchange_;
  std::vector<domain::Programme> summer_;
  ScaleReport report_;
};

}  // namespace

Result<ScaleReport> create_large(store::Store& store, const Clock& clock,
                                 const std::string& data_dir, const ScaleOptions& options,
                                 std::optional<credentials::KeyEncryptionKey> kek,
                                 std::string_view public_url) {
  if (options.people < 1'000)
    return fail(Error::invalid("a large university has at least 1000 people",
                               {{"people", "at least 1000"}}));
  auto demo = create_demo(store, clock, data_dir, std::move(kek), public_url);
  if (!demo) return fail(demo.error());
  InstitutionId home;
  std::vector<OrgUnitId> schools;
  {
    auto tx = store.begin(store::Access::read);
    if (!tx) return fail(tx.error());
    auto found = (*tx)->institutions().find_by_ror("05hfa4n20");
    if (!found) return fail(found.error());
    if (!*found) return fail(Error::not_found("the demo has no home institution"));
    home = **found;
    auto units = (*tx)->institutions().org_units(home);
    if (!units) return fail(units.error());
    for (const auto& u : *units) {
      if (u.code != "OGE") schools.push_back(u.id);  // the office is no school
    }
  }
  Builder builder(store, clock, options, home, std::move(schools), "officer@westlake.edu.cn");
  return builder.build(std::move(*demo));
}

}  // namespace orbis::seed
