#include "service/partnerships/agreement_json.h"

#include "service/support/serialize.h"

namespace orbis::service {
namespace {

using nlohmann::json;

json optional_id(const auto& id) { return id ? json(id->value) : json(); }
// What is kept of each: a contact's name, email and phone; a signatory's name and title.
json contact_json(const domain::Contact& p) {
  return {{"name", p.name}, {"email", p.email}, {"phone", p.phone}};
}
json signatory_json(const domain::Contact& p) { return {{"name", p.name}, {"title", p.title}}; }

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

}  // namespace

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

}  // namespace orbis::service
