-- Headless Neovim (0.7.2's built-in LSP client) against natolex-language-server: opens $DOC, waits for the pushed
-- diagnostics, asks for one hover at $LINE:$CHAR (0-based, UTF-16), and writes what Neovim made of them as JSON to
-- $OUT: each diagnostic with the text it underlines (so the whole position chain is checked), and the hover's text.
local result = { diagnostics = {} }

local function write_and_quit(err)
  if err then result.error = err end
  local file = io.open(os.getenv('OUT'), 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('DOC')))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'natolex',
    cmd = { os.getenv('NODE'), os.getenv('SERVER'), '--stdio' },
    root_dir = os.getenv('ROOT'),
    -- What a user puts in their config. Neovim 0.7 does not announce workspace/configuration, so, as its manual
    -- says, the settings are sent with workspace/didChangeConfiguration from on_init.
    settings = { natolex = { rules = { ['unknown-acronym'] = 'off' } } },
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
  })
  if not client_id then return write_and_quit('the server did not start') end
  vim.lsp.buf_attach_client(buf, client_id)

  local ready = vim.wait(20000, function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end, 50)
  if not ready then return write_and_quit('the server did not initialize') end
  result.offset_encoding = vim.lsp.get_client_by_id(client_id).offset_encoding

  vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local line = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1] or ''
    table.insert(result.diagnostics, {
      line = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, code = d.code, source = d.source,
      message = d.message, text = string.sub(line, d.col + 1, d.end_col),
    })
  end

  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    position = { line = tonumber(os.getenv('LINE')), character = tonumber(os.getenv('CHAR')) },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000)
  for _, response in pairs(responses or {}) do
    local contents = response.result and response.result.contents
    if type(contents) == 'string' then result.hover = contents
    elseif contents and contents.value then result.hover = contents.value
    elseif contents then result.hover = vim.fn.json_encode(contents) end
  end
  write_and_quit(nil)
end

local ok, err = pcall(run)
if not ok then write_and_quit(tostring(err)) end
