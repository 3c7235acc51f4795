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
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/diagnostic.hpp"
#include "model/source.hpp"

namespace merrow::grammar {

struct Directive {
  Span span;         // the whole match, removed from the diagram text
  std::string_view name;  // init, initialize, wrap, ... (a view into the text searched)
  Span args;         // the argument text (may be empty)
  bool closed = false;  // ended with `}%%`
};

std::vector<Directive> find_directives(std::string_view text, uint32_t begin);
// The first directive found from `pos` on, as find_directives() finds it:
// for callers that only walk them, so that a text holding millions of them
// (48 MB of `%%{x}%%` lines) is not turned into a vector of millions.
std::optional<Directive> next_directive(std::string_view text, uint32_t pos);

struct DirectiveConfig {
  std::vector<nlohmann::json> configs;  // each init object, in text order
  std::vector<Diagnostic> warnings;     // M204 for arguments that are not JSON
};

// Parses the init/initialize directives found from `begin` on.
DirectiveConfig read_init_directives(std::string_view text, uint32_t begin);

}  // namespace merrow::grammar
