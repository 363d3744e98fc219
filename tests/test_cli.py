"""vyapar-lite-cli: demo, info and check, their one-line summaries, messages and exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vyapar_lite import cli, locations
from vyapar_lite.db import close_data_file, is_open, migrations, open_data_file
from vyapar_lite.services import sample_sales, sample_shop

SRC = Path(__file__).resolve().parents[1] / "src"
PEOPLE = sample_shop._PEOPLE
ITEMS = sample_shop._ITEMS
OPENINGS = sum(1 for person in PEOPLE if person[8])
CATEGORIES = len({person[6] for person in PEOPLE if person[6]})
OPENING_STOCKS = sum(1 for item in ITEMS if item[6])
# CASH (made by the migrations), the shop profile, each category the sample shop makes,
# each customer and each opening balance, each item and each opening stock.
INVOICES = sample_sales._INVOICES
PAID = sum(1 for invoice in INVOICES if invoice[3] != 0)  # each with its receipt
# the sample sales: each invoice and its receipt, the cancellation, the credit note, the order's
# advance receipt (audited and on the ledger) and the order itself (audited only).
SALES_ENTRIES = len(INVOICES) + PAID + 1 + 1 + 1
SALES_AUDITS = SALES_ENTRIES + 1
AUDITS = 1 + 1 + CATEGORIES + len(PEOPLE) + OPENINGS + len(ITEMS) + OPENING_STOCKS + SALES_AUDITS


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert not is_open(), "the command left the shop file open"
    return code, out, err


def _info_line(path: Path) -> str:
    customers = len(PEOPLE) + 1
    return (
        f"{sample_shop.SHOP.name}: {customers} active of {customers} customers, "
        f"{OPENINGS + SALES_ENTRIES} ledger entries, {AUDITS} audit entries "
        f"(data version {migrations.LATEST}) in {path}\n"
    )


@pytest.fixture
def demo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.vyapar"
    code, _, err = _run(capsys, "demo", "--out", str(path))
    assert code == 0, err
    return path


def test_demo_writes_a_sample_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "demo.vyapar"

    code, out, err = _run(capsys, "demo", "--out", str(path))

    assert code == 0
    assert err == ""
    assert out == (
        f"sample shop 'Sharma General Store' with {len(PEOPLE)} customers written to {path}\n"
    )
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == len(PEOPLE) + 1
    raw.close()


def test_demo_uses_data_when_no_out_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "via-data.vyapar"

    code, out, _ = _run(capsys, "demo", "--data", str(path))

    assert code == 0
    assert out.endswith(f"written to {path}\n")
    assert path.exists()


def test_demo_refuses_an_existing_file(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_file.read_bytes()

    code, out, err = _run(capsys, "demo", "--out", str(demo_file))

    assert code == 1
    assert out == ""
    assert err == (
        f"vyapar-lite-cli: {demo_file} already exists; choose a new file name for the sample shop\n"
    )
    assert demo_file.read_bytes() == before


def test_info_on_the_demo_file(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "info", "--data", str(demo_file))

    assert (code, err) == (0, "")
    assert out == _info_line(demo_file)


def test_info_counts_inactive_customers(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = sqlite3.connect(demo_file)
    raw.execute("UPDATE customer SET is_active = FALSE WHERE code IN ('C0001', 'C0002')")
    raw.commit()
    raw.close()

    code, out, _ = _run(capsys, "info", "--data", str(demo_file))

    assert code == 0
    assert out.startswith(f"Sharma General Store: {len(PEOPLE) - 1} active of {len(PEOPLE) + 1} ")


def test_info_on_a_file_without_a_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.vyapar"
    open_data_file(path)  # a shop file made by "New shop", whose set-up was not finished
    close_data_file()

    code, out, _ = _run(capsys, "info", "--data", str(path))

    assert code == 0
    assert out.startswith("(shop not set up yet): 1 active of 1 customers, 0 ledger entries, ")


@pytest.mark.parametrize("command", ["info", "check"])
def test_an_empty_file_is_reported_not_made_a_shop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "empty.vyapar"
    path.touch()

    code, _, err = _run(capsys, command, "--data", str(path))

    assert code == 1
    assert "empty.vyapar is empty (0 bytes): it holds no shop" in err
    assert path.stat().st_size == 0


def test_check_on_the_demo_file(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "check", "--data", str(demo_file))

    assert (code, err) == (0, "")
    assert out == f"ok: {demo_file} passed the full integrity check\n"


def test_info_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "missing.vyapar"

    code, out, err = _run(capsys, "info", "--data", str(path))

    assert code == 1
    assert out == ""
    assert err == f"vyapar-lite-cli: There is no shop data file at {path}.\n"
    assert not path.exists()


def test_check_on_a_damaged_file(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(demo_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[2 * page_size :] = bytes((i * 7 + 13) % 256 for i in range(len(data) - 2 * page_size))
    demo_file.write_bytes(data)

    code, out, err = _run(capsys, "check", "--data", str(demo_file))

    assert code == 1
    assert out == ""
    assert err.startswith(f"vyapar-lite-cli: {demo_file.name} is damaged")
    assert "Restore it from a backup." in err
    assert demo_file.read_bytes() == data


def test_check_reports_a_broken_reference(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = sqlite3.connect(demo_file)  # foreign keys are off in a plain connection
    row_id = raw.execute(
        "INSERT INTO ledger_entry (customer_id, entry_date, kind, debit, created_at) "
        "VALUES (9999, '2026-04-01', 'opening', 100, '2026-04-01 10:00:00')"
    ).lastrowid
    raw.commit()
    raw.close()

    code, out, err = _run(capsys, "check", "--data", str(demo_file))

    assert code == 1
    assert out == ""
    assert err == (
        f"vyapar-lite-cli: {demo_file} has 1 problem(s):\n"
        f"  ledger_entry row {row_id} points to a missing customer\n"
    )


@pytest.mark.parametrize(
    "argv",
    [[], ["frobnicate"], ["info", "--bogus"], ["demo", "--out"]],
    ids=["no-command", "unknown-command", "unknown-option", "missing-value"],
)
def test_a_bad_command_line_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(argv)

    assert caught.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage: vyapar-lite-cli" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--version"])

    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("vyapar-lite-cli ")


def test_data_defaults_to_the_apps_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    default = locations.default_data_file()
    if sys.platform.startswith("linux"):
        assert default == tmp_path / "xdg" / "VyaparLite" / "Vyapar Lite" / "shop.vyapar"
    assert cli.build_parser().parse_args(["info"]).data == default

    code, _, err = _run(capsys, "info")
    assert code == 1
    assert err == f"vyapar-lite-cli: There is no shop data file at {default}.\n"

    code, out, _ = _run(capsys, "demo")
    assert code == 0
    assert out.endswith(f"written to {default}\n")

    code, out, _ = _run(capsys, "info")
    assert code == 0
    assert out == _info_line(default)


def test_as_a_program(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    path = tmp_path / "demo.vyapar"

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "vyapar_lite.cli", *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    demo = run("demo", "--out", str(path))
    assert (demo.returncode, demo.stderr) == (0, "")
    assert demo.stdout.endswith(f"written to {path}\n")
    assert demo.stdout.count("\n") == 1

    info = run("info", "--data", str(path))
    assert (info.returncode, info.stderr) == (0, "")
    assert info.stdout == _info_line(path)

    again = run("demo", "--out", str(path))
    assert again.returncode == 1
    assert "already exists" in again.stderr

    bad = run("frobnicate")
    assert bad.returncode == 2
    assert "usage: vyapar-lite-cli" in bad.stderr


def test_check_finds_a_search_index_out_of_step(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    raw = sqlite3.connect(demo_file)
    # an edit made outside the app, with the triggers that keep the index in step removed
    for name in [
        r[0]
        for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customer'"
        )
    ]:
        raw.execute(f"DROP TRIGGER {name}")
    raw.execute("UPDATE customer SET name = 'Renamed Outside' WHERE code = 'C0001'")
    raw.commit()
    raw.close()
    code, _out, err = _run(capsys, "check", "--data", str(demo_file))
    assert code == 1
    assert "search index is out of step" in err


def test_the_counter_option_names_every_row_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vyapar_lite.db.models import AuditEntry, Receipt, SalesDoc

    path = tmp_path / "godown.vyapar"
    code, _, err = _run(capsys, "demo", "--out", str(path), "--counter", "Godown PC")
    assert (code, err) == (0, "")
    open_data_file(path, create=False)
    try:
        # all but the cash customer's row, written by the migrations before any counter
        written = AuditEntry.select().where(AuditEntry.id > 1)
        assert AuditEntry.get_by_id(1).counter is None
        assert {e.counter for e in written} == {"Godown PC"}
        assert {d.counter for d in SalesDoc.select()} == {"Godown PC"}
        assert {r.counter for r in Receipt.select()} == {"Godown PC"}
    finally:
        close_data_file()


def test_the_counter_is_this_pcs_name_by_default_and_a_blank_one_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vyapar_lite.db.models import AuditEntry
    from vyapar_lite.services import counters

    path = tmp_path / "shop.vyapar"
    assert _run(capsys, "demo", "--out", str(path))[0] == 0
    open_data_file(path, create=False)
    try:
        written = AuditEntry.select().where(AuditEntry.id > 1)
        assert {e.counter for e in written} == {counters.host_name()}
    finally:
        close_data_file()
    code, _, err = _run(capsys, "check", "--data", str(path), "--counter", "  ")
    assert code == 1
    assert "counter: Give this counter a name" in err
