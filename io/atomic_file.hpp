// Whole-file reads and atomic writes, the one implementation every command
// and library stage uses (lint --fix, fmt, render, the docs-tree cache,
// merrow-mmdc). A reader never sees a half-written file: the bytes go to a
// temporary file next to the target, which is renamed over the target.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace merrow::io {

// Whether a crash right after the write may leave the old bytes (or, on some
// file systems, an empty file) behind. A user's own text (lint --fix, fmt,
// render --in-place) is `durable`: fsynced before the rename, so it holds the
// old or the new bytes, never nothing. Images, rewritten copies, manifests and
// caches are `regenerable`: the next run makes them again, so they skip the
// fsync, which costs 0.4 ms, a fifth of a one-diagram render.
enum class Durability : unsigned char { durable, regenerable };

// Writes `data` to `path` atomically. The temporary is a hidden file in the
// target's directory (rename must not cross file systems) named by pid and a
// process-wide counter, created with O_EXCL, so threads and processes writing
// the same directory never share one. Replacing a file keeps its permission
// bits; a new file gets 0666 minus the umask, as any other create. A symlink
// target is written through (the link stays a link). Returns "" or
// "cannot write PATH: reason".
std::string write_file_atomically(const std::string& path, std::string_view data,
                                  Durability durability = Durability::durable);

// A drawn output (image, page copy, manifest): as write_file_atomically,
// regenerable unless told, and "-" writes stdout.
std::string write_output(const std::string& path, std::string_view data,
                         Durability durability = Durability::regenerable);

// The whole file ("-": stdin); nullopt when it cannot be read or is a directory,
// with `why` (when given) set to "is a directory", "no such file" or "cannot read it".
std::optional<std::string> read_input(const std::string& path, std::string* why = nullptr);

}  // namespace merrow::io
