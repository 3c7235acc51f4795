// Files as mmdc names them, read and written without ever leaving a half-written output.
#pragma once
#include <optional>
#include <string>

namespace merrow::mmdc {

// The whole file, or stdin for "-"; nullopt when it cannot be read.
std::optional<std::string> read_input(const std::string& path);

// Writes `data` to `path` through a temporary file in the same directory,
// renamed over it ("-" writes stdout). Returns "" or what went wrong.
std::string write_output(const std::string& path, const std::string& data);

// mmdc's name for the n-th image of a Markdown run: out.md -> out-2.svg,
// out.png -> out-2.png; with `artefacts`, that name inside that directory.
std::string numbered_output(const std::string& output, size_t n, const std::string& format,
                            const std::optional<std::string>& artefacts);

// How out.md links `image`: "./" + the path relative to out.md's directory.
std::string relative_link(const std::string& output, const std::string& image);

bool ends_with_markdown(const std::string& path);  // .md / .markdown, as mmdc tests it

}  // namespace merrow::mmdc
