"""The writer's own financial interest stated as a fact, beside the reader sent there (COI-01, answers21).

A grammar, not a phrase list: a first-person subject (I, we, je, j', nous; with « y » / « en » standing for the
place) + a predicate of financial interest — a part held (shareholder, partner, co-owner, « associé »,
« copropriétaire », "hold shares / a stake", « j'ai des parts »), pay from it ("paid by", "a share of the
profits", « rémunéré », « honoraires versés par », « je touche une commission ») or a seat on its board (« je siège
à son conseil ») — and, in the same sentence or a neighbour, the reader steered: sent or recommended by the writer
("where I'd send you", "go private at", « je vous oriente vers », « je peux vous y recommander »), told to contact
or book there (« appelez-les », « demandez un rendez-vous là-bas », « de ma part », « c'est moi qui vous envoie »),
or the answer naming where to go (« Où faire l'IRM : »); or the interest pointing back at what was just named
(« j'ai des parts dedans », "I own a stake in it", « j'y suis associé »).

Sources: CNOM, Code de déontologie médicale R.4127-19 (la médecine ne doit pas être pratiquée comme un commerce),
R.4127-23 (compérage), R.4127-24 (avantage matériel, ristourne), R.4127-26; art. L.1451-1 CSP (liens d'intérêts);
GMC Good medical practice (2024) ¶¶90-94 and "Identifying and managing conflicts of interest"; AMA Code of Medical
Ethics 8.12 and 11.2.3 (a financial interest in a facility one refers to). A declaration does not excuse the
self-referral: it is the sending there that the guidance forbids.

Not read: a negated or hypothetical interest ("I have no shares", « si j'avais des parts »), a question, quoted
words, a public employer in the clause (NHS, « hôpital public »), a steer to care rather than to the place
("discuss it with your GP", « parlez-en à votre médecin »), and a recusal nearby ("so I won't recommend any brand",
« donc je ne vous conseillerai aucune marque »). Pure function of the checked document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine import lexicon as lx
from guidelines.engine.kinds.acts import Span, sentences_near
from guidelines.engine.kinds.base import Doc
from guidelines.engine.kinds.stance import not_own_words

# filler words between the verb and its object, never a negation ("I have no shares", « je n'ai aucune part »)
_FILL = r"(?:(?!(?:no|not|never|none|any|aucune?s?|pas|plus|jamais|nulle?)\b)[\w'-]+\s+)"
_FR_ROLE = (
    r"(?:actionnaire|associée?|copropriétaire|propriétaire|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|"
    r"investisseu(?:r|se)|gérante?|administrat(?:eur|rice)|partenaire financier|intéressée? aux (?:bénéfices|résultats))s?"
)
_FR_PAID = r"(?:rémunérée?|payée?|salariée?|commissionnée?|défrayée?|intéressée?)s?"
_FR_GAIN = (
    r"(?:commissions?|honoraires|rémunérations?|pourcentages?|dividendes|redevances|royalties|primes?|"
    r"bénéfices|intéressement|part des (?:bénéfices|recettes))"
)
_EN_ROLE = (
    r"(?:co-?owner|owner|shareholder|stakeholder|investor|co-?founder|founder|equity partner|"
    r"partner(?! (?:in|with) (?:your|you|care|the patient)))s?"
)
_INTEREST = re.compile(
    # French: je / j' / nous + « y », « en » (the place) + the predicate
    r"\b(?:je|j'|nous|on)\s*(?:(?:y|en)\s+|(?:y|en)\s*)?(?:(?:suis|sommes|reste|restons)\s+"
    rf"(?:aussi\s+|également\s+|moi-même\s+|personnellement\s+|d'ailleurs\s+)?(?:(?:l'une?|un|une)\s+des\s+|co-?)?"
    rf"(?:{_FR_ROLE}|{_FR_PAID})\b|(?:ai|avons|a|possède|possédons|détiens|détenons)\s+{_FILL}{{0,4}}?"
    r"(?:parts?|actions|participations?|intérêts? financiers?|capital)\b|"
    rf"(?:touche|touchons|perçois|percevons|reçois|recevons|gagne|gagnons|encaisse)\s+{_FILL}{{0,3}}?{_FR_GAIN}\b|"
    r"touche(?:ns)?\s+(?:sur|à) chaque\b|"
    r"siège(?:ons)?\s+(?:à|au|dans)\s+(?:son|sa|leur|le|la|ce)?\s*(?:conseil|comité|board)\b)"
    # French, with no subject: fees paid by the place (« avec des honoraires versés par l'établissement »)
    r"|\b(?:mes|des|les)\s+honoraires\s+(?:sont\s+)?(?:versés|payés|réglés)\s+par\b"
    # answers23: money put into it (« j'ai investi dans l'affaire », "I've invested in the clinic")
    r"|\b(?:j'|nous\s+|on\s+)(?:y\s+)?(?:ai|avons|a)\s+(?:aussi\s+|moi-même\s+|personnellement\s+)?investi\b"
    # English: I / we + the predicate
    rf"|\b(?:i|we)(?:'m|'re| am| are)\s+(?:also\s+|actually\s+|in fact\s+)?(?:a\s+|an\s+|the\s+|one of the\s+)?(?:\w+ and (?:a |an )?)?{_EN_ROLE}\b"
    rf"|\b(?:i|we)(?:'ve|\s+have)?\s+(?:also\s+|still\s+|actually\s+)?(?:own|hold|have|got)\s+{_FILL}{{0,4}}?"
    r"(?:shares?|stakes?|equity|(?:a\s+)?financial interest|an? (?:ownership|equity) (?:interest|share))\b"
    rf"|\b(?:i|we)\s+(?:also\s+|still\s+)?(?:get|receive|earn|take|draw|make)\s+{_FILL}{{0,3}}?"
    r"(?:share of (?:the )?profits?|profits?|dividends?|commissions?|royalt(?:y|ies)|kickbacks?|referral fees?|"
    r"(?:cut|share|percentage|slice) (?:of|on|from) (?:the |every |each |all )?(?:sales?|orders?|purchases?))\b"
    r"|\b(?:i|we)(?:'ve|\s+have)?\s+(?:also\s+|personally\s+)?(?:invested|put (?:money|savings|my savings))\s+in\b"
    # the place named just before, owned ("my wife and I own it", "we own the home")
    r"|\b(?:i|we)\s+(?:also\s+|still\s+|jointly\s+)?(?:own|run)\s+(?:it|them|the (?:place|clinic|home|practice|business|"
    r"company|shop|pharmacy|centre|center|gym|spa))\b"
    r"|\b(?:i|we)(?:'m|'re| am| are| get| got)\s+paid\s+(?:by them|by the (?:clinic|centre|center|hospital|company|"
    r"practice|lab|spa)|per (?:referral|patient|scan|booking))\b|\bon (?:their|its) payroll\b"
    # answers25: paid advice to the place just named ("I do consulting work for them", "I consult for them",
    # « je fais du conseil pour eux », « je suis consultant pour eux »); AMA 8.12, GMC GMP ¶¶90-94, CNOM R.4127-24
    r"|\b(?:i|we)\s+(?:also\s+|still\s+)?(?:do|did)\s+(?:some\s+|paid\s+|a bit of\s+)?(?:consulting|consultancy|"
    r"advisory|speaking)\s+(?:work\s+)?for\s+(?:them|it|the\s+\w+)\b|\b(?:i|we)\s+(?:also\s+)?consult\s+for\s+"
    r"(?:them|it)\b|\b(?:i'm|i am|we're|we are)\s+(?:also\s+)?(?:a\s+|an\s+)?(?:paid\s+)?(?:consultant|adviser|"
    r"advisor|ambassador|spokesperson)\s+(?:for|to)\s+(?:them|it)\b|\bje\s+(?:fais|réalise)\s+(?:aussi\s+)?(?:du|des)\s+"
    r"(?:conseil|consulting|missions?(?:\s+de\s+conseil)?)\s+pour\s+(?:eux|elle|elles|lui)\b|\bje\s+suis\s+(?:aussi\s+)?"
    r"(?:consultante?|conseill(?:er|ère)|ambassadrice|ambassadeur)\s+(?:rémunérée?\s+)?(?:pour|chez|de)\s+(?:eux|elle|elles)\b"
    # answers28: the money as subject, the writer paid ("a percentage of every sale comes back to me")
    r"|\b(?:" + lx.COI_SHARE_TO_ME + r")|\b(?:" + lx.COI_SEAT + r")"
)
_IF_BEFORE = re.compile(r"\b(?:if|even if|whether|si|s'|même si|unless|à moins que)\s*$")
_PUBLIC = re.compile(
    r"\b(?:nhs|public|charit\w*|universit\w*|hôpital public|assurance maladie|cpam|ars)\b"
)
_CLAUSE_STOP = re.compile(r"[;:,.!?]|\b(?:but|mais)\b")
_NEG = re.compile(r"\b(?:not|never|no|don't|doesn't|didn't|ne|n'|aucune?|jamais)\b|n't\b")

# Pointing back at what was just named: « y », « en », « dedans », "in it", "there", "its board".
_BACK_REF = re.compile(
    r"\b(?:j'y|j'en|nous y|nous en|y suis|en suis|dedans|là-dedans|in it|in them|there|in the (?:practice|clinic|"
    r"centre|center|hospital|lab|company|business)|son conseil|sa direction|for them|pour eux|"
    # answers28: its board, its sales ("je siège à son comité scientifique", "a share of every sale")
    r"(?:son|sa|leur|its|their) (?:[\w-]+ ){0,2}?(?:conseil|comité|board|committee|panel)|(?:every|each|chaque|the|les) "
    r"(?:sales?|orders?|purchases?|ventes?|commandes?|achats?))\b"
)
# The reader steered by the writer to the place.
_STEER = re.compile(
    r"\bje\s+(?:peux\s+|vais\s+|veux\s+)?(?:vous\s+)?(?:y\s+|l'|la\s+|le\s+|les\s+)?(?:vous\s+)?"
    r"(?:oriente|adresse|envoie|dirige|recommande|conseille|suggère|propose)\w*\b"
    r"|\bqui vous (?:envoie|adresse|oriente)\b|\bde ma part\b|\ben mon nom\b"
    r"|\b(?:allez|rendez-vous|adressez-vous|appelez|contactez|écrivez|téléphonez|demandez|prenez|réservez|inscrivez|"
    r"passez|présentez-vous|précisez|dites|mentionnez)(?:-y|-les|-la|-le|-leur)?\b(?=[^.!?\n]*?(?:-y\b|-les\b|-leur\b|"
    r"\blà-bas\b|\bchez eux\b|\bsur place\b|\bun (?:rendez-vous|rdv|créneau)\b|\bl'accueil\b|\bde ma part\b))"
    r"|\b(?:où|where to)\s+(?:faire|aller|consulter|acheter|passer|réserver|get|go|buy|book|have)\b"
    r"|\bwhere i'?d (?:send|refer|go|book)\b|\bi'?d (?:send|refer) you\b|\bi'?d book\b|\bi can vouch\b"
    r"|\bgo\s+(?:private\s+)?(?:to|at)\b|\bbook (?:\w+ ){0,3}?(?:at|with)\b|\bask for me\b"
    r"|\b(?:tell|say to) (?:them|reception|the desk) (?:that )?i sent you\b|\bmention my name\b"
    r"|\bi (?:\w+ )?(?:recommend|suggest)\b|\bi'd (?:\w+ )?(?:recommend|suggest)\b|\bje (?:vous )?(?:les |la |le |l')?(?:recommande|conseille)\b"
)
# A steer to care, not to the place ("I'd recommend you discuss it with your GP", « demandez à votre médecin »).
_CARE_AFTER = re.compile(
    r"[^.!?\n]{0,30}?\b(?:your (?:gp|doctor|pharmacist|surgeon|consultant|team)|votre (?:médecin|pharmacien|"
    r"chirurgien|généraliste|spécialiste)|médecin traitant|the nhs|111|999|911|le 15|les urgences|a&e)\b"
)
# The writer stepping back from any recommendation because of the tie.
_RECUSAL = re.compile(
    r"\b(?:won't|will not|wouldn't|can't|cannot|shouldn't|not going to|do not|don't)\s+(?:\w+\s+)?(?:recommend|suggest|"
    r"name|push|endorse|advise on)\b|\bne\s+(?:vous\s+)?(?:\w+\s+)?(?:conseillerai|recommanderai|citerai|proposerai|"
    r"conseille|recommande)\b|\bje ne (?:peux|vais|veux) pas (?:vous )?(?:en |les |le |la )?(?:recommander|conseiller)\b|"
    r"\b(?:leave|laisse|laissez|laisser) (?:the|le) choi(?:ce|x)\b|\b(?:no|aucune) (?:brand|marque)\b|"
    r"\b(?:stay|rester|reste) neutre?\b"
)


def _own_interest(doc: Doc) -> Iterator[Span]:
    low = doc.low
    for m in _INTEREST.finditer(low):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if low[s:e].rstrip().endswith("?") or _IF_BEFORE.search(low, max(s, a - 12), a):
            continue
        turn = max(
            (x.end() for x in _CLAUSE_STOP.finditer(low, max(s, a - 30), a)), default=max(s, a - 30)
        )
        if _NEG.search(low, turn, a) or _NEG.search(low, a, b) or not_own_words(doc, a, b):
            continue
        stop = _CLAUSE_STOP.search(low, b, e)
        if _PUBLIC.search(low, turn, stop.start() if stop else e):
            continue
        yield a, b


def recused(doc: Doc, a: int) -> bool:
    """The writer steps back from any recommendation in the tie's sentence or a neighbour ("so I won't recommend
    a brand", « je ne vous conseillerai aucune marque »): the tie is told, not used."""
    lo, hi = sentences_near(doc, *doc.sentence_at(a))
    return _RECUSAL.search(doc.low, lo, hi) is not None


