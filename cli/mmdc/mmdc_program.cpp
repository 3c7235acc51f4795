#include "cli/mmdc/mmdc_program.hpp"

#include <filesystem>
#include <iostream>

#include "cli/mmdc/mmdc_css.hpp"
#include "cli/mmdc/mmdc_draw.hpp"
#include "cli/mmdc/mmdc_io.hpp"
#include "cli/mmdc/mmdc_markdown.hpp"
#include "cli/mmdc/mmdc_options.hpp"
#include "render/color/css_color.hpp"

namespace merrow::mmdc {
namespace {

namespace fs = std::filesystem;

int usage_error(const std::string& message) {
  std::cerr << "merrow-mmdc: error: " << message << '\n';
  return kUsageExit;
}

void warn(const std::string& message) { std::cerr << "merrow-mmdc: warning: " << message << '\n'; }

bool has_image_extension(const std::string& path) {
  for (const char* ext : {".svg", ".png", ".pdf", ".md", ".markdown"})
    if (path.ends_with(ext)) return true;
  return false;
}

// mmdc's --configFile (its `theme` wins over -t, as mmdc merges them) and
// --cssFile, onto the render settings. Returns "" or the error.
std::string load_styles(const Options& o, RenderSettings& settings, std::vector<ClassStyle>& class_styles) {
  if (o.config_file) {
    if (!fs::exists(*o.config_file)) return "Configuration file \"" + *o.config_file + "\" doesn't exist";
    auto text = read_input(*o.config_file);
    if (!text) return "cannot read " + *o.config_file;
    settings.config = nlohmann::json::parse(*text, nullptr, false);
    if (settings.config.is_discarded() || !settings.config.is_object())
      return *o.config_file + " is not a JSON object";
  }
  if (!settings.config.contains("theme")) settings.theme = o.theme;
  // mmdc reads the puppeteer file (it must exist and be JSON) before the CSS file.
  if (o.puppeteer_config_file) {
    if (!fs::exists(*o.puppeteer_config_file)) return "Configuration file \"" + *o.puppeteer_config_file + "\" doesn't exist";
    auto text = read_input(*o.puppeteer_config_file);
    if (!text || nlohmann::json::parse(*text, nullptr, false).is_discarded())
      return *o.puppeteer_config_file + " is not JSON";
  }
  if (o.css_file) {
    if (!fs::exists(*o.css_file)) return "CSS file \"" + *o.css_file + "\" doesn't exist";
    auto css = read_input(*o.css_file);
    if (!css) return "cannot read " + *o.css_file;
    const CssMapping mapped = map_css(*css, o.svg_id.value_or("my-svg"));
    class_styles = mapped.class_styles;
    if (!mapped.theme_variables.empty()) {
      nlohmann::json& vars = settings.config["themeVariables"];
      if (!vars.is_object()) vars = nlohmann::json::object();
      vars.update(mapped.theme_variables);
    }
    if (!mapped.unmapped.empty() && !o.quiet) {
      std::string list;
      for (size_t i = 0; i < mapped.unmapped.size() && i < 5; ++i) list += (i ? "; " : "") + mapped.unmapped[i];
      if (mapped.unmapped.size() > 5) list += "; ...";
      warn(*o.css_file + ": " + std::to_string(mapped.unmapped.size()) +
           " CSS rule(s) not applied (merrow maps !important or #svg-id-scoped colours and fonts of "
           "nodes, edges, clusters and labels onto theme variables, and a diagram class's shapes onto its classDef; a plain rule loses to mermaid's in mmdc too): " +
           list);
    }
  }
  return "";
}

int run_options(Options o) {
  // Input, as mmdc checks it.
  std::string input = o.input.value_or("-");
  if (!o.input) {
    warn("No input file specified, reading from stdin. If you want to specify an input file, please use "
         "`-i <input>.` You can use `-i -` to read from stdin and to suppress this warning.");
  } else if (input != "-" && !fs::exists(input)) {
    return usage_error("Input file \"" + input + "\" doesn't exist");
  }
  const bool from_stdin = input == "-";
  const bool markdown = !from_stdin && ends_with_markdown(input);

  // Output and format, as mmdc derives them.
  std::string output;
  if (!o.output) {
    output = (from_stdin ? std::string("out") : input) + "." + o.format.value_or("svg");
  } else if (*o.output == "-") {
    output = "-";
    o.quiet = true;
    if (!o.format) {
      o.format = "svg";
      warn("No output format specified, using svg. If you want to specify an output format and suppress this "
           "warning, please use `-e <format>.`");
    }
  } else if (!has_image_extension(*o.output)) {
    return usage_error("Output file must end with \".md\"/\".markdown\", \".svg\", \".png\" or \".pdf\"");
  } else {
    output = *o.output;
  }
  if (o.artefacts) {
    if (!markdown) return usage_error("Artefacts [-a|--artefacts] path can only be used with Markdown input file");
    if (o.artefacts_without_value) return usage_error("option '-a, --artefacts [artefacts]' needs a value (mmdc fails without one)");
    std::error_code ec;
    fs::create_directories(*o.artefacts, ec);
    if (ec) return usage_error("cannot create " + *o.artefacts + ": " + ec.message());
  }
  if (output != "-") {
    const fs::path dir = fs::path(output).parent_path();
    if (!dir.empty() && !fs::is_directory(dir)) return usage_error("Output directory \"" + dir.string() + "/\" doesn't exist");
  }
  std::string format = o.format.value_or("");
  if (format.empty()) {
    format = ends_with_markdown(output) ? "svg" : output.substr(output.rfind('.') + 1);  // ".svg" too
  }
  const ImageFormat image_format = *image_format_from_name(format);
  if (markdown && output == "-") return usage_error("Cannot use `stdout` with markdown input");

  RenderSettings settings;
  std::vector<ClassStyle> class_styles;
  if (std::string error = load_styles(o, settings, class_styles); !error.empty()) return usage_error(error);
  settings.image.scale = o.scale;
  settings.image.page_width = o.width;
  if (o.svg_id) settings.image.svg_id = *o.svg_id;
  std::optional<Color> background = parse_css_color(o.background);
  if (!background) {
    warn("unknown background colour '" + o.background + "', using white (as a browser ignores it)");
    background = Color{1, 1, 1, 1};
  }
  // mmdc prints its PDFs without backgrounds ("for pngs/svgs (not pdfs)").
  settings.image.background = image_format == ImageFormat::pdf ? Color{1, 1, 1, 0} : *background;
  if ((!o.icon_packs.empty() || !o.icon_packs_names_and_urls.empty()) && !o.quiet)
    warn("--iconPacks/--iconPacksNamesAndUrls are ignored: no icon pack is loaded (icon shapes are not drawn; "
         "fa: icons come from merrow's fonts)");

  const auto text = read_input(input);
  if (!text) return usage_error("cannot read " + (from_stdin ? std::string("stdin") : input));
  const FontMeasurer fonts;
  if (markdown) {
    return run_markdown({.input = input, .output = output, .format = format, .artefacts = o.artefacts, .quiet = o.quiet,
                         .class_styles = class_styles},
                        *text, image_format, settings, fonts);
  }
  if (!o.quiet) std::cout << "Generating single mermaid chart\n";
  const Drawing drawing = draw(Source(from_stdin ? "<stdin>" : input, *text), image_format, settings, fonts,
                               class_styles);
  if (drawing.outcome != Drawing::Outcome::drawn) {
    std::cerr << drawing.message << '\n';
    return 1;
  }
  if (std::string error = write_output(output, drawing.data); !error.empty()) return usage_error(error);
  return 0;
}

}  // namespace

int run(const std::vector<std::string>& args) {
  Options options;
  if (auto done = parse_options(args, options)) return *done;
  try {
    return run_options(std::move(options));
  } catch (const std::exception& e) {  // filesystem errors on odd paths
    return usage_error(e.what());
  }
}

}  // namespace merrow::mmdc
