"""Which draft store a configuration gets: PostgreSQL when ``REGRETS_ADDON_DATABASE_URL`` is set, else SQLite
in the private state folder."""
from __future__ import annotations

from .config import DATABASE_URL_ENV, AddonConfig, AddonConfigError
from .draftstore import DraftStore, StoreError
from .sqlitestore import FILE_NAME, SqliteDraftStore
from .statedir import private_state_dir


def open_store(cfg: AddonConfig) -> DraftStore:
    """The configured store, schema ready. Raises AddonConfigError when it cannot be used (the reason, no URL)."""
    try:
        if cfg.database_url:
            from .pgstore import PostgresDraftStore  # psycopg only where PostgreSQL is used

            return PostgresDraftStore(cfg.database_url)
        return SqliteDraftStore(private_state_dir(cfg.state_dir) / FILE_NAME)
    except StoreError as exc:
        where = DATABASE_URL_ENV if cfg.database_url else "the state folder"
        raise AddonConfigError(f"cannot open the draft record ({exc}): check {where}") from None
