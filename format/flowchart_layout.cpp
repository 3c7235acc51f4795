// Proposals for a flowchart: the header as `keyword direction`, one statement
// per line, 4 spaces per open subgraph, one space around links and `&`.
// Links are found from the parsed edges' spans (the parser knows exactly where
// each link token stands, which no re-scan of mermaid's lexer quirks could
// match); the text between links is kept as written.
#include <algorithm>
#include <optional>

#include "format/lines.hpp"

namespace merrow::format {
namespace {

constexpr uint32_t kIndent = 4;

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

bool starts_with_word(std::string_view s, std::string_view word) {
  return s.starts_with(word) && (s.size() == word.size() || !is_word_char(s[word.size()]));
}

namespace {

// Where a scan stands: inside a string, or how deep in brackets.
struct Nesting {
  bool quoted = false;
  int depth = 0;
  bool top() const { return !quoted && depth == 0; }
  void step(char c) {
    if (quoted) {
      quoted = c != '"';
    } else if (c == '"') {
      quoted = true;
    } else if (c == '[' || c == '(' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == ')' || c == '}') && depth > 0) {
      --depth;
    }
  }
};

// Statements whose text runs to the end of the line whatever it holds.
bool takes_rest_of_line(std::string_view s) {
  return s.starts_with("accTitle") || s.starts_with("accDescr") || starts_with_word(s, "click") ||
         s.starts_with("%%");
}

// `#name;` is an entity code in mermaid: its `;` separates nothing.
bool ends_entity(std::string_view line, size_t semicolon) {
  size_t k = semicolon;
  while (k > 0 && is_word_char(line[k - 1])) --k;
  return k < semicolon && k > 0 && line[k - 1] == '#';
}

}  // namespace

std::vector<std::string_view> split_statements(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < line.size()) {
    while (start < line.size() && is_space(line[start])) ++start;
    if (start >= line.size()) break;
    size_t i = start;
    if (!takes_rest_of_line(line.substr(start))) {
      Nesting at;
      bool pipe = false;
      for (; i < line.size(); ++i) {
        const char c = line[i];
        if (at.top() && c == '|') {
          pipe = !pipe;
        } else if (at.top() && c == ';' && !pipe && !ends_entity(line, i)) {
          break;
        }
        at.step(c);
      }
    } else {
      i = line.size();
    }
    const std::string_view statement = trim(line.substr(start, i - start));
    if (!statement.empty()) out.push_back(statement);
    start = i + 1;
  }
  return out;
}

namespace {

// `A  &   B` -> `A & B` outside strings and brackets (`A&B` is one id: left as is).
std::string space_groups(std::string_view s) {
  std::string out;
  Nesting at;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (at.top() && is_space(c)) {
      size_t j = i;
      while (j < s.size() && is_space(s[j])) ++j;
      size_t k = j < s.size() && s[j] == '&' ? j + 1 : j;
      const size_t after = k;
      while (k < s.size() && is_space(s[k])) ++k;
      if (j < s.size() && s[j] == '&' && k > after) {
        out += " & ";
        i = k - 1;
        continue;
      }
    }
    at.step(c);
    out += c;
  }
  return out;
}

// `A-- text` -> `A -- text`: the opening half of a labelled link, the first
// `--`, `==` or `-.` outside strings and brackets (no id holds one).
std::string space_link_start(std::string_view s) {
  Nesting at;
  for (size_t i = 0; i + 1 < s.size(); at.step(s[i]), ++i) {
    if (at.top() && i > 0 && (s.substr(i, 2) == "--" || s.substr(i, 2) == "==" || s.substr(i, 2) == "-.")) {
      size_t start = i;
      if (s[i - 1] == '<') {
        --start;
      } else if (s[i - 1] == 'x' || s[i - 1] == 'o') {
        // A head only after a space (`A x-- t`); `Box-- t` is ambiguous to a re-scan: left as is.
        if (i < 2 || !is_space(s[i - 2])) return std::string(s);
        --start;
      }
      const std::string_view before = trim_right(s.substr(0, start));
      if (before.empty()) return std::string(s);
      return std::string(before) + " " + std::string(s.substr(start, i + 2 - start)) + " " +
             std::string(trim(s.substr(i + 2)));
    }
  }
  return std::string(s);
}

// A vertex statement with one space around each link; nullopt when a link of
// it runs past the statement (it swallowed a line break: left as written).
std::optional<std::string> space_links(std::string_view text, uint32_t begin, uint32_t end,
                                       const std::vector<Span>& links) {
  std::string out;
  uint32_t cursor = begin;
  auto it = std::lower_bound(links.begin(), links.end(), begin, [](const Span& s, uint32_t b) { return s.begin < b; });
  for (; it != links.end() && it->begin < end; ++it) {
    if (it->end > end || it->begin < cursor) return std::nullopt;
    uint32_t core_begin = it->begin, core_end = it->end;
    while (core_begin < core_end && (is_space(text[core_begin]) || text[core_begin] == '\n')) ++core_begin;
    while (core_end > core_begin && (is_space(text[core_end - 1]) || text[core_end - 1] == '\n')) --core_end;
    const std::string_view core = text.substr(core_begin, core_end - core_begin);
    if (text.substr(it->begin, it->end - it->begin).find('\n') != std::string_view::npos) return std::nullopt;
    out += space_link_start(space_groups(trim(text.substr(cursor, core_begin - cursor))));
    if (!out.empty() && out.back() != '@') out += ' ';
    out += core;
    cursor = core_end;
    while (cursor < end && is_space(text[cursor])) ++cursor;
    if (cursor < end && text[cursor] == '|') {
      const size_t close = text.find('|', cursor + 1);
      if (close == std::string_view::npos || close >= end) return std::nullopt;
      out += text.substr(cursor, close + 1 - cursor);
      cursor = static_cast<uint32_t>(close + 1);
      while (cursor < end && is_space(text[cursor])) ++cursor;
    }
    if (cursor < end) out += ' ';
  }
  out += space_groups(trim(text.substr(cursor, end - cursor)));
  return out;
}

}  // namespace

