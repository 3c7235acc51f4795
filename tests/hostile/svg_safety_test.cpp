// SVG safety end to end: diagrams carrying the payloads of known mermaid XSS
// reports (labels, links, styles, config) go through the public API, and the
// SVG that comes out must not be able to run anything: no <script>, no event
// handler attributes, no <foreignObject>, no javascript:, and no link or
// reference leaving the document except to http(s) or mailto.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "merrow/merrow.hpp"
#include "svg_safety.hpp"

using merrow::svg_safety::first_unsafe;
using merrow::svg_safety::start_tags;

namespace {

// Payloads from mermaid's XSS advisories and their usual encodings, each in
// the place of a diagram where it was reported.
const std::vector<std::string>& payload_diagrams() {
  static const std::vector<std::string> diagrams = {
      // labels
      "flowchart TD\n  A[\"<script>alert(1)</script>\"] --> B\n",
      "flowchart TD\n  A[\"<img src=x onerror=alert(1)>\"] --> B\n",
      "flowchart TD\n  A[\"<svg onload=alert(1)>\"] --> B\n",
      "flowchart TD\n  A[\"<iframe src=javascript:alert(1)>\"] --> B\n",
      "flowchart TD\n  A[\"<a href='javascript:alert(1)'>x</a>\"] --> B\n",
      "flowchart TD\n  A[\"<foreignObject><div onmouseover=alert(1)>x</div></foreignObject>\"]\n",
      "flowchart TD\n  A[\"#lt;script#gt;alert(1)#lt;/script#gt;\"] --> B\n",
      "flowchart TD\n  A[\"&lt;img src=x onerror=alert(1)&gt;\"] --> B\n",
      "flowchart TD\n  A[\"#60;img src=x onerror=alert(1)#62;\"] --> B\n",
      "flowchart TD\n  A[\"`**<img src=x onerror=alert(1)>** [x](javascript:alert(1))`\"] --> B\n",
      "flowchart TD\n  A -->|\"<img src=x onerror=alert(1)>\"| B\n",
      "flowchart TD\n  subgraph s[\"<script>alert(1)</script>\"]\n    A\n  end\n",
      // links
      "flowchart TD\n  A --> B\n  click A href \"javascript:alert(1)\"\n",
      "flowchart TD\n  A --> B\n  click A \"javascript:alert(1)\" \"tip\"\n",
      "flowchart TD\n  A --> B\n  click A href \"  JaVaScRiPt:alert(1)\" _blank\n",
      "flowchart TD\n  A --> B\n  click A href \"java\tscript:alert(1)\"\n",
      "flowchart TD\n  A --> B\n  click A href \"javascript&#58;alert(1)\"\n",
      "flowchart TD\n  A --> B\n  click A href \"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"\n",
      "flowchart TD\n  A --> B\n  click A href \"file:///etc/passwd\"\n",
      "flowchart TD\n  A --> B\n  click A href \"https://example.com/\\\" onmouseover=\\\"alert(1)\"\n",
      "flowchart TD\n  A --> B\n  click A call alert(1)\n",
      "flowchart TD\n  A@{ img: \"javascript:alert(1)\", label: \"x\" } --> B\n",
      "flowchart TD\n  A@{ icon: \"fa:x\\\" onload=\\\"alert(1)\", label: \"x\" } --> B\n",
      // styles and config
      "flowchart TD\n  A --> B\n  style A fill:url(javascript:alert(1)),stroke:#333\n",
      "flowchart TD\n  A --> B\n  classDef x fill:#f9f,background:url(https://evil.example/x.svg#a)\n  class A x\n",
      "flowchart TD\n  A --> B\n  style A fill:red}</style><script>alert(1)</script>\n",
      "%%{init: {\"securityLevel\": \"loose\", \"themeCSS\": \"</style><script>alert(1)</script>\"}}%%\n"
      "flowchart TD\n  A --> B\n",
      "%%{init: {\"fontFamily\": \"\\\"><script>alert(1)</script>\"}}%%\nflowchart TD\n  A --> B\n",
      "%%{init: {\"themeVariables\": {\"primaryColor\": \"red;}</style><script>alert(1)</script>\"}}}%%\n"
      "flowchart TD\n  A --> B\n",
      "---\ntitle: \"<script>alert(1)</script>\"\n---\nflowchart TD\n  A --> B\n",
      "flowchart TD\n  accTitle: <script>alert(1)</script>\n  accDescr: <img src=x onerror=alert(1)>\n  A --> B\n",
      // mindmaps
      "mindmap\n  root((<img src=x onerror=alert(1)>))\n    child[\"<script>alert(1)</script>\"]\n",
      "mindmap\n  root\n    a\n    ::icon(fa fa-book\" onload=\"alert(1))\n",
  };
  return diagrams;
}

}  // namespace

TEST_CASE("svg of diagrams carrying XSS payloads runs nothing", "[hostile][svg]") {
  size_t rendered = 0;
  for (const auto& diagram : payload_diagrams()) {
    CAPTURE(diagram);
    const auto result = merrow::render(diagram, merrow::OutputFormat::svg);
    if (!result.ok()) continue;  // refused: nothing to run
    ++rendered;
    CHECK(first_unsafe(result.data) == "");
  }
  // Almost all of them are valid mermaid: a renderer that refused them all
  // would pass the checks above without showing anything.
  CHECK(rendered * 4 >= payload_diagrams().size() * 3);
}

TEST_CASE("the safety check fires on unsafe markup and not on escaped text", "[hostile][svg]") {
  for (const char* unsafe : {
           "<svg><script>alert(1)</script></svg>",
           "<svg><g onload=\"alert(1)\"/></svg>",
           "<svg><foreignObject/></svg>",
           "<svg><a href=\"javascript:alert(1)\">x</a></svg>",
           "<svg><image xlink:href=\"file:///etc/passwd\"/></svg>",
           "<svg><rect style=\"fill:url(http://evil.example/x)\"/></svg>",
       }) {
    CAPTURE(unsafe);
    CHECK(first_unsafe(unsafe) != "");
  }
  CHECK(first_unsafe("<svg><title>&lt;img onerror=alert(1)&gt;</title><a href=\"https://x.org/\">"
                     "<rect fill=\"url(#g)\"/></a></svg>") == "");
}
