// orbis demo: a new database with the demo data, or the demo inside a large university.
#include "seed/demo.h"

#include <fmt/format.h>

#include <chrono>
#include <filesystem>
#include <ostream>

#include "cli/commands/commands.h"
#include "common/crypto.h"
#include "seed/large.h"
#include "service/credentials/credentials.h"

namespace orbis::cli {
namespace {

struct DemoArgs {
  std::string scale = "demo";
  seed::ScaleOptions scale_options;
};

void print_accounts(std::ostream& out, const std::vector<seed::DemoAccount>& accounts) {
  out << fmt::format("demo accounts (password {}):\n", seed::kDemoPassword);
  for (const auto& a : accounts)
    out << fmt::format("  {:<32} {:<12} {}\n", a.email, a.role, a.scope);
}

}  // namespace

void add_demo(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<DemoArgs>();
  auto* demo = app.add_subcommand("demo", "Create a new database with the demo data");
  add_setting(*demo, "--db", ctx.flags.database,
              "the new database: a file, or an empty PostgreSQL database (postgresql://...)");
  add_setting(*demo, "--kek-file", ctx.flags.kek_file,
              "where the demo's key-encryption key is written (default: beside a database file; "
              "required with PostgreSQL unless ORBIS_KEK is set)");
  add_setting(*demo, "--data", ctx.flags.data_dir,
              "folder with ror_subset.csv and world_universities.json");
  add_setting(*demo, "--public-url", ctx.flags.public_url,
              "the address the demo will be served at, which its credentials name (did:web, "
              "verification links, QR codes); default http://localhost:8080");
  demo->add_option("--scale", args->scale,
                   "demo: the demo; large: the demo inside a large university (200,000 people, "
                   "500,000 applications; a few minutes and about a gigabyte)")
      ->check(CLI::IsMember({"demo", "large"}));
  demo->add_option("--people", args->scale_options.people,
                   "with --scale large: people beyond the demo's; the rest follows in proportion")
      ->check(CLI::Range(std::size_t{1'000}, std::size_t{10'000'000}));
  demo->add_option("--seed", args->scale_options.seed, "with --scale large: the random seed");
  on_run(*demo, ctx, [&ctx, args] {
    const auto& db = ctx.database();
    const auto& data_dir = ctx.config.data_dir;
    const std::string public_url =
        ctx.config.public_url.empty() ? std::string(seed::kDemoPublicUrl) : ctx.config.public_url;
    // Before any file is made.
    if (auto did = service::Credentials::did_for(public_url); !did) {
      throw Failure{fmt::format("--public-url {}: {}", public_url, did.error().message)};
    }
    auto store = open_store(db, false);
    SystemClock clock;
    // The demo's key-encryption key lives beside its database file, where `orbis serve`
    // finds it, or in --kek-file; with ORBIS_KEK set, the demo uses that key. A real
    // deployment keeps it apart from the database (docs/deployment.md).
    std::string kek_text = ctx.config.kek;
    std::string kek_place = "ORBIS_KEK";
    if (kek_text.empty() || !ctx.config.kek_file.empty()) {
      kek_place = ctx.config.kek_file;
      if (kek_place.empty() && store::names_postgres(db)) {
        throw Failure{
            "a demo in PostgreSQL needs a place for its key-encryption key: pass --kek-file FILE "
            "(a new file) or set ORBIS_KEK"};
      }
      if (kek_place.empty()) kek_place = db + ".kek";
      require_folder_of(kek_place);
      kek_text = crypto::base64url(crypto::random_bytes(32));
      write_file_atomically(kek_place, kek_text + "\n");
      std::filesystem::permissions(
          kek_place, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
    }
    auto kek = credentials::KeyEncryptionKey::from_base64(kek_text);
    if (!kek) throw failure(kek.error());
    if (args->scale == "large") {
      const auto& scale_options = args->scale_options;
      const auto started = std::chrono::steady_clock::now();
      auto large =
          seed::create_large(*store, clock, data_dir, scale_options, std::move(*kek), public_url);
      if (!large) throw failure(large.error());
      const auto took = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
      ctx.out << fmt::format(
          "the demo inside a large university (seed {}), built in {:.0f} s:\n"
          "{} more schools, {} agreements with {} partners, {} people, {} programmes, {} calls "
          "with {} applications, {} stays ({} nominated by partners), {} learning agreements, "
          "{} scholar cases, {} joint research projects, {} publications, {} joint courses, {} "
          "joint programmes\n",
          scale_options.seed, took.count(), large->org_units, large->agreements, large->partners,
          large->people, large->programmes, large->calls, large->applications, large->mobilities,
          large->nominations, large->learning_agreements, large->scholar_cases,
          large->research_projects, large->publications, large->joint_courses,
          large->joint_programmes);
      print_accounts(ctx.out, large->demo.accounts);
      return;
    }
    auto report = seed::create_demo(*store, clock, data_dir, std::move(*kek), public_url);
    if (!report) throw failure(report.error());
    print_import_report(ctx.out, report->registry);
    ctx.out << fmt::format("home institution: {}\n", report->home);
    ctx.out << fmt::format(
        "{} credentials issued (one revoked) under {}; their key-encryption key is in {}\n",
        report->credentials, public_url, kek_place);
    ctx.out << fmt::format("{} agreements with partners in the registry\n", report->agreements);
    ctx.out << fmt::format("{} students and staff, at Westlake and at partners\n", report->people);
    ctx.out << fmt::format(
        "{} programmes, {} calls for applications with {} applications, {} stays in both "
        "directions\n",
        report->programmes, report->calls, report->applications, report->mobilities);
    ctx.out << fmt::format(
        "{} indicator figures (students enrolled, staff, …) entered for the indicators\n",
        report->figures);
    ctx.out << fmt::format(
        "{} scholar cases: faculty recruited, visiting scholars in and out, faculty exchange\n",
        report->scholars);
    ctx.out << fmt::format(
        "{} joint research projects, with partners abroad and with Bright Dream Robotics\n",
        report->research_projects);
    ctx.out << fmt::format(
        "{} publications of the last six years, from an OpenAlex extract, with partners abroad "
        "and at home\n",
        report->publications);
    ctx.out << fmt::format(
        "{} courses taught with partners (COIL, co-taught, blended) and {} joint programme\n",
        report->joint_courses, report->joint_programmes);
    print_accounts(ctx.out, report->accounts);
  });
}

}  // namespace orbis::cli
