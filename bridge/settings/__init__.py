"""Bridge settings, read from the environment only (12-factor).

Defaults give the embedded mode (SQLite, Celery eager, console e-mail, DEBUG).
``BRIDGE_ENV=production`` switches on the production strictness: DEBUG off, a mandatory
secret key and host list, HTTPS-only secure cookies, HSTS; ``manage.py check --deploy``
is clean under it.

One module per concern; each imports the values it builds on from the others by name:
``core`` (environment, apps, middleware, database, i18n, static files, mail, cache), ``security``
(sign-in, passwords, throttles, sessions, cookies, HTTPS), ``queues`` (Celery), ``api`` (REST framework,
OpenAPI), ``domain`` (Bridge's own limits and delays) and ``logs``. ``DJANGO_SETTINGS_MODULE`` stays
``bridge.settings``; the tests add ``bridge.settings_test`` on top.
"""

from bridge.settings.api import *  # noqa: F403
from bridge.settings.core import *  # noqa: F403
from bridge.settings.domain import *  # noqa: F403
from bridge.settings.logs import *  # noqa: F403
from bridge.settings.queues import *  # noqa: F403
from bridge.settings.security import *  # noqa: F403
