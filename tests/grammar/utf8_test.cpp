// Encoding: invalid UTF-8 and NUL bytes give one error at the exact byte;
// valid multi-byte text and large inputs parse.
#include <catch2/catch.hpp>

#include <chrono>

#include "grammar/parse.hpp"

using namespace merrow;

namespace {

Diagnostic only_error(const std::string& text) {
  const auto r = parse_diagram(Source("t.mmd", text));
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].severity == Severity::error);
  CHECK_FALSE(r.ok());
  return r.diagnostics[0];
}

}  // namespace

TEST_CASE("utf8: an invalid byte is reported at its line and column") {
  const std::string text = "mindmap\n  root\n    Æble \xFF here\n";
  const auto d = only_error(text);
  CHECK(d.code == "M001");
  CHECK(d.name == "invalid-utf8");
  CHECK(d.span.begin == text.find('\xFF'));
  const auto at = Source("t", text).position(d.span.begin);
  CHECK(at.line == 3);
  CHECK(at.column == 10);  // "    Æble " is 9 characters
}

TEST_CASE("utf8: truncated, overlong and surrogate sequences") {
  CHECK(only_error("mindmap\n  r\xC3").code == "M001");          // truncated at the end
  CHECK(only_error("mindmap\n  \xC0\xAF\n").code == "M001");      // overlong '/'
  CHECK(only_error("mindmap\n  \xED\xA0\x80\n").code == "M001");  // UTF-16 surrogate
  CHECK(only_error("mindmap\n  \xF4\x90\x80\x80\n").code == "M001");  // above U+10FFFF
  CHECK(only_error("\x80mindmap").span.begin == 0);
}

TEST_CASE("utf8: a NUL byte") {
  const std::string text = std::string("mindmap\n  ro") + '\0' + "ot\n";
  const auto d = only_error(text);
  CHECK(d.code == "M002");
  CHECK(d.span.begin == 12);
  CHECK(d.span.end == 13);
}

TEST_CASE("utf8: valid multi-byte text parses") {
  const auto r = parse_diagram(Source("t.mmd", "mindmap\n  Ærø 😎 \xE2\x80\x8B\n    子\n"));
  REQUIRE(r.ok());
  CHECK(std::get<Mindmap>(r.diagram).nodes.at(1).label.text == "子");
}

TEST_CASE("utf8: a 10 MB mindmap parses") {
  std::string text = "mindmap\nroot\n";
  text.reserve(10'500'000);
  int i = 0;
  while (text.size() < 10'000'000) text += "  child number " + std::to_string(i++) + " with some text [x]\n";
  // Lines like "child ... [x]" are NODE_ID + square shapes: id "child number N with some text ".
  const auto start = std::chrono::steady_clock::now();
  Limits roomy;  // ~250,000 nodes: above the default node limit on purpose
  roomy.max_nodes = 1'000'000;
  const auto r = parse_diagram(Source("big.mmd", text), roomy);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(r.ok());
  CHECK(std::get<Mindmap>(r.diagram).nodes.size() == static_cast<size_t>(i) + 1);
  CHECK(seconds < 20);
}
