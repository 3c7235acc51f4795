#include "io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace merrow::io {
namespace {

namespace fs = std::filesystem;

std::string failure(const std::string& path, int error) {
  return "cannot write " + path + ": " + std::strerror(error);
}

// The file a write to `path` lands in: a symlink's final target, else `path`.
fs::path landing_path(const std::string& path) {
  std::error_code ignored;
  if (fs::is_symlink(path, ignored)) {
    if (fs::path resolved = fs::weakly_canonical(path, ignored); !ignored) return resolved;
  }
  return path;
}

// Opens a fresh temporary next to `target`; sets `name`. -1 with errno on failure.
int open_temporary(const fs::path& target, std::string& name) {
  static std::atomic<unsigned long> counter{0};
  // Built by appending: `"." + std::string&&` trips GCC 12's false -Wrestrict (PR 105651).
  std::string hidden(1, '.');
  hidden.append(target.filename().string()).append(".merrow-").append(std::to_string(::getpid())).append("-");
  const std::string prefix = (target.parent_path() / hidden).string();
  for (int attempt = 0; attempt < 64; ++attempt) {
    name = prefix + std::to_string(counter.fetch_add(1, std::memory_order_relaxed)) + ".tmp";
    const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;  // EEXIST: a stale file of an earlier process with our pid
  }
  errno = EEXIST;
  return -1;
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

}  // namespace

std::string write_file_atomically(const std::string& path, std::string_view data, Durability durability) {
  const fs::path target = landing_path(path);
  std::string temporary;
  const int fd = open_temporary(target, temporary);
  if (fd < 0) return failure(path, errno);
  int error = 0;
  const auto step = [&error](bool done) {
    if (!done && error == 0) error = errno ? errno : EIO;
  };
  errno = 0;
  step(write_all(fd, data));
  // Keep the replaced file's permissions (an executable script, a page private to its owner).
  if (struct stat old {}; error == 0 && ::stat(target.c_str(), &old) == 0 && S_ISREG(old.st_mode))
    step(::fchmod(fd, old.st_mode & 07777) == 0);
  if (error == 0 && durability == Durability::durable) step(::fsync(fd) == 0);
  step(::close(fd) == 0);
  if (error == 0) step(std::rename(temporary.c_str(), target.c_str()) == 0);
  if (error == 0) return "";
  ::unlink(temporary.c_str());
  return failure(path, error);
}

std::string write_output(const std::string& path, std::string_view data, Durability durability) {
  if (path != "-") return write_file_atomically(path, data, durability);
  std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
  std::cout.flush();
  return std::cout ? "" : "cannot write to stdout";
}

std::optional<std::string> read_input(const std::string& path, std::string* why) {
  const auto fail = [&](const char* reason) -> std::optional<std::string> {
    if (why) *why = reason;
    return std::nullopt;
  };
  if (path == "-") {
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    if (std::cin.bad()) return fail("cannot read it");
    return text;
  }
  std::error_code ignored;
  if (fs::is_directory(path, ignored)) return fail("is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(fs::exists(path, ignored) ? "cannot read it" : "no such file");
  std::string text(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) return fail("cannot read it");
  return text;
}

}  // namespace merrow::io
