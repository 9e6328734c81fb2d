// The transport, as a hostile or careless client meets it: body limits that belong to the
// route, refusals before the body is read, a 413 that arrives, header limits, response
// caching of personal data and download names that cannot forge headers.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "harness.h"
#include "http/server/static_files.h"

namespace orbis::testing {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using nlohmann::json;

// Only a server that never answers waits this long; a correct one answers at once.
constexpr auto kDeadline = std::chrono::seconds(15);

// A client that writes exactly what it is given and reads one response at a time (an
// interim 100 Continue counts as one), for requests ordinary clients never make. Every
// operation gives up after kDeadline, so a server that waits for a body it should not
// read fails the test instead of hanging it.
class RawClient {
 public:
  explicit RawClient(unsigned short port) : stream_(io_) {
    stream_.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  }

  // Writes all of `bytes`; false (with error() set) when the server closed or reset first.
  bool write(std::string_view bytes) {
    stream_.expires_after(kDeadline);
    asio::async_write(stream_, asio::buffer(bytes.data(), bytes.size()),
                      [this](beast::error_code ec, std::size_t) { error_ = ec; });
    run();
    return !error_;
  }

  // The next response; status 0 (with error() set) when none arrived.
  Reply read() {
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 << 20);
    stream_.expires_after(kDeadline);
    bhttp::async_read(stream_, buffer_, parser,
                      [this](beast::error_code ec, std::size_t) { error_ = ec; });
    run();
    Reply reply;
    if (error_) return reply;
    const auto& res = parser.get();
    reply.status = res.result_int();
    for (const auto& field : res) {
      std::string name(field.name_string().data(), field.name_string().size());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      reply.headers.emplace(name, std::string(field.value().data(), field.value().size()));
    }
    reply.body = res.body();
    return reply;
  }

  std::string error() const { return error_.message(); }

 private:
  void run() {
    io_.restart();
    io_.run();
  }

  asio::io_context io_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  beast::error_code error_;
};

// A file the attachment use case takes: a PDF header, then padding up to `size` bytes.
std::string pdf_of_size(std::size_t size) {
  std::string pdf = "%PDF-1.4\n";
  pdf.resize(size, 'x');
  return pdf;
}

// `body` in chunks of 64 KiB, with the last chunk.
std::string chunked(std::string_view body) {
  std::string out;
  for (std::size_t at = 0; at < body.size(); at += 64 << 10) {
    const auto part = body.substr(at, 64 << 10);
    out += fmt::format("{:x}\r\n", part.size());
    out += part;
    out += "\r\n";
  }
  return out + "0\r\n\r\n";
}

void expect_problem(const Reply& r, int status, const std::string& type) {
  EXPECT_EQ(r.status, status) << r.body;
  EXPECT_EQ(r.header("content-type"), "application/problem+json") << r.body;
  if (r.header("content-type") != "application/problem+json") return;
  const auto body = r.json();
  EXPECT_EQ(body["status"], status) << r.body;
  EXPECT_EQ(body["type"], "urn:orbis:problem:" + type) << r.body;
  EXPECT_FALSE(body["detail"].get<std::string>().empty()) << r.body;
}

class TransportTest : public ::testing::Test {
 protected:
  TestServer& server = shared_server();
  std::string officer = server.login("officer@westlake.edu.cn");

  std::string oxford_agreement() {
    const auto list = server.get("/api/v1/agreements?q=oxford", officer).json();
    return "/api/v1/agreements/" + std::to_string(list["items"][0]["id"].get<int>());
  }
  // The head of an attachment upload of `length` bytes, asking to be told before sending it.
  std::string upload_head(const std::string& path, const std::string& token, std::size_t length) {
    return fmt::format(
        "POST {} HTTP/1.1\r\nHost: x\r\n{}Content-Type: application/pdf\r\n"
        "X-Filename: big.pdf\r\nContent-Length: {}\r\nExpect: 100-continue\r\n\r\n",
        path, token.empty() ? "" : "Authorization: Bearer " + token + "\r\n", length);
  }
};

TEST_F(TransportTest, UploadsOverOneMebibyteSentWithContentLengthAreTaken) {
  const auto pdf = pdf_of_size(3 << 20);
  const auto up = server.request("POST", oxford_agreement() + "/attachments", pdf,
                                 {{"Authorization", "Bearer " + officer},
                                  {"Content-Type", "application/pdf"},
                                  {"X-Filename", "scan.pdf"}});
  ASSERT_EQ(up.status, 201) << up.body.substr(0, 300);
  EXPECT_EQ(up.json()["size"], pdf.size());
  EXPECT_EQ(up.json()["filename"], "scan.pdf");
}

