// orbis verify: checks credentials offline (exit 0 valid, 1 invalid, 3 revoked or
// suspended, 2 bad input).
#include <fmt/format.h>

#include <ostream>
#include <vector>

#include "cli/commands/commands.h"
#include "credentials/credential.h"
#include "credentials/jcs.h"

namespace orbis::cli {
namespace {

namespace vc = credentials;

struct VerifyArgs {
  std::string path;
  std::vector<std::string> did_documents, status_lists;
  bool no_status = false;
};

}  // namespace

void add_verify(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<VerifyArgs>();
  auto* verify = app.add_subcommand("verify",
                                    "Verify a credential or a JSON array of them, offline (exit 0 "
                                    "valid, 1 invalid, 3 revoked or suspended, 2 bad input)");
  verify->add_option("file", args->path, "the credential(s), JSON")->required();
  verify->add_option("--did-document", args->did_documents,
                     "a did:web issuer's DID document, JSON");
  verify->add_option("--status-list", args->status_lists,
                     "URL=FILE: the status list credential served at URL");
  verify->add_flag("--no-status", args->no_status,
                   "do not fail credentials whose status list is not given");
  on_run(*verify, ctx, [&ctx, args] {
    const auto bad_input = [](std::string message) { return Failure{std::move(message), 2}; };
    vc::VerifyOptions options;
    options.now = SystemClock().now();
    options.require_status = !args->no_status;
    for (const auto& path : args->did_documents) {
      auto d = vc::parse_strict(read_file(path));
      if (!d) throw bad_input(fmt::format("{}: {}", path, d.error().message));
      options.did_documents.push_back(std::move(*d));
    }
    for (const auto& pair : args->status_lists) {
      const auto eq = pair.find('=');
      if (eq == std::string::npos)
        throw bad_input(fmt::format("--status-list takes URL=FILE, not '{}'", pair));
      auto list = vc::parse_strict(read_file(pair.substr(eq + 1)));
      if (!list) throw bad_input(fmt::format("{}: {}", pair.substr(eq + 1), list.error().message));
      if (list->value("id", "") != pair.substr(0, eq)) {
        throw bad_input(fmt::format("the status list in {} has the id '{}', not {}",
                                    pair.substr(eq + 1), list->value("id", ""),
                                    pair.substr(0, eq)));
      }
      options.status_lists.push_back(std::move(*list));
    }
    std::string text;
    try {
      text = read_file(args->path);
    } catch (const Failure& f) {
      throw bad_input(f.message);
    }
    auto doc = vc::parse_strict(text);
    if (!doc) throw bad_input(fmt::format("{}: {}", args->path, doc.error().message));
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
  });
}

}  // namespace orbis::cli
