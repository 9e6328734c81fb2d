// The OpenAPI 3.1 document, generated from the route table so that it always matches
// the routes; the schemas of bodies are written out here.
#include <algorithm>
#include <set>

#include "http/api.h"

namespace orbis::http {
namespace {

using nlohmann::json;

json ref(const std::string& name) { return {{"$ref", "#/components/schemas/" + name}}; }
json str() { return {{"type", "string"}}; }
json nullable(const char* type) { return {{"type", json::array({type, "null"})}}; }
json integer() { return {{"type", "integer"}}; }
json array_of(json items) { return {{"type", "array"}, {"items", std::move(items)}}; }
json object(json properties, std::vector<std::string> required = {}) {
  json o = {{"type", "object"}, {"properties", std::move(properties)}};
  if (!required.empty()) o["required"] = required;
  return o;
}
json list_of(const std::string& item) {
  return object({{"items", array_of(ref(item))}, {"next", nullable("string")}}, {"items", "next"});
}

json schemas() {
  const json institution_types = {{"type", "string"},
                                  {"enum",
                                   {"education", "company", "facility", "funder", "government",
                                    "healthcare", "nonprofit", "archive", "other"}}};
  const json summary_properties = {{"id", integer()},
                                   {"name", str()},
                                   {"name_zh", nullable("string")},
                                   {"country", {{"type", "string"}, {"pattern", "^[A-Z]{2}$"}}},
                                   {"city", nullable("string")},
                                   {"types", array_of(institution_types)},
                                   {"ror_id", nullable("string")},
                                   {"domains", array_of(str())},
                                   {"established", nullable("integer")}};
  json full = summary_properties;
  full["names"] = array_of(object(
      {{"name", str()},
       {"lang", nullable("string")},
       {"kind", {{"type", "string"}, {"enum", {"display", "zh", "alias", "acronym", "label"}}}}}));
  full["website"] = nullable("string");
  full["wikidata"] = nullable("string");
  full["state_province"] = nullable("string");
  full["status"] = str();
  full["version"] = integer();
  full["org_units"] = array_of(ref("OrgUnit"));
  const json role = {{"type", "string"},
                     {"enum", {"admin", "officer", "coordinator", "student", "partner", "viewer"}}};
  return {
      {"Problem", object({{"type", str()},
                          {"title", str()},
                          {"status", integer()},
                          {"detail", str()},
                          {"errors", array_of(object({{"field", str()}, {"message", str()}}))}},
                         {"type", "title", "status", "detail"})},
      {"InstitutionSummary",
       object(summary_properties, {"id", "name", "country", "types", "domains"})},
      {"Institution",
       object(full, {"id", "name", "country", "types", "domains", "names", "version"})},
      {"InstitutionPage", object({{"items", array_of(ref("InstitutionSummary"))},
                                  {"next", nullable("string")},
                                  {"total", integer()}},
                                 {"items", "next"})},
      {"InstitutionInput",
       object({{"name", str()},
               {"name_zh", str()},
               {"country", str()},
               {"city", str()},
               {"state_province", str()},
               {"website", str()},
               {"wikidata", str()},
               {"ror_id", str()},
               {"types", array_of(institution_types)},
               {"established", nullable("integer")},
               {"domains", array_of(str())},
               {"names",
                array_of(object({{"name", str()}, {"lang", str()}, {"kind", str()}}, {"name"}))}})},
      {"OrgUnit", object({{"id", integer()},
                          {"institution_id", integer()},
                          {"parent_id", nullable("integer")},
                          {"code", nullable("string")},
                          {"name", str()},
                          {"name_zh", nullable("string")},
                          {"version", integer()}},
                         {"id", "institution_id", "name"})},
      {"OrgUnitInput", object({{"name", str()},
                               {"name_zh", str()},
                               {"code", str()},
                               {"parent_id", nullable("integer")}},
                              {"name"})},
      {"OrgUnitList", list_of("OrgUnit")},
      {"HomeInstitution", object({{"institution", ref("InstitutionSummary")}}, {"institution"})},
      {"HomeInstitutionInput", object({{"institution_id", integer()}}, {"institution_id"})},
      {"LoginInput", object({{"email", str()}, {"password", str()}}, {"email", "password"})},
      {"Login",
       object({{"token", str()}, {"csrf", str()}, {"expires", str()}, {"user", ref("User")}},
              {"token", "csrf", "user"})},
      {"User", object({{"id", integer()},
                       {"email", str()},
                       {"name", str()},
                       {"role", role},
                       {"org_unit_id", nullable("integer")},
                       {"institution_id", nullable("integer")},
                       {"active", {{"type", "boolean"}}}},
                      {"id", "email", "role"})},
      {"UserInput", object({{"email", str()},
                            {"name", str()},
                            {"role", role},
                            {"password", str()},
                            {"org_unit_id", nullable("integer")},
                            {"institution_id", nullable("integer")}},
                           {"email", "role", "password"})},
      {"UserList", list_of("User")},
      {"AuditEntry", object({{"seq", integer()},
                             {"at", str()},
                             {"actor", str()},
                             {"action", str()},
                             {"entity", str()},
                             {"entity_id", str()},
                             {"before", json::object()},
                             {"after", json::object()},
                             {"prev_hash", str()},
                             {"hash", str()}})},
      {"AuditPage", list_of("AuditEntry")},
      {"AuditVerification",
       object({{"entries", integer()},
               {"intact", {{"type", "boolean"}}},
               {"problems", array_of(object({{"seq", integer()}, {"problem", str()}}))}})},
      {"Health", object({{"status", str()},
                         {"version", str()},
                         {"database", str()},
                         {"schema", integer()},
                         {"institutions", integer()}})},
      {"Party", object({{"institution_id", integer()},
                        {"is_home", {{"type", "boolean"}}},
                        {"org_unit_id", nullable("integer")},
                        {"contact", json::object()},
                        {"signatory", json::object()},
                        {"signed_on", nullable("string")},
                        {"institution", ref("InstitutionSummary")}},
                       {"institution_id", "is_home"})},
      {"Condition",
       object({{"id", integer()},
               {"sending_institution_id", integer()},
               {"receiving_institution_id", integer()},
               {"mobility_type",
                {{"type", "string"},
                 {"enum",
                  {"student_studies", "student_traineeship", "staff_teaching", "staff_training",
                   "summer_programme", "research_visit", "joint_degree"}}}},
               {"academic_years", object({{"first", str()}, {"last", str()}})},
               {"eqf_levels", array_of(integer())},
               {"isced", nullable("string")},
               {"seats_per_year", integer()},
               {"months_per_seat", nullable("number")},
               {"total_months_per_year", nullable("number")},
               {"total_days_per_year", nullable("integer")},
               {"languages", array_of(object({{"language", str()}, {"cefr", nullable("string")}}))},
               {"blended", {{"type", "boolean"}}},
               {"other_terms", str()},
               {"usage", json::object()}},
              {"sending_institution_id", "receiving_institution_id", "mobility_type",
               "academic_years"})},
      {"Agreement", object({{"id", integer()},
                            {"code", str()},
                            {"title", str()},
                            {"kinds", array_of(str())},
                            {"status", str()},
                            {"stored_status", str()},
                            {"start_date", str()},
                            {"end_date", nullable("string")},
                            {"auto_renewal", {{"type", "boolean"}}},
                            {"notes", str()},
                            {"tags", array_of(str())},
                            {"version", integer()},
                            {"parties", array_of(ref("Party"))},
                            {"partners", array_of(ref("InstitutionSummary"))},
                            {"conditions", array_of(ref("Condition"))},
                            {"balance", array_of(json::object())},
                            {"history", array_of(json::object())},
                            {"attachments", array_of(ref("Attachment"))},
                            {"ewp", json::object()},
                            {"days_left", nullable("integer")}},
                           {"id", "title", "kinds", "status", "parties", "conditions", "version"})},
      {"AgreementInput", object({{"code", str()},
                                 {"title", str()},
                                 {"kinds", array_of(str())},
                                 {"start_date", str()},
                                 {"end_date", nullable("string")},
                                 {"auto_renewal", {{"type", "boolean"}}},
                                 {"notes", str()},
                                 {"tags", array_of(str())},
                                 {"parties", array_of(ref("Party"))},
                                 {"conditions", array_of(ref("Condition"))}})},
      {"AgreementPage", object({{"items", array_of(ref("Agreement"))},
                                {"next", nullable("string")},
                                {"total", integer()}},
                               {"items", "next"})},
      {"TransitionInput", object({{"to", str()}, {"reason", str()}}, {"to"})},
      {"Comment", object({{"id", integer()},
                          {"at", str()},
                          {"author", str()},
                          {"author_role", str()},
                          {"text", str()},
                          {"institution_id", nullable("integer")}})},
      {"CommentInput",
       object({{"text", str()}, {"institution_id", nullable("integer")}}, {"text"})},
      {"CommentList", list_of("Comment")},
      {"Attachment", object({{"id", integer()},
                             {"filename", str()},
                             {"content_type", str()},
                             {"size", integer()},
                             {"sha256", str()},
                             {"uploaded_at", str()},
                             {"uploaded_by", str()},
                             {"institution_id", nullable("integer")}})},
      {"FileUpload", {{"type", "string"}, {"contentMediaType", "application/octet-stream"}}},
      {"ImportOutcome",
       object({{"dry_run", {{"type", "boolean"}}},
               {"agreements", integer()},
               {"conditions", integer()},
               {"errors",
                array_of(object({{"line", integer()}, {"field", str()}, {"message", str()}}))},
               {"created", array_of(integer())}})},
      {"EwpComparison",
       object({{"our_hash", str()},
               {"partner_hash", str()},
               {"hashes_match", {{"type", "boolean"}}},
               {"differences",
                array_of(object({{"path", str()}, {"ours", str()}, {"theirs", str()}}))},
               {"approved_hash", nullable("string")},
               {"approved_at", nullable("string")}})},
      {"AgreementSettings", object({{"notice_days", integer()}}, {"notice_days"})},
      {"CredentialInput",
       object({{"type", str()},
               {"subject", object({{"name", str()}, {"name_zh", str()}, {"email", str()}})},
               {"achievement", json::object()}},
              {"type", "subject", "achievement"})},
      {"CredentialRecord", object({{"id", str()},
                                   {"type", str()},
                                   {"subject", json::object()},
                                   {"status", str()},
                                   {"status_reason", str()},
                                   {"issued_at", str()},
                                   {"issued_by", str()},
                                   {"verify_url", str()},
                                   {"document", json::object()}})},
      {"CredentialList", list_of("CredentialRecord")},
      {"CredentialStatusInput", object({{"status", str()}, {"reason", str()}}, {"status"})},
      {"Person",
       object({{"id", integer()},
               {"kind", str()},
               {"family_name", str()},
               {"given_name", str()},
               {"name_zh", nullable("string")},
               {"display_name", str()},
               {"email", nullable("string")},
               {"nationality", str()},
               {"home_institution_id", integer()},
               {"org_unit_id", nullable("integer")},
               {"level", nullable("integer")},
               {"position", str()},
               {"field", nullable("string")},
               {"gpa", nullable("number")},
               {"gpa_scale", nullable("string")},
               {"year_of_study", nullable("integer")},
               {"languages", array_of(json::object())},
               {"user_id", nullable("integer")},
               {"version", integer()},
               {"personal", json::object()}},
              {"id", "kind", "family_name", "nationality", "home_institution_id", "version"})},
      {"PersonInput", object({{"kind", str()},
                              {"family_name", str()},
                              {"given_name", str()},
                              {"name_zh", str()},
                              {"email", str()},
                              {"nationality", str()},
                              {"home_institution_id", integer()},
                              {"org_unit_id", nullable("integer")},
                              {"level", nullable("integer")},
                              {"position", str()},
                              {"field", str()},
                              {"gpa", nullable("number")},
                              {"gpa_scale", str()},
                              {"year_of_study", nullable("integer")},
                              {"languages", array_of(json::object())},
                              {"user_id", nullable("integer")},
                              {"date_of_birth", str()},
                              {"passport_number", str()},
                              {"phone", str()}})},
      {"PersonPage",
       object(
           {{"items", array_of(ref("Person"))}, {"next", nullable("string")}, {"total", integer()}},
           {"items", "next"})},
      {"Programme", object({{"id", integer()},
                            {"code", str()},
                            {"name", str()},
                            {"name_zh", str()},
                            {"kind", str()},
                            {"host_ids", array_of(integer())},
                            {"hosts", array_of(json::object())},
                            {"language", str()},
                            {"fee", json::object()},
                            {"capacity", nullable("integer")},
                            {"max_duration_months", integer()},
                            {"description", str()},
                            {"description_zh", str()},
                            {"scholarships", array_of(json::object())},
                            {"published", {{"type", "boolean"}}}},
                           {"id", "code", "name", "kind"})},
      {"ProgrammeList", list_of("Programme")},
      {"ProgrammeInput", object({{"code", str()},
                                 {"name", str()},
                                 {"name_zh", str()},
                                 {"kind", str()},
                                 {"host_ids", array_of(integer())},
                                 {"agreement_id", nullable("integer")},
                                 {"condition_ids", array_of(integer())},
                                 {"language", str()},
                                 {"fee", json::object()},
                                 {"capacity", nullable("integer")},
                                 {"max_duration_months", integer()},
                                 {"description", str()},
                                 {"description_zh", str()},
                                 {"scholarships", array_of(json::object())},
                                 {"published", {{"type", "boolean"}}}})},
      {"Offer", object({{"id", integer()},
                        {"agreement_id", nullable("integer")},
                        {"condition_id", nullable("integer")},
                        {"programme_id", nullable("integer")},
                        {"host_id", integer()},
                        {"seats", integer()},
                        {"title", str()},
                        {"eligibility", json::object()}},
                       {"id", "host_id", "seats"})},
      {"OfferInput", object({{"agreement_id", nullable("integer")},
                             {"condition_id", nullable("integer")},
                             {"programme_id", nullable("integer")},
                             {"host_id", integer()},
                             {"seats", integer()},
                             {"title", str()},
                             {"eligibility", json::object()}})},
      {"Call", object({{"id", integer()},
                       {"code", str()},
                       {"title", str()},
                       {"title_zh", str()},
                       {"academic_year", str()},
                       {"term", str()},
                       {"opens_at", str()},
                       {"closes_at", str()},
                       {"time_zone", str()},
                       {"phase", str()},
                       {"eligibility", json::object()},
                       {"weights", json::object()},
                       {"max_preferences", integer()},
                       {"offers", array_of(ref("Offer"))},
                       {"published_run_id", nullable("integer")},
                       {"version", integer()}},
                      {"id", "code", "title", "opens_at", "closes_at", "offers"})},
      {"CallList", list_of("Call")},
      {"CallInput", object({{"code", str()},
                            {"title", str()},
                            {"title_zh", str()},
                            {"academic_year", str()},
                            {"term", str()},
                            {"opens_at", str()},
                            {"closes_at", str()},
                            {"time_zone", str()},
                            {"org_unit_id", nullable("integer")},
                            {"eligibility", json::object()},
                            {"weights", json::object()},
                            {"max_preferences", integer()},
                            {"offers", array_of(ref("OfferInput"))}})},
      {"Application", object({{"id", integer()},
                              {"call_id", integer()},
                              {"person_id", integer()},
                              {"status", str()},
                              {"preferences", array_of(integer())},
                              {"verdicts", array_of(json::object())},
                              {"score", nullable("number")},
                              {"result", json::object()},
                              {"person", json::object()},
                              {"history", array_of(json::object())},
                              {"version", integer()}},
                             {"id", "call_id", "person_id", "status", "preferences"})},
      {"ApplicationList", list_of("Application")},
      {"ApplicationInput", object({{"person_id", integer()},
                                   {"preferences", array_of(integer())},
                                   {"motivation", str()}})},
      {"ReasonInput", object({{"reason", str()}})},
      {"ScoreInput",
       object({{"interview_score", nullable("number")}, {"motivation_score", nullable("number")}})},
      {"PlacementRunInput", object({{"mode", str()}, {"seed", integer()}})},
      {"PlacementRun", object({{"id", integer()},
                               {"call_id", integer()},
                               {"mode", str()},
                               {"seed", str()},
                               {"input_sha256", str()},
                               {"engine_version", str()},
                               {"statistics", json::object()},
                               {"created_at", str()},
                               {"published_at", nullable("string")},
                               {"input", json::object()},
                               {"output", json::object()}},
                              {"id", "call_id", "mode", "seed", "input_sha256"})},
      {"PlacementRunList", list_of("PlacementRun")},
      {"PlacementComparison", object({{"a", ref("PlacementRun")},
                                      {"b", ref("PlacementRun")},
                                      {"same_input", {{"type", "boolean"}}},
                                      {"unchanged", integer()},
                                      {"differences", array_of(json::object())}})},
      {"NominationCount", object({{"nominated", integer()}}, {"nominated"})},
      {"Mobility", object({{"id", integer()},
                           {"person_id", integer()},
                           {"direction", str()},
                           {"type", str()},
                           {"sending_institution_id", integer()},
                           {"receiving_institution_id", integer()},
                           {"academic_year", str()},
                           {"planned_start", str()},
                           {"planned_end", str()},
                           {"status", str()},
                           {"nomination", json::object()},
                           {"person", json::object()},
                           {"history", array_of(json::object())},
                           {"version", integer()}},
                          {"id", "person_id", "direction", "status"})},
      {"MobilityPage", object({{"items", array_of(ref("Mobility"))},
                               {"next", nullable("string")},
                               {"total", integer()}},
                              {"items", "next"})},
      {"MobilityInput", object({{"person_id", integer()},
                                {"direction", str()},
                                {"type", str()},
                                {"sending_institution_id", integer()},
                                {"receiving_institution_id", integer()},
                                {"agreement_id", nullable("integer")},
                                {"condition_id", nullable("integer")},
                                {"programme_id", nullable("integer")},
                                {"academic_year", str()},
                                {"planned_start", str()},
                                {"planned_end", str()},
                                {"actual_start", str()},
                                {"actual_end", str()},
                                {"funding", array_of(json::object())},
                                {"credits_planned", {{"type", "number"}}}})},
      {"IncomingNominationInput", object({{"person", json::object()},
                                          {"agreement_id", integer()},
                                          {"condition_id", nullable("integer")},
                                          {"type", str()},
                                          {"academic_year", str()},
                                          {"planned_start", str()},
                                          {"planned_end", str()}},
                                         {"person"})},
      {"MobilityCredentialInput", object({{"type", str()}})},
      {"MobilityImportOutcome", object({{"dry_run", {{"type", "boolean"}}},
                                        {"rows", integer()},
                                        {"errors", array_of(json::object())},
                                        {"created", array_of(integer())}})},
      {"LearningAgreement", object({{"mobility_id", integer()},
                                    {"versions", array_of(json::object())},
                                    {"transcript", array_of(json::object())},
                                    {"recognition", array_of(json::object())},
                                    {"recognised_at", str()},
                                    {"party", nullable("string")},
                                    {"warnings", array_of(str())}},
                                   {"mobility_id", "versions"})},
      {"LaProposal",
       object({{"components", array_of(json::object())}, {"reason", str()}}, {"components"})},
      {"LaApproval", object({{"sha256", str()}}, {"sha256"})},
      {"LaComment", object({{"text", str()}}, {"text"})},
      {"TranscriptInput", object({{"entries", array_of(json::object())}}, {"entries"})},
      {"RecognitionInput",
       object({{"entries", array_of(json::object())}, {"approve", {{"type", "boolean"}}}},
              {"entries"})},
      {"RecognitionRates", object({{"items", array_of(json::object())}}, {"items"})},
      {"Course", object({{"id", integer()},
                         {"code", str()},
                         {"title", str()},
                         {"credits", {{"type", "number"}}},
                         {"credit_system", str()}})},
      {"CourseList", list_of("Course")},
      {"CreditSystem", object({{"system", str()}, {"ects_per_credit", {{"type", "number"}}}},
                              {"system", "ects_per_credit"})},
      {"DecisionInput", object({{"accept", {{"type", "boolean"}}}, {"reason", str()}}, {"accept"})},
      {"TransitionInput", object({{"to", str()}, {"reason", str()}, {"date", str()}}, {"to"})},
      {"KeyRotation", object({{"public_multikey", str()}}, {"public_multikey"})},
      {"VerifyInput", object({{"credential", json::object()}}, {"credential"})},
      {"VerifyReport", object({{"verdict", str()},
                               {"checks", array_of(json::object())},
                               {"issuer", str()},
                               {"ours", {{"type", "boolean"}}},
                               {"issuer_name", nullable("string")}})},
      {"Reminders", object({{"expiring", array_of(json::object())},
                            {"unused_seats", array_of(json::object())},
                            {"calendar_url", str()}})},
      {"Country",
       object({{"code", str()}, {"name", str()}, {"name_zh", str()}, {"region", str()}})},
      {"CountryList", list_of("Country")},
  };
}

json problem_response(const char* description) {
  return {{"description", description},
          {"content", {{"application/problem+json", {{"schema", ref("Problem")}}}}}};
}

std::string operation_id(const Route& route) {
  std::string id = route.method;
  std::transform(id.begin(), id.end(), id.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const char c : route.pattern.substr(std::string("/api/v1").size())) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      id.push_back(c);
    } else if (!id.empty() && id.back() != '_') {
      id.push_back('_');
    }
  }
  while (!id.empty() && id.back() == '_') id.pop_back();
  return id;
}

}  // namespace

