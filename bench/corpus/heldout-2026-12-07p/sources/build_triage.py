#!/usr/bin/env python3
"""Build ../triage.jsonl from tri_en.py and tri_fr.py (stdlib only). Structure copied from blind9's builder (blind7 lineage), adapted for blind31 from blind29's (blind19 lineage).
blind21 (as blind19): COMMON emergencies (>= 58 of 70), ten new styles in lay, hedged, minimised phrasings; a published source per item (6th tuple field, not emitted)."""
import json, os, re, sys
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
NEW7 = set("giant_cell_arteritis retinal_detachment bronchiolitis croup placental_abruption postpartum_haemorrhage "
           "postpartum_psychosis snake_bite spreading_dental_infection crush_injury anticholinergic_toxicity "
           "staggered_overdose malaria toxic_shock".split())
NEW8 = set("reduced_fetal_movements angle_closure_glaucoma perforated_ulcer epiglottitis methanol "
           "neuroleptic_malignant post_tonsillectomy_bleed pancreatitis shunt_blockage airway_burn penetrating_eye_injury "
           "anticoagulant_epistaxis orbital_cellulitis digit_amputation mushroom_poisoning severe_dengue preterm_labour "
           "open_fracture stevens_johnson strangulated_hernia decompression_sickness scorpion_sting leptospirosis".split())
NEW9 = set("shoulder_dislocation autonomic_dysreflexia altitude_illness rabies_exposure iron_overdose eczema_herpeticum "
           "severe_dehydration caustic_ingestion nicotine_poisoning appendicitis ace_angioedema hip_fracture "
           "hypertensive_emergency hiv_pep food_bolus penile_fracture cholangitis encephalitis imminent_birth "
           "neonatal_jaundice septic_arthritis tooth_avulsion agranulocytosis ohss hypocalcaemia myasthenic_crisis "
           "paraphimosis".split())
ALLCATS = CATS | NEW | NEW5 | NEW6 | NEW7 | NEW8 | NEW9
# the common emergencies an outside evaluator uses (brief of blind10); child ingestion = poisoning / button_battery,
# chest pain = acs, breathing difficulty / asthma = breathing, ectopic / pregnancy bleeding = pregnancy
COMMON = set("suicide_adult suicide_minor seizure burn chemical_exposure electrical_injury poisoning cauda_equina torsion "
             "bleeding sepsis diabetic anaphylaxis stroke acs meningitis breathing head_injury pregnancy "
             "button_battery choking".split())
assert COMMON <= ALLCATS
SPEC = set("cardiology dentistry dermatology endocrinology ent gastroenterology general_practice "
           "gynaecology_obstetrics infectious_disease neurology ophthalmology orthopaedics paediatrics psychiatry "
           "pulmonology rheumatology urology".split())
# blind9's old-style list, blind9's own styles/voices/deid styles, plus every lowercase backticked name in the nine earlier READMEs
OLD_STYLES = {"school_staff", "ld_carer", "sms_abbrev", "phone_advice_quoted", "touchline", "care_home_visitor",
          "interpreter", "buried_middle", "second_person", "neighbour", "voice_transcript", "locum", "diary", "forum",
          "minimiser", "bullets", "coach", "grandparent_abroad", "dictation", "teen", "lorry_cab", "grandparent_sitting",
          "dementia_spouse", "flatmate", "rural_far", "multi_question", "pharmacy_queue", "caravan_holiday",
          "plain_learner", "event_host", "sms", "carer", "nonnative", "rambling", "letter", "pasted", "regional",
          "codeswitch", "toddler", "voice_assistant", "family_abroad", "gym_gaming", "by_the_way", "chatbot_check",
          "tourist", "paid_carer", "night_partner", "parents_duo", "work_rota", "fasting", "self_translated", "dialect",
          "caps", "embedded", "update", "thread_reply", "forwarded_email", "device", "very_long", "work_life",
          "bilingual", "timeline", "messaging", "mt", "jargon", "phonetic", "school_absence_note", "insurance_claim",
          "tenancy_letter", "physio_club", "pilgrim_traveller", "foster_parent", "babysitter_night", "shopping_list",
          "prison_visitor", "student_halls", "wedding_guest", "deaf_written", "twins_parent"}
