// `merrow fmt PATH... [--check] [--diff]`: the canonical layout of the Mermaid
// diagrams in .mmd/.mermaid files and Markdown blocks (format/format.hpp).
// Files are rewritten in place atomically; `-` reads stdin and writes the
// result to stdout. --check lists the files that would change, --diff shows
// the changes; neither writes. Exit 0 nothing to do, 1 a file would change
// (--check, --diff) or a diagram has a syntax error (left as it is), 2 I/O or
// usage error.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/limit_flags.hpp"
#include "cli/lint_files.hpp"
#include "format/format.hpp"
#include "io/atomic_file.hpp"
#include "lint/apply_fixes.hpp"
#include "lint/lint_file.hpp"

namespace merrow::cli {
namespace {

struct FmtArguments {
  std::vector<std::string> paths;
  Limits limits;
  bool check = false;
  bool diff = false;
};

bool read_input(const std::string& path, std::string& content) {
  if (path == "-") {
    content.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return true;
  }
  std::error_code code;
  if (std::filesystem::is_directory(path, code)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  content = std::move(buffer).str();
  return true;
}

bool is_markdown(const std::string& path, const std::string& content) {
  if (path != "-") return lint::kind_of_path(path) == lint::FileKind::markdown;
  return content.find("```mermaid") != std::string::npos || content.find("~~~mermaid") != std::string::npos ||
         content.find("::: mermaid") != std::string::npos;
}

int run_fmt(const FmtArguments& args) {
  bool io_failed = false, would_change = false, problems = false;
  format::Options options;
  options.limits = args.limits;
  for (const std::string& path : expand_paths(args.paths)) {
    std::string content;
    if (!read_input(path, content)) {
      std::cerr << "merrow: " << path << ": cannot read it\n";
      io_failed = true;
      continue;
    }
    const std::string shown = path == "-" ? "stdin" : path;
    const format::Outcome outcome = format::format_text(shown, content, is_markdown(path, content), options);
    for (const auto& problem : outcome.problems) {
      std::cerr << shown << ':' << problem.position.line << ':' << problem.position.column << ": error "
                << problem.code << ": " << problem.message << " (diagram left as it is)\n";
      problems = true;
    }
    const bool changed = outcome.text != content;
    would_change = would_change || changed;
    if (args.check) {
      if (changed) std::cout << "would reformat " << shown << '\n';
    } else if (args.diff) {
      if (changed) std::cout << lint::unified_diff(shown, content, outcome.text);
    } else if (path == "-") {
      std::cout << outcome.text;
    } else if (changed) {
      if (const std::string error = io::write_file_atomically(path, outcome.text); !error.empty()) {
        std::cerr << "merrow: " << error << '\n';
        io_failed = true;
      }
    }
  }
  if (io_failed) return 2;
  return problems || ((args.check || args.diff) && would_change) ? 1 : 0;
}

}  // namespace

Command add_fmt_command(CLI::App& parent) {
  auto args = std::make_shared<FmtArguments>();
  Command command;
  CLI::App* app = parent.add_subcommand("fmt", "Format Mermaid diagrams (.mmd, .mermaid, Markdown blocks) in place");
  app->add_option("paths", args->paths, "Files, directories (searched recursively) or - for stdin")->required();
  app->add_flag("--check", args->check, "Write nothing; list the files that would change (exit 1 if any)");
  app->add_flag("--diff", args->diff, "Write nothing; print the changes as a unified diff (exit 1 if any)");
  add_limit_flags(*app, args->limits);
  command.app = app;
  command.run = [args] { return run_fmt(*args); };
  return command;
}

}  // namespace merrow::cli
