#include "app/config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

namespace orbis::app {
namespace {

// A fake environment: only the variables a test sets.
class FakeEnvironment {
 public:
  FakeEnvironment& set(const std::string& name, const std::string& value) {
    variables_[name] = value;
    return *this;
  }
  Environment get() const {
    return [this](const char* name) -> const char* {
      const auto it = variables_.find(name);
      return it == variables_.end() ? nullptr : it->second.c_str();
    };
  }

 private:
  std::map<std::string, std::string> variables_;
};

class ConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           (std::string("orbis-config-test-") +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& text) {
    const auto path = (dir_ / "orbis.toml").string();
    std::ofstream(path) << text;
    return path;
  }
  // The one-line message load_config refuses the file `text` with.
  std::string refusal(const std::string& text) {
    const auto path = write(text);
    auto config = load_config(path, {}, env_.get());
    if (config) return "(accepted)";
    EXPECT_EQ(config.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(config.error().message.find('\n'), std::string::npos);
    return config.error().message;
  }

  std::filesystem::path dir_;
  FakeEnvironment env_;
};

TEST_F(ConfigTest, WithoutFileOrVariablesTheDefaultsHold) {
  auto config = load_config("", {}, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->database, "");
  EXPECT_EQ(config->host, "127.0.0.1");
  EXPECT_EQ(config->port, 8080);
  EXPECT_EQ(config->threads, 0);
  EXPECT_EQ(config->max_connections, 0u);
  EXPECT_FALSE(config->secure_cookies);
  EXPECT_EQ(config->log_level, "info");
  EXPECT_TRUE(config->data_dir.ends_with("/data")) << config->data_dir;
  EXPECT_TRUE(config->web_root.ends_with("/web/dist")) << config->web_root;
  EXPECT_EQ(config->kek_file, "");
  EXPECT_EQ(config->kek, "");
}

TEST_F(ConfigTest, AGoodFileSetsEveryKey) {
  const auto path = write(R"(
database = "/var/lib/orbis/orbis.db"
data = "/usr/share/orbis/data"
log_level = "warn"

[server]
host = "0.0.0.0"
port = 9090
threads = 4
max_connections = 1000
web = "/usr/share/orbis/web"
public_url = "https://orbis.example.edu"
secure_cookies = true

[credentials]
kek_file = "/etc/orbis/kek"
)");
  auto config = load_config(path, {}, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->database, "/var/lib/orbis/orbis.db");
  EXPECT_EQ(config->data_dir, "/usr/share/orbis/data");
  EXPECT_EQ(config->log_level, "warn");
  EXPECT_EQ(config->host, "0.0.0.0");
  EXPECT_EQ(config->port, 9090);
  EXPECT_EQ(config->threads, 4);
  EXPECT_EQ(config->max_connections, 1000u);
  EXPECT_EQ(config->web_root, "/usr/share/orbis/web");
  EXPECT_EQ(config->public_url, "https://orbis.example.edu");
  EXPECT_TRUE(config->secure_cookies);
  EXPECT_EQ(config->kek_file, "/etc/orbis/kek");
}

TEST_F(ConfigTest, TheShippedExampleHoldsTheDefaults) {
  const auto example = std::filesystem::path(ORBIS_SOURCE_DIR) / "orbis.example.toml";
  auto config = load_config(example.string(), {}, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  const Config built_in = defaults();
  EXPECT_EQ(config->database, built_in.database);
  EXPECT_EQ(config->data_dir, built_in.data_dir);
  EXPECT_EQ(config->log_level, built_in.log_level);
  EXPECT_EQ(config->host, built_in.host);
  EXPECT_EQ(config->port, built_in.port);
  EXPECT_EQ(config->threads, built_in.threads);
  EXPECT_EQ(config->max_connections, built_in.max_connections);
  EXPECT_EQ(config->web_root, built_in.web_root);
  EXPECT_EQ(config->public_url, built_in.public_url);
  EXPECT_EQ(config->secure_cookies, built_in.secure_cookies);
  EXPECT_EQ(config->kek_file, built_in.kek_file);
}

TEST_F(ConfigTest, FlagsOutrankTheEnvironmentWhichOutranksTheFile) {
  const auto path =
      write("database = \"file.db\"\n[server]\nport = 1001\nhost = \"file-host\"\nthreads = 3\n");
  env_.set("ORBIS_PORT", "1002").set("ORBIS_HOST", "env-host");
  Flags flags;
  flags.port = 1003;
  auto config = load_config(path, flags, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->port, 1003);           // flag over environment over file
  EXPECT_EQ(config->host, "env-host");     // environment over file
  EXPECT_EQ(config->database, "file.db");  // file over the default
  EXPECT_EQ(config->threads, 3);
}

TEST_F(ConfigTest, OrbisConfigNamesTheFileUnlessTheFlagDoes) {
  const auto path = write("database = \"from-variable.db\"\n");
  env_.set("ORBIS_CONFIG", path);
  auto config = load_config("", {}, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->database, "from-variable.db");

  const auto other = (dir_ / "other.toml").string();
  std::ofstream(other) << "database = \"from-flag.db\"\n";
  config = load_config(other, {}, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->database, "from-flag.db");
}

TEST_F(ConfigTest, TheKeyInTheEnvironmentOutranksAKeyFileNamedInTheFile) {
  const auto path = write("[credentials]\nkek_file = \"/etc/orbis/kek\"\n");
  env_.set("ORBIS_KEK", "a-key");
  auto config = load_config(path, {}, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->kek, "a-key");
  EXPECT_EQ(config->kek_file, "");

  Flags flags;
  flags.kek_file = "/run/kek";  // a flag outranks the environment
  config = load_config(path, flags, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->kek_file, "/run/kek");
}

TEST_F(ConfigTest, EveryVariableOfTodayIsRead) {
  env_.set("ORBIS_DATA", "/d")
      .set("ORBIS_WEB", "/w")
      .set("ORBIS_SECURE_COOKIES", "1")
      .set("ORBIS_DB", "x.db")
      .set("ORBIS_THREADS", "2")
      .set("ORBIS_MAX_CONNECTIONS", "50")
      .set("ORBIS_PUBLIC_URL", "https://x")
      .set("ORBIS_LOG_LEVEL", "debug");
  auto config = load_config("", {}, env_.get());
  ASSERT_TRUE(config) << config.error().message;
  EXPECT_EQ(config->data_dir, "/d");
  EXPECT_EQ(config->web_root, "/w");
  EXPECT_TRUE(config->secure_cookies);
  EXPECT_EQ(config->database, "x.db");
  EXPECT_EQ(config->threads, 2);
  EXPECT_EQ(config->max_connections, 50u);
  EXPECT_EQ(config->public_url, "https://x");
  EXPECT_EQ(config->log_level, "debug");
}

TEST_F(ConfigTest, UnknownKeysAreRefusedWithFileLineAndKey) {
  EXPECT_EQ(refusal("database = \"x.db\"\n[server]\nprot = 8080\n"),
            (dir_ / "orbis.toml").string() + ":3: unknown key server.prot");
  EXPECT_EQ(refusal("\n\nkek = \"secret\"\n"),
            (dir_ / "orbis.toml").string() + ":3: unknown key kek");
  EXPECT_EQ(refusal("[serve]\nport = 1\n"),
            (dir_ / "orbis.toml").string() + ":1: unknown key serve");
}

TEST_F(ConfigTest, WrongTypesAreRefusedWithFileLineAndKey) {
  const auto file = (dir_ / "orbis.toml").string();
  EXPECT_EQ(refusal("[server]\nport = \"8080\"\n"),
            file + ":2: server.port must be an integer from 0 to 65535, not a string");
  EXPECT_EQ(refusal("[server]\nsecure_cookies = 1\n"),
            file + ":2: server.secure_cookies must be true or false, not an integer");
  EXPECT_EQ(refusal("database = 3\n"), file + ":1: database must be a string, not an integer");
  EXPECT_EQ(refusal("[server]\nport = 70000\n"),
            file + ":2: server.port must be an integer from 0 to 65535, not 70000");
  EXPECT_EQ(refusal("log_level = \"loud\"\n"),
            file +
                ":1: log_level must be one of trace, debug, info, warn, error, critical, off, not "
                "'loud'");
}

TEST_F(ConfigTest, ANonTomlFileIsRefusedWithItsLine) {
  const auto message = refusal("database = \"x.db\"\nport = \n");
  EXPECT_TRUE(message.starts_with((dir_ / "orbis.toml").string() + ":2: ")) << message;
}

TEST_F(ConfigTest, AMissingFileIsRefused) {
  const auto missing = (dir_ / "missing.toml").string();
  auto config = load_config(missing, {}, env_.get());
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().code, ErrorCode::invalid_argument);
  EXPECT_EQ(config.error().message, "cannot read the configuration file " + missing);
}

TEST_F(ConfigTest, BadVariablesAreRefusedByName) {
  env_.set("ORBIS_PORT", "eighty");
  auto config = load_config("", {}, env_.get());
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().message, "ORBIS_PORT must be an integer from 0 to 65535, not 'eighty'");

  FakeEnvironment cookies;
  cookies.set("ORBIS_SECURE_COOKIES", "maybe");
  config = load_config("", {}, cookies.get());
  ASSERT_FALSE(config);
  EXPECT_EQ(config.error().message, "ORBIS_SECURE_COOKIES must be true or false, not 'maybe'");
}

}  // namespace
}  // namespace orbis::app
