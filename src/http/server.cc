#include "http/server.h"

#include <spdlog/spdlog.h>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <thread>
#include <vector>

#include "common/text.h"

namespace orbis::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Percent-decodes; '+' is a space only in a query. Returns nullopt for a bad escape.
std::optional<std::string> decode(std::string_view s, bool query) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 2 >= s.size()) return std::nullopt;
      const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi < 0 || lo < 0) return std::nullopt;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (query && s[i] == '+') {
      out.push_back(' ');
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Builds a Request from what Beast parsed; nullopt when the target is malformed.
std::optional<Request> to_request(const bhttp::request<bhttp::string_body>& in,
                                  const std::string& client) {
  Request r;
  r.method = std::string(in.method_string().data(), in.method_string().size());
  const std::string_view target(in.target().data(), in.target().size());
  const auto question = target.find('?');
  auto path = decode(target.substr(0, question), false);
  if (!path || path->empty() || path->front() != '/' || !text::valid_utf8(*path) ||
      path->find('\0') != std::string::npos) {
    return std::nullopt;
  }
  r.path = std::move(*path);
  if (question != std::string_view::npos) {
    for (const auto& pair : text::split(target.substr(question + 1), '&')) {
      if (pair.empty()) continue;
      const auto eq = pair.find('=');
      auto key = decode(pair.substr(0, eq), true);
      auto value = decode(eq == std::string::npos ? "" : pair.substr(eq + 1), true);
      if (!key || !value || !text::valid_utf8(*value)) return std::nullopt;
      r.query.emplace(std::move(*key), std::move(*value));
    }
  }
  for (const auto& field : in) {
    const auto name = field.name_string();
    r.headers.emplace(text::to_lower_ascii(std::string_view(name.data(), name.size())),
                      std::string(field.value().data(), field.value().size()));
  }
  r.body = in.body();
  r.client = client;
  return r;
}

bhttp::response<bhttp::string_body> to_beast(Response&& r, unsigned version, bool keep_alive,
                                             bool head) {
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(r.status), version};
  out.set(bhttp::field::server, "Orbis");
  if (!r.content_type.empty()) out.set(bhttp::field::content_type, r.content_type);
  out.set("X-Content-Type-Options", "nosniff");
  out.set("X-Frame-Options", "DENY");
  out.set("Referrer-Policy", "same-origin");
  out.set("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          "frame-ancestors 'none'");
  for (auto& [name, value] : r.headers) out.insert(name, value);
  const auto length = r.body.size();
  if (!head) out.body() = std::move(r.body);
  out.keep_alive(keep_alive);
  out.content_length(length);
  return out;
}

struct Handlers {
  const Router& router;
  const StaticFiles& files;

  Response handle(Request& request) const {
    try {
      if (auto api = router.handle(request)) return std::move(*api);
      if (request.method != "GET" && request.method != "HEAD") {
        return problem(405, "method_not_allowed", "pages are read with GET");
      }
      return files.serve(request.path);
    } catch (const std::exception& e) {
      spdlog::error("{} {}: unexpected exception: {}", request.method, request.path, e.what());
      return problem(Error::internal(e.what()));
    }
  }
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, const Handlers& handlers)
      : stream_(std::move(socket)), handlers_(handlers) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    client_ = ec ? "unknown" : endpoint.address().to_string();
  }

  void start() {
    asio::dispatch(stream_.get_executor(),
                   beast::bind_front_handler(&Session::read, shared_from_this()));
  }

 private:
  void read() {
    parser_.emplace();
    parser_->body_limit(kMaxBodyBytes);
    parser_->header_limit(kMaxHeaderBytes);
    stream_.expires_after(std::chrono::seconds(kReadTimeoutSeconds));
    // The header first: the path decides how large a body may be.
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  void on_header(beast::error_code ec, std::size_t) {
    if (ec) return on_read(ec, 0);
    const auto target = parser_->get().target();
    const std::string_view path(target.data(), target.size());
    if (path.starts_with("/api/") && (path.find("/attachments") != std::string_view::npos ||
                                      path.find("/ewp-") != std::string_view::npos ||
                                      path.find("/import") != std::string_view::npos ||
                                      path.find("/documents") != std::string_view::npos)) {
      parser_->body_limit(kMaxUploadBytes);
    }
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == asio::error::connection_reset) {
      return close();
    }
    if (ec == bhttp::error::body_limit) {
      return reply(problem(413, "too_large", "the request body is larger than 1 MiB"), 11, false,
                   false);
    }
    if (ec == bhttp::error::header_limit) {
      return reply(problem(431, "headers_too_large", "the request headers are larger than 16 KiB"),
                   11, false, false);
    }
    if (ec) {
      if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category()) {
        return reply(problem(400, "bad_request", "the request is not valid HTTP"), 11, false,
                     false);
      }
      return close();
    }
    const auto& message = parser_->get();
    const bool keep_alive = message.keep_alive();
    const unsigned version = message.version();
    const bool head = message.method() == bhttp::verb::head;
    auto request = to_request(message, client_);
    if (!request) {
      return reply(problem(400, "bad_request", "the request target is not a valid URL"), version,
                   keep_alive, head);
    }
    Response response = handlers_.handle(*request);
    if (response.status >= 500)
      spdlog::warn("{} {} -> {}", request->method, request->path, response.status);
    reply(std::move(response), version, keep_alive, head);
  }

  void reply(Response&& response, unsigned version, bool keep_alive, bool head) {
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>(
        to_beast(std::move(response), version, keep_alive, head));
    stream_.expires_after(std::chrono::seconds(kWriteTimeoutSeconds));
    bhttp::async_write(
        stream_, *message,
        [self = shared_from_this(), message, keep_alive](beast::error_code ec, std::size_t) {
          if (ec || !keep_alive) return self->close();
          self->read();
        });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  const Handlers& handlers_;
  std::string client_;
};

}  // namespace

struct Server::Impl {
  Impl(const Router& router, const StaticFiles& files, ServerOptions opts)
      : handlers{router, files}, options(std::move(opts)), acceptor(asio::make_strand(io)) {}

  void accept() {
    acceptor.async_accept(asio::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
      if (!acceptor.is_open()) return;
      if (!ec) std::make_shared<Session>(std::move(socket), handlers)->start();
      accept();
    });
  }

  Handlers handlers;
  ServerOptions options;
  asio::io_context io;
  tcp::acceptor acceptor;
};

Server::Server(const Router& router, const StaticFiles& files, ServerOptions options)
    : impl_(std::make_unique<Impl>(router, files, std::move(options))) {}

Server::~Server() { stop(); }

Result<unsigned short> Server::listen() {
  beast::error_code ec;
  const auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) return fail(Error::invalid("'" + impl_->options.host + "' is not an IP address"));
  const tcp::endpoint endpoint{address, impl_->options.port};
  auto& acceptor = impl_->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    return fail(Error::unavailable("cannot listen on " + impl_->options.host + ":" +
                                   std::to_string(impl_->options.port) + ": " + ec.message()));
  }
  impl_->accept();
  return acceptor.local_endpoint().port();
}

void Server::run() {
  asio::signal_set signals(impl_->io, SIGINT, SIGTERM);
  signals.async_wait([this](beast::error_code, int) { stop(); });
  const int threads = impl_->options.threads > 0
                          ? impl_->options.threads
                          : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([this] { impl_->io.run(); });
  impl_->io.run();
  for (auto& t : pool) t.join();
}

void Server::stop() {
  asio::post(impl_->io, [this] {
    beast::error_code ec;
    impl_->acceptor.close(ec);
    impl_->io.stop();
  });
}

}  // namespace orbis::http
