"""Replaces `django.contrib.admin` in INSTALLED_APPS so that `admin.site` asks for a second factor.

Kept apart from `bridge.admin_site` because app configs are imported before models are ready.
"""

from django.contrib.admin.apps import AdminConfig


class BridgeAdminConfig(AdminConfig):
    """`admin.site` is `bridge.admin_site.BridgeAdminSite` (django-otp's OTPAdminSite)."""

    default_site = "bridge.admin_site.BridgeAdminSite"
