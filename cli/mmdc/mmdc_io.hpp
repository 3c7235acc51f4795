// Files as mmdc names them; reading and writing them is io/atomic_file (never a half-written output).
#pragma once
#include <optional>
#include <string>

#include "io/atomic_file.hpp"

namespace merrow::mmdc {

using io::read_input;
using io::write_output;

// mmdc's name for the n-th image of a Markdown run: out.md -> out-2.svg,
// out.png -> out-2.png; with `artefacts`, that name inside that directory.
std::string numbered_output(const std::string& output, size_t n, const std::string& format,
                            const std::optional<std::string>& artefacts);

// How out.md links `image`: "./" + the path relative to out.md's directory.
std::string relative_link(const std::string& output, const std::string& image);

bool ends_with_markdown(const std::string& path);  // .md / .markdown, as mmdc tests it

}  // namespace merrow::mmdc
