// Routes of partnerships: agreements, their life cycle, comments, attachments,
// reminders and the calendar feed.
#include <fmt/format.h>

#include <algorithm>

#include "http/api.h"
#include "http/api_support.h"
#include "service/partnerships/agreement_json.h"

namespace orbis::http {
namespace {

using domain::Role;
using internal::FieldReader;
using nlohmann::json;

const std::vector<Role> kReaders = {Role::admin, Role::officer, Role::coordinator, Role::partner,
                                    Role::viewer};

constexpr std::array<std::string_view, 10> kAgreementFields = {
    "code",     "title",        "kinds", "parties", "start_date",
    "end_date", "auto_renewal", "notes", "tags",    "conditions"};

std::optional<double> number_or_null(FieldReader& r, const json& v, const std::string& field) {
  if (v.is_null()) return std::nullopt;
  if (!v.is_number()) {
    r.error(field, "must be a number or null");
    return std::nullopt;
  }
  return v.get<double>();
}

std::string text_member(FieldReader& r, const json& o, const char* name, const std::string& path) {
  if (!o.contains(name) || o[name].is_null()) return "";
  if (!o[name].is_string()) {
    r.error(path + "/" + name, "must be a string");
    return "";
  }
  return o[name].get<std::string>();
}

domain::Contact read_person(FieldReader& r, const json& o, const std::string& path) {
  domain::Contact p;
  if (o.is_null()) return p;
  if (!o.is_object()) {
    r.error(path, "must be an object");
    return p;
  }
  p.name = text_member(r, o, "name", path);
  p.email = text_member(r, o, "email", path);
  p.phone = text_member(r, o, "phone", path);
  p.title = text_member(r, o, "title", path);
  return p;
}

std::vector<domain::Party> read_parties(FieldReader& r, const json& v) {
  std::vector<domain::Party> out;
  if (!v.is_array()) {
    r.error("parties", "must be an array");
    return out;
  }
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto path = fmt::format("parties/{}", i);
    const auto& o = v[i];
    if (!o.is_object()) {
      r.error(path, "must be an object");
      continue;
    }
    domain::Party p;
    if (o.contains("institution_id") && o["institution_id"].is_number_integer() &&
        o["institution_id"].get<std::int64_t>() > 0) {
      p.institution = InstitutionId{o["institution_id"].get<std::int64_t>()};
    } else {
      r.error(path + "/institution_id", "the id of a registry institution is required");
    }
    p.is_home = o.value("is_home", false) == true;
    if (o.contains("org_unit_id") && !o["org_unit_id"].is_null()) {
      if (o["org_unit_id"].is_number_integer())
        p.org_unit = OrgUnitId{o["org_unit_id"].get<std::int64_t>()};
      else
        r.error(path + "/org_unit_id", "must be an id or null");
    }
    if (o.contains("contact")) p.contact = read_person(r, o["contact"], path + "/contact");
    if (o.contains("signatory")) p.signatory = read_person(r, o["signatory"], path + "/signatory");
    p.signed_on = text_member(r, o, "signed_on", path);
    out.push_back(std::move(p));
  }
  return out;
}

std::vector<domain::CooperationCondition> read_conditions(FieldReader& r, const json& v) {
  std::vector<domain::CooperationCondition> out;
  if (!v.is_array()) {
    r.error("conditions", "must be an array");
    return out;
  }
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto path = fmt::format("conditions/{}", i);
    const auto& o = v[i];
    if (!o.is_object()) {
      r.error(path, "must be an object");
      continue;
    }
    domain::CooperationCondition c;
    const auto id_of = [&](const char* name) {
      if (o.contains(name) && o[name].is_number_integer())
        return InstitutionId{o[name].get<std::int64_t>()};
      r.error(path + "/" + name, "the id of one of the parties is required");
      return InstitutionId{};
    };
    c.sending = id_of("sending_institution_id");
    c.receiving = id_of("receiving_institution_id");
    const auto type = text_member(r, o, "mobility_type", path);
    if (const auto t = domain::parse_mobility_type(type))
      c.mobility_type = *t;
    else
      r.error(path + "/mobility_type",
              "one of student_studies, student_traineeship, staff_teaching, staff_training, "
              "summer_programme, research_visit, joint_degree");
    if (o.contains("academic_years") && o["academic_years"].is_object()) {
      c.first_academic_year =
          text_member(r, o["academic_years"], "first", path + "/academic_years");
      c.last_academic_year = text_member(r, o["academic_years"], "last", path + "/academic_years");
    } else {
      r.error(path + "/academic_years",
              "an object {first, last} like {\"first\": \"2025/2026\", \"last\": \"2029/2030\"}");
    }
    if (o.contains("eqf_levels")) {
      if (!o["eqf_levels"].is_array())
        r.error(path + "/eqf_levels", "an array of levels 5 to 8");
      else {
        for (const auto& level : o["eqf_levels"]) {
          if (level.is_number_integer())
            c.eqf_levels.push_back(level.get<int>());
          else
            r.error(path + "/eqf_levels", "an array of levels 5 to 8");
        }
      }
    }
    c.isced = text_member(r, o, "isced", path);
    c.isced_clarification = text_member(r, o, "isced_clarification", path);
    if (o.contains("seats_per_year")) {
      if (o["seats_per_year"].is_number_integer())
        c.seats_per_year = o["seats_per_year"].get<int>();
      else
        r.error(path + "/seats_per_year", "a whole number");
    }
    if (o.contains("months_per_seat"))
      c.months_per_seat = number_or_null(r, o["months_per_seat"], path + "/months_per_seat");
    if (o.contains("total_months_per_year")) {
      c.total_months_per_year =
          number_or_null(r, o["total_months_per_year"], path + "/total_months_per_year");
    }
    if (o.contains("total_days_per_year") && !o["total_days_per_year"].is_null()) {
      if (o["total_days_per_year"].is_number_integer())
        c.total_days_per_year = o["total_days_per_year"].get<int>();
      else
        r.error(path + "/total_days_per_year", "a whole number or null");
    }
    if (o.contains("languages")) {
      if (!o["languages"].is_array())
        r.error(path + "/languages", "an array of {language, cefr}");
      else {
        for (std::size_t k = 0; k < o["languages"].size(); ++k) {
          const auto& l = o["languages"][k];
          const auto lpath = fmt::format("{}/languages/{}", path, k);
          if (!l.is_object()) {
            r.error(lpath, "an object {language, cefr}");
            continue;
          }
          c.languages.push_back(
              {text_member(r, l, "language", lpath), text_member(r, l, "cefr", lpath)});
        }
      }
    }
    c.blended = o.value("blended", false) == true;
    c.other_terms = text_member(r, o, "other_terms", path);
    out.push_back(std::move(c));
  }
  return out;
}

