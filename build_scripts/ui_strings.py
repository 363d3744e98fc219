"""The user-visible string literals in ui/ passed to widgets without Qt's translation.

    python3 build_scripts/ui_strings.py check [FILE ...]   list them (default: all of ui/), and
                                                           the translate()/tr() calls whose text
                                                           lupdate cannot read (all of src/)
    python3 build_scripts/ui_strings.py wrap FILE ...      wrap them in QCoreApplication.translate
    python3 build_scripts/ui_strings.py tables [FILE ...]  the word tables holding unmarked words

tests/ui/test_translations.py holds the list at zero outside its allow-list. `wrap` rewrites a
literal in place as `QCoreApplication.translate("<module>", "...")` (the module's name is the
translation context) and an f-string as a translated template filled by `.format(...)`, adds the
import, and leaves the rest of the file as it was; run ruff format and `dev.py translations`
after it, then write the new texts' Hindi in the .ts.

A literal counts when it is an argument, in a text position, of a call that puts text on screen:
a widget built with its text (QLabel("Name")), a setter (setText, setToolTip, ...), a form row,
a tab, a message box. Text with no letter ("", "—", "₹") and object names are not user text.
A list or tuple passed in a text position counts with every literal in it, nested ones too
(`set_facts([("Bill", x)])`).

Text a screen shows from a table of words (`KINDS = (("Note", "note"), ...)`, a dict of labels,
a help sheet) is never an argument the scan above sees: `word_tables` lists the literals of
module- and class-level tuples, lists, sets and dicts' values in ui/ (also those given to a
call there, `SheetKind(preview_headers=("Row", "Code"))`) that read as words (a
capital or a space: not a code, key sequence or object name) and are not marked with
QT_TRANSLATE_NOOP; tests/ui/test_translations.py holds them at zero outside its allow-list of
tables that are not shown as they are (styles, font names, field-name prefixes).
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# call name -> the positions of its arguments that are text shown to the user
TEXT_ARGUMENTS: dict[str, tuple[int, ...]] = {
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QToolButton": (0,),
    "setText": (0,),
    "setToolTip": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setLabelText": (0,),
    "setSpecialValueText": (0,),
    "setPrefix": (0,),
    "setSuffix": (0,),
    "showMessage": (0,),
    "addRow": (0,),
    "insertRow": (1,),
    "addItem": (0,),
    "addAction": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "warning": (1, 2),
    "information": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "QMessageBox": (1, 2),  # QMessageBox(icon, title, text)
    "about": (1, 2),
    "addButton": (0,),  # a message box's or button box's own button: addButton(text, role)
    "QMenu": (0,),
    "addMenu": (0,),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "setItemText": (1,),
    "insertItem": (1,),
    "getOpenFileName": (1,),  # a file dialog's caption
    "getSaveFileName": (1,),
    "getExistingDirectory": (1,),
    "getDouble": (1, 2),
    "run_task": (1,),  # ui/tasks.py: the progress dialog's title
    "start_task": (1,),  # reports/background.py: run_task with its handlers
    "progress": (2,),  # a background task's progress(done, total, text)
    "set_facts": (0,),  # a document window's (label, value) rows (payments/doc_window.py)
    # a printout's helpers (reports/report_html.py, imported as `h`): a heading and its remark,
    # (label, value) facts, the title under the shop's header
    "h.heading": (0, 1),
    "h.facts": (0,),
    "h.shop_header": (1,),
    "Column": (0,),  # a report's column: marked here, translated where it is shown
    # the forms' builders: CheckedForm's tab(title), line(name, placeholder), add(form, name,
    # label, widget) and MoneyForm's add(name, label, widget) (the label: second from the end);
    # a report's add_input(label, widget); a page's _button(name, text, slot)
    "tab": (0,),
    "line": (1,),
    "add": (-2,),
    "add_input": (0,),
    "_button": (1,),
}
# calls whose text is kept in English and translated where it is shown (the header of a report
# column is also its identity): wrapped in QT_TRANSLATE_NOOP(<context>, ...), not translate()
DEFERRED = {"Column": "columns"}


@dataclass(frozen=True)
class Literal:
    path: Path
    line: int
    text: str
    node: ast.expr
    call: str = ""


def qualified_name(call: ast.Call) -> str | None:
    """`h.heading` for a call of a module's function through its short name, else None."""
    func = call.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return None


