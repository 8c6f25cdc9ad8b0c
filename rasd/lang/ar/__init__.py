"""Arabic lexicons (TSV/TXT files beside this module)."""
