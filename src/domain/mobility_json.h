// The JSON form of the mobility records: how the store keeps them and the core of what the
// API shows and accepts. Thread-safe: pure functions.
//
// Reading is a patch: members that are absent leave the record as it was, so the same
// function creates (from a default record) and changes (from the current one). Every
// mistake is collected and returned at once as invalid_argument with a field per member
// ("offers/2/seats"); members the reader does not know are mistakes too.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/mobility.h"

namespace orbis::domain {

// Who wrote the JSON: the store (every member) or a client, who may not set the members
// the system keeps (id, version, statuses, history, verdicts, scores, results).
enum class JsonOrigin { store, client };

nlohmann::json to_json(const Programme& programme);
nlohmann::json to_json(const Call& call);
nlohmann::json to_json(const Application& application);
nlohmann::json to_json(const Mobility& mobility);
nlohmann::json to_json(const EligibilityRules& rules);

Status read_json(const nlohmann::json& json, Programme& programme, JsonOrigin origin);
Status read_json(const nlohmann::json& json, Call& call, JsonOrigin origin);
Status read_json(const nlohmann::json& json, Application& application, JsonOrigin origin);
Status read_json(const nlohmann::json& json, Mobility& mobility, JsonOrigin origin);
// One offer of a call (POST /calls/{id}/offers).
Status read_json(const nlohmann::json& json, Offer& offer, JsonOrigin origin);

}  // namespace orbis::domain
