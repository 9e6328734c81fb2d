// JSON forms of domain values in audit entries (the API writes institutions and org units
// with the codecs of http/json/registry.h). Thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/institution.h"
#include "domain/user.h"

namespace orbis::service {

// Everything: id, name, name_zh, country, city, types, ror_id (URL), domains, established,
// names, website, wikidata, state_province, status, version.
nlohmann::json institution_json(const domain::Institution& in);
nlohmann::json org_unit_json(const domain::OrgUnit& unit);
// id, email, name, role, org_unit_id, institution_id, active (never the password hash).
nlohmann::json user_json(const domain::User& user);

}  // namespace orbis::service
