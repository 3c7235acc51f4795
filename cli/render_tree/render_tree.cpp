#include "cli/render_tree/render_tree.hpp"
#include "cli/limit_flags.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <thread>

#include "cli/render_tree/cache_prune.hpp"
#include "cli/render_tree/content_hash.hpp"
#include "cli/render_tree/progress.hpp"
#include "grammar/markdown.hpp"
#include "grammar/markdown_rewrite.hpp"
#include "grammar/parse.hpp"
#include "io/atomic_file.hpp"
#include "render/text/font_cache.hpp"
#include "render/text/font_resolver.hpp"

namespace fs = std::filesystem;

namespace merrow::cli {

bool read_all(const std::string& path, std::string& text) {
  std::optional<std::string> read = io::read_input(path);
  if (read) text = std::move(*read);
  return read.has_value();
}

std::string write_atomically(const std::string& path, const std::string& data) { return io::write_output(path, data); }

namespace {

// A syntax error, positioned in the diagram's own text so that any occurrence can place it.
struct SyntaxError {
  uint32_t offset = 0;
  std::string message;  // "not rendered: ... [CODE] (see `merrow lint`)"
};

std::optional<SyntaxError> syntax_error(const ParseResult& parsed) {
  const auto error = std::find_if(parsed.diagnostics.begin(), parsed.diagnostics.end(),
                                  [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (error == parsed.diagnostics.end()) return std::nullopt;
  return SyntaxError{error->span.begin, "not rendered: " + error->message + " [" + error->code + "] (see `merrow lint`)"};
}

std::string at_host(const Source& source, uint32_t offset, const std::string& message) {
  const Position at = source.position(offset);
  return source.origin() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + message;
}

}  // namespace

std::string first_error(const Source& source, const ParseResult& parsed) {
  const auto error = syntax_error(parsed);
  return error ? at_host(source, error->offset, error->message) : "";
}

namespace {

enum class Kind { markdown, mermaid };

struct Page {
  std::string path;      // as found (errors, manifest, depfile)
  std::string relative;  // where its rewritten copy goes below the out dir
  Kind kind = Kind::markdown;
  std::string text;
  std::vector<MarkdownBlock> blocks;  // a .mmd file is one block: the whole text
};

struct Occurrence {
  size_t page, block;
  size_t unique;  // index into the distinct diagrams
};

enum class Outcome { pending, drawn, cached, skipped, failed };

struct Distinct {
  std::string hash;
  size_t first;  // its first occurrence (the one drawn)
  Outcome outcome = Outcome::pending;
  std::string image;  // the bytes when drawn here or needed inline
  std::string error;        // why drawing failed
  std::optional<SyntaxError> syntax;  // why it does not parse
};

bool is_markdown_path(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".md" || ext == ".markdown";
}
bool is_mermaid_path(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".mmd" || ext == ".mermaid";
}

std::string extension_of(ImageFormat f) {
  return f == ImageFormat::png ? ".png" : f == ImageFormat::pdf ? ".pdf" : ".svg";
}

bool below(const fs::path& path, const fs::path& dir) {
  if (dir.empty()) return false;
  std::error_code ec;
  const fs::path a = fs::weakly_canonical(path, ec), b = fs::weakly_canonical(dir, ec);
  auto [end, _] = std::mismatch(b.begin(), b.end(), a.begin(), a.end());
  return end == b.end();
}

// The pages named by the inputs, sorted so the run order never depends on the file system.
bool collect_pages(const TreeOptions& o, std::vector<Page>& pages) {
  for (const std::string& input : o.inputs) {
    std::error_code ec;
    if (fs::is_directory(input, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(input, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        if (it->is_directory() && below(it->path(), o.out_dir)) {
          it.disable_recursion_pending();  // never read our own output back
          continue;
        }
        if (it->is_regular_file() && (is_markdown_path(it->path()) || is_mermaid_path(it->path())))
          found.push_back(it->path());
      }
      std::sort(found.begin(), found.end());
      for (const fs::path& p : found)
        pages.push_back({p.string(), p.lexically_relative(input).string(),
                         is_mermaid_path(p) ? Kind::mermaid : Kind::markdown, {}, {}});
    } else if (fs::is_regular_file(input, ec)) {
      const fs::path p(input);
      std::string relative = o.root.empty() ? p.filename().string() : fs::relative(p, o.root, ec).string();
      pages.push_back({input, relative, is_mermaid_path(p) ? Kind::mermaid : Kind::markdown, {}, {}});
    } else {
      std::cerr << "merrow: cannot read " << input << '\n';
      return false;
    }
  }
  return true;
}

// What besides the text decides an image's bytes.
std::string settings_key(const TreeOptions& o) {
  const ImageOptions& im = o.settings.image;
  const Limits& l = o.settings.limits;
  std::string key = std::string("merrow ") + MERROW_VERSION + "|" + extension_of(o.format) + "|" +
                    o.settings.theme.value_or("") + "|" + o.settings.config.dump() + "|" +
                    std::to_string(im.scale) + "|" + (im.width ? std::to_string(*im.width) : "-") + "|" +
                    (im.height ? std::to_string(*im.height) : "-") + "|" + im.svg_id + "|";
  if (im.background) key += std::to_string(im.background->r) + "," + std::to_string(im.background->g) + "," +
                            std::to_string(im.background->b) + "," + std::to_string(im.background->a);
  for (uint64_t limit : {l.max_input_bytes, l.max_nodes, l.max_edges, l.max_label_bytes, l.max_nesting,
                         l.max_output_pixels})
    key.append("|").append(std::to_string(limit));  // not `"|" + string&&`: GCC 12's false -Wrestrict
  // The fonts: the configuration's stamp, and the identity of the faces the default family list and
  // the fallback resolve to (a font file replaced in place keeps the directory's mtime).
  key.append("|").append(font_config_stamp());
  for (const FontFile& f : {resolve_font(FontSpec{}.family, false, false), resolve_font(FontSpec{}.family, true, false),
                            fallback_font(false, false)}) {
    struct stat st {};
    ::stat(f.file.c_str(), &st);
    key += "|" + f.file + "#" + std::to_string(f.index) + "," + std::to_string(st.st_size) + "," +
           std::to_string(static_cast<long long>(st.st_mtime));
  }
  return key;
}

// The image's path as the page sees it: from the page's copy below the out dir, or (in place)
// from the source page to the out dir.
std::string relative_link(const std::string& image, const Page& page, const TreeOptions& o) {
  if (!o.in_place) return fs::path(image).lexically_relative(fs::path(page.relative).parent_path()).generic_string();
  const fs::path target = fs::absolute(fs::path(o.out_dir) / image);
  return target.lexically_relative(fs::absolute(page.path).parent_path()).generic_string();
}

std::string inline_svg(const std::string& svg) {
  std::string_view body = svg;
  if (body.starts_with("<?xml")) body.remove_prefix(std::min(body.size(), body.find('\n') + 1));
  while (body.ends_with('\n')) body.remove_suffix(1);
  // A <div> opens a CommonMark HTML block (type 6): Markdown leaves it alone up to a blank line,
  // and the SVG holds none.
  return "<div class=\"merrow\">\n" + std::string(body) + "\n</div>\n";
}

std::string depfile_escape(const std::string& path) {
  std::string out;
  for (char c : path) {
    if (c == ' ' || c == '#' || c == '\\') out.push_back('\\');
    if (c == '$') out.push_back('$');
    out.push_back(c);
  }
  return out;
}

}  // namespace

int run_render_tree(const TreeOptions& o) {
  const bool pipe = o.inputs.size() == 1 && o.inputs.front() == "-";
  if (o.inline_svg && o.format != ImageFormat::svg) {
    std::cerr << "merrow: --inline needs --format svg\n";
    return 2;
  }
  if (pipe && !o.inline_svg && o.out_dir.empty()) {
    std::cerr << "merrow: reading stdin without --inline needs --out-dir for the images\n";
    return 2;
  }
  if (pipe && o.prune_cache) {
    std::cerr << "merrow: --prune-cache needs the whole docs tree as inputs, not one page on stdin\n";
    return 2;
  }
  if (!pipe && o.out_dir.empty() && !(o.in_place && o.inline_svg)) {
    std::cerr << "merrow: several inputs, a directory or a docs-tree option need --out-dir D (the images)\n";
    return 2;
  }
  std::vector<Page> pages;
  if (pipe) {
    pages.push_back({o.stdin_filename.empty() ? "<stdin>" : o.stdin_filename, "", Kind::markdown, {}, {}});
    pages.back().relative = fs::path(pages.back().path).filename().string();
    if (!read_all("-", pages.back().text)) return 2;
  } else if (!collect_pages(o, pages)) {
    return 2;
  }
  const std::string cache_dir = !o.cache_dir.empty() ? o.cache_dir : o.out_dir;
  std::error_code ec;
  for (const std::string& dir : {o.out_dir, cache_dir})
    if (!dir.empty() && !fs::create_directories(dir, ec) && ec) {
      std::cerr << "merrow: cannot create " << dir << '\n';
      return 2;
    }

  const std::string key = settings_key(o);
  std::vector<Occurrence> occurrences;
  std::vector<Distinct> distinct;
  std::map<std::string, size_t> by_hash;
  for (size_t p = 0; p < pages.size(); ++p) {
    Page& page = pages[p];
    if (!pipe && !read_all(page.path, page.text)) {
      std::cerr << "merrow: cannot read " << page.path << '\n';
      return 2;
    }
    if (page.kind == Kind::mermaid) {
      MarkdownBlock whole;
      whole.text = page.text;
      page.blocks.push_back(std::move(whole));
    } else {
      page.blocks = extract_mermaid_blocks(page.text);
      if (pipe)
        for (MarkdownBlock& b : page.blocks) b.first_line += o.stdin_first_line - 1;
    }
    for (size_t b = 0; b < page.blocks.size(); ++b) {
      const std::string hash = ContentHash().add(key).add(page.blocks[b].text).hex();
      auto [it, added] = by_hash.emplace(hash, distinct.size());
      if (added) distinct.push_back({hash, occurrences.size(), Outcome::pending, {}, {}, std::nullopt});
      occurrences.push_back({p, b, it->second});
    }
  }
  const auto image_path = [&](const std::string& dir, const Distinct& d) {
    return (fs::path(dir) / (d.hash + extension_of(o.format))).string();
  };
  // What the cache remembers of a diagram it holds no image of: HASH.undrawn (empty: a type merrow
  // does not draw) or HASH.error (the syntax error's offset in the diagram text, a line break, the message).
  const auto marker = [&](const std::string& dir, const Distinct& d, const char* suffix) {
    return (fs::path(dir) / (d.hash + suffix)).string();
  };
  const auto source_of = [&](const Occurrence& oc) {
    const Page& page = pages[oc.page];
    return page.kind == Kind::mermaid ? Source(page.path, page.text) : block_source(page.path, page.blocks[oc.block]);
  };

  // The cache: an image already there is not drawn again. A separate cache is pruned by age
  // (cache_prune.hpp), so a hit there refreshes the entry's mtime; out-dir entries are outputs and
  // keep theirs.
  const bool aged_cache = !cache_dir.empty() && cache_dir != o.out_dir;
  const auto hit = [&](const std::string& entry) {
    if (aged_cache) mark_used(entry);
    return true;
  };
  std::vector<size_t> work;
  for (size_t i = 0; i < distinct.size(); ++i) {
    if (!cache_dir.empty() && fs::exists(image_path(cache_dir, distinct[i]), ec) &&
        hit(image_path(cache_dir, distinct[i]))) {
      distinct[i].outcome = Outcome::cached;
    } else if (!cache_dir.empty() && fs::exists(marker(cache_dir, distinct[i], ".undrawn"), ec) &&
               hit(marker(cache_dir, distinct[i], ".undrawn"))) {
      distinct[i].outcome = Outcome::skipped;  // a type merrow does not draw: known without parsing
    } else if (std::string known; !cache_dir.empty() && read_all(marker(cache_dir, distinct[i], ".error"), known) &&
                                  known.find('\n') != std::string::npos && hit(marker(cache_dir, distinct[i], ".error"))) {
      distinct[i].outcome = Outcome::failed;  // a syntax error: known without parsing
      distinct[i].syntax = SyntaxError{static_cast<uint32_t>(std::strtoul(known.c_str(), nullptr, 10)),
                                       known.substr(known.find('\n') + 1)};
    } else {
      work.push_back(i);
    }
  }

  std::atomic<size_t> next{0}, done{0};
  // Read by the progress bar while the pool runs (outcome is not: it is read after the join).
  std::vector<std::atomic<bool>> finished(distinct.size());
  for (size_t i = 0; i < distinct.size(); ++i) finished[i] = distinct[i].outcome != Outcome::pending;
  const auto files_done = [&] {
    std::vector<bool> open(pages.size(), false);
    for (const Occurrence& oc : occurrences)
      if (!finished[oc.unique].load(std::memory_order_acquire)) open[oc.page] = true;
    return static_cast<size_t>(std::count(open.begin(), open.end(), false));
  };
  std::atomic<bool> io_failed{false};
  const auto worker = [&] {
    const FontMeasurer fonts;  // one per thread: no lock shared across the pool
    for (size_t w; (w = next.fetch_add(1)) < work.size(); finished[work[w]].store(true, std::memory_order_release),
                                                           done.fetch_add(1)) {
      Distinct& d = distinct[work[w]];
      const Source source = source_of(occurrences[d.first]);
      ParseResult parsed = parse_diagram(source, o.settings.limits);
      // Past mermaid's maxEdges: drawn, with a warning, as the single-file path does.
      warn_past_mermaid_limits(parsed, o.settings.config, source.origin() + ":" + std::to_string(source.first_line()));
      if (!parsed.supported) {
        d.outcome = Outcome::skipped;
        if (!cache_dir.empty()) write_atomically(marker(cache_dir, d, ".undrawn"), "");  // best effort
        continue;
      }
      if (!parsed.ok()) {
        d.outcome = Outcome::failed;  // a duplicate elsewhere reports its own position below
        d.syntax = syntax_error(parsed);
        if (d.syntax && !cache_dir.empty())  // best effort
          write_atomically(marker(cache_dir, d, ".error"), std::to_string(d.syntax->offset) + "\n" + d.syntax->message);
        continue;
      }
      RenderedImage image = render_diagram(parsed, o.format, o.settings, fonts);
      if (!image.ok()) {
        d.outcome = Outcome::failed;
        d.error = image.error;
        continue;
      }
      if (!cache_dir.empty()) {
        if (std::string error = write_atomically(image_path(cache_dir, d), image.data); !error.empty()) {
          std::cerr << "merrow: " << error << '\n';
          io_failed = true;
        }
      }
      d.image = std::move(image.data);
      d.outcome = Outcome::drawn;
    }
  };
  unsigned jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, std::max<size_t>(work.size(), 1)));
  {
    Progress progress(!o.quiet && ::isatty(2), pages.size(), occurrences.size(), work.size());
    std::vector<std::thread> pool;
    // With a bar the main thread only draws it; without one it is a worker too.
    for (unsigned j = progress.enabled() ? 0 : 1; j < jobs; ++j) pool.emplace_back(worker);
    if (progress.enabled()) {
      while (done.load() < work.size()) progress.update(done.load(), files_done()), progress.wait();
    } else {
      worker();
    }
    for (std::thread& t : pool) t.join();
    progress.finish();
  }

  // Report, in input order: errors at each occurrence's own host position.
  int status = io_failed ? 2 : 0;
  size_t drawn = 0, cached = 0, skipped = 0, failed = 0;
  for (const Occurrence& oc : occurrences) {
    const Distinct& d = distinct[oc.unique];
    const bool first = d.first == static_cast<size_t>(&oc - occurrences.data());
    switch (d.outcome) {
      case Outcome::drawn: (first ? drawn : cached) += 1; break;
      case Outcome::cached: cached += 1; break;
      case Outcome::skipped: skipped += 1; break;
      case Outcome::pending: break;
      case Outcome::failed: {
        failed += 1;
        status = std::max(status, 1);
        const Source source = source_of(oc);
        // Each occurrence at its own host position.
        const std::string message = d.syntax ? at_host(source, d.syntax->offset, d.syntax->message)
                                             : at_host(source, 0, d.error.empty() ? "not rendered" : d.error);
        std::cerr << "merrow: " << message << '\n';
      }
    }
  }

  // An image is there for every drawn or cached diagram; inline needs its bytes.
  const auto image_bytes = [&](Distinct& d) -> const std::string& {
    if (d.image.empty() && !cache_dir.empty()) read_all(image_path(cache_dir, d), d.image);
    return d.image;
  };
  if (!o.out_dir.empty() && cache_dir != o.out_dir) {
    for (Distinct& d : distinct)
      if (d.outcome == Outcome::drawn || d.outcome == Outcome::cached) {
        // An identical copy is not written again (reading is cheaper than an fsynced write).
        if (std::string old; read_all(image_path(o.out_dir, d), old) && old == image_bytes(d)) continue;
        if (std::string error = write_atomically(image_path(o.out_dir, d), image_bytes(d)); !error.empty()) {
          std::cerr << "merrow: " << error << '\n';
          return 2;
        }
      }
  }

  std::vector<std::string> written;  // outputs, for the depfile
  if (o.rewrite || o.in_place) {
    for (size_t p = 0; p < pages.size(); ++p) {
      Page& page = pages[p];
      if (page.kind != Kind::markdown) continue;
      std::vector<BlockReplacement> replacements;
      for (const Occurrence& oc : occurrences) {
        if (oc.page != p) continue;
        Distinct& d = distinct[oc.unique];
        if (d.outcome != Outcome::drawn && d.outcome != Outcome::cached) continue;  // left to the site's mermaid
        const std::string text = o.inline_svg
                                     ? inline_svg(image_bytes(d))
                                     : "![diagram](" + relative_link(d.hash + extension_of(o.format), page, o) + ")\n";
        replacements.push_back(replace_block(page.text, page.blocks[oc.block], text));
      }
      const std::string out = rewrite_markdown(page.text, std::move(replacements));
      std::string target = pipe ? (o.output.empty() ? "-" : o.output)
                         : o.in_place ? page.path
                                      : (fs::path(o.out_dir) / page.relative).string();
      if (o.in_place && out == page.text) continue;  // nothing drawn: the file is not touched
      // An unchanged copy is not written again (a cached re-run reads instead of writing).
      if (std::string old; target != "-" && !o.in_place && read_all(target, old) && old == out) {
        written.push_back(target);
        continue;
      }
      if (target != "-") fs::create_directories(fs::path(target).parent_path(), ec);
      // --in-place replaces the user's own page: durable (fsynced), unlike the drawn copies.
      const auto durability = o.in_place ? io::Durability::durable : io::Durability::regenerable;
      if (std::string error = io::write_output(target, out, durability); !error.empty()) {
        std::cerr << "merrow: " << error << '\n';
        return 2;
      }
      if (target != "-") written.push_back(target);
    }
  }

  if (!o.manifest.empty()) {
    nlohmann::json entries = nlohmann::json::array();
    for (const Occurrence& oc : occurrences) {
      const Distinct& d = distinct[oc.unique];
      const Page& page = pages[oc.page];
      const bool has_image = d.outcome == Outcome::drawn || d.outcome == Outcome::cached;
      const std::string dir = o.out_dir.empty() ? cache_dir : o.out_dir;
      entries.push_back({{"source", page.path},
                         {"line", page.kind == Kind::mermaid ? 1u : page.blocks[oc.block].first_line - 1},
                         {"output", has_image && !dir.empty() ? nlohmann::json(image_path(dir, d)) : nlohmann::json()},
                         {"hash", d.hash},
                         {"status", has_image ? "drawn" : d.outcome == Outcome::skipped ? "skipped" : "failed"}});
    }
    if (std::string error = write_atomically(o.manifest, entries.dump(2) + "\n"); !error.empty()) {
      std::cerr << "merrow: " << error << '\n';
      return 2;
    }
    written.insert(written.begin(), o.manifest);
  }
  if (!o.depfile.empty()) {
    if (!o.out_dir.empty())
      for (const Distinct& d : distinct)
        if (d.outcome == Outcome::drawn || d.outcome == Outcome::cached) written.push_back(image_path(o.out_dir, d));
    // One target, the first output (the manifest, else the first page or image): Ninja rejects a
    // depfile naming outputs its edge does not declare, and the build rule names this one.
    std::string deps = written.empty() ? std::string(o.depfile) : depfile_escape(written.front());
    deps += ":";
    for (const Page& page : pages)
      if (page.path != "<stdin>") deps += " " + depfile_escape(page.path);
    if (!o.config_path.empty()) deps += " " + depfile_escape(o.config_path);
    if (std::string error = write_atomically(o.depfile, deps + "\n"); !error.empty()) {
      std::cerr << "merrow: " << error << '\n';
      return 2;
    }
  }

  size_t pruned = 0;
  if (status != 2 && (o.prune_cache || aged_cache)) {
    std::set<std::string> used;
    for (const Distinct& d : distinct) used.insert(d.hash);
    std::vector<std::string> dirs = {cache_dir};
    if (o.prune_cache && !o.out_dir.empty() && o.out_dir != cache_dir) dirs.push_back(o.out_dir);
    const auto now = fs::file_time_type::clock::now();
    for (const std::string& dir : dirs) {
      const bool whole_tree = o.prune_cache || dir != cache_dir;
      const PruneReport report = prune_cache(dir, used, whole_tree ? std::chrono::seconds(0) : kCacheMaxAge, now);
      pruned += report.removed;
      for (const std::string& error : report.errors) std::cerr << "merrow: warning: " << error << '\n';
    }
  }

  if (!o.quiet)
    std::cerr << "merrow: " << pages.size() << (pages.size() == 1 ? " file, " : " files, ") << occurrences.size()
              << " diagrams: " << drawn << " drawn, " << cached << " cached, " << skipped << " skipped, " << failed
              << " failed" << (pruned ? ", " + std::to_string(pruned) + " pruned" : std::string()) << "\n";
  return status;
}

}  // namespace merrow::cli
