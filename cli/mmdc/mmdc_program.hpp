// merrow-mmdc (and `merrow mmdc`): mermaid-cli 11's command line, the same
// files as mmdc writes, drawn by merrow. args[0] is the program name.
// Exit 0 all drawn; 1 a diagram could not be drawn (the message names
// file:line:col); 2 a usage or I/O error. mmdc exits 1 for both.
#pragma once
#include <string>
#include <vector>

namespace merrow::mmdc {

int run(const std::vector<std::string>& args);

}  // namespace merrow::mmdc
