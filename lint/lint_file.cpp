#include "lint/lint_file.hpp"

#include <algorithm>

#include "grammar/markdown.hpp"
#include "grammar/parse.hpp"
#include "lint/registry.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

// Maps a diagram Source's byte offsets to the host file's bytes: the
// diagram's local line L is host line first_line+L, with `indent`
// characters that the block extraction stripped.
class HostMap {
 public:
  HostMap(const Source& host, const Source& diagram) : host_(host), diagram_(diagram) {}

  uint32_t host_offset(uint32_t local) const {
    local = std::min<uint32_t>(local, static_cast<uint32_t>(diagram_.text().size()));
    const uint32_t local_line = diagram_.position(local).line - diagram_.first_line();
    const uint32_t column_bytes = local - diagram_.line_start(local_line);
    const uint32_t host_line = diagram_.first_line() - 1 + local_line;
    if (host_line >= host_.line_count()) return static_cast<uint32_t>(host_.text().size());
    const uint32_t line_begin = host_.line_start(host_line);
    const std::string_view line = host_.line_at(line_begin);
    uint32_t skipped = 0;
    for (uint32_t chars = 0; chars < diagram_.indent() && skipped < line.size(); ++chars) {
      ++skipped;  // one character: a lead byte and its continuation bytes
      while (skipped < line.size() && (static_cast<unsigned char>(line[skipped]) & 0xC0) == 0x80) ++skipped;
    }
    return std::min<uint32_t>(line_begin + skipped + column_bytes, static_cast<uint32_t>(host_.text().size()));
  }

 private:
  const Source& host_;
  const Source& diagram_;
};

constexpr size_t kShownLineBytes = 240;  // longer lines are cut to a window

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

ShownLine shown_line(const Source& host, uint32_t offset) {
  const std::string_view line = host.line_at(offset);
  if (line.size() <= kShownLineBytes) return {std::string(line), 1};
  const auto line_begin = static_cast<size_t>(line.data() - host.text().data());
  const size_t at = std::min<size_t>(offset - std::min<size_t>(offset, line_begin), line.size());
  size_t from = at > kShownLineBytes / 2 ? at - kShownLineBytes / 2 : 0;
  size_t to = std::min(line.size(), from + kShownLineBytes);
  while (from > 0 && is_continuation(line[from])) --from;
  while (to < line.size() && is_continuation(line[to])) ++to;
  ShownLine out;
  out.first_column = host.position(static_cast<uint32_t>(line_begin + from)).column;
  if (from > 0) {
    out.text = "…";
    --out.first_column;  // the mark stands in the column before the window
  }
  out.text.append(line.substr(from, to - from));
  if (to < line.size()) out.text += "…";
  return out;
}

LocatedDiagnostic locate(const Diagnostic& diagnostic, const Source& host, const HostMap& map) {
  LocatedDiagnostic out;
  out.code = diagnostic.code;
  out.name = diagnostic.name;
  out.severity = diagnostic.severity;
  out.message = diagnostic.message;
  out.label = diagnostic.label;
  const uint32_t begin = map.host_offset(diagnostic.span.begin);
  const uint32_t end = std::max(begin, map.host_offset(diagnostic.span.end));
  out.start = host.position(begin);
  out.end = host.position(end);
  out.line = shown_line(host, begin);
  for (const auto& note : diagnostic.notes) {
    LocatedNote located{note.message, std::nullopt, {}};
    if (note.span) {
      const uint32_t at = map.host_offset(note.span->begin);
      located.position = host.position(at);
      located.line = shown_line(host, at);
    }
    out.notes.push_back(std::move(located));
  }
  if (diagnostic.fix) {
    LocatedFix fix{diagnostic.fix->message, diagnostic.fix->safe, {}};
    for (const auto& edit : diagnostic.fix->edits) {
      const uint32_t edit_begin = map.host_offset(edit.span.begin);
      const uint32_t edit_end = std::max(edit_begin, map.host_offset(edit.span.end));
      fix.edits.push_back({edit_begin, edit_end, host.position(edit_begin), host.position(edit_end),
                           edit.replacement});
    }
    out.fix = std::move(fix);
  }
  return out;
}

