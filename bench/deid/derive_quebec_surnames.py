"""Print the Québécois surnames to append to guidelines/deid/data/surnames.txt (deid30, 2026-12-07).

Source: Faker's fr_CA person provider (`last_names`, Faker is a dev-only dependency, MIT licence), minus
the surnames already listed, ordinary words (`common_words.txt`), towns of `cities.txt` (a GeoNames town that is also a surname,
"Tremblay", then needs a place cue, as `names/towns.py` says) and
names with an abbreviation ("St-Jean"). Development time only:
`/work/main/.venv/bin/python bench/deid/derive_quebec_surnames.py >> guidelines/deid/data/surnames.txt`
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from faker.providers.person.fr_CA import Provider

from guidelines.deid._data import gazetteers
from textkit.folding import fold


def main() -> None:
    g = gazetteers()
    keep = [
        n
        for n in sorted(set(Provider.last_names), key=fold)
        if (f := fold(n)) not in g.surnames
        and f not in g.common
        and f not in g.cities.single
        and not n.startswith("St-")
    ]
    print(
        "# Québécois surnames (Faker fr_CA last_names, bench/deid/derive_quebec_surnames.py, deid30)"
    )
    print("\n".join(keep))


if __name__ == "__main__":
    main()
