// JSON forms of domain values, shared by the API and the audit log. Thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/institution.h"
#include "domain/user.h"

namespace orbis::service {

// The summary a search lists: id, name, name_zh, country, city, types, ror_id (URL),
// domains, established.
nlohmann::json institution_summary_json(const domain::Institution& in);
// Everything: the summary plus names, website, wikidata, state_province, status, version.
nlohmann::json institution_json(const domain::Institution& in);
nlohmann::json org_unit_json(const domain::OrgUnit& unit);
// id, email, name, role, org_unit_id, institution_id, active (never the password hash).
nlohmann::json user_json(const domain::User& user);

}  // namespace orbis::service
