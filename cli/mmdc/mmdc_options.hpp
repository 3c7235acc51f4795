// mermaid-cli 11's command line (`mmdc`), parsed as mmdc's commander parses it
// (checked against mmdc 11.17.0): the same flags and no others (no --transparent,
// no -t base), the same value checks on every occurrence (integer -w/-H/-j,
// positive -s, -e/-t choices), the last occurrence winning, `[value]` options
// without a value taken as `true` (or failing where mmdc fails), commander's
// error messages. Usage errors exit 2 where mmdc exits 1 (documented).
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace merrow::mmdc {

// The mermaid-cli version whose command line merrow-mmdc takes; `-V` prints it
// bare, because tools read it as mmdc's (asciidoctor-diagram picks its config
// keys from it: anything > 0.4.1 gets the modern ones).
inline constexpr const char* kMmdcVersion = "11.17.0";

inline constexpr int kUsageExit = 2;  // mmdc exits 1 for usage errors too; merrow keeps 1 for a diagram that failed

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
  std::optional<std::string> puppeteer_config_file;  // must exist and be JSON, as in mmdc; never used (no browser)
  bool artefacts_without_value = false;               // `-a` alone: mmdc fails on a Markdown input
  std::vector<std::string> icon_packs;              // accepted, not loaded
  std::vector<std::string> icon_packs_names_and_urls;
  int jobs = 1;  // accepted; diagrams are drawn one after the other (milliseconds each)
};

// Parses args (args[0] is the program name). Returns the exit code when the
// run ends here (--help, --version: 0; a usage error, reported on stderr: 2),
// nullopt when `out` is ready to run.
std::optional<int> parse_options(const std::vector<std::string>& args, Options& out);

}  // namespace merrow::mmdc
