// `merrow lint PATH... [--format F] [--fix] [--unsafe-fixes] [--diff]
//                      [--select ...] [--ignore ...] [--config FILE]`
// Exit 0 clean (warnings allowed), 1 errors found, 2 usage or I/O error.
// Links only the lint code path: no fonts, no Cairo.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <thread>

#include "cli/commands.hpp"
#include "cli/limit_flags.hpp"
#include "cli/lint_files.hpp"
#include "io/atomic_file.hpp"
#include "lint/apply_fixes.hpp"
#include "lint/emit/emit.hpp"

namespace merrow::cli {
namespace {

struct LintArguments {
  std::vector<std::string> paths;
  Limits limits;
  std::string format = "text";
  bool fix = false;
  bool unsafe_fixes = false;
  bool diff = false;
  std::vector<std::string> select, extend_select, ignore;
  std::string config;
  unsigned jobs = 0;
};

bool use_color(lint::Format format) {
  const char* no_color = std::getenv("NO_COLOR");
  return format == lint::Format::text && ::isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

// --fix / --diff: rewrites (or shows) each file's fixes and drops the
// diagnostics they resolve from what is reported.
void handle_fixes(const LintArguments& args, std::vector<lint::FileReport>& reports, bool& io_failed) {
  for (auto& report : reports) {
    if (!report.io_error.empty()) continue;
    const auto outcome = lint::apply_fixes(report.content, report.diagnostics, args.unsafe_fixes);
    if (outcome.applied == 0) continue;
    if (args.diff) {
      std::cout << lint::unified_diff(report.path == "-" ? "stdin" : report.path, report.content, outcome.text);
      continue;
    }
    if (report.path == "-") {
      std::cout << outcome.text;  // stdin: the fixed text goes to stdout
    } else if (const std::string error = io::write_file_atomically(report.path, outcome.text); !error.empty()) {
      std::cerr << "merrow: " << error << '\n';
      io_failed = true;
      continue;
    }
    for (auto it = outcome.applied_indices.rbegin(); it != outcome.applied_indices.rend(); ++it) {
      report.diagnostics.erase(report.diagnostics.begin() + static_cast<std::ptrdiff_t>(*it));
    }
  }
}

int run_lint(const LintArguments& args) {
  const auto format = lint::parse_format(args.format);
  if (!format) {
    std::cerr << "merrow: unknown format '" << args.format << "' (text, concise, json, sarif, github)\n";
    return 2;
  }
  lint::LintOptions cli;
  lint::RuleSelection& selection = cli.selection;
  if (!args.select.empty()) selection.select = args.select;
  selection.extend_select = args.extend_select;
  selection.ignore = args.ignore;
  cli.limits = args.limits;
  if (const auto unknown = selection.unknown_entries(); !unknown.empty()) {
    std::cerr << "merrow: '" << unknown.front() << "' is not a merrow rule (see `merrow rules`)\n";
    return 2;
  }
  std::optional<std::filesystem::path> config;
  if (!args.config.empty()) config = args.config;
  lint::ConfigResolver configs(config);

  const auto files = expand_paths(args.paths);
  const unsigned threads = args.jobs != 0 ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  auto reports = lint_files(files, configs, cli, threads);

  bool io_failed = false;
  for (const auto& report : reports) {
    if (report.io_error.empty()) continue;
    std::cerr << "merrow: " << report.path << ": " << report.io_error << '\n';
    io_failed = true;
  }
  if (args.fix || args.diff) handle_fixes(args, reports, io_failed);
  std::erase_if(reports, [](const lint::FileReport& report) { return !report.io_error.empty(); });

  // With --diff, or --fix on stdin, stdout carries the text; diagnostics go to stderr.
  const bool stdout_taken = args.diff || (args.fix && std::find(files.begin(), files.end(), "-") != files.end());
  std::ostream& out = stdout_taken ? std::cerr : std::cout;
  lint::EmitOptions options;
  options.color = !stdout_taken && use_color(*format);
  options.tool_version = MERROW_VERSION;
  // A run that could read nothing has nothing to summarise: "All checks
  // passed (0 files)" next to exit 2 would contradict the error above.
  if (!(io_failed && reports.empty())) lint::emit(*format, reports, out, options);

  if (io_failed) return 2;
  const bool errors = std::any_of(reports.begin(), reports.end(), [](const auto& r) { return r.has_errors(); });
  return errors ? 1 : 0;
}

}  // namespace

Command add_lint_command(CLI::App& parent) {
  auto args = std::make_shared<LintArguments>();
  Command command;
  CLI::App* app = parent.add_subcommand("lint", "Check Mermaid diagrams (.mmd, .mermaid, Markdown) for errors");
  app->add_option("paths", args->paths, "Files, directories (searched recursively) or - for stdin")->required();
  app->add_option("--format", args->format, "Output format: text, concise, json, sarif, github")
      ->capture_default_str();
  app->add_flag("--fix", args->fix, "Apply safe fixes in place");
  app->add_flag("--unsafe-fixes", args->unsafe_fixes, "With --fix or --diff, apply unsafe fixes too");
  app->add_flag("--diff", args->diff, "Show the fixes as a unified diff instead of writing them");
  app->add_option("--select", args->select, "Run only these rules (codes, names, prefixes or ALL)")->delimiter(',');
  app->add_option("--extend-select", args->extend_select, "Run these rules in addition")->delimiter(',');
  app->add_option("--ignore", args->ignore, "Do not run these rules")->delimiter(',');
  app->add_option("--config", args->config, "Use this .merrow.toml instead of searching for one");
  app->add_option("-j,--jobs", args->jobs, "Worker threads (default: all cores)");
  add_limit_flags(*app, args->limits);
  command.app = app;
  command.run = [args] { return run_lint(*args); };
  return command;
}

}  // namespace merrow::cli
