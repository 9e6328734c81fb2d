#include "domain/password_policy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace orbis::domain {
namespace {

std::string field_message(const Status& s) {
  return s ? std::string() : s.error().fields.at(0).message;
}

TEST(PasswordPolicy, RefusesShortLongAndCommonPasswords) {
  const PasswordPolicy policy("password\n1234567890\nQwertyuiop\n");
  EXPECT_TRUE(policy.check("correct horse battery"));
  EXPECT_EQ(policy.check("short").error().fields.at(0).field, "password");
  EXPECT_EQ(field_message(policy.check("short")), "at least 10 characters");
  EXPECT_EQ(field_message(policy.check(std::string(1025, 'x'))), "at most 1024 bytes");
  EXPECT_NE(field_message(policy.check("QWERTYuiop")).find("often"), std::string::npos);
  EXPECT_FALSE(policy.check("1234567890"));
  EXPECT_FALSE(policy.check("ana.lopez1@westlake.edu.cn", "Ana.Lopez1@westlake.edu.cn"));
  EXPECT_FALSE(policy.check("ana.lopez1", "ana.lopez1@westlake.edu.cn"));
  EXPECT_EQ(policy.check("x", "", "new_password").error().fields.at(0).field, "new_password");
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  const PasswordPolicy policy;
  EXPECT_FALSE(policy.check("西湖大学国际交流处"));     // nine characters, 27 bytes
  EXPECT_TRUE(policy.check("西湖大学国际交流合作处"));  // eleven
  EXPECT_FALSE(policy.check(std::string("abcdefghij\xff")));
}

// The shipped list (zxcvbn's 30,000 most common passwords) is what the server loads.
TEST(PasswordPolicy, TheShippedListRefusesWellKnownPasswords) {
  std::ifstream in(std::string(ORBIS_SOURCE_DIR) + "/data/common_passwords.txt");
  ASSERT_TRUE(in);
  std::stringstream list;
  list << in.rdbuf();
  const PasswordPolicy policy(list.str());
  EXPECT_EQ(policy.common_passwords(), 30000u);
  for (const auto* p : {"password123", "qwertyuiop", "1q2w3e4r5t", "manchester"})
    EXPECT_FALSE(policy.check(p)) << p;
  EXPECT_TRUE(policy.check("orbis-demo-2026"));
}

}  // namespace
}  // namespace orbis::domain
