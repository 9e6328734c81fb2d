// The large university's builder (seed/large.h), private to the seed: the names and places
// it draws from, its batches of writes, and the Builder whose steps are defined in large.cc
// (schools, partners, people, agreements, programmes), large_stays.cc (calls, applications,
// stays and learning agreements) and large_scholars.cc (the scholar case file).
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/agreement.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/reference.h"
#include "seed/large.h"
#include "store/store.h"

namespace orbis::seed::internal {

using domain::AgreementKind;
using domain::AgreementStatus;
using domain::ApplicationStatus;
using domain::Direction;
using domain::MobilityStatus;
using domain::MobilityType;

// Records written per transaction: large enough that commits cost little, small enough
// that a failure loses seconds, not minutes.
inline constexpr std::size_t kBatch = 20'000;
inline constexpr int kYears = 10;

struct Syllable {
  const char* pinyin;
  const char* zh;
};

inline constexpr Syllable kFamilyNames[] = {
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

inline constexpr Syllable kGivenSyllables[] = {
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

inline constexpr CountryNames kForeignNames[] = {
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
inline constexpr CountryWeight kPartnerCountries[] = {
    {"US", 14}, {"GB", 10}, {"DE", 8}, {"JP", 8}, {"KR", 6}, {"FR", 6}, {"AU", 6}, {"CA", 5},
    {"HK", 4},  {"IT", 4},  {"RU", 4}, {"NL", 3}, {"SG", 3}, {"ES", 3}, {"SE", 2}, {"CH", 2},
    {"MY", 2},  {"TH", 2},  {"NZ", 2}, {"TW", 2}, {"DK", 1}, {"FI", 1}, {"BE", 1}, {"AT", 1},
    {"IE", 1},  {"MO", 1},  {"PT", 1}, {"PL", 1}, {"BR", 1}, {"IL", 1},
};

// The language a partner teaches in, when it is not English.
inline std::string teaching_language(std::string_view country) {
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
inline constexpr School kMoreSchools[] = {
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

inline constexpr const char* kFields[] = {"0714", "0613", "0511", "0533", "0541", "0512", "0588",
                                          "0912", "0531", "0715", "0311", "0413", "0421", "0231",
                                          "0732", "0521", "0222", "0314", "0913", "0411"};

struct Course {
  const char* code;
  const char* title;
  const char* home_code;
  const char* home_title;
};
inline constexpr Course kCourses[] = {
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
inline std::string instant(int day, int minute = 9 * 60) {
  return fmt::format("{}T{:02}:{:02}:00.000Z", domain::format_date(day), minute / 60 % 24,
                     minute % 60);
}

inline std::string lower(std::string_view s) {
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

  Result<ScaleReport> build(DemoReport demo);

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

  Status add_schools();

  Status choose_partners();

  const CountryNames& names_of(std::string_view country) {
    for (const auto& n : kForeignNames) {
      if (country == n.country) return n;
    }
    return kForeignNames[std::size(kForeignNames) - 1];
  }

  Result<PersonId> insert_person(domain::Person p);

  // A partner's student or participant, born in the partner's country.
  Result<PersonId> partner_person(const Partner& partner, int level, std::string_view field,
                                  std::string& name);

  static constexpr const char* kCefr[] = {"B2", "B2", "C1", "C1", "C2"};
  static constexpr const char* kCefrLow[] = {"A1", "A2", "B1", "B2"};

  Status add_people();

  AgreementStatus agreement_status(int start);

  Status add_agreements();

  Status add_programmes();

  // The stay's status by its dates, and the history that led there.
  void live(domain::Mobility& m, int start, int end, std::string_view first_reason);

  Result<MobilityId> insert_stay(domain::Mobility m);

  // The term's dates in academic year `first`.
  std::pair<int, int> term_dates(int first, std::string_view term) const {
    if (term == "spring") return {day_of(first + 1, 2, 20), day_of(first + 1, 7, 5)};
    if (term == "summer") return {day_of(first + 1, 7, 6), day_of(first + 1, 7, 31)};
    return {day_of(first, 9, 1), day_of(first + 1, 1, 20)};
  }

  Status add_calls_and_applications();

  // The outgoing stay at the application's first preference, as the call's nomination left it.
  domain::Mobility outgoing_stay(const domain::Call& call, const Student& student,
                                 const domain::Application& a, int start, int end);

  // Applicants from the call's school (or the whole university), each once.
  Status apply(const domain::Call& call, int opens, int closes, std::optional<std::size_t> school,
               std::size_t count, std::size_t confirmed);

  // The approved learning agreement of an outgoing stay; results and recognition once the
  // stay is over.
  Status learning_agreement(MobilityId stay, const Student& student, const Partner& partner,
                            int start, int end, MobilityStatus status);

  // Partners' students nominated to study at Westlake, and summer school participants.
  Status add_incoming();

  // Westlake staff who teach or train at partners.
  Status add_staff_visits();

  // The scholar case file of ten years: faculty recruited for years, visiting scholars for a
  // term or two, faculty exchange, mostly coming in; those whose stay runs today with their
  // arrival registered and permits filed in time, one in fifty with a move not yet registered
  // (an overdue clock), the past ones closed and the coming ones still being prepared.
  Status add_scholars();

  // Joint research projects over the ten years: one to four partners each, a principal
  // investigator here and one at the first partner, a funding line, a few publications.
  Status add_research_projects();
  Status add_publications();
  Status add_joint_teaching();

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

}  // namespace orbis::seed::internal
