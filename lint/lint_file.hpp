// Lints one whole file: a bare diagram (.mmd, .mermaid, stdin) or every
// mermaid block of a Markdown page. File-level problems (invalid UTF-8, NUL
// bytes) are reported before any parsing and stop it.
// Pre: any bytes. Post: never throws; report.diagnostics sorted by host position.
#pragma once
#include <string>

#include "lint/lint.hpp"
#include "lint/located.hpp"

namespace merrow::lint {

enum class FileKind { diagram, markdown };

// .md/.markdown/.mdx are Markdown; everything else is a bare diagram.
FileKind kind_of_path(std::string_view path);

FileReport lint_text(std::string path, std::string content, FileKind kind, const LintOptions& options);

}  // namespace merrow::lint
