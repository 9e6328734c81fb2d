// JSON forms of domain values in audit entries (the API writes institutions and org units
// with the codecs of http/json/registry.h). Thread-safe.
//
// The audit log is hash-chained: these forms are written exactly as the entries before them
// (serialize_test.cc pins their bytes), whatever the API's forms become.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/institution.h"
#include "domain/learning.h"
#include "domain/mobility.h"
#include "domain/user.h"

namespace orbis::service {

// Everything: id, name, name_zh, country, city, types, ror_id (URL), domains, established,
// names, website, wikidata, state_province, status, version.
nlohmann::json institution_json(const domain::Institution& in);
nlohmann::json org_unit_json(const domain::OrgUnit& unit);
// id, email, name, role, org_unit_id, institution_id, active (never the password hash).
nlohmann::json user_json(const domain::User& user);

// Every member, the system's too (id, version, statuses, history, verdicts, scores,
// results), with the names the API gives them.
nlohmann::json programme_json(const domain::Programme& programme);
nlohmann::json call_json(const domain::Call& call);
nlohmann::json application_json(const domain::Application& application);
nlohmann::json mobility_json(const domain::Mobility& mobility);
// Every member of the record, its versions, transcript and recognition.
nlohmann::json learning_agreement_json(const domain::LearningAgreementRecord& record);
// A version's components, as its canonical text (service/learning/canonical.h) holds them.
nlohmann::json la_components_json(const std::vector<domain::LaComponent>& components);

}  // namespace orbis::service
