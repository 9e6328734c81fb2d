#include "http/json/codec.h"

#include <gtest/gtest.h>

namespace orbis::http::json {
namespace {

enum class Colour { red, green };
std::string_view to_string(Colour c) { return c == Colour::red ? "red" : "green"; }

struct Part {
  std::string code;
  int count = 0;
};

using WidgetId = Id<struct WidgetTag>;

struct Widget {
  WidgetId id;
  std::string name;
  std::string name_zh;
  Colour colour = Colour::red;
  std::optional<double> weight;
  std::vector<Part> parts;
  std::optional<WidgetId> parent;
  int version = 0;
};

struct WidgetView {
  Widget widget;
  std::string owner;
};

// A record with a member that is left out, not null, when it has no value.
struct Note {
  std::string text;
  std::optional<Part> detail;
};

}  // namespace

template <>
struct EnumValues<Colour> {
  static constexpr std::array values = {Colour::red, Colour::green};
};

template <>
struct Codec<Part> : Object<Part, Codec<Part>> {
  static constexpr std::string_view name = "Part";
  static constexpr auto fields() {
    return std::tuple{Field{"code", &Part::code}, Field{"count", &Part::count}};
  }
};

template <>
struct Codec<Widget> : Object<Widget, Codec<Widget>> {
  static constexpr std::string_view name = "Widget";
  static constexpr auto fields() {
    return std::tuple{Field{"id", &Widget::id, kReadOnly},
                      Field{"name", &Widget::name},
                      Field{"name_zh", &Widget::name_zh, kNullIfEmpty},
                      Field{"colour", &Widget::colour},
                      Field{"weight", &Widget::weight},
                      Field{"parts", &Widget::parts},
                      Field{"parent_id", &Widget::parent},
                      Field{"version", &Widget::version, kReadOnly}};
  }
};

template <>
struct Codec<WidgetView> : Object<WidgetView, Codec<WidgetView>> {
  static constexpr std::string_view name = "WidgetView";
  static constexpr auto fields() {
    return std::tuple{Embed{&WidgetView::widget}, Field{"owner", &WidgetView::owner},
                      Computed{"part_count", [](const WidgetView& v) {
                                 return static_cast<int>(v.widget.parts.size());
                               }}};
  }
};

template <>
struct Codec<Note> : Object<Note, Codec<Note>> {
  static constexpr std::string_view name = "Note";
  static constexpr auto fields() {
    return std::tuple{Field{"text", &Note::text}, Field{"detail", &Note::detail, kOmitIfAbsent}};
  }
};

namespace {

TEST(Codec, WritesEveryMember) {
  Widget w{WidgetId{7}, "Gear", "", Colour::green, std::nullopt, {{"A1", 2}}, WidgetId{3}, 4};
  EXPECT_EQ(to_json(w), Json::parse(R"({"id":7,"name":"Gear","name_zh":null,"colour":"green",
      "weight":null,"parts":[{"code":"A1","count":2}],"parent_id":3,"version":4})"));
  EXPECT_EQ(to_json(WidgetView{w, "Ada"})["part_count"], 1);
  EXPECT_EQ(to_json(WidgetView{w, "Ada"})["owner"], "Ada");
  EXPECT_EQ(to_json(WidgetView{w, "Ada"})["name"], "Gear");
}

TEST(Codec, ReadsWhatIsPresentAndKeepsTheRest) {
  Widget w{WidgetId{7}, "Gear", "齿轮", Colour::red, 2.5, {}, std::nullopt, 4};
  ASSERT_TRUE(
      from_json(Json::parse(R"({"name":"Cog","name_zh":null,"weight":null})"), w, "widget"));
  EXPECT_EQ(w.name, "Cog");
  EXPECT_EQ(w.name_zh, "");
  EXPECT_FALSE(w.weight);
  EXPECT_EQ(w.id, WidgetId{7});
  EXPECT_EQ(w.version, 4);
}

TEST(Codec, NamesEveryMistakeWithItsPath) {
  Widget w;
  const auto status = from_json(
      Json::parse(R"({"id":3,"name":5,"colour":"blue","parts":[{"code":"x","count":"2"},{"size":1}],
                      "parent_id":-1,"extra":true})"),
      w, "widget");
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::invalid_argument);
  std::map<std::string, std::string> errors;
  for (const auto& e : status.error().fields) errors[e.field] = e.message;
  EXPECT_EQ(errors.at("id"), "set by Orbis, not by a client");
  EXPECT_EQ(errors.at("name"), "text");
  EXPECT_EQ(errors.at("colour"), "one of red, green");
  EXPECT_EQ(errors.at("parts/0/count"), "a whole number");
  EXPECT_EQ(errors.at("parts/1/size"), "not a member of this record");
  EXPECT_EQ(errors.at("parent_id"), "an id (a positive whole number)");
  EXPECT_EQ(errors.at("extra"), "not a member of this record");
  EXPECT_EQ(errors.size(), 7u);
}