TEST_F(TransportTest, TheQueryStringDoesNotRaiseTheBodyLimit) {
  // Sign-in takes 1 MiB whatever the target says; the body is refused, not parsed.
  RawClient client(server.port());
  ASSERT_TRUE(
      client.write("POST /api/v1/auth/login?next=/import/attachments HTTP/1.1\r\nHost: x\r\n"
                   "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                   chunked(std::string(2 << 20, ' '))))
      << client.error();
  const auto r = client.read();
  expect_problem(r, 413, "too_large");
  EXPECT_NE(r.json()["detail"].get<std::string>().find("1 MiB"), std::string::npos) << r.body;
  EXPECT_EQ(r.header("connection"), "close");
}

TEST_F(TransportTest, CallersAreRefusedBeforeTheirBodyIsRead) {
  const auto path = oxford_agreement() + "/attachments";
  const auto viewer = server.login("viewer@westlake.edu.cn");
  const auto refused = [&](const std::string& head) {
    RawClient client(server.port());
    EXPECT_TRUE(client.write(head)) << client.error();
    auto r = client.read();
    EXPECT_NE(r.status, 0) << "no answer without the body: " << client.error();
    EXPECT_NE(r.status, 100) << "a refused request was told to go on";
    return r;
  };
  // Nobody signed in, a role the route does not admit, no such route, another method, and
  // a declared length over the route's limit: each answered on the head alone.
  expect_problem(refused(upload_head(path, "", 5 << 20)), 401, "unauthenticated");
  expect_problem(refused(upload_head(path, viewer, 5 << 20)), 403, "permission_denied");
  expect_problem(refused(upload_head(path + "/nowhere/else", officer, 5 << 20)), 404, "not_found");
  auto put = upload_head(path, officer, 5 << 20);
  put.replace(0, 4, "PUT");
  expect_problem(refused(put), 405, "method_not_allowed");
  const auto too_large = refused(upload_head(path, officer, 12 << 20));
  expect_problem(too_large, 413, "too_large");
  EXPECT_NE(too_large.json()["detail"].get<std::string>().find("11 MiB"), std::string::npos);
  const auto refusal = refused(upload_head(path, "", 5 << 20));
  EXPECT_EQ(refusal.header("connection"), "close");

  // An admitted upload is told to go on, and its body is then read with the route's limit.
  RawClient client(server.port());
  const auto pdf = pdf_of_size(2 << 20);
  ASSERT_TRUE(client.write(upload_head(path, officer, pdf.size()))) << client.error();
  const auto go_on = client.read();
  ASSERT_EQ(go_on.status, 100) << client.error();
  ASSERT_TRUE(client.write(pdf)) << client.error();
  const auto up = client.read();
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_EQ(up.json()["size"], pdf.size());
}

TEST_F(TransportTest, AnonymousChunkedUploadsAreNotReadPastTheSmallLimit) {
  // Before anything is known of the caller, an upload path is worth no more than any other.
  RawClient client(server.port());
  ASSERT_TRUE(client.write(
      fmt::format("POST {}/attachments HTTP/1.1\r\nHost: x\r\nContent-Type: application/pdf\r\n"
                  "X-Filename: a.pdf\r\nTransfer-Encoding: chunked\r\n\r\n",
                  oxford_agreement())));
  // The first chunk only: the answer must not wait for the rest.
  ASSERT_TRUE(client.write(fmt::format("{:x}\r\n{}\r\n", 1 << 16, pdf_of_size(1 << 16))));
  const auto r = client.read();
  expect_problem(r, 401, "unauthenticated");
  EXPECT_EQ(r.header("connection"), "close");
}

TEST_F(TransportTest, AClientThatSendsAWholeOversizedBodyReadsThe413) {
  // With Content-Length: refused on the head, the rest drained so that no reset eats it.
  {
    RawClient client(server.port());
    const std::string body(2 << 20, ' ');
    ASSERT_TRUE(client.write(fmt::format(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: {}\r\n\r\n{}",
        body.size(), body)))
        << client.error();
    const auto r = client.read();
    expect_problem(r, 413, "too_large");
    EXPECT_EQ(r.header("connection"), "close");
  }
  // Chunked: found out while reading.
  {
    RawClient client(server.port());
    ASSERT_TRUE(client.write(
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n" +
        chunked(std::string(3 << 20, ' '))))
        << client.error();
    const auto r = client.read();
    expect_problem(r, 413, "too_large");
    EXPECT_EQ(r.header("connection"), "close");
  }
  // An upload over its route's limit, sent whole by someone allowed to upload.
  {
    RawClient client(server.port());
    const auto pdf = pdf_of_size(12 << 20);
    ASSERT_TRUE(client.write(fmt::format(
        "POST {}/attachments HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {}\r\n"
        "Content-Type: application/pdf\r\nX-Filename: big.pdf\r\nContent-Length: {}\r\n\r\n{}",
        oxford_agreement(), officer, pdf.size(), pdf)))
        << client.error();
    expect_problem(client.read(), 413, "too_large");
  }
}

TEST_F(TransportTest, AtTheConnectionCapIdleConnectionsMakeRoomAndBusyOnesDoNot) {
  // A second server on the suite's routes with room for two connections, on one thread so
  // that a connection answered is waiting again before the next client is accepted.
  http::StaticFiles files(server.dir() / "web");
  http::Server capped(server.router(), files,
                      {.host = "127.0.0.1", .port = 0, .threads = 1, .max_connections = 2});
  const auto port = capped.listen();
  ASSERT_TRUE(port.has_value()) << port.error().message;
  struct Running {
    http::Server& server;
    std::thread thread;
    ~Running() {
      server.stop();
      thread.join();
    }
  } running{capped, std::thread([&capped] { capped.run(); })};

  const auto path = oxford_agreement() + "/attachments";
  const auto pdf = pdf_of_size(1 << 10);
  // One connection idle after a request, one busy with an upload whose body is to come.
  RawClient idle(*port);
  ASSERT_TRUE(idle.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
  ASSERT_EQ(idle.read().status, 200);
  RawClient busy(*port);
  ASSERT_TRUE(busy.write(upload_head(path, officer, pdf.size())));
  ASSERT_EQ(busy.read().status, 100) << busy.error();

  // At the cap, a newcomer is served: the idle connection is closed to make room.
  RawClient newcomer(*port);
  ASSERT_TRUE(newcomer.write(upload_head(path, officer, pdf.size())));
  ASSERT_EQ(newcomer.read().status, 100) << newcomer.error();
  EXPECT_EQ(idle.read().status, 0) << "the idle connection was not closed";

  // Both connections busy: the next one is told to come back, not left hanging.
  RawClient turned_away(*port);
  const auto busy_reply = turned_away.read();
  expect_problem(busy_reply, 503, "unavailable");
  EXPECT_EQ(busy_reply.header("retry-after"), "5");
  EXPECT_EQ(busy_reply.header("connection"), "close");

  // The busy ones finish for real.
  for (auto* client : {&busy, &newcomer}) {
    ASSERT_TRUE(client->write(pdf)) << client->error();
    const auto up = client->read();
    EXPECT_EQ(up.status, 201) << up.body;
    EXPECT_EQ(up.json()["size"], pdf.size());
  }
}

// An export's body is made as it is sent: in chunks to an HTTP/1.1 client, which can send
// its next request on the same connection; whole, with its length, to an HTTP/1.0 one; and
// not at all for HEAD.
TEST_F(TransportTest, AStreamedBodyIsChunkedForHttp11AndWholeOtherwise) {
  const std::string target = "/api/v1/institutions?country=GB&format=csv";
  const std::string auth = "Authorization: Bearer " + officer + "\r\n";
  RawClient client(server.port());
  ASSERT_TRUE(client.write("GET " + target + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"));
  const auto chunked_reply = client.read();
  ASSERT_EQ(chunked_reply.status, 200) << client.error();
  EXPECT_EQ(chunked_reply.header("transfer-encoding"), "chunked");
  EXPECT_EQ(chunked_reply.header("content-length"), "");
  EXPECT_GT(std::count(chunked_reply.body.begin(), chunked_reply.body.end(), '\n'), 100);
  // The same connection answers again.
  ASSERT_TRUE(client.write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
  EXPECT_EQ(client.read().status, 200) << client.error();

  RawClient old(server.port());
  ASSERT_TRUE(old.write("GET " + target + " HTTP/1.0\r\nHost: x\r\n" + auth + "\r\n"));
  const auto whole = old.read();
  ASSERT_EQ(whole.status, 200) << old.error();
  EXPECT_EQ(whole.header("transfer-encoding"), "");
  EXPECT_EQ(whole.header("content-length"), std::to_string(whole.body.size()));
  EXPECT_EQ(whole.body, chunked_reply.body);

  RawClient head(server.port());
  ASSERT_TRUE(head.write("HEAD " + target + " HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n"));
  const auto headed = head.read();
  EXPECT_EQ(headed.status, 200) << head.error();
  EXPECT_TRUE(headed.body.empty());
}

TEST_F(TransportTest, HeadersOverTheLimitAre431WithTheirOwnTitle) {
  const auto r = server.raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " +
                            std::string(20 << 10, 'a') + "\r\n\r\n");
  expect_problem(r, 431, "headers_too_large");
  EXPECT_EQ(r.json()["title"], "Request headers too large");
}

TEST_F(TransportTest, ResponsesOfSignedInRoutesAreNeverStored) {
  const auto admin = server.login("admin@westlake.edu.cn");
  const auto viewer = server.login("viewer@westlake.edu.cn");
  const auto home = server.get("/api/v1/settings/home", admin).json();
  const std::string id = std::to_string(home["institution"]["id"].get<std::int64_t>());
  std::size_t checked = 0;
  for (const auto& route : server.router().routes()) {
    if (route.is_public || route.pattern == "/api/v1/auth/logout") continue;
    std::string target = route.pattern;
    for (auto at = target.find('{'); at != std::string::npos; at = target.find('{')) {
      target.replace(at, target.find('}', at) - at + 1, id);
    }
    // Reads as an admin (real data, or a 404 for an id that is not there); writes as a
    // viewer, who may not, so that nothing changes; and everything without signing in.
    const auto& token = route.method == "GET" ? admin : viewer;
    const std::string body = route.method == "GET" ? "" : "{}";
    for (const auto& reply :
         {server.request(
              route.method, target, body,
              {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + token}}),
          server.request(route.method, target, body, {{"Content-Type", "application/json"}})}) {
      EXPECT_NE(reply.header("cache-control").find("no-store"), std::string::npos)
          << route.method << " " << target << " -> " << reply.status << " Cache-Control: '"
          << reply.header("cache-control") << "'";
      ++checked;
    }
  }
  EXPECT_GT(checked, 150u);
  // Personal data in a successful read, not only refusals.
  const auto people = server.get("/api/v1/people", admin);
  ASSERT_EQ(people.status, 200);
  EXPECT_EQ(people.header("cache-control"), "no-store");
  // Public, cacheable routes keep their own.
  EXPECT_EQ(server.request("GET", "/api/v1/countries").header("cache-control"),
            "public, max-age=86400");
  EXPECT_EQ(server.request("GET", "/api/v1/credentials/status/revocation").header("cache-control"),
            "public, max-age=60");
}

TEST_F(TransportTest, DownloadNamesCannotForgeHeadersOrReverseText) {
  const auto path = oxford_agreement();
  const std::string pdf = "%PDF-1.4\n%%EOF\n";
  // Through the API: a right-to-left override and a control character pass the use case's
  // name check, so the download must take them out.
  const auto up = server.request("POST", path + "/attachments", pdf,
                                 {{"Authorization", "Bearer " + officer},
                                  {"Content-Type", "application/pdf"},
                                  {"X-Filename", "invoice%E2%80%AEfdp%01.exe"}});
  ASSERT_EQ(up.status, 201) << up.body;
  const auto down =
      server.get(path + "/attachments/" + std::to_string(up.json()["id"].get<int>()), officer);
  ASSERT_EQ(down.status, 200);
  EXPECT_EQ(down.header("content-disposition"),
            "attachment; filename=\"invoicefdp.exe\"; filename*=UTF-8''invoicefdp.exe");
  EXPECT_EQ(down.body, pdf);

  // A name stored before anyone checked it (an older release, a restored backup): line
  // breaks, quotes, an override and Chinese.
  const auto agreement = server.get(path, officer).json();
  store::AttachmentInfo info;
  info.agreement = AgreementId{agreement["id"].get<std::int64_t>()};
  info.filename = "合同 \"final\"\r\nX-Injected: 1\xE2\x80\xAE.pdf";
  info.content_type = "application/pdf";
  info.size = static_cast<std::int64_t>(pdf.size());
  info.sha256 = std::string(64, '0');
  info.uploaded_at = kDemoNow;
  info.uploaded_by = "officer@westlake.edu.cn";
  auto tx = server.services().store.begin(store::Access::write);
  ASSERT_TRUE(tx.has_value());
  const auto attachment = (*tx)->agreements().insert_attachment(info, pdf);
  ASSERT_TRUE(attachment.has_value()) << attachment.error().message;
  ASSERT_TRUE((*tx)->commit().has_value());
  tx->reset();
  const auto legacy = server.get(path + "/attachments/" + std::to_string(*attachment), officer);
  ASSERT_EQ(legacy.status, 200) << legacy.body;
  EXPECT_EQ(legacy.header("x-injected"), "");
  EXPECT_EQ(legacy.header("content-disposition"),
            "attachment; filename=\"__ \\\"final\\\"X-Injected: 1.pdf\"; "
            "filename*=UTF-8''%E5%90%88%E5%90%8C%20%22final%22X-Injected%3A%201.pdf");
  EXPECT_EQ(legacy.body, pdf);
}

}  // namespace
}  // namespace orbis::testing
