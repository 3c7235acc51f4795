// Labels and link tokens that do not mean what they look like.
#include <map>
#include <optional>
#include <string>

#include "lint/rules/families.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

bool is_shape_opener(char c) { return c == '[' || c == '(' || c == '{' || c == '>'; }
bool is_shape_closer(char c) { return c == ']' || c == ')' || c == '}'; }

// The label written right after the id at `at` (`A[text]`, `A(("text"))`),
// without its brackets and quotes; nullopt when the id carries no label there.
std::optional<std::string> label_after(std::string_view text, size_t at) {
  size_t i = at;
  if (i >= text.size() || !is_shape_opener(text[i])) return std::nullopt;
  while (i < text.size() && (is_shape_opener(text[i]) || text[i] == '/' || text[i] == '\\')) ++i;
  if (i < text.size() && text[i] == '"') {
    const size_t close = text.find('"', i + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return std::string(text.substr(i + 1, close - i - 1));
  }
  size_t end = i;
  while (end < text.size() && !is_shape_closer(text[end]) && text[end] != '\n') ++end;
  if (end >= text.size() || text[end] == '\n') return std::nullopt;  // unclosed: the parser's business
  std::string_view label = text.substr(i, end - i);
  while (!label.empty() && (label.back() == '/' || label.back() == '\\')) label.remove_suffix(1);
  return std::string(trim(label));
}

// Is `at` inside a label (brackets or quotes) of the statement starting at `begin`?
// An id mentioned in another node's text is not that node.
bool inside_label(std::string_view text, uint32_t begin, uint32_t at) {
  int depth = 0;
  bool quoted = false;
  for (uint32_t i = begin; i < at; ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (quoted) continue;
    if (is_shape_opener(text[i]) && text[i] != '>') ++depth;
    if (is_shape_closer(text[i]) && depth > 0) --depth;
  }
  return depth > 0 || quoted;
}

bool is_decoration(std::string_view keyword) {
  return keyword == "subgraph" || keyword == "click" || keyword == "style" || keyword == "classDef" ||
         keyword == "class";
}

void check_conflicting_labels(const Flowchart& chart, const WordIndex& words, Reporter& reporter) {
  const auto statements = text_statements(reporter.text());
  const Span all{0, static_cast<uint32_t>(reporter.text().size())};
  for (const auto& node : chart.nodes) {
    if (!node.has_label) continue;
    std::optional<std::string> first;
    uint32_t first_at = 0;
    for (const uint32_t at : words.find(node.id, all)) {
      const TextStatement* statement = statement_at(statements, at);
      if (statement == nullptr || is_decoration(statement->keyword)) continue;
      if (inside_label(reporter.text(), statement->span.begin, at)) continue;
      auto label = label_after(reporter.text(), at + node.id.size());
      if (!label) continue;
      if (!first) {
        first = std::move(label);
        first_at = at;
      } else if (*label != *first) {
        const Position where = reporter.source().position(first_at);
        reporter.report("M214", {at, at + static_cast<uint32_t>(node.id.size())},
                        "node `" + node.id + "` is labelled \"" + *first + "\" on line " +
                            std::to_string(where.line) + " and \"" + *label +
                            "\" here; mermaid shows only the last label",
                        "second label");
      }
    }
  }
}

// `A---oB` is mermaid's circle-ended link to `B`; people usually meant a node `oB`.
void check_edge_heads(const Flowchart& chart, const WordIndex& words, Reporter& reporter) {
  const std::string_view text = reporter.text();
  for (const auto& edge : chart.edges) {
    if (edge.head_end != Head::circle && edge.head_end != Head::cross) continue;
    const uint32_t end = edge.span.end;
    if (end == 0 || end >= text.size()) continue;
    const char head = text[end - 1];
    if ((head != 'o' && head != 'x') || !is_id_byte(text[end])) continue;
    size_t word_end = end;
    while (word_end < text.size() && is_id_byte(text[word_end])) ++word_end;
    const std::string word(text.substr(end - 1, word_end - end + 1));
    // `A--xB` is also mermaid's documented spelling of a cross edge. Only
    // flag it when nothing else in the diagram mentions the head's target
    // (so `B` exists only through this link) or a node `xB` exists elsewhere.
    const Span all{0, static_cast<uint32_t>(text.size())};
    // (`B` right after `x` is not a whole word, and `xB` matches itself once.)
    const bool target_used_elsewhere = !words.find(word.substr(1), all).empty();
    const bool word_used_elsewhere = words.find(word, all).size() > 1;
    if (target_used_elsewhere && !word_used_elsewhere) continue;
    const std::string kind = head == 'o' ? "circle" : "cross";
    auto& diagnostic = reporter.report(
        "M215", {end - 1, end},
        backticked(std::string(1, head)) + " right after the link makes a " + kind + "-ended edge to " +
            backticked(word.substr(1)) + ", not an edge to " + backticked(word),
        "read as a " + kind + " head");
    diagnostic.fix = Fix{"insert a space to link to the node `" + word + "`", {{{end - 1, end - 1}, " "}}, false};
  }
}

}  // namespace

void check_labels(const Flowchart& chart, Reporter& reporter) {
  const WordIndex words(reporter.text());
  check_conflicting_labels(chart, words, reporter);
  check_edge_heads(chart, words, reporter);
}

}  // namespace merrow::lint
