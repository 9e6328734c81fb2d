// The address a request comes from, when Orbis runs behind a load balancer or a reverse
// proxy that it trusts.
//
// Thread-safety: immutable after construction; any thread may ask.
//
// A proxy connects on the client's behalf and names the client in X-Forwarded-For, adding
// the address it saw to the end (nginx's $proxy_add_x_forwarded_for). Anyone can write the
// header, so it is read only when the connection comes from a trusted proxy, and from the
// right: the first address that is not itself a trusted proxy is the client. When the
// header is missing or not a list of addresses, the proxy's own address stands.
#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.h"

namespace orbis::http {

class TrustedProxies {
 public:
  TrustedProxies() = default;
  // From addresses written as IPv4 or IPv6 text, separated by commas or spaces;
  // invalid_argument naming the first that is not an address.
  static Result<TrustedProxies> parse(std::string_view list);

  bool empty() const { return addresses_.empty(); }
  // The client's address for a connection from `peer` with X-Forwarded-For `forwarded_for`
  // (empty when the request had none).
  std::string client(const std::string& peer, std::string_view forwarded_for) const;

 private:
  bool trusted(const std::string& address) const;
  std::vector<std::string> addresses_;  // in the form boost::asio prints them
};

}  // namespace orbis::http
