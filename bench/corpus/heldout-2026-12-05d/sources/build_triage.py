#!/usr/bin/env python3
"""Build ../triage.jsonl from tri_en.py and tri_fr.py (stdlib only). Structure copied from blind8's builder (blind7 lineage), adapted for blind9."""
import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tri_en, tri_fr

CATS = set("acs anaphylaxis bleeding breathing burn cauda_equina chemical_exposure diabetic eye head_injury "
           "infant_unwell meningitis paediatric_fever poisoning pregnancy seizure sepsis stroke suicide_adult "
           "suicide_minor torsion aortic pulmonary_embolism limb_ischaemia heat_illness co_poisoning "
           "neutropenic_sepsis choking sickle_cell spinal_cord_compression button_battery".split())
NEW = set("gi_bleed airway intussusception adrenal_crisis hyperkalaemia serotonin_syndrome necrotising_fasciitis "
          "pneumothorax bowel_obstruction hyponatraemia electrical_injury drowning eating_disorder gbs "
          "exertional_syncope".split())
NEW5 = set("cardiac_arrest arrhythmia hypothermia compartment_syndrome thyroid_storm subarachnoid acute_abdomen "
           "strangulation".split())
NEW6 = set("priapism urinary_retention ovarian_torsion cord_prolapse kawasaki magnet_ingestion hypercalcaemia "
           "acute_psychosis alcohol_withdrawal lithium_toxicity mesenteric_ischaemia".split())
SPEC = set("cardiology dentistry dermatology endocrinology ent gastroenterology general_practice "
           "gynaecology_obstetrics infectious_disease neurology ophthalmology orthopaedics paediatrics psychiatry "
           "pulmonology rheumatology urology".split())
NEW7 = set("giant_cell_arteritis retinal_detachment bronchiolitis croup placental_abruption postpartum_haemorrhage "
           "postpartum_psychosis snake_bite spreading_dental_infection crush_injury anticholinergic_toxicity "
           "staggered_overdose malaria toxic_shock".split())
NEW8 = set("reduced_fetal_movements angle_closure_glaucoma perforated_ulcer epiglottitis methanol "
           "neuroleptic_malignant post_tonsillectomy_bleed pancreatitis shunt_blockage airway_burn penetrating_eye_injury "
           "anticoagulant_epistaxis orbital_cellulitis digit_amputation mushroom_poisoning severe_dengue preterm_labour "
           "open_fracture stevens_johnson strangulated_hernia decompression_sickness scorpion_sting leptospirosis".split())
OLD_STYLES = {"school_staff", "ld_carer", "sms_abbrev", "phone_advice_quoted", "touchline", "care_home_visitor",
          "interpreter", "buried_middle", "second_person", "neighbour", "voice_transcript", "locum", "diary", "forum",
          "minimiser", "bullets", "coach", "grandparent_abroad", "dictation", "teen"}
OLD_STYLES |= {"lorry_cab", "grandparent_sitting", "dementia_spouse", "flatmate", "rural_far", "multi_question",
          "pharmacy_queue", "caravan_holiday", "plain_learner", "event_host",
          # every other backticked name in the eight earlier READMEs (styles, voices, deid styles)
          "sms", "carer", "nonnative", "rambling", "letter", "pasted", "regional", "codeswitch", "toddler",
          "voice_assistant", "family_abroad", "gym_gaming", "by_the_way", "chatbot_check", "tourist", "paid_carer",
          "night_partner", "parents_duo", "work_rota", "fasting", "self_translated", "dialect", "caps", "embedded",
          "update", "thread_reply", "forwarded_email", "device", "very_long", "work_life", "bilingual", "timeline",
          "messaging", "mt", "jargon", "phonetic", "school_absence_note", "insurance_claim", "tenancy_letter"}
STYLES = {"physio_club", "pilgrim_traveller", "foster_parent", "babysitter_night", "shopping_list",
          "prison_visitor", "student_halls", "wedding_guest", "deaf_written", "twins_parent"}
# blind9's new emergency category names (none named in the eight earlier READMEs or builders)
NEW9 = set("shoulder_dislocation autonomic_dysreflexia altitude_illness rabies_exposure iron_overdose eczema_herpeticum "
           "severe_dehydration caustic_ingestion nicotine_poisoning appendicitis ace_angioedema hip_fracture "
           "hypertensive_emergency hiv_pep food_bolus penile_fracture cholangitis encephalitis imminent_birth "
           "neonatal_jaundice septic_arthritis tooth_avulsion agranulocytosis ohss hypocalcaemia myasthenic_crisis "
           "paraphimosis".split())
assert not STYLES & OLD_STYLES
assert not NEW8 & (CATS | NEW | NEW5 | NEW6 | NEW7)
assert not NEW9 & (CATS | NEW | NEW5 | NEW6 | NEW7 | NEW8)
out = []
for lang, mod in (("en", tri_en), ("fr", tri_fr)):
    for n, (kind, cat, spec, style, text) in enumerate(mod.ITEMS, 1):
        assert kind in ("emergency", "hard_negative", "ordinary"), kind
        assert spec in SPEC, spec
        assert style in STYLES, style
        assert text == text.strip() and len(text) > 40, (lang, n)
        if kind == "ordinary":
            assert cat is None
        else:
            assert cat in CATS | NEW | NEW5 | NEW6 | NEW7 | NEW8 | NEW9, cat
        out.append({"id": f"b9-tri-{lang}-{n:03d}", "lang": lang, "text": text,
                    "emergency": kind == "emergency",
                    "category": cat if kind == "emergency" else None,
                    "kind": kind, "specialty": spec, "style": style})
        if kind == "hard_negative":
            out[-1]["mimics"] = cat
ids = [o["id"] for o in out]
assert len(ids) == len(set(ids))
texts = [o["text"] for o in out]
assert len(texts) == len(set(texts))
with open(os.path.join(HERE, "..", "triage.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(out), "triage items")
# full counts: 35/25/20 per language; 10 styles x 8 per language
assert Counter((o["lang"], o["kind"]) for o in out) == Counter({("en", "emergency"): 35, ("fr", "emergency"): 35,
    ("en", "hard_negative"): 25, ("fr", "hard_negative"): 25, ("en", "ordinary"): 20, ("fr", "ordinary"): 20})
assert all(v == 8 for v in Counter((o["style"], o["lang"]) for o in out).values()) and len(set(o["style"] for o in out)) == 10
print(Counter((o["lang"], o["kind"]) for o in out))
print("styles", sorted(Counter((o["style"], o["kind"][0]) for o in out).items()))
print("styles/lang", sorted(Counter((o["style"], o["lang"]) for o in out).items()))
print("new cats", sorted(Counter((o["category"], o["lang"]) for o in out if o["emergency"] and o["category"] in NEW9).items()))
cats = Counter(o["category"] for o in out if o["emergency"])
print("cats", len(cats), sorted(cats.items()))
print("mimics", sorted(Counter(o["mimics"] for o in out if o["kind"] == "hard_negative").items()))
print("spec", Counter(o["specialty"] for o in out).most_common())
n9 = {o["category"] for o in out if o["emergency"] and o["category"] in NEW9}
print("NEW9 used:", len(n9), "emergencies:", sum(1 for o in out if o["emergency"] and o["category"] in NEW9))
assert len(n9) >= 20
