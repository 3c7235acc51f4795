#include "cli/lsp/symbols.hpp"

#include <variant>

#include "model/shape.hpp"

namespace merrow::lsp {
namespace {

bool is_name_char(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (std::isalnum(c) || c == '_' || c >= 0x80) return true;
  // `-` inside an id (`my-node`), not the start of a link (`-->`, `-.`, `--`).
  return c == '-' && i + 1 < text.size() && text[i + 1] != '-' && text[i + 1] != '>' && text[i + 1] != '.' &&
         i > 0 && text[i - 1] != '-' && is_name_char(text, i + 1);
}

// Occurrences of `name` as a whole token outside strings, labels and comments.
std::vector<Span> occurrences(std::string_view text, const std::string& name) {
  std::vector<Span> out;
  bool quoted = false, comment = false;
  int depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      comment = false;
      continue;
    }
    if (comment) continue;
    if (quoted) {
      quoted = c != '"';
      continue;
    }
    if (c == '"') {
      quoted = true;
    } else if (c == '%' && i + 1 < text.size() && text[i + 1] == '%') {
      comment = true;
    } else if (c == '[' || c == '(' || c == '{') {
      ++depth;
    } else if ((c == ']' || c == ')' || c == '}') && depth > 0) {
      --depth;
    } else if (depth == 0 && text.compare(i, name.size(), name) == 0 && (i == 0 || !is_name_char(text, i - 1)) &&
               (i + name.size() >= text.size() || !is_name_char(text, i + name.size()))) {
      out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + name.size())});
      i += name.size() - 1;
    }
  }
  return out;
}

std::string quoted_label(const std::string& text) {
  std::string shown = text.size() > 200 ? text.substr(0, 200) + "…" : text;
  return "\"" + shown + "\"";
}

std::string declarations(const std::vector<StyleDecl>& decls) {
  std::string out;
  for (const auto& d : decls) out += (out.empty() ? "" : ",") + d.property + ":" + d.value;
  return out;
}

}  // namespace

std::optional<NameInfo> name_at(const Source& source, const ParseResult& parse, uint32_t at) {
  const std::string_view text = source.text();
  if (at > text.size()) return std::nullopt;
  size_t begin = at, end = at;
  while (begin > 0 && is_name_char(text, begin - 1)) --begin;
  while (end < text.size() && is_name_char(text, end)) ++end;
  if (begin == end) return std::nullopt;
  NameInfo info;
  info.name = std::string(text.substr(begin, end - begin));
  if (const auto* chart = std::get_if<Flowchart>(&parse.diagram)) {
    if (const auto s = chart->subgraph_by_id.find(info.name); s != chart->subgraph_by_id.end()) {
      const Subgraph& g = chart->subgraphs[s->second];
      info.kind = NameKind::subgraph;
      info.definition = g.span;
      info.summary = "subgraph `" + info.name + "`: title " + quoted_label(g.title.text) + ", " +
                     std::to_string(g.nodes.size()) + " nodes";
    } else if (const auto n = chart->node_by_id.find(info.name); n != chart->node_by_id.end()) {
      const Node& node = chart->nodes[n->second];
      info.kind = NameKind::node;
      info.definition = node.span;
      for (const auto& write : chart->label_writes)
        if (write.id == info.name) {
          info.definition = write.span;
          break;
        }
      info.summary = "node `" + info.name + "`: label " + quoted_label(node.label.text) + ", shape `" +
                     std::string(shape_name(node.shape)) + "`";
      if (!node.classes.empty()) info.summary += ", classes `" + node.classes.front() + "`…";
    } else {
      bool found = false;
      for (const auto& def : chart->class_defs)
        if (def.name == info.name) {
          info.kind = NameKind::class_name;
          info.definition = def.span;
          info.summary = "classDef `" + info.name + "`: `" + declarations(def.decls) + "`";
          found = true;
          break;
        }
      if (!found) return std::nullopt;
    }
  } else if (const auto* map = std::get_if<Mindmap>(&parse.diagram)) {
    bool found = false;
    for (const auto& node : map->nodes)
      if (node.id == info.name) {
        info.definition = node.span;
        info.summary = "mindmap node: label " + quoted_label(node.label.text) + ", level " + std::to_string(node.depth);
        found = true;
        break;
      }
    if (!found) return std::nullopt;
  } else {
    return std::nullopt;
  }
  info.uses = occurrences(text, info.name);
  return info;
}

}  // namespace merrow::lsp
