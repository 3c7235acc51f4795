// The cache file (see disk_cache.hpp), native byte order:
//   header  "MRWCACH1" u32 format, u32 0x01020304 (byte order), u64 file size,
//           u32 stamp length, u32 slots (a power of two), u32 records offset,
//           u32 reserved, u64 records end                           (48 bytes)
//   stamp   bytes, padded to 4
//   table   u32 [slots]: a record's offset, 0 = empty (open addressing,
//           linear probing from hash(key) & (slots - 1))
//   records u32 key length, u32 value length, u64 hash(key),
//           u32 checksum(key, value), key, value                    (in order of age)
#include "render/text/disk_cache.hpp"

#include <dirent.h>
#include <dlfcn.h>
#include <elf.h>
#include <link.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unordered_set>

#include "io/atomic_file.hpp"
#include "render/text/harfbuzz_api.hpp"

namespace merrow {
namespace {

constexpr char kMagic[8] = {'M', 'R', 'W', 'C', 'A', 'C', 'H', '1'};
constexpr uint32_t kFormat = 2;
constexpr uint32_t kByteOrder = 0x01020304;
constexpr size_t kHeaderBytes = 48;
constexpr size_t kRecordHeaderBytes = 20;

// Eight bytes a step (values are glyph outlines of a few hundred bytes,
// looked up on every warm run), each word mixed in by multiply + xorshift.
uint64_t hash64(std::string_view bytes) {
  const char* p = bytes.data();
  size_t n = bytes.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    h = (h ^ word) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 29;
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}

uint32_t checksum(std::string_view key, std::string_view value) {
  const uint64_t h = hash64(value) ^ (hash64(key) * 31);
  return static_cast<uint32_t>(h ^ (h >> 32));
}

template <typename T>
T load(const unsigned char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <typename T>
void store(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

template <typename T>
void store_at(std::string& out, size_t at, T v) {
  std::memcpy(out.data() + at, &v, sizeof v);
}

size_t pad4(size_t n) { return (n + 3) & ~size_t{3}; }

struct Record {
  std::string_view key, value;
};

// The record at `offset`, when it lies inside the records and its checksum holds.
std::optional<Record> record_at(const unsigned char* data, size_t begin, size_t end, size_t offset) {
  if (offset < begin || offset > end || end - offset < kRecordHeaderBytes) return std::nullopt;
  const uint32_t key_length = load<uint32_t>(data + offset);
  const uint32_t value_length = load<uint32_t>(data + offset + 4);
  if (uint64_t{key_length} + value_length > end - offset - kRecordHeaderBytes) return std::nullopt;
  const char* bytes = reinterpret_cast<const char*>(data + offset + kRecordHeaderBytes);
  Record r{{bytes, key_length}, {bytes + key_length, value_length}};
  if (load<uint32_t>(data + offset + 16) != checksum(r.key, r.value)) return std::nullopt;
  return r;
}

size_t record_bytes(const Record& r) { return kRecordHeaderBytes + r.key.size() + r.value.size(); }

}  // namespace

DiskCache::DiskCache(std::string path, std::function<bool(std::string_view)> stamp_valid,
                     std::function<std::string()> stamp_now, size_t max_record_bytes)
    : path_(std::move(path)), max_record_bytes_(max_record_bytes), stamp_valid_(std::move(stamp_valid)), stamp_now_(std::move(stamp_now)) {
  if (auto map = open(path_, stamp_valid_)) map_ = *map;
}

DiskCache::~DiskCache() { unmap(map_); }

void DiskCache::unmap(Mapping& map) {
  if (map.data) ::munmap(const_cast<unsigned char*>(map.data), map.size);
  map = {};
}

std::optional<DiskCache::Mapping> DiskCache::open(const std::string& path,
                                                  const std::function<bool(std::string_view)>& valid) {
  if (path.empty()) return std::nullopt;
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  Mapping map;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) >= kHeaderBytes) {
    map.size = static_cast<size_t>(st.st_size);
    void* p = ::mmap(nullptr, map.size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) map.data = static_cast<const unsigned char*>(p);
  }
  ::close(fd);
  if (!map.data) return std::nullopt;
  const unsigned char* d = map.data;
  const uint32_t stamp_length = load<uint32_t>(d + 24);
  map.slots = load<uint32_t>(d + 28);
  map.records = load<uint32_t>(d + 32);
  const uint64_t records_end = load<uint64_t>(d + 40);
  map.table = kHeaderBytes + pad4(stamp_length);
  const bool ok = std::memcmp(d, kMagic, sizeof kMagic) == 0 && load<uint32_t>(d + 8) == kFormat &&
                  load<uint32_t>(d + 12) == kByteOrder && load<uint64_t>(d + 16) == map.size &&
                  stamp_length <= map.size && map.slots > 0 && (map.slots & (map.slots - 1)) == 0 &&
                  map.table + uint64_t{4} * map.slots == map.records && map.records <= records_end &&
                  records_end == map.size;
  if (!ok) {
    unmap(map);
    return std::nullopt;
  }
  map.records_end = records_end;
  map.stamp.assign(reinterpret_cast<const char*>(d + kHeaderBytes), stamp_length);
  if (!valid(map.stamp)) {
    unmap(map);
    return std::nullopt;
  }
  return map;
}

std::optional<std::string_view> DiskCache::lookup(const Mapping& map, std::string_view key) {
  if (!map.data) return std::nullopt;
  const uint64_t h = hash64(key);
  const uint32_t mask = map.slots - 1;
  for (uint32_t probe = 0, i = static_cast<uint32_t>(h) & mask; probe < map.slots; ++probe, i = (i + 1) & mask) {
    const uint32_t offset = load<uint32_t>(map.data + map.table + 4 * size_t{i});
    if (offset == 0) return std::nullopt;
    if (offset < map.records || offset > map.records_end || map.records_end - offset < kRecordHeaderBytes)
      return std::nullopt;
    if (load<uint64_t>(map.data + offset + 8) != h || load<uint32_t>(map.data + offset) != key.size()) continue;
    auto r = record_at(map.data, map.records, map.records_end, offset);
    if (!r) return std::nullopt;  // corrupt: a miss
    if (r->key == key) return r->value;
  }
  return std::nullopt;
}

std::optional<std::string> DiskCache::find(std::string_view key) const {
  std::lock_guard lock(mutex_);
  if (!added_.empty()) {
    if (auto it = added_.find(std::string(key)); it != added_.end()) return it->second;
  }
  if (auto v = lookup(map_, key)) return std::string(*v);
  return std::nullopt;
}

void DiskCache::put(std::string key, std::string value) {
  if (path_.empty() || value.size() > kMaxValueBytes || key.size() > kMaxValueBytes) return;
  std::lock_guard lock(mutex_);
  const size_t bytes = kRecordHeaderBytes + key.size() + value.size();
  if (added_bytes_ + bytes > max_record_bytes_) return;
  auto [it, added] = added_.try_emplace(std::move(key), std::move(value));
  if (!added) return;
  order_.push_back(it->first);
  added_bytes_ += bytes;
  dirty_ = true;
}

void DiskCache::flush() {
  std::lock_guard lock(mutex_);
  if (!dirty_ || path_.empty()) return;
  dirty_ = false;
  // The file as it is now: another process may have replaced it since we opened it.
  std::optional<Mapping> now = open(path_, stamp_valid_);
  std::string stamp = stamp_now_();
  if (stamp.empty() && now) stamp = now->stamp;
  if (stamp.empty() && map_.data) stamp = map_.stamp;
  if (stamp.empty()) {
    if (now) unmap(*now);
    return;
  }
  // Records to keep, oldest first: the file's (unless superseded), then ours.
  std::vector<Record> records;
  if (now && now->stamp == stamp) {
    size_t at = now->records;
    while (at < now->records_end) {
      auto r = record_at(now->data, now->records, now->records_end, at);
      if (!r) break;
      at += record_bytes(*r);
      if (!added_.count(std::string(r->key))) records.push_back(*r);
    }
  }
  for (const std::string& key : order_) records.push_back({key, added_.at(key)});
  size_t total = 0, first = records.size();
  while (first > 0 && total + record_bytes(records[first - 1]) <= max_record_bytes_)
    total += record_bytes(records[--first]);  // newest kept, oldest dropped past the bound

  const size_t count = records.size() - first;
  uint32_t slots = 16;
  while (slots < 2 * count) slots *= 2;
  std::string out;
  out.append(kMagic, sizeof kMagic);
  store(out, kFormat);
  store(out, kByteOrder);
  store(out, uint64_t{0});  // file size, below
  store(out, static_cast<uint32_t>(stamp.size()));
  store(out, slots);
  store(out, uint32_t{0});  // records offset, below
  store(out, uint32_t{0});
  store(out, uint64_t{0});  // records end, below
  out.append(stamp);
  out.resize(kHeaderBytes + pad4(stamp.size()), '\0');
  const size_t table = out.size();
  out.resize(table + 4 * size_t{slots}, '\0');
  const size_t records_offset = out.size();  // offsets fit in u32: records are bounded by max_record_bytes_ (< 4 GiB)
  for (size_t i = first; i < records.size(); ++i) {
    const Record& r = records[i];
    const uint64_t h = hash64(r.key);
    uint32_t slot = static_cast<uint32_t>(h) & (slots - 1);
    while (load<uint32_t>(reinterpret_cast<const unsigned char*>(out.data()) + table + 4 * size_t{slot}) != 0)
      slot = (slot + 1) & (slots - 1);
    store_at(out, table + 4 * size_t{slot}, static_cast<uint32_t>(out.size()));
    store(out, static_cast<uint32_t>(r.key.size()));
    store(out, static_cast<uint32_t>(r.value.size()));
    store(out, h);
    store(out, checksum(r.key, r.value));
    out.append(r.key);
    out.append(r.value);
  }
  store_at(out, 16, static_cast<uint64_t>(out.size()));
  store_at(out, 32, static_cast<uint32_t>(records_offset));
  store_at(out, 40, static_cast<uint64_t>(out.size()));
  if (now) unmap(*now);

  std::error_code ignored;
  std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), ignored);
  io::write_file_atomically(path_, out, io::Durability::regenerable);  // best effort: a cache that cannot be written is a cache miss next time
}

