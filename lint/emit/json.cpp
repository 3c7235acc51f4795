// The JSON format documented in docs/lint-json.md: one array of diagnostics,
// files in the order given, diagnostics in host order. Keys never change
// meaning; new keys may be added.
#include <nlohmann/json.hpp>

#include "lint/emit/emit.hpp"
#include "lint/emit/json_parts.hpp"
#include "lint/selection.hpp"

namespace merrow::lint {

nlohmann::json position_json(const Position& position) {
  return {{"line", position.line}, {"column", position.column}};
}

nlohmann::json fix_json(const std::optional<LocatedFix>& fix) {
  if (!fix) return nullptr;
  nlohmann::json edits = nlohmann::json::array();
  for (const auto& edit : fix->edits) {
    edits.push_back({{"start", position_json(edit.start)}, {"end", position_json(edit.stop)},
                     {"content", edit.replacement}});
  }
  return {{"message", fix->message}, {"applicability", fix->safe ? "safe" : "unsafe"}, {"edits", edits}};
}

void emit_json(const std::vector<FileReport>& reports, std::ostream& out) {
  nlohmann::json all = nlohmann::json::array();
  for (const auto& report : reports) {
    for (const auto& d : report.diagnostics) {
      nlohmann::json notes = nlohmann::json::array();
      for (const auto& note : d.notes) {
        notes.push_back({{"message", note.message},
                         {"position", note.position ? position_json(*note.position) : nlohmann::json(nullptr)}});
      }
      all.push_back({{"code", d.code},
                     {"name", d.name},
                     {"severity", severity_name(d.severity)},
                     {"message", d.message},
                     {"label", d.label},
                     {"file", report.path},
                     {"start", position_json(d.start)},
                     {"end", position_json(d.end)},
                     {"notes", notes},
                     {"fix", fix_json(d.fix)}});
    }
  }
  out << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace merrow::lint
