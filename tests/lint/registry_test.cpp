// The registry is the single source of codes, names and severities: every
// code the parser, the preamble, the limits and the lint rules can emit must be
// registered under the same name (and, where the source states a severity
// next to it, the same severity). Checked two ways: the error tables that are
// plain data are referenced directly; the rest is read from the source tree
// (MERROW_SOURCE_DIR) at test time, so a new `make_diagnostic("M123", "x", ...)`
// or MERROW_FLOWCHART_ERROR row that is not registered fails here.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "grammar/mindmap/mindmap_errors.hpp"
#include "lint/registry.hpp"
#include "model/limits.hpp"

using namespace merrow;
using namespace merrow::lint;
namespace fs = std::filesystem;

namespace {

struct SourceFile {
  std::string path;  // relative to the source root
  std::string text;
};

// Every C++ source of the stages that emit diagnostics, except the registry itself.
std::vector<SourceFile> emitting_sources() {
  std::vector<SourceFile> files;
  const fs::path root(MERROW_SOURCE_DIR);
  for (const char* dir : {"grammar", "model", "lint", "cli"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      const auto extension = entry.path().extension();
      if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp")) continue;
      const std::string relative = fs::relative(entry.path(), root).generic_string();
      if (relative.starts_with("lint/registry.")) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      files.push_back({relative, text.str()});
    }
  }
  return files;
}

std::string_view severity_word(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "?";
}

}  // namespace

TEST_CASE("registry: every `\"Mnnn\", \"name\"` pair in the source is registered under that name") {
  const auto files = emitting_sources();
  REQUIRE(files.size() > 20);  // the source tree was found
  // "M101", "unclosed-bracket" in error tables, make_diagnostic(...) calls and
  // ErrorEntry constants, across line breaks; then the severity if one follows.
  const std::regex pair(R"re("(M[0-9]{3})"\s*,\s*"([a-z0-9-]+)"(\s*,\s*Severity::(error|warning|info))?)re");
  // d.code = "M149"; d.name = "internal-error";
  const std::regex assigned(R"re(code\s*=\s*"(M[0-9]{3})"\s*;\s*\w+\.name\s*=\s*"([a-z0-9-]+)")re");
  std::set<std::string> flowchart_codes;
  size_t pairs = 0;
  for (const auto& file : files) {
    for (const std::regex* pattern : {&pair, &assigned}) {
      for (std::sregex_iterator it(file.text.begin(), file.text.end(), *pattern), end; it != end; ++it) {
        const std::string code = (*it)[1];
        const std::string name = (*it)[2];
        INFO(file.path << ": " << code << " " << name);
        ++pairs;
        if (file.path == "grammar/flowchart/flowchart_errors.hpp") flowchart_codes.insert(code);
        const RuleInfo* info = find_code(code);
        REQUIRE(info != nullptr);
        CHECK(info->name == name);
        if (pattern == &pair && (*it)[4].matched) CHECK(severity_word(info->severity) == (*it)[4].str());
      }
    }
  }
  CHECK(pairs >= 75);                   // the patterns still find the tables
  CHECK(flowchart_codes.size() == 22);  // M100-M122 but M121 (removed): every flowchart table code was seen
}

TEST_CASE("registry: every code literal in the source is registered") {
  const std::regex literal(R"re("(M[0-9]{3})")re");
  std::set<std::string> seen;
  for (const auto& file : emitting_sources()) {
    for (std::sregex_iterator it(file.text.begin(), file.text.end(), literal), end; it != end; ++it) {
      const std::string code = (*it)[1];
      INFO(file.path << ": " << code);
      CHECK(find_code(code) != nullptr);
      seen.insert(code);
    }
  }
  // And the other way round: no registered parser code is stale.
  for (const auto& rule : all_rules()) {
    if (rule.category == Category::lint || rule.category == Category::file) continue;
    INFO(rule.code << " " << rule.name);
    CHECK((seen.contains(std::string(rule.code)) || rule.code == limit_exceeded_code));
  }
}

TEST_CASE("registry: the mindmap error table and the limits agree with it") {
  for (const auto& entry : grammar::mindmap::kErrors) {
    INFO(entry.code);
    const RuleInfo* info = find_code(entry.code);
    REQUIRE(info != nullptr);
    CHECK(info->name == entry.name);
  }
  const RuleInfo* limit = find_code(limit_exceeded_code);
  REQUIRE(limit != nullptr);
  CHECK(limit->name == limit_exceeded_name);
  CHECK(limit->category == Category::limit);
  CHECK(limit->severity == Severity::error);
}

TEST_CASE("registry: codes are grouped in their ranges") {
  for (const auto& rule : all_rules()) {
    INFO(rule.code << " " << rule.name);
    const int number = std::stoi(std::string(rule.code.substr(1)));
    switch (rule.category) {
      case Category::file: CHECK(number < 100); break;
      case Category::syntax: CHECK((number >= 100 && number < 190 && number != 149)); break;
      case Category::limit: CHECK(number == 190); break;
      case Category::internal: CHECK((number == 149 || number == 199)); break;
      case Category::lint: CHECK(number >= 200); break;
    }
  }
}
