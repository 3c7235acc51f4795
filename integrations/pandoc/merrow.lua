-- merrow.lua: a pandoc (>= 2.17) filter drawing ```mermaid code blocks with merrow.
--   pandoc page.md --lua-filter merrow.lua -o page.html   (inline SVG; LaTeX/PDF: PDF; docx/odt/...: PNG)
-- merrow is found through MERROW (a path), else on PATH. Blocks of types merrow does not draw
-- (sequenceDiagram, ...) stay code blocks for the page's own mermaid. A broken diagram fails the
-- conversion with its position in the page (page:line:col), as merrow reports it.
local merrow = os.getenv("MERROW") or "merrow"

local function image_format()
  if FORMAT:match("html") or FORMAT:match("epub") or FORMAT == "revealjs" or FORMAT == "slidy" then
    return "svg"
  elseif FORMAT:match("latex") or FORMAT == "beamer" or FORMAT == "context" then
    return "pdf"
  end
  return "png"
end

-- The page's text (pandoc gives blocks no positions), to tell merrow where each block stands.
local page_name, page_text, search_from = "<stdin>", "", 1
if PANDOC_STATE and PANDOC_STATE.input_files and PANDOC_STATE.input_files[1] then
  local name = PANDOC_STATE.input_files[1]
  local file = name ~= "-" and io.open(name, "rb")
  if file then
    page_name, page_text = name, file:read("a")
    file:close()
  end
end

-- Host line of the block's first content line (1 when the block cannot be found verbatim).
local function first_line_of(text)
  local at = page_text:find(text, search_from, true)
  if not at then return 1 end
  search_from = at + #text
  local _, breaks = page_text:sub(1, at - 1):gsub("\n", "")
  return breaks + 1
end

local function draw(block)
  local format = image_format()
  local line = first_line_of(block.text)
  -- merrow's page mode on stdin: the block as a one-diagram page whose fence stands on the line above.
  local page = "```mermaid\n" .. block.text .. "\n```\n"
  return pandoc.system.with_temporary_directory("merrow", function(dir)
    local args = {"render", "-", "--rewrite", "-q", "--format", format, "--stdin-filename", page_name,
                  "--stdin-first-line", tostring(math.max(line - 1, 1)), "-o", "-"}
    if format == "svg" then table.insert(args, "--inline") else table.insert(args, "--out-dir"); table.insert(args, dir) end
    local ok, out = pcall(pandoc.pipe, merrow, args, page)
    if not ok then
      -- merrow printed the diagram's page:line:col on stderr; a missing merrow ends here too.
      error("merrow (" .. merrow .. ") failed on the diagram of " .. page_name .. " near line " .. line ..
            ": " .. tostring(out))
    end
    if out == page then return nil end  -- not a type merrow draws: left to mermaid
    if format == "svg" then return pandoc.RawBlock("html", out) end
    local name = out:match("!%[diagram%]%((.-)%)")
    local file = io.open(dir .. "/" .. name, "rb")
    local data = file:read("a")
    file:close()
    pandoc.mediabag.insert(name, format == "pdf" and "application/pdf" or "image/png", data)
    -- As pandoc-ext/diagram: a `caption` (or `fig-cap`) attribute makes the image a figure.
    local caption = block.attributes.caption or block.attributes["fig-cap"]
    if not caption then return pandoc.Para({pandoc.Image({}, name)}) end
    local inlines = pandoc.read(caption, "markdown").blocks[1].content
    return pandoc.Para({pandoc.Image(inlines, name, "fig:")})
  end)
end

function CodeBlock(block)
  if block.classes[1] == "mermaid" then return draw(block) end
end
