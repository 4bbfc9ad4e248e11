-- Neovim's built-in LSP client against `toc lsp`, headless: opens a seed
-- model, waits for diagnostics, jumps to a definition and renames an id, and
-- writes what happened to a file (one `key=value` a line) that
-- tests/lsp/test-neovim.sh checks. Run as:
--   TOC=... MODEL=... OUT=... nvim --headless --clean -c 'luafile tests/lsp/neovim.lua'
-- (vim.lsp.start_client: Neovim 0.7, Debian 12's, has no vim.lsp.start yet.)
local toc, model, out = os.getenv("TOC"), os.getenv("MODEL"), os.getenv("OUT")
local results = {}
local function put(k, v) table.insert(results, k .. "=" .. tostring(v)) end
local function finish()
  local f = assert(io.open(out, "w"))
  f:write(table.concat(results, "\n") .. "\n")
  f:close()
  vim.cmd("qall!")
end

local ok, err = pcall(function()
vim.cmd("edit " .. vim.fn.fnameescape(model))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = "toc", cmd = { toc, "lsp" }, root_dir = vim.fn.getcwd() })
put("client", client_id ~= nil and vim.lsp.buf_attach_client(buf, client_id))

-- Diagnostics arrive after the server's quiet period.
local got = vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local diags = vim.diagnostic.get(buf)
put("diagnostics", #diags)
local first = got and diags[1] or {}
put("first_code", first.code or (first.user_data and first.user_data.lsp and first.user_data.lsp.code) or "")

-- Go to definition of the first `leads_to: [x` reference.
local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local ref_line, ref_col, target
for i, l in ipairs(lines) do
  local s, _, id = l:find("leads_to: %[([%w_]+)")
  if s then ref_line, ref_col, target = i, l:find(id, s, true), id break end
end
put("target", target)
vim.api.nvim_win_set_cursor(0, { ref_line, ref_col - 1 + 1 })
local client = vim.lsp.get_client_by_id(client_id)
local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
local resp = client.request_sync("textDocument/definition", params, 10000, buf)
local loc = resp and resp.result
if loc and loc.uri == nil and loc[1] then loc = loc[1] end
if loc then
  vim.lsp.util.jump_to_location(loc, client.offset_encoding)
  local row = vim.api.nvim_win_get_cursor(0)[1]
  put("definition_line", row)
  put("definition_text", vim.api.nvim_buf_get_lines(buf, row - 1, row, false)[1])
end

-- Rename the id under the cursor (the definition) everywhere.
local before = 0
for _, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  for _ in l:gmatch("%f[%w_]" .. target .. "%f[^%w_]") do before = before + 1 end
end
params = vim.lsp.util.make_position_params(0, client.offset_encoding)
params.newName = "renamed_by_neovim"
resp = client.request_sync("textDocument/rename", params, 10000, buf)
if resp and resp.result then vim.lsp.util.apply_workspace_edit(resp.result, client.offset_encoding) end
local after_old, after_new = 0, 0
for _, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
  for _ in l:gmatch("%f[%w_]" .. target .. "%f[^%w_]") do after_old = after_old + 1 end
  for _ in l:gmatch("renamed_by_neovim") do after_new = after_new + 1 end
end
put("before", before)
put("after_old", after_old)
put("after_new", after_new)
end)
if not ok then put("error", err) end
finish()
