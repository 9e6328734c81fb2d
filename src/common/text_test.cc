#include "common/text.h"

#include <gtest/gtest.h>

namespace orbis::text {
namespace {

TEST(FoldForSearch, LowerCasesAndStripsDiacritics) {
  EXPECT_EQ(fold_for_search("  Université  de Genève "), "universite de geneve");
  EXPECT_EQ(fold_for_search("ŁÓDŹ University"), "lodz university");
  EXPECT_EQ(fold_for_search("Technische Universität München"), "technische universitat munchen");
}

TEST(FoldForSearch, KeepsChineseAndSeparatesPunctuation) {
  EXPECT_EQ(fold_for_search("西湖大学（Westlake）"), "西湖大学 westlake");
  EXPECT_EQ(fold_for_search("ＺＪＵ"), "zju");
  EXPECT_EQ(fold_for_search("westlake.edu.cn"), "westlake edu cn");
}

TEST(Utf8, RejectsMalformedInput) {
  EXPECT_TRUE(valid_utf8("西湖 ok"));
  EXPECT_FALSE(valid_utf8("\xC0\xAF"));      // overlong
  EXPECT_FALSE(valid_utf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(valid_utf8("abc\xE4\xB8"));   // truncated
  EXPECT_EQ(encode(decode("Zürich 西湖")), "Zürich 西湖");
}

TEST(EditDistance, BoundedByLimit) {
  EXPECT_EQ(bounded_edit_distance(U"universty", U"university", 2), 1);
  EXPECT_EQ(bounded_edit_distance(U"westlak", U"westlake", 1), 1);
  EXPECT_EQ(bounded_edit_distance(U"oxford", U"cambridge", 2), 3);
  EXPECT_EQ(bounded_edit_distance(U"", U"ab", 2), 2);
}

TEST(Split, KeepsEmptyFields) {
  EXPECT_EQ(split("a;;b", ';'), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(join({"a", "b"}, ", "), "a, b");
}

}  // namespace
}  // namespace orbis::text
