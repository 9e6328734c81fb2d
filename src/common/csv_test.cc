#include "common/csv.h"

#include <gtest/gtest.h>

namespace orbis::csv {
namespace {

TEST(Csv, ParsesQuotedFieldsWithSeparatorsAndLineBreaks) {
  const auto table =
      parse("name,city\n\"Oxford, University of\",\"Ox\"\"ford\"\n\"multi\nline\",x\n");
  ASSERT_TRUE(table) << table.error().message;
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0][0], "Oxford, University of");
  EXPECT_EQ(table->rows[0][1], "Ox\"ford");
  EXPECT_EQ(table->rows[1][0], "multi\nline");
  EXPECT_EQ(table->line_numbers[1], 3);
}

TEST(Csv, DropsBomAndDetectsSemicolons) {
  const auto table = parse("\xEF\xBB\xBFname;country\r\nWestlake;CN\r\n\r\n");
  ASSERT_TRUE(table);
  EXPECT_EQ(table->header, (Row{"name", "country"}));
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0], (Row{"Westlake", "CN"}));
}

TEST(Csv, RejectsUnterminatedQuoteAndNonUtf8) {
  EXPECT_FALSE(parse("a,b\n\"open,1\n"));
  EXPECT_FALSE(parse("a,b\n\xff,1\n"));
  EXPECT_FALSE(parse(""));
}

TEST(Csv, EscapesWhenNeeded) {
  EXPECT_EQ(escape("plain"), "plain");
  EXPECT_EQ(escape("a,b"), "\"a,b\"");
  EXPECT_EQ(escape("say \"hi\""), "\"say \"\"hi\"\"\"");
}

}  // namespace
}  // namespace orbis::csv
