#include "domain/password_policy.h"

#include "common/text.h"

namespace orbis::domain {

PasswordPolicy::PasswordPolicy(std::string_view common_list) {
  for (const auto& line : text::split(common_list, '\n')) {
    const auto word = text::trim(line);
    if (!word.empty()) common_.insert(text::to_lower_ascii(word));
  }
}

Status PasswordPolicy::check(std::string_view password, std::string_view email,
                             std::string_view field) const {
  auto refuse = [&](std::string message, std::string why) -> Status {
    return fail(Error::invalid(std::move(message), {{std::string(field), std::move(why)}}));
  };
  if (password.size() > kMaxBytes) return refuse("the password is too long", "at most 1024 bytes");
  if (!text::valid_utf8(password)) return refuse("the password is not text", "UTF-8 text");
  if (text::decode(password).size() < kMinCharacters)
    return refuse("the password is too short", "at least 10 characters");
  const auto lower = text::to_lower_ascii(password);
  if (common_.contains(lower)) {
    return refuse("the password is one of the most common ones",
                  "a password people often choose; choose one that is harder to guess");
  }
  const auto mail = text::to_lower_ascii(text::trim(email));
  if (!mail.empty() && (lower == mail || lower == mail.substr(0, mail.find('@')))) {
    return refuse("the password is the email address", "not the email address or its name part");
  }
  return {};
}

}  // namespace orbis::domain
