// The mindmap lexemes as PEGTL rules, one per rule of mermaid's mindmap.jison
// lexer, grouped by lexer state. Jison tries a state's rules in order and
// takes the first that matches, which is exactly PEG's ordered choice, so
// each rule here must match what its regex matches (noted beside it) and the
// lexer (mindmap_lexer.cpp) tries them in the Jison order.
// Pure grammar: no actions, no error handling (that is mindmap_errors.hpp).
#pragma once
#include <tao/pegtl.hpp>

namespace merrow::grammar::mindmap::lexeme {

using namespace tao::pegtl;

// JavaScript `\s`: ASCII whitespace plus the Unicode spaces and U+FEFF.
struct js_space : sor<one<' ', '\t', '\n', '\v', '\f', '\r'>,
                      utf8::one<0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF>,
                      utf8::range<0x2000, 0x200A>> {};
struct js_space_in_line : seq<not_at<one<'\n'>>, js_space> {};
// JavaScript `.`: anything but a line terminator.
struct line_char : not_one<'\n', '\r'> {};

// --- INITIAL state ---
struct comment : seq<star<js_space>, two<'%'>, star<line_char>> {};         // \s*\%\%.*      SPACELINE
struct keyword : seq<istring<'m', 'i', 'n', 'd', 'm', 'a', 'p'>, not_at<identifier_other>> {};  // mindmap\b
struct class_start : string<':', ':', ':'> {};                                // ":::"
struct icon_start : seq<two<':'>, istring<'i', 'c', 'o', 'n'>, one<'('>> {};  // "::icon("
// [\s]+[\n]: the greedy run gives back all but the last line break, so the
// match is whitespace ending at the run's last "\n", at least two characters.
struct blank_lines : seq<js_space, plus<star<js_space_in_line>, one<'\n'>>> {};  // SPACELINE
struct newlines : plus<one<'\n'>> {};                                          // [\n]+   NL
struct shape_open : sor<string<'-', ')'>, string<'(', '-'>, two<')'>, one<')'>, two<'('>, two<'{'>,
                        one<'('>, one<'['>> {};                                // NODE_DSTART
struct indentation : plus<js_space> {};                                        // [\s]+  SPACELIST
struct node_id : plus<not_one<'(', '[', '\n', ')', '{', '}'>> {};              // NODE_ID

// --- NODE state (inside a shape) ---
struct markdown_open : seq<one<'"'>, one<'`'>> {};  // ["][`]
struct string_open : one<'"'> {};                   // ["]
struct shape_close : sor<two<')'>, one<')'>, one<']'>, two<'}'>, string<'(', '-'>, string<'-', ')'>,
                         two<'('>, one<'('>> {};    // NODE_DEND
struct description : plus<not_one<')', ']', '(', '}'>> {};  // [^\)\]\(\}]+ (spans lines)  NODE_DESCR
struct description_rest : plus<line_char> {};               // .+(?!\(\()  NODE_DESCR

// --- NSTR2 ("`...`") and NSTR ("...") states ---
struct markdown_text : plus<not_one<'`', '"'>> {};
struct markdown_close : seq<one<'`'>, one<'"'>> {};
struct string_text : plus<not_one<'"'>> {};
struct string_close : one<'"'> {};

// --- ICON and CLASS states ---
struct icon_text : plus<not_one<')'>> {};
struct icon_close : one<')'> {};
struct class_text : plus<line_char> {};
struct class_newline : one<'\n'> {};

// Every lexeme, for analyze<>() in the tests: none may match the empty input.
struct any_lexeme : sor<comment, keyword, class_start, icon_start, blank_lines, newlines, shape_open,
                        indentation, node_id, markdown_open, string_open, shape_close, description,
                        description_rest, markdown_text, markdown_close, string_text, string_close,
                        icon_text, icon_close, class_text, class_newline> {};

}  // namespace merrow::grammar::mindmap::lexeme
