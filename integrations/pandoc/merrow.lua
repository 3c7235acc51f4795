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

-- The page's lines (pandoc gives blocks no positions), to tell merrow where each block stands.
local page_name, page_lines, search_from = "<stdin>", {}, 1
if PANDOC_STATE and PANDOC_STATE.input_files and PANDOC_STATE.input_files[1] then
  local name = PANDOC_STATE.input_files[1]
  local file = name ~= "-" and io.open(name, "rb")
  if file then
    page_name = name
    for line in (file:read("a") .. "\n"):gmatch("(.-)\r?\n") do page_lines[#page_lines + 1] = line end
    file:close()
  end
end

local function lines_of(text)
  local lines = {}
  for line in (text .. "\n"):gmatch("(.-)\n") do lines[#lines + 1] = line end
  return lines
end

-- Where the block's lines stand in the page: pandoc strips the container prefix (a list item's
-- indentation, a block quote's "> ") from each line, so a page line is that prefix and then the
-- block's line (a blank block line may be the prefix alone). Returns the host line of the block's
-- first line and the prefix, or nil when the block is not found (tabs pandoc expanded, lazy lines).
local function locate(lines)
  local first = 1
  while lines[first] == "" do first = first + 1 end
  if not lines[first] then return nil end
  for at = search_from, #page_lines - #lines + 1 do
    local host = page_lines[at + first - 1]
    local prefix = host:sub(1, #host - #lines[first])
    if host:sub(#prefix + 1) == lines[first] and prefix:match("^[ \t>]*$") then
      local all = true
      for k = 1, #lines do
        local line = page_lines[at + k - 1]
        if not (line == prefix .. lines[k] or (lines[k] == "" and line:match("^[ \t>]*$"))) then
          all = false
          break
        end
      end
      if all then
        search_from = at + #lines
        return at, prefix
      end
    end
  end
  return nil
end

-- The one-diagram page merrow reads on stdin: the block's own host lines between fences carrying
-- their prefix, so merrow's line:col are the page's; `strip` takes the prefix off what comes back.
local function page_for(block)
  local lines = lines_of(block.text)
  local at, prefix = locate(lines)
  if not at then
    return "```mermaid\n" .. block.text .. "\n```\n", 1, function(out) return out end
  end
  local host = {prefix .. "```mermaid"}
  for k = 1, #lines do host[#host + 1] = page_lines[at + k - 1] end
  host[#host + 1] = prefix .. "```"
  local function strip(out)
    if prefix == "" then return out end
    local kept = {}
    for line in out:gmatch("(.-)\n") do
      kept[#kept + 1] = line:sub(1, #prefix) == prefix and line:sub(#prefix + 1) or line:gsub("^[ \t>]*$", "")
    end
    return table.concat(kept, "\n") .. "\n"
  end
  return table.concat(host, "\n") .. "\n", math.max(at - 1, 1), strip
end

local function draw(block)
  local format = image_format()
  local page, fence_line, strip = page_for(block)
  return pandoc.system.with_temporary_directory("merrow", function(dir)
    local args = {"render", "-", "--rewrite", "-q", "--format", format, "--stdin-filename", page_name,
                  "--stdin-first-line", tostring(fence_line), "-o", "-"}
    if format == "svg" then table.insert(args, "--inline") else table.insert(args, "--out-dir"); table.insert(args, dir) end
    local ok, out = pcall(pandoc.pipe, merrow, args, page)
    if not ok then
      -- merrow printed the diagram's page:line:col on stderr; a missing merrow ends here too.
      error("merrow (" .. merrow .. ") failed on the diagram of " .. page_name .. " near line " .. fence_line + 1 ..
            ": " .. tostring(out))
    end
    if out == page then return nil end  -- not a type merrow draws: left to mermaid
    out = strip(out)
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
