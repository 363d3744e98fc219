"""How wide each column of a report table is, so a report fits a 1366-px screen (issue 15).

Figures are never cut: money, counts, rates and dates get the width their widest text needs, and
so do GSTINs and document numbers (`Column.whole`). Names, descriptions and other text give way:
they start at the report's own width, shrink towards `TEXT_FLOOR` pixels when the table is too
narrow (elided, the full text in the cell's tooltip), and take any room left over. When that is
not enough, a figure column's header wider than its figures gives way next ("Round-off" over
0.28: the header is cut, its tooltip has it), never below the figures (`Want.least`). Only when
even that does not fit does the table scroll sideways. Plain integers in, plain integers out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

TEXT_FLOOR = 64  # pixels: a text column never shrinks below this
PADDING = 8  # pixels around a cell's text (Qt's own margin is 6: 2 x (focus frame 2 + 1))


@dataclass(frozen=True)
class Want:
    need: int  # pixels the widest text (or the header) needs
    base: int  # the report's own width for the column
    elidable: bool  # text that may be cut (with a tooltip); figures and numbers never are
    least: int = 0  # a figure column: its figures' width, below `need` when its header is wider


def fit(wants: Sequence[Want], room: int, stretch: int | None = None) -> list[int]:
    """Column widths for a table `room` pixels wide."""
    widths = [w.need if not w.elidable else max(min(w.need, w.base), TEXT_FLOOR) for w in wants]
    over = sum(widths) - room
    if over > 0:
        widths = _give(widths, over, [
            max(width - TEXT_FLOOR, 0) if w.elidable else 0
            for w, width in zip(wants, widths, strict=True)
        ])  # fmt: skip
        over = sum(widths) - room
        if over > 0:  # then the headers wider than their figures
            widths = _give(widths, over, [
                max(width - w.least, 0) if w.least and not w.elidable else 0
                for w, width in zip(wants, widths, strict=True)
            ])  # fmt: skip
        return widths
    spare = -over
    for i, w in enumerate(wants):  # first let cut text show whole
        if spare and w.elidable and widths[i] < w.need:
            grow = min(spare, w.need - widths[i])
            widths[i] += grow
            spare -= grow
    if spare and wants:
        target = stretch if stretch is not None and stretch < len(wants) else None
        if target is None:
            elidable = [i for i, w in enumerate(wants) if w.elidable]
            target = elidable[0] if elidable else None
        if target is not None:
            widths[target] += spare
    return widths


def _give(widths: list[int], over: int, give: list[int]) -> list[int]:
    """`widths` less up to `over` pixels in all, each column giving in proportion to what it
    can (`give`)."""
    can = sum(give)
    if not can:
        return widths
    take = min(over, can)
    cuts = [take * g // can for g in give]
    rest = take - sum(cuts)
    for i, g in enumerate(give):  # the last few pixels to the widest first
        if rest and g > cuts[i]:
            cuts[i] += 1
            rest -= 1
    return [width - cut for width, cut in zip(widths, cuts, strict=True)]


def either(*tables: Sequence[Want]) -> list[Want]:
    """The wants of tables that share their columns' widths (a statement's customer and supplier
    sides): each column as wide as the table that needs most, cut only where every table's text
    may be cut."""
    return [
        Want(
            max(w.need for w in column),
            column[0].base,
            all(w.elidable for w in column),
            max(w.least for w in column),
        )
        for column in zip(*tables, strict=True)
    ]
