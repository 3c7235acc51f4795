// `merrow lsp [--stdio]`: the language server on stdin/stdout (cli/lsp/server.hpp).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>

#include "cli/commands.hpp"
#include "cli/lsp/server.hpp"

namespace merrow::cli {

Command add_lsp_command(CLI::App& parent) {
  auto stdio = std::make_shared<bool>(false);
  Command command;
  CLI::App* app = parent.add_subcommand("lsp", "Language server (LSP 3.17) over stdio for editors");
  app->add_flag("--stdio", *stdio, "Talk over stdin/stdout (the default and only transport)");
  command.app = app;
  command.run = [] { return lsp::Server(stdin, stdout).run(); };
  return command;
}

}  // namespace merrow::cli
