// Where a rule's documentation page (docs/rules/<name>.md) lies on this
// machine: $MERROW_DOCS_DIR, docs/ in an ancestor of the executable (a build
// tree inside the checkout), or share/merrow/docs/ beside an installed
// bin/merrow (`cmake --install` puts docs/rules there). Shared by
// `merrow rules NAME` and the language server's hover and codeDescription.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace merrow::cli {

// The candidate documentation roots, most specific first.
std::vector<std::filesystem::path> rule_doc_roots();

// The first <root>/rules/<name>.md that exists.
std::optional<std::filesystem::path> rule_doc_path(std::string_view name);

// Its text, or "" when no page is found.
std::string rule_doc_text(std::string_view name);

// `file:///abs/path` for an absolute path, bytes outside [A-Za-z0-9/._~-] percent-encoded.
std::string file_uri(const std::filesystem::path& path);

}  // namespace merrow::cli
