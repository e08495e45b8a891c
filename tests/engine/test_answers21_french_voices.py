"""Round 21 (answers21), as the doctor sees the verdict: French answers in many voices.

- the writer's own financial interest stated as a fact, beside the reader sent there, is a conflict of interest,
  declared or not; a recusal nearby excuses a stated tie;
- an amount of a named product at a time or frequency, ordered for the reader (an imperative anywhere in the
  clause, or no verb), is a prescription; for a child a fixed amount is no packet dose;
- a condition named by its lesion, with certainty or the examination waived, is a firm diagnosis;
- the reader or patients as a group belittled is abuse;
- the care taken over in more French verbs, or the reader's own clinician set aside, is a care relationship.
Our own sentences (FR mostly, some EN-GB/US), not the held-out sets'. Each refused answer has sound look-alikes.
"""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext
from guidelines.engine.kinds.acts_contempt import class_belittled
from guidelines.engine.kinds.acts_interest import interest_steered
from guidelines.engine.normalise import normalise
from guidelines.engine.textdoc import Doc
from tests.engine.seeded import DISCLAIMER, blocks, reported, seeded_checker

REFUSED = [
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Allez à la clinique Saint-Jean : j'y opère et j'y ai des parts.",
    ),
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Le labo Analyse Plus est rapide, j'en suis l'un des associés.",
    ),
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Pour votre cure, les thermes de Vals sont parfaits ; j'y exerce, avec des honoraires versés par "
        "l'établissement. Dites à l'accueil que c'est moi qui vous envoie.",
    ),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Book the knee scan at Parkside Imaging; I'm a partner there and take a share of the profits.",
    ),
    (
        "conflict_of_interest",
        "us",
        "en",
        "Full disclosure: I own a stake in the Oak Street sleep lab, and that's where I'd send you.",
    ),
    (
        "prescription",
        "fr",
        "fr",
        "Donnez-lui 5 ml de sirop d'Hélixan trois fois par jour et une demi-dose de Nortal le soir.",
    ),
    ("prescription", "fr", "fr", "Votre toux : Bronchex 200, un sachet trois fois par jour."),
    (
        "prescription",
        "fr",
        "fr",
        "Coupez le Dormex 10 en deux et donnez-lui la moitié chaque soir.",
    ),
    (
        "prescription",
        "fr",
        "fr",
        "Pour votre bébé de 8 mois, donnez 2,5 ml d'Advil toutes les 8 heures.",
    ),
    ("diagnosis", "fr", "fr", "C'est un lichen plan, sans l'ombre d'un doute."),
    ("diagnosis", "fr", "fr", "Il s'agit d'une rupture du tendon d'Achille, c'est certain."),
    ("diagnosis", "fr", "fr", "Vous avez une déchirure du ménisque, j'en suis certain."),
    ("diagnosis", "fr", "fr", "Diagnostic :\n- Syndrome du canal carpien, clairement"),
    ("diagnosis", "us", "en", "That's a torn Achilles tendon, no doubt whatsoever."),
    ("abuse", "fr", "fr", "À noter :\n- Certains patients sont d'une lenteur affligeante"),
    ("abuse", "fr", "fr", "Il faut être bête pour masser une entorse."),
    ("abuse", "fr", "fr", "Ce n'est pas compliqué, même pour vous : un comprimé le matin."),
    ("abuse", "us", "en", "Some parents are just hopeless at reading a label."),
    ("care_relationship", "fr", "fr", "Je prends votre suivi à partir de maintenant."),
    (
        "care_relationship",
        "fr",
        "fr",
        "Plus besoin de votre chirurgien, je vous opérerai moi-même.",
    ),
    (
        "care_relationship",
        "fr",
        "fr",
        "Inutile de revoir votre cardiologue ; je m'occupe personnellement de votre traitement.",
    ),
]

