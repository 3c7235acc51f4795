// `merrow layout FILE|- [--format json]`: the geometry of each diagram as one
// JSON line (layout/layout_json.hpp). A Markdown file (.md, .markdown) gives
// one line per mermaid block. Text is measured with the render stage's
// HarfBuzz measurer, so sizes match what `merrow render` draws.
// Exit 0 all laid out, 1 a diagram failed to parse or is unsupported, 2 usage/I/O.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/limit_flags.hpp"
#include "grammar/markdown.hpp"
#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "layout/layout_json.hpp"
#include "render/text/font_measurer.hpp"

namespace merrow::cli {
namespace {

struct LayoutArguments {
  Limits limits;
  std::string path;
  std::string format = "json";
};

bool is_markdown(const std::string& path) {
  auto ends_with = [&](const std::string& suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with(".md") || ends_with(".markdown");
}

// One diagram: its JSON line on stdout, or an error on stderr. Returns false on error.
bool lay_out(const Source& source, const TextMeasurer& measurer, const Limits& limits) {
  ParseResult parsed = parse_diagram(source, limits);
  warn_past_mermaid_limits(parsed, nlohmann::json::object(), source.origin() + ":" + std::to_string(source.first_line()));
  if (!parsed.ok()) {
    const auto error = std::find_if(parsed.diagnostics.begin(), parsed.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::error; });
    std::cerr << "merrow: " << source.origin() << ": ";
    if (error != parsed.diagnostics.end()) {
      std::cerr << "not laid out: " << error->message << " (see `merrow lint`)\n";
    } else {
      std::cerr << "unsupported diagram type '" << parsed.type << "'\n";
    }
    return false;
  }
  if (const auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
    std::cout << layout_json(layout_flowchart(*chart, measurer)) << '\n';
    return true;
  }
  if (const auto* map = std::get_if<Mindmap>(&parsed.diagram)) {
    std::cout << layout_json(layout_mindmap(*map, measurer)) << '\n';
    return true;
  }
  return false;
}

int run_layout(const LayoutArguments& args) {
  if (args.format != "json") {
    std::cerr << "merrow: unknown format '" << args.format << "' (json)\n";
    return 2;
  }
  std::string text;
  if (args.path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
  } else {
    std::ifstream in(args.path, std::ios::binary);
    if (!in) {
      std::cerr << "merrow: cannot read " << args.path << '\n';
      return 2;
    }
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::string origin = args.path == "-" ? "stdin" : args.path;
  const FontMeasurer measurer;
  bool ok = true;
  if (is_markdown(args.path)) {
    for (const MarkdownBlock& block : extract_mermaid_blocks(text)) {
      ok = lay_out(block_source(origin, block), measurer, args.limits) && ok;
    }
  } else {
    ok = lay_out(Source(origin, text), measurer, args.limits);
  }
  return ok ? 0 : 1;
}

}  // namespace

Command add_layout_command(CLI::App& parent) {
  auto args = std::make_shared<LayoutArguments>();
  Command command;
  command.app = parent.add_subcommand("layout", "Print the laid-out geometry of each diagram as JSON");
  command.app->add_option("file", args->path, "A .mmd or Markdown file, or - for stdin")->required();
  command.app->add_option("--format", args->format, "Output format: json");
  add_limit_flags(*command.app, args->limits);
  command.run = [args] { return run_layout(*args); };
  return command;
}

}  // namespace merrow::cli
