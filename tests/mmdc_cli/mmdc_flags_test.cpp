// Every mmdc flag through the built merrow-mmdc, against facts measured on the real mmdc (fixtures/).
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>

#include "../render/image_compare.hpp"
#include "mmdc_runner.hpp"

using namespace merrow::test;

namespace {

std::string copy_fixture(const std::string& dir, const std::string& name, const std::string& as = "") {
  const std::string to = dir + "/" + (as.empty() ? name : as);
  write_file(to, read_file(fixture(name)));
  return to;
}

// mmdc's page rule (measured, fixtures/mmdc_png_sizes.txt): the chart keeps its own
// size, shrunk to fit the page width less 16 px; the screenshot clips whole CSS px,
// then scales by -s, rounded.
Size page_rule(Size natural, double page_width, double scale) {
  const double fit = std::min(1.0, (page_width - 16) / natural.width);
  return {std::round(std::ceil(natural.width * fit - 1e-9) * scale),
          std::round(std::ceil(natural.height * fit - 1e-9) * scale)};
}

struct Measured {
  std::string diagram, args;
  Size natural, png;
  double width = 800, scale = 1;
};

std::vector<Measured> measured_sizes() {
  std::vector<Measured> rows;
  std::istringstream in(read_file(fixture("mmdc_png_sizes.txt")));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    Measured m;
    std::istringstream head(line.substr(0, line.find('|')));
    head >> m.diagram >> m.natural.width >> m.natural.height;
    const size_t bar2 = line.find('|', line.find('|') + 1);
    m.args = line.substr(line.find('|') + 1, bar2 - line.find('|') - 1);
    std::istringstream tail(line.substr(bar2 + 1));
    tail >> m.png.width >> m.png.height;
    std::istringstream args(m.args);
    for (std::string flag, value; args >> flag >> value;) {
      if (flag == "-w") m.width = std::stod(value);
      if (flag == "-s") m.scale = std::stod(value);
    }
    rows.push_back(m);
  }
  return rows;
}

}  // namespace

TEST_CASE("version (-V) is a bare semver and help (-h) lists every mmdc flag") {
  const std::string dir = scratch("version");
  for (const char* flag : {"-V", "--version"}) {
    const MmdcRun run = mmdc(dir, flag);
    CHECK(run.status == 0);
    CHECK(run.out == "11.17.0\n");
  }
  CHECK(mmdc(dir, "mmdc -V", "/dev/null", MERROW_BINARY).out == "11.17.0\n");
  const MmdcRun help = mmdc(dir, "-h");
  CHECK(help.status == 0);
  for (const char* flag : {"--theme", "--width", "--height", "--input", "--output", "--artefacts", "--jobs",
                           "--outputFormat", "--backgroundColor", "--configFile", "--cssFile", "--svgId", "--scale",
                           "--pdfFit", "--quiet", "--puppeteerConfigFile", "--iconPacks", "--iconPacksNamesAndUrls",
                           "-H", "-I", "-C", "-e", "-f", "-p"})
    CHECK(help.out.find(flag) != std::string::npos);
  CHECK(mmdc(dir, "mmdc -h", "/dev/null", MERROW_BINARY).out == help.out);
}

TEST_CASE("input and output names as mmdc: default INPUT.svg, no extension, stdin, stdout") {
  const std::string dir = scratch("names");
  copy_fixture(dir, "small.mmd", "chart.mmd");
  copy_fixture(dir, "small.mmd", "mermaid-0a1b2c");  // sphinxcontrib-mermaid's temp file: no extension
  CHECK(mmdc(dir, "-q -i chart.mmd").status == 0);
  CHECK(svg_size(read_file(dir + "/chart.mmd.svg")).width > 100);
  CHECK(mmdc(dir, "-q -i chart.mmd -e png").status == 0);
  CHECK(png_size(read_file(dir + "/chart.mmd.png")).width > 100);
  CHECK(mmdc(dir, "-i mermaid-0a1b2c -o x.png").status == 0);
  CHECK(png_size(read_file(dir + "/x.png")).width > 100);
  const MmdcRun from_stdin = mmdc(dir, "-q", dir + "/chart.mmd");
  CHECK(from_stdin.status == 0);
  CHECK(from_stdin.err.find("No input file specified") != std::string::npos);
  CHECK(read_file(dir + "/out.svg") == read_file(dir + "/chart.mmd.svg"));
  const MmdcRun to_stdout = mmdc(dir, "-i - -o -", dir + "/chart.mmd");
  CHECK(to_stdout.status == 0);
  CHECK(to_stdout.out == read_file(dir + "/chart.mmd.svg"));
  CHECK(to_stdout.err.find("No output format specified") != std::string::npos);
  CHECK(mmdc(dir, "-i chart.mmd -o - -e png").out.substr(1, 3) == "PNG");
  CHECK(mmdc(dir, "-q -i chart.mmd -o x.pdf").status == 0);
  CHECK(read_file(dir + "/x.pdf").substr(0, 5) == "%PDF-");
}

