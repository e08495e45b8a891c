"""Kinds about private contact and links."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts_contact import off_platform
from guidelines.engine.kinds.base import (
    BuildEnv,
    Doc,
    Hit,
    Lexicon,
    Matcher,
    ParamSpec,
    excerpt,
    msg,
    negated,
    str_tuple,
)
from guidelines.engine.kinds.detect import (
    APPS,
    FIRST_PERSON_CONTACT,
    HANDLE,
    domain_allowed,
    find_emails,
    find_phones,
    find_spelled_phones,
    find_urls,
    tracking_params,
)
from guidelines.engine.kinds.stance import model_hits, not_own_words
from guidelines.engine.model import Rule

# ---------------------------------------------------------------- contact solicitation

CONTACT_CHANNELS = ("email", "phone", "handle", "messaging", "invitation")


_WRITER_DEVICE = re.compile(r"(?:" + lx.WRITER_DEVICE + r")")
_CONTACT_RX = {"en": Lexicon(lx.CONTACT_PHRASES_EN), "fr": Lexicon(lx.CONTACT_PHRASES_FR)}


def _build_contact(rule: Rule, env: BuildEnv) -> Matcher:
    channels = frozenset(str_tuple(rule.params, "detect") or CONTACT_CHANNELS)
    allowed_numbers = str_tuple(rule.params, "allowed_numbers")
    allowed_domains = str_tuple(rule.params, "allowed_email_domains")

    def match(doc: Doc) -> Iterator[Hit]:
        hits = list(lexical(doc))
        yield from hits
        if "invitation" in channels:
            for a, b, p, cue in model_hits(doc, "contact", [(h.start, h.end) for h in hits]):
                q = excerpt(doc.text, a, b)
                yield Hit(
                    a,
                    b,
                    msg(
                        doc.lang,
                        f'Invitation to private contact (clause read as such, {p:.2f}): "{q}"',
                        f"Invitation à un contact privé (proposition lue comme telle, {p:.2f}) : « {q} »",
                    ),
                    "" if cue else "warn",
                )

    def lexical(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        fr = doc.lang == "fr"
        if "email" in channels:
            for s, e, _k in find_emails(doc, allowed_domains):
                yield Hit(
                    s,
                    e,
                    msg(
                        doc.lang,
                        f'Private contact: e-mail address "{excerpt(text, s, e)}"',
                        f"Contact privé : adresse e-mail « {excerpt(text, s, e)} »",
                    ),
                )
        if "phone" in channels:
            for s, e in [*find_phones(doc, allowed_numbers), *find_spelled_phones(doc)]:
                yield Hit(
                    s,
                    e,
                    msg(
                        doc.lang,
                        f'Private contact: phone number "{excerpt(text, s, e)}"',
                        f"Contact privé : numéro de téléphone « {excerpt(text, s, e)} »",
                    ),
                )
        if "handle" in channels and "@" in text:
            for m in HANDLE.finditer(text):
                yield Hit(
                    m.start(),
                    m.end(),
                    msg(
                        doc.lang,
                        f'Private contact: social handle "{m.group()}"',
                        f"Contact privé : identifiant « {m.group()} »",
                    ),
                )
        if "messaging" in channels:
            for a, b in APPS.spans(doc):
                s, e = doc.sentence_at(a)
                lo, hi = max(s, a - 40), min(e, b + 40)
                window = text[lo:a] + " " + text[b:hi]
                if FIRST_PERSON_CONTACT.search(window) and not negated(doc, a, 40):
                    yield Hit(
                        a,
                        b,
                        msg(
                            doc.lang,
                            f'Private contact through "{text[a:b]}"',
                            f"Contact privé via « {text[a:b]} »",
                        ),
                    )
        if "invitation" in channels:
            for a, b in _CONTACT_RX["fr" if fr else "en"].spans(doc):
                if negated(doc, a, 25) or not_own_words(doc, a, b):
                    continue
                if _WRITER_DEVICE.search(doc.low, max(0, a - 60), a):
                    continue  # "replying from my phone": what the writer types on
                yield Hit(
                    a,
                    b,
                    msg(
                        doc.lang,
                        f'Invitation to private contact: "{excerpt(text, a, b)}"',
                        f"Invitation à un contact privé : « {excerpt(text, a, b)} »",
                    ),
                )
            # the writer's people reaching the reader, or the reader sent to the writer in person (answers19)
            for a, b in off_platform(doc):
                yield Hit(
                    a,
                    b,
                    msg(
                        doc.lang,
                        f'Moves the conversation off the platform: "{excerpt(text, a, b)}"',
                        f"Déplace l'échange hors de la plateforme : « {excerpt(text, a, b)} »",
                    ),
                )

    return match


CONTACT_PARAMS = (
    ParamSpec(
        "detect",
        "choice_list",
        "Channels that count as private contact.",
        default=CONTACT_CHANNELS,
        choices=CONTACT_CHANNELS,
    ),
    ParamSpec(
        "allowed_numbers",
        "string_list",
        "Extra official numbers that may appear (emergency numbers and known helplines are always allowed).",
        default=(),
    ),
    ParamSpec(
        "allowed_email_domains",
        "string_list",
        "E-mail domains that may appear (e.g. an official service).",
        default=(),
    ),
)

# ---------------------------------------------------------------- link policy

# Government, public-health, university and UN-agency hosts are public sources whatever the allow-list says.
# Non-profit suffixes (.org, .org.uk, .asso.fr) are accepted too: charities and learned societies are cited far
# more often than they are abused, and shorteners and tracking parameters are still refused on them.
_PUBLIC_SECTOR = re.compile(
    r"\.(?:gov|edu|int|org)(?:\.[a-z]{2})?$|\.(?:gouv\.fr|nhs\.uk|nhs\.net|gc\.ca|ac\.uk|asso\.fr)$"
)


def _build_links(rule: Rule, env: BuildEnv) -> Matcher:
    mode = str(rule.params.get("mode", "allow_list"))
    allowed = str_tuple(rule.params, "allowed_domains")
    no_short = bool(rule.params.get("refuse_shorteners", True))
    no_track = bool(rule.params.get("refuse_tracking", True))

    def match(doc: Doc) -> Iterator[Hit]:
        text = doc.text
        for s, e, url, host in find_urls(doc):
            quote = excerpt(text, s, e)
            if no_short and host in lx.URL_SHORTENERS:
                yield Hit(
                    s,
                    e,
                    msg(
                        doc.lang,
                        f'Link shortener hides the destination: "{quote}"',
                        f"Un raccourcisseur de lien masque la destination : « {quote} »",
                    ),
                )
                continue
            if mode == "none":
                yield Hit(
                    s,
                    e,
                    msg(
                        doc.lang,
                        f'Links are not allowed: "{quote}"',
                        f"Les liens ne sont pas autorisés : « {quote} »",
                    ),
                )
                continue
            if not (domain_allowed(host, allowed) or _PUBLIC_SECTOR.search(host.lower())):
                yield Hit(
                    s,
                    e,
                    msg(
                        doc.lang,
                        f'Link to a site outside the allow-list: "{host}"',
                        f"Lien vers un site hors de la liste autorisée : « {host} »",
                    ),
                )
                continue
            if no_track:
                bad = tracking_params(url)
                if bad:
                    yield Hit(
                        s,
                        e,
                        msg(
                            doc.lang,
                            f"Tracking, affiliate or sign-up part in link: {', '.join(bad)}",
                            f"Paramètre de suivi, d'affiliation ou d'inscription dans le lien : {', '.join(bad)}",
                        ),
                    )

    return match


def _validate_links(params: Mapping[str, object]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for d in str_tuple(params, "allowed_domains"):
        if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+[a-z]{2,}", d.lower()):
            errors.setdefault("params.allowed_domains", []).append(
                f'"{d}" is not a domain name such as nhs.uk.'
            )
    return errors


LINK_PARAMS = (
    ParamSpec(
        "mode",
        "choice",
        "allow_list: only links to the listed domains; none: no links at all.",
        default="allow_list",
        choices=("allow_list", "none"),
    ),
    ParamSpec(
        "allowed_domains",
        "string_list",
        "Domains whose links are allowed (subdomains included).",
        default=lx.HEALTH_AUTHORITY_DOMAINS,
    ),
    ParamSpec("refuse_shorteners", "bool", "Refuse URL shorteners such as bit.ly.", default=True),
    ParamSpec(
        "refuse_tracking",
        "bool",
        "Refuse tracking and affiliate parameters (utm_*, fbclid, ref…).",
        default=True,
    ),
)
