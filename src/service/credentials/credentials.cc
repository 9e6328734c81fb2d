#include "service/credentials/credentials.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "common/crypto.h"
#include "common/text.h"
#include "credentials/datetime.h"
#include "credentials/did.h"
#include "credentials/keys.h"
#include "credentials/status_list.h"
#include "domain/access/policy.h"
#include "domain/reference.h"
#include "service/support/access.h"
#include "service/support/audit_log.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

namespace vc = orbis::credentials;
using domain::Role;
using domain::access::Action;
using domain::access::Resource;
using nlohmann::json;

constexpr std::size_t kStatusListSize = 131072;
constexpr std::string_view kPublicUrlSetting = "credentials.public_url";

// The public URL before any is configured or stored.
constexpr std::string_view kDefaultPublicUrl = "http://localhost:8080";

// "http://localhost:8080/x" -> "localhost:8080"
std::string_view authority_of(std::string_view url) {
  for (const std::string_view scheme : {"https://", "http://"}) {
    if (url.starts_with(scheme)) url.remove_prefix(scheme.size());
  }
  return url.substr(0, url.find('/'));
}

// "http://localhost:8080/x" -> did:web:localhost%3A8080
Result<std::string> did_of(const std::string& public_url) {
  const std::string_view rest = authority_of(public_url);
  const auto colon = rest.find(':');
  const std::string host(rest.substr(0, colon));
  std::optional<std::uint16_t> port;
  if (colon != std::string_view::npos) {
    const std::string digits(rest.substr(colon + 1));
    if (digits.empty() || digits.size() > 5 ||
        digits.find_first_not_of("0123456789") != std::string::npos) {
      return fail(Error::invalid("the public URL has a bad port: " + public_url));
    }
    port = static_cast<std::uint16_t>(std::stoi(digits));
  }
  return vc::did_web_for(host, port);
}

std::string uuid_v4() {
  auto bytes = crypto::random_bytes(16);
  bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40);
  bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
  const auto hex = crypto::to_hex(bytes);
  return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" +
         hex.substr(16, 4) + "-" + hex.substr(20);
}

// The achievement's fields, checked by type; every problem named.
void check_achievement(const IssueRequest& r, std::vector<FieldError>& errors) {
  const auto& a = r.achievement;
  if (!a.is_object()) {
    errors.push_back({"achievement", "an object with the fields of the credential's type"});
    return;
  }
  const auto text = [&](const char* name, bool required) {
    if (!a.contains(name) || a[name].is_null()) {
      if (required) errors.push_back({fmt::format("achievement/{}", name), "required"});
      return;
    }
    if (!a[name].is_string() || !text::valid_utf8(a[name].get<std::string>()) ||
        a[name].get<std::string>().size() > 500) {
      errors.push_back({fmt::format("achievement/{}", name), "text of at most 500 bytes"});
    }
  };
  const auto date = [&](const char* name, bool required) {
    text(name, required);
    if (a.contains(name) && a[name].is_string() &&
        !domain::parse_date(a[name].get<std::string>())) {
      errors.push_back({fmt::format("achievement/{}", name), "a date like 2026-07-31"});
    }
  };
  const auto number = [&](const char* name) {
    if (a.contains(name) && !a[name].is_null() &&
        (!a[name].is_number() || a[name].get<double>() < 0)) {
      errors.push_back({fmt::format("achievement/{}", name), "a number of 0 or more"});
    }
  };
  if (r.type == "exchange_completion") {
    text("host_institution", true);
    text("host_country", false);
    text("programme", false);
    date("start_date", true);
    date("end_date", true);
    number("credits");
    text("credit_system", false);
  } else if (r.type == "transcript_of_records") {
    text("host_institution", true);
    text("term", true);
    if (!a.contains("courses") || !a["courses"].is_array() || a["courses"].empty()) {
      errors.push_back({"achievement/courses", "at least one course"});
    } else {
      for (std::size_t i = 0; i < a["courses"].size(); ++i) {
        const auto& c = a["courses"][i];
        if (!c.is_object() || !c.contains("title") || !c["title"].is_string() ||
            !c.contains("grade") || !(c["grade"].is_string() || c["grade"].is_number())) {
          errors.push_back({fmt::format("achievement/courses/{}", i), "needs a title and a grade"});
        }
      }
    }
  } else if (r.type == "programme_participation") {
    text("programme", true);
    text("host_institution", false);
    date("start_date", true);
    date("end_date", true);
    number("hours");
    text("description", false);
  } else {
    errors.push_back(
        {"type", "exchange_completion, transcript_of_records or programme_participation"});
  }
}

