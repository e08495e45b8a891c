# Two set-up commands on a new machine (Python 3.11+ only):
#   make run   -> Bridge on its embedded default (SQLite, Celery eager, demo data) at 127.0.0.1:8000 (PORT=8080 make run)
#   make test  -> the whole test suite (SQLite unless DATABASE_URL is set)
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: run test lint faults bench bench-deid bench-engine bench-claims bench-web bench-forum bench-registers bench-journey bench-pipeline migrations-check deid-model deid-model-check deid-model-faker

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Bridge needs Python 3.11+")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip setuptools
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

run: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# In parallel on every core (pytest-xdist), one test file per process at a time (tests/README.md says why);
# `$(PY) -m pytest tests/<part>` runs a part alone, in one process.
test: $(VENV)/.installed
	$(PY) -m pytest -n auto --dist loadfile

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m bridge.depaudit check  # offline advisory snapshot (docs/security.md: how to refresh it)

migrations-check: $(VENV)/.installed
	$(PY) manage.py makemigrations --check --dry-run

# Fault suite (issue 15; figures in docs/operations.md): starts its own PostgreSQL cluster, redis-server,
# SMTP sink, gunicorn, worker and beat; scenario e needs the local RabbitMQ. About 15 minutes.
faults: $(VENV)/.installed
	$(PY) bench/faults/run.py

# Benchmarks (figures in README.md). Claims, web, forum, registers and pipeline need the local PostgreSQL
# (pipeline also Redis); web and forum need Debian's wrk. Each prints its floor, measured in the same run,
# and its ratio to it. About 50 minutes on 2 shared cores at load 13-41 with short settings, longer with
# these defaults (README: the durations).
bench: bench-deid bench-engine bench-journey bench-claims bench-web bench-forum bench-registers bench-pipeline

bench-deid: $(VENV)/.installed
	$(PY) bench/deid/run.py

# Retrain the anonymiser's statistical tagger and regenerate the shipped model (fixed seed, reproducible).
deid-model: $(VENV)/.installed
	$(PY) bench/deid/train_tagger.py

# Retrain into a temporary file and fail unless it equals the shipped model byte for byte.
deid-model-check: $(VENV)/.installed
	$(PY) bench/deid/train_tagger.py --check

# The Faker round's model (Faker's locale data in the corpus, street-type feature; docs/deid.md says
# why it is not the shipped one): written to build/, never over the shipped model.
deid-model-faker: $(VENV)/.installed
	mkdir -p build
	$(PY) bench/deid/train_tagger.py --faker --out build/deid-faker.crfsuite

bench-engine: $(VENV)/.installed
	$(PY) bench/engine/run.py

bench-claims: $(VENV)/.installed
	$(PY) bench/claims/run.py --cases 10000 --claimers 8,32 --threads

bench-web: $(VENV)/.installed
	$(PY) bench/web/run.py

bench-forum: $(VENV)/.installed
	$(PY) bench/forum/run.py

bench-registers: $(VENV)/.installed
	$(PY) bench/registers/run.py --rows 1000000

bench-journey: $(VENV)/.installed
	$(PY) bench/journey/run.py

# Needs the local PostgreSQL and Redis (db 4 by default: --broker).
bench-pipeline: $(VENV)/.installed
	$(PY) bench/pipeline/run.py
