// The demo's people: Westlake students and staff across its schools, and students of
// partner universities — the people that applications and mobilities will be about.
#include <fmt/format.h>

#include "seed/demo.h"
#include "service/registry/people.h"

namespace orbis::seed {

using service::People;

namespace {

struct DemoPerson {
  const char* family;
  const char* given;
  const char* zh;
  const char* nationality;
  const char* home_ror;  // empty: Westlake
  int school;            // index into the home institution's schools, or -1
  domain::PersonKind kind;
  int level;
  const char* field;
  double gpa;
  const char* scale;
  int year;
  const char* language;
  const char* cefr;
  const char* certificate;
};

constexpr domain::PersonKind S = domain::PersonKind::student;
constexpr domain::PersonKind T = domain::PersonKind::staff;

const DemoPerson kPeople[] = {
    {"Wang", "Fang", "王芳", "CN", "", 0, S, 6, "0714", 88.5, "cn100", 3, "en", "B2", "IELTS 7.0"},
    {"Liu", "Yang", "刘洋", "CN", "", 0, S, 6, "0613", 91.2, "cn100", 2, "en", "C1", "IELTS 7.5"},
    {"Chen", "Xi", "陈曦", "CN", "", 1, S, 6, "0511", 86.0, "cn100", 3, "en", "B2", "TOEFL 95"},
    {"Zhao", "Yu", "赵宇", "CN", "", 1, S, 7, "0512", 89.4, "cn100", 1, "en", "C1", "IELTS 7.5"},
    {"Sun", "Mei", "孙梅", "CN", "", 2, S, 6, "0533", 92.7, "cn100", 3, "de", "B1",
     "Goethe-Zertifikat B1"},
    {"Zhou", "Hao", "周浩", "CN", "", 2, S, 6, "0541", 84.3, "cn100", 2, "en", "B2", "CET-6 580"},
    {"Wu", "Ting", "吴婷", "CN", "", 3, S, 7, "0912", 90.1, "cn100", 1, "en", "C1", "IELTS 8.0"},
    {"Xu", "Lei", "徐磊", "CN", "", 0, S, 8, "0715", 3.7, "us4", 2, "en", "C1", "TOEFL 108"},
    {"Ma", "Lin", "马琳", "CN", "", 1, S, 6, "0511", 87.9, "cn100", 3, "it", "A2", "CILS A2"},
    {"Huang", "Jie", "黄杰", "CN", "", 0, T, 0, "0714", 0, "", 0, "en", "C1", ""},
    {"Lin", "Qing", "林青", "CN", "", 1, T, 0, "0511", 0, "", 0, "en", "C2", ""},
    {"Carter", "Olivia", "", "GB", "052gg0110", -1, S, 6, "0588", 3.8, "us4", 2, "zh", "A2",
     "HSK 2"},
    {"Rossi", "Giulia", "", "IT", "01111rn36", -1, S, 6, "0222", 28.0, "it30", 3, "en", "B2",
     "IELTS 6.5"},
    {"Miller", "Jake", "", "US", "01an7q238", -1, S, 6, "0613", 3.6, "us4", 3, "zh", "A1", ""},
    {"Schmidt", "Lukas", "", "DE", "02kkvpp62", -1, S, 7, "0714", 1.7, "de", 1, "en", "C1",
     "TOEFL 105"},
    {"Tanaka", "Yuki", "田中由纪", "JP", "02kpeqv85", -1, S, 6, "0588", 3.4, "us4", 3, "en", "B2",
     "TOEIC 850"},
    {"Kim", "Min-jun", "", "KR", "04h9pn542", -1, S, 6, "0531", 3.9, "us4", 2, "en", "C1",
     "IELTS 7.5"},
    {"Lindqvist", "Anna", "", "SE", "056d84691", -1, S, 7, "0912", 4.5, "us4", 1, "en", "C2", ""},
    {"Tan", "Wei Ling", "陈慧玲", "SG", "01tgyzw49", -1, S, 6, "0714", 4.2, "us4", 2, "zh", "B2",
     "HSK 4"},
    {"Dubois", "Camille", "", "CH", "01swzsf04", -1, T, 0, "0312", 0, "", 0, "en", "C1", ""},
};

}  // namespace

Result<std::size_t> create_demo_people(store::Store& store, const Clock& clock,
                                       const domain::Actor& officer, InstitutionId home,
                                       const std::vector<OrgUnitId>& schools, UserId student) {
  People people(store, clock);
  std::size_t made = 0;
  int birth_year = 2003;
  for (const auto& d : kPeople) {
    domain::Person p;
    p.kind = d.kind;
    p.family_name = d.family;
    p.given_name = d.given;
    p.name_zh = d.zh;
    p.nationality = d.nationality;
    p.home_institution = home;
    if (*d.home_ror) {
      auto tx = store.begin(store::Access::read);
      if (!tx) return fail(tx.error());
      auto found = (*tx)->institutions().find_by_ror(d.home_ror);
      if (!found) return fail(found.error());
      if (!*found) continue;
      p.home_institution = **found;
    }
    if (d.school >= 0 && static_cast<std::size_t>(d.school) < schools.size())
      p.org_unit = schools[d.school];
    if (d.kind == domain::PersonKind::student) {
      p.level = d.level;
      p.gpa = d.gpa;
      p.gpa_scale = d.scale;
      p.year_of_study = d.year;
      p.date_of_birth = fmt::format("{}-0{}-1{}", birth_year--, 1 + made % 9, made % 9);
    } else {
      p.position = "Associate Professor";
    }
    p.field = d.field;
    p.email =
        fmt::format("{}.{}@{}", std::string(d.given).substr(0, std::string(d.given).find(' ')),
                    d.family, *d.home_ror ? "example.edu" : "westlake.edu.cn");
    for (auto& c : p.email) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (made == 0) {
      p.email = "student@westlake.edu.cn";
      p.user = student;
      p.passport_number = "E12345678";
      p.phone = "+86 138 0000 0000";
    }
    p.languages.push_back({d.language, d.cefr, d.certificate, ""});
    auto created = people.create(officer, std::move(p));
    if (!created) return fail(created.error());
    ++made;
  }
  return made;
}

}  // namespace orbis::seed
