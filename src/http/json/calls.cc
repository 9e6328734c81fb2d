#include "http/json/calls.h"

#include <algorithm>

#include "http/json/call_bodies.h"

namespace orbis::http::json {
namespace {

using CallRecord = Object<domain::Call, CallFields>;
using Offers = std::vector<service::OfferView>;
using ApplicationRecord = Codec<domain::Application>;
using Strings = std::vector<std::string>;

// Reads by the record's body reader (call_bodies.h), each of its mistakes named under
// `path`.
template <typename T>
void read_body(const Json& in, T& value, Reader& r, std::string_view path) {
  if (!in.is_object()) return r.error(std::string(path), "an object");
  for (auto& e : bodies::read(in, value, r.origin()))
    r.error(Reader::join(path, e.field), std::move(e.message));
}

}  // namespace

void Codec<domain::Offer>::read(const Json& in, domain::Offer& offer, Reader& r,
                                std::string_view path) {
  read_body(in, offer, r, path);
}

void Codec<domain::Call>::read(const Json& in, domain::Call& call, Reader& r,
                               std::string_view path) {
  read_body(in, call, r, path);
}

void Codec<domain::Application>::read(const Json& in, domain::Application& application, Reader& r,
                                      std::string_view path) {
  read_body(in, application, r, path);
}

void Codec<ApplicationChanges>::read(const Json& in, ApplicationChanges& changes, Reader& r,
                                     std::string_view path) {
  if (!in.is_object()) return r.error(std::string(path), "an object");
  for (const auto& [key, value] : in.items()) {
    const auto where = Reader::join(path, key);
    if (key == "preferences") {
      std::vector<std::int64_t> offers;
      const bool ids =
          value.is_array() && std::all_of(value.begin(), value.end(), [](const Json& e) {
            return e.is_number_integer() && e.get<std::int64_t>() > 0;
          });
      if (!ids) {
        r.error(where, "a list of offer ids");
        continue;
      }
      for (const auto& e : value) offers.push_back(e.get<std::int64_t>());
      changes.preferences = std::move(offers);
    } else if (key == "motivation") {
      if (value.is_null())
        changes.motivation = std::string();
      else if (value.is_string())
        changes.motivation = value.get<std::string>();
      else
        r.error(where, "a text, or null");
    } else {
      r.error(where, "not a member of this record");
    }
  }
}

void Codec<service::ApplicationView>::write(const service::ApplicationView& view, Json& out) {
  ApplicationRecord::write(view.application, out);
  if (!view.disclosure.application_files) {
    out.erase("motivation");
    out.erase("documents");
  }
  const auto& p = view.person;
  Json& person = out["person"];
  person = {{"id", p.id.value},
            {"display_name", p.display_name()},
            {"family_name", p.family_name},
            {"given_name", p.given_name},
            {"name_zh", p.name_zh},
            {"field", p.field}};
  Codec<std::optional<int>>::write(p.level, person["level"]);
  if (view.disclosure.gpa) {
    Codec<std::optional<double>>::write(p.gpa, person["gpa"]);
    person["gpa_scale"] = p.gpa_scale;
  }
  if (view.disclosure.email) person["email"] = p.email;
  Codec<Strings>::write(view.allowed_actions, out["allowed_actions"]);
}

Json Codec<service::ApplicationView>::schema(Schemas& s) {
  return s.ref("Application", [](Schemas& schemas) {
    Json out = ApplicationRecord::object_schema(schemas);
    // Left out for a reader who may not see the application's files.
    Json required = Json::array();
    for (const auto& name : out["required"])
      if (name != "motivation" && name != "documents") required.push_back(name);
    const Json text = Codec<std::string>::schema(schemas);
    out["properties"]["person"] = {
        {"type", "object"},
        {"description",
         "the applicant; gpa, gpa_scale and email only for readers who may see them"},
        {"properties",
         {{"id", Codec<PersonId>::schema(schemas)},
          {"display_name", text},
          {"family_name", text},
          {"given_name", text},
          {"name_zh", text},
          {"level", Codec<std::optional<int>>::schema(schemas)},
          {"field", text},
          {"gpa", Codec<std::optional<double>>::schema(schemas)},
          {"gpa_scale", text},
          {"email", text}}},
        {"required", Json::array({"id", "display_name", "family_name", "given_name", "name_zh",
                                  "level", "field"})}};
    out["properties"]["allowed_actions"] = {
        {"type", "array"},
        {"items", text},
        {"description",
         "what the reader may do with it at its status: edit, add_document, submit, withdraw, "
         "score, confirm"}};
    for (const char* name : {"person", "allowed_actions"}) required.push_back(name);
    out["required"] = std::move(required);
    return out;
  });
}

void Codec<service::CallView>::write(const service::CallView& view, Json& out) {
  CallRecord::write(view.call, out);
  Codec<domain::CallPhase>::write(view.phase, out["phase"]);
  Codec<Offers>::write(view.offers, out["offers"]);
  if (view.applications)
    Codec<service::CallApplicationCounts>::write(*view.applications, out["applications"]);
  Codec<Strings>::write(view.allowed_actions, out["allowed_actions"]);
}

Json Codec<service::CallView>::schema(Schemas& s) {
  return s.ref("Call", [](Schemas& schemas) {
    Json out = CallRecord::object_schema(schemas);
    auto& properties = out["properties"];
    properties["phase"] = Codec<domain::CallPhase>::schema(schemas);
    properties["offers"] = Codec<Offers>::schema(schemas);
    properties["applications"] = {
        {"allOf", Json::array({Codec<service::CallApplicationCounts>::schema(schemas)})},
        {"description", "not shown to students"}};
    properties["allowed_actions"] = {
        {"type", "array"},
        {"items", {{"type", "string"}}},
        {"description",
         "what the reader may do with the call now: update, add_offer, apply, "
         "import_applications, place, refill, nominate"}};
    for (const char* name : {"phase", "offers", "allowed_actions"}) out["required"].push_back(name);
    return out;
  });
}

}  // namespace orbis::http::json
