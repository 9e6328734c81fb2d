#include "service/support/serialize.h"

namespace orbis::service {
namespace {

nlohmann::json text_or_null(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
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

}  // namespace orbis::service
