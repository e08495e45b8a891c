"""Real-style doctors' answers, checked against the seed sets with the real anonymiser.

Sound answers (helplines, authority links, general dosing, brands, eponyms, the doctor's role) must
pass; answers that break one rule must be caught by that rule.
"""

from __future__ import annotations

from functools import cache

import pytest

from guidelines.engine import CheckContext, Checker, load_seed_sets
from guidelines.identifiers import compile_checker

SEEDS = load_seed_sets()


@cache
def _checker(jurisdiction: str) -> Checker:
    return compile_checker([*SEEDS["global"].rules, *SEEDS[jurisdiction].rules])


GOOD_EN: list[tuple[str, str, bool]] = [
    (
        """Thanks for your question. I'm a cardiologist. Chest pain that comes on with exertion and settles with rest can be angina, but muscle strain and reflux are common causes too. If the pain comes on at rest, lasts more than 15 minutes, or spreads to your arm or jaw, call 999 immediately. Otherwise, book a routine appointment with your GP, who can arrange an ECG and blood tests. The British Heart Foundation (bhf.org.uk) and the NHS page on angina (https://www.nhs.uk/conditions/angina/) explain the warning signs. The Wells score and the Ottawa ankle rules are examples of tools doctors use; Graves' disease and Raynaud's phenomenon are unrelated. This answer does not replace a consultation with a doctor who can examine you.""",
        "gb",
        True,
    ),
    (
        """I am sorry to hear you are feeling this way. What you describe — low mood for several weeks, poor sleep and losing interest in things — is common and treatable. Please talk to your GP this week; talking therapies are available on the NHS and you can refer yourself through NHS Talking Therapies. If you ever feel you might act on thoughts of ending your life, call 999 or go to A&E, or call Samaritans free on 116 123, any time. The Mind infoline (0300 123 3393) also gives advice. Antidepressants such as sertraline are sometimes used; your doctor will discuss the benefits and side effects with you. NICE guideline NG222 covers depression in adults. This is general information and not a consultation.""",
        "gb",
        True,
    ),
    (
        """Generally, for adults the usual dose of ibuprofen bought over the counter is 200 to 400 mg up to three times a day with food, and the maximum is 1,200 mg in 24 hours unless a doctor advises otherwise. It is not suitable for everyone: people with stomach ulcers, kidney disease or some heart conditions should avoid it, so ask your pharmacist. Paracetamol is often a safer first choice. At 92, your grandmother is more sensitive to side effects, so her GP should review all her medicines. You can read the patient leaflet on the EMC website or at https://www.nhs.uk/medicines/ibuprofen-for-adults/. No medicine is completely safe, and this answer does not replace a consultation with her own doctor.""",
        "gb",
        False,
    ),
    (
        """As a dermatologist, I see this a lot. A red, itchy rash in the skin folds is often caused by a fungal infection or by eczema, and the two are treated differently, so it is worth having it looked at. Keep the area dry, avoid perfumed soaps, and see your GP or a pharmacist if it does not settle within two weeks. If you notice a spreading red area with fever, seek urgent care. The American Academy of Dermatology and the British Association of Dermatologists have good leaflets. This answer is not a substitute for a consultation.""",
        "us",
        False,
    ),
    (
        """Your results show a borderline HbA1c of 44 mmol/mol. This can mean a higher risk of type 2 diabetes, which is often called prediabetes, but one result is not enough for a diagnosis. Weight loss, regular activity and fewer sugary drinks lower the risk a lot; the NHS Diabetes Prevention Programme can help. Your GP will usually repeat the test in a year. Diabetes UK (diabetes.org.uk) has clear information. This is not a consultation, so please discuss the result with your own doctor.""",
        "gb",
        False,
    ),
]
GOOD_FR: list[tuple[str, str, bool]] = [
    (
        """Bonjour. Je suis médecin généraliste. Une douleur thoracique qui survient à l'effort et cède au repos peut évoquer une angine de poitrine, mais les causes musculaires ou un reflux sont fréquents aussi. Si la douleur survient au repos, dure plus de 15 minutes ou irradie dans le bras ou la mâchoire, appelez immédiatement le 15 (SAMU) ou le 112. Sinon, consultez votre médecin traitant qui pourra faire un électrocardiogramme. La Fédération française de cardiologie et le site de l'Assurance Maladie (ameli.fr) détaillent les signes d'alerte. Cette réponse ne remplace pas une consultation.""",
        "fr",
        True,
    ),
    (
        """Ce que vous décrivez, une tristesse depuis plusieurs semaines avec des troubles du sommeil, mérite d'en parler rapidement à votre médecin traitant. Si vous avez des idées suicidaires, appelez le 3114, numéro national de prévention du suicide, gratuit et disponible 24h/24, ou le 15 en cas d'urgence. SOS Amitié répond aussi au 09 72 39 40 50. Les antidépresseurs comme la sertraline peuvent être proposés selon la situation ; votre médecin en discutera avec vous. La HAS a publié des recommandations sur l'épisode dépressif. Cette réponse ne remplace pas une consultation.""",
        "fr",
        True,
    ),
    (
        """Chez l'adulte, la posologie habituelle du paracétamol est de 500 mg à 1 g par prise, jusqu'à 3 g par jour, en espaçant les prises d'au moins 6 heures. Ne dépassez pas 4 g par jour. Le Doliprane, l'Efferalgan et le Dafalgan contiennent tous du paracétamol : attention à ne pas les associer. En cas de doute, votre pharmacien peut vous conseiller. Pour une douleur qui dure plus de 5 jours, consultez votre médecin. Vous trouverez la notice sur la base de données publique des médicaments (base-donnees-publique.medicaments.gouv.fr). Cette réponse ne remplace pas une consultation.""",
        "fr",
        False,
    ),
    (
        """En tant que pédiatre, je comprends votre inquiétude. La fièvre chez un enfant de 3 ans est le plus souvent due à une infection virale bénigne. Ce qui compte surtout, c'est son comportement : s'il joue, boit et se réveille bien, c'est rassurant. Consultez rapidement si la fièvre dure plus de 48 heures, s'il a des taches sur la peau qui ne s'effacent pas à la pression, ou s'il est très somnolent ; dans ce cas, appelez le 15. Le site mpedia.fr de l'Association française de pédiatrie ambulatoire est une bonne source. Ce message n'est pas une consultation.""",
        "fr",
        False,
    ),
    (
        """Vos analyses montrent une ferritine basse, ce qui peut évoquer une carence en fer, fréquente en cas de règles abondantes. Un traitement par fer est souvent proposé, mais c'est à votre médecin de le prescrire après avoir cherché la cause. Les aliments riches en fer (viande rouge, lentilles) aident un peu. Santé publique France et le site mangerbouger.fr donnent des conseils. Le remboursement est pris en charge à 100 % dans certains cas. Cette réponse ne remplace pas une consultation avec votre médecin.""",
        "fr",
        False,
    ),
]
BAD = [
    ("en", "gb", "Honestly I'd just take 400mg ibuprofen three times daily for a week.", "RX-01"),
    ("en", "gb", "Start amoxicillin 500mg tds.", "RX-01"),
    ("en", "gb", "You need 1g paracetamol qds and 400mg ibuprofen tds.", "RX-01"),
    ("en", "gb", "Double your dose of sertraline to 100mg.", "RX-01"),
    ("en", "gb", "Feel free to message me privately.", "CONTACT-01"),
    ("en", "gb", "You can reach me at my clinic on 020 7946 0958.", "CONTACT-01"),
    ("en", "gb", "Drop me a line at drjones at gmail dot com", "CONTACT-01"),
    ("en", "gb", "I'm on WhatsApp: +44 7700 900 123", "CONTACT-01"),
    ("en", "gb", "Pop into my clinic on Harley Street, we do same-day appointments.", "REL-01"),
    ("en", "gb", "This supplement is a miracle, 100% natural and no side effects.", "CERT-01"),
    ("en", "gb", "Your GP sounds useless.", "TONE-01"),
    ("en", "gb", "Whoever told you that is an idiot.", "TONE-01"),
    ("en", "gb", "Check bit.ly/2xYz for my favourite brand.", "LINK-01"),
    ("en", "gb", "You've definitely got irritable bowel syndrome.", "DX-01"),
    ("fr", "fr", "Je vous conseille de prendre 1 comprimé de 20 mg le soir.", "RX-01"),
    ("fr", "fr", "Mettez-vous sous ibuprofène 400 mg trois fois par jour.", "RX-01"),
    ("fr", "fr", "Prends du Doliprane 1000 toutes les 6 heures.", "RX-01"),
    ("fr", "fr", "Envoyez-moi un message privé.", "CONTACT-01"),
    ("fr", "fr", "Rendez-vous sur mon site drmartin.fr pour prendre rendez-vous.", "FR-COM-01"),
    ("fr", "fr", "Votre médecin est un incompétent.", "TONE-01"),
    ("fr", "fr", "C'est sûrement une sciatique, vous avez une hernie discale.", "DX-01"),
    ("fr", "fr", "Je vous garantis une guérison complète.", "CERT-01"),
    ("fr", "fr", "Appelez mon secrétariat au 01 42 34 56 78.", "CONTACT-01"),
    ("fr", "fr", "Passez me voir au cabinet mardi, je vous examinerai.", "REL-01"),
    ("fr", "fr", "Vous pouvez m'écrire à dr.martin@gmail.com.", "CONTACT-01"),
]


