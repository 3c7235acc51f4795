// The file side of `merrow lint`: which files a list of paths names, and
// linting them on a small thread pool with results in input order.
#pragma once
#include <string>
#include <vector>

#include "lint/config_file.hpp"
#include "lint/lint.hpp"
#include "lint/located.hpp"

namespace merrow::cli {

// Files to lint, in a deterministic order: each argument in turn; a directory
// expands to its .mmd/.mermaid/.md/.markdown/.mdx files, sorted, recursively
// (hidden directories skipped); "-" stays "-". A missing path is kept so that
// reading it reports the error.
std::vector<std::string> expand_paths(const std::vector<std::string>& arguments);

// Lints every file (reading "-" from stdin) with up to `threads` workers.
// `cli.selection` overlays each file's .merrow.toml selection; `cli.limits` applies to every diagram.
// Post: result[i] belongs to files[i]; unreadable files carry io_error.
std::vector<lint::FileReport> lint_files(const std::vector<std::string>& files, lint::ConfigResolver& configs,
                                         const lint::LintOptions& cli, unsigned threads);

}  // namespace merrow::cli
