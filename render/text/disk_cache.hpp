// A persistent key -> value store in one file, for results that are costly to
// compute at start-up and never change for the same inputs: HarfBuzz's shaping
// of a label, a font's metrics, a glyph's outline. A warm run reads them
// instead of loading HarfBuzz (~0.9 M instructions of dynamic loading alone)
// and FreeType faces. What a value holds is exactly what the computation
// gave (font units, no rounding), so output is byte-identical with or
// without the file.
//
// The file is memory-mapped read-only and looked up through a hash table in
// it (a lookup touches a page or two, whatever the file's size). It is never
// changed in place: flush() merges the entries added by this process with the
// file as it is now (another process may have replaced it), writes a temp
// file and renames it over, so concurrent processes only ever see whole
// files (two writers at once: one's new entries are lost, which is only a
// miss later). Anything wrong with the file (truncated, corrupt, another
// format, another stamp) makes it empty; a record whose checksum fails is a
// miss. (merrow only ever renames a whole file over another; something
// else truncating the file in place while a process has it mapped is not
// guarded against: that process may die of SIGBUS.) Size bound: kMaxRecordBytes (8 MiB) of records; past it the oldest
// are dropped at the next flush (a process also keeps at most that much new).
// Thread-safe.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace merrow {

class DiskCache {
 public:
  static constexpr size_t kMaxRecordBytes = 8u << 20;
  static constexpr size_t kMaxValueBytes = 64u << 10;  // larger values are not kept

  // `stamp_valid(stored)`: whether the file's stamp still describes this
  // system (else the file counts as empty). `stamp_now()`: the stamp to write,
  // "" when it cannot be told yet (then the stamp the file had is kept, or
  // nothing is written).
  DiskCache(std::string path, std::function<bool(std::string_view)> stamp_valid,
            std::function<std::string()> stamp_now, size_t max_record_bytes = kMaxRecordBytes);
  ~DiskCache();
  DiskCache(const DiskCache&) = delete;
  DiskCache& operator=(const DiskCache&) = delete;

  std::optional<std::string> find(std::string_view key) const;
  void put(std::string key, std::string value);
  // Writes the entries added since the last flush (no-op without any).
  // Best effort: I/O errors leave the file as it was.
  void flush();

 private:
  struct Mapping {
    const unsigned char* data = nullptr;
    size_t size = 0;
    std::string stamp;
    uint32_t slots = 0;
    size_t table = 0, records = 0, records_end = 0;
  };
  static std::optional<Mapping> open(const std::string& path, const std::function<bool(std::string_view)>& valid);
  static std::optional<std::string_view> lookup(const Mapping& map, std::string_view key);
  static void unmap(Mapping& map);

  std::string path_;
  size_t max_record_bytes_;
  std::function<bool(std::string_view)> stamp_valid_;
  std::function<std::string()> stamp_now_;
  mutable std::mutex mutex_;
  Mapping map_;
  std::unordered_map<std::string, std::string> added_;
  std::vector<std::string> order_;  // added_'s keys, in order of addition
  size_t added_bytes_ = 0;          // kept below max_record_bytes_ in long-running processes
  bool dirty_ = false;
};

// The process-wide cache of text shaping and glyph outlines:
// $XDG_CACHE_HOME/merrow/text-<build>.cache (else ~/.cache/merrow/...), one
// file per build of merrow (its GNU build id), at most 16 such files; its
// stamp also holds the HarfBuzz library (path, size, mtime), so a rebuilt
// merrow or an upgraded HarfBuzz starts afresh (fonts are keyed per entry by
// path, size and mtime). nullptr when MERROW_NO_CACHE is set
// (non-empty) or there is no cache directory. Flushed by ~FontMeasurer.
DiskCache* text_cache();
// text_cache()->flush() when text_cache() was ever called (never opens it).
void flush_text_cache();

// "dev:inode:size:mtime" of a file (following links), "" when it cannot be
// stat'ed: what keys an entry computed from that file.
std::string file_identity(const char* path);
// 8 bytes standing for `identity` in keys (a 64-bit hash: keys stay short).
std::string cache_key_of(std::string_view identity);

// The directory merrow's caches live in ("" when there is none, or when
// MERROW_NO_CACHE disables them): $XDG_CACHE_HOME/merrow or ~/.cache/merrow.
std::string cache_dir();

}  // namespace merrow
