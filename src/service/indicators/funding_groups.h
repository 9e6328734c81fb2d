// Of service/indicators alone: a year's lines of funding grouped as the funding list and the
// Quality Certification's scholarship table show them.
//
// Thread-safety: a pure function.
#pragma once

#include <string>
#include <vector>

#include "common/error.h"
#include "service/indicators/indicators.h"
#include "store/indicators.h"

namespace orbis::service::indicator_scope {

// One group per direction, source, scholarship, sponsor and currency (a line without an
// amount has none): its students and stays each once and its amounts added up exactly.
// Outgoing first, then the most holders, then by source, scholarship, sponsor and currency.
// internal for an amount that is not a decimal (the domain writes none).
Result<std::vector<FundingGroup>> group_funding(const std::vector<store::FundingLine>& lines,
                                                const std::string& academic_year);

}  // namespace orbis::service::indicator_scope
