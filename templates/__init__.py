"""Jinja2 message templates (installed as the package regrets.templates)."""
