#!/usr/bin/env bash
# Set up a development copy on Debian/Ubuntu: system libraries Qt needs, then a virtual
# environment in .venv with the application (and, with "test", the test tools).
#   bash build_scripts/setup.sh        # to run the application
#   bash build_scripts/setup.sh test   # to run the tests and build the package too
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS="libegl1 libgl1 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0 libdbus-1-3 libglib2.0-0
 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
 libxcb-render-util0 libxcb-image0 libxcb-xkb1"
TEST_TOOLS="poppler-utils libicu-dev pkg-config binutils"  # binutils: PyInstaller (objdump, strip)
# libthai: the Linux bundle carries it and its dictionary for Qt's Thai word breaks (bundle.py)
TEST_TOOLS="$TEST_TOOLS libthai0 libthai-data"
# chromium + chromium-driver: the room-input page tested in a real browser (tests/room/test_browser.py)
TEST_TOOLS="$TEST_TOOLS chromium chromium-driver"
# The plan as Word and the spreadsheet, converted to PDF to check their Thai and their printing.
TEST_TOOLS="$TEST_TOOLS libreoffice-writer-nogui libreoffice-calc-nogui"

packages="$QT_LIBS"
[ "${1:-}" = "test" ] && packages="$packages $TEST_TOOLS"

if command -v apt-get >/dev/null 2>&1; then
  missing=$(for p in $packages; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
  if [ -n "$missing" ]; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing
  fi
else
  echo "apt-get not found: install the equivalents of these packages yourself: $packages" >&2
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test,build]"
else
  .venv/bin/python -m pip install -q -e .
fi