std::string cache_dir() {
  if (const char* off = std::getenv("MERROW_NO_CACHE"); off && *off) return {};
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/merrow";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/merrow";
  return {};
}

std::string file_identity(const char* path) {
  struct stat st {};
  if (::stat(path, &st) != 0) return {};
  return std::to_string(st.st_dev) + ':' + std::to_string(st.st_ino) + ':' + std::to_string(st.st_size) + ':' +
         std::to_string(st.st_mtim.tv_sec) + '.' + std::to_string(st.st_mtim.tv_nsec);
}

std::string cache_key_of(std::string_view identity) {
  const uint64_t h = hash64(identity);
  return std::string(reinterpret_cast<const char*>(&h), sizeof h);
}

namespace {

std::atomic<DiskCache*> opened{nullptr};

struct BuildId {
  const void* code;
  std::string id;
};

int find_build_id(dl_phdr_info* info, size_t, void* data) {
  auto& wanted = *static_cast<BuildId*>(data);
  const auto address = reinterpret_cast<ElfW(Addr)>(wanted.code);
  bool contains = false;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type == PT_LOAD && address >= info->dlpi_addr + ph.p_vaddr &&
        address < info->dlpi_addr + ph.p_vaddr + ph.p_memsz)
      contains = true;
  }
  if (!contains) return 0;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    const auto* p = reinterpret_cast<const unsigned char*>(info->dlpi_addr + ph.p_vaddr);
    const unsigned char* end = p + ph.p_memsz;
    while (end - p >= 12) {
      const uint32_t name_size = load<uint32_t>(p), desc_size = load<uint32_t>(p + 4), type = load<uint32_t>(p + 8);
      const size_t name_at = 12, desc_at = name_at + pad4(name_size), next = desc_at + pad4(desc_size);
      if (static_cast<size_t>(end - p) < next) break;
      if (type == NT_GNU_BUILD_ID && name_size == 4 && std::memcmp(p + name_at, "GNU", 4) == 0) {
        static const char hex[] = "0123456789abcdef";
        for (uint32_t k = 0; k < desc_size; ++k) {
          wanted.id += hex[p[desc_at + k] >> 4];
          wanted.id += hex[p[desc_at + k] & 15];
        }
        return 1;
      }
      p += next;
    }
  }
  return 1;
}

