// mermaid-cli 11's command line (`mmdc`), parsed as mmdc parses it: the same
// flags, defaults and value checks (integer -w/-H, positive -s, -e/-t choices).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace merrow::mmdc {

// The mermaid-cli version whose command line merrow-mmdc takes; `-V` prints it
// bare, because tools read it as mmdc's (asciidoctor-diagram picks its config
// keys from it: anything > 0.4.1 gets the modern ones).
inline constexpr const char* kMmdcVersion = "11.17.0";

struct Options {
  std::optional<std::string> input;  // none: stdin (mmdc warns); "-": stdin
  std::optional<std::string> output;  // none: INPUT.svg (INPUT.FORMAT with -e), out.svg for stdin
  std::optional<std::string> format;  // -e: svg | png | pdf
  std::string theme = "default";
  bool theme_given = false;
  int width = 800;   // the page (viewport) mmdc draws in
  int height = 600;  // accepted; it never changes mmdc's output (measured)
  std::string background = "white";
  std::optional<std::string> config_file;
  std::optional<std::string> css_file;
  std::optional<std::string> svg_id;
  std::optional<std::string> artefacts;
  double scale = 1;
  bool pdf_fit = false;
  bool quiet = false;
  std::vector<std::string> puppeteer_config_files;  // accepted, never read (no browser)
  std::vector<std::string> icon_packs;              // accepted, not loaded
  std::vector<std::string> icon_packs_names_and_urls;
  int jobs = 1;  // accepted; diagrams are drawn one after the other (milliseconds each)
};

// Parses args (args[0] is the program name). Returns the exit code when the
// run ends here (--help, --version: 0; a usage error, reported on stderr: 2),
// nullopt when `out` is ready to run.
std::optional<int> parse_options(const std::vector<std::string>& args, Options& out);

}  // namespace merrow::mmdc
