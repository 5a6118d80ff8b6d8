"""The embedded draft record's folder must be private: another local user must not be able to read, swap or
delete the record (which would let them make the add-on draft twice)."""
from __future__ import annotations

import os
import stat
import tempfile

import pytest

from addon.app import create_app
from addon.config import AddonConfigError
from addon.statedir import default_state_dir

from .conftest import BASE_URL, SERVICE_ACCOUNT

CFG = {"base_url": BASE_URL, "service_account": SERVICE_ACCOUNT}


@pytest.fixture
def temp_root(tmp_path, monkeypatch):
    """The system temp folder, as the default state folder's parent, moved to a test folder."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def test_default_folder_is_made_private(temp_root):
    app = create_app(CFG)
    folder = default_state_dir()
    assert folder.parent == temp_root
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    db = app.extensions["regrets_addon"]["context"].store.path
    assert db.parent == folder and stat.S_IMODE(db.stat().st_mode) == 0o600


def test_world_writable_default_folder_is_refused(temp_root):
    folder = default_state_dir()
    folder.mkdir()
    folder.chmod(0o777)  # as another user would leave it, before the add-on first starts
    with pytest.raises(AddonConfigError) as exc:
        create_app(CFG)
    assert "can be written by other users" in str(exc.value) and "REGRETS_ADDON_STATE_DIR" in str(exc.value)
    assert not any(folder.iterdir())  # nothing was written into it


def test_symlinked_default_folder_is_refused(temp_root):
    target = temp_root / "elsewhere"
    target.mkdir(mode=0o700)
    default_state_dir().symlink_to(target)
    with pytest.raises(AddonConfigError, match="symbolic link"):
        create_app(CFG)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root to give the folder away")
def test_folder_of_another_user_is_refused(temp_root):
    folder = default_state_dir()
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)  # nobody
    with pytest.raises(AddonConfigError, match="belongs to another user"):
        create_app(CFG)


def test_configured_folder_is_checked_too(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o775)
    with pytest.raises(AddonConfigError, match="written by other users"):
        create_app({**CFG, "state_dir": str(shared)})
    create_app({**CFG, "state_dir": str(tmp_path / "new" / "state")})  # created private, parents as needed
