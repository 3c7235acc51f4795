#include "lint/emit/emit.hpp"

namespace merrow::lint {

void emit_concise(const std::vector<FileReport>& reports, std::ostream& out) {
  for (const auto& report : reports) {
    for (const auto& d : report.diagnostics) {
      out << report.path << ':' << d.start.line << ':' << d.start.column << ": " << d.code << ' ' << message_with_notes(d)
          << '\n';
    }
  }
}

}  // namespace merrow::lint
