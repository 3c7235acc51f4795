// YAML front matter: `---` ... `---` at the very start of a diagram, the way
// mermaid's extractFrontMatter() finds it. mermaid matches the block with
//   /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s
// so the closing `---` must sit at the opening's indentation and be followed
// by a line break ("---\ntitle: x\n---" with nothing after it is *not* front
// matter: mermaid then fails with "Diagrams beginning with --- are not valid").
// The YAML is read with the JSON schema (js-yaml JSON_SCHEMA): plain scalars
// become null, booleans, numbers or strings; a syntax error fails the diagram.
// Pre: `begin` is where the diagram starts (after a BOM). Post: `found` says
// whether the block matched; if so `end` is the offset after it and either
// `error` is set (the YAML does not parse) or `title`/`config` hold its data.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "model/diagnostic.hpp"
#include "model/source.hpp"

namespace merrow::grammar {

struct FrontMatter {
  bool found = false;
  Span block;     // the whole block, fences and trailing line breaks included
  Span yaml;      // the YAML between the fences
  uint32_t end = 0;  // where the diagram text continues
  std::optional<std::string> title;
  nlohmann::json config = nlohmann::json::object();  // the `config:` mapping
  std::optional<Diagnostic> error;
};

FrontMatter read_front_matter(const Source& source, uint32_t begin);

// Converts one YAML document (text) to JSON with js-yaml's JSON schema rules.
// Throws YAML::Exception on a syntax error.
nlohmann::json yaml_to_json(const std::string& yaml_text);

}  // namespace merrow::grammar
