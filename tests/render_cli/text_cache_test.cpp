// The text cache (render/text/disk_cache.hpp: shaping, font metrics, glyph
// outlines kept across runs) never changes a byte of output: the same
// diagrams drawn with an empty cache directory, a warm one, a damaged one,
// by processes racing on one, and with MERROW_NO_CACHE, give identical files.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <vector>

#include "cli_runner.hpp"

using namespace merrow::test;
namespace fs = std::filesystem;

namespace {

// Labels like the corpus's: accents, CJK and emoji (fallback fonts), RTL,
// combining marks, icons, Markdown bold/italic, HTML, wrapping, edge labels.
const std::map<std::string, std::string> kDiagrams = {
    {"labels.mmd",
     "flowchart TD\n"
     "  A[\"Café naïve résumé\"] -->|ja| B(\"中文标签 and 日本語\")\n"
     "  B --> C{\"🚀 Launch?\"}\n"
     "  C -- \"مرحبا بالعالم\" --> D[[\"שלום e\u0301 o\u0308\"]]\n"
     "  C --> E[\"fa:fa-car Car and fa:fa-github\"]\n"
     "  E --> F[\"`**bold** and *italic* text`\"]\n"
     "  F --> G[\"<b>HTML</b> <i>tags</i> &amp; entities\"]\n"
     "  G --> H[\"A rather long label that has to wrap over several lines at the default width\"]\n"
     "  subgraph S [\"Ünïcödé subgraph — with a dash\"]\n    D\n    E\n  end\n"},
    {"mind.mmd",
     "mindmap\n  root((Wurzel ✓))\n    Ästhetik\n      **Fett**\n      *Kursiv*\n    中文\n"
     "      ::icon(fa fa-book)\n      Bücher\n    [Ελληνικά]\n    (\"Zwei Zeilen\nhier\")\n"},
};

struct Dir {
  fs::path path;
  explicit Dir(const std::string& name)
      : path(fs::temp_directory_path() / ("merrow-text-cache-" + name + "-" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~Dir() { fs::remove_all(path); }
  std::string str() const { return path.string(); }
};

// Renders every diagram (and the seed page's, when ../shared is there) to
// svg and png with the environment given; file name -> bytes.
std::map<std::string, std::string> render_all(const Dir& inputs, const std::string& env, const std::string& tag) {
  std::map<std::string, std::string> out;
  for (const auto& entry : fs::directory_iterator(inputs.path)) {
    const std::string in = entry.path().string();
    if (entry.path().extension() != ".mmd" && entry.path().extension() != ".md") continue;
    for (const std::string ext : {"svg", "png"}) {
      const std::string target = inputs.str() + "/out-" + tag + "-" + entry.path().stem().string() + "." + ext;
      REQUIRE(run_merrow_env(env, "render '" + in + "' -o '" + target + "'").status == 0);
      for (const auto& produced : fs::directory_iterator(inputs.path)) {
        const std::string name = produced.path().filename().string();
        if (name.starts_with("out-" + tag + "-" + entry.path().stem().string())) {
          out[name.substr(tag.size() + 5)] = read_file(produced.path().string());
          fs::remove(produced.path());
        }
      }
    }
  }
  return out;
}

void write_inputs(const Dir& inputs) {
  for (const auto& [name, text] : kDiagrams) std::ofstream(inputs.path / name, std::ios::binary) << text;
  const fs::path seed = fs::path(MERROW_SHARED_DIR) / "seed" / "os2-organisation.md";
  if (fs::exists(seed)) fs::copy_file(seed, inputs.path / "seed.md");
}

std::string env_for(const Dir& cache) { return "XDG_CACHE_HOME='" + cache.str() + "'"; }

// The cache directory's text-<build>.cache files.
std::vector<fs::path> text_caches(const Dir& cache) {
  std::vector<fs::path> files;
  if (fs::exists(cache.path / "merrow"))
    for (const auto& entry : fs::directory_iterator(cache.path / "merrow")) {
      const std::string name = entry.path().filename().string();
      if (name.starts_with("text-") && name.ends_with(".cache")) files.push_back(entry.path());
    }
  return files;
}

}  // namespace

TEST_CASE("text cache: empty, warm, damaged and disabled caches draw the same bytes") {
  Dir inputs("inputs"), cache("cache");
  write_inputs(inputs);
  const auto reference = render_all(inputs, "MERROW_NO_CACHE=1 XDG_CACHE_HOME='" + cache.str() + "'", "none");
  REQUIRE(reference.size() >= 4);
  CHECK(text_caches(cache).empty());  // disabled: nothing written

  const auto cold = render_all(inputs, env_for(cache), "cold");
  REQUIRE(text_caches(cache).size() == 1);
  const fs::path file = text_caches(cache).front();
  const auto warm = render_all(inputs, env_for(cache), "warm");
  CHECK(cold == reference);
  CHECK(warm == reference);

  const std::string good = read_file(file.string());
  for (const std::string& damaged : {good.substr(0, good.size() / 2), std::string(good.size(), '\x5a'),
                                     std::string("MRWCACH1 but nothing else")}) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << damaged;
    CHECK(render_all(inputs, env_for(cache), "damaged") == reference);
    CHECK(render_all(inputs, env_for(cache), "healed") == reference);  // the rewritten file
  }
  // Every byte of a value flipped: a record whose checksum fails is a miss.
  std::string flipped = read_file(file.string());
  for (size_t i = flipped.size() / 2; i < flipped.size(); i += 97) flipped[i] = static_cast<char>(flipped[i] ^ 1);
  std::ofstream(file, std::ios::binary | std::ios::trunc) << flipped;
  CHECK(render_all(inputs, env_for(cache), "flipped") == reference);
}

TEST_CASE("text cache: processes racing on one cache directory draw the same bytes") {
  Dir inputs("race-inputs"), cache("race-cache");
  write_inputs(inputs);
  const auto reference = render_all(inputs, "MERROW_NO_CACHE=1", "none");
  // Six renders at once into a fresh cache (each writes it on exit), then a docs-tree run on 4 threads.
  std::string script = "cd '" + inputs.str() + "' && for i in 1 2 3 4 5 6; do XDG_CACHE_HOME='" + cache.str() +
                       "' '" + MERROW_BINARY + "' render labels.mmd -o race-$i.svg & done; wait";
  REQUIRE(std::system(script.c_str()) == 0);
  const std::string expected = reference.at("labels.svg");
  for (int i = 1; i <= 6; ++i) CHECK(read_file(inputs.str() + "/race-" + std::to_string(i) + ".svg") == expected);
  for (int i = 1; i <= 6; ++i) fs::remove(inputs.path / ("race-" + std::to_string(i) + ".svg"));
  CHECK(render_all(inputs, env_for(cache), "after") == reference);
  Dir tree_out("race-tree"), tree_reference("race-tree-ref");
  REQUIRE(run_merrow_env(env_for(cache), "render '" + inputs.str() + "' -j 4 -q --out-dir '" + tree_out.str() + "'")
              .status == 0);
  REQUIRE(run_merrow_env("MERROW_NO_CACHE=1", "render '" + inputs.str() + "' -j 1 -q --out-dir '" +
                                                  tree_reference.str() + "'")
              .status == 0);
  size_t compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(tree_reference.path)) {
    if (!entry.is_regular_file()) continue;
    const fs::path twin = tree_out.path / fs::relative(entry.path(), tree_reference.path);
    CHECK(read_file(twin.string()) == read_file(entry.path().string()));
    ++compared;
  }
  CHECK(compared >= 2);
}

