// The full, human format (clang and ruff):
//   error[M101 unclosed-bracket]: node label opened with '[' is never closed
//    --> docs/org.md:14:9
//      |
//   14 |     A[Generalforsamling --> B
//      |      ^ expected ']' before end of line
//      = help: did you mean `A[Generalforsamling] --> B`? (unsafe fix: --fix --unsafe-fixes)
// then one summary line. Colour only when options.color.
#include <algorithm>
#include <string>
#include <vector>

#include "lint/emit/emit.hpp"
#include "lint/selection.hpp"

namespace merrow::lint {
namespace {

struct Palette {
  bool on;
  std::string paint(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return "\x1b[" + std::string(code) + "m" + std::string(text) + "\x1b[0m";
  }
};

std::string_view severity_colour(Severity severity) {
  switch (severity) {
    case Severity::error: return "1;31";
    case Severity::warning: return "1;33";
    case Severity::info: return "1;36";
  }
  return "1";
}

// The caret line's indentation: the characters before `column`, each as a
// space except tabs, so the caret stays under its character.
std::string caret_indent(std::string_view line, uint32_t column) {
  std::string out;
  uint32_t chars = 1;
  for (size_t i = 0; i < line.size() && chars < column; ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
    out += line[i] == '\t' ? '\t' : ' ';
    ++chars;
  }
  while (chars < column) {  // a column past the line's end (an insertion at EOL)
    out += ' ';
    ++chars;
  }
  return out;
}

// One marked source line: the primary span ('^') or a located note ('-').
struct Snippet {
  Position at;
  uint32_t width;
  std::string_view line_text;
  uint32_t first_column;  // the host column of line_text's first character
  char mark;
  std::string_view label;
  std::string_view colour;
};

std::vector<Snippet> snippets_of(const LocatedDiagnostic& d) {
  const uint32_t width = d.end.line == d.start.line && d.end.column > d.start.column ? d.end.column - d.start.column : 1;
  std::vector<Snippet> out{{d.start, width, d.line.text, d.line.first_column, '^', d.label, severity_colour(d.severity)}};
  for (const auto& note : d.notes)
    if (note.position) out.push_back({*note.position, 1, note.line.text, note.line.first_column, '-', note.message, "1;34"});
  std::stable_sort(out.begin(), out.end(), [](const Snippet& a, const Snippet& b) { return a.at.line < b.at.line; });
  return out;
}

void emit_one(const std::string& path, const LocatedDiagnostic& d, std::ostream& out, const Palette& palette) {
  const std::vector<Snippet> snippets = snippets_of(d);
  const std::string pad(std::to_string(snippets.back().at.line).size(), ' ');
  const std::string bar = palette.paint("1;34", "|");
  out << palette.paint(severity_colour(d.severity), std::string(severity_name(d.severity)) + "[" + d.code + " " + d.name + "]")
      << palette.paint("1", ": " + d.message) << '\n';
  out << pad << palette.paint("1;34", "-->") << ' ' << path << ':' << d.start.line << ':' << d.start.column << '\n';
  out << pad << ' ' << bar << '\n';
  for (size_t i = 0; i < snippets.size(); ++i) {
    const Snippet& s = snippets[i];
    if (i > 0 && s.at.line > snippets[i - 1].at.line + 1) out << palette.paint("1;34", "...") << '\n';
    if (i == 0 || s.at.line != snippets[i - 1].at.line) {
      std::string number = std::to_string(s.at.line);
      number.insert(0, pad.size() - number.size(), ' ');
      out << palette.paint("1;34", number) << ' ' << bar << ' ' << s.line_text << '\n';
    }
    out << pad << ' ' << bar << ' ' << caret_indent(s.line_text, s.at.column - s.first_column + 1)
        << palette.paint(s.colour, std::string(s.width, s.mark));
    if (!s.label.empty()) out << ' ' << palette.paint(s.colour, s.label);
    out << '\n';
  }
  for (const auto& note : d.notes)
    if (!note.position) out << pad << ' ' << palette.paint("1;34", "=") << " note: " << note.message << '\n';
  if (d.fix) {
    out << pad << ' ' << palette.paint("1;34", "=") << " help: " << d.fix->message
        << (d.fix->safe ? " (safe fix: --fix)" : " (unsafe fix: --fix --unsafe-fixes)") << '\n';
  }
  out << '\n';
}

}  // namespace

void emit_text(const std::vector<FileReport>& reports, std::ostream& out, const EmitOptions& options) {
  const Palette palette{options.color};
  size_t counts[3] = {0, 0, 0};
  size_t fixable = 0;
  for (const auto& report : reports) {
    for (const auto& d : report.diagnostics) {
      emit_one(report.path, d, out, palette);
      ++counts[static_cast<int>(d.severity)];
      if (d.fix && d.fix->safe) ++fixable;
    }
  }
  const size_t errors = counts[static_cast<int>(Severity::error)];
  const size_t warnings = counts[static_cast<int>(Severity::warning)];
  const size_t infos = counts[static_cast<int>(Severity::info)];
  if (errors + warnings + infos == 0) {
    out << palette.paint("1;32", "All checks passed") << " (" << reports.size()
        << (reports.size() == 1 ? " file" : " files") << ")\n";
    return;
  }
  out << "Found " << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
      << (warnings == 1 ? " warning" : " warnings") << ", " << infos << " info in " << reports.size()
      << (reports.size() == 1 ? " file" : " files");
  if (fixable > 0) out << " (" << fixable << " fixable with --fix)";
  out << ".\n";
}

}  // namespace merrow::lint
