// Grammar actions: they only copy matched text into the ParseState's pending
// statement; the statement rules hand the finished statement to the
// ChartBuilder. Actions never run inside at<>/not_at<> look-aheads.
// Pre: ParseState::builder set. Post: cheap (no allocation beyond the copied text).
#pragma once
#include <string>

#include "grammar/flowchart/chart_builder.hpp"
#include "grammar/flowchart/link_kind.hpp"
#include "grammar/flowchart/prepared_text.hpp"
#include "grammar/flowchart/statements.hpp"

namespace merrow::flowchart_grammar {

template <typename Rule>
struct flow_action : nothing<Rule> {};

// Text as written: PreparedText marks entity codes `#name;` with control
// bytes (see prepared_text.hpp); they are turned back here.
inline std::string restored(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == kEntityHash) c = '#';
    if (c == kEntitySemicolon) c = ';';
  }
  return out;
}

inline std::string trimmed(std::string_view s) {
  while (!s.empty() && is_js_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_js_space(s.back())) s.remove_suffix(1);
  return restored(s);
}

template <typename Input>
Span span_of(const Input& in, const ParseState& st) {
  return Span{st.offset(in.begin()), st.offset(in.end())};
}

// ---- labels ----------------------------------------------------------------------
template <LabelFormat Format, bool Trim>
struct capture_label {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.text = Label{Trim ? trimmed(in.string_view()) : restored(in.string_view()), Format};
    st.text_span = span_of(in, st);
  }
};
template <> struct flow_action<string_body> : capture_label<LabelFormat::plain, false> {};
template <> struct flow_action<markdown_body> : capture_label<LabelFormat::markdown, false> {};
template <> struct flow_action<text_run> : capture_label<LabelFormat::plain, true> {};
template <> struct flow_action<ellipse_run> : capture_label<LabelFormat::plain, true> {};
template <> struct flow_action<trap_run> : capture_label<LabelFormat::plain, true> {};
template <typename Close, char S, char G, bool L>
struct flow_action<edge_text_run<Close, S, G, L>> : capture_label<LabelFormat::plain, true> {};
// Text after a string joins it; the string's format stays.
template <typename Close, char S, char G, bool L>
struct flow_action<edge_text_tail<Close, S, G, L>> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.text.text = trimmed(st.text.text + restored(in.string_view()));
    st.text_span.end = span_of(in, st).end;
  }
};

// Text after a string in a label joins it: `"x"y` is `xy`.
struct append_to_string {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    std::string tail = restored(in.string_view());
    std::erase(tail, '"');  // the `""` pairs mermaid's lexer drops
    st.text.text += tail;
    while (!st.text.text.empty() && is_js_space(st.text.text.back())) st.text.text.pop_back();
    st.text_span.end = span_of(in, st).end;
  }
};
template <> struct flow_action<string_tail> : append_to_string {};
template <> struct flow_action<subgraph_title_tail> : append_to_string {};

// ---- vertices --------------------------------------------------------------------------
struct remember_opener {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.opener = restored(in.string_view());
    st.opener_span = span_of(in, st);
  }
};
template <> struct flow_action<ellipse_open> : remember_opener {};
template <> struct flow_action<stadium_open> : remember_opener {};
template <> struct flow_action<subroutine_open> : remember_opener {};
template <> struct flow_action<props_open> : remember_opener {};
template <> struct flow_action<odd_open> : remember_opener {};
template <> struct flow_action<cylinder_open> : remember_opener {};
template <> struct flow_action<double_circle_open> : remember_opener {};
template <> struct flow_action<trap_open> : remember_opener {};
template <> struct flow_action<inv_trap_open> : remember_opener {};
template <> struct flow_action<circle_open> : remember_opener {};
template <> struct flow_action<round_open> : remember_opener {};
template <> struct flow_action<pipe_open> : remember_opener {};
template <> struct flow_action<square_open> : remember_opener {};
template <> struct flow_action<hexagon_open> : remember_opener {};
template <> struct flow_action<diamond_open> : remember_opener {};

template <> struct flow_action<group_begin> {
  static void apply0(ParseState& st) { st.groups.emplace_back(); }
};
template <> struct flow_action<vertex_id> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    PendingVertex v;
    v.id = restored(in.string_view());
    v.span = span_of(in, st);
    st.groups.back().push_back(std::move(v));
  }
};

