// The one diagnostic model: the parser, every lint rule and every emitter
// (text, concise, json, sarif, github) speak it.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/source.hpp"

namespace merrow {

enum class Severity : uint8_t { info, warning, error };

struct Edit {
  Span span;  // bytes of the diagram Source to replace (empty span = insertion)
  std::string replacement;
};

struct Fix {
  std::string message;  // "insert ']'"
  std::vector<Edit> edits;
  bool safe = false;  // safe fixes are applied by --fix; unsafe ones only shown
};

struct Note {
  std::string message;
  std::optional<Span> span;
};

struct Diagnostic {
  std::string code;  // stable, e.g. "M101"
  std::string name;  // kebab-case, e.g. "unclosed-bracket"
  Severity severity = Severity::error;
  std::string message;  // what is wrong: "node label opened with '[' is never closed"
  Span span;            // primary location
  std::string label;    // short text under the caret: "expected ']' before end of line"
  std::vector<Note> notes;
  std::optional<Fix> fix;
};

}  // namespace merrow
