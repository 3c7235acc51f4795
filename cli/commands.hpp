// Each `merrow` command lives in its own file and registers itself here.
#pragma once
#include <functional>
#include <optional>
#include <string_view>

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

// Whether `word` is the name of a command (cli/main.cpp).
bool is_command_name(std::string_view word);

// `merrow render IN... [-o OUT]`, the form doc tools run once per diagram,
// parsed without CLI11 (setting up the render command's options costs more
// than parsing and laying out a small diagram): the exit code, or nullopt
// when the command line is anything else (then CLI11 parses it, as always;
// for this form both read the same arguments).
std::optional<int> run_plain_render(int argc, char** argv);  // cli/render_command.cpp

}  // namespace merrow::cli
