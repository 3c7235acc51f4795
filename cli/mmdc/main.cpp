// merrow-mmdc: a drop-in for mermaid-cli's `mmdc` (see mmdc_program.hpp).
#include <string>
#include <vector>

#include "cli/mmdc/mmdc_program.hpp"

int main(int argc, char** argv) { return merrow::mmdc::run(std::vector<std::string>(argv, argv + argc)); }
