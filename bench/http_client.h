// What the HTTP benchmarks share: a real `orbis serve` started on a database (port 0, its
// log thrown away) and one keep-alive connection to it with a timeout. Not thread-safe: one
// Client per thread.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace orbis::bench {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;

// A running `orbis serve`.
class Server {
 public:
  // `threads`: the server's worker threads (0: one per core).
  Server(const std::string& orbis, const std::string& db, int threads = 1) {
    int out[2];
    if (pipe(out) != 0) throw std::runtime_error("pipe");
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, out[0]);
    // The server's log would interleave with the table.
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    std::vector<std::string> args = {orbis,    "serve", "--db",      db,
                                     "--port", "0",     "--threads", std::to_string(threads)};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    if (posix_spawn(&pid_, orbis.c_str(), &actions, nullptr, argv.data(), environ) != 0)
      throw std::runtime_error("cannot start " + orbis);
    posix_spawn_file_actions_destroy(&actions);
    close(out[1]);
    // The server prints "listening on http://HOST:PORT" when it is ready.
    std::string line;
    char c = 0;
    while (read(out[0], &c, 1) == 1) {
      if (c != '\n') {
        line += c;
        continue;
      }
      if (const auto at = line.rfind(':');
          line.starts_with("listening on") && at != std::string::npos) {
        port_ = static_cast<unsigned short>(std::stoi(line.substr(at + 1)));
        break;
      }
      line.clear();
    }
    if (port_ == 0) {
      close(out[0]);
      throw std::runtime_error("the server did not start on " + db);
    }
    // The server logs to its standard output as it runs: read and drop it until the server
    // exits, so that it neither blocks on a full pipe nor dies writing to a closed one.
    drain_ = std::thread([fd = out[0]] {
      char buffer[4096];
      while (read(fd, buffer, sizeof buffer) > 0) {
      }
      close(fd);
    });
  }
  // A server stuck in a request it was abandoned in is killed, not asked to finish.
  void abandon() { signal_ = SIGKILL; }
  ~Server() {
    kill(pid_, signal_);
    int status = 0;
    waitpid(pid_, &status, 0);
    if (drain_.joinable()) drain_.join();
  }
  unsigned short port() const { return port_; }
  pid_t pid() const { return pid_; }

 private:
  pid_t pid_ = 0;
  unsigned short port_ = 0;
  int signal_ = SIGTERM;
  std::thread drain_;
};

// One keep-alive connection.
class Client {
 public:
  Client(unsigned short port, std::chrono::seconds timeout) : stream_(io_), timeout_(timeout) {
    stream_.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
  }
  std::pair<int, std::string> request(const std::string& method, const std::string& target,
                                      const std::string& token, const std::string& body = "",
                                      const std::string& content_type = "application/json") {
    bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
    req.set(bhttp::field::host, "127.0.0.1");
    req.keep_alive(true);
    if (!token.empty()) req.set(bhttp::field::authorization, "Bearer " + token);
    if (!body.empty()) {
      req.set(bhttp::field::content_type, content_type);
      req.body() = body;
      req.prepare_payload();
    }
    // Asynchronous, because only asynchronous operations honour the stream's timeout:
    // throws beast::error::timeout when the answer takes longer.
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(256 << 20);
    beast::error_code failed;
    stream_.expires_after(timeout_);
    bhttp::async_write(stream_, req, [&](beast::error_code ec, std::size_t) {
      failed = ec;
      if (ec) return;
      stream_.expires_after(timeout_);
      bhttp::async_read(stream_, buffer_, parser,
                        [&](beast::error_code read_ec, std::size_t) { failed = read_ec; });
    });
    io_.restart();
    io_.run();
    if (failed) throw boost::system::system_error(failed);
    return {parser.get().result_int(), parser.get().body()};
  }

 private:
  asio::io_context io_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::chrono::seconds timeout_;
};

// A `--db NAME=LOCATION` argument as (NAME, LOCATION); nullopt without "=".
inline std::optional<std::pair<std::string, std::string>> named(const std::string& argument) {
  const auto eq = argument.find('=');
  if (eq == std::string::npos) return std::nullopt;
  return std::pair{argument.substr(0, eq), argument.substr(eq + 1)};
}

}  // namespace orbis::bench
