#include "http/json/admin.h"

#include "common/clock.h"

namespace orbis::http::json {
namespace {

Json ref_to(std::string_view name) {
  return {{"$ref", "#/components/schemas/" + std::string(name)}};
}

// A body's schema under the exact name the web client knows it by (not NAMEInput).
Json input_component(Schemas& s, std::string_view name, Json schema) {
  s.add(name, std::move(schema));
  return ref_to(name);
}

Json nullable_id() { return {{"type", Json::array({"integer", "null"})}, {"minimum", 1}}; }

// The JSON text of an audit entry's record, or null for none.
Json recorded(const std::string& text) {
  if (text.empty()) return nullptr;
  return Json::parse(text, nullptr, false);
}

}  // namespace

// ---- users ------------------------------------------------------------------------------

void Codec<UserDraft>::read(const Json& in, UserDraft& draft, Reader& r, std::string_view path) {
  Object::read(in, draft, r, path);
  if (in.is_object() && !in.contains("role"))
    r.error(Reader::join(path, "role"), "one of " + Codec<domain::Role>::names(", "));
}

Json Codec<UserDraft>::schema(Schemas& s) {
  Json schema = object_schema(s);
  schema["required"] = Json::array({"email", "role", "password"});
  return input_component(s, name, std::move(schema));
}

void Codec<service::UserChange>::read(const Json& in, service::UserChange& change, Reader& r,
                                      std::string_view path) {
  if (!in.is_object()) return r.error(std::string(path), "an object");
  for (const auto& [key, member] : in.items()) {
    const auto where = Reader::join(path, key);
    if (key == "name") {
      std::string name;
      const auto before = r.errors().size();
      Codec<std::string>::read(member, name, r, where);
      if (r.errors().size() == before) change.name = std::move(name);
    } else if (key == "role") {
      domain::Role role = domain::Role::viewer;
      const auto before = r.errors().size();
      Codec<domain::Role>::read(member, role, r, where);
      if (r.errors().size() == before) change.role = role;
    } else if (key == "org_unit_id") {
      std::optional<OrgUnitId> unit;
      Codec<std::optional<OrgUnitId>>::read(member, unit, r, where);
      change.org_unit = unit;
    } else if (key == "institution_id") {
      std::optional<InstitutionId> institution;
      Codec<std::optional<InstitutionId>>::read(member, institution, r, where);
      change.institution = institution;
    } else if (key == "active") {
      bool active = false;
      const auto before = r.errors().size();
      Codec<bool>::read(member, active, r, where);
      if (r.errors().size() == before) change.active = active;
    } else {
      r.error(where, "not a member of this record");
    }
  }
}

Json Codec<service::UserChange>::schema(Schemas& s) {
  return input_component(
      s, "UserPatch",
      {{"type", "object"},
       {"properties",
        {{"name", {{"type", "string"}}},
         {"role", Codec<domain::Role>::schema(s)},
         {"org_unit_id", nullable_id()},
         {"institution_id", nullable_id()},
         {"active", {{"type", "boolean"}, {"description", "false disables the account"}}}}},
       {"additionalProperties", false}});
}

void Codec<service::ResetLink>::write(const service::ResetLink& link, Json& out) {
  out = {{"token", link.token},
         {"path", "/reset-password#token=" + link.token},
         {"expires", format_iso8601(link.expires)}};
}

Json Codec<service::ResetLink>::schema(Schemas& s) {
  return s.ref("ResetLink", [](Schemas&) {
    return Json{{"type", "object"},
                {"properties",
                 {{"token", {{"type", "string"}, {"description", "shown once"}}},
                  {"path", {{"type", "string"}, {"description", "/reset-password#token=…"}}},
                  {"expires", {{"type", "string"}, {"format", "date-time"}}}}},
                {"required", Json::array({"token", "path", "expires"})}};
  });
}

void Codec<service::SecuritySettings>::write(const service::SecuritySettings& settings, Json& out) {
  out = {{"admin_totp_required", settings.admin_second_factor_required}};
}

void Codec<service::SecuritySettings>::read(const Json& in, service::SecuritySettings& settings,
                                            Reader& r, std::string_view path) {
  if (!in.is_object()) return r.error(std::string(path), "an object");
  for (const auto& [key, member] : in.items()) {
    if (key != "admin_totp_required")
      r.error(Reader::join(path, key), "not a member of this record");
  }
  const auto where = Reader::join(path, "admin_totp_required");
  if (!in.contains("admin_totp_required")) return r.error(where, "true or false");
  Codec<bool>::read(in["admin_totp_required"], settings.admin_second_factor_required, r, where);
}

Json Codec<service::SecuritySettings>::schema(Schemas& s) {
  return s.ref("SecuritySettings", [](Schemas& schemas) {
    Json out = {
        {"type", "object"},
        {"properties",
         {{"admin_totp_required",
           {{"type", "boolean"}, {"description", "admins must sign in with a second factor"}}}}},
        {"required", Json::array({"admin_totp_required"})}};
    if (schemas.direction() == Schemas::Direction::input) out["additionalProperties"] = false;
    return out;
  });
}

// ---- the audit log ----------------------------------------------------------------------

void Codec<domain::AuditEntry>::write(const domain::AuditEntry& e, Json& out) {
  out = {{"seq", e.seq},
         {"at", e.at},
         {"actor", e.actor},
         {"action", e.action},
         {"entity", e.entity},
         {"entity_id", e.entity_id},
         {"before", recorded(e.before)},
         {"after", recorded(e.after)},
         {"prev_hash", e.prev_hash},
         {"hash", e.hash}};
}

Json Codec<domain::AuditEntry>::schema(Schemas& s) {
  return s.ref("AuditEntry", [](Schemas&) {
    const Json text = {{"type", "string"}};
    return Json{{"type", "object"},
                {"properties",
                 {{"seq", {{"type", "integer"}, {"description", "1, 2, 3, … without gaps"}}},
                  {"at", text},
                  {"actor", {{"type", "string"}, {"description", "a user's email, cli or system"}}},
                  {"action", {{"type", "string"}, {"description", "e.g. institution.update"}}},
                  {"entity", text},
                  {"entity_id", text},
                  // Any JSON (an object, an id, a count), or null for none.
                  {"before", {{"description", "The record before; any JSON, null for none."}}},
                  {"after", {{"description", "The record after; any JSON, null for none."}}},
                  {"prev_hash", text},
                  {"hash", {{"type", "string"}, {"description", "hex SHA-256 over the entry"}}}}},
                {"required", Json::array({"seq", "at", "actor", "action", "entity", "entity_id",
                                          "before", "after", "prev_hash", "hash"})}};
  });
}

void Codec<service::AuditReport>::write(const service::AuditReport& report, Json& out) {
  Json problems = Json::array();
  for (const auto& p : report.problems) problems.push_back({{"seq", p.seq}, {"problem", p.what}});
  out = {{"entries", report.entries},
         {"intact", report.problems.empty()},
         {"problems", std::move(problems)}};
}

Json Codec<service::AuditReport>::schema(Schemas& s) {
  return s.ref("AuditVerification", [](Schemas&) {
    const Json problem = {
        {"type", "object"},
        {"properties", {{"seq", {{"type", "integer"}}}, {"problem", {{"type", "string"}}}}},
        {"required", Json::array({"seq", "problem"})}};
    return Json{{"type", "object"},
                {"properties",
                 {{"entries", {{"type", "integer"}}},
                  {"intact", {{"type", "boolean"}}},
                  {"problems", {{"type", "array"}, {"items", problem}}}}},
                {"required", Json::array({"entries", "intact", "problems"})}};
  });
}

// ---- the server -------------------------------------------------------------------------

void Codec<HealthReport>::write(const HealthReport& health, Json& out) {
  out = {{"status", health.writable ? "ok" : "unavailable"},
         {"version", health.version},
         {"database", health.database},
         {"schema", health.schema},
         {"institutions", health.institutions},
         {"storage",
          {{"writable", health.writable},
           {"problem", health.writable ? Json() : Json(health.problem)}}}};
}

Json Codec<HealthReport>::schema(Schemas& s) {
  return s.ref("Health", [](Schemas&) {
    const Json text = {{"type", "string"}};
    const Json storage = {{"type", "object"},
                          {"properties",
                           {{"writable", {{"type", "boolean"}}},
                            {"problem", {{"type", Json::array({"string", "null"})}}}}},
                          {"required", Json::array({"writable", "problem"})}};
    return Json{{"type", "object"},
                {"properties",
                 {{"status", {{"type", "string"}, {"enum", Json::array({"ok", "unavailable"})}}},
                  {"version", text},
                  {"database", text},
                  {"schema", {{"type", "integer"}}},
                  {"institutions", {{"type", "integer"}}},
                  {"storage", storage}}},
                {"required", Json::array({"status", "version", "database", "schema", "institutions",
                                          "storage"})}};
  });
}

void Codec<domain::Country>::write(const domain::Country& c, Json& out) {
  out = {{"code", c.code}, {"name", c.name}, {"name_zh", c.name_zh}, {"region", c.region}};
}

Json Codec<domain::Country>::schema(Schemas& s) {
  return s.ref("Country", [](Schemas&) {
    return Json{{"type", "object"},
                {"properties",
                 {{"code", {{"type", "string"}, {"description", "ISO 3166-1 alpha-2"}}},
                  {"name", {{"type", "string"}}},
                  {"name_zh", {{"type", "string"}}},
                  {"region", {{"type", "string"}, {"description", "UN M49 region"}}}}},
                {"required", Json::array({"code", "name", "name_zh", "region"})}};
  });
}

}  // namespace orbis::http::json
