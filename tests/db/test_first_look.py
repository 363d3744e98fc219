"""The shop's name read straight from its file before it is opened (issue 21): given only when the
window may show the shop at once; every unusual file gets nothing, and is opened first."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.first_look import first_look
from vyapar_lite.db.lock import ShopLock
from vyapar_lite.services import app_lock, shop
from vyapar_lite.services.sample_shop import SHOP


def test_a_set_up_shop_is_named(shop_path: Path) -> None:
    assert first_look(shop_path) == SHOP.name == "Sharma General Store"


def test_the_name_is_the_one_saved_last(shop_path: Path) -> None:
    open_data_file(shop_path)
    shop.save_profile(replace(SHOP, name="Sharma & Sons"))
    close_data_file()
    assert first_look(shop_path) == "Sharma & Sons"


def test_a_file_with_no_shop_yet_is_not_looked_at(tmp_path: Path) -> None:
    path = tmp_path / "new.vyapar"
    open_data_file(path)
    close_data_file()
    assert first_look(path) is None  # the set-up comes first


def test_a_shop_with_an_app_password_is_not_shown_before_it(shop_path: Path) -> None:
    open_data_file(shop_path)
    app_lock.set_password("secret-123")
    close_data_file()
    assert first_look(shop_path) is None


def test_a_shop_open_in_another_window_is_not_looked_at(shop_path: Path) -> None:
    other = ShopLock(shop_path)
    other.acquire()
    try:
        assert first_look(shop_path) is None
    finally:
        other.release()
    assert first_look(shop_path) == "Sharma General Store"


def test_files_that_are_not_a_readable_shop_give_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.vyapar"
    assert first_look(missing) is None
    assert not missing.exists()  # a look never makes a file
    empty = tmp_path / "empty.vyapar"
    empty.write_bytes(b"")
    assert first_look(empty) is None
    text = tmp_path / "notes.vyapar"
    text.write_text("not a shop", encoding="utf-8")
    assert first_look(text) is None
    foreign = tmp_path / "foreign.vyapar"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE something (x)")
    conn.commit()
    conn.close()
    assert first_look(foreign) is None
    assert first_look(tmp_path) is None  # a folder


def test_looking_leaves_the_file_as_it_was(shop_path: Path) -> None:
    before = shop_path.read_bytes()
    assert first_look(shop_path) is not None
    assert shop_path.read_bytes() == before
    open_data_file(shop_path)  # and the file opens after it as always
    assert shop.get_profile() is not None
    close_data_file()
