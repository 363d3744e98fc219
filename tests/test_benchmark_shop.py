"""The benchmark shop generator makes a shop the app itself would have made: a small one, with
documents, passes `check` (every document's parties as issued, its money entries, its postings),
so the benchmarks measure a shop that opens and reports like a real one."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_shop", ROOT / "benchmarks" / "generate_shop.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_small_generated_shop_with_documents_passes_check(tmp_path: Path) -> None:
    from vyapar_lite.db import close_data_file, database, open_data_file
    from vyapar_lite.services import health

    shop = tmp_path / "shop.vyapar"
    summary = _generator().generate(shop, 40, 1500, 1, force=False, documents=True)
    assert summary.documents["receipts"] > 0
    open_data_file(shop, create=False)
    try:
        result = health.check()
        money = database.execute_sql("SELECT COUNT(*) FROM money_entry").fetchone()[0]
    finally:
        close_data_file()
    assert result.problems == []
    assert money > 0