template <Shape S>
struct set_shape {
  template <typename Input>
  static void apply(const Input&, ParseState& st) {
    PendingVertex& v = st.groups.back().back();
    v.shape = S;
    v.label = st.text;
    v.has_label = true;
  }
};
template <> struct flow_action<shape_ellipse> : set_shape<Shape::rounded> {};  // mermaid draws `ellipse` round
template <> struct flow_action<shape_stadium> : set_shape<Shape::stadium> {};
template <> struct flow_action<shape_subroutine> : set_shape<Shape::subroutine> {};
template <> struct flow_action<shape_props> : set_shape<Shape::rect> {};
template <> struct flow_action<shape_odd> : set_shape<Shape::odd> {};
template <> struct flow_action<shape_cylinder> : set_shape<Shape::cylinder> {};
template <> struct flow_action<shape_double_circle> : set_shape<Shape::double_circle> {};
template <> struct flow_action<shape_circle> : set_shape<Shape::circle> {};
template <> struct flow_action<shape_round> : set_shape<Shape::rounded> {};
template <> struct flow_action<shape_square> : set_shape<Shape::rect> {};
template <> struct flow_action<shape_hexagon> : set_shape<Shape::hexagon> {};
template <> struct flow_action<shape_diamond> : set_shape<Shape::diamond> {};

// `[/x\]` trapezoid, `[/x/]` lean right, `[\x/]` inverted trapezoid, `[\x\]` lean left.
template <bool SlashOpen>
struct set_trap_shape {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    const bool slash_close = in.string_view().ends_with("/]");
    const Shape shape = SlashOpen ? (slash_close ? Shape::lean_right : Shape::trapezoid)
                                  : (slash_close ? Shape::inv_trapezoid : Shape::lean_left);
    PendingVertex& v = st.groups.back().back();
    v.shape = shape;
    v.label = st.text;
    v.has_label = true;
  }
};
template <> struct flow_action<shape_trap> : set_trap_shape<true> {};
template <> struct flow_action<shape_inv_trap> : set_trap_shape<false> {};

template <> struct flow_action<class_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.groups.back().back().classes.push_back(restored(in.string_view()));
  }
};
template <> struct flow_action<shape_data_body> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    PendingVertex& v = st.groups.back().back();
    v.shape_data = restored(in.string_view());
    v.shape_data_span = span_of(in, st);
  }
};

// ---- links --------------------------------------------------------------------------------
template <> struct flow_action<link_begin> {
  static void apply0(ParseState& st) {
    st.link = {};
    st.link_start.clear();
  }
};
template <> struct flow_action<edge_id> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    std::string_view id = in.string_view();
    id.remove_suffix(1);  // the '@'
    st.link.id = restored(id);
  }
};
struct end_of_link {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    decode_link(in.string_view(), st.link_start, st.link);
    st.link.span = span_of(in, st);
  }
};
template <> struct flow_action<normal_link> : end_of_link {};
template <> struct flow_action<thick_link> : end_of_link {};
template <> struct flow_action<dotted_link> : end_of_link {};
template <> struct flow_action<invisible_link> : end_of_link {};
template <> struct flow_action<normal_label_close> : end_of_link {};
template <> struct flow_action<thick_label_close> : end_of_link {};
template <> struct flow_action<dotted_label_close> : end_of_link {};

struct start_of_link {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.link_start = restored(in.string_view());
    st.opener = trimmed(in.string_view());
    st.opener_span = span_of(in, st);
  }
};
template <> struct flow_action<normal_link_start> : start_of_link {};
template <> struct flow_action<thick_link_start> : start_of_link {};
template <> struct flow_action<dotted_link_start> : start_of_link {};
struct take_link_label {
  static void apply0(ParseState& st) {
    st.link.label = st.text;
    st.link.has_label = true;
  }
};
template <> struct flow_action<normal_edge_text> : take_link_label {};
template <> struct flow_action<thick_edge_text> : take_link_label {};
template <> struct flow_action<dotted_edge_text> : take_link_label {};
template <> struct flow_action<arrow_text_label> : take_link_label {};
template <> struct flow_action<link> {
  static void apply0(ParseState& st) { st.links.push_back(st.link); }
};

// ---- statements ------------------------------------------------------------------------------
template <> struct flow_action<statement_begin> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.statement_span = Span{st.offset(in.begin()), st.offset(in.begin())};
  }
};
template <> struct flow_action<vertex_statement> {
  static void apply0(ParseState& st) { st.builder->commit_vertex_statement(st); }
};

