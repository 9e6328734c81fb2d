// orbis user add|list|disable|enable|reset-password: user accounts, from the server's
// machine (the way back in for a locked-out admin).
#include <fmt/format.h>
#include <termios.h>
#include <unistd.h>

#include <iostream>

#include "cli/commands/commands.h"
#include "common/text.h"
#include "service/identity/users.h"

namespace orbis::cli {
namespace {

// The options of a user command.
struct UserArgs {
  std::string email, role, name, scope_unit, scope_institution;
  bool remove_second_factor = false;
};

// Reads one line: the password. Echo is turned off when standard input is a terminal.
std::string read_password(std::istream& in, std::ostream& err) {
  const bool terminal = &in == &std::cin && isatty(STDIN_FILENO);
  termios saved{};
  if (terminal) {
    err << "Password: " << std::flush;
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  std::getline(in, line);
  if (terminal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << "\n";
  }
  while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
  return line;
}

// The password policy with the shipped list of common passwords in `data_dir`.
domain::PasswordPolicy password_policy(const std::string& data_dir) {
  auto policy = service::load_password_policy(data_dir);
  if (!policy) throw failure(policy.error());
  return std::move(*policy);
}

domain::User user_by_email(store::Store& store, const std::string& email) {
  auto tx = store.begin(store::Access::read);
  if (!tx) throw failure(tx.error());
  auto user = (*tx)->users().find_by_email(text::to_lower_ascii(text::trim(email)));
  if (!user) throw failure(user.error());
  if (!*user) throw Failure{fmt::format("no user with the email '{}'", email)};
  return **user;
}

// The database the command names, opened and at this build's schema.
std::unique_ptr<store::Store> open_user_store(const Context& ctx) {
  const auto& db = ctx.database();
  auto store = open_store(db, true);
  require_schema(*store, db);
  return store;
}

void add_user_add(CLI::App& user, Context& ctx) {
  auto args = std::make_shared<UserArgs>();
  auto* add = user.add_subcommand("add", "Add a user; the password is read from standard input");
  add_setting(*add, "--db", ctx.flags.database, "the database");
  add->add_option("--email", args->email, "the user's email")->required();
  add->add_option("--role", args->role, "admin, officer, coordinator, student, partner or viewer")
      ->required();
  add->add_option("--name", args->name, "the user's name");
  add->add_option("--org-unit", args->scope_unit, "coordinator's org unit id");
  add->add_option("--institution", args->scope_institution,
                  "partner's institution: an id or a ROR id");
  add_setting(*add, "--data", ctx.flags.data_dir,
              "folder of the shipped data (the common passwords)");
  on_run(*add, ctx, [&ctx, args] {
    ctx.database();  // a Failure when none is given, before the role is checked
    domain::User u;
    u.email = args->email;
    u.name = args->name;
    const auto parsed = domain::parse_role(args->role);
    if (!parsed)
      throw Failure{fmt::format(
          "'{}' is not a role; use admin, officer, coordinator, student, partner or viewer",
          args->role)};
    u.role = *parsed;
    auto store = open_user_store(ctx);
    if (!args->scope_unit.empty()) {
      if (args->scope_unit.find_first_not_of("0123456789") != std::string::npos)
        throw Failure{"--org-unit takes a numeric id"};
      u.org_unit = OrgUnitId{std::stoll(args->scope_unit)};
    }
    const auto& institution = args->scope_institution;
    if (!institution.empty()) {
      if (institution.find_first_not_of("0123456789") == std::string::npos) {
        u.institution = InstitutionId{std::stoll(institution)};
      } else {
        auto tx = store->begin(store::Access::read);
        if (!tx) throw failure(tx.error());
        const auto ror = domain::normalize_ror_id(institution);
        auto found = ror ? (*tx)->institutions().find_by_ror(*ror)
                         : Result<std::optional<InstitutionId>>(std::nullopt);
        if (!found) throw failure(found.error());
        if (!*found)
          throw Failure{fmt::format("no institution with the id or ROR id '{}'", institution)};
        u.institution = **found;
      }
    }
    const auto password = read_password(ctx.in, ctx.err);
    SystemClock clock;
    const auto policy = password_policy(ctx.config.data_dir);
    service::Users users(*store, clock, policy);
    auto added = users.add(domain::Actor::command_line(), u, password);
    if (!added) throw failure(added.error());
    ctx.out << fmt::format("added {} ({}), user id {}\n", added->email,
                           domain::to_string(added->role), added->id.value);
  });
}

void add_user_list(CLI::App& user, Context& ctx) {
  auto* list = user.add_subcommand("list", "List the users with their role and state");
  add_setting(*list, "--db", ctx.flags.database, "the database");
  on_run(*list, ctx, [&ctx] {
    auto store = open_user_store(ctx);
    SystemClock clock;
    service::Users users(*store, clock);
    // Every user, a page at a time.
    service::PageRequest page;
    do {
      auto listed = users.list(domain::Actor::command_line(), page);
      if (!listed) throw failure(listed.error());
      for (const auto& u : listed->items) {
        ctx.out << fmt::format("{:<36} {:<12} {:<8}{}\n", u.email, domain::to_string(u.role),
                               u.active ? "active" : "disabled",
                               u.totp_enabled ? " second factor" : "");
      }
      page.cursor = listed->next.value_or("");
    } while (!page.cursor.empty());
  });
}

void add_user_enable_disable(CLI::App& user, Context& ctx) {
  auto args = std::make_shared<UserArgs>();
  for (const bool enabling : {false, true}) {
    auto* command = user.add_subcommand(
        enabling ? "enable" : "disable",
        enabling ? "Enable a disabled user"
                 : "Disable a user: every session and calendar feed token ends at once");
    add_setting(*command, "--db", ctx.flags.database, "the database");
    command->add_option("--email", args->email, "the user's email")->required();
    on_run(*command, ctx, [&ctx, args, enabling] {
      auto store = open_user_store(ctx);
      const auto found = user_by_email(*store, args->email);
      SystemClock clock;
      service::Users users(*store, clock);
      service::UserChange change;
      change.active = enabling;
      auto changed = users.update(domain::Actor::command_line(), found.id, found.version, change);
      if (!changed) throw failure(changed.error());
      ctx.out << fmt::format("{} is {}\n", changed->email,
                             changed->active ? "enabled" : "disabled; its sessions have ended");
    });
  }
}

void add_user_reset_password(CLI::App& user, Context& ctx) {
  auto args = std::make_shared<UserArgs>();
  auto* reset = user.add_subcommand(
      "reset-password",
      "Set a user's password (read from standard input) and end their sessions: the way "
      "back in for a locked-out admin");
  add_setting(*reset, "--db", ctx.flags.database, "the database");
  reset->add_option("--email", args->email, "the user's email")->required();
  reset->add_flag("--remove-totp", args->remove_second_factor,
                  "also remove the user's second factor (a lost phone)");
  add_setting(*reset, "--data", ctx.flags.data_dir,
              "folder of the shipped data (the common passwords)");
  on_run(*reset, ctx, [&ctx, args] {
    auto store = open_user_store(ctx);
    const auto found = user_by_email(*store, args->email);
    const auto password = read_password(ctx.in, ctx.err);
    SystemClock clock;
    const auto policy = password_policy(ctx.config.data_dir);
    service::Users users(*store, clock, policy);
    auto changed = users.set_password(domain::Actor::command_line(), found.email, password);
    if (!changed) throw failure(changed.error());
    if (args->remove_second_factor && changed->totp_enabled) {
      auto removed = users.remove_second_factor(domain::Actor::command_line(), found.id);
      if (!removed) throw failure(removed.error());
    }
    ctx.out << fmt::format("the password of {} is set; its sessions have ended{}\n", changed->email,
                           args->remove_second_factor ? ", and it has no second factor" : "");
  });
}

}  // namespace

void add_user(CLI::App& app, Context& ctx) {
  auto* user = app.add_subcommand("user", "Manage user accounts");
  user->require_subcommand(1);
  add_user_add(*user, ctx);
  add_user_list(*user, ctx);
  add_user_enable_disable(*user, ctx);
  add_user_reset_password(*user, ctx);
}

}  // namespace orbis::cli
