// Statements of a flowchart body and the header. One `line` is parsed at a
// time by the driver (flowchart_parser.cpp), which owns recovery and the
// subgraph stack: `subgraph_header` pushes and `end_statement` pops, so the
// grammar itself never recurses (100,000 nested subgraphs are fine).
// Pre: at the start of a line/statement. Post: one statement and its
// separator consumed, or a parse error thrown by a must<> raise point.
#pragma once
#include "grammar/flowchart/links.hpp"
#include "grammar/flowchart/nodes.hpp"

namespace merrow::flowchart_grammar {

// ---- header: GRAPH (NODIR | DIR FirstStmtSeparator) ------------------------
// NODIR is `(\r?\n)*\s*\n`: blank space up to the last line break of the run.
inline std::size_t scan_no_direction(const char* p, const char* end) {
  const char* q = skip_js_space(p, end);
  while (q > p && q[-1] != '\n') --q;
  return static_cast<std::size_t>(q - p);
}
struct header_keyword : kw_graph {};
struct header_no_direction : scanned<scan_no_direction> {};
struct header_direction_value
    : sor<keyword<TAO_PEGTL_STRING("LR")>, keyword<TAO_PEGTL_STRING("RL")>, keyword<TAO_PEGTL_STRING("TB")>,
          keyword<TAO_PEGTL_STRING("BT")>, keyword<TAO_PEGTL_STRING("TD")>, keyword<TAO_PEGTL_STRING("BR")>,
          one<'<', '>', '^'>, kw_down> {};
struct header_direction : seq<star<js_space>, header_direction_value> {};
// FirstStmtSeparator: `;`, or a line break after optional spaces.
struct header_end : sor<semicolon, newline, seq<spaces, newline>> {};
struct header_after_keyword : sor<header_no_direction, seq<header_direction, header_end>> {};
struct header : if_must<header_keyword, header_after_keyword> {};

// ---- shared pieces ----------------------------------------------------------
struct statement_end : separator {};

// styleComponent: NUM | NODE_STRING | COLON | SPACE | BRKT | STYLE; a lone `v`,
// `&`, `*` or a keyword at a token start lexes as another token
// (`style A &fill:red` fails in mermaid).
struct style_blocker
    : token_blocker<kAcc | kCall | kDefault | kLinkStyle | kInterpolate | kClassDef | kClass | kHref | kClick |
                    kGraph | kSubgraph | kEnd | kTarget | kTripleColon | kDown | kAmpMult> {};
struct style_component : seq<not_at<style_blocker>, sor<kw_style, num, node_string, one<':', '#'>, space>> {};
struct style_entry : plus<style_component> {};
struct styles : list<style_entry, one<','>> {};

// alphaNum: identifier tokens without `default`.
struct alpha_num_token
    : seq<not_at<id_blocker>, sor<num, one<'#', ':', '&', ',', '*', 'v', '-'>, node_string, unicode_letter>> {};
struct alpha_num : plus<alpha_num_token> {};

// ---- style / classDef / class / linkStyle ----------------------------------------
// Exactly one SPACE between the parts: SPACE is a single `\s` token in jison.
struct style_target : id_string {};
struct style_styles : styles {};
struct style_statement : if_must<kw_style, space, style_target, space, style_styles, statement_end> {};

struct class_def_names : id_string {};
struct class_def_styles : styles {};
struct class_def_statement : if_must<kw_class_def, space, class_def_names, space, class_def_styles, statement_end> {};

struct class_targets : id_string {};
struct class_statement_name : id_string {};
struct class_statement : if_must<kw_class, space, class_targets, space, class_statement_name, statement_end> {};

struct link_style_default : kw_default {};
struct link_style_index : num {};
struct link_style_targets : sor<link_style_default, list<link_style_index, one<','>>> {};
struct link_style_interpolate_value : alpha_num {};
struct link_style_styles : styles {};
struct link_style_interpolate
    : if_must<kw_interpolate, space, link_style_interpolate_value, opt<space, link_style_styles>> {};
struct link_style_body : sor<link_style_interpolate, link_style_styles> {};
struct link_style_statement
    : if_must<kw_link_style, space, link_style_targets, space, link_style_body, statement_end> {};

// ---- click -------------------------------------------------------------------------
// `click\s+` then the click state: `[^\s]*` is the target, one whitespace is dropped.
struct click_target : star<not_one<' ', '\t', '\n', '\r', '\f', '\v'>> {};
struct callback_name : star<not_one<'('>> {};  // `[^(]*`, line breaks included (a jison quirk)
struct callback_args_body : star<not_one<')'>> {};
struct callback_args : if_must<one<'('>, callback_args_body, one<')'>> {};
struct click_tooltip : seq<space, dq_string> {};
struct click_window : seq<space, link_target> {};
struct click_href : dq_string {};
struct click_callback : alpha_num {};
struct click_call : seq<kw_call, callback_name, opt<callback_args>, opt<click_tooltip>> {};
struct click_link : seq<opt<kw_href>, click_href, opt<click_tooltip>, opt<click_window>> {};
struct click_named_callback : seq<click_callback, opt<click_tooltip>> {};
struct click_action : sor<click_call, click_link, click_named_callback> {};
struct click_statement : if_must<kw_click, click_target, js_space, click_action, statement_end> {};

// ---- subgraph / end / direction / accessibility -------------------------------------------
// textNoTags: ids, spaces, `-&:*#v^` and keyword tokens, or one string. `end`
// swallows the line break after it, so `subgraph Front end` runs on into the
// next line (mermaid then fails on that line's link).
struct subgraph_title_blocker
    : token_blocker<kAcc | kCall | kDefault | kInterpolate | kHref | kClick | kTarget | kTripleColon> {};
struct subgraph_title_token
    : seq<not_at<subgraph_title_blocker>,
          sor<kw_end, kw_style, kw_link_style, kw_class_def, kw_class, kw_graph, kw_subgraph, num, node_string,
              space, one<'-', '&', ':', '*', '#', 'v', '^'>, unicode_letter>> {};
struct subgraph_title_run : plus<subgraph_title_token> {};
// `subgraph "Title"   N1` is titled `Title   N1` in mermaid, as a label's string + TEXT.
struct subgraph_title_tail : subgraph_title_run {};
struct subgraph_title : sor<md_string, seq<dq_string, opt<subgraph_title_tail>>, subgraph_title_run> {};
struct subgraph_label_text : label_text {};
struct subgraph_label : if_must<square_open, subgraph_label_text, square_close> {};
struct subgraph_named : seq<space, must<subgraph_title>, opt<subgraph_label>> {};
// A bare `subgraph` parses in jison but flowDb.addSubGraph then reads
// `undefined.text` and throws: an id or a title is required.
struct subgraph_header : if_must<kw_subgraph, subgraph_named, statement_end> {};

struct end_statement : kw_end {};
struct direction_statement : direction_line {};

struct acc_value : star<not_one<'\n'>> {};
struct acc_title_statement : seq<kw_acc_title, acc_value> {};
struct acc_descr_statement : seq<kw_acc_descr, acc_value> {};
struct acc_block_value : star<not_one<'}'>> {};
// mermaid's lexer takes everything up to the next `}` as the description;
// with none, the rest of the text (mermaid then draws an empty chart).
struct acc_descr_block_statement : if_must<kw_acc_descr_block, acc_block_value, sor<one<'}'>, eof>> {};

// ---- vertex statements -----------------------------------------------------------------
// flowParser.ts rewrites `}\s*\n` to `}\n`, so spaces after `@{...}` are fine
// only before a line break.
struct after_node : sor<seq<shape_data, opt<star<space>, at<newline>>>, spaces> {};
struct link_target_group : node_group {};
struct vertex_statement
    : seq<node_group, opt<after_node>, star<link, must<link_target_group>, opt<after_node>>, must<statement_end>> {};

struct statement_expected : failure {};
struct statement
    : sor<acc_title_statement, acc_descr_statement, acc_descr_block_statement, style_statement,
          link_style_statement, class_def_statement, class_statement, click_statement, subgraph_header,
          end_statement, vertex_statement, must<statement_expected>> {};
struct statement_begin : success {};
struct line : sor<semicolon, newline, direction_statement, space, seq<statement_begin, statement>> {};

}  // namespace merrow::flowchart_grammar
