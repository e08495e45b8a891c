"""blind30's own names (the last line of _old_names.txt), shared by the three builders."""
TRI_STYLES = {"barracks_thumb_typed_rush", "forces_spouse_patch_message", "veteran_parent_written_by_child", "commonwealth_recruit_second_language", "post_shift_ramble_buried_flag", "crew_radio_log_pasted", "veterans_charity_caseworker_referral", "lifeboat_coastguard_pager_reply", "prison_officer_landing_note", "deployed_partner_satellite_relay"}
DEID_STYLES = {"service_leaver_resettlement_file", "veterans_pension_claim_bundle", "watch_roster_shift_swap_sheet", "injury_on_duty_report", "service_family_housing_welfare_form"}
VOICES = {"veterans_clinic_gp_straight_talk", "prehospital_doctor_now_next_later", "sarcastic_trauma_surgeon_ex_army", "base_medical_officer_quoting_leaflet"}
ALL = TRI_STYLES | DEID_STYLES | VOICES
