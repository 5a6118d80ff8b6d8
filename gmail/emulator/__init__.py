"""Local Gmail API emulator: speaks the Gmail REST API over HTTP, seeded from mbox/.eml files."""
