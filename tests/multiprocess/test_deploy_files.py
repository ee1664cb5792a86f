"""The files in deploy/ name only settings the bot has, and the compose file wires what
docs/deployment.md says every process must share."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
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


HARDENING = (
    "NoNewPrivileges=yes",
    "CapabilityBoundingSet=\n",
    "ProtectSystem=strict",
    "ReadWritePaths=/var/lib/walking-home",
    "ProtectHome=yes",
    "PrivateTmp=yes",
    "PrivateDevices=yes",
    "ProtectKernelTunables=yes",
    "ProtectKernelModules=yes",
    "ProtectKernelLogs=yes",
    "ProtectControlGroups=yes",
    "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
    "LockPersonality=yes",
    "RestrictRealtime=yes",
    "SystemCallFilter=@system-service",
)
UNITS = ("walking-home.service", "walking-home@.service", "walking-home-init.service", "walking-home-backup.service")


def test_every_unit_is_sandboxed_and_a_settings_error_does_not_restart_in_a_loop() -> None:
    for name in UNITS:
        unit = (DEPLOY / "systemd" / name).read_text()
        missing = [option for option in HARDENING if option not in unit]
        assert not missing, f"{name} lacks {missing}"
    for name in ("walking-home.service", "walking-home@.service"):
        assert "RestartPreventExitStatus=2" in (DEPLOY / "systemd" / name).read_text(), name
    backup = (DEPLOY / "systemd" / "walking-home-backup.service").read_text()
    assert not any(line.startswith("After=") for line in backup.splitlines()), (
        "ordering a timer's lone unit does nothing"
    )


def test_a_settings_error_exits_2_the_status_the_unit_does_not_restart_on(tmp_path: Path) -> None:
    from tests.matrix.bot_process import WALKING_HOME

    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env.update(WALKING_HOME_DATA_DIR=str(tmp_path), WALKING_HOME_WEB_PORT="abc")
    done = subprocess.run([WALKING_HOME, "run"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "WALKING_HOME_WEB_PORT" in done.stderr


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
@pytest.mark.parametrize("name", UNITS)
def test_systemd_analyze_security_rates_each_unit_ok(name: str, tmp_path: Path) -> None:
    # Offline: the unit file as written (no systemd needs to run); an instance unit needs an instance name.
    unit = tmp_path / name.replace("@.", "@8081.")
    unit.write_text((DEPLOY / "systemd" / name).read_text())
    done = subprocess.run(
        ["systemd-analyze", "security", "--offline=yes", "--no-pager", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    score = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", done.stdout)
    assert score is not None, done.stdout + done.stderr
    assert float(score.group(1)) <= 3.0, score.group(0)  # 8.5 "EXPOSED" before the sandbox options


def test_nginx_never_passes_metrics_on_and_ready_only_to_internal_addresses() -> None:
    nginx = (DEPLOY / "nginx.conf").read_text()
    metrics = re.search(r"location = /metrics \{(.*?)\}", nginx, re.S)
    assert metrics is not None and "deny all;" in metrics.group(1) and "proxy_pass" not in metrics.group(1)
    ready = re.search(r"location = /ready \{(.*?)\}", nginx, re.S)
    assert ready is not None and "deny all;" in ready.group(1) and "allow 127.0.0.1;" in ready.group(1)


def test_the_single_process_example_is_for_sqlite_and_polling() -> None:
    single = (DEPLOY / "walking-home.single.env.example").read_text()
    active = {line.split("=", 1)[0] for line in single.splitlines() if line and not line.startswith("#")}
    assert "WALKING_HOME_DATA_DIR" in active and "WALKING_HOME_DATABASE_URL" not in active
    assert "WALKING_HOME_TELEGRAM_MODE" not in active  # polling, the default: one process needs no webhook