std::string type_name(const std::string& type) {
  if (type == "exchange_completion") return "ExchangeCompletionCredential";
  if (type == "transcript_of_records") return "TranscriptOfRecordsCredential";
  return "ProgrammeParticipationCredential";
}

std::string achievement_name(const IssueRequest& r) {
  const auto& a = r.achievement;
  if (r.type == "exchange_completion")
    return "Exchange at " + a.value("host_institution", std::string());
  if (r.type == "transcript_of_records") {
    return "Transcript of records: " + a.value("host_institution", std::string()) + ", " +
           a.value("term", std::string());
  }
  return a.value("programme", std::string());
}

}  // namespace

Credentials::Credentials(store::Store& store, const Clock& clock, const Registry& registry,
                         CredentialsConfig config)
    : store_(store), clock_(clock), registry_(registry), config_(std::move(config)) {
  if (config_.public_url.empty()) {
    auto stored = run(store_, store::Access::read,
                      [](store::Transaction& tx) { return tx.settings().get(kPublicUrlSetting); });
    if (stored && *stored) config_.public_url = **stored;
  }
  did_ = did_of(config_.public_url.empty() ? std::string(kDefaultPublicUrl) : config_.public_url)
             .value_or("did:web:localhost");
}

Result<std::string> Credentials::did_for(const std::string& public_url) {
  return did_of(public_url);
}

IssuerAddress Credentials::issuer_address() const {
  IssuerAddress out;
  out.did = did_;
  out.public_url = config_.public_url.empty() ? std::string(kDefaultPublicUrl) : config_.public_url;
  const auto authority = authority_of(out.public_url);
  out.only_this_machine = vc::only_this_machine(authority.substr(0, authority.find(':')));
  return out;
}

Status Credentials::set_public_url(std::string url, bool persist) {
  auto did = did_of(url);
  if (!did) return fail(did.error());
  if (persist) {
    auto saved = run(store_, store::Access::write, [&](store::Transaction& tx) {
      return tx.settings().set(kPublicUrlSetting, url);
    });
    if (!saved) return fail(saved.error());
  }
  config_.public_url = std::move(url);
  did_ = std::move(*did);
  return {};
}

std::string Credentials::status_url(const std::string& purpose) const {
  std::string base = config_.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/api/v1/credentials/status/" + purpose;
}

std::string Credentials::verify_url(const std::string& id) const {
  std::string base = config_.public_url;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/verify/" + id;
}

Status Credentials::ensure_key() {
  return run(store_, store::Access::write,
             [&](store::Transaction& tx) { return ensure_key_in(tx); });
}

Status Credentials::ensure_key_in(store::Transaction& tx) {
  if (!config_.kek)
    return fail(Error::unavailable(
        "no key-encryption key: start orbis serve with --kek-file or ORBIS_KEK"));
  auto keys = tx.credentials().keys();
  if (!keys) return fail(keys.error());
  if (!keys->empty()) return {};
  const auto pair = vc::KeyPair::generate();
  const auto issuer = vc::did_key_issuer(pair);
  auto sealed = vc::seal_key_file(issuer, *config_.kek, clock_.now());
  if (!sealed) return fail(sealed.error());
  const store::IssuerKeyRecord key_record{0, vc::to_multikey(pair.public_key()), *sealed,
                                          format_iso8601(clock_.now())};
  if (auto id = tx.credentials().insert_key(key_record); !id) return fail(id.error());
  const domain::Actor system{UserId{}, "system", Role::admin, {}, {}};
  return record(tx, clock_, system, "credential.key_create", "issuer_key",
                key_record.public_multikey, nullptr,
                {{"public_multikey", key_record.public_multikey}});
}