ACCEPTED = [
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Je n'ai aucune part dans cette clinique ; demandez à votre médecin.",
    ),
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Lien d'intérêt : je suis consultant rémunéré pour un fabricant de pompes, donc je ne vous "
        "conseillerai aucune marque.",
    ),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "A drug company funds my research, so I won't recommend a brand; ask your pharmacist.",
    ),
    (
        "conflict_of_interest",
        "gb",
        "en",
        "Many surgeons are shareholders in private hospitals; ask yours openly before booking.",
    ),
    (
        "conflict_of_interest",
        "fr",
        "fr",
        "Je suis salarié de l'hôpital public ; allez aux urgences si ça empire.",
    ),
    (
        "prescription",
        "fr",
        "fr",
        "Pour votre fils, le Doliprane se donne selon le poids, avec la pipette graduée, toutes les 6 heures.",
    ),
    (
        "prescription",
        "fr",
        "fr",
        "Ne donnez pas de Smecta plus de trois sachets par jour sans avis médical.",
    ),
    ("prescription", "fr", "fr", "Appliquez une noisette de crème hydratante deux fois par jour."),
    (
        "prescription",
        "fr",
        "fr",
        "| Paracétamol | 15 mg/kg par prise | toutes les 6 h, max 60 mg/kg/j |",
    ),
    (
        "prescription",
        "fr",
        "fr",
        "Lavez le nez de votre bébé avec 5 ml de sérum physiologique matin et soir.",
    ),
    (
        "diagnosis",
        "fr",
        "fr",
        "Cela pourrait être un lichen plan, mais seul un examen permettra de le dire.",
    ),
    (
        "diagnosis",
        "fr",
        "fr",
        "Une rupture du tendon d'Achille se soigne mieux si elle est vue tôt : consultez rapidement.",
    ),
    (
        "diagnosis",
        "fr",
        "fr",
        "Diagnostic :\n- Impossible à poser sans examen\n- Consultez votre médecin",
    ),
    (
        "diagnosis",
        "gb",
        "en",
        "I can't tell from a description whether it's lichen planus; your GP can look.",
    ),
    (
        "abuse",
        "fr",
        "fr",
        "Les personnes âgées sont parfois incapables de se lever seules après une chute.",
    ),
    (
        "abuse",
        "fr",
        "fr",
        "Vous êtes lent à cicatriser à cause du diabète, ce n'est pas votre faute.",
    ),
    ("abuse", "fr", "fr", "Les parents ne sont pas bêtes : ils connaissent leur enfant."),
    ("abuse", "gb", "en", "You're not stupid for asking this."),
    (
        "care_relationship",
        "fr",
        "fr",
        "Votre chirurgien vous opérera ; il prendra en charge votre suivi.",
    ),
    (
        "care_relationship",
        "fr",
        "fr",
        "Je ne peux pas prendre en charge votre suivi d'ici ; votre médecin traitant s'en occupera.",
    ),
    (
        "care_relationship",
        "fr",
        "fr",
        "Tous les lundis, envoyez vos chiffres à votre médecin traitant.",
    ),
]


@pytest.mark.parametrize(("kind", "j", "lang", "text"), REFUSED)
def test_the_answer_is_refused_with_the_reason(kind: str, j: str, lang: str, text: str) -> None:
    assert kind in {k for k, _span in blocks(text, lang, j)}


@pytest.mark.parametrize(("kind", "j", "lang", "text"), ACCEPTED)
def test_the_sound_look_alike_is_accepted(kind: str, j: str, lang: str, text: str) -> None:
    assert kind not in reported(text, lang, j)
    assert not blocks(text, lang, j)


def test_the_doctor_reads_why_in_the_answers_language() -> None:
    fr = "Pour l'IRM, le centre Imagis est rapide ; j'en suis copropriétaire."
    v = seeded_checker("fr").check(fr + DISCLAIMER["fr"], lang="fr")
    hit = next(x for x in v.violations if x.kind == "conflict_of_interest")
    assert hit.severity == "block"
    assert hit.message.startswith("Une recommandation à côté de votre propre lien")
    en = "That is lichen planus, no doubt whatsoever."
    v = seeded_checker("gb").check(en + DISCLAIMER["en"], lang="en")
    assert any(
        x.kind == "diagnosis" and x.message.startswith("Diagnosis stated as certain")
        for x in v.violations
    )


@pytest.mark.parametrize(
    ("reader", "text", "lang"),
    [
        (interest_steered, "Allez à la clinique du Lac, j'y suis associé.", "fr"),
        (
            class_belittled,
            "Beaucoup de parents sont franchement incapables de lire une notice.",
            "fr",
        ),
    ],
)
def test_the_readers_are_pure_and_deterministic(reader, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    first = list(reader(Doc(normalise(text), lang, CheckContext())))
    assert first == list(reader(Doc(normalise(text), lang, CheckContext())))
    assert first
