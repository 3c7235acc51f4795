// Vertices: `id`, `id<shape opener>label<closer>`, `:::class`, `@{ data }`,
// and `A & B` groups. Alternatives follow flow.jison's rule order at the
// position after the id (`(-` before `([` before `[[` ... before `(`, `[`, `{`).
// Pre: at a token start in the INITIAL state. Post: one vertex group consumed.
#pragma once
#include "grammar/flowchart/text.hpp"

namespace merrow::flowchart_grammar {

struct ellipse_open : TAO_PEGTL_STRING("(-") {};
struct stadium_open : TAO_PEGTL_STRING("([") {};
struct subroutine_open : TAO_PEGTL_STRING("[[") {};
struct props_open : TAO_PEGTL_STRING("[|") {};
struct odd_open : one<'>'> {};
struct cylinder_open : TAO_PEGTL_STRING("[(") {};
struct double_circle_open : TAO_PEGTL_STRING("(((") {};
struct trap_open : TAO_PEGTL_STRING("[/") {};
struct inv_trap_open : TAO_PEGTL_STRING("[\\") {};
struct circle_open : TAO_PEGTL_STRING("((") {};
struct round_open : one<'('> {};
struct square_open : one<'['> {};
struct hexagon_open : TAO_PEGTL_STRING("{{") {};
struct diamond_open : one<'{'> {};

struct label_required : label_text {};  // the raise point for an empty or unquotable label
struct ellipse_label : ellipse_text {};
struct trap_label : trap_text {};
struct trap_any_close : sor<trap_close, inv_trap_close> {};
struct circle_inner_close : round_close {};
struct hexagon_inner_close : diamond_close {};

// `[|borders:lt|text]`: one field:value pair before the label.
struct props_field : seq<node_string, one<':'>, node_string, one<'|'>> {};

struct shape_ellipse : if_must<ellipse_open, ellipse_label, ellipse_close> {};
struct shape_stadium : if_must<stadium_open, label_required, stadium_close> {};
struct shape_subroutine : if_must<subroutine_open, label_required, subroutine_close> {};
struct shape_props : if_must<props_open, props_field, label_required, square_close> {};
struct shape_odd : if_must<odd_open, label_required, square_close> {};
struct shape_cylinder : if_must<cylinder_open, label_required, cylinder_close> {};
struct shape_double_circle : if_must<double_circle_open, label_required, double_circle_close> {};
struct shape_trap : if_must<trap_open, trap_label, trap_any_close> {};
struct shape_inv_trap : if_must<inv_trap_open, trap_label, trap_any_close> {};
struct shape_circle : if_must<circle_open, label_required, circle_inner_close, round_close> {};
struct shape_round : if_must<round_open, label_required, round_close> {};
struct shape_square : if_must<square_open, label_required, square_close> {};
struct shape_hexagon : if_must<hexagon_open, label_required, hexagon_inner_close, diamond_close> {};
struct shape_diamond : if_must<diamond_open, label_required, diamond_close> {};

struct vertex_shape
    : sor<shape_ellipse, shape_stadium, shape_subroutine, shape_props, shape_odd, shape_cylinder,
          shape_double_circle, shape_trap, shape_inv_trap, shape_circle, shape_round, shape_square, shape_hexagon,
          shape_diamond> {};

struct vertex_id : id_string {};
struct vertex : seq<vertex_id, opt<vertex_shape>> {};
struct class_name : id_string {};
struct styled_vertex : seq<vertex, opt<if_must<TAO_PEGTL_STRING(":::"), class_name>>> {};

// shapeData state: `"..."` strings, runs of `[^}^"]`, closed by `}`.
// A string inside `@{ }` runs to its closing quote, across lines, as in
// mermaid's lexer: an unclosed one is noticed at the end of the input.
struct shape_data_quote_close : one<'"'> {};
struct shape_data_string : if_must<one<'"'>, star<not_one<'"'>>, shape_data_quote_close> {};
struct shape_data_body : star<sor<shape_data_string, plus<not_one<'}', '^', '"'>>>> {};
struct shape_data_close : one<'}'> {};
struct shape_data : if_must<shape_data_open, shape_data_body, shape_data_close> {};

// `A & B`: spaces on both sides of `&` (`A&B` is one id, `A &B` an error).
struct group_begin : success {};
struct group_member : styled_vertex {};
struct group_join : seq<opt<shape_data>, spaces, one<'&'>, spaces> {};
struct node_group : seq<group_begin, styled_vertex, star<group_join, must<group_member>>> {};

}  // namespace merrow::flowchart_grammar
