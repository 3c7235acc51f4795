#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "cli_runner.hpp"

using namespace merrow::test;

namespace {
const std::string simple = "flowchart LR\n  A[Hello] --> B(World)\n";

std::string write_input(const std::string& name, const std::string& text) {
  std::string path = scratch_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}
}  // namespace

TEST_CASE("render: format from the output extension, svg/png/pdf") {
  std::string in = write_input("simple.mmd", simple);
  for (std::string ext : {"svg", "png", "pdf"}) {
    std::string out = scratch_dir() + "/simple." + ext;
    std::filesystem::remove(out);
    REQUIRE(run_merrow("render '" + in + "' -o '" + out + "'").status == 0);
    std::string data = read_file(out);
    if (ext == "svg") CHECK(data.find("<svg") != std::string::npos);
    if (ext == "png") CHECK(data.substr(1, 3) == "PNG");
    if (ext == "pdf") CHECK(data.substr(0, 5) == "%PDF-");
  }
}

TEST_CASE("render: stdin to stdout, byte-identical twice") {
  std::string in = write_input("stdin.mmd", simple);
  Run a = run_merrow("render - -o - --format svg < '" + in + "'");
  Run b = run_merrow("render - -o - --format svg < '" + in + "'");
  CHECK(a.status == 0);
  CHECK(a.out.find("<svg") != std::string::npos);
  CHECK(a.out == b.out);
  Run pdf1 = run_merrow("render - -o - --format pdf < '" + in + "'");
  Run pdf2 = run_merrow("render - -o - --format pdf < '" + in + "'");
  CHECK(pdf1.out == pdf2.out);
}

TEST_CASE("render: Markdown gives one numbered output per diagram") {
  std::string md = "# Page\n\n```mermaid\n" + simple + "```\n\ntext\n\n```mermaid\nflowchart TD\n  X --> Y\n```\n";
  std::string in = write_input("page.md", md);
  std::string out = scratch_dir() + "/page.svg";
  std::filesystem::remove(scratch_dir() + "/page-1.svg");
  std::filesystem::remove(scratch_dir() + "/page-2.svg");
  REQUIRE(run_merrow("render '" + in + "' -o '" + out + "'").status == 0);
  CHECK(std::filesystem::exists(scratch_dir() + "/page-1.svg"));
  CHECK(std::filesystem::exists(scratch_dir() + "/page-2.svg"));
  CHECK(!std::filesystem::exists(out));
}

TEST_CASE("render: usage errors exit 2 and never touch the input") {
  std::string in = write_input("keep.mmd", simple);
  CHECK(run_merrow("render '" + in + "' -o out.xyz 2>/dev/null").status == 2);
  CHECK(run_merrow("render '" + in + "' --format gif 2>/dev/null").status == 2);
  CHECK(run_merrow("render '" + in + "' -o '" + in + "' --format svg 2>/dev/null").status == 2);
  CHECK(run_merrow("render '" + in + "' --background notacolour -o - 2>/dev/null").status == 2);
  CHECK(run_merrow("render /nonexistent/x.mmd 2>/dev/null").status == 2);
  CHECK(read_file(in) == simple);
}

TEST_CASE("render: unsupported diagram types are an error for that diagram, not a crash") {
  std::string in = write_input("seq.mmd", "sequenceDiagram\n  A->>B: hi\n");
  CHECK(run_merrow("render '" + in + "' -o - 2>/dev/null").status == 1);
}

TEST_CASE("render: --scale and --width size the PNG") {
  std::string in = write_input("size.mmd", simple);
  auto png_width = [](const std::string& png) {
    const auto* b = reinterpret_cast<const unsigned char*>(png.data());
    return png.size() > 24 ? (b[16] << 24 | b[17] << 16 | b[18] << 8 | b[19]) : 0;
  };
  Run one = run_merrow("render '" + in + "' -o - --format png");
  Run two = run_merrow("render '" + in + "' -o - --format png --scale 2");
  Run fit = run_merrow("render '" + in + "' -o - --format png --width 500");
  REQUIRE(one.status == 0);
  CHECK(png_width(two.out) == Approx(2 * png_width(one.out)).margin(1));
  CHECK(png_width(fit.out) == 500);
}

TEST_CASE("render: --theme and --config change the colours, the diagram own config wins") {
  std::string in = write_input("themed.mmd", simple);
  Run plain = run_merrow("render '" + in + "' -o - --format svg");
  Run forest = run_merrow("render '" + in + "' -o - --format svg --theme forest");
  CHECK(forest.status == 0);
  CHECK(plain.out != forest.out);
  std::string config = write_input("config.json", R"({"theme": "base", "themeVariables": {"primaryColor": "#ff0000"}})");
  Run configured = run_merrow("render '" + in + "' -o - --format svg --config '" + config + "'");
  CHECK(configured.out.find("fill=\"#ff0000\"") != std::string::npos);
  std::string own = write_input("own.mmd", "%%{init: {\"theme\": \"forest\"}}%%\n" + simple);
  Run own_theme = run_merrow("render '" + own + "' -o - --format svg --theme dark");
  CHECK(own_theme.out == run_merrow("render '" + own + "' -o - --format svg").out);
}

TEST_CASE("render: --max-output-pixels stops an oversized image before drawing, naming the flag") {
  std::string in = write_input("pixels.mmd", simple);
  std::string out = scratch_dir() + "/pixels.png";
  std::filesystem::remove(out);
  Run small = run_merrow("render '" + in + "' -o '" + out + "' --max-output-pixels 1000 2>&1");
  CHECK(small.status == 1);
  CHECK(small.out.find("--max-output-pixels") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));  // nothing half-written
  // --scale counts: the same limit that a 1x image meets, a 3x one exceeds.
  CHECK(run_merrow("render '" + in + "' -o '" + out + "' --max-output-pixels 50000").status == 0);
  CHECK(run_merrow("render '" + in + "' -o '" + out + "' --scale 3 --max-output-pixels 50000").status == 1);
}
