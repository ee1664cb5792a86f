"""Settings: relative paths follow the data directory, never the folder a command is run from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import bot.settings as settings_module
from bot.settings import load_settings


@pytest.fixture(autouse=True)
def no_outside_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No WALKING_HOME_* variable of the machine, and a current folder that is not the data directory."""
    for name in [k for k in os.environ if k.startswith("WALKING_HOME_")]:
        monkeypatch.delenv(name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return elsewhere


def test_a_source_checkout_keeps_its_data_in_the_project_folder() -> None:
    project = Path(settings_module.__file__).resolve().parent.parent
    assert (project / "pyproject.toml").is_file()
    settings = load_settings()
    assert settings.data_dir == project
    assert settings.database_url == f"sqlite+aiosqlite:///{project}/var/walking-home.db"
    assert settings.sqlite_file == project / "var" / "walking-home.db"


def test_every_relative_path_is_anchored_to_the_data_directory(tmp_path: Path) -> None:
    data = tmp_path / "data"
    settings = load_settings(
        data_dir=data,
        database_url="sqlite+aiosqlite:///db/bot.db?timeout=5",
        evidence_dir="files/evidence",
        web_secret_file="./secret",
        matrix_state_dir="matrix",
    )
    assert settings.database_url == f"sqlite+aiosqlite:///{data}/db/bot.db?timeout=5"
    assert settings.sqlite_file == data / "db" / "bot.db"
    assert settings.evidence_dir == data / "files" / "evidence"
    assert settings.web_secret_file == data / "secret"
    assert settings.matrix_state_dir == data / "matrix"


def test_a_relative_data_directory_is_taken_from_where_it_was_set(no_outside_settings: Path) -> None:
    assert load_settings(data_dir="state").data_dir == no_outside_settings / "state"


def test_absolute_paths_and_other_databases_stay_as_given(tmp_path: Path) -> None:
    settings = load_settings(
        data_dir=tmp_path / "data",
        database_url="postgresql+asyncpg://bot:p%40ss@db.example.org/walking",
        evidence_dir=tmp_path / "evidence",
    )
    assert settings.database_url == "postgresql+asyncpg://bot:p%40ss@db.example.org/walking"
    assert settings.sqlite_file is None
    assert settings.evidence_dir == tmp_path / "evidence"
    assert load_settings(database_url="sqlite+aiosqlite:///:memory:").database_url == "sqlite+aiosqlite:///:memory:"
    absolute = f"sqlite+aiosqlite:///{tmp_path}/bot.db"
    assert load_settings(database_url=absolute).sqlite_file == tmp_path / "bot.db"


def test_the_data_directory_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WALKING_HOME_DATA_DIR", str(tmp_path / "data"))
    assert load_settings().evidence_dir == tmp_path / "data" / "var" / "evidence"


def test_an_installed_package_keeps_its_data_in_the_users_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(settings_module, "PROJECT_DIR", tmp_path / "site-packages")  # no pyproject.toml there
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert settings_module.default_data_dir() == tmp_path / "share" / "walking-home"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert settings_module.default_data_dir() == tmp_path / "home" / ".local" / "share" / "walking-home"
