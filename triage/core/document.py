"""One normalised text cut into sentences and clauses, with negation, history and scope checks."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from textkit.literals import may_match
from triage.core import asked
from triage.core.model import Combination, Concept, Model, Rule
from triage.core.pasted import cues as pasted_cues
from triage.core.pasted import pasted_blocks
from triage.core.pasted import relative as relative_cues
from triage.core.patterns import Matcher
from triage.core.runon import RUN_ON_WINDOW, RUN_ON_WORDS, reach
from triage.core.timeline import Timeline

# "." splits sentences except inside a decimal number ("38.5"); a line break became " . ".
_SENTENCE_END = re.compile(r"(?<![0-9])\.|\.(?![0-9])|[!?;|]")
# French "ne" sits right before the verb it negates ("je ne vomis pas de sang"), maybe with a pronoun.
# "nouveau-né", "il est né" are "born", not negations.
_FRENCH_NE = re.compile(
    r"(?<![a-z0-9])(?<!nouveau )(?<!nouveaux )(?<!est )(?<!suis )(?<!sont )(?:ne|n')(?: ?(?:me|m'|te|t'|se|s'|le|la|les|l'|lui|leur|nous|vous|y|en))? ?$"
)


# "ne … que" is a restriction ("je ne vois que du sang": only blood), not a negation.
_NE_QUE = re.compile(r"(?:[a-z']+ ){0,2}qu(?:e |')")
_NE_QUE_NEGATED = re.compile(
    r"(?:[a-z']+ ){0,2}(?:pas|plus|jamais|rien|personne|aucun|aucune)(?![a-z])"
)
# The patient's own statement resumes after reported text at the head of a clause only: "ChatGPT
# says I might be having a stroke" stays reported, "… . I have a headache" is the patient's.
_CLAUSE_HEAD = re.compile(
    r"(?:^|[.,;:!?]|(?<![a-z'])(?:and|but|so|also|et|mais|donc|alors|moi))\s*$"
)
_CLAUSE_HEAD_REACH = 8  # characters before a first-person word examined for a clause head
# Pasted advice keeps addressing the reader: "you", a condition ("if", « si »), an imperative at the head,
# a list's bullet. A later sentence with none of these is the patient's own again, pronoun or not
# ("ChatGPT says go to A&E if the pain spreads to the arm. Crushing pain spreading to the left arm").
_ADVICE_SENTENCE = re.compile(
    r"^\s*(?:[-*\u2022\u00b7\u25aa\u2013]|[0-9]+[.)]|(?:call|ring|dial|go|seek|get|phone|contact|take|keep|avoid|do not|"
    r"don't|never|always|appelez|appeler|composez|consultez|allez|contactez|rendez|faites|prenez|evitez|ne pas)(?![a-z']))"
    r"|(?<![a-z'])(?:you|your|yours|you're|yourself|vous|votre|vos|tu|ton|ta|tes|if|unless|si|sauf|en cas)(?![a-z'])"
)
_FEAR_REACH = 24  # characters before a named diagnosis that a fear cue may end within

_HISTORY_REACH = 60


# Matches of one concept examined per text: each costs a clause-wide scope check, so hostile input
# ("(2) (2) (2) …" ten thousand times) would be quadratic; no real question comes near this.
_MAX_MATCHES = 64


class Document(Timeline):
    """One normalised text with its sentences and clauses; concept hits are computed lazily."""

    def __init__(self, text: str, model: Model, *, documents: bool = True) -> None:
        self.model = model
        self.documents = documents  # read pasted documents as reported (round 30)
        self.text = model.normalize(text)
        t = self.text
        self.present = model.index.present(t)
        sent_starts = [0]
        sent_ends = []
        for m in _SENTENCE_END.finditer(t):
            sent_ends.append(m.start())
            sent_starts.append(m.end())
        sent_ends.append(len(t))
        self.sent_starts = sent_starts
        self.sent_ends = sent_ends
        # Clauses: sentences further cut at "but", "mais", "now"... so that negation and history
        # cues only reach the part of a sentence they belong to.
        clause_starts = list(sent_starts)
        clause_ends = list(sent_ends)
        if may_match(model.terminator_literals, self.present):
            for m in model.terminators.finditer(t):
                clause_ends.append(m.start())
                clause_starts.append(m.end())
        clause_starts.sort()
        clause_ends.sort()
        self.clause_starts = clause_starts
        self.clause_ends = clause_ends
        self._hits: dict[tuple[str, bool, bool], frozenset[int]] = {}
        self._asking: dict[int, bool] = {}
        # A long message with no sentence end at all hides where a negation's sentence stops: its
        # reach shrinks to the few words a negated list of symptoms needs ("no fever, cough or rash").
        self.run_on = len(sent_starts) == 1 and t.count(" ") >= RUN_ON_WORDS
        self.neg_window = min(model.neg_window, RUN_ON_WINDOW) if self.run_on else model.neg_window

    def asking_only(self, sentence: int) -> bool:
        """True when the sentence asks about a condition and the text describes no one now
        ("what does a stiff neck mean?" but not "… mean? my son has both since this morning")."""
        found = self._asking.get(sentence)
        if found is None:
            m, start, end = self.model, self.sent_starts[sentence], self.sent_ends[sentence]
            found = bool(m.asking.search(self.text, start, end)) and not self.describes_someone
            self._asking[sentence] = found
        return found

    def general_question(self, sentence: int) -> bool:
        """True when the sentence is a question that opens with a question word and names no one, in a
        text that describes no one now ("Is sepsis treated in intensive care?", "Peut-on faire une torsion
        deux fois ?"; not "Could it be sepsis?", "Is my dad having a stroke?"): scope.question, round 18."""
        m, start, end = self.model, self.sent_starts[sentence], self.sent_ends[sentence]
        return (
            self.text.startswith("?", end)
            and m.question_opening.match(self.text, start) is not None
            and m.question_person.search(self.text, start, end) is None
            and not self.describes_someone
        )

    @cached_property
    def describes_someone(self) -> bool:
        """True when the text describes someone now ("my son has", "il est", "right now")."""
        return self.model.current.search(self.text) is not None

    def _sentence_of(self, pos: int) -> int:
        return bisect_right(self.sent_starts, pos) - 1

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        cstart = self.clause_starts[bisect_right(self.clause_starts, start) - 1]
        i = bisect_right(self.clause_ends, end - 1)
        cend = self.clause_ends[i] if i < len(self.clause_ends) else len(self.text)
        return cstart, max(cend, end)

    def negated(self, start: int, end: int) -> bool:
        """True when a negation cue governs the span ("no chest pain", "pas de fièvre")."""
        m = self.model
        t = self.text
        cstart, cend = self._clause(start, end)
        if _FRENCH_NE.search(t, cstart, start) and not (
            _NE_QUE.match(t, start, cend) and not _NE_QUE_NEGATED.match(t, start, cend)
        ):
            return True
        pseudo = [(p.start(), p.end()) for p in m.neg_pseudo.finditer(t, cstart, end)]
        last = None
        # A match that carries its own negation ("n'a pas fait pipi", "no tears", "can't breathe")
        # is not undone by an earlier cue: "sans larmes et il n'a pas fait pipi" asserts both.
        own = m.neg_pre.match(t, start) is not None
        for cue in () if own else m.neg_pre.finditer(t, cstart, start):
            if not any(a <= cue.start() < b or a < cue.end() <= b for a, b in pseudo):
                last = cue
        if last is not None:
            between = t[last.end() : start]
            if reach(between, self.neg_window, self.run_on) and not m.neg_affirm.search(between):
                return True
        if m.neg_post.match(t, end, cend) is not None:
            return True
        # The clause ends at its "?" and the next words answer it ("leg weakness? no."), or round 35: an
        # indirect question answered no ("asked whether I had numbness … No to both", asked.py).
        answered = t.startswith("?", cend) and m.neg_answered.match(t, cend) is not None
        return answered or asked.answered_no(t, start, end)

    @cached_property
    def reported(self) -> tuple[tuple[int, int], ...]:
        """Reported speech (_speech) and pasted documents (triage/core/pasted.py, round 30)."""
        return tuple(sorted(self._speech + self.pasted))

    @cached_property
    def pasted(self) -> tuple[tuple[int, int], ...]:
        """A pasted letter, result or care plan: it tells what was (triage/core/pasted.py)."""
        if not self.documents or self.model.adopt.search(self.text):
            return ()
        return tuple(pasted_blocks(self, _ADVICE_SENTENCE))

    @cached_property
    def _speech(self) -> tuple[tuple[int, int], ...]:
        """Spans of reported text: a chatbot's or a website's answer, a leaflet, another poster's
        words ("ChatGPT says…", "the NHS site says go to A&E if…", "you said your son…").

        A span runs from its cue to the patient's next own statement (in the cue's sentence, a
        first-person subject at the head of a clause: ", my son is…"; in a later sentence, a
        first-person word anywhere: ". Crushing pain down my arm") or to the end of the text. None when the
        patient adopts what is reported ("I have all of those", "j'ai tous ces symptômes").
        """
        m, t = self.model, self.text
        if m.adopt.search(t):
            return ()
        spans: list[tuple[int, int]] = []
        for cue in m.reported.finditer(t):
            if spans and cue.start() < spans[-1][1]:
                continue
            end = len(t)
            cue_sentence = self._sentence_of(cue.start())
            end = self._own_sentence_after(cue.end(), cue_sentence, end)
            for own in m.own.finditer(t, cue.end()):
                if own.start() >= end:
                    break
                sentence = self._sentence_of(own.start())
                if sentence != cue_sentence:
                    # A later sentence with a first-person word anywhere ("crushing pain down my
                    # arm") is the patient's again: pasted advice says "you", not "my".
                    end = self.sent_starts[sentence]
                    break
                head = t[max(0, own.start() - _CLAUSE_HEAD_REACH) : own.start()]
                if _CLAUSE_HEAD.search(head) and own.start() > cue.end():
                    end = own.start()
                    break
            relative, advice = relative_cues()
            if relative.match(t, cue.start()) and not advice.search(
                t, self.sent_starts[cue_sentence], end
            ):
                continue  # an eyewitness account addressed to a relative (round 33)
            spans.append((cue.start(), end))
        return tuple(spans)

    def _own_sentence_after(self, pos: int, cue_sentence: int, end: int) -> int:
        """Where the first later sentence that no longer reads as pasted advice starts (or `end`)."""
        t = self.text
        for sentence in range(cue_sentence + 1, len(self.sent_starts)):
            a, b = self.sent_starts[sentence], self.sent_ends[sentence]
            if a >= end:
                break
            body = t[a:b]
            # A line of two or three words is an item of the pasted list ("sudden confusion").
            if a >= pos and len(body.split()) > 3 and not _ADVICE_SENTENCE.search(body):
                return a
        return end

    @property
    def own_text(self) -> str:
        """The text without its reported spans (what the patient says for themselves) and without the
        sentences of a closed past story (dated_sentences): the learned evidence reads this, so a pasted
        "call 999 if…" list or "In 2019 … he had crushing chest pain" raises nothing there either."""
        cut = list(self.reported) + [
            (self.sent_starts[s], self.sent_ends[s]) for s in self.dated_sentences
        ]
        if not cut:
            return self.text
        parts, pos = [], 0
        for a, b in sorted(cut):
            parts.append(self.text[pos:a])
            pos = max(pos, b)
        parts.append(self.text[pos:])
        return " . ".join(p.strip() for p in parts if p.strip())

    def in_reported(self, start: int, background: bool = False) -> bool:
        """True when the position lies in reported text (see reported); a background concept (a chemotherapy
        cycle, a pregnancy: scope.document.background) still counts inside a pasted document."""
        return any(a <= start < b for a, b in (self._speech if background else self.reported))

    def feared(self, start: int, end: int) -> bool:
        """True when a fear or a hyperbole names the span ("scared it's a stroke", "peur que ce soit un AVC")."""
        cstart, _ = self._clause(start, end)
        for cue in self.model.feared.finditer(self.text, max(cstart, start - _FEAR_REACH), end):
            # The fear names this diagnosis when nothing but words lies between them: "scared it's
            # a stroke", not "scared, he's having a stroke" (a statement after a comma).
            if cue.end() <= end and "," not in self.text[cue.end() : start]:
                return True
        return False

    def _valid(
        self,
        concept: Concept,
        start: int,
        end: int,
        *,
        strict: bool,
        alone: bool = True,
        others: list[int] | None = None,
    ) -> bool:
        m = self.model
        cstart, cend = self._clause(start, end)
        if m.generic.search(self.text, cstart, cend) or self.asking_only(self._sentence_of(start)):
            return False
        if self.in_reported(start, concept.name in pasted_cues().background) or (
            concept.named and alone and self.feared(start, end)
        ):
            return False
        if concept.topic and alone and self.general_question(self._sentence_of(start)):
            return False
        # A history cue dates what is near it: "widowed since last year, ... he has his gun out"
        # keeps the gun (one long clause), "a stroke in 2019" loses the stroke.
        # A cue that starts within reach counts even if it ends beyond it ("… il y a deux ans").
        cues = m.history.finditer(self.text, max(cstart, start - _HISTORY_REACH), cend)
        if any(c.start() <= end + _HISTORY_REACH for c in cues) or (
            self._sentence_of(start) in self.dated_sentences
        ):
            return False
        if strict and concept.unless is not None:
            s = self._sentence_of(start)
            if concept.unless.search(self.text, self.sent_starts[s], self.sent_ends[s]):
                return False
        if strict and self.resolved(concept, start, others or []):
            return False
        return not self.negated(start, end)

    def hits(self, name: str, *, strict: bool = True, alone: bool = True) -> frozenset[int]:
        """Sentence indexes where the concept is asserted (not negated, not historical).

        strict applies the concept's 'unless' exclusions; urgency cues are not strict, so that
        "chest pain, clearly muscular when I press" is no emergency but still urgent.
        alone: the concept is a combination on its own, so a feared named diagnosis ("scared it's
        a stroke") does not count; beside a discriminating feature ("worried about necrotising
        fasciitis, it's spreading fast") it does.
        """
        concept = self.model.concepts[name]
        alone = alone or not concept.named
        key = (name, strict, alone)
        found = self._hits.get(key)
        if found is None:
            if not strict and concept.unless is None:
                return self.hits(name, alone=alone)
            sentences: set[int] = set()
            matches = []
            for n, mt in enumerate(concept.matcher.finditer(self.text, self.present)):
                if n >= _MAX_MATCHES:
                    break
                matches.append((mt.start(), mt.end()))
            others = [a for a, _ in matches]
            for a, b in matches:
                sentence = self._sentence_of(a)
                if sentence not in sentences and self._valid(
                    concept, a, b, strict=strict, alone=alone, others=others
                ):
                    sentences.add(sentence)
            found = frozenset(sentences)
            self._hits[key] = found
        return found

    def count(self, matcher: Matcher) -> int:
        """Number of non-negated keyword matches."""
        total = 0
        for n, mt in enumerate(matcher.finditer(self.text, self.present)):
            if n >= _MAX_MATCHES:
                break
            total += not self.negated(mt.start(), mt.end())
        return total

    def fires(self, rule: Rule) -> bool:
        """True when one of the rule's combinations is fully present."""
        return self.fired(rule) is not None

    def fired(self, rule: Rule) -> Combination | None:
        """The first of the rule's combinations that is fully present, if any."""
        strict = rule.level == "emergency"
        for combo in rule.combinations:
            sets = []
            for name in combo.concepts:
                hit = self.hits(name, strict=strict, alone=len(combo.concepts) == 1)
                if not hit:
                    break
                sets.append(hit)
            else:
                if not combo.same_sentence or frozenset.intersection(*sets):
                    return combo
        return None
