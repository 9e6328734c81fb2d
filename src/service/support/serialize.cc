#include "service/support/serialize.h"

namespace orbis::service {
namespace {

using nlohmann::json;

nlohmann::json text_or_null(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
}

template <typename Tag>
json id_or_null(const std::optional<Id<Tag>>& id) {
  return id ? json(id->value) : json();
}
template <typename T>
json value_or_null(const std::optional<T>& v) {
  return v ? json(*v) : json();
}

json money_json(const domain::Money& m) {
  if (m.empty()) return json();
  return {{"amount", m.amount}, {"currency", m.currency}};
}

json history_json(const std::vector<domain::HistoryEntry>& history) {
  json out = json::array();
  for (const auto& h : history) {
    out.push_back(
        {{"at", h.at}, {"actor", h.actor}, {"from", h.from}, {"to", h.to}, {"reason", h.reason}});
  }
  return out;
}

json rules_json(const domain::EligibilityRules& r) {
  return {{"levels", r.levels},
          {"years_of_study", r.years_of_study},
          {"min_gpa", value_or_null(r.min_gpa)},
          {"gpa_scale", r.gpa_scale},
          {"language", r.language},
          {"min_cefr", r.min_cefr},
          {"field", r.field}};
}

json offer_json(const domain::Offer& o) {
  return {{"id", o.id},
          {"agreement_id", id_or_null(o.agreement)},
          {"condition_id", value_or_null(o.condition)},
          {"programme_id", id_or_null(o.programme)},
          {"host_id", o.host.value},
          {"seats", o.seats},
          {"title", o.title},
          {"eligibility", rules_json(o.eligibility)}};
}

json la_course_json(const domain::LaCourse& c) {
  return {{"code", c.code},
          {"title", c.title},
          {"credits", c.credits},
          {"credit_system", c.credit_system}};
}

json la_version_json(const domain::LaVersion& v) {
  json approvals = json::array();
  for (const auto& a : v.approvals) {
    approvals.push_back({{"party", a.party},
                         {"by", a.by},
                         {"name", a.name},
                         {"role", a.role},
                         {"at", a.at},
                         {"sha256", a.sha256}});
  }
  json comments = json::array();
  for (const auto& c : v.comments)
    comments.push_back({{"party", c.party}, {"by", c.by}, {"at", c.at}, {"text", c.text}});
  return {{"number", v.number},
          {"components", la_components_json(v.components)},
          {"reason", v.reason},
          {"proposed_by", v.proposed_by},
          {"proposed_at", v.proposed_at},
          {"sha256", v.sha256},
          {"state", v.state},
          {"approvals", approvals},
          {"comments", comments}};
}

}  // namespace

nlohmann::json institution_json(const domain::Institution& in) {
  nlohmann::json types = nlohmann::json::array();
  for (const auto t : in.types) types.push_back(domain::to_string(t));
  nlohmann::json j = {
      {"id", in.id.value},
      {"name", in.name},
      {"name_zh", text_or_null(in.name_zh)},
      {"country", in.country},
      {"city", text_or_null(in.city)},
      {"types", types},
      {"ror_id", text_or_null(in.ror_url())},
      {"domains", in.domains},
      {"established", in.established ? nlohmann::json(*in.established) : nlohmann::json()}};
  nlohmann::json names = nlohmann::json::array();
  names.push_back({{"name", in.name}, {"lang", "en"}, {"kind", "display"}});
  if (!in.name_zh.empty()) names.push_back({{"name", in.name_zh}, {"lang", "zh"}, {"kind", "zh"}});
  for (const auto& n : in.names) {
    names.push_back(
        {{"name", n.name}, {"lang", text_or_null(n.lang)}, {"kind", domain::to_string(n.kind)}});
  }
  j["names"] = names;
  j["website"] = text_or_null(in.website);
  j["wikidata"] = text_or_null(in.wikidata);
  j["state_province"] = text_or_null(in.state_province);
  j["status"] = in.status;
  j["version"] = in.version;
  return j;
}

nlohmann::json org_unit_json(const domain::OrgUnit& u) {
  return {{"id", u.id.value},
          {"institution_id", u.institution.value},
          {"parent_id", u.parent ? nlohmann::json(u.parent->value) : nlohmann::json()},
          {"code", text_or_null(u.code)},
          {"name", u.name},
          {"name_zh", text_or_null(u.name_zh)},
          {"version", u.version}};
}

nlohmann::json user_json(const domain::User& u) {
  return {
      {"id", u.id.value},
      {"email", u.email},
      {"name", u.name},
      {"role", domain::to_string(u.role)},
      {"org_unit_id", u.org_unit ? nlohmann::json(u.org_unit->value) : nlohmann::json()},
      {"institution_id", u.institution ? nlohmann::json(u.institution->value) : nlohmann::json()},
      {"active", u.active},
      {"totp_enabled", u.totp_enabled},
      {"version", u.version}};
}

json programme_json(const domain::Programme& p) {
  json hosts = json::array();
  for (const auto& h : p.hosts) hosts.push_back(h.value);
  json scholarships = json::array();
  for (const auto& s : p.scholarships) {
    scholarships.push_back({{"code", s.code},
                            {"name", s.name},
                            {"name_zh", s.name_zh},
                            {"sponsor", s.sponsor},
                            {"amount", money_json(s.amount)},
                            {"eligibility", s.eligibility},
                            {"eligibility_zh", s.eligibility_zh},
                            {"nationalities", s.nationalities},
                            {"places", value_or_null(s.places)}});
  }
  return {{"id", p.id.value},
          {"code", p.code},
          {"name", p.name},
          {"name_zh", p.name_zh},
          {"kind", domain::to_string(p.kind)},
          {"host_ids", hosts},
          {"agreement_id", id_or_null(p.agreement)},
          {"condition_ids", p.conditions},
          {"language", p.language},
          {"fee", money_json(p.fee)},
          {"capacity", value_or_null(p.capacity)},
          {"max_duration_months", p.max_duration_months},
          {"description", p.description},
          {"description_zh", p.description_zh},
          {"scholarships", scholarships},
          {"published", p.published},
          {"version", p.version}};
}

json call_json(const domain::Call& c) {
  json offers = json::array();
  for (const auto& o : c.offers) offers.push_back(offer_json(o));
  return {{"id", c.id.value},
          {"code", c.code},
          {"title", c.title},
          {"title_zh", c.title_zh},
          {"academic_year", c.academic_year},
          {"term", c.term},
          {"opens_at", c.opens_at},
          {"closes_at", c.closes_at},
          {"time_zone", c.time_zone},
          {"org_unit_id", id_or_null(c.org_unit)},
          {"eligibility", rules_json(c.eligibility)},
          {"weights",
           {{"gpa", c.weights.gpa},
            {"language", c.weights.language},
            {"interview", c.weights.interview},
            {"motivation", c.weights.motivation}}},
          {"max_preferences", c.max_preferences},
          {"offers", offers},
          {"published_run_id", id_or_null(c.published_run)},
          {"version", c.version}};
}

json application_json(const domain::Application& a) {
  json verdicts = json::array();
  for (const auto& v : a.verdicts) {
    verdicts.push_back(
        {{"offer_id", v.offer}, {"eligible", v.eligible}, {"code", v.code}, {"reason", v.reason}});
  }
  json documents = json::array();
  for (const auto& d : a.documents) {
    documents.push_back({{"id", d.id},
                         {"kind", d.kind},
                         {"name", d.name},
                         {"content_type", d.content_type},
                         {"sha256", d.sha256},
                         {"size", d.size},
                         {"uploaded_at", d.uploaded_at}});
  }
  json result;
  if (a.result) {
    json explanations = json::array();
    for (const auto& e : a.result->explanations) {
      explanations.push_back({{"offer_id", e.offer},
                              {"reason", e.reason},
                              {"priority_position", e.priority_position},
                              {"cutoff_score", value_or_null(e.cutoff_score)},
                              {"detail", e.detail}});
    }
    result = {{"run_id", a.result->run.value},
              {"offer_id", value_or_null(a.result->offer)},
              {"preference", value_or_null(a.result->preference)},
              {"waiting_position", value_or_null(a.result->waiting_position)},
              {"explanations", explanations}};
  }
  return {{"id", a.id.value},
          {"call_id", a.call.value},
          {"person_id", a.person.value},
          {"org_unit_id", id_or_null(a.org_unit)},
          {"status", domain::to_string(a.status)},
          {"preferences", a.preferences},
          {"motivation", a.motivation},
          {"verdicts", verdicts},
          {"interview_score", value_or_null(a.interview_score)},
          {"motivation_score", value_or_null(a.motivation_score)},
          {"scored_by", a.scored_by},
          {"score", value_or_null(a.score)},
          {"documents", documents},
          {"result", result},
          {"submit_started_at", a.submit_started_at},
          {"submitted_at", a.submitted_at},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at},
          {"history", history_json(a.history)},
          {"version", a.version}};
}

