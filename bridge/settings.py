"""Bridge settings, read from the environment only (12-factor).

Defaults give the embedded mode (SQLite, Celery eager, console e-mail, DEBUG).
``BRIDGE_ENV=production`` switches on the production strictness: DEBUG off, a mandatory
secret key and host list, HTTPS-only secure cookies, HSTS; ``manage.py check --deploy``
is clean under it.
"""

from datetime import timedelta
from pathlib import Path

import django_stubs_ext
import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

# Lets admin.ModelAdmin[Model] and friends be subscripted at run time (typing only).
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
env = environ.Env()

BRIDGE_ENV = env.str("BRIDGE_ENV", default="development")
if BRIDGE_ENV not in {"development", "production"}:
    raise ImproperlyConfigured("BRIDGE_ENV must be 'development' or 'production'")
PRODUCTION = BRIDGE_ENV == "production"
DEBUG = env.bool("DJANGO_DEBUG", default=not PRODUCTION)

if PRODUCTION:
    SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
    if len(SECRET_KEY) < 50:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY (50+ characters) is required in production")
    ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS is required in production")
else:
    # Development only: a fixed key so that sessions survive restarts of `make run`.
    SECRET_KEY = env.str(
        "DJANGO_SECRET_KEY", default="dev-insecure-bridge-key-do-not-use-in-production-0123456789"
    )
    ALLOWED_HOSTS = env.list(
        "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "testserver"]
    )

