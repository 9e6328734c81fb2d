// Sub-commands for issuer keys and verifiable credentials: key kek, key generate,
// credential sign, verify. They work offline, on files.
#include <fmt/format.h>

#include <cstdlib>

#include "cli/support.h"
#include "common/crypto.h"
#include "credentials/credential.h"
#include "credentials/did.h"
#include "credentials/jcs.h"
#include "credentials/key_file.h"
#include "credentials/keys.h"

namespace orbis::cli {
namespace {

namespace vc = credentials;

// The key-encryption key comes from the environment, never from an argument (which the
// process list would show).
vc::KeyEncryptionKey kek_from_environment() {
  const char* kek = std::getenv("ORBIS_KEK");
  if (!kek || !*kek) {
    throw Failure{
        "set ORBIS_KEK to the key-encryption key (base64 of 32 bytes; 'orbis key kek' makes one)"};
  }
  auto parsed = vc::KeyEncryptionKey::from_base64(kek);
  if (!parsed) throw failure(parsed.error());
  return std::move(*parsed);
}

vc::IssuerKey open_key(const std::string& path) {
  auto key = vc::open_key_file(read_file(path), kek_from_environment());
  if (!key) throw failure(key.error());
  return std::move(*key);
}

}  // namespace

void add_credential_commands(CLI::App& app, Context& ctx, CredentialArgs& args) {
  auto& [out_path, did, key_path, in_path, verify_path, did_documents, status_lists, no_status] =
      args;

  auto* key = app.add_subcommand("key", "Issuer keys for verifiable credentials");
  key->require_subcommand(1);
  auto* kek = key->add_subcommand("kek", "Print a new random key-encryption key (for ORBIS_KEK)");
  kek->callback([&] {
    ctx.action = [&] { ctx.out << crypto::base64url(crypto::random_bytes(32)) << "\n"; };
  });
  auto* generate = key->add_subcommand(
      "generate", "Make an Ed25519 issuer key, encrypted with ORBIS_KEK; print its DID");
  generate->add_option("--out", out_path, "the key file to write")->required();
  generate->add_option("--did", did, "a did:web DID to issue as (default: the key's own did:key)");
  generate->callback([&] {
    ctx.action = [&] {
      const auto encryption = kek_from_environment();
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
    };
  });

  auto* credential = app.add_subcommand("credential", "Verifiable credentials");
  credential->require_subcommand(1);
  auto* sign = credential->add_subcommand("sign",
                                          "Sign a VC 2.0 document, or a JSON array of them, with "
                                          "an eddsa-jcs-2022 proof; print the result");
  sign->add_option("--key", key_path, "the issuer key file (decrypted with ORBIS_KEK)")->required();
  sign->add_option("--in", in_path, "the credential(s), JSON")->required();
  sign->callback([&] {
    ctx.action = [&] {
      const auto issuer = open_key(key_path);
      auto doc = vc::parse_strict(read_file(in_path));
      if (!doc) throw failure(doc.error());
      const bool many = doc->is_array();
      nlohmann::json input = many ? *doc : nlohmann::json::array({*doc});
      nlohmann::json signed_out = nlohmann::json::array();
      const auto now = SystemClock().now();
      for (std::size_t i = 0; i < input.size(); ++i) {
        auto issued = vc::issue_credential(input[i], issuer, now);
        if (!issued) {
          auto f = failure(issued.error());
          if (many) f.message = fmt::format("credential {}: {}", i, f.message);
          throw f;
        }
        signed_out.push_back(std::move(*issued));
      }
      ctx.out << (many ? signed_out : signed_out[0]).dump(2) << "\n";
    };
  });

  auto* verify = app.add_subcommand("verify",
                                    "Verify a credential or a JSON array of them, offline (exit 0 "
                                    "valid, 1 invalid, 3 revoked or suspended, 2 bad input)");
  verify->add_option("file", verify_path, "the credential(s), JSON")->required();
  verify->add_option("--did-document", did_documents, "a did:web issuer's DID document, JSON");
  verify->add_option("--status-list", status_lists,
                     "URL=FILE: the status list credential served at URL");
  verify->add_flag("--no-status", no_status,
                   "do not fail credentials whose status list is not given");
  verify->callback([&] {
    ctx.action = [&] {
      const auto bad_input = [](std::string message) { return Failure{std::move(message), 2}; };
      vc::VerifyOptions options;
      options.now = SystemClock().now();
      options.require_status = !no_status;
      for (const auto& path : did_documents) {
        auto d = vc::parse_strict(read_file(path));
        if (!d) throw bad_input(fmt::format("{}: {}", path, d.error().message));
        options.did_documents.push_back(std::move(*d));
      }
      for (const auto& pair : status_lists) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos)
          throw bad_input(fmt::format("--status-list takes URL=FILE, not '{}'", pair));
        auto list = vc::parse_strict(read_file(pair.substr(eq + 1)));
        if (!list)
          throw bad_input(fmt::format("{}: {}", pair.substr(eq + 1), list.error().message));
        if (list->value("id", "") != pair.substr(0, eq)) {
          throw bad_input(fmt::format("the status list in {} has the id '{}', not {}",
                                      pair.substr(eq + 1), list->value("id", ""),
                                      pair.substr(0, eq)));
        }
        options.status_lists.push_back(std::move(*list));
      }
      std::string text;
      try {
        text = read_file(verify_path);
      } catch (const Failure& f) {
        throw bad_input(f.message);
      }
      auto doc = vc::parse_strict(text);
      if (!doc) throw bad_input(fmt::format("{}: {}", verify_path, doc.error().message));
      const bool many = doc->is_array();
      if (!many && !doc->is_object())
        throw bad_input("expected a credential (a JSON object) or an array of them");
      nlohmann::json report = nlohmann::json::array();
      int worst = 0;
      const auto items = many ? *doc : nlohmann::json::array({*doc});
      for (const auto& item : items) {
        const auto result = vc::verify_credential(item, options);
        report.push_back(vc::to_json(result));
        const int code =
            result.verdict == vc::Verdict::valid ? 0
            : (result.verdict == vc::Verdict::revoked || result.verdict == vc::Verdict::suspended)
                ? 3
                : 1;
        // Invalid outranks revoked: a forged credential is the worse news.
        if (code == 1 || (code == 3 && worst == 0)) worst = code;
      }
      ctx.out << (many ? report : report[0]).dump(2) << "\n";
      ctx.status = worst;
    };
  });
}

}  // namespace orbis::cli