Result<std::string> Credentials::rotate_key(const domain::Actor& actor) {
  if (auto ok = require_reach(actor, Resource::issuer_key, Action::issue, "rotate the issuer key");
      !ok)
    return fail(ok.error());
  if (!config_.kek)
    return fail(Error::unavailable(
        "no key-encryption key: start orbis serve with --kek-file or ORBIS_KEK"));
  // One new key for the use case: a retried transaction stores the same one.
  const auto pair = vc::KeyPair::generate();
  auto sealed = vc::seal_key_file(vc::did_key_issuer(pair), *config_.kek, clock_.now());
  if (!sealed) return fail(sealed.error());
  const store::IssuerKeyRecord key_record{0, vc::to_multikey(pair.public_key()), *sealed,
                                          format_iso8601(clock_.now())};
  auto rotated = run(store_, store::Access::write, [&](store::Transaction& tx) -> Status {
    if (auto id = tx.credentials().insert_key(key_record); !id) return fail(id.error());
    return record(tx, clock_, actor, "credential.key_rotate", "issuer_key",
                  key_record.public_multikey, nullptr,
                  {{"public_multikey", key_record.public_multikey}});
  });
  if (!rotated) return fail(rotated.error());
  return key_record.public_multikey;
}

Result<vc::IssuerKey> Credentials::signing_key(store::Transaction& tx) const {
  if (!config_.kek)
    return fail(Error::unavailable(
        "no key-encryption key: start orbis serve with --kek-file or ORBIS_KEK"));
  auto keys = tx.credentials().keys();
  if (!keys) return fail(keys.error());
  if (keys->empty()) return fail(Error::unavailable("the institution has no issuer key yet"));
  auto opened = vc::open_key_file(keys->back().sealed_key, *config_.kek);
  if (!opened)
    return fail(Error::unavailable("the issuer key cannot be opened with this key-encryption key"));
  return vc::did_web_issuer(opened->key, did_);
}

Result<json> Credentials::did_document() const {
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return did_document_in(tx); });
}

Result<json> Credentials::did_document_in(store::Transaction& tx) const {
  auto keys = tx.credentials().keys();
  if (!keys) return fail(keys.error());
  if (keys->empty()) return fail(Error::not_found("the institution has no issuer key yet"));
  std::vector<vc::PublishedKey> published;
  for (const auto& k : *keys) {
    auto key = vc::parse_multikey(k.public_multikey);
    if (!key) return fail(key.error());
    published.push_back({*key, ""});
  }
  return vc::did_document(did_, published);
}

Result<json> Credentials::status_list(const std::string& purpose) const {
  return run(store_, store::Access::read,
             [&](store::Transaction& tx) { return status_list_in(tx, purpose); });
}

Result<json> Credentials::status_list_in(store::Transaction& tx, const std::string& purpose) const {
  if (purpose != "revocation" && purpose != "suspension") {
    return fail(Error::not_found("status lists are 'revocation' and 'suspension'"));
  }
  auto key = signing_key(tx);
  if (!key) return fail(key.error());
  auto records = tx.credentials().list(false);
  if (!records) return fail(records.error());
  vc::BitstringStatusList list(kStatusListSize);
  const std::string flagged = purpose == "revocation" ? "revoked" : "suspended";
  for (const auto& r : *records) {
    if (r.status == flagged) {
      if (auto ok = list.set(static_cast<std::size_t>(r.status_index)); !ok)
        return fail(ok.error());
    }
  }
  const auto now = clock_.now();
  auto unsigned_list = vc::status_list_credential(
      list, status_url(purpose),
      purpose == "revocation" ? vc::StatusPurpose::revocation : vc::StatusPurpose::suspension,
      key->issuer, vc::format_xml_datetime(now));
  if (!unsigned_list) return fail(unsigned_list.error());
  return vc::issue_credential(*unsigned_list, *key, now);
}

Result<store::CredentialRecord> Credentials::issue(const domain::Actor& actor,
                                                   const IssueRequest& r) {
  if (auto ok = require_reach(actor, Resource::credential, Action::issue, "issue credentials"); !ok)
    return fail(ok.error());
  return run(store_, store::Access::write,
             [&](store::Transaction& tx) { return issue_in(tx, actor, r); });
}

