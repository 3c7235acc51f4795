// In-process stage timings: parse and lint throughput over the conformance
// corpus and a generated 20,000-line flowchart, layout time by graph size
// (bench/run.sh turns the sizes into a growth exponent), and the seed
// flowchart rendered through the public API (the in-process 1 ms).
// Layout measures text with FixedWidthMeasurer so that the numbers are about
// layout, not fonts; the render rows use the real fonts, loaded once.
#include <benchmark/benchmark.h>

#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "lint/lint.hpp"
#include "merrow/merrow.hpp"
#include "tests/hostile/generated_diagrams.hpp"

namespace {

using namespace merrow;

struct Corpus {
  std::vector<Source> sources;
  size_t bytes = 0;
};

// Every flowchart and mindmap of ../shared/corpus (the reference's own tests
// and docs, and real-world pages); empty when the shared folder is absent.
const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    for (const char* file : {"mermaid-corpus.jsonl", "realworld.jsonl"}) {
      std::ifstream in(std::string(MERROW_SHARED_DIR) + "/corpus/" + file);
      for (std::string line; std::getline(in, line);) {
        auto text = nlohmann::json::parse(line).value("text", "");
        c.bytes += text.size();
        c.sources.emplace_back(file, std::move(text));
      }
    }
    return c;
  }();
  return loaded;
}

const Source& generated_20k_lines() {
  static const Source source("generated.mmd", generated::flowchart_of_lines(20'000));
  return source;
}

void report(benchmark::State& state, size_t diagrams, size_t bytes) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * diagrams));  // diagrams/s
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));     // MB/s
}

void parse_corpus(benchmark::State& state) {
  const Corpus& c = corpus();
  if (c.sources.empty()) return state.SkipWithError("../shared/corpus is absent");
  for (auto _ : state)
    for (const auto& source : c.sources) benchmark::DoNotOptimize(parse_diagram(source));
  report(state, c.sources.size(), c.bytes);
}

// Lint as the CLI runs it: parse, then every default rule.
void lint_corpus(benchmark::State& state) {
  const Corpus& c = corpus();
  if (c.sources.empty()) return state.SkipWithError("../shared/corpus is absent");
  for (auto _ : state)
    for (const auto& source : c.sources)
      benchmark::DoNotOptimize(lint::lint(parse_diagram(source), source, {}));
  report(state, c.sources.size(), c.bytes);
}

void parse_20k_lines(benchmark::State& state) {
  const Source& source = generated_20k_lines();
  for (auto _ : state) benchmark::DoNotOptimize(parse_diagram(source));
  report(state, 1, source.text().size());
}

void lint_20k_lines(benchmark::State& state) {
  const Source& source = generated_20k_lines();
  for (auto _ : state) benchmark::DoNotOptimize(lint::lint(parse_diagram(source), source, {}));
  report(state, 1, source.text().size());
}

// Layout alone, on a parsed realistic flowchart of state.range(0) nodes.
void layout_by_size(benchmark::State& state) {
  const auto nodes = static_cast<size_t>(state.range(0));
  const Source source("generated.mmd", generated::realistic_flowchart(nodes));
  const ParseResult parsed = parse_diagram(source);
  const auto* chart = std::get_if<Flowchart>(&parsed.diagram);
  if (!chart) return state.SkipWithError("the generated flowchart did not parse");
  const FixedWidthMeasurer measurer;
  for (auto _ : state) benchmark::DoNotOptimize(layout_flowchart(*chart, measurer));
  state.counters["nodes"] = static_cast<double>(chart->nodes.size());
  state.counters["edges"] = static_cast<double>(chart->edges.size());
}

// Layout of every corpus diagram that parses: the mix people actually write.
void layout_corpus(benchmark::State& state) {
  std::vector<ParseResult> parsed;
  for (const auto& source : corpus().sources) parsed.push_back(parse_diagram(source));
  if (parsed.empty()) return state.SkipWithError("../shared/corpus is absent");
  const FixedWidthMeasurer measurer;
  size_t laid_out = 0;
  for (auto _ : state) {
    laid_out = 0;
    for (const auto& result : parsed) {
      if (const auto* chart = std::get_if<Flowchart>(&result.diagram)) {
        benchmark::DoNotOptimize(layout_flowchart(*chart, measurer));
        ++laid_out;
      } else if (const auto* map = std::get_if<Mindmap>(&result.diagram)) {
        benchmark::DoNotOptimize(layout_mindmap(*map, measurer));
        ++laid_out;
      }
    }
  }
  report(state, laid_out, 0);
}

// The seed page's flowchart (its first mermaid block), text to image bytes
// through merrow::render, as a library user calls it; fonts stay loaded
// between iterations, as in any long-running process.
const std::string& seed_flowchart() {
  static const std::string text = [] {
    std::ifstream in(std::string(MERROW_SOURCE_DIR) + "/samples/os2-organisation.md");
    const std::string page{std::istreambuf_iterator<char>(in), {}};
    const size_t open = page.find("```mermaid\n");
    if (open == std::string::npos) return std::string();
    const size_t begin = open + 11, end = page.find("```", begin);
    return page.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
  }();
  return text;
}

void render_seed(benchmark::State& state) {
  const std::string& text = seed_flowchart();
  if (text.empty()) return state.SkipWithError("samples/os2-organisation.md has no mermaid block");
  const auto format = static_cast<OutputFormat>(state.range(0));
  if (!merrow::render(text, format).ok()) return state.SkipWithError("the seed flowchart did not render");
  for (auto _ : state) benchmark::DoNotOptimize(merrow::render(text, format));
  state.SetLabel(format == OutputFormat::svg ? "svg" : format == OutputFormat::png ? "png" : "pdf");
}

}  // namespace

BENCHMARK(render_seed)
    ->Arg(static_cast<int>(OutputFormat::svg))
    ->Arg(static_cast<int>(OutputFormat::png))
    ->Arg(static_cast<int>(OutputFormat::pdf))
    ->Unit(benchmark::kMillisecond);
BENCHMARK(parse_corpus)->Unit(benchmark::kMillisecond);
BENCHMARK(lint_corpus)->Unit(benchmark::kMillisecond);
BENCHMARK(parse_20k_lines)->Unit(benchmark::kMillisecond);
BENCHMARK(lint_20k_lines)->Unit(benchmark::kMillisecond);
BENCHMARK(layout_corpus)->Unit(benchmark::kMillisecond);
// Sizes are run one at a time by bench/run.sh, each under a time limit, so a
// slow phase shows as a missing row instead of a stalled run.
BENCHMARK(layout_by_size)->Arg(100)->Arg(1'000)->Arg(10'000)->Arg(50'000)->Unit(benchmark::kMillisecond);

// `stages_bench --write-generated FILE` writes the 20,000-line flowchart, so
// bench/run.sh can time the CLI on exactly the text measured here.
int main(int argc, char** argv) {
  if (argc == 3 && std::strcmp(argv[1], "--write-generated") == 0) {
    std::ofstream(argv[2], std::ios::binary) << generated_20k_lines().text();
    return 0;
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