INSTALLED_APPS = [
    "bridge.admin_apps.BridgeAdminConfig",  # django.contrib.admin behind a second factor
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "guardian",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_celery_beat",
    "bridge",
    "bridge.accounts",
    "bridge.audit",
    "bridge.outbox",
    "bridge.idempotency",
    "guidelines",
    "triage",
    "patient_portal",
    "doctor_space",
    "community",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "bridge.accounts.sessions.AbsoluteSessionLifetimeMiddleware",
    "bridge.middleware.AccountLanguageMiddleware",
    "bridge.middleware.AccountTimeZoneMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "doctor_space.middleware.ClosedSpaceMiddleware",
    "bridge.middleware.SecurityHeadersMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "bridge.urls"
WSGI_APPLICATION = "bridge.wsgi.application"
ASGI_APPLICATION = "bridge.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "bridge.context_processors.roles",
                "patient_portal.context_processors.notifications",
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DB_CONN_MAX_AGE", default=0)
# A persistent connection is checked before each request reuses it: after a PostgreSQL restart the
# first request opens a new one instead of failing on the dead socket (bench/faults, scenario c).
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Embedded mode: two writers used to meet "database is locked" (a 500) when a read transaction tried to
    # upgrade to a write. IMMEDIATE takes the write lock at BEGIN and the timeout makes the second one wait.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "guardian.backends.ObjectPermissionBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# How many reverse proxies we run in front of Bridge (0: clients connect directly). The client address is
# the entry the outermost of them appended to X-Forwarded-For; anything further left is client-supplied.
# One setting for DRF's throttles (NUM_PROXIES) and for axes (bridge.accounts.throttle.client_ip).
BRIDGE_TRUSTED_PROXIES = env.int("BRIDGE_TRUSTED_PROXIES", default=0)

# Login throttling (bridge/accounts/throttle.py): axes locks one address out of one account after 5
# failures for 30 minutes; across addresses an account gets a growing delay (1 s, 2 s, ... 60 s) after
# 10 failures, skipped by a browser that signed in to it before (device cookie).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_FORM_FIELD = "username"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "bridge.accounts.throttle.client_ip"
AXES_LOCKOUT_CALLABLE = "bridge.accounts.throttle.lockout_response"
BRIDGE_LOGIN_FREE_FAILURES = env.int("BRIDGE_LOGIN_FREE_FAILURES", default=10)
BRIDGE_LOGIN_MAX_DELAY_SECONDS = env.int("BRIDGE_LOGIN_MAX_DELAY_SECONDS", default=60)
BRIDGE_DEVICE_COOKIE_NAME = "__Host-bridge-device" if PRODUCTION else "bridge-device"
BRIDGE_DEVICE_COOKIE_DAYS = 180
# Anonymous forms that create accounts or send mail (sign-up, doctor registration, password reset):
# POSTs per client address per hour; reset mails per account per hour. Reset links live one hour.
BRIDGE_ANON_FORMS_PER_HOUR = env.int("BRIDGE_ANON_FORMS_PER_HOUR", default=10)
BRIDGE_RESETS_PER_ACCOUNT_HOUR = 3
PASSWORD_RESET_TIMEOUT = 3600

OTP_TOTP_ISSUER = "Bridge"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# British-style English dates (3 December 2026, 14:05), not Django's American ones.
FORMAT_MODULE_PATH = ["bridge.formats"]

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Bad input: bounded request bodies (no uploads in Bridge yet).
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 200

EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# A relay that accepts the connection and then hangs must not hold an outbox delivery past its time limit.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Bridge <no-reply@bridge.localhost>")

CACHE_URL = env.str("CACHE_URL", default="")
CACHES = {
    "default": env.cache_url("CACHE_URL")
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Rate limits degrade to per-process memory during a Redis outage instead of refusing everyone.
    CACHES["default"]["BACKEND"] = "bridge.cache.FailSoftRedisCache"

# Celery: eager (in-process, on commit) unless a broker is configured.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=not CELERY_BROKER_URL)
CELERY_TASK_EAGER_PROPAGATES = True
if not CELERY_BROKER_URL:
    CELERY_BROKER_URL = "memory://localhost/"
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Redis redelivers an unacknowledged task only after the visibility timeout: ten minutes brings back a
# dead worker's task in minutes (tasks are idempotent, and the outbox sweep resends anything undone).
# Short socket timeouts: with the broker down, a publish fails in about a second instead of hanging
# the web request (the outbox keeps the work for the sweep).
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": 600,
    "socket_connect_timeout": 1,
    "socket_timeout": 5,
    "retry_on_timeout": True,
}
CELERY_BROKER_CONNECTION_TIMEOUT = 1
# A worker keeps reconnecting to a broker that went away instead of exiting (then systemd restarts it
# anyway: docs/operations.md).
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
# An outbox message failing this many times is alerted (error log + audit row); it keeps retrying.
# How long an API Idempotency-Key is remembered (bridge/idempotency).
BRIDGE_IDEMPOTENCY_TTL_HOURS = env.int("BRIDGE_IDEMPOTENCY_TTL_HOURS", default=24)
# The domain part of notification Message-IDs (one stable id per notification, repeated on a re-send).
BRIDGE_MAIL_ID_DOMAIN = env.str("BRIDGE_MAIL_ID_DOMAIN", default="bridge.invalid")
BRIDGE_OUTBOX_ALERT_AFTER = env.int("BRIDGE_OUTBOX_ALERT_AFTER", default=5)
# Three queues, so a backlog of one kind never starves another: "mail" (outbox deliveries: e-mails to
# patients and doctors), "pipeline" (the queue's own work: lease expiry, escalations) and "maintenance"
# (audit sealing, the outbox sweep). A worker started without -Q consumes all three; a deployment may
# run dedicated workers per queue (docs/operations.md).
CELERY_TASK_QUEUES = {
    name: {"exchange": name, "routing_key": name} for name in ("mail", "pipeline", "maintenance")
}
CELERY_TASK_DEFAULT_QUEUE = "pipeline"
CELERY_TASK_ROUTES = {
    "bridge.outbox.tasks.deliver_outbox_message_task": {"queue": "mail"},
    "bridge.outbox.tasks.sweep_outbox_task": {"queue": "maintenance"},
    "bridge.audit.tasks.seal_audit_log_task": {"queue": "maintenance"},
    "bridge.idempotency.tasks.*": {"queue": "maintenance"},
    "patient_portal.tasks.purge_unsent_questions_task": {"queue": "maintenance"},
    "triage.tasks.*": {"queue": "pipeline"},
    "community.tasks.*": {"queue": "pipeline"},
}
CELERY_TASK_TIME_LIMIT = 120
CELERY_TASK_SOFT_TIME_LIMIT = 100
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "UTC"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "bridge.accounts.authentication.BearerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": [
        "bridge.api.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.ScopedRateThrottle"],
    "NUM_PROXIES": BRIDGE_TRUSTED_PROXIES,
    "DEFAULT_THROTTLE_RATES": {"auth": "20/min", "ask": "30/hour", "check": "120/min"},
    "EXCEPTION_HANDLER": "bridge.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Bridge API",
    "DESCRIPTION": "Open patient portal, closed verified doctor space, guideline-checked answers.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"]
    if not PRODUCTION
    else ["rest_framework.permissions.IsAuthenticated"],
    "COMPONENT_SPLIT_REQUEST": True,
    # One name for the question's language choices, used by several patient serializers.
    "ENUM_NAME_OVERRIDES": {
        "QuestionLangEnum": "patient_portal.models.Question.Lang",
        "CaseMessageKindEnum": "triage.models.CaseMessage.Kind",
    },
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Bridge domain settings.
# "Usually answered within N hours" on the ask page: the median of the last N answered cases per
# specialty, hidden below the minimum (a median of two answers promises nothing).
BRIDGE_ANSWER_TIME_SAMPLE = env.int("BRIDGE_ANSWER_TIME_SAMPLE", default=50)
BRIDGE_ANSWER_TIME_MIN_CASES = env.int("BRIDGE_ANSWER_TIME_MIN_CASES", default=5)
BRIDGE_LEASE_MINUTES = env.int("BRIDGE_LEASE_MINUTES", default=30)
BRIDGE_API_TOKEN_HOURS = env.int("BRIDGE_API_TOKEN_HOURS", default=12)
BRIDGE_QUESTION_MAX_CHARS = 5000
BRIDGE_ANSWER_MAX_CHARS = 8000
# A message in a case's exchange (request for details, follow-up, replies): short by design.
BRIDGE_MESSAGE_MAX_CHARS = 2000
BRIDGE_CONSENT_VERSION = "2026-11"
# A question left at the preview step (never sent) is deleted this many days after its last change.
BRIDGE_UNSENT_DRAFT_DAYS = env.int("BRIDGE_UNSENT_DRAFT_DAYS", default=14)
# Links in e-mails must be absolute (a mail client cannot open "/questions/4/"): the public address of
# this deployment; in production, https on the first allowed host unless set.
BRIDGE_SITE_URL = env.str(
    "BRIDGE_SITE_URL",
    default=f"https://{ALLOWED_HOSTS[0]}" if PRODUCTION else "http://127.0.0.1:8000",
).rstrip("/")
# Who answers questions about personal data (privacy notice, terms, about page): set it per deployment.
BRIDGE_CONTACT_EMAIL = env.str("BRIDGE_CONTACT_EMAIL", default="privacy@bridge.localhost")
# The doctors' community: flags from distinct doctors that hide a post pending review; image limits.
BRIDGE_COMMUNITY_FLAGS_TO_HIDE = env.int("BRIDGE_COMMUNITY_FLAGS_TO_HIDE", default=3)
BRIDGE_COMMUNITY_IMAGE_MAX_BYTES = env.int(
    "BRIDGE_COMMUNITY_IMAGE_MAX_BYTES", default=8 * 1024 * 1024
)
BRIDGE_COMMUNITY_IMAGE_MAX_PIXELS = env.int("BRIDGE_COMMUNITY_IMAGE_MAX_PIXELS", default=40_000_000)

# Sessions: short, sliding, server-side; secure cookies with __Host- names in production.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=900 if PRODUCTION else 8 * 3600)
SESSION_SAVE_EVERY_REQUEST = True
BRIDGE_SESSION_MAX_HOURS = env.int("BRIDGE_SESSION_MAX_HOURS", default=12)  # absolute, from sign-in
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

if PRODUCTION:
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}
