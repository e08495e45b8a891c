from django.apps import AppConfig


class TriageConfig(AppConfig):
    name = "triage"
    verbose_name = "Triage queue"

    def ready(self) -> None:
        # Published answers live here; the guideline impact preview reads them through this hook.
        from guidelines.services import register_answer_source
        from triage.selectors import answers_for_impact

        register_answer_source(answers_for_impact)
