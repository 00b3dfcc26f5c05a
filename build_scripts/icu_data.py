"""A smaller ICU data library for the Linux bundle (Qt's ICU data is 32 MB; we need about 2).

Qt Core links ICU (libicuuc, libicui18n, libicudata) and calls it for four things only —
collation (``ucol_*``: QCollator, which Qt's own file dialog uses to sort names), locale-aware
case mapping (``u_strToUpper``/``u_strToLower``: no data), time zones (``ucal_*``: canonical ids
and display names) and legacy text encodings (``ucnv_*``: QStringConverter by name). Its line
breaking is its own (Thai through libthai), so ICU's break iterators and dictionaries are never
used. Which items ``bundle.keep_icu_item`` keeps, and why, is in ``bundle.py``.

ICU finds its data through one exported symbol, ``icudt<N>_dat``: an ICU "common data" package
(a header, a table of contents sorted by name, then the items, each 16-byte aligned). This module
reads that package out of the wheel's ``libicudata.so.<N>``, keeps the chosen items in their
order, and assembles a library exporting the same symbol with the same soname, with binutils'
``as`` and ``ld`` (binutils is already needed by PyInstaller). An item ICU looks for and does not
find falls back the way ICU always does: a locale to its parent and then to root; a missing
converter fails to open, and Qt then reports that encoding as unavailable.
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path
from typing import Callable

_MAGIC = (0xDA, 0x27)


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, virtual address, size) of the ``icudt<N>_dat`` symbol."""
    out = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^([0-9a-f]+)\s.*\s([0-9a-f]+)\s+(icudt\d+_dat)\s*$", out, re.M)
    if not match:
        raise ValueError(f"{library}: no icudt*_dat symbol")
    return match.group(3), int(match.group(1), 16), int(match.group(2), 16)


def _file_offset(library: Path, address: int) -> int:
    """The file offset of a virtual address, from the section that holds it."""
    out = subprocess.run(["objdump", "-h", str(library)], capture_output=True, text=True, check=True).stdout
    for size, vma, offset in re.findall(r"^\s*\d+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", out, re.M):
        if int(vma, 16) <= address < int(vma, 16) + int(size, 16):
            return int(offset, 16) + address - int(vma, 16)
    raise ValueError(f"{library}: address {address:#x} is in no section")


def package_from_library(library: Path) -> tuple[str, bytes]:
    """(symbol name, the common data package) of an ICU data library."""
    name, address, size = _symbol(library)
    start = _file_offset(library, address)
    return name, library.read_bytes()[start:start + size]


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)] in table order) of a little-endian common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != _MAGIC or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    starts = sorted(offset for _, offset in entries) + [len(data) - toc]
    end_of = dict(zip(starts, starts[1:]))  # an item ends where the next one begins
    items = []
    for name_offset, offset in entries:
        name = data[toc + name_offset:data.index(b"\0", toc + name_offset)].decode("ascii")
        items.append((name, data[toc + offset:toc + end_of[offset]]))
    return data[:header_size], items


def _pad(size: int, to: int = 16) -> int:
    return -size % to


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A common data package of ``items``, which must stay sorted by name (ICU searches the
    table of contents by bisection)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    first_item = table_size + len(names)
    first_item += _pad(len(header) + first_item)
    table, body, name_at, item_at = [struct.pack("<I", len(items))], [], table_size, first_item
    for name, content in items:
        table.append(struct.pack("<II", name_at, item_at))
        name_at += len(name) + 1
        body.append(content + b"\0" * _pad(len(content)))
        item_at += len(body[-1])
    head = header + b"".join(table) + names
    return head + b"\0" * _pad(len(head)) + b"".join(body)


def trimmed_library(source: Path, keep: Callable[[str], bool], folder: Path) -> tuple[Path, int, int]:
    """Build ``folder/<source's name>``: the same soname and symbol with only the items whose
    name (without the ``icudt<N>l/`` prefix) ``keep`` accepts. Returns (path, items kept, items)."""
    symbol, package = package_from_library(source)
    header, items = read_package(package)
    kept = [(name, content) for name, content in items if keep(name.split("/", 1)[1])]
    folder.mkdir(parents=True, exist_ok=True)
    dat = folder / (symbol + ".dat")
    dat.write_bytes(write_package(header, kept))
    assembly = folder / (symbol + ".s")
    assembly.write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
        f'{symbol}:\n\t.incbin "{dat.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    subprocess.run(["as", "-o", f"{symbol}.o", assembly.name], cwd=folder, check=True)
    out = folder / source.name
    subprocess.run(["ld", "-shared", "-soname", source.name, "-o", str(out), f"{symbol}.o"], cwd=folder, check=True)
    return out, len(kept), len(items)
