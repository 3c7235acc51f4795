// Font resolution cache file. Format (text, one record a line):
//   merrow-fonts 1 <stamp>
//   <key>\t<file>\t<index>\t<family>\t<bold>\t<italic>
#include "render/text/font_cache.hpp"

#include "io/atomic_file.hpp"
#include "render/text/disk_cache.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace merrow {
namespace {

std::string cache_path() {
  const std::string dir = cache_dir();  // "" with MERROW_NO_CACHE or no home
  return dir.empty() ? dir : dir + "/fonts.cache";
}

void stamp_path(std::ostringstream& out, const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0)
    out << path << ':' << st.st_mtim.tv_sec << '.' << st.st_mtim.tv_nsec << ';';
}

}  // namespace

std::string font_config_stamp() {
  std::ostringstream out;
  for (const char* var : {"FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT"})
    if (const char* v = std::getenv(var)) out << var << '=' << v << ';';
  std::string home = std::getenv("HOME") ? std::getenv("HOME") : "";
  // Adding or removing a font changes its directory's mtime; editing the
  // configuration changes conf.d or fonts.conf. Subdirectories one level
  // down cover the Debian layout (/usr/share/fonts/truetype/<package>).
  for (const std::string& dir :
       {std::string("/etc/fonts"), std::string("/etc/fonts/conf.d"), std::string("/etc/fonts/fonts.conf"),
        std::string("/usr/share/fonts"), std::string("/usr/share/fonts/truetype"),
        std::string("/usr/share/fonts/opentype"), std::string("/usr/share/fonts/truetype/dejavu"),
        std::string("/usr/share/fonts/truetype/liberation"), std::string("/usr/local/share/fonts"),
        home + "/.fonts", home + "/.local/share/fonts", home + "/.config/fontconfig"})
    stamp_path(out, dir);
  return out.str();
}

FontCache::FontCache() : path_(cache_path()), stamp_(font_config_stamp()) {
  if (path_.empty()) return;
  std::ifstream in(path_);
  std::string line;
  if (!std::getline(in, line) || line != "merrow-fonts 1 " + stamp_) return;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string key, file, index, family, bold, italic;
    if (!std::getline(fields, key, '\t') || !std::getline(fields, file, '\t') ||
        !std::getline(fields, index, '\t') || !std::getline(fields, family, '\t') ||
        !std::getline(fields, bold, '\t') || !std::getline(fields, italic))
      continue;
    if (::access(file.c_str(), R_OK) != 0) continue;  // a removed font: re-resolve
    entries_[key] = FontFile{file, std::atoi(index.c_str()), family, bold == "1", italic == "1"};
  }
}

std::optional<FontFile> FontCache::find(const std::string& key) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return std::nullopt;
  return it->second;
}

void FontCache::store(const std::string& key, const FontFile& font) {
  entries_[key] = font;
  if (path_.empty()) return;
  std::ostringstream out;
  out << "merrow-fonts 1 " << stamp_ << '\n';
  for (const auto& [k, f] : entries_)
    out << k << '\t' << f.file << '\t' << f.index << '\t' << f.family << '\t' << (f.bold ? 1 : 0) << '\t'
        << (f.italic ? 1 : 0) << '\n';
  std::error_code ignored;
  std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), ignored);
  io::write_file_atomically(path_, out.str(), io::Durability::regenerable);  // best effort, as the text cache
}

}  // namespace merrow
