// `%%{name: args}%%` directives, found the way mermaid's directiveRegex
//   /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi
// finds them: anywhere in the text, the closing `}%%` optional. A directive
// that never closes runs to the end of the text, and mermaid removes all of
// it: `%%{init: {'theme':'base'} %%\ngraph TD` leaves *no* diagram text.
// Only `init`/`initialize` carry configuration. Their arguments are JSON once
// every `'` is turned into `"` (mermaid does exactly that); if one of them
// does not parse, mermaid's detectDirective() gives up on all of them, and the
// diagram still renders: so that is a warning, never an error.
// Pre: `begin` <= text size. Post: directives in text order, spans disjoint.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/diagnostic.hpp"
#include "model/source.hpp"

namespace merrow::grammar {

struct Directive {
  Span span;         // the whole match, removed from the diagram text
  std::string name;  // init, initialize, wrap, ...
  Span args;         // the argument text (may be empty)
  bool closed = false;  // ended with `}%%`
};

std::vector<Directive> find_directives(std::string_view text, uint32_t begin);

struct DirectiveConfig {
  std::vector<nlohmann::json> configs;  // each init object, in text order
  std::vector<Diagnostic> warnings;     // M204 for arguments that are not JSON
};

// Parses the init/initialize directives among `directives`.
DirectiveConfig read_init_directives(std::string_view text, const std::vector<Directive>& directives);

}  // namespace merrow::grammar
