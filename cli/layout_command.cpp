// Placeholder until the layout command lands; replaced by its owner.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"

namespace merrow::cli {

Command add_layout_command(CLI::App& parent) {
  Command command;
  command.app = parent.add_subcommand("layout", "(not available yet)");
  command.run = [] {
    std::cerr << "merrow: 'layout' is not available in this build\n";
    return 2;
  };
  return command;
}

}  // namespace merrow::cli
