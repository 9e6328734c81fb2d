// The large university (seed/large.h): ten academic years — eight past, the current one and
// the next — of agreements, calls, applications and stays around the demo, written through
// the store's repositories in transactions of kBatch records.
#include "seed/large.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <set>

#include "common/crypto.h"
#include "seed/internal/agreement_path.h"
#include "seed/internal/large.h"

namespace orbis::seed::internal {

Result<ScaleReport> Builder::build(DemoReport demo) {
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
  SEED_TRY(add_research_projects());
  SEED_TRY(add_publications());
  SEED_TRY(add_joint_teaching());
  SEED_TRY(batch_.commit());
  return std::move(report_);
}

Status Builder::add_schools() {
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

Status Builder::choose_partners() {
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

Result<PersonId> Builder::insert_person(domain::Person p) {
  SEED_TRY(domain::validate_and_normalize(p));
  auto tx = batch_.tx();
  if (!tx) return fail(tx.error());
  auto id = (*tx)->people().insert(p);
  if (!id) return fail(id.error());
  ++report_.people;
  SEED_TRY(batch_.wrote());
  return *id;
}

Result<PersonId> Builder::partner_person(const Partner& partner, int level, std::string_view field,
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

Status Builder::add_people() {
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

AgreementStatus Builder::agreement_status(int start) {
  using S = AgreementStatus;
  if (start > today_) return chance(40) ? S::negotiation : (chance(50) ? S::draft : S::signed_);
  const int p = pick(1, 100);
  if (p <= 80) return S::active;
  if (p <= 86) return S::renewed;
  if (p <= 90) return S::terminated;
  if (p <= 95) return S::negotiation;
  return S::draft;
}

Status Builder::add_agreements() {
  const std::size_t count = std::max<std::size_t>(10, per(1'500));
  static constexpr const char* kSignatories[] = {"President", "Vice-President",
                                                 "Vice-Rector for International Affairs", "Provost",
                                                 "Dean of International Affairs"};
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t partner_index = i < partners_.size() ? i : index(partners_.size());
    const auto& partner = partners_[partner_index];
    // Agreements begin over the ten years, and a few are still being negotiated.
    const int start = today_ - pick(0, kYears * 365 - 400) + (chance(5) ? pick(30, 200) : 0);
    const int years = chance(75) ? 5 : pick(3, 4);
    const int end = start + years * 365;
    const auto status = agreement_status(start);
    domain::Agreement a;
    a.code = fmt::format("WU-{}-{}-{:04}", partner.country, domain::format_date(start).substr(0, 4),
                         i + 1);
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
    if (std::find(a.kinds.begin(), a.kinds.end(), AgreementKind::staff_exchange) != a.kinds.end()) {
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
    for (const auto to : agreement_path_to(status)) {
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

Status Builder::add_programmes() {
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
}  // namespace orbis::seed::internal

namespace orbis::seed {

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
  internal::Builder builder(store, clock, options, home, std::move(schools),
                            "officer@westlake.edu.cn");
  return builder.build(std::move(*demo));
}

}  // namespace orbis::seed
