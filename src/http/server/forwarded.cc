#include "http/server/forwarded.h"

#include <algorithm>
#include <boost/asio/ip/address.hpp>
#include <optional>

namespace orbis::http {
namespace {

// `text` as boost::asio prints the address it is (so that "::FFFF:10.0.0.1" and
// "::ffff:10.0.0.1" compare equal), or nullopt when it is not one.
std::optional<std::string> normalised(std::string_view text) {
  boost::system::error_code ec;
  const auto address = boost::asio::ip::make_address(std::string(text), ec);
  if (ec) return std::nullopt;
  // An IPv4 client reached over an IPv6 socket appears as ::ffff:a.b.c.d.
  if (address.is_v6() && address.to_v6().is_v4_mapped())
    return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, address.to_v6())
        .to_string();
  return address.to_string();
}

std::vector<std::string_view> items(std::string_view list) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    const auto end = std::min(list.find_first_of(", \t", start), list.size());
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

Result<TrustedProxies> TrustedProxies::parse(std::string_view list) {
  TrustedProxies out;
  for (const auto item : items(list)) {
    auto address = normalised(item);
    if (!address) {
      return fail(Error::invalid("trusted_proxies: '" + std::string(item.substr(0, 64)) +
                                 "' is not an IPv4 or IPv6 address"));
    }
    out.addresses_.push_back(std::move(*address));
  }
  return out;
}

bool TrustedProxies::trusted(const std::string& address) const {
  return std::ranges::find(addresses_, address) != addresses_.end();
}

std::string TrustedProxies::client(const std::string& peer, std::string_view forwarded_for) const {
  if (addresses_.empty()) return peer;  // every request asks: no parsing without proxies
  auto from = normalised(peer).value_or(peer);
  if (!trusted(from) || forwarded_for.empty()) return from;
  const auto hops = items(forwarded_for);
  std::vector<std::string> addresses;
  for (const auto hop : hops) {
    auto address = normalised(hop);
    if (!address) return from;  // not a list of addresses: the proxy answers for it
    addresses.push_back(std::move(*address));
  }
  for (auto it = addresses.rbegin(); it != addresses.rend(); ++it)
    if (!trusted(*it)) return *it;
  // Every hop is a proxy we trust: the request began at one of them.
  return addresses.empty() ? from : addresses.front();
}

}  // namespace orbis::http
