"""A stand-in for Python's ``ssl`` module, for the packaged build, which leaves ``ssl`` out.

WORKAROUND: tornado imports ``ssl`` at the top of its modules (tornado/iostream.py, netutil.py,
httpserver.py, tcpserver.py) even when no TLS is used, and the one-folder build excludes ``ssl``
(build_scripts/bundle.py: no network beyond the room, and OpenSSL is 5 MB of a 150 MB budget).
The room's server speaks plain HTTP on the room's network and never creates a TLS context, so the
names tornado touches while importing are enough. Remove this if the bundle ships ``ssl`` again.
tests/room/test_server.py starts the server with ``ssl`` missing to keep this true.
"""

from __future__ import annotations

import importlib
import sys
import types


class _NoTLS(Exception):
    """Stands in for ssl's exception and socket classes: nothing here ever raises or makes one."""


def stand_in_for_ssl() -> None:
    """Give tornado an ``ssl`` module to import when the real one is missing; otherwise do nothing."""
    try:  # by name: the build leaves ssl out on purpose (tests/program/test_packaging.py), and this
        importlib.import_module("ssl")  # looks for exactly that
    except ImportError:
        stand_in = types.ModuleType("ssl", "A stand-in: this build carries no TLS (app/room/without_tls.py).")
        for name in ("SSLError", "SSLContext", "SSLSocket", "SSLSyscallError", "SSLWantReadError",
                     "SSLWantWriteError", "SSLZeroReturnError", "SSLEOFError", "CertificateError"):
            setattr(stand_in, name, type(name, (_NoTLS,), {}))
        stand_in.HAS_SNI = False
        sys.modules["ssl"] = stand_in
