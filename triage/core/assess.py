"""The triage decision: red flags, urgency and specialty for one question text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from triage.core import learned, learned_view, pasted
from triage.core.patterns import load_json
from triage.core.routing import (
    GeneralPracticeRule,
    condition_specialty,
    emergency_specialty,
    general_practice_first,
    general_practice_rules,
)
from triage.core.rules import Catalogue, Document, Model, Rule
from triage.core.safety_net import PARTIAL_SIGNALS
from triage.core.screen import screen_flags

URGENCY_LEVELS: tuple[str, ...] = ("emergency", "urgent", "soon", "routine")

# The catalogue (flags, labels, target times) is read at import; the compiled rules and the learned
# model cost about two seconds together, so they are built on the first triage: a process that never
# triages (check_answer, deidentify, most manage.py commands) never pays for them. Servers warm them
# at start (warm()), so no patient's request waits for them.
_CATALOGUE = Catalogue()


@cache
def model() -> Model:
    """The compiled rules (built once, on first use)."""
    return Model()


@cache
def learned_model() -> learned.Learned:
    """The shipped learned evidence (read once, on first use)."""
    return learned.load()


@cache
def general_practice_table() -> tuple[GeneralPracticeRule, ...]:
    """routing.json "general_practice_first", checked against the compiled concepts (round 28)."""
    raw = load_json("routing.json").get("general_practice_first")
    return general_practice_rules(raw, concepts=model().concepts, specialties=SPECIALTIES)


def warm() -> None:
    """Build the compiled rules and the learned model now (a server's start, not its first request)."""
    model()
    learned_model()
    learned_view.frozen()  # the learned models' own normaliser (round 28)
    general_practice_table()
    pasted.cues()  # the pasted-document scope (round 30)
    pasted.relative()  # a relative's message (round 33)


# Learned evidence (docs/triage.md, "Learned evidence"): at or above RAISE the text is an emergency
# even when no rule fired; between WATCH and RAISE the safety-net tier is shown. It never removes a
# rule's emergency. RAISE 0.95 since round 19 (2026-12-06), chosen on the leave-one-set-out CV means over
# the eleven held-out sets (bench/triage/loso_cv.py): at 0.9 the model trained on them raised all false
# alarms to 0.056 (aim <= 0.05); at 0.95 recall 0.955, false alarms 0.085 / 0.049, and the 0.9-0.95 band
# gets the safety net instead.
RAISE = 0.95
# A flag whose guidance adds the crisis line (MENTAL_HEALTH_FLAGS: suicide risk) raises this much lower
# (0.9, the old threshold): the safety net does not show that line, and a missed suicide risk costs more
# than a false alarm. Not measured by the CV of round 19 (its rows at 0.95 use 0.95 for every flag): a
# design choice, docs/triage.md round 19.
MENTAL_HEALTH_EASING = 0.05
WATCH = 0.5
LEARNED_PARTIAL = "possible_emergency"
# Round 28: a flag's 'learned_requires' (redflags.json, learned_gate.py) must occur for the learned evidence
# to raise it alone, else the middle tier. Measured and NOT shipped (off): on three leave-one-set-out folds it
# lost one emergency for one false alarm removed, on an untuned probe two indirectly told suicide risks
# (docs/triage.md, "Learned model, round 28"; bench/triage/learned28/gate.py measures it).
LEARNED_GATE = False

URGENCY_TARGET_MINUTES: dict[str, int] = {
    level: _CATALOGUE.target_minutes[level] for level in URGENCY_LEVELS
}


SPECIALTIES: dict[str, dict[str, str]] = _CATALOGUE.specialty_labels
DEFAULT_SPECIALTY = _CATALOGUE.default_specialty
_WEAK_WEIGHT = 0.5  # a symptom a GP sees first (cough, vomiting) is half a signal


@dataclass(frozen=True)
class RedFlag:
    """An emergency presentation that triggers the emergency guidance."""

    code: str
    label_en: str
    label_fr: str

    def label(self, lang: str) -> str:
        """The label in the given language (English when unknown)."""
        return self.label_fr if lang == "fr" else self.label_en


RED_FLAGS: dict[str, RedFlag] = {
    rule.code: RedFlag(rule.code, rule.label_en, rule.label_fr) for rule in _CATALOGUE.flags
}
MENTAL_HEALTH_FLAGS: frozenset[str] = frozenset(r.code for r in _CATALOGUE.flags if r.mental_health)
_FLAG_SPECIALTY = {rule.code: rule.specialty for rule in _CATALOGUE.flags}
_ROUTE_RANK = {code: rank for rank, code in enumerate(_CATALOGUE.routing_priority)}


@dataclass(frozen=True)
class TriageResult:
    """What triage decided for one text."""

    emergency: bool
    red_flags: tuple[str, ...]
    urgency: str
    specialty: str
    cues: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # Partial signals (no red flag, but a reason to say "if ... call 15 now"): codes for
    # safety_net(); empty for an emergency. Not in to_dict(): triage_preview's lines are unchanged.
    partial: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def to_dict(self) -> dict[str, object]:
        """The public JSON shape (as printed by triage_preview)."""
        return {
            "emergency": self.emergency,
            "red_flags": list(self.red_flags),
            "urgency": self.urgency,
            "specialty": self.specialty,
        }


def _urgency(doc: Document, flags: list[str]) -> tuple[str, tuple[str, ...]]:
    if flags:
        return "emergency", ()
    fired: list[Rule] = [cue for cue in _CATALOGUE.cues if doc.fires(cue)]
    rank = len(URGENCY_LEVELS) - 1  # routine
    for cue in fired:
        if cue.level in URGENCY_LEVELS:
            rank = min(rank, URGENCY_LEVELS.index(cue.level))
    if any(cue.level == "bump" for cue in fired):
        # "Getting worse" raises the level by one, but only a red flag makes an emergency.
        rank = max(1, rank - 1)
    return URGENCY_LEVELS[rank], tuple(cue.code for cue in fired)


def _keyword_score(doc: Document, code: str) -> float:
    strong, weak = model().specialty_keywords.get(code), model().specialty_weak.get(code)
    score = float(doc.count(strong)) if strong is not None else 0.0
    if weak is not None:
        score += _WEAK_WEIGHT * doc.count(weak)
    return score


def keyword_scores(doc: Document) -> dict[str, float]:
    """Each specialty's keyword score (clear keywords 1, weak ones 0.5) where it is above zero."""
    scores = {code: _keyword_score(doc, code) for code in SPECIALTIES}
    return {code: score for code, score in scores.items() if score > 0}


def _specialty(
    doc: Document,
    routes: list[tuple[str, str | None]],
    hint: str | None,
    per_sentence: list[list[int]] | None = None,
) -> str:
    """General practice unless there is a clear signal (docs/triage.md, "Routing")."""
    if hint and hint in SPECIALTIES:
        return hint
    # Who the patient is (routing.json "child_patient", round 26): a child's emergency goes to
    # paediatrics from the specialties it takes (a torsion stays with urology, an eye with ophthalmology).
    child = model().child_patient
    if routes:
        # The emergency routing table (routing.json): a published pathway decides first.
        table = emergency_specialty(model().emergency_routing, doc, [flag for flag, _ in routes])
        if table is not None:
            return child.specialty(doc, table[1], emergency=True, table=True)
        # The cause before its effects: a hypo routes to endocrinology, not its slurred speech.
        first = min(range(len(routes)), key=lambda i: (_ROUTE_RANK.get(routes[i][0], 99), i))
        spec = routes[first][1]  # None: this presentation is routed by the text's keywords
        if spec and spec != DEFAULT_SPECIALTY:
            return child.specialty(doc, spec, emergency=True)
        if spec == DEFAULT_SPECIALTY:
            # An emergency general practice handles (anaphylaxis, a burn, a poisoning): a child
            # goes to paediatrics, anyone else stays in general practice.
            if _keyword_score(doc, "paediatrics") >= 1 and not child.not_a_child(doc):
                return "paediatrics"
            return child.specialty(doc, DEFAULT_SPECIALTY, emergency=True)
    else:
        named = condition_specialty(model().emergency_routing, doc)
        if named is not None:
            return named[1]
    scores = keyword_scores(doc)
    choice = keyword_choice(scores)
    router = learned_model().router
    if router is not None and per_sentence is not None:
        # The learned router reads the words and the keyword evidence together; where it is
        # confident (probability and margin over general practice) it overrides the keywords.
        choice = router.route(learned_model().specialty_bag(per_sentence, scores), choice)
    if not routes:
        # A supply or paperwork question, a minor complaint's self-care (routing.json
        # "general_practice_first", round 28): general practice whatever the words chose.
        choice = general_practice_first(general_practice_table(), doc, choice, DEFAULT_SPECIALTY)
    return child.specialty(doc, choice, emergency=bool(routes))


def keyword_choice(scores: Mapping[str, float]) -> str:
    """The keyword rules' specialty: one clear keyword (or two symptoms) that beats general
    practice's own keywords (sick note, vaccine...); ties go to general practice, then to the
    earlier entry."""
    best, best_score = DEFAULT_SPECIALTY, max(scores.get(DEFAULT_SPECIALTY, 0.0), 0.99)
    for code in SPECIALTIES:
        if code == DEFAULT_SPECIALTY:
            continue
        score = scores.get(code, 0.0)
        if score > best_score:
            best, best_score = code, score
    return best


def assess(
    text: str,
    lang: str = "en",
    *,
    specialty_hint: str | None = None,
    screen: Mapping[str, bool] | None = None,
) -> TriageResult:
    """Triage one question: emergency red flags, urgency level and specialty.

    `screen` holds the safety-screen answers (code → yes/no): a "yes" adds its red flags, so the
    case is an emergency whatever the text says; bad answers raise ScreenAnswerError.
    """
    # Patterns of every language are searched: patients mix languages and mislabel them, and a
    # missed emergency costs more than a rare cross-language match. lang is kept for the API.
    del lang
    compiled = model()
    doc = Document(text, compiled)
    flags, routes = _rule_flags(compiled, doc)
    evidence_model = learned_model()
    # The learned models read the raw text through their frozen view (learned_view.py), as in training.
    per_sentence = evidence_model.features(text)
    learned_flag, evidence = _learned(compiled, doc, per_sentence)
    if not flags and learned_flag is not None:
        flags.append(learned_flag)
        routes.append((learned_flag, _FLAG_SPECIALTY.get(learned_flag)))
    for code in screen_flags(screen or {}):
        if code not in flags:
            flags.append(code)
            routes.append((code, _FLAG_SPECIALTY.get(code)))
    urgency, cues = _urgency(doc, flags)
    partial = tuple(code for code in cues if code in PARTIAL_SIGNALS)
    if not flags and evidence.emergency >= WATCH:
        partial += (LEARNED_PARTIAL,)
        urgency = URGENCY_LEVELS[min(URGENCY_LEVELS.index(urgency), 1)]  # at least urgent
    route_doc = doc
    if doc.pasted:
        # A pasted document names what the question is about (round 30): the routing reads it as if it were
        # the patient's own words ("Discharge summary: NSTEMI, stented. Can I fly?" goes to cardiology, with
        # no alarm): by the flags the whole text names.
        route_doc = Document(text, compiled, documents=False)
        named = _rule_flags(compiled, route_doc)[1]
        whole = None if named else _learned(compiled, route_doc, per_sentence)[0]
        routes = named or ([(whole, _FLAG_SPECIALTY.get(whole))] if whole else routes)
    return TriageResult(
        emergency=bool(flags),
        red_flags=tuple(flags),
        urgency=urgency,
        specialty=_specialty(route_doc, routes, specialty_hint, per_sentence),
        cues=cues,
        partial=partial,
    )


def _learned(
    compiled: Model, doc: Document, per_sentence: list[list[int]]
) -> tuple[str | None, learned.Evidence]:
    """The flag the learned evidence raises alone (or None), and the evidence."""
    evidence_model = learned_model()
    # The learned evidence reads only what the patient says for themselves (Document.reported);
    # the router still reads the whole text.
    own = (
        per_sentence
        if not doc.reported and not doc.dated_sentences
        else evidence_model.features(doc.own_text)
    )
    evidence = evidence_model.evidence(own)
    flag = evidence.flag
    if (
        flag is not None
        and evidence.emergency
        >= evidence_model.raise_threshold(
            flag, RAISE - MENTAL_HEALTH_EASING if flag in MENTAL_HEALTH_FLAGS else RAISE
        )
        and not _learned_vetoed(compiled, flag, doc)
        and not (flag in compiled.outcome_flags - compiled.minor_flags and doc.settled)
        and not (flag in compiled.minor_flags and doc.minor)
        and not (flag in compiled.handover_flags and doc.handed_over)
        and not (doc.closed and flag not in MENTAL_HEALTH_FLAGS)  # round 31: not only outcome flags
    ):
        return flag, evidence
    return None, evidence


def _rule_flags(compiled: Model, doc: Document) -> tuple[list[str], list[tuple[str, str | None]]]:
    """The red flags the rules raise, and (flag, specialty it asks for) in flag order."""
    flags: list[str] = []
    routes: list[tuple[str, str | None]] = []
    for rule in compiled.flags:
        combo = doc.fired(rule)
        if combo is not None:
            flags.append(rule.code)
            routes.append(
                (rule.code, None if combo.by_keywords else combo.specialty or rule.specialty)
            )
    return flags, routes


def _learned_vetoed(compiled: Model, flag: str, doc: Document) -> bool:
    veto = compiled.learned_unless.get(flag)
    if veto is not None and veto.search(doc.text) is not None:
        return True
    need = compiled.learned_requires.get(flag)
    if need is None or need.passes(doc):
        return False
    # Round 31: a text that tells its episode as over ("she's fine now", nothing new after it) and names no
    # word or concept of the flag's gate (no suicide, self-harm, means, plan or farewell) does not get a
    # mental-health flag from the learned evidence alone: a treated hypo in an elderly woman was raised at
    # 0.978. The gate alone stays off (LEARNED_GATE); bench/triage/round31/learned_veto.py measures both.
    return LEARNED_GATE or need.always or (flag in MENTAL_HEALTH_FLAGS and doc.told_over)


def explain(text: str) -> dict[str, list[int]]:
    """Concepts asserted in the text with their sentence numbers (for clinicians reviewing data)."""
    compiled = model()
    doc = Document(text, compiled)
    out = {}
    for name in compiled.concepts:
        hits = doc.hits(name)
        if hits:
            out[name] = sorted(hits)
    return out


def normalized(text: str) -> str:
    """The normalised form the patterns are matched against (for debugging the data)."""
    return model().normalize(text)


DATA_VERSION = _CATALOGUE.version
