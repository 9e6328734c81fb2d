#include "service/auth.h"

#include "common/crypto.h"
#include "common/text.h"

namespace orbis::service {
namespace {

const std::string& dummy_hash() {
  // Verified against when the email is unknown, so that both failures take equally long.
  static const std::string hash = crypto::hash_password("orbis-timing-equaliser").value_or("");
  return hash;
}

std::string email_key(std::string_view email) {
  return "e:" + text::to_lower_ascii(text::trim(email));
}
std::string client_key(std::string_view client) { return "c:" + std::string(client); }

}  // namespace

Auth::Auth(store::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

int Auth::limit_of(const std::string& key) {
  return key.starts_with("c:") ? kMaxClientFailures : kMaxFailures;
}

bool Auth::limited(const std::string& key, TimePoint now) const {
  const auto it = failures_.find(key);
  if (it == failures_.end()) return false;
  auto& times = it->second;
  while (!times.empty() && now - times.front() >= kFailureWindow) times.pop_front();
  return static_cast<int>(times.size()) >= limit_of(key);
}

void Auth::note_failure(const std::string& key, TimePoint now) { failures_[key].push_back(now); }

std::chrono::seconds Auth::retry_after(std::string_view email, std::string_view client) const {
  std::lock_guard lock(mutex_);
  const auto now = clock_.now();
  std::chrono::seconds wait{0};
  for (const auto& key : {email_key(email), client_key(client)}) {
    if (!limited(key, now)) continue;
    const auto& times = failures_.at(key);
    const auto free_at =
        times[times.size() - static_cast<std::size_t>(limit_of(key))] + kFailureWindow;
    wait = std::max(wait, std::chrono::ceil<std::chrono::seconds>(free_at - now));
  }
  return wait;
}

Result<LoginResult> Auth::login(std::string_view email, std::string_view password,
                                std::string_view client) {
  const auto now = clock_.now();
  const auto ekey = email_key(email);
  const auto ckey = client_key(client);
  {
    std::lock_guard lock(mutex_);
    if (limited(ekey, now) || limited(ckey, now)) {
      return fail(Error::exhausted("too many failed sign-ins; wait a few minutes and try again"));
    }
  }
  const auto wrong = Error::unauthenticated("the email or password is wrong");
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  auto user = (*tx)->users().find_by_email(text::to_lower_ascii(text::trim(email)));
  if (!user) return fail(user.error());
  bool ok = false;
  if (*user && (*user)->active && password.size() <= 1024) {
    auto hash = (*tx)->users().password_hash((*user)->id);
    if (!hash) return fail(hash.error());
    ok = crypto::verify_password(*hash, password);
  } else {
    crypto::verify_password(dummy_hash(), password);
  }
  if (!ok) {
    std::lock_guard lock(mutex_);
    note_failure(ekey, now);
    note_failure(ckey, now);
    return fail(wrong);
  }
  LoginResult result;
  result.token = crypto::random_token();
  result.csrf = crypto::random_token();
  result.user = **user;
  result.expires = now + std::chrono::duration_cast<std::chrono::milliseconds>(kSessionLifetime);
  if (auto cleaned = (*tx)->users().delete_sessions_expired_before(format_iso8601(now)); !cleaned) {
    return fail(cleaned.error());
  }
  if (auto saved = (*tx)->users().insert_session(crypto::sha256_hex(result.token), result.user.id,
                                                 result.csrf, format_iso8601(now),
                                                 format_iso8601(result.expires));
      !saved) {
    return fail(saved.error());
  }
  if (auto committed = (*tx)->commit(); !committed) return fail(committed.error());
  {
    std::lock_guard lock(mutex_);
    failures_.erase(ekey);
  }
  return result;
}

Result<Principal> Auth::authenticate(std::string_view token) const {
  const auto denied =
      Error::unauthenticated("sign in first: the session is missing or has expired");
  if (token.empty() || token.size() > 200) return fail(denied);
  auto tx = store_.begin(store::Access::read);
  if (!tx) return fail(tx.error());
  auto session = (*tx)->users().find_session(crypto::sha256_hex(token));
  if (!session) return fail(session.error());
  if (!*session) return fail(denied);
  const auto expires = parse_iso8601((*session)->expires_at);
  if (!expires || *expires <= clock_.now()) return fail(denied);
  auto user = (*tx)->users().get((*session)->user);
  if (!user) return fail(user.error());
  if (!user->active) return fail(denied);
  Principal p;
  p.actor = domain::Actor{user->id, user->email, user->role, user->org_unit, user->institution};
  p.csrf = (*session)->csrf_token;
  return p;
}

Status Auth::logout(std::string_view token) {
  auto tx = store_.begin(store::Access::write);
  if (!tx) return fail(tx.error());
  if (auto ok = (*tx)->users().delete_session(crypto::sha256_hex(token)); !ok)
    return fail(ok.error());
  return (*tx)->commit();
}

}  // namespace orbis::service
