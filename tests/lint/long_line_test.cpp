// A diagnostic on a very long line shows a window of it, not all of it: a
// one-line diagram with thousands of errors must not copy the line each time.
#include <catch2/catch.hpp>

#include <sstream>

#include "lint/emit/emit.hpp"
#include "lint/lint_file.hpp"

using namespace merrow;

TEST_CASE("long lines: the shown line is a window around the error, the caret still under it") {
  std::string text = "graph LR;";
  for (int i = 0; i < 200; ++i) text += "Alpha" + std::to_string(i) + "-->Beta" + std::to_string(i) + ";";
  const size_t error_at = text.size();
  text += "C-->;";
  for (int i = 0; i < 200; ++i) text += "Delta" + std::to_string(i) + "-->Eps" + std::to_string(i) + ";";
  text += "\n";
  const auto report = lint::lint_text("long.mmd", text, lint::FileKind::diagram, {});
  REQUIRE(!report.diagnostics.empty());
  const auto& d = report.diagnostics[0];
  CHECK(d.code == "M105");
  CHECK(d.start.column == error_at + 5);  // the ';' after `C-->` (ASCII: column = byte + 1)
  CHECK(d.line.text.size() < 260);
  CHECK(d.line.text.starts_with("…"));
  CHECK(d.line.text.ends_with("…"));
  // The caret line puts '^' under the ';' of the window.
  std::ostringstream out;
  lint::emit_text({report}, out, {});
  const std::string shown = out.str();
  const size_t source_line = shown.find("…");
  REQUIRE(source_line != std::string::npos);
  const size_t source_start = shown.rfind('\n', source_line) + 1;
  const size_t caret_line = shown.find('\n', source_line) + 1;
  const size_t caret = shown.find('^', caret_line);
  REQUIRE(caret != std::string::npos);
  // Same number of characters from the line starts; the window is ASCII but
  // for its leading "…", one character of three bytes.
  const size_t mark_extra_bytes = std::string("…").size() - 1;
  CHECK(shown[source_start + (caret - caret_line) + mark_extra_bytes] == ';');
}
