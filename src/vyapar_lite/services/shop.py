"""The shop profile: read it, set it up on first start, edit it in Settings."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, fields
from datetime import datetime

import peewee

from vyapar_lite.db import database, file_error, ready
from vyapar_lite.db.models import Shop
from vyapar_lite.domain.shop import ShopProfile, clean_shop_profile

_FIELDS = [f.name for f in fields(ShopProfile)]
# inside `read_once`: the profile read there (empty until it is)
_HELD: ContextVar[list[ShopProfile | None] | None] = ContextVar("shop_profile_held", default=None)


@contextmanager
def read_once() -> Iterator[None]:
    """Inside the block the profile is read from the database once, and every `get_profile`
    gives that copy: a document worked out before its transaction (its checks, place of
    supply, scheme and snapshot) sees one profile, for one query instead of three."""
    token = _HELD.set([])
    try:
        yield
    finally:
        _HELD.reset(token)


def get_profile() -> ShopProfile | None:
    """The shop's profile, or None before the first-run set-up. It is the first thing read from
    a file as it opens: a file too damaged to read it raises DataFileError('damaged')."""
    held = _HELD.get()
    if held:
        return held[0]
    try:
        row = ready.row_where(Shop, "id", 1)
    except peewee.DatabaseError as exc:
        raise file_error(exc) from None
    profile = None if row is None else ShopProfile(**{name: getattr(row, name) for name in _FIELDS})
    if held is not None:
        held.append(profile)
    return profile


def save_profile(profile: ShopProfile) -> ShopProfile:
    """Validate and save the profile (creating it on first run). Raises ValidationError."""
    from vyapar_lite.services import audit  # a write's: reading the profile needs none of it

    clean = clean_shop_profile(profile)
    now = datetime.now()
    with database.atomic():
        before = get_profile()
        if before == clean:
            return clean
        values = asdict(clean)
        if before is None:
            Shop.insert(id=1, created_at=now, updated_at=now, **values).execute()
            audit.record("create", "shop", 1, label=clean.name, after=values)
        else:
            Shop.update(updated_at=now, **values).where(Shop.id == 1).execute()
            audit.record("update", "shop", 1, label=clean.name, before=asdict(before), after=values)
    return clean
