"""Sign-in, passwords, throttles, sessions, cookies and HTTPS (production strictness)."""

from datetime import timedelta

from bridge.settings.core import PRODUCTION, env

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


# Sessions: short, sliding, server-side; secure cookies with __Host- names in production.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=900 if PRODUCTION else 8 * 3600)
# The idle timeout slides through bridge.accounts.sessions.SessionTouchMiddleware: a session is saved when
# something changed in it, or when its last touch is older than BRIDGE_SESSION_TOUCH_SECONDS (not on every
# request: that was one UPDATE per page view of every signed-in user).
SESSION_SAVE_EVERY_REQUEST = False
BRIDGE_SESSION_TOUCH_SECONDS = env.int("BRIDGE_SESSION_TOUCH_SECONDS", default=60)
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
