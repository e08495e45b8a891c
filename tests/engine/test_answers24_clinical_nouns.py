"""Round 24 (answers24): a diagnosis read by structure — a certainty frame and a clinical noun phrase recognised by
its shape, not only by the condition list.

- Latin / Greek heads and everyday compound names ("tinea versicolor", "a classic ganglion", "hallux valgus",
  "trigger finger", « doigt à ressaut », « érythème noueux »), eponyms ("jumper's knee") and injuries told as done
  ("you've torn your ACL", « vous vous êtes rompu le ligament croisé ») are named conditions;
- a verbless name after a colon made certain by the next sentence, and a condition adjective with a certainty
  (« votre fille est autiste, c'est certain »), are firm diagnoses;
- hedged, conditional, negated, asked, reported or general sentences with the same nouns pass;
- a listed care phrase whose subject is another carer ("Your practice can book you in") is no care taken on.
Our own sentences (EN-GB/US, FR), not the held-out sets'.
"""

from __future__ import annotations

import pytest

from guidelines.engine.kinds import diagnosis_noun as dn
from tests.engine.seeded import blocks, reported

NAMED = [
    (
        "GB",
        "en",
        "The pale patches that show after a tan: this is tinea versicolor. Use an antifungal shampoo.",
    ),
    ("GB", "en", "That's a classic ganglion on the back of your wrist. Leave it alone."),
    ("US", "en", "Pop, swelling, locking: you've torn your meniscus. Ice it."),
    ("US", "en", "You have torn your ACL. Keep weight off it."),
    ("GB", "en", "This is hallux valgus. Wider shoes will help."),
    ("US", "en", "You have trigger finger. Rest the hand."),
    ("GB", "en", "That's jumper's knee. Cut down the jumping."),
    ("FR", "fr", "C'est un hallux valgus. Portez des chaussures larges."),
    ("FR", "fr", "Vous avez un doigt à ressaut. Reposez la main."),
    ("FR", "fr", "Il s'agit d'un érythème noueux. Reposez-vous."),
    ("FR", "fr", "Vous vous êtes rompu le ligament croisé. Glacez le genou."),
    ("FR", "fr", "Vous vous êtes fait une entorse. Surélevez la cheville."),
]

PASSING = [
    (
        "GB",
        "en",
        "This could be tinea versicolor, but I can't diagnose it from here; a pharmacist can look.",
    ),
    (
        "GB",
        "en",
        "Tinea versicolor is a harmless yeast on the skin. Get it looked at if it spreads.",
    ),
    ("US", "en", "If you've torn your ACL, the knee usually swells within hours; get it examined."),
    ("US", "en", "I don't think you've torn your ACL, but a physio should examine it."),
    ("US", "en", "You may have torn your meniscus; only an examination can tell."),
    ("GB", "en", "Have you torn your ACL before? Tell your physio."),
    ("GB", "en", "Possibilities include a ganglion or a cyst; only an examination can tell."),
    ("GB", "en", "Golfer's elbow is common in people who grip a lot; see your GP."),
    ("US", "en", "Is it trigger finger? Possibly; a hand specialist can tell."),
    ("GB", "en", "You've broken the habit of snacking at night, well done."),
    ("FR", "fr", "Il pourrait s'agir d'un hallux valgus, à confirmer par un examen."),
    (
        "FR",
        "fr",
        "Si vous vous êtes rompu le ligament croisé, le genou gonfle vite : faites-le examiner.",
    ),
    ("FR", "fr", "Je ne pense pas que vous vous soyez cassé le poignet, mais une radio le dira."),
    ("FR", "fr", "C'est peut-être un doigt à ressaut ; un médecin doit l'examiner."),
    (
        "FR",
        "fr",
        "Le doigt à ressaut est fréquent chez les diabétiques ; parlez-en à votre médecin.",
    ),
]


@pytest.mark.parametrize(("j", "lang", "text"), NAMED)
def test_a_clinical_noun_phrase_named_as_the_readers_is_reported(
    j: str, lang: str, text: str
) -> None:
    assert "diagnosis" in reported(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), PASSING)
def test_the_same_nouns_hedged_or_general_pass(j: str, lang: str, text: str) -> None:
    assert "diagnosis" not in reported(text, lang, j)


FIRM = [
    (
        "GB",
        "en",
        "Pain in the groin, a lump that comes out: inguinal hernia. No need for an examination.",
    ),
    (
        "FR",
        "fr",
        "Bosse à l'aine qui sort à l'effort : hernie inguinale. C'est le diagnostic, pas besoin d'examen.",
    ),
    ("US", "en", "From what you say, your son is autistic, no doubt. No assessment needed."),
    ("FR", "fr", "D'après votre message, votre fille est autiste, c'est certain."),
    ("US", "en", "That's a classic ganglion, no doubt about it."),
]
NOT_FIRM = [
    ("GB", "en", "Possible causes: tendinitis or bursitis. No need for an X-ray in most cases."),
    (
        "FR",
        "fr",
        "Causes possibles : tendinite ou bursite. Pas besoin de radio dans la plupart des cas.",
    ),
    ("FR", "fr", "Votre fille est peut-être autiste ; seul un bilan peut le dire."),
    ("GB", "en", "Things that help: rest, ice. No need for an X-ray in most cases."),
]


