// Internal to the http layer: helpers the API handlers share. Thread-safe.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "common/error.h"
#include "http/routing/router.h"
#include "http/server/message.h"

namespace orbis::http::internal {

// The request body as a JSON object, through the bounded parse (common/json.h):
// invalid_argument naming content-type unless it is JSON; 400 naming the byte for malformed JSON, a
// number out of range or nesting deeper than kMaxJsonDepth; 400 for another type than an object.
// What json_body checks of the text in a body: by default no member may hold control
// characters (other than tab and line ends) or more than 64 KiB; a document sent to be
// verified is taken as sent, since its verdict, not a 400, is what the sender needs.
enum class BodyText { checked, as_sent };
Result<nlohmann::json> json_body(const Request& request, BodyText text = BodyText::checked);

// The version an If-Match header names ("3", "\"3\"" or W/"3"); nullopt when absent,
// invalid_argument when malformed.
Result<std::optional<int>> if_match_version(const Request& request);

// An upload's X-Filename as it was meant. Headers carry ASCII only: a browser sends a Chinese
// file name percent-encoded. A name that is not validly encoded is kept as sent.
std::string decode_filename(const std::string& name);

}  // namespace orbis::http::internal
