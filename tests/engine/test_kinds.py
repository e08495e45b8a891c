"""Every rule kind, in English and French: answers that must fail and answers that must pass."""

from __future__ import annotations

import pytest

from guidelines.engine import CheckContext

from .helpers import violations

DISCLAIMER: dict[str, object] = {
    "phrases": {
        "en": ["not a consultation", "does not replace a consultation"],
        "fr": ["ne remplace pas une consultation", "n'est pas une consultation"],
    }
}

# (kind, lang, text, params, context)
Case = tuple[str, str, str, dict[str, object] | None, CheckContext | None]
MUST_FAIL: list[Case] = [
    # identifiers (anonymiser injected)
    ("identifiers", "en", "Your neighbour John Smith, born 12/03/1961, had the same.", None, None),
    ("identifiers", "fr", "Votre voisine Marie Dupont avait la même chose.", None, None),
    # contact solicitation
    ("contact_solicitation", "en", "Email me at jo.smith@gmail.com for the details.", None, None),
    (
        "contact_solicitation",
        "en",
        "Write to jo.smith at gmail dot com and I will explain.",
        None,
        None,
    ),
    ("contact_solicitation", "en", "Reach out: jo.smith [at] outlook [dot] com.", None, None),
    ("contact_solicitation", "en", "Just use my gmail dot com address.", None, None),
    ("contact_solicitation", "en", "Call 0 7 7 0 0 9 0 0 1 2 3 any evening.", None, None),
    ("contact_solicitation", "en", "My mobile is +44 7700 900123.", None, None),
    ("contact_solicitation", "en", "Ring (555) 123-4567 after 6pm.", None, None),
    ("contact_solicitation", "en", "DM me and we can sort it out.", None, None),
    ("contact_solicitation", "en", "Add me on WhatsApp and send the photos.", None, None),
    ("contact_solicitation", "en", "I'm @dr_sarah_gp on Instagram.", None, None),
    ("contact_solicitation", "en", "Message me on Telegram for a quicker reply.", None, None),
    ("contact_solicitation", "fr", "Écrivez-moi, je vous répondrai plus vite.", None, None),
    ("contact_solicitation", "fr", "Appelez-moi au 06.12.34.56.78 demain.", None, None),
    (
        "contact_solicitation",
        "fr",
        "Vous pouvez me joindre à mon cabinet au 01 45 67 89 10.",
        None,
        None,
    ),
    (
        "contact_solicitation",
        "fr",
        "Mon adresse : jean.dupont arobase orange point fr.",
        None,
        None,
    ),
    ("contact_solicitation", "fr", "Contactez-moi sur WhatsApp pour les photos.", None, None),
    ("contact_solicitation", "fr", "Envoyez-moi un mail en privé.", None, None),
    # care relationship
    ("care_relationship", "en", "Send me your blood results and I will look at them.", None, None),
    ("care_relationship", "en", "Book an appointment with me next week.", None, None),
    ("care_relationship", "en", "Come and see me at my clinic on Monday.", None, None),
    ("care_relationship", "en", "I'll follow you up after the scan.", None, None),
    ("care_relationship", "en", "I can see you in my rooms on Tuesday.", None, None),
    ("care_relationship", "fr", "Envoyez-moi vos résultats d'analyses.", None, None),
    ("care_relationship", "fr", "Prenez rendez-vous avec moi la semaine prochaine.", None, None),
    ("care_relationship", "fr", "Venez me voir au cabinet, je vous examinerai.", None, None),
    ("care_relationship", "fr", "Je peux vous suivre pour ce problème.", None, None),
    ("care_relationship", "en", "I'll send you a prescription for that.", None, None),
    ("care_relationship", "en", "Let's set up a video call tomorrow.", None, None),
    ("care_relationship", "fr", "Je vous fais une ordonnance pour la kinésithérapie.", None, None),
    ("care_relationship", "fr", "Faisons une téléconsultation demain.", None, None),
    # prescription
    ("prescription", "en", "Take 2 tablets of 500 mg three times a day.", None, None),
    ("prescription", "en", "You should take ibuprofen 400 mg every 8 hours with food.", None, None),
    ("prescription", "en", "I would start you on amlodipine 5 mg once daily.", None, None),
    (
        "prescription",
        "en",
        "If the pain persists, take 400 mg of ibuprofen three times a day.",
        None,
        None,
    ),
    ("prescription", "en", "Increase your levothyroxine to 100 mcg.", None, None),
    ("prescription", "en", "- take amoxicillin 500 mg tds for 5 days", None, None),
    ("prescription", "fr", "Prenez 1 g de paracétamol 3 fois par jour.", None, None),
    ("prescription", "fr", "Vous devez prendre 2 comprimés matin et soir.", None, None),
    (
        "prescription",
        "fr",
        "Je vous prescris de l'amoxicilline 1 g deux fois par jour.",
        None,
        None,
    ),
    ("prescription", "fr", "Augmentez votre Lévothyrox à 75 µg.", None, None),
    (
        "prescription",
        "en",
        "Honestly I'd just take 400mg ibuprofen three times daily for a week.",
        None,
        None,
    ),
    ("prescription", "en", "You need 1g paracetamol qds and 400mg ibuprofen tds.", None, None),
    (
        "prescription",
        "en",
        "Try 1-2 puffs of salbutamol when needed, up to four times a day.",
        None,
        None,
    ),
    ("prescription", "fr", "Mettez-vous sous ibuprofène 400 mg trois fois par jour.", None, None),
    ("prescription", "fr", "Prends du Doliprane 1000 toutes les 6 heures.", None, None),
    # diagnosis
    ("diagnosis", "en", "You have appendicitis and need surgery.", None, None),
    ("diagnosis", "en", "From your description you've got shingles.", None, None),
    ("diagnosis", "en", "You definitely have a urinary tract infection.", None, None),
    ("diagnosis", "en", "This is definitely a migraine.", None, None),
    ("diagnosis", "fr", "Vous avez une sinusite bactérienne.", None, None),
    ("diagnosis", "fr", "Vous souffrez d'une dépression.", None, None),
    ("diagnosis", "fr", "C'est certainement une tendinite.", None, None),
    ("diagnosis", "fr", "Vous faites une crise de migraine.", None, None),
    # promotion
    ("promotion", "en", "Use promo code HEALTH20 for 20% off your first visit.", None, None),
    ("promotion", "en", "My clinic offers laser treatment for this.", None, None),
    ("promotion", "en", "A session at my clinic costs only £80.", None, None),
    ("promotion", "en", "Book online via my Doctolib page.", None, None),
    ("promotion", "en", "Follow me on Instagram for more tips.", None, None),
    ("promotion", "en", "You can buy them on Amazon with my link.", None, None),
    ("promotion", "fr", "Mon cabinet propose des séances de mésothérapie.", None, None),
    ("promotion", "fr", "Mes honoraires sont de 60 € la séance.", None, None),
    ("promotion", "fr", "Abonnez-vous à ma chaîne YouTube.", None, None),
    ("promotion", "fr", "Première consultation offerte avec le code promo SANTE.", None, None),
    # conflict of interest
    (
        "conflict_of_interest",
        "en",
        "Ozempic is the best option for weight loss.",
        None,
        CheckContext(declared_interests=("Novo Nordisk", "Ozempic")),
    ),
    (
        "conflict_of_interest",
        "fr",
        "Le Doliprane reste le plus sûr.",
        None,
        CheckContext(declared_interests=("Doliprane", "Sanofi")),
    ),
    # link policy
    ("link_policy", "en", "Read more at https://bit.ly/3xYz.", None, None),
    ("link_policy", "en", "See https://www.best-supplements.com/offer for details.", None, None),
    (
        "link_policy",
        "en",
        "The NHS page https://www.nhs.uk/conditions/flu/?utm_source=bridge explains it.",
        None,
        None,
    ),
    ("link_policy", "en", "Details at www.mydiet.co.uk.", None, None),
    ("link_policy", "fr", "Voir mon site docteur-martin.fr/tarifs pour plus d'infos.", None, None),
    (
        "link_policy",
        "fr",
        "Plus d'informations sur https://www.ameli.fr/page?fbclid=abc123.",
        None,
        None,
    ),
    ("link_policy", "en", "See https://www.nhs.uk/ only.", {"mode": "none"}, None),
    # overclaiming
    ("overclaiming", "en", "This treatment is guaranteed to work.", None, None),
    ("overclaiming", "en", "The cream has no side effects at all.", None, None),
    ("overclaiming", "en", "It is 100% effective in my experience.", None, None),
    ("overclaiming", "fr", "Ce traitement est sans aucun risque.", None, None),
    ("overclaiming", "fr", "Résultat garanti en deux semaines.", None, None),
    ("overclaiming", "fr", "C'est efficace à 100 %, sans effets secondaires.", None, None),
    # abuse
    ("abuse", "en", "Your previous GP is an idiot.", None, None),
    ("abuse", "en", "Honestly, you are stupid to have waited this long.", None, None),
    ("abuse", "en", "Patients like this are just time wasters.", None, None),
    ("abuse", "fr", "Votre médecin est un crétin.", None, None),
    ("abuse", "fr", "Vous êtes vraiment bête d'avoir attendu.", None, None),
    ("abuse", "fr", "Ce confrère est complètement incompétent.", None, None),
    (
        "abuse",
        "en",
        "Whoever saw you at the walk-in centre slept through medical school.",
        None,
        None,
    ),
    ("abuse", "fr", "Les urgentistes de l'hôpital d'à côté sont des bras cassés.", None, None),
    ("false_reassurance", "en", "Don't worry, it's almost certainly nothing.", None, None),
    (
        "false_reassurance",
        "en",
        "A lump like that is never cancer at your age.",
        None,
        CheckContext(question_emergency=True),
    ),
    ("false_reassurance", "fr", "Ne vous inquiétez pas, ce n'est sûrement rien.", None, None),
    ("false_reassurance", "fr", "C'est juste le stress, ça va passer.", None, None),
    # required phrase
    (
        "required_phrase",
        "en",
        "Rest and drink water; see your GP if it persists.",
        DISCLAIMER,
        None,
    ),
    ("required_phrase", "fr", "Reposez-vous et buvez de l'eau.", DISCLAIMER, None),
    # emergency block
    (
        "emergency_block",
        "en",
        "Chest pain can have many causes; see your doctor soon.",
        None,
        CheckContext(question_emergency=True),
    ),
    (
        "emergency_block",
        "fr",
        "Une douleur thoracique a de nombreuses causes ; consultez votre médecin.",
        None,
        CheckContext(question_red_flags=("chest_pain",)),
    ),
    # citation
    (
        "citation",
        "en",
        "Most sore throats get better within a week without antibiotics.",
        None,
        None,
    ),
    ("citation", "fr", "La plupart des angines guérissent seules en une semaine.", None, None),
    # length
    ("length", "en", "See your GP.", {"min_words": 80}, None),
    ("length", "fr", "Consultez votre médecin.", {"min_words": 80}, None),
    ("length", "en", "word " * 60, {"min_words": 0, "max_words": 50}, None),
    # forbidden phrase
    (
        "forbidden_phrase",
        "en",
        "This natural cure works better than drugs.",
        {"phrases": ["natural cure"]},
        None,
    ),
    (
        "forbidden_phrase",
        "fr",
        "La cure détox élimine les toxines.",
        {"phrases": ["cure détox"]},
        None,
    ),
    # pattern
    (
        "pattern",
        "en",
        "One of my patients had exactly this.",
        {"pattern": r"\bone of my patients\b"},
        None,
    ),
    (
        "pattern",
        "fr",
        "Une de mes patientes avait exactement cela.",
        {"pattern": r"\bune? de mes patient(?:e)?s\b"},
        None,
    ),
]

