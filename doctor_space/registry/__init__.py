"""Public medical registers: reading their extracts, loading them, matching doctors against them."""
