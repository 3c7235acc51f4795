// Reference-image tests: every samples/*.mmd rendered to PNG and compared
// with tests/render_cli/references/<name>.png (per-channel tolerance, a small
// share of differing pixels allowed for antialiasing). MERROW_UPDATE_REFERENCES=1
// rewrites the references; a failure writes <name>-strip.png (expected | diff
// | actual) into the build directory. A sample without a reference is
// reported, not failed (references are added once layout output is stable).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../render/image_compare.hpp"
#include "cli_runner.hpp"

using namespace merrow::test;
namespace fs = std::filesystem;

TEST_CASE("reference images of samples/*.mmd") {
  const fs::path samples = fs::path(MERROW_SOURCE_DIR) / "samples";
  const fs::path references = fs::path(MERROW_SOURCE_DIR) / "tests/render_cli/references";
  const char* update_env = std::getenv("MERROW_UPDATE_REFERENCES");
  const bool update = update_env && std::string(update_env) == "1";
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(samples))
    if (entry.path().extension() == ".mmd") inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(!inputs.empty());
  constexpr int tolerance = 16;
  for (const fs::path& input : inputs) {
    const std::string name = input.stem().string();
    INFO("sample " << name);
    Run run = run_merrow("render '" + input.string() + "' -o - --format png 2>/dev/null");
    REQUIRE(run.status == 0);
    const fs::path reference = references / (name + ".png");
    if (update) {
      fs::create_directories(references);
      std::ofstream(reference, std::ios::binary) << run.out;
      continue;
    }
    if (!fs::exists(reference)) {
      WARN("no reference for " << name << " (MERROW_UPDATE_REFERENCES=1 creates it)");
      continue;
    }
    Image expected = decode_png(slurp(reference.string())), actual = decode_png(run.out);
    const size_t differing = differing_pixels(expected, actual, tolerance);
    const size_t allowed = expected.pixels.size() / 200;  // 0.5 %
    if (differing > allowed)
      write_diff_strip(expected, actual, tolerance, scratch_dir() + "/" + name + "-strip.png");
    CHECK(differing <= allowed);
  }
}
