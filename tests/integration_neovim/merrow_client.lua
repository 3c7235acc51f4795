-- A headless Neovim session with its built-in LSP client (0.7 API, Debian 12)
-- talking to `merrow lsp`: opens $PAGE, waits for the diagnostics, applies
-- the unsafe fix offered for the M101, formats the page, writes it, and
-- reports what it saw as JSON to $OUT.
local merrow, page, out = os.getenv('MERROW'), os.getenv('PAGE'), os.getenv('OUT')
local result = {}

local function snapshot(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, { lnum = d.lnum, col = d.col, severity = d.severity, code = d.code or lsp.code,
                         message = d.message })
  end
  return list
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(page))
  local buf = vim.api.nvim_get_current_buf()
  local id = vim.lsp.start_client({ name = 'merrow', cmd = { merrow, 'lsp' },
                                    root_dir = vim.fn.fnamemodify(page, ':h') })
  assert(id, 'the client did not start')
  vim.lsp.buf_attach_client(buf, id)
  local client = vim.lsp.get_client_by_id(id)
  vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  result.diagnostics = snapshot(buf)

  local target
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (d.code or lsp.code) == 'M101' then target = d end
  end
  assert(target, 'no M101 diagnostic')
  local uri = vim.uri_from_bufnr(buf)
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = { line = target.lnum, character = target.col },
              ['end'] = { line = target.end_lnum or target.lnum, character = target.end_col or target.col } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, target.lnum) },
  }, 10000, buf)
  assert(response and response.result, 'no code action response')
  result.actions = {}
  local fix
  for _, action in ipairs(response.result) do
    table.insert(result.actions, action.title)
    if action.title:find('unsafe fix', 1, true) then fix = action end
  end
  assert(fix, 'no fix among the code actions')
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 20)
  result.after_fix = snapshot(buf)

  local formatted = client.request_sync('textDocument/formatting', {
    textDocument = { uri = uri }, options = { tabSize = 4, insertSpaces = true } }, 10000, buf)
  assert(formatted and formatted.result, 'no formatting response')
  result.format_edits = #formatted.result
  vim.lsp.util.apply_text_edits(formatted.result, buf, 'utf-16')
  vim.cmd('write')
  vim.wait(500, function() return false end, 50)
  result.after_format = snapshot(buf)
end)
result.ok = ok
result.error = ok and '' or tostring(err)
local file = io.open(out, 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
