#include "lint/apply_fixes.hpp"

#include <algorithm>
#include <cstring>
#include <sstream>
#include <vector>

namespace merrow::lint {

FixOutcome apply_fixes(const std::string& content, const std::vector<LocatedDiagnostic>& diagnostics, bool unsafe) {
  struct Taken {
    uint32_t begin, end;
  };
  std::vector<Taken> taken;
  std::vector<const LocatedEdit*> edits;
  FixOutcome outcome;
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    const auto& fix = diagnostics[i].fix;
    if (!fix || fix->edits.empty() || (!fix->safe && !unsafe)) continue;
    const bool overlaps = std::any_of(fix->edits.begin(), fix->edits.end(), [&](const LocatedEdit& edit) {
      return std::any_of(taken.begin(), taken.end(), [&](const Taken& t) {
        // Two insertions at one point, or ranges that share a byte, conflict.
        return edit.begin < t.end ? edit.end > t.begin || edit.begin == t.begin : edit.begin == t.begin;
      });
    });
    if (overlaps) continue;
    for (const auto& edit : fix->edits) {
      taken.push_back({edit.begin, edit.end});
      edits.push_back(&edit);
    }
    ++outcome.applied;
    outcome.applied_indices.push_back(i);
  }
  std::sort(edits.begin(), edits.end(), [](const LocatedEdit* a, const LocatedEdit* b) { return a->begin < b->begin; });
  size_t cursor = 0;
  for (const LocatedEdit* edit : edits) {
    outcome.text.append(content, cursor, edit->begin - cursor);
    outcome.text += edit->replacement;
    cursor = edit->end;
  }
  outcome.text.append(content, cursor, std::string::npos);
  return outcome;
}

namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    const size_t end = text.find('\n', begin);
    if (end == std::string::npos) {
      lines.push_back(text.substr(begin));
      break;
    }
    lines.push_back(text.substr(begin, end - begin + 1));
    begin = end + 1;
  }
  return lines;
}

void put_line(std::ostringstream& out, char mark, const std::string& line) {
  out << mark << line;
  if (line.empty() || line.back() != '\n') out << "\n\\ No newline at end of file\n";
}

}  // namespace

// One hunk from the first to the last changed line: fixes are few and close,
// and a single hunk is still a valid unified diff.
std::string unified_diff(const std::string& path, const std::string& before, const std::string& after) {
  if (before == after) return "";
  const auto old_lines = split_lines(before);
  const auto new_lines = split_lines(after);
  size_t prefix = 0;
  while (prefix < old_lines.size() && prefix < new_lines.size() && old_lines[prefix] == new_lines[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < old_lines.size() - prefix && suffix < new_lines.size() - prefix &&
         old_lines[old_lines.size() - 1 - suffix] == new_lines[new_lines.size() - 1 - suffix]) {
    ++suffix;
  }
  const size_t context = 3;
  const size_t start = prefix > context ? prefix - context : 0;
  const size_t old_end = std::min(old_lines.size(), old_lines.size() - suffix + context);
  const size_t new_end = std::min(new_lines.size(), new_lines.size() - suffix + context);
  std::ostringstream out;
  out << "--- a/" << path << "\n+++ b/" << path << "\n";
  out << "@@ -" << (old_end > start ? start + 1 : start) << ',' << old_end - start << " +"
      << (new_end > start ? start + 1 : start) << ',' << new_end - start << " @@\n";
  for (size_t i = start; i < prefix; ++i) put_line(out, ' ', old_lines[i]);
  // Between the first and the last change, lines both sides keep are context,
  // not removed and added again: a longest common subsequence of the middle
  // (fixes touch few lines; past kMaxCells the middle is shown whole).
  const size_t n = old_lines.size() - suffix - prefix, m = new_lines.size() - suffix - prefix;
  constexpr size_t kMaxCells = 4u << 20;
  if (n * m <= kMaxCells) {
    std::vector<uint32_t> lcs((n + 1) * (m + 1), 0);
    const auto at = [&](size_t i, size_t j) -> uint32_t& { return lcs[i * (m + 1) + j]; };
    for (size_t i = n; i-- > 0;)
      for (size_t j = m; j-- > 0;)
        at(i, j) = old_lines[prefix + i] == new_lines[prefix + j] ? at(i + 1, j + 1) + 1
                                                                  : std::max(at(i + 1, j), at(i, j + 1));
    size_t i = 0, j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && old_lines[prefix + i] == new_lines[prefix + j]) {
        put_line(out, ' ', old_lines[prefix + i]);
        ++i, ++j;
      } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
        put_line(out, '-', old_lines[prefix + i++]);
      } else {
        put_line(out, '+', new_lines[prefix + j++]);
      }
    }
  } else {
    for (size_t i = prefix; i < old_lines.size() - suffix; ++i) put_line(out, '-', old_lines[i]);
    for (size_t i = prefix; i < new_lines.size() - suffix; ++i) put_line(out, '+', new_lines[i]);
  }
  for (size_t i = old_lines.size() - suffix; i < old_end; ++i) put_line(out, ' ', old_lines[i]);
  return out.str();
}

}  // namespace merrow::lint
