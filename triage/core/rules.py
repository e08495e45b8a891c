"""Compiles the reviewable JSON data into regular expressions and evaluates them on one text.

Split by responsibility: the pattern language (patterns.py), the compiled data (model.py) and the
evaluation on one text (document.py); the names stay importable from here.
"""

from triage.core.document import Document
from triage.core.model import RULE_LEVELS, Catalogue, Combination, Concept, Model, Rule
from triage.core.patterns import (
    LANGUAGES,
    MACROS,
    Matcher,
    TriageDataError,
    build_matcher,
    compile_any,
    expand,
    load_json,
    split_top,
)

__all__ = [
    "LANGUAGES",
    "MACROS",
    "RULE_LEVELS",
    "Catalogue",
    "Combination",
    "Concept",
    "Document",
    "Matcher",
    "Model",
    "Rule",
    "TriageDataError",
    "build_matcher",
    "compile_any",
    "expand",
    "load_json",
    "split_top",
]