json mobility_json(const domain::Mobility& m) {
  json funding = json::array();
  for (const auto& f : m.funding) {
    funding.push_back({{"source", f.source},
                       {"scholarship", f.scholarship},
                       {"sponsor", f.sponsor},
                       {"amount", money_json(f.amount)}});
  }
  return {{"id", m.id.value},
          {"person_id", m.person.value},
          {"direction", domain::to_string(m.direction)},
          {"type", domain::to_string(m.type)},
          {"sending_institution_id", m.sending.value},
          {"receiving_institution_id", m.receiving.value},
          {"org_unit_id", id_or_null(m.org_unit)},
          {"agreement_id", id_or_null(m.agreement)},
          {"condition_id", value_or_null(m.condition)},
          {"programme_id", id_or_null(m.programme)},
          {"call_id", id_or_null(m.call)},
          {"application_id", id_or_null(m.application)},
          {"academic_year", m.academic_year},
          {"planned_start", m.planned_start},
          {"planned_end", m.planned_end},
          {"actual_start", m.actual_start},
          {"actual_end", m.actual_end},
          {"funding", funding},
          {"credits_planned", m.credits_planned},
          {"status", domain::to_string(m.status)},
          {"nomination",
           {{"decision", domain::to_string(m.nomination.decision)},
            {"nominated_at", m.nomination.nominated_at},
            {"nominated_by", m.nomination.nominated_by},
            {"decided_at", m.nomination.decided_at},
            {"decided_by", m.nomination.decided_by},
            {"reason", m.nomination.reason}}},
          {"cancel_reason", m.cancel_reason},
          {"history", history_json(m.history)},
          {"version", m.version}};
}

