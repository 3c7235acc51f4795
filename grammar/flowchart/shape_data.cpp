// See shape_data.hpp. flowDb.addVertex wraps a one-line body as `{ body }`
// (a YAML flow mapping) and loads a multi-line body as a block mapping; the
// checks below are the js-yaml errors mermaid's users hit: a missing comma
// after a quoted value, a stray indicator (`|`, `]`, `{`), `key: a: b` in a
// block mapping, a line that is no `key: value`.
#include "grammar/flowchart/shape_data.hpp"

#include <algorithm>
#include <initializer_list>

namespace merrow::flowchart_grammar {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// Joins pieces by appending (GCC 12 warns falsely about `"lit" + std::string`).
std::string join(std::initializer_list<std::string_view> pieces) {
  std::string out;
  for (std::string_view piece : pieces) out.append(piece);
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_blank(s.front()) || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (is_blank(s.back()) || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// Length of the quoted scalar at s[0] (through its closing quote), or npos.
std::size_t quoted_length(std::string_view s) {
  const char q = s[0];
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (q == '"' && s[i] == '\\') {
      ++i;
    } else if (s[i] == q) {
      if (q == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
        ++i;  // '' is an escaped quote
        continue;
      }
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// `&anchor value` / `*alias`: the anchor is dropped, an alias reads as empty.
std::string_view skip_anchor(std::string_view v) {
  if (!v.empty() && v.front() == '&') {
    std::size_t i = 0;
    while (i < v.size() && !is_blank(v[i])) ++i;
    return trim(v.substr(i));
  }
  if (!v.empty() && v.front() == '*') return {};
  return v;
}

// Reads a scalar value; `flow` forbids the flow indicators in plain scalars.
bool read_value(std::string_view v, bool flow, std::string& out, std::string& error) {
  v = skip_anchor(trim(v));
  if (v.empty()) return true;
  if (v.front() == '"' || v.front() == '\'') {
    const std::size_t n = quoted_length(v);
    if (n == std::string_view::npos) {
      error = "a quoted value is never closed";
      return false;
    }
    std::string_view rest = trim(v.substr(n));
    if (!rest.empty() && rest.front() != '#') {
      error = flow ? "missed comma between entries" : "text after a quoted value";
      return false;
    }
    out = std::string(v.substr(1, n - 2));
    return true;
  }
  if (flow && v.find_first_of("[]{}") != std::string_view::npos) {
    error = join({"'", v, "' holds a flow indicator ([ ] { })"});
    return false;
  }
  if (v.front() == '|' || v.front() == '>' || v.front() == '@' || v.front() == '`' || v.front() == '%') {
    if (!flow && (v.front() == '|' || v.front() == '>')) return true;  // block scalar, read by the caller
    error = join({"a value cannot start with '", v.substr(0, 1), "'"});
    return false;
  }
  for (std::size_t i = 0; i + 1 < v.size(); ++i)
    if (v[i] == ':' && is_blank(v[i + 1])) {
      error = join({"'", v, "' holds ': ' (quote the value)"});
      return false;
    }
  out = std::string(v);
  return true;
}

// `key: value`, `key:` or (flow only) a lone key.
bool read_entry(std::string_view piece, bool flow, ShapeDataResult& result) {
  piece = trim(piece);
  if (piece.empty()) return true;
  const char first = piece.front();
  if (std::string_view("|>]}[{@`,").find(first) != std::string_view::npos) {
    result.error = join({"an entry cannot start with '", piece.substr(0, 1), "'"});
    return false;
  }
  std::size_t colon = std::string_view::npos;
  for (std::size_t i = 0; i < piece.size(); ++i)
    if (piece[i] == ':' && (i + 1 == piece.size() || is_blank(piece[i + 1]) || piece[i + 1] == '\n' ||
                            (flow && (piece[i + 1] == '"' || piece[i + 1] == '\'')))) {
      colon = i;
      break;
    }
  if (colon == std::string_view::npos) {
    if (flow) return true;  // a key with no value
    result.error = join({"'", piece, "' is not `key: value`"});
    return false;
  }
  std::string value;
  if (!read_value(piece.substr(colon + 1), flow, value, result.error)) return false;
  result.entries.emplace_back(std::string(trim(piece.substr(0, colon))), std::move(value));
  return true;
}

ShapeDataResult parse_flow(std::string_view body) {
  ShapeDataResult result;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= body.size(); ++i) {
    if (i < body.size() && (body[i] == '"' || body[i] == '\'') && (i == start || trim(body.substr(start, i - start)).empty() ||
                                                                   body[i - 1] == ' ' || body[i - 1] == ':')) {
      const std::size_t n = quoted_length(body.substr(i));
      if (n == std::string_view::npos) {
        result.error = "a quoted value is never closed";
        return result;
      }
      i += n - 1;
      continue;
    }
    if (i == body.size() || body[i] == ',') {
      if (!read_entry(body.substr(start, i - start), true, result)) return result;
      start = i + 1;
    }
  }
  return result;
}

std::size_t indent_of(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i;
}

ShapeDataResult parse_block(std::string_view body) {
  ShapeDataResult result;
  std::size_t key_indent = std::string_view::npos;
  bool in_block_scalar = false;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    std::size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) eol = body.size();
    std::string_view line = body.substr(pos, eol - pos);
    pos = eol + 1;
    if (trim(line).empty() || trim(line).front() == '#') continue;
    const std::size_t indent = indent_of(line);
    if (key_indent != std::string_view::npos && indent > key_indent) {
      if (in_block_scalar) {
        std::string& value = result.entries.back().second;
        if (!value.empty()) value += '\n';
        value.append(trim(line));
        continue;
      }
      // A more indented line continues a plain or quoted value.
      if (!result.entries.empty()) {
        result.entries.back().second.append(" ").append(trim(line));
        continue;
      }
    }
    if (key_indent != std::string_view::npos && indent != key_indent) {
      result.error = join({"bad indentation of '", trim(line), "'"});
      return result;
    }
    key_indent = indent;
    const std::size_t before = result.entries.size();
    if (!read_entry(line, false, result)) return result;
    in_block_scalar = result.entries.size() > before && line.find(": |") != std::string_view::npos;
    if (in_block_scalar) result.entries.back().second.clear();
  }
  return result;
}

}  // namespace

ShapeDataResult parse_shape_data(std::string_view raw) {
  // The shapeDataStr lexer state turns `\n\s*` inside "..." into `<br/>`
  // before flowDb sees the body, so only line breaks outside strings decide
  // between the flow and the block form.
  std::string body;
  body.reserve(raw.size());
  bool in_string = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '"') in_string = !in_string;
    if (in_string && raw[i] == '\n') {
      body += "<br/>";
      while (i + 1 < raw.size() && (is_blank(raw[i + 1]) || raw[i + 1] == '\n')) ++i;
      continue;
    }
    body += raw[i];
  }
  if (body.find('\n') == std::string::npos) return parse_flow(body);
  return parse_block(body);
}

}  // namespace merrow::flowchart_grammar
