"""The command line: exact command names, exit codes, one-line errors, and a Qt-free core."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path, env_home: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(env_home / "data"),
               XDG_CONFIG_HOME=str(env_home / "config"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def cli(tmp_path):
    return lambda *args: run(*args, cwd=tmp_path, env_home=tmp_path / "home")


def test_core_stays_qt_free():
    probe = ("import sys, app.cli, app.exchange, app.demo, app.selftest, app.library; "
             "sys.exit(any(m.startswith('PySide6') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", probe], cwd=ROOT).returncode == 0


def test_no_sql_outside_the_storage_package():
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        if "storage" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if any(word in text for word in (".execute(", "sqlite3.connect", "SELECT ", "INSERT INTO")):
            offenders.append(path.name)
    assert offenders == []


def test_demo_export_import_round_trip(cli, tmp_path):
    assert cli("demo", "d.pmqa").returncode == 0
    assert cli("export", "d.pmqa", "d.json").returncode == 0
    result = cli("import", "d.json", "e.pmqa")
    assert result.returncode == 0, result.stderr
    assert cli("export", "e.pmqa", "e.json").returncode == 0
    assert json.loads((tmp_path / "d.json").read_text("utf-8")) == json.loads((tmp_path / "e.json").read_text("utf-8"))


def test_stress_workshop_has_the_documented_size(cli, tmp_path):
    result = cli("demo", "--stress", "s.pmqa")
    assert result.returncode == 0, result.stderr
    assert "2700 answers, 60 plan items" in result.stdout


@pytest.mark.parametrize("args, fragment", [
    (("export", "missing.pmqa", "x.json"), "does not exist"),
    (("import", "missing.json", "x.pmqa"), "does not exist"),
    (("nonsense-file.pmqa",), "no such file"),
    (("demo",), "arguments are required"),
    (("export", "a.pmqa", "b.json", "--bogus"), "unrecognized arguments"),
])
def test_errors_are_one_line_with_status_2(cli, args, fragment):
    result = cli(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_demo_refuses_to_overwrite(cli, tmp_path):
    (tmp_path / "d.pmqa").write_text("precious")
    result = cli("demo", "d.pmqa")
    assert result.returncode == 2 and "already exists" in result.stderr
    assert (tmp_path / "d.pmqa").read_text() == "precious"


def test_import_of_broken_json_writes_nothing(cli, tmp_path):
    (tmp_path / "bad.json").write_text('{"format": "pmqa-workshop", "format_version": 1}', encoding="utf-8")
    result = cli("import", "bad.json", "out.pmqa")
    assert result.returncode == 2 and "bad.json" in result.stderr
    assert not (tmp_path / "out.pmqa").exists()


def test_opening_a_newer_file_from_the_command_line_is_refused(cli, tmp_path):
    import sqlite3

    assert cli("demo", "d.pmqa").returncode == 0
    conn = sqlite3.connect(tmp_path / "d.pmqa")
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    result = cli("export", "d.pmqa", "d.json")
    assert result.returncode == 2 and "newer version" in result.stderr


def test_self_test_passes_and_summarises(cli):
    result = cli("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 failed" in result.stdout.splitlines()[-1]


def test_help_lists_the_self_test(cli):
    result = cli("--help")
    assert result.returncode == 0 and "--self-test" in result.stdout


@pytest.mark.parametrize("typed, meant", [("exprot", "export"), ("reprot", "report"), ("backup", "backups")])
def test_a_mistyped_command_names_the_one_meant(cli, typed, meant):
    result = cli(typed, "w.pmqa")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert f"did you mean “{meant}”" in result.stderr and "Traceback" not in result.stderr


def test_an_unknown_word_with_arguments_is_not_taken_for_a_file(cli):
    result = cli("frobnicate", "w.pmqa")
    assert result.returncode == 2 and "no such command" in result.stderr and "unrecognized" not in result.stderr


def test_version(cli):
    from app import __version__

    result = cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_gui_starts_and_exits_when_ready(cli, tmp_path):
    assert cli("demo", "d.pmqa").returncode == 0
    result = cli("d.pmqa", "--exit-when-ready")
    assert result.returncode == 0, result.stderr


def test_report_and_plan_commands(cli, tmp_path):
    assert cli("demo", "d.pmqa").returncode == 0
    result = cli("report", "d.pmqa", "plan.pdf", "--lang", "en", "--thai-digits")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF-")
    for name in ("plan.xlsx", "plan.csv", "plan.docx"):
        assert cli("plan", "d.pmqa", name).returncode == 0
        assert (tmp_path / name).stat().st_size > 1000
    wrong = cli("plan", "d.pmqa", "plan.txt")
    assert wrong.returncode == 2 and ".xlsx, .csv or .docx" in wrong.stderr
