"""`import_register` reads the real RPPS and NPPES formats (and Bridge's GMC CSV), idempotently."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management.base import CommandError

from doctor_space.models import RegisterEntry, RegisterImport
from tests.registers.conftest import import_file
from tests.registers.files import GMC_HEADER, RPPS_HEADER, nppes_text, rpps_text, write

pytestmark = pytest.mark.django_db


def test_rpps_extract_keeps_physicians_one_entry_per_number(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "PS_LibreAcces_Personne_activite.txt",
        rpps_text("lefevre_hospital", "lefevre", "garcia", "pharmacist", "bad_number"),
    )
    printed = import_file("rpps", path)
    assert "5 rows read" in printed and "2 added, 0 updated, 0 disappeared" in printed
    assert "1 profession" in printed and "1 invalid" in printed
    assert "Malformed rows (first lines): 6" in printed
    hugo = RegisterEntry.objects.get(register="rpps", number="10003456786")
    # Two activity rows: the one with the register's e-mail wins, whatever the order in the file.
    assert hugo.email == "hugo.lefevre@cabinet-lefevre.example.fr"
    assert (hugo.last_name, hugo.first_name, hugo.name_key) == ("LEFÈVRE", "Hugo", "hugo lefevre")
    assert hugo.specialty == "dermatology" and hugo.active
    ines = RegisterEntry.objects.get(number="10001045367")
    assert (
        ines.email == ""
        and ines.specialty == "general_practice"
        and ines.name_key == "ines garcia nunez"
    )
    assert not RegisterEntry.objects.filter(number="10000012343").exists()


def test_reimport_is_idempotent_and_updates_what_changed(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", rpps_text("lefevre", "garcia"))
    import_file("rpps", path)
    first_ids = set(RegisterEntry.objects.values_list("pk", flat=True))
    assert "0 added, 0 updated, 0 disappeared" in import_file("rpps", path)
    renamed = rpps_text("lefevre", "garcia").replace("GARCIA-NUÑEZ", "GARCIA-NUÑEZ-MARTIN")
    assert "0 added, 1 updated, 0 disappeared" in import_file(
        "rpps", write(tmp_path, "b.txt", renamed)
    )
    assert set(RegisterEntry.objects.values_list("pk", flat=True)) == first_ids
    assert RegisterEntry.objects.get(number="10001045367").name_key == "ines garcia nunez martin"
    assert RegisterImport.objects.count() == 3


def test_an_entry_missing_from_a_later_extract_becomes_inactive(tmp_path: Path) -> None:
    import_file("rpps", write(tmp_path, "a.txt", rpps_text("lefevre", "garcia")))
    printed = import_file("rpps", write(tmp_path, "b.txt", rpps_text("lefevre")))
    assert "0 added, 0 updated, 1 disappeared" in printed
    gone = RegisterEntry.objects.get(number="10001045367")
    assert not gone.active and gone.missing_since is not None
    # Back in a later extract: active again, counted as an update.
    assert "0 added, 1 updated, 0 disappeared" in import_file(
        "rpps", write(tmp_path, "c.txt", rpps_text("lefevre", "garcia"))
    )
    assert RegisterEntry.objects.get(number="10001045367").active


def test_nppes_file_keeps_active_individual_physicians(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "npidata_pfile_20050523-20261109.csv",
        nppes_text("pending", "hospital", "nurse", "deactivated"),
    )
    printed = import_file("nppes", path)
    assert "4 rows read, 1 physicians listed (skipped: 1 inactive, 2 profession)" in printed
    sam = RegisterEntry.objects.get(register="npi")
    assert (sam.number, sam.name_key, sam.specialty_label, sam.specialty) == (
        "1234567893",
        "sam pending",
        "207RC0000X",
        "cardiology",
    )
    assert sam.email == ""


def test_an_npi_deactivated_in_a_later_file_disappears(tmp_path: Path) -> None:
    import_file("nppes", write(tmp_path, "a.csv", nppes_text("pending")))
    deactivated = (
        nppes_text().rstrip("\n")
        + "\n"
        + '"1234567893"'
        + ',""' * 38
        + ',"06/01/2026"'
        + ',""' * 290
        + "\n"
    )
    printed = import_file("nppes", write(tmp_path, "b.csv", deactivated))
    assert "1 inactive" in printed and "1 disappeared" in printed
    assert not RegisterEntry.objects.get(number="1234567893").active


def test_gmc_csv_keeps_licensed_doctors(tmp_path: Path) -> None:
    text = GMC_HEADER + (
        "7012345,Okafor,Grace,Registered with a licence to practise,General practice,grace.okafor@nhs.example.uk\n"
        "7000017,Smith,John,Registered without a licence to practise,,\n"
        "7000024,Jones,Ann,Erased,,\n"
    )
    printed = import_file("gmc", write(tmp_path, "gmc.csv", text))
    assert "1 added" in printed and "2 inactive" in printed
    grace = RegisterEntry.objects.get(register="gmc")
    assert grace.specialty == "general_practice" and grace.email == "grace.okafor@nhs.example.uk"


def test_a_file_in_another_format_is_refused_clearly_and_changes_nothing(tmp_path: Path) -> None:
    with pytest.raises(
        CommandError,
        match=r"Not a RPPS \(PS_LibreAcces\) file: missing column\(s\) .*Identifiant PP",
    ):
        import_file("rpps", write(tmp_path, "npi.csv", nppes_text("pending")))
    with pytest.raises(CommandError, match="Not a NPPES file"):
        import_file("nppes", write(tmp_path, "rpps.txt", rpps_text("lefevre")))
    assert not RegisterEntry.objects.exists() and not RegisterImport.objects.exists()


def test_a_wrong_encoding_is_reported_with_the_option_to_fix_it(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", rpps_text("lefevre"), encoding="latin-1")
    with pytest.raises(CommandError, match="--encoding"):
        import_file("rpps", path)
    assert not RegisterEntry.objects.exists()
    assert "1 added" in import_file("rpps", path, "--encoding", "latin-1")
    assert RegisterEntry.objects.get().last_name == "LEFÈVRE"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="No such file"):
        import_file("rpps", tmp_path / "nope.txt")


def test_zipped_extract_is_read(tmp_path: Path) -> None:
    import zipfile

    archive = tmp_path / "PS_LibreAcces.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("PS_LibreAcces_Personne_activite_202612.txt", rpps_text("lefevre", "garcia"))
        z.writestr("readme.txt", "x")
    assert "2 added" in import_file("rpps", archive)


def test_a_truncated_file_is_refused_before_striking_off_the_register(tmp_path: Path) -> None:
    from stdnum import luhn

    rows = []
    for i in range(120):
        body = f"1{i:09d}"
        rows.append(
            f"8|{body}{luhn.calc_check_digit(body)}||||||NOM{i}|Prénom|10|Médecin" + "|" * 42
        )
    import_file("rpps", write(tmp_path, "full.txt", "\n".join([RPPS_HEADER, *rows]) + "\n"))
    truncated = write(tmp_path, "truncated.txt", "\n".join([RPPS_HEADER, *rows[:30]]) + "\n")
    with pytest.raises(CommandError, match="90 of 120 register entries would disappear"):
        import_file("rpps", truncated)
    assert RegisterEntry.objects.filter(active=True).count() == 120
    assert "90 disappeared" in import_file("rpps", truncated, "--allow-mass-removal")
    assert RegisterEntry.objects.filter(active=True).count() == 30


def test_hostile_cells_are_stored_as_text_or_refused_clearly(tmp_path: Path) -> None:
    # Backslashes, tabs and quotes are data (COPY escapes them); an over-long name is cut, not an error.
    odd = rpps_text("lefevre").replace("|LEFÈVRE|Hugo|", '|LEFÈVRE\\\t"O\'Neil"|' + "H" * 300 + "|")
    assert "1 added" in import_file("rpps", write(tmp_path, "odd.txt", odd))
    entry = RegisterEntry.objects.get()
    assert entry.last_name == 'LEFÈVRE\\\t"O\'Neil"' and len(entry.first_name) == 120
    # A NUL byte (which PostgreSQL text cannot hold) makes a malformed row, reported by its line.
    printed = import_file(
        "rpps",
        write(tmp_path, "nul.txt", rpps_text("lefevre", "garcia").replace("GARCIA", "GAR\x00CIA")),
    )
    assert "1 invalid" in printed and "Malformed rows (first lines): 3" in printed
    assert not RegisterEntry.objects.filter(number="10001045367").exists()
