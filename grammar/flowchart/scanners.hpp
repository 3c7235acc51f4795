// Hand-written scanners for the tokens of mermaid's flow.jison lexer whose
// regular expressions backtrack (links, LINK_ID, the `direction` line rule).
// Each returns the number of bytes the jison rule would match at `p`, or 0.
// Pre: p <= end. Post: never reads outside [p, end).
#pragma once
#include <cstddef>
#include <cstring>
#include <string_view>

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

// Keyword tokens of the INITIAL state that win over an identifier token at a
// token start, as bit flags so each context lists the ones it rejects.
enum ReservedWord : unsigned {
  kAcc = 1u << 0,          // accTitle\s*:  accDescr\s*:  accDescr\s*{
  kCall = 1u << 1,         // call\s+
  kStyle = 1u << 2,        // style\b
  kDefault = 1u << 3,      // default\b
  kLinkStyle = 1u << 4,    // linkStyle\b
  kInterpolate = 1u << 5,  // interpolate\b
  kClassDef = 1u << 6,     // classDef\b
  kClass = 1u << 7,        // class\b
  kHref = 1u << 8,         // href\s
  kClick = 1u << 9,        // click\s+
  kGraph = 1u << 10,       // graph\b flowchart\b flowchart-elk\b
  kSubgraph = 1u << 11,    // subgraph\b
  kEnd = 1u << 12,         // end\b
  kTarget = 1u << 13,      // _self\b _blank\b _parent\b _top\b
  kTripleColon = 1u << 14, // :::
  kDown = 1u << 15,        // v\b
  kAmpMult = 1u << 16,     // & *
};

inline bool starts_word(const char* p, const char* end, std::string_view word) {
  return static_cast<std::size_t>(end - p) >= word.size() && std::memcmp(p, word.data(), word.size()) == 0 &&
         (p + word.size() == end || !is_word_char(p[word.size()]));
}
inline bool starts_with_then_space(const char* p, const char* end, std::string_view word) {
  return static_cast<std::size_t>(end - p) > word.size() && std::memcmp(p, word.data(), word.size()) == 0 &&
         is_js_space(p[word.size()]);
}
inline bool starts_acc(const char* p, const char* end) {
  if (end - p < 8 || std::memcmp(p, "acc", 3) != 0) return false;
  if (std::memcmp(p, "accTitle", 8) != 0 && std::memcmp(p, "accDescr", 8) != 0) return false;
  const char* q = skip_js_space(p + 8, end);
  return q < end && (*q == ':' || (p[3] == 'D' && *q == '{'));
}

// Whether a reserved word of `Flags` starts at p (a look-ahead: 1 or 0).
template <unsigned Flags>
std::size_t scan_reserved(const char* p, const char* end) {
  if (p >= end) return 0;
  bool hit = false;
  switch (*p) {
    case 'a': hit = (Flags & kAcc) && starts_acc(p, end); break;
    case 'c':
      hit = ((Flags & kCall) && starts_with_then_space(p, end, "call")) ||
            ((Flags & kClassDef) && starts_word(p, end, "classDef")) ||
            ((Flags & kClass) && starts_word(p, end, "class")) ||
            ((Flags & kClick) && starts_with_then_space(p, end, "click"));
      break;
    case 's':
      hit = ((Flags & kStyle) && starts_word(p, end, "style")) || ((Flags & kSubgraph) && starts_word(p, end, "subgraph"));
      break;
    case 'd': hit = (Flags & kDefault) && starts_word(p, end, "default"); break;
    case 'l': hit = (Flags & kLinkStyle) && starts_word(p, end, "linkStyle"); break;
    case 'i': hit = (Flags & kInterpolate) && starts_word(p, end, "interpolate"); break;
    case 'h': hit = (Flags & kHref) && starts_with_then_space(p, end, "href"); break;
    case 'g': hit = (Flags & kGraph) && starts_word(p, end, "graph"); break;
    case 'f':
      hit = (Flags & kGraph) && (starts_word(p, end, "flowchart-elk") || starts_word(p, end, "flowchart"));
      break;
    case 'e': hit = (Flags & kEnd) && starts_word(p, end, "end"); break;
    case '_':
      hit = (Flags & kTarget) && (starts_word(p, end, "_self") || starts_word(p, end, "_blank") ||
                                  starts_word(p, end, "_parent") || starts_word(p, end, "_top"));
      break;
    case ':': hit = (Flags & kTripleColon) && end - p >= 3 && p[1] == ':' && p[2] == ':'; break;
    case 'v': hit = (Flags & kDown) && (p + 1 == end || !is_word_char(p[1])); break;
    case '&':
    case '*': hit = (Flags & kAmpMult) != 0; break;
    default: break;
  }
  return hit ? 1 : 0;
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
