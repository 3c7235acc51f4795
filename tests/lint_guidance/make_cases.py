#!/usr/bin/env python3
"""Writes tests/lint_guidance/cases/* and the case list (cases.tsv) without
mermaid's verdict; scripts/.. `verdicts.py` fills that in from mermaid-ref.
Each case: name, text, expected severity, host line, code, key words, fix.
"""
import os, sys

def page(title, diagram, after="", fence="```mermaid", close="```"):
    return (f"# {title}\n\nSome prose that explains the diagram below.\n\n{fence}\n{diagram}\n{close}\n\n"
            f"More prose after the diagram, with *emphasis* and a [link](x.md).\n{after}")

C = []
def case(name, text, sev, line, code, words, fix):
    C.append((name, text, sev, line, code, words, fix))

# 1. parentheses in [...] labels (flowchart)
case("paren-call.mmd", "flowchart TD\n  A[Call init()] --> B\n", "error", 2, "M104", "quote;(", "safe")
case("paren-stats.md", page("Game loop", "flowchart LR\n  Loop[Game loop] --> FPS[FPS Tracking (Stats.js)]\n  FPS --> Render"),
     "error", 7, "M104", "quote;(", "safe")
case("paren-diamond.mmd", "flowchart TD\n  A --> B{Decision (yes/no)}\n  B --> C\n", "error", 2, "M104", "quote", "safe")
case("paren-round.md", page("Start", "graph TD\n  S(Start (here)) --> E[End]"), "error", 7, "M104", "quote", "safe")
case("paren-square-mid.mmd", "flowchart TD\n  A[Start] --> B[Load config (YAML)] --> C[Run]\n", "error", 2, "M104", "quote", "safe")
case("paren-edge-pipe.md", page("Branches", "flowchart TD\n  A -->|Yes (default)| B\n  A -->|No| C"), "error", 7, "M104", "quote", "safe")
case("bracket-in-square.mmd", "flowchart TD\n  A[Use [brackets]] --> B\n", "error", 2, "M104", "quote", "safe")
case("paren-subgraph-node.md", page("Services", "flowchart TB\n  subgraph backend[Backend]\n    API[REST API (v2)]\n  end\n  UI --> API"),
     "error", 8, "M104", "quote", "safe")
# 2. the same in mindmaps
case("mindmap-paren.mmd", "mindmap\n  root((Project))\n    id1[Build (CMake)]\n    id2[Test]\n", "error", 3, "M155", "quote", "safe")
case("mindmap-paren.md", page("Plan", "mindmap\n  root((Plan))\n    Phase one\n      task[Setup (venv)]"), "error", 9, "M155", "quote", "safe")
case("mindmap-paren-round.mmd", "mindmap\n  root\n    a(Round (inner))\n", "error", 3, "M15", "quote", "safe")
# 3. false alarms: mermaid accepts
case("backslash-quote.mmd", 'flowchart TD\n  A["He said \\"hi\\""] --> B\n', "warning", 2, "-", "#quot;", "none")
case("string-then-text.mmd", 'flowchart TD\n  A["x"y] --> B\n', "none", 0, "-", "", "none")
case("subgraph-title-node.md", page("Groups", 'flowchart TD\n  subgraph "Title"   N1\n  end'), "none", 0, "-", "", "none")
case("string-then-words.mmd", 'flowchart TD\n  A["x" y z] --> B\n', "none", 0, "-", "", "none")
# 4. Markdown fences
case("fence-unclosed.md", "# Setup\n\nInstall it first.\n\n```mermaid\nflowchart TD\n  A --> B\n\n## Usage\n\nRun `tool --help` (it prints the options).\nThen edit config.yaml: set name: value.\n",
     "error", 5, "-", "not closed;line 5", "none")
case("fence-glued.md", "# Flow\n\n```mermaid\nflowchart TD\n  A-->B```\n\nSome text (with parentheses) afterwards.\n\n```mermaid\nflowchart LR\n  C-->D\n```\n",
     "error", 5, "-", "own line", "safe")
