// The C++ API: a flowchart to SVG in memory, printed to stdout.
#include <iostream>

#include <merrow/merrow.hpp>

int main() {
  merrow::RenderOptions options;
  options.svg_id = "example";
  const merrow::RenderResult result = merrow::render("flowchart LR\n  A[Hello] --> B[World]\n",
                                                     merrow::OutputFormat::svg, options);
  if (!result.ok()) {
    std::cerr << "render failed: " << result.error << '\n';
    return 1;
  }
  std::cout << result.data;
  return 0;
}
