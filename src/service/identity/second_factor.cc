#include "service/identity/second_factor.h"

#include "common/crypto.h"

namespace orbis::service {

std::optional<std::int64_t> matching_step(std::string_view secret, std::string_view code,
                                          TimePoint now, std::int64_t after) {
  if (secret.empty() || code.size() != static_cast<std::size_t>(kTotp.digits)) return std::nullopt;
  const auto seconds =
      std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
  const auto current = totp::step_at(seconds, kTotp);
  std::optional<std::int64_t> found;
  for (auto step = current - kTotpSkewSteps; step <= current + kTotpSkewSteps; ++step) {
    if (step <= after || step < 0) continue;
    if (crypto::equal_constant_time(totp::hotp(secret, static_cast<std::uint64_t>(step), kTotp),
                                    code))
      found = step;
  }
  return found;
}

}  // namespace orbis::service
