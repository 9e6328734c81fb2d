#include "credentials/status_list.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "common/crypto.h"
#include "credentials/multibase.h"

namespace orbis::credentials {
namespace {

class StatusList : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(crypto::init()); }
};

// An encodedList of `bytes` raw bytes, gzipped by zlib's one-shot gzip writer settings.
std::string encode_raw(const std::string& bytes) {
  z_stream stream{};
  deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&stream, bytes.size()) + 32, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return multibase_base64url(out);
}

TEST_F(StatusList, HasAtLeastTheMinimumEntries) {
  EXPECT_EQ(BitstringStatusList().size(), kMinStatusListEntries);
  EXPECT_EQ(BitstringStatusList(10).size(), kMinStatusListEntries);
  EXPECT_EQ(BitstringStatusList(kMinStatusListEntries + 1).size(), kMinStatusListEntries + 8);
}

TEST_F(StatusList, SetsClearsAndChecksBounds) {
  BitstringStatusList list;
  EXPECT_FALSE(list.get(5).value());
  ASSERT_TRUE(list.set(5));
  EXPECT_TRUE(list.get(5).value());
  EXPECT_FALSE(list.get(4).value());
  EXPECT_FALSE(list.get(6).value());
  ASSERT_TRUE(list.clear(5));
  EXPECT_FALSE(list.get(5).value());
  EXPECT_FALSE(list.get(list.size()));
  EXPECT_FALSE(list.set(list.size()));
  EXPECT_TRUE(list.set(list.size() - 1));
}

TEST_F(StatusList, EncodesAsGzipBase64urlMultibaseAndBack) {
  BitstringStatusList list;
  for (const std::size_t index : {0ul, 7ul, 8ul, 94567ul, kMinStatusListEntries - 1}) {
    ASSERT_TRUE(list.set(index));
  }
  const std::string encoded = list.encode().value();
  EXPECT_EQ(encoded.front(), 'u');
  const std::string gz = base64url_decode(encoded.substr(1)).value();
  EXPECT_EQ(gz.substr(0, 2), "\x1f\x8b");  // GZIP magic
  const auto decoded = BitstringStatusList::decode(encoded);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded->size(), list.size());
  for (std::size_t i = 0; i < list.size(); ++i)
    ASSERT_EQ(decoded->get(i).value(), list.get(i).value()) << i;
  EXPECT_EQ(list.encode().value(), encoded);  // deterministic
}

// Entry 0 is the left-most bit: a list whose first byte is 0x80 has entry 0 set.
TEST_F(StatusList, BitOrderIsMostSignificantFirst) {
  std::string bytes(kMinStatusListEntries / 8, '\0');
  bytes[0] = '\x80';
  bytes[2] = '\x01';
  const auto list = BitstringStatusList::decode(encode_raw(bytes)).value();
  EXPECT_TRUE(list.get(0).value());
  EXPECT_FALSE(list.get(1).value());
  EXPECT_TRUE(list.get(23).value());
  EXPECT_FALSE(list.get(16).value());
}

TEST_F(StatusList, RefusesBadEncodings) {
  EXPECT_FALSE(BitstringStatusList::decode("zabc"));
  EXPECT_FALSE(BitstringStatusList::decode("u***"));
  EXPECT_FALSE(BitstringStatusList::decode(multibase_base64url("not gzip")));
  EXPECT_FALSE(BitstringStatusList::decode(encode_raw(std::string(1024, '\0'))));  // too short
  EXPECT_FALSE(BitstringStatusList::decode(encode_raw(std::string(kMaxStatusListBytes + 1, '\0'))));
  const std::string good = BitstringStatusList().encode().value();
  const std::string gz = base64url_decode(good.substr(1)).value();
  EXPECT_FALSE(BitstringStatusList::decode(multibase_base64url(gz.substr(0, gz.size() / 2))));
  EXPECT_FALSE(BitstringStatusList::decode(multibase_base64url(gz + "x")));
}

TEST_F(StatusList, BuildsTheCredentialAndEntries) {
  BitstringStatusList list;
  ASSERT_TRUE(list.set(42));
  const std::string url = "https://orbis.example.edu/status/revocation/1";
  const auto credential = status_list_credential(
      list, url, StatusPurpose::revocation, "did:web:orbis.example.edu", "2026-01-01T00:00:00Z");
  ASSERT_TRUE(credential);
  EXPECT_EQ((*credential)["id"], url);
  EXPECT_EQ((*credential)["type"][1], "BitstringStatusListCredential");
  EXPECT_EQ((*credential)["credentialSubject"]["id"], url + "#list");
  EXPECT_EQ((*credential)["credentialSubject"]["type"], "BitstringStatusList");
  EXPECT_EQ((*credential)["credentialSubject"]["statusPurpose"], "revocation");
  const auto decoded = BitstringStatusList::decode(
      (*credential)["credentialSubject"]["encodedList"].get<std::string>());
  EXPECT_TRUE(decoded->get(42).value());

  const auto entry = status_list_entry(url, StatusPurpose::suspension, 42);
  EXPECT_EQ(entry["id"], url + "#42");
  EXPECT_EQ(entry["type"], "BitstringStatusListEntry");
  EXPECT_EQ(entry["statusPurpose"], "suspension");
  EXPECT_EQ(entry["statusListIndex"], "42");
  EXPECT_EQ(entry["statusListCredential"], url);
  EXPECT_EQ(parse_status_purpose("suspension").value(), StatusPurpose::suspension);
  EXPECT_FALSE(parse_status_purpose("message"));
}

}  // namespace
}  // namespace orbis::credentials
