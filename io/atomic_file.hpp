// Whole-file reads and atomic writes, the one implementation every command
// and library stage uses (lint --fix, fmt, render, the docs-tree cache,
// merrow-mmdc). A reader never sees a half-written file: the bytes go to a
// temporary file next to the target, are fsynced, and the temporary is renamed
// over the target.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace merrow::io {

// Writes `data` to `path` atomically. The temporary is a hidden file in the
// target's directory (rename must not cross file systems) named by pid and a
// process-wide counter, created with O_EXCL, so threads and processes writing
// the same directory never share one. Replacing a file keeps its permission
// bits; a new file gets 0666 minus the umask, as any other create. A symlink
// target is written through (the link stays a link). The data is fsynced
// before the rename, so after a crash the target holds the old or the new
// bytes, never an empty file. Returns "" or "cannot write PATH: reason".
std::string write_file_atomically(const std::string& path, std::string_view data);

// As write_file_atomically, except that "-" writes stdout.
std::string write_output(const std::string& path, std::string_view data);

// The whole file ("-": stdin); nullopt when it cannot be read or is a directory,
// with `why` (when given) set to "is a directory", "no such file" or "cannot read it".
std::optional<std::string> read_input(const std::string& path, std::string* why = nullptr);

}  // namespace merrow::io