// The build of the binary holding this code (merrow, a test, a program
// linking libmerrow): a rebuilt or upgraded merrow may shape or draw
// differently. Its GNU build id, read from memory (also right under
// valgrind, where /proc/self/exe is valgrind); else the file's identity.
std::string merrow_identity() {
  BuildId wanted{reinterpret_cast<const void*>(&find_build_id), {}};
  dl_iterate_phdr(find_build_id, &wanted);
  if (!wanted.id.empty()) return "build-id " + wanted.id;
  Dl_info info{};
  if (::dladdr(reinterpret_cast<void*>(&find_build_id), &info) && info.dli_fname &&
      std::strstr(info.dli_fname, ".so"))
    return file_identity(info.dli_fname);
  return file_identity("/proc/self/exe");
}

// Stamp: "merrow <identity>\n" env "\nharfbuzz <path>\n<identity of that file>".
std::string stamp_head() {
  std::string head = "merrow " + merrow_identity() + "\n";
  for (const char* var : {"LD_LIBRARY_PATH", "LD_PRELOAD"})
    if (const char* v = std::getenv(var)) head.append(var).append("=").append(v).append(";");
  return head + "\nharfbuzz ";
}

// Each build of merrow (the merrow and merrow-mmdc binaries, a test, a
// program linking libmerrow) has its own file, so that they do not rewrite
// one another's; a build's first run removes all but the newest
// kKeptFiles - 1 files of other builds (bounding the directory at
// kKeptFiles x kMaxRecordBytes).
constexpr size_t kKeptFiles = 16;

