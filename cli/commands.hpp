// Each `merrow` command lives in its own file and registers itself here.
#pragma once
#include <functional>

namespace CLI {
class App;
}

namespace merrow::cli {

// A registered subcommand and what to run when it was chosen. run() returns
// the process exit code: 0 clean, 1 findings/errors in the input, 2 usage or I/O error.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

Command add_lint_command(CLI::App& parent);    // cli/lint_command.cpp
Command add_rules_command(CLI::App& parent);   // cli/rules_command.cpp
Command add_layout_command(CLI::App& parent);  // cli/layout_command.cpp
Command add_render_command(CLI::App& parent);  // cli/render_command.cpp
Command add_mmdc_command(CLI::App& parent);    // cli/mmdc/mmdc_command.cpp
Command add_fmt_command(CLI::App& parent);     // cli/fmt_command.cpp
Command add_lsp_command(CLI::App& parent);     // cli/lsp/lsp_command.cpp

}  // namespace merrow::cli
