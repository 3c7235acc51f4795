// The tokens of mermaid's flow.jison lexer (INITIAL state) as PEGTL rules.
// jison takes the FIRST rule that matches at a position, not the longest, so
// a rule here is often guarded by not_at<> of the rules listed before it in
// flow.jison: `styled` lexes as STYLE + `d` (an error), `vertex` as DOWN `v`
// + `ertex` (fine), `x-->B` as the link `x-->` (an error).
// Pre: rules run on a memory_input over the whole diagram text; state-aware
// rules take the ParseState (state.hpp). Post: rules consume whole tokens.
#pragma once
#include <cstdint>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "grammar/flowchart/scanners.hpp"

namespace merrow::flowchart_grammar {
using namespace tao::pegtl;  // NOLINT: grammar files read as grammar

// A rule backed by a scanner function (scanners.hpp).
template <std::size_t (*Scan)(const char*, const char*)>
struct scanned {
  using rule_t = scanned;
  using subs_t = type_list<>;
  template <typename ParseInput>
  static bool match(ParseInput& in) {
    const std::size_t n = Scan(in.current(), in.end());
    if (n == 0) return false;
    in.bump(n);
    return true;
  }
};

inline std::size_t scan_normal_link(const char* p, const char* e) { return scan_solid_link(p, e, '-'); }
inline std::size_t scan_normal_start(const char* p, const char* e) { return scan_solid_start(p, e, '-'); }
inline std::size_t scan_thick_link(const char* p, const char* e) { return scan_solid_link(p, e, '='); }
inline std::size_t scan_thick_start(const char* p, const char* e) { return scan_solid_start(p, e, '='); }
inline std::size_t scan_link_start_any(const char* p, const char* e) { return scan_any_link_start(p, e); }

// A UNICODE_TEXT character: a letter outside ASCII. flow.jison lists the
// Unicode 6 letter ranges; this keeps the blocks that hold letters and leaves
// out punctuation, symbols and emoji (`A🙂` is a lexical error in mermaid).
inline std::size_t scan_unicode_letter(const char* p, const char* e) {
  if (p >= e) return 0;
  const auto b0 = static_cast<unsigned char>(*p);
  if (b0 < 0xC2) return 0;
  std::size_t len = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 0;  // astral planes are surrogates in JS
  if (len == 0 || static_cast<std::size_t>(e - p) < len) return 0;
  uint32_t cp = b0 & (len == 2 ? 0x1F : 0x0F);
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  const bool letter =
      cp == 0xAA || cp == 0xB5 || cp == 0xBA || (cp >= 0xC0 && cp <= 0x2C1 && cp != 0xD7 && cp != 0xF7) ||
      (cp >= 0x370 && cp <= 0x1FFF && cp != 0x37E && cp != 0x387) || (cp >= 0x2C00 && cp <= 0x2DFF) ||
      (cp >= 0x3041 && cp <= 0x9FFF && cp != 0x3000) || (cp >= 0xA000 && cp <= 0xD7FB) ||
      (cp >= 0xF900 && cp <= 0xFDFB) || (cp >= 0xFE70 && cp <= 0xFEFC) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
      (cp >= 0xFF41 && cp <= 0xFF5A) || (cp >= 0xFF66 && cp <= 0xFFDC);
  return letter ? len : 0;
}

// ---- whitespace and separators -------------------------------------------
struct js_space : one<' ', '\t', '\n', '\r', '\f', '\v'> {};
struct space : one<' ', '\t', '\r', '\f', '\v'> {};  // SPACE: \s once NEWLINE had its turn
struct spaces : plus<space> {};
struct newline : plus<opt<one<'\r'>>, one<'\n'>> {};
struct semicolon : one<';'> {};
struct separator : sor<newline, semicolon, eof> {};

// ---- keywords (flow.jison order) ------------------------------------------
// mermaid 11's keywords end at a word boundary (`style\b`), so `stylesTS`,
// `class1` and `subgraph1` are plain ids.
struct word_char : ranges<'a', 'z', 'A', 'Z', '0', '9', '_'> {};
template <typename Word>
struct keyword : seq<Word, not_at<word_char>> {};
struct kw_acc_title : seq<TAO_PEGTL_STRING("accTitle"), star<js_space>, one<':'>, star<js_space>> {};
struct kw_acc_descr : seq<TAO_PEGTL_STRING("accDescr"), star<js_space>, one<':'>, star<js_space>> {};
struct kw_acc_descr_block : seq<TAO_PEGTL_STRING("accDescr"), star<js_space>, one<'{'>, star<js_space>> {};
struct shape_data_open : TAO_PEGTL_STRING("@{") {};
struct kw_call : seq<TAO_PEGTL_STRING("call"), plus<js_space>> {};
struct kw_style : keyword<TAO_PEGTL_STRING("style")> {};
struct kw_default : keyword<TAO_PEGTL_STRING("default")> {};
struct kw_link_style : keyword<TAO_PEGTL_STRING("linkStyle")> {};
struct kw_interpolate : keyword<TAO_PEGTL_STRING("interpolate")> {};
struct kw_class_def : keyword<TAO_PEGTL_STRING("classDef")> {};
struct kw_class : keyword<TAO_PEGTL_STRING("class")> {};
struct kw_href : seq<TAO_PEGTL_STRING("href"), js_space> {};
struct kw_click : seq<TAO_PEGTL_STRING("click"), plus<js_space>> {};
struct kw_graph : sor<keyword<TAO_PEGTL_STRING("flowchart-elk")>, keyword<TAO_PEGTL_STRING("graph")>,
                      keyword<TAO_PEGTL_STRING("flowchart")>> {};
struct kw_subgraph : keyword<TAO_PEGTL_STRING("subgraph")> {};
// `end\b\s*`: swallows the line break after it, so `end` needs no separator.
struct kw_end : seq<keyword<TAO_PEGTL_STRING("end")>, star<js_space>> {};
struct link_target : sor<keyword<TAO_PEGTL_STRING("_self")>, keyword<TAO_PEGTL_STRING("_blank")>,
                         keyword<TAO_PEGTL_STRING("_parent")>, keyword<TAO_PEGTL_STRING("_top")>> {};
struct kw_down : seq<one<'v'>, not_at<word_char>> {};  // DOWN `v\b`

// ---- links ------------------------------------------------------------------
struct normal_link : scanned<scan_normal_link> {};
struct normal_link_start : scanned<scan_normal_start> {};
struct thick_link : scanned<scan_thick_link> {};
struct thick_link_start : scanned<scan_thick_start> {};
struct dotted_link : scanned<scan_dotted_link> {};
struct dotted_link_start : scanned<scan_dotted_start> {};
struct invisible_link : scanned<scan_invisible_link> {};
struct any_link_start : scanned<scan_link_start_any> {};

// ---- state-aware tokens -------------------------------------------------------
// LINK_ID `[^\s"]+@(?=[^{"])` and the direction rules look far ahead; the
// state caches their answer per run/line so long lines stay linear.
struct link_id {
  using rule_t = link_id;
  using subs_t = type_list<>;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput, typename State>
  static bool match(ParseInput& in, State& st) {
    const std::size_t n = st.lex.link_id_length(in.current(), in.end());
    if (n == 0) return false;
    in.bump(n);
    return true;
  }
};

struct direction_line {
  using rule_t = direction_line;
  using subs_t = type_list<>;
  template <apply_mode, rewind_mode, template <typename...> class, template <typename...> class,
            typename ParseInput, typename State>
  static bool match(ParseInput& in, State& st) {
    const char* value = nullptr;
    const std::size_t n = st.lex.direction_length(in.current(), in.end(), &value);
    if (n == 0) return false;
    st.direction_value = value;
    in.bump(n);
    return true;
  }
};

// ---- identifier tokens (idStringToken) ------------------------------------------
struct unicode_letter : scanned<scan_unicode_letter> {};
struct num : plus<digit> {};
// NODE_STRING: `-` only before a character other than `>-.`. jison's
// `=(?!=)` alternative compiles to `(?!)` in mermaid's bundle, so `=` is no
// id character at all (`A=B` is a lexical error in mermaid 11).
struct node_string_char
    : sor<one<'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T',
              'U', 'V', 'W', 'X', 'Y', 'Z'>,
          ranges<'a', 'z', '0', '9'>,
          one<'!', '"', '#', '$', '%', '&', '\'', '*', '+', '.', '`', '?', '\\', '_', '/'>,
          seq<one<'-'>, at<not_one<'>', '-', '.'>>>> {};
struct node_string : plus<node_string_char> {};

// Tokens that win over an identifier at a token start (flow.jison order) and
// are not themselves identifier tokens. Only used in not_at<>, so the order
// here is the cheapest first, not the lexer's.
template <unsigned Flags>
struct reserved_word : scanned<scan_reserved<Flags>> {};
template <unsigned Flags>
struct token_blocker : sor<reserved_word<Flags>, any_link_start, link_id, direction_line> {};
inline constexpr unsigned kIdReserved = kAcc | kCall | kStyle | kLinkStyle | kInterpolate | kClassDef | kClass |
                                        kHref | kClick | kGraph | kSubgraph | kEnd | kTarget | kTripleColon;
struct id_blocker : token_blocker<kIdReserved> {};

struct id_token
    : seq<not_at<id_blocker>, sor<kw_default, num, one<'#', ':', '&', ',', '*', 'v'>, node_string, one<'-'>,
                                  unicode_letter>> {};
struct id_string : plus<id_token> {};

}  // namespace merrow::flowchart_grammar

namespace tao::pegtl {
template <typename Name, std::size_t (*Scan)(const char*, const char*)>
struct analyze_traits<Name, merrow::flowchart_grammar::scanned<Scan>> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, merrow::flowchart_grammar::link_id> : analyze_any_traits<> {};
template <typename Name>
struct analyze_traits<Name, merrow::flowchart_grammar::direction_line> : analyze_any_traits<> {};
}  // namespace tao::pegtl
