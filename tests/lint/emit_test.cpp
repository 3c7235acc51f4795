// Snapshot tests: every emitter over the same two diagnostics in one file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lint/emit/emit.hpp"
#include "lint/registry.hpp"

using namespace merrow;
using namespace merrow::lint;

namespace {

std::vector<FileReport> sample_reports() {
  FileReport report;
  report.path = "docs/org.md";
  LocatedDiagnostic error;
  error.code = "M101";
  error.name = "unclosed-bracket";
  error.severity = Severity::error;
  error.message = "node label opened with '[' is never closed";
  error.label = "expected ']' before end of input";
  error.start = {16, 1};
  error.end = {16, 2};
  error.line = {"```", 1};
  error.notes = {{"'[' opened here", Position{14, 6}, {"    A[Generalforsamling --> B", 1}}};
  error.fix = LocatedFix{"did you mean `A[Generalforsamling] --> B`?", false,
                         {{100, 100, {14, 24}, {14, 24}, "]"}}};
  LocatedDiagnostic warning;
  warning.code = "M210";
  warning.name = "style-on-unused-id";
  warning.severity = Severity::warning;
  warning.message = "`style` names `Z`, which appears nowhere else, 100%";
  warning.label = "only mention";
  warning.start = {15, 5};
  warning.end = {15, 12};
  warning.line = {"    style Z fill:#f00", 1};
  report.diagnostics = {error, warning};
  return {report};
}

std::string emitted(Format format, bool color = false) {
  std::ostringstream out;
  EmitOptions options;
  options.color = color;
  options.tool_version = "0.1.0";
  emit(format, sample_reports(), out, options);
  return out.str();
}

}  // namespace

TEST_CASE("text emitter: clang/ruff style with the line and a caret") {
  CHECK(emitted(Format::text) ==
        "error[M101 unclosed-bracket]: node label opened with '[' is never closed\n"
        "  --> docs/org.md:16:1\n"
        "   |\n"
        "14 |     A[Generalforsamling --> B\n"
        "   |      - '[' opened here\n"
        "...\n"
        "16 | ```\n"
        "   | ^ expected ']' before end of input\n"
        "   = help: did you mean `A[Generalforsamling] --> B`? (unsafe fix: --fix --unsafe-fixes)\n"
        "\n"
        "warning[M210 style-on-unused-id]: `style` names `Z`, which appears nowhere else, 100%\n"
        "  --> docs/org.md:15:5\n"
        "   |\n"
        "15 |     style Z fill:#f00\n"
        "   |     ^^^^^^^ only mention\n"
        "\n"
        "Found 1 error, 1 warning, 0 info in 1 file.\n");
}

TEST_CASE("text emitter: colour only when asked") {
  CHECK(emitted(Format::text).find('\x1b') == std::string::npos);
  CHECK(emitted(Format::text, true).find("\x1b[1;31merror[M101 unclosed-bracket]") != std::string::npos);
}

TEST_CASE("text emitter: a clean run says so") {
  std::ostringstream out;
  emit_text({FileReport{}}, out, {});
  CHECK(out.str() == "All checks passed (1 file)\n");
}

TEST_CASE("concise emitter") {
  CHECK(emitted(Format::concise) ==
        "docs/org.md:16:1: M101 node label opened with '[' is never closed (note: '[' opened here, 14:6)\n"
        "docs/org.md:15:5: M210 `style` names `Z`, which appears nowhere else, 100%\n");
}

TEST_CASE("github emitter escapes data and properties") {
  CHECK(emitted(Format::github) ==
        "::error file=docs/org.md,line=16,col=1,endLine=16,endColumn=2,title=M101 unclosed-bracket::"
        "node label opened with '[' is never closed (note: '[' opened here, 14:6)\n"
        "::warning file=docs/org.md,line=15,col=5,endLine=15,endColumn=12,title=M210 style-on-unused-id::"
        "`style` names `Z`, which appears nowhere else, 100%25\n");
}