# answers28: the interest's object names what the answer just recommended (« prenez le magnésium Magnavie … je
# possède une bonne partie des parts de Magnavie », "try GripSafe … I hold shares in GripSafe"): a back reference by
# name, in the original text's capitals.
_NAME_AFTER = re.compile(
    r"\s*(?:(?:in|of|at|de|du|des|d'|dans|chez)\s*)?(?:the\s+|la\s+|le\s+|l')?([A-Z][\w-]{2,})"
)


_CAPITAL = re.compile(r"\b[A-Z][\w-]{2,}")


def _named_back(doc: Doc, a: int, b: int) -> bool:
    """A name in the interest or just after it ("I sit on NeuroCalm's board") named before it nearby."""
    lo, _hi = sentences_near(doc, *doc.sentence_at(a))
    m = _NAME_AFTER.match(doc.text, b)
    names = [x.group() for x in _CAPITAL.finditer(doc.text, a, b)] + ([m.group(1)] if m else [])
    return any(doc.text.find(n, lo, a) >= 0 for n in names)


def interest_steered(doc: Doc) -> Iterator[Span]:
    """The writer's own financial interest, beside the reader steered there or pointing back at what was named."""
    low = doc.low
    for a, b in _own_interest(doc):
        s, e = doc.sentence_at(a)
        lo, hi = sentences_near(doc, s, e)
        if recused(doc, a):
            continue
        steered = _BACK_REF.search(low, s, e) is not None or _named_back(doc, a, b)
        if not steered:
            steered = any(
                not _CARE_AFTER.match(low, m.end())
                and not _NEG.search(
                    low, max(doc.sentence_at(m.start())[0], m.start() - 25), m.start()
                )
                for m in _STEER.finditer(low, lo, hi)
            )
        if steered:
            yield a, b
