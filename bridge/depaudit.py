"""Offline dependency audit: installed (or pinned) versions against a shipped advisory snapshot.

`pip-audit` needs the network here and, without it, reports "no known vulnerabilities" and exits 0
(a false green). This checks the distributions of the running environment, or the `name==version`
pins of a requirements file, against `bridge/data/advisories.json`: PyPA advisory-database (OSV)
entries for every package we install, reduced to ids, aliases, ranges and versions. Exit 1 on a hit.

Refresh (needs a checkout of https://github.com/pypa/advisory-database):
    python -m bridge.depaudit refresh /path/to/advisory-database
Pure Python (no Django); `manage.py audit_dependencies` and `make lint` run `check`.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

DATA = Path(__file__).resolve().parent / "data" / "advisories.json"


def normalise(name: str) -> str:
    """PEP 503 name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def installed() -> dict[str, str]:
    """Every distribution of the running environment, name -> version."""
    return {
        normalise(d.metadata["Name"]): d.version
        for d in importlib.metadata.distributions()
        if d.metadata["Name"]
    }


def pinned(path: Path) -> dict[str, str]:
    """`name==version` lines of a requirements file (other lines ignored)."""
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*==\s*([^\s;#]+)", line)
        if match:
            pins[normalise(match.group(1))] = match.group(2)
    return pins


def _in_range(version: Version, events: list[dict[str, str]]) -> bool:
    affected = False
    for event in events:  # OSV: events in order; introduced opens, fixed / last_affected close
        try:
            if "introduced" in event:
                affected = affected or version >= Version(event["introduced"])
            elif ("fixed" in event and version >= Version(event["fixed"])) or (
                "last_affected" in event and version > Version(event["last_affected"])
            ):
                affected = False
        except InvalidVersion:
            continue
    return affected


def affected(advisory: dict[str, Any], version: str) -> bool:
    """True when this version is listed, or falls in an affected range."""
    if version in advisory.get("versions", ()):
        return True
    try:
        parsed = Version(version)
    except InvalidVersion:
        return False
    return any(_in_range(parsed, r) for r in advisory.get("ranges", ()))


def findings(
    packages: dict[str, str], snapshot: dict[str, Any]
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(package, version, advisory) for every hit that is not in the snapshot's reasoned ignore list."""
    ignored = set(snapshot.get("ignore", {}))
    for name, version in sorted(packages.items()):
        for advisory in snapshot["packages"].get(name, ()):
            if advisory["id"] not in ignored and affected(advisory, version):
                yield name, version, advisory


def check(argv: Iterable[str] = ()) -> int:
    parser = argparse.ArgumentParser(prog="depaudit check")
    parser.add_argument(
        "--requirements",
        type=Path,
        help="audit name==version pins of this file instead of the environment",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also fail when a package was not covered by the snapshot",
    )
    args = parser.parse_args(list(argv))
    strict: bool = args.strict
    snapshot = json.loads(DATA.read_text(encoding="utf-8"))
    packages = pinned(args.requirements) if args.requirements else installed()
    hits = list(findings(packages, snapshot))
    for name, version, advisory in hits:
        aliases = ", ".join(advisory.get("aliases", [])[:3])
        print(
            f"VULNERABLE {name}=={version}: {advisory['id']} ({aliases}) {advisory.get('summary', '')}".rstrip()
        )
    with_advisories = sum(1 for name in packages if name in snapshot["packages"])
    print(
        f"{len(packages)} packages checked against {snapshot['source']} @ {snapshot['commit'][:12]} "
        f"({snapshot['date']}); {with_advisories} have advisories on file; {len(hits)} known-vulnerable.",
        file=sys.stderr,
    )
    # A package added after the last refresh was never looked up: say so rather than let it pass as clean.
    unknown = sorted(set(packages) - set(snapshot.get("covered", ())))
    if unknown:
        print(f"NOT COVERED by the snapshot (refresh it): {', '.join(unknown)}", file=sys.stderr)
    return 1 if hits or (unknown and strict) else 0


def _load_yaml(path: Path) -> dict[str, Any]:
    import yaml  # only the refresh needs it

    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def refresh(argv: Iterable[str]) -> int:
    parser = argparse.ArgumentParser(prog="depaudit refresh")
    parser.add_argument("checkout", type=Path, help="a checkout of pypa/advisory-database")
    args = parser.parse_args(list(argv))
    old = json.loads(DATA.read_text(encoding="utf-8")) if DATA.exists() else {}
    names = sorted(set(installed()) | set(old.get("packages", {})))
    packages: dict[str, list[dict[str, Any]]] = {}
    for name in names:
        for path in sorted((args.checkout / "vulns" / name).glob("*.yaml")):
            entry = _load_yaml(path)
            if entry.get("withdrawn"):
                continue  # withdrawn upstream (e.g. PYSEC-2023-73, a Redis server bug filed against redis-py)
            for item in entry.get("affected", []):
                if normalise(item.get("package", {}).get("name", "")) != name:
                    continue
                packages.setdefault(name, []).append(
                    {
                        "id": entry["id"],
                        "aliases": sorted(entry.get("aliases") or []),
                        "summary": (entry.get("summary") or entry.get("details", "")).split("\n")[
                            0
                        ][:160],
                        "ranges": [
                            r["events"]
                            for r in item.get("ranges", [])
                            if r.get("type") == "ECOSYSTEM"
                        ],
                        # The enumerated versions repeat what the ranges say; kept only when there is no range.
                        "versions": [] if item.get("ranges") else item.get("versions", []),
                    }
                )
    git = ["git", "-C", str(args.checkout), "log", "-1", "--format=%H %cs"]
    commit, date = subprocess.run(git, capture_output=True, text=True, check=True).stdout.split()  # noqa: S603
    snapshot = {
        "source": "pypa/advisory-database",
        "commit": commit,
        "date": date,
        "ignore": old.get("ignore", {}),
        "covered": names,
        "packages": packages,
    }
    DATA.write_text(json.dumps(snapshot, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(
        f"{sum(len(v) for v in packages.values())} advisories for {len(packages)} packages written to {DATA}"
    )
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["refresh"]:
        return refresh(argv[1:])
    return check(argv[1:] if argv[:1] == ["check"] else argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