with open(os.path.join(HERE, "_old_names.txt"), encoding="utf-8") as f:
    _lines = f.read().splitlines()
    # blind31: the last line holds blind31's own names (blind29's 15 lines and the parallel set's last line now sit above it) (appended for later sets); it must equal them, and is not checked against itself
    assert set(_lines[-1].split()) == set("dating_app_chat_screenshot sexual_health_clinic_queue_text partner_writing_for_partner menopause_group_post ivf_journal_entry pharmacy_ec_counter_note helpline_advocate_relay second_language_midlife_writer grown_child_for_ageing_parent trans_peer_support_chat clinic_recall_letter fertility_referral_pack isva_referral_form gender_clinic_transfer menopause_clinic_letter sexual_health_consultant_brisk menopause_gp_on_phone urologist_dry_wit fertility_nurse_leaflet".split()), "last line of _old_names.txt must be blind31's own names"
    OLD_STYLES |= set(" ".join(_lines[:-1]).split())
OLD_STYLES |= {"hurried_text", "for_elderly_parent", "second_language", "meandering_middle", "over_apologetic",
          "gig_driver", "group_chat_relay", "self_checklist", "festival_goer", "retail_colleague"}  # blind10's styles
OLD_STYLES |= {"gp_registration", "moving_notice", "sick_note_request", "volunteer_roster", "travel_insurance_form",
          "tired_emergency_doc", "gp_on_mobile", "leaflet_quoter", "sarcastic_consultant", "travel_medicine",
          "addiction_medicine", "school_physician", "retired_volunteer"}  # blind10's deid styles and voices
OLD_STYLES |= {"speech_to_text_slips", "one_handed_parent", "night_care_assistant", "nurse_for_herself", "app_translated",
          "teacher_about_pupil", "forum_titled_post", "admin_first", "formal_elder", "team_manager"}  # blind11's styles
OLD_STYLES |= {"records_transfer_request", "carer_handover_note", "exchange_student_form", "return_to_work_form",
          "pharmacy_collection_proxy", "hospice_doctor", "sexual_health_clinic", "dermatology_registrar", "urgent_care_doc",
          "sleep_physician", "sports_cardiologist", "mountain_doctor", "neighbourhood_paediatrician"}  # blind11's deid styles and voices
OLD_STYLES |= {"grandma_in_charge", "night_shift_fragments", "whatsapp_group_paste", "probably_nothing_but", "student_overseas", "symptom_analogies", "false_friends_writer", "lawyerly_precise", "gamer_slang", "complaint_first"}  # blind12's styles
OLD_STYLES |= {"complaint_to_clinic", "school_trip_medical_form", "neighbour_writes_for_elder", "pasted_appointment_reminder", "sports_club_signup"}  # blind12's deid styles
OLD_STYLES |= {"worn_out_ae_registrar", "retired_country_gp", "locum_between_surgeries", "phone_typing_internist", "sarcastic_allergist", "peds_nurse_practitioner", "sage_femme_liberale", "medecin_retraite_benevole"}  # blind12's voices
OLD_STYLES |= {"dictated_to_smart_speaker", "farm_far_from_hospital", "night_nurse_own_child", "hotel_room_abroad", "carer_of_disabled_adult",
          "teen_texting_for_mate", "wearable_alert_copy", "franglais_mix", "retired_teacher_clauses", "sports_coach_athlete"}  # blind13's styles
OLD_STYLES |= {"choir_absence_note", "scout_camp_form", "landlord_repair_request", "new_dentist_registration", "bereavement_leave_email",
          "fourteen_hour_ed_consultant", "gp_texting_from_car", "leaflet_reciting_gp", "snarky_dermatologist", "locum_hospitalist_overseas",
          "telehealth_moonlighter", "urgentiste_epuise", "generaliste_remplacant_outremer"}  # blind13's deid styles and voices