TEST_CASE("json emitter follows docs/lint-json.md") {
  const auto json = nlohmann::json::parse(emitted(Format::json));
  REQUIRE(json.is_array());
  REQUIRE(json.size() == 2);
  const auto expected = nlohmann::json::parse(R"({
    "code": "M101", "name": "unclosed-bracket", "severity": "error",
    "message": "node label opened with '[' is never closed", "label": "expected ']' before end of input",
    "file": "docs/org.md", "start": {"line": 16, "column": 1}, "end": {"line": 16, "column": 2},
    "notes": [{"message": "'[' opened here", "position": {"line": 14, "column": 6}}],
    "fix": {"message": "did you mean `A[Generalforsamling] --> B`?", "applicability": "unsafe",
            "edits": [{"start": {"line": 14, "column": 24}, "end": {"line": 14, "column": 24}, "content": "]"}]}})");
  CHECK(json[0] == expected);
  CHECK(json[1]["fix"].is_null());
  CHECK(json[1]["severity"] == "warning");
}

TEST_CASE("sarif emitter has every field SARIF 2.1.0 requires") {
  const auto log = nlohmann::json::parse(emitted(Format::sarif));
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"].get<std::string>().find("sarif-2.1.0") != std::string::npos);
  REQUIRE(log["runs"].is_array());
  REQUIRE(log["runs"].size() == 1);
  const auto& run = log["runs"][0];
  const auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "merrow");
  REQUIRE(driver["rules"].is_array());
  for (const auto& rule : driver["rules"]) {
    CHECK(rule["id"].is_string());  // reportingDescriptor requires id
    CHECK(rule["shortDescription"]["text"].is_string());
  }
  REQUIRE(run["results"].size() == 2);
  for (const auto& result : run["results"]) {
    CHECK(result["message"]["text"].is_string());  // result requires message
    const auto index = result["ruleIndex"].get<size_t>();
    REQUIRE(index < driver["rules"].size());
    CHECK(driver["rules"][index]["id"] == result["ruleId"]);  // ruleIndex must point at ruleId
    const auto& level = result["level"];
    CHECK((level == "error" || level == "warning" || level == "note" || level == "none"));
    const auto& physical = result["locations"][0]["physicalLocation"];
    CHECK(physical["artifactLocation"]["uri"] == "docs/org.md");
    CHECK(physical["region"]["startLine"].get<int>() >= 1);
    CHECK(physical["region"]["startColumn"].get<int>() >= 1);
  }
  const auto& related = run["results"][0]["relatedLocations"][0];  // the note
  CHECK(related["message"]["text"] == "'[' opened here");
  CHECK(related["physicalLocation"]["region"]["startLine"] == 14);
  const auto& fix = run["results"][0]["fixes"][0];
  CHECK(fix["artifactChanges"][0]["artifactLocation"]["uri"] == "docs/org.md");  // artifactChange requires both
  CHECK(fix["artifactChanges"][0]["replacements"][0]["deletedRegion"]["startLine"] == 14);
}

TEST_CASE("every registered rule has a kebab-case name and a doc page") {
  std::set<std::string_view> codes;
  std::map<std::string_view, std::string_view> code_of_name;
  for (const auto& rule : all_rules()) {
    INFO(rule.code);
    CHECK(rule.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string_view::npos);
    CHECK(std::filesystem::exists(std::filesystem::path(MERROW_SOURCE_DIR) / rule.doc_path()));
    CHECK(codes.insert(rule.code).second);  // codes are unique
    CHECK(!rule.summary.empty());
    CHECK(find_code(rule.code) == &rule);
    // Names are unique, except one page for the two internal-error codes (M149, M199).
    const auto [first, inserted] = code_of_name.emplace(rule.name, rule.code);
    if (inserted) {
      CHECK(find_code(rule.name) == &rule);
    } else {
      CHECK(rule.name == "internal-error");
      CHECK(find_code(rule.name) == find_code(first->second));
    }
    // Only rules the configuration may act on are found by find_rule.
    CHECK(find_rule(rule.code) == (rule.configurable() ? &rule : nullptr));
    if (inserted) CHECK(find_rule(rule.name) == (rule.configurable() ? &rule : nullptr));
    if (rule.category != Category::file && rule.category != Category::lint) CHECK(!rule.configurable());
    if (rule.category == Category::lint) CHECK(rule.configurable());
    if (rule.category == Category::syntax) CHECK(rule.severity == Severity::error);
  }
  // The parser's syntax codes are registered too, not only the lint rules.
  CHECK(find_code("M101") != nullptr);
  CHECK(find_code("unclosed-bracket") == find_code("m101"));
  CHECK(find_code("M190") != nullptr);
  CHECK(find_code("M9999") == nullptr);
  CHECK(codes.size() >= 60);
}