TEST_CASE("usage and I/O errors exit non-zero with mmdc's message") {
  const std::string dir = scratch("errors");
  copy_fixture(dir, "small.mmd");
  const auto fails = [&](const std::string& args, const std::string& says) {
    const MmdcRun run = mmdc(dir, args);
    CHECK(run.status != 0);
    CHECK(run.err.find(says) != std::string::npos);
  };
  fails("-i missing.mmd", "Input file \"missing.mmd\" doesn't exist");
  fails("-i small.mmd -o out.gif", "Output file must end with");
  fails("-i small.mmd -o nodir/out.svg", "Output directory \"nodir/\" doesn't exist");
  fails("-i small.mmd -e gif", "gif");
  fails("-i small.mmd -w 0", "Not a positive integer");
  fails("-i small.mmd -H abc", "Not a positive integer");
  fails("-i small.mmd -j -1", "");
  fails("-i small.mmd -s 0", "Not a positive number");
  fails("-i small.mmd -c nope.json", "Configuration file \"nope.json\" doesn't exist");
  fails("-i small.mmd -C nope.css", "CSS file \"nope.css\" doesn't exist");
  fails("-i small.mmd -a art", "can only be used with Markdown input");
  fails("-i small.mmd --no-such-flag", "no-such-flag");
  copy_fixture(dir, "page.md");
  fails("-i page.md -o -", "Cannot use `stdout` with markdown input");
}

TEST_CASE("a broken diagram names file:line:col and exits 1, as does an undrawn type") {
  const std::string dir = scratch("broken");
  write_file(dir + "/broken.mmd", "flowchart LR\n  A[oops --> B\n");
  const MmdcRun run = mmdc(dir, "-q -i broken.mmd -o b.svg");
  CHECK(run.status == 1);
  CHECK(run.err.find("broken.mmd:3:1: error: node label opened with '[' is never closed") != std::string::npos);
  CHECK(!std::filesystem::exists(dir + "/b.svg"));
  write_file(dir + "/seq.mmd", "sequenceDiagram\n  A->>B: hi\n");
  const MmdcRun seq = mmdc(dir, "-q -i seq.mmd -o s.svg");
  CHECK(seq.status == 1);
  CHECK(seq.err.find("seq.mmd:1:1: warning: 'sequenceDiagram' diagrams are not drawn") != std::string::npos);
}

TEST_CASE("page size flags -w -H -s follow mmdc's page rule: own size, shrunk to fit the width, never blown up") {
  const std::vector<Measured> rows = measured_sizes();
  REQUIRE(rows.size() > 20);
  const std::string dir = scratch("page");
  for (const char* d : {"small", "wide", "tall"}) copy_fixture(dir, std::string(d) + ".mmd");
  for (const Measured& m : rows) {
    INFO(m.diagram << " [" << m.args << "]");
    // The rule reproduces mmdc's own numbers from mmdc's natural size ...
    const Size rule = page_rule(m.natural, m.width, m.scale);
    CHECK(rule.width == m.png.width);
    CHECK(rule.height == m.png.height);
    // ... and merrow-mmdc follows it from merrow's natural size (its SVG's size).
    REQUIRE(mmdc(dir, "-q -i " + m.diagram + ".mmd -o n.svg").status == 0);
    const Size natural = svg_size(read_file(dir + "/n.svg"));
    REQUIRE(mmdc(dir, "-q -i " + m.diagram + ".mmd -o p.png " + m.args).status == 0);
    const Size png = png_size(read_file(dir + "/p.png"));
    const Size expected = page_rule(natural, m.width, m.scale);
    CHECK(png.width == expected.width);
    CHECK(png.height == expected.height);
  }
}

