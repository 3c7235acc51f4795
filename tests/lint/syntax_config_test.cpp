// What configuration can and cannot do to syntax errors (docs/rules/README.md):
// they are always reported at severity error, whatever select/ignore, severity
// overrides, .merrow.toml or suppression comments say; lint rules next to them
// still obey all of those.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "lint/config_file.hpp"
#include "lint/lint_file.hpp"
#include "lint/registry.hpp"

using namespace merrow;
using namespace merrow::lint;

namespace {

// An unclosed '[' (M101) and an unused classDef (M213) in one diagram.
const std::string kBroken = "flowchart TD\n    A[Start --> B\n";
const std::string kUnused = "flowchart TD\n    A --> B\n    classDef unused fill:red\n";

FileReport run(const std::string& text, const LintOptions& options = {}) {
  return lint_text("x.mmd", text, FileKind::diagram, options);
}

size_t count(const FileReport& report, std::string_view code, Severity severity) {
  size_t n = 0;
  for (const auto& d : report.diagnostics) n += d.code == code && d.severity == severity ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("syntax codes: the fixtures do what the tests assume") {
  CHECK(count(run(kBroken), "M101", Severity::error) == 1);
  CHECK(count(run(kUnused), "M213", Severity::warning) == 1);
}

TEST_CASE("syntax codes: ignore, select and ALL do not drop a syntax error") {
  for (const auto& ignore : {std::vector<std::string>{"M101"}, {"unclosed-bracket"}, {"M1"},
                                                {"ALL"}, {"m101"}}) {
    INFO(ignore.front());
    LintOptions options;
    options.selection.ignore = ignore;
    CHECK(count(run(kBroken, options), "M101", Severity::error) == 1);
    CHECK(options.selection.unknown_entries().empty());  // real codes: no usage error
  }
  LintOptions options;
  options.selection.select = std::vector<std::string>{"M4"};
  CHECK(count(run(kBroken, options), "M101", Severity::error) == 1);
  // ... while the same entries do reach a lint rule.
  options = {};
  options.selection.ignore = {"ALL"};
  CHECK(run(kUnused, options).diagnostics.empty());
  options.selection.ignore = {"M2"};
  CHECK(run(kUnused, options).diagnostics.empty());
}

TEST_CASE("syntax codes: a severity override does not re-grade a syntax error") {
  LintOptions options;
  options.selection.severity["M101"] = Severity::info;
  options.selection.severity["unclosed-bracket"] = Severity::warning;
  options.selection.severity["M213"] = Severity::error;
  CHECK(count(run(kBroken, options), "M101", Severity::error) == 1);
  CHECK(count(run(kUnused, options), "M213", Severity::error) == 1);  // a rule is re-graded
  CHECK(options.selection.unknown_entries().empty());
}

TEST_CASE("syntax codes: entries that can have no effect are listed by fixed_entries") {
  RuleSelection selection;
  selection.ignore = {"M101", "unclosed-bracket", "M1", "M19", "ALL", "M2", "M213", "M001"};
  selection.severity["M190"] = Severity::warning;
  selection.severity["M215"] = Severity::error;
  CHECK(selection.fixed_entries() == std::vector<std::string>{"M101", "unclosed-bracket", "M1", "M19", "M001", "M190"});
  CHECK(selection.unknown_entries().empty());
  selection.ignore = {"no-such-rule"};
  CHECK(selection.unknown_entries() == std::vector<std::string>{"no-such-rule"});
}

TEST_CASE("syntax codes: suppression comments do not hide them and are reported as unused") {
  for (const std::string comment : {"%% merrow-disable-next-line M101\n", "%% merrow-disable-next-line unclosed-bracket\n",
                                    "%% merrow-disable\n", "%% merrow-disable M101\n"}) {
    INFO(comment);
    const auto report = run("flowchart TD\n" + comment + "    A[Start --> B\n");
    CHECK(count(report, "M101", Severity::error) == 1);
    CHECK(count(report, "M230", Severity::warning) == 1);
  }
}

TEST_CASE("syntax codes: .merrow.toml cannot switch them off either") {
  const auto dir = std::filesystem::temp_directory_path() / ("merrow-syntax-config-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream toml(dir / ".merrow.toml");
    toml << "ignore = [\"M101\", \"ALL\"]\n[severity]\nM101 = \"info\"\n"
         << "[[overrides]]\nfiles = [\"*.mmd\"]\nignore = [\"unclosed-bracket\"]\n";
  }
  const auto loaded = load_config_file(dir / ".merrow.toml");
  std::filesystem::remove_all(dir);
  INFO(loaded.error);
  REQUIRE(loaded.config);
  LintOptions options;
  options.selection = loaded.config->selection_for(dir / "x.mmd");
  CHECK(count(run(kBroken, options), "M101", Severity::error) == 1);
  CHECK(run(kUnused, options).diagnostics.empty());  // the same config does switch rules off
}

TEST_CASE("limit codes: M190 cannot be ignored or re-graded") {
  LintOptions options;
  options.limits.max_nodes = 1;
  options.selection.ignore = {"M190", "limit-exceeded", "ALL"};
  options.selection.severity["M190"] = Severity::info;
  CHECK(count(run("flowchart TD\n    A --> B\n", options), "M190", Severity::error) == 1);
}

TEST_CASE("encoding codes: M001 and M002 are always on, as the registry says") {
  LintOptions options;
  options.selection.ignore = {"M001", "M002", "ALL"};
  CHECK(count(run("flowchart TD\n    A[Caf\xe9]\n", options), "M001", Severity::error) == 1);
  CHECK(count(run(std::string("flowchart TD\0", 13), options), "M002", Severity::error) == 1);
  CHECK(find_rule("M001") == nullptr);
  CHECK(find_rule("M003") != nullptr);  // an empty diagram is a rule: it can be ignored
  options.selection.ignore = {"M003"};
  CHECK(run("%% nothing\n", options).diagnostics.empty());
}
