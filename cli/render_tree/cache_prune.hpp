// Pruning the docs-tree cache (cli/render_tree), so that it holds what the
// docs use rather than every diagram ever drawn.
//
// An entry is <32 hex digits><.svg|.png|.pdf|.undrawn|.error>; an abandoned
// temporary is io/atomic_file's ".<entry>.merrow-<pid>-<n>.tmp". Nothing else
// in the directory is ever touched, so a cache shared with the out dir keeps its
// pages, manifest and depfile.
//
// Two policies (render_tree.cpp picks one):
// - `--prune-cache`: every entry this run did not use goes, whatever its age.
//   For a run over the whole docs tree: afterwards the cache and the out dir hold
//   exactly this run's images, the same files whenever the inputs are the same.
//   Never automatic when the cache is the out dir, because there the entries are
//   outputs that rewritten pages link to, and a partial run (one page, one Ninja
//   edge) would delete images of pages it did not read.
// - A separate --cache-dir: after every run, entries unused for kCacheMaxAge go.
//   Their mtime records the last use (a hit refreshes it), so a page rebuilt
//   monthly keeps its entries; losing one costs a redraw, never an output.
// Temporaries go once they are a day old (a live writer's are seconds old).
#pragma once
#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace merrow::cli {

inline constexpr std::chrono::hours kCacheMaxAge{24 * 30};
inline constexpr std::chrono::hours kTemporaryMaxAge{24};

struct PruneReport {
  size_t removed = 0;
  std::vector<std::string> errors;  // "cannot remove PATH: reason"
};

// The hash an entry or temporary is named by; "" for any other file name.
std::string cache_entry_hash(const std::string& file_name, bool& temporary);

// Removes from `dir` the entries whose hash is not in `used` and whose mtime is
// at least `max_age` before `now` (0: any age), and temporaries older than
// kTemporaryMaxAge. Files are removed in name order; the result never depends on
// the order the directory lists them in.
PruneReport prune_cache(const std::filesystem::path& dir, const std::set<std::string>& used,
                        std::chrono::seconds max_age, std::filesystem::file_time_type now);

// Sets an entry's mtime to now: a cache hit counts as a use (best effort).
void mark_used(const std::filesystem::path& entry);

}  // namespace merrow::cli