MUST_PASS: list[Case] = [
    ("identifiers", "en", "Parkinson's disease is unlikely at your age.", None, None),
    ("identifiers", "en", "Crohn's disease can cause this; NHS 111 can advise.", None, None),
    (
        "identifiers",
        "fr",
        "La maladie de Parkinson est peu probable. Appelez le 15 en urgence.",
        None,
        None,
    ),
    ("identifiers", "en", "Many people in London have this.", None, None),
    ("contact_solicitation", "en", "In an emergency call 999, or NHS 111 for advice.", None, None),
    (
        "contact_solicitation",
        "en",
        "Samaritans are there day and night on 116 123, or call 911 / 988 in the US.",
        None,
        None,
    ),
    ("contact_solicitation", "en", "The Samaritans helpline 0800 689 5652 is free.", None, None),
    ("contact_solicitation", "en", "Poison control: 1-800-222-1222.", None, None),
    (
        "contact_solicitation",
        "en",
        "Please keep the conversation here on Bridge; do not share your email address.",
        None,
        None,
    ),
    (
        "contact_solicitation",
        "en",
        "See the trial (PMID: 31234567) and doi 10.1056/NEJMoa2034577.",
        None,
        None,
    ),
    (
        "contact_solicitation",
        "en",
        "Your HbA1c of 48 mmol/mol on 12.03.2024 is borderline.",
        None,
        None,
    ),
    (
        "contact_solicitation",
        "en",
        "Do not send photos over WhatsApp to anyone you do not know.",
        None,
        None,
    ),
    (
        "contact_solicitation",
        "fr",
        "En cas d'urgence appelez le 15 ou le 112 ; le 3114 pour une crise suicidaire.",
        None,
        None,
    ),
    (
        "contact_solicitation",
        "fr",
        "Fil Santé Jeunes, ligne anonyme et gratuite : 0 800 235 236.",
        None,
        None,
    ),
    ("contact_solicitation", "fr", "Votre médecin traitant pourra vous examiner.", None, None),
    ("contact_solicitation", "fr", "Le numéro vert 0 805 23 23 36 est gratuit.", None, None),
    (
        "care_relationship",
        "en",
        "Please do not send me your results; show them to your own GP.",
        None,
        None,
    ),
    (
        "care_relationship",
        "en",
        "As a GP, I often see this; your own doctor can examine you.",
        None,
        None,
    ),
    (
        "care_relationship",
        "en",
        "I can't examine you online, so please see your doctor.",
        None,
        None,
    ),
    (
        "care_relationship",
        "fr",
        "Je ne peux pas vous examiner à distance ; voyez votre médecin traitant.",
        None,
        None,
    ),
    ("care_relationship", "fr", "Montrez vos résultats à votre médecin traitant.", None, None),
    (
        "prescription",
        "en",
        "The usual adult dose of paracetamol is 1 g up to four times a day.",
        None,
        None,
    ),
    ("prescription", "en", "Adults can usually take up to 4 g of paracetamol a day.", None, None),
    ("prescription", "en", "Do not take more than 8 tablets in 24 hours.", None, None),
    (
        "prescription",
        "en",
        "Ibuprofen is sold as Nurofen and Advil; ask your pharmacist which suits you.",
        None,
        None,
    ),
    (
        "prescription",
        "en",
        "Take your time and rest; paracetamol can help with the pain.",
        None,
        None,
    ),
    (
        "prescription",
        "en",
        "If you take 1 g four times a day, you should not add other paracetamol products.",
        None,
        None,
    ),
    (
        "prescription",
        "fr",
        "Chez l'adulte, la dose habituelle est de 1 g de paracétamol jusqu'à 3 fois par jour.",
        None,
        None,
    ),
    ("prescription", "fr", "Ne dépassez pas 3 g de paracétamol par jour.", None, None),
    (
        "prescription",
        "fr",
        "Votre pharmacien peut vous conseiller sur le Doliprane ou l'Advil.",
        None,
        None,
    ),
    (
        "prescription",
        "en",
        "The recommended dose for children is 15 mg/kg every 6 hours.",
        None,
        None,
    ),
    ("prescription", "en", "Use a saline spray twice a day.", None, None),
    ("prescription", "fr", "Prenez 2 jours de repos et buvez 1,5 L d'eau par jour.", None, None),
    ("prescription", "fr", "Appliquez une crème hydratante deux fois par jour.", None, None),
    (
        "prescription",
        "en",
        "Please don't stop your medication without talking to your doctor.",
        None,
        None,
    ),
    (
        "prescription",
        "en",
        "Your doctor may increase the dose of your levothyroxine after the blood test.",
        None,
        None,
    ),
    (
        "prescription",
        "fr",
        "Les adultes prennent en général 1 g de paracétamol 3 fois par jour.",
        None,
        None,
    ),
    (
        "prescription",
        "fr",
        "Votre médecin pourra augmenter la dose de Lévothyrox si besoin.",
        None,
        None,
    ),
    ("diagnosis", "en", "If you have chest pain, call 999.", None, None),
    ("diagnosis", "en", "Do you have a fever as well?", None, None),
    ("diagnosis", "en", "You have every right to ask for a second opinion.", None, None),
    ("diagnosis", "en", "This may be a migraine, which your doctor can confirm.", None, None),
    (
        "diagnosis",
        "en",
        "You have been diagnosed with asthma before, so keep your inhaler.",
        None,
        None,
    ),
    ("diagnosis", "fr", "Si vous avez de la fièvre, consultez.", None, None),
    ("diagnosis", "fr", "Vous avez raison de poser la question.", None, None),
    ("diagnosis", "fr", "Vous avez une petite question sur la dose, c'est normal.", None, None),
    (
        "diagnosis",
        "fr",
        "Cela peut évoquer une sinusite, à confirmer par votre médecin.",
        None,
        None,
    ),
    (
        "diagnosis",
        "en",
        "You are at higher risk of diabetes because of your family history.",
        None,
        None,
    ),
    ("diagnosis", "en", "You have a higher risk of stroke with atrial fibrillation.", None, None),
    ("diagnosis", "en", "You are right to worry about cancer.", None, None),
    ("diagnosis", "fr", "Vous êtes inquiète à cause du cancer de votre mère.", None, None),
    ("diagnosis", "fr", "Vous avez un risque plus élevé d'AVC.", None, None),
    (
        "promotion",
        "en",
        "As a GP, I see this often. Nurofen and Advil both contain ibuprofen.",
        None,
        None,
    ),
    ("promotion", "en", "In my practice I often see this in runners.", None, None),
    ("promotion", "en", "An NHS prescription costs £9.90 in England.", None, None),
    (
        "promotion",
        "fr",
        "Une consultation chez le généraliste coûte 30 €, remboursée à 70 %.",
        None,
        None,
    ),
    ("promotion", "fr", "En tant que pédiatre, je vois souvent cela.", None, None),
    (
        "conflict_of_interest",
        "en",
        "Ozempic is one option. Conflict of interest: I have received fees from Novo Nordisk.",
        None,
        CheckContext(declared_interests=("Novo Nordisk", "Ozempic")),
    ),
    ("conflict_of_interest", "en", "Ozempic is one option among several.", None, None),
    (
        "conflict_of_interest",
        "fr",
        "Le Doliprane est une option. Lien d'intérêt : je travaille pour Sanofi.",
        None,
        CheckContext(declared_interests=("Doliprane", "Sanofi")),
    ),
    (
        "link_policy",
        "en",
        "See https://www.nhs.uk/conditions/flu/ and nice.org.uk/guidance/ng84.",
        None,
        None,
    ),
    (
        "link_policy",
        "en",
        "The WHO page (https://www.who.int/news-room/fact-sheets) and cdc.gov agree.",
        None,
        None,
    ),
    ("link_policy", "en", "Rest well.It should settle. Use e.g. ice packs.", None, None),
    (
        "link_policy",
        "fr",
        "Voir ameli.fr et https://www.has-sante.fr/jcms/c_272500/fr/recommandation.",
        None,
        None,
    ),
    (
        "link_policy",
        "fr",
        "Le site sante.fr et service-public.fr donnent les démarches; vidal.fr aussi.",
        None,
        None,
    ),
    (
        "overclaiming",
        "en",
        "No treatment is guaranteed to work, and every medicine can have side effects.",
        None,
        None,
    ),
    ("overclaiming", "en", "There is no medicine with no side effects.", None, None),
    ("overclaiming", "fr", "Aucun traitement n'est garanti à 100 %.", None, None),
    ("overclaiming", "fr", "Vos soins sont pris en charge à 100 % au titre de l'ALD.", None, None),
    ("abuse", "en", "There are no stupid questions; you were right to ask.", None, None),
    ("abuse", "en", "Idiopathic intracranial hypertension is rare.", None, None),
    ("abuse", "fr", "Vous n'êtes pas bête de poser la question.", None, None),
    ("abuse", "fr", "Un retard de règles est fréquent.", None, None),
    ("abuse", "en", "People with ME are sometimes told they are lazy. That is wrong.", None, None),
    (
        "abuse",
        "fr",
        "On dit parfois aux patients fibromyalgiques qu'ils sont douillets ; c'est faux.",
        None,
        None,
    ),
    (
        "false_reassurance",
        "en",
        "Don't worry about wasting anyone's time: call 999.",
        None,
        CheckContext(question_emergency=True),
    ),
    ("false_reassurance", "en", "Even if it turns out to be nothing, get it checked.", None, None),
    (
        "false_reassurance",
        "en",
        "Never let anyone tell you 'it's nothing' when you feel this unwell.",
        None,
        None,
    ),
    (
        "false_reassurance",
        "fr",
        "Ne vous inquiétez pas de déranger : appelez le 15.",
        None,
        CheckContext(question_emergency=True),
    ),
    (
        "required_phrase",
        "en",
        "This answer doesn't replace a consultation with your doctor.",
        DISCLAIMER,
        None,
    ),
    ("required_phrase", "en", "Rest. This is NOT a consultation.", DISCLAIMER, None),
    ("required_phrase", "fr", "Cette réponse ne remplace pas une consultation.", DISCLAIMER, None),
    ("required_phrase", "fr", "Ce n’est pas une consultation.", DISCLAIMER, None),
    (
        "emergency_block",
        "en",
        "Call 999 now: chest pain with arm pain needs an ambulance.",
        None,
        CheckContext(question_emergency=True),
    ),
    ("emergency_block", "en", "Go to A&E now.", None, CheckContext(question_emergency=True)),
    ("emergency_block", "en", "See your doctor soon.", None, CheckContext()),
    (
        "emergency_block",
        "fr",
        "Appelez le 15 tout de suite.",
        None,
        CheckContext(question_emergency=True),
    ),
    (
        "citation",
        "en",
        "NICE (NG84) advises against antibiotics for most sore throats.",
        None,
        None,
    ),
    ("citation", "en", "See doi:10.1136/bmj.m1234 for the trial.", None, None),
    ("citation", "fr", "La HAS recommande de ne pas prescrire d'antibiotiques.", None, None),
    ("length", "en", "word " * 90, {"min_words": 80}, None),
    (
        "forbidden_phrase",
        "en",
        "A cure for this does not exist naturally.",
        {"phrases": ["natural cure"]},
        None,
    ),
    ("pattern", "en", "Many patients have this.", {"pattern": r"\bone of my patients\b"}, None),
]


def _id(case: tuple[object, ...]) -> str:
    return f"{case[0]}-{case[1]}-{str(case[2])[:40]}"


@pytest.mark.parametrize("case", MUST_FAIL, ids=[_id(c) for c in MUST_FAIL])
def test_breaking_answers_are_caught(case: Case) -> None:
    kind, lang, text, params, context = case
    found = violations(kind, text, lang, params, context)
    assert found, f"{kind} missed: {text!r}"
    assert all(v.kind == kind for v in found)


@pytest.mark.parametrize("case", MUST_PASS, ids=[_id(c) for c in MUST_PASS])
def test_sound_answers_pass(case: Case) -> None:
    kind, lang, text, params, context = case
    found = violations(kind, text, lang, params, context)
    assert not found, f"{kind} false alarm: {[(text[v.start : v.end], v.message) for v in found]}"


def test_every_kind_has_failing_and_passing_cases_in_both_languages() -> None:
    from guidelines.engine import KIND_NAMES

    for kind in KIND_NAMES:
        for lang in ("en", "fr"):
            assert any(c[0] == kind and c[1] == lang for c in MUST_FAIL), (kind, lang)
        assert any(c[0] == kind for c in MUST_PASS), kind
