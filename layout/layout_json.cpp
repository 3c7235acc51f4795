#include "layout/layout_json.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace merrow {

namespace {

// Two decimals, trailing zeros dropped, never "-0": what printf("%.2f") of
// round(value * 100) / 100 gives, written from the integer round(value * 100)
// (printf's exact decimal conversion cost ~600 instructions a number, two
// thirds of `merrow layout` on a large chart). Below 1e12 the double
// k / 100 is within 0.002 of the decimal k / 100, so "%.2f" prints exactly
// k's digits; larger values (and non-finite ones) take printf's way.
void number(std::string& out, double value) {
  const double scaled = std::round(value * 100);
  if (!(std::fabs(scaled) < 1e14)) {
    double rounded = scaled / 100;
    if (rounded == 0 || !std::isfinite(rounded)) rounded = 0;
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.2f", rounded);
    std::string text = buffer;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    out += text;
    return;
  }
  const auto hundredths = static_cast<int64_t>(scaled);
  if (hundredths == 0) {
    out += '0';
    return;
  }
  const uint64_t magnitude = hundredths < 0 ? static_cast<uint64_t>(-hundredths) : static_cast<uint64_t>(hundredths);
  char buffer[32];
  char* at = buffer;
  if (hundredths < 0) *at++ = '-';
  at = std::to_chars(at, buffer + sizeof buffer, magnitude / 100).ptr;
  if (const unsigned fraction = static_cast<unsigned>(magnitude % 100); fraction != 0) {
    *at++ = '.';
    *at++ = static_cast<char>('0' + fraction / 10);
    if (fraction % 10 != 0) *at++ = static_cast<char>('0' + fraction % 10);
  }
  out.append(buffer, at);
}

void string(std::string& out, const std::string& text) {
  out += '"';
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
}

void box(std::string& out, const std::string& id, const Box& b) {
  out += "{\"id\":";
  string(out, id);
  out += ",\"x\":", number(out, b.cx);
  out += ",\"y\":", number(out, b.cy);
  out += ",\"width\":", number(out, b.width);
  out += ",\"height\":", number(out, b.height);
  out += '}';
}

}  // namespace

std::string layout_json(const LayoutResult& layout, double step) {
  std::string out = "{\"width\":";
  number(out, layout.width);
  out += ",\"height\":";
  number(out, layout.height);
  out += ",\"nodes\":[";
  for (size_t i = 0; i < layout.nodes.size(); ++i) {
    if (i) out += ',';
    box(out, layout.nodes[i].id, layout.nodes[i].box);
  }
  out += "],\"edges\":[";
  double length = 0;
  for (const EdgeRoute& edge : layout.edges) length += path_length(edge.path);
  if (step > 0 && length / step > kMaxLayoutJsonPoints) step = length / kMaxLayoutJsonPoints;
  for (size_t i = 0; i < layout.edges.size(); ++i) {
    const EdgeRoute& edge = layout.edges[i];
    if (i) out += ',';
    out += "{\"from\":";
    string(out, edge.from);
    out += ",\"to\":";
    string(out, edge.to);
    out += ",\"points\":[";
    const std::vector<Point> points = sample_path(edge.path, step);
    for (size_t p = 0; p < points.size(); ++p) {
      if (p) out += ',';
      out += '[', number(out, points[p].x), out += ',', number(out, points[p].y), out += ']';
    }
    out += "]}";
  }
  out += "],\"clusters\":[";
  for (size_t i = 0; i < layout.clusters.size(); ++i) {
    if (i) out += ',';
    box(out, layout.clusters[i].id, layout.clusters[i].box);
  }
  out += "]}";
  return out;
}

}  // namespace merrow
