// Sub-commands for operations: backup and restore of the database, and the audit log's
// verification and checkpoints (docs/operations.md).
#include <fmt/format.h>

#include <filesystem>

#include "cli/support.h"
#include "common/clock.h"
#include "credentials/keys.h"
#include "service/audit_checkpoint.h"
#include "service/audit_log.h"

namespace orbis::cli {
namespace {

namespace fs = std::filesystem;

// What a database file holds, once checked.
struct CheckedDatabase {
  int schema = 0;
  std::int64_t entries = 0;
  domain::ChainHead head;
};

// Opens the database file `path` read-only and runs SQLite's integrity check and the audit
// log's verification; a Failure that starts with `what` when either finds a problem.
CheckedDatabase check_database(const std::string& path, std::string_view what) {
  CheckedDatabase checked;
  {
    auto store = store::open(path, {.pool_size = 1, .must_exist = true, .read_only = true});
    if (!store) throw failure((store.error()));
    auto schema = (*store)->schema_version();
    if (!schema) throw failure(schema.error());
    if (*schema == 0) throw Failure{fmt::format("{} is not an Orbis database", what)};
    if (*schema > (*store)->latest_schema_version()) {
      throw Failure{fmt::format("{} is at schema {}, newer than this Orbis knows ({})", what,
                                *schema, (*store)->latest_schema_version())};
    }
    checked.schema = *schema;
    auto integrity = (*store)->integrity_check();
    if (!integrity) throw failure(integrity.error());
    if (!integrity->empty()) {
      throw Failure{fmt::format("{} fails SQLite's integrity check: {}", what, integrity->front())};
    }
    auto tx = (*store)->begin(store::Access::read);
    if (!tx) throw failure(tx.error());
    std::vector<domain::AuditEntry> entries;
    auto report = service::verify_audit_log(**tx, entries);
    if (!report) throw failure(report.error());
    if (!report->problems.empty()) {
      const auto& first = report->problems.front();
      throw Failure{fmt::format("{} fails audit verification ({} problems; entry {}: {})", what,
                                report->problems.size(), first.seq, first.what)};
    }
    checked.entries = report->entries;
    checked.head.seq = entries.empty() ? 0 : entries.back().seq;
    checked.head.hash = entries.empty() ? domain::genesis_hash() : entries.back().hash;
  }
  // A reader of a WAL database leaves an empty WAL and index beside it; they must not
  // travel with the file.
  std::error_code ec;
  for (const auto* suffix : {"-wal", "-shm"}) {
    const auto leftover = path + suffix;
    if (fs::exists(leftover, ec) && fs::file_size(leftover, ec) == 0) fs::remove(leftover, ec);
  }
  return checked;
}

std::string describe(const CheckedDatabase& d) {
  return fmt::format(
      "schema {}, integrity ok, audit log intact ({} entries, head entry {} with hash {})",
      d.schema, d.entries, d.head.seq, d.head.hash.substr(0, 16));
}

void require_folder_of(const std::string& path) {
  const auto folder = fs::path(path).parent_path();
  std::error_code ec;
  if (!folder.empty() && !fs::is_directory(folder, ec))
    throw Failure{fmt::format("the folder {} does not exist", folder.string())};
}

// Removes a half-made file when the command fails before it is done.
class PartialFile {
 public:
  explicit PartialFile(std::string path) : path_(std::move(path)) { remove(); }
  ~PartialFile() { remove(); }
  const std::string& path() const { return path_; }

