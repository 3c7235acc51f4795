#include "lint/emit/emit.hpp"

namespace merrow::lint {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "text" || name == "full") return Format::text;
  if (name == "concise") return Format::concise;
  if (name == "json") return Format::json;
  if (name == "sarif") return Format::sarif;
  if (name == "github") return Format::github;
  return std::nullopt;
}

std::string message_with_notes(const LocatedDiagnostic& d) {
  std::string out = d.message;
  for (const auto& note : d.notes) {
    if (!note.position) continue;
    out += " (note: " + note.message + ", " + std::to_string(note.position->line) + ":" +
           std::to_string(note.position->column) + ")";
  }
  return out;
}

void emit(Format format, const std::vector<FileReport>& reports, std::ostream& out, const EmitOptions& options) {
  switch (format) {
    case Format::text: emit_text(reports, out, options); break;
    case Format::concise: emit_concise(reports, out); break;
    case Format::json: emit_json(reports, out); break;
    case Format::sarif: emit_sarif(reports, out, options); break;
    case Format::github: emit_github(reports, out); break;
  }
}

}  // namespace merrow::lint
