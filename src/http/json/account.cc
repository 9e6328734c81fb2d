#include "http/json/account.h"

#include "common/totp.h"

namespace orbis::http {

AccountPage AccountPage::of(service::AccountView view, std::int64_t current) {
  AccountPage page{.user = std::move(view.user),
                   .sessions = {},
                   .calendar = std::move(view.calendar),
                   .second_factor = {.enabled = false,
                                     .pending = view.second_factor_pending,
                                     .required = view.second_factor_required}};
  page.second_factor.enabled = page.user.totp_enabled;
  page.sessions.reserve(view.sessions.size());
  for (auto& session : view.sessions) {
    const bool is_current = session.id == current;
    page.sessions.push_back({std::move(session), is_current});
  }
  return page;
}

}  // namespace orbis::http

namespace orbis::http::json {

void Codec<Permissions>::write(const Permissions& p, Json& out) {
  out = Json::object();
  for (const auto& [resource, action] : p.allowed)
    out[std::string(domain::access::to_string(resource))].push_back(
        std::string(domain::access::to_string(action)));
}

// What the user may do, by resource (agreement, call, credential, …), from the access
// policy: the actions they have some reach for. Each record's allowed_actions says which.
Json Codec<Permissions>::schema(Schemas&) {
  return {{"type", "object"},
          {"additionalProperties", {{"type", "array"}, {"items", {{"type", "string"}}}}}};
}

std::string Codec<service::SecondFactorEnrolment>::encoded_secret(
    const service::SecondFactorEnrolment& e) {
  return totp::base32_encode(e.secret);
}

}  // namespace orbis::http::json