// Applies the members of `body` to `a`: what is absent stays; lists are replaced whole.
Status apply_body(const json& body, domain::Agreement& a) {
  if (auto ok = internal::only_fields(body, kAgreementFields); !ok) return ok;
  FieldReader r(body);
  if (auto v = r.text("code")) a.code = *v;
  if (auto v = r.text("title")) a.title = *v;
  if (auto v = r.texts("kinds")) {
    a.kinds.clear();
    for (std::size_t i = 0; i < v->size(); ++i) {
      if (const auto k = domain::parse_agreement_kind((*v)[i]))
        a.kinds.push_back(*k);
      else
        r.error(fmt::format("kinds/{}", i), fmt::format("'{}' is not an agreement kind", (*v)[i]));
    }
  }
  if (auto v = r.text("start_date")) a.start_date = *v;
  if (auto v = r.text("end_date")) a.end_date = *v;
  if (body.contains("auto_renewal")) {
    if (body["auto_renewal"].is_boolean())
      a.auto_renewal = body["auto_renewal"].get<bool>();
    else
      r.error("auto_renewal", "true or false");
  }
  if (auto v = r.text("notes")) a.notes = *v;
  if (auto v = r.texts("tags")) a.tags = *v;
  if (body.contains("parties")) a.parties = read_parties(r, body["parties"]);
  if (body.contains("conditions")) a.conditions = read_conditions(r, body["conditions"]);
  return r.finish("agreement");
}

// The detail as the API shows it: with our EWP hash when EWP can express the agreement.
Response agreement_response(int status, const service::AgreementView& view,
                            const service::EwpAgreements* ewp = nullptr,
                            const domain::Actor* actor = nullptr) {
  json body = service::agreement_view_json(view, true);
  body["ewp"]["our_hash"] = nullptr;
  if (ewp && actor) {
    if (auto exported = ewp->export_iia(*actor, view.agreement.id))
      body["ewp"]["our_hash"] = exported->iia_hash;
  }
  auto r = Response::json(status, body);
  r.headers.emplace_back("ETag", fmt::format("\"{}\"", view.agreement.version));
  return r;
}