@pytest.mark.parametrize(
    ("text", "jur", "emergency"), GOOD_EN, ids=[t[:40] for t, _j, _c in GOOD_EN]
)
def test_sound_english_answers_pass(text: str, jur: str, emergency: bool) -> None:
    verdict = _checker(jur).check(
        text, lang="en", context=CheckContext(question_emergency=emergency)
    )
    assert verdict.passed, [(text[v.start : v.end], v.message) for v in verdict.blocking]


@pytest.mark.parametrize(
    ("text", "jur", "emergency"), GOOD_FR, ids=[t[:40] for t, _j, _c in GOOD_FR]
)
def test_sound_french_answers_pass(text: str, jur: str, emergency: bool) -> None:
    verdict = _checker(jur).check(
        text, lang="fr", context=CheckContext(question_emergency=emergency)
    )
    assert verdict.passed, [(text[v.start : v.end], v.message) for v in verdict.blocking]


@pytest.mark.parametrize(("lang", "jur", "text", "rule"), BAD, ids=[b[2][:40] for b in BAD])
def test_breaking_answers_are_caught_by_the_right_rule(
    lang: str, jur: str, text: str, rule: str
) -> None:
    verdict = _checker(jur).check(text, lang=lang)
    assert rule in {v.rule for v in verdict.violations}
