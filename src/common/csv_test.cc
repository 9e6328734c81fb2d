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

// A 10 MiB upload of commas would become ten million strings (hundreds of MB); each bound
// is refused with its line instead.
TEST(Csv, RefusesRowsFieldsAndSizesBeyondTheLimits) {
  const auto message = [](std::string_view doc) {
    const auto table = parse(doc);
    EXPECT_FALSE(table) << doc.substr(0, 40);
    return table ? std::string() : table.error().message;
  };
  EXPECT_EQ(message("a,b\n" + std::string(100000, ',') + "\n"),
            "line 2: a row has more than 1024 fields");
  EXPECT_EQ(message("a,b\nx,\"" + std::string(70000, 'y') + "\"\n"),
            "line 2: a field is longer than 65536 bytes");
  EXPECT_TRUE(parse("a,b\n" + std::string(1023, ',') + "\nx," + std::string(65536, 'y') + "\n"));
  std::string rows = "a\n";
  for (int i = 0; i < 5; ++i) rows += "x\n";
  const auto limited = parse(rows, {.max_rows = 4});
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().message, "line 6: the file has more than 4 rows");
  EXPECT_TRUE(parse(rows, {.max_rows = 5}));
  const auto large = parse("a,b\n1,2\n", {.max_bytes = 7});
  ASSERT_FALSE(large);
  EXPECT_EQ(large.error().message, "the file is 8 bytes, more than the 7 accepted");
}

TEST(Csv, EscapesWhenNeeded) {
  EXPECT_EQ(escape("plain"), "plain");
  EXPECT_EQ(escape("a,b"), "\"a,b\"");
  EXPECT_EQ(escape("say \"hi\""), "\"say \"\"hi\"\"\"");
}

}  // namespace
}  // namespace orbis::csv
