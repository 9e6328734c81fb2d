#include "credentials/datetime.h"

#include <gtest/gtest.h>

namespace orbis::credentials {
namespace {

using namespace std::chrono;

TEST(XmlDatetime, ParsesDateTimeStamps) {
  const auto epoch = parse_xml_datetime("1970-01-01T00:00:00Z");
  ASSERT_TRUE(epoch);
  EXPECT_EQ(epoch->time_since_epoch().count(), 0);
  EXPECT_EQ(parse_xml_datetime("1970-01-01T08:00:00+08:00"), epoch);
  EXPECT_EQ(parse_xml_datetime("1969-12-31T19:00:00-05:00"), epoch);
  EXPECT_EQ(parse_xml_datetime("1969-12-31T24:00:00Z"), epoch);
  EXPECT_EQ(parse_xml_datetime("1970-01-01T00:00:00.1234Z")->time_since_epoch().count(), 123);
  EXPECT_TRUE(parse_xml_datetime("2024-02-29T23:59:59Z"));
}

TEST(XmlDatetime, RefusesAnythingElse) {
  for (const char* text :
       {"2023-01-01", "2023-01-01T00:00:00", "2023-02-29T00:00:00Z", "2023-01-01T24:00:01Z",
        "2023-01-01T00:60:00Z", "2023-01-01T00:00:60Z", "2023-01-01T00:00:00.Z",
        "2023-01-01T00:00:00+15:00", "2023-01-01 00:00:00Z", "0000-01-01T00:00:00Z",
        "2023-1-01T00:00:00Z", "2023-01-01T00:00:00Zjunk", "2023-01-01T00:00:00+0800", ""}) {
    EXPECT_FALSE(parse_xml_datetime(text)) << text;
  }
}

TEST(XmlDatetime, FormatsWholeSecondsInUtc) {
  const auto t = parse_xml_datetime("2023-02-24T23:36:38.999Z").value();
  EXPECT_EQ(format_xml_datetime(t), "2023-02-24T23:36:38Z");
  EXPECT_EQ(parse_xml_datetime(format_xml_datetime(t)), floor<seconds>(t));
}

}  // namespace
}  // namespace orbis::credentials
