#include "credentials/status_list.h"

#include <zlib.h>

#include "credentials/multibase.h"

namespace orbis::credentials {
namespace {

// zlib's windowBits: 15 (32 KiB window) + 16 asks for a GZIP wrapper instead of zlib's.
constexpr int kGzipWindowBits = 15 + 16;
constexpr int kMemLevel = 8;

Result<std::string> gzip(const std::vector<unsigned char>& bytes) {
  z_stream stream{};
  if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, kGzipWindowBits, kMemLevel,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    return fail(Error::internal("zlib could not start compressing"));
  }
  std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())) + 32, '\0');
  stream.next_in = const_cast<Bytef*>(bytes.data());
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&stream, Z_FINISH);
  const std::size_t written = stream.total_out;
  deflateEnd(&stream);
  if (result != Z_STREAM_END) return fail(Error::internal("zlib could not compress the list"));
  out.resize(written);
  return out;
}

Result<std::vector<unsigned char>> gunzip(std::string_view compressed) {
  z_stream stream{};
  if (inflateInit2(&stream, kGzipWindowBits) != Z_OK) {
    return fail(Error::internal("zlib could not start decompressing"));
  }
  std::vector<unsigned char> out;
  unsigned char chunk[64 * 1024];
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  int result = Z_OK;
  while (result != Z_STREAM_END) {
    stream.next_out = chunk;
    stream.avail_out = sizeof chunk;
    result = inflate(&stream, Z_NO_FLUSH);
    if (result != Z_OK && result != Z_STREAM_END) {
      inflateEnd(&stream);
      return fail(Error::invalid("the encodedList is not valid GZIP"));
    }
    out.insert(out.end(), chunk, chunk + (sizeof chunk - stream.avail_out));
    if (out.size() > kMaxStatusListBytes) {
      inflateEnd(&stream);
      return fail(Error::invalid("the status list is larger than " +
                                 std::to_string(kMaxStatusListBytes) + " bytes"));
    }
    if (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
      inflateEnd(&stream);
      return fail(Error::invalid("the encodedList's GZIP stream is truncated"));
    }
  }
  const bool trailing = stream.avail_in != 0;
  inflateEnd(&stream);
  if (trailing) return fail(Error::invalid("the encodedList has bytes after its GZIP stream"));
  return out;
}

}  // namespace

std::string_view to_string(StatusPurpose purpose) {
  switch (purpose) {
    case StatusPurpose::revocation:
      return "revocation";
    case StatusPurpose::suspension:
      return "suspension";
  }
  return "revocation";
}

Result<StatusPurpose> parse_status_purpose(std::string_view text) {
  if (text == "revocation") return StatusPurpose::revocation;
  if (text == "suspension") return StatusPurpose::suspension;
  return fail(Error::invalid("unsupported statusPurpose \"" + std::string(text) +
                             "\" (expected revocation or suspension)"));
}

BitstringStatusList::BitstringStatusList(std::size_t entries)
    : bits_((std::max(entries, kMinStatusListEntries) + 7) / 8, 0) {}

Result<bool> BitstringStatusList::get(std::size_t index) const {
  if (index >= size()) {
    return fail(Error::invalid("status index " + std::to_string(index) + " is beyond the list's " +
                               std::to_string(size()) + " entries"));
  }
  return (bits_[index / 8] & (0x80u >> (index % 8))) != 0;
}

Status BitstringStatusList::set(std::size_t index, bool value) {
  if (index >= size()) {
    return fail(Error::invalid("status index " + std::to_string(index) + " is beyond the list's " +
                               std::to_string(size()) + " entries"));
  }
  const auto mask = static_cast<unsigned char>(0x80u >> (index % 8));
  if (value) {
    bits_[index / 8] |= mask;
  } else {
    bits_[index / 8] &= static_cast<unsigned char>(~mask);
  }
  return {};
}

Result<std::string> BitstringStatusList::encode() const {
  auto compressed = gzip(bits_);
  if (!compressed) return fail(compressed.error());
  return multibase_base64url(*compressed);
}

Result<BitstringStatusList> BitstringStatusList::decode(std::string_view encoded_list) {
  if (!encoded_list.starts_with('u')) {
    return fail(Error::invalid("the encodedList is not base64url multibase (starts with 'u')"));
  }
  auto compressed = base64url_decode(encoded_list.substr(1));
  if (!compressed) return fail(Error::invalid("the encodedList is not valid base64url"));
  auto bits = gunzip(*compressed);
  if (!bits) return fail(bits.error());
  if (bits->size() * 8 < kMinStatusListEntries) {
    return fail(Error::invalid("the status list has fewer than " +
                               std::to_string(kMinStatusListEntries) + " entries"));
  }
  return BitstringStatusList(std::move(*bits));
}

Result<nlohmann::json> status_list_credential(const BitstringStatusList& list, std::string_view url,
                                              StatusPurpose purpose, std::string_view issuer,
                                              std::string_view valid_from) {
  auto encoded = list.encode();
  if (!encoded) return fail(encoded.error());
  return nlohmann::json{{"@context", {"https://www.w3.org/ns/credentials/v2"}},
                        {"id", url},
                        {"type", {"VerifiableCredential", "BitstringStatusListCredential"}},
                        {"issuer", issuer},
                        {"validFrom", valid_from},
                        {"credentialSubject",
                         {{"id", std::string(url) + "#list"},
                          {"type", "BitstringStatusList"},
                          {"statusPurpose", to_string(purpose)},
                          {"encodedList", std::move(*encoded)}}}};
}

nlohmann::json status_list_entry(std::string_view url, StatusPurpose purpose, std::size_t index) {
  const std::string position = std::to_string(index);
  return {{"id", std::string(url) + "#" + position},
          {"type", "BitstringStatusListEntry"},
          {"statusPurpose", to_string(purpose)},
          {"statusListIndex", position},
          {"statusListCredential", url}};
}

}  // namespace orbis::credentials
