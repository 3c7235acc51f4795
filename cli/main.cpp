#include <CLI/CLI.hpp>
#include <cstring>
#include <iostream>
#include <vector>

#include "cli/commands.hpp"

namespace {

struct Registration {
  const char* name;
  merrow::cli::Command (*add)(CLI::App&);
};

// In the order `merrow --help` lists them.
constexpr Registration kCommands[] = {
    {"lint", merrow::cli::add_lint_command},     {"rules", merrow::cli::add_rules_command},
    {"layout", merrow::cli::add_layout_command}, {"render", merrow::cli::add_render_command},
    {"mmdc", merrow::cli::add_mmdc_command},     {"fmt", merrow::cli::add_fmt_command},
    {"lsp", merrow::cli::add_lsp_command},
};

bool named(const Registration& command, int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::strcmp(argv[i], command.name) == 0) return true;
  return false;
}

}  // namespace

bool merrow::cli::is_command_name(std::string_view word) {
  for (const Registration& command : kCommands)
    if (word == command.name) return true;
  return false;
}

int main(int argc, char** argv) {
  if (auto status = merrow::cli::run_plain_render(argc, argv)) return *status;
  CLI::App app{"merrow: render and lint Mermaid flowcharts and mindmaps, natively", "merrow"};
  app.set_version_flag("--version", std::string("merrow ") + MERROW_VERSION);
  app.require_subcommand(1);

  // Registering a subcommand builds all of its options (CLI11: ~20 k
  // instructions an option, a third of a one-diagram run for all seven), so
  // only the commands whose name is on the command line are registered. Any
  // argument that could select a command is one of those names, so parsing
  // goes exactly as with all registered; with none named (--help, a typo,
  // no arguments) every command is registered for the listing and the errors.
  bool any = false;
  for (const Registration& command : kCommands) any = any || named(command, argc, argv);
  std::vector<merrow::cli::Command> commands;
  for (const Registration& command : kCommands)
    if (!any || named(command, argc, argv)) commands.push_back(command.add(app));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;  // usage errors are exit 2, as documented
  }
  for (auto& command : commands) {
    if (command.app->parsed()) return command.run();
  }
  return 2;
}
