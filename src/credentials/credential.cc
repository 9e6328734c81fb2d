#include "credentials/credential.h"

#include <algorithm>
#include <charconv>
#include <optional>

#include "credentials/data_integrity.h"
#include "credentials/datetime.h"
#include "credentials/jcs.h"
#include "credentials/json_access.h"
#include "credentials/status_list.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;

constexpr std::string_view kVerifiableCredential = "VerifiableCredential";
constexpr std::string_view kStatusListCredential = "BitstringStatusListCredential";
constexpr std::string_view kStatusListEntry = "BitstringStatusListEntry";

// The issuer's id whether issuer is a string or an object; "" if neither.
std::string_view issuer_id(const json& credential) {
  const json* issuer = member(credential, "issuer");
  if (issuer == nullptr) return {};
  if (issuer->is_string()) return issuer->get_ref<const std::string&>();
  return string_or_empty(*issuer, "id");
}

bool has_type(const json& value, std::string_view type) {
  const json* types = member(value, "type");
  if (types == nullptr) return false;
  if (types->is_string()) return types->get_ref<const std::string&>() == type;
  if (!types->is_array()) return false;
  return std::any_of(types->begin(), types->end(), [&](const json& t) {
    return t.is_string() && t.get_ref<const std::string&>() == type;
  });
}

// The DID part of a DID URL ("did:x:y#k" -> "did:x:y").
std::string_view did_of(std::string_view did_url) {
  return did_url.substr(0, std::min(did_url.find('#'), did_url.size()));
}

std::string join_fields(const Error& error) {
  std::string text = error.message;
  for (const auto& field : error.fields) text += "; " + field.field + ": " + field.message;
  return text;
}

Check passed(std::string name) { return Check{std::move(name), Outcome::passed, ""}; }
Check failed(std::string name, std::string reason) {
  return Check{std::move(name), Outcome::failed, std::move(reason)};
}
Check skipped(std::string name, std::string reason) {
  return Check{std::move(name), Outcome::skipped, std::move(reason)};
}

// The dates check of any credential (also used for status list credentials).
// Clocks disagree: a credential issued with validFrom = the issuer's "now" must verify on a
// machine whose clock is a little behind. The same allowance as @digitalbazaar/vc.
constexpr std::chrono::seconds kClockSkew{300};

std::optional<std::string> date_problem(const json& credential, TimePoint now) {
  if (const std::string* from = string_member(credential, "validFrom")) {
    const auto t = parse_xml_datetime(*from);
    if (!t) return "validFrom is not an XML dateTimeStamp";
    if (now + kClockSkew < *t) return "not valid before " + *from;
  } else if (member(credential, "validFrom") != nullptr) {
    return "validFrom is not a string";
  }
  if (const std::string* until = string_member(credential, "validUntil")) {
    const auto t = parse_xml_datetime(*until);
    if (!t) return "validUntil is not an XML dateTimeStamp";
    if (now - kClockSkew > *t) return "expired at " + *until;
  } else if (member(credential, "validUntil") != nullptr) {
    return "validUntil is not a string";
  }
  return std::nullopt;
}

std::optional<std::size_t> parse_index(const json& value) {
  if (value.is_number_unsigned()) return value.get<std::size_t>();
  if (!value.is_string()) return std::nullopt;
  const auto& text = value.get_ref<const std::string&>();
  std::size_t index = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), index);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return index;
}

// What one credentialStatus entry says.
struct EntryStatus {
  std::optional<std::string> problem;  // the entry could not be checked
  bool set = false;                    // the status bit is set
  StatusPurpose purpose = StatusPurpose::revocation;
};

