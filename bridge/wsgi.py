import os

from django.core.wsgi import get_wsgi_application

from triage.core import warm

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bridge.settings")
application = get_wsgi_application()

# Triage compiles its rules on first use (about two seconds): a server pays that at start rather than on
# the first patient's request, and a data file that does not compile stops the start.
warm()
