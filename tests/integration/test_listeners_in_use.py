"""``walking-home run`` when a listener cannot listen (real processes, real sockets held by the test).

The metrics listener (``WALKING_HOME_METRICS_ADDRESS``) the operator asked for and cannot have: the
line says why (errno and strerror: no secret in them, not a withheld log record) and the bot does
not start (exit 1). The web port in use: the same reason, not "no channel is configured". An IPv6
listener is logged and announced as a URL that works (``http://[::1]:port/``), and the metrics
listener as the metrics listener.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.matrix.bot_process import WALKING_HOME


def environment(data_dir: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WALKING_HOME_")}
    env.update(WALKING_HOME_DATA_DIR=str(data_dir), WALKING_HOME_DEFAULT_LOCALE="en", PYTHONWARNINGS="ignore")
    env.update({f"WALKING_HOME_{name.upper()}": value for name, value in settings.items()})
    return env


@contextmanager
def a_port_in_use(host: str = "127.0.0.1") -> Iterator[int]:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as holder:
        holder.bind((host, 0))
        holder.listen()
        yield holder.getsockname()[1]


def free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([WALKING_HOME, "run"], env=env, capture_output=True, text=True, timeout=120)


def test_a_metrics_address_in_use_says_why_and_the_bot_does_not_start(tmp_path: Path) -> None:
    with a_port_in_use() as port:
        done = run(environment(tmp_path, web_port="0", metrics_address=f"127.0.0.1:{port}"))

    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert f"The metrics listener could not start on 127.0.0.1:{port}: [Errno 98] Address already in use" in output
    assert "withheld" not in output
    assert "The bot is running" not in output
    assert "Web chat is running" not in output  # refused before any channel started


def test_a_web_port_in_use_says_so_and_not_that_no_channel_is_configured(tmp_path: Path) -> None:
    with a_port_in_use() as port:
        done = run(environment(tmp_path, web_port=str(port)))

    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert f"could not start on 127.0.0.1:{port}: [Errno 98] Address already in use" in output
    assert "No channel is available" not in output and "WALKING_HOME_WEB_ENABLED" not in output
    assert "No configured channel could start" in output
    assert "withheld" not in output


def test_an_ipv6_metrics_listener_is_logged_and_announced_as_a_bracketed_url(tmp_path: Path) -> None:
    port = free_port("::1")
    env = environment(tmp_path, web_port="0", metrics_address=f"[::1]:{port}", log_level="INFO")
    process = subprocess.Popen(
        [WALKING_HOME, "run"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 60
        lines: list[str] = []
        assert process.stdout is not None
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "The bot is running" in line:
                break
        process.send_signal(signal.SIGTERM)
        lines += process.communicate(timeout=30)[0].splitlines(keepends=True)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    output = "".join(lines)
    assert f"metrics listener listening on http://[::1]:{port}" in output, output
    assert f"http://::1:{port}" not in output
    assert f"web chat listening on http://[::1]:{port}" not in output
    assert f"http://[::1]:{port}/" in output  # the announcement, a URL a browser or Prometheus takes