def call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


_TAG = re.compile(r"</?[a-z]+[^<>]*>")  # markup (<b>, </span>) is not words


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in _TAG.sub("", text))


def is_user_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return _has_words(
            "".join(str(p.value) if isinstance(p, ast.Constant) else " " for p in node.values)
        )
    return False


def unwrapped(path: Path) -> Iterator[Literal]:
    """Each literal in `path` shown to the user without translation: in a text position of a
    call, as a local name's value that reaches one (`text = f"..."; label.setText(text)`), or
    in a loop's table of words (`for label, slot in (("Open receipt", ...), ...)`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = _helpers(tree)
    yield from _calls(path, tree, helpers)
    yield from _through_names(path, tree, helpers)
    yield from _loop_tables(path, tree)


def _helpers(tree: ast.AST) -> dict[str, tuple[int | str, ...]]:
    """The module's own functions that put a parameter on screen, and its positions:
    `def _tell(self, title, message): QMessageBox(icon, title, message)` makes
    `self._tell("Import failed", text)` a text position like the box's own."""
    found: dict[str, tuple[int | str, ...]] = {}
    inits = {
        id(item): node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        for item in node.body
        if isinstance(item, ast.FunctionDef) and item.name == "__init__"
    }
    for _round in range(3):  # a helper calling a helper
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            # a class's __init__ is called by the class's name: ChequeDateDialog(title, ...)
            name = inits.get(id(function), function.name)
            params = [a.arg for a in function.args.posonlyargs + function.args.args]
            keywords = [a.arg for a in function.args.kwonlyargs]
            skip = 1 if params[:1] in (["self"], ["cls"]) else 0
            shown: set[str] = set()
            for call in ast.walk(function):
                if isinstance(call, ast.Call):
                    for arg in _text_arguments(call, found):
                        for item in _branches(list(_flattened(arg))):
                            if isinstance(item, ast.Name):
                                shown.add(item.id)
            positions: tuple[int | str, ...] = tuple(
                n - skip for n, p in enumerate(params) if p in shown and n >= skip
            )
            positions += tuple(p for p in params[skip:] + keywords if p in shown)  # by keyword
            if positions and name not in TEXT_ARGUMENTS:
                found[name] = positions
    return found


def _calls(
    path: Path, tree: ast.AST, helpers: dict[str, tuple[int | str, ...]] | None = None
) -> Iterator[Literal]:
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        for arg in _text_arguments(call, helpers):
            for item in _branches(list(_flattened(arg))):
                if is_user_text(item):
                    yield Literal(path, item.lineno, ast.unparse(item), item, call_name(call) or "")


def _positions(
    call: ast.Call, helpers: dict[str, tuple[int | str, ...]]
) -> tuple[int | str, ...] | None:
    name = call_name(call) or ""
    return (
        TEXT_ARGUMENTS.get(qualified_name(call) or "")
        or TEXT_ARGUMENTS.get(name)
        or helpers.get(name)
    )


def _text_arguments(
    call: ast.Call, helpers: dict[str, tuple[int | str, ...]] | None = None
) -> Iterator[ast.expr]:
    """The arguments of `call` in a text position (see TEXT_ARGUMENTS, and the module's own
    helpers)."""
    positions = _positions(call, helpers or {})
    for position in positions or ():
        if isinstance(position, str):
            yield from (k.value for k in call.keywords if k.arg == position)
            continue
        if position >= len(call.args) or -position > len(call.args):
            continue
        if position < 0 and len(call.args) < 3:
            continue
        yield call.args[position]


def _functions(tree: ast.AST) -> Iterator[ast.AST]:
    yield tree
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            yield node


