"""Checks build_windows.sh makes on a Wine prefix, a bundle and an installed copy (host Python,
standard library only). Each subcommand prints what it found and exits 1 when the check fails.

    checks.py snapshot PREFIX OUT.json             files under drive_c (but windows\\) and registry keys
    checks.py left-behind BEFORE.json AFTER.json [--allow REGEX]...
    checks.py registry PREFIX [--has KEY]... [--lacks REGEX]...
    checks.py same-files BUNDLE INSTALLED [--extra NAME]...
    checks.py no-scaffolding STANDINS_DIR FOLDER...
    checks.py open-command PREFIX .EXT FILE        what Explorer runs for a double-click on FILE
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

# Wine writes this into the DOS stub of every DLL and EXE it provides (fake "builtin" files in
# system32) — one of them in a bundle would mean PyInstaller collected Wine instead of Windows.
WINE_MARKERS = (b"Wine builtin DLL", b"Wine placeholder DLL")
PE_SUFFIXES = {".dll", ".pyd", ".exe"}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def files_under(folder: Path) -> dict[str, Path]:
    """Relative path (with /, case kept) → path, for every regular file."""
    found = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root, name)
            if path.is_file() and not path.is_symlink():
                found[path.relative_to(folder).as_posix()] = path
    return found


# ----------------------------------------------------------------------------------- registry


def registry(prefix: Path) -> dict[str, list[str]]:
    """Wine's registry files as {"HKCU\\Software\\…": [value lines]} (keys as Windows writes them)."""
    keys: dict[str, list[str]] = {}
    for hive, name in (("HKCU", "user.reg"), ("HKLM", "system.reg")):
        current = None
        for line in (prefix / name).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("["):
                key = line[1:line.rindex("]")].replace("\\\\", "\\")
                current = keys.setdefault(f"{hive}\\{key}", [])
            elif current is not None and line and line[0] in '"@':
                current.append(line)
    return keys


def snapshot(prefix: Path) -> dict:
    """Files and folders (a trailing /) under drive_c, but Windows' own folder, and the registry."""
    drive = prefix / "drive_c"
    files = [rel for rel in files_under(drive)]
    files += [Path(root, d).relative_to(drive).as_posix() + "/"
              for root, dirs, _ in os.walk(drive) for d in dirs]
    files = sorted(rel for rel in files if not rel.lower().startswith("windows/"))
    return {"files": files, "registry": {k: sorted(v) for k, v in registry(prefix).items()}}


def cmd_snapshot(args) -> int:
    Path(args.out).write_text(json.dumps(snapshot(Path(args.prefix)), ensure_ascii=False), encoding="utf-8")
    return 0


def cmd_left_behind(args) -> int:
    """What is in AFTER and was not in BEFORE (files, registry keys, values), less what --allow
    matches (a regex searched in the Windows-style path, case-insensitive)."""
    before = json.loads(Path(args.before).read_text(encoding="utf-8"))
    after = json.loads(Path(args.after).read_text(encoding="utf-8"))
    allowed = [re.compile(a, re.IGNORECASE) for a in args.allow]

    def unexpected(items):
        return [i for i in items if not any(a.search(i) for a in allowed)]

    new_files = unexpected("C:\\" + f.replace("/", "\\") for f in sorted(set(after["files"]) - set(before["files"])))
    new_keys, new_values = [], []
    for key, values in sorted(after["registry"].items()):
        if key not in before["registry"]:
            new_keys.append(key)
        else:
            new_values += [f"{key}: {v}" for v in values if v not in before["registry"][key]]
    # Wine and Windows keep changing some values on their own (timestamps, MRU lists, window
    # positions): only values that name the application count.
    new_values = [v for v in new_values if re.search(r"pmqa", v, re.IGNORECASE)]
    problems = unexpected(new_keys) + unexpected(new_values)
    kept = sorted(set(after["files"]) - set(before["files"]) - {f for f in after["files"] if
                                                                 "C:\\" + f.replace("/", "\\") in new_files})
    for item in new_files + problems:
        print(f"left behind: {item}")
    if kept:
        print(f"kept on purpose ({len(kept)} files matching --allow), e.g. {kept[0]}")
    return 1 if new_files or problems else 0


def reg_string(line: str) -> str:
    """The data of a value line of Wine's .reg files: @="…" or "name"="…" (escapes undone)."""
    data = line.split("=", 1)[1] if line.startswith("@") else line[line.index('"=') + 2:]
    data = data.strip()[1:-1]
    return re.sub(r'\\(x\{?[0-9a-fA-F]{1,4}\}?|.)', lambda m: chr(int(m[1][1:].strip("{}"), 16))
                  if m[1].startswith("x") and len(m[1]) > 1 else m[1], data)


