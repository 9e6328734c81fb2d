// Typed endpoints: arguments decoded from the path, If-Match, the query and the body; results
// written with ETags, list envelopes, 201s and 204s; and what the OpenAPI generator is told.
#include "http/routing/endpoint.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/clock.h"
#include "common/text.h"
#include "http/api/api.h"
#include "store/store.h"

namespace orbis::http {
namespace {

using WidgetId = Id<struct WidgetTag>;

struct Widget {
  WidgetId id;
  std::string name;
  int version = 0;
};

// A signed document: read as it was sent, written value for value.
struct Seal {
  json::Json document;
};

// What an import of widgets from CSV did: one widget a line, a line "bad" is a bad row.
struct WidgetRowError {
  int line = 0;
  std::string field;
  std::string message;
};
struct WidgetImport {
  bool dry_run = true;
  int rows = 0;
  std::vector<WidgetRowError> errors;
  std::vector<WidgetId> created;
};

struct WidgetQuery {
  std::optional<std::string> name;
  std::optional<bool> heavy;
  routing::PageRequest page;
};

}  // namespace

template <>
struct json::Codec<Widget> : json::Object<Widget, json::Codec<Widget>> {
  static constexpr std::string_view name = "Widget";
  static constexpr auto fields() {
    return std::tuple{json::Field{"id", &Widget::id, json::kReadOnly},
                      json::Field{"name", &Widget::name},
                      json::Field{"version", &Widget::version, json::kReadOnly}};
  }
};

template <>
struct json::Codec<Seal> {
  static constexpr bool text_as_sent = true;
  static void write(const Seal& seal, Json& out) { out = seal.document; }
  static void read(const Json& in, Seal& seal, Reader&, std::string_view) { seal.document = in; }
  static Json schema(Schemas& s) {
    return s.ref("Seal", [](Schemas&) { return Json{{"type", "object"}}; });
  }
};

template <>
struct json::Codec<WidgetRowError> : json::Object<WidgetRowError, json::Codec<WidgetRowError>> {
  static constexpr std::string_view name = "WidgetRowError";
  static constexpr auto fields() {
    return std::tuple{json::Field{"line", &WidgetRowError::line},
                      json::Field{"field", &WidgetRowError::field},
                      json::Field{"message", &WidgetRowError::message}};
  }
};

template <>
struct json::Codec<WidgetImport> : json::Object<WidgetImport, json::Codec<WidgetImport>> {
  static constexpr std::string_view name = "WidgetImport";
  static constexpr auto fields() {
    return std::tuple{json::Field{"dry_run", &WidgetImport::dry_run},
                      json::Field{"rows", &WidgetImport::rows},
                      json::Field{"errors", &WidgetImport::errors},
                      json::Field{"created", &WidgetImport::created}};
  }
};

template <>
struct routing::QueryCodec<WidgetQuery> : routing::QueryObject<WidgetQuery> {
  static constexpr auto params() {
    return std::tuple{routing::Param{"name", &WidgetQuery::name, "the name begins with this"},
                      routing::Param{"heavy", &WidgetQuery::heavy},
                      routing::Paging<WidgetQuery>{&WidgetQuery::page, 5}};
  }
};

namespace {

using routing::Access;
using routing::Call;
using routing::Created;
using routing::Page;
using routing::Query;
using routing::Version;

// Reads widgets from CSV, one a line; a line "bad" is a bad row. Nothing is written when
// any is, nor in a dry run.
WidgetImport import_widgets(const std::string& csv, bool dry_run) {
  WidgetImport out{.dry_run = dry_run, .rows = 0, .errors = {}, .created = {}};
  int line = 0;
  for (const auto& row : text::split(csv, '\n')) {
    ++line;
    if (row.empty()) continue;
    ++out.rows;
    if (row == "bad") out.errors.push_back({line, "name", "not a widget's name"});
  }
  if (!dry_run && out.errors.empty())
    for (int i = 1; i <= out.rows; ++i) out.created.push_back(WidgetId{100 + i});
  return out;
}

class EndpointTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() / ("orbis-endpoint-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    auto opened = store::open((dir_ / "x.db").string());
    ASSERT_TRUE(opened);
    store_ = std::move(*opened);
    auth_ = std::make_unique<service::Auth>(*store_, clock_);
    router_ = std::make_unique<Router>(*auth_);
    routing::Api api(*router_, "widgets");
    api.get("/api/v1/widgets/{id}", Access::anyone(), "Read a widget")
        .handle([](const Call&, WidgetId id) -> Result<Widget> {
          if (id.value != 7) return fail(Error::not_found("no widget"));
          return Widget{id, "Gear", 3};
        });
    api.patch("/api/v1/widgets/{id}", Access::anyone(), "Change a widget")
        .handle([this](const Call&, WidgetId id, Version v, Widget patch) -> Result<Widget> {
          seen_version_ = v.value;
          patch.id = id;
          patch.version = v.value + 1;
          return patch;
        });
    api.get("/api/v1/widgets", Access::anyone(), "List widgets")
        .handle([](const Call&, Query<WidgetQuery> q) -> Result<Page<Widget>> {
          Page<Widget> page;
          for (int i = 1; i <= static_cast<int>(q->page.limit); ++i)
            page.items.push_back({WidgetId{i}, q->name.value_or("any"), 1});
          page.next = "c2";
          return page;
        });
    api.post("/api/v1/widgets", Access::anyone(), "Add a widget")
        .handle([](const Call&, Widget w) -> Result<Created<Widget>> {
          w.id = WidgetId{9};
          w.version = 1;
          return Created<Widget>{w, "/api/v1/widgets/9"};
        });
    api.post("/api/v1/widgets/{id}/parts", Access::anyone(), "Add a part read with its widget")
        .handle([](const Call&, WidgetId id, Widget w) -> Result<Created<Widget>> {
          w.id = WidgetId{id.value * 10};
          w.version = 1;
          return Created<Widget>{w, {}};
        });
    api.post("/api/v1/widgets/{id}/polish", Access::anyone(), "Polish a widget, maybe renaming it")
        .handle([](const Call&, WidgetId id, std::optional<Widget> w) -> Result<Widget> {
          return Widget{id, w ? w->name : "polished", 2};
        });
    api.get("/api/v1/widget-count", Access::anyone(), "Count widgets")
        .handle([](const Call&) -> Result<Widget> { return Widget{WidgetId{1}, "count", 2}; });
    api.get("/api/v1/widgets/{id}/drawing", Access::anyone(), "Download a widget's drawing")
        .handle([](const Call&, WidgetId id) -> Result<routing::Download> {
          routing::Download d{.content_type = "application/pdf",
                              .filename = id.value == 7 ? "齿轮 gear.pdf" : "",
                              .bytes = "%PDF-1.4",
                              .attachment = true,
                              .cache_control = id.value == 7 ? "private, no-store" : "",
                              .headers = {{"X-Widget-Sheets", "2"}}};
          return d;
        });
    api.get("/api/v1/widgets/{id}/health", Access::anyone(), "Check a widget")
        .handle([](const Call&, WidgetId id) -> Result<routing::Reply<Widget>> {
          // Widget 7 is well; any other answers 503 and says when to ask again.
          if (id.value == 7)
            return routing::Reply<Widget>{{id, "well", 3}, {{"Cache-Control", "max-age=60"}}};
          return routing::Reply<Widget>{{id, "unwell", 3}, {{"Retry-After", "5"}}, 503};
        });
    api.post("/api/v1/widgets/{id}/tickets", Access::anyone(), "Make a one-time ticket")
        .handle([](const Call&, WidgetId id) -> Result<Created<routing::Reply<Widget>>> {
          return Created<routing::Reply<Widget>>{
              {{id, "ticket", 1}, {{"Cache-Control", "no-store"}}}, {}};
        });
    api.get("/api/v1/widget-pages", Access::anyone(), "List widgets, cached")
        .handle([](const Call&, Query<WidgetQuery> q) -> Result<routing::Reply<Page<Widget>>> {
          Page<Widget> page;
          page.items.push_back({WidgetId{1}, q->name.value_or("any"), 1});
          return routing::Reply<Page<Widget>>{std::move(page), {{"Cache-Control", "public"}}};
        });
    api.post("/api/v1/seals/{code}", Access::anyone(), "Seal a document under a code")
        .media_type("application/vc+json")
        .header("Cache-Control", "public, max-age=60")
        .handle([](const Call&, routing::PathText code, Seal seal) -> Result<Seal> {
          if (code.value == "none") return fail(Error::not_found("no such code"));
          seal.document["code"] = code.value;
          return seal;
        });
    api.post("/api/v1/widgets/import", Access::anyone(), "Import widgets from CSV")
        .limit(kMaxUploadBytes)
        .handle([this](const Call&, const routing::Upload& csv,
                       routing::DryRun dry) -> Result<routing::Imported<WidgetImport>> {
          uploaded_type_ = csv.content_type;
          if (csv.bytes.empty())
            return fail(Error::invalid("the file is empty", {{"file", "no rows"}}));
          return routing::Imported<WidgetImport>{import_widgets(csv.bytes, dry.value)};
        });
    // An import whose dry run lists its bad rows in its 200 (as agreements' does).
    api.post("/api/v1/widgets/check", Access::anyone(), "Check widgets from CSV")
        .handle([](const Call&, const routing::Upload& csv,
                   routing::DryRun dry) -> Result<routing::Imported<WidgetImport>> {
          return routing::Imported<WidgetImport>{import_widgets(csv.bytes, dry.value), true};
        });
    api.del("/api/v1/widgets/{id}", Access::anyone(), "Remove a widget")
        .handle([](const Call&, WidgetId) -> Status { return {}; });
    api.post("/api/v1/widgets/{id}/lock", Access::anyone(), "Lock a widget")
        .before_second_factor()
        .handle([](const Call& c, WidgetId id) -> Result<Widget> {
          c.add_header("Set-Cookie", fmt::format("lock={}; Path=/; HttpOnly", id.value));
          if (id.value != 7) {
            c.add_header("Retry-After", "30");
            return fail(Error::not_found("no widget"));
          }
          return Widget{id, "Locked", 4};
        });
    api.post("/api/v1/widgets/{id}/unlock", Access::anyone(), "Unlock a widget")
        .handle([](const Call& c, WidgetId) -> Status {
          c.add_header("Set-Cookie", "lock=; Path=/; Max-Age=0");
          return {};
        });
  }
  void TearDown() override {
    router_.reset();
    auth_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Response call(std::string method, std::string path, std::string body = "",
                std::map<std::string, std::string> headers = {},
                std::unordered_map<std::string, std::string> query = {}) {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    r.headers = std::move(headers);
    r.query = std::move(query);
    return *router_->handle(r);
  }
  static json::Json body(const Response& r) { return json::Json::parse(r.body); }
  static std::string header(const Response& r, std::string_view name) {
    for (const auto& [k, v] : r.headers)
      if (k == name) return v;
    return "";
  }

  std::filesystem::path dir_;
  FixedClock clock_{*parse_iso8601("2026-11-23T09:00:00Z")};
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<service::Auth> auth_;
  std::unique_ptr<Router> router_;
  int seen_version_ = 0;
  std::string uploaded_type_;
};

TEST_F(EndpointTest, PathIdsAndETags) {
  const auto ok = call("GET", "/api/v1/widgets/7");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(body(ok), json::Json::parse(R"({"id":7,"name":"Gear","version":3})"));
  // A handler that takes the caller alone.
  EXPECT_EQ(body(call("GET", "/api/v1/widget-count"))["name"], "count");
  EXPECT_EQ(header(ok, "ETag"), "\"3\"");
  EXPECT_EQ(call("GET", "/api/v1/widgets/8").status, 404);
  EXPECT_EQ(call("GET", "/api/v1/widgets/x7").status, 404);
  EXPECT_EQ(call("GET", "/api/v1/widgets/0").status, 404);
}

TEST_F(EndpointTest, IfMatchAndBody) {
  const std::map<std::string, std::string> json_type = {{"content-type", "application/json"}};
  EXPECT_EQ(call("PATCH", "/api/v1/widgets/7", R"({"name":"Cog"})", json_type).status, 428);
  auto headers = json_type;
  headers["if-match"] = "\"3\"";
  const auto ok = call("PATCH", "/api/v1/widgets/7", R"({"name":"Cog"})", headers);
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(seen_version_, 3);
  EXPECT_EQ(body(ok)["name"], "Cog");
  EXPECT_EQ(header(ok, "ETag"), "\"4\"");
  const auto bad = call("PATCH", "/api/v1/widgets/7", R"({"name":1,"id":2,"x":0})", headers);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(body(bad)["errors"].size(), 3u);
  EXPECT_EQ(call("PATCH", "/api/v1/widgets/7", R"([1])", headers).status, 400);
  EXPECT_EQ(call("PATCH", "/api/v1/widgets/7", R"({"name":"x"})", {{"if-match", "\"3\""}}).status,
            422);  // no JSON content type
}

TEST_F(EndpointTest, OptionalBody) {
  const std::map<std::string, std::string> json_type = {{"content-type", "application/json"}};
  const auto bare = call("POST", "/api/v1/widgets/7/polish");
  EXPECT_EQ(bare.status, 200);
  EXPECT_EQ(body(bare)["name"], "polished");
  const auto named = call("POST", "/api/v1/widgets/7/polish", R"({"name":"Shiny"})", json_type);
  EXPECT_EQ(named.status, 200);
  EXPECT_EQ(body(named)["name"], "Shiny");
  // A body that is sent is read as strictly as a required one.
  const auto bad = call("POST", "/api/v1/widgets/7/polish", R"({"name":1})", json_type);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(body(bad)["errors"][0]["field"], "name");
  EXPECT_EQ(call("POST", "/api/v1/widgets/7/polish", "[1]", json_type).status, 400);
  const Route* polish = nullptr;
  for (const auto& r : router_->routes())
    if (r.pattern == "/api/v1/widgets/{id}/polish") polish = &r;
  ASSERT_NE(polish, nullptr);
  EXPECT_TRUE(polish->doc->body_optional);
  json::Schemas schemas;
  EXPECT_EQ(polish->doc->request_schema(schemas)["$ref"], "#/components/schemas/WidgetInput");
}

TEST_F(EndpointTest, QueryAndPages) {
  const auto page = call("GET", "/api/v1/widgets", "", {}, {{"limit", "2"}, {"name", "Bolt"}});
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(body(page)["items"].size(), 2u);
  EXPECT_EQ(body(page)["items"][1]["name"], "Bolt");
  EXPECT_EQ(body(page)["next"], "c2");
  // Without a limit, the list's own default.
  EXPECT_EQ(body(call("GET", "/api/v1/widgets"))["items"].size(), 5u);
  const auto bad = call("GET", "/api/v1/widgets", "", {}, {{"limit", "500"}, {"heavy", "maybe"}});
  EXPECT_EQ(bad.status, 422);
  std::set<std::string> fields;
  const auto problem = body(bad);
  for (const auto& e : problem["errors"]) fields.insert(e["field"]);
  EXPECT_EQ(fields, (std::set<std::string>{"limit", "heavy"}));
}

TEST_F(EndpointTest, CreatedAndNoContent) {
  const auto created =
      call("POST", "/api/v1/widgets", R"({"name":"Nut"})", {{"content-type", "application/json"}});
  EXPECT_EQ(created.status, 201);
  EXPECT_EQ(header(created, "Location"), "/api/v1/widgets/9");
  EXPECT_EQ(body(created)["id"], 9);
  // A record with no address of its own is created without a Location.
  const auto part = call("POST", "/api/v1/widgets/7/parts", R"({"name":"Pin"})",
                         {{"content-type", "application/json"}});
  EXPECT_EQ(part.status, 201);
  EXPECT_EQ(body(part)["id"], 70);
  EXPECT_EQ(header(part, "ETag"), "\"1\"");
  for (const auto& [name, value] : part.headers) EXPECT_NE(name, "Location") << value;
  EXPECT_EQ(call("DELETE", "/api/v1/widgets/7").status, 204);
}

TEST_F(EndpointTest, TellsTheDocumentWhatItTakesAndGives) {
  std::map<std::string, const Route*> routes;
  for (const auto& r : router_->routes()) routes[r.method + " " + r.pattern] = &r;
  const auto& patch = *routes.at("PATCH /api/v1/widgets/{id}")->doc;
  EXPECT_TRUE(patch.if_match);
  EXPECT_FALSE(patch.body_optional);
  EXPECT_EQ(patch.path_params, std::vector<std::string>{"id"});
  json::Schemas schemas;
  EXPECT_EQ(patch.request_schema(schemas)["$ref"], "#/components/schemas/WidgetInput");
  EXPECT_EQ(patch.response_schema(schemas)["$ref"], "#/components/schemas/Widget");
  const auto& list = *routes.at("GET /api/v1/widgets")->doc;
  EXPECT_TRUE(list.list);
  EXPECT_TRUE(list.exports);
  ASSERT_EQ(list.query.size(), 6u);  // its own four, then an export's format and lang
  EXPECT_EQ(list.query[0].name, "name");
  EXPECT_EQ(list.query[1].schema, json::Json::parse(R"({"type":"boolean"})"));
  EXPECT_EQ(list.query[2].name, "limit");
  EXPECT_EQ(list.query[2].schema["default"], 5);
  EXPECT_EQ(list.query[4].name, "format");
  EXPECT_EQ(list.query[5].name, "lang");
  EXPECT_FALSE(patch.exports);
  EXPECT_EQ(routes.at("POST /api/v1/widgets")->success_status, 201);
  EXPECT_EQ(routes.at("DELETE /api/v1/widgets/{id}")->success_status, 204);
}

TEST_F(EndpointTest, RepliesCarryTheirHeadersAndStatus) {
  const auto well = call("GET", "/api/v1/widgets/7/health");
  EXPECT_EQ(well.status, 200);
  EXPECT_EQ(body(well), json::Json::parse(R"({"id":7,"name":"well","version":3})"));
  EXPECT_EQ(header(well, "Cache-Control"), "max-age=60");
  EXPECT_EQ(header(well, "ETag"), "\"3\"");
  const auto unwell = call("GET", "/api/v1/widgets/8/health");
  EXPECT_EQ(unwell.status, 503);
  EXPECT_EQ(body(unwell)["name"], "unwell");
  EXPECT_EQ(header(unwell, "Retry-After"), "5");
  EXPECT_EQ(header(unwell, "Cache-Control"), "");

  const auto ticket = call("POST", "/api/v1/widgets/7/tickets");
  EXPECT_EQ(ticket.status, 201);
  EXPECT_EQ(body(ticket)["name"], "ticket");
  EXPECT_EQ(header(ticket, "Cache-Control"), "no-store");
  EXPECT_EQ(header(ticket, "Location"), "");

  const auto page = call("GET", "/api/v1/widget-pages", "", {}, {{"name", "Cog"}});
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(body(page),
            json::Json::parse(R"({"items":[{"id":1,"name":"Cog","version":1}],"next":null})"));
  EXPECT_EQ(header(page, "Cache-Control"), "public");

  // The document says what the value is, as it would without the reply around it.
  std::map<std::string, const Route*> routes;
  for (const auto& r : router_->routes()) routes[r.method + " " + r.pattern] = &r;
  json::Schemas schemas;
  const auto* health = routes.at("GET /api/v1/widgets/{id}/health");
  ASSERT_TRUE(health->doc && health->doc->response_schema);
  EXPECT_EQ(health->doc->response_schema(schemas)["$ref"], "#/components/schemas/Widget");
  EXPECT_EQ(health->success_status, 200);
  const auto* tickets = routes.at("POST /api/v1/widgets/{id}/tickets");
  EXPECT_EQ(tickets->success_status, 201);
  EXPECT_EQ(tickets->doc->response_schema(schemas)["$ref"], "#/components/schemas/Widget");
  const auto* pages = routes.at("GET /api/v1/widget-pages");
  EXPECT_TRUE(pages->doc->list);
  EXPECT_EQ(pages->doc->response_schema(schemas)["properties"]["items"]["items"]["$ref"],
            "#/components/schemas/Widget");
}

}  // namespace
TEST_F(EndpointTest, DownloadsNameTheFileInAnyScriptAndCarryTheirHeaders) {
  const auto file = call("GET", "/api/v1/widgets/7/drawing");
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.body, "%PDF-1.4");
  EXPECT_EQ(file.content_type, "application/pdf");
  EXPECT_EQ(header(file, "Content-Disposition"),
            "attachment; filename=\"__ gear.pdf\"; "
            "filename*=UTF-8''%E9%BD%BF%E8%BD%AE%20gear.pdf");
  EXPECT_EQ(header(file, "Cache-Control"), "private, no-store");
  EXPECT_EQ(header(file, "X-Widget-Sheets"), "2");
  // No name: no Content-Disposition; no policy of its own: none (a public route's).
  const auto plain = call("GET", "/api/v1/widgets/8/drawing");
  EXPECT_EQ(header(plain, "Content-Disposition"), "");
  EXPECT_EQ(header(plain, "Cache-Control"), "");
}

