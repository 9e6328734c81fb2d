// orbis credential sign: signs verifiable credentials with an issuer key file, offline.
#include "credentials/credential.h"

#include <fmt/format.h>

#include <ostream>

#include "cli/commands/commands.h"
#include "credentials/jcs.h"

namespace orbis::cli {
namespace {

namespace vc = credentials;

struct SignArgs {
  std::string key_path, in_path;
};

}  // namespace

void add_credential(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<SignArgs>();
  auto* credential = app.add_subcommand("credential", "Verifiable credentials");
  credential->require_subcommand(1);
  auto* sign = credential->add_subcommand("sign",
                                          "Sign a VC 2.0 document, or a JSON array of them, with "
                                          "an eddsa-jcs-2022 proof; print the result");
  sign->add_option("--key", args->key_path, "the issuer key file (decrypted with ORBIS_KEK)")
      ->required();
  sign->add_option("--in", args->in_path, "the credential(s), JSON")->required();
  on_run(*sign, ctx, [&ctx, args] {
    auto issuer = vc::open_key_file(read_file(args->key_path), kek_from_environment(ctx.config));
    if (!issuer) throw failure(issuer.error());
    auto doc = vc::parse_strict(read_file(args->in_path));
    if (!doc) throw failure(doc.error());
    const bool many = doc->is_array();
    nlohmann::json input = many ? *doc : nlohmann::json::array({*doc});
    nlohmann::json signed_out = nlohmann::json::array();
    const auto now = SystemClock().now();
    for (std::size_t i = 0; i < input.size(); ++i) {
      auto issued = vc::issue_credential(input[i], *issuer, now);
      if (!issued) {
        auto f = failure(issued.error());
        if (many) f.message = fmt::format("credential {}: {}", i, f.message);
        throw f;
      }
      signed_out.push_back(std::move(*issued));
    }
    ctx.out << (many ? signed_out : signed_out[0]).dump(2) << "\n";
  });
}

}  // namespace orbis::cli
