# A tiny Sphinx project drawing its mermaid diagrams with merrow-mmdc
# (tests/integration_sphinx). The test passes the binary in MERROW_MMDC.
import os

project = "merrow sphinx test"
extensions = ["sphinxcontrib.mermaid", "myst_parser"]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]

mermaid_cmd = os.environ.get("MERROW_MMDC", "merrow-mmdc")
mermaid_output_format = "svg"  # the test also builds with -D mermaid_output_format=png
# The parameters sphinxcontrib-mermaid's documentation suggests for mmdc.
mermaid_params = ["--theme", "forest", "--width", "600", "--backgroundColor", "transparent",
                  "-p", "puppeteer-config.json"]
