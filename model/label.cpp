// decode_label(): label text as written -> lines of styled runs, the way
// mermaid shows it. Plain labels break at `<br>` (any `<br/>`, `<BR />`
// spelling), at line breaks and at a written `\n` (mermaid's
// nonMarkdownToHTML; checked with mermaid-ref for quoted and unquoted node
// labels, edge labels and subgraph titles); markdown strings ("`...`") break
// at line breaks only (`\n` stays as written) and get **bold** / *italic* /
// _italic_ runs. Entity codes in
// mermaid's `#name;` / `#9829;` form and HTML's `&name;` / `&#9829;` are
// decoded; `fa:fa-car` becomes an icon run; HTML tags are not text: <b>,
// <strong>, <i>, <em> set bold / italic, `</br>` breaks like `<br>`, other
// tags drop out.
// Pre: any UTF-8 (invalid bytes are copied through). Post: at least one line.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/label.hpp"

namespace merrow {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

struct NamedEntity {
  std::string_view name;
  uint32_t code_point;
};
constexpr std::array<NamedEntity, 16> kEntities{{{"amp", '&'},
                                                 {"apos", '\''},
                                                 {"bull", 0x2022},
                                                 {"copy", 0xA9},
                                                 {"gt", '>'},
                                                 {"hellip", 0x2026},
                                                 {"hearts", 0x2665},
                                                 {"larr", 0x2190},
                                                 {"lt", '<'},
                                                 {"mdash", 0x2014},
                                                 {"nbsp", 0xA0},
                                                 {"ndash", 0x2013},
                                                 {"not", 0xAC},
                                                 {"quot", '"'},
                                                 {"rarr", 0x2192},
                                                 {"reg", 0xAE}}};

// HTML's legacy names among those: a browser decodes them without the `;`
// too, the longest that prefixes the text (`&nbsp` is a space, `&ampx` is
// `&x`; mermaid-ref shows both, and rw-110's `subgraph &nbsp;` title, whose
// `;` ends the statement, as a blank).
constexpr std::array<std::string_view, 8> kLegacyEntities{"amp", "copy", "gt", "lt", "nbsp", "not", "quot", "reg"};

// `&` + a legacy name without `;` at `s`: the characters consumed, 0 if none.
std::size_t decode_legacy_entity(std::string_view s, std::string& out) {
  std::string_view best;
  for (std::string_view name : kLegacyEntities)
    if (s.starts_with(name) && name.size() > best.size()) best = name;
  if (best.empty()) return 0;
  for (const auto& e : kEntities)
    if (e.name == best) append_utf8(out, e.code_point);
  return best.size();
}

// Decodes the entity whose name/number starts at `s` (after `#` or `&`) up to
// `;`; returns the characters consumed after the lead character, 0 if none.
std::size_t decode_entity(std::string_view s, std::string& out) {
  const std::size_t semi = s.find(';');
  if (semi == std::string_view::npos || semi == 0 || semi > 12) return 0;
  std::string_view body = s.substr(0, semi);
  uint32_t cp = 0;
  if (body.front() == '#') body.remove_prefix(1);  // `&#9829;`
  const bool hex = !body.empty() && (body.front() == 'x' || body.front() == 'X');
  std::string_view digits = hex ? body.substr(1) : body;
  bool numeric = !digits.empty();
  for (char c : digits) {
    const bool dec = c >= '0' && c <= '9';
    const bool hx = hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
    if (!dec && !hx) {
      numeric = false;
      break;
    }
    cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(dec ? c - '0' : (c | 0x20) - 'a' + 10);
    if (cp > 0x10FFFF) cp = 0xFFFD;
  }
  if (!numeric) {
    for (const auto& e : kEntities)
      if (e.name == body) {
        append_utf8(out, e.code_point);
        return semi + 1;
      }
    return 0;
  }
  append_utf8(out, cp);
  return semi + 1;
}

std::string decode_entities(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((text[i] == '#' || text[i] == '&') && i + 1 < text.size()) {
      if (std::size_t n = decode_entity(text.substr(i + 1), out)) {
        i += n;
        continue;
      }
      if (text[i] == '&') {
        if (std::size_t n = decode_legacy_entity(text.substr(i + 1), out)) {
          i += n;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

// `<br>`, `<br/>`, `<br />`, any case, and `</br>` (which HTML parsers read
// as `<br>`; mermaid-ref draws two lines): returns its length at `s`, else 0.
std::size_t line_break_tag(std::string_view s) {
  const std::size_t slash = s.size() > 1 && s[1] == '/' ? 1 : 0;
  if (s.size() < 4 + slash || s[0] != '<' || (s[1 + slash] | 0x20) != 'b' || (s[2 + slash] | 0x20) != 'r') return 0;
  std::size_t i = 3 + slash;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i < s.size() && s[i] == '/') ++i;
  return i < s.size() && s[i] == '>' ? i + 1 : 0;
}

bool is_icon_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// `fa:fa-car`, `fab:fa-github` ...: the icon's length at `s`, else 0.
std::size_t icon_at(std::string_view s) {
  for (std::string_view prefix : {"fa:fa-", "fab:fa-", "fas:fa-", "far:fa-", "fal:fa-", "fad:fa-", "fak:fa-"}) {
    if (!s.starts_with(prefix)) continue;
    std::size_t i = prefix.size();
    while (i < s.size() && is_icon_char(s[i])) ++i;
    return i > prefix.size() ? i : 0;
  }
  return 0;
}

void add_run(TextLine& line, std::string text, bool bold, bool italic, bool icon) {
  if (text.empty()) return;
  if (!icon && !line.runs.empty()) {
    TextRun& last = line.runs.back();
    if (!last.icon && last.bold == bold && last.italic == italic) {
      last.text += text;
      return;
    }
  }
  line.runs.push_back(TextRun{std::move(text), bold, italic, icon});
}

// Emphasis opened by HTML tags (`<b>`, `<strong>`, `<i>`, `<em>`), which
// mermaid's html labels render; it spans `<br>` lines, as in HTML.
struct HtmlEmphasis {
  int bold = 0, italic = 0;
};

bool is_tag_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// An HTML tag at `s` (`<name ...>` or `</name>`): its length, its lower-cased
// name and whether it closes; 0 when `s` is not a tag ("a < b" stays text).
std::size_t html_tag_at(std::string_view s, std::string& name, bool& closing) {
  if (s.size() < 3 || s[0] != '<') return 0;
  std::size_t i = 1;
  closing = s[i] == '/';
  if (closing) ++i;
  const std::size_t name_start = i;
  while (i < s.size() && is_tag_name_char(s[i])) ++i;
  if (i == name_start || !((s[name_start] | 0x20) >= 'a' && (s[name_start] | 0x20) <= 'z')) return 0;
  name.clear();
  for (std::size_t k = name_start; k < i; ++k) name += static_cast<char>(s[k] | 0x20);
  const std::size_t end = s.find('>', i);
  if (end == std::string_view::npos || s.substr(i, end - i).find('<') != std::string_view::npos) return 0;
  if (end > i && s[i] != ' ' && s[i] != '/') return 0;  // `<ab+c>` is no tag
  return end + 1;
}

void add_plain(TextLine& line, std::string_view text, bool bold, bool italic) {
  std::string pending;
  for (std::size_t i = 0; i < text.size();) {
    const bool at_word_start = i == 0 || text[i - 1] == ' ';
    if (std::size_t n = at_word_start ? icon_at(text.substr(i)) : 0) {
      add_run(line, decode_entities(pending), bold, italic, false);
      pending.clear();
      add_run(line, std::string(text.substr(i, n)), bold, italic, true);
      i += n;
    } else {
      pending += text[i++];
    }
  }
  add_run(line, decode_entities(pending), bold, italic, false);
}

// Splits one line into plain and icon runs with the given emphasis; HTML
// tags are not shown: b/strong and i/em set the emphasis, others (span, u,
// a, sub, ...) only drop out.
void add_text(TextLine& line, std::string_view text, bool bold, bool italic, HtmlEmphasis& html) {
  std::size_t start = 0;
  std::string name;
  bool closing = false;
  for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    const std::size_t n = html_tag_at(text.substr(i), name, closing);
    if (n == 0) continue;
    add_plain(line, text.substr(start, i - start), bold || html.bold > 0, italic || html.italic > 0);
    int* depth = name == "b" || name == "strong" ? &html.bold : name == "i" || name == "em" ? &html.italic : nullptr;
    if (depth) *depth = std::max(0, *depth + (closing ? -1 : 1));
    start = i + n;
    i = start - 1;
  }
  add_plain(line, text.substr(start), bold || html.bold > 0, italic || html.italic > 0);
}

// Markdown emphasis: `**x**`/`__x__` bold, `*x*`/`_x_` italic; an unpaired
// marker stays literal text.
void add_markdown(TextLine& line, std::string_view text, HtmlEmphasis& html) {
  bool bold = false, italic = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c != '*' && c != '_') {
      ++i;
      continue;
    }
    const bool dbl = i + 1 < text.size() && text[i + 1] == c;
    const std::string_view marker = text.substr(i, dbl ? 2 : 1);
    const bool closing = dbl ? bold : italic;
    if (!closing && text.find(marker, i + marker.size()) == std::string_view::npos) {
      i += marker.size();
      continue;
    }
    add_text(line, text.substr(start, i - start), bold, italic, html);
    (dbl ? bold : italic) = !closing;
    i += marker.size();
    start = i;
  }
  add_text(line, text.substr(start), bold, italic, html);
}

}  // namespace

RichText decode_label(const Label& label) {
  RichText rich;
  const bool markdown = label.format == LabelFormat::markdown;
  std::string_view text = label.text;
  std::size_t start = 0;
  HtmlEmphasis html;
  auto flush = [&](std::size_t end) {
    std::string_view piece = text.substr(start, end - start);
    if (markdown) {  // markdown strings drop each line's indentation
      while (!piece.empty() && (piece.front() == ' ' || piece.front() == '\t')) piece.remove_prefix(1);
    }
    if (!piece.empty() && piece.back() == '\r') piece.remove_suffix(1);
    // mermaid's preprocessMarkdown folds blank lines ("\n\n" -> "\n").
    if (markdown && piece.empty() && !rich.lines.empty()) return;
    TextLine line;
    if (markdown)
      add_markdown(line, piece, html);
    else
      add_text(line, piece, false, false, html);
    rich.lines.push_back(std::move(line));
  };
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      flush(i);
      start = ++i;
    } else if (!markdown && text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
      flush(i);
      i += 2;
      start = i;
    } else if (std::size_t n = line_break_tag(text.substr(i))) {
      flush(i);
      i += n;
      start = i;
    } else {
      ++i;
    }
  }
  flush(text.size());
  return rich;
}

}  // namespace merrow
