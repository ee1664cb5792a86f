"""Fixtures shared by every test folder."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

pytest_plugins = ("tests.databases",)


@pytest.fixture(scope="session", autouse=True)
def _data_key_outside_the_checkout(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Tests that do not name a data key seal with one made for this run, never the checkout's ``var/``."""
    name = "WALKING_HOME_DATA_KEY_FILE"
    if name in os.environ:
        yield
        return
    os.environ[name] = str(tmp_path_factory.mktemp("keys") / "data-key")
    try:
        yield
    finally:
        os.environ.pop(name, None)
