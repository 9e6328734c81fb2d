// A scholar's stay as an ORCID affiliation (service/scholars/orcid.h).
#include "service/scholars/orcid.h"

#include <fmt/format.h>

#include <vector>

namespace orbis::service::scholars {
namespace {

using domain::scholars::CaseStatus;
using domain::scholars::EventKind;

bool begun(CaseStatus s) {
  switch (s) {
    case CaseStatus::arrived:
    case CaseStatus::registered:
    case CaseStatus::active:
    case CaseStatus::extended:
    case CaseStatus::departed:
    case CaseStatus::closed:
      return true;
    default:
      return false;
  }
}

// The day part of an event's time as it was written ("2026-09-01T14:30:00+08:00").
std::string day_of(const std::string& at) { return at.substr(0, 10); }

}  // namespace

Result<interop::orcid::Affiliation> orcid_affiliation(const domain::scholars::ScholarCase& c,
                                                      const domain::Institution& organization,
                                                      std::string department) {
  if (!begun(c.status)) {
    return fail(Error::failed_precondition(
        fmt::format("scholar case {} is {}: a stay goes to ORCID once the scholar has arrived",
                    c.id.value, domain::scholars::to_string(c.status))));
  }
  std::vector<std::string> missing;
  if (organization.city.empty()) missing.emplace_back("a city");
  if (organization.country.empty()) missing.emplace_back("a country");
  if (organization.ror_id.empty()) missing.emplace_back("a ROR id");
  if (!missing.empty()) {
    std::string what;
    for (const auto& m : missing) what += (what.empty() ? "" : ", ") + m;
    return fail(Error::failed_precondition(fmt::format(
        "{} has no {} in the registry, which ORCID requires", organization.name, what)));
  }
  interop::orcid::Affiliation a;
  a.kind = c.kind == domain::scholars::CaseKind::faculty
               ? interop::orcid::AffiliationKind::employment
               : interop::orcid::AffiliationKind::invited_position;
  a.department_name = std::move(department);
  a.role_title = c.position;
  a.start_date = c.planned_start;
  a.end_date = c.end();
  bool entered = false;
  bool exited = false;
  for (const auto& e : c.events) {  // in the order they happened
    if (e.kind == EventKind::entry && !entered) {
      a.start_date = day_of(e.at);
      entered = true;
    }
    if (e.kind == EventKind::exit) {
      a.end_date = day_of(e.at);
      exited = true;
    }
  }
  if (exited && a.end_date < a.start_date)
    return fail(Error::failed_precondition(fmt::format(
        "the exit recorded ({}) is before the first entry ({}): correct the case's events first",
        a.end_date, a.start_date)));
  // A stay that began after its planned end and has no exit yet runs at least a day.
  if (a.end_date < a.start_date) a.end_date = a.start_date;
  a.organization = {organization.name, organization.city, organization.state_province,
                    organization.country, organization.ror_url()};
  return a;
}

}  // namespace orbis::service::scholars
