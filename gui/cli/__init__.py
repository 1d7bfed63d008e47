"""``ec-whatif``'s subcommands: one module each, loaded only when it is the one asked for."""
