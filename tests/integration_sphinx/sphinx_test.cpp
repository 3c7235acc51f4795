// Sphinx 5.3 + sphinxcontrib-mermaid 0.7.1 (+ MyST) with mermaid_cmd = merrow-mmdc: a
// tiny project holding the seed page's two diagrams, built with -W (warnings fail
// the build) as SVG, PNG and LaTeX (PDF images). Skips when Debian's Sphinx is absent.
#include <catch2/catch.hpp>
#include <regex>
#include <set>

#include "../mmdc_cli/mmdc_runner.hpp"

using namespace merrow::test;
namespace fs = std::filesystem;

namespace {

const std::string kPython = "/usr/bin/python3";

bool have_sphinx() {
  return run_shell(kPython + " -c 'import sphinx, sphinxcontrib.mermaid, myst_parser' >/dev/null 2>&1").status == 0;
}

std::string project_copy(const std::string& name, const std::string& project) {
  const std::string dir = scratch(name);
  const std::string here = std::string(MERROW_SOURCE_DIR) + "/tests/integration_sphinx/";
  fs::copy(here + project, dir + "/src", fs::copy_options::recursive);
  fs::copy_file(here + "conf.py", dir + "/src/conf.py");
  // mermaid_params passes -p puppeteer-config.json: mmdc (and so merrow-mmdc) needs it to exist.
  write_file(dir + "/puppeteer-config.json", "{}\n");
  return dir;
}

// Runs sphinx-build; `log` gets stdout and stderr.
int sphinx(const std::string& dir, const std::string& args, std::string& log) {
  const ProcessRun run = run_shell("cd " + shell_quoted(dir) + " && MERROW_MMDC=" + shell_quoted(MERROW_MMDC_BINARY) +
                                       " MERROW_SOURCE_DIR=" + shell_quoted(MERROW_SOURCE_DIR) + " " + kPython +
                                       " -m sphinx -W -q -N " + args + " src out",
                                   Stderr::merged);
  log = run.out;
  return run.status;
}

std::vector<std::string> images_in(const std::string& html, const std::string& pattern) {
  std::vector<std::string> found;
  const std::regex re(pattern);
  for (auto it = std::sregex_iterator(html.begin(), html.end(), re); it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1]);
  return found;
}

// What merrow-mmdc draws for a fixture diagram with the project's mermaid_params.
std::string reference(const std::string& dir, const std::string& diagram, const std::string& ext) {
  const std::string out = dir + "/ref-" + diagram + "." + ext;
  const MmdcRun run = mmdc(dir,
                           "-q -i src/diagrams/" + diagram + ".mmd -o '" + out +
                               "' --theme forest --width 600 --backgroundColor transparent -p puppeteer-config.json");
  REQUIRE(run.status == 0);
  return read_file(out);
}

}  // namespace

TEST_CASE("Sphinx: mermaid_output_format svg and png show merrow's images, no warnings") {
  if (!have_sphinx()) {
    WARN("skipped: Debian's python3-sphinx, python3-sphinxcontrib-mermaid, python3-myst-parser are not installed");
    return;
  }
  for (const std::string format : {"svg", "png"}) {
    INFO(format);
    const std::string dir = project_copy("sphinx-" + format, "project");
    std::string log;
    REQUIRE(sphinx(dir, "-b html -D mermaid_output_format=" + format, log) == 0);
    CHECK(log.find("WARNING") == std::string::npos);
    const std::string pattern = format == "svg" ? R"re(<object data="(_images/mermaid-[0-9a-f]+\.svg)")re"
                                                : R"re(<img src="(_images/mermaid-[0-9a-f]+\.png)")re";
    // index.rst draws the flowchart (from a file), organic.md (MyST) the mindmap.
    const std::vector<std::pair<std::string, std::string>> pages = {{"index", "organisation"}, {"organic", "organic"}};
    for (const auto& [page, diagram] : pages) {
      const std::vector<std::string> images = images_in(read_file(dir + "/out/" + page + ".html"), pattern);
      REQUIRE(images.size() == 1);
      const std::string image = read_file(dir + "/out/" + images.front());
      const std::string expected = reference(dir, diagram, format);
      if (format == "svg") {
        CHECK(image.find("<svg") != std::string::npos);
        CHECK(image.find("foreignObject") == std::string::npos);  // mmdc's labels are HTML; merrow's are not
        CHECK(svg_size(image).width == svg_size(expected).width);
        CHECK(svg_size(image).height == svg_size(expected).height);
      } else {
        CHECK(png_size(image).width == png_size(expected).width);
        CHECK(png_size(image).height == png_size(expected).height);
        CHECK(png_size(image).width <= 600 - 16);  // --width 600: mmdc's page
      }
    }
  }
}

TEST_CASE("Sphinx: the LaTeX builder gets merrow's PDFs") {
  if (!have_sphinx()) {
    WARN("skipped: Debian's Sphinx is not installed");
    return;
  }
  const std::string dir = project_copy("sphinx-latex", "project");
  std::string log;
  REQUIRE(sphinx(dir, "-b latex", log) == 0);
  CHECK(log.find("WARNING") == std::string::npos);
  std::set<std::string> pdfs;
  for (const auto& entry : fs::directory_iterator(dir + "/out"))
    if (entry.path().extension() == ".pdf") pdfs.insert(entry.path().filename().string());
  REQUIRE(pdfs.size() == 2);
  std::string tex;
  for (const auto& entry : fs::directory_iterator(dir + "/out"))
    if (entry.path().extension() == ".tex") tex += read_file(entry.path().string());
  for (const std::string& pdf : pdfs) {
    CHECK(tex.find("\\sphinxincludegraphics{" + pdf + "}") != std::string::npos);
    const std::string data = read_file(dir + "/out/" + pdf);
    CHECK(data.substr(0, 5) == "%PDF-");
    CHECK(data.find("/Creator (merrow)") != std::string::npos);
  }
}

TEST_CASE("Sphinx: a broken diagram fails the build with its position") {
  if (!have_sphinx()) {
    WARN("skipped: Debian's Sphinx is not installed");
    return;
  }
  const std::string dir = project_copy("sphinx-broken", "broken");
  std::string log;
  CHECK(sphinx(dir, "-b html", log) != 0);
  CHECK(std::regex_search(log, std::regex(R"(mermaid-[0-9a-f]+:2:15: error: node label opened with '\[' is never closed)")));
}
