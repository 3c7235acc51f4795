// The on-disk cache of font resolutions (see font_resolver.hpp). One small
// text file; a stale stamp drops every entry. Writes are atomic (temp file +
// rename) so concurrent merrow processes never read a torn file.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "render/text/font_resolver.hpp"

namespace merrow {

class FontCache {
 public:
  // Loads the cache file (if any) and checks its stamp against the system.
  FontCache();
  std::optional<FontFile> find(const std::string& key) const;
  // Records an entry and rewrites the file (best effort: I/O errors ignored).
  void store(const std::string& key, const FontFile& font);

 private:
  std::string path_;
  std::string stamp_;
  std::map<std::string, FontFile> entries_;
};

// The stamp of the current font configuration (mtimes of fontconfig's config
// files and the font directories, FONTCONFIG_* variables).
std::string font_config_stamp();

}  // namespace merrow
