// Every member of a stored value as one line of text, for the conformance suite: comparing
// two descriptions compares the values whole, and a failure shows the member that differs.
// The types of store.h and the domain have no equality of their own; these are for tests.
//
// Thread-safety: pure functions.
#pragma once

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "store/store.h"

namespace orbis::store::testing {

// The members that are structs of their own (below).
std::string describe_member(const domain::InstitutionName& v);
std::string describe_member(const domain::LanguageCertificate& v);
std::string describe_member(const domain::Contact& v);
std::string describe_member(const domain::Party& v);
std::string describe_member(const domain::LanguageRequirement& v);
std::string describe_member(const domain::CooperationCondition& v);
std::string describe_member(const domain::StatusChange& v);
std::string describe_member(const domain::LaCourse& v);
std::string describe_member(const domain::LaComponent& v);
std::string describe_member(const domain::LaApproval& v);
std::string describe_member(const domain::LaComment& v);
std::string describe_member(const domain::LaVersion& v);
std::string describe_member(const domain::TranscriptEntry& v);
std::string describe_member(const domain::RecognitionEntry& v);
std::string describe_member(const domain::Money& v);
std::string describe_member(const domain::Scholarship& v);
std::string describe_member(const domain::EligibilityRules& v);
std::string describe_member(const domain::ScoringWeights& v);
std::string describe_member(const domain::Offer& v);
std::string describe_member(const domain::Verdict& v);
std::string describe_member(const domain::ApplicationDocument& v);
std::string describe_member(const domain::PlacementExplanation& v);
std::string describe_member(const domain::PlacementResult& v);
std::string describe_member(const domain::HistoryEntry& v);
std::string describe_member(const domain::Funding& v);
std::string describe_member(const domain::Nomination& v);

class Description {
 public:
  template <typename T>
  Description& operator()(std::string_view name, const T& value) {
    text_ += name;
    text_ += '=';
    write(value);
    text_ += "; ";
    return *this;
  }
  std::string str() const { return text_; }

 private:
  void write(const std::string& v) { text_ += fmt::format("\"{}\"", v); }
  void write(const char* v) { write(std::string(v)); }
  void write(bool v) { text_ += v ? "true" : "false"; }
  void write(double v) { text_ += fmt::format("{}", v); }
  template <typename Tag>
  void write(Id<Tag> v) {
    text_ += std::to_string(v.value);
  }
  template <typename T>
  void write(const std::optional<T>& v) {
    if (!v) {
      text_ += "none";
      return;
    }
    write(*v);
  }
  template <typename T>
  void write(const std::vector<T>& v) {
    text_ += '[';
    for (const auto& item : v) {
      write(item);
      text_ += ", ";
    }
    text_ += ']';
  }
  template <typename A, typename B>
  void write(const std::pair<A, B>& v) {
    text_ += '(';
    write(v.first);
    text_ += ", ";
    write(v.second);
    text_ += ')';
  }
  template <typename T>
  void write(const T& v) {
    if constexpr (std::is_enum_v<T>)
      text_ += std::to_string(static_cast<int>(v));
    else if constexpr (std::is_arithmetic_v<T>)
      text_ += std::to_string(v);
    else
      text_ += "{" + describe_member(v) + "}";
  }

