// Placeholder until the render command lands; replaced by its owner.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.hpp"

namespace merrow::cli {

Command add_render_command(CLI::App& parent) {
  Command command;
  command.app = parent.add_subcommand("render", "(not available yet)");
  command.run = [] {
    std::cerr << "merrow: 'render' is not available in this build\n";
    return 2;
  };
  return command;
}

}  // namespace merrow::cli
