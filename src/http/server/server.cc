#include "http/server/server.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cerrno>
#include <functional>
#include <limits>
#include <sstream>
#include <thread>
#include <vector>

#include "common/text.h"
#include "http/server/connections.h"

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

// A Request from the head Beast parsed (the body comes later); nullopt when the target is
// malformed.
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
  r.client = client;
  return r;
}

// The head every response carries: its status, type and headers, and the ones that keep a
// browser from misreading or framing it.
template <typename Body>
void set_head(bhttp::response<Body>& out, Response& r) {
  out.set(bhttp::field::server, "Orbis");
  if (!r.content_type.empty()) out.set(bhttp::field::content_type, r.content_type);
  out.set("X-Content-Type-Options", "nosniff");
  out.set("X-Frame-Options", "DENY");
  out.set("Referrer-Policy", "same-origin");
  out.set("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
          "frame-ancestors 'none'");
  for (auto& [name, value] : r.headers) out.insert(name, value);
}

bhttp::response<bhttp::string_body> to_beast(Response&& r, unsigned version, bool keep_alive,
                                             bool head) {
  bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(r.status), version};
  set_head(out, r);
  const auto length = r.body.size();
  if (!head) out.body() = std::move(r.body);
  out.keep_alive(keep_alive);
  out.content_length(length);
  return out;
}

Response too_large(std::size_t limit) {
  return problem(
      413, "too_large",
      fmt::format("the request body is larger than the {} MiB this endpoint takes", limit >> 20));
}

// 503 with Retry-After: the server is stopping, or holds as many connections as it can.
Response unavailable(std::string_view detail) {
  Response r = problem(Error::unavailable(std::string(detail)));
  r.headers.emplace_back("Retry-After", std::to_string(kRetryAfter.count()));
  return r;
}

// The router and the static files behind one boundary that never throws.
struct Handlers {
  const Router& router;
  const StaticFiles& files;

  Admission admit(Request& request) const {
    try {
      return router.admit(request);
    } catch (const std::exception& e) {
      spdlog::error("{} {}: unexpected exception: {}", request.method, request.for_log(), e.what());
      return Admission{.refusal = problem(Error::internal(e.what()))};
    }
  }

  Response respond(const Admission& admission, Request& request) const {
    try {
      if (auto api = router.respond(admission, request)) return std::move(*api);
      if (request.method != "GET" && request.method != "HEAD") {
        return problem(405, "method_not_allowed", "pages are read with GET");
      }
      return files.serve(request.path);
    } catch (const std::exception& e) {
      spdlog::error("{} {}: unexpected exception: {}", request.method, request.for_log(), e.what());
      return problem(Error::internal(e.what()));
    }
  }
};

// What every connection shares with the server.
struct ServerState {
  Handlers handlers;
  ConnectionTable table;
  TrustedProxies proxies;
  std::atomic<bool> stopping = false;
  std::function<void()> on_quiet;  // the server is stopping and no request is in flight

  void check_quiet() const {
    if (stopping && table.in_flight() == 0) on_quiet();
  }
};

