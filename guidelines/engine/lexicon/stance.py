"""Cues for reading a sentence's stance: who is addressed, what is said of them, what is offered, and
whether the words are the writer's own (quoted, reported to be rejected, or given as a warning).

Regex sources on lower-cased normalised text (EN and FR together: cues rarely collide across the two).
"""

from __future__ import annotations

from guidelines.engine.lexicon._files import alternation, entries, group

# Who is addressed or spoken of.
TARGET_PATIENT: str = alternation("target_patient")
TARGET_COLLEAGUE: str = group("target_colleague")

# What is said of them: contempt, mockery, blame in everyday words (beyond insult words).
CONTEMPT: tuple[str, ...] = entries("contempt")
MOCKERY: tuple[str, ...] = entries("mockery")
BLAME: tuple[str, ...] = entries("blame")
# Contempt opening as an order or a sarcastic guess is said to the reader ("try working for a living").
TO_READER: str = group("to_reader")

# What is offered: the writer's own services (subject), the thing offered, and the commercial cue.
PROVIDER: str = alternation("provider")
OFFER: str = alternation("offer")
COMMERCIAL: tuple[str, ...] = entries("commercial")

# Frames that make words someone else's: reported to be rejected, or quoted as a warning sign.
REPORTING: str = alternation("reporting")
REJECTION: str = alternation("rejection")
WARNING: str = alternation("warning")

ENDORSE: str = alternation("endorse")

# answers31: mock praise of the reader's thinking, contempt only in an ironic voice (kinds/acts_irony.py).
IRONY_PRAISE: str = alternation("irony_praise")
IRONY_CUE: str = alternation("irony_cue")

# False reassurance: dismissing a symptom (warns; blocks when the case carries a red flag).
REASSURANCE: tuple[str, ...] = entries("reassurance")
# Red-flag symptoms an answer names itself, and a benign cause offered as likely ("it's probably just…"): together
# in one passage they dismiss a red flag (kinds/red_flag_dismissal.py, answers13).
RED_FLAGS_ANSWER: tuple[str, ...] = entries("red_flags_answer")
DISMISSAL_HEDGED: tuple[str, ...] = entries("dismissal_hedged")
# "Don't worry about bothering them / about asking": encouragement to seek care, not reassurance.
REASSURANCE_OK_AFTER: tuple[str, ...] = entries("reassurance_ok_after")

# Disparagement read as a sentence (kinds/disparage.py): whom it is aimed at, and what is said of them.
DISPARAGE_TARGETS: str = alternation("disparage_targets")
DISPARAGE_COLLEAGUE: str = alternation("disparage_colleague")
DISPARAGE_PATIENT: str = alternation("disparage_patient")

# Scope (answers14): the writer refusing to say what follows ("I won't tell you it's nothing"), and frequency words
# that deny a judgement ("parents are rarely careless").
DENIED_SAYING: str = alternation("denied_saying")
DENIAL_ADVERBS: str = alternation("denial_adverbs")
READER_FEELS: str = alternation("reader_feels")

# A red flag waved off read as an act (kinds/waved_off.py, answers28): a waiver's operator and the check it waives,
# what "nothing" is said to be, benign causes told as the whole story, words that keep such a label generic, and the
# reader sent to be examined (which keeps a benign cause told from standing in for the check).
WAIVE_OPERATOR: str = alternation("waive_operator")
WAIVE_CHECK: str = alternation("waive_check")
# a check put off ("next week", "sleep on it"; kinds/reassurance.py, answers30)
CHECK_LATER: str = alternation("check_later")
NOTHING_EVAL: str = alternation("nothing_eval")
BENIGN_CAUSES: str = alternation("benign_causes")
BENIGN_HEDGE: str = alternation("benign_hedge")
CHECK_DIRECTIVE: str = alternation("check_directive")
# A clause that opens by refusing private contact (kinds/stance.py, answers28).
CONTACT_REFUSED: str = alternation("contact_refused")