Result<store::CredentialRecord> Credentials::issue_in(store::Transaction& tx,
                                                      const domain::Actor& actor,
                                                      const IssueRequest& r) {
  std::vector<FieldError> errors;
  const std::string name(text::trim(r.subject_name));
  if (name.empty() || name.size() > 200 || !text::valid_utf8(name))
    errors.push_back({"subject/name", "the recipient's name"});
  if (!r.subject_email.empty() && r.subject_email.find('@') == std::string::npos) {
    errors.push_back({"subject/email", "an email address"});
  }
  check_achievement(r, errors);
  if (!errors.empty())
    return fail(Error::invalid("the credential has invalid fields", std::move(errors)));
  // The first key, the signing key, the home institution and the free status-list index
  // are read in the transaction that stores the credential: a retry draws the index again
  // from what is then taken.
  if (auto ok = ensure_key_in(tx); !ok) return fail(ok.error());
  auto key = signing_key(tx);
  if (!key) return fail(key.error());
  auto home = Registry::home_in(tx);
  if (!home) return fail(home.error());

  auto existing = tx.credentials().list(false);
  if (!existing) return fail(existing.error());
  // A random free index, so that a credential's place in the list says nothing about when
  // it was issued (the Bitstring Status List's advice for group privacy).
  std::set<int> used;
  for (const auto& e : *existing) used.insert(e.status_index);
  if (used.size() >= kStatusListSize) return fail(Error::exhausted("the status list is full"));
  int index = 0;
  do {
    const auto bytes = crypto::random_bytes(4);
    index =
        static_cast<int>((static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[0])) << 16 |
                          static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[1])) << 8 |
                          static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[2]))) %
                         kStatusListSize);
  } while (used.contains(index));

  const std::string id = uuid_v4();
  const auto now = clock_.now();
  json subject = {{"type", json::array({"AchievementSubject"})}, {"name", name}};
  if (!r.subject_name_zh.empty()) subject["name_zh"] = r.subject_name_zh;
  json achievement = r.achievement;
  achievement["type"] = json::array({"Achievement"});
  achievement["name"] = achievement_name(r);
  subject["achievement"] = achievement;
  json document = {
      {"@context", json::array({"https://www.w3.org/ns/credentials/v2"})},
      {"id", "urn:uuid:" + id},
      {"type", json::array({"VerifiableCredential", type_name(r.type)})},
      {"name", achievement_name(r)},
      {"issuer", {{"id", key->issuer}, {"name", home->name}, {"name_zh", home->name_zh}}},
      {"validFrom", vc::format_xml_datetime(now)},
      {"credentialSubject", subject},
      {"credentialStatus",
       json::array(
           {vc::status_list_entry(status_url("revocation"), vc::StatusPurpose::revocation, index),
            vc::status_list_entry(status_url("suspension"), vc::StatusPurpose::suspension,
                                  index)})}};
  auto issued = vc::issue_credential(document, *key, now);
  if (!issued) return fail(issued.error());
  store::CredentialRecord issued_record{id,
                                        r.type,
                                        name,
                                        r.subject_name_zh,
                                        text::to_lower_ascii(text::trim(r.subject_email)),
                                        "active",
                                        "",
                                        index,
                                        issued->dump(),
                                        format_iso8601(now),
                                        actor.email,
                                        format_iso8601(now)};
  if (auto ok = tx.credentials().insert(issued_record); !ok) return fail(ok.error());
  if (auto ok = record(tx, clock_, actor, "credential.issue", "credential", id, nullptr,
                       {{"type", r.type}, {"subject", name}, {"status_index", index}});
      !ok) {
    return fail(ok.error());
  }
  return issued_record;
}

Result<store::CredentialRecord> Credentials::set_status(const domain::Actor& actor,
                                                        const std::string& id,
                                                        const std::string& status,
                                                        const std::string& reason) {
  if (auto ok = require_reach(actor, Resource::credential, Action::revoke,
                              "revoke or suspend credentials");
      !ok)
    return fail(ok.error());
  if (status != "revoked" && status != "suspended" && status != "active") {
    return fail(Error::invalid("the status is revoked, suspended or active",
                               {{"status", "revoked, suspended or active"}}));
  }
  const std::string why(text::trim(reason));
  if (status != "active" && why.empty())
    return fail(Error::invalid("say why", {{"reason", "required to revoke or suspend"}}));
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<store::CredentialRecord> {
        auto current = get_in(tx, actor, id);
        if (!current) return fail(current.error());
        if (current->status == "revoked")
          return fail(Error::conflict("a revoked credential stays revoked; issue a new one"));
        if (status == "active" && current->status != "suspended")
          return fail(Error::conflict("only a suspended credential can be reinstated"));
        const std::string now = format_iso8601(clock_.now());
        if (auto ok = tx.credentials().set_status(id, status, why, now); !ok)
          return fail(ok.error());
        if (auto ok = record(tx, clock_, actor, "credential.status", "credential", id,
                             {{"status", current->status}}, {{"status", status}, {"reason", why}});
            !ok) {
          return fail(ok.error());
        }
        current->status = status;
        current->status_reason = why;
        current->updated_at = now;
        return current;
      });
}