// One connection: reads a request's head, has the router admit it, reads its body with the
// route's limit, answers, and waits for the next (keep-alive). Runs on its own strand.
class Session : public Connection, public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, ServerState& server) : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    client_ = ec ? "unknown" : endpoint.address().to_string();
    // A streamed body is written in several writes: without this, a small one waits for the
    // client's delayed acknowledgement of the one before (Nagle's algorithm), 40 ms each.
    stream_.socket().set_option(tcp::no_delay(true), ec);
  }
  ~Session() override { server_.table.remove(this); }

  void start() {
    asio::dispatch(stream_.get_executor(),
                   beast::bind_front_handler(&Session::read_head, shared_from_this()));
  }

  void shed() override {
    asio::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->waiting_) self->close();
    });
  }

 private:
  void read_head() {
    parser_.emplace();
    parser_->header_limit(kMaxHeaderBytes);
    // No limit yet: the route decides how large a body may be, once it is known. (Not
    // boost::none: Beast 1.74 compares a Content-Length with it and finds it larger.)
    parser_->body_limit(std::numeric_limits<std::uint64_t>::max());
    request_.reset();
    admission_ = {};
    keep_alive_ = false;
    head_only_ = false;
    waiting_ = true;
    server_.table.waiting(this);
    server_.check_quiet();
    stream_.expires_after(kReadTimeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Session::on_head, shared_from_this()));
  }

  void on_head(beast::error_code ec, std::size_t) {
    waiting_ = false;
    if (ec) return on_read_error(ec);
    server_.table.working(this);
    const auto& head = parser_->get();
    keep_alive_ = head.keep_alive();
    version_ = head.version();
    head_only_ = head.method() == bhttp::verb::head;
    const bool has_body = !parser_->is_done();
    if (server_.stopping) {
      return refuse(unavailable("the server is shutting down; retry in a moment"), has_body);
    }
    const auto forwarded = head["X-Forwarded-For"];
    request_ = to_request(head, server_.proxies.client(
                                    client_, std::string_view(forwarded.data(), forwarded.size())));
    if (!request_) {
      return refuse(problem(400, "bad_request", "the request target is not a valid URL"), has_body);
    }
    admission_ = server_.handlers.admit(*request_);
    if (admission_.refusal) return refuse(std::move(*admission_.refusal), has_body);
    if (const auto length = parser_->content_length(); length && *length > admission_.body_limit)
      return refuse(too_large(admission_.body_limit), true);
    parser_->body_limit(admission_.body_limit);
    const auto expect = head[bhttp::field::expect];
    if (has_body && version_ == 11 &&
        text::to_lower_ascii(std::string_view(expect.data(), expect.size())) == "100-continue") {
      return send_continue();
    }
    read_body();
  }

  // The caller was admitted and asked before sending its body: tell it to go on.
  void send_continue() {
    auto interim =
        std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
    stream_.expires_after(kWriteTimeout);
    bhttp::async_write(stream_, *interim,
                       [self = shared_from_this(), interim](beast::error_code ec, std::size_t) {
                         if (ec) return self->close();
                         self->read_body();
                       });
  }

  void read_body() {
    stream_.expires_after(kReadTimeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Session::on_body, shared_from_this()));
  }

  void on_body(beast::error_code ec, std::size_t) {
    if (ec == bhttp::error::body_limit) return refuse(too_large(admission_.body_limit), true);
    if (ec) return on_read_error(ec);
    request_->body = std::move(parser_->get().body());
    Response response = server_.handlers.respond(admission_, *request_);
    if (response.status >= 500)
      spdlog::warn("{} {} -> {}", request_->method, request_->for_log(), response.status);
    reply(std::move(response), keep_alive_ && !server_.stopping, false);
  }

  void on_read_error(beast::error_code ec) {
    if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message ||
        ec == beast::error::timeout || ec == asio::error::connection_reset ||
        ec == asio::error::operation_aborted) {
      return close();
    }
    // What is left of a malformed request is unread: answer, then drain it.
    if (ec == bhttp::error::header_limit) {
      return refuse(
          problem(431, "headers_too_large",
                  fmt::format("the request headers are larger than {} KiB", kMaxHeaderBytes >> 10)),
          true);
    }
    if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category()) {
      return refuse(problem(400, "bad_request", "the request is not valid HTTP"), true);
    }
    close();
  }

  // Answers without reading the body, if there is one: the connection then closes.
  void refuse(Response&& response, bool body_unread) {
    reply(std::move(response), keep_alive_ && !body_unread && !server_.stopping, body_unread);
  }

  void reply(Response&& response, bool keep_alive, bool drain_after) {
    server_.table.working(this);
    if (response.stream) {
      // HTTP/1.0 has no chunks, and a HEAD wants no body: the body is made whole, or not.
      if (version_ == 11 && !head_only_) return stream_reply(std::move(response), keep_alive);
      if (!head_only_ && !whole_body(response)) return close();
      response.stream = nullptr;
    }
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>(
        to_beast(std::move(response), version_, keep_alive, head_only_));
    stream_.expires_after(kWriteTimeout);
    bhttp::async_write(stream_, *message,
                       [self = shared_from_this(), message, keep_alive, drain_after](
                           beast::error_code ec, std::size_t) {
                         if (ec) return self->close();
                         if (keep_alive) return self->read_head();
                         if (drain_after) return self->drain();
                         self->close();
                       });
  }

  // Sends the head, then the body's chunks as the stream makes them, each written before
  // the next is made.
  void stream_reply(Response&& response, bool keep_alive) {
    auto head = std::make_shared<bhttp::response<bhttp::empty_body>>(
        static_cast<bhttp::status>(response.status), version_);
    set_head(*head, response);
    head->keep_alive(keep_alive);
    head->chunked(true);
    auto serializer = std::make_shared<bhttp::response_serializer<bhttp::empty_body>>(*head);
    auto body = std::make_shared<BodyStream>(std::move(response.stream));
    stream_.expires_after(kWriteTimeout);
    bhttp::async_write_header(stream_, *serializer,
                              [self = shared_from_this(), head, serializer, body, keep_alive](
                                  beast::error_code ec, std::size_t) {
                                if (ec) return self->close();
                                self->write_chunks(body, keep_alive);
                              });
  }

  void write_chunks(const std::shared_ptr<BodyStream>& body, bool keep_alive) {
    auto next = next_chunk(*body);
    while (next && *next && (*next)->empty()) next = next_chunk(*body);
    if (!next) {
      spdlog::error("{} {}: the body stopped part way: {}", request_->method, request_->for_log(),
                    next.error().message);
      return close();
    }
    stream_.expires_after(kWriteTimeout);
    if (!*next) {
      asio::async_write(stream_, bhttp::make_chunk_last(),
                        [self = shared_from_this(), keep_alive](beast::error_code ec, std::size_t) {
                          if (ec || !keep_alive) return self->close();
                          self->read_head();
                        });
      return;
    }
    auto chunk = std::make_shared<std::string>(std::move(**next));
    asio::async_write(
        stream_, bhttp::make_chunk(asio::buffer(*chunk)),
        [self = shared_from_this(), body, chunk, keep_alive](beast::error_code ec, std::size_t) {
          if (ec) return self->close();
          self->write_chunks(body, keep_alive);
        });
  }

  Result<std::optional<std::string>> next_chunk(BodyStream& body) {
    try {
      return body();
    } catch (const std::exception& e) {
      return fail(Error::internal(e.what()));
    }
  }

  // The stream's chunks as one body; false (logged) when it fails.
  bool whole_body(Response& response) {
    response.body.clear();
    for (auto next = next_chunk(response.stream); next; next = next_chunk(response.stream)) {
      if (!*next) return true;
      response.body += **next;
    }
    spdlog::error("{} {}: the body could not be made", request_->method, request_->for_log());
    return false;
  }

  // Reads and throws away what the client still sends (up to kMaxDrainBytes, for at most
  // kDrainTimeout), so that closing does not reset the connection under the response.
  void drain() {
    server_.table.closing(this);
    server_.check_quiet();
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    drained_ = buffer_.size();
    buffer_.consume(buffer_.size());
    stream_.expires_after(kDrainTimeout);
    drain_more();
  }

  void drain_more() {
    if (drained_ >= kMaxDrainBytes) return close();
    stream_.async_read_some(buffer_.prepare(64 << 10),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              if (ec) return self->close();
                              self->drained_ += n;
                              self->drain_more();
                            });
  }

  void close() {
    server_.table.closing(this);
    server_.check_quiet();
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  ServerState& server_;
  std::string client_;
  // The request being served.
  std::optional<Request> request_;
  Admission admission_;
  bool keep_alive_ = false;
  unsigned version_ = 11;
  bool head_only_ = false;
  bool waiting_ = false;  // for the head of a request: idle, and the first to be shed
  std::size_t drained_ = 0;
};

