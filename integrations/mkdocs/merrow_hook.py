"""MkDocs (>= 1.4) hook drawing ```mermaid fences as inline SVG with merrow.

mkdocs.yml:  hooks: [path/to/merrow_hook.py]
merrow is found through MERROW (a path), else on PATH. Fences of types merrow does not draw
(sequenceDiagram, ...) stay as they are, for the site's own mermaid. A broken diagram fails the
build with its position in the page (docs/page.md:line:col).
"""
import os
import shutil
import subprocess

from mkdocs.exceptions import PluginError


def _merrow():
    exe = os.environ.get("MERROW") or shutil.which("merrow")
    if not exe:
        raise PluginError("merrow_hook: merrow not found; put it on PATH or set MERROW to its path")
    return exe


def on_page_markdown(markdown, page, config, files):
    if "mermaid" not in markdown:
        return markdown
    path = os.path.relpath(page.file.abs_src_path)
    # MkDocs has cut the front matter off: count its lines so errors name the file's own lines.
    first_line = 1
    with open(page.file.abs_src_path, encoding="utf-8-sig", errors="replace") as f:
        raw = f.read()
    if raw.endswith(markdown):
        first_line = raw[: len(raw) - len(markdown)].count("\n") + 1
    run = subprocess.run(
        [_merrow(), "render", "-", "--stdin-filename", path, "--stdin-first-line", str(first_line),
         "--rewrite", "--inline", "-q", "-o", "-"],
        input=markdown, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise PluginError(run.stderr.strip() or f"merrow failed on {path}")
    return run.stdout