// A file-level diagnostic at a host byte offset.
LocatedDiagnostic file_problem(std::string_view code, const Source& host, uint32_t offset, std::string message) {
  const RuleInfo& info = rule(code);
  LocatedDiagnostic out;
  out.code = std::string(info.code);
  out.name = std::string(info.name);
  out.severity = info.severity;
  out.message = std::move(message);
  out.start = out.end = host.position(offset);
  out.end.column += 1;
  out.line = shown_line(host, offset);
  return out;
}

// Byte offset of the first invalid UTF-8 sequence, or npos.
size_t first_invalid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    uint32_t code_point = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    const uint32_t minimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code_point < minimum[length] || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return i;  // overlong, out of range or a surrogate
    }
    i += length;
  }
  return std::string_view::npos;
}

bool parses_cleanly(const Source& diagram, const LintOptions& options) {
  const ParseResult parse = parse_diagram(diagram, options.limits);
  return std::none_of(parse.diagnostics.begin(), parse.diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; });
}

void lint_diagram(const Source& host, const Source& diagram, const LintOptions& options, FileReport& report) {
  const ParseResult parse = parse_diagram(diagram, options.limits);
  const HostMap map(host, diagram);
  for (const auto& diagnostic : lint(parse, diagram, options)) {
    report.diagnostics.push_back(locate(diagnostic, host, map));
  }
  ++report.diagrams;
}

// The block CommonMark reads from the fence at `fence_begin` (to a closing
// line or the end of the page): what a Markdown renderer hands to mermaid.
std::optional<MarkdownBlock> commonmark_block(std::string_view page, uint32_t fence_begin) {
  for (auto& block : extract_mermaid_blocks(page))
    if (block.fence.begin == fence_begin) return std::move(block);
  return std::nullopt;
}

// M005: a fence that never closes, or whose closing fence is glued to the
// last diagram line. An error when the text a Markdown renderer would give
// mermaid (the rest of the page) does not parse, a warning when it still does.
void report_fence(const Source& host, const MarkdownBlock& block, const LintOptions& options, FileReport& report,
                  bool& lint_block) {
  lint_block = true;
  if (block.closed || !options.selection.enabled("M005")) return;
  const auto read_by_renderer = commonmark_block(host.text(), block.fence.begin);
  const bool fails = read_by_renderer && !parses_cleanly(block_source(report.path, *read_by_renderer), options);
  const uint32_t open_line = block.first_line - 1;
  const std::string_view opening = host.line_at(block.fence.begin);
  const std::string_view markers = trim(opening).substr(0, trim(opening).find_first_not_of(trim(opening)[0]));
  LocatedDiagnostic d;
  if (block.glued_close != 0) {
    d = file_problem("M005", host, block.glued_close,
                     "the closing " + std::string(markers) + " must start its own line: glued to the text, it does "
                     "not close the fence opened on line " + std::to_string(open_line));
    d.label = "a Markdown renderer reads the rest of the page into the diagram";
    const std::string_view prefix = opening.substr(0, opening.find(markers));
    const std::string insert = "\n" + std::string(prefix);
    d.fix = LocatedFix{"put the closing " + std::string(markers) + " on a line of its own", true,
                       {{block.glued_close, block.glued_close, host.position(block.glued_close),
                         host.position(block.glued_close), insert}}};
  } else {
    d = file_problem("M005", host, block.fence.begin,
                     "the " + std::string(trim(opening)) + " fence opened on line " + std::to_string(open_line) +
                         " is not closed: the rest of the page is read as the diagram");
    d.label = "add a line " + std::string(markers) + " after the diagram's last line";
    lint_block = !fails;  // the prose after it is not Mermaid: one report is enough
  }
  d.severity = options.selection.severity_of("M005", fails ? Severity::error : Severity::warning);
  report.diagnostics.push_back(std::move(d));
}

