#!/usr/bin/env python3
"""Build ../deid.jsonl from deid_en.py / deid_fr.py markup (stdlib only; structure copied from blind9 (blind4 lineage), adapted for blind31 from blind29's; needs python-stdnum: run with /work/main/.venv/bin/python).
[[LABEL:text]] -> gold span with LABEL; {{text}} -> medical span (must not be redacted).
Every offset is verified by slicing; ID numbers with a check-digit scheme are verified too."""
import json, os, re, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import deid_en, deid_fr
from ids31 import SCHEME, VALIDATORS

LABELS = {"PERSON", "DATE_OF_BIRTH", "DATE", "AGE_OVER_89", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "CITY",
          "ID_NUMBER", "URL", "IP_ADDRESS", "ORGANIZATION"}
STYLES = {"clinic_recall_letter", "fertility_referral_pack", "isva_referral_form", "gender_clinic_transfer", "menopause_clinic_letter"}  # blind31
OLD_DEID_STYLES = {"club_membership_form", "parcel_chat", "benefits_appeal", "flatshare_ad", "parish_newsletter",
          "job_application", "pharmacy_order", "new_places", "translit", "institutions", "dictated", "letter_fragment",
          "handles", "date_forms", "rural_address", "old_age", "signature", "compound_names", "regions", "checkdigit_ids",
          "phone_shapes", "email_obfusc", "short_orgs", "brand_traps", "relative_dates", "voice_transcript",
          "complaint_letter", "whatsapp_export", "cv_background", "form_fill", "religious_calendar", "travel_itinerary",
          "crowdfunding_appeal", "po_box", "plural_address", "particle_names", "contacts_mix", "employer_orgs",
          "timeline_dates", "new_regions", "new_ids", "brand_namesakes", "school_absence_note", "insurance_claim",
          "tenancy_letter"}
OLD_DEID_STYLES |= {"school_trip_consent", "funeral_notice", "marketplace_listing", "visa_invitation", "jury_excusal",
          "reunion_invite", "lost_property"}  # blind9's deid styles
with open(os.path.join(HERE, "_old_names.txt"), encoding="utf-8") as f:
    _lines = f.read().splitlines()
    # blind31: the last line holds blind31's own names (blind29's 15 lines and the parallel set's last line now sit above it) (appended for later sets); it must equal them, and is not checked against itself
    assert set(_lines[-1].split()) == set("dating_app_chat_screenshot sexual_health_clinic_queue_text partner_writing_for_partner menopause_group_post ivf_journal_entry pharmacy_ec_counter_note helpline_advocate_relay second_language_midlife_writer grown_child_for_ageing_parent trans_peer_support_chat clinic_recall_letter fertility_referral_pack isva_referral_form gender_clinic_transfer menopause_clinic_letter sexual_health_consultant_brisk menopause_gp_on_phone urologist_dry_wit fertility_nurse_leaflet".split()), "last line of _old_names.txt must be blind31's own names"
    OLD_DEID_STYLES |= set(" ".join(_lines[:-1]).split())  # every lowercase backticked name in the nine earlier READMEs
OLD_DEID_STYLES |= {"gp_registration", "moving_notice", "sick_note_request", "volunteer_roster",
          "travel_insurance_form"}  # blind10's deid styles
OLD_DEID_STYLES |= {"hurried_text", "for_elderly_parent", "second_language", "meandering_middle", "over_apologetic",
          "gig_driver", "group_chat_relay", "self_checklist", "festival_goer", "retail_colleague", "tired_emergency_doc",
          "gp_on_mobile", "leaflet_quoter", "sarcastic_consultant", "travel_medicine", "addiction_medicine",
          "school_physician", "retired_volunteer"}  # blind10's triage styles and voices
OLD_DEID_STYLES |= {"records_transfer_request", "carer_handover_note", "exchange_student_form", "return_to_work_form",
          "pharmacy_collection_proxy"}  # blind11's deid styles