def cmd_open_command(args) -> int:
    """Follow HKCU\\Software\\Classes: .ext → ProgId → shell\\open\\command, put FILE for %1 and
    print the program and its arguments, one a line (what ShellExecute would start)."""
    keys = registry(Path(args.prefix))
    classes = "HKCU\\Software\\Classes\\"
    default = {k.lower(): next((reg_string(v) for v in vs if v.startswith("@=")), None) for k, vs in keys.items()}
    prog_id = default.get((classes + args.ext).lower())
    command = prog_id and default.get(f"{classes}{prog_id}\\shell\\open\\command".lower())
    if not command:
        print(f"no open command for {args.ext} (ProgId {prog_id!r})")
        return 1
    print(f"{args.ext} -> {prog_id} -> {command}", file=sys.stderr)
    for quoted, plain in re.findall(r'"([^"]*)"|(\S+)', command):
        print((quoted or plain).replace("%1", args.file))
    return 0


def cmd_registry(args) -> int:
    keys = registry(Path(args.prefix))
    lowered = {k.lower(): k for k in keys}
    failures = [f"missing key {k}" for k in args.has if k.lower() not in lowered]
    for pattern in args.lacks:  # searched in each key name and in each "KEY: value line"
        rx = re.compile(pattern, re.IGNORECASE)
        failures += [f"unexpected key {k}" for k in keys if rx.search(k)]
        failures += [f"unexpected value {k}: {v}" for k, vs in keys.items() for v in vs
                     if not rx.search(k) and rx.search(f"{k}: {v}")]
    for f in failures:
        print(f)
    return 1 if failures else 0


def cmd_same_files(args) -> int:
    bundle, installed = files_under(Path(args.bundle)), files_under(Path(args.installed))
    lower = {k.lower(): k for k in installed}
    problems = [f"not installed: {rel}" for rel in bundle if rel.lower() not in lower]
    problems += [f"differs: {rel}" for rel in bundle
                 if rel.lower() in lower and sha256(bundle[rel]) != sha256(installed[lower[rel.lower()]])]
    extra = {e.lower() for e in args.extra}
    bundled = {k.lower() for k in bundle}
    problems += [f"not in the bundle: {rel}" for rel in installed
                 if rel.lower() not in bundled and rel.lower() not in extra]
    for p in problems[:40]:
        print(p)
    print(f"{len(bundle)} files compared, {len(problems)} differences")
    return 1 if problems else 0


def cmd_no_scaffolding(args) -> int:
    standins = {p.name.lower(): sha256(p) for p in Path(args.standins).glob("*.dll")}
    hashes = set(standins.values())
    sizes = {p.stat().st_size for p in Path(args.standins).glob("*.dll")}
    problems, scanned = [], 0
    for folder in args.folders:
        for rel, path in files_under(Path(folder)).items():
            scanned += 1
            if path.name.lower() in standins:
                problems.append(f"{folder}: {rel} has a stand-in's name")
            if path.stat().st_size in sizes and sha256(path) in hashes:  # renamed copies too
                problems.append(f"{folder}: {rel} is a stand-in DLL")
            if path.suffix.lower() in PE_SUFFIXES:
                with path.open("rb") as f:
                    head = f.read(4096)
                if any(m in head for m in WINE_MARKERS):
                    problems.append(f"{folder}: {rel} is a Wine built-in file")
    for p in problems:
        print(p)
    print(f"{scanned} files scanned for {', '.join(sorted(standins))} and Wine built-ins: "
          f"{len(problems)} found")
    return 1 if problems else 0


def main(argv=None) -> int:
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(errors="backslashreplace")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("snapshot")
    p.add_argument("prefix")
    p.add_argument("out")
    p.set_defaults(run=cmd_snapshot)
    p = sub.add_parser("left-behind")
    p.add_argument("before")
    p.add_argument("after")
    p.add_argument("--allow", action="append", default=[])
    p.set_defaults(run=cmd_left_behind)
    p = sub.add_parser("registry")
    p.add_argument("prefix")
    p.add_argument("--has", action="append", default=[])
    p.add_argument("--lacks", action="append", default=[])
    p.set_defaults(run=cmd_registry)
    p = sub.add_parser("same-files")
    p.add_argument("bundle")
    p.add_argument("installed")
    p.add_argument("--extra", action="append", default=[])
    p.set_defaults(run=cmd_same_files)
    p = sub.add_parser("no-scaffolding")
    p.add_argument("standins")
    p.add_argument("folders", nargs="+")
    p.set_defaults(run=cmd_no_scaffolding)
    p = sub.add_parser("open-command")
    p.add_argument("prefix")
    p.add_argument("ext")
    p.add_argument("file")
    p.set_defaults(run=cmd_open_command)
    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
