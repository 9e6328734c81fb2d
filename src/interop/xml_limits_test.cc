// The shape limits every document from outside meets before libxml2 reads it (xml_support.h):
// refused with the limit and the line, in time linear in the size.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "interop/iia_xml.h"
#include "interop/learning_agreement_xml.h"
#include "interop/test_files.h"
#include "interop/transcript_xml.h"
#include "interop/xml_support.h"

namespace orbis::interop {
namespace {

using testing::schema_root;

std::string root_with_attributes(std::string_view root, std::size_t count) {
  std::string xml = fmt::format("<?xml version=\"1.0\"?>\n<{}", root);
  for (std::size_t i = 0; i < count; ++i) xml += fmt::format(" a{}=\"x\"", i);
  return xml + fmt::format("/>\n");
}

std::string message_of(const Result<xml::DocPtr>& parsed) {
  EXPECT_FALSE(parsed);
  return parsed ? std::string() : parsed.error().message;
}

// 160,000 attributes on one element (1.8 MB) took libxml2 about ten minutes: its
// duplicate check compares every pair and it appends each attribute by walking the list.
TEST(XmlLimits, ManyAttributesOnOneElementAreRefusedByEveryReader) {
  const std::string elmo = root_with_attributes(
      "elmo xmlns=\"https://github.com/emrex-eu/elmo-schemas/tree/v1\"", 160000);
  ASSERT_GT(elmo.size(), 1800u * 1000);
  const std::string expected = fmt::format(
      "the transcript has an element with more than {} attributes (line 2)", xml::kMaxAttributes);
  const auto transcripts = parse_transcripts(elmo, schema_root());
  ASSERT_FALSE(transcripts);
  EXPECT_EQ(transcripts.error().message, expected);
  const auto iias = parse_get_response(root_with_attributes("iias-get-response", 160000));
  ASSERT_FALSE(iias);
  EXPECT_NE(iias.error().message.find("more than 64 attributes"), std::string::npos);
  const auto las = parse_learning_agreements(root_with_attributes("x", 65));
  ASSERT_FALSE(las);
  EXPECT_NE(las.error().message.find("more than 64 attributes"), std::string::npos);
}

TEST(XmlLimits, CountsAttributesNotTheTextAroundThem) {
  // Quotes, '>' and '=' inside values, comments, CDATA and processing instructions are not
  // attributes; a document at every limit parses.
  std::string xml = "<?xml version=\"1.0\"?>\n<!-- <a b='1' c='2'> --><r";
  for (int i = 0; i < xml::kMaxAttributes; ++i) xml += fmt::format(" a{}='x\"=>{}'", i, i);
  xml += "><![CDATA[<a b='1'>]]><?pi <a b='1'?></r>";
  EXPECT_TRUE(xml::parse_document(xml, "document"))
      << message_of(xml::parse_document(xml, "document"));
}

TEST(XmlLimits, DepthAndNamespacesInScopeAreBounded) {
  std::string deep;
  for (int i = 0; i <= xml::kMaxDepth; ++i) deep += "<a>\n";
  EXPECT_EQ(message_of(xml::parse_document(deep, "document")),
            fmt::format("the document nests elements deeper than {} levels (line {})",
                        xml::kMaxDepth, xml::kMaxDepth + 1));
  std::string shallow;
  for (int i = 0; i < xml::kMaxDepth; ++i) shallow += "<a>";
  for (int i = 0; i < xml::kMaxDepth; ++i) shallow += "</a>";
  EXPECT_TRUE(xml::parse_document(shallow, "document"));
  // Empty elements and closed ones leave the depth as it was.
  std::string wide = "<r>";
  for (int i = 0; i < 10000; ++i) wide += "<a/><b></b>";
  EXPECT_TRUE(xml::parse_document(wide + "</r>", "document"));

  // 40 declarations on each of four nested elements: 160 in scope at the innermost.
  std::string nested;
  for (int level = 0; level < 4; ++level) {
    nested += "<e";
    for (int i = 0; i < 40; ++i) nested += fmt::format(" xmlns:p{}_{}='urn:x:{}'", level, i, i);
    nested += ">";
  }
  EXPECT_EQ(message_of(xml::parse_document(nested, "document")),
            fmt::format("the document has more than {} namespace declarations in scope (line 1)",
                        xml::kMaxNamespacesInScope));
  // The same declarations on siblings are never in scope together.
  std::string siblings = "<r>";
  for (int level = 0; level < 4; ++level) {
    siblings += "<e";
    for (int i = 0; i < 40; ++i) siblings += fmt::format(" xmlns:p{}='urn:x:{}'", i, i);
    siblings += "/>";
  }
  EXPECT_TRUE(xml::parse_document(siblings + "</r>", "document"));
}

}  // namespace
}  // namespace orbis::interop