// `<!-- merrow-disable-next-line M213 M220 -->` on the line right above a
// fence: the Markdown author's place for a suppression (a `%%` comment would
// be inside the diagram). It covers the whole block; rules only, as `%%`
// comments (syntax errors cannot be suppressed). Codes or names, space or comma separated.
std::vector<std::string> markdown_suppressions(const Source& host, const MarkdownBlock& block) {
  if (block.fence.begin == 0) return {};
  const std::string_view above = trim(host.line_at(block.fence.begin - 1));
  constexpr std::string_view kOpen = "<!--", kClose = "-->";
  if (!above.starts_with(kOpen) || !above.ends_with(kClose)) return {};
  std::string_view body = trim(above.substr(kOpen.size(), above.size() - kOpen.size() - kClose.size()));
  for (const std::string_view keyword : {"merrow-disable-next-line", "merrow-disable"}) {
    if (!body.starts_with(keyword)) continue;
    body.remove_prefix(keyword.size());
    std::vector<std::string> codes;
    std::string word;
    for (const char c : std::string(body) + " ") {
      if (c == ' ' || c == ',' || c == '\t') {
        if (!word.empty()) codes.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
    return codes;
  }
  return {};
}

void lint_markdown(const Source& host, const LintOptions& options, FileReport& report) {
  for (const auto& block : extract_mermaid_blocks_for_lint(host.text())) {
    bool lint_block = true;
    report_fence(host, block, options, report, lint_block);
    if (lint_block) {
      const size_t first = report.diagnostics.size();
      lint_diagram(host, block_source(report.path, block), options, report);
      const auto codes = markdown_suppressions(host, block);
      if (!codes.empty()) {
        const auto suppressed = [&](const LocatedDiagnostic& d) {
          if (find_rule(d.code) == nullptr) return false;  // syntax errors stay
          return std::any_of(codes.begin(), codes.end(), [&](const std::string& c) {
            const RuleInfo* info = find_rule(c);
            return c == "ALL" || (info != nullptr && info->code == d.code);
          });
        };
        report.diagnostics.erase(std::remove_if(report.diagnostics.begin() + static_cast<std::ptrdiff_t>(first),
                                                report.diagnostics.end(), suppressed),
                                 report.diagnostics.end());
      }
    } else {
      ++report.diagrams;
    }
  }
}

}  // namespace

bool FileReport::has_errors() const {
  return !io_error.empty() || std::any_of(diagnostics.begin(), diagnostics.end(), [](const LocatedDiagnostic& d) {
           return d.severity == Severity::error;
         });
}

FileKind kind_of_path(std::string_view path) {
  for (const std::string_view extension : {".md", ".markdown", ".mdx", ".MD"}) {
    if (path.ends_with(extension)) return FileKind::markdown;
  }
  return FileKind::diagram;
}

FileReport lint_text(std::string path, std::string content, FileKind kind, const LintOptions& options) {
  FileReport report;
  report.path = std::move(path);
  // The text lives in `host` while it is linted and moves to the report at
  // the end: one copy of a file that may be tens of megabytes, not two.
  Source host(report.path, std::move(content));
  const std::string& text = host.text();
  if (const size_t nul = text.find('\0'); nul != std::string::npos) {
    report.diagnostics.push_back(file_problem("M002", host, static_cast<uint32_t>(nul),
                                              "the file contains a NUL byte; it is binary, not a diagram"));
  } else if (const size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    report.diagnostics.push_back(file_problem("M001", host, static_cast<uint32_t>(bad),
                                              "the file is not valid UTF-8 (byte " + std::to_string(bad) + ")"));
  } else if (kind == FileKind::diagram) {
    lint_diagram(host, host, options, report);
  } else {
    lint_markdown(host, options, report);
  }
  std::stable_sort(report.diagnostics.begin(), report.diagnostics.end(),
                   [](const LocatedDiagnostic& a, const LocatedDiagnostic& b) {
                     if (a.start.line != b.start.line) return a.start.line < b.start.line;
                     return a.start.column < b.start.column;
                   });
  report.content = std::move(host).take_text();
  return report;
}

}  // namespace merrow::lint
