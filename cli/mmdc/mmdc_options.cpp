#include "cli/mmdc/mmdc_options.hpp"

#include <CLI/CLI.hpp>
#include <array>
#include <cctype>
#include <cstdlib>
#include <iostream>

namespace merrow::mmdc {
namespace {

// commander's value for an option declared `[value]` and given without one; an
// argument can never hold it. mmdc then runs with the value `true`, which most
// options cannot use (see Options below).
constexpr const char* kNoValue = "\x01";

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

// How an option is checked, each occurrence in order, as mmdc's commander parsers check them.
enum class Check { none, theme, format, positive_integer, positive_number };

// What mmdc does with an option declared `[value]` given without one: commander
// sets it to `true`, and mmdc runs with that.
enum class WithoutValue {
  is_true,      // "true" is a file name, a colour browsers ignore, an id: checked on as any value
  format_error, // -e: mmdc's "Output format must be one of ..."
  fails,        // -t: mermaid throws; -w, -H, -s: the browser refuses the page size
};

struct Declared {
  const char* names;      // CLI11's "-t,--theme"
  const char* commander;  // "-t, --theme [theme]", as commander's messages quote it
  const char* help;
  bool optional_value;    // `[value]` rather than `<value>`
  bool accumulates;       // `<values...>`: every occurrence adds; otherwise the last one wins
  Check check;
  WithoutValue without_value;
  void (*apply)(Options&, const std::string&);
};

constexpr auto kText = WithoutValue::is_true;
const std::array<Declared, 16> kDeclared{{
    {"-t,--theme", "-t, --theme [theme]", "Theme of the chart: default, forest, dark or neutral (base: a theme in -c)",
     true, false, Check::theme, WithoutValue::fails, [](Options& o, const std::string& v) { o.theme = v, o.theme_given = true; }},
    {"-w,--width", "-w, --width [width]", "Width of the page: a PNG/PDF wider than it less 16 px is shrunk (default 800)",
     true, false, Check::positive_integer, WithoutValue::fails,
     [](Options& o, const std::string& v) { o.width = *positive_integer(v); }},
    {"-H,--height", "-H, --height [height]", "Height of the page (accepted; it does not change the image, as in mmdc)",
     true, false, Check::positive_integer, WithoutValue::fails,
     [](Options& o, const std::string& v) { o.height = *positive_integer(v); }},
    {"-i,--input", "-i, --input <input>", "Input mermaid file, a .md/.markdown page (every block), or - for stdin",
     false, false, Check::none, kText, [](Options& o, const std::string& v) { o.input = v; }},
    {"-o,--output", "-o, --output [output]", "Output file: .svg .png .pdf .md .markdown, or - for stdout (default: INPUT.svg)",
     true, false, Check::none, kText, [](Options& o, const std::string& v) { o.output = v; }},
    {"-a,--artefacts", "-a, --artefacts [artefacts]", "Markdown input: directory for the images (default: the output's)",
     true, false, Check::none, kText, [](Options& o, const std::string& v) { o.artefacts = v; }},
    {"-j,--jobs", "-j, --jobs <jobs>", "Accepted (a positive integer); diagrams are drawn one after the other",
     false, false, Check::positive_integer, kText, [](Options& o, const std::string& v) { o.jobs = *positive_integer(v); }},
    {"-e,--outputFormat", "-e, --outputFormat [format]", "svg, png or pdf (default: from the output's extension, which it beats)",
     true, false, Check::format, WithoutValue::format_error, [](Options& o, const std::string& v) { o.format = v; }},
    {"-b,--backgroundColor", "-b, --backgroundColor [backgroundColor]",
     "Background colour for PNG/SVG (not PDF): transparent, red, '#F0F0F0' (default white)", true, false, Check::none,
     kText, [](Options& o, const std::string& v) { o.background = v; }},
    {"-c,--configFile", "-c, --configFile [configFile]", "JSON configuration file for mermaid", true, false, Check::none,
     kText, [](Options& o, const std::string& v) { o.config_file = v; }},
    {"-C,--cssFile", "-C, --cssFile [cssFile]", "CSS file: the rules that map onto theme colours apply, the rest are reported",
     true, false, Check::none, kText, [](Options& o, const std::string& v) { o.css_file = v; }},
    {"-I,--svgId", "-I, --svgId [svgId]", "The id of the root <svg>, and the prefix of every id inside", true, false,
     Check::none, kText, [](Options& o, const std::string& v) { o.svg_id = v; }},
    {"-s,--scale", "-s, --scale [scale]", "Device scale factor of PNGs (default 1)", true, false,
     Check::positive_number, WithoutValue::fails, [](Options& o, const std::string& v) { o.scale = *positive_number(v); }},
    {"-p,--puppeteerConfigFile", "-p --puppeteerConfigFile [puppeteerConfigFile]",
     "JSON file for puppeteer: it must exist, as mmdc requires; not read further (there is no browser)", true, false,
     Check::none, kText, [](Options& o, const std::string& v) { o.puppeteer_config_file = v; }},
    {"--iconPacks", "--iconPacks <icons...>", "Accepted; icon packs are not loaded (fa: icons come from merrow's fonts)",
     false, true, Check::none, kText, [](Options& o, const std::string& v) { o.icon_packs.push_back(v); }},
    {"--iconPacksNamesAndUrls", "--iconPacksNamesAndUrls <prefix#iconsurl...>", "Accepted; icon packs are not loaded",
     false, true, Check::none, kText, [](Options& o, const std::string& v) { o.icon_packs_names_and_urls.push_back(v); }},
}};

bool names_option(const Declared& d, const std::string& arg) {
  const std::string_view names = d.names;
  for (size_t begin = 0; begin < names.size();) {
    const size_t comma = std::min(names.find(',', begin), names.size());
    if (names.substr(begin, comma - begin) == arg) return true;
    begin = comma + 1;
  }
  return false;
}

const Declared* declared(const std::string& arg) {
  for (const Declared& d : kDeclared)
    if (names_option(d, arg)) return &d;
  return nullptr;
}

// commander takes the next argument as an optional value unless it looks like
// an option (two or more characters starting with '-': "-" is a value).
std::vector<std::string> with_missing_values_marked(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (size_t i = 0; i < args.size(); ++i) {
    out.push_back(args[i]);
    const Declared* d = i > 0 ? declared(args[i]) : nullptr;
    const bool next_is_value = i + 1 < args.size() && !(args[i + 1].size() > 1 && args[i + 1][0] == '-');
    if (d && d->optional_value && !next_is_value) out.push_back(kNoValue);
  }
  return out;
}

int usage(const std::string& message) {
  std::cerr << "merrow-mmdc: error: " << message << '\n';
  return kUsageExit;
}

// "" when `value` passes the option's check, else commander's message.
std::string check(const Declared& d, const std::string& value) {
  const auto invalid = [&](const std::string& why) {
    return std::string("option '") + d.commander + "' argument '" + value + "' is invalid. " + why;
  };
  switch (d.check) {
    case Check::none: return "";
    case Check::theme:
      if (value == "default" || value == "forest" || value == "dark" || value == "neutral") return "";
      return invalid("Allowed choices are default, forest, dark, neutral.");
    case Check::format:
      if (value == "svg" || value == "png" || value == "pdf") return "";
      return invalid("Allowed choices are svg, png, pdf.");
    case Check::positive_integer: return positive_integer(value) ? "" : invalid("Not a positive integer.");
    case Check::positive_number: return positive_number(value) ? "" : invalid("Not a positive number.");
  }
  return "";
}

}  // namespace

std::optional<int> parse_options(const std::vector<std::string>& raw_args, Options& out) {
  CLI::App app{"merrow-mmdc: mermaid-cli's command line (mmdc " + std::string(kMmdcVersion) +
                   "), drawn by merrow " + MERROW_VERSION +
                   " without a browser (flowcharts and mindmaps; other types fail, or stay in a Markdown page)",
               "merrow-mmdc"};
  app.set_version_flag("-V,--version", kMmdcVersion, "Print mmdc's version that this command line follows");
  // Values are read as text (CLI11 keeps every occurrence) and checked below.
  std::array<CLI::Option*, kDeclared.size()> options{};
  std::array<std::string, kDeclared.size()> single;  // results() below keeps every occurrence
  std::array<std::vector<std::string>, kDeclared.size()> many;
  for (size_t i = 0; i < kDeclared.size(); ++i) {
    const Declared& d = kDeclared[i];
    options[i] = d.accumulates ? app.add_option(d.names, many[i], d.help)
                               : app.add_option(d.names, single[i], d.help)
                                     ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  }
  app.add_flag("-f,--pdfFit", out.pdf_fit, "Accepted: merrow's PDF pages always fit the chart");
  app.add_flag("-q,--quiet", out.quiet, "Suppress log output");
  app.allow_extras();

  const std::vector<std::string> args = with_missing_values_marked(raw_args);
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // A required value missing ("--input: 1 required TEXT missing"), in commander's words.
    const std::string what = e.what();
    const Declared* d = declared(what.substr(0, what.find(':')));
    return usage(d ? std::string("option '") + d->commander + "' argument missing" : what);
  }
  if (const auto extras = app.remaining(); !extras.empty()) {
    for (const std::string& extra : extras)
      if (extra.size() > 1 && extra[0] == '-') return usage("unknown option '" + extra + "'");
    return usage("too many arguments. Expected 0 arguments but got " + std::to_string(extras.size()) + ".");
  }

  for (size_t i = 0; i < kDeclared.size(); ++i) {
    const Declared& d = kDeclared[i];
    std::optional<std::string> last;
    for (const std::string& value : options[i]->results()) {
      if (value == kNoValue) {
        if (d.without_value == WithoutValue::format_error)
          return usage("Output format must be one of \"svg\", \"png\" or \"pdf\"");
        if (d.without_value == WithoutValue::fails)
          return usage(std::string("option '") + d.commander + "' needs a value (mmdc fails without one)");
        last = "true";
      } else if (std::string failure = check(d, value); !failure.empty()) {
        return usage(failure);
      } else {
        last = value;
      }
      if (d.accumulates) d.apply(out, *last);
    }
    if (last && !d.accumulates) d.apply(out, *last);
    if (std::string_view(d.names) == "-a,--artefacts")
      out.artefacts_without_value = last && options[i]->results().back() == kNoValue;
  }
  return std::nullopt;
}

}  // namespace merrow::mmdc
