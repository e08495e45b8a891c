from django.urls import path

from patient_portal import exchange_views, feedback_views, library, question_views, views

app_name = "patient_portal"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("signup/sent/", views.signup_sent, name="signup_sent"),
    path("signup/confirm/<str:token>/", views.signup_confirm, name="signup_confirm"),
    path("ask/", question_views.ask, name="ask"),
    path("urgent/", question_views.urgent_check, name="urgent_check"),
    path("questions/", views.question_list, name="question_list"),
    path("questions/<int:question_id>/", views.question_detail, name="question_detail"),
    path("questions/<int:question_id>/preview/", question_views.preview, name="question_preview"),
    path("questions/<int:question_id>/edit/", question_views.edit, name="question_edit"),
    path(
        "questions/<int:question_id>/withdraw/", question_views.withdraw, name="question_withdraw"
    ),
    path("questions/<int:question_id>/delete/", question_views.delete, name="question_delete"),
    path(
        "questions/<int:question_id>/publication/",
        views.question_publication,
        name="question_publication",
    ),
    path("notifications/", views.notification_list, name="notifications"),
    path("library/", library.library, name="library"),
    path("library/<int:answer_id>/", library.library_entry, name="library_entry_short"),
    path("library/<int:answer_id>/<slug:slug>/", library.library_entry, name="library_entry"),
    path("questions/<int:question_id>/message/", exchange_views.message, name="question_message"),
    path("questions/<int:question_id>/rate/", feedback_views.rate, name="question_rate"),
    path("questions/<int:question_id>/report/", feedback_views.report, name="question_report"),
    path("staff/answer-reports/", feedback_views.staff_reports, name="staff_reports"),
    path(
        "staff/answer-reports/<int:report_id>/decide/",
        feedback_views.staff_report_decide,
        name="staff_report_decide",
    ),
    path("me/", views.account, name="account"),
    path("me/export/", views.export, name="export"),
    path("me/export/page/", views.export_page, name="export_page"),
    path("me/erase/", views.erase, name="erase"),
]
