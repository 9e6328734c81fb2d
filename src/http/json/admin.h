// Codecs of administration and of the server itself: users as admins see them, what an
// admin sends to add or change one, a password reset link, the security settings, the
// audit log and its check, the health check, the countries and the OpenAPI document.
// No codec here writes a password, its hash, a second factor's secret or a session token:
// the one token an admin sees is a reset link's, shown once when it is made.
// Thread-safety: stateless.
#pragma once

#include <cstddef>
#include <string>

#include "domain/audit.h"
#include "domain/country.h"
#include "domain/user.h"
#include "http/json/account.h"
#include "http/json/codec.h"
#include "http/json/common.h"
#include "service/identity/users.h"
#include "service/support/audit_log.h"

namespace orbis::http::json {

// What an admin sends to add a user: the account and its first password.
struct UserDraft {
  std::string email;
  std::string name;
  domain::Role role = domain::Role::viewer;
  std::string password;
  std::optional<OrgUnitId> org_unit;
  std::optional<InstitutionId> institution;
};

// The server's answer to a health check: whether its database can be written.
struct HealthReport {
  std::string version;
  std::string database;
  int schema = 0;
  std::size_t institutions = 0;
  bool writable = true;
  std::string problem;  // why the database cannot be written; empty when it can
};

// This API's OpenAPI document, as it is.
struct OpenApiDocument {
  Json document;
};

// The body of a new user (component UserInput): email, role and password are required.
template <>
struct Codec<UserDraft> : Object<UserDraft, Codec<UserDraft>> {
  static constexpr std::string_view name = "UserInput";
  static constexpr auto fields() {
    using D = UserDraft;
    return std::tuple{Field{"email", &D::email},
                      Field{"name", &D::name},
                      Field{"role", &D::role},
                      Field{"password", &D::password, kPlain, "stored only as an Argon2id hash"},
                      Field{"org_unit_id", &D::org_unit, kPlain, "a coordinator's org unit"},
                      Field{"institution_id", &D::institution, kPlain, "a partner's institution"}};
  }
  static void read(const Json& in, UserDraft& draft, Reader& r, std::string_view path);
  static Json schema(Schemas& s);
};

// The body of a change to a user (component UserPatch): only the members it changes; null
// clears an org unit or an institution.
template <>
struct Codec<service::UserChange> {
  static void read(const Json& in, service::UserChange& change, Reader& r, std::string_view path);
  static Json schema(Schemas& s);
};

// A one-time password reset link: the token rides in the fragment of `path`, which
// browsers never send to a server.
template <>
struct Codec<service::ResetLink> {
  static void write(const service::ResetLink& link, Json& out);
  static Json schema(Schemas& s);
};

// {"admin_totp_required": bool}: required when sent, too.
template <>
struct Codec<service::SecuritySettings> {
  static void write(const service::SecuritySettings& settings, Json& out);
  static void read(const Json& in, service::SecuritySettings& settings, Reader& r,
                   std::string_view path);
  static Json schema(Schemas& s);
};

// An entry of the audit log, with the record before and after as the JSON it was.
template <>
struct Codec<domain::AuditEntry> {
  static void write(const domain::AuditEntry& entry, Json& out);
  static Json schema(Schemas& s);
};

// What a check of the audit log's hash chain found (component AuditVerification).
template <>
struct Codec<service::AuditReport> {
  static void write(const service::AuditReport& report, Json& out);
  static Json schema(Schemas& s);
};

// Also the body of the 503 that says the database cannot be written.
template <>
struct Codec<HealthReport> {
  static void write(const HealthReport& health, Json& out);
  static Json schema(Schemas& s);
};

template <>
struct Codec<domain::Country> {
  static void write(const domain::Country& country, Json& out);
  static Json schema(Schemas& s);
};

template <>
struct Codec<OpenApiDocument> {
  static void write(const OpenApiDocument& document, Json& out) { out = document.document; }
  static Json schema(Schemas&) {
    return {{"type", "object"}, {"description", "an OpenAPI 3.1 document"}};
  }
};

}  // namespace orbis::http::json
