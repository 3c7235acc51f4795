// Reference-image tests: every samples/*.mmd, and every mermaid block of
// samples/*.md (as <name>-1, <name>-2, ...), rendered to PNG at scale 1 and
// compared with tests/render_cli/references/<name>.png (per-channel tolerance,
// a tiny share (0.01 %) of differing pixels allowed for antialiasing drift).
// MERROW_UPDATE_REFERENCES=1 rewrites the references; a failure writes
// <name>-strip.png (expected | diff | actual) into the scratch directory. A
// missing reference fails.
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
  // (image name, PNG bytes) of every diagram of every sample.
  std::vector<std::pair<std::string, std::string>> images;
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(samples))
    if (entry.path().extension() == ".mmd" || entry.path().extension() == ".md") inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(!inputs.empty());
  for (const fs::path& input : inputs) {
    const std::string name = input.stem().string();
    INFO("sample " << name);
    if (input.extension() == ".mmd") {
      Run run = run_merrow("render '" + input.string() + "' -o - --format png 2>/dev/null");
      REQUIRE(run.status == 0);
      images.emplace_back(name, run.out);
      continue;
    }
    // Markdown: one numbered output file per mermaid block.
    const fs::path out = fs::path(scratch_dir()) / (name + ".png");
    Run run = run_merrow("render '" + input.string() + "' -o '" + out.string() + "' 2>/dev/null");
    REQUIRE(run.status == 0);
    for (int i = 1;; ++i) {
      const fs::path block = fs::path(scratch_dir()) / (name + "-" + std::to_string(i) + ".png");
      if (!fs::exists(block)) break;
      images.emplace_back(name + "-" + std::to_string(i), read_file(block.string()));
      fs::remove(block);
    }
    REQUIRE(images.back().first.rfind(name + "-", 0) == 0);
  }
  constexpr int tolerance = 16;
  for (const auto& [name, png] : images) {
    INFO("image " << name);
    const fs::path reference = references / (name + ".png");
    if (update) {
      fs::create_directories(references);
      std::ofstream(reference, std::ios::binary) << png;
      continue;
    }
    REQUIRE(fs::exists(reference));
    Image expected = decode_png(read_file(reference.string())), actual = decode_png(png);
    REQUIRE(!actual.empty());
    const size_t differing = differing_pixels(expected, actual, tolerance);
    // 0.01 %: same-machine renders are pixel-identical, and a 0.5 % budget
    // let arrowheads 2 px wider on every edge pass unseen.
    const size_t allowed = expected.pixels.size() / 10000;
    if (differing > allowed)
      write_diff_strip(expected, actual, tolerance, scratch_dir() + "/" + name + "-strip.png");
    INFO(differing << " of " << expected.pixels.size() << " pixels differ beyond " << tolerance);
    CHECK(differing <= allowed);
  }
}
