"""blind31's own style and voice names (the last line of _old_names.txt). Run it to check that line; the builders hold the same list in their asserts."""
import os
TRIAGE_STYLES = "dating_app_chat_screenshot sexual_health_clinic_queue_text partner_writing_for_partner menopause_group_post ivf_journal_entry pharmacy_ec_counter_note helpline_advocate_relay second_language_midlife_writer grown_child_for_ageing_parent trans_peer_support_chat".split()
DEID_STYLES = "clinic_recall_letter fertility_referral_pack isva_referral_form gender_clinic_transfer menopause_clinic_letter".split()
VOICES = "sexual_health_consultant_brisk menopause_gp_on_phone urologist_dry_wit fertility_nurse_leaflet".split()
NAMES = TRIAGE_STYLES + DEID_STYLES + VOICES
if __name__ == "__main__":
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "_old_names.txt"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert lines[-1].split() == NAMES
    assert not set(NAMES) & set(" ".join(lines[:-1]).split())
    print(len(NAMES), "names; line", len(lines))
