#include "app/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <array>
#include <charconv>
#include <fstream>
#include <limits>
#include <sstream>
#include <variant>

namespace orbis::app {
namespace {

// One setting: its key in the file, its environment variable, the member it sets and, for
// a number, the values it may take.
struct Setting {
  std::string_view key;
  std::string_view variable;
  std::variant<std::string Config::*, int Config::*, std::size_t Config::*, bool Config::*> member;
  std::int64_t min = 0;
  std::int64_t max = 0;
};

constexpr std::int64_t kMaxConnections = std::numeric_limits<std::int32_t>::max();

const std::array<Setting, 15> kSettings{{
    {"database", "ORBIS_DB", &Config::database},
    {"database_password_file", "ORBIS_DB_PASSWORD_FILE", &Config::database_password_file},
    {"data", "ORBIS_DATA", &Config::data_dir},
    {"log_level", "ORBIS_LOG_LEVEL", &Config::log_level},
    {"server.host", "ORBIS_HOST", &Config::host},
    {"server.port", "ORBIS_PORT", &Config::port, 0, 65535},
    {"server.threads", "ORBIS_THREADS", &Config::threads, 0, 256},
    {"server.max_connections", "ORBIS_MAX_CONNECTIONS", &Config::max_connections, 0,
     kMaxConnections},
    {"server.web", "ORBIS_WEB", &Config::web_root},
    {"server.public_url", "ORBIS_PUBLIC_URL", &Config::public_url},
    {"server.secure_cookies", "ORBIS_SECURE_COOKIES", &Config::secure_cookies},
    {"server.trusted_proxies", "ORBIS_TRUSTED_PROXIES", &Config::trusted_proxies},
    {"server.scheduled_work", "ORBIS_SCHEDULED_WORK", &Config::scheduled_work},
    {"server.lease_seconds", "ORBIS_LEASE_SECONDS", &Config::lease_seconds, 3, 3600},
    {"credentials.kek_file", "ORBIS_KEK_FILE", &Config::kek_file},
}};
constexpr std::array<std::string_view, 2> kSections{"server", "credentials"};
constexpr std::array<std::string_view, 7> kLogLevels{"trace", "debug",    "info", "warn",
                                                     "error", "critical", "off"};

const Setting* find_setting(std::string_view key) {
  for (const auto& s : kSettings)
    if (s.key == key) return &s;
  return nullptr;
}

std::string_view type_name(toml::node_type type) {
  switch (type) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number with a fraction";
    case toml::node_type::boolean:
      return "true or false";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    default:
      return "a date or time";
  }
}

// What a setting must be, for messages: "an integer from 0 to 65535".
std::string expected(const Setting& s) {
  if (std::holds_alternative<std::string Config::*>(s.member))
    return s.key == "log_level" ? "one of trace, debug, info, warn, error, critical, off"
                                : "a string";
  if (std::holds_alternative<bool Config::*>(s.member)) return "true or false";
  return fmt::format("an integer from {} to {}", s.min, s.max);
}

// Sets the member of `s` to `value`, or says (without the source) why it cannot.
Status set_text(Config& config, const Setting& s, std::string value) {
  if (s.key == "log_level" &&
      std::find(kLogLevels.begin(), kLogLevels.end(), value) == kLogLevels.end())
    return fail(Error::invalid(fmt::format("{} must be {}, not '{}'", s.key, expected(s), value)));
  config.*std::get<std::string Config::*>(s.member) = std::move(value);
  return {};
}

Status set_number(Config& config, const Setting& s, std::int64_t value) {
  if (value < s.min || value > s.max)
    return fail(Error::invalid(fmt::format("{} must be {}, not {}", s.key, expected(s), value)));
  if (const auto* m = std::get_if<int Config::*>(&s.member))
    config.** m = static_cast<int>(value);
  else
    config.*std::get<std::size_t Config::*>(s.member) = static_cast<std::size_t>(value);
  return {};
}

// One entry of the file.
Status set_from_node(Config& config, const Setting& s, const toml::node& node) {
  if (std::holds_alternative<std::string Config::*>(s.member) && node.is_string())
    return set_text(config, s, std::string(*node.value<std::string_view>()));
  if (std::holds_alternative<bool Config::*>(s.member) && node.is_boolean()) {
    config.*std::get<bool Config::*>(s.member) = *node.value<bool>();
    return {};
  }
  const bool integer = std::holds_alternative<int Config::*>(s.member) ||
                       std::holds_alternative<std::size_t Config::*>(s.member);
  if (integer && node.is_integer()) return set_number(config, s, *node.value<std::int64_t>());
  return fail(Error::invalid(
      fmt::format("{} must be {}, not {}", s.key, expected(s), type_name(node.type()))));
}

Status apply_table(Config& config, const toml::table& table, const std::string& path,
                   const std::string& section) {
  for (const auto& [name, node] : table) {
    const std::string key =
        section.empty() ? std::string(name.str()) : fmt::format("{}.{}", section, name.str());
    const auto at = [&](const toml::source_region& where) {
      return fmt::format("{}:{}: ", path, where.begin.line);
    };
    if (section.empty() && node.is_table() &&
        std::find(kSections.begin(), kSections.end(), key) != kSections.end()) {
      if (auto ok = apply_table(config, *node.as_table(), path, key); !ok) return ok;
      continue;
    }
    const Setting* setting = find_setting(key);
    if (!setting) return fail(Error::invalid(at(name.source()) + "unknown key " + key));
    if (auto ok = set_from_node(config, *setting, node); !ok)
      return fail(Error::invalid(at(node.source()) + ok.error().message));
  }
  return {};
}

// An environment variable's text as the setting's type.
Status set_from_text(Config& config, const Setting& s, const std::string& text) {
  const auto refuse = [&] {
    return fail(
        Error::invalid(fmt::format("{} must be {}, not '{}'", s.variable, expected(s), text)));
  };
  if (std::holds_alternative<std::string Config::*>(s.member)) {
    if (auto ok = set_text(config, s, text); !ok) return refuse();
    return {};
  }
  if (std::holds_alternative<bool Config::*>(s.member)) {
    // The words CLI11 took when it read ORBIS_SECURE_COOKIES itself.
    static constexpr std::array<std::string_view, 5> kYes{"1", "true", "on", "yes", "enable"};
    static constexpr std::array<std::string_view, 5> kNo{"0", "false", "off", "no", "disable"};
    std::string word = text;
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool yes = std::find(kYes.begin(), kYes.end(), word) != kYes.end();
    if (!yes && std::find(kNo.begin(), kNo.end(), word) == kNo.end()) return refuse();
    config.*std::get<bool Config::*>(s.member) = yes;
    return {};
  }
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return refuse();
  if (auto ok = set_number(config, s, value); !ok) return refuse();
  return {};
}

}  // namespace

