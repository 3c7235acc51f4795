// Placeholder until the rules command lands; replaced by its owner.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"

namespace merrow::cli {

Command add_rules_command(CLI::App& parent) {
  Command command;
  command.app = parent.add_subcommand("rules", "(not available yet)");
  command.run = [] {
    std::cerr << "merrow: 'rules' is not available in this build\n";
    return 2;
  };
  return command;
}

}  // namespace merrow::cli
