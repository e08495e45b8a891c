"""Round 30's own set (helper triage30, written before any change): pasted documents and care-plan seizures.

A patient pastes a discharge letter, a result, a care plan or a portal entry (EN: Discharge summary, Diagnosis,
Impression, Results, Conclusion, Plan, Care plan; FR: Compte rendu, Lettre de sortie, Conclusion, Motif
d'hospitalisation, Résultats, CAT) and asks a practical question (look-alikes), or tells, around the block, an
emergency happening now (emergencies). Plus a known epileptic's usual short seizure handled by the care plan
(not an emergency) beside a first fit, a fit over 5 minutes or a child not recovering (emergencies).
Scored with score.py; first contact on main 717146a (docs/triage.md, "Round 30").
"""

from __future__ import annotations

# (id, lang, emergency, category, text)
ITEMS: list[tuple[str, str, bool, str, str]] = [
    # --- look-alikes: a pasted document about a past event, a practical question
    (
        "n01",
        "en",
        False,
        "pasted",
        "Copied from my discharge letter: 'Diagnosis: NSTEMI. Procedure: PCI with 1 drug-eluting stent to LAD. Discharged day 3 on ticagrelor and aspirin.' I feel fine. How long before I can drive again?",
    ),
    (
        "n02",
        "en",
        False,
        "pasted",
        "Results: troponin negative x2, ECG normal sinus rhythm, chest pain non-cardiac, likely musculoskeletal. Does this mean I can go back to the gym?",
    ),
    (
        "n03",
        "en",
        False,
        "pasted",
        "Impression: small left MCA territory infarct, no haemorrhage. Plan: clopidogrel, statin, stroke clinic in 2 weeks. Dad came home on Friday and walks with a stick. Can he have a glass of wine at Christmas?",
    ),
    (
        "n04",
        "en",
        False,
        "pasted",
        "Discharge summary: Presenting complaint: sudden severe headache. CT head and LP negative for subarachnoid haemorrhage. Diagnosis: migraine. Question: is it safe to take sumatriptan with my pill?",
    ),
    (
        "n05",
        "en",
        False,
        "pasted",
        "ED letter - Diagnosis: anaphylaxis to peanut, treated with IM adrenaline x1, observed 6 hours, discharged with 2 auto-injectors. When should the allergy clinic see me?",
    ),
    (
        "n06",
        "en",
        False,
        "pasted",
        "Conclusion: pulmonary embolism ruled out, CTPA normal. D-dimer raised, probably post-op. Plan: continue apixaban until review. What does a raised D-dimer mean?",
    ),
    (
        "n07",
        "en",
        False,
        "pasted",
        "Discharge: 'Admitted with sepsis secondary to pyelonephritis, IV antibiotics 48h, switched to oral, discharged day 4.' Can I have a bath yet?",
    ),
    (
        "n08",
        "fr",
        False,
        "pasted",
        "Compte rendu d'hospitalisation : admis le 02/11 pour AVC ischémique sylvien gauche, thrombolyse, récupération complète, sortie J5. Ma question : quand pourra-t-il reprendre le vélo ?",
    ),
    (
        "n09",
        "fr",
        False,
        "pasted",
        "Lettre de sortie : « Syndrome coronarien aigu ST+, angioplastie avec pose de stent, sortie à J4. » Est-ce que je peux prendre l'avion pour Noël ?",
    ),
    (
        "n10",
        "fr",
        False,
        "pasted",
        "Résultats : troponine négative à 2 reprises, ECG normal, douleur thoracique d'origine pariétale. Je peux reprendre le sport ?",
    ),
    (
        "n11",
        "fr",
        False,
        "pasted",
        "Conclusion : pas d'embolie pulmonaire, angioscanner normal. CAT : antalgiques, revoir le médecin traitant. C'est quoi une douleur pariétale ?",
    ),
    (
        "n12",
        "fr",
        False,
        "pasted",
        "Motif d'hospitalisation : crise convulsive inaugurale. Bilan : IRM et EEG normaux. Sortie sous Keppra. Ma fille pourra-t-elle passer le permis ?",
    ),
    (
        "n13",
        "fr",
        False,
        "pasted",
        "Diagnostic : méningite virale, PL claire, traitement symptomatique, sortie après 48 h. Combien de temps avant de retourner à la crèche ?",
    ),
    (
        "n14",
        "fr",
        False,
        "pasted",
        "Compte rendu des urgences : « Douleur thoracique, sueurs, ECG et troponines normaux, retour à domicile. » Je dois prendre rendez-vous chez le cardiologue ?",
    ),
    # --- care-plan seizures, look-alikes
    (
        "n15",
        "en",
        False,
        "care_plan",
        "Here's my son's care plan: 'Known epilepsy. Typical seizures: stiffening and jerking of both arms, 1 to 2 minutes, sleepy afterwards. Give midazolam if over 5 minutes.' He had a typical one this morning, 90 seconds, slept, and is back to normal. Should I tell his neurologist?",
    ),
    (
        "n16",
        "en",
        False,
        "care_plan",
        "I'm a known epileptic. Had my usual seizure this afternoon, about a minute, rested as my care plan says and I'm back to normal now. Can I still go to work tomorrow?",
    ),
    (
        "n17",
        "fr",
        False,
        "care_plan",
        "Mon fils est épileptique connu, il a fait sa crise habituelle ce matin, 1 minute, comme prévu dans son PAI, il a récupéré et joue maintenant. Je dois le signaler au neurologue ?",
    ),
    (
        "n18",
        "fr",
        False,
        "care_plan",
        "Ma femme est épileptique, crise habituelle de 2 minutes ce soir, gérée selon son plan de soins, elle a bien récupéré. On doit aller aux urgences ?",
    ),
    # --- emergencies told after or around a pasted document
    (
        "e01",
        "en",
        True,
        "pasted",
        "Discharge summary: admitted 03/11 with NSTEMI, stented, discharged day 3. Since an hour I have the same crushing pain in my chest going into my left arm and I'm sweating.",
    ),
    (
        "e02",
        "en",
        True,
        "pasted",
        "Results: troponin negative x2, ECG normal, chest pain non-cardiac. That was Tuesday. Tonight crushing central chest pain into the jaw, grey and sweating.",
    ),
    (
        "e03",
        "en",
        True,
        "pasted",
        "Care plan: known epilepsy, call 999 if a seizure lasts over 5 minutes. He has been fitting for 8 minutes now, midazolam given, still jerking.",
    ),
    (
        "e04",
        "en",
        True,
        "pasted",
        "Impression: TIA. Plan: aspirin, clinic in 1 week, return if symptoms recur. Now her face is drooping on the left again and her speech is slurred, started 20 minutes ago.",
    ),
    (
        "e05",
        "en",
        True,
        "pasted",
        "Discharge letter: 'Diagnosis: postpartum haemorrhage 1.2 L, transfused 2 units.' Day 6 at home, soaking a pad every 30 minutes, dizzy and pale.",
    ),
    (
        "e06",
        "en",
        True,
        "pasted",
        "Diagnosis: asthma. Plan: salbutamol as needed. My daughter can't finish a sentence, her lips look blue and the inhaler isn't helping.",
    ),
    (
        "e07",
        "en",
        True,
        "pasted",
        "Results from the portal: 'CT head: no acute intracranial abnormality.' That was last week after his fall. Today he has vomited 3 times and is very drowsy and confused.",
    ),
    (
        "e08",
        "fr",
        True,
        "pasted",
        "Compte rendu d'hospitalisation : AVC ischémique en 2024, récupération complète. Depuis 30 minutes il a la bouche de travers et n'arrive plus à parler.",
    ),
    (
        "e09",
        "fr",
        True,
        "pasted",
        "Lettre de sortie : « Infarctus, stent, sortie J3. » Ce soir douleur thoracique écrasante qui irradie dans le bras gauche, sueurs.",
    ),
    (
        "e10",
        "fr",
        True,
        "pasted",
        "PAI de ma fille : épilepsie connue, appeler le 15 si crise de plus de 5 minutes. Elle convulse depuis 10 minutes et ne répond pas.",
    ),
    (
        "e11",
        "fr",
        True,
        "pasted",
        "Résultats : bilan sanguin normal, ECG normal. Mais là il est tout gris, il respire très mal et ses lèvres sont bleues.",
    ),
    (
        "e12",
        "fr",
        True,
        "pasted",
        "Compte rendu : hémorragie de la délivrance, transfusion. À J8 je saigne énormément, une serviette toutes les 20 minutes, je me sens partir.",
    ),
    (
        "e13",
        "fr",
        True,
        "pasted",
        "Motif d'hospitalisation : pneumopathie. Sortie J4 sous antibiotiques. Maintenant il est confus, il grelotte, marbrures sur les genoux, respire très vite.",
    ),
    (
        "e14",
        "en",
        True,
        "pasted",
        "Conclusion: viral illness, discharged home. Now she has a rash that doesn't fade under a glass, fever and a stiff neck.",
    ),
    # --- care-plan seizures, emergencies
    (
        "e15",
        "en",
        True,
        "care_plan",
        "My son (9) has epilepsy, his care plan says his usual seizures are under 2 minutes. He's been seizing for 7 minutes and his lips are blue.",
    ),
    (
        "e16",
        "en",
        True,
        "care_plan",
        "He's a known epileptic but this one is not like his usual seizures, it stopped 15 minutes ago and he's still not coming round.",
    ),
    (
        "e17",
        "fr",
        True,
        "care_plan",
        "Ma fille de 4 ans fait sa première crise convulsive, pas d'épilepsie connue, elle convulse depuis 3 minutes.",
    ),
    (
        "e18",
        "fr",
        True,
        "care_plan",
        "Mon fils est épileptique, c'est sa crise habituelle mais elle dure depuis 6 minutes, le midazolam n'a rien fait.",
    ),
]