EntryStatus check_entry(const json& entry, std::string_view credential_issuer,
                        const VerifyOptions& options) {
  EntryStatus status;
  auto problem = [&](std::string why) {
    status.problem = std::move(why);
    return status;
  };
  if (!has_type(entry, kStatusListEntry)) return problem("unsupported credentialStatus type");
  auto purpose = parse_status_purpose(string_or_empty(entry, "statusPurpose"));
  if (!purpose) return problem(purpose.error().message);
  status.purpose = *purpose;
  if (const json* size = member(entry, "statusSize"); size != nullptr && *size != 1) {
    return problem("statusSize other than 1 is not supported");
  }
  const json* index_value = member(entry, "statusListIndex");
  const auto index = index_value != nullptr ? parse_index(*index_value) : std::nullopt;
  if (!index) return problem("statusListIndex is not a non-negative integer");
  const std::string_view url = string_or_empty(entry, "statusListCredential");
  if (url.empty()) return problem("statusListCredential is missing");

  const auto list = std::find_if(options.status_lists.begin(), options.status_lists.end(),
                                 [&](const json& c) { return string_or_empty(c, "id") == url; });
  if (list == options.status_lists.end()) {
    return problem("the status list " + std::string(url) + " was not supplied");
  }
  if (!has_type(*list, kStatusListCredential)) {
    return problem("the status list is not a BitstringStatusListCredential");
  }
  if (auto proof = verify_proof(*list, options.did_documents); !proof) {
    return problem("the status list's proof: " + proof.error().message);
  } else if (proof->method.controller != issuer_id(*list)) {
    return problem("the status list is not signed by its issuer");
  }
  // Orbis policy: only the credential's own issuer may revoke or suspend it.
  if (issuer_id(*list) != credential_issuer) {
    return problem("the status list's issuer is not the credential's issuer");
  }
  if (auto dates = date_problem(*list, options.now)) return problem("the status list: " + *dates);
  const json* subject = member(*list, "credentialSubject");
  if (subject == nullptr || !has_type(*subject, "BitstringStatusList")) {
    return problem("the status list's subject is not a BitstringStatusList");
  }
  if (string_or_empty(*subject, "statusPurpose") != to_string(*purpose)) {
    return problem("the status list's statusPurpose is not " + std::string(to_string(*purpose)));
  }
  auto bits = BitstringStatusList::decode(string_or_empty(*subject, "encodedList"));
  if (!bits) return problem("the status list: " + bits.error().message);
  auto bit = bits->get(*index);
  if (!bit) return problem(bit.error().message);
  status.set = *bit;
  return status;
}

}  // namespace

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::valid:
      return "valid";
    case Verdict::invalid:
      return "invalid";
    case Verdict::revoked:
      return "revoked";
    case Verdict::suspended:
      return "suspended";
  }
  return "invalid";
}

std::string_view to_string(Outcome outcome) {
  switch (outcome) {
    case Outcome::passed:
      return "passed";
    case Outcome::failed:
      return "failed";
    case Outcome::skipped:
      return "skipped";
  }
  return "failed";
}

const Check* Verification::find(std::string_view name) const {
  for (const auto& check : checks) {
    if (check.name == name) return &check;
  }
  return nullptr;
}

