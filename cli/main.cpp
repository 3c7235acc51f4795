#include <CLI/CLI.hpp>
#include <iostream>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"merrow: render and lint Mermaid flowcharts and mindmaps, natively", "merrow"};
  app.set_version_flag("--version", std::string("merrow ") + MERROW_VERSION);
  app.require_subcommand(1);

  std::vector<merrow::cli::Command> commands = {
      merrow::cli::add_lint_command(app),
      merrow::cli::add_rules_command(app),
      merrow::cli::add_layout_command(app),
      merrow::cli::add_render_command(app),
      merrow::cli::add_mmdc_command(app),
      merrow::cli::add_fmt_command(app),
      merrow::cli::add_lsp_command(app),
  };

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
