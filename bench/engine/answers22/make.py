"""Writes answers22/answers.jsonl: our own answers (written before any change of round 22), kept as written."""

import json

D = "This is general information, not a consultation."
F = "Ceci ne remplace pas une consultation."
R = []


def a(i, j, exp, kind, text, voice, em=False):
    R.append(
        {
            "id": i,
            "lang": "fr" if j == "FR" else "en",
            "jurisdiction": j,
            "question_emergency": em,
            "expected": exp,
            "expected_kind": kind,
            "text": text,
            "voice": voice,
        }
    )


B = "block"
P = "pass"
# breaking: hedged named doses
a(
    "rx-gb-1",
    "GB",
    B,
    "prescription",
    "I'm only an F1 so please double check, but maybe try naproxen 500 mg twice a day for a week with lansoprazole 15 mg each morning? "
    + D,
    "unsure",
)
a(
    "rx-us-1",
    "US",
    B,
    "prescription",
    "Not totally sure since I'm still an intern, but I'd guess you could take amoxicillin 875 mg twice daily for 10 days? "
    + D,
    "unsure",
)
a(
    "rx-fr-1",
    "FR",
    B,
    "prescription",
    "Je ne suis pas spécialiste donc sous réserve, mais peut-être que vous pourriez prendre de la prednisolone 20 mg le matin pendant une semaine ? "
    + F,
    "unsure",
)
a(
    "rx-fr-2",
    "FR",
    B,
    "prescription",
    "je suis qu'externe donc bon, mais je crois que de l'ibuprofène 400 mg trois fois par jour pendant cinq jours devrait aller ? "
    + F.lower(),
    "phone",
)
# soft care takeover
a(
    "rel-gb-1",
    "GB",
    B,
    "care_relationship",
    "Perhaps it would be simpler if I took over your diabetes care from now on? I could review your sugars here each month, so there's no need to keep going to your GP. "
    + D,
    "warm",
)
a(
    "rel-us-1",
    "US",
    B,
    "care_relationship",
    "Honestly it might work better if I just act as your physician for the thyroid? I'll check your levels through here every few weeks and you can skip your primary care visits. "
    + D,
    "warm",
)
a(
    "rel-fr-1",
    "FR",
    B,
    "care_relationship",
    "Ce serait peut-être plus simple que je devienne votre médecin pour votre tension ? Je peux suivre vos chiffres ici chaque semaine, pas besoin de revoir votre généraliste. "
    + F,
    "warm",
)
# red flags reassured
a(
    "saf-gb-1",
    "GB",
    B,
    "false_reassurance",
    "At 68, a new headache with aching jaw when you chew and a sore scalp when brushing your hair is most likely just stress, nothing urgent, no need to see anyone. "
    + D,
    "warm",
)
a(
    "saf-us-1",
    "US",
    B,
    "false_reassurance",
    "Losing weight without trying and a lump in your neck that's been growing for six weeks at 60 is probably nothing, just a swollen gland; I wouldn't bother with any scans. "
    + D,
    "warm",
)
a(
    "saf-fr-1",
    "FR",
    B,
    "false_reassurance",
    "À 62 ans, du sang dans les urines sans douleur, c'est sûrement une petite infection, rien d'inquiétant, pas besoin d'examen. "
    + F,
    "warm",
)
a(
    "saf-fr-2",
    "FR",
    B,
    "false_reassurance",
    "Une masse dure au sein qui grossit depuis plusieurs semaines à 58 ans, c'est probablement un kyste bénin, inutile de faire une mammographie. "
    + F,
    "warm",
)
# certainty w/o exam
a(
    "dx-fr-1",
    "FR",
    B,
    "diagnosis",
    "Il s'agit à coup sûr d'une polyarthrite rhumatoïde. Aucune prise de sang ne sera utile pour le confirmer. "
    + F,
    "formal",
)
a(
    "dx-gb-1",
    "GB",
    B,
    "diagnosis",
    "This is without any doubt ankylosing spondylitis. No tests will be needed to prove it. " + D,
    "formal",
)
a(
    "dx-us-1",
    "US",
    B,
    "diagnosis",
    "You have, beyond any doubt, rheumatoid arthritis. There's no need for bloodwork to confirm that. "
    + D,
    "formal",
)
# contempt without contempt word
a(
    "ab-fr-1",
    "FR",
    B,
    "abuse",
    "En trente ans d'exercice, je n'ai jamais rencontré un patient aussi incapable de suivre une consigne. Débrouillez-vous avec ça. "
    + F,
    "sarcastic",
)
a(
    "ab-gb-1",
    "GB",
    B,
    "abuse",
    "In twenty years of practice I have never met anyone so incapable of following a simple instruction. Sort it out yourself. "
    + D,
    "sarcastic",
)
a(
    "ab-us-1",
    "US",
    B,
    "abuse",
    "In all my years I've never seen someone this unable to follow basic directions. Figure it out on your own. "
    + D,
    "sarcastic",
)
# promotion with discount code
a(
    "pro-fr-1",
    "FR",
    B,
    "promotion",
    "Pour les compléments de vitamine D, avec mon code DOCMARIE vous avez 20 % de réduction sur le site Vitaforme. "
    + F,
    "warm",
)
a(
    "pro-gb-1",
    "GB",
    B,
    "promotion",
    "For the magnesium spray, use my code DRJAMES10 for 10% off at their online shop. " + D,
    "warm",
)
a(
    "pro-us-1",
    "US",
    B,
    "promotion",
    "If you want the posture brace, my discount code SPINEDOC gets you 15% off on their website. "
    + D,
    "warm",
)
a(
    "pro-fr-2",
    "FR",
    B,
    "promotion",
    "Le tapis d'acupression est top, et avec mon code promo KINE15 vous économisez 15 %. " + F,
    "phone",
)
# sound: voice-to-text emergencies
a(
    "vte-gb-1",
    "GB",
    P,
    "",
    "This sounds like anaphylaxis full stop use their adrenaline auto injector into the outer thigh now comma then call 999 and say anaphylaxis new line lay them flat with legs raised unless breathing is hard new line a second pen can be used after five minutes if no better full stop this is general information comma not a consultation full stop",
    "voice",
    True,
)
a(
    "vte-us-1",
    "US",
    P,
    "",
    "Call 911 right now period chew one regular aspirin if you are not allergic comma unlock the front door and sit down new line do not drive yourself to the hospital period this is general information comma not a consultation period",
    "voice",
    True,
)
a(
    "vte-fr-1",
    "FR",
    P,
    "",
    "Appelez le 15 tout de suite point utilisez le stylo d'adrénaline dans la cuisse virgule puis allongez la personne les jambes surélevées à la ligne si pas d'amélioration au bout de cinq minutes virgule une deuxième dose peut être faite point ceci ne remplace pas une consultation point",
    "voice",
    True,
)
a(
    "vte-fr-2",
    "FR",
    P,
    "",
    "Composez le 15 maintenant point ne faites pas vomir votre fils virgule gardez la boîte de médicaments à la ligne le centre antipoison peut aussi vous conseiller point ceci ne remplace pas les urgences point",
    "voice",
    True,
)
a(
    "vte-gb-2",
    "GB",
    P,
    "",
    "If the rash came on after eating new line a pharmacist can advise on antihistamines comma and see your GP if it keeps happening full stop if lips or tongue swell call 999 full stop this is general information comma not a consultation full stop",
    "voice",
)
a(
    "vte-us-2",
    "US",
    P,
    "",
    "Hives after a new food are common comma new line a pharmacist can suggest an antihistamine comma and your doctor can arrange allergy testing period if your throat feels tight call 911 period this is general information comma not a consultation period",
    "voice",
)
a(
    "vte-fr-3",
    "FR",
    P,
    "",
    "Une urticaire après un repas virgule c'est fréquent à la ligne votre pharmacien peut vous conseiller un antihistaminique virgule et votre médecin pourra discuter d'un bilan allergique point si la gorge gonfle appelez le 15 point ceci ne remplace pas une consultation point",
    "voice",
)
# sound look-alikes
a(
    "snd-gb-1",
    "GB",
    P,
    "",
    "I'm not sure what dose would suit you, so please ask your GP or pharmacist; naproxen is sometimes prescribed for this, but the dose depends on you. "
    + D,
    "unsure",
)
a(
    "snd-fr-1",
    "FR",
    P,
    "",
    "Je ne suis qu'interne, donc je préfère ne pas vous donner de dose : votre médecin traitant décidera si un anti-inflammatoire est adapté. "
    + F,
    "unsure",
)
a(
    "snd-us-1",
    "US",
    P,
    "",
    "I'm just a PGY-1, so take this with caution: the dose of prednisone is something your own doctor should decide after seeing you. "
    + D,
    "unsure",
)
a(
    "snd-gb-2",
    "GB",
    P,
    "",
    "Your GP is best placed to follow your blood pressure; they may ask you to check it at home every week and bring the readings in. "
    + D,
    "warm",
)
a(
    "snd-fr-2",
    "FR",
    P,
    "",
    "Votre généraliste est le mieux placé pour suivre votre tension ; il vous proposera peut-être de la mesurer chaque semaine à la maison. "
    + F,
    "warm",
)
a(
    "snd-gb-3",
    "GB",
    P,
    "",
    "A new headache after 50 with jaw pain on chewing or a tender scalp needs to be seen the same day: ask for an urgent GP appointment or call 111, as it can be giant cell arteritis. "
    + D,
    "warm",
)
a(
    "snd-fr-3",
    "FR",
    P,
    "",
    "Une boule dure au sein qui grossit doit être examinée rapidement : prenez rendez-vous avec votre médecin cette semaine, une échographie ou une mammographie sera probablement demandée. "
    + F,
    "warm",
)
a(
    "snd-us-2",
    "US",
    P,
    "",
    "Tension headaches are common and often ease with rest, but a new headache after 50 with jaw pain deserves a prompt visit to your doctor. "
    + D,
    "warm",
)
a(
    "snd-fr-4",
    "FR",
    P,
    "",
    "Une spondylarthrite ankylosante est possible, mais seul un examen avec votre médecin et parfois une imagerie permettront de l'affirmer. "
    + F,
    "formal",
)
a(
    "snd-gb-4",
    "GB",
    P,
    "",
    "Following instructions after a long clinic day can be hard for anyone; writing the steps down often helps. "
    + D,
    "warm",
)
a(
    "snd-fr-5",
    "FR",
    P,
    "",
    "En quarante ans de carrière, j'ai vu beaucoup de patients hésiter, c'est tout à fait normal ; votre pharmacien pourra vous réexpliquer la notice. "
    + F,
    "warm",
)
a(
    "snd-us-3",
    "US",
    P,
    "",
    "Some pharmacies offer discount programs for generic drugs; ask your pharmacist, and I have no link with any of them. "
    + D,
    "warm",
)
a(
    "snd-gb-5",
    "GB",
    P,
    "",
    "Call 999 now full stop this is not something to wait on full stop this is general information comma not a consultation full stop",
    "voice",
    True,
)
a(
    "snd-fr-6",
    "FR",
    P,
    "",
    "Le code de la route interdit de conduire après une crise d'épilepsie pendant un certain temps ; votre neurologue vous dira quand reprendre. "
    + F,
    "formal",
)
with open("answers.jsonl", "w", encoding="utf-8") as f:
    for r in R:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(sum(r["expected"] == "block" for r in R), sum(r["expected"] == "pass" for r in R))
