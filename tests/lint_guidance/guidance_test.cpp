// Lint guidance on the mistakes people really make (tests/lint_guidance/cases,
// listed in cases.tsv; the `mermaid` column is mermaid 11.17.2's verdict from
// `mermaid-ref parse`, see verdicts.py). For every case:
//  - verdict: merrow reports an error exactly when mermaid rejects the text
//    (a Markdown case's text is its blocks as CommonMark reads them);
//  - the guiding diagnostic: one of the expected severity, on the expected
//    host line, with the expected code (prefix) and every key word in what a
//    user reads (message, caret label, notes, fix message);
//  - its fix: `safe`/`unsafe` cases carry one; applying the fixes and linting
//    again must leave no error (the fixed text parses).
// Prints the measured shares (verdict agreement, right line, key words, error
// diagnostics carrying a fix).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "grammar/parse.hpp"
#include "lint/apply_fixes.hpp"
#include "lint/lint_file.hpp"

namespace fs = std::filesystem;
using namespace merrow;

namespace {

struct Case {
  std::string file, mermaid, severity, code, fix;
  uint32_t line = 0;
  std::vector<std::string> keywords;
};

std::vector<std::string> split(const std::string& s, char by) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, by)) out.push_back(part);
  return out;
}

fs::path guidance_dir() { return fs::path(MERROW_SOURCE_DIR) / "tests/lint_guidance"; }

std::vector<Case> cases() {
  std::vector<Case> out;
  std::ifstream in(guidance_dir() / "cases.tsv");
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto f = split(line, '\t');
    REQUIRE(f.size() == 7);
    Case c{f[0], f[1], f[2], f[4], f[6], static_cast<uint32_t>(std::stoul(f[3])), {}};
    if (f[5] != "-") c.keywords = split(f[5], ';');
    out.push_back(std::move(c));
  }
  return out;
}

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Everything a user reads about one diagnostic.
std::string readable(const lint::LocatedDiagnostic& d) {
  std::string text = d.message + "\n" + d.label;
  for (const auto& note : d.notes) text += "\n" + note.message;
  if (d.fix) text += "\n" + d.fix->message;
  return lower(text);
}

lint::FileReport lint_case(const std::string& name, std::string content) {
  const auto kind = lint::kind_of_path(name);
  return lint::lint_text(name, std::move(content), kind, lint::LintOptions{});
}

bool has_error(const lint::FileReport& report) {
  return std::any_of(report.diagnostics.begin(), report.diagnostics.end(),
                     [](const auto& d) { return d.severity == Severity::error; });
}

Severity severity_named(const std::string& name) {
  return name == "error" ? Severity::error : name == "warning" ? Severity::warning : Severity::info;
}

struct Tally {
  size_t cases = 0, verdict = 0, guided = 0, right_line = 0, words = 0, fix_expected = 0, fixed = 0;
  size_t errors = 0, errors_with_fix = 0;
};

}  // namespace

TEST_CASE("every broken input gets the right verdict, line, words and fix") {
  Tally tally;
  for (const Case& c : cases()) {
    const std::string content = read(guidance_dir() / "cases" / c.file);
    REQUIRE_FALSE(content.empty());
    const auto report = lint_case(c.file, content);
    ++tally.cases;
    for (const auto& d : report.diagnostics) {
      if (d.severity != Severity::error) continue;
      ++tally.errors;
      if (d.fix) ++tally.errors_with_fix;
    }
    INFO(c.file);
    for (const auto& d : report.diagnostics)
      INFO(d.start.line << ":" << d.start.column << " " << d.code << " " << d.message << " | " << d.label
                        << (d.fix ? " | fix: " + d.fix->message : std::string()));
    // A fence that runs over the page is a Markdown error even where the
    // block it makes happens to parse; every other error is mermaid's call.
    const bool verdict_ok = has_error(report) == (c.mermaid == "invalid" || c.severity == "error");
    CHECK(verdict_ok);
    if (verdict_ok) ++tally.verdict;
    if (c.severity == "none") {
      CHECK(std::none_of(report.diagnostics.begin(), report.diagnostics.end(),
                         [](const auto& d) { return d.severity == Severity::error; }));
      ++tally.guided, ++tally.right_line, ++tally.words;
      continue;
    }
    const Severity wanted = severity_named(c.severity);
    const lint::LocatedDiagnostic* on_line = nullptr;
    const lint::LocatedDiagnostic* guide = nullptr;
    // The right line: the diagnostic's own, or a located note's (an unclosed
    // bracket is reported where reading stopped, as mermaid does, with a
    // note at the opener).
    const auto on_expected_line = [&](const lint::LocatedDiagnostic& d) {
      if (d.start.line == c.line) return true;
      return std::any_of(d.notes.begin(), d.notes.end(),
                         [&](const auto& n) { return n.position && n.position->line == c.line; });
    };
    for (const auto& d : report.diagnostics) {
      if (d.severity != wanted || !on_expected_line(d)) continue;
      if (c.code != "-" && !d.code.starts_with(c.code)) continue;
      if (on_line == nullptr) on_line = &d;
      const std::string text = readable(d);
      if (std::all_of(c.keywords.begin(), c.keywords.end(),
                      [&](const std::string& k) { return text.find(lower(k)) != std::string::npos; })) {
        guide = &d;
        break;
      }
    }
    CHECK(on_line != nullptr);
    CHECK(guide != nullptr);
    if (on_line != nullptr) ++tally.right_line;
    if (guide == nullptr) continue;
    ++tally.guided, ++tally.words;
    if (c.fix == "none") continue;
    ++tally.fix_expected;
    REQUIRE(guide->fix.has_value());
    if (c.fix == "safe") CHECK(guide->fix->safe);
    // As with ruff, a fix may uncover the next error of the same line (the
    // parser resumes at the next statement): up to three rounds of --fix.
    auto fixed = lint::apply_fixes(report.content, report.diagnostics, /*unsafe=*/true);
    CHECK(fixed.applied > 0);
    auto again = lint_case(c.file, fixed.text);
    for (int round = 1; round < 3 && has_error(again); ++round) {
      const auto more = lint::apply_fixes(again.content, again.diagnostics, /*unsafe=*/true);
      if (more.applied == 0) break;
      fixed = more;
      again = lint_case(c.file, fixed.text);
    }
    INFO("fixed text:\n" << fixed.text);
    for (const auto& d : again.diagnostics) INFO("after fix: " << d.start.line << " " << d.code << " " << d.message);
    CHECK_FALSE(has_error(again));
    if (!has_error(again)) ++tally.fixed;
  }
  const auto share = [](size_t part, size_t whole) { return whole == 0 ? 0.0 : 100.0 * double(part) / double(whole); };
  std::cout << "lint guidance: " << tally.cases << " cases; verdict agrees " << tally.verdict << "/" << tally.cases
            << "; right line " << tally.right_line << "/" << tally.cases << "; key words " << tally.words << "/"
            << tally.cases << "; fixes that parse " << tally.fixed << "/" << tally.fix_expected
            << "; error diagnostics with a fix " << tally.errors_with_fix << "/" << tally.errors << " ("
            << share(tally.errors_with_fix, tally.errors) << "%)\n";
  CHECK(tally.cases >= 60);
  CHECK(share(tally.errors_with_fix, tally.errors) >= 60.0);
}

