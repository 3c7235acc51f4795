// Words and habits: keyword typos and case (`classdef`, `Subgraph`), header
// typos (`flowchar`, `graph td`), other languages' comments and arrows
// (`//`, `->`, `→`), `class A, B hot`, a keyword used as a node id, and a
// subgraph title ending in `end` (which takes the line break with it).
#include <array>
#include <cctype>
#include <vector>

#include "lint/guidance/guidance.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint::guidance {
namespace {

const std::vector<std::string_view> kStatementKeywords = {"classDef", "linkStyle", "subgraph", "click",
                                                          "style",    "class",     "direction", "accTitle",
                                                          "accDescr"};

bool iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// The keyword a misspelt word stands for: same letters in another case, or
// (for words of 4+ letters) within edit distance 1, 2 for long ones.
std::string_view keyword_meant(std::string_view word, const std::vector<std::string_view>& keywords) {
  for (const auto k : keywords)
    if (iequal(word, k)) return word == k ? std::string_view{} : k;
  if (word.size() < 4) return {};
  std::string_view best;
  size_t best_distance = word.size() >= 7 ? 3 : 2;
  for (const auto k : keywords) {
    const size_t distance = edit_distance(word, k);
    if (distance < best_distance) best = k, best_distance = distance;
  }
  return best;
}

std::pair<size_t, size_t> first_word(std::string_view line) {
  const size_t begin = line.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return {0, 0};
  size_t end = begin;
  while (end < line.size() && std::isalpha(static_cast<unsigned char>(line[end]))) ++end;
  return {begin, end};
}

bool suggest_word(Site& site, size_t begin, size_t end, std::string_view meant, std::string_view what) {
  const std::string_view word = site.line.substr(begin, end - begin);
  const bool case_only = iequal(word, meant);
  Diagnostic& d = site.diagnostic;
  d.message = "unknown " + std::string(what) + " " + backticked(word) + ": did you mean " + backticked(meant) + "?";
  d.label = case_only ? "keywords are case-sensitive" : "not a mermaid keyword";
  d.notes.clear();
  d.span = {site.line_begin + static_cast<uint32_t>(begin), site.line_begin + static_cast<uint32_t>(end)};
  d.fix = replace(d.span.begin, d.span.end, std::string(meant), "write " + backticked(meant), case_only);
  return true;
}

}  // namespace

Fix replace(uint32_t begin, uint32_t end, std::string replacement, std::string message, bool safe) {
  return Fix{std::move(message), {{{begin, end}, std::move(replacement)}}, safe};
}

void rename(Diagnostic& diagnostic, std::string_view code, std::string_view name) {
  diagnostic.code = std::string(code);
  diagnostic.name = std::string(name);
}

bool explain_keyword_typo(Site& site) {
  if (site.diagnostic.code != "M111") return false;
  const auto [begin, end] = first_word(site.line);
  if (end == begin || end >= site.line.size() || site.line[end] != ' ') return false;
  if (site.at < site.line_begin + end) return false;  // the error is in the word itself: something else
  const std::string_view meant = keyword_meant(site.line.substr(begin, end - begin), kStatementKeywords);
  if (meant.empty()) return false;
  return suggest_word(site, begin, end, meant, "statement");
}

bool explain_header_typo(Site& site) {
  const std::string_view code = site.diagnostic.code;
  if (code == "M100") {
    // `graph td`: directions are upper-case.
    const size_t at = site.column();
    size_t end = at;
    while (end < site.line.size() && std::isalpha(static_cast<unsigned char>(site.line[end]))) ++end;
    std::string upper(site.line.substr(at, end - at));
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper != "TD" && upper != "TB" && upper != "LR" && upper != "RL" && upper != "BT") return false;
    site.diagnostic.message = "the direction " + backticked(site.line.substr(at, end - at)) +
                              " must be written in capitals: " + backticked(upper);
    site.diagnostic.fix = replace(site.at, site.at + static_cast<uint32_t>(end - at), upper, "write " + backticked(upper), true);
    return true;
  }
  if (code != "M201" && code != "M151") return false;
  const auto [begin, end] = first_word(site.line);
  if (end == begin) return false;
  const std::string_view meant = keyword_meant(site.line.substr(begin, end - begin), {"flowchart", "graph", "mindmap"});
  if (meant.empty()) return false;
  return suggest_word(site, begin, end, meant, "diagram type");
}