bool out_of_descriptors(const beast::error_code& ec) {
  return ec.category() == boost::system::system_category() &&
         (ec.value() == EMFILE || ec.value() == ENFILE || ec.value() == ENOBUFS ||
          ec.value() == ENOMEM);
}

}  // namespace

// The listening socket, the cap on connections and the graceful stop. Everything here
// runs on the acceptor's strand.
struct Server::Impl {
  Impl(const Router& router, const StaticFiles& files, ServerOptions opts)
      : state{.handlers = {router, files},
              .table = ConnectionTable(opts.max_connections),
              .proxies = opts.trusted_proxies},
        options(std::move(opts)),
        acceptor(asio::make_strand(io)),
        backoff(acceptor.get_executor()),
        grace(acceptor.get_executor()) {
    state.on_quiet = [this] { asio::post(acceptor.get_executor(), [this] { finish(); }); };
  }

  void accept() {
    acceptor.async_accept(asio::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
      if (!acceptor.is_open() || state.stopping) return;
      if (out_of_descriptors(ec)) return back_off(ec);
      exhausted = false;
      if (!ec) open(std::move(socket));
      accept();
    });
  }

  // Accepting again at once would fail again at once, and spin: make room and wait.
  void back_off(const beast::error_code& ec) {
    const auto shed = state.table.shed_waiting(kShedOnExhaustion);
    if (!exhausted) {  // once per shortage, not every kAcceptBackoff
      spdlog::warn(
          "cannot accept a connection ({}) with {} open: closing idle ones ({} now), accepting "
          "again every {} ms",
          ec.message(), state.table.open(), shed, kAcceptBackoff.count());
      exhausted = true;
    }
    backoff.expires_after(kAcceptBackoff);
    backoff.async_wait([this](beast::error_code wait) {
      if (!wait) accept();
    });
  }

  void open(tcp::socket socket) {
    if (state.table.full() && state.table.shed_waiting(1) == 0) return turn_away(std::move(socket));
    auto session = std::make_shared<Session>(std::move(socket), state);
    state.table.add(session);
    session->start();
  }

  // Every connection is busy: a 503 in one non-blocking write, and close.
  void turn_away(tcp::socket socket) {
    static const std::string busy = [] {
      std::ostringstream out;
      out << to_beast(unavailable("the server holds as many connections as it can; retry"), 11,
                      false, false);
      return out.str();
    }();
    beast::error_code ec;
    socket.non_blocking(true, ec);
    socket.send(asio::buffer(busy), 0, ec);
    socket.shutdown(tcp::socket::shutdown_both, ec);
    socket.close(ec);
  }

  void begin_stop() {
    if (state.stopping.exchange(true)) return;
    beast::error_code ec;
    acceptor.close(ec);
    backoff.cancel();
    spdlog::info("stopping: {} requests in flight have {} s to finish", state.table.in_flight(),
                 kShutdownGrace.count());
    grace.expires_after(kShutdownGrace);
    grace.async_wait([this](beast::error_code wait) {
      if (wait) return;
      spdlog::warn("stopping: {} requests did not finish in {} s", state.table.in_flight(),
                   kShutdownGrace.count());
      io.stop();
    });
    state.check_quiet();
  }

  void finish() {
    if (io.stopped()) return;
    grace.cancel();
    spdlog::info("stopped: every request in flight was answered");
    io.stop();
  }

  // Sessions hold a reference to the state until the io_context that owns them is gone.
  ServerState state;
  ServerOptions options;
  asio::io_context io;
  tcp::acceptor acceptor;
  asio::steady_timer backoff;
  asio::steady_timer grace;
  bool exhausted = false;  // accept() found no descriptor, and has not succeeded since
};