// A handler's own headers ride on whatever it answers: its value, its 204 or its problem.
TEST_F(EndpointTest, HeadersAHandlerAddsReachEveryAnswer) {
  const auto locked = call("POST", "/api/v1/widgets/7/lock");
  EXPECT_EQ(locked.status, 200);
  EXPECT_EQ(body(locked)["name"], "Locked");
  EXPECT_EQ(header(locked, "Set-Cookie"), "lock=7; Path=/; HttpOnly");
  EXPECT_EQ(header(locked, "ETag"), "\"4\"");
  EXPECT_EQ(header(locked, "Retry-After"), "");
  const auto missing = call("POST", "/api/v1/widgets/8/lock");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(body(missing)["type"], "urn:orbis:problem:not_found");
  EXPECT_EQ(header(missing, "Set-Cookie"), "lock=8; Path=/; HttpOnly");
  EXPECT_EQ(header(missing, "Retry-After"), "30");
  // A path that fails before the handler runs carries none.
  EXPECT_EQ(header(call("POST", "/api/v1/widgets/x/lock"), "Set-Cookie"), "");
  const auto unlocked = call("POST", "/api/v1/widgets/7/unlock");
  EXPECT_EQ(unlocked.status, 204);
  EXPECT_EQ(header(unlocked, "Set-Cookie"), "lock=; Path=/; Max-Age=0");
  // The declaration opens the route to a session that must set up a second factor first.
  std::map<std::string, const Route*> routes;
  for (const auto& r : router_->routes()) routes[r.method + " " + r.pattern] = &r;
  EXPECT_TRUE(routes.at("POST /api/v1/widgets/{id}/lock")->before_second_factor);
  EXPECT_FALSE(routes.at("POST /api/v1/widgets/{id}/unlock")->before_second_factor);
}

