from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "bridge.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from bridge.accounts import throttle  # noqa: F401  (registers the per-account failure counter)
