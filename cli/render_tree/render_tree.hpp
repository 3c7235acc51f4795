// `merrow render DIR|FILE... --out-dir D`: every diagram of every Markdown
// (.md, .markdown) and Mermaid (.mmd, .mermaid) file below the given paths, in
// one process, on a pool of threads; and the single-page pipe mode of the doc
// integrations (`merrow render - --stdin-filename page.md --rewrite --inline -o -`).
//
// Images are content-addressed: D/<hash>.<ext>, the hash covering the diagram
// text, the format and every option, merrow's version and the fonts (the
// fontconfig stamp and the resolved default faces' files). An image already in
// the cache directory (the out dir unless --cache-dir) is not drawn again, and
// identical diagrams are drawn once. Results are collected by input order, so
// the output bytes never depend on -j.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "render/render_diagram.hpp"

namespace merrow::cli {

struct TreeOptions {
  std::vector<std::string> inputs;  // files, directories, or one "-" (stdin, a Markdown page)
  std::string out_dir;              // images (+ rewritten pages); "" in pipe mode with --inline
  std::string cache_dir;            // "" = out_dir (none in pipe mode without one)
  std::string root;                 // file inputs are placed relative to it ("" = by file name)
  std::string output;               // pipe mode: where the rewritten page goes ("-" = stdout)
  std::string stdin_filename;       // pipe mode: the name errors carry
  unsigned stdin_first_line = 1;    // pipe mode: host line of stdin's first line (front matter cut off)
  std::string manifest, depfile, config_path;
  unsigned jobs = 0;                // 0 = every core
  bool rewrite = false, inline_svg = false, in_place = false, quiet = false;
  bool prune_cache = false;         // remove the cache entries this run did not use (cache_prune.hpp)
  ImageFormat format = ImageFormat::svg;
  RenderSettings settings;
};

// Exit 0 all drawn (or skipped), 1 a diagram failed, 2 usage or I/O error.
int run_render_tree(const TreeOptions& options);

// Shared with the single-file `merrow render`.
bool read_all(const std::string& path, std::string& text);  // "-" = stdin
std::string write_atomically(const std::string& path, const std::string& data);  // "" or the error; a regenerable output
// "FILE:LINE:COL: not rendered: MESSAGE" at the diagnostic's host position; "" when no error.
std::string first_error(const Source& source, const ParseResult& parsed);

}  // namespace merrow::cli