TEST_F(EndpointTest, TextSegmentsSignedBodiesAndTheirOwnMediaTypeAndHeaders) {
  const std::map<std::string, std::string> json_type = {{"content-type", "application/json"}};
  // A control character no text field accepts, kept in a body read as it was sent.
  const std::string sent = R"({"note":"a\u0001b","n":1.50})";
  const auto sealed = call("POST", "/api/v1/seals/ab-C1", sent, json_type);
  EXPECT_EQ(sealed.status, 200) << sealed.body;
  EXPECT_EQ(sealed.content_type, "application/vc+json");
  EXPECT_EQ(header(sealed, "Cache-Control"), "public, max-age=60");
  EXPECT_EQ(body(sealed), json::Json::parse(R"({"note":"a\u0001b","n":1.50,"code":"ab-C1"})"));
  EXPECT_EQ(call("POST", "/api/v1/widgets", sent, json_type).status, 422);
  // A failure is a problem, without the success's media type and headers.
  const auto missing = call("POST", "/api/v1/seals/none", sent, json_type);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.content_type, "application/problem+json");
  EXPECT_EQ(header(missing, "Cache-Control"), "");
  const Route* seal = nullptr;
  for (const auto& r : router_->routes())
    if (r.pattern == "/api/v1/seals/{code}") seal = &r;
  ASSERT_NE(seal, nullptr);
  EXPECT_EQ(seal->doc->text_params, std::vector<std::string>{"code"});
  EXPECT_EQ(seal->doc->media_type, "application/vc+json");
  const Route* widget = nullptr;
  for (const auto& r : router_->routes())
    if (r.method == "GET" && r.pattern == "/api/v1/widgets/{id}") widget = &r;
  ASSERT_NE(widget, nullptr);
  EXPECT_TRUE(widget->doc->text_params.empty());
  EXPECT_EQ(widget->doc->media_type, "application/json");
}

