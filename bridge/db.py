"""SQLite connections (the embedded mode): the SQL function the answer guard needs, and WAL.

The answer trigger binds the stored text to its SHA-256 on both databases; PostgreSQL has sha256()
built in, SQLite gets `bridge_sha256` on every connection. A connection without it (the sqlite3
shell) cannot insert answers at all: the guard fails closed.
"""

from __future__ import annotations

import hashlib
from typing import Any

from django.db.backends.signals import connection_created
from django.dispatch import receiver


def _sha256_hex(value: object) -> str | None:
    if value is None:
        return None
    data = value.encode("utf-8") if isinstance(value, str) else bytes(value)  # type: ignore[call-overload]
    return hashlib.sha256(data).hexdigest()


@receiver(connection_created)
def _sqlite_setup(sender: Any, connection: Any, **_: Any) -> None:
    if connection.vendor != "sqlite":
        return
    connection.connection.create_function("bridge_sha256", 1, _sha256_hex, deterministic=True)
    if connection.settings_dict["NAME"] not in ("", ":memory:") and "mode=memory" not in str(
        connection.settings_dict["NAME"]
    ):
        # Readers no longer block the writer, and a second writer waits (see OPTIONS in settings) instead of failing.
        with connection.connection:
            connection.connection.execute("PRAGMA journal_mode=WAL")
