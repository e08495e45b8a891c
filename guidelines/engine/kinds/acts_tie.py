"""A tie to a product's maker said in plain words beside a push for the product (COI-01, answers26).

A grammar, not a phrase list: a first-person subject (I, we, « je », « j' ») + a tie — paid work for the maker
("I consult for", "I advise", "I'm paid by", « je travaille pour »), a seat on its board or panel ("I'm on
Nuvexa's advisory board", "I sit on their panel"), a paid role ("their brand ambassador", « leur sage-femme
ambassadrice », `tie_roles.txt`), money from the sales ("I get a cut", "a share of every order", « je touche un
pourcentage »), a part of it ("I hold shares in them", « j'ai des actions chez eux ») — whose object points at the
maker or the product: a pointer (them, it, their, its, « leur », « eux »), the maker described ("the company that
makes it", "the firm behind it", « le labo qui le fabrique ») or a capitalised name ("Nuvexa's"); and, in the same
sentence or a neighbour, the reader pushed to the product: an order at the head of a clause ("try", "get", "take",
« prenez », « essayez »), the writer's pick ("I'd go with", "the one I tell everyone to buy", "best one out
there", « je vous conseille »).

Sources: GMC Good medical practice 2024 ¶¶90-94 and "Identifying and managing conflicts of interest"; AMA Code
of Medical Ethics 8.12, 9.6.2; CNOM R.4127-13, R.4127-19; art. L.1451-1 and L.1453-3 CSP.

Not read (the caller also leaves out answers with a declaration frame, "Conflict of interest: …"): a negation in
the tie's clause ("I don't consult for anyone"), a condition or question, quoted or reported words, a public body
as the object (NHS, a university, « l'hôpital »), a recusal nearby ("so I won't recommend a brand"), and a tie
with no push beside it. Pure function of the checked document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from guidelines.engine.kinds.acts import Span, sentences_near
from guidelines.engine.kinds.acts_interest import recused
from guidelines.engine.kinds.base import Doc, Hit, excerpt, msg
from guidelines.engine.kinds.stance import not_own_words
from guidelines.engine.lexicon._files import alternation

_ROLE = alternation("tie_roles")
_MAKER = (
    r"(?:company|companies|firm|brand|lab|laboratory|manufacturer|makers?|people|start-?up|business|outfit|"
    r"labo|laboratoire|société|entreprise|marque|fabricant|firme|start-up)s?"
)
# What the tie's object may be: a pointer, the maker described, or a name.
_ANCHOR = (
    rf"(?:them|it|they|their|its|the {_MAKER}\s+(?:that|who|which|behind)\b|the {_MAKER} (?:making|selling)\b|"
    rf"(?:the )?makers? of\b|(?:this|that|these|those|ce|cet|cette|ces) {_MAKER}\b|(?-i:[A-Z][\w-]+)(?:'s)?\b|leur|leurs|eux|elle|elles|(?:le|la|l') ?"
    rf"{_MAKER}\s+qui\b)"
)
_TIE = re.compile(
    # EN: paid work for the maker
    r"\b(?:i|we)\s+(?:also\s+|still\s+|actually\s+)?(?:consult|work|do (?:some |paid )?(?:work|consulting|talks))\s+for\s+"
    + _ANCHOR
    + r"|\b(?:i|we)\s+(?:also\s+|still\s+)?advise\s+"
    + _ANCHOR
    + r"(?!\s+(?:to|not|against|on)\b)"
    + r"|\b(?:i|we)(?:'m|'re| am| are| get| got)\s+(?:also\s+)?paid\s+by\s+"
    + _ANCHOR
    # EN: a seat on the maker's board or panel
    + r"|\b(?:i|we)(?:'m|'re| am| are| sit| serve)\s+(?:also\s+)?on\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:board|panel|committee)\b"
    # EN: a paid role ("I'm their brand ambassador", "I'm a consultant to them")
    + r"|\b(?:i|we)(?:'m|'re| am| are)\s+(?:also\s+)?(?:their|its|(?-i:[A-Z][\w-]+)'s)\s+(?:[\w'-]+\s+){0,2}?(?:"
    + _ROLE
    + r")s?\b|\b(?:i|we)(?:'m|'re| am| are)\s+(?:also\s+)?(?:a|an)\s+(?:paid\s+)?(?:"
    + _ROLE
    + r")s?\s+(?:for|to|with)\s+"
    + _ANCHOR
    # EN: money from the sales
    + r"|\b(?:i|we)\s+(?:also\s+)?(?:get|receive|earn|take|make)\s+(?:a\s+)?(?:cut|share|percentage|slice|"
    r"commission|kickback|fee)\b[^.;!?]{0,30}?\b(?:every|each|all|the)\s+(?:order|sale|purchase|box|bottle|"
    r"subscription|download|referral|sign-?up)s?\b"
    # EN: a share of the revenue, a stake in the maker, the maker paying for the writer's outlet
    + r"|\b(?:i|we)\s+(?:also\s+)?(?:get|receive|earn|take|make|have)\s+(?:a\s+)?(?:(?:revenue|rev|profit|sales)"
    r"[ -]share|affiliate (?:fee|commission|payout|cut)s?|referral (?:fee|bonus)e?s?|kickbacks?)\b"
    + r"|\b(?:i|we)(?:'ve| have)?\s+(?:also\s+)?(?:have|hold|own|got)\s+(?:a\s+)?(?:small\s+|large\s+|big\s+)?"
    r"(?:shareholding|holding|stake|shares|stock|equity)\s+in\s+"
    + _ANCHOR
    + r"|\b(?:they|it|(?-i:[A-Z][\w-]+))\s+(?:also\s+)?(?:sponsors?|funds?|pays? for|bankrolls?)\s+(?:my|our)\s+"
    r"(?:podcast|show|channel|newsletter|blog|videos?|page|account|research|clinic|lab|events?)\b"
    # FR: « je suis leur X ambassadrice », « je travaille pour eux / pour le labo qui le fabrique »
    + r"|\bje\s+suis\s+(?:aussi\s+|également\s+)?(?:leur|son|sa)\s+(?:[\w'-]+\s+){0,2}?(?:"
    + _ROLE
    + r")s?\b|\bje\s+(?:travaille|fais du conseil|interviens)\s+(?:aussi\s+)?(?:pour|avec|chez)\s+"
    + _ANCHOR
    + r"|\bje\s+(?:siège|suis)\s+(?:aussi\s+)?(?:à|au|dans)\s+(?:leur|son|sa)\s+(?:conseil|comité|board)\b"
    + r"|\bj'ai\s+(?:aussi\s+)?(?:des|quelques|une|un)\s+(?:parts?|actions|participations?)\s+(?:dans|chez|de)\s+"
    + _ANCHOR
    + r"|\b(?:ils|elle|elles|(?-i:[A-Z][\w-]+))\s+(?:sponsorise(?:nt)?|finance(?:nt)?)\s+(?:mon|ma|mes|notre|nos)\s+"
    r"(?:podcast|émission|chaîne|newsletter|blog|vidéos?|page|compte|recherche|cabinet|laboratoire)\b"
    + r"|\bje\s+(?:touche|perçois|reçois|gagne)\s+(?:un|une|des|ma)?\s*(?:pourcentage|commission|part|com)s?\s+"
    r"(?:sur|de|à)\s+(?:chaque|toutes? les|les)\b",
    re.IGNORECASE,
)
# The reader pushed to the product: an order at the head of a clause, or the writer's pick.
_PUSH = re.compile(
    r"(?:^|[.!?;:\n]\s*|,\s*|\b(?:so|and|then|just|donc|alors|et)\s+)(?:try|get|take|buy|use|grab|order|pick|"
    r"download|go (?:with|for)|start on|switch to|prenez|essayez|achetez|utilisez|optez pour|choisissez|commandez|"
    r"téléchargez|passez à|faites|allez (?:chez|au|à la|dans)|go to|head to|book (?:at|with|through))\b"
    r"|\bi'?d (?:go with|go for|pick|choose|recommend|suggest|use)\b|\bi (?:recommend|suggest|swear by)\b"
    r"|\b(?:the one|what) i (?:tell|send|point) (?:everyone|people|all my)\b|\bbest (?:one|brand|app|option) "
    r"(?:out there|on the market|going)\b|\bje (?:vous )?(?:conseille|recommande)\b|\bc'est (?:le|la) meilleure?\b"
)
_PUBLIC = re.compile(
    r"\b(?:nhs|public|charit\w*|universit\w*|hospital|trust|council|ministry|college|society|hôpital|ars|cpam|"
    r"assurance maladie|université|ministère|ordre|association|has|who|oms|cdc|nice)\b"
)
_NEG = re.compile(
    r"\b(?:not|never|no|don't|doesn't|didn't|won't|ne|n'|aucune?|jamais|plus)\b|n't\b"
)
_COND = re.compile(r"\b(?:if|whether|unless|si|s'il|même si)\b")
_STOP = re.compile(r"[.!?;\n]|\b(?:but|mais)\b")


def ties_pushed(doc: Doc) -> Iterator[Span]:
    """A tie to a product's maker said by the writer, beside the reader pushed to the product."""
    low, text = doc.low, doc.text
    # read on the original text (a name is told by its capital); the lower-cased text has the same offsets
    for m in _TIE.finditer(text):
        a, b = m.span()
        s, e = doc.sentence_at(a)
        if low[s:e].rstrip().endswith("?"):
            continue
        cs = max((x.end() for x in _STOP.finditer(low, s, a)), default=s)
        ce = x.start() if (x := _STOP.search(low, b, e)) else e
        if _NEG.search(low, cs, b) or _COND.search(low, cs, a) or _PUBLIC.search(low, a, ce):
            continue
        if not_own_words(doc, a, b) or recused(doc, a):
            continue
        if re.search(r"\b(?:that|who|which|behind|qui)$", low[a:b]):
            b = min(
                ce, b + 30
            )  # the maker described: quote the description whole ("… that makes it")
        lo, hi = sentences_near(doc, s, e)
        if any(
            not _NEG.search(low, max(lo, p.start() - 12), p.start())
            for p in _PUSH.finditer(low, lo, hi)
        ):
            yield a, b


def tie_hits(doc: Doc, declared: bool) -> Iterator[Hit]:
    """COI-01's hits for `ties_pushed`, when the answer has no declaration frame."""
    if declared:
        return
    for a, b in ties_pushed(doc):
        q = excerpt(doc.text, a, b)
        yield Hit(
            a,
            b,
            msg(
                doc.lang,
                f'A tie to the maker ("{q}") beside a push for its product, with no declaration of interest: '
                'declare it ("Conflict of interest: …") and leave the choice to the patient, or leave it out',
                f"Un lien avec le fabricant (« {q} ») à côté d'une incitation à choisir son produit, sans "
                "déclaration de lien d'intérêt : déclarez-le et laissez le choix au patient, ou retirez-le",
            ),
        )
