from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "bridge.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from bridge.accounts import sessions, throttle  # noqa: F401  (signal receivers)
