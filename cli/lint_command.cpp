// Placeholder until the lint command lands; replaced by its owner.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"

namespace merrow::cli {

Command add_lint_command(CLI::App& parent) {
  Command command;
  command.app = parent.add_subcommand("lint", "(not available yet)");
  command.run = [] {
    std::cerr << "merrow: 'lint' is not available in this build\n";
    return 2;
  };
  return command;
}

}  // namespace merrow::cli
