// Unquoted labels holding characters that open a shape or a string. The most
// common break in real docs: `A[Call init()]`, `FPS[FPS Tracking (Stats.js)]`,
// mindmap `id1[Build (CMake)]`. Inside an unquoted label mermaid's lexer
// takes `(` `[` `{` as the start of a shape and `"` as a string, so the
// label the author closed is never read as one text. Quoting it keeps the
// drawn text (a `"` inside becomes `#quot;`, which mermaid draws as `"`).
#include <array>
#include <optional>
#include <utility>

#include "lint/guidance/guidance.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint::guidance {
namespace {

constexpr size_t kLongestLine = 240;  // the fix quotes the label; past this the line is generated text

bool opens(char c) { return c == '(' || c == '[' || c == '{'; }
bool closes(char c) { return c == ')' || c == ']' || c == '}'; }
bool needs_quotes(char c) { return opens(c) || closes(c) || c == '"' || c == '|'; }

// Flowchart openers (as the grammar records them) and their closers.
std::optional<std::string_view> flowchart_closer(std::string_view opener) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 12> kPairs = {{
      {"(((", ")))"}, {"((", "))"}, {"([", "])"}, {"[[", "]]"}, {"[(", ")]"}, {"{{", "}}"},
      {"[", "]"}, {"(", ")"}, {"{", "}"}, {"|", "|"}, {">", "]"}, {"(-", "-)"},
  }};
  for (const auto& [open, close] : kPairs)
    if (opener == open) return close;
  return std::nullopt;
}

// From `from` (just after the opener) to the closer that balances it on the
// same line: `Call init()` in `A[Call init()] --> B`. Brackets inside nest;
// a quote is text. npos when the line ends first.
size_t balanced_close(std::string_view line, size_t from, std::string_view closer) {
  int depth = 0;
  for (size_t i = from; i < line.size(); ++i) {
    if (depth == 0 && line.substr(i).starts_with(closer) && i > from) return i;
    if (opens(line[i])) ++depth;
    if (closes(line[i]) && depth > 0) --depth;
  }
  return std::string_view::npos;
}

// The label's text as a quoted mermaid string that draws the same.
std::string quoted(std::string_view inner) {
  std::string out = "\"";
  for (const char c : trim(inner)) {
    if (c == '"') {
      out += "#quot;";
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

std::string what_it_starts(char c) {
  if (c == '"') return "a '\"' inside an unquoted label starts a string";
  if (c == '|') return "a '|' inside an unquoted label ends it";
  return std::string("'") + c + "' inside an unquoted label starts a shape";
}

// The first character of `inner` that needs quotes, preferring the one at the error.
char offending(std::string_view inner, size_t error_in_inner) {
  if (error_in_inner < inner.size() && needs_quotes(inner[error_in_inner])) return inner[error_in_inner];
  for (const char c : inner)
    if (needs_quotes(c)) return c;
  return 0;
}

// `A` in `  A[Call init()]`: the id written right before the opener.
std::string_view id_before(std::string_view line, size_t opener) {
  size_t start = opener;
  while (start > 0 && is_id_byte(line[start - 1])) --start;
  return line.substr(start, opener - start);
}

bool rewrite(Site& site, size_t open_begin, size_t open_end, size_t close, std::string_view closer,
             std::string_view code, std::string_view name) {
  const std::string_view inner = site.line.substr(open_end, close - open_end);
  if (trim(inner).empty() || trim(inner).starts_with('"')) return false;
  const char bad = offending(inner, site.column() - std::min<size_t>(site.column(), open_end));
  if (bad == 0) return false;
  const std::string opener(site.line.substr(open_begin, open_end - open_begin));
  const std::string fixed = quoted(inner);
  const std::string shown =
      std::string(id_before(site.line, open_begin)) + opener + fixed + std::string(closer);
  Diagnostic& d = site.diagnostic;
  rename(d, code, name);
  d.message = what_it_starts(bad) + ", so mermaid cannot read " + backticked(trim(inner)) + " as text";
  d.label = "quote the label: " + shown;
  d.notes.clear();
  const auto begin = site.line_begin + static_cast<uint32_t>(open_end);
  d.fix = replace(begin, site.line_begin + static_cast<uint32_t>(close), fixed, "quote the label: " + backticked(shown),
                  true);
  return true;
}

}  // namespace

bool explain_unquoted_label(Site& site) {
  Diagnostic& d = site.diagnostic;
  if (d.code != "M101" && d.code != "M104" && d.code != "M108" && d.code != "M102") return false;
  if (site.line.size() > kLongestLine) return false;
  // The opener is the note the parser left ("'[' opened here"), on this line.
  for (const Note& note : d.notes) {
    if (!note.span || note.span->begin < site.line_begin || note.span->end > site.line_begin + site.line.size())
      continue;
    const std::string_view opener = site.text().substr(note.span->begin, note.span->end - note.span->begin);
    const auto closer = flowchart_closer(opener);
    if (!closer) continue;
    const size_t open_begin = note.span->begin - site.line_begin;
    const size_t open_end = note.span->end - site.line_begin;
    const size_t close = balanced_close(site.line, open_end, *closer);
    if (close == std::string_view::npos || site.column() < open_end || site.column() > close) continue;
    return rewrite(site, open_begin, open_end, close, *closer, "M104", "invalid-label");
  }
  return false;
}

bool explain_mindmap_unquoted_text(Site& site) {
  const std::string_view code = site.diagnostic.code;
  if (code != "M155" && code != "M156" && code != "M153") return false;
  if (site.line.size() > kLongestLine) return false;
  // mindmap shapes: [x] (x) ((x)) {{x}} ))x(( )x(
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kShapes = {{
      {"((", "))"}, {"{{", "}}"}, {"))", "(("}, {"[", "]"}, {"(", ")"}, {")", "("},
  }};
  const std::string_view line = site.line;
  size_t id_end = line.find_first_not_of(" \t");
  if (id_end == std::string_view::npos) return false;
  while (id_end < line.size() && line[id_end] != '[' && line[id_end] != '(' && line[id_end] != ')' &&
         line[id_end] != '{')
    ++id_end;
  if (id_end >= line.size()) return false;
  const std::string_view rest = trim(line.substr(id_end));
  for (const auto& [open, close] : kShapes) {
    if (!rest.starts_with(open) || !rest.ends_with(close) || rest.size() < open.size() + close.size() + 1) continue;
    const size_t close_at = id_end + rest.size() - close.size();
    if (site.column() < id_end + open.size() || site.column() > close_at) return false;
    return rewrite(site, id_end, id_end + open.size(), close_at, close, "M155", "mindmap-split-text");
  }
  return false;
}

}  // namespace merrow::lint::guidance
