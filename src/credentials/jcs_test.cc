#include "credentials/jcs.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <regex>

#include "common/crypto.h"
#include "credentials/test_files.h"

namespace orbis::credentials {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

// Every input of cyberphone/json-canonicalization's testdata must give its output's bytes.
TEST(Jcs, ReproducesEveryUpstreamCase) {
  const fs::path dir = testing::vc_cases() / "jcs";
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(dir / "input")) {
    SCOPED_TRACE(entry.path().filename().string());
    const std::string expected = testing::read_file(dir / "output" / entry.path().filename());
    ASSERT_FALSE(expected.empty());
    const auto canonical = canonicalize_text(testing::read_file(entry.path()));
    ASSERT_TRUE(canonical) << canonical.error().message;
    EXPECT_EQ(*canonical, expected);
    // Canonicalizing the canonical form changes nothing.
    EXPECT_EQ(canonicalize_text(expected).value_or(""), expected);
    ++cases;
  }
  EXPECT_EQ(cases, 6);
}

TEST(Jcs, FormatsNumbersAsEcmaScript) {
  const std::pair<double, const char*> cases[] = {
      {0.0, "0"},
      {-0.0, "0"},
      {1.0, "1"},
      {-1.5, "-1.5"},
      {1e21, "1e+21"},
      {1e20, "100000000000000000000"},
      {123456789012345680000.0, "123456789012345680000"},
      {1e-7, "1e-7"},
      {0.000001, "0.000001"},
      {9.999999999999997e-7, "9.999999999999997e-7"},
      {0.1 + 0.2, "0.30000000000000004"},
      {333333333.33333329, "333333333.3333333"},
      {1e30, "1e+30"},
      {4.5, "4.5"},
      {0.002, "0.002"},
      {1e-27, "1e-27"},
      {5e-324, "5e-324"},
      {std::numeric_limits<double>::max(), "1.7976931348623157e+308"},
      {-std::numeric_limits<double>::min(), "-2.2250738585072014e-308"},
      {9007199254740994.0, "9007199254740994"},
      {295147905179352830000.0, "295147905179352830000"},
      {1.5e-9, "1.5e-9"},
  };
  for (const auto& [value, expected] : cases) EXPECT_EQ(format_number(value), expected) << value;
}

TEST(Jcs, PrintsIntegersAsTheDoublesTheyDenote) {
  EXPECT_EQ(canonicalize(json(9007199254740992)).value(), "9007199254740992");
  EXPECT_EQ(canonicalize(json(9007199254740993)).value(), "9007199254740992");
  EXPECT_EQ(canonicalize(json(-9007199254740993)).value(), "-9007199254740992");
  EXPECT_EQ(canonicalize(json(std::numeric_limits<std::int64_t>::min())).value(),
            "-9223372036854776000");
  EXPECT_EQ(canonicalize(json(std::numeric_limits<std::uint64_t>::max())).value(),
            "18446744073709552000");
  EXPECT_EQ(canonicalize_text("[100000000000000000000000, 56.0, -0, 1E2]").value(),
            "[1e+23,56,0,100]");
}