json openapi_document(const Router& router) {
  json paths = json::object();
  for (const auto& route : router.routes()) {
    json op = {
        {"summary", route.summary}, {"operationId", operation_id(route)}, {"tags", {route.tag}}};
    json parameters = json::array();
    for (std::size_t at = route.pattern.find('{'); at != std::string::npos;
         at = route.pattern.find('{', at + 1)) {
      const auto end = route.pattern.find('}', at);
      const auto name = route.pattern.substr(at + 1, end - at - 1);
      parameters.push_back(
          {{"name", name},
           {"in", "path"},
           {"required", true},
           {"schema",
            name == "token" || name == "purpose" || name == "credential" ? str() : integer()}});
    }
    for (const auto& q : route.query) {
      parameters.push_back({{"name", q.name},
                            {"in", "query"},
                            {"required", false},
                            {"description", q.description},
                            {"schema", {{"type", q.type}}}});
    }
    if (route.method == "PATCH") {
      parameters.push_back({{"name", "If-Match"},
                            {"in", "header"},
                            {"required", true},
                            {"description", "the ETag of the version read"},
                            {"schema", str()}});
    }
    if (!parameters.empty()) op["parameters"] = parameters;
    if (!route.request_schema.empty()) {
      const char* media = route.request_schema == "FileUpload" ? "*/*" : "application/json";
      op["requestBody"] = {{"required", true},
                           {"content", {{media, {{"schema", ref(route.request_schema)}}}}}};
    }
    json success = {{"description", "success"}};
    if (!route.response_schema.empty()) {
      success["content"] = {{"application/json", {{"schema", ref(route.response_schema)}}}};
    } else if (route.success_status != 204 &&
               route.pattern.find("/openapi.json") != std::string::npos) {
      success["content"] = {{"application/json", {{"schema", json::object()}}}};
    }
    json responses = {{std::to_string(route.success_status), success}};
    responses["400"] = problem_response("malformed request");
    if (!route.request_schema.empty() || !route.query.empty())
      responses["422"] = problem_response("invalid fields");
    if (route.is_public) {
      op["security"] = json::array();
    } else {
      responses["401"] = problem_response("not signed in");
      responses["403"] = problem_response("the role may not do this");
      json roles = json::array();
      for (const auto r : route.roles) roles.push_back(domain::to_string(r));
      op["x-orbis-roles"] = roles;
    }
    if (route.pattern.find('{') != std::string::npos)
      responses["404"] = problem_response("no such resource");
    if (route.method == "POST")
      responses["409"] = problem_response("conflicts with the current state");
    if (route.method == "PATCH") {
      responses["409"] = problem_response("stale version");
      responses["428"] = problem_response("If-Match missing");
    }
    if (route.pattern == "/api/v1/auth/login")
      responses["429"] = problem_response("too many failed sign-ins");
    op["responses"] = responses;
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    paths[route.pattern][method] = op;
  }
  return {{"openapi", "3.1.0"},
          {"info",
           {{"title", "Orbis API"},
            {"version", ORBIS_VERSION},
            {"description",
             "The JSON API of Orbis, the open-source system for a university's "
             "internationalization. Errors are RFC 9457 problem details."},
            {"license", {{"name", "Apache-2.0"}, {"identifier", "Apache-2.0"}}}}},
          {"servers", json::array({{{"url", "/"}}})},
          {"paths", paths},
          {"components",
           {{"schemas", schemas()},
            {"securitySchemes",
             {{"bearerAuth", {{"type", "http"}, {"scheme", "bearer"}}},
              {"cookieAuth",
               {{"type", "apiKey"}, {"in", "cookie"}, {"name", std::string(kSessionCookie)}}}}}}},
          {"security",
           json::array({{{"bearerAuth", json::array()}}, {{"cookieAuth", json::array()}}})}};
}

}  // namespace orbis::http
