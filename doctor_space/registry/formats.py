"""Readers of the public register extracts, streaming one row at a time (pure Python, no Django).

- RPPS: the "PS_LibreAcces_Personne_activite" extract of the Annuaire Santé, pipe-separated, one row per
  activity (a doctor with two practices has two rows), header with the published French column names.
- NPPES: the CMS "NPI Downloadable File" (npidata_pfile), comma-separated and fully quoted, 330 columns;
  deactivated NPIs carry only the NPI and the deactivation date.
- GMC: the GMC's list is licensed, not published as a file; Bridge reads a simple CSV with the header
  `GMC Reference No,Surname,Given Names,Registration Status,Specialty,Email` (documented in docs/registers.md).

Each reader yields a RegisterRow for an active physician, or a Skip (another profession, an organisation, a
deactivated or unlicensed entry, a malformed number) so that the caller can count what it left out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from doctor_space.registers import normalise_register_number
from doctor_space.registry.names import name_key
from doctor_space.registry.specialties import NPPES_TAXONOMY, specialty_from_label

# Wide rows: NPPES's 330 columns, RPPS street names; anything past this is not a register row.
csv.field_size_limit(1 << 20)


class RegisterFormatError(Exception):
    """The file is not in the announced register format (missing columns, wrong encoding)."""


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """One active physician as the register lists them."""

    number: str
    last_name: str
    first_name: str
    name_key: str
    specialty_label: str
    specialty: str
    email: str


@dataclass(frozen=True, slots=True)
class Skip:
    """A row left out, and why ("profession", "inactive", "invalid")."""

    reason: str
    line: int


Parsed = RegisterRow | Skip

# PS_LibreAcces_Personne_activite: the published header (52 columns, trailing separator), as the extract
# starts; the test files and the benchmark's generator write it, the reader checks the columns it needs.
RPPS_PUBLISHED_HEADER = (
    "Type d'identifiant PP|Identifiant PP|Identification nationale PP|Code civilité d'exercice|"
    "Libellé civilité d'exercice|Code civilité|Libellé civilité|Nom d'exercice|Prénom d'exercice|Code profession|"
    "Libellé profession|Code catégorie professionnelle|Libellé catégorie professionnelle|Code type savoir-faire|"
    "Libellé type savoir-faire|Code savoir-faire|Libellé savoir-faire|Code mode exercice|Libellé mode exercice|"
    "Numéro SIRET site|Numéro SIREN site|Numéro FINESS site|Numéro FINESS établissement juridique|"
    "Identifiant technique de la structure|Raison sociale site|Enseigne commerciale site|"
    "Complément destinataire (coord. structure)|Complément point géographique (coord. structure)|"
    "Numéro Voie (coord. structure)|Indice répétition voie (coord. structure)|Code type de voie (coord. structure)|"
    "Libellé type de voie (coord. structure)|Libellé Voie (coord. structure)|Mention distribution (coord. structure)|"
    "Bureau cedex (coord. structure)|Code postal (coord. structure)|Code commune (coord. structure)|"
    "Libellé commune (coord. structure)|Code pays (coord. structure)|Libellé pays (coord. structure)|"
    "Téléphone (coord. structure)|Téléphone 2 (coord. structure)|Télécopie (coord. structure)|"
    "Adresse e-mail (coord. structure)|Code Département (structure)|Libellé Département (structure)|"
    "Ancien identifiant de la structure|Autorité d'enregistrement|Code secteur d'activité|"
    "Libellé secteur d'activité|Code section tableau pharmaciens|Libellé section tableau pharmaciens|"
)

RPPS_COLUMNS = {
    "type": "Type d'identifiant PP",
    "number": "Identifiant PP",
    "last": "Nom d'exercice",
    "first": "Prénom d'exercice",
    "profession": "Code profession",
    "skill_type": "Code type savoir-faire",
    "skill": "Libellé savoir-faire",
    "email": "Adresse e-mail (coord. structure)",
}
RPPS_PHYSICIAN = "10"  # Code profession of "Médecin"
RPPS_ID_TYPE = "8"  # Type d'identifiant PP 8 = RPPS (0 = ADELI)

NPPES_COLUMNS = {
    "number": "NPI",
    "entity": "Entity Type Code",
    "last": "Provider Last Name (Legal Name)",
    "first": "Provider First Name",
    "deactivated": "NPI Deactivation Date",
    "reactivated": "NPI Reactivation Date",
}

GMC_COLUMNS = {
    "number": "GMC Reference No",
    "last": "Surname",
    "first": "Given Names",
    "status": "Registration Status",
    "specialty": "Specialty",
    "email": "Email",
}


def _index(header: list[str], wanted: dict[str, str], fmt: str) -> dict[str, int]:
    cleaned = [h.strip().lstrip("\ufeff") for h in header]
    missing = [column for column in wanted.values() if column not in cleaned]
    if missing:
        raise RegisterFormatError(
            f"Not a {fmt} file: missing column(s) {', '.join(repr(m) for m in missing)}."
        )
    return {key: cleaned.index(column) for key, column in wanted.items()}


def _cell(row: list[str], index: int) -> str:
    return row[index].strip() if index < len(row) else ""


def _padded(row: list[str], width: int) -> list[str]:
    """A short row (a truncated line) padded with empty cells, so that cells can be read by index."""
    return row if len(row) >= width else row + [""] * (width - len(row))


def _row(
    register: str,
    number: str,
    last: str,
    first: str,
    label: str,
    specialty: str,
    email: str,
    line: int,
) -> Parsed:
    last, first, email = last.strip(), first.strip(), email.strip()
    if "\x00" in f"{last}{first}{email}{label}":  # PostgreSQL text cannot hold NUL: a malformed row
        return Skip("invalid", line)
    try:
        clean_number = normalise_register_number(register, number)
    except ValueError:
        return Skip("invalid", line)
    key = name_key(f"{first} {last}")
    if not last or not key:
        return Skip("invalid", line)
    email = email if "@" in email and len(email) <= 254 else ""
    return RegisterRow(
        clean_number, last[:120], first[:120], key[:250], label[:200], specialty, email.lower()
    )


def _lines(reader: Iterator[list[str]]) -> Iterator[tuple[int, list[str]]]:
    try:
        for row in reader:
            yield reader.line_num, row  # type: ignore[attr-defined]
    except UnicodeDecodeError as exc:
        raise RegisterFormatError(
            f"The file is not in the expected encoding near line {reader.line_num + 1} ({exc.reason}); "  # type: ignore[attr-defined]
            "pass --encoding (for example latin-1)."
        ) from exc
    except csv.Error as exc:
        raise RegisterFormatError(f"Unreadable row near line {reader.line_num}: {exc}.") from exc  # type: ignore[attr-defined]


def _pipe_lines(stream: io.TextIOBase) -> Iterator[tuple[int, list[str]]]:
    """The RPPS extract has no quoting at all: a plain split on "|" reads it as csv's QUOTE_NONE would,
    at about half the cost (the reader is most of an import's Python time)."""
    number = 0
    try:
        for number, line in enumerate(stream, start=1):
            stripped = line.rstrip("\r\n")
            yield number, stripped.split("|") if stripped else []
    except UnicodeDecodeError as exc:
        raise RegisterFormatError(
            f"The file is not in the expected encoding near line {number + 1} ({exc.reason}); "
            "pass --encoding (for example latin-1)."
        ) from exc


def read_rpps(stream: io.TextIOBase) -> Iterator[Parsed]:
    """Physicians (Code profession 10) with an RPPS number, from a PS_LibreAcces extract."""
    rows = _pipe_lines(stream)
    header = next(rows, (0, []))[1]
    at = _index(header, RPPS_COLUMNS, "RPPS (PS_LibreAcces)")
    width = max(at.values()) + 1
    i_type, i_number, i_last, i_first = at["type"], at["number"], at["last"], at["first"]
    i_profession, i_skill_type, i_skill, i_email = (
        at["profession"],
        at["skill_type"],
        at["skill"],
        at["email"],
    )
    for line, raw in rows:
        if not raw:
            continue
        row = _padded(raw, width)
        if row[i_profession].strip() != RPPS_PHYSICIAN or row[i_type].strip() != RPPS_ID_TYPE:
            yield Skip("profession", line)
            continue
        label = row[i_skill].strip() if row[i_skill_type].strip() == "S" else ""
        yield _row(
            "rpps",
            row[i_number],
            row[i_last],
            row[i_first],
            label,
            specialty_from_label(label),
            row[i_email],
            line,
        )


def _nppes_taxonomy(row: list[str], slots: list[tuple[int, int]]) -> str:
    codes = [(_cell(row, code), _cell(row, switch)) for code, switch in slots]
    physician = [(code, switch) for code, switch in codes if code.startswith(("207", "208"))]
    if not physician:
        return ""
    primary = [code for code, switch in physician if switch == "Y"]
    return primary[0] if primary else physician[0][0]


def read_nppes(stream: io.TextIOBase) -> Iterator[Parsed]:
    """Active individual providers with a physician taxonomy (207*/208*), from an NPPES file."""
    reader = csv.reader(stream)
    rows = _lines(reader)
    header = [h.strip() for h in next(rows, (0, []))[1]]
    at = _index(header, NPPES_COLUMNS, "NPPES")
    slots = [
        (
            header.index(f"Healthcare Provider Taxonomy Code_{n}"),
            header.index(f"Healthcare Provider Primary Taxonomy Switch_{n}"),
        )
        for n in range(1, 16)
        if f"Healthcare Provider Taxonomy Code_{n}" in header
        and f"Healthcare Provider Primary Taxonomy Switch_{n}" in header
    ]
    if not slots:
        raise RegisterFormatError(
            "Not an NPPES file: no 'Healthcare Provider Taxonomy Code_1' column."
        )
    for line, row in rows:
        if not row:
            continue
        deactivated, reactivated = _cell(row, at["deactivated"]), _cell(row, at["reactivated"])
        if deactivated and not reactivated:
            yield Skip("inactive", line)
            continue
        if _cell(row, at["entity"]) != "1":
            yield Skip("profession", line)
            continue
        taxonomy = _nppes_taxonomy(row, slots)
        if not taxonomy:
            yield Skip("profession", line)
            continue
        yield _row(
            "npi",
            _cell(row, at["number"]),
            _cell(row, at["last"]),
            _cell(row, at["first"]),
            taxonomy,
            NPPES_TAXONOMY.get(taxonomy, ""),
            "",
            line,
        )


def read_gmc(stream: io.TextIOBase) -> Iterator[Parsed]:
    """Doctors registered with a licence to practise, from Bridge's simple GMC CSV."""
    reader = csv.reader(stream)
    rows = _lines(reader)
    header = next(rows, (0, []))[1]
    at = _index(header, GMC_COLUMNS, "GMC CSV")
    for line, row in rows:
        if not row:
            continue
        status = name_key(_cell(row, at["status"]))
        if not status.startswith("registered with "):  # not "registered without a licence"
            yield Skip("inactive", line)
            continue
        label = _cell(row, at["specialty"])
        yield _row(
            "gmc",
            _cell(row, at["number"]),
            _cell(row, at["last"]),
            _cell(row, at["first"]),
            label,
            specialty_from_label(label),
            _cell(row, at["email"]),
            line,
        )


READERS: dict[str, tuple[str, Callable[[io.TextIOBase], Iterator[Parsed]]]] = {
    # --format value: (DoctorProfile.Register code, reader)
    "rpps": ("rpps", read_rpps),
    "nppes": ("npi", read_nppes),
    "gmc": ("gmc", read_gmc),
}
