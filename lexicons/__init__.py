"""Built-in lexicons: one TOML file per language, shipped inside the wheel."""
