"""Pause a PostgreSQL test cluster for real: SIGSTOP its postmaster and every backend, SIGCONT after.

A paused server keeps its sockets open and the kernel still completes TCP handshakes, but nothing
answers: what a hung server, a frozen VM or a stalled disk looks like to the bot.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from pathlib import Path

from tests.databases import PostgresCluster


def postmaster_pid(cluster: PostgresCluster) -> int:
    """The postmaster: the first line of postmaster.pid."""
    assert cluster.data_dir is not None
    return int((cluster.data_dir / "postmaster.pid").read_text().split()[0])


def cluster_pids(cluster: PostgresCluster) -> list[int]:
    """The postmaster and its children (backends, background workers)."""
    postmaster = postmaster_pid(cluster)
    return [postmaster, *(pid for pid in _pids() if _parent_of(pid) == postmaster)]


def _pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def _parent_of(pid: int) -> int | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1])


@contextlib.contextmanager
def paused(cluster: PostgresCluster) -> Iterator[list[int]]:
    """SIGSTOP every process of the cluster; SIGCONT them on the way out, whatever happened.

    The postmaster stops first, so it forks no backend after its children are listed; a child that
    exits between the listing and its signal is simply not paused (it is gone).
    """
    postmaster = postmaster_pid(cluster)
    stopped = []
    try:
        os.kill(postmaster, signal.SIGSTOP)
        stopped.append(postmaster)
        for pid in cluster_pids(cluster)[1:]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)
                stopped.append(pid)
        yield stopped
    finally:
        for pid in stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