Status validate_credential(const json& credential) {
  if (!credential.is_object()) return fail(Error::invalid("a credential is a JSON object"));
  std::vector<FieldError> problems;
  const json* context = member(credential, "@context");
  const json* first_context =
      context == nullptr ? nullptr
                         : (context->is_array() && !context->empty() ? &(*context)[0] : context);
  if (first_context == nullptr || !first_context->is_string() ||
      first_context->get_ref<const std::string&>() != kCredentialsV2Context) {
    problems.push_back({"@context", "must start with " + std::string(kCredentialsV2Context)});
  }
  if (!has_type(credential, kVerifiableCredential)) {
    problems.push_back({"type", "must include VerifiableCredential"});
  }
  if (const json* id = member(credential, "id"); id != nullptr && !id->is_string()) {
    problems.push_back({"id", "must be a URL string"});
  }
  const json* subject = member(credential, "credentialSubject");
  const bool subject_ok =
      subject != nullptr && ((subject->is_object() && !subject->empty()) ||
                             (subject->is_array() && !subject->empty() &&
                              std::all_of(subject->begin(), subject->end(),
                                          [](const json& s) { return s.is_object(); })));
  if (!subject_ok) problems.push_back({"credentialSubject", "must be an object or objects"});
  if (issuer_id(credential).find(':') == std::string_view::npos) {
    problems.push_back({"issuer", "must be a URL, or an object whose id is one"});
  }
  std::optional<TimePoint> from;
  std::optional<TimePoint> until;
  for (const auto* name : {"validFrom", "validUntil"}) {
    const json* value = member(credential, name);
    if (value == nullptr) continue;
    const auto t = value->is_string() ? parse_xml_datetime(value->get_ref<const std::string&>())
                                      : std::nullopt;
    if (!t) {
      problems.push_back({name, "must be an XML dateTimeStamp such as 2026-01-01T00:00:00Z"});
    } else {
      (std::string_view(name) == "validFrom" ? from : until) = t;
    }
  }
  if (from && until && *until < *from) problems.push_back({"validUntil", "is before validFrom"});
  if (const json* status = member(credential, "credentialStatus")) {
    const bool ok =
        status->is_object() ||
        (status->is_array() &&
         std::all_of(status->begin(), status->end(), [](const json& s) { return s.is_object(); }));
    if (!ok) problems.push_back({"credentialStatus", "must be an object or objects"});
  }
  if (!problems.empty()) {
    return fail(
        Error::invalid("the credential is not a valid VC 2.0 credential", std::move(problems)));
  }
  return {};
}

namespace {

// The JSON path of the first integer that a double cannot hold exactly, or nullopt.
// RFC 8785 signs numbers as IEEE doubles: 9007199254740993 would be signed as
// ...992 while the document says ...993, and a verifier that keeps exact integers would
// then reject a valid credential. Such numbers belong in strings.
std::optional<std::string> inexact_integer(const json& value, const std::string& path) {
  constexpr std::uint64_t kExact = 1ULL << 53;
  if (value.is_number_unsigned() && value.get<std::uint64_t>() > kExact) return path;
  if (value.is_number_integer() && !value.is_number_unsigned()) {
    const auto v = value.get<std::int64_t>();
    if (v > static_cast<std::int64_t>(kExact) || v < -static_cast<std::int64_t>(kExact))
      return path;
  }
  if (value.is_object()) {
    for (const auto& [key, member] : value.items()) {
      std::string where = path;
      where.append("/").append(key);
      if (auto found = inexact_integer(member, where)) return found;
    }
  }
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (auto found = inexact_integer(value[i], path + "/" + std::to_string(i))) return found;
    }
  }
  return std::nullopt;
}

}  // namespace

Result<json> issue_credential(json credential, const IssuerKey& issuer, TimePoint now) {
  if (!credential.is_object()) return fail(Error::invalid("a credential is a JSON object"));
  if (credential.contains("proof"))
    return fail(Error::invalid("the credential already has a proof"));
  json* named = nullptr;
  if (auto it = credential.find("issuer"); it != credential.end()) named = &*it;
  if (named == nullptr) {
    credential["issuer"] = issuer.issuer;
  } else if (named->is_object() && !named->contains("id")) {
    (*named)["id"] = issuer.issuer;
  } else if (issuer_id(credential) != issuer.issuer) {
    return fail(Error::invalid("the credential names another issuer than " + issuer.issuer,
                               {{"issuer", "must be " + issuer.issuer}}));
  }
  if (auto valid = validate_credential(credential); !valid) return fail(valid.error());
  if (const auto path = inexact_integer(credential, "")) {
    return fail(
        Error::invalid("a number beyond 2^53 cannot be signed exactly; write it as a string",
                       {{path->substr(1), "an integer a double cannot hold"}}));
  }
  const ProofOptions options{issuer.verification_method, format_xml_datetime(now),
                             std::string(kAssertionMethod)};
  return add_proof(credential, issuer.key, options);
}

