"""Business rules: accounts, keys, credits, uploads, extractions. Owns transactions."""
