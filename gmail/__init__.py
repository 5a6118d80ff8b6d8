"""Gmail API adapter: reads threads into the Regrets core model and writes threaded drafts."""
