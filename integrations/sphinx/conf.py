# The lines a Sphinx project's conf.py needs to draw its mermaid diagrams with
# merrow (sphinxcontrib-mermaid >= 0.7, Debian: python3-sphinxcontrib-mermaid).
extensions = ["sphinxcontrib.mermaid"]  # add "myst_parser" for ```{mermaid} in Markdown pages
mermaid_cmd = "merrow-mmdc"             # or its full path: 0.7.1 does not split it into words
mermaid_output_format = "svg"           # or "png"; the LaTeX builder asks for PDFs by itself
# Optional, mmdc's flags: the page width PNGs/PDFs are shrunk to fit, the theme, the background.
# mermaid_params = ["--theme", "forest", "--width", "600", "--backgroundColor", "transparent"]
