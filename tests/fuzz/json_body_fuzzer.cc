// JSON request bodies: the bounded parse (json_body), then the API codecs every route reads
// its body through (http/json/), those of calls, offers and applications written back as a
// response shows them.
#include <string>

#include "fuzz_support.h"
#include "http/api/support.h"
#include "http/json/agreements.h"
#include "http/json/calls.h"
#include "http/json/people.h"
#include "http/json/stays.h"

namespace {

using namespace orbis;
using nlohmann::json;

// Reads the body as a route taking that record would: every mistake named, nothing thrown.
template <typename T>
void read_codec(const json& body) {
  T value{};
  (void)http::json::from_json(body, value, "body");
}

// Reads the body as a route taking that record would, and writes back what was read the
// way a response shows it.
template <typename Record>
void read_record(const json& body) {
  Record record{};
  if (!http::json::from_json(body, record, "body")) return;
  (void)http::json::to_json(record).dump();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  http::Request request;
  request.method = "POST";
  request.headers["content-type"] = "application/json";
  request.body = std::string(fuzz::text_of(data, size));
  const auto body = http::internal::json_body(request);
  if (!body) {
    fuzz::must(body.error().code == ErrorCode::invalid_argument,
               "a parse failure is invalid_argument");
    return 0;
  }
  fuzz::must(body->is_object(), "json_body returns an object");
  read_codec<domain::Person>(*body);
  read_codec<domain::Agreement>(*body);
  read_codec<domain::Mobility>(*body);
  read_codec<service::IncomingNomination>(*body);
  read_record<domain::Call>(*body);
  read_record<domain::Application>(*body);
  read_record<domain::Offer>(*body);
  (void)http::Response::json(200, *body);
  return 0;
}