TEST_CASE("text cache: one file per build, the oldest other builds' files removed") {
  Dir inputs("builds-inputs"), cache("builds-cache");
  write_inputs(inputs);
  fs::create_directories(cache.path / "merrow");
  for (int i = 0; i < 18; ++i) {
    const fs::path other = cache.path / "merrow" / ("text-00000000000000" + std::to_string(10 + i) + ".cache");
    std::ofstream(other) << "another build's cache";
    fs::last_write_time(other, fs::file_time_type::clock::now() - std::chrono::hours(24 * (30 - i)));
  }
  std::ofstream(cache.path / "merrow" / "unrelated.txt") << "kept";
  REQUIRE(run_merrow_env(env_for(cache), "render '" + (inputs.path / "labels.mmd").string() + "' -o '" +
                                             (inputs.path / "labels.svg").string() + "'")
              .status == 0);
  const auto files = text_caches(cache);
  CHECK(files.size() == 16);  // this build's and the 15 newest others
  CHECK(fs::exists(cache.path / "merrow" / "text-0000000000000027.cache"));
  CHECK(fs::exists(cache.path / "merrow" / "text-0000000000000013.cache"));
  CHECK(!fs::exists(cache.path / "merrow" / "text-0000000000000012.cache"));
  CHECK(!fs::exists(cache.path / "merrow" / "text-0000000000000010.cache"));
  CHECK(fs::exists(cache.path / "merrow" / "unrelated.txt"));
}
