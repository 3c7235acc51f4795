// include/merrow/merrow.h over the C++ API (merrow.hpp) and the linter.
// Every entry point catches everything: no exception crosses into C.
#include "merrow/merrow.h"

#include <new>
#include <sstream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lint/emit/emit.hpp"
#include "lint/lint_file.hpp"
#include "merrow/merrow.hpp"

#ifndef MERROW_VERSION
#define MERROW_VERSION "0"
#endif

struct merrow_image {
  std::string data;
  std::string error;
};

namespace {

merrow_image* failed(std::string why) {
  auto* image = new (std::nothrow) merrow_image;
  if (image) image->error = why.empty() ? "failed" : std::move(why);
  return image;
}

// options_json -> RenderOptions; "" when they are valid, else why not.
std::string read_options(const char* options_json, merrow::RenderOptions& options) {
  if (!options_json) return {};
  const nlohmann::json json = nlohmann::json::parse(options_json, nullptr, false);
  if (json.is_discarded() || !json.is_object()) return "options: not a JSON object";
  for (const auto& item : json.items()) {
    // Plain names: clang 14 does not capture structured bindings in lambdas.
    const std::string& key = item.key();
    const nlohmann::json& value = item.value();
    const auto positive = [&](double& out) -> std::string {
      if (!value.is_number() || !(value.get<double>() > 0)) return "options: \"" + key + "\" must be a number > 0";
      out = value.get<double>();
      return {};
    };
    const auto text = [&](std::string& out) -> std::string {
      if (!value.is_string()) return "options: \"" + key + "\" must be a string";
      out = value.get<std::string>();
      return {};
    };
    std::string error;
    if (key == "theme") error = text(options.theme);
    else if (key == "background") error = text(options.background);
    else if (key == "svg_id") error = text(options.svg_id);
    else if (key == "scale") error = positive(options.scale);
    else if (key == "width") error = positive(options.width.emplace());
    else if (key == "height") error = positive(options.height.emplace());
    else if (key == "config") {
      if (!value.is_object()) return "options: \"config\" must be a JSON object";
      options.config_json = value.dump();
    } else
      return "options: unknown key \"" + key + "\" (theme, config, scale, background, width, height, svg_id)";
    if (!error.empty()) return error;
  }
  return {};
}

}  // namespace

extern "C" {

merrow_image* merrow_render(const char* text, size_t length, const char* format, const char* options_json) {
  try {
    if (!text && length > 0) return failed("text is NULL");
    const std::string_view source(text ? text : "", text ? length : 0);
    const std::string_view name = format ? format : "svg";
    merrow::OutputFormat kind;
    if (name == "svg") kind = merrow::OutputFormat::svg;
    else if (name == "png") kind = merrow::OutputFormat::png;
    else if (name == "pdf") kind = merrow::OutputFormat::pdf;
    else return failed("unknown format '" + std::string(name) + "' (svg, png, pdf)");
    merrow::RenderOptions options;
    if (std::string error = read_options(options_json, options); !error.empty()) return failed(error);
    merrow::RenderResult result = merrow::render(source, kind, options);
    if (!result.ok()) {
      // A broken diagram: say where, as the command line does.
      const merrow::ParseReport parsed = merrow::parse(source);
      return failed(parsed.errors.empty() ? result.error : parsed.errors.front());
    }
    auto* image = new merrow_image;
    image->data = std::move(result.data);
    return image;
  } catch (const std::bad_alloc&) {
    return nullptr;
  } catch (const std::exception& e) {
    return failed(std::string("rendering failed: ") + e.what());
  } catch (...) {
    return failed("rendering failed");
  }
}

merrow_image* merrow_lint_json(const char* text, size_t length, const char* path) {
  try {
    if (!text && length > 0) return failed("text is NULL");
    std::string name = path ? path : "-";
    const auto kind = merrow::lint::kind_of_path(name);
    std::vector<merrow::lint::FileReport> reports;
    reports.push_back(merrow::lint::lint_text(name, std::string(text ? text : "", text ? length : 0), kind, {}));
    std::ostringstream out;
    merrow::lint::emit_json(reports, out);
    auto* image = new merrow_image;
    image->data = std::move(out).str();
    return image;
  } catch (const std::bad_alloc&) {
    return nullptr;
  } catch (const std::exception& e) {
    return failed(std::string("linting failed: ") + e.what());
  } catch (...) {
    return failed("linting failed");
  }
}

const unsigned char* merrow_image_data(const merrow_image* image, size_t* size) {
  if (size) *size = 0;
  if (!image || !image->error.empty()) return nullptr;
  if (size) *size = image->data.size();
  return reinterpret_cast<const unsigned char*>(image->data.c_str());
}

const char* merrow_image_error(const merrow_image* image) {
  if (!image) return "out of memory";
  return image->error.empty() ? nullptr : image->error.c_str();
}

void merrow_image_free(merrow_image* image) { delete image; }

const char* merrow_version(void) { return MERROW_VERSION; }

}  // extern "C"
