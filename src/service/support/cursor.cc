#include "service/support/cursor.h"

#include <sodium.h>

#include "common/crypto.h"

namespace orbis::service {

std::string encode_cursor(std::string_view list, std::size_t offset) {
  return crypto::base64url(std::string(list) + "." + std::to_string(offset));
}

Result<std::size_t> decode_cursor(std::string_view list, std::string_view cursor) {
  const auto bad = fail(Error::invalid("the cursor is not one this server gave out",
                                       {{"cursor", "pass the `next` value of the previous page"}}));
  std::string raw(cursor.size(), '\0');
  std::size_t len = 0;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(raw.data()), raw.size(), cursor.data(),
                        cursor.size(), nullptr, &len, nullptr,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0) {
    return bad;
  }
  raw.resize(len);
  const std::string prefix = std::string(list) + ".";
  if (!raw.starts_with(prefix)) return bad;
  const std::string digits = raw.substr(prefix.size());
  if (digits.empty() || digits.size() > 9 ||
      digits.find_first_not_of("0123456789") != std::string::npos)
    return bad;
  return static_cast<std::size_t>(std::stoul(digits));
}

}  // namespace orbis::service
