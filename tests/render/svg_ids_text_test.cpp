// SVG that can live inside an HTML page: ids that never collide between two
// inlined diagrams (and references that resolve inside their own SVG), the
// labels present as text in reading order, and mermaid's roles.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "merrow/merrow.hpp"

namespace {

const char* const kFlowchart =
    "flowchart LR\n"
    "  accTitle: Orders & <returns>\n"
    "  accDescr: How an order \"flows\"\n"
    "  A[Første ordre] --> B(\"Tom & Jerry <3\")\n"
    "  B -->|ja 'tak'| C{Ünïcode æøå}\n"
    "  C --> D[\"Line one<br>line two\"]\n";

const char* const kMindmap =
    "mindmap\n"
    "  root((Organisation))\n"
    "    Bestyrelse & råd\n"
    "    Sekretariat x < y\n"
    "      Koordinatorer\n";

std::vector<std::string> all(const std::string& text, const std::regex& re, int group = 1) {
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    found.push_back((*it)[group].str());
  return found;
}

std::vector<std::string> ids(const std::string& svg) { return all(svg, std::regex(R"re(\sid="([^"]*)")re")); }

// Every id another element points at: href="#x", url(#x), aria-labelledby/-describedby.
std::vector<std::string> references(const std::string& svg) {
  std::vector<std::string> found = all(svg, std::regex(R"re(href="#([^"]*)")re"));
  for (const auto& r : all(svg, std::regex(R"re(url\(#([^)]*)\))re"))) found.push_back(r);
  for (const auto& r : all(svg, std::regex(R"re(aria-(?:labelledby|describedby)="([^"]*)")re"))) found.push_back(r);
  return found;
}

std::string unescape(std::string text) {
  static const std::vector<std::pair<std::string, std::string>> entities = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, c] : entities)
    for (size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + c.size()))
      text.replace(at, entity.size(), c);
  return text;
}

// The text content of the <text> elements, in document order, one string each.
std::vector<std::string> text_content(const std::string& svg) {
  std::vector<std::string> texts;
  for (const auto& raw : all(svg, std::regex(R"re(<text[^>]*>([^<]*)</text>)re"))) texts.push_back(unescape(raw));
  return texts;
}

// Whether `words` appear in `texts` in this order (each word inside one text).
bool in_order(const std::vector<std::string>& texts, const std::vector<std::string>& words) {
  size_t t = 0, from = 0;
  for (const auto& word : words) {
    for (; t < texts.size(); ++t, from = 0) {
      const size_t at = texts[t].find(word, from);
      if (at != std::string::npos) {
        from = at + word.size();
        break;
      }
    }
    if (t == texts.size()) return false;
  }
  return true;
}

bool have_fonts() { return merrow::render_svg("flowchart LR\n  A\n").find("<use") != std::string::npos; }

}  // namespace

TEST_CASE("svg ids: two diagrams inlined in one HTML page share no id, and each reference stays in its own svg") {
  const std::string one = merrow::render_svg(kFlowchart), two = merrow::render_svg(kMindmap);
  REQUIRE(!one.empty());
  REQUIRE(!two.empty());
  const std::string html = "<!DOCTYPE html><html><body>" + one.substr(one.find("<svg")) + two.substr(two.find("<svg")) +
                           "</body></html>";
  const std::vector<std::string> page_ids = ids(html);
  const std::set<std::string> unique(page_ids.begin(), page_ids.end());
  CHECK(unique.size() == page_ids.size());  // HTML forbids duplicate ids
  for (const std::string* svg : {&one, &two}) {
    const std::vector<std::string> own = ids(*svg);
    const std::set<std::string> defined(own.begin(), own.end());
    const std::string root = own.front();
    CHECK(std::regex_match(root, std::regex("merrow-[0-9a-f]{11}")));
    for (const auto& id : own) {
      CAPTURE(id);
      CHECK((id.starts_with(root) || id == "chart-title-" + root || id == "chart-desc-" + root));
    }
    const std::vector<std::string> refs = references(*svg);
    CHECK(!refs.empty());
    for (const auto& ref : refs) {
      CAPTURE(ref);
      CHECK(defined.count(ref) == 1);
    }
  }
  if (have_fonts()) CHECK(one.find("-g0-") != std::string::npos);  // glyph outlines carry the prefix too
  CHECK(one.find("-flowchart-A\"") != std::string::npos);          // mermaid's "<svgId>-flowchart-A" shape
}

TEST_CASE("svg ids: the derived prefix is deterministic and follows the drawing") {
  const std::string a = merrow::render_svg(kFlowchart);
  CHECK(merrow::render_svg(kFlowchart) == a);
  merrow::RenderOptions dark;
  dark.theme = "dark";
  const std::string b = merrow::render_svg(kFlowchart, dark);
  CHECK(ids(a).front() != ids(b).front());  // another look, other ids
}

TEST_CASE("svg ids: svg_id is the root id and the prefix of every id, as mmdc's --svgId") {
  merrow::RenderOptions options;
  options.svg_id = "page-diagram-1";
  const std::string svg = merrow::render_svg(kFlowchart, options);
  REQUIRE(!svg.empty());
  const std::vector<std::string> own = ids(svg);
  CHECK(own.front() == "page-diagram-1");
  CHECK(svg.find("<svg id=\"page-diagram-1\"") != std::string::npos);
  for (const auto& id : own) {
    CAPTURE(id);
    CHECK((id.starts_with("page-diagram-1") || id.starts_with("chart-")));
  }
  // As mermaid writes them (checked with mermaid-ref render -I page-diagram-1).
  CHECK(svg.find("aria-labelledby=\"chart-title-page-diagram-1\"") != std::string::npos);
  CHECK(svg.find("<title id=\"chart-title-page-diagram-1\">Orders &amp; &lt;returns&gt;</title>") != std::string::npos);
  CHECK(svg.find("aria-describedby=\"chart-desc-page-diagram-1\"") != std::string::npos);
  CHECK(svg.find("<g id=\"page-diagram-1-flowchart-A\"") != std::string::npos);
  options.svg_id = "x\"><script>";  // an id is an attribute value, escaped like any other
  const std::string hostile = merrow::render_svg(kFlowchart, options);
  CHECK(hostile.find("<script") == std::string::npos);
  CHECK(hostile.find("id=\"x&quot;&gt;&lt;script&gt;\"") != std::string::npos);
}

TEST_CASE("svg roles: mermaid's graphics-document role and aria-roledescription") {
  const std::string chart = merrow::render_svg(kFlowchart), map = merrow::render_svg(kMindmap);
  CHECK(chart.find("role=\"graphics-document document\" aria-roledescription=\"flowchart-v2\"") != std::string::npos);
  CHECK(map.find("role=\"graphics-document document\" aria-roledescription=\"mindmap\"") != std::string::npos);
  CHECK(map.find("aria-labelledby") == std::string::npos);  // no accTitle, no reference to a missing title
  CHECK(chart.find("role=\"img\"") == std::string::npos);  // an img hides its text from screen readers
}

TEST_CASE("svg text: every flowchart label is text, escaped, in reading order") {
  if (!have_fonts()) {
    WARN("no font installed: skipped");
    return;
  }
  const std::string svg = merrow::render_svg(kFlowchart);
  const std::vector<std::string> texts = text_content(svg);
  CAPTURE(texts);
  CHECK(in_order(texts, {"Første ordre"}));
  CHECK(in_order(texts, {"Tom & Jerry <3"}));
  CHECK(in_order(texts, {"ja 'tak'"}));
  CHECK(in_order(texts, {"Ünïcode æøå"}));
  CHECK(in_order(texts, {"Line one", "line two"}));  // a label's lines in reading order
  CHECK(svg.find(">Tom &amp; Jerry &lt;3</text>") != std::string::npos);
  CHECK(svg.find("<3") == std::string::npos);
  // The text layer draws nothing: it sits over outlines that do.
  for (const auto& tag : all(svg, std::regex(R"re((<text[^>]*>))re"))) {
    CAPTURE(tag);
    CHECK(tag.find("fill-opacity=\"0\"") != std::string::npos);
    CHECK(tag.find("textLength=\"") != std::string::npos);
  }
}

TEST_CASE("svg text: every mindmap label is text, in reading order") {
  if (!have_fonts()) {
    WARN("no font installed: skipped");
    return;
  }
  const std::vector<std::string> texts = text_content(merrow::render_svg(kMindmap));
  CAPTURE(texts);
  CHECK(in_order(texts, {"Organisation"}));
  CHECK(in_order(texts, {"Bestyrelse & råd"}));
  CHECK(in_order(texts, {"Sekretariat x < y"}));
  CHECK(in_order(texts, {"Koordinatorer"}));
  CHECK(texts.size() == 4);
}

TEST_CASE("svg text: the seed page's labels are all there") {
  const char* shared = MERROW_SHARED_DIR "/seed/os2-organisation.md";
  std::ifstream in(shared);
  if (!in || !have_fonts()) {
    WARN("no seed page or no font: skipped");
    return;
  }
  const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const size_t begin = page.find("```mermaid\n") + 11;
  const std::string chart = page.substr(begin, page.find("```", begin) - begin);
  const std::vector<std::string> texts = text_content(merrow::render_svg(chart));
  CAPTURE(texts);
  for (const char* label : {"Generalforsamling", "Bestyrelsen", "Sekretariatet", "Leverandører"})
    CHECK(in_order(texts, {label}));
}
