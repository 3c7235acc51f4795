#include "io/atomic_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using merrow::io::read_input;
using merrow::io::write_file_atomically;

namespace {

fs::path scratch_root() { return fs::temp_directory_path() / ("merrow-io-test-" + std::to_string(::getpid())); }

// Removed when the test process ends.
const struct ScratchCleanup {
  ~ScratchCleanup() {
    std::error_code ignored;
    fs::remove_all(scratch_root(), ignored);
  }
} scratch_cleanup;

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = scratch_root() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

unsigned mode_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

size_t entries(const fs::path& dir) { return size_t(std::distance(fs::directory_iterator(dir), {})); }

}  // namespace

TEST_CASE("a new file holds the bytes, gets 0666 minus the umask, and no temporary stays") {
  const fs::path dir = fresh_dir("new");
  const std::string bytes("a\0b\r\nc", 6);
  const mode_t mask = ::umask(027);
  const std::string error = write_file_atomically((dir / "out.svg").string(), bytes);
  ::umask(mask);
  REQUIRE(error.empty());
  CHECK(contents(dir / "out.svg") == bytes);
  CHECK(mode_of(dir / "out.svg") == 0640);
  CHECK(entries(dir) == 1);
}

TEST_CASE("replacing a file keeps its permission bits") {
  const fs::path dir = fresh_dir("modes");
  for (const unsigned mode : {0755u, 0600u, 0444u}) {
    const fs::path target = dir / ("file-" + std::to_string(mode));
    std::ofstream(target) << "old";
    REQUIRE(::chmod(target.c_str(), mode) == 0);
    REQUIRE(write_file_atomically(target.string(), "new").empty());
    CHECK(contents(target) == "new");
    CHECK(mode_of(target) == mode);
  }
  CHECK(entries(dir) == 3);
}

TEST_CASE("writing through a symlink replaces the file it points at and keeps the link") {
  const fs::path dir = fresh_dir("link");
  std::ofstream(dir / "real.md") << "old";
  fs::create_symlink("real.md", dir / "link.md");
  REQUIRE(write_file_atomically((dir / "link.md").string(), "new").empty());
  CHECK(fs::is_symlink(dir / "link.md"));
  CHECK(contents(dir / "real.md") == "new");
}

TEST_CASE("a failed write names the file and the reason, and leaves the target as it was") {
  const fs::path dir = fresh_dir("fail");
  const std::string missing = (dir / "no-such-dir" / "out.png").string();
  CHECK(write_file_atomically(missing, "x") == "cannot write " + missing + ": No such file or directory");

  if (::geteuid() != 0) {  // root writes into a read-only directory anyway
    const fs::path locked = dir / "locked";
    fs::create_directories(locked);
    std::ofstream(locked / "page.md") << "kept";
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    const std::string error = write_file_atomically((locked / "page.md").string(), "lost?");
    fs::permissions(locked, fs::perms::owner_all);
    CHECK(error == "cannot write " + (locked / "page.md").string() + ": Permission denied");
    CHECK(contents(locked / "page.md") == "kept");
    CHECK(entries(locked) == 1);
  }
}

TEST_CASE("threads writing one target leave one complete version, never a mix") {
  const fs::path dir = fresh_dir("race");
  const fs::path target = dir / "shared.svg";
  std::vector<std::string> versions;
  for (char c = 'a'; c < 'i'; ++c) versions.emplace_back(200000, c);
  std::vector<std::thread> writers;
  std::vector<std::string> errors(versions.size());
  for (size_t i = 0; i < versions.size(); ++i)
    writers.emplace_back([&, i] {
      for (int round = 0; round < 5; ++round)
        if (std::string e = write_file_atomically(target.string(), versions[i]); !e.empty()) errors[i] = e;
    });
  for (auto& t : writers) t.join();
  for (const auto& e : errors) CHECK(e.empty());
  const std::string final_bytes = contents(target);
  CHECK(std::set<std::string>(versions.begin(), versions.end()).count(final_bytes) == 1);
  CHECK(entries(dir) == 1);
}

TEST_CASE("read_input reads whole files and refuses directories and missing files") {
  const fs::path dir = fresh_dir("read");
  std::ofstream(dir / "in.mmd", std::ios::binary) << std::string("graph TD\0A", 10);
  CHECK(read_input((dir / "in.mmd").string()) == std::string("graph TD\0A", 10));
  std::string why;
  CHECK_FALSE(read_input(dir.string(), &why).has_value());
  CHECK(why == "is a directory");
  CHECK_FALSE(read_input((dir / "absent.mmd").string(), &why).has_value());
  CHECK(why == "no such file");
}

TEST_CASE("a regenerable output is written and replaced as a durable one, only without the fsync") {
  const fs::path dir = fresh_dir("regenerable");
  const fs::path target = dir / "image.svg";
  REQUIRE(merrow::io::write_file_atomically(target.string(), "old", merrow::io::Durability::regenerable).empty());
  fs::permissions(target, fs::perms(0600));
  REQUIRE(merrow::io::write_output(target.string(), "<svg/>").empty());  // write_output: regenerable by default
  CHECK(contents(target) == "<svg/>");
  CHECK(mode_of(target) == 0600);
  CHECK(entries(dir) == 1);
  CHECK(merrow::io::write_output((dir / "missing/x.svg").string(), "x").find("cannot write ") == 0);
}
