"""Core CLI commands: analyze and draft (offline, from mail files)."""