OLD_DEID_STYLES |= {"speech_to_text_slips", "one_handed_parent", "night_care_assistant", "nurse_for_herself", "app_translated",
          "teacher_about_pupil", "forum_titled_post", "admin_first", "formal_elder", "team_manager", "hospice_doctor",
          "sexual_health_clinic", "dermatology_registrar", "urgent_care_doc", "sleep_physician", "sports_cardiologist",
          "mountain_doctor", "neighbourhood_paediatrician"}  # blind11's triage styles and voices
OLD_DEID_STYLES |= {"complaint_to_clinic", "school_trip_medical_form", "neighbour_writes_for_elder", "pasted_appointment_reminder", "sports_club_signup"}  # blind12's deid styles
OLD_DEID_STYLES |= {"grandma_in_charge", "night_shift_fragments", "whatsapp_group_paste", "probably_nothing_but", "student_overseas", "symptom_analogies", "false_friends_writer", "lawyerly_precise", "gamer_slang", "complaint_first"}  # blind12's triage styles
OLD_DEID_STYLES |= {"worn_out_ae_registrar", "retired_country_gp", "locum_between_surgeries", "phone_typing_internist", "sarcastic_allergist", "peds_nurse_practitioner", "sage_femme_liberale", "medecin_retraite_benevole"}  # blind12's voices
OLD_DEID_STYLES |= {"dictated_to_smart_speaker", "farm_far_from_hospital", "night_nurse_own_child", "hotel_room_abroad", "carer_of_disabled_adult",
          "teen_texting_for_mate", "wearable_alert_copy", "franglais_mix", "retired_teacher_clauses", "sports_coach_athlete"}  # blind13's own triage styles
OLD_DEID_STYLES |= {"choir_absence_note", "scout_camp_form", "landlord_repair_request", "new_dentist_registration", "bereavement_leave_email",
          "fourteen_hour_ed_consultant", "gp_texting_from_car", "leaflet_reciting_gp", "snarky_dermatologist", "locum_hospitalist_overseas",
          "telehealth_moonlighter", "urgentiste_epuise", "generaliste_remplacant_outremer"}  # blind13's deid styles and voices
OLD_DEID_STYLES |= {"school_nurse_forward", "ship_passenger", "bus_driver_shifts", "grandparent_third_person", "homophone_dictation",
          "timestamped_chat_paste", "meds_list_first", "regional_francophone", "erasmus_student", "typo_rush_phone"}  # blind14's own triage styles