// Headers carry ASCII only: a browser sends a Chinese file name percent-encoded. A name
// that is not validly encoded is kept as sent.
std::string decode_filename(const std::string& name) {
  if (name.find('%') == std::string::npos) return name;
  std::string decoded;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] != '%') {
      decoded.push_back(name[i]);
      continue;
    }
    if (i + 2 >= name.size() || !std::isxdigit(static_cast<unsigned char>(name[i + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(name[i + 2]))) {
      return name;
    }
    decoded.push_back(static_cast<char>(std::stoi(name.substr(i + 1, 2), nullptr, 16)));
    i += 2;
  }
  return decoded;
}

std::optional<int> optional_int(const std::string& value) {
  if (value.empty() || value.size() > 9 ||
      value.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return std::stoi(value);
}

}  // namespace

void add_agreement_routes(Router& router, service::Services& s) {
  router.add(
      {.method = "GET",
       .pattern = "/api/v1/agreements/reminders",
       .roles = {Role::admin, Role::officer, Role::viewer},
       .summary =
           "List agreements expiring within 180, 90 or 30 days, and conditions with unused seats",
       .tag = "agreements",
       .response_schema = "Reminders",
       .handler = [&s](Request& req) {
         auto reminders = s.agreement_reminders.list(req.principal->actor);
         if (!reminders) return problem(reminders.error());
         auto token = s.agreement_reminders.calendar_token(req.principal->actor);
         if (!token) return problem(token.error());
         json expiring = json::array();
         for (const auto& e : reminders->expiring) {
           expiring.push_back({{"agreement", service::agreement_view_json(e.agreement, false)},
                               {"days_left", e.days_left},
                               {"window", e.window}});
         }
         json unused = json::array();
         for (const auto& u : reminders->unused_seats) {
           unused.push_back({{"agreement", service::agreement_view_json(u.agreement, false)},
                             {"condition", service::condition_json(
                                               u.agreement.agreement.conditions[u.condition])},
                             {"usage",
                              {{"academic_year", u.usage.academic_year},
                               {"seats_used", u.usage.seats_used},
                               {"seats_free", u.usage.seats_free}}}});
         }
         return Response::json(200, {{"expiring", expiring},
                                     {"unused_seats", unused},
                                     {"calendar_url", "/api/v1/calendar/" + *token + ".ics"}});
       }});

  router.add({.method = "GET",
              .pattern = "/api/v1/agreements",
              .roles = kReaders,
              .summary = "List agreements (a partner sees only its own institution's)",
              .tag = "agreements",
              .query = {{"q", "string", "words of the title, code or a partner's name"},
                        {"partner", "integer", "a partner institution's id"},
                        {"country", "string", "a partner's ISO 3166-1 alpha-2 country"},
                        {"kind", "string", "an agreement kind"},
                        {"status", "string", "an effective status, including expiring and expired"},
                        {"expiring_within", "integer", "days until the end date"},
                        {"isced", "string", "an ISCED-F code or its prefix"},
                        {"limit", "integer", "page size, 1 to 100 (default 20)"},
                        {"cursor", "string", "the `next` value of the previous page"}},
              .response_schema = "AgreementPage",
              .handler = [&s](Request& req) {
                auto limit = internal::size_param(req, "limit", 20, 1, 100);
                if (!limit) return problem(limit.error());
                service::AgreementFilter f;
                f.q = req.query_value("q");
                f.country = req.query_value("country");
                f.kind = req.query_value("kind");
                f.status = req.query_value("status");
                f.isced = req.query_value("isced");
                f.limit = *limit;
                f.cursor = req.query_value("cursor");
                std::vector<FieldError> errors;
                if (const auto p = req.query_value("partner"); !p.empty()) {
                  if (const auto id = optional_int(p))
                    f.partner = InstitutionId{*id};
                  else
                    errors.push_back({"partner", "an institution id"});
                }
                if (const auto e = req.query_value("expiring_within"); !e.empty()) {
                  if (const auto days = optional_int(e))
                    f.expiring_within = *days;
                  else
                    errors.push_back({"expiring_within", "a number of days"});
                }
                if (!errors.empty())
                  return problem(Error::invalid("the filter has invalid parameters", errors));
                return internal::respond(
                    s.agreements.list(req.principal->actor, f), [](const auto& page) {
                      json items = json::array();
                      for (const auto& v : page.items)
                        items.push_back(service::agreement_view_json(v, false));
                      return Response::json(200, {{"items", items},
                                                  {"next", page.next ? json(*page.next) : json()},
                                                  {"total", page.total}});
                    });
              }});

  router.add({.method = "POST",
              .pattern = "/api/v1/agreements",
              .roles = {Role::admin, Role::officer},
              .summary = "Add an agreement (as a draft)",
              .tag = "agreements",
              .request_schema = "AgreementInput",
              .response_schema = "Agreement",
              .success_status = 201,
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                domain::Agreement a;
                if (auto ok = apply_body(*body, a); !ok) return problem(ok.error());
                return internal::respond(
                    s.agreements.create(req.principal->actor, std::move(a)), [](const auto& v) {
                      auto r = agreement_response(201, v);
                      r.headers.emplace_back(
                          "Location", fmt::format("/api/v1/agreements/{}", v.agreement.id.value));
                      return r;
                    });
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/agreements/{id}",
              .roles = kReaders,
              .summary = "Read an agreement with parties, conditions, history and attachments",
              .tag = "agreements",
              .response_schema = "Agreement",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(
                    s.agreements.get(req.principal->actor, AgreementId{*id}), [&](const auto& v) {
                      return agreement_response(200, v, &s.ewp_agreements, &req.principal->actor);
                    });
              }});

  router.add(
      {.method = "PATCH",
       .pattern = "/api/v1/agreements/{id}",
       .roles = {Role::admin, Role::officer},
       .summary = "Change an agreement (If-Match: the ETag you read; lists given are replaced)",
       .tag = "agreements",
       .request_schema = "AgreementInput",
       .response_schema = "Agreement",
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto version = internal::required_version(req);
         if (!version) return std::move(version.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         auto current = s.agreements.get(req.principal->actor, AgreementId{*id});
         if (!current) return problem(current.error());
         domain::Agreement a = current->agreement;
         if (auto ok = apply_body(*body, a); !ok) return problem(ok.error());
         return internal::respond(s.agreements.update(req.principal->actor, std::move(a), *version),
                                  [](const auto& v) { return agreement_response(200, v); });
       }});

  router.add({.method = "POST",
              .pattern = "/api/v1/agreements/{id}/transitions",
              .roles = {Role::admin, Role::officer},
              .summary = "Move an agreement through its life cycle",
              .tag = "agreements",
              .request_schema = "TransitionInput",
              .response_schema = "Agreement",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto version = internal::if_match_version(req);
                if (!version) return problem(version.error());
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"to", "reason"}); !ok)
                  return problem(ok.error());
                FieldReader r(*body);
                const auto to = r.text("to").value_or("");
                const auto reason = r.text("reason").value_or("");
                const auto status = domain::parse_agreement_status(to);
                if (!status)
                  r.error("to", "one of negotiation, draft, signed, active, terminated, renewed");
                if (auto ok = r.finish("transition"); !ok) return problem(ok.error());
                return internal::respond(
                    s.agreements.transition(req.principal->actor, AgreementId{*id}, *status, reason,
                                            *version),
                    [](const auto& v) { return agreement_response(200, v); });
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/agreements/{id}/comments",
              .roles = kReaders,
              .summary = "Read the discussion of an agreement, the oldest comment first",
              .tag = "agreements",
              .query = internal::paged_query(),
              .response_schema = "CommentList",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::paged_list(
                    req,
                    [&](const service::PageRequest& page) {
                      return s.agreement_comments.list(req.principal->actor, AgreementId{*id},
                                                       page);
                    },
                    service::comment_json);
              }});

  router.add(
      {.method = "POST",
       .pattern = "/api/v1/agreements/{id}/comments",
       .roles = {Role::admin, Role::officer, Role::coordinator, Role::partner},
       .summary = "Comment on an agreement",
       .tag = "agreements",
       .request_schema = "CommentInput",
       .response_schema = "Comment",
       .success_status = 201,
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         auto body = internal::json_body(req);
         if (!body) return problem(body.error());
         if (auto ok = internal::only_fields(*body, {"text", "institution_id"}); !ok)
           return problem(ok.error());
         FieldReader r(*body);
         const auto text = r.text("text").value_or("");
         std::optional<InstitutionId> for_partner;
         if (body->contains("institution_id") && !(*body)["institution_id"].is_null()) {
           if (const auto partner = r.id("institution_id")) for_partner = InstitutionId{*partner};
         }
         if (auto ok = r.finish("comment"); !ok) return problem(ok.error());
         return internal::respond(
             s.agreement_comments.add(req.principal->actor, AgreementId{*id}, text, for_partner),
             [](const auto& c) { return Response::json(201, service::comment_json(c)); });
       }});

  router.add(
      {.method = "POST",
       .pattern = "/api/v1/agreements/{id}/attachments",
       .roles = {Role::admin, Role::officer},
       .summary = "Attach a file (the body is the file; X-Filename names it; at most 10 MiB)",
       .tag = "agreements",
       .query = {{"institution", "integer",
                  "the partner the file is for (an annex); without it, every party sees it"}},
       .request_schema = "FileUpload",
       .response_schema = "Attachment",
       .success_status = 201,
       .body_limit = kMaxUploadBytes,
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         std::string type = req.header("content-type");
         type = type.substr(0, type.find(';'));
         std::optional<InstitutionId> for_partner;
         if (const auto partner = req.query_value("institution"); !partner.empty()) {
           const auto value = optional_int(partner);
           if (!value || *value <= 0) {
             return problem(Error::invalid("institution is an id",
                                           {{"institution", "a partner institution's id"}}));
           }
           for_partner = InstitutionId{*value};
         }
         return internal::respond(
             s.agreement_attachments.attach(req.principal->actor, AgreementId{*id},
                                            decode_filename(req.header("x-filename")), type,
                                            req.body, for_partner),
             [](const auto& a) { return Response::json(201, service::attachment_json(a)); });
       }});

  router.add(
      {.method = "GET",
       .pattern = "/api/v1/agreements/{id}/attachments/{attachment}",
       .roles = kReaders,
       .summary = "Download an attachment",
       .tag = "agreements",
       .handler = [&s](Request& req) {
         auto id = internal::id_param(req, "id");
         auto attachment = internal::id_param(req, "attachment");
         if (!id || !attachment) return problem(!id ? id.error() : attachment.error());
         auto file =
             s.agreement_attachments.get(req.principal->actor, AgreementId{*id}, *attachment);
         if (!file) return problem(file.error());
         Response r;
         r.content_type = file->first.content_type;
         r.body = std::move(file->second);
         const auto& name = file->first.filename;
         r.headers.emplace_back("Content-Disposition", content_disposition("attachment", name));
         r.headers.emplace_back("Cache-Control", "private, no-store");
         return r;
       }});

  router.add(
      {.method = "POST",
       .pattern = "/api/v1/agreements/import",
       .roles = {Role::admin, Role::officer},
       .summary = "Import agreements from CSV (dry_run=true checks every row and changes nothing)",
       .tag = "agreements",
       .query = {{"dry_run", "string", "true to check only (the default), false to import"}},
       .request_schema = "FileUpload",
       .response_schema = "ImportOutcome",
       .body_limit = kMaxUploadBytes,
       .handler = [&s](Request& req) {
         auto dry = internal::dry_run_param(req);
         if (!dry) return problem(dry.error());
         auto outcome = s.agreement_imports.import_csv(req.principal->actor, req.body, *dry);
         if (!outcome) return problem(outcome.error());
         const json errors = internal::rows_json(outcome->errors);
         json created = json::array();
         for (const auto id : outcome->created) created.push_back(id.value);
         const json body = {{"dry_run", outcome->dry_run},
                            {"agreements", outcome->agreements},
                            {"conditions", outcome->conditions},
                            {"errors", errors},
                            {"created", created}};
         if (!outcome->dry_run && !outcome->errors.empty())
           return internal::invalid_rows(errors, false);
         return Response::json(outcome->dry_run ? 200 : 201, body);
       }});

  const auto comparison_json = [](const service::EwpComparison& c) {
    json differences = json::array();
    for (const auto& [path, ours, theirs] : c.differences) {
      differences.push_back({{"path", path}, {"ours", ours}, {"theirs", theirs}});
    }
    return json{
        {"our_hash", c.our_hash},
        {"partner_hash", c.partner_hash},
        {"hashes_match", c.hashes_match},
        {"differences", differences},
        {"approved_hash", c.state.approved_hash.empty() ? json() : json(c.state.approved_hash)},
        {"approved_at", c.state.approved_at.empty() ? json() : json(c.state.approved_at)}};
  };

  router.add({.method = "GET",
              .pattern = "/api/v1/agreements/{id}/ewp-iia",
              .roles = kReaders,
              .summary = "Export the agreement as an EWP IIA v7 get-response with its iia-hash",
              .tag = "agreements",
              .handler = [&s](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                auto exported = s.ewp_agreements.export_iia(req.principal->actor, AgreementId{*id});
                if (!exported) return problem(exported.error());
                Response r;
                r.content_type = "application/xml; charset=utf-8";
                r.body = std::move(exported->xml);
                r.headers.emplace_back("X-Orbis-IIA-Hash", exported->iia_hash);
                if (!exported->omitted.empty()) {
                  std::string omitted;
                  for (const auto& o : exported->omitted)
                    omitted += (omitted.empty() ? "" : "; ") + o;
                  r.headers.emplace_back("X-Orbis-EWP-Omitted", omitted);
                }
                const auto name = fmt::format("iia-{}.xml", *id);
                r.headers.emplace_back("Content-Disposition", content_disposition("inline", name));
                return r;
              }});

  router.add(
      {.method = "POST",
       .pattern = "/api/v1/agreements/{id}/ewp-iia",
       .roles = {Role::admin, Role::officer},
       .summary = "Keep the partner's IIA v7 document beside ours and compare them field by field",
       .tag = "agreements",
       .request_schema = "FileUpload",
       .response_schema = "EwpComparison",
       .body_limit = kMaxUploadBytes,
       .handler = [&s, comparison_json](Request& req) {
         auto id = internal::id_param(req, "id");
         if (!id) return problem(id.error());
         const auto type = req.header("content-type");
         if (type.find("xml") == std::string::npos) {
           return problem(Error::invalid("send the partner's IIA as XML",
                                         {{"content-type", "application/xml or text/xml"}}));
         }
         return internal::respond(
             s.ewp_agreements.import_partner_copy(req.principal->actor, AgreementId{*id}, req.body),
             [&](const auto& c) { return Response::json(200, comparison_json(c)); });
       }});

  router.add({.method = "POST",
              .pattern = "/api/v1/agreements/{id}/ewp-iia/approve",
              .roles = {Role::admin, Role::officer},
              .summary = "Approve the partner's IIA copy (only when both iia-hashes match)",
              .tag = "agreements",
              .response_schema = "EwpComparison",
              .handler = [&s, comparison_json](Request& req) {
                auto id = internal::id_param(req, "id");
                if (!id) return problem(id.error());
                return internal::respond(
                    s.ewp_agreements.approve_partner_copy(req.principal->actor, AgreementId{*id}),
                    [&](const auto& c) { return Response::json(200, comparison_json(c)); });
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/settings/agreements",
              .roles = {Role::admin, Role::officer, Role::coordinator, Role::partner, Role::viewer},
              .summary = "Read the agreement settings (the notice period before expiry)",
              .tag = "settings",
              .response_schema = "AgreementSettings",
              .handler = [&s](Request&) {
                return Response::json(200, {{"notice_days", s.agreements.notice_days()}});
              }});

  router.add({.method = "PUT",
              .pattern = "/api/v1/settings/agreements",
              .roles = {Role::admin},
              .summary = "Change the notice period before expiry",
              .tag = "settings",
              .request_schema = "AgreementSettings",
              .response_schema = "AgreementSettings",
              .handler = [&s](Request& req) {
                auto body = internal::json_body(req);
                if (!body) return problem(body.error());
                if (auto ok = internal::only_fields(*body, {"notice_days"}); !ok)
                  return problem(ok.error());
                if (!(*body).contains("notice_days") ||
                    !(*body)["notice_days"].is_number_integer()) {
                  return problem(Error::invalid("notice_days is required",
                                                {{"notice_days", "a whole number of days"}}));
                }
                const auto days = (*body)["notice_days"].get<std::int64_t>();
                if (auto ok = s.agreements.set_notice_days(
                        req.principal->actor,
                        static_cast<int>(std::clamp<std::int64_t>(days, -1, 100000)));
                    !ok) {
                  return problem(ok.error());
                }
                return Response::json(200, {{"notice_days", s.agreements.notice_days()}});
              }});

  router.add({.method = "GET",
              .pattern = "/api/v1/calendar/{token}",
              .is_public = true,
              .summary = "Read a user's iCalendar feed of agreement expiries (the secret token is "
                         "the credential)",
              .tag = "agreements",
              .handler = [&s](Request& req) {
                std::string token = req.params["token"];
                if (token.ends_with(".ics")) token.resize(token.size() - 4);
                auto calendar = s.agreement_reminders.calendar(token);
                if (!calendar) return problem(calendar.error());
                Response r;
                r.content_type = "text/calendar; charset=utf-8";
                r.body = std::move(*calendar);
                r.headers.emplace_back("Cache-Control", "private, max-age=3600");
                return r;
              }});
}

}  // namespace orbis::http