bool explain_foreign_habit(Site& site) {
  if (site.diagnostic.code != "M111" && site.diagnostic.code != "M105") return false;
  Diagnostic& d = site.diagnostic;
  const std::string_view line = site.line;
  const std::string_view here = line.substr(site.column());
  // `//` comments: on their own line, or after a statement.
  const size_t slashes = line.find("//");
  if (slashes != std::string_view::npos && line.find('"') == std::string_view::npos &&
      site.column() >= slashes && line.find("://") == std::string_view::npos) {
    d.message = "`//` does not start a comment in Mermaid: comments start with `%%`, on a line of their own";
    d.label = "mermaid reads this as diagram text";
    d.notes.clear();
    const auto at = site.line_begin + static_cast<uint32_t>(slashes);
    if (trim(line.substr(0, slashes)).empty()) {
      d.fix = replace(at, at + 2, "%%", "write `%%` for a comment", true);
    } else {
      // `A --> B // then B`: the comment moves onto its own line above.
      size_t cut = slashes;
      while (cut > 0 && (line[cut - 1] == ' ' || line[cut - 1] == '\t' || line[cut - 1] == ';')) --cut;
      const std::string indent(line.substr(0, line.find_first_not_of(" \t")));
      const std::string comment = indent + "%%" + std::string(line.substr(slashes + 2)) + "\n";
      d.fix = Fix{"move the comment onto its own line as `%%`",
                  {{{site.line_begin, site.line_begin}, comment},
                   {{site.line_begin + static_cast<uint32_t>(cut), site.line_begin + static_cast<uint32_t>(line.size())},
                    ""}},
                  true};
    }
    return true;
  }
  // Arrows from other tools.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kArrows = {{
      {"->", "-->"}, {"=>", "==>"}, {"\u2192", "-->"}, {"\u21d2", "==>"}, {"\u27f6", "-->"}, {"\u2014>", "-->"},
      {"\u2794", "-->"},
  }};
  for (const auto& [arrow, link] : kArrows) {
    if (!here.starts_with(arrow)) continue;
    d.message = backticked(arrow) + " is not a Mermaid link: write " + backticked(link);
    d.label = "links are written `-->`, `---`, `==>`, `-.->`";
    d.notes.clear();
    d.fix = replace(site.at, site.at + static_cast<uint32_t>(arrow.size()), std::string(link),
                    "write " + backticked(link), true);
    return true;
  }
  // `class A, B hot`: a space after a comma ends the id list.
  const std::string_view statement = trim(line);
  if (statement.starts_with("class ") && line.find(", ") != std::string_view::npos &&
      site.column() > line.find(", ")) {
    d.message = "no space may follow a comma between the ids of `class`: mermaid ends the id list at the space";
    d.label = "write the ids as A,B";
    d.notes.clear();
    std::vector<Edit> edits;
    for (size_t i = line.find(", "); i != std::string_view::npos; i = line.find(", ", i + 1)) {
      size_t end = i + 1;
      while (end < line.size() && line[end] == ' ') ++end;
      const auto from = site.line_begin + static_cast<uint32_t>(i + 1);
      edits.push_back({{from, site.line_begin + static_cast<uint32_t>(end)}, ""});
    }
    d.fix = Fix{"remove the spaces after the commas", std::move(edits), true};
    return true;
  }
  return false;
}

bool explain_keyword_as_id(Site& site) {
  // `class --> Stop`: a statement keyword where a node id was meant.
  const std::string_view code = site.diagnostic.code;
  if (code == "M115" || code == "M116" || code == "M117" || code == "M118") {
    const std::string_view here = site.line.substr(site.column());
    if (!here.starts_with("--") && !here.starts_with("==") && !here.starts_with("-.")) return false;
    const auto [begin, end] = first_word(site.line);
    const std::string keyword(site.line.substr(begin, end - begin));
    if (keyword.empty()) return false;
    const std::string node = keyword + "Node[" + keyword + "]";
    Diagnostic& d = site.diagnostic;
    rename(d, "M112", "keyword-as-id");
    d.message = "'" + keyword + "' is a keyword and cannot be a node id";
    d.label = "rename it or give it a label: " + backticked(node);
    d.span = {site.line_begin + static_cast<uint32_t>(begin), site.line_begin + static_cast<uint32_t>(end)};
    d.fix = replace(d.span.begin, d.span.end, node, "use the id " + backticked(keyword + "Node") + " labelled " +
                    backticked(keyword), true);
    return true;
  }
  if (code != "M112") return false;
  size_t end = site.column();
  while (end < site.line.size() && is_id_byte(site.line[end])) ++end;
  const std::string keyword(site.line.substr(site.column(), end - site.column()));
  if (keyword.empty()) return false;
  const std::string node = keyword + "Node[" + keyword + "]";
  site.diagnostic.label = "rename it or give it a label: " + backticked(node);
  site.diagnostic.fix = replace(site.at, site.at + static_cast<uint32_t>(keyword.size()), node,
                                "use the id " + backticked(keyword + "Node") + " labelled " + backticked(keyword), true);
  return true;
}

bool explain_subgraph_end_title(Site& site) {
  // The error is on the line after `subgraph ... end`: find that header.
  if (site.diagnostic.code.rfind("M1", 0) != 0 || site.line_begin == 0) return false;
  const std::string_view text = site.text();
  const uint32_t previous_end = site.line_begin - 1;
  const size_t previous_begin = text.rfind('\n', previous_end == 0 ? 0 : previous_end - 1);
  const size_t from = previous_begin == std::string_view::npos ? 0 : previous_begin + 1;
  const std::string_view previous = text.substr(from, previous_end - from);
  const std::string_view header = trim(previous);
  if (!header.starts_with("subgraph ") || !(header.ends_with(" end") || header == "subgraph end")) return false;
  const std::string_view title = trim(header.substr(9));
  if (title.find('"') != std::string_view::npos || title.find('[') != std::string_view::npos) return false;
  Diagnostic& d = site.diagnostic;
  const auto title_begin = static_cast<uint32_t>(from + (title.data() - previous.data()));
  d.notes = {Note{"mermaid failed here, reading this line as part of the title", d.span}};
  d.message = "the subgraph title " + backticked(title) +
              " ends with the keyword `end`, which takes the line break with it: mermaid reads the next line "
              "into the title";
  std::string quoted_title = "\"";
  quoted_title.append(title);
  quoted_title += '"';
  d.label = "quote the title: subgraph " + quoted_title;
  d.span = {title_begin, title_begin + static_cast<uint32_t>(title.size())};
  d.fix = replace(title_begin, title_begin + static_cast<uint32_t>(title.size()), quoted_title, "quote the title", true);
  return true;
}

}  // namespace merrow::lint::guidance
