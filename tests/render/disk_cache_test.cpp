// The on-disk cache under shaping and outlines (render/text/disk_cache.hpp):
// entries survive a reload, and any damaged, foreign or stale file is
// read as empty (never a crash), and a rewrite makes it whole again.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

#include "render/text/disk_cache.hpp"

using namespace merrow;

namespace {

struct TempDir {
  std::filesystem::path dir = std::filesystem::temp_directory_path() /
                              ("merrow-disk-cache-test-" + std::to_string(::getpid()));
  TempDir() {
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
  }
  ~TempDir() { std::filesystem::remove_all(dir); }
  std::string file() const { return (dir / "sub" / "test.cache").string(); }
};

DiskCache cache_at(const std::string& path, const std::string& stamp = "stamp-1",
                   size_t bound = DiskCache::kMaxRecordBytes) {
  return DiskCache(path, [stamp](std::string_view s) { return s == stamp; }, [stamp] { return stamp; }, bound);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// Values with every byte value, including NUL, as shaping output has.
std::string key_of(const char* prefix, int a, int b = -1) {
  std::string key = prefix;
  key += std::to_string(a);
  if (b >= 0) key.append("-").append(std::to_string(b));
  return key;
}

std::string value_for(int i) {
  std::string v;
  for (int k = 0; k < 40 + i % 13; ++k) v += static_cast<char>((i * 7 + k * 31) & 0xff);
  return v;
}

}  // namespace

TEST_CASE("disk cache: entries survive a reload, byte for byte") {
  TempDir tmp;
  {
    DiskCache cache = cache_at(tmp.file());
    CHECK(!cache.find("a"));
    for (int i = 0; i < 200; ++i) cache.put(key_of("key", i), value_for(i));
    cache.put(std::string("nul\0key", 7), std::string("\0\1\2", 3));
    CHECK(cache.find("key7") == value_for(7));  // before any flush too
    cache.flush();
  }
  DiskCache again = cache_at(tmp.file());
  for (int i = 0; i < 200; ++i) CHECK(again.find(key_of("key", i)) == value_for(i));
  CHECK(again.find(std::string("nul\0key", 7)) == std::string("\0\1\2", 3));
  CHECK(!again.find("key200"));
  CHECK(!again.find("nul"));
  // A second process's additions merge with what the file holds.
  again.put("more", "x");
  again.flush();
  DiskCache third = cache_at(tmp.file());
  CHECK(third.find("more") == std::string("x"));
  CHECK(third.find("key199") == value_for(199));
}

TEST_CASE("disk cache: another stamp, format or a damaged file reads as empty, and is rewritten whole") {
  TempDir tmp;
  {
    DiskCache cache = cache_at(tmp.file());
    for (int i = 0; i < 50; ++i) cache.put(key_of("key", i), value_for(i));
    cache.flush();
  }
  const std::string good = read_file(tmp.file());
  REQUIRE(good.size() > 1000);
  CHECK(!cache_at(tmp.file(), "stamp-2").find("key1"));  // a stale stamp

  auto damaged_reads_empty_then_heals = [&](const std::string& bytes) {
    write_file(tmp.file(), bytes);
    {
      DiskCache cache = cache_at(tmp.file());
      for (int i = 0; i < 50; ++i) {
        auto hit = cache.find(key_of("key", i));
        if (hit) CHECK(*hit == value_for(i));  // what still reads is right, or a miss
      }
      cache.put("fresh", "value");
      cache.flush();
    }
    DiskCache healed = cache_at(tmp.file());
    CHECK(healed.find("fresh") == std::string("value"));
  };
  SECTION("truncated") {
    for (size_t keep : {size_t{0}, size_t{10}, size_t{47}, size_t{48}, good.size() / 2, good.size() - 1}) {
      damaged_reads_empty_then_heals(good.substr(0, keep));
      CHECK(!cache_at(tmp.file()).find("key49"));  // the truncated file was not merged
    }
  }
  SECTION("garbage and foreign files") {
    std::string garbage;
    for (size_t i = 0; i < good.size(); ++i) garbage += static_cast<char>((i * 2654435761u) >> 13);
    damaged_reads_empty_then_heals(garbage);
    damaged_reads_empty_then_heals("merrow-fonts 1 stamp\nsome\tfont\tfile\n");  // another cache's format
    std::string other_version = good;
    other_version[8] = 2;  // format 2
    damaged_reads_empty_then_heals(other_version);
    std::string huge_table = good;
    huge_table[28] = '\xff';  // slot count no longer matches the layout
    damaged_reads_empty_then_heals(huge_table);
  }
  SECTION("one flipped byte in every position: a miss at worst, never a wrong value") {
    for (size_t at = 0; at < good.size(); at += 7) {
      std::string flipped = good;
      flipped[at] = static_cast<char>(flipped[at] ^ 0x5a);
      write_file(tmp.file(), flipped);
      DiskCache cache = cache_at(tmp.file());
      for (int i = 0; i < 50; i += 3) {
        auto hit = cache.find(key_of("key", i));
        if (hit) CHECK(*hit == value_for(i));
      }
    }
  }
}

TEST_CASE("disk cache: the file stays bounded; the oldest entries go first") {
  TempDir tmp;
  const size_t bound = 1u << 20;
  const std::string big(16u << 10, 'v');
  const int rounds = static_cast<int>(bound / big.size()) + 8;
  for (int round = 0; round < rounds; round += 4) {
    DiskCache cache = cache_at(tmp.file(), "stamp-1", bound);
    for (int i = round; i < round + 4; ++i) cache.put(key_of("big", i), big);
    cache.flush();
  }
  CHECK(std::filesystem::file_size(tmp.file()) <= bound + (4u << 10));
  DiskCache cache = cache_at(tmp.file(), "stamp-1", bound);
  CHECK(!cache.find("big0"));
  CHECK(cache.find(key_of("big", rounds - 1)) == big);
  // A process adds at most the bound, and a value over the limit is not kept at all.
  for (int i = 0; i < rounds; ++i) cache.put(key_of("new", i), big);
  CHECK(cache.find("new0"));
  CHECK(!cache.find(key_of("new", rounds - 1)));
  cache.put("too-big", std::string(DiskCache::kMaxValueBytes + 1, 'x'));
  CHECK(!cache.find("too-big"));
}

TEST_CASE("disk cache: writers racing never leave a torn file") {
  TempDir tmp;
  std::vector<std::thread> writers;
  for (int t = 0; t < 8; ++t)
    writers.emplace_back([&, t] {
      for (int round = 0; round < 10; ++round) {
        DiskCache cache = cache_at(tmp.file());
        for (int i = 0; i < 20; ++i) cache.put(key_of("t", t, i), value_for(t + i));
        cache.flush();
      }
    });
  for (auto& w : writers) w.join();
  // The surviving file is whole: every entry it has reads back right, and
  // the last writer's entries are all there.
  DiskCache cache = cache_at(tmp.file());
  int found = 0;
  for (int t = 0; t < 8; ++t)
    for (int i = 0; i < 20; ++i)
      if (auto hit = cache.find(key_of("t", t, i))) {
        CHECK(*hit == value_for(t + i));
        ++found;
      }
  CHECK(found >= 20);
  size_t temp_files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(tmp.dir / "sub"))
    temp_files += entry.path().filename() != "test.cache";
  CHECK(temp_files == 0);
}

TEST_CASE("disk cache: MERROW_NO_CACHE and XDG_CACHE_HOME choose the directory") {
  const char* old_xdg = std::getenv("XDG_CACHE_HOME");
  const std::string saved = old_xdg ? old_xdg : "";
  ::setenv("XDG_CACHE_HOME", "/some/where", 1);
  CHECK(cache_dir() == "/some/where/merrow");
  ::setenv("MERROW_NO_CACHE", "1", 1);
  CHECK(cache_dir().empty());
  ::unsetenv("MERROW_NO_CACHE");
  if (old_xdg) ::setenv("XDG_CACHE_HOME", saved.c_str(), 1);
  else ::unsetenv("XDG_CACHE_HOME");
}
