// A scholar's stay as the ORCID affiliation the university asserts (docs/scholars.md, "ORCID"):
// an employment for faculty recruited, an invited position for a visit or an exchange; at the
// home institution for those who came here, at the partner for our scholars who went out.
//
// Thread-safety: pure functions.
#pragma once

#include <string>

#include "common/error.h"
#include "domain/institution.h"
#include "domain/scholars/case.h"
#include "interop/orcid/affiliation.h"

namespace orbis::service::scholars {

// The affiliation of case `c` at `organization` (the home institution for an incoming case,
// the partner for an outgoing one), in `department` (the host department's name for an
// incoming case; empty otherwise). It begins on the day of the first entry recorded (as the
// event was written, in the place's time), else on the planned start; it ends on the day of
// the exit recorded, else on the day the stay runs to.
// Fails with failed_precondition when the stay has not begun (before arrival, declined or
// withdrawn) or the organization lacks what ORCID requires (a city, a country, a ROR id),
// naming what is missing.
Result<interop::orcid::Affiliation> orcid_affiliation(const domain::scholars::ScholarCase& c,
                                                      const domain::Institution& organization,
                                                      std::string department);

}  // namespace orbis::service::scholars