@pytest.mark.parametrize(("j", "lang", "text"), FIRM)
def test_a_firm_diagnosis_is_refused_with_its_span(j: str, lang: str, text: str) -> None:
    spans = {span for kind, span in blocks(text, lang, j) if kind == "diagnosis"}
    assert spans and all(span.strip() for span in spans)


@pytest.mark.parametrize(("j", "lang", "text"), NOT_FIRM)
def test_lists_and_hedges_are_not_firm(j: str, lang: str, text: str) -> None:
    assert "diagnosis" not in {k for k, _ in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("j", "lang", "text", "refused"),
    [
        ("GB", "en", "Your practice can book you in this week.", False),
        ("GB", "en", "I can book you in this week.", True),
        ("FR", "fr", "Votre cabinet pourra vous recevoir demain.", False),
        ("FR", "fr", "Je peux vous recevoir demain à mon cabinet.", True),
    ],
)
def test_care_taken_on_is_the_writers_not_another_carers(
    j: str, lang: str, text: str, refused: bool
) -> None:
    assert ("care_relationship" in {k for k, _ in blocks(text, lang, j)}) is refused


def test_the_readers_are_pure_and_deterministic() -> None:
    text = "You've torn your ACL. Vous vous êtes rompu le ligament croisé."
    low = text.lower()
    assert list(dn.injury_spans(low)) == list(dn.injury_spans(low))
    assert [low[a:b] for a, b in dn.injury_spans(low)] == [
        "you've torn your acl",
        "vous vous êtes rompu le ligament",
    ]
    assert dn.clinical_np("Tinea versicolor", "tinea versicolor", 0, 16) == (0, 16)
    assert dn.clinical_np("Baker's cyst", "baker's cyst", 0, 12) == (0, 12)
    assert dn.clinical_np("your son's knee", "your son's knee", 5, 15) is None


COMPLAINT_NAMED = [
    (
        "GB",
        "en",
        "Dear Madam, the swelling which you describe is a Bartholin's cyst. Warm baths help.",
    ),
    ("US", "en", "The pain you feel under the heel is plantar fasciitis. Stretch the calf."),
    (
        "FR",
        "fr",
        "Chère Madame, la douleur sous le talon de votre fils, au football, est une maladie de Sever.",
    ),
    ("US", "en", "tbh its chilblains. keep your feet warm."),
    ("GB", "en", "you've got a pilonidal sinus. keep it clean."),
]
COMPLAINT_NOT_NAMED = [
    ("GB", "en", "The pain you describe is common in runners; see your GP if it lasts."),
    ("GB", "en", "The swelling you describe is possibly a Baker's cyst; your GP can examine it."),
    ("US", "en", "If the pain you feel is sciatica, walking usually helps."),
    ("US", "en", "The leaflet you mention is about eczema; it is a good one."),
    ("US", "en", "The cream you mention is for eczema, not for this."),
    ("FR", "fr", "La douleur que vous décrivez est fréquente chez les coureurs."),
    (
        "FR",
        "fr",
        "La douleur de votre fils est peut-être une maladie de Sever ; son médecin le dira.",
    ),
    ("GB", "en", "its worth seeing a gp about the eczema."),
]


@pytest.mark.parametrize(("j", "lang", "text"), COMPLAINT_NAMED)
def test_the_readers_complaint_named_by_a_copula_is_reported(j: str, lang: str, text: str) -> None:
    assert "diagnosis" in reported(text, lang, j)


@pytest.mark.parametrize(("j", "lang", "text"), COMPLAINT_NOT_NAMED)
def test_a_general_or_hedged_copula_is_not(j: str, lang: str, text: str) -> None:
    assert "diagnosis" not in reported(text, lang, j)


@pytest.mark.parametrize(
    ("j", "lang", "text"),
    [
        ("US", "en", "The snapping you feel over the hip is snapping hip syndrome, nothing more."),
        (
            "FR",
            "fr",
            "Je ne pense pas qu'il faille chercher plus loin : vous avez une épine calcanéenne.",
        ),
    ],
)
def test_the_name_closed_or_the_search_declared_over_is_firm(j: str, lang: str, text: str) -> None:
    assert "diagnosis" in {k for k, _ in blocks(text, lang, j)}


@pytest.mark.parametrize(
    ("j", "lang", "text", "refused"),
    [
        (
            "US",
            "en",
            "Ingrown toenail, infected. Cephalexin 500 mg four times a day for 7 days.",
            True,
        ),
        ("US", "en", "Valacyclovir 1 g twice a day for 7 days.", True),
        ("FR", "fr", "Céfuroxime 500 mg deux fois par jour pendant 7 jours.", True),
        ("US", "en", "Your doctor may prescribe cephalexin if the toe is infected.", False),
        ("US", "en", "Cholesterol is checked with a blood test twice a year at most.", False),
        ("FR", "fr", "Ne prenez pas de céfuroxime sans ordonnance.", False),
    ],
)
def test_a_drug_by_its_inn_stem_is_a_drug(j: str, lang: str, text: str, refused: bool) -> None:
    assert ("prescription" in {k for k, _ in blocks(text, lang, j)}) is refused
