-- replylint in Neovim's built-in LSP client (Neovim 0.7 or later).
-- Put this file in ~/.config/nvim/plugin/ (or `require` it from init.lua).
-- It starts `replylint server` for mail, text, Markdown, HTML and Jinja buffers,
-- including the temp files mutt, neomutt and aerc hand to $EDITOR.

local cmd = vim.g.replylint_cmd or { "replylint", "server" }
local filetypes = { "mail", "text", "markdown", "html", "jinja", "jinja2", "htmldjango" }
local client_id = nil

-- mutt and neomutt temp files are already filetype "mail" (/tmp/mutt-*, /tmp/neomutt-*);
-- aerc names its drafts aerc-compose-*.eml, which older Neovims do not know.
vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, {
  pattern = { "aerc-compose-*", "*/aerc-compose-*", "*.eml" },
  command = "setfiletype mail",
})

local function attach(args)
  if vim.lsp.start then -- Neovim 0.8+: one client per root, reused across buffers
    vim.lsp.start({ name = "replylint", cmd = cmd, root_dir = vim.fn.getcwd() }, { bufnr = args.buf })
    return
  end
  if client_id == nil or vim.lsp.get_client_by_id(client_id) == nil then
    client_id = vim.lsp.start_client({ name = "replylint", cmd = cmd, root_dir = vim.fn.getcwd() })
  end
  vim.lsp.buf_attach_client(args.buf, client_id)
end

vim.api.nvim_create_autocmd("FileType", { pattern = filetypes, callback = attach })