OLD_DEID_STYLES |= {"pharmacy_delivery_note", "gym_freeze_request", "holiday_cover_claim", "care_home_visit_booking", "allotment_plot_application", "rural_locum_cover", "np_supervised_paeds_doc", "replying_from_conference", "leaflet_translating_doc"}  # blind14's deid styles and voices
OLD_DEID_STYLES |= {"deposit_dispute_letter", "school_bus_pass_form", "volunteer_driver_log", "wedding_seating_query", "library_card_renewal", "retired_gp_helpline_volunteer", "night_registrar_on_call", "bullet_point_answerer", "over_explaining_doc"}  # blind15's deid styles and voices
OLD_DEID_STYLES |= {"app_voice_memo_transcript", "line_manager_for_staff", "pharmacy_counter_recap", "parent_awake_3am", "reply_to_own_post", "teen_language_switching", "domiciliary_shift_handover", "abandoned_helpline_call", "courteous_octogenarian", "club_first_aider_report"}  # blind15's triage styles
OLD_DEID_STYLES |= {"class_outing_reply_slip", "home_contents_claim_story", "neighbour_hedge_dispute", "foster_placement_note", "swimming_pool_pass_pause", "prison_healthcare_doctor", "ophthalmologist_precise", "campus_health_gp_casual", "cruise_ship_doctor"}  # blind16's deid styles and voices
OLD_DEID_STYLES |= {"rushed_thumbs_typos", "adult_child_for_frail_parent", "long_ramble_flag_in_middle", "forwarded_family_chat", "new_parent_feed_log", "l1_transfer_writer", "family_carer_diary_entry", "student_nurse_about_relative", "older_sibling_worried", "building_caretaker_note"}  # blind16's triage styles
OLD_DEID_STYLES |= {"parking_fine_appeal", "dog_bite_council_report", "choir_carpool_sheet", "station_lost_property_claim", "tenancy_reference_request"} | {"school_office_about_pupil", "hotel_night_porter_note", "tablet_autocorrect_grandparent", "bickering_bilingual_couple", "housemate_checking_in", "holidaymaker_abroad_query", "sign_language_go_between", "dictated_behind_the_wheel", "security_guard_incident_note", "youth_worker_about_teen"} | {"locum_on_last_shift", "surgeon_between_two_cases", "warm_ex_paeds_np_gp", "bullet_overuser_gp"}  # blind17's deid styles, triage styles and voices
OLD_DEID_STYLES |= set("step_parent_unsure_role teen_babysitting_siblings smart_speaker_log_paste smartwatch_notification_paste video_call_relative_far writes_self_third_person forum_symptoms_copied carer_for_parent_with_dementia family_organiser_app_note baby_monitor_watcher custody_pickup_authorisation funeral_guest_list removal_company_booking childminder_contract family_tree_query between_home_visits_hurried hedged_careful_psychiatrist emoji_exclaiming_gp storytelling_doctor".split())  # blind19's names
assert not STYLES & OLD_DEID_STYLES, STYLES & OLD_DEID_STYLES
TOK = re.compile(r"\[\[([A-Z_0-9]+):(.+?)\]\]|\{\{(.+?)\}\}", re.S)

def parse(marked):
    out, spans, med, pos, n = [], [], [], 0, 0
    for m in TOK.finditer(marked):
        out.append(marked[pos:m.start()]); n += m.start() - pos
        if m.group(1):
            lab, txt = m.group(1), m.group(2)
            assert lab in LABELS, lab
            spans.append({"start": n, "end": n + len(txt), "label": lab})
        else:
            txt = m.group(3)
            med.append({"start": n, "end": n + len(txt)})
        out.append(txt); n += len(txt); pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, text
    return text, spans, med

CHECKED = Counter()
def check_id(s):
    """Every ID_NUMBER must be one of blind31's listed identifiers and pass its scheme's stdnum validator (asserted)."""
    t = s.strip()
    assert t in SCHEME, ("unlisted ID", t)
    assert VALIDATORS[SCHEME[t]].is_valid(t), (SCHEME[t], t)
    CHECKED[SCHEME[t]] += 1

rows, lab_count, med_n = [], Counter(), 0
for lang, mod in (("en", deid_en), ("fr", deid_fr)):
    for i, (style, marked) in enumerate(mod.ITEMS, 1):
        assert style in STYLES, style
        text, spans, med = parse(marked)
        every = sorted([(s["start"], s["end"]) for s in spans] + [(m["start"], m["end"]) for m in med])
        for (a, b), (c, d) in zip(every, every[1:]):
            assert b <= c, ("overlap", lang, i, text[a:b], text[c:d])
        want = [(m.group(1), m.group(2)) for m in TOK.finditer(marked) if m.group(1)]
        assert [(s["label"], text[s["start"]:s["end"]]) for s in spans] == want
        wantm = [m.group(3) for m in TOK.finditer(marked) if m.group(3)]
        assert [text[m["start"]:m["end"]] for m in med] == wantm
        for s in spans:
            seg = text[s["start"]:s["end"]]
            assert seg == seg.strip() and seg, ("whitespace at span edge", seg)
            if s["label"] == "PERSON":
                assert not re.match(r"(?i)(Maman|Papa|Man|Bibi|Br|Sr|Haji|Mr|Mrs|Ms|Fr|Frère|Dr|Dra|Dre|Mme|Mlle|M|Pr|Prof|Abbé|Père|Sœur|Tonton|Tata|Auntie|Uncle|Nanna|Nan|Gran|Mémé|Papi|Mamie|Imam|Rabbi|Pastor|Sister)\.? ", seg) and seg not in ("Mr", "Mrs", "Mme", "Dr"), ("title inside PERSON", seg)
            if s["label"] == "ID_NUMBER":
                check_id(seg)
            lab_count[s["label"]] += 1
        med_n += len(med)
        rows.append({"id": f"b31-deid-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans,
                     "medical": med, "style": style})
