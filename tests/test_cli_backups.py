"""vyapar-lite-cli backup and restore on real files."""

from __future__ import annotations

import getpass
import io
import sys
from pathlib import Path

import pytest

from cli_runs import in_shop, run_cli
from factories import make_customer
from vyapar_lite import cli
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.lock import ShopLock
from vyapar_lite.services import backups


class Terminal(io.StringIO):
    """Standard input that is a terminal (where getpass may ask)."""

    def isatty(self) -> bool:
        return True


def names(path: Path) -> list[str]:
    from vyapar_lite.db.models import Customer

    return in_shop(path, lambda: sorted(c.name for c in Customer.select()))


def test_backup_then_restore(capsys: pytest.CaptureFixture[str], shop_path: Path) -> None:
    code, out, err = run_cli(capsys, "backup", "--data", str(shop_path))
    assert (code, err) == (0, "")
    assert out.startswith("backup of '")
    made = list((shop_path.parent / "backups").glob("shop-backup-*"))
    assert len(made) == 1
    assert str(made[0]) in out
    before = names(shop_path)
    open_data_file(shop_path, create=False)
    make_customer("Added Later")
    assert backups.last_backup_at() is not None
    close_data_file()
    code, out, err = run_cli(capsys, "restore", str(made[0]), "--data", str(shop_path))
    assert (code, err) == (0, "")
    assert "restored '" in out
    assert "before-restore" in out
    assert names(shop_path) == before


def test_backup_to_a_folder(
    capsys: pytest.CaptureFixture[str], shop_path: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    code, _, _ = run_cli(capsys, "backup", "--data", str(shop_path), "--to", str(usb))
    assert code == 0
    assert len(list(usb.glob("shop-backup-*.vyapar"))) == 1
    code, _, err = run_cli(
        capsys, "backup", "--data", str(shop_path), "--to", str(tmp_path / "nope")
    )
    assert code == 1
    assert "there is no folder" in err


def test_backup_while_the_shop_is_open_in_another_window(
    capsys: pytest.CaptureFixture[str], shop_path: Path
) -> None:
    other_window = ShopLock(shop_path)
    other_window.acquire()
    try:
        code, out, err = run_cli(capsys, "backup", "--data", str(shop_path))
        assert (code, err) == (0, "")
        assert len(list((shop_path.parent / "backups").glob("shop-backup-*"))) == 1
        code, _, err = run_cli(
            capsys, "restore", out.split(" written to ")[1].strip(), "--data", str(shop_path)
        )
    finally:
        other_window.release()
    assert code == 1
    assert "open in another window" in err


def test_restore_refuses_while_the_shop_is_open(
    capsys: pytest.CaptureFixture[str], shop_file: Path
) -> None:
    made = backups.back_up().info.path
    code = cli.main(["restore", str(made), "--data", str(shop_file)])
    _, err = capsys.readouterr()
    assert code == 1
    assert "open in another window" in err


def test_encrypted_backup_and_wrong_password(
    capsys: pytest.CaptureFixture[str], shop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = iter(["open sesame", "open sesame", "guess", "open sesame"])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt="": next(typed))
    monkeypatch.setattr(sys, "stdin", Terminal())
    code, out, err = run_cli(capsys, "backup", "--data", str(shop_path), "--encrypt")
    assert (code, err) == (0, "")
    assert out.startswith("encrypted backup of")
    made = next((shop_path.parent / "backups").glob("*.vyapar-enc"))
    code, _, err = run_cli(capsys, "restore", str(made), "--data", str(shop_path))
    assert code == 1
    assert "password is wrong" in err
    code, out, err = run_cli(capsys, "restore", str(made), "--data", str(shop_path))
    assert (code, err) == (0, "")


def test_restore_of_a_missing_backup(capsys: pytest.CaptureFixture[str], shop_path: Path) -> None:
    code, _, err = run_cli(capsys, "restore", "/nowhere/x.vyapar", "--data", str(shop_path))
    assert code == 1
    assert "there is no backup file" in err


def test_relative_paths_on_the_command_line(
    capsys: pytest.CaptureFixture[str], shop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(shop_path.parent)
    (shop_path.parent / "bk").mkdir()
    code, out, err = run_cli(capsys, "backup", "--data", "shop.vyapar", "--to", "bk")
    assert (code, err) == (0, "")
    made = list((shop_path.parent / "bk").glob("shop-backup-*.vyapar"))
    assert len(made) == 1 and str(made[0]) in out
    code, out, err = run_cli(capsys, "restore", f"bk/{made[0].name}", "--data", "shop.vyapar")
    assert (code, err) == (0, "")
    assert out.startswith("restored '")


def test_an_encrypted_backup_with_no_terminal_says_how_and_takes_the_variable(
    capsys: pytest.CaptureFixture[str], shop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO())  # a script: no terminal, nothing typed
    code, _, err = run_cli(capsys, "backup", "--data", str(shop_path), "--encrypt")
    assert code == 1
    assert "set VYAPAR_BACKUP_PASSWORD for a script; nothing was done" in err
    assert "Traceback" not in err
    assert not (shop_path.parent / "backups").exists() or not list(
        (shop_path.parent / "backups").glob("shop-backup-*")
    )
    monkeypatch.setenv("VYAPAR_BACKUP_PASSWORD", "long enough")
    code, out, err = run_cli(capsys, "backup", "--data", str(shop_path), "--encrypt")
    assert (code, err) == (0, "") and out.startswith("encrypted backup of")


def test_exports_and_restore_ask_for_the_app_password(
    capsys: pytest.CaptureFixture[str], shop_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vyapar_lite.services import app_lock

    code, _, _ = run_cli(capsys, "backup", "--data", str(shop_path))
    made = next((shop_path.parent / "backups").glob("*.vyapar"))
    in_shop(shop_path, lambda: app_lock.set_password("counter-7"))
    monkeypatch.setattr(sys, "stdin", io.StringIO())
    out_file = shop_path.parent / "customers.xlsx"
    export = ("export", "customers", "--data", str(shop_path), "--out", str(out_file))
    restore = ("restore", str(made), "--data", str(shop_path))
    for command in (export, restore):
        code, _, err = run_cli(capsys, *command)
        assert code == 1
        assert "has an app password" in err and "VYAPAR_APP_PASSWORD" in err
    assert not out_file.exists()
    monkeypatch.setenv("VYAPAR_APP_PASSWORD", "wrong-one")
    code, _, err = run_cli(capsys, *export)
    assert code == 1 and "the app password is not right; nothing was done" in err
    assert not out_file.exists()
    monkeypatch.setenv("VYAPAR_APP_PASSWORD", "counter-7")
    code, _, err = run_cli(capsys, *export)
    assert (code, err) == (0, "") and out_file.exists()
    code, out, err = run_cli(capsys, *restore)
    assert (code, err) == (0, "") and out.startswith("restored '")
