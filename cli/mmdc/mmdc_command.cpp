// `merrow mmdc ARGS...`: the same program as merrow-mmdc; every argument
// after `mmdc` is mmdc's (so -h, -V, -i reach its parser untouched).
#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.hpp"
#include "cli/mmdc/mmdc_program.hpp"

namespace merrow::cli {

Command add_mmdc_command(CLI::App& parent) {
  CLI::App* app = parent.add_subcommand("mmdc", "mermaid-cli's command line (merrow mmdc -h; also merrow-mmdc)");
  app->prefix_command();
  app->set_help_flag();
  Command command;
  command.app = app;
  command.run = [app] {
    std::vector<std::string> args = {"merrow mmdc"};
    for (const std::string& a : app->remaining()) args.push_back(a);
    return mmdc::run(args);
  };
  return command;
}

}  // namespace merrow::cli
