// orbis audit verify|checkpoint: the audit log's hash chain, and signed statements of its
// head kept away from the database (docs/operations.md).
#include <fmt/format.h>

#include <filesystem>
#include <ostream>

#include "cli/commands/commands.h"
#include "credentials/keys.h"
#include "service/support/audit_checkpoint.h"
#include "service/support/audit_log.h"

namespace orbis::cli {
namespace {

namespace fs = std::filesystem;

struct AuditArgs {
  std::string checkpoint_path, public_key, out_path;
};

// A public key given as a Multikey or as its did:key.
credentials::PublicKey parse_public_key(std::string text) {
  if (text.starts_with("did:key:")) text = text.substr(8, text.find('#') - 8);
  auto key = credentials::parse_multikey(text);
  if (!key) throw Failure{"--public-key takes an Ed25519 Multikey (z6Mk…) or its did:key"};
  return *key;
}

void add_audit_verify(CLI::App& audit, Context& ctx) {
  auto args = std::make_shared<AuditArgs>();
  auto* verify = audit.add_subcommand(
      "verify", "Check every link of the audit log's hash chain, and against a checkpoint");
  add_setting(*verify, "--db", ctx.flags.database, "the database");
  verify->add_option("--checkpoint", args->checkpoint_path,
                     "a checkpoint file (orbis audit checkpoint) the log must still hold");
  verify->add_option("--public-key", args->public_key,
                     "the key the checkpoint must be signed by (Multikey or did:key); without "
                     "it, any of the institution's issuer keys");
  on_run(*verify, ctx, [&ctx, args] {
    const auto& db = ctx.database();
    const auto& checkpoint_path = args->checkpoint_path;
    const auto& public_key = args->public_key;
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
    for (const auto& p : report->problems) ctx.out << fmt::format("entry {}: {}\n", p.seq, p.what);
    ctx.err << fmt::format("orbis: the audit log has been tampered with ({} problems)\n",
                           report->problems.size());
    ctx.status = 1;
  });
}

void add_audit_checkpoint(CLI::App& audit, Context& ctx) {
  auto args = std::make_shared<AuditArgs>();
  auto* checkpoint = audit.add_subcommand(
      "checkpoint",
      "Write a signed statement of the audit log's head, to keep away from the database");
  add_setting(*checkpoint, "--db", ctx.flags.database, "the database");
  checkpoint->add_option("--out", args->out_path, "the new checkpoint file")->required();
  add_setting(*checkpoint, "--kek-file", ctx.flags.kek_file,
              "file holding the key-encryption key of the issuer keys (else ORBIS_KEK, "
              "else DB.kek beside the database)");
  on_run(*checkpoint, ctx, [&ctx, args] {
    const auto& db = ctx.database();
    const auto& out_path = args->out_path;
    if (fs::exists(out_path)) {
      throw Failure{fmt::format(
          "{} exists; checkpoints are kept, not overwritten: choose a new file", out_path)};
    }
    require_folder_of(out_path);
    auto store = open_store(db, true);
    require_schema(*store, db);
    const auto kek = load_kek(ctx.config);
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
  });
}

}  // namespace

void add_audit(CLI::App& app, Context& ctx) {
  auto* audit = app.add_subcommand("audit", "Check the audit log");
  audit->require_subcommand(1);
  add_audit_verify(*audit, ctx);
  add_audit_checkpoint(*audit, ctx);
}

}  // namespace orbis::cli
