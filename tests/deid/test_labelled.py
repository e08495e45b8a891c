"""What a doctor reads after the anonymiser (deid33): persons after a role's field and in rosters,
organisations after a company's or a hire's field, after a kind word or closed by a business's kind,
named farms and car parks (names/rosters.py, names/labelled.py); medicine and ordinary words kept.
Sentences invented here, none from a held-out set (the names are invented or ordinary)."""

from __future__ import annotations

import pytest

from guidelines.deid import deidentify, find_spans


def shown(text: str, lang: str = "en") -> str:
    return deidentify(text, lang).text


@pytest.mark.parametrize(
    ("text", "lang", "hidden"),
    [
        ("Staff: Rob Dent. He fainted at the stall.", "en", ["Rob", "Dent"]),
        ("Run director Abi Quayle said to see a GP.", "en", ["Abi", "Quayle"]),
        ("Skipper: Callum Reid, Tri Cornwall. Sore knee.", "en", ["Callum", "Tri Cornwall"]),
        (
            "Divers: Anil Mehta, Rosa Penhale, ben hartley. Ben has ear pain.",
            "en",
            ["Anil", "Penhale", "ben hartley"],
        ),
        (
            "Inscrits : Marie-Ève Côté, martin côté, Lucie Roy. Martin tousse.",
            "fr",
            ["Marie-Ève Côté", "martin côté", "Roy"],
        ),
        ("Conjoint : Patrice Gagnon. Il ronfle fort.", "fr", ["Patrice", "Gagnon"]),
        ("Compagnie : Mer et Monde. J'ai le mal de mer.", "fr", ["Mer et Monde"]),
        ("Damage report — Bramble Cottage Lets. I slipped.", "en", ["Bramble Cottage Lets"]),
        ("Booked through Alpine Trails Holidays; is altitude safe?", "en", ["Alpine Trails"]),
        (
            "Contrat de location de voilier, Lagon Location, Nouméa. Brûlure.",
            "fr",
            ["Lagon Location"],
        ),
        ("Location de skis, Sport 2000 Tignes : genou.", "fr", ["Sport 2000"]),
        ("Je suis dans l'association Glisse 64 depuis un an.", "fr", ["Glisse 64"]),
        ("L'organisation AGRR demande un certificat.", "fr", ["AGRR"]),
        ("Au festival Les Ardentes j'ai eu un malaise.", "fr", ["Les Ardentes"]),
        ("Le Temple hindou de Lausanne organise un jeûne.", "fr", ["Temple hindou"]),
        ("Au stand SAMU Côte d'Ivoire on m'a pris la tension.", "fr", ["SAMU Côte"]),
        ("Au poste de secours du Lac de Tignes on m'a soigné.", "fr", ["Lac de Tignes"]),
        ("Au poste de la Croix-Rouge on m'a soigné.", "fr", ["Croix-Rouge"]),
        ("Réclamation à Gîtes du Pays Vert : punaises.", "fr", ["Gîtes du Pays Vert"]),
        ("Ultra entry form Lakeland 50 asks about my tablets.", "en", ["Lakeland 50"]),
        ("Yard: Home Farm, Dulverton. Kicked by a horse.", "en", ["Home Farm"]),
        ("Départ parking du Pâquier à huit heures.", "fr", ["Pâquier"]),
        ("On était rue Sainte-Catherine coin Jeanne-Mance, il est tombé.", "fr", ["Jeanne-Mance"]),
        ("We were in Sharm el-Sheikh when the diarrhoea started.", "en", ["Sheikh"]),
    ],
)
def test_labelled_identifiers_hidden(text: str, lang: str, hidden: list[str]) -> None:
    out = shown(text, lang)
    for value in hidden:
        assert value not in out, out


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Participants: paracetamol, ibuprofen. Which is better?", "en", ["paracetamol"]),
        ("Staff: none. Coach: not sure. Partner: yes, he knows.", "en", ["none", "not sure"]),
        ("Staff: Sore Throat, Runny Nose. Players: Asthma, Eczema.", "en", ["Throat", "Asthma"]),
        ("Staff availability: Aisha Tue/Thu, Marek Wed only.", "en", ["only"]),
        ("Location : genou gauche. Sport : tennis. Douleur : forte.", "fr", ["genou", "tennis"]),
        ("Is the Sport Location of my pain relevant? Location: left knee.", "en", ["Location"]),
        ("Je fais un stage à la Croix-Rouge, comment marche un défibrillateur ?", "fr", ["Croix"]),
        ("Le parking du CHU est payant.", "fr", ["CHU"]),
        ("Rental agreement, Ventolin Evohaler. Is it the same?", "en", ["Ventolin"]),
        ("Le stand Ventolin à la pharmacie.", "fr", ["Ventolin"]),
        ("Association des diabétiques : des conseils ?", "fr", ["diabétiques"]),
        ("Holiday Lets are cheap in winter.", "en", ["Holiday Lets"]),
        ("J'ai mal à l'angle de la mâchoire, au coin de l'oeil.", "fr", ["angle", "coin"]),
    ],
)
def test_medicine_and_ordinary_words_kept(text: str, lang: str, kept: list[str]) -> None:
    out = shown(text, lang)
    for value in kept:
        assert value in out, out


def test_roster_items_are_persons_and_town_after_a_farm_is_a_city() -> None:
    text = "Marshals: Dev Sharma, Ellie Crook, ben hartley. Yard: Lower Combe Farm, Exford."
    labels = {text[s.start : s.end]: s.label for s in find_spans(text, "en")}
    assert labels["ben hartley"] == "PERSON"
    assert labels["Lower Combe Farm"] == "ADDRESS"
    assert labels["Exford"] == "CITY"