template <> struct flow_action<style_entry> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.style_entries.emplace_back(restored(in.string_view()), span_of(in, st));
  }
};
template <> struct flow_action<style_target> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.style_target = restored(in.string_view());
    st.style_target_span = span_of(in, st);
  }
};
template <> struct flow_action<style_statement> {
  static void apply0(ParseState& st) { st.builder->commit_style(st); }
};
template <> struct flow_action<class_def_names> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.class_names = restored(in.string_view()); }
};
template <> struct flow_action<class_def_statement> {
  static void apply0(ParseState& st) { st.builder->commit_class_def(st); }
};
template <> struct flow_action<class_targets> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.class_targets = restored(in.string_view()); }
};
template <> struct flow_action<class_statement_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.class_names = restored(in.string_view()); }
};
template <> struct flow_action<class_statement> {
  static void apply0(ParseState& st) { st.builder->commit_class(st); }
};
template <> struct flow_action<link_style_default> {
  static void apply0(ParseState& st) { st.link_style_default = true; }
};
template <> struct flow_action<link_style_index> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.list.push_back(restored(in.string_view())); }
};
template <> struct flow_action<link_style_interpolate_value> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.interpolate = restored(in.string_view()); }
};
template <> struct flow_action<link_style_statement> {
  static void apply0(ParseState& st) { st.builder->commit_link_style(st); }
};

template <> struct flow_action<click_target> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.click.click.target = restored(in.string_view()); }
};
template <> struct flow_action<callback_name> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.click.click.kind = Click::Kind::call;
    st.click.click.function = trimmed(in.string_view());
  }
};
template <> struct flow_action<callback_args_body> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.click.click.args = restored(in.string_view()); }
};
template <> struct flow_action<click_callback> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.click.click.kind = Click::Kind::callback;
    st.click.click.function = restored(in.string_view());
  }
};
template <> struct flow_action<click_href> {
  static void apply0(ParseState& st) {
    st.click.click.kind = Click::Kind::href;
    st.click.click.href = st.text.text;
  }
};
template <> struct flow_action<click_tooltip> {
  static void apply0(ParseState& st) {
    st.click.click.tooltip = st.text.text;
    st.click.has_tooltip = true;
  }
};
template <> struct flow_action<click_window> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.click.click.target_window = trimmed(in.string_view()); }
};
template <> struct flow_action<click_statement> {
  static void apply0(ParseState& st) { st.builder->commit_click(st); }
};

// subgraph titles: a run is kept as written (trimmed), a string as its text.
template <> struct flow_action<subgraph_title_run> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.text = Label{trimmed(in.string_view()), LabelFormat::plain};
  }
};
template <> struct flow_action<subgraph_title> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.subgraph_title = st.text;
    st.subgraph_title_span = span_of(in, st);
    st.subgraph_title_quoted = in.string_view().starts_with('"');
    st.subgraph_named = true;
  }
};
template <> struct flow_action<subgraph_label_text> {
  static void apply0(ParseState& st) {
    st.subgraph_label = st.text;
    st.subgraph_has_label = true;
  }
};
template <> struct flow_action<kw_subgraph> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.subgraph_named = st.subgraph_has_label = st.subgraph_title_quoted = false;
    st.subgraph_title_span = span_of(in, st);
  }
};
template <> struct flow_action<subgraph_header> {
  static void apply0(ParseState& st) { st.builder->open_subgraph(st); }
};
template <> struct flow_action<end_statement> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.builder->close_subgraph(Span{st.offset(in.begin()), st.offset(in.begin()) + 3});
  }
};
template <> struct flow_action<direction_statement> {
  static void apply0(ParseState& st) {
    if (st.direction_value) st.builder->set_direction(st.direction_value);
  }
};

template <> struct flow_action<acc_value> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.acc_text = trimmed(in.string_view()); }
};
template <> struct flow_action<acc_block_value> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) { st.acc_text = trimmed(in.string_view()); }
};
template <> struct flow_action<acc_title_statement> {
  static void apply0(ParseState& st) { st.builder->chart().acc_title = st.acc_text; }
};
template <> struct flow_action<acc_descr_statement> {
  static void apply0(ParseState& st) { st.builder->chart().acc_descr = st.acc_text; }
};
template <> struct flow_action<acc_descr_block_statement> {
  static void apply0(ParseState& st) { st.builder->chart().acc_descr = st.acc_text; }
};

// ---- header ------------------------------------------------------------------------------
template <> struct flow_action<header_keyword> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.builder->chart().keyword = restored(in.string_view());
    st.builder->chart().header = span_of(in, st);
  }
};
template <> struct flow_action<header_direction_value> {
  template <typename Input>
  static void apply(const Input& in, ParseState& st) {
    st.builder->set_chart_direction(in.string_view());
    st.builder->chart().header.end = st.offset(in.end());
  }
};

}  // namespace merrow::flowchart_grammar