TEST_CASE("the SVG keeps its own size whatever -w/-H/-s (as mmdc), the PDF is cropped, -f or not") {
  const std::string dir = scratch("svgpdf");
  copy_fixture(dir, "wide.mmd");
  REQUIRE(mmdc(dir, "-q -i wide.mmd -o a.svg").status == 0);
  REQUIRE(mmdc(dir, "-q -i wide.mmd -o b.svg -w 400 -H 100 -s 2").status == 0);
  CHECK(read_file(dir + "/a.svg") == read_file(dir + "/b.svg"));
  const Size natural = svg_size(read_file(dir + "/a.svg"));
  CHECK(natural.width > 784);
  REQUIRE(mmdc(dir, "-q -i wide.mmd -o a.pdf").status == 0);
  REQUIRE(mmdc(dir, "-q -i wide.mmd -o f.pdf -f").status == 0);
  CHECK(read_file(dir + "/a.pdf") == read_file(dir + "/f.pdf"));
  const Size pdf = pdf_size(read_file(dir + "/a.pdf"));  // 784 CSS px at 0.75 pt, as Chromium prints
  CHECK(pdf.width == Approx(784 * 0.75).margin(0.01));
  CHECK(pdf.height == Approx(natural.height * 784 / natural.width * 0.75).margin(0.01));
  REQUIRE(mmdc(dir, "-q -i wide.mmd -o w.pdf -w 2000").status == 0);
  CHECK(pdf_size(read_file(dir + "/w.pdf")).width == Approx(natural.width * 0.75).margin(0.01));
}

TEST_CASE("background flag -b sets the PNG background, white by default") {
  const std::string dir = scratch("background");
  copy_fixture(dir, "small.mmd");
  const auto corner = [&](const std::string& args) {
    REQUIRE(mmdc(dir, "-q -i small.mmd -o bg.png " + args).status == 0);
    return decode_png(read_file(dir + "/bg.png")).pixels.front();
  };
  CHECK(corner("") == 0xffffffffu);
  CHECK(corner("-b '#ff0000'") == 0xffff0000u);
  CHECK(corner("-b red") == 0xffff0000u);
  CHECK(corner("-b transparent") >> 24 == 0);
  CHECK(corner("-b red -b transparent") >> 24 == 0);  // the last one wins
}

TEST_CASE("theme flags -t and -c set the theme and the config file's theme wins over -t as in mmdc") {
  const std::string dir = scratch("theme");
  copy_fixture(dir, "small.mmd");
  write_file(dir + "/forest.json", R"({"theme": "forest"})");
  write_file(dir + "/bad.json", "[1,");
  REQUIRE(mmdc(dir, "-q -i small.mmd -o default.svg").status == 0);
  REQUIRE(mmdc(dir, "-q -i small.mmd -o dark.svg -t dark").status == 0);
  REQUIRE(mmdc(dir, "-q -i small.mmd -o forest.svg -t forest").status == 0);
  REQUIRE(mmdc(dir, "-q -i small.mmd -o both.svg -t dark -c forest.json").status == 0);
  CHECK(read_file(dir + "/default.svg") != read_file(dir + "/dark.svg"));
  CHECK(read_file(dir + "/both.svg") == read_file(dir + "/forest.svg"));
  CHECK(mmdc(dir, "-q -i small.mmd -o x.svg -c bad.json").status != 0);
}

TEST_CASE("css file -C maps winning rules onto theme colours and the rest is reported once") {
  const std::string dir = scratch("css");
  copy_fixture(dir, "small.mmd");
  write_file(dir + "/plain.css", ".node rect { fill: #ff0000; }\n.foo { color: blue; }\n");
  write_file(dir + "/important.css", "/* wins */ .node rect { fill: #ff0000 !important; }\n");
  write_file(dir + "/scoped.css", "#my-svg .node rect { fill: #ff0000; }\n");
  REQUIRE(mmdc(dir, "-q -i small.mmd -o none.png").status == 0);
  const MmdcRun plain = mmdc(dir, "-i small.mmd -o plain.png -C plain.css");
  REQUIRE(plain.status == 0);
  CHECK(plain.err.find("2 CSS rule(s) not applied") != std::string::npos);
  CHECK(read_file(dir + "/plain.png") == read_file(dir + "/none.png"));  // mmdc: no effect either
  for (const char* css : {"important", "scoped"}) {
    const MmdcRun run = mmdc(dir, std::string("-i small.mmd -o c.png -C ") + css + ".css");
    REQUIRE(run.status == 0);
    CHECK(run.err.find("not applied") == std::string::npos);
    const Image image = decode_png(read_file(dir + "/c.png"));
    // The middle of the first node (left third, half height) is red.
    CHECK(image.pixels[size_t(image.height / 2) * image.width + image.width / 6] == 0xffff0000u);
  }
}

