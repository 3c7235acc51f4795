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

#include "cli/commands.hpp"
#include "cli/limit_flags.hpp"
#include "grammar/markdown.hpp"
#include "grammar/parse.hpp"
#include "render/color/css_color.hpp"
#include "render/render_diagram.hpp"

namespace merrow::cli {
namespace {

struct RenderArguments {
  Limits limits;
  std::string input;
  std::string output;
  std::string format;
  std::string theme;
  std::string config;
  double scale = 1;
  std::string background;
  double width = 0, height = 0;
};

bool read_all(const std::string& path, std::string& text) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  text.assign(std::istreambuf_iterator<char>(in), {});
  return !in.bad();
}

std::string write_atomically(const std::string& path, const std::string& data) {
  if (path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    return std::cout ? "" : "cannot write to stdout";
  }
  const std::string tmp = path + ".merrow-tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + path;
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out.flush()) {
      std::remove(tmp.c_str());
      return "cannot write " + path;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return "cannot write " + path;
  }
  return "";
}

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

int run_render(const RenderArguments& args) {
  std::optional<ImageFormat> format;
  if (!args.format.empty()) {
    format = image_format_from_name(args.format);
    if (!format) {
      std::cerr << "merrow: unknown format '" << args.format << "' (svg, png, pdf)\n";
      return 2;
    }
  } else if (!args.output.empty() && args.output != "-") {
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

  std::string text;
  if (!read_all(args.input, text)) {
    std::cerr << "merrow: cannot read " << args.input << '\n';
    return 2;
  }
  std::vector<Source> sources;
  if (is_markdown(args.input, text)) {
    for (const MarkdownBlock& block : extract_mermaid_blocks(text)) sources.push_back(block_source(args.input, block));
    if (sources.empty()) {
      std::cerr << "merrow: " << args.input << ": no mermaid diagram found\n";
      return 1;
    }
  } else {
    sources.emplace_back(args.input, std::move(text));
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
    std::string where = sources[i].origin() + ":" + std::to_string(sources[i].first_line());
    warn_past_mermaid_limits(parsed, settings.config, where);
    const auto error = std::find_if(parsed.diagnostics.begin(), parsed.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.severity == Severity::error; });
    if (error != parsed.diagnostics.end()) {
      std::cerr << "merrow: " << where << ": not rendered: " << error->message
                << " (see `merrow lint`)\n";
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

Command add_render_command(CLI::App& parent) {
  auto args = std::make_shared<RenderArguments>();
  Command command;
  CLI::App* app = parent.add_subcommand("render", "Render Mermaid diagrams to SVG, PNG or PDF");
  app->add_option("input", args->input, "A .mmd file, a Markdown page, or - for stdin")->required();
  app->add_option("-o,--output", args->output, "Output file (- for stdout; Markdown: OUT-1, OUT-2, ...)");
  app->add_option("-f,--format", args->format, "svg, png or pdf (default: from OUT's extension, else svg)");
  app->add_option("-t,--theme", args->theme, "default, neutral, dark, forest or base");
  app->add_option("-c,--config", args->config, "A mermaid config JSON file (as mmdc --configFile)");
  app->add_option("-s,--scale", args->scale, "PNG device pixel ratio")->capture_default_str();
  app->add_option("-b,--background", args->background, "Background colour (CSS) or transparent");
  app->add_option("-w,--width", args->width, "Fit the drawing to this width (px)");
  app->add_option("-H,--height", args->height, "Fit the drawing to this height (px)");
  add_limit_flags(*app, args->limits);
  command.app = app;
  command.run = [args] { return run_render(*args); };
  return command;
}

}  // namespace merrow::cli
