#include "cli/mmdc/mmdc_options.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <tuple>

namespace merrow::mmdc {
namespace {

// JavaScript's parseInt(value, 10) as mmdc applies it: leading digits count
// ("600px" is 600), and the result must be >= 1.
std::optional<int> positive_integer(const std::string& value) {
  size_t i = 0;
  while (i < value.size() && std::isspace(static_cast<unsigned char>(value[i]))) ++i;
  bool negative = false;
  if (i < value.size() && (value[i] == '+' || value[i] == '-')) negative = value[i++] == '-';
  long long n = 0;
  size_t digits = 0;
  for (; i < value.size() && std::isdigit(static_cast<unsigned char>(value[i])); ++i, ++digits) {
    n = n * 10 + (value[i] - '0');
    if (n > 1'000'000'000) return std::nullopt;
  }
  if (digits == 0 || negative || n < 1) return std::nullopt;
  return static_cast<int>(n);
}

// parseFloat as mmdc applies it: a leading number, > 0.
std::optional<double> positive_number(const std::string& value) {
  const char* begin = value.c_str();
  char* end = nullptr;
  const double d = std::strtod(begin, &end);
  if (end == begin || !(d > 0) || d > 1e6) return std::nullopt;
  return d;
}

}  // namespace

std::optional<int> parse_options(const std::vector<std::string>& args, Options& out) {
  CLI::App app{"merrow-mmdc: mermaid-cli's command line (mmdc " + std::string(kMmdcVersion) +
                   "), drawn by merrow " + MERROW_VERSION +
                   " without a browser (flowcharts and mindmaps; other types fail, or stay in a Markdown page)",
               "merrow-mmdc"};
  app.set_version_flag("-V,--version", kMmdcVersion, "Print mmdc's version that this command line follows");
  std::string width, height, scale, jobs;
  bool transparent = false;
  app.add_option("-t,--theme", out.theme, "Theme of the chart")
      ->check(CLI::IsMember({"default", "forest", "dark", "neutral", "base"}))
      ->capture_default_str();
  app.add_option("-w,--width", width, "Width of the page: a PNG/PDF wider than it less 16 px is shrunk (default 800)");
  app.add_option("-H,--height", height, "Height of the page (accepted; it does not change the image, as in mmdc)");
  app.add_option("-i,--input", out.input, "Input mermaid file, a .md/.markdown page (every block), or - for stdin");
  app.add_option("-o,--output", out.output, "Output file: .svg .png .pdf .md .markdown, or - for stdout (default: INPUT.svg)");
  app.add_option("-a,--artefacts", out.artefacts, "Markdown input: directory for the images (default: the output's)");
  app.add_option("-j,--jobs", jobs, "Accepted; diagrams are drawn one after the other");
  app.add_option("-e,--outputFormat", out.format, "svg, png or pdf (default: from the output's extension)")
      ->check(CLI::IsMember({"svg", "png", "pdf"}));
  app.add_option("-b,--backgroundColor", out.background, "Background colour for PNG/SVG (not PDF): transparent, red, '#F0F0F0'")
      ->capture_default_str();
  app.add_flag("--transparent", transparent, "Legacy: the same as -b transparent");
  app.add_option("-c,--configFile", out.config_file, "JSON configuration file for mermaid");
  app.add_option("-C,--cssFile", out.css_file, "CSS file: the rules that map onto theme colours apply, the rest are reported");
  app.add_option("-I,--svgId", out.svg_id, "The id of the root <svg>, and the prefix of every id inside");
  app.add_option("-s,--scale", scale, "Device scale factor of PNGs (default 1)");
  app.add_flag("-f,--pdfFit", out.pdf_fit, "Accepted: merrow's PDF pages always fit the chart");
  app.add_flag("-q,--quiet", out.quiet, "Suppress log output");
  app.add_option("-p,--puppeteerConfigFile", out.puppeteer_config_files, "Accepted and ignored (there is no browser)")
      ->allow_extra_args(false);
  app.add_option("--iconPacks", out.icon_packs, "Accepted; icon packs are not loaded (fa: icons come from merrow's fonts)");
  app.add_option("--iconPacksNamesAndUrls", out.icon_packs_names_and_urls, "Accepted; icon packs are not loaded");

  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  const auto bad = [](const std::string& flag, const std::string& value, const char* what) {
    std::cerr << "merrow-mmdc: error: option '" << flag << "' argument '" << value << "' is invalid. " << what << '\n';
    return 2;
  };
  // -w, -H, -j: positive integers, as mmdc's parseInt checks them.
  for (auto [flag, text, target] : {std::tuple{"-w, --width", &width, &out.width},
                                    std::tuple{"-H, --height", &height, &out.height},
                                    std::tuple{"-j, --jobs", &jobs, &out.jobs}}) {
    if (text->empty()) continue;
    auto n = positive_integer(*text);
    if (!n) return bad(flag, *text, "Not a positive integer.");
    *target = *n;
  }
  if (!scale.empty()) {
    auto s = positive_number(scale);
    if (!s) return bad("-s, --scale", scale, "Not a positive number.");
    out.scale = *s;
  }
  if (transparent) out.background = "transparent";
  out.theme_given = app.count("--theme") > 0;
  return std::nullopt;
}

}  // namespace merrow::mmdc
