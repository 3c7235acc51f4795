// Issue 13 point 10: render and layout draw past mermaid's maxEdges with a
// warning, lint keeps mermaid's error; maxEdges counts from --config only
// (mermaid-ref: %%{init}%% and front matter still fail with 510 edges, mmdc -c
// with maxEdges 1000 renders); --max-output-pixels stops rasters, not SVG.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../hostile/generated_diagrams.hpp"
#include "cli_runner.hpp"
#include "merrow/merrow.hpp"

using merrow::test::run_merrow;
using merrow::test::scratch_dir;
using merrow::test::read_file;

namespace {
// 1,000 nodes, 1,510 edges.
std::string big_chart() { return merrow::generated::realistic_flowchart(1000); }

// Each test case writes its own files: ctest runs the cases in parallel processes.
std::string write(const std::string& name, const std::string& text) {
  const std::string path = scratch_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

const std::string kWarning = "warning: 1510 links, more than mermaid's maxEdges (500)";
}  // namespace

TEST_CASE("big chart: render draws past mermaid's maxEdges and warns on stderr") {
  const std::string in = write("big1k-render.mmd", big_chart());
  const std::string out = scratch_dir() + "/big1k.svg", err = scratch_dir() + "/big1k.err";
  std::filesystem::remove(out);
  REQUIRE(run_merrow("render '" + in + "' -o '" + out + "' 2>'" + err + "'").status == 0);
  CHECK(read_file(out).find("<svg") != std::string::npos);
  CHECK(read_file(err).find(kWarning) != std::string::npos);
  // --max-output-pixels guards raster memory only: the SVG is still written, a PNG is refused.
  REQUIRE(run_merrow("render '" + in + "' -o '" + out + "' --max-output-pixels 1000 2>/dev/null").status == 0);
  CHECK(run_merrow("render '" + in + "' -o '" + scratch_dir() + "/big1k.png' --max-output-pixels 1000 2>/dev/null")
            .status == 1);
}

TEST_CASE("big chart: layout draws past maxEdges too, lint reports mermaid's error") {
  const std::string in = write("big1k-layout.mmd", big_chart());
  const std::string err = scratch_dir() + "/big1k-layout.err";
  const auto layout = run_merrow("layout '" + in + "' 2>'" + err + "'");
  CHECK(layout.status == 0);
  CHECK(layout.out.find("\"nodes\"") != std::string::npos);
  CHECK(read_file(err).find(kWarning) != std::string::npos);
  const auto lint = run_merrow("lint '" + in + "' --format concise");
  CHECK(lint.status == 1);
  CHECK(lint.out.find("M122") != std::string::npos);
}

TEST_CASE("big chart: maxEdges lifts the limit from --config, not from %%{init}%% or front matter") {
  const std::string chart = big_chart();
  const std::string config = write("max-edges.json", "{\"maxEdges\": 2000}");
  const std::string small = write("max-edges-small.json", "{\"maxEdges\": 1000}");
  const std::string out = scratch_dir() + "/big1k-config.svg", err = scratch_dir() + "/big1k-config.err";
  const std::string plain = write("big1k-plain.mmd", chart);
  REQUIRE(run_merrow("render '" + plain + "' -o '" + out + "' -c '" + config + "' 2>'" + err + "'").status == 0);
  CHECK(read_file(err).find("maxEdges") == std::string::npos);  // mermaid would draw it: nothing to say
  REQUIRE(run_merrow("render '" + plain + "' -o '" + out + "' -c '" + small + "' 2>'" + err + "'").status == 0);
  CHECK(read_file(err).find("more than mermaid's maxEdges (1000)") != std::string::npos);
  const std::string init = write("big1k-init.mmd", "%%{init: {\"maxEdges\": 2000}}%%\n" + chart);
  const std::string front = write("big1k-front.mmd", "---\nconfig:\n  maxEdges: 2000\n---\n" + chart);
  for (const std::string& in : {init, front}) {
    REQUIRE(run_merrow("render '" + in + "' -o '" + out + "' 2>'" + err + "'").status == 0);
    CHECK(read_file(err).find(kWarning) != std::string::npos);
    CHECK(run_merrow("lint '" + in + "' --format concise").out.find("M122") != std::string::npos);
  }
}

TEST_CASE("big chart: the public API draws past maxEdges as the CLI does") {
  const std::string chart = big_chart();
  const merrow::RenderResult svg = merrow::render(chart, merrow::OutputFormat::svg);
  CHECK(svg.ok());
  CHECK(svg.data.find("<svg") != std::string::npos);
  CHECK(merrow::layout_json(chart).find("\"nodes\"") != std::string::npos);
  CHECK(merrow::parse(chart).errors.size() == 1);  // parse reports mermaid's verdict, as lint does
}
