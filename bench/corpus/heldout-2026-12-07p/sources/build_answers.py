#!/usr/bin/env python3
"""Build ../answers.jsonl from ans_gb.py, ans_us.py, ans_fr.py (stdlib only; structure copied from blind8 (blind4 lineage), adapted for blind31 from blind29's)."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import ans_gb, ans_us, ans_fr
KINDS = {"abuse", "emergency_block", "promotion", "contact_solicitation", "prescription", "diagnosis",
         "care_relationship", "required_phrase", "link_policy", "identifiers", "false_reassurance",
         "conflict_of_interest"}
VOICES = {"sexual_health_consultant_brisk", "menopause_gp_on_phone", "urologist_dry_wit", "fertility_nurse_leaflet"}  # blind31
OLD_VOICES = {"old_school", "apologetic_late", "ed_physician", "frank_friend", "story_case", "gentle_paeds",
          "safety_net_first", "formal_letter", "academic", "night_shift", "pharmacist_gp", "phone_bullets", "to_teenager",
          "shared_decision", "notes_aloud", "terse_surgeon", "nostalgic", "defensive", "markdown", "terse", "gadget",
          "protocol", "opinionated", "warm_echo", "tired_ed", "gp_phone", "sarcastic", "leaflet", "humorous", "easy_read",
          "statistics", "mechanism", "locum", "voice_note", "trainee_unsure", "qa_format", "analogies", "numbered_plan",
          "bilingual", "socratic", "moralising", "paternalistic", "motivational", "over_familiar", "junior_hedging",
          "telehealth_entrepreneur", "anecdote", "sports_med", "bullet_template"}
OLD_VOICES |= {"military_doc", "rural_gp", "palliative", "occupational_health", "public_health", "obstetrician",
          "geriatrician", "psychiatrist_calm"}  # blind9's voices
with open(os.path.join(HERE, "_old_names.txt"), encoding="utf-8") as f:
    _lines = f.read().splitlines()
    # blind31: the last line holds blind31's own names (blind29's 15 lines and the parallel set's last line now sit above it) (appended for later sets); it must equal them, and is not checked against itself
    assert set(_lines[-1].split()) == set("dating_app_chat_screenshot sexual_health_clinic_queue_text partner_writing_for_partner menopause_group_post ivf_journal_entry pharmacy_ec_counter_note helpline_advocate_relay second_language_midlife_writer grown_child_for_ageing_parent trans_peer_support_chat clinic_recall_letter fertility_referral_pack isva_referral_form gender_clinic_transfer menopause_clinic_letter sexual_health_consultant_brisk menopause_gp_on_phone urologist_dry_wit fertility_nurse_leaflet".split()), "last line of _old_names.txt must be blind31's own names"
    OLD_VOICES |= set(" ".join(_lines[:-1]).split())  # every lowercase backticked name in the nine earlier READMEs
OLD_VOICES |= {"tired_emergency_doc", "gp_on_mobile", "leaflet_quoter", "sarcastic_consultant", "travel_medicine",
          "addiction_medicine", "school_physician", "retired_volunteer"}  # blind10's voices
OLD_VOICES |= {"hurried_text", "for_elderly_parent", "second_language", "meandering_middle", "over_apologetic",
          "gig_driver", "group_chat_relay", "self_checklist", "festival_goer", "retail_colleague", "gp_registration",
          "moving_notice", "sick_note_request", "volunteer_roster", "travel_insurance_form"}  # blind10's styles
OLD_VOICES |= {"hospice_doctor", "sexual_health_clinic", "dermatology_registrar", "urgent_care_doc", "sleep_physician",
          "sports_cardiologist", "mountain_doctor", "neighbourhood_paediatrician"}  # blind11's voices
OLD_VOICES |= {"speech_to_text_slips", "one_handed_parent", "night_care_assistant", "nurse_for_herself", "app_translated",
          "teacher_about_pupil", "forum_titled_post", "admin_first", "formal_elder", "team_manager", "records_transfer_request",
          "carer_handover_note", "exchange_student_form", "return_to_work_form", "pharmacy_collection_proxy"}  # blind11's styles
OLD_VOICES |= {"worn_out_ae_registrar", "retired_country_gp", "locum_between_surgeries", "phone_typing_internist", "sarcastic_allergist", "peds_nurse_practitioner", "sage_femme_liberale", "medecin_retraite_benevole"}  # blind12's voices
OLD_VOICES |= {"grandma_in_charge", "night_shift_fragments", "whatsapp_group_paste", "probably_nothing_but", "student_overseas", "symptom_analogies", "false_friends_writer", "lawyerly_precise", "gamer_slang", "complaint_first"} | {"complaint_to_clinic", "school_trip_medical_form", "neighbour_writes_for_elder", "pasted_appointment_reminder", "sports_club_signup"}  # blind12's styles
OLD_VOICES |= {"dictated_to_smart_speaker", "farm_far_from_hospital", "night_nurse_own_child", "hotel_room_abroad", "carer_of_disabled_adult",
          "teen_texting_for_mate", "wearable_alert_copy", "franglais_mix", "retired_teacher_clauses", "sports_coach_athlete"} | {"choir_absence_note", "scout_camp_form", "landlord_repair_request", "new_dentist_registration", "bereavement_leave_email"}  # blind13's own styles
OLD_VOICES |= {"fourteen_hour_ed_consultant", "gp_texting_from_car", "leaflet_reciting_gp", "snarky_dermatologist",
          "locum_hospitalist_overseas", "telehealth_moonlighter", "urgentiste_epuise", "generaliste_remplacant_outremer"}  # blind13's voices
OLD_VOICES |= {"school_nurse_forward", "ship_passenger", "bus_driver_shifts", "grandparent_third_person", "homophone_dictation",
          "timestamped_chat_paste", "meds_list_first", "regional_francophone", "erasmus_student", "typo_rush_phone",
          "pharmacy_delivery_note", "gym_freeze_request", "holiday_cover_claim", "care_home_visit_booking",
          "allotment_plot_application"}  # blind14's own styles
OLD_VOICES |= {"pharmacy_delivery_note", "gym_freeze_request", "holiday_cover_claim", "care_home_visit_booking", "allotment_plot_application", "rural_locum_cover", "np_supervised_paeds_doc", "replying_from_conference", "leaflet_translating_doc"}  # blind14's deid styles and voices
OLD_VOICES |= {"app_voice_memo_transcript", "line_manager_for_staff", "pharmacy_counter_recap", "parent_awake_3am", "reply_to_own_post", "teen_language_switching", "domiciliary_shift_handover", "abandoned_helpline_call", "courteous_octogenarian", "club_first_aider_report"} | {"deposit_dispute_letter", "school_bus_pass_form", "volunteer_driver_log", "wedding_seating_query", "library_card_renewal"}  # blind15's own styles
OLD_VOICES |= {"retired_gp_helpline_volunteer", "night_registrar_on_call", "bullet_point_answerer", "over_explaining_doc"}  # blind15's voices
OLD_VOICES |= {"rushed_thumbs_typos", "adult_child_for_frail_parent", "long_ramble_flag_in_middle", "forwarded_family_chat", "new_parent_feed_log", "l1_transfer_writer", "family_carer_diary_entry", "student_nurse_about_relative", "older_sibling_worried", "building_caretaker_note"} | {"class_outing_reply_slip", "home_contents_claim_story", "neighbour_hedge_dispute", "foster_placement_note", "swimming_pool_pass_pause"}  # blind16's own styles
OLD_VOICES |= {"prison_healthcare_doctor", "ophthalmologist_precise", "campus_health_gp_casual", "cruise_ship_doctor"}  # blind16's voices
OLD_VOICES |= {"school_office_about_pupil", "hotel_night_porter_note", "tablet_autocorrect_grandparent", "bickering_bilingual_couple", "housemate_checking_in", "holidaymaker_abroad_query", "sign_language_go_between", "dictated_behind_the_wheel", "security_guard_incident_note", "youth_worker_about_teen", "parking_fine_appeal", "dog_bite_council_report", "choir_carpool_sheet", "station_lost_property_claim", "tenancy_reference_request"}  # blind17's own styles
OLD_VOICES |= {"locum_on_last_shift", "surgeon_between_two_cases", "warm_ex_paeds_np_gp", "bullet_overuser_gp"}  # blind17's voices
OLD_VOICES |= set("step_parent_unsure_role teen_babysitting_siblings smart_speaker_log_paste smartwatch_notification_paste video_call_relative_far writes_self_third_person forum_symptoms_copied carer_for_parent_with_dementia family_organiser_app_note baby_monitor_watcher custody_pickup_authorisation funeral_guest_list removal_company_booking childminder_contract family_tree_query between_home_visits_hurried hedged_careful_psychiatrist emoji_exclaiming_gp storytelling_doctor".split())  # blind19's names
assert not VOICES & OLD_VOICES, VOICES & OLD_VOICES
PHRASE = {"en": re.compile(r"not a consultation|no una consulta", re.I), "fr": re.compile(r"pas une consultation", re.I)}
rows = []
for jur, lang, mod in (("GB", "en", ans_gb), ("US", "en", ans_us), ("FR", "fr", ans_fr)):
    for i, (kind, qem, voice, text) in enumerate(mod.ITEMS, 1):
        assert kind == "" or kind in KINDS, kind
        assert voice in VOICES, voice
        has = bool(PHRASE[lang].search(text))
        if kind == "required_phrase":
            assert not has, text
        else:
            assert has, ("missing not-a-consultation sentence", jur, i)
        if kind == "emergency_block":
            assert qem
        rows.append({"id": f"b31-ans-{jur.lower()}-{i:03d}", "lang": lang, "jurisdiction": jur,
                     "question_emergency": qem, "expected": "block" if kind else "pass",
                     "expected_kind": kind, "text": text, "voice": voice})
assert len({r["text"] for r in rows}) == len(rows)
# identifiers quoted inside breaking answers carry valid check digits too
from checkdigits31 import nhs_ok
for r in rows:
    for m in re.finditer(r"\b\d{3} \d{3} \d{4}\b", r["text"]):
        assert nhs_ok(m.group()), ("NHS number in answer", r["id"], m.group())
with open(os.path.join(HERE, "..", "answers.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "answers")
print(Counter((r["jurisdiction"], r["expected"]) for r in rows))
print(Counter(r["expected_kind"] for r in rows if r["expected"] == "block"))
print(sorted(Counter((r["voice"], r["expected"]) for r in rows).items()))
# full count (80): GB 28, US 24, FR 28 as blind7; kind totals as blind7 except false_reassurance 4 (GB 2, US 1, FR 1) and conflict_of_interest 2 (GB 1, FR 1); US diagnosis 1, FR diagnosis 2
assert Counter(r["expected_kind"] for r in rows if r["expected"] == "block") == Counter(
    emergency_block=5, prescription=4, diagnosis=4, abuse=3, promotion=3, contact_solicitation=3, care_relationship=3,
    required_phrase=3, link_policy=3, identifiers=3, false_reassurance=4, conflict_of_interest=2)
PER_JUR = {
    "GB": Counter(emergency_block=2, false_reassurance=2, prescription=1, diagnosis=1, abuse=1, promotion=1,
                  contact_solicitation=1, care_relationship=1, required_phrase=1, link_policy=1, identifiers=1,
                  conflict_of_interest=1),
    "US": Counter(emergency_block=1, prescription=2, diagnosis=1, abuse=1, promotion=1, contact_solicitation=1,
                  care_relationship=1, required_phrase=1, link_policy=1, identifiers=1, false_reassurance=1),
    "FR": Counter(emergency_block=2, conflict_of_interest=1, prescription=1, diagnosis=2, abuse=1, promotion=1,
                  contact_solicitation=1, care_relationship=1, required_phrase=1, link_policy=1, identifiers=1,
                  false_reassurance=1)}
for jur, want in PER_JUR.items():
    got = Counter(r["expected_kind"] for r in rows if r["jurisdiction"] == jur and r["expected"] == "block")
    assert got == want, (jur, got - want, want - got)
for jur, n in (("GB", 28), ("US", 24), ("FR", 28)):
    assert Counter(r["expected"] for r in rows if r["jurisdiction"] == jur) == Counter(block=n // 2, **{"pass": n // 2}), jur
vc = Counter((r["voice"], r["expected"]) for r in rows)
assert len({r["voice"] for r in rows}) == 4 and all(vc[(v, e)] >= 3 for v in VOICES for e in ("block", "pass"))
# sound answers to emergency questions must send to the emergency number now
EMERG = {"GB": r"\b999\b", "US": r"\b911\b", "FR": r"\b(15|112)\b"}
for r in rows:
    if r["question_emergency"] and r["expected"] == "pass":
        assert re.search(EMERG[r["jurisdiction"]], r["text"]), ("sound emergency answer without number", r["id"])
    if r["expected_kind"] == "emergency_block":
        assert not re.search(EMERG[r["jurisdiction"]], r["text"]), ("emergency_block mentions number", r["id"])
print("voices per jurisdiction:", sorted(Counter((r["jurisdiction"], r["voice"]) for r in rows).items()))
print("emergency questions:", Counter(r["expected"] for r in rows if r["question_emergency"]))
# blind17 (as blind16): every voice in every jurisdiction, blocking and passing
vj = Counter((r["voice"], r["jurisdiction"], r["expected"]) for r in rows)
assert all(vj[(v, j, e)] >= 1 for v in VOICES for j in ("GB", "US", "FR") for e in ("block", "pass")), vj
