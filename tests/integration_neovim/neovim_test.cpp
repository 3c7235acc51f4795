// A real editor as the client: Neovim (Debian's `neovim`, built-in LSP
// client) runs headless with merrow_client.lua, opens a copy of the seed page
// with one block broken (a label left open), reads merrow's diagnostics,
// applies the code action that fixes it, and formats the page. Skips when
// nvim is not installed.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "format/format.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string replace_line(const std::string& text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.substr(0, at) + to + text.substr(at + from.size());
}

}  // namespace

TEST_CASE("neovim: diagnostics, a code action and formatting through merrow lsp") {
  if (std::system("command -v nvim > /dev/null 2>&1") != 0) {
    WARN("nvim is not installed: skipped");
    return;
  }
  const fs::path here = fs::path(MERROW_SOURCE_DIR) / "tests/integration_neovim";
  const fs::path dir = fs::temp_directory_path() / "merrow-neovim-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string seed = read(here / "os2-organisation.md");
  const std::string broken = replace_line(seed, "\n  C <--> D\n", "\n  C[Sekretariatet --> D\n");
  std::ofstream(dir / "page.md", std::ios::binary) << broken;

  const std::string command = "cd '" + dir.string() + "' && MERROW='" + MERROW_BINARY + "' PAGE='" +
                              (dir / "page.md").string() + "' OUT='" + (dir / "out.json").string() +
                              "' timeout 120 nvim --headless -n -i NONE --noplugin -u '" +
                              (here / "merrow_client.lua").string() + "' > nvim.log 2>&1";
  const int status = std::system(command.c_str());
  INFO("nvim log: " << read(dir / "nvim.log"));
  REQUIRE(status == 0);
  const auto result = nlohmann::json::parse(read(dir / "out.json"));
  INFO(result.dump(2));
  CHECK(result["ok"] == true);
  // The error where mermaid stops reading, line 49 (0-based 48), column 11.
  REQUIRE(result["diagnostics"].size() >= 1);
  bool m101 = false;
  for (const auto& d : result["diagnostics"])
    if (d["code"] == "M101") m101 = d["lnum"] == 48 && d["col"] == 10 && d["severity"] == 1;
  CHECK(m101);
  CHECK(result["after_fix"].empty());
  CHECK(result["format_edits"].get<int>() >= 1);
  CHECK(result["after_format"].empty());
  // The file Neovim wrote: the fix applied, then exactly merrow fmt's layout.
  const std::string fixed = replace_line(seed, "\n  C <--> D\n", "\n  C[Sekretariatet] --> D\n");
  CHECK(read(dir / "page.md") == merrow::format::format_text("page.md", fixed, true).text);
  fs::remove_all(dir);
}