Config defaults() {
  Config config;
  config.data_dir = std::string(ORBIS_SOURCE_DIR) + "/data";
  config.web_root = std::string(ORBIS_SOURCE_DIR) + "/web/dist";
  return config;
}

Status apply_file(Config& config, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(Error::invalid(fmt::format("cannot read the configuration file {}", path)));
  std::ostringstream text;
  text << in.rdbuf();
  toml::table table;
  try {
    table = toml::parse(text.str(), path);
  } catch (const toml::parse_error& e) {
    return fail(
        Error::invalid(fmt::format("{}:{}: {}", path, e.source().begin.line, e.description())));
  }
  return apply_table(config, table, path, "");
}

Status apply_environment(Config& config, const Environment& environment) {
  const auto value = [&](std::string_view name) -> std::optional<std::string> {
    const char* v = environment(std::string(name).c_str());
    if (!v || !*v) return std::nullopt;
    return std::string(v);
  };
  for (const auto& s : kSettings) {
    if (const auto text = value(s.variable)) {
      if (auto ok = set_from_text(config, s, *text); !ok) return ok;
    }
  }
  if (const auto kek = value("ORBIS_KEK")) {
    config.kek = *kek;
    // The environment outranks the file: a key given here beats a key file named there.
    if (!value("ORBIS_KEK_FILE")) config.kek_file.clear();
  }
  return {};
}

void apply_flags(Config& config, const Flags& flags) {
  const auto set = [](auto& member, const auto& flag) {
    if (flag) member = *flag;
  };
  set(config.database, flags.database);
  set(config.data_dir, flags.data_dir);
  set(config.log_level, flags.log_level);
  set(config.host, flags.host);
  set(config.port, flags.port);
  set(config.threads, flags.threads);
  set(config.max_connections, flags.max_connections);
  set(config.web_root, flags.web_root);
  set(config.public_url, flags.public_url);
  set(config.secure_cookies, flags.secure_cookies);
  set(config.kek_file, flags.kek_file);
}

Result<Config> load_config(const std::string& config_file, const Flags& flags,
                           const Environment& environment) {
  Config config = defaults();
  std::string path = config_file;
  if (const char* env = environment("ORBIS_CONFIG"); path.empty() && env) path = env;
  if (!path.empty()) {
    if (auto ok = apply_file(config, path); !ok) return fail(ok.error());
  }
  if (auto ok = apply_environment(config, environment); !ok) return fail(ok.error());
  apply_flags(config, flags);
  return config;
}

}  // namespace orbis::app
