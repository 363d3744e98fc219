"""build_scripts/dev.py: what the first run says, and the one line it prints when pip fails."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

DEV = Path(__file__).resolve().parent.parent / "build_scripts" / "dev.py"


def _dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", DEV)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_failed_install_says_what_to_do() -> None:
    dev = _dev()
    offline = "WARNING: Retrying ... Failed to establish a new connection: [Errno -3] ..."
    assert dev.pip_hint(offline).startswith("pip could not reach PyPI: connect to the internet")
    no_wheel = "ERROR: No matching distribution found for pyside6-essentials<6.12,>=6.7"
    assert "PyPI has no package for this Python" in dev.pip_hint(no_wheel)
    assert dev.pip_hint("OSError: [Errno 28] No space left on device").startswith("The disk")
    assert "see pip's messages above" in dev.pip_hint("something else entirely")


def test_the_first_run_names_the_packages_it_installs() -> None:
    dev = _dev()
    app = [dev._name(r) for r in dev.requirements("")]
    assert app[:2] == ["pyside6-essentials", "pyside6-addons"] and "peewee" in app
    assert "pypdfium2" in [dev._name(r) for r in dev.requirements("test")]


def test_test_says_it_skipped_the_server_run_without_postgresql(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dev = _dev()
    ran: list[str] = []
    monkeypatch.setattr(dev, "ensure_venv", lambda extra: None)
    monkeypatch.setattr(dev, "run", lambda *cmd, **kw: ran.append(str(cmd[2])) or 0)
    monkeypatch.setattr(dev, "postgresql_programs", lambda: None)
    assert dev.test([]) == 0
    said = capsys.readouterr().out
    assert said.count("the server run (tests/pg_cluster.py) is SKIPPED") == 2
    assert said.rstrip().endswith("All checks passed.")
    monkeypatch.setattr(dev, "postgresql_programs", lambda: "/usr/lib/postgresql/15/bin")
    assert dev.test([]) == 0
    assert "SKIPPED" not in capsys.readouterr().out
    assert ran == ["ruff", "ruff", "mypy", "pytest"] * 2


def test_test_spreads_the_files_over_every_core_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dev = _dev()
    commands: list[list[str]] = []
    monkeypatch.setattr(dev, "ensure_venv", lambda extra: None)
    monkeypatch.setattr(dev, "run", lambda *cmd, **kw: commands.append(list(map(str, cmd))) or 0)
    monkeypatch.setattr(dev, "postgresql_programs", lambda: "/usr/lib/postgresql/15/bin")
    assert dev.test(["-k", "money"]) == 0
    assert commands[-1][2:] == ["pytest", "-n", "auto", "--dist", "loadfile", "-k", "money"]
    assert dev.test(["-n", "0", "tests/test_cli.py"]) == 0
    assert commands[-1][2:] == ["pytest", "-n", "0", "tests/test_cli.py"]
