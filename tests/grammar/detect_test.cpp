// Diagram type detection: mermaid's detectors are case-sensitive prefix tests
// run after front matter, directives and comments are stripped.
#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include "grammar/parse.hpp"

using namespace merrow;

namespace {

ParseResult parse(const std::string& text) { return parse_diagram(Source("t.mmd", text)); }

std::string first_code(const ParseResult& r) { return r.diagnostics.empty() ? "" : r.diagnostics[0].code; }

}  // namespace

TEST_CASE("detect: graph, flowchart and flowchart-elk are flowcharts") {
  for (const char* text : {"graph TD\nA-->B\n", "flowchart LR\nA-->B\n", "flowchart-elk TD\nA-->B\n"}) {
    const auto r = parse(text);
    CHECK(r.type == "flowchart");
    CHECK(r.supported);
    CHECK(std::holds_alternative<Flowchart>(r.diagram));
  }
}

TEST_CASE("detect: mindmap after comments, blank lines and directives") {
  const auto r = parse("%% a comment\n\n%%{init: {'theme':'dark'}}%%\n   \nmindmap\n  root\n");
  CHECK(r.type == "mindmap");
  CHECK(r.supported);
  CHECK(r.ok());
}

TEST_CASE("detect: other mermaid diagrams are unsupported, not errors") {
  const auto r = parse("sequenceDiagram\n  A->>B: hi\n");
  CHECK(r.type == "sequenceDiagram");
  CHECK_FALSE(r.supported);
  CHECK(r.diagnostics.empty());
  CHECK(std::holds_alternative<std::monostate>(r.diagram));
  CHECK(parse("classDiagram\n").type == "classDiagram");
  CHECK(parse("stateDiagram-v2\n").type == "stateDiagram-v2");
}

TEST_CASE("detect: keywords are case-sensitive") {
  const std::string text = "%% header\nGRAPH TD\nA-->B\n";
  const Source source("t.mmd", text);
  const auto r = parse_diagram(source);
  REQUIRE(first_code(r) == "M201");
  CHECK(r.diagnostics[0].severity == Severity::error);
  CHECK(source.position(r.diagnostics[0].span.begin).line == 2);
  CHECK(source.position(r.diagnostics[0].span.begin).column == 1);
  CHECK(text.substr(r.diagnostics[0].span.begin, 5) == "GRAPH");
  CHECK(first_code(parse("MINDMAP\nroot\n")) == "M201");
  CHECK(first_code(parse("mindma\nroot\n")) == "M201");
}

TEST_CASE("detect: a prefix is enough to pick the grammar") {
  // /^\s*mindmap/ matches "mindmaps"; the mindmap grammar then rejects it.
  const auto r = parse("mindmaps\nroot\n");
  CHECK(r.type == "mindmap");
  REQUIRE_FALSE(r.ok());
  CHECK(first_code(r) == "M151");
}

TEST_CASE("detect: empty and comment-only texts have no diagram") {
  CHECK(first_code(parse("")) == "M003");
  CHECK(first_code(parse("   \n\n")) == "M003");
  CHECK(first_code(parse("%% only a comment\n")) == "M003");
  CHECK_FALSE(parse("").ok());
}

TEST_CASE("detect: `error` is mermaid's own error diagram") {
  const auto r = parse("error");
  CHECK(r.type == "error");
  CHECK_FALSE(r.supported);
  CHECK(r.diagnostics.empty());
}

TEST_CASE("detect: a BOM and a no-break space are skipped like JavaScript's \\s") {
  CHECK(parse("\xEF\xBB\xBFmindmap\n  root\n").ok());
  CHECK(parse("\xC2\xA0mindmap\n  root\n").type == "mindmap");
}

TEST_CASE("detect: ParseResult::ok needs a model and no error") {
  ParseResult r;
  CHECK_FALSE(r.ok());
  r.diagram = Mindmap{};
  CHECK(r.ok());
  Diagnostic warning;
  warning.severity = Severity::warning;
  r.diagnostics.push_back(warning);
  CHECK(r.ok());
  Diagnostic error;
  r.diagnostics.push_back(error);
  CHECK_FALSE(r.ok());
}

TEST_CASE("detect: preamble verdicts agree with mermaid on the corpus") {
  // Every diagram mermaid accepts passes the preamble; every one it rejects
  // for a preamble reason (no type, `---`, YAML front matter) is rejected.
  const auto preamble_error = [](const std::string& error, const std::string& text) {
    const bool yaml = text.starts_with("---") && !error.starts_with("Parse error") && !error.starts_with("Lexical");
    return error.starts_with("No diagram type") || error.starts_with("Diagrams beginning with ---") || yaml;
  };
  const auto is_preamble_code = [](const std::string& code) {
    return code == "M001" || code == "M002" || code == "M003" || code == "M201" || code == "M203";
  };
  int rejected = 0;
  for (const char* name : {"mermaid-corpus.jsonl", "mutants.jsonl", "realworld.jsonl"}) {
    std::ifstream in(std::string(MERROW_SHARED_DIR) + "/corpus/" + name);
    REQUIRE(in);
    std::string line;
    while (std::getline(in, line)) {
      const auto item = nlohmann::json::parse(line);
      const std::string text = item["text"];
      const bool valid = item["mermaid"]["valid"];
      const std::string error = valid ? "" : item["mermaid"]["error"].get<std::string>();
      const auto r = parse_diagram(Source("corpus.mmd", text));
      bool ours = false;
      for (const auto& d : r.diagnostics) ours |= is_preamble_code(d.code);
      INFO(item["id"].get<std::string>());
      if (valid) CHECK_FALSE(ours);
      if (!valid && preamble_error(error, text)) {
        CHECK(!r.ok());
        ++rejected;
      }
    }
  }
  CHECK(rejected > 400);
}
