// Labels and link tokens that do not mean what they look like.
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "lint/rules/families.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

// Every labelled write of a node id, compared with the node's first one.
void check_conflicting_labels(const Flowchart& chart, Reporter& reporter) {
  std::unordered_map<std::string_view, const LabelWrite*> first_write;
  for (const LabelWrite& write : chart.label_writes) {
    const auto [first, inserted] = first_write.try_emplace(write.id, &write);
    if (inserted || first->second->label.text == write.label.text) continue;
    const Position where = reporter.source().position(first->second->span.begin);
    reporter.report("M214", write.span,
                    "node `" + write.id + "` is labelled \"" + first->second->label.text + "\" on line " +
                        std::to_string(where.line) + " and \"" + write.label.text +
                        "\" here; mermaid shows only the last label",
                    "second label");
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
  check_conflicting_labels(chart, reporter);
  check_edge_heads(chart, words, reporter);
}

}  // namespace merrow::lint
