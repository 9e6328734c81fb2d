#include "http/json/credentials.h"

namespace orbis::http::json {
namespace {

Json text() { return {{"type", "string"}}; }

// An object whose every member is always sent.
Json record_schema(Json properties) {
  Json required = Json::array();
  for (const auto& [name, _] : properties.items()) required.push_back(name);
  return {{"type", "object"}, {"properties", std::move(properties)}, {"required", required}};
}

// A text member a client sends; null reads as empty.
void read_text(const Json& in, std::string& out, Reader& r, const std::string& path) {
  if (in.is_null())
    out.clear();
  else
    Codec<std::string>::read(in, out, r, path);
}

}  // namespace

Json Codec<SignedCredential>::schema(Schemas& s) {
  // A W3C Verifiable Credential (v2) with its Data Integrity proof.
  return s.ref("SignedCredential", [](Schemas&) {
    return Json{
        {"type", "object"},
        {"properties",
         {{"@context", {{"type", "array"}, {"items", text()}}},
          {"id", text()},
          {"type", {{"type", "array"}, {"items", text()}}},
          {"issuer", {{"type", Json::array({"string", "object"})}}},
          {"validFrom", text()},
          {"credentialSubject", {{"type", "object"}}},
          {"credentialStatus", {{"type", Json::array({"object", "array"})}}},
          {"proof", {{"type", "object"}}}}},
        {"required", Json::array({"@context", "type", "issuer", "credentialSubject", "proof"})}};
  });
}

void Codec<service::IssuerAddress>::write(const service::IssuerAddress& value, Json& out) {
  out = {{"did", value.did},
         {"public_url", value.public_url},
         {"only_this_machine", value.only_this_machine}};
}

Json Codec<service::IssuerAddress>::schema(Schemas& s) {
  return s.ref("IssuerAddress", [](Schemas&) {
    return record_schema(
        {{"did", text()}, {"public_url", text()}, {"only_this_machine", {{"type", "boolean"}}}});
  });
}

void Codec<service::CredentialView>::write(const service::CredentialView& view, Json& out) {
  const auto& r = view.record;
  out = {{"id", r.id},
         {"type", r.type},
         {"subject",
          {{"name", r.subject_name}, {"name_zh", r.subject_name_zh}, {"email", r.subject_email}}},
         {"status", r.status},
         {"status_reason", r.status_reason},
         {"issued_at", r.issued_at},
         {"issued_by", r.issued_by},
         {"updated_at", r.updated_at},
         {"verify_url", view.verify_url},
         {"allowed_transitions", view.allowed_transitions}};
  // The signed document as it was stored; null for a reader who may not see the holder's
  // results (domain/privacy.h), whose record holds none.
  if (view.with_document)
    out["document"] = r.document.empty() ? Json() : Json::parse(r.document, nullptr, false);
}

Json Codec<service::CredentialView>::schema(Schemas& s) {
  return s.ref("CredentialRecord", [](Schemas& schemas) {
    Json out = record_schema(
        {{"id", text()},
         {"type", text()},
         {"subject", record_schema({{"name", text()}, {"name_zh", text()}, {"email", text()}})},
         {"status", text()},
         {"status_reason", text()},
         {"issued_at", text()},
         {"issued_by", text()},
         {"updated_at", text()},
         {"verify_url", text()},
         {"allowed_transitions",
          {{"type", "array"},
           {"items",
            {{"type", "string"}, {"enum", Json::array({"active", "suspended", "revoked"})}}},
           {"description", "the statuses the reader may move it to now"}}}});
    out["properties"]["document"] = {
        {"anyOf", Json::array({Codec<SignedCredential>::schema(schemas), {{"type", "null"}}})},
        {"description",
         "the signed credential (a new one and the detail); null for a reader who may not see "
         "the holder's results, left out of lists"}};
    return out;
  });
}

void Codec<service::IssueRequest>::read(const Json& in, service::IssueRequest& request, Reader& r,
                                        std::string_view path) {
  if (!in.is_object()) return r.error(std::string(path), "an object");
  if (!in.contains("achievement")) request.achievement = Json::object();
  if (!in.contains("subject"))
    r.error(Reader::join(path, "subject"), "an object {name, name_zh, email}");
  for (const auto& [key, member] : in.items()) {
    const auto where = Reader::join(path, key);
    if (key == "type") {
      read_text(member, request.type, r, where);
    } else if (key == "achievement") {
      // The type's fields, checked by the type (docs/credentials.md).
      request.achievement = member;
    } else if (key != "subject") {
      r.error(where, "not a member of this record");
    } else if (!member.is_object()) {
      r.error(where, "an object {name, name_zh, email}");
    } else {
      for (const auto& [name, value] : member.items()) {
        const auto at = Reader::join(where, name);
        if (name == "name")
          read_text(value, request.subject_name, r, at);
        else if (name == "name_zh")
          read_text(value, request.subject_name_zh, r, at);
        else if (name == "email")
          read_text(value, request.subject_email, r, at);
        else
          r.error(at, "not a member of this record");
      }
    }
  }
}

Json Codec<service::IssueRequest>::schema(Schemas& s) {
  return s.ref("Credential", [](Schemas&) {
    const Json nullable_text = {{"type", Json::array({"string", "null"})}};
    return Json{
        {"type", "object"},
        {"properties",
         {{"type",
           {{"type", "string"},
            {"description",
             "exchange_completion, transcript_of_records or programme_participation"}}},
          {"subject",
           {{"type", "object"},
            {"properties",
             {{"name", nullable_text}, {"name_zh", nullable_text}, {"email", nullable_text}}},
            {"additionalProperties", false}}},
          {"achievement",
           {{"type", "object"},
            {"additionalProperties", true},
            {"description", "the type's fields (docs/credentials.md)"}}}}},
        {"required", Json::array({"type", "subject", "achievement"})},
        {"additionalProperties", false}};
  });
}

void Codec<VerifyRequest>::read(const Json& in, VerifyRequest& request, Reader& r,
                                std::string_view path) {
  // Other members are left alone: a verifier may wrap the credential in more.
  if (!in.is_object() || !in.contains("credential") || !in["credential"].is_object()) {
    r.error(Reader::join(path, "credential"), "a credential, a JSON object");
    return;
  }
  request.credential = in["credential"];
}

Json Codec<VerifyRequest>::schema(Schemas& s) {
  return s.ref("Verify", [](Schemas&) {
    return Json{{"type", "object"},
                {"properties",
                 {{"credential",
                   {{"type", "object"},
                    {"additionalProperties", true},
                    {"description", "a signed credential, as it was signed"}}}}},
                {"required", Json::array({"credential"})}};
  });
}

void Codec<service::VerifyReport>::write(const service::VerifyReport& report, Json& out) {
  out = credentials::to_json(report.verification);
  out["ours"] = report.ours;
  out["issuer_name"] = report.issuer_name.empty() ? Json() : Json(report.issuer_name);
}

Json Codec<service::VerifyReport>::schema(Schemas& s) {
  return s.ref("VerifyReport", [](Schemas& schemas) {
    return record_schema(
        {{"verdict", schema_of<credentials::Verdict>(schemas)},
         {"issuer", text()},
         {"verificationMethod", text()},
         {"checks",
          {{"type", "array"},
           {"items", record_schema({{"name", text()},
                                    {"outcome", schema_of<credentials::Outcome>(schemas)},
                                    {"reason", text()}})}}},
         {"ours", {{"type", "boolean"}, {"description", "whether Orbis issued it"}}},
         {"issuer_name", {{"type", Json::array({"string", "null"})}}}});
  });
}

}  // namespace orbis::http::json
