"""The `facturist` command."""