// The upstream README defines a deterministic stream of doubles and the SHA-256 of the file
// "hex,expected\n" per value; a million lines exercise the shortest-digits conversion well.
TEST(Jcs, MatchesTheEs6NumberFileHash) {
  const std::string readme = testing::read_file(testing::vc_cases() / "jcs" / "UPSTREAM-README.md");
  const auto start = readme.find("staticU64s = new BigUint64Array([");
  const auto end = readme.find("])", start);
  ASSERT_NE(start, std::string::npos);
  std::vector<std::uint64_t> statics;
  const std::string list = readme.substr(start, end - start);
  const std::regex hex("0x([0-9a-f]+)n");
  for (auto it = std::sregex_iterator(list.begin(), list.end(), hex); it != std::sregex_iterator();
       ++it) {
    statics.push_back(std::stoull((*it)[1].str(), nullptr, 16));
  }
  ASSERT_GT(statics.size(), 100u);

  ASSERT_TRUE(crypto::init());
  constexpr std::size_t kLines = 1'000'000;
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  unsigned char block[32] = {};
  std::vector<double> pending;
  std::size_t bytes = 0;
  for (std::size_t index = 0; index < kLines; ++index) {
    double value = 0;
    if (index < statics.size()) {
      value = std::bit_cast<double>(statics[index]);
    } else if (index < statics.size() + 2000) {
      value = std::bit_cast<double>(0x0010000000000000ull + (index - statics.size()));
    } else {
      while (value == 0.0 || !std::isfinite(value)) {
        if (pending.empty()) {
          crypto_hash_sha256(block, block, sizeof block);
          for (int i = 3; i >= 0; --i) {
            double d;
            std::memcpy(&d, block + 8 * i, 8);  // little-endian, as Float64Array reads it
            pending.push_back(d);
          }
        }
        value = pending.back();
        pending.pop_back();
      }
    }
    char hex_text[20];
    const int n =
        std::snprintf(hex_text, sizeof hex_text, "%llx",
                      static_cast<unsigned long long>(std::bit_cast<std::uint64_t>(value)));
    const std::string line =
        std::string(hex_text, static_cast<std::size_t>(n)) + "," + format_number(value) + "\n";
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(line.data()),
                              line.size());
    bytes += line.size();
  }
  unsigned char digest[32];
  crypto_hash_sha256_final(&state, digest);
  EXPECT_EQ(bytes, 40357417u);
  EXPECT_EQ(crypto::to_hex(std::string_view(reinterpret_cast<char*>(digest), 32)),
            "49415fee2c56c77864931bd3624faad425c3c577d6d74e89a83bc725506dad16");
}

TEST(Jcs, SortsMemberNamesByUtf16CodeUnits) {
  // U+1F602 is D83D DE02 in UTF-16, so it sorts before U+FB33 although its code point is larger.
  const json object = {{"\xef\xac\xb3", 1}, {"\xf0\x9f\x98\x82", 2}, {"a", 3}};
  EXPECT_EQ(canonicalize(object).value(), "{\"a\":3,\"\xf0\x9f\x98\x82\":2,\"\xef\xac\xb3\":1}");
}

TEST(Jcs, EscapesOnlyWhatJsonRequires) {
  EXPECT_EQ(canonicalize(json("\x01\x1f\x7f/<\xe2\x80\xa8\b\f\n\r\t\"\\")).value(),
            "\"\\u0001\\u001f\x7f/<\xe2\x80\xa8\\b\\f\\n\\r\\t\\\"\\\\\"");
}

TEST(Jcs, RefusesWhatIJsonForbids) {
  EXPECT_FALSE(parse_strict(R"({"a":1,"a":2})"));
  EXPECT_FALSE(parse_strict(R"({"x":{"a":1,"a":1}})"));
  EXPECT_TRUE(parse_strict(R"([{"a":1},{"a":1}])"));
  EXPECT_FALSE(parse_strict(R"("\ud800")"));
  EXPECT_FALSE(parse_strict("\"\xc3\x28\""));
  EXPECT_FALSE(parse_strict("\"\xed\xa0\x80\""));  // an encoded surrogate
  EXPECT_FALSE(parse_strict("[1e400]"));
  EXPECT_FALSE(parse_strict("{} x"));
  EXPECT_FALSE(parse_strict(""));
  EXPECT_FALSE(
      parse_strict(std::string(kMaxJsonDepth + 1, '[') + std::string(kMaxJsonDepth + 1, ']')));
  EXPECT_TRUE(parse_strict(std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']')));
}

TEST(Jcs, RefusesValuesWithoutAJsonForm) {
  EXPECT_FALSE(canonicalize(json(std::nan(""))));
  EXPECT_FALSE(canonicalize(json(std::numeric_limits<double>::infinity())));
  EXPECT_FALSE(canonicalize(json("\xff")));
  EXPECT_FALSE(canonicalize(json::binary({1, 2})));
  json object = json::object();
  object["\xc0\xaf"] = 1;  // overlong '/'
  EXPECT_FALSE(canonicalize(object));
}

}  // namespace
}  // namespace orbis::credentials
