// GitHub Actions workflow commands; the runner turns them into annotations.
// Escaping follows actions/toolkit (issueCommand): data escapes % CR LF,
// property values additionally : and ,.
#include "lint/emit/emit.hpp"

namespace merrow::lint {
namespace {

std::string escape_data(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

std::string escape_property(std::string_view text) {
  std::string out;
  for (const char c : escape_data(text)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

std::string_view command(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
  }
  return "error";
}

}  // namespace

void emit_github(const std::vector<FileReport>& reports, std::ostream& out) {
  for (const auto& report : reports) {
    for (const auto& d : report.diagnostics) {
      out << "::" << command(d.severity) << " file=" << escape_property(report.path) << ",line=" << d.start.line
          << ",col=" << d.start.column << ",endLine=" << d.end.line << ",endColumn=" << d.end.column
          << ",title=" << escape_property(d.code + " " + d.name) << "::" << escape_data(message_with_notes(d)) << '\n';
    }
  }
}

}  // namespace merrow::lint