TEST_CASE("svg id -I sets the root svg id") {
  const std::string dir = scratch("svgid");
  copy_fixture(dir, "small.mmd");
  REQUIRE(mmdc(dir, "-q -i small.mmd -o a.svg -I chart-one").status == 0);
  CHECK(read_file(dir + "/a.svg").find("id=\"chart-one\"") != std::string::npos);
}

TEST_CASE("accepted flags that change nothing (-p twice -H -f -j -q --iconPacks --iconPacksNamesAndUrls)") {
  const std::string dir = scratch("accepted");
  copy_fixture(dir, "small.mmd");
  REQUIRE(mmdc(dir, "-i small.mmd -o plain.svg").status == 0);
  write_file(dir + "/p.json", R"({"headless": "shell"})");
  const MmdcRun run = mmdc(dir,
                           "-q -i small.mmd -o all.svg -p missing.json -p other.json -H 100 -f -j 4 "
                           "--puppeteerConfigFile p.json");  // only the last -p is read, as in mmdc
  CHECK(run.status == 0);
  CHECK(run.out.empty());
  CHECK(run.err.empty());
  CHECK(read_file(dir + "/all.svg") == read_file(dir + "/plain.svg"));
  const MmdcRun icons = mmdc(dir, "-i small.mmd -o icons.svg --iconPacks @iconify-json/logos --iconPacksNamesAndUrls "
                                  "azure#https://example.org/icons.json");
  CHECK(icons.status == 0);
  CHECK(icons.err.find("--iconPacks/--iconPacksNamesAndUrls are ignored") != std::string::npos);
  CHECK(icons.out.find("Generating single mermaid chart") != std::string::npos);  // not quiet: mmdc's log line
  CHECK(read_file(dir + "/icons.svg") == read_file(dir + "/plain.svg"));
}

TEST_CASE("css file -C rules on a diagram class become its classDef (as mmdc draws them)") {
  // mermaid-ref render cls.mmd cls.png -C cls.css: A red, B blue, C the theme's.
  const std::string dir = scratch("css-class");
  write_file(dir + "/cls.mmd", "flowchart LR\n  A:::hot --> B:::cold --> C\n");
  write_file(dir + "/cls.css", ".hot rect { fill: #ff0000 !important; }\n.cold > * { fill: #0000ff !important; }\n");
  REQUIRE(mmdc(dir, "-q -i cls.mmd -o c.png -C cls.css").status == 0);
  const Image image = decode_png(read_file(dir + "/c.png"));
  const auto at = [&](double x) { return image.pixels[size_t(image.height / 4) * image.width + size_t(image.width * x)]; };
  CHECK(at(0.08) == 0xffff0000u);
  CHECK(at(0.45) == 0xff0000ffu);
  CHECK(at(0.80) != 0xff0000ffu);
}

