"""Google Workspace add-on (Gmail side panel) HTTP backend."""
