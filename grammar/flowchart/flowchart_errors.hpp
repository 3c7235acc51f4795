// The error-message table of the flowchart grammar, kept out of the grammar
// (PEGTL's json_errors.hpp pattern): every must<> raise point maps to a
// stable code (M100-M149), a kebab-case name, a message and the caret label.
// `{open}` is replaced by the last opener read (`[`, `((`, `-- `), `{found}`
// by a description of the text at the error position.
// Pre: included after the grammar headers. Post: error_entry<Rule> is defined
// for every rule; rules without their own entry share the generic M111.
#pragma once
#include <string_view>

#include "grammar/flowchart/statements.hpp"

namespace merrow::flowchart_grammar {

struct ErrorEntry {
  std::string_view code;
  std::string_view name;
  std::string_view message;
  std::string_view label;
};

template <typename Rule>
inline constexpr ErrorEntry error_entry{"M111", "unexpected-token", "unexpected {found}",
                                        "this is not valid flowchart syntax here"};

// Codes raised by the driver and the statement builder rather than a rule.
inline constexpr ErrorEntry kUnexpectedEnd{"M109", "unmatched-end", "`end` without an open subgraph",
                                           "no `subgraph` is open here"};
inline constexpr ErrorEntry kUnclosedSubgraph{"M110", "unclosed-subgraph", "subgraph is never closed with `end`",
                                              "expected `end` before the end of input"};
inline constexpr ErrorEntry kKeywordAsId{"M112", "keyword-as-id", "{found} is a keyword and cannot be a node id",
                                         "rename it or give it a label: `endNode[end]`"};
inline constexpr ErrorEntry kUnknownShape{"M113", "unknown-shape", "unknown shape name {found}",
                                          "not a mermaid shape name"};
inline constexpr ErrorEntry kBadShapeData{"M114", "invalid-shape-data", "node data `@{ ... }` is not valid: {found}",
                                          "expected `key: value` pairs"};
inline constexpr ErrorEntry kTooManyEdges{"M122", "too-many-edges",
                                         "more than {found} links: mermaid stops with \"Edge limit exceeded\"",
                                         "raise `maxEdges` in the config or split the diagram"};
inline constexpr ErrorEntry kLinkStyleRange{"M119", "link-style-out-of-range",
                                            "linkStyle index {found} has no link (links are counted from 0)",
                                            "no link with this index exists yet"};

#define MERROW_FLOWCHART_ERROR(rule, code, name, message, label) \
  template <>                                                    \
  inline constexpr ErrorEntry error_entry<rule>{code, name, message, label};

MERROW_FLOWCHART_ERROR(header_after_keyword, "M100", "invalid-header",
                       "the diagram keyword must be followed by a direction or a line break, found {found}",
                       "expected TB, TD, BT, LR, RL, <, >, ^ or v, then a line break or ';'")

// M101: a bracket opener whose closer never comes.
MERROW_FLOWCHART_ERROR(square_close, "M101", "unclosed-bracket", "node label opened with '{open}' is never closed",
                       "expected ']' before {found}")
MERROW_FLOWCHART_ERROR(stadium_close, "M101", "unclosed-bracket", "node label opened with '{open}' is never closed",
                       "expected '])' before {found}")
MERROW_FLOWCHART_ERROR(subroutine_close, "M101", "unclosed-bracket",
                       "node label opened with '{open}' is never closed", "expected ']]' before {found}")
MERROW_FLOWCHART_ERROR(cylinder_close, "M101", "unclosed-bracket", "node label opened with '{open}' is never closed",
                       "expected ')]' before {found}")
MERROW_FLOWCHART_ERROR(double_circle_close, "M101", "unclosed-bracket",
                       "node label opened with '{open}' is never closed", "expected ')))' before {found}")
MERROW_FLOWCHART_ERROR(round_close, "M101", "unclosed-bracket", "node label opened with '{open}' is never closed",
                       "expected ')' before {found}")
MERROW_FLOWCHART_ERROR(circle_inner_close, "M101", "unclosed-bracket",
                       "node label opened with '{open}' is never closed", "expected '))' before {found}")
MERROW_FLOWCHART_ERROR(diamond_close, "M101", "unclosed-bracket", "node label opened with '{open}' is never closed",
                       "expected '}' before {found}")
MERROW_FLOWCHART_ERROR(hexagon_inner_close, "M101", "unclosed-bracket",
                       "node label opened with '{open}' is never closed", "expected '}}' before {found}")
MERROW_FLOWCHART_ERROR(ellipse_close, "M101", "unclosed-bracket", "node label opened with '{open}' is never closed",
                       "expected '-)' before {found}")
MERROW_FLOWCHART_ERROR(trap_any_close, "M101", "unclosed-bracket", "node label opened with '{open}' is never closed",
                       "expected '/]' or '\\]' before {found}")

MERROW_FLOWCHART_ERROR(string_close, "M102", "unclosed-string", "string opened with '\"' is never closed",
                       "expected a closing '\"'")
MERROW_FLOWCHART_ERROR(markdown_close, "M102", "unclosed-string", "markdown string opened with '\"`' is never closed",
                       "expected '`\"' (a '\"' or '`' cannot appear inside)")
MERROW_FLOWCHART_ERROR(string_body, "M103", "empty-string", "an empty string \"\" cannot be a label",
                       "write the text between the quotes")
MERROW_FLOWCHART_ERROR(markdown_body, "M103", "empty-string", "an empty markdown string cannot be a label",
                       "write the text between \"` and `\"")

// M104: the label itself cannot be read.
MERROW_FLOWCHART_ERROR(label_required, "M104", "invalid-label", "node label after '{open}' is empty or unreadable",
                       "found {found}; put text holding ()[]{}|\" in quotes: A[\"...\"]")
MERROW_FLOWCHART_ERROR(ellipse_label, "M104", "invalid-label", "node label after '{open}' is empty or unreadable",
                       "found {found}; put the text in quotes")
MERROW_FLOWCHART_ERROR(trap_label, "M104", "invalid-label", "node label after '{open}' is empty or unreadable",
                       "found {found}; put the text in quotes")
MERROW_FLOWCHART_ERROR(arrow_text_label, "M104", "invalid-label", "link label after '|' is empty or unreadable",
                       "found {found}; put text holding ()[]{}|\" in quotes: |\"...\"|")
MERROW_FLOWCHART_ERROR(subgraph_label_text, "M104", "invalid-label",
                       "subgraph title after '[' is empty or unreadable", "found {found}")

MERROW_FLOWCHART_ERROR(link_target_group, "M105", "missing-link-target", "link has no target node, found {found}",
                       "expected a node id after the link")
MERROW_FLOWCHART_ERROR(group_member, "M105", "missing-link-target", "expected a node after '&', found {found}",
                       "expected a node id")

MERROW_FLOWCHART_ERROR(normal_label_close, "M106", "unclosed-edge-label",
                       "link label opened with '{open}' is never closed", "expected a link such as '-->' or '---'")
MERROW_FLOWCHART_ERROR(thick_label_close, "M106", "unclosed-edge-label",
                       "link label opened with '{open}' is never closed", "expected a link such as '==>' or '==='")
MERROW_FLOWCHART_ERROR(dotted_label_close, "M106", "unclosed-edge-label",
                       "link label opened with '{open}' is never closed", "expected a link such as '.->' or '.-'")
MERROW_FLOWCHART_ERROR(normal_edge_text, "M107", "invalid-edge-label",
                       "link label after '{open}' is empty or unreadable", "found {found}")
MERROW_FLOWCHART_ERROR(thick_edge_text, "M107", "invalid-edge-label",
                       "link label after '{open}' is empty or unreadable", "found {found}")
MERROW_FLOWCHART_ERROR(dotted_edge_text, "M107", "invalid-edge-label",
                       "link label after '{open}' is empty or unreadable", "found {found}")
MERROW_FLOWCHART_ERROR(pipe_close, "M108", "unclosed-pipe", "link label opened with '|' is never closed",
                       "expected '|' before {found}")

MERROW_FLOWCHART_ERROR(statement_expected, "M111", "unexpected-token", "unexpected {found}",
                       "expected a node, a link or a statement keyword")
MERROW_FLOWCHART_ERROR(statement_end, "M111", "unexpected-token", "unexpected {found} after the statement",
                       "expected a line break or ';'")

MERROW_FLOWCHART_ERROR(shape_data_quote_close, "M114", "invalid-shape-data",
                       "a quoted value in node data `@{ ... }` is never closed", "expected '\"' before {found}")
MERROW_FLOWCHART_ERROR(shape_data_close, "M114", "invalid-shape-data", "node data opened with '@{' is never closed",
                       "expected '}' (a '^' cannot appear inside)")

MERROW_FLOWCHART_ERROR(space, "M115", "invalid-statement", "malformed statement: found {found}",
                       "expected exactly one space here")
MERROW_FLOWCHART_ERROR(style_target, "M115", "invalid-statement", "`style` needs a node id, found {found}",
                       "expected `style id css`")
MERROW_FLOWCHART_ERROR(style_styles, "M115", "invalid-statement", "`style` needs CSS declarations, found {found}",
                       "expected `property:value` (a `-`, `v` or `(` cannot start a value)")
MERROW_FLOWCHART_ERROR(class_def_names, "M116", "invalid-class", "`classDef` needs a class name, found {found}",
                       "expected `classDef name css`")
MERROW_FLOWCHART_ERROR(class_def_styles, "M116", "invalid-class",
                       "`classDef` needs CSS declarations, found {found}", "expected `property:value`")
MERROW_FLOWCHART_ERROR(class_targets, "M116", "invalid-class", "`class` needs node ids, found {found}",
                       "expected `class id1,id2 className`")
MERROW_FLOWCHART_ERROR(class_statement_name, "M116", "invalid-class", "`class` needs a class name, found {found}",
                       "expected `class id1,id2 className`")
MERROW_FLOWCHART_ERROR(class_name, "M116", "invalid-class", "':::' must be followed by a class name, found {found}",
                       "expected a class name")
MERROW_FLOWCHART_ERROR(click_target, "M117", "invalid-click", "`click` needs a node id, found {found}",
                       "expected `click id ...`")
MERROW_FLOWCHART_ERROR(js_space, "M117", "invalid-click", "`click` target must be followed by a space",
                       "expected a space")
MERROW_FLOWCHART_ERROR(click_action, "M117", "invalid-click",
                       "`click` needs a callback, `call f()` or a \"url\", found {found}", "expected a click action")
MERROW_FLOWCHART_ERROR(callback_args_body, "M117", "invalid-click", "callback arguments are never closed",
                       "expected ')'")
MERROW_FLOWCHART_ERROR(link_style_targets, "M118", "invalid-link-style",
                       "`linkStyle` needs link indices or `default`, found {found}", "expected `linkStyle 0,1 css`")
MERROW_FLOWCHART_ERROR(link_style_body, "M118", "invalid-link-style",
                       "`linkStyle` needs CSS declarations or `interpolate`, found {found}",
                       "expected `property:value`")
MERROW_FLOWCHART_ERROR(link_style_interpolate_value, "M118", "invalid-link-style",
                       "`interpolate` needs a curve name, found {found}", "expected a curve such as basis or linear")
MERROW_FLOWCHART_ERROR(subgraph_title, "M120", "invalid-subgraph-title",
                       "subgraph id or title cannot be read, found {found}",
                       "expected an id, a \"title\" or id[title]")
MERROW_FLOWCHART_ERROR(subgraph_named, "M120", "invalid-subgraph-title", "`subgraph` needs an id or a title",
                       "expected `subgraph id`, `subgraph \"title\"` or `subgraph id[title]`")

#undef MERROW_FLOWCHART_ERROR

}  // namespace merrow::flowchart_grammar
