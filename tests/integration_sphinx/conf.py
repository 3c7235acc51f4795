# The one conf.py of the test projects (project/, broken/; sphinx_test.cpp copies
# it into each): the lines integrations/sphinx/conf.py documents, run as written,
# plus what a test needs (MyST pages, the built merrow-mmdc, mmdc's usual flags).
import os

exec(open(os.path.join(os.environ["MERROW_SOURCE_DIR"], "integrations/sphinx/conf.py")).read())

project = "merrow sphinx test"
extensions.append("myst_parser")  # noqa: F821 (set by the documented lines)
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]

mermaid_cmd = os.environ["MERROW_MMDC"]
# The test also builds with -D mermaid_output_format=png. The parameters
# sphinxcontrib-mermaid's documentation suggests for mmdc:
mermaid_params = ["--theme", "forest", "--width", "600", "--backgroundColor", "transparent",
                  "-p", "puppeteer-config.json"]
