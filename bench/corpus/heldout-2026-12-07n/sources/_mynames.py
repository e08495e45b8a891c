"""blind29's own style and voice names (the last line of _old_names.txt). Run it to check that line; the builders hold the same list in their asserts."""
import os
TRIAGE_STYLES = "outreach_worker_street_note hostel_keyworker_incident_log sofa_surfer_borrowed_phone needle_exchange_counter_chat prison_release_day_message probation_officer_email refuge_support_worker_relay asylum_hotel_translated_note food_bank_volunteer_aside custody_suite_detention_log".split()
DEID_STYLES = "hostel_referral_form probation_pre_sentence_report oat_prescription_transfer refuge_move_on_letter asylum_support_application".split()
VOICES = "harm_reduction_nurse_frank addiction_psychiatrist_measured street_medicine_gp_plain prison_gp_by_the_book".split()
NAMES = TRIAGE_STYLES + DEID_STYLES + VOICES
if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_old_names.txt"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert lines[-1].split() == NAMES
    assert not set(NAMES) & set(" ".join(lines[:-1]).split())
    print(len(NAMES), "names; line", len(lines))
