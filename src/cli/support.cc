#include "cli/support.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/application.h"

namespace orbis::cli {

Failure failure(const Error& e) {
  std::string message = e.message;
  for (const auto& f : e.fields) message += fmt::format("; {}: {}", f.field, f.message);
  return {message};
}

const std::string& Context::database() const {
  // The words CLI11 used when --db was a required option.
  if (config.database.empty()) throw Failure{"--db is required (see orbis --help)", 2};
  return config.database;
}

void on_run(CLI::App& command, Context& ctx, std::function<void()> action) {
  command.callback([&ctx, action = std::move(action)] { ctx.action = action; });
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure{fmt::format("cannot read {}", path)};
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

// Writes `content` to a temporary file beside `path`, then renames it over `path`, so that
// a reader never sees half a file and a failure leaves no file behind.
void write_file_atomically(const std::string& path, const std::string& content) {
  const std::string temporary = path + ".orbis-partial";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Failure{fmt::format("cannot write {}", path)};
    out << content;
    out.flush();
    if (!out) {
      std::filesystem::remove(temporary);
      throw Failure{fmt::format("cannot write {}: the disk may be full", path)};
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary);
    throw Failure{fmt::format("cannot write {}: {}", path, ec.message())};
  }
}

void require_folder_of(const std::string& path) {
  const auto folder = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!folder.empty() && !std::filesystem::is_directory(folder, ec))
    throw Failure{fmt::format("the folder {} does not exist", folder.string())};
}

std::unique_ptr<store::Store> open_store(const std::string& db, bool must_exist, std::size_t pool) {
  auto store = store::open(db, {.pool_size = pool, .must_exist = must_exist});
  if (!store) throw failure(store.error());
  return std::move(*store);
}

void require_schema(store::Store& store, const std::string& db) {
  if (auto ok = app::require_schema(store, db); !ok) throw failure(ok.error());
}

std::optional<credentials::KeyEncryptionKey> load_kek(const app::Config& config) {
  auto kek = app::load_kek(config);
  if (!kek) throw failure(kek.error());
  return std::move(*kek);
}

// The key-encryption key comes from the environment, never from an argument (which the
// process list would show).
credentials::KeyEncryptionKey kek_from_environment(const app::Config& config) {
  if (config.kek.empty()) {
    throw Failure{
        "set ORBIS_KEK to the key-encryption key (base64 of 32 bytes; 'orbis key kek' makes one)"};
  }
  auto parsed = credentials::KeyEncryptionKey::from_base64(config.kek);
  if (!parsed) throw failure(parsed.error());
  return *parsed;
}

void print_import_report(std::ostream& out, const service::ImportReport& r) {
  out << fmt::format(
      "read {} records: {} new institutions, {} joined to existing ones, {} updated, {} skipped\n",
      r.read, r.created, r.merged, r.updated, r.skipped);
}

}  // namespace orbis::cli
