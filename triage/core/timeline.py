"""When a text's events happen: outcomes, resolutions and past stories that close them (the Document's
time scopes: scope.outcome, scope.narrative in lexicon.json)."""

from __future__ import annotations

import re
from functools import cached_property

from triage.core.model import Concept, Model


class Timeline:
    """The time scopes of a Document (mixed into it): is an event closed, or told as past?"""

    model: Model
    text: str
    sent_starts: list[int]
    sent_ends: list[int]

    def _sentence_of(self, pos: int) -> int:
        raise NotImplementedError

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        raise NotImplementedError

    def negated(self, start: int, end: int) -> bool:
        raise NotImplementedError

    @cached_property
    def dated_sentences(self) -> frozenset[int]:
        """Sentences that continue, in the past tense, a story dated by a history cue in an earlier
        sentence and closed after it (treated, recovered): scope.narrative, round 18."""
        m, t, out = self.model, self.text, set()
        cue = m.history.search(t)
        if cue is None or not m.narrative_closure.search(t, cue.end()):
            return frozenset()
        first = self._sentence_of(cue.start())
        for s in range(first, len(self.sent_starts)):
            a, b = self.sent_starts[s], self.sent_ends[s]
            if m.narrative_present.search(t, a if s > first else cue.end(), b):
                break
            who = m.narrative_subject.match(t[a:b]) if s > first else None
            if (
                who is not None
                and who.group(1) not in t[self.sent_starts[first] : self.sent_ends[first]]
            ):
                break  # "My son had his first seizure": someone the dated story did not name
            if s > first and m.narrative_past.search(t, a, b):
                out.add(s)
        return frozenset(out)

    def resolved(self, concept: Concept, start: int, others: list[int]) -> bool:
        """True when a resolution (the concept's unless_text) closes this match: it lies at or after
        the head of the match's clause, with no other match of the concept in a later sentence
        before it. "Swallowed a battery. It came out in his nappy" is resolved; "…came out in his
        nappy, but now he has swallowed grandma's tablets" keeps the second ingestion."""
        if (
            concept.unless_text is None
            and not concept.outcome
            and not concept.topic
            and not concept.handed_over
        ):
            return False
        cstart, _ = self._clause(start, start + 1)
        sent_end = self.sent_ends[self._sentence_of(start)]
        if concept.unless_text is not None:
            for r in concept.unless_text.finditer(self.text, cstart):
                if not any(sent_end <= o < r.start() for o in others if o != start):
                    return True
        if (
            concept.handed_over
            and self._anchored(self._sentence_of(start))
            and self.closes(self.model.handover, cstart, sent_end, start, others)
        ):
            return True
        if concept.minor and self.closes(self.model.minor, cstart, sent_end, start, others):
            return True
        # An adult's ingestion needs an assessment to close it: feeling fine a week after a paracetamol
        # overdose is no all-clear (TOXBASE; NHS: go to A&E even if you feel fine).
        if concept.outcome and self.closes(self.model.outcome, cstart, sent_end, start, others):
            return True
        if (
            concept.minor
            or not (concept.outcome or concept.topic)
            or concept.name in self.model.never_settled
        ):
            return False
        return self.settled_here(start, cstart, sent_end, others)

    def settled_here(self, start: int, cstart: int, sent_end: int, others: list[int]) -> bool:
        """Round 18: the match is told in the past ("had a heart attack", not "is having one right now"),
        its sentence is dated in the past ("over Christmas", "en janvier") and a resolution follows it
        ("he's fine now", "il va mieux depuis") with nothing new after (scope.outcome.resolved)."""
        m, t = self.model, self.text
        s = self._sentence_of(start)
        comma = t.find(",", start, sent_end)
        if m.narrative_present.search(t, cstart, comma if comma >= 0 else sent_end):
            return False
        return bool(m.past_anchor.search(t, self.sent_starts[s], sent_end)) and self.closes(
            m.resolution, cstart, sent_end, start, others
        )

    @cached_property
    def closed(self) -> bool:
        """True when an assessment closes the text (scope.outcome) with nothing new after it."""
        return self.closes(self.model.outcome, 0, 0, -1, [])

    @cached_property
    def settled(self) -> bool:
        """True when a past-dated event is told as over ("over Christmas …, she is fine now") with
        nothing new after it (scope.outcome.resolved, round 18)."""
        m = self.model
        return bool(m.past_anchor.search(self.text)) and self.closes(m.resolution, 0, 0, -1, [])

    @cached_property
    def told_over(self) -> bool:
        """Round 31: a resolution is told ("she's fine now", « elle va bien maintenant ») with nothing new
        after it, dated or not (Document.settled also needs a past anchor)."""
        return self.closes(self.model.resolution, 0, 0, -1, [])

    def _anchored(self, s: int) -> bool:
        m, a, b = self.model, self.sent_starts[s], self.sent_ends[s]
        return bool(
            m.past_anchor.search(self.text, a, b) or m.handover_anchor.search(self.text, a, b)
        )

    @cached_property
    def handed_over(self) -> bool:
        """Round 31: a threat or a note told in the past and handed to a service that acted (police,
        safeguarding, a crisis team, « signalé », « suivi au CMP ») with nothing new after it."""
        m = self.model
        anchored = m.past_anchor.search(self.text) or m.handover_anchor.search(self.text)
        return bool(anchored) and self.closes(m.handover, 0, 0, -1, [])

    @cached_property
    def minor(self) -> bool:
        """True when a minor exposure closes the text (scope.outcome.minor) with nothing new after it."""
        return self.closes(self.model.minor, 0, 0, -1, [])

    def closes(
        self, cues: re.Pattern[str], cstart: int, sent_end: int, start: int, others: list[int]
    ) -> bool:
        """True when an outcome cue (an emergency service's assessment, a minor exposure) closes the
        event (scope.outcome): told at or after the match's clause head, asserted, with no new mention
        of it before and nothing new after it ("now", "again", "worse", "mais", "de nouveau": NICE
        NG232's return advice)."""
        for r in cues.finditer(self.text, cstart):
            if any(sent_end <= o < r.start() for o in others if o != start):
                continue
            if self.negated(r.start(), r.end()) or self._reopened(r.end()):
                continue
            return True
        return False

    def _reopened(self, pos: int) -> bool:
        """True when something new follows pos ("now", "again", "mais"): the "now" of a resolution
        ("she is fine now", "tout va bien maintenant") reopens nothing."""
        m = self.model
        calm = [(r.start(), r.end()) for r in m.resolution.finditer(self.text, pos)]
        return any(
            not any(a <= cue.start() < b for a, b in calm)
            for cue in m.reopen.finditer(self.text, pos)
        )
