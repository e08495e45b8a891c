"""blind27's own names (the last line of _old_names.txt), shared by the three builders."""
TRI_STYLES = {"sheltered_housing_warden_log", "home_carer_visit_app_notes", "phone_dictation_unpunctuated", "grandchild_writing_for_grandparent", "discharge_day_family_thread", "telecare_alarm_callback_note", "widowed_rambling_letter", "dosette_box_pharmacy_query", "dialysis_day_message", "overseas_child_about_parent_home"}
DEID_STYLES = {"home_care_package_referral", "attorney_and_guardianship_papers", "palliative_bed_request_letter", "residential_care_admission_file", "bereavement_estate_letters"}
VOICES = {"care_of_elderly_consultant_slow", "renal_physician_numbers_first", "palliative_gp_plain_words", "memory_clinic_doctor_to_family"}
ALL = TRI_STYLES | DEID_STYLES | VOICES
