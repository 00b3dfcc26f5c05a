"""The addresses this computer can listen on, for the facilitator to choose from (no Qt: the
packaged build leaves QtNetwork out). Nothing is sent anywhere to find them.

Windows lists every adapter's IPv4 address (Wi-Fi, Ethernet, the Mobile hotspot's 192.168.137.1)
under the computer's name; Linux's kernel lists its local addresses in /proc/net/fib_trie. The
Room panel also lets the facilitator type an address.
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path


def _from_name() -> set[str]:
    found: set[str] = set()
    try:
        found.update(socket.gethostbyname_ex(socket.gethostname())[2])
        found.update(info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET))
    except OSError:
        pass
    return found


def _from_kernel(table: Path = Path("/proc/net/fib_trie")) -> set[str]:
    """Linux: the addresses marked "/32 host LOCAL" in the kernel's routing trie."""
    try:
        lines = table.read_text().splitlines()
    except OSError:
        return set()
    return {lines[n - 1].split()[-1] for n, line in enumerate(lines) if n and "/32 host LOCAL" in line}


def local_addresses() -> list[str]:
    """IPv4 addresses of this computer: private networks first (a room's Wi-Fi or hotspot), then
    others, loopback last."""
    addresses = set()
    for text in _from_name() | _from_kernel():
        try:
            address = ipaddress.IPv4Address(text)
        except ValueError:
            continue
        if not (address.is_unspecified or address.is_multicast or address.is_link_local):
            addresses.add(address)
    addresses.add(ipaddress.IPv4Address("127.0.0.1"))
    return [str(a) for a in sorted(addresses, key=lambda a: (a.is_loopback, not a.is_private, a))]
