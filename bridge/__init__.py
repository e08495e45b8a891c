"""Bridge: the project package (settings, urls, Celery app, shared accounts and audit log)."""

from bridge.celery import app as celery_app

__all__ = ("celery_app",)
