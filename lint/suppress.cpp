#include "lint/suppress.hpp"

#include <algorithm>

#include "lint/registry.hpp"
#include "lint/reporter.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

struct Suppression {
  Span comment;                    // the whole comment line, line break included
  Span directive;                  // `merrow-disable...` and its codes, for the caret
  bool next_line_only = false;
  uint32_t line = 0;               // 0-based local line of the comment
  std::vector<std::string> codes;  // empty: every rule
  std::vector<bool> used;          // per code (one entry when codes is empty)
};

std::vector<Suppression> find_suppressions(const Source& source) {
  std::vector<Suppression> out;
  const std::string_view text = source.text();
  for (uint32_t line = 0; line < source.line_count(); ++line) {
    const uint32_t begin = source.line_start(line);
    const std::string_view content = source.line_at(begin);
    const size_t comment = content.find("%%");
    if (comment == std::string_view::npos) continue;
    std::string_view rest = trim(content.substr(comment + 2));
    Suppression suppression;
    if (rest.starts_with("merrow-disable-next-line")) {
      suppression.next_line_only = true;
      rest.remove_prefix(std::string_view("merrow-disable-next-line").size());
    } else if (rest.starts_with("merrow-disable")) {
      rest.remove_prefix(std::string_view("merrow-disable").size());
    } else {
      continue;
    }
    const auto directive_begin = static_cast<uint32_t>(begin + content.find("merrow-disable"));
    suppression.directive = {directive_begin, static_cast<uint32_t>(begin + trim(content).size() +
                                                                    (trim(content).data() - content.data()))};
    const uint32_t end = line + 1 < source.line_count() ? source.line_start(line + 1)
                                                         : static_cast<uint32_t>(text.size());
    // Only a line that is nothing but the comment can be deleted whole.
    suppression.comment = trim(content).starts_with("%%") ? Span{begin, end} : Span{begin + static_cast<uint32_t>(comment), begin + static_cast<uint32_t>(content.size())};
    suppression.line = line;
    std::string code;
    for (const char c : std::string(rest) + " ") {
      if (c == ' ' || c == ',' || c == '\t') {
        if (!code.empty()) suppression.codes.push_back(code);
        code.clear();
      } else {
        code += c;
      }
    }
    suppression.used.assign(std::max<size_t>(1, suppression.codes.size()), false);
    out.push_back(std::move(suppression));
  }
  return out;
}

bool names(std::string_view entry, const Diagnostic& diagnostic) {
  return entry == diagnostic.code || entry == diagnostic.name;
}

// Marks and returns whether `suppression` covers `diagnostic`.
bool covers(Suppression& suppression, const Diagnostic& diagnostic, uint32_t diagnostic_line) {
  if (suppression.next_line_only && diagnostic_line != suppression.line + 1) return false;
  if (suppression.codes.empty()) {
    suppression.used[0] = true;
    return true;
  }
  for (size_t i = 0; i < suppression.codes.size(); ++i) {
    if (names(suppression.codes[i], diagnostic)) {
      suppression.used[i] = true;
      return true;
    }
  }
  return false;
}

uint32_t local_line(const Source& source, uint32_t offset) {
  return source.position(offset).line - source.first_line();
}

}  // namespace

void apply_suppressions(const Source& source, const RuleSelection& selection,
                        std::vector<Diagnostic>& diagnostics) {
  if (source.text().find("merrow-disable") == std::string::npos) return;
  auto suppressions = find_suppressions(source);
  std::erase_if(diagnostics, [&](const Diagnostic& diagnostic) {
    const bool syntax_error = diagnostic.severity == Severity::error && find_rule(diagnostic.code) == nullptr;
    if (syntax_error) return false;
    const uint32_t line = local_line(source, diagnostic.span.begin);
    bool suppressed = false;
    for (auto& suppression : suppressions) suppressed = covers(suppression, diagnostic, line) || suppressed;
    return suppressed;
  });
  if (!selection.enabled("M230")) return;
  std::vector<Diagnostic> unused;
  Reporter reporter(source, unused);
  for (const auto& suppression : suppressions) {
    for (size_t i = 0; i < suppression.used.size(); ++i) {
      if (suppression.used[i]) continue;
      const std::string what = suppression.codes.empty() ? "any diagnostic" : "`" + suppression.codes[i] + "`";
      // A suppression for a rule that is switched off is not dead code: the
      // same file may be linted with another selection.
      if (!suppression.codes.empty() && find_rule(suppression.codes[i]) != nullptr &&
          !selection.enabled(find_rule(suppression.codes[i])->code)) {
        continue;
      }
      std::string message = "this suppression of " + what + " hides nothing";
      if (!suppression.codes.empty() && find_rule(suppression.codes[i]) == nullptr &&
          !suppression.codes[i].starts_with("M1")) {
        message = "`" + suppression.codes[i] + "` is not a merrow rule";
      }
      auto& diagnostic = reporter.report("M230", suppression.directive, message, "unused");
      if (suppression.codes.size() <= 1) {
        diagnostic.fix = Fix{"remove the comment", {{suppression.comment, ""}}, true};
      }
    }
  }
  for (auto& diagnostic : unused) {
    diagnostic.severity = selection.severity_of(diagnostic.code, diagnostic.severity);
    diagnostics.push_back(std::move(diagnostic));
  }
}

}  // namespace merrow::lint