case("fence-glued-last.md", "Intro.\n\n```mermaid\ngraph LR\n  X --> Y```\n", "warning", 5, "-", "own line", "safe")
case("fence-unclosed-tilde.md", "Intro\n\n~~~mermaid\nmindmap\n  root\n    a\n\nThe end: see (above).\n", "error", 3, "-", "not closed", "none")
# 5. keyword typos and case
case("typo-classdef.mmd", "flowchart TD\n  A --> B\n  classdef hot fill:#f96\n  class A hot\n", "error", 3, "-", "classDef", "safe")
case("typo-linkstyle.md", page("Links", "flowchart TD\n  A --> B\n  linkstyle 0 stroke:#f00"), "error", 8, "-", "linkStyle", "safe")
case("typo-subgrapg.mmd", "flowchart TD\n  subgrapg One\n    A --> B\n  end\n", "error", 2, "-", "subgraph", "unsafe")
case("case-Subgraph.md", page("Case", "flowchart TD\n  Subgraph One\n    A --> B\n  end"), "error", 7, "-", "subgraph", "safe")
case("typo-clickk.mmd", 'flowchart TD\n  A --> B\n  clickk A "https://example.com"\n', "error", 3, "-", "click", "unsafe")
case("case-ClassDef.md", page("Classes", "flowchart TD\n  A --> B\n  ClassDef hot fill:#f96\n  class A hot"), "error", 8, "-", "classDef", "safe")
case("typo-flowchar.mmd", "flowchar TD\n  A --> B\n", "error", 1, "-", "flowchart", "unsafe")
case("typo-mindmaps.md", page("Map", "mindmaps\n  root\n    a"), "error", 6, "-", "mindmap", "unsafe")
case("case-graph-td.mmd", "graph td\n  A --> B\n", "error", 1, "-", "TD", "safe")
case("typo-styl.mmd", "flowchart TD\n  A --> B\n  styl A fill:#f00\n", "error", 3, "-", "style", "unsafe")
# 6. other-language habits
case("slash-comment.mmd", "flowchart TD\n  // the entry point\n  A --> B\n", "error", 2, "-", "%%", "safe")
case("slash-comment-end.md", page("Comments", "flowchart TD\n  A --> B // then B\n  B --> C"), "error", 7, "-", "%%", "safe")
case("arrow-unicode.mmd", "flowchart LR\n  A → B\n", "error", 2, "-", "-->", "safe")
case("arrow-double.md", page("Arrows", "flowchart LR\n  A ⇒ B"), "error", 7, "-", "-->", "safe")
case("arrow-single.mmd", "flowchart LR\n  A -> B\n", "error", 2, "-", "-->", "safe")
case("arrow-single-label.md", page("Arrows", "flowchart LR\n  A[Start] -> B[Stop]"), "error", 7, "-", "-->", "safe")
case("class-comma-space.mmd", "flowchart TD\n  A --> B\n  classDef hot fill:#f96\n  class A, B hot\n", "error", 4, "-", "space;comma", "safe")
case("class-comma-space.md", page("Classes", "flowchart TD\n  A --> B --> C\n  classDef hot fill:#f96\n  class A, B, C hot"), "error", 9, "-", "space;comma", "safe")
# 7. unclosed | of an edge label
case("pipe-unclosed.mmd", "flowchart TD\n  A -->|yes B\n  B --> C\n", "error", 2, "M108", "|;opened", "none")
case("pipe-unclosed.md", page("Pipes", "flowchart TD\n  A -->|no C\n  C --> D"), "error", 7, "M108", "|;opened", "none")
# 8. subgraph end / end in titles
case("subgraph-end-title.mmd", "flowchart TD\n  subgraph Front end\n    A --> B\n  end\n", "error", 2, "-", "end", "safe")
case("subgraph-end-title.md", page("Tiers", "flowchart LR\n  subgraph Back end\n    DB --> API\n  end\n  API --> UI"), "error", 7, "-", "end", "safe")
# 9. broken init directives (warnings: mermaid ignores a broken directive)
case("init-missing-brace.mmd", '%%{init: {"theme": "dark"}%%\nflowchart TD\n  A --> B\n', "warning", 1, "M204", "}", "none")
case("init-trailing-comma.md", page("Init", '%%{init: {"theme": "forest", }}%%\nflowchart TD\n  A --> B'), "warning", 6, "M204", "comma", "none")
case("init-unquoted.mmd", "%%{init: {theme: 'dark'}}%%\nflowchart TD\n  A --> B\n", "warning", 1, "M204", "quote", "none")
# 10. keyword as node id
case("keyword-style.mmd", "flowchart TD\n  A --> style\n", "error", 2, "M112", "styleNode", "safe")
case("keyword-class.md", page("Ids", "flowchart TD\n  Start --> class\n  class --> Stop"), "error", 7, "M112", "classNode", "safe")
case("keyword-end.mmd", "flowchart TD\n  A --> end\n", "error", 2, "M112", "endNode", "safe")
# 11. no knock-on warnings (checked by the test: no M2xx on the failed statement's names)
case("knockon-class.mmd", "flowchart TD\n  A[Load (cfg)]:::hot --> B\n  classDef hot fill:#f96\n", "error", 2, "M104", "quote", "safe")
case("knockon-class.md", page("Styles", "flowchart TD\n  class A, B hot\n  classDef hot fill:#f96\n  A --> B"), "error", 7, "-", "space", "safe")
# 12. silent surprise
case("label-swallows-node.mmd", "flowchart TD\n  A -- yes B\n  B --> C\n", "warning", 2, "-", "label", "none")
case("label-swallows-node.md", page("Surprise", "flowchart LR\n  Q -- no R\n  R --> S"), "warning", 7, "-", "label", "none")
# more everyday mistakes
case("unclosed-square.mmd", "flowchart TD\n  A[Start --> B\n", "error", 2, "M101", "]", "none")
case("unclosed-string.md", page("Strings", 'flowchart TD\n  A["Start] --> B'), "error", 7, "M102", '"', "none")
case("missing-target.mmd", "flowchart TD\n  A --> B\n  B -->\n", "error", 4, "M105", "target", "none")
case("unmatched-end.md", page("Ends", "flowchart TD\n  A --> B\n  end"), "error", 8, "M109", "end", "none")
case("unclosed-subgraph.mmd", "flowchart TD\n  subgraph One\n    A --> B\n", "error", 2, "M110", "end", "none")
case("quote-in-label.mmd", 'flowchart TD\n  A[Say "hi"] --> B\n', "error", 2, "M1", "quote", "safe")
case("paren-many.md", page("Pipeline", "flowchart LR\n  A[Fetch (git)] --> B[Build (make)]\n  B --> C[Test (ctest)]"), "error", 7, "M104", "quote", "safe")
case("mindmap-typo-root.mmd", "mindmap\n  root((Root))\n    A[Ideas (draft)]\n    B[Done]\n", "error", 3, "M155", "quote", "safe")
case("unknown-type.md", page("Type", "flowhcart TD\n  A --> B"), "error", 6, "-", "flowchart", "unsafe")
case("semicolon-comment.mmd", "flowchart TD\n  A --> B; // done\n", "error", 2, "-", "%%", "safe")
case("arrow-fat.mmd", "flowchart LR\n  A => B\n", "error", 2, "-", "==>", "safe")
case("keyword-subgraph-id.md", page("Ids", "flowchart TD\n  A --> subgraph"), "error", 7, "M112", "subgraphNode", "safe")
case("mindmap-paren-md2.md", page("Course", "mindmap\n  root((Course))\n    Week 1\n      w1[Intro (slides)]\n    Week 2"), "error", 9, "M155", "quote", "safe")

def main(out):
    cases_dir = os.path.join(out, "cases")
    os.makedirs(cases_dir, exist_ok=True)
    with open(os.path.join(out, "cases.tsv"), "w") as tsv:
        tsv.write("# file\tmermaid\tseverity\tline\tcode\tkeywords\tfix\n")
        for name, text, sev, line, code, words, fix in C:
            with open(os.path.join(cases_dir, name), "w") as f:
                f.write(text)
            tsv.write(f"{name}\t?\t{sev}\t{line}\t{code}\t{words or '-'}\t{fix}\n")
    print(len(C), "cases")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
