#include "cli/lint_files.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <thread>

#include "io/atomic_file.hpp"
#include "lint/lint_file.hpp"

namespace merrow::cli {
namespace fs = std::filesystem;
namespace {

bool lintable_extension(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".mmd" || extension == ".mermaid" || extension == ".md" || extension == ".markdown" ||
         extension == ".mdx";
}

void expand_directory(const fs::path& directory, std::vector<std::string>& out) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (it->is_directory(error) && name.starts_with(".")) {
      it.disable_recursion_pending();  // .git, .venv, ...
      continue;
    }
    if (it->is_regular_file(error) && lintable_extension(it->path())) found.push_back(it->path().generic_string());
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

bool read_file(const std::string& path, std::string& content, std::string& error) {
  std::optional<std::string> text = io::read_input(path, &error);
  if (text) content = std::move(*text);
  return text.has_value();
}

lint::FileKind kind_for(const std::string& path, const std::string& content) {
  if (path != "-") return lint::kind_of_path(path);
  // stdin: a page with fences is Markdown, anything else one diagram.
  const bool fenced = content.find("```mermaid") != std::string::npos || content.find("~~~mermaid") != std::string::npos;
  return fenced ? lint::FileKind::markdown : lint::FileKind::diagram;
}

lint::FileReport lint_one(const std::string& path, lint::ConfigResolver& configs,
                          const lint::LintOptions& cli) {
  lint::FileReport report;
  std::string content;
  if (!read_file(path, content, report.io_error)) {
    report.path = path;
    return report;
  }
  lint::LintOptions options;
  const fs::path config_anchor = path == "-" ? fs::current_path() / "stdin" : fs::path(path);
  if (const lint::ConfigFile* config = configs.config_for(config_anchor, report.io_error)) {
    options.selection = config->selection_for(config_anchor);
  }
  if (!report.io_error.empty()) {
    report.path = path;
    return report;
  }
  options.selection.merge(cli.selection);
  options.limits = cli.limits;
  const lint::FileKind kind = kind_for(path, content);
  return lint::lint_text(path, std::move(content), kind, options);
}

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& arguments) {
  std::vector<std::string> out;
  for (const auto& argument : arguments) {
    std::error_code error;
    if (argument != "-" && fs::is_directory(argument, error)) {
      expand_directory(argument, out);
    } else {
      out.push_back(argument);
    }
  }
  return out;
}

std::vector<lint::FileReport> lint_files(const std::vector<std::string>& files, lint::ConfigResolver& configs,
                                         const lint::LintOptions& cli, unsigned threads) {
  std::vector<lint::FileReport> reports(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < files.size(); i = next++) reports[i] = lint_one(files[i], configs, cli);
  };
  threads = std::clamp<unsigned>(threads, 1, static_cast<unsigned>(std::max<size_t>(files.size(), 1)));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& thread : pool) thread.join();
  return reports;
}

}  // namespace merrow::cli
