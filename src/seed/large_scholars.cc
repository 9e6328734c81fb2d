// The large university's scholar case file (seed/internal/large.h).
#include "domain/scholars/case.h"
#include "seed/internal/large.h"
#include "store/scholars.h"

namespace orbis::seed::internal {

Status Builder::add_scholars() {
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
    const int end = start + (c.kind == CaseKind::faculty ? pick(3 * 365, 6 * 365) : pick(30, 330));
    c.planned_start = domain::format_date(start);
    c.planned_end = domain::format_date(end);
    const bool in = c.direction == Direction::incoming;
    std::vector<CaseStatus> path{CaseStatus::requested};
    if (start <= today_) {
      path.insert(path.end(), {CaseStatus::screening, CaseStatus::approved, CaseStatus::permit_visa,
                               CaseStatus::arrived});
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
                           officer_, k ? std::string(domain::scholars::to_string(path[k - 1])) : "",
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
                            domain::format_date(today_ - 3) + "T18:00:00+08:00", "", "Moved flat"});
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
}  // namespace orbis::seed::internal
