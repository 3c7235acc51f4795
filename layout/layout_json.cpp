#include "layout/layout_json.hpp"

#include <cmath>
#include <cstdio>

namespace merrow {

namespace {

// Two decimals, trailing zeros dropped, never "-0".
void number(std::string& out, double value) {
  double rounded = std::round(value * 100) / 100;
  if (rounded == 0 || !std::isfinite(rounded)) rounded = 0;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f", rounded);
  std::string text = buffer;
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  out += text;
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
