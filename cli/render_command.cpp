// `merrow render IN [-o OUT] [--format svg|png|pdf] [--theme NAME]
//                   [--config FILE.json] [--scale S] [--background C]
//                   [--width W] [--height H]`
// IN: a .mmd file, a Markdown page (every mermaid block is rendered, OUT-1,
// OUT-2, ... as mmdc names them) or `-` for stdin. OUT `-` writes to stdout.
// The format comes from --format, else OUT's extension, else svg.
// Exit 0 all rendered, 1 a diagram could not be rendered, 2 usage or I/O error.
// Files are written atomically (temp file in the same directory + rename).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/limit_flags.hpp"
#include "cli/render_tree/render_tree.hpp"
#include "grammar/markdown.hpp"
#include "grammar/parse.hpp"
#include "render/color/css_color.hpp"
#include "render/render_diagram.hpp"

namespace merrow::cli {
namespace {

struct RenderArguments {
  Limits limits;
  std::vector<std::string> inputs;
  std::string input;
  TreeOptions tree;  // the docs-tree options (cli/render_tree)
  std::string output;
  std::string format;
  std::string theme;
  std::string config;
  double scale = 1;
  std::string background;
  double width = 0, height = 0;
};

bool is_markdown(const std::string& path, const std::string& text) {
  auto ext = std::filesystem::path(path).extension().string();
  if (ext == ".md" || ext == ".markdown" || ext == ".mdx") return true;
  if (path != "-") return false;
  // stdin: Markdown when it holds a mermaid fence.
  return text.find("```mermaid") != std::string::npos || text.find("~~~mermaid") != std::string::npos ||
         text.find("::: mermaid") != std::string::npos;
}

// OUT-1.svg, OUT-2.svg, ... for the n-th of several diagrams.
std::string numbered(const std::string& out, size_t n, size_t count) {
  if (count <= 1 || out == "-") return out;
  std::filesystem::path p(out);
  return (p.parent_path() / (p.stem().string() + "-" + std::to_string(n) + p.extension().string())).string();
}

std::string extension_of(ImageFormat f) {
  return f == ImageFormat::png ? ".png" : f == ImageFormat::pdf ? ".pdf" : ".svg";
}

// Several inputs, a directory, or any docs-tree option: the docs-tree mode.
bool tree_mode(const RenderArguments& args) {
  std::error_code ec;
  return args.inputs.size() > 1 || !args.tree.out_dir.empty() || args.tree.rewrite || args.tree.in_place ||
         !args.tree.manifest.empty() || !args.tree.depfile.empty() ||
         std::filesystem::is_directory(args.inputs.front(), ec);
}

int run_render(RenderArguments& args) {
  args.input = args.inputs.front();
  std::optional<ImageFormat> format;
  if (!args.format.empty()) {
    format = image_format_from_name(args.format);
    if (!format) {
      std::cerr << "merrow: unknown format '" << args.format << "' (svg, png, pdf)\n";
      return 2;
    }
  } else if (!args.output.empty() && args.output != "-" && !tree_mode(args)) {
    format = image_format_from_path(args.output);
    if (!format) {
      std::cerr << "merrow: cannot tell the format from '" << args.output << "'; use --format\n";
      return 2;
    }
  }
  if (!format) format = ImageFormat::svg;

  RenderSettings settings;
  settings.limits = args.limits;
  if (!args.theme.empty()) settings.theme = args.theme;
  if (!args.config.empty()) {
    std::string text;
    if (!read_all(args.config, text)) {
      std::cerr << "merrow: cannot read " << args.config << '\n';
      return 2;
    }
    settings.config = nlohmann::json::parse(text, nullptr, false);
    if (settings.config.is_discarded() || !settings.config.is_object()) {
      std::cerr << "merrow: " << args.config << " is not a JSON object\n";
      return 2;
    }
  }
  if (!(args.scale > 0) || args.width < 0 || args.height < 0) {
    std::cerr << "merrow: --scale must be > 0, --width/--height >= 0\n";
    return 2;
  }
  settings.image.scale = args.scale;
  if (args.width > 0) settings.image.width = args.width;
  if (args.height > 0) settings.image.height = args.height;
  if (!args.background.empty()) {
    auto c = parse_css_color(args.background);
    if (!c) {
      std::cerr << "merrow: unknown background colour '" << args.background << "'\n";
      return 2;
    }
    settings.image.background = c;
  }

  if (tree_mode(args)) {
    TreeOptions tree = args.tree;
    tree.inputs = args.inputs;
    tree.output = args.output;
    tree.format = *format;
    tree.settings = settings;
    tree.config_path = args.config;
    return run_render_tree(tree);
  }
  std::string text;
  if (!read_all(args.input, text)) {
    std::cerr << "merrow: cannot read " << args.input << '\n';
    return 2;
  }
  std::vector<Source> sources;
  // stdin may name the file it stands for (editor and doc-tool integrations).
  const std::string origin = args.input == "-" && !args.tree.stdin_filename.empty() ? args.tree.stdin_filename : args.input;
  const uint32_t first_line = args.input == "-" ? args.tree.stdin_first_line : 1;
  if (is_markdown(args.input, text)) {
    for (MarkdownBlock& block : extract_mermaid_blocks(text)) {
      block.first_line += first_line - 1;
      sources.push_back(block_source(origin, block));
    }
    if (sources.empty()) {
      std::cerr << "merrow: " << args.input << ": no mermaid diagram found\n";
      return 1;
    }
  } else {
    sources.emplace_back(origin, std::move(text), first_line);
  }

  std::string output = args.output;
  if (output.empty()) {
    output = args.input == "-" ? "-"
                               : std::filesystem::path(args.input).replace_extension(extension_of(*format)).string();
  }
  std::error_code ec;
  if (output != "-" && args.input != "-" && std::filesystem::equivalent(output, args.input, ec)) {
    std::cerr << "merrow: refusing to overwrite the input " << args.input << '\n';
    return 2;
  }

  const FontMeasurer fonts;
  int status = 0;
  for (size_t i = 0; i < sources.size(); ++i) {
    const std::string target = numbered(output, i + 1, sources.size());
    ParseResult parsed = parse_diagram(sources[i], args.limits);
    const std::string where = sources[i].origin() + ":" + std::to_string(sources[i].first_line());
    warn_past_mermaid_limits(parsed, settings.config, where);
    if (std::string error = first_error(sources[i], parsed); !error.empty()) {
      std::cerr << "merrow: " << error << '\n';
      status = std::max(status, 1);
      continue;
    }
    RenderedImage image = render_diagram(parsed, *format, settings, fonts);
    if (!image.ok()) {
      std::cerr << "merrow: " << where << ": " << image.error << '\n';
      status = std::max(status, 1);
      continue;
    }
    if (std::string error = write_atomically(target, image.data); !error.empty()) {
      std::cerr << "merrow: " << error << '\n';
      return 2;
    }
  }
  return status;
}

}  // namespace

std::optional<int> run_plain_render(int argc, char** argv) {
  if (argc < 3 || std::string_view(argv[1]) != "render") return std::nullopt;
  // Anything CLI11 could read another way (a flag, `--`, `-o` twice or
  // with a flag-like value, a word that names a command) goes to CLI11.
  auto plain = [](std::string_view word) {
    return !word.empty() && (word[0] != '-' || word == "-") && !is_command_name(word);
  };
  RenderArguments args;
  bool have_output = false;
  for (int i = 2; i < argc; ++i) {
    const std::string_view word = argv[i];
    if (word == "-o" || word == "--output") {
      if (have_output || i + 1 >= argc || !plain(argv[i + 1])) return std::nullopt;
      args.output = argv[++i];
      have_output = true;
    } else if (plain(word)) {
      args.inputs.emplace_back(word);
    } else {
      return std::nullopt;
    }
  }
  if (args.inputs.empty()) return std::nullopt;
  return run_render(args);
}

Command add_render_command(CLI::App& parent) {
  auto args = std::make_shared<RenderArguments>();
  Command command;
  CLI::App* app = parent.add_subcommand("render", "Render Mermaid diagrams to SVG, PNG or PDF");
  app->add_option("input", args->inputs, "A .mmd file, a Markdown page, - for stdin; or directories and files (docs tree)")
      ->required();
  app->add_option("-o,--output", args->output, "Output file (- for stdout; Markdown: OUT-1, OUT-2, ...)");
  app->add_option("-f,--format", args->format, "svg, png or pdf (default: from OUT's extension, else svg)");
  app->add_option("-t,--theme", args->theme, "default, neutral, dark, forest or base");
  app->add_option("-c,--config", args->config, "A mermaid config JSON file (as mmdc --configFile)");
  app->add_option("-s,--scale", args->scale, "PNG device pixel ratio")->capture_default_str();
  app->add_option("-b,--background", args->background, "Background colour (CSS) or transparent");
  app->add_option("-w,--width", args->width, "Fit the drawing to this width (px)");
  app->add_option("-H,--height", args->height, "Fit the drawing to this height (px)");
  TreeOptions& tree = args->tree;
  app->add_option("--out-dir", tree.out_dir, "Docs tree: write content-addressed images (and --rewrite pages) here");
  app->add_option("-j,--jobs", tree.jobs, "Docs tree: threads (default: every core)");
  app->add_flag("--rewrite", tree.rewrite, "Write copies of the Markdown pages with drawn blocks replaced");
  app->add_flag("--inline", tree.inline_svg, "With --rewrite: inline SVG instead of image links");
  app->add_flag("--in-place", tree.in_place, "Rewrite the source pages themselves (atomically)");
  app->add_option("--manifest", tree.manifest, "Write a JSON manifest (source, line, output, hash)");
  app->add_option("--depfile", tree.depfile, "Write a Make/Ninja depfile");
  app->add_option("--cache-dir", tree.cache_dir, "Where drawn images are cached (default: --out-dir)");
  app->add_flag("--prune-cache", tree.prune_cache, "Docs tree: remove cached images this run did not use (run it on the whole tree)");
  app->add_option("--root", tree.root, "File inputs are placed below --out-dir relative to this directory");
  app->add_option("--stdin-filename", tree.stdin_filename, "Stdin: the page's name in errors");
  app->add_option("--stdin-first-line", tree.stdin_first_line, "Stdin: host line of its first line (front matter cut)");
  app->add_flag("-q,--quiet", tree.quiet, "No progress bar and no summary");
  add_limit_flags(*app, args->limits);
  command.app = app;
  command.run = [args] { return run_render(*args); };
  return command;
}

}  // namespace merrow::cli
