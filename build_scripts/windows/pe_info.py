"""What Explorer's Properties dialog shows of an .exe: its version strings and icon sizes; and
what its manifest declares: DPI awareness, and the privileges it asks for (asInvoker: no UAC prompt). Runs under the Windows Python (pefile comes with
PyInstaller there); prints JSON. Used by build_windows.sh.

    python pe_info.py FILE.exe
"""

import json
import re
import sys

import pefile

RT_ICON_GROUP = pefile.RESOURCE_TYPE["RT_GROUP_ICON"]
RT_MANIFEST = pefile.RESOURCE_TYPE["RT_MANIFEST"]


def resources(pe, kind):
    directory = getattr(pe, "DIRECTORY_ENTRY_RESOURCE", None)
    for entry in directory.entries if directory else []:
        if entry.id == kind:
            for name in entry.directory.entries:
                for lang in name.directory.entries:
                    data = lang.data.struct
                    yield pe.get_data(data.OffsetToData, data.Size)


def icon_sizes(pe):
    sizes = []
    for data in resources(pe, RT_ICON_GROUP):
        count = int.from_bytes(data[4:6], "little")
        for i in range(count):
            width = data[6 + 14 * i] or 256  # GRPICONDIRENTRY: 0 means 256
            sizes.append(width)
    return sorted(set(sizes))


def main(path):
    pe = pefile.PE(path)
    strings = {}
    for info in getattr(pe, "FileInfo", []):
        for item in info:
            for table in getattr(item, "StringTable", []):
                strings.update({k.decode(): v.decode().strip() for k, v in table.entries.items()})
    manifest = b"".join(resources(pe, RT_MANIFEST)).decode("utf-8", "replace")
    dpi = re.findall(r"<(?:\w+:)?(dpiAware(?:ness)?)[^>]*>([^<]*)<", manifest)
    level = re.search(r"requestedExecutionLevel[^>]*level=[\"'](\w+)", manifest)
    print(json.dumps({"strings": strings, "icon_sizes": icon_sizes(pe),
                      "dpi": {k: v.strip() for k, v in dpi},
                      "execution_level": level[1] if level else None}))


if __name__ == "__main__":
    main(sys.argv[1])
