"""What the patient sees when a question quotes a chatbot, a website or another poster (issue 8, round 9).

The public "Is it urgent?" check answers with the emergency guidance only when the patient describes
the emergency for themselves (or adopts a quoted list), never for a "call 999 if…" list pasted in.
"""

from __future__ import annotations

import pytest
from django.test import Client

PASTED = (
    "ChatGPT said: call 999 if you have chest pain spreading to your arm or jaw, or chest pain "
    "with sweating. "
)

TABLE = [
    # (text, lang, emergency shown)
    (PASTED + "I only have a sore throat, is it a cold?", "en", False),
    (PASTED + "I have crushing chest pain going down my left arm right now", "en", True),
    (PASTED + "I've got all of those", "en", True),
    (
        "Le site ameli dit d'appeler le 15 si la douleur dans la poitrine irradie dans le bras. "
        "Moi j'ai juste le nez qui coule",
        "fr",
        False,
    ),
    (
        "tu as dit que ton fils a la nuque raide et de la fièvre, il faut l'emmener aux urgences",
        "fr",
        False,
    ),
    (
        "I'm scared it's a stroke but my face and speech are fine, just a tension headache",
        "en",
        False,
    ),
    ("I'm scared he's having a stroke, his face is drooping on one side", "en", True),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "lang", "emergency"), TABLE)
def test_public_check_alarms_only_on_the_patients_own_emergency(
    client: Client, text: str, lang: str, emergency: bool
) -> None:
    response = client.post(
        "/api/urgent-check/",
        {"text": text, "lang": lang, "country": "GB"},
        content_type="application/json",
    )
    assert response.status_code == 200
    body = response.json()
    assert body["emergency"] is emergency
    assert (body["guidance"] is not None) is emergency
