"""Small register files in the real formats: the published headers, hand-made rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from doctor_space.registry.formats import RPPS_PUBLISHED_HEADER

RPPS_HEADER = RPPS_PUBLISHED_HEADER

# Hand-made rows in the extract's shape (53 cells with the trailing empty one).
RPPS_ROWS = {
    # A dermatologist in Lyon with the structure's e-mail; two activities (two rows), one without e-mail.
    "lefevre": "8|10003456786|810003456786|DR|Docteur|M|Monsieur|LEFÈVRE|Hugo|10|Médecin|C|Civil|S|Spécialité ordinale|SM15|Dermatologie et vénéréologie|L|Libéral|||||C10003456786|CABINET DU DR LEFEVRE||||12||R|Rue|DE LA RÉPUBLIQUE||69003 LYON|69003|69383|Lyon|||0472000000|||hugo.lefevre@cabinet-lefevre.example.fr|69|Rhône||CNOM/CNOM/CNOM|SA07|Cabinet individuel|||",
    "lefevre_hospital": "8|10003456786|810003456786|DR|Docteur|M|Monsieur|LEFÈVRE|Hugo|10|Médecin|C|Civil|S|Spécialité ordinale|SM15|Dermatologie et vénéréologie|S|Salarié|26690027400019||||R10000000123456|HOSPICES CIVILS DE LYON||||3||QU|Quai|DES CÉLESTINS||69002 LYON|69002|69382|Lyon|||||||69|Rhône||CNOM/CNOM/CNOM|SA01|Etablissement public de santé|||",
    # A GP without e-mail on the register.
    "garcia": "8|10001045367|810001045367|DR|Docteur|MME|Madame|GARCIA-NUÑEZ|Inès|10|Médecin|C|Civil|S|Spécialité ordinale|SM54|Médecine générale|L|Libéral|||||C10001045367|CABINET MEDICAL||||5||AV|Avenue|FOCH||75016 PARIS|75016|75116|Paris|||0144000000|||||75|Paris||CNOM/CNOM/CNOM|SA07|Cabinet individuel|||",
    # A pharmacist (Code profession 21): not a physician, left out.
    "pharmacist": "8|10000012343|810000012343|||M|Monsieur|DUPONT|Paul|21|Pharmacien|C|Civil|||||L|Libéral|||||C1|PHARMACIE DUPONT||||1||R|Rue|DU MARCHÉ||13001 MARSEILLE|13001|13201|Marseille|||||||13|Bouches-du-Rhône||CNOP/CNOP/CNOP|SA33|Officine|G|Section G|",
    # An RPPS number with a wrong check digit: reported as malformed.
    "bad_number": "8|10003456781|810003456781|DR|Docteur|M|Monsieur|FAUX|Numéro|10|Médecin|C|Civil|||||L|Libéral||||||||||||||||||||||||||||||CNOM/CNOM/CNOM||||",
}


def rpps_text(*rows: str) -> str:
    return "\n".join([RPPS_HEADER, *(RPPS_ROWS.get(r, r) for r in rows)]) + "\n"


def nppes_header() -> list[str]:
    """The NPPES npidata_pfile header: 330 columns in the published order."""
    head = [
        "NPI",
        "Entity Type Code",
        "Replacement NPI",
        "Employer Identification Number (EIN)",
        "Provider Organization Name (Legal Business Name)",
        "Provider Last Name (Legal Name)",
        "Provider First Name",
        "Provider Middle Name",
        "Provider Name Prefix Text",
        "Provider Name Suffix Text",
        "Provider Credential Text",
        "Provider Other Organization Name",
        "Provider Other Organization Name Type Code",
        "Provider Other Last Name",
        "Provider Other First Name",
        "Provider Other Middle Name",
        "Provider Other Name Prefix Text",
        "Provider Other Name Suffix Text",
        "Provider Other Credential Text",
        "Provider Other Last Name Type Code",
        "Provider First Line Business Mailing Address",
        "Provider Second Line Business Mailing Address",
        "Provider Business Mailing Address City Name",
        "Provider Business Mailing Address State Name",
        "Provider Business Mailing Address Postal Code",
        "Provider Business Mailing Address Country Code (If outside U.S.)",
        "Provider Business Mailing Address Telephone Number",
        "Provider Business Mailing Address Fax Number",
        "Provider First Line Business Practice Location Address",
        "Provider Second Line Business Practice Location Address",
        "Provider Business Practice Location Address City Name",
        "Provider Business Practice Location Address State Name",
        "Provider Business Practice Location Address Postal Code",
        "Provider Business Practice Location Address Country Code (If outside U.S.)",
        "Provider Business Practice Location Address Telephone Number",
        "Provider Business Practice Location Address Fax Number",
        "Provider Enumeration Date",
        "Last Update Date",
        "NPI Deactivation Reason Code",
        "NPI Deactivation Date",
        "NPI Reactivation Date",
        "Provider Sex Code",
        "Authorized Official Last Name",
        "Authorized Official First Name",
        "Authorized Official Middle Name",
        "Authorized Official Title or Position",
        "Authorized Official Telephone Number",
    ]
    for n in range(1, 16):
        head += [
            f"Healthcare Provider Taxonomy Code_{n}",
            f"Provider License Number_{n}",
            f"Provider License Number State Code_{n}",
            f"Healthcare Provider Primary Taxonomy Switch_{n}",
        ]
    for n in range(1, 51):
        head += [
            f"Other Provider Identifier_{n}",
            f"Other Provider Identifier Type Code_{n}",
            f"Other Provider Identifier State_{n}",
            f"Other Provider Identifier Issuer_{n}",
        ]
    head += [
        "Is Sole Proprietor",
        "Is Organization Subpart",
        "Parent Organization LBN",
        "Parent Organization TIN",
        "Authorized Official Name Prefix Text",
        "Authorized Official Name Suffix Text",
        "Authorized Official Credential Text",
    ]
    head += [f"Healthcare Provider Taxonomy Group_{n}" for n in range(1, 16)]
    head += ["Certification Date"]
    assert len(head) == 330
    return head


NPPES_ROWS = {
    # Sam Pending, cardiologist (primary taxonomy in slot 2).
    "pending": {
        "NPI": "1234567893",
        "Entity Type Code": "1",
        "Provider Last Name (Legal Name)": "PENDING",
        "Provider First Name": "SAM",
        "Provider Credential Text": "M.D.",
        "Healthcare Provider Taxonomy Code_1": "207R00000X",
        "Healthcare Provider Primary Taxonomy Switch_1": "N",
        "Healthcare Provider Taxonomy Code_2": "207RC0000X",
        "Healthcare Provider Primary Taxonomy Switch_2": "Y",
        "Provider Enumeration Date": "05/23/2005",
        "Last Update Date": "07/08/2007",
    },
    # A hospital: organisation (Entity Type Code 2), left out.
    "hospital": {
        "NPI": "1245319599",
        "Entity Type Code": "2",
        "Provider Organization Name (Legal Business Name)": "GENERAL HOSPITAL",
        "Healthcare Provider Taxonomy Code_1": "282N00000X",
        "Healthcare Provider Primary Taxonomy Switch_1": "Y",
    },
    # A nurse practitioner: an individual but not a physician taxonomy.
    "nurse": {
        "NPI": "1679576722",
        "Entity Type Code": "1",
        "Provider Last Name (Legal Name)": "NURSE",
        "Provider First Name": "NORA",
        "Healthcare Provider Taxonomy Code_1": "363L00000X",
        "Healthcare Provider Primary Taxonomy Switch_1": "Y",
    },
    # A deactivated NPI: only the number and the deactivation date, as in the real file.
    "deactivated": {"NPI": "1003000126", "NPI Deactivation Date": "03/11/2019"},
}


def nppes_text(*names: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(nppes_header())
    header = nppes_header()
    for name in names:
        row = [""] * len(header)
        for column, value in NPPES_ROWS[name].items():
            row[header.index(column)] = value
        writer.writerow(row)
    return out.getvalue()


GMC_HEADER = "GMC Reference No,Surname,Given Names,Registration Status,Specialty,Email\n"


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path
