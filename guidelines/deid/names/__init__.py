"""The token pass for names, places and organisations, split by label."""
