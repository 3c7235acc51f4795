// Links between vertex groups: `-->`, `---`, `==>`, `-.->`, `~~~` (+ heads
// `x o <`, any length), `-->|label|`, `-- label -->`, and edge ids `e1@-->`.
// A labelled link's text runs in its own lexer state until the matching
// closing link: EDGE_TEXT is any character but the stroke, so the text may
// span lines (`A-- a\nb -->B` is one edge) and `A-- t ==>B` never closes.
// Pre: after a vertex group. Post: the link consumed with surrounding spaces.
#pragma once
#include "grammar/flowchart/text.hpp"

namespace merrow::flowchart_grammar {

// EDGE_TEXT of one stroke kind: `[^S]|S(?!G)`; a `"` starts a string instead.
// In mermaid's bundle the thick and dotted look-aheads compile to `(?!)`, so
// a lone `=` (`.`) inside `== text ==>` (`-. text .->`) is a lexical error.
template <typename Close, char Stroke, char Guard, bool LoneStroke>
struct edge_text_char : sor<seq<one<Stroke>, not_at<one<Guard>>>, not_one<Stroke>> {};
template <typename Close, char Stroke, char Guard>
struct edge_text_char<Close, Stroke, Guard, false> : not_one<Stroke> {};
template <typename Close, char Stroke, char Guard, bool LoneStroke>
struct edge_text_run : plus<not_at<Close>, not_at<one<'"'>>, edge_text_char<Close, Stroke, Guard, LoneStroke>> {};

// flow.jison's `edgeText: edgeText edgeTextToken | STR | MD_STR` lets plain
// text follow a string (`A -- "yes" no --> B` is the label "yes no"), not precede it.
template <typename Close, char Stroke, char Guard, bool LoneStroke>
struct edge_text_tail : edge_text_run<Close, Stroke, Guard, LoneStroke> {};
template <typename Close, char Stroke, char Guard, bool LoneStroke>
struct edge_text : sor<seq<md_string, opt<edge_text_tail<Close, Stroke, Guard, LoneStroke>>>,
                       seq<dq_string, opt<edge_text_tail<Close, Stroke, Guard, LoneStroke>>>,
                       edge_text_run<Close, Stroke, Guard, LoneStroke>> {};

struct normal_label_close : normal_link {};
struct thick_label_close : thick_link {};
struct dotted_label_close : dotted_link {};

struct normal_edge_text : edge_text<normal_link, '-', '-', true> {};
struct thick_edge_text : edge_text<thick_link, '=', '=', false> {};
struct dotted_edge_text : edge_text<dotted_link, '.', '-', false> {};

struct labelled_normal_link : if_must<normal_link_start, normal_edge_text, normal_label_close> {};
struct labelled_thick_link : if_must<thick_link_start, thick_edge_text, thick_label_close> {};
struct labelled_dotted_link : if_must<dotted_link_start, dotted_edge_text, dotted_label_close> {};

// `-->|text|` then at most one space before the next vertex.
struct arrow_text_label : label_text {};
struct pipe_open : one<'|'> {};
struct arrow_text : if_must<pipe_open, arrow_text_label, pipe_close> {};

struct link_begin : success {};
struct edge_id : link_id {};
struct link
    : seq<link_begin, opt<edge_id>,
          sor<seq<normal_link, opt<arrow_text, opt<space>>>, labelled_normal_link,
              seq<thick_link, opt<arrow_text, opt<space>>>, labelled_thick_link,
              seq<dotted_link, opt<arrow_text, opt<space>>>, labelled_dotted_link,
              seq<invisible_link, opt<arrow_text, opt<space>>>>> {};

}  // namespace merrow::flowchart_grammar
