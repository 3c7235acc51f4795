// See front_matter.hpp.
#include "grammar/preamble/front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <regex>

#include "grammar/common/js_text.hpp"
#include "grammar/common/make_diagnostic.hpp"

namespace merrow::grammar {
namespace {

bool is_newline(char c) { return c == '\n' || c == '\r'; }

// After `pos` (just past a `---`): the `\s*[\n\r]` / `\s*[\n\r]+` tail. The
// greedy `\s*` gives back only what the line break needs, so the match ends
// after the *last* line break of the whitespace run; nullopt if the run holds
// no line break ("--- x" or "----" are no fence).
std::optional<uint32_t> fence_tail_end(std::string_view text, uint32_t pos) {
  std::optional<uint32_t> end;
  while (const uint32_t n = js_space_length(text, pos)) {
    if (is_newline(text[pos])) end = pos + 1;
    pos += n;
  }
  return end;
}

// Same as fence_tail_end but lists every line break of the run, latest first:
// the opening fence's `\s*[\n\r]` may settle on an earlier break when the
// YAML must start with one ("---\n\n---\n" is an empty front matter).
std::vector<uint32_t> fence_tail_candidates(std::string_view text, uint32_t pos) {
  std::vector<uint32_t> ends;
  while (const uint32_t n = js_space_length(text, pos)) {
    if (is_newline(text[pos])) ends.insert(ends.begin(), pos + 1);
    pos += n;
  }
  return ends;
}

// js-yaml's JSON schema (YAML 1.2 core scalars): plain scalars that look like
// null, a boolean or a number are typed, everything else is a string.
nlohmann::json plain_scalar(const std::string& s) {
  static const std::regex integer(R"([-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+)");
  static const std::regex floating(R"([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?)");
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  if (std::regex_match(s, integer)) {
    try {
      if (s.starts_with("0x")) return std::stoll(s.substr(2), nullptr, 16);
      if (s.starts_with("0o")) return std::stoll(s.substr(2), nullptr, 8);
      return std::stoll(s);
    } catch (const std::exception&) {
      return std::stod(s);
    }
  }
  if (std::regex_match(s, floating)) return std::stod(s);
  return s;
}

nlohmann::json to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      return nullptr;
    case YAML::NodeType::Scalar:
      // Quoted scalars carry the "!" tag: always strings.
      return node.Tag() == "!" ? nlohmann::json(node.Scalar()) : plain_scalar(node.Scalar());
    case YAML::NodeType::Sequence: {
      auto array = nlohmann::json::array();
      for (const auto& item : node) array.push_back(to_json(item));
      return array;
    }
    case YAML::NodeType::Map: {
      auto object = nlohmann::json::object();
      for (const auto& entry : node) {
        const auto key = entry.first.as<std::string>();
        // js-yaml rejects a repeated key ("duplicated mapping key"); yaml-cpp keeps both.
        if (object.contains(key)) throw YAML::ParserException(entry.first.Mark(), "duplicated mapping key `" + key + "`");
        object[key] = to_json(entry.second);
      }
      return object;
    }
  }
  return nullptr;
}

std::string json_to_text(const nlohmann::json& value) {
  return value.is_string() ? value.get<std::string>() : value.dump();
}

}  // namespace

nlohmann::json yaml_to_json(const std::string& yaml_text) { return to_json(YAML::Load(yaml_text)); }

FrontMatter read_front_matter(const Source& source, uint32_t begin) {
  const std::string_view text = source.text();
  FrontMatter result;
  // ([^\S\n\r]*): the opening fence's indentation, repeated by the closing one.
  uint32_t pos = begin;
  while (const uint32_t n = js_space_length(text, pos)) {
    if (is_newline(text[pos])) break;
    pos += n;
  }
  const std::string_view indent = text.substr(begin, pos - begin);
  if (!starts_with_at(text, pos, "---")) return result;
  const auto yaml_starts = fence_tail_candidates(text, pos + 3);
  if (yaml_starts.empty()) return result;

  // The lazy (.*?): the first line break followed by indent + `---` + tail.
  std::optional<uint32_t> closing;  // offset of the line break before the closing fence
  std::optional<uint32_t> block_end;
  for (uint32_t k = yaml_starts.back(); k < text.size(); ++k) {
    if (!is_newline(text[k])) continue;
    const uint32_t fence = k + 1 + static_cast<uint32_t>(indent.size());
    if (text.substr(k + 1).starts_with(indent) && starts_with_at(text, fence, "---")) {
      if (const auto tail = fence_tail_end(text, fence + 3)) {
        closing = k;
        block_end = *tail;
        break;
      }
    }
  }
  if (!closing) return result;
  uint32_t yaml_begin = yaml_starts.back();
  for (const uint32_t candidate : yaml_starts) {  // greedy `\s*`: latest start that still fits
    if (candidate <= *closing) {
      yaml_begin = candidate;
      break;
    }
  }

  result.found = true;
  result.block = {begin, *block_end};
  result.yaml = {yaml_begin, *closing};
  result.end = *block_end;
  // mermaid has turned CRLF into LF before it reads the YAML; yaml-cpp would
  // keep a final "\r" in the last scalar ("title: x\r").
  std::string yaml_text;
  for (const char c : text.substr(yaml_begin, *closing - yaml_begin)) {
    if (c != '\r') yaml_text.push_back(c);
  }
  try {
    const auto document = yaml_to_json(yaml_text);
    if (!document.is_object()) return result;  // mermaid: a non-mapping document means {}
    if (document.contains("title") && !document["title"].is_null() && document["title"] != false &&
        document["title"] != "") {
      result.title = json_to_text(document["title"]);
    }
    if (document.contains("config") && document["config"].is_object()) result.config = document["config"];
  } catch (const YAML::Exception& e) {
    // The mark is 0-based inside the YAML text; map it back onto the host.
    const uint32_t yaml_line = source.position(yaml_begin).line - source.first_line();
    const uint32_t line = std::min(yaml_line + static_cast<uint32_t>(std::max(e.mark.line, 0)),
                                   source.line_count() - 1);
    const uint32_t line_begin = source.line_start(line);
    const uint32_t at = std::min<uint32_t>(line_begin + static_cast<uint32_t>(std::max(e.mark.column, 0)),
                                           std::max(*closing, line_begin));
    result.error = make_diagnostic("M203", "invalid-front-matter", Severity::error,
                                   "the YAML front matter does not parse: " + e.msg, {at, at},
                                   e.msg);
  } catch (const std::exception& e) {
    result.error = make_diagnostic("M203", "invalid-front-matter", Severity::error,
                                   std::string("the YAML front matter does not parse: ") + e.what(),
                                   {yaml_begin, yaml_begin});
  }
  return result;
}

}  // namespace merrow::grammar
