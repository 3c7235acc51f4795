// Emitters: one per output format, all reading the same FileReports.
//   text     clang/ruff style: header, --> file:line:col, the source line, a caret
//   concise  file:line:col: CODE message
//   json     the schema in docs/lint-json.md
//   sarif    SARIF 2.1.0, for GitHub code scanning
//   github   workflow commands (::error file=...,line=...,col=...::message)
// Post: output depends only on the reports and options (deterministic).
#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "lint/located.hpp"

namespace merrow::lint {

enum class Format { text, concise, json, sarif, github };

std::optional<Format> parse_format(std::string_view name);

struct EmitOptions {
  bool color = false;              // ANSI colours (text only)
  std::string tool_version = "0";  // for SARIF's driver
};

// The message followed by its located notes, for one-line formats:
// "node label opened with '[' is never closed (note: '[' opened here, 5:2)".
std::string message_with_notes(const LocatedDiagnostic& d);

void emit(Format format, const std::vector<FileReport>& reports, std::ostream& out, const EmitOptions& options);

void emit_text(const std::vector<FileReport>& reports, std::ostream& out, const EmitOptions& options);
void emit_concise(const std::vector<FileReport>& reports, std::ostream& out);
void emit_json(const std::vector<FileReport>& reports, std::ostream& out);
void emit_sarif(const std::vector<FileReport>& reports, std::ostream& out, const EmitOptions& options);
void emit_github(const std::vector<FileReport>& reports, std::ostream& out);

}  // namespace merrow::lint