TEST_F(EndpointTest, AnImportAnswersItsDryRunItsWritesAndItsBadRows) {
  const std::map<std::string, std::string> csv_type = {{"content-type", "text/csv"}};
  // A dry run (the default): 200, nothing created.
  const auto dry = call("POST", "/api/v1/widgets/import", "gear\ncog\n", csv_type);
  EXPECT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.content_type, "application/json");
  EXPECT_EQ(uploaded_type_, "text/csv");
  EXPECT_EQ(body(dry), json::Json::parse(R"({"dry_run":true,"rows":2,"errors":[],"created":[]})"));
  // dry_run=false writes: 201 with what was created.
  const auto real =
      call("POST", "/api/v1/widgets/import", "gear\ncog\n", csv_type, {{"dry_run", "false"}});
  EXPECT_EQ(real.status, 201) << real.body;
  EXPECT_EQ(body(real),
            json::Json::parse(R"({"dry_run":false,"rows":2,"errors":[],"created":[101,102]})"));
  EXPECT_EQ(
      call("POST", "/api/v1/widgets/import", "gear\n", csv_type, {{"dry_run", "true"}}).status,
      200);
  // Bad rows, in a dry run or not: the 422 problem listing each with its line.
  for (const auto* flag : {"true", "false"}) {
    const auto bad = call("POST", "/api/v1/widgets/import", "gear\nbad\ncog\nbad\n", csv_type,
                          {{"dry_run", flag}});
    EXPECT_EQ(bad.status, 422) << flag;
    EXPECT_EQ(bad.content_type, "application/problem+json");
    EXPECT_EQ(bad.body,
              fmt::format(R"({{"detail":"2 rows have errors; nothing was imported",)"
                          R"("dry_run":{},"errors":[)"
                          R"({{"field":"name","line":2,"message":"not a widget's name"}},)"
                          R"({{"field":"name","line":4,"message":"not a widget's name"}}],)"
                          R"("status":422,"title":"Invalid rows",)"
                          R"("type":"urn:orbis:problem:invalid_argument"}})",
                          flag));
  }
  // A dry_run other than true or false is refused before the import runs.
  uploaded_type_.clear();
  const auto unclear =
      call("POST", "/api/v1/widgets/import", "gear\n", csv_type, {{"dry_run", "yes"}});
  EXPECT_EQ(unclear.status, 422);
  EXPECT_EQ(body(unclear)["detail"], "dry_run is true or false");
  EXPECT_EQ(body(unclear)["errors"],
            json::Json::parse(R"([{"field":"dry_run","message":"true or false"}])"));
  EXPECT_EQ(uploaded_type_, "");
  // The import's own failure is its problem.
  const auto empty = call("POST", "/api/v1/widgets/import", "", csv_type);
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(body(empty)["detail"], "the file is empty");
  EXPECT_FALSE(body(empty).contains("dry_run"));
  // An import that lists a dry run's bad rows in its 200, and answers 422 only when writing.
  const auto checked = call("POST", "/api/v1/widgets/check", "bad\n", csv_type);
  EXPECT_EQ(checked.status, 200) << checked.body;
  EXPECT_EQ(body(checked), json::Json::parse(R"({"dry_run":true,"rows":1,"created":[],
      "errors":[{"line":1,"field":"name","message":"not a widget's name"}]})"));
  const auto refused =
      call("POST", "/api/v1/widgets/check", "bad\n", csv_type, {{"dry_run", "false"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(body(refused)["dry_run"], false);
  EXPECT_EQ(body(refused)["errors"].size(), 1u);
}

TEST_F(EndpointTest, TheDocumentDescribesAnImport) {
  const auto doc = openapi_document(*router_);
  const auto& op = doc["paths"]["/api/v1/widgets/import"]["post"];
  const auto& upload = op["requestBody"]["content"]["*/*"]["schema"];
  EXPECT_EQ(upload["$ref"], "#/components/schemas/FileUpload");
  EXPECT_EQ(op["requestBody"]["required"], true);
  ASSERT_EQ(op["parameters"].size(), 1u);
  EXPECT_EQ(op["parameters"][0]["name"], "dry_run");
  EXPECT_EQ(op["parameters"][0]["in"], "query");
  EXPECT_EQ(op["parameters"][0]["schema"],
            json::Json::parse(R"({"type":"boolean","default":true})"));
  // 200 for a dry run, 201 when written, both with the outcome; 422 with the problem.
  const auto& responses = op["responses"];
  for (const auto* status : {"200", "201"})
    EXPECT_EQ(responses[status]["content"]["application/json"]["schema"]["$ref"],
              "#/components/schemas/WidgetImport")
        << status;
  EXPECT_EQ(responses["422"]["content"]["application/problem+json"]["schema"]["$ref"],
            "#/components/schemas/Problem");
  // An endpoint that is no import answers one success status.
  EXPECT_FALSE(doc["paths"]["/api/v1/widgets"]["post"]["responses"].contains("200"));
  // The components are the codecs': the outcome's, the upload's and the problem's, whose
  // rows say their line.
  const auto& schemas = doc["components"]["schemas"];
  EXPECT_EQ(schemas["WidgetImport"]["required"],
            json::Json::parse(R"(["dry_run","rows","errors","created"])"));
  EXPECT_EQ(
      schemas["FileUpload"],
      json::Json::parse(R"({"type":"string","contentMediaType":"application/octet-stream"})"));
  EXPECT_EQ(schemas["Problem"]["required"],
            json::Json::parse(R"(["type","title","status","detail"])"));
  EXPECT_EQ(schemas["Problem"]["properties"]["errors"]["items"]["$ref"],
            "#/components/schemas/ProblemError");
  EXPECT_EQ(schemas["ProblemError"]["required"], json::Json::parse(R"(["field","message"])"));
  EXPECT_EQ(schemas["ProblemError"]["properties"]["line"]["type"], "integer");
  EXPECT_EQ(schemas["Problem"]["properties"]["dry_run"]["type"], "boolean");
}

}  // namespace orbis::http
