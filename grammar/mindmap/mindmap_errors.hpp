// The mindmap grammar's error table, kept apart from the grammar (PEGTL's
// json_errors.hpp pattern): each way mermaid's mindmap parser can fail, with a
// stable code, a kebab-case name and the message merrow prints. Codes
// M150-M169 belong to the mindmap grammar; the second-root error uses M202,
// the code the lint registry gives `mindmap-multiple-roots`.
#pragma once
#include <array>
#include <string_view>

namespace merrow::grammar::mindmap {

enum class ErrorKind : uint8_t {
  unrecognized_text,       // a lone `{` or `}`: Jison's "Lexical error ... Unrecognized text"
  missing_keyword,         // `mindmaps`, text before `mindmap`
  no_nodes,                // `mindmap` and nothing else
  unclosed_shape,          // `root[text` runs to the end of the text
  empty_shape,             // `root[]`, `root("")`
  split_text,              // `root[a }b]`, `root["a" b]`: two texts in one shape
  text_after_node,         // `root[a] b`, `root[a] ::icon(x)` on one line
  unexpected_token,        // anything else mermaid's grammar does not accept
  decoration_before_node,  // `::icon()` / `:::class` before the first node
  multiple_roots,          // a node that finds no parent
};

struct ErrorInfo {
  std::string_view code;
  std::string_view name;
  std::string_view message;  // the general statement; details are appended
};

inline constexpr std::array<ErrorInfo, 10> kErrors = {{
    {"M150", "mindmap-unrecognized-text", "mermaid's mindmap lexer does not recognise this character"},
    {"M151", "mindmap-missing-keyword", "a mindmap must start with the keyword `mindmap`"},
    {"M152", "mindmap-no-nodes", "the mindmap has no node: it needs a root"},
    {"M153", "mindmap-unclosed-shape", "the node shape is never closed"},
    {"M154", "mindmap-empty-shape", "the node shape holds no text"},
    {"M155", "mindmap-split-text", "the node text is cut in two inside its shape"},
    {"M156", "mindmap-text-after-node", "unexpected text after the node on the same line"},
    {"M157", "mindmap-syntax-error", "mermaid's mindmap grammar does not accept this"},
    {"M158", "mindmap-decoration-before-node", "an icon or class comes before any node"},
    {"M202", "mindmap-multiple-roots", "there can be only one root"},
}};

inline const ErrorInfo& error_info(ErrorKind kind) { return kErrors[static_cast<size_t>(kind)]; }

}  // namespace merrow::grammar::mindmap
