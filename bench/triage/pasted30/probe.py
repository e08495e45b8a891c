"""Round 30's untuned probe (helper triage30): written before any fix, never looked at while fixing.

Same classes as items.py in other words, headers and voices; scored on main and on the branch only.
"""

from __future__ import annotations

# (id, lang, emergency, category, text)
ITEMS: list[tuple[str, str, bool, str, str]] = [
    (
        "p01",
        "en",
        False,
        "pasted",
        "From the app: 'Clinic letter. Diagnosis: stable angina. Exercise test positive at stage 3. Plan: GTN spray, bisoprolol, angiogram list.' Is it ok to mow the lawn while I wait?",
    ),
    (
        "p02",
        "en",
        False,
        "pasted",
        "Pasting my mum's summary - 'Reason for admission: collapse with loss of consciousness. Findings: complete heart block. Pacemaker fitted 14/10.' Can she use the microwave?",
    ),
    (
        "p03",
        "en",
        False,
        "pasted",
        "Results: blood cultures negative, CRP 12 (was 240), lactate 1.1. Conclusion: resolved sepsis. What's a normal CRP?",
    ),
    (
        "p04",
        "en",
        False,
        "care_plan",
        "Seizure plan says for her usual absences and short fits under 3 minutes just stay with her. She had one at tea time, 40 seconds, came round fine and ate her pudding. Do I need to log it?",
    ),
    (
        "p05",
        "fr",
        False,
        "pasted",
        "Synthèse du séjour : hospitalisé pour pneumopathie avec sepsis, antibiothérapie IV 5 jours, bonne évolution, sortie le 20/11. Puis-je reprendre le travail lundi ?",
    ),
    (
        "p06",
        "fr",
        False,
        "pasted",
        "Conclusion de l'IRM : « séquelle d'AVC ischémique ancien, pas de lésion récente ». C'est grave docteur ?",
    ),
    (
        "p07",
        "fr",
        False,
        "pasted",
        "Courrier du cardiologue : infarctus du myocarde inférieur traité par angioplastie en septembre, FEVG 55 %. Je peux boire un verre de vin ?",
    ),
    (
        "p08",
        "fr",
        False,
        "care_plan",
        "Mon mari est épileptique, il a eu une crise comme d'habitude cette nuit, moins de 2 minutes, le protocole dit de le mettre en PLS et d'attendre, il s'est réveillé normalement. Il peut conduire demain ?",
    ),
    (
        "p09",
        "en",
        True,
        "pasted",
        "Discharge summary: 'Diagnosis: NSTEMI, stent to RCA.' I'm now getting the same tight pain across my chest for 25 minutes, it won't ease with the spray and I feel sick and clammy.",
    ),
    (
        "p10",
        "en",
        True,
        "pasted",
        "Plan: 'Return to ED if worsening headache, vomiting or drowsiness.' She has been sick 4 times since we got home and is really hard to wake.",
    ),
    (
        "p11",
        "en",
        True,
        "care_plan",
        "His epilepsy care plan says buccal midazolam after 5 minutes. We gave it at 5 minutes, it's now 12 minutes and he's still fitting.",
    ),
    (
        "p12",
        "en",
        True,
        "pasted",
        "Impression: viral wheeze. Discharged with inhaler. Tonight: sucking in under the ribs, too breathless to feed, lips going grey.",
    ),
    (
        "p13",
        "fr",
        True,
        "pasted",
        "Lettre de sortie : « Embolie pulmonaire, anticoagulation. » Depuis une heure je suis très essoufflé au repos et j'ai craché du sang, je me sens partir.",
    ),
    (
        "p14",
        "fr",
        True,
        "care_plan",
        "Notre fils de 2 ans convulse pour la première fois, avec 39,5 de fièvre, il ne répond pas, ça dure depuis 6 minutes.",
    ),
    (
        "p15",
        "fr",
        True,
        "pasted",
        "Résultats de la prise de sang d'hier : tout est normal. Mais là, d'un coup, pire mal de tête de ma vie, nuque raide, je vomis.",
    ),
    (
        "p16",
        "fr",
        True,
        "care_plan",
        "Ma fille épileptique a fait sa crise habituelle il y a 20 minutes mais cette fois elle ne se réveille pas et respire bizarrement.",
    ),
]
