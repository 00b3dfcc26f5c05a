"""Will phones reach this laptop? On Windows the firewall blocks incoming connections unless a rule
allows the program; the all-users installer adds one ("PMQA 4.0 Workshop (room input)", private
networks only) and a standard user cannot. Reading the rule asks ``netsh`` (a local program; no
network traffic), whose exit status says whether the rule exists, whatever the language of Windows.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

RULE_NAME = "PMQA 4.0 Workshop (room input)"
ALLOWED, MISSING, NOT_WINDOWS, UNKNOWN = "allowed", "missing", "not-windows", "unknown"


def firewall_rule() -> str:
    """ALLOWED when the installer's inbound rule exists, MISSING when it does not (incoming
    connections will be blocked), NOT_WINDOWS elsewhere, UNKNOWN if netsh could not say."""
    if sys.platform != "win32":
        return NOT_WINDOWS
    try:
        result = subprocess.run(["netsh", "advfirewall", "firewall", "show", "rule", f"name={RULE_NAME}"],
                                capture_output=True, timeout=10, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError):
        return UNKNOWN
    return ALLOWED if result.returncode == 0 else MISSING


def per_user_install() -> bool:
    """True for the per-user installation (under %LOCALAPPDATA%), which cannot add the rule."""
    local = os.environ.get("LOCALAPPDATA")
    return bool(getattr(sys, "frozen", False) and local and Path(sys.executable).is_relative_to(Path(local)))