assert len({r["text"] for r in rows}) == len(rows)
with open(os.path.join(HERE, "..", "deid.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "questions;", sum(lab_count.values()), "spans;", med_n, "medical")
print(dict(lab_count.most_common()))
print(Counter((r["lang"], r["style"]) for r in rows))
print("ids checked:", dict(CHECKED))
print("labels/lang", sorted(Counter((r["lang"], s["label"]) for r in rows for s in r["spans"]).items()))
assert len(CHECKED) >= 5, CHECKED
from ids31 import NEW_SCHEMES
assert len(NEW_SCHEMES & set(CHECKED)) >= 3, CHECKED
assert set(CHECKED) == set(VALIDATORS), set(VALIDATORS) - set(CHECKED)
print('styles per lang:', sorted(Counter((r['style'], r['lang']) for r in rows).items()))
assert all(v == 10 for v in Counter((r['style'], r['lang']) for r in rows).values())
print('ID schemes:', len(CHECKED))
assert len(rows) in (60, 100) and sum(r['lang'] == 'en' for r in rows) == len(rows) // 2
# blind21: patient lists and payslips are dense; 690-800 identifier spans (blind19 asserted 740-800)
# blind23: group chats, mod logs and Erasmus e-mails are dense with handles, orgs and dates; 850-920 identifier spans (above blind21's 690-800, noted in README)
# blind24: 800-920 identifier spans; blind26 keeps the band (review forms, applications, referrals, consent letters, club sheets)
assert 800 <= sum(lab_count.values()) <= 920, sum(lab_count.values())
# blind17 (as blind16): brand drugs and devices are medical spans; at least 3 new ID schemes (asserted above); lowercase names in both languages
assert med_n >= 150, med_n
assert sum(1 for r in rows for s in r["spans"] if s["label"] == "PERSON" and r["text"][s["start"]:s["end"]].islower()) >= 6
# blind21: new places (Belgium, Québec, Ontario, Wales, Northern England, Nord, Occitanie, Côte d'Ivoire, Mauritius, Guyane) appear as CITY
_cities = {r["text"][s["start"]:s["end"]] for r in rows for s in r["spans"] if s["label"] == "CITY"}
# blind31: sexual health, fertility, advocacy, gender and menopause clinics; the theme's places appear as CITY,
# Canadian postal codes (Montréal, Toronto, Halifax) and Irish Eircodes as POSTCODE
assert {"Dublin", "Cork", "Galway", "Manchester", "Brighton", "Toronto", "Montréal", "Québec", "Paris", "Lyon", "Bruxelles", "Lausanne", "Genève", "Abidjan", "Kinshasa", "Fort-de-France"} <= _cities, _cities
_pcs = {r["text"][s["start"]:s["end"]] for r in rows for s in r["spans"] if s["label"] == "POSTCODE"}
assert sum(1 for p in _pcs if re.fullmatch(r"[A-Z]\d[A-Z] ?\d[A-Z]\d", p)) >= 4, _pcs  # Canadian postal codes
assert sum(1 for p in _pcs if re.fullmatch(r"[AC-FHKNPRTV-Y]\d[\dW] [\dAC-FHKNPRTV-Y]{4}", p)) >= 3, _pcs  # Eircodes
assert sum(1 for r in rows for s in r["spans"] if s["label"] == "PERSON" and r["text"][s["start"]:s["end"]].islower()) >= 8
