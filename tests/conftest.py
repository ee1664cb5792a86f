"""Fixtures shared by every test folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import sealing

pytest_plugins = ("tests.databases",)


@pytest.fixture(scope="session", autouse=True)
def _data_key_outside_the_checkout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests that do not name a data key seal with one made for this run, never the checkout's ``var/``;
    engines made without a ring (storage tests) use it too."""
    name = "WALKING_HOME_DATA_KEY_FILE"
    given = name in os.environ
    if not given:
        os.environ[name] = str(tmp_path_factory.mktemp("keys") / "data-key")
    sealing.install_default(sealing.load_key_ring(key_file=Path(os.environ[name])))
    try:
        yield
    finally:
        sealing.install_default(None)
        if not given:
            os.environ.pop(name, None)
