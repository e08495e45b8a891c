"""blind25's own names (the last line of _old_names.txt), shared by the three builders."""
TRI_STYLES = {"strava_comment_thread", "refuge_logbook_entry", "club_whatsapp_after_match", "ski_school_note_to_parents", "dive_log_remarks", "campsite_reception_note", "expat_forum_costa_thread", "camino_blog_post", "departure_gate_text", "vanlife_campervan_post"}
DEID_STYLES = {"travel_insurance_claim_email", "riding_stables_incident_book", "ski_hire_waiver_form", "snowbird_residency_paperwork", "club_tour_rooming_list"}
VOICES = {"race_day_retired_volunteer_doc", "expedition_doctor_satphone", "travel_clinic_checklist_doc", "sports_physician_dry_humour"}
ALL = TRI_STYLES | DEID_STYLES | VOICES
