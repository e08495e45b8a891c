from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "bridge.accounts"
    label = "accounts"
    verbose_name = "Accounts"