Verification verify_credential(const json& credential, const VerifyOptions& options) {
  Verification result;
  result.issuer = std::string(issuer_id(credential));
  const json* proof = member(credential, "proof");
  if (proof != nullptr && proof->is_array() && proof->size() == 1) proof = &(*proof)[0];
  if (proof != nullptr)
    result.verification_method = std::string(string_or_empty(*proof, "verificationMethod"));

  if (auto valid = validate_credential(credential); valid) {
    result.checks.push_back(passed("format"));
  } else {
    result.checks.push_back(failed("format", join_fields(valid.error())));
  }

  if (auto verified = verify_proof(credential, options.did_documents); verified) {
    result.checks.push_back(passed("signature"));
  } else {
    result.checks.push_back(failed("signature", verified.error().message));
  }

  // The key must belong to the issuer: the verification method is a DID URL under the
  // issuer's DID (whose document, checked above, lists it under assertionMethod).
  if (result.verification_method.empty()) {
    result.checks.push_back(failed("issuer", "the proof names no verification method"));
  } else if (did_of(result.verification_method) != result.issuer) {
    result.checks.push_back(failed("issuer", "signed by a key of " +
                                                 std::string(did_of(result.verification_method)) +
                                                 ", not of the issuer " + result.issuer));
  } else {
    result.checks.push_back(passed("issuer"));
  }

  if (auto problem = date_problem(credential, options.now)) {
    result.checks.push_back(failed("dates", *problem));
  } else {
    result.checks.push_back(passed("dates"));
  }

  bool revoked = false;
  bool suspended = false;
  bool status_error = false;
  const json* status = member(credential, "credentialStatus");
  if (status == nullptr) {
    result.checks.push_back(skipped("status", "the credential has no credentialStatus"));
  } else {
    const json entries = status->is_array() ? *status : json::array({*status});
    std::vector<std::string> reasons;
    bool any_unchecked = false;
    for (const auto& entry : entries) {
      const EntryStatus entry_status = check_entry(entry, result.issuer, options);
      if (entry_status.problem) {
        any_unchecked = true;
        reasons.push_back(*entry_status.problem);
      } else if (entry_status.set) {
        const bool is_revocation = entry_status.purpose == StatusPurpose::revocation;
        (is_revocation ? revoked : suspended) = true;
        reasons.push_back(is_revocation ? "revoked" : "suspended");
      }
    }
    std::string reason;
    for (const auto& r : reasons) reason += (reason.empty() ? "" : "; ") + r;
    if (any_unchecked && options.require_status) {
      status_error = true;
      result.checks.push_back(failed("status", reason));
    } else if (revoked || suspended) {
      result.checks.push_back(failed("status", reason));
    } else if (any_unchecked) {
      result.checks.push_back(skipped("status", reason));
    } else {
      result.checks.push_back(passed("status"));
    }
  }

  const bool broken =
      status_error || std::any_of(result.checks.begin(), result.checks.end() - 1,
                                  [](const Check& c) { return c.outcome == Outcome::failed; });
  if (broken) {
    result.verdict = Verdict::invalid;
  } else if (revoked) {
    result.verdict = Verdict::revoked;
  } else if (suspended) {
    result.verdict = Verdict::suspended;
  } else {
    result.verdict = Verdict::valid;
  }
  return result;
}

Verification verify_credential_text(std::string_view text, const VerifyOptions& options) {
  auto parsed = parse_strict(text);
  if (parsed) return verify_credential(*parsed, options);
  Verification result;
  result.checks = {failed("format", "not I-JSON: " + parsed.error().message),
                   skipped("signature", "the credential could not be read"),
                   skipped("issuer", "the credential could not be read"),
                   skipped("dates", "the credential could not be read"),
                   skipped("status", "the credential could not be read")};
  return result;
}

json to_json(const Verification& verification) {
  json checks = json::array();
  for (const auto& check : verification.checks) {
    checks.push_back(
        {{"name", check.name}, {"outcome", to_string(check.outcome)}, {"reason", check.reason}});
  }
  return {{"verdict", to_string(verification.verdict)},
          {"issuer", verification.issuer},
          {"verificationMethod", verification.verification_method},
          {"checks", std::move(checks)}};
}

}  // namespace orbis::credentials
