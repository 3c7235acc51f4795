// See directives.hpp.
#include "grammar/preamble/directives.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "grammar/common/js_text.hpp"
#include "grammar/common/make_diagnostic.hpp"

namespace merrow::grammar {
namespace {

uint32_t word_end(std::string_view text, uint32_t pos) {
  while (pos < text.size() && is_word_char(text[pos])) ++pos;
  return pos;
}

// The regex's ((?:(?!}%{2}).|\r?\n)*): any character but a line terminator,
// or a (CR)LF, stopping before `}%%`. A lone CR stops it too.
uint32_t argument_end(std::string_view text, uint32_t pos) {
  while (pos < text.size()) {
    if (starts_with_at(text, pos, "}%%")) break;
    const char c = text[pos];
    if (c == '\r') {
      if (pos + 1 < text.size() && text[pos + 1] == '\n') {
        pos += 2;
        continue;
      }
      break;
    }
    if (starts_with_at(text, pos, "\u2028") || starts_with_at(text, pos, "\u2029")) break;
    ++pos;
  }
  return pos;
}

// One regex match attempt at `at` (which holds "%%{"); nullopt if the name is missing.
std::optional<Directive> match_directive(std::string_view text, uint32_t at) {
  Directive d;
  uint32_t pos = skip_js_space(text, at + 3);
  const uint32_t name_end = word_end(text, pos);
  if (name_end == pos) return std::nullopt;
  d.name = text.substr(pos, name_end - pos);
  pos = name_end;
  const uint32_t after_space = skip_js_space(text, pos);
  if (after_space < text.size() && text[after_space] == ':') pos = after_space + 1;
  pos = skip_js_space(text, pos);
  // (\w+) is tried before the free-form argument.
  const uint32_t arg_word_end = word_end(text, pos);
  const uint32_t args_end = arg_word_end > pos ? arg_word_end : argument_end(text, pos);
  d.args = {pos, args_end};
  pos = skip_js_space(text, args_end);
  if (starts_with_at(text, pos, "}%%")) {
    pos += 3;
    d.closed = true;
  }
  d.span = {at, pos};
  return d;
}

std::string trim(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

// mermaid's detectInit matches the type with /(?:init\b)|(?:initialize\b)/.
bool is_init(std::string_view name) { return name.ends_with("init") || name.ends_with("initialize"); }

}  // namespace

std::optional<Directive> next_directive(std::string_view text, uint32_t pos) {
  while (true) {
    const auto at = text.find("%%{", pos);
    if (at == std::string_view::npos) return std::nullopt;
    if (auto d = match_directive(text, static_cast<uint32_t>(at))) return d;
    pos = static_cast<uint32_t>(at) + 1;
  }
}

std::vector<Directive> find_directives(std::string_view text, uint32_t begin) {
  std::vector<Directive> found;
  for (auto d = next_directive(text, begin); d; d = next_directive(text, d->span.end)) found.push_back(*d);
  return found;
}

// How deeply `{`/`[` nest in JSON text, strings skipped. mermaid's config is
// a few levels deep; a hostile `{"a":{"a":...}}` of 10,000 levels parses, but
// every later copy and merge of it recurses once per level and overflows the
// stack, so such a directive is refused before it is parsed.
namespace {

constexpr int kMaxDirectiveNesting = 64;

struct JsonProblem {
  std::string what;                // the JSON reader's finding: "unexpected '}'; expected string literal"
  std::string hint;                // what to write instead
  std::optional<uint32_t> offset;  // byte in the (trimmed) arguments where it stopped
};

// Runs only on text the non-throwing parse already rejected.
JsonProblem json_problem(const std::string& args) {
  JsonProblem problem{"the JSON reader stopped", "keys and strings need double or single quotes", std::nullopt};
  try {
    const auto parsed = nlohmann::json::parse(args);
    (void)parsed;
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    if (const size_t at = what.find("syntax error while parsing "); at != std::string::npos) {
      what = what.substr(at + 27);
    } else if (const size_t colon = what.rfind(": "); colon != std::string::npos) {
      what = what.substr(colon + 2);
    }
    problem.what = what;
    if (e.byte > 0) problem.offset = static_cast<uint32_t>(std::min<size_t>(e.byte - 1, args.size()));
    const size_t stop = problem.offset.value_or(0);
    const size_t before = stop == 0 ? std::string::npos : args.find_last_not_of(" \t\r\n", stop - 1);
    if (before != std::string::npos && args[before] == ',' && stop < args.size() && (args[stop] == '}' || args[stop] == ']')) {
      problem.hint = "remove the trailing comma before '" + std::string(1, args[stop]) + "'";
    } else if (what.find("end of input") != std::string::npos) {
      problem.hint = "a '}' or ']' is missing: every '{' and '[' needs its pair";
    } else if (what.find("invalid literal") != std::string::npos || what.find("expected string literal") != std::string::npos) {
      problem.hint = "keys and strings need quotes: {\"theme\": \"dark\"}";
    } else {
      problem.hint = "check the JSON here";
    }
  } catch (const std::exception&) {
  }
  return problem;
}

int nesting_depth(std::string_view json) {
  int depth = 0, deepest = 0;
  bool quoted = false;
  for (size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (quoted) {
      if (c == '\\') ++i;
      else if (c == '"') quoted = false;
    } else if (c == '"') {
      quoted = true;
    } else if (c == '{' || c == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

DirectiveConfig read_init_directives(std::string_view text, uint32_t begin) {
  DirectiveConfig result;
  bool all_parsed = true;
  for (auto found = next_directive(text, begin); found; found = next_directive(text, found->span.end)) {
    const Directive& d = *found;
    if (!is_init(d.name)) continue;
    std::string args(text.substr(d.args.begin, d.args.end - d.args.begin));
    std::replace(args.begin(), args.end(), '\'', '"');
    args = trim(std::move(args));
    if (args.empty()) continue;
    if (nesting_depth(args) > kMaxDirectiveNesting) {
      all_parsed = false;
      result.warnings.push_back(make_diagnostic(
          "M204", "invalid-init-directive", Severity::warning,
          "the `%%{" + std::string(d.name) + ": ...}%%` directive nests deeper than " +
              std::to_string(kMaxDirectiveNesting) + " levels; merrow ignores it",
          d.span, "nested too deeply"));
      break;
    }
    auto parsed = nlohmann::json::parse(args, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
      all_parsed = false;
      std::string message =
          "the `%%{" + std::string(d.name) + ": ...}%%` directive is not valid JSON, so mermaid ignores it";
      if (!d.closed) message += " (it never closes with `}%%`, so it swallows the rest of the text)";
      const JsonProblem problem = json_problem(args);
      Span at = d.span;
      if (problem.offset) {
        // Where the JSON reader stopped, inside the directive's text.
        const std::string_view raw = text.substr(d.args.begin, d.args.end - d.args.begin);
        const auto lead = static_cast<uint32_t>(raw.find_first_not_of(" \t\r\n"));
        const uint32_t where = std::min(d.args.begin + lead + *problem.offset, d.args.end == 0 ? 0 : d.args.end - 1);
        uint32_t token = where;  // back to the start of a word the reader stopped inside (`theme`)
        while (token > d.args.begin && std::isalnum(static_cast<unsigned char>(text[token - 1])) != 0 &&
               std::isalnum(static_cast<unsigned char>(text[where])) != 0)
          --token;
        at = Span{token, where + 1};
      }
      result.warnings.push_back(make_diagnostic("M204", "invalid-init-directive", Severity::warning,
                                                message + ": " + problem.what, at, problem.hint));
      break;
    }
    if (parsed.is_object()) result.configs.push_back(std::move(parsed));
  }
  // detectDirective() catches the first JSON.parse failure and returns nothing
  // at all: the directives after it are never read, by mermaid or here (so a
  // text of a million broken directives gets one warning, not a million).
  if (!all_parsed) result.configs.clear();
  return result;
}

}  // namespace merrow::grammar
