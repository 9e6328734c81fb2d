// How a request body becomes a call, an offer or an application (the readers behind
// Codec<domain::Call>, Codec<domain::Offer> and Codec<domain::Application> of calls.h).
// Thread-safe: pure functions.
//
// Reading is a patch: members that are absent leave the record as it was, so the same
// function creates (from a default record) and changes (from the current one). Every
// mistake is collected and returned at once, each with the field of its member relative to
// the record ("offers/2/seats"); members the reader does not know are mistakes too. A
// client may not set the members Orbis keeps (id, version, statuses, history, verdicts,
// scores, results): a trusted origin may.
#pragma once

#include <vector>

#include "common/error.h"
#include "domain/mobility.h"
#include "http/json/codec.h"

namespace orbis::http::json::bodies {

// A call's offers are listed without ids (numbered here in order, after those the call has)
// or, by a client, with the ids of the offers it keeps.
std::vector<FieldError> read(const Json& in, domain::Call& call, Origin origin);
// One offer of a call (POST /calls/{id}/offers).
std::vector<FieldError> read(const Json& in, domain::Offer& offer, Origin origin);
std::vector<FieldError> read(const Json& in, domain::Application& application, Origin origin);

}  // namespace orbis::http::json::bodies
