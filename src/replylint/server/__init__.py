"""`replylint server`: a Language Server Protocol server over stdio (pygls).

`checker` checks a buffer as `replylint check` checks a file, `actions` and
`hover` build code actions and hover text, `positions` converts columns to the
client's units, and `app` wires them to the protocol.
"""
