#include "service/partnerships/agreement_json.h"

#include "service/serialize.h"

namespace orbis::service {
namespace {

using nlohmann::json;

json optional_id(const auto& id) { return id ? json(id->value) : json(); }
// What is kept of each: a contact's name, email and phone; a signatory's name and title.
json contact_json(const domain::Contact& p) {
  return {{"name", p.name}, {"email", p.email}, {"phone", p.phone}};
}
json signatory_json(const domain::Contact& p) { return {{"name", p.name}, {"title", p.title}}; }

}  // namespace

json party_json(const domain::Party& p) {
  return {{"institution_id", p.institution.value},
          {"is_home", p.is_home},
          {"org_unit_id", optional_id(p.org_unit)},
          {"contact", contact_json(p.contact)},
          {"signatory", signatory_json(p.signatory)},
          {"signed_on", p.signed_on.empty() ? json() : json(p.signed_on)}};
}

json condition_json(const domain::CooperationCondition& c) {
  json languages = json::array();
  for (const auto& l : c.languages)
    languages.push_back(
        {{"language", l.language}, {"cefr", l.cefr.empty() ? json() : json(l.cefr)}});
  return {
      {"id", c.id},
      {"sending_institution_id", c.sending.value},
      {"receiving_institution_id", c.receiving.value},
      {"mobility_type", domain::to_string(c.mobility_type)},
      {"academic_years", {{"first", c.first_academic_year}, {"last", c.last_academic_year}}},
      {"eqf_levels", c.eqf_levels},
      {"isced", c.isced.empty() ? json() : json(c.isced)},
      {"isced_clarification", c.isced_clarification},
      {"seats_per_year", c.seats_per_year},
      {"months_per_seat", c.months_per_seat ? json(*c.months_per_seat) : json()},
      {"total_months_per_year", c.total_months_per_year ? json(*c.total_months_per_year) : json()},
      {"total_days_per_year", c.total_days_per_year ? json(*c.total_days_per_year) : json()},
      {"languages", languages},
      {"blended", c.blended},
      {"other_terms", c.other_terms}};
}

json agreement_record_json(const domain::Agreement& a) {
  json kinds = json::array();
  for (const auto k : a.kinds) kinds.push_back(domain::to_string(k));
  json parties = json::array();
  for (const auto& p : a.parties) parties.push_back(party_json(p));
  json conditions = json::array();
  for (const auto& c : a.conditions) conditions.push_back(condition_json(c));
  return {{"id", a.id.value},
          {"code", a.code},
          {"title", a.title},
          {"kinds", kinds},
          {"start_date", a.start_date},
          {"end_date", a.end_date.empty() ? json() : json(a.end_date)},
          {"auto_renewal", a.auto_renewal},
          {"notes", a.notes},
          {"tags", a.tags},
          {"stored_status", domain::to_string(a.status)},
          {"version", a.version},
          {"parties", parties},
          {"conditions", conditions}};
}

json attachment_json(const store::AttachmentInfo& at) {
  return {{"id", at.id},
          {"filename", at.filename},
          {"content_type", at.content_type},
          {"size", at.size},
          {"sha256", at.sha256},
          {"uploaded_at", at.uploaded_at},
          {"uploaded_by", at.uploaded_by},
          {"institution_id", optional_id(at.institution)}};
}

json comment_json(const store::Comment& c) {
  return {{"id", c.id},         {"at", c.at},
          {"author", c.author}, {"author_role", c.author_role},
          {"text", c.text},     {"institution_id", optional_id(c.institution)}};
}

json agreement_view_json(const AgreementView& v, bool detail) {
  json j = agreement_record_json(v.agreement);
  j["status"] = domain::to_string(v.effective);
  j["days_left"] = v.days_left ? json(*v.days_left) : json();
  for (std::size_t i = 0; i < v.agreement.parties.size(); ++i) {
    const auto& in = v.institutions.at(v.agreement.parties[i].institution.value);
    j["parties"][i]["institution"] = {{"id", in.id.value},
                                      {"name", in.name},
                                      {"name_zh", in.name_zh.empty() ? json() : json(in.name_zh)},
                                      {"country", in.country},
                                      {"city", in.city.empty() ? json() : json(in.city)},
                                      {"ror_id", in.ror_id.empty() ? json() : json(in.ror_url())}};
  }
  json partners = json::array();
  for (const auto& p : v.agreement.parties) {
    if (!p.is_home)
      partners.push_back(j["parties"][&p - v.agreement.parties.data()]["institution"]);
  }
  j["partners"] = partners;
  json balance = json::array();
  for (const auto& p : v.agreement.parties) {
    // Only the partners the reader may see the balance of are in it (a partner: its own).
    const auto counts = v.balance.find(p.institution.value);
    if (p.is_home || counts == v.balance.end()) continue;
    const auto [outbound, inbound] = counts->second;
    balance.push_back(
        {{"institution_id", p.institution.value}, {"outbound", outbound}, {"inbound", inbound}});
  }
  j["balance"] = balance;
  for (std::size_t i = 0; i < v.usage.size(); ++i) {
    j["conditions"][i]["usage"] = {{"academic_year", v.usage[i].academic_year},
                                   {"seats_used", v.usage[i].seats_used},
                                   {"seats_free", v.usage[i].seats_free}};
  }
  if (detail) {
    json history = json::array();
    for (const auto& h : v.agreement.history) {
      history.push_back({{"at", h.at},
                         {"actor", h.actor},
                         {"from", domain::to_string(h.from)},
                         {"to", domain::to_string(h.to)},
                         {"reason", h.reason}});
    }
    j["history"] = history;
    json attachments = json::array();
    for (const auto& at : v.attachments) attachments.push_back(attachment_json(at));
    j["attachments"] = attachments;
    j["ewp"] = {{"partner_hash", v.ewp.partner_hash.empty() ? json() : json(v.ewp.partner_hash)},
                {"approved_hash", v.ewp.approved_hash.empty() ? json() : json(v.ewp.approved_hash)},
                {"approved_at", v.ewp.approved_at.empty() ? json() : json(v.ewp.approved_at)}};
    j["allowed_actions"] = v.allowed_actions;
    json moves = json::array();
    for (const auto to : v.allowed_transitions) moves.push_back(domain::to_string(to));
    j["allowed_transitions"] = std::move(moves);
  }
  return j;
}

}  // namespace orbis::service