// What mmdc 11.17.0 accepts, rejects and lets win, measured with mermaid-ref's mmdc
// (`node .../@mermaid-js/mermaid-cli/src/cli.js ARGS` and mmdc-ref.sh a.mmd OUT ARGS):
//   --transparent         error: unknown option '--transparent' (exit 1)
//   -t base               error: option '-t, --theme [theme]' argument 'base' is invalid. Allowed choices are
//                         default, forest, dark, neutral.
//   -j 2 -j 0             error: option '-j, --jobs <jobs>' argument '0' is invalid. Not a positive integer.
//   -i a.mmd extra        error: too many arguments. Expected 0 arguments but got 1.
//   -i                    error: option '-i, --input <input>' argument missing
//   -b red -b blue        background-color: blue; -t dark -t forest: forest; -i a -i b: b; -o x -o y: y
//   -e png -o x.svg       PNG bytes in x.svg
//   -I (no value)         id="true"; -c / -p (no value): Configuration file "true" doesn't exist
//   -e (no value)         Output format must be one of "svg", "png" or "pdf"
//   -t, -w, -H, -s, -a (no value, .md input)   mmdc fails (mermaid or the browser throws)
//   -p missing.json       Configuration file "missing.json" doesn't exist
// merrow-mmdc says the same (prefixed "merrow-mmdc: error: ") and exits 2 for usage errors.
TEST_CASE("flags as mmdc 11.17 takes them: nothing more, its checks, the last occurrence wins") {
  const std::string dir = scratch("accepts");
  copy_fixture(dir, "small.mmd");
  write_file(dir + "/other.mmd", "flowchart LR\n  Other --> Chart\n");
  copy_fixture(dir, "page.md");
  const auto fails = [&](const std::string& args, const std::string& says) {
    INFO(args);
    const MmdcRun run = mmdc(dir, args);
    CHECK(run.status == 2);
    CHECK(run.err == "merrow-mmdc: error: " + says + "\n");
  };
  fails("-i small.mmd --transparent", "unknown option '--transparent'");
  fails("-i small.mmd -t base",
        "option '-t, --theme [theme]' argument 'base' is invalid. Allowed choices are default, forest, dark, neutral.");
  fails("-i small.mmd -e jpg",
        "option '-e, --outputFormat [format]' argument 'jpg' is invalid. Allowed choices are svg, png, pdf.");
  fails("-i small.mmd -j 2 -j 0", "option '-j, --jobs <jobs>' argument '0' is invalid. Not a positive integer.");
  fails("-i small.mmd -w 0 -w 600", "option '-w, --width [width]' argument '0' is invalid. Not a positive integer.");
  fails("-i small.mmd -s 0", "option '-s, --scale [scale]' argument '0' is invalid. Not a positive number.");
  fails("-i small.mmd extra", "too many arguments. Expected 0 arguments but got 1.");
  fails("-i", "option '-i, --input <input>' argument missing");
  fails("-i small.mmd -x", "unknown option '-x'");
  fails("-i small.mmd -c", "Configuration file \"true\" doesn't exist");
  fails("-i small.mmd -p", "Configuration file \"true\" doesn't exist");
  fails("-i small.mmd -p missing.json", "Configuration file \"missing.json\" doesn't exist");
  fails("-i small.mmd -e", "Output format must be one of \"svg\", \"png\" or \"pdf\"");
  for (const std::string flag : {"-t", "-w", "-H", "-s"})
    fails("-i small.mmd " + flag + " -q", "option '" + std::string(flag == "-t"   ? "-t, --theme [theme]"
                                                                   : flag == "-w" ? "-w, --width [width]"
                                                                   : flag == "-H" ? "-H, --height [height]"
                                                                                  : "-s, --scale [scale]") +
                                              "' needs a value (mmdc fails without one)");
  fails("-i page.md -o out.md -a", "option '-a, --artefacts [artefacts]' needs a value (mmdc fails without one)");

  // The last occurrence wins; -e wins over the output's extension; -I alone is the id "true".
  REQUIRE(mmdc(dir, "-q -i small.mmd -o forest.svg -t forest").status == 0);
  REQUIRE(mmdc(dir, "-q -i small.mmd -o twice.svg -t dark -t forest").status == 0);
  CHECK(read_file(dir + "/twice.svg") == read_file(dir + "/forest.svg"));
  REQUIRE(mmdc(dir, "-q -i other.mmd -o other.svg").status == 0);
  REQUIRE(mmdc(dir, "-q -i small.mmd -i other.mmd -o first.svg -o last.svg").status == 0);
  CHECK(!std::filesystem::exists(dir + "/first.svg"));
  CHECK(read_file(dir + "/last.svg") == read_file(dir + "/other.svg"));
  REQUIRE(mmdc(dir, "-q -i small.mmd -o png.svg -e png").status == 0);
  CHECK(read_file(dir + "/png.svg").substr(1, 3) == "PNG");
  REQUIRE(mmdc(dir, "-q -i small.mmd -o id.svg -I").status == 0);
  CHECK(read_file(dir + "/id.svg").find("<svg id=\"true\"") != std::string::npos);
  // Attached values, as commander reads them.
  REQUIRE(mmdc(dir, "-q -i small.mmd -o attached.svg -tforest --width=800").status == 0);
  CHECK(read_file(dir + "/attached.svg") == read_file(dir + "/forest.svg"));
}