def _own_nodes(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a function (or module) not inside a function nested in it."""
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            todo.extend(ast.iter_child_nodes(node))


def _through_names(
    path: Path, tree: ast.AST, helpers: dict[str, tuple[int | str, ...]]
) -> Iterator[Literal]:
    """A literal or f-string given to a local name that is then passed in a text position:
    `message = f"Saved {n} rows"` ... `QMessageBox.information(self, title, message)`."""
    for scope in _functions(tree):
        nodes = list(_own_nodes(scope))
        values: dict[str, list[ast.expr]] = {}
        for node in nodes:
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        values.setdefault(target.id, []).append(node.value)
            elif (
                isinstance(node, ast.AnnAssign | ast.AugAssign)
                and node.value is not None
                and isinstance(node.target, ast.Name)
            ):
                values.setdefault(node.target.id, []).append(node.value)
        if not values:
            continue
        shown: set[str] = set()
        for node in nodes:
            if isinstance(node, ast.Call):
                for arg in _text_arguments(node, helpers):
                    for item in _branches(list(_flattened(arg))):
                        if isinstance(item, ast.Name):
                            shown.add(item.id)
        for name in sorted(shown & values.keys()):
            for value in values[name]:
                for item in _branches(list(_flattened(value))):
                    if is_user_text(item):
                        yield Literal(path, item.lineno, ast.unparse(item), item, name)


# calls that translate the words they are given, marked elsewhere (printed_words.py, labels.py)
TRANSLATING = {"translate", "tr", "printed", "_tr", "label", "shown"}


def _loop_tables(path: Path, tree: ast.AST) -> Iterator[Literal]:
    """The words in a table a loop walks to build buttons, actions or rows: `for text, slot
    in (("Open receipt", self.open), ...)`, written in the loop or in a local name first. A
    literal counts when it reads as words with a capital first letter (ui_strings.reads_as_words;
    not a key, an object name, a code or a field's name) and the loop does not hand its variable
    to a translating call (words marked elsewhere, `printed(h) for h in heads`)."""
    for scope in _functions(tree):
        nodes = list(_own_nodes(scope))
        tables: dict[str, ast.expr] = {}
        for node in nodes:
            if (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and isinstance(node.value, ast.Tuple | ast.List)
            ):
                tables[node.targets[0].id] = node.value
        for node in nodes:
            if isinstance(node, ast.For):
                loops = [(node.target, node.iter, node.body)]
            elif isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
                body = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
                loops = [(g.target, g.iter, body) for g in node.generators]
            else:
                continue
            if isinstance(node, ast.ListComp | ast.GeneratorExp) and isinstance(
                node.elt, ast.Tuple
            ):
                # rows made for a table: [(n, "Sales (they owe us)", a) for n, a in ...]
                for item in _table_items(node.elt):
                    if isinstance(item, ast.Constant) and _capital_words(item.value):
                        yield Literal(path, item.lineno, ast.unparse(item), item, "rows")
            for target, walked, body in loops:
                table = walked
                if isinstance(walked, ast.Name) and scope is not tree:
                    table = tables.get(walked.id, walked)
                if not isinstance(table, ast.Tuple | ast.List) or _translated(target, body):
                    continue
                for item in _table_items(table):
                    if isinstance(item, ast.JoinedStr):
                        text = "".join(
                            str(v.value) if isinstance(v, ast.Constant) else "{}"
                            for v in item.values
                        )
                    else:
                        text = item.value if isinstance(item.value, str) else ""
                    if _capital_words(text):
                        yield Literal(path, item.lineno, ast.unparse(item), item, "for")


def _capital_words(text: object) -> bool:
    """A literal that reads as words with a capital first letter ("Open receipt")."""
    if not isinstance(text, str):
        return False
    return reads_as_words(text) and _TAG.sub("", text).strip()[:1].isupper()


def _translated(target: ast.expr, body: list[ast.stmt] | list[ast.expr]) -> bool:
    """Whether a loop hands one of its variables to a translating call."""
    names = {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
    for part in body:
        for call in ast.walk(part):
            if (
                isinstance(call, ast.Call)
                and call_name(call) in TRANSLATING
                and any(isinstance(a, ast.Name) and a.id in names for a in call.args)
            ):
                return True
    return False


def _flattened(node: ast.expr) -> Iterator[ast.expr]:
    """The items of a list or tuple argument, nested ones too (rows of (label, value))."""
    if isinstance(node, ast.List | ast.Tuple):
        for item in node.elts:
            yield from _flattened(item)
    else:
        yield node


def _branches(nodes: list[ast.expr]) -> Iterator[ast.expr]:
    """Each text a value can be: both sides of `a if c else b`, each operand of `a or b` and
    of `a + b`."""
    for node in nodes:
        if isinstance(node, ast.IfExp):
            yield from _branches([node.body, node.orelse])
        elif isinstance(node, ast.BoolOp):
            yield from _branches(node.values)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            yield from _branches([node.left, node.right])  # "Not saved. " + reason
        else:
            yield node


# a key sequence or key name as the help sheets and menus write it ("Ctrl+Shift+R", "Esc",
# "Tab / Shift+Tab", "Ctrl+I or F8"): shown as it is, never translated
_KEY = (
    r"(?:Ctrl|Alt|Shift|Esc|Space|Delete|Del|Enter|Tab|Left|Right|Up|Down|Home|End"
    r"|F\d{1,2}|[A-Z0-9])"
)
_KEYS = re.compile(rf"^{_KEY}(?:\+{_KEY})*(?:(?: / | or | … |, ){_KEY}(?:\+{_KEY})*)*$")


def reads_as_words(text: str) -> bool:
    """A table's literal that is words shown to the user: letters, some lower-case, and a space
    or a capital first letter ("Opening bill", "Cash"); not a code ("cash", "follow_up"), an
    upper-case code ("GSTIN"), a key sequence ("Ctrl+S") or markup alone."""
    plain = _TAG.sub("", text).strip()
    if not _has_words(plain) or not any(ch.islower() for ch in plain) or _KEYS.match(plain):
        return False
    return " " in plain or plain[:1].isupper()


def _table_items(node: ast.expr) -> Iterator[ast.expr]:
    """A table's literals: the items of a tuple, list or set, a dict's values, nested; a call
    (QT_TRANSLATE_NOOP(...), Column(...)) is not looked into."""
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        for item in node.elts:
            yield from _table_items(item)
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _table_items(value)
    elif isinstance(node, ast.Constant | ast.JoinedStr):
        yield node


def _is_table(node: ast.expr) -> bool:
    return isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict)


def word_tables(path: Path) -> Iterator[Literal]:
    """Each literal of a module- or class-level table of words in `path` not marked for
    translation (see the module docstring); `Literal.call` is the table's name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bodies = [tree.body] + [n.body for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for body in bodies:
        for statement in body:
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target, value = statement.targets[0], statement.value
            elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                target, value = statement.target, statement.value
            else:
                continue
            name = ast.unparse(target)
            if name == "__all__":
                continue
            values = [value]
            if isinstance(value, ast.Call):  # SheetKind(preview_headers=("Row", "Code"), ...)
                values = [k.value for k in value.keywords if _is_table(k.value)]
                values += [a for a in value.args if _is_table(a)]
            for item in (i for v in values for i in _table_items(v)):
                if item is value:
                    continue  # a plain string, not a table
                text = item.value if isinstance(item, ast.Constant) else ast.unparse(item)
                if isinstance(text, str) and reads_as_words(text):
                    yield Literal(path, item.lineno, ast.unparse(item), item, name)


# Qt's translation calls and the position of their text argument (after the context)
TRANSLATION_CALLS = {"translate": 1, "QT_TRANSLATE_NOOP": 1, "tr": 0, "QT_TR_NOOP": 0}


def unreadable(path: Path) -> Iterator[Literal]:
    """Each translation call in `path` whose text pyside6-lupdate cannot read, so the text
    never reaches the .ts: a literal in parentheses (`translate("c", ("a " "b"))`), an f-string,
    a `+` or `%` of literals, a literal text whose context is a variable (`translate(CONTEXT,
    "a")`). Its text must be a plain literal or an implicit concatenation of
    literals; a name or other value is text marked (QT_TRANSLATE_NOOP) elsewhere, translated
    here, and is fine."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(line: int, col: int) -> int:  # ast columns are UTF-8 byte offsets
        return starts[line - 1] + len(lines[line - 1].encode("utf-8")[:col].decode("utf-8"))

    for call in ast.walk(ast.parse(source)):
        if not isinstance(call, ast.Call):
            continue
        name = call_name(call) or ""
        position = TRANSLATION_CALLS.get(name)
        if position is None or position >= len(call.args):
            continue
        if name == "translate" and not (
            call.args and isinstance(call.args[0], ast.Constant | ast.Name | ast.Attribute)
        ):
            continue  # not Qt's translate (QTransform.translate(dx, dy), str.translate)
        arg = call.args[position]
        bad = isinstance(arg, ast.JoinedStr) or (isinstance(arg, ast.BinOp) and _has_string(arg))
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            # the text in parentheses of its own: lupdate skips the whole call
            before = source[: offset(arg.lineno, arg.col_offset)].rstrip()
            opened = source[offset(call.lineno, call.col_offset) : len(before)]
            bad = before.endswith("(") and opened.count("(") > 1
            # a literal text with its context in a variable: lupdate skips it too
            context = call.args[0] if position == 1 else None
            if context is not None and not isinstance(context, ast.Constant):
                bad = True
        if bad:
            yield Literal(path, arg.lineno, ast.unparse(arg), arg, name)


def _has_string(node: ast.expr) -> bool:
    return any(
        isinstance(n, ast.Constant | ast.JoinedStr) and not isinstance(getattr(n, "value", ""), int)
        for n in ast.walk(node)
    )


CONTEXT_CALL = "QCoreApplication.translate"


def context_of(path: Path) -> str:
    """The translation context of a module: its name (`settings_page`)."""
    return path.stem


def template(node: ast.JoinedStr, source: str) -> tuple[str, list[str]]:
    """An f-string as a str.format template and the arguments that fill it: names stay named
    ({count}), other expressions are numbered ({0})."""
    text: list[str] = []
    args: list[str] = []
    named: dict[str, str] = {}
    for part in node.values:
        if isinstance(part, ast.Constant):
            text.append(str(part.value).replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(part, ast.FormattedValue)
        expr = ast.get_source_segment(source, part.value) or ast.unparse(part.value)
        if isinstance(part.value, ast.Name):
            key = part.value.id
        elif isinstance(part.value, ast.Attribute) and part.value.attr not in named:
            key = part.value.attr
        else:
            key = str(len(args))
        if key.isdigit():
            args.append(expr)
        elif named.get(key, expr) != expr:
            key = str(len(args))
            args.append(expr)
        else:
            named[key] = expr
        field = key
        if part.conversion != -1:
            field += "!" + chr(part.conversion)
        if part.format_spec is not None:
            spec = part.format_spec
            assert isinstance(spec, ast.JoinedStr)
            field += ":" + "".join(str(getattr(v, "value", "")) for v in spec.values)
        text.append("{" + field + "}")
    return "".join(text), [*args, *(f"{k}={v}" for k, v in named.items())]


def wrap(path: Path) -> int:
    """Wrap every unwrapped literal of `path` in place; how many."""
    source = path.read_text(encoding="utf-8")
    found = list(unwrapped(path))
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(line: int, col: int) -> int:  # ast columns are UTF-8 byte offsets
        return starts[line - 1] + len(lines[line - 1].encode("utf-8")[:col].decode("utf-8"))

    context = context_of(path)
    edits = []
    noop = False
    for literal in found:
        node = literal.node
        assert node.end_lineno is not None and node.end_col_offset is not None
        begin = offset(node.lineno, node.col_offset)
        end = offset(node.end_lineno, node.end_col_offset)
        if literal.call in DEFERRED:
            new = f'QT_TRANSLATE_NOOP("{DEFERRED[literal.call]}", {source[begin:end]})'
            noop = True
        elif isinstance(node, ast.JoinedStr):
            text, args = template(node, source)
            new = f'{CONTEXT_CALL}("{context}", {_literal(text)}).format({", ".join(args)})'
        else:
            new = f'{CONTEXT_CALL}("{context}", {source[begin:end]})'
        edits.append((begin, end, new))
    for begin, end, new in sorted(edits, reverse=True):
        source = source[:begin] + new + source[end:]
    if any(not new.startswith("QT_TRANSLATE_NOOP") for _b, _e, new in edits) and (
        "QCoreApplication" not in _imported(source)
    ):
        source = _add_import(source)
    if noop and "QT_TRANSLATE_NOOP" not in _imported(source, "vyapar_lite.domain.messages"):
        source = _add_line_after_imports(
            source, "from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP\n"
        )
    path.write_text(source, encoding="utf-8")
    return len(edits)


def _literal(text: str, width: int = 64) -> str:
    """`text` as a Python literal, split into implicitly joined pieces at spaces when long
    (never in parentheses of their own: pyside6-lupdate would not see the text)."""
    if len(text) <= width:
        return repr(text)
    pieces: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + len(word) + 1 > width:
            pieces.append(current + " ")
            current = word
        else:
            current = f"{current} {word}" if current else word
    pieces.append(current)
    return " ".join(repr(piece) for piece in pieces)


def _imported(source: str, module: str = "PySide6.QtCore") -> set[str]:
    names: set[str] = set()
    for node in ast.parse(source).body:
        if isinstance(node, ast.ImportFrom) and node.module == module:
            names.update(alias.name for alias in node.names)
    return names


def _add_line_after_imports(source: str, line: str) -> str:
    tree = ast.parse(source)
    last = max(
        (n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module != "__future__"),
        key=lambda n: n.lineno,
        default=None,
    )
    lines = source.splitlines(keepends=True)
    at = last.end_lineno if last is not None and last.end_lineno is not None else 0
    lines.insert(at, line)
    return "".join(lines)


def _add_import(source: str) -> str:
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtCore":
            assert node.end_lineno is not None
            lines = source.splitlines(keepends=True)
            first = lines[node.lineno - 1]
            lines[node.lineno - 1] = first.replace("import ", "import QCoreApplication, ", 1)
            return "".join(lines)
    last = max(
        (n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)),
        key=lambda n: n.lineno,
        default=None,
    )
    lines = source.splitlines(keepends=True)
    at = last.end_lineno if last is not None and last.end_lineno is not None else 0
    lines.insert(at, "from PySide6.QtCore import QCoreApplication\n")
    return "".join(lines)


def ui_files(root: Path) -> list[Path]:
    return sorted((root / "src" / "vyapar_lite" / "ui").rglob("*.py"))


def main(argv: list[str]) -> int:
    root = Path(__file__).resolve().parent.parent
    if not argv or argv[0] not in ("check", "wrap", "tables"):
        print(__doc__)
        return 2
    files = [Path(a) for a in argv[1:]] or ui_files(root)
    if argv[0] == "wrap":
        for path in files:
            print(f"{path}: {wrap(path)} wrapped")
        return 0
    if argv[0] == "tables":
        tables = [literal for path in files for literal in word_tables(path)]
        for literal in tables:
            print(f"{literal.path}:{literal.line}: {literal.call}: {literal.text}")
        return 1 if tables else 0
    found = [literal for path in files for literal in unwrapped(path)]
    for literal in found:
        print(f"{literal.path}:{literal.line}: {literal.text}")
    sources = [Path(a) for a in argv[1:]] or sorted((root / "src").rglob("*.py"))
    hidden = [literal for path in sources for literal in unreadable(path)]
    for literal in hidden:
        print(f"{literal.path}:{literal.line}: lupdate cannot read {literal.call}()'s text")
    found += hidden
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