TEST(Codec, TrustedJsonMaySetWhatOnlyOrbisSets) {
  Widget w;
  ASSERT_TRUE(from_json(Json::parse(R"({"id":3,"version":2})"), w, "widget", Origin::trusted));
  EXPECT_EQ(w.id, WidgetId{3});
  EXPECT_EQ(w.version, 2);
}

TEST(Codec, BoundsNumbersAClientSends) {
  int value = 0;
  Reader r;
  Codec<int>::read(Json::parse("4294967296"), value, r, "n");
  Codec<int>::read(Json::parse("1.5"), value, r, "n");
  Codec<int>::read(Json::parse("true"), value, r, "n");
  EXPECT_EQ(r.errors().size(), 3u);
  Codec<int>::read(Json::parse("-12"), value, r, "n");
  EXPECT_EQ(value, -12);
  std::int64_t big = 0;
  Codec<std::int64_t>::read(Json::parse("9223372036854775807"), big, r, "n");
  EXPECT_EQ(r.errors().size(), 4u);
}

TEST(Codec, DescribesOutputAndInputSchemas) {
  Schemas schemas;
  EXPECT_EQ(schema_of<WidgetView>(schemas),
            Json::parse(R"({"$ref":"#/components/schemas/WidgetView"})"));
  const Json input = schemas.input([&] { return schema_of<Widget>(schemas); });
  EXPECT_EQ(input, Json::parse(R"({"$ref":"#/components/schemas/WidgetInput"})"));
  const auto& c = schemas.components();
  const Json& view = c.at("WidgetView");
  EXPECT_EQ(view["properties"]["id"],
            Json::parse(R"({"type":"integer","minimum":1,"readOnly":true})"));
  EXPECT_EQ(view["properties"]["name_zh"], Json::parse(R"({"type":["string","null"]})"));
  EXPECT_EQ(view["properties"]["colour"],
            Json::parse(R"({"type":"string","enum":["red","green"]})"));
  EXPECT_EQ(view["properties"]["weight"], Json::parse(R"({"type":["number","null"]})"));
  EXPECT_EQ(view["properties"]["parts"],
            Json::parse(R"({"type":"array","items":{"$ref":"#/components/schemas/Part"}})"));
  EXPECT_EQ(view["properties"]["part_count"], Json::parse(R"({"type":"integer","readOnly":true})"));
  EXPECT_EQ(view["required"].size(), 10u);
  const Json& in = c.at("WidgetInput");
  EXPECT_FALSE(in["properties"].contains("id"));
  EXPECT_FALSE(in["properties"].contains("version"));
  EXPECT_FALSE(in.contains("required"));
  EXPECT_EQ(in["additionalProperties"], false);
  EXPECT_EQ(in["properties"]["parts"]["items"]["$ref"], "#/components/schemas/PartInput");
  EXPECT_TRUE(c.contains("PartInput"));
  EXPECT_TRUE(c.contains("Part"));
}

TEST(Codec, LeavesOutAnAbsentMemberThatIsNotAlwaysThere) {
  EXPECT_EQ(to_json(Note{"x", std::nullopt}), Json::parse(R"({"text":"x"})"));
  EXPECT_EQ(to_json(Note{"x", Part{"A", 1}}),
            Json::parse(R"({"text":"x","detail":{"code":"A","count":1}})"));
  Schemas schemas;
  schema_of<Note>(schemas);
  const Json& note = schemas.components().at("Note");
  // Not nullable, and not required.
  EXPECT_EQ(note["properties"]["detail"], Json::parse(R"({"$ref":"#/components/schemas/Part"})"));
  EXPECT_EQ(note["required"], Json::parse(R"(["text"])"));
}

}  // namespace
}  // namespace orbis::http::json
