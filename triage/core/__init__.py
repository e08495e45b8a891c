"""Pure-Python triage core: emergency red flags, urgency, specialty and emergency guidance.

No Django import here: the data lives in triage/core/data/*.json; its catalogue is read at import and
its rules are compiled on the first triage (or by warm(), at a server's start).
"""

from triage.core.assess import (
    DATA_VERSION,
    DEFAULT_SPECIALTY,
    MENTAL_HEALTH_FLAGS,
    RED_FLAGS,
    SPECIALTIES,
    URGENCY_LEVELS,
    URGENCY_TARGET_MINUTES,
    RedFlag,
    TriageResult,
    assess,
    explain,
    normalized,
    warm,
)
from triage.core.guidance import GUIDANCE_COUNTRIES, EmergencyGuidance, emergency_guidance
from triage.core.preview import PreviewStats, preview_lines
from triage.core.rules import TriageDataError
from triage.core.safety_net import PARTIAL_SIGNALS, SafetyNet, safety_net
from triage.core.screen import (
    SCREEN_CODES,
    SCREEN_VERSION,
    ScreenAnswerError,
    ScreenQuestion,
    safety_screen,
    screen_flags,
)

__all__ = [
    "DATA_VERSION",
    "DEFAULT_SPECIALTY",
    "GUIDANCE_COUNTRIES",
    "MENTAL_HEALTH_FLAGS",
    "PARTIAL_SIGNALS",
    "RED_FLAGS",
    "SCREEN_CODES",
    "SCREEN_VERSION",
    "SPECIALTIES",
    "URGENCY_LEVELS",
    "URGENCY_TARGET_MINUTES",
    "EmergencyGuidance",
    "PreviewStats",
    "RedFlag",
    "SafetyNet",
    "ScreenAnswerError",
    "ScreenQuestion",
    "TriageDataError",
    "TriageResult",
    "assess",
    "emergency_guidance",
    "explain",
    "normalized",
    "preview_lines",
    "safety_net",
    "safety_screen",
    "screen_flags",
    "warm",
]
