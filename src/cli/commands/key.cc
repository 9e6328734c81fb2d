// orbis key kek|generate: issuer keys for verifiable credentials, on files.
#include <fmt/format.h>

#include <filesystem>
#include <ostream>

#include "cli/commands/commands.h"
#include "common/crypto.h"
#include "credentials/did.h"
#include "credentials/keys.h"

namespace orbis::cli {

void add_key(CLI::App& app, Context& ctx) {
  namespace vc = credentials;
  auto* key = app.add_subcommand("key", "Issuer keys for verifiable credentials");
  key->require_subcommand(1);
  auto* kek = key->add_subcommand("kek", "Print a new random key-encryption key (for ORBIS_KEK)");
  on_run(*kek, ctx, [&ctx] { ctx.out << crypto::base64url(crypto::random_bytes(32)) << "\n"; });

  struct GenerateArgs {
    std::string out_path, did;
  };
  auto args = std::make_shared<GenerateArgs>();
  auto* generate = key->add_subcommand(
      "generate", "Make an Ed25519 issuer key, encrypted with ORBIS_KEK; print its DID");
  generate->add_option("--out", args->out_path, "the key file to write")->required();
  generate->add_option("--did", args->did,
                       "a did:web DID to issue as (default: the key's own did:key)");
  on_run(*generate, ctx, [&ctx, args] {
    const auto& [out_path, did] = *args;
    const auto encryption = kek_from_environment(ctx.config);
    if (std::filesystem::exists(out_path))
      throw Failure{fmt::format("{} exists; choose another file", out_path)};
    const auto pair = vc::KeyPair::generate();
    const vc::IssuerKey issuer = [&] {
      if (did.empty()) return vc::did_key_issuer(pair);
      auto web = vc::did_web_issuer(pair, did);
      if (!web) throw failure(web.error());
      return std::move(*web);
    }();
    auto sealed = vc::seal_key_file(issuer, encryption, SystemClock().now());
    if (!sealed) throw failure(sealed.error());
    write_file_atomically(out_path, *sealed);
    std::filesystem::permissions(
        out_path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    ctx.out << issuer.issuer << "\n";
  });
}

}  // namespace orbis::cli