VerifyReport Credentials::verify(const json& credential) const {
  vc::VerifyOptions options;
  options.now = clock_.now();
  options.require_status = false;  // other issuers' lists cannot be fetched from here
  // What this institution knows of itself and of the credential, read in one transaction.
  // What cannot be read is left out, as is everything when the store cannot be read: the
  // checks it serves then fail.
  struct Known {
    std::optional<json> did_document;
    std::vector<json> status_lists;
    std::optional<std::string> issuer_name;
    std::optional<store::CredentialRecord> record;
  };
  std::string id;
  if (const auto it = credential.is_object() ? credential.find("id") : credential.end();
      it != credential.end() && it->is_string()) {
    id = it->get<std::string>();
  }
  const auto lost_race = [](const Error& e) { return e.code == ErrorCode::aborted; };
  auto known = run(store_, store::Access::read, [&](store::Transaction& tx) -> Result<Known> {
    Known k;
    if (auto document = did_document_in(tx)) {
      k.did_document = std::move(*document);
    } else if (lost_race(document.error())) {
      return fail(document.error());
    }
    if (config_.kek) {
      for (const auto* purpose : {"revocation", "suspension"}) {
        if (auto list = status_list_in(tx, purpose)) {
          k.status_lists.push_back(std::move(*list));
        } else if (lost_race(list.error())) {
          return fail(list.error());
        }
      }
    }
    if (auto home = Registry::home_in(tx)) {
      k.issuer_name = home->name;
    } else if (lost_race(home.error())) {
      return fail(home.error());
    }
    if (id.starts_with("urn:uuid:")) {
      if (auto found = tx.credentials().get(id.substr(9))) {
        k.record = std::move(*found);
      } else if (lost_race(found.error())) {
        return fail(found.error());
      }
    }
    return k;
  });
  if (!known) known = Known{};
  VerifyReport report;
  if (known->did_document) options.did_documents.push_back(std::move(*known->did_document));
  for (auto& list : known->status_lists) options.status_lists.push_back(std::move(list));
  report.verification = vc::verify_credential(credential, options);
  report.ours = report.verification.issuer == did_;
  if (report.ours) {
    if (known->issuer_name) report.issuer_name = *known->issuer_name;
    // Without the key-encryption key the signed status lists cannot be made; for our own
    // credentials the register itself says whether they were revoked or suspended.
    auto& v = report.verification;
    for (auto& check : v.checks) {
      // Only a credential that declares a status has one to check.
      if (check.name != "status" || check.outcome != vc::Outcome::skipped ||
          !credential.contains("credentialStatus")) {
        continue;
      }
      const auto& record = known->record;
      if (!record) {
        check.outcome = vc::Outcome::failed;
        check.reason = "this institution has no record of the credential";
        if (v.verdict == vc::Verdict::valid) v.verdict = vc::Verdict::invalid;
      } else if (record->status == "active") {
        check.outcome = vc::Outcome::passed;
        check.reason = "active in the issuer's register";
      } else {
        check.outcome = vc::Outcome::failed;
        check.reason = record->status + " in the issuer's register: " + record->status_reason;
        if (v.verdict == vc::Verdict::valid) {
          v.verdict = record->status == "revoked" ? vc::Verdict::revoked : vc::Verdict::suspended;
        }
      }
    }
  }
  return report;
}