bool keeps_trailing_space(std::string_view statement) {
  // `subgraph x ` : flowDb makes the id subGraphN when the title holds a space, trailing ones too.
  return starts_with_word(statement, "style") || starts_with_word(statement, "classDef") ||
         starts_with_word(statement, "linkStyle") || starts_with_word(statement, "subgraph");
}

namespace {

bool is_plain_statement(std::string_view s) {
  for (std::string_view keyword : {"style", "classDef", "class", "linkStyle", "subgraph", "end", "direction"})
    if (starts_with_word(s, keyword)) return true;
  return takes_rest_of_line(s);
}

// `graph   LR` -> `graph LR`, `graph TD;` -> `graph TD` (the `;` ends the
// header as a line break would); anything more on the header line stays.
std::string header_text(std::string_view line) {
  const std::string_view t = trim(line);
  size_t k = 0;
  while (k < t.size() && !is_space(t[k])) ++k;
  const std::string_view keyword = t.substr(0, k);
  std::string_view rest = trim(t.substr(k));
  if (rest.ends_with(';')) rest = trim_right(rest.substr(0, rest.size() - 1));
  if (rest.empty()) return rest.size() == trim(t.substr(k)).size() ? std::string(keyword) : std::string(t);
  for (char c : rest)
    if (is_space(c) || c == ';') return std::string(t);
  return std::string(keyword) + " " + std::string(rest);
}

// `direction   LR` -> `direction LR` (mermaid's lexer reads `direction\s+LR`).
std::string direction_text(std::string_view statement) {
  const std::string_view value = trim(statement.substr(std::string_view("direction").size()));
  for (char c : value)
    if (is_space(c)) return std::string(statement);
  return value.empty() ? std::string(statement) : "direction " + std::string(value);
}

}  // namespace

std::vector<Proposal> propose_flowchart(std::string_view text, const std::vector<TextLine>& lines,
                                        const Flowchart& chart) {
  std::vector<Proposal> out;
  if (lines.empty()) return out;
  std::vector<Span> links;
  links.reserve(chart.edges.size());
  for (const Edge& e : chart.edges) links.push_back(e.span);
  std::sort(links.begin(), links.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  links.erase(std::unique(links.begin(), links.end(),
                          [](const Span& a, const Span& b) { return a.begin == b.begin && a.end == b.end; }),
              links.end());

  const uint32_t header = line_of(lines, chart.header.begin);
  const std::vector<bool> directive = directive_lines(lines);
  if (!directive[header]) out.push_back({header, {header_text(lines[header].text)}});

  uint32_t depth = 1;  // the body sits one level below the header
  for (uint32_t i = header + 1; i < lines.size(); ++i) {
    if (directive[i]) continue;
    const std::string_view line = lines[i].text;
    const std::string_view trimmed = trim(line);
    if (trimmed.empty()) continue;  // propose_blank_lines
    Proposal p{i, {}};
    if (trimmed.starts_with("%%") || trimmed.find("%%") != std::string_view::npos) {
      p.replacement.push_back(std::string(depth * kIndent, ' ') + std::string(trimmed));
      out.push_back(std::move(p));
      continue;
    }
    for (const std::string_view statement : split_statements(line)) {
      if (starts_with_word(statement, "end")) depth = depth > 1 ? depth - 1 : 1;
      std::string written(statement);
      if (keeps_trailing_space(statement)) {
        // mermaid keeps the spaces ending a style in its last value, and they
        // count (`stroke-width: 2px ` on a linkStyle moves the drawn path);
        // those ending a subgraph title decide its id.
        const char* end = statement.data() + statement.size();
        while (end < line.data() + line.size() && is_space(*end)) ++end;
        written.assign(statement.data(), end);
      }
      if (starts_with_word(statement, "direction")) written = direction_text(statement);
      if (!is_plain_statement(statement)) {
        const auto begin = static_cast<uint32_t>(statement.data() - text.data());
        if (auto spaced = space_links(text, begin, begin + static_cast<uint32_t>(statement.size()), links))
          written = std::move(*spaced);
      }
      p.replacement.push_back(std::string(depth * kIndent, ' ') + written);
      if (starts_with_word(statement, "subgraph")) ++depth;
    }
    out.push_back(std::move(p));
  }
  std::vector<bool> skip = directive;
  propose_blank_lines(lines, header + 1, skip, out);
  return out;
}

}  // namespace merrow::format