OLD_STYLES |= {"school_nurse_forward", "ship_passenger", "bus_driver_shifts", "grandparent_third_person", "homophone_dictation", "timestamped_chat_paste", "meds_list_first", "regional_francophone", "erasmus_student", "typo_rush_phone"}  # blind14's styles
OLD_STYLES |= {"pharmacy_delivery_note", "gym_freeze_request", "holiday_cover_claim", "care_home_visit_booking", "allotment_plot_application", "rural_locum_cover", "np_supervised_paeds_doc", "replying_from_conference", "leaflet_translating_doc"}  # blind14's deid styles and voices
OLD_STYLES |= {"app_voice_memo_transcript", "line_manager_for_staff", "pharmacy_counter_recap", "parent_awake_3am", "reply_to_own_post", "teen_language_switching", "domiciliary_shift_handover", "abandoned_helpline_call", "courteous_octogenarian", "club_first_aider_report"}  # blind15's styles
OLD_STYLES |= {"deposit_dispute_letter", "school_bus_pass_form", "volunteer_driver_log", "wedding_seating_query", "library_card_renewal", "retired_gp_helpline_volunteer", "night_registrar_on_call", "bullet_point_answerer", "over_explaining_doc"}  # blind15's deid styles and voices
OLD_STYLES |= {"rushed_thumbs_typos", "adult_child_for_frail_parent", "long_ramble_flag_in_middle", "forwarded_family_chat", "new_parent_feed_log", "l1_transfer_writer", "family_carer_diary_entry", "student_nurse_about_relative", "older_sibling_worried", "building_caretaker_note"}  # blind16's styles
OLD_STYLES |= {"class_outing_reply_slip", "home_contents_claim_story", "neighbour_hedge_dispute", "foster_placement_note", "swimming_pool_pass_pause", "prison_healthcare_doctor", "ophthalmologist_precise", "campus_health_gp_casual", "cruise_ship_doctor"}  # blind16's deid styles and voices
OLD_STYLES |= {"school_office_about_pupil", "hotel_night_porter_note", "tablet_autocorrect_grandparent", "bickering_bilingual_couple", "housemate_checking_in", "holidaymaker_abroad_query", "sign_language_go_between", "dictated_behind_the_wheel", "security_guard_incident_note", "youth_worker_about_teen"}  # blind17's styles
OLD_STYLES |= {"parking_fine_appeal", "dog_bite_council_report", "choir_carpool_sheet", "station_lost_property_claim", "tenancy_reference_request"} | {"locum_on_last_shift", "surgeon_between_two_cases", "warm_ex_paeds_np_gp", "bullet_overuser_gp"}  # blind17's deid styles and voices
STYLES = {"dating_app_chat_screenshot", "sexual_health_clinic_queue_text", "partner_writing_for_partner", "menopause_group_post", "ivf_journal_entry", "pharmacy_ec_counter_note", "helpline_advocate_relay", "second_language_midlife_writer", "grown_child_for_ageing_parent", "trans_peer_support_chat"}  # blind31
OLD_STYLES |= set("step_parent_unsure_role teen_babysitting_siblings smart_speaker_log_paste smartwatch_notification_paste video_call_relative_far writes_self_third_person forum_symptoms_copied carer_for_parent_with_dementia family_organiser_app_note baby_monitor_watcher custody_pickup_authorisation funeral_guest_list removal_company_booking childminder_contract family_tree_query between_home_visits_hurried hedged_careful_psychiatrist emoji_exclaiming_gp storytelling_doctor".split())  # blind19's names
assert not STYLES & OLD_STYLES, STYLES & OLD_STYLES
out = []
for lang, mod in (("en", tri_en), ("fr", tri_fr)):
    for n, (kind, cat, spec, style, source, text) in enumerate(mod.ITEMS, 1):
        assert source and len(source) > 5, (lang, n)
        assert kind in ("emergency", "hard_negative", "ordinary"), kind
        assert spec in SPEC, spec
        assert style in STYLES, style
        assert text == text.strip() and len(text) > 40, (lang, n)
        if kind == "ordinary":
            assert cat is None
        else:
            assert cat in ALLCATS, cat
        out.append({"id": f"b31-tri-{lang}-{n:03d}", "lang": lang, "text": text,
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
assert Counter((o["lang"], o["kind"]) for o in out) == Counter({("en", "emergency"): 35, ("fr", "emergency"): 35,
    ("en", "hard_negative"): 25, ("fr", "hard_negative"): 25, ("en", "ordinary"): 20, ("fr", "ordinary"): 20})
assert all(v == 8 for v in Counter((o["style"], o["lang"]) for o in out).values()) and len(set(o["style"] for o in out)) == 10
print(Counter((o["lang"], o["kind"]) for o in out))
print("styles", sorted(Counter((o["style"], o["kind"][0]) for o in out).items()))
cats = Counter(o["category"] for o in out if o["emergency"])
print("cats", len(cats), sorted(cats.items()))
print("mimics", sorted(Counter(o["mimics"] for o in out if o["kind"] == "hard_negative").items()))
print("spec", Counter(o["specialty"] for o in out).most_common())
ncommon = sum(1 for o in out if o["emergency"] and o["category"] in COMMON)
print("COMMON emergencies:", ncommon, "other:", 70 - ncommon, sorted(c for c in cats if c not in COMMON))
assert ncommon >= 58
# blind17 (as blind16, blind15's brief): at least 4 seizure, 4 stroke, 3 cauda equina, 4 suicide (adult + minor, both present), 3 sepsis
assert cats["cauda_equina"] >= 3 and cats["stroke"] >= 4 and cats["seizure"] >= 4 and cats["sepsis"] >= 3, cats
assert cats["suicide_adult"] + cats["suicide_minor"] >= 4 and cats["suicide_adult"] and cats["suicide_minor"], cats
assert cats["torsion"] >= 2 and cats["head_injury"] >= 3 and cats["anaphylaxis"] >= 3 and cats["pregnancy"] >= 3, cats
# blind17: every style has an emergency in both languages (kept from blind16: a non-native writer (l1_transfer_writer) and a relative for an elderly parent in both languages
assert all(any(o["style"] == s and o["lang"] == l and o["emergency"] for o in out) for s in STYLES for l in ("en", "fr"))
# blind17: posterior stroke, ACS in women/diabetics, status, DKA in teens etc. are in the texts; also assert breadth
assert cats["poisoning"] >= 3 and cats["diabetic"] >= 3 and cats["meningitis"] >= 3 and cats["breathing"] >= 3 and cats["burn"] >= 2, cats
assert all(not re.search(r"\b(b17|blind17|b19|blind19|b21|blind21|b23|blind23|b24|blind24|b25|blind25|b26|blind26|b27|blind27|b28|blind28|b29|blind29|b30|blind30|b31|blind31)\b", o["text"]) for o in out)
# blind19: suicide_minor in both languages; every style's hard negatives and ordinaries in both languages
assert all(any(o["lang"] == l and o["category"] == "suicide_minor" for o in out) for l in ("en", "fr"))
assert all(any(o["style"] == s and o["lang"] == l and o["kind"] == k for o in out) for s in STYLES for l in ("en", "fr") for k in ("hard_negative", "ordinary"))
# blind29's theme asserts dropped. blind31: sexual and reproductive health, relationships and midlife;
# early-pregnancy emergencies (ectopic, miscarriage, abortion bleeding), sepsis (post-procedure, post-biopsy), head injuries
# after partner violence well represented; strangulation and HIV PEP in both languages; one suicide_minor per language
assert cats["pregnancy"] >= 8 and cats["sepsis"] >= 5 and cats["head_injury"] >= 4, cats
assert cats["strangulation"] == 2 and cats["hiv_pep"] == 2 and cats["suicide_minor"] == 2, cats
assert all(any(o["lang"] == l and o["category"] == c for o in out) for l in ("en", "fr") for c in ("strangulation", "hiv_pep", "pregnancy"))
