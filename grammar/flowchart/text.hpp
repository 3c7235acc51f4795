// Label texts in the lexer's text states: `"..."` strings, "`markdown`"
// strings, and the unquoted TEXT runs of `[...]`, `(-...-)`, `[/.../]` and
// `|...|`. A label is ONE string or a run of TEXT, never both: mermaid rejects
// `A[ "quoted" ]` and `A["a" b]`.
// Pre: called right after an opener token. Post: the text is consumed, the
// closer is left for the caller.
#pragma once
#include "grammar/flowchart/lexemes.hpp"

namespace merrow::flowchart_grammar {

// `"` then `[^"]+` then `"`. `""` is no token at all in jison, so an empty
// string leaves the label empty (an error).
struct string_body : plus<not_one<'"'>> {};
struct string_close : one<'"'> {};
struct dq_string : if_must<one<'"'>, string_body, string_close> {};

struct markdown_body : plus<not_one<'`', '"'>> {};
struct markdown_close : TAO_PEGTL_STRING("`\"") {};
struct md_string : if_must<TAO_PEGTL_STRING("\"`"), markdown_body, markdown_close> {};

// TEXT `[^\[\](){}|"]+` of the text state; it may span lines. `~~~` right at
// the start is lexed as a link (`<*>` rule) before TEXT gets a chance.
struct text_run : seq<not_at<invisible_link>, plus<not_one<'[', ']', '(', ')', '{', '}', '|', '"'>>> {};
// A string may be followed by TEXT (mermaid's `text: text textToken`), and
// `""` is no token at all: `A["x"y]` draws `xy`, `A["He said \"hi\""]` draws
// `He said \hi\` (checked with mermaid-ref). TEXT then a string still fails.
struct string_tail_run : plus<not_one<'[', ']', '(', ')', '{', '}', '|', '"'>> {};
struct string_tail : plus<sor<TAO_PEGTL_STRING("\"\""), string_tail_run>> {};
struct label_text : sor<md_string, seq<dq_string, opt<string_tail>>, text_run> {};

// Closers of the text state, each guarded by the longer closers jison tries
// first: `A[x])` ends with `])` (stadium end), not with `]`.
struct square_close : seq<one<']'>, not_at<one<')', ']'>>> {};
struct stadium_close : TAO_PEGTL_STRING("])") {};
struct subroutine_close : TAO_PEGTL_STRING("]]") {};
struct cylinder_close : TAO_PEGTL_STRING(")]") {};
struct double_circle_close : TAO_PEGTL_STRING(")))") {};
struct round_close : seq<not_at<TAO_PEGTL_STRING(")))")>, not_at<TAO_PEGTL_STRING(")]")>, one<')'>> {};
struct diamond_close : one<'}'> {};
struct pipe_close : one<'|'> {};

// ellipseText: single-character TEXT tokens, closed by `-)` (also `/)` and `))`).
struct ellipse_close : seq<one<'-', '/', ')'>, one<')'>> {};
struct ellipse_run
    : plus<not_at<ellipse_close>, not_at<invisible_link>, not_one<'(', ')', '[', ']', '{', '}', '"'>> {};
struct ellipse_text : sor<md_string, dq_string, ellipse_run> {};

// trapText: TEXT is a lone `/` or `\`, or a run without `\[](){}/`; `\]` (and
// `(]` `?]` `=]` `]]`, a quirk of the character class) ends `[/x\]`, `/]` ends `[/x/]`.
struct trap_close : seq<one<'\\', '(', '?', '=', ']'>, one<']'>> {};
struct inv_trap_close : TAO_PEGTL_STRING("/]") {};
struct trap_token : seq<not_at<sor<trap_close, inv_trap_close, one<'"'>, invisible_link>>,
                        sor<one<'/', '\\'>, plus<not_one<'\\', '[', ']', '(', ')', '{', '}', '/'>>>> {};
struct trap_run : plus<trap_token> {};
struct trap_text : sor<md_string, dq_string, trap_run> {};

}  // namespace merrow::flowchart_grammar
