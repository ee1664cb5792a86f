"""The files in deploy/ name only settings the bot has, and the compose file wires what
docs/deployment.md says every process must share."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.settings import Settings

DEPLOY = Path(__file__).parents[2] / "deploy"
DOCS = Path(__file__).parents[2] / "docs" / "deployment.md"
SETTING = re.compile(r"\bWALKING_HOME_[A-Z0-9_]+\b")
#: Variables that are not settings: none so far (a prefix shortened in prose, like ``_WEB_PORT``, is not matched).
NOT_SETTINGS: set[str] = set()


def settings_named(text: str) -> set[str]:
    return set(SETTING.findall(text)) - NOT_SETTINGS


def test_every_setting_named_in_deploy_and_the_deployment_doc_exists() -> None:
    known = {f"WALKING_HOME_{name.upper()}" for name in Settings.model_fields}
    for path in [*sorted(p for p in DEPLOY.rglob("*") if p.is_file()), DOCS]:
        named = settings_named(path.read_text())
        prefixes = {name for name in named if name.endswith("_")}  # a family: WALKING_HOME_RETENTION_*
        unknown = (named - prefixes - known) | {p for p in prefixes if not any(k.startswith(p) for k in known)}
        assert not unknown, f"{path.name} names settings the bot does not have: {sorted(unknown)}"


def test_the_compose_file_runs_n_processes_that_share_the_database_key_secret_and_evidence() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    bots = [name for name in services if re.fullmatch(r"bot\d+", name)]
    assert len(bots) >= 2
    shared = {
        "WALKING_HOME_DATABASE_URL",
        "WALKING_HOME_DATA_KEY_FILE",
        "WALKING_HOME_WEB_SECRET_FILE",
        "WALKING_HOME_EVIDENCE_DIR",
    }
    environments = [services[name]["environment"] for name in [*bots, "init"]]
    for key in shared:
        assert len({environment[key] for environment in environments}) == 1, key
    assert services["init"]["restart"] == "no" and services["init"]["depends_on"] == {
        "postgres": {"condition": "service_healthy"}
    }
    for name in bots:
        assert services[name]["depends_on"] == {"init": {"condition": "service_completed_successfully"}}
        assert "ports" not in services[name], "only the proxy is published"
    proxy_address = services["proxy"]["networks"]["internal"]["ipv4_address"]
    assert all(environment["FORWARDED_ALLOW_IPS"] == proxy_address for environment in environments)
    nginx = (DEPLOY / "nginx.conf").read_text()
    for name in bots:  # every process is behind both upstreams
        assert nginx.count(f"server {name}:8080") == 2, name
    assert "hash $remote_addr consistent" in nginx and "sticky cookie" not in nginx


def test_the_systemd_instance_is_its_port_and_waits_for_the_init_unit() -> None:
    unit = (DEPLOY / "systemd" / "walking-home@.service").read_text()
    assert "Environment=WALKING_HOME_WEB_PORT=%i" in unit
    assert "Requires=walking-home-init.service" in unit and "ExecStart=/opt/walking-home/bin/walking-home run" in unit
    init = (DEPLOY / "systemd" / "walking-home-init.service").read_text()
    assert "Type=oneshot" in init and "walking-home seed" in init
