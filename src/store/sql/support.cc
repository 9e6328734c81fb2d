#include "store/sql/support.h"

#include <sodium.h>

namespace orbis::store::internal {

std::string base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

std::string unbase64(const std::string& text) {
  std::string out(text.size(), '\0');
  std::size_t len = 0;
  sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                    text.size(), nullptr, &len, nullptr, sodium_base64_VARIANT_ORIGINAL);
  out.resize(len);
  return out;
}

}  // namespace orbis::store::internal