 private:
  void remove() {
    std::error_code ec;
    for (const auto* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path_ + suffix, ec);
  }
  std::string path_;
};

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

// A public key given as a Multikey or as its did:key.
credentials::PublicKey parse_public_key(std::string text) {
  if (text.starts_with("did:key:")) text = text.substr(8, text.find('#') - 8);
  auto key = credentials::parse_multikey(text);
  if (!key) throw Failure{"--public-key takes an Ed25519 Multikey (z6Mk…) or its did:key"};
  return *key;
}

}  // namespace

void add_operations_commands(CLI::App& app, Context& ctx, OperationsArgs& args) {
  auto& [db, out_path, from_path, checkpoint_path, public_key, kek_file, force] = args;

  auto* backup = app.add_subcommand(
      "backup", "Copy the database, even while orbis serve runs, and check the copy");
  backup->add_option("--db", db, "the database to copy")->required();
  backup->add_option("--out", out_path, "the new backup file")->required();
  backup->callback([&] {
    ctx.action = [&] {
      if (fs::exists(out_path))
        throw Failure{fmt::format("{} exists; choose another file", out_path)};
      require_folder_of(out_path);
      auto store = open_store(db, true, 1);
      const PartialFile partial(out_path + ".orbis-partial");
      if (auto ok = store->backup(partial.path()); !ok) throw failure(ok.error());
      store.reset();
      const auto checked = check_database(partial.path(), "the copy");
      std::error_code ec;
      fs::rename(partial.path(), out_path, ec);
      if (ec) throw Failure{fmt::format("cannot write {}: {}", out_path, ec.message())};
      ctx.out << fmt::format("backed up {} to {}: {}\n", db, out_path, describe(checked));
    };
  });

  auto* restore = app.add_subcommand(
      "restore", "Put a checked backup in place of a database that is not in use");
  restore->add_option("--from", from_path, "the backup file")->required();
  restore->add_option("--db", db, "the database to create or replace")->required();
  restore->add_flag("--force", force, "replace a database that exists (its content is lost)");
  restore->callback([&] {
    ctx.action = [&] {
      if (!fs::exists(from_path)) throw Failure{fmt::format("no backup at {}", from_path)};
      if (same_file(from_path, db)) throw Failure{"--from and --db are the same file"};
      if (fs::exists(db) && !force) {
        throw Failure{
            fmt::format("{} exists; pass --force to replace it (what it holds now is lost)", db)};
      }
      require_folder_of(db);
      const auto checked = check_database(from_path, "the backup");
      const PartialFile partial(db + ".orbis-restore");
      {
        auto source =
            store::open(from_path, {.pool_size = 1, .must_exist = true, .read_only = true});
        if (!source) throw failure(source.error());
        if (auto ok = (*source)->backup(partial.path()); !ok) throw failure(ok.error());
      }
      if (auto ok = store::replace_database(partial.path(), db); !ok) throw failure(ok.error());
      ctx.out << fmt::format("restored {} from {}: {}\n", db, from_path, describe(checked));
    };
  });

  auto* audit = app.add_subcommand("audit", "Check the audit log");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand(
      "verify", "Check every link of the audit log's hash chain, and against a checkpoint");
  verify->add_option("--db", db, "the database")->required();
  verify->add_option("--checkpoint", checkpoint_path,
                     "a checkpoint file (orbis audit checkpoint) the log must still hold");
  verify->add_option("--public-key", public_key,
                     "the key the checkpoint must be signed by (Multikey or did:key); without "
                     "it, any of the institution's issuer keys");
  verify->callback([&] {
    ctx.action = [&] {
      if (!public_key.empty() && checkpoint_path.empty())
        throw Failure{"--public-key checks a checkpoint: give --checkpoint too"};
      std::optional<service::AuditCheckpoint> checkpoint;
      if (!checkpoint_path.empty()) {
        auto read = service::read_audit_checkpoint(read_file(checkpoint_path));
        if (!read) throw failure(read.error());
        checkpoint = std::move(*read);
      }
      std::optional<credentials::PublicKey> trusted;
      if (!public_key.empty()) trusted = parse_public_key(public_key);
      auto store = open_store(db, true);
      require_schema(*store, db);
      auto report = checkpoint ? service::verify_audit_log(*store, *checkpoint, trusted)
                               : service::verify_audit_log(*store);
      if (!report) throw failure(report.error());
      if (report->problems.empty()) {
        ctx.out << fmt::format("the audit log is intact: {} entries, every link holds",
                               report->entries);
        if (checkpoint) {
          ctx.out << fmt::format(", and it holds entry {} as the checkpoint of {} recorded it",
                                 checkpoint->head.seq, checkpoint->head.at);
        }
        ctx.out << "\n";
        return;
      }
      for (const auto& p : report->problems)
        ctx.out << fmt::format("entry {}: {}\n", p.seq, p.what);
      ctx.err << fmt::format("orbis: the audit log has been tampered with ({} problems)\n",
                             report->problems.size());
      ctx.status = 1;
    };
  });

  auto* checkpoint = audit->add_subcommand(
      "checkpoint",
      "Write a signed statement of the audit log's head, to keep away from the database");
  checkpoint->add_option("--db", db, "the database")->required();
  checkpoint->add_option("--out", out_path, "the new checkpoint file")->required();
  checkpoint->add_option("--kek-file", kek_file,
                         "file holding the key-encryption key of the issuer keys (else ORBIS_KEK, "
                         "else DB.kek beside the database)");
  checkpoint->callback([&] {
    ctx.action = [&] {
      if (fs::exists(out_path)) {
        throw Failure{fmt::format(
            "{} exists; checkpoints are kept, not overwritten: choose a new file", out_path)};
      }
      require_folder_of(out_path);
      auto store = open_store(db, true);
      require_schema(*store, db);
      const auto kek = load_kek(kek_file, db);
      if (!kek) {
        throw Failure{fmt::format(
            "no key-encryption key to open the issuer key with: pass --kek-file, set ORBIS_KEK, "
            "or keep {}.kek beside the database",
            db)};
      }
      SystemClock clock;
      auto made = service::make_audit_checkpoint(*store, clock, *kek);
      if (!made) throw failure(made.error());
      write_file_atomically(out_path, made->second);
      const auto& c = made->first;
      ctx.out << fmt::format(
          "checkpoint of entry {} (hash {}) of database {} written to {}\nsigned by {}\nkeep it "
          "away from the database; check with: orbis audit verify --db {} --checkpoint {} "
          "--public-key {}\n",
          c.head.seq, c.head.hash.substr(0, 16), c.database, out_path, c.verification_method, db,
          out_path, credentials::to_multikey(c.signer));
    };
  });
}

}  // namespace orbis::cli
