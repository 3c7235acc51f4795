// Hand-written scanners for the tokens of mermaid's flow.jison lexer whose
// regular expressions backtrack (links, LINK_ID, the `direction` line rule).
// Each returns the number of bytes the jison rule would match at `p`, or 0.
// Pre: p <= end. Post: never reads outside [p, end).
#pragma once
#include <cstddef>
#include <cstring>

namespace merrow::flowchart_grammar {

// JavaScript's \s restricted to ASCII (mermaid's texts rarely hold U+00A0 as syntax).
inline bool is_js_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

inline const char* skip_js_space(const char* p, const char* end) {
  while (p < end && is_js_space(*p)) ++p;
  return p;
}

inline const char* skip_head_prefix(const char* p, const char* end) {
  // `[xo<]?` in front of every link: `x--x`, `o==o`, `<-.->`.
  return (p < end && (*p == 'x' || *p == 'o' || *p == '<')) ? p + 1 : p;
}

// `\s*[xo<]?` + Stroke{2,} + [Stroke x o >] + `\s*` (`-->`, `---`, `==>`, `===`):
// the final character may be one more stroke, so `---` is open and `--` is not a link.
inline std::size_t scan_solid_link(const char* p, const char* end, char stroke) {
  const char* q = skip_head_prefix(skip_js_space(p, end), end);
  const char* s = q;
  while (q < end && *q == stroke) ++q;
  std::size_t strokes = static_cast<std::size_t>(q - s);
  if (strokes < 2) return 0;
  if (q < end && (*q == 'x' || *q == 'o' || *q == '>'))
    ++q;
  else if (strokes < 3)
    return 0;
  return static_cast<std::size_t>(skip_js_space(q, end) - p);
}

// `\s*[xo<]?` + Stroke Stroke + `\s*`: the start of `A-- text -->B`.
inline std::size_t scan_solid_start(const char* p, const char* end, char stroke) {
  const char* q = skip_head_prefix(skip_js_space(p, end), end);
  if (end - q < 2 || q[0] != stroke || q[1] != stroke) return 0;
  return static_cast<std::size_t>(skip_js_space(q + 2, end) - p);
}

// `\s*[xo<]?\-?\.+\-[xo>]?\s*` (`-.->`, `-..-`, `.-`).
inline std::size_t scan_dotted_link(const char* p, const char* end) {
  const char* q = skip_head_prefix(skip_js_space(p, end), end);
  if (q < end && *q == '-') ++q;
  const char* dots = q;
  while (q < end && *q == '.') ++q;
  if (q == dots || q >= end || *q != '-') return 0;
  ++q;
  if (q < end && (*q == 'x' || *q == 'o' || *q == '>')) ++q;
  return static_cast<std::size_t>(skip_js_space(q, end) - p);
}

// `\s*[xo<]?\-\.\s*`: the start of `A-. text .->B`.
inline std::size_t scan_dotted_start(const char* p, const char* end) {
  const char* q = skip_head_prefix(skip_js_space(p, end), end);
  if (end - q < 2 || q[0] != '-' || q[1] != '.') return 0;
  return static_cast<std::size_t>(skip_js_space(q + 2, end) - p);
}

// `\s*~~~+\s*`
inline std::size_t scan_invisible_link(const char* p, const char* end) {
  const char* q = skip_js_space(p, end);
  const char* s = q;
  while (q < end && *q == '~') ++q;
  if (q - s < 3) return 0;
  return static_cast<std::size_t>(skip_js_space(q, end) - p);
}

// Any complete link token, in the lexer's rule order.
inline std::size_t scan_any_link(const char* p, const char* end) {
  if (auto n = scan_solid_link(p, end, '-')) return n;
  if (auto n = scan_solid_link(p, end, '=')) return n;
  if (auto n = scan_dotted_link(p, end)) return n;
  return scan_invisible_link(p, end);
}

// Any token that starts a link (complete or the opening half of a labelled one).
inline std::size_t scan_any_link_start(const char* p, const char* end) {
  if (auto n = scan_solid_link(p, end, '-')) return n;
  if (auto n = scan_solid_start(p, end, '-')) return n;
  if (auto n = scan_solid_link(p, end, '=')) return n;
  if (auto n = scan_solid_start(p, end, '=')) return n;
  if (auto n = scan_dotted_link(p, end)) return n;
  if (auto n = scan_dotted_start(p, end)) return n;
  return scan_invisible_link(p, end);
}

// The `.*direction\s+(TB|BT|RL|LR|TD)[^\n]*` rules: they fire at any token start
// whose line (from there on) holds `direction TB`, so `A["set direction LR"]`
// is read by mermaid as a direction statement. Returns the match length
// and the direction letters through `value`.
inline std::size_t scan_direction_line(const char* p, const char* end, const char** value) {
  static constexpr char kWord[] = "direction";
  const char* line_end = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
  if (!line_end) line_end = end;
  static constexpr const char* kValues[] = {"TB", "BT", "RL", "LR", "TD"};
  // Rule order decides between values: any TB on the line wins over BT, ...
  for (const char* wanted : kValues) {
    for (const char* q = p; q + 9 <= line_end;) {
      const char* hit = static_cast<const char*>(std::memchr(q, 'd', static_cast<std::size_t>(line_end - q)));
      if (!hit || hit + 9 > line_end) break;
      if (std::memcmp(hit, kWord, 9) == 0) {
        const char* v = hit + 9;
        const char* w = skip_js_space(v, end);
        if (w > v && end - w >= 2 && w[0] == wanted[0] && w[1] == wanted[1]) {
          const char* stop = static_cast<const char*>(std::memchr(w, '\n', static_cast<std::size_t>(end - w)));
          if (value) *value = wanted;
          return static_cast<std::size_t>((stop ? stop : end) - p);
        }
      }
      q = hit + 1;
    }
  }
  return 0;
}

}  // namespace merrow::flowchart_grammar
