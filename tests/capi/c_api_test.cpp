// The C API (include/merrow/merrow.h): results, errors for every bad input
// instead of a throw, the options object, lint JSON, and calls from threads.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "merrow/merrow.h"

namespace {

const char* const kChart = "flowchart LR\n  A --> B\n";

std::string data(merrow_image* image) {
  size_t size = 0;
  const unsigned char* bytes = merrow_image_data(image, &size);
  std::string out = bytes ? std::string(reinterpret_cast<const char*>(bytes), size) : std::string();
  merrow_image_free(image);
  return out;
}

std::string error(merrow_image* image) {
  const char* why = merrow_image_error(image);
  std::string out = why ? why : "";
  merrow_image_free(image);
  return out;
}

}  // namespace

TEST_CASE("c api: svg, png and pdf with options") {
  const std::string svg = data(merrow_render(kChart, std::strlen(kChart), "svg", R"({"svg_id": "c1", "theme": "dark"})"));
  CHECK(svg.find("<svg id=\"c1\"") != std::string::npos);
  CHECK(data(merrow_render(kChart, std::strlen(kChart), nullptr, nullptr)).find("<svg") != std::string::npos);
  CHECK(data(merrow_render(kChart, std::strlen(kChart), "png", R"({"scale": 2, "background": "transparent"})"))
            .starts_with("\x89PNG"));
  CHECK(data(merrow_render(kChart, std::strlen(kChart), "pdf", R"({"width": 300, "config": {"theme": "forest"}})"))
            .starts_with("%PDF"));
  merrow_image* image = merrow_render(kChart, std::strlen(kChart), "svg", nullptr);
  size_t size = 0;
  const unsigned char* bytes = merrow_image_data(image, &size);
  REQUIRE(bytes);
  CHECK(bytes[size] == '\0');  // NUL-terminated for C string users
  CHECK(merrow_image_error(image) == nullptr);
  merrow_image_free(image);
}

TEST_CASE("c api: every bad input is an error, never a throw or a crash") {
  CHECK(error(merrow_render(kChart, std::strlen(kChart), "gif", nullptr)).find("unknown format") == 0);
  CHECK(error(merrow_render(kChart, std::strlen(kChart), "svg", "{")).find("not a JSON object") != std::string::npos);
  CHECK(error(merrow_render(kChart, std::strlen(kChart), "svg", R"({"scale": -1})")).find("scale") != std::string::npos);
  CHECK(error(merrow_render(kChart, std::strlen(kChart), "svg", R"({"theme": 3})")).find("theme") != std::string::npos);
  CHECK(error(merrow_render(kChart, std::strlen(kChart), "svg", R"({"colour": "red"})")).find("unknown key") !=
        std::string::npos);
  CHECK(error(merrow_render(kChart, std::strlen(kChart), "svg", R"({"background": "notacolour"})")) != "");
  CHECK(error(merrow_render(nullptr, 5, "svg", nullptr)) == "text is NULL");
  CHECK(error(merrow_render(nullptr, 0, "svg", nullptr)) != "");  // empty text: no diagram
  const std::string broken = "flowchart LR\n  A[x --> B\n";
  CHECK(error(merrow_render(broken.data(), broken.size(), "svg", nullptr)).find("3:1: ") == 0);
  const std::string sequence = "sequenceDiagram\n  A->>B: hi\n";
  CHECK(error(merrow_render(sequence.data(), sequence.size(), "svg", nullptr)).find("not supported") !=
        std::string::npos);
  const std::string with_nul("flowchart LR\n  A\0B --> C\n", 24);
  (void)error(merrow_render(with_nul.data(), with_nul.size(), "svg", nullptr));  // either way, no crash
  merrow_image_free(nullptr);
  CHECK(std::string(merrow_image_error(nullptr)) == "out of memory");
  CHECK(merrow_image_data(nullptr, nullptr) == nullptr);
}

TEST_CASE("c api: lint to the JSON of `merrow lint --format json`") {
  CHECK(data(merrow_lint_json(kChart, std::strlen(kChart), "ok.mmd")) == "[]\n");
  const std::string broken = "flowchart LR\n  A[x --> B\n";
  const std::string json = data(merrow_lint_json(broken.data(), broken.size(), nullptr));
  CHECK(json.find("\"code\": \"M101\"") != std::string::npos);  // as `merrow lint --format json -` says
  CHECK(json.find("\"file\": \"-\"") != std::string::npos);
  const std::string page = "# Page\n\n```mermaid\nflowchart LR\n  A[x --> B\n```\n";
  CHECK(data(merrow_lint_json(page.data(), page.size(), "page.md")).find("\"line\": 5") != std::string::npos);
}

TEST_CASE("c api: thread-safe, and the same bytes from every thread") {
  const std::string expected = data(merrow_render(kChart, std::strlen(kChart), "svg", nullptr));
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&got, i] { got[i] = data(merrow_render(kChart, std::strlen(kChart), "svg", nullptr)); });
  for (auto& t : threads) t.join();
  for (const auto& svg : got) CHECK(svg == expected);
  CHECK(std::string(merrow_version()).find('.') != std::string::npos);
}
