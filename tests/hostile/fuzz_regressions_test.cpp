// The fuzzers' saved inputs, replayed on every test run without clang or
// libFuzzer: every file of fuzz/regressions/<target>/ (inputs that once
// crashed, hung or broke a contract) and the samples/ the seed corpora start
// from, through every fuzz target's check (fuzz/fuzz_checks.hpp). In the
// sanitized suite (scripts/test-sanitized.sh) this is ASan + UBSan on them too.
// A new finding goes into fuzz/regressions/<target>/ once it is fixed.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "fuzz/fuzz_checks.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<fs::path> files_under(const fs::path& root) {
  std::vector<fs::path> files;
  if (!fs::is_directory(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
      files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

struct Check {
  const char* target;
  std::function<std::string(std::string_view)> run;
};

// Every input through every check: an input saved by one fuzzer is a hostile
// input for the others too. libFuzzer gives each input 10 s (scripts/fuzz.sh
// -timeout=10); so does this replay, so a saved hang stays a failure.
void replay(const std::vector<fs::path>& inputs) {
  const std::vector<Check> checks = {{"parse", merrow::fuzz::check_parse},
                                     {"lint", merrow::fuzz::check_lint},
                                     {"layout", merrow::fuzz::check_layout},
                                     {"render", merrow::fuzz::check_render},
                                     {"markdown", merrow::fuzz::check_markdown}};
  for (const auto& path : inputs) {
    const std::string bytes = read_bytes(path);
    for (const auto& check : checks) {
      INFO(check.target << " check on " << path.string() << " (" << bytes.size() << " bytes)");
      const auto start = std::chrono::steady_clock::now();
      CHECK(check.run(bytes) == "");
      const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
      CHECK(took.count() < 10.0);
    }
  }
}

}  // namespace

TEST_CASE("fuzz regressions: every saved input passes every fuzz target's check", "[hostile][fuzz]") {
  const auto inputs = files_under(fs::path(MERROW_SOURCE_DIR) / "fuzz" / "regressions");
  // The directory holds at least the lint timeout of docs/performance.md; an
  // empty list means the path is wrong, not that there is nothing to replay.
  REQUIRE_FALSE(inputs.empty());
  replay(inputs);
}

TEST_CASE("fuzz seeds: the samples pass every fuzz target's check", "[hostile][fuzz]") {
  const auto inputs = files_under(fs::path(MERROW_SOURCE_DIR) / "samples");
  REQUIRE_FALSE(inputs.empty());
  replay(inputs);
}
