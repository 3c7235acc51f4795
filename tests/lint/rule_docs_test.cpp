// The doc pages are tested, not just present: for every registered code,
// docs/rules/<name>.md must state the registered severity, its "## Example"
// block must trigger exactly that code when linted, and its "## Instead"
// ```mermaid block must lint clean. With mermaid-ref installed next to the
// checkout (../shared/tools/mermaid-ref), syntax examples must also be
// rejected by mermaid and every "Instead" block accepted.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>

#include "../support/process.hpp"
#include "lint/lint_file.hpp"
#include "lint/registry.hpp"
#include "lint/selection.hpp"

using namespace merrow;
using namespace merrow::lint;
namespace fs = std::filesystem;

namespace {

std::string read_page(std::string_view name) {
  std::ifstream in(fs::path(MERROW_SOURCE_DIR) / "docs" / "rules" / (std::string(name) + ".md"), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Block {
  std::string info;  // "text", "mermaid"
  std::string body;  // with its final line break
};

// The first fenced block after the line `heading` and before the next "## ".
// A fence is 3+ backticks; it closes with a line of at least as many.
std::optional<Block> first_block(const std::string& page, std::string_view heading) {
  std::istringstream in(page);
  std::string line;
  bool in_section = false;
  while (std::getline(in, line)) {
    if (line == heading) {
      in_section = true;
      continue;
    }
    if (!in_section) continue;
    if (line.starts_with("## ")) return std::nullopt;
    const size_t ticks = std::min(line.find_first_not_of('`'), line.size());
    if (ticks < 3) continue;
    Block block{line.substr(ticks), ""};
    const std::string closer(ticks, '`');
    while (std::getline(in, line)) {
      if (line.starts_with(closer) && line.find_first_not_of('`') == std::string::npos) return block;
      block.body += line + "\n";
    }
    return std::nullopt;  // never closed
  }
  return std::nullopt;
}

// `\xHH` in an example stands for a byte a doc page cannot hold (M001, M002).
std::string decode_bytes(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\\x") == 0 && i + 3 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 2])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 3]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 2, 2), nullptr, 16));
      i += 3;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The options an example runs with: opt-in rules selected; for M190 a node
// limit the example exceeds (the default is 200,000 nodes).
LintOptions options_for(const RuleInfo& rule) {
  LintOptions options;
  if (!rule.enabled_by_default) options.selection.extend_select = {std::string(rule.code)};
  if (rule.code == "M190") options.limits.max_nodes = 3;
  return options;
}

FileReport lint_example(const RuleInfo& rule, const std::string& text) {
  // An example that is itself a Markdown page (an empty ```mermaid block) is linted as one.
  const bool markdown = text.starts_with("```mermaid");
  return lint_text(markdown ? "example.md" : "example.mmd", decode_bytes(text),
                   markdown ? FileKind::markdown : FileKind::diagram, options_for(rule));
}

std::string describe(const FileReport& report) {
  std::string out;
  for (const auto& d : report.diagnostics) {
    out += std::to_string(d.start.line) + ":" + std::to_string(d.start.column) + " " + d.code + " " + d.name + " " +
           std::string(severity_name(d.severity)) + ": " + d.message + "\n";
  }
  return out.empty() ? "(no diagnostics)" : out;
}

// Codes whose page can have no runnable example: merrow's own bugs.
bool internal(const RuleInfo& rule) { return rule.category == Category::internal; }
// Registered but not emitted for parsed text at present; the page says so,
// and the example must indeed not trigger the code (so this list and the page
// are updated when it starts to). None at present: M121, M200 and M216 could
// never fire and were removed.
const std::set<std::string_view> kNotEmitted = {};
// The severity an example shows when it is not the default: M152 is an error
// only when the text ends right after `mindmap`, which a fenced block cannot
// show; the example is the warning case (mermaid accepts it and draws nothing).
const std::map<std::string_view, Severity> kExampleSeverity = {{"M152", Severity::warning}};
// Codes whose fix is not a diagram: re-encode the file, delete the block,
// nothing (M004 is a note), split the diagram, a Markdown page (M005: a
// fence around a fence cannot be shown as a ```mermaid block).
const std::set<std::string_view> kNoGoodExample = {"M001", "M002", "M003", "M004", "M005", "M122"};

struct Example {
  std::string code;
  std::string text;
  bool mermaid_valid;
};

// Every runnable example of every page, checked against merrow; collected
// for the mermaid cross-check.
std::vector<Example> check_pages() {
  std::vector<Example> examples;
  size_t checked = 0;
  for (const auto& rule : all_rules()) {
    INFO(rule.code << " " << rule.name << " (" << rule.doc_path() << ")");
    const std::string page = read_page(rule.name);
    REQUIRE(!page.empty());
    CHECK(page.starts_with("# " + std::string(rule.name) + " ("));
    CHECK(page.substr(0, page.find('\n')).find(rule.code) != std::string::npos);
    const std::string severity_line = "Default severity: **" + std::string(severity_name(rule.severity)) + "**";
    CHECK(page.find(severity_line) != std::string::npos);
    if (!rule.configurable()) CHECK(page.find("README.md") != std::string::npos);  // links the policy
    if (internal(rule)) continue;
    const auto bad = first_block(page, "## Example");
    REQUIRE(bad);
    CHECK(bad->info == "text");  // not ```mermaid: `merrow lint docs/` must not fail on it
    const FileReport bad_report = lint_example(rule, bad->body);
    INFO("bad example:\n" << bad->body << "gives:\n" << describe(bad_report));
    if (kNotEmitted.contains(rule.code)) {
      CHECK(page.find("**Not emitted at present**") != std::string::npos);
      for (const auto& d : bad_report.diagnostics) CHECK(d.code != rule.code);
      continue;
    }
    CHECK(!bad_report.diagnostics.empty());
    const auto special = kExampleSeverity.find(rule.code);
    const Severity expected = special != kExampleSeverity.end() ? special->second : rule.severity;
    for (const auto& d : bad_report.diagnostics) {
      // Exactly this code, under the registered name, at the registered severity.
      CHECK(d.code == rule.code);
      CHECK(d.name == rule.name);
      CHECK(d.severity == expected);
    }
    // mermaid must reject a syntax example shown at severity error (and accept M152's warning case).
    if (rule.category == Category::syntax) {
      examples.push_back({std::string(rule.code), bad->body, expected != Severity::error});
    }

    const auto good = first_block(page, "## Instead");
    if (kNoGoodExample.contains(rule.code)) {
      CHECK(!good);
    } else {
      REQUIRE(good);
      CHECK(good->info == "mermaid");
      const FileReport good_report = lint_example(rule, good->body);
      INFO("good example:\n" << good->body << "gives:\n" << describe(good_report));
      CHECK(good_report.diagnostics.empty());
      examples.push_back({std::string(rule.code), good->body, true});
    }
    ++checked;
  }
  CHECK(checked >= 55);  // every page but internal-error and kNotEmitted
  return examples;
}

}  // namespace

TEST_CASE("rule docs: each page's bad example triggers its code and its good example is clean") {
  check_pages();
}

TEST_CASE("rule docs: no page in docs/rules/ without a registered code") {
  for (const auto& entry : fs::directory_iterator(fs::path(MERROW_SOURCE_DIR) / "docs" / "rules")) {
    const std::string file = entry.path().filename().string();
    if (file == "README.md") continue;
    INFO(file);
    CHECK(entry.path().extension() == ".md");
    CHECK(find_code(entry.path().stem().string()) != nullptr);
  }
}

TEST_CASE("rule docs: the page extractor finds blocks and sees through byte escapes") {
  const std::string page =
      "# x (M0)\n\n## Example\nprose\n````text\n```mermaid\n%% x\n```\n````\n\n## Instead\nWrite it.\n\n## More\n"
      "```mermaid\nflowchart\n```\n";
  const auto bad = first_block(page, "## Example");
  REQUIRE(bad);
  CHECK(bad->info == "text");
  CHECK(bad->body == "```mermaid\n%% x\n```\n");
  CHECK(!first_block(page, "## Instead"));  // the next section's block is not this one's
  CHECK(decode_bytes("A[Caf\\xe9]\\x00") == std::string("A[Caf\xe9]\0", 8));
}

// mermaid's own verdict on the examples, when the reference parser is set up.
TEST_CASE("rule docs: mermaid rejects each syntax example and accepts each good one") {
  const fs::path tool = fs::path(MERROW_SHARED_DIR) / "tools" / "mermaid-ref" / "mermaid-ref";
  if (!fs::exists(tool)) {
    WARN("mermaid-ref not found at " << tool << "; mermaid's verdicts not checked");
    return;
  }
  const auto examples = check_pages();
  const fs::path input = fs::temp_directory_path() / ("merrow-rule-docs-" + std::to_string(::getpid()) + ".jsonl");
  {
    std::ofstream out(input);
    for (size_t i = 0; i < examples.size(); ++i) {
      out << nlohmann::json{{"id", std::to_string(i)}, {"text", examples[i].text}}.dump() << '\n';
    }
  }
  const auto [status, output, ignored] =
      merrow::test::run_shell(tool.string() + " parse " + input.string(), merrow::test::Stderr::discarded);
  fs::remove(input);
  if (status != 0 && output.empty()) {
    WARN("mermaid-ref is not set up (exit " << status << "); mermaid's verdicts not checked");
    return;
  }
  std::istringstream lines(output);
  std::string line;
  size_t verdicts = 0;
  while (std::getline(lines, line)) {
    const auto verdict = nlohmann::json::parse(line);
    const Example& example = examples.at(std::stoul(verdict["id"].get<std::string>()));
    INFO(example.code << (example.mermaid_valid ? " good" : " bad") << " example:\n"
                      << example.text << "mermaid: " << verdict.dump());
    CHECK(verdict["valid"] == example.mermaid_valid);
    ++verdicts;
  }
  CHECK(verdicts == examples.size());
}