json la_components_json(const std::vector<domain::LaComponent>& components) {
  json out = json::array();
  for (const auto& c : components) {
    out.push_back(
        {{"host", la_course_json(c.host)}, {"home", la_course_json(c.home)}, {"term", c.term}});
  }
  return out;
}

json learning_agreement_json(const domain::LearningAgreementRecord& r) {
  json versions = json::array();
  for (const auto& v : r.versions) versions.push_back(la_version_json(v));
  json transcript = json::array();
  for (const auto& e : r.transcript) {
    transcript.push_back({{"code", e.code},
                          {"title", e.title},
                          {"credits", e.credits},
                          {"grade", e.grade},
                          {"scale", e.scale},
                          {"date", e.date},
                          {"passed", e.passed},
                          {"source", e.source},
                          {"entered_by", e.entered_by},
                          {"entered_at", e.entered_at}});
  }
  json recognition = json::array();
  for (const auto& e : r.recognition) {
    recognition.push_back({{"home_code", e.home_code},
                           {"home_title", e.home_title},
                           {"home_credits", e.home_credits},
                           {"host_codes", e.host_codes},
                           {"host_grade", e.host_grade},
                           {"host_scale", e.host_scale},
                           {"converted_grade", e.converted_grade},
                           {"home_scale", e.home_scale},
                           {"method", e.method},
                           {"source", e.source},
                           {"notes", e.notes},
                           {"override_grade", e.override_grade},
                           {"override_reason", e.override_reason},
                           {"overridden_by", e.overridden_by}});
  }
  return {{"id", r.id},
          {"mobility", r.mobility},
          {"versions", versions},
          {"transcript", transcript},
          {"recognition", recognition},
          {"recognised_at", r.recognised_at},
          {"recognised_by", r.recognised_by},
          {"version", r.version}};
}

}  // namespace orbis::service
