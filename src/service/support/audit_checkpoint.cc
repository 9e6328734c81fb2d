#include "service/support/audit_checkpoint.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "common/crypto.h"
#include "credentials/jcs.h"
#include "credentials/multibase.h"
#include "service/support/transaction.h"

namespace orbis::service {
namespace {

namespace vc = credentials;
using nlohmann::json;

constexpr std::string_view kIdentitySetting = "database.id";
constexpr std::string_view kCheckpointType = "OrbisAuditCheckpoint";
constexpr int kCheckpointVersion = 1;
// Put before the statement's canonical form when signing, so that a checkpoint's signature
// can never be mistaken for one over a credential made with the same key.
constexpr std::string_view kSigningContext = "orbis-audit-checkpoint-v1\n";

// What is signed: every member but the signature, in JCS form, after the context.
Result<std::string> signing_input(json statement) {
  statement.erase("signature");
  auto canonical = vc::canonicalize(statement);
  if (!canonical) return fail(canonical.error());
  return std::string(kSigningContext) + *canonical;
}

Error malformed(std::string_view why) {
  return Error::invalid(fmt::format("this is not a valid Orbis audit checkpoint: {}", why));
}

bool is_hex_hash(const std::string& text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

Result<std::string> database_identity(store::Transaction& tx, bool make) {
  auto existing = tx.settings().get(kIdentitySetting);
  if (!existing) return fail(existing.error());
  if (*existing || !make) return existing->value_or("");
  std::string identity = crypto::to_hex(crypto::random_bytes(16));
  if (auto ok = tx.settings().set(kIdentitySetting, identity); !ok) return fail(ok.error());
  return identity;
}

Result<std::pair<AuditCheckpoint, std::string>> make_audit_checkpoint(
    store::Store& store, const Clock& clock, const vc::KeyEncryptionKey& kek) {
  // One transaction: the identity (made on first use) and the head it vouches for are read
  // together, committed once the checkpoint is signed.
  using Made = std::pair<AuditCheckpoint, std::string>;
  return run(store, store::Access::write, [&](store::Transaction& tx) -> Result<Made> {
    auto identity = database_identity(tx, true);
    if (!identity) return fail(identity.error());
    std::vector<domain::AuditEntry> entries;
    auto report = verify_audit_log(tx, entries);
    if (!report) return fail(report.error());
    if (!report->problems.empty()) {
      const auto& first = report->problems.front();
      return fail(Error::conflict(fmt::format(
          "the audit log fails verification ({} problems; entry {}: {}); a checkpoint would vouch "
          "for it",
          report->problems.size(), first.seq, first.what)));
    }
    auto keys = tx.credentials().keys();
    if (!keys) return fail(keys.error());
    if (keys->empty()) {
      return fail(Error::unavailable(
          "the institution has no issuer key yet to sign with; orbis serve makes one when it "
          "starts with a key-encryption key"));
    }
    auto key = vc::open_key_file(keys->back().sealed_key, kek);
    if (!key) {
      return fail(Error::unauthenticated(
          "the key-encryption key does not open the institution's issuer key"));
    }

    AuditCheckpoint checkpoint;
    checkpoint.database = *identity;
    checkpoint.head.seq = entries.empty() ? 0 : entries.back().seq;
    checkpoint.head.hash = entries.empty() ? domain::genesis_hash() : entries.back().hash;
    checkpoint.head.at = format_iso8601(clock.now());
    checkpoint.signer = key->key.public_key();
    checkpoint.verification_method = vc::did_key_verification_method(checkpoint.signer);
    json statement = {{"type", kCheckpointType},
                      {"version", kCheckpointVersion},
                      {"database", checkpoint.database},
                      {"sequence", checkpoint.head.seq},
                      {"hash", checkpoint.head.hash},
                      {"created", checkpoint.head.at},
                      {"verificationMethod", checkpoint.verification_method}};
    auto input = signing_input(statement);
    if (!input) return fail(input.error());
    statement["signature"] = vc::multibase_base58btc(key->key.sign(*input));
    return std::pair{std::move(checkpoint), statement.dump(2) + "\n"};
  });
}

Result<AuditCheckpoint> read_audit_checkpoint(std::string_view text) {
  auto parsed = vc::parse_strict(text);
  if (!parsed) return fail(malformed(parsed.error().message));
  const json& statement = *parsed;
  if (!statement.is_object()) return fail(malformed("it is not a JSON object"));
  const auto text_member = [&](const char* name) -> std::optional<std::string> {
    const auto it = statement.find(name);
    if (it == statement.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
  };
  if (text_member("type") != kCheckpointType)
    return fail(malformed("its type is not " + std::string(kCheckpointType)));
  const auto version = statement.find("version");
  if (version == statement.end() || !version->is_number_integer() ||
      version->get<int>() != kCheckpointVersion) {
    return fail(malformed(fmt::format("this Orbis reads version {} only", kCheckpointVersion)));
  }
  AuditCheckpoint checkpoint;
  checkpoint.database = text_member("database").value_or("");
  checkpoint.head.hash = text_member("hash").value_or("");
  checkpoint.head.at = text_member("created").value_or("");
  checkpoint.verification_method = text_member("verificationMethod").value_or("");
  const auto sequence = statement.find("sequence");
  if (checkpoint.database.empty()) return fail(malformed("it names no database"));
  if (sequence == statement.end() || !sequence->is_number_integer() ||
      sequence->get<std::int64_t>() < 0) {
    return fail(malformed("its sequence is not a whole number"));
  }
  checkpoint.head.seq = sequence->get<std::int64_t>();
  if (!is_hex_hash(checkpoint.head.hash)) return fail(malformed("its hash is not a SHA-256"));
  if (!parse_iso8601(checkpoint.head.at)) return fail(malformed("its time is not ISO 8601"));

  // did:key:MULTIKEY#MULTIKEY names the key in itself.
  constexpr std::string_view kDidKey = "did:key:";
  const std::string& method = checkpoint.verification_method;
  const auto hash_mark = method.find('#');
  if (!method.starts_with(kDidKey) || hash_mark == std::string::npos ||
      method.substr(kDidKey.size(), hash_mark - kDidKey.size()) != method.substr(hash_mark + 1)) {
    return fail(malformed("its verificationMethod is not a did:key"));
  }
  auto signer = vc::parse_multikey(method.substr(hash_mark + 1));
  if (!signer) return fail(malformed(signer.error().message));
  checkpoint.signer = *signer;

  const auto signature_text = text_member("signature");
  if (!signature_text) return fail(malformed("it is not signed"));
  auto signature = vc::multibase_decode(*signature_text);
  auto input = signing_input(statement);
  if (!input) return fail(malformed(input.error().message));
  if (!signature || !vc::verify_signature(checkpoint.signer, *input, *signature)) {
    return fail(Error::invalid(
        "the audit checkpoint's signature does not hold: the file was altered or not made by "
        "Orbis"));
  }
  return checkpoint;
}

Result<AuditReport> verify_audit_log(store::Store& store, const AuditCheckpoint& checkpoint,
                                     const std::optional<vc::PublicKey>& trusted) {
  return run(store, store::Access::read, [&](store::Transaction& tx) -> Result<AuditReport> {
    auto identity = database_identity(tx, false);
    if (!identity) return fail(identity.error());
    std::vector<domain::AuditEntry> entries;
    auto report = verify_audit_log(tx, entries);
    if (!report) return fail(report.error());

    if (trusted) {
      if (*trusted != checkpoint.signer) {
        report->problems.push_back(
            {0, fmt::format("the checkpoint was signed by {}, not by the key given",
                            vc::to_multikey(checkpoint.signer))});
      }
    } else {
      auto keys = tx.credentials().keys();
      if (!keys) return fail(keys.error());
      const auto signer = vc::to_multikey(checkpoint.signer);
      if (std::none_of(keys->begin(), keys->end(),
                       [&](const auto& k) { return k.public_multikey == signer; })) {
        report->problems.push_back(
            {0, fmt::format("the checkpoint was signed by {}, which is not one of the "
                            "institution's issuer keys",
                            signer)});
      }
    }
    if (*identity != checkpoint.database) {
      report->problems.push_back(
          {0, identity->empty()
                  ? fmt::format("the checkpoint is of database {}; this database has no identity "
                                "(it was never checkpointed, or is older than its checkpoints)",
                                checkpoint.database)
                  : fmt::format("the checkpoint is of database {}, not of this one ({})",
                                checkpoint.database, *identity)});
    }
    for (auto& problem : domain::check_against(entries, checkpoint.head))
      report->problems.push_back(std::move(problem));
    return report;
  });
}

}  // namespace orbis::service