namespace {

// The label of node `id` after parsing `text` (fails the test when absent).
std::string label_of(const std::string& text, const std::string& id) {
  const Source source("t.mmd", text);
  const ParseResult parse = parse_diagram(source, Limits{});
  const auto* chart = std::get_if<Flowchart>(&parse.diagram);
  REQUIRE(chart != nullptr);
  const auto it = chart->node_by_id.find(id);
  REQUIRE(it != chart->node_by_id.end());
  return chart->nodes[it->second].label.text;
}

std::string fixed_text(const std::string& name, const std::string& text) {
  const auto report = lint_case(name, text);
  return lint::apply_fixes(report.content, report.diagnostics, /*unsafe=*/false).text;
}

}  // namespace

TEST_CASE("a safe quoting fix keeps the drawn text") {
  CHECK(fixed_text("a.mmd", "flowchart TD\n  A[Call init()] --> B\n") == "flowchart TD\n  A[\"Call init()\"] --> B\n");
  CHECK(label_of(fixed_text("a.mmd", "flowchart TD\n  A[Call init()] --> B\n"), "A") == "Call init()");
  // A quote becomes the entity #quot;, kept as written in the model and drawn as '"'.
  CHECK(label_of(fixed_text("a.mmd", "flowchart TD\n  A[Say \"hi\" (now)] --> B\n"), "A") == "Say #quot;hi#quot; (now)");
  CHECK(label_of(fixed_text("a.mmd", "flowchart TD\n  A --> B{Decision (yes/no)}\n"), "B") == "Decision (yes/no)");
  CHECK(fixed_text("m.mmd", "mindmap\n  root\n    id1[Build (CMake)]\n") == "mindmap\n  root\n    id1[\"Build (CMake)\"]\n");
}

TEST_CASE("a string followed by text is one label, as mermaid draws it") {
  // Drawn texts read from mermaid-ref render (mermaid 11.17.2).
  CHECK(label_of("flowchart TD\n  C[\"x\"y] --> D\n", "C") == "xy");
  CHECK(label_of("flowchart TD\n  A[\"He said \\\"hi\\\"\"] --> B\n", "A") == "He said \\hi\\");
}

TEST_CASE("a failed statement leaves no knock-on reports") {
  const auto codes = [](const std::string& name) {
    std::vector<std::string> out;
    for (const auto& d : lint_case(name, read(guidance_dir() / "cases" / name)).diagnostics) out.push_back(d.code);
    return out;
  };
  // `A[Load (cfg)]:::hot` fails: no "classDef `hot` is never applied" (M213).
  CHECK(codes("knockon-class.mmd") == std::vector<std::string>{"M104"});
  CHECK(codes("knockon-class.md") == std::vector<std::string>{"M111"});
  // A misspelt `subgraph` still opens a block, so its `end` is no second error (M109).
  CHECK(codes("typo-subgrapg.mmd") == std::vector<std::string>{"M111"});
  CHECK(codes("case-Subgraph.md") == std::vector<std::string>{"M111"});
}
