"""blind28's own names (the last line of _old_names.txt), shared by the three builders."""
TRI_STYLES = {"personal_assistant_shift_text", "relay_interpreter_transcribed", "screen_reader_dictation_slips", "autistic_adult_numbered_literal", "cgm_pump_alert_paste", "benefits_assessment_form_aside", "job_coach_supported_employment_note", "accessible_transport_journey_report", "transplant_ibd_portal_message", "adapted_home_repair_request"}
DEID_STYLES = {"access_to_work_grant_papers", "direct_payments_pa_payroll", "disability_benefit_appeal_bundle", "home_adaptation_grant_application", "travel_assistance_booking_record"}
VOICES = {"spinal_injuries_consultant_practical", "diabetes_technology_lead_checklist", "screen_reader_friendly_neurologist", "occupational_physician_rights_aware"}
ALL = TRI_STYLES | DEID_STYLES | VOICES