void remove_old_text_caches(const std::string& dir) {
  DIR* listing = ::opendir(dir.c_str());
  if (!listing) return;
  std::vector<std::pair<int64_t, std::string>> files;  // (mtime, path)
  while (const dirent* entry = ::readdir(listing)) {
    const std::string_view name = entry->d_name;
    if (!name.starts_with("text-") || !name.ends_with(".cache")) continue;
    const std::string path = dir + "/" + std::string(name);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) files.emplace_back(int64_t{st.st_mtim.tv_sec}, path);
  }
  ::closedir(listing);
  if (files.size() < kKeptFiles) return;
  std::sort(files.begin(), files.end());
  for (size_t i = 0; i + kKeptFiles - 1 < files.size(); ++i) std::remove(files[i].second.c_str());
}

}  // namespace

DiskCache* text_cache() {
  static DiskCache* cache = [] () -> DiskCache* {
    const std::string dir = cache_dir();
    if (dir.empty()) return nullptr;
    const std::string head = stamp_head();
    const uint64_t build = hash64(head);
    static const char hex[] = "0123456789abcdef";
    std::string path = dir + "/text-";
    for (int shift = 60; shift >= 0; shift -= 4) path += hex[(build >> shift) & 15];
    path += ".cache";
    if (::access(path.c_str(), F_OK) != 0) remove_old_text_caches(dir);
    auto valid = [head](std::string_view stamp) {
      if (!stamp.starts_with(head)) return false;
      const std::string_view rest = stamp.substr(head.size());
      const size_t newline = rest.find('\n');
      if (newline == std::string_view::npos) return false;
      const std::string library(rest.substr(0, newline));
      const std::string identity = file_identity(library.c_str());
      return !identity.empty() && rest.substr(newline + 1) == identity;
    };
    auto now = [head]() -> std::string {
      const std::string library = harfbuzz_library_path();  // "" while HarfBuzz is not loaded
      if (library.empty()) return {};
      const std::string identity = file_identity(library.c_str());
      return identity.empty() ? std::string() : head + library + "\n" + identity;
    };
    auto* created = new DiskCache(path, valid, now);  // never deleted: flushed from destructors at exit
    opened.store(created, std::memory_order_release);
    return created;
  }();
  return cache;
}

void flush_text_cache() {
  if (DiskCache* cache = opened.load(std::memory_order_acquire)) cache->flush();
}

}  // namespace merrow
