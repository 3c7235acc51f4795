// The full, human format (clang and ruff):
//   error[M101 unclosed-bracket]: node label opened with '[' is never closed
//    --> docs/org.md:14:9
//      |
//   14 |     A[Generalforsamling --> B
//      |      ^ expected ']' before end of line
//      = help: did you mean `A[Generalforsamling] --> B`? (unsafe fix)
// then one summary line. Colour only when options.color.
#include <algorithm>
#include <string>

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

void emit_one(const std::string& path, const LocatedDiagnostic& d, std::ostream& out, const Palette& palette) {
  const std::string gutter_number = std::to_string(d.start.line);
  const std::string pad(gutter_number.size(), ' ');
  const std::string bar = palette.paint("1;34", "|");
  out << palette.paint(severity_colour(d.severity), std::string(severity_name(d.severity)) + "[" + d.code + " " + d.name + "]")
      << palette.paint("1", ": " + d.message) << '\n';
  out << pad << palette.paint("1;34", "-->") << ' ' << path << ':' << d.start.line << ':' << d.start.column << '\n';
  out << pad << ' ' << bar << '\n';
  out << palette.paint("1;34", gutter_number) << ' ' << bar << ' ' << d.line_text << '\n';
  const uint32_t width = d.end.line == d.start.line && d.end.column > d.start.column ? d.end.column - d.start.column : 1;
  out << pad << ' ' << bar << ' ' << caret_indent(d.line_text, d.start.column)
      << palette.paint(severity_colour(d.severity), std::string(width, '^'));
  if (!d.label.empty()) out << ' ' << palette.paint(severity_colour(d.severity), d.label);
  out << '\n';
  for (const auto& note : d.notes) {
    out << pad << ' ' << palette.paint("1;34", "=") << " note: " << note.message;
    if (note.position) out << " (line " << note.position->line << ')';
    out << '\n';
  }
  if (d.fix) {
    out << pad << ' ' << palette.paint("1;34", "=") << " help: " << d.fix->message
        << (d.fix->safe ? " (safe fix: --fix)" : " (unsafe fix)") << '\n';
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
