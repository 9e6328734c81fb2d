#include "app/application.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "common/text.h"
#include "common/try.h"
#include "http/api/api.h"
#include "service/identity/housekeeping.h"
#include "service/identity/login_limiter.h"
#include "store/store.h"

namespace orbis::app {
namespace {

Result<std::string> read_key_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(Error::invalid(fmt::format("cannot read {}", path)));
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

}  // namespace

Status require_schema(store::Store& store, const std::string& database) {
  auto version = store.schema_version();
  if (!version) return fail(version.error());
  if (*version < store.latest_schema_version()) {
    return fail(Error::failed_precondition(
        fmt::format("the database {} is at schema {} of {}; run: orbis migrate --db {}", database,
                    *version, store.latest_schema_version(), database)));
  }
  return {};
}

Result<std::optional<credentials::KeyEncryptionKey>> load_kek(const Config& config) {
  std::string text;
  const std::string beside = config.database + ".kek";
  if (!config.kek_file.empty()) {
    ORBIS_ASSIGN_OR_RETURN(text, read_key_file(config.kek_file));
  } else if (!config.kek.empty()) {
    text = config.kek;
  } else if (std::filesystem::exists(beside)) {
    ORBIS_ASSIGN_OR_RETURN(text, read_key_file(beside));
  } else {
    return std::nullopt;
  }
  auto kek = credentials::KeyEncryptionKey::from_base64(text::trim(text));
  if (!kek) {
    return fail(
        Error::invalid("the key-encryption key is not base64 of 32 bytes: " + kek.error().message));
  }
  return std::move(*kek);
}

Result<std::unique_ptr<Application>> Application::start(const Config& config, const Clock& clock,
                                                        std::size_t extra_connections) {
  auto proxies = http::TrustedProxies::parse(config.trusted_proxies);
  if (!proxies) return fail(Error::invalid("server." + proxies.error().message));
  std::unique_ptr<Application> app(new Application());
  const int workers =
      config.threads > 0 ? config.threads : static_cast<int>(std::thread::hardware_concurrency());
  // One connection per worker, one more, and one for the scheduled work.
  const auto pool = static_cast<std::size_t>(std::max(2, workers) + 2) + extra_connections;
  auto store = store::open(config.database, {.pool_size = pool,
                                             .must_exist = true,
                                             .clock = &clock,
                                             .password_file = config.database_password_file});
  if (!store) return fail(store.error());
  app->store_ = std::move(*store);
  ORBIS_TRY(require_schema(*app->store_, config.database));

  service::CredentialsConfig credentials_config;
  ORBIS_ASSIGN_OR_RETURN(credentials_config.kek, load_kek(config));
  if (!credentials_config.kek) {
    spdlog::warn(
        "no key-encryption key (--kek-file, ORBIS_KEK or {}.kek): credentials can be verified "
        "but not issued",
        config.database);
  }
  app->services_ = std::make_unique<service::Services>(*app->store_, clock, config.data_dir,
                                                       std::move(credentials_config));
  ORBIS_TRY(app->services_->load());
  app->router_ = std::make_unique<http::Router>(app->services_->auth);
  http::add_api_routes(*app->router_, *app->services_, {.secure_cookies = config.secure_cookies});
  app->files_ = std::make_unique<http::StaticFiles>(config.web_root);
  app->server_ = std::make_unique<http::Server>(
      *app->router_, *app->files_,
      http::ServerOptions{config.host, static_cast<unsigned short>(config.port), config.threads,
                          config.max_connections, std::move(*proxies)});
  ORBIS_ASSIGN_OR_RETURN(app->port_, app->server_->listen());

  auto& credentials = app->services_->credentials;
  if (!config.public_url.empty()) {
    ORBIS_TRY(credentials.set_public_url(config.public_url, true));
  } else if (!credentials.has_public_url()) {
    const auto here = fmt::format(
        "http://{}:{}", config.host == "127.0.0.1" ? "localhost" : config.host, app->port_);
    ORBIS_TRY(credentials.set_public_url(here, false));
  }
  if (const auto address = credentials.issuer_address(); address.only_this_machine) {
    spdlog::warn(
        "credentials issued now name {} as their issuer, which only this computer reaches: set "
        "server.public_url to the address people reach Orbis at before issuing any",
        address.public_url);
  }
  if (config.scheduled_work) {
    const std::chrono::milliseconds lease = std::chrono::seconds(config.lease_seconds);
    std::vector<ScheduledJob> jobs;
    jobs.push_back({"removing expired sessions and sign-in failures", std::chrono::minutes(5),
                    [&store = *app->store_, &clock] {
                      return service::remove_expired(store, clock, service::LoginLimits{}.window);
                    }});
    app->scheduler_ = std::make_unique<Scheduler>(
        *app->store_, clock, holder_name(), std::move(jobs), SchedulerOptions{lease, lease / 3});
  }
  return app;
}

void Application::run() {
  if (scheduler_) scheduler_->start();
  server_->run();
  if (scheduler_) scheduler_->stop();
}

}  // namespace orbis::app
