#include "common/json.h"

#include <gtest/gtest.h>

namespace orbis {
namespace {

std::string message_of(std::string_view text, const JsonLimits& limits = {}) {
  const auto parsed = parse_json(text, limits);
  EXPECT_FALSE(parsed) << text.substr(0, 40);
  return parsed ? std::string() : parsed.error().message;
}

TEST(Json, ParsesAValueWithNothingAfterIt) {
  const auto parsed = parse_json(R"({"name": "西湖", "seats": [1, 2.5, -3], "ok": true})");
  ASSERT_TRUE(parsed) << parsed.error().message;
  EXPECT_EQ((*parsed)["name"], "西湖");
  EXPECT_EQ((*parsed)["seats"][1], 2.5);
  EXPECT_EQ(message_of("{} {}"),
            "not valid JSON at byte 4 (line 1, column 4): syntax error while parsing value - "
            "unexpected '{'; expected end of input");
}

TEST(Json, RefusesDepthBeforeBuildingAnythingAndNamesTheByte) {
  // 300,000 levels: a tree this deep would overflow the stack of any recursive copy.
  const std::string deep = std::string(300000, '[') + std::string(300000, ']');
  EXPECT_EQ(message_of(deep),
            "the JSON is nested deeper than 128 levels at byte 129 (line 1, column 129)");
  const std::string at_limit = std::string(128, '[') + std::string(128, ']');
  EXPECT_TRUE(parse_json(at_limit));
  EXPECT_EQ(message_of(R"({"a":{"b":[1]}})", {.max_depth = 2}),
            "the JSON is nested deeper than 2 levels at byte 11 (line 1, column 11)");
  EXPECT_EQ(message_of("{\"a\":\n  [[1]]}", {.max_depth = 2}),
            "the JSON is nested deeper than 2 levels at byte 10 (line 2, column 4)");
  // Brackets inside strings, escaped quotes included, are text.
  EXPECT_TRUE(parse_json(R"({"a":"[[[\"[[[{{{"})", {.max_depth = 1}));
}

TEST(Json, RefusesNumbersNoDoubleHoldsNamingTheByte) {
  EXPECT_EQ(message_of(R"({"name":1e999})"),
            "not valid JSON at byte 9 (line 1, column 9): the number 1e999 is out of range");
  EXPECT_EQ(message_of("[-1e400]"),
            "not valid JSON at byte 2 (line 1, column 2): the number -1e400 is out of range");
  // Large integers become doubles; that is allowed.
  EXPECT_TRUE(parse_json("123456789012345678901234567890"));
}

TEST(Json, RefusesMalformedTextAndBytesThatAreNotUtf8) {
  EXPECT_NE(message_of(R"({"a":x})").find("at byte 6"), std::string::npos);
  EXPECT_NE(message_of("\"\xff\"").find("not valid JSON at byte 2"), std::string::npos);
  EXPECT_NE(message_of("").find("not valid JSON at byte 1"), std::string::npos);
}

TEST(Json, MessagesAreUtf8WhateverTheBytesWere) {
  // nlohmann quotes the token it stopped in, bytes as they came; a message with a stray
  // byte made every dump() of the problem or the verification result throw (found by
  // fuzz.credential).
  const std::string message = message_of("{\"alumniOf\xd9: 1}");
  EXPECT_NO_THROW((void)nlohmann::json(message).dump()) << message;
  EXPECT_NE(message.find("last read: '\"alumniOf\\xD9:'"), std::string::npos) << message;
  EXPECT_NO_THROW((void)nlohmann::json(message_of("[1e999\xff]")).dump());
}

TEST(Json, RefusesMoreThanTheSizeLimit) {
  EXPECT_EQ(message_of("[1, 2, 3]", {.max_bytes = 8}),
            "the JSON is 9 bytes, more than the 8 accepted");
}

TEST(Json, RepeatedNamesAreRefusedOnlyWhenAskedFor) {
  const auto last = parse_json(R"({"a":1,"a":2})");
  ASSERT_TRUE(last);
  EXPECT_EQ((*last)["a"], 2);
  EXPECT_EQ(message_of(R"({"a":1,"b":{"a":1,"a":2}})", {.unique_names = true}),
            "the member name \"a\" repeats");
}

}  // namespace
}  // namespace orbis