Server::Server(const Router& router, const StaticFiles& files, ServerOptions options)
    : impl_(std::make_unique<Impl>(router, files, std::move(options))) {}

Server::~Server() = default;

Result<unsigned short> Server::listen() {
  beast::error_code ec;
  const auto address = asio::ip::make_address(impl_->options.host, ec);
  if (ec) return fail(Error::invalid("'" + impl_->options.host + "' is not an IP address"));
  if (impl_->options.max_connections == 0) {
    auto limit = descriptor_limit();
    if (!limit) return fail(limit.error());
    impl_->state.table.set_cap(connection_cap(*limit));
  }
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

std::size_t Server::max_connections() const { return impl_->state.table.cap(); }

void Server::run() {
  asio::signal_set signals(impl_->io, SIGINT, SIGTERM);
  signals.async_wait([this, &signals](beast::error_code ec, int signal) {
    if (ec) return;
    spdlog::info("signal {}: stopping (a second one stops at once)", signal);
    stop();
    signals.async_wait([this](beast::error_code again, int) {
      if (!again) impl_->io.stop();
    });
  });
  const int threads = impl_->options.threads > 0
                          ? impl_->options.threads
                          : std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([this] { impl_->io.run(); });
  impl_->io.run();
  for (auto& t : pool) t.join();
}

void Server::stop() {
  asio::post(impl_->acceptor.get_executor(), [this] { impl_->begin_stop(); });
}

}  // namespace orbis::http