Result<store::CredentialRecord> Credentials::issue_for_mobility(const domain::Actor& actor,
                                                                MobilityId id,
                                                                const std::string& type) {
  if (auto ok = require_reach(actor, Resource::credential, Action::issue, "issue credentials"); !ok)
    return fail(ok.error());
  return run(
      store_, store::Access::write, [&](store::Transaction& tx) -> Result<store::CredentialRecord> {
        IssueRequest request;
        auto m = tx.mobilities().get(id);
        if (!m) return fail(m.error());
        if (m->status != domain::MobilityStatus::completed &&
            m->status != domain::MobilityStatus::recognised) {
          return fail(Error::conflict(
              fmt::format("the stay is {}; credentials are issued once it is completed",
                          domain::to_string(m->status))));
        }
        auto person = tx.people().get(m->person);
        if (!person) return fail(person.error());
        auto host = tx.institutions().get(m->receiving);
        if (!host) return fail(host.error());
        std::optional<domain::Programme> programme;
        if (m->programme) {
          auto p = tx.programmes().get(*m->programme);
          if (!p) return fail(p.error());
          programme = std::move(*p);
        }
        request.type =
            type.empty() ? (programme && (programme->kind == domain::ProgrammeKind::summer_school ||
                                          programme->kind == domain::ProgrammeKind::winter_school)
                                ? "programme_participation"
                                : "exchange_completion")
                         : type;
        request.subject_name = person->given_name.empty()
                                   ? person->family_name
                                   : person->given_name + " " + person->family_name;
        // Chinese names read family name first, in both scripts.
        if (person->nationality == "CN" || !person->name_zh.empty())
          request.subject_name = person->given_name.empty()
                                     ? person->family_name
                                     : person->family_name + " " + person->given_name;
        request.subject_name_zh = person->name_zh;
        request.subject_email = person->email;
        const std::string start = m->actual_start.empty() ? m->planned_start : m->actual_start;
        const std::string end = m->actual_end.empty() ? m->planned_end : m->actual_end;
        if (request.type == "exchange_completion") {
          request.achievement = {
              {"host_institution", host->name},
              {"host_country", host->country},
              {"programme", programme ? programme->name : std::string("Student exchange")},
              {"start_date", start},
              {"end_date", end}};
          if (m->credits_planned > 0) {
            request.achievement["credits"] = m->credits_planned;
            request.achievement["credit_system"] = "ECTS";
          }
        } else if (request.type == "transcript_of_records") {
          // The host's results from the learning agreement, with the grades they were
          // recognised with at home.
          auto la = tx.learning_agreements().find(id);
          if (!la) return fail(la.error());
          if (!*la || (*la)->transcript.empty()) {
            return fail(Error::conflict(
                "the stay has no transcript yet; the host enters it on the learning agreement"));
          }
          nlohmann::json courses = nlohmann::json::array();
          for (const auto& t : (*la)->transcript) {
            nlohmann::json course = {{"code", t.code},
                                     {"title", t.title.empty() ? t.code : t.title},
                                     {"credits", t.credits},
                                     {"grade", t.grade},
                                     {"grade_scale", t.scale}};
            for (const auto& r : (*la)->recognition) {
              if (std::find(r.host_codes.begin(), r.host_codes.end(), t.code) == r.host_codes.end())
                continue;
              course["converted_grade"] =
                  r.override_grade.empty() ? r.converted_grade : r.override_grade;
              course["converted_scale"] = r.home_scale;
              course["recognised_as"] = r.home_code;
            }
            courses.push_back(std::move(course));
          }
          request.achievement = {
              {"host_institution", host->name},
              {"term", fmt::format("{} ({} to {})", m->academic_year, start, end)},
              {"courses", courses}};
        } else if (request.type == "programme_participation") {
          request.achievement = {
              {"programme", programme ? programme->name : std::string(domain::to_string(m->type))},
              {"host_institution", host->name},
              {"start_date", start},
              {"end_date", end}};
          for (const auto& f : m->funding) {
            if (f.scholarship.empty() || !programme) continue;
            for (const auto& s : programme->scholarships) {
              if (s.code == f.scholarship)
                request.achievement["description"] = fmt::format("Funded by the {}.", s.name);
            }
          }
        } else {
          return fail(Error::invalid(
              "a stay earns an exchange_completion, transcript_of_records or "
              "programme_participation "
              "credential",
              {{"type", "exchange_completion, transcript_of_records or programme_participation"}}));
        }
        return issue_in(tx, actor, request);
      });
}

}  // namespace orbis::service
