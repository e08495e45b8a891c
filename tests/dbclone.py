"""One migration per test run: under pytest-xdist, one process migrates a template and the others copy it (issue 14).

Each xdist process used to create and migrate its own test database (96 migrations, seconds of CPU each). Now
the first process that reaches a database test migrates the template, under a file lock, and every process
(itself included) takes a copy of it: on PostgreSQL `CREATE DATABASE test_<name>_gwN TEMPLATE test_<name>`
(Django's own `clone_test_db`, as its parallel runner does); on SQLite the migrated in-memory database is
written to a file once and read back page by page into each process's in-memory database (sqlite3's backup
API, as Django does for `spawn` workers). A copy is the migrated database itself: the triggers and constraints
the migrations create are in it (tests/security/test_db_guards.py checks them on both).

The xdist controller makes the shared folder, hands it to the workers (`pytest_configure_node`) and removes it
at the end, dropping the PostgreSQL template. Without xdist, or with `--reuse-db`, another alias than
`default` or another database engine, `django_db_setup` does exactly what pytest-django's does.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import sqlite3
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

FOLDER_KEY = "bridge_test_db_folder"  # in each worker's workerinput
STATE = "template.json"  # written once the template is migrated
SQLITE_COPY = "template.sqlite3"
_folder_key = pytest.StashKey[Path]()


def folder_for_workers(config: pytest.Config) -> str:
    """The controller's shared folder (made on first use, one per run)."""
    if _folder_key not in config.stash:
        config.stash[_folder_key] = Path(tempfile.mkdtemp(prefix="bridge-test-db-"))
    return str(config.stash[_folder_key])


def remove_folder(config: pytest.Config) -> None:
    """At the controller's end: drop the PostgreSQL template if one was made, remove the folder."""
    folder = config.stash.get(_folder_key, None)
    if folder is None:
        return
    state = folder / STATE
    if state.exists():
        template = json.loads(state.read_text(encoding="utf-8"))
        if template["vendor"] == "postgresql":
            from django.db import connections
            from pytest_django.plugin import blocking_manager_key

            try:
                with config.stash[blocking_manager_key].unblock():
                    connections["default"].creation._destroy_test_db(  # type: ignore[attr-defined]
                        template["name"], verbosity=0
                    )
            except Exception as exc:  # a leftover template is dropped by the next run
                warnings.warn(
                    f"could not drop test template {template['name']}: {exc!r}", stacklevel=1
                )
    shutil.rmtree(folder, ignore_errors=True)


def applies(
    config: pytest.Config, keepdb: bool, use_migrations: bool, serialized: set[str]
) -> bool:
    """Whether this process clones: an xdist worker with a shared folder, the one database, a known engine."""
    from django.conf import settings

    workerinput = getattr(config, "workerinput", {})
    return (
        FOLDER_KEY in workerinput
        and not keepdb
        and use_migrations
        and not serialized
        and set(settings.DATABASES) == {"default"}
        and settings.DATABASES["default"]["ENGINE"]
        in ("django.db.backends.postgresql", "django.db.backends.sqlite3")
    )


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    with (folder / "lock").open("w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)  # released on close, and by the kernel if the process dies
        yield


def setup_clone(config: pytest.Config, verbosity: int) -> str:
    """Give this worker its copy of the migrated template; returns the database NAME to restore at teardown."""
    from django.conf import settings
    from django.db import connections

    connection = connections["default"]
    folder = Path(config.workerinput[FOLDER_KEY])  # type: ignore[attr-defined]
    worker = config.workerinput["workerid"]  # type: ignore[attr-defined]
    old_name: str = connection.settings_dict["NAME"]
    # test_<name>_gwN (pytest-django's suffix); on SQLite the in-memory database's URI
    own_name: str = connection.creation._get_test_db_name()  # type: ignore[attr-defined]
    postgres = connection.vendor == "postgresql"
    with _locked(folder):
        built = not (folder / STATE).exists()
        if built:
            _migrate_template(connection, folder, own_name, worker, verbosity)
        template = json.loads((folder / STATE).read_text(encoding="utf-8"))["name"]
        if postgres:
            # clone_test_db copies settings NAME into NAME_<suffix>: test_<name> -> test_<name>_gwN.
            connection.close()
            connection.settings_dict["NAME"] = template
            connection.creation.clone_test_db(suffix=worker, verbosity=verbosity, autoclobber=True)
        elif not built:  # SQLite: the process that migrated already holds the template in memory
            connection.close()
            connection.settings_dict["NAME"] = own_name
            connection.ensure_connection()
            source = sqlite3.connect(folder / SQLITE_COPY)
            try:
                source.backup(connection.connection)
            finally:
                source.close()
        settings.DATABASES["default"]["NAME"] = own_name
        connection.settings_dict["NAME"] = own_name
    return old_name


def _migrate_template(
    connection: Any, folder: Path, own_name: str, worker: str, verbosity: int
) -> None:
    """Create and migrate the template (PostgreSQL: test_<name>; SQLite: this process's in-memory database)."""
    if connection.vendor == "postgresql":
        name = own_name.removesuffix(f"_{worker}")
        connection.settings_dict["TEST"]["NAME"] = name
        try:
            connection.creation.create_test_db(
                verbosity=verbosity, autoclobber=True, serialize=False
            )
        finally:
            connection.settings_dict["TEST"]["NAME"] = own_name
        connection.close()  # CREATE DATABASE … TEMPLATE needs it unused
    else:
        name = connection.creation.create_test_db(
            verbosity=verbosity, autoclobber=True, serialize=False
        )
        copy = sqlite3.connect(folder / SQLITE_COPY)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
    (folder / STATE).write_text(
        json.dumps({"vendor": connection.vendor, "name": name}), encoding="utf-8"
    )


def teardown_clone(old_name: str, verbosity: int) -> None:
    from django.db import connections

    connections["default"].creation.destroy_test_db(old_name, verbosity=verbosity)
