// See shape_data.hpp.
#include "grammar/flowchart/shape_data.hpp"

namespace merrow::flowchart_grammar {
namespace {

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

std::string unquote(std::string_view v) {
  v = trim(v);
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
    v = v.substr(1, v.size() - 2);
  return std::string(v);
}

}  // namespace

ShapeDataResult parse_shape_data(std::string_view body) {
  ShapeDataResult result;
  const bool block = trim(body).find('\n') != std::string_view::npos;
  std::size_t start = 0;
  char quote = 0;
  auto take = [&](std::size_t end) {
    std::string_view piece = trim(body.substr(start, end - start));
    start = end + 1;
    if (piece.empty()) return;
    const std::size_t colon = piece.find(':');
    if (colon == std::string_view::npos) {
      if (block && result.error.empty()) result.error = "'" + std::string(piece) + "' is not `key: value`";
      return;
    }
    result.entries.emplace_back(std::string(trim(piece.substr(0, colon))), unquote(piece.substr(colon + 1)));
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ',' || c == '\n') {
      take(i);
    }
  }
  take(body.size());
  return result;
}

}  // namespace merrow::flowchart_grammar