  std::string text_;
};

inline std::string describe_member(const domain::InstitutionName& v) {
  return Description()("name", v.name)("lang", v.lang)("kind", v.kind).str();
}
inline std::string describe_member(const domain::LanguageCertificate& v) {
  return Description()("language", v.language)("cefr", v.cefr)("certificate", v.certificate)("date",
                                                                                             v.date)
      .str();
}
inline std::string describe_member(const domain::Contact& v) {
  return Description()("name", v.name)("email", v.email)("phone", v.phone)("title", v.title).str();
}
inline std::string describe_member(const domain::Party& v) {
  return Description()("institution", v.institution)("is_home", v.is_home)("org_unit", v.org_unit)(
             "contact", v.contact)("signatory", v.signatory)("signed_on", v.signed_on)
      .str();
}
inline std::string describe_member(const domain::LanguageRequirement& v) {
  return Description()("language", v.language)("cefr", v.cefr).str();
}
inline std::string describe_member(const domain::CooperationCondition& v) {
  return Description()("id", v.id)("sending", v.sending)("receiving", v.receiving)(
             "mobility_type", v.mobility_type)("first", v.first_academic_year)(
             "last", v.last_academic_year)("eqf_levels", v.eqf_levels)("isced", v.isced)(
             "isced_clarification", v.isced_clarification)("seats", v.seats_per_year)(
             "months_per_seat", v.months_per_seat)("total_months", v.total_months_per_year)(
             "total_days", v.total_days_per_year)("languages", v.languages)("blended", v.blended)(
             "other_terms", v.other_terms)
      .str();
}
inline std::string describe_member(const domain::StatusChange& v) {
  return Description()("at", v.at)("actor", v.actor)("from", v.from)("to", v.to)("reason", v.reason)
      .str();
}
inline std::string describe_member(const domain::LaCourse& v) {
  return Description()("code", v.code)("title", v.title)("credits", v.credits)("credit_system",
                                                                               v.credit_system)
      .str();
}
inline std::string describe_member(const domain::LaComponent& v) {
  return Description()("host", v.host)("home", v.home)("term", v.term).str();
}
inline std::string describe_member(const domain::LaApproval& v) {
  return Description()("party", v.party)("by", v.by)("name", v.name)("role", v.role)("at", v.at)(
             "sha256", v.sha256)
      .str();
}
inline std::string describe_member(const domain::LaComment& v) {
  return Description()("party", v.party)("by", v.by)("at", v.at)("text", v.text).str();
}
inline std::string describe_member(const domain::LaVersion& v) {
  return Description()("number", v.number)("components", v.components)("reason", v.reason)(
             "proposed_by", v.proposed_by)("proposed_at", v.proposed_at)("sha256", v.sha256)(
             "state", v.state)("approvals", v.approvals)("comments", v.comments)
      .str();
}
inline std::string describe_member(const domain::TranscriptEntry& v) {
  return Description()("code", v.code)("title", v.title)("credits", v.credits)("grade", v.grade)(
             "scale", v.scale)("date", v.date)("passed", v.passed)("source", v.source)(
             "entered_by", v.entered_by)("entered_at", v.entered_at)
      .str();
}
inline std::string describe_member(const domain::RecognitionEntry& v) {
  return Description()("home_code", v.home_code)("home_title", v.home_title)(
             "home_credits", v.home_credits)("host_codes", v.host_codes)(
             "host_grade", v.host_grade)("host_scale", v.host_scale)(
             "converted_grade", v.converted_grade)("home_scale", v.home_scale)("method", v.method)(
             "source", v.source)("notes", v.notes)("override_grade", v.override_grade)(
             "override_reason", v.override_reason)("overridden_by", v.overridden_by)
      .str();
}
inline std::string describe_member(const domain::Money& v) {
  return Description()("amount", v.amount)("currency", v.currency).str();
}
inline std::string describe_member(const domain::Scholarship& v) {
  return Description()("code", v.code)("name", v.name)("name_zh", v.name_zh)("sponsor", v.sponsor)(
             "amount", v.amount)("eligibility", v.eligibility)("eligibility_zh", v.eligibility_zh)(
             "nationalities", v.nationalities)("places", v.places)
      .str();
}
inline std::string describe_member(const domain::EligibilityRules& v) {
  return Description()("levels", v.levels)("years_of_study", v.years_of_study)(
             "min_gpa", v.min_gpa)("gpa_scale", v.gpa_scale)("language", v.language)(
             "min_cefr", v.min_cefr)("field", v.field)
      .str();
}
inline std::string describe_member(const domain::ScoringWeights& v) {
  return Description()("gpa", v.gpa)("language", v.language)("interview", v.interview)("motivation",
                                                                                       v.motivation)
      .str();
}
inline std::string describe_member(const domain::Offer& v) {
  return Description()("id", v.id)("agreement", v.agreement)("condition", v.condition)(
             "programme", v.programme)("host", v.host)("seats", v.seats)("title", v.title)(
             "eligibility", v.eligibility)
      .str();
}
inline std::string describe_member(const domain::Verdict& v) {
  return Description()("offer", v.offer)("eligible", v.eligible)("code", v.code)("reason", v.reason)
      .str();
}
inline std::string describe_member(const domain::ApplicationDocument& v) {
  return Description()("id", v.id)("kind", v.kind)("name", v.name)("content_type", v.content_type)(
             "sha256", v.sha256)("size", v.size)("uploaded_at", v.uploaded_at)
      .str();
}
inline std::string describe_member(const domain::PlacementExplanation& v) {
  return Description()("offer", v.offer)("reason", v.reason)(
             "priority_position", v.priority_position)("cutoff_score", v.cutoff_score)("detail",
                                                                                       v.detail)
      .str();
}
inline std::string describe_member(const domain::PlacementResult& v) {
  return Description()("run", v.run)("offer", v.offer)("preference", v.preference)(
             "waiting_position", v.waiting_position)("explanations", v.explanations)
      .str();
}
inline std::string describe_member(const domain::HistoryEntry& v) {
  return Description()("at", v.at)("actor", v.actor)("from", v.from)("to", v.to)("reason", v.reason)
      .str();
}
inline std::string describe_member(const domain::Funding& v) {
  return Description()("source", v.source)("scholarship", v.scholarship)("sponsor", v.sponsor)(
             "amount", v.amount)
      .str();
}
inline std::string describe_member(const domain::Nomination& v) {
  return Description()("decision", v.decision)("nominated_at", v.nominated_at)(
             "nominated_by", v.nominated_by)("decided_at", v.decided_at)(
             "decided_by", v.decided_by)("reason", v.reason)
      .str();
}

// The stored values the suite compares.
inline std::string describe(const domain::Institution& v) {
  return Description()("id", v.id)("ror_id", v.ror_id)("name", v.name)("name_zh", v.name_zh)(
             "country", v.country)("city", v.city)("state_province", v.state_province)(
             "types", v.types)("established", v.established)("website", v.website)(
             "wikidata", v.wikidata)("status", v.status)("names", v.names)("domains", v.domains)(
             "version", v.version)
      .str();
}
inline std::string describe(const domain::OrgUnit& v) {
  return Description()("id", v.id)("institution", v.institution)("parent", v.parent)(
             "code", v.code)("name", v.name)("name_zh", v.name_zh)("version", v.version)
      .str();
}
inline std::string describe(const domain::User& v) {
  return Description()("id", v.id)("email", v.email)("name", v.name)("role", v.role)(
             "org_unit", v.org_unit)("institution", v.institution)("active", v.active)(
             "totp_enabled", v.totp_enabled)("version", v.version)
      .str();
}
inline std::string describe(const domain::Person& v) {
  return Description()("id", v.id)("kind", v.kind)("family_name", v.family_name)(
             "given_name", v.given_name)("name_zh", v.name_zh)("email", v.email)(
             "nationality", v.nationality)("home", v.home_institution)("org_unit", v.org_unit)(
             "level", v.level)("position", v.position)("field", v.field)("gpa", v.gpa)(
             "gpa_scale", v.gpa_scale)("year_of_study", v.year_of_study)(
             "graduated_in", v.graduated_in)("languages", v.languages)("user", v.user)(
             "date_of_birth", v.date_of_birth)("passport_number", v.passport_number)(
             "phone", v.phone)("version", v.version)
      .str();
}
inline std::string describe(const domain::Agreement& v) {
  return Description()("id", v.id)("code", v.code)("title", v.title)("kinds", v.kinds)(
             "parties", v.parties)("start_date", v.start_date)("end_date", v.end_date)(
             "auto_renewal", v.auto_renewal)("notes", v.notes)("tags", v.tags)("status", v.status)(
             "conditions", v.conditions)("history", v.history)("version", v.version)
      .str();
}
inline std::string describe(const domain::Course& v) {
  return Description()("id", v.id)("institution", v.institution)("code", v.code)("title", v.title)(
             "title_zh", v.title_zh)("title_local", v.title_local)("credits", v.credits)(
             "credit_system", v.credit_system)("level", v.level)("language", v.language)(
             "isced", v.isced)("term", v.term)
      .str();
}
inline std::string describe(const domain::LearningAgreementRecord& v) {
  return Description()("id", v.id)("mobility", v.mobility)("versions", v.versions)(
             "transcript", v.transcript)("recognition", v.recognition)(
             "recognised_at", v.recognised_at)("recognised_by", v.recognised_by)("version",
                                                                                 v.version)
      .str();
}
inline std::string describe(const domain::Programme& v) {
  return Description()("id", v.id)("code", v.code)("name", v.name)("name_zh", v.name_zh)(
             "kind", v.kind)("hosts", v.hosts)("agreement", v.agreement)(
             "conditions", v.conditions)("language", v.language)("fee", v.fee)(
             "capacity", v.capacity)("max_duration_months", v.max_duration_months)(
             "description", v.description)("description_zh", v.description_zh)(
             "scholarships", v.scholarships)("published", v.published)("version", v.version)
      .str();
}
inline std::string describe(const domain::Call& v) {
  return Description()("id", v.id)("code", v.code)("title", v.title)("title_zh", v.title_zh)(
             "academic_year", v.academic_year)("term", v.term)("opens_at", v.opens_at)(
             "closes_at", v.closes_at)("time_zone", v.time_zone)("org_unit", v.org_unit)(
             "eligibility", v.eligibility)("weights", v.weights)(
             "max_preferences", v.max_preferences)("offers", v.offers)(
             "published_run", v.published_run)("version", v.version)
      .str();
}
inline std::string describe(const domain::Application& v) {
  return Description()("id", v.id)("call", v.call)("person", v.person)("org_unit", v.org_unit)(
             "status", v.status)("preferences", v.preferences)("motivation", v.motivation)(
             "verdicts", v.verdicts)("interview_score", v.interview_score)(
             "motivation_score", v.motivation_score)("scored_by", v.scored_by)("score", v.score)(
             "documents", v.documents)("result", v.result)(
             "submit_started_at", v.submit_started_at)("submitted_at", v.submitted_at)(
             "created_at", v.created_at)("updated_at", v.updated_at)("history", v.history)(
             "version", v.version)
      .str();
}
inline std::string describe(const domain::Mobility& v) {
  return Description()("id", v.id)("person", v.person)("direction", v.direction)("type", v.type)(
             "sending", v.sending)("receiving", v.receiving)("org_unit", v.org_unit)(
             "agreement", v.agreement)("condition", v.condition)("programme", v.programme)(
             "call", v.call)("application", v.application)("academic_year", v.academic_year)(
             "planned_start", v.planned_start)("planned_end", v.planned_end)(
             "actual_start", v.actual_start)("actual_end", v.actual_end)("funding", v.funding)(
             "credits_planned", v.credits_planned)("status", v.status)("nomination", v.nomination)(
             "cancel_reason", v.cancel_reason)("history", v.history)("version", v.version)
      .str();
}
inline std::string describe(const domain::AuditEntry& v) {
  return Description()("seq", v.seq)("at", v.at)("actor", v.actor)("action", v.action)(
             "entity", v.entity)("entity_id", v.entity_id)("before", v.before)("after", v.after)(
             "prev_hash", v.prev_hash)("hash", v.hash)
      .str();
}
inline std::string describe(const StoredSession& v) {
  return Description()("id", v.id)("user", v.user)("csrf_token", v.csrf_token)(
             "created_at", v.created_at)("expires_at", v.expires_at)(
             "last_used_at", v.last_used_at)("client", v.client)("user_agent", v.user_agent)
      .str();
}
inline std::string describe(const AttachmentInfo& v) {
  return Description()("id", v.id)("agreement", v.agreement)("filename", v.filename)(
             "content_type", v.content_type)("size", v.size)("sha256", v.sha256)(
             "uploaded_at", v.uploaded_at)("uploaded_by", v.uploaded_by)("institution",
                                                                         v.institution)
      .str();
}
inline std::string describe(const Comment& v) {
  return Description()("id", v.id)("at", v.at)("author", v.author)("author_role", v.author_role)(
             "text", v.text)("institution", v.institution)
      .str();
}
inline std::string describe(const CredentialRecord& v) {
  return Description()("id", v.id)("type", v.type)("subject_name", v.subject_name)(
             "subject_name_zh", v.subject_name_zh)("subject_email", v.subject_email)(
             "status", v.status)("status_reason", v.status_reason)("status_index", v.status_index)(
             "document", v.document)("issued_at", v.issued_at)("issued_by", v.issued_by)(
             "updated_at", v.updated_at)
      .str();
}
inline std::string describe(const PlacementRunRecord& v) {
  return Description()("id", v.id)("call", v.call)("mode", v.mode)("seed", v.seed)(
             "input_sha256", v.input_sha256)("engine_version", v.engine_version)("input", v.input)(
             "output", v.output)("summary", v.summary)("created_at", v.created_at)(
             "created_by", v.created_by)("published_at", v.published_at)
      .str();
}

template <typename T>
std::vector<std::string> describe_all(const std::vector<T>& values) {
  std::vector<std::string> out;
  for (const auto& v : values) out.push_back(describe(v));
  return out;
}

}  // namespace orbis::store::testing
