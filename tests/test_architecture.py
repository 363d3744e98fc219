"""The layer rule, checked on the source: imports point down only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "vyapar_lite"

# layer -> module prefixes it must never import
FORBIDDEN = {
    "domain": (
        "PySide6",
        "peewee",
        "openpyxl",
        "vyapar_lite.db",
        "vyapar_lite.services",
        "vyapar_lite.exports",
        "vyapar_lite.ui",
    ),
    "db": ("PySide6", "openpyxl", "vyapar_lite.services", "vyapar_lite.exports", "vyapar_lite.ui"),
    "services": ("PySide6", "openpyxl", "vyapar_lite.ui", "vyapar_lite.exports"),
    "exports": ("PySide6", "vyapar_lite.ui", "vyapar_lite.db"),
    "ui": ("vyapar_lite.db.models", "peewee", "vyapar_lite.db.migrations"),
}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return names


def violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(path):
            if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    assert (PACKAGE / layer).is_dir()
    assert violations(layer) == []


def test_the_check_catches_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport vyapar_lite.db.models\n")
    names = imports_of(bad)
    assert "PySide6.QtWidgets" in names
    assert "vyapar_lite.db.models" in names


def test_no_float_in_money_modules() -> None:
    """Money is integer paise: no float() calls or float literals in domain/money or services."""
    offenders = []
    for layer in ("domain", "services", "db"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, float):
                    offenders.append(f"{path.name}:{node.lineno} float literal")
                if isinstance(node, ast.Name) and node.id == "float":
                    offenders.append(f"{path.name}:{node.lineno} float")
    assert offenders == []
