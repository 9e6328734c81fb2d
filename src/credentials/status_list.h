// W3C Bitstring Status List v1.0: the list, its encoding, its credential and its entries.
// Thread-safe: BitstringStatusList is a value; concurrent const use is safe, mutation needs
// external synchronisation.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace orbis::credentials {

// The specification's floor (16 KiB of bits) keeps a holder's index from standing out.
inline constexpr std::size_t kMinStatusListEntries = 131'072;
// A decoded list larger than this is refused, so a tiny gzip bomb cannot exhaust memory.
inline constexpr std::size_t kMaxStatusListBytes = 16 * 1024 * 1024;

enum class StatusPurpose { revocation, suspension };
std::string_view to_string(StatusPurpose purpose);
// Returns invalid_argument for anything but "revocation" and "suspension".
Result<StatusPurpose> parse_status_purpose(std::string_view text);

// A bitstring of one-bit statuses; entry 0 is the most significant bit of the first byte.
class BitstringStatusList {
 public:
  // All statuses clear; `entries` is raised to kMinStatusListEntries and to a multiple of 8.
  explicit BitstringStatusList(std::size_t entries = kMinStatusListEntries);

  std::size_t size() const { return bits_.size() * 8; }
  // The status at `index`. Returns invalid_argument when index >= size().
  Result<bool> get(std::size_t index) const;
  // Sets / clears the status at `index`. Returns invalid_argument when index >= size().
  Status set(std::size_t index, bool value = true);
  Status clear(std::size_t index) { return set(index, false); }

  // 'u' + base64url(GZIP(bits)), the encodedList. Returns internal if zlib fails.
  Result<std::string> encode() const;
  // The list in an encodedList. Returns invalid_argument when it is not 'u' multibase,
  // not GZIP, shorter than kMinStatusListEntries or longer than kMaxStatusListBytes.
  static Result<BitstringStatusList> decode(std::string_view encoded_list);

 private:
  explicit BitstringStatusList(std::vector<unsigned char> bits) : bits_(std::move(bits)) {}
  std::vector<unsigned char> bits_;
};

// The unsigned BitstringStatusListCredential published at `url` (also its id); its subject
// is `url#list`. `issuer` is the issuing DID and `valid_from` an xsd:dateTimeStamp. Sign it
// with issue_credential. Returns internal if the list cannot be encoded.
Result<nlohmann::json> status_list_credential(const BitstringStatusList& list, std::string_view url,
                                              StatusPurpose purpose, std::string_view issuer,
                                              std::string_view valid_from);

// The credentialStatus entry for the credential at `index` of the list at `url`.
nlohmann::json status_list_entry(std::string_view url, StatusPurpose purpose, std::size_t index);

}  // namespace orbis::credentials
