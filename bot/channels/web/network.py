"""A web client's network address as a keyed hash: what limits and guards count, never the address."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress


def network_source(secret: bytes, host: str | None) -> str:
    """The client's address as a keyed hash (IPv6: its /64, what one household has); "" when unknown."""
    if not host:
        return ""
    try:
        ip = ipaddress.ip_address(host)
        network = str(ipaddress.ip_network(f"{ip}/64", strict=False)) if ip.version == 6 else str(ip)
    except ValueError:
        network = host
    return hmac.new(secret, b"network:" + network.encode("utf-8", "replace"), hashlib.sha256).hexdigest()[:32]
