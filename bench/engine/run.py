"""Benchmark of the guideline engine: one command, prints p50/p99 per 300-word answer for a
200-rule set, the cold compile time and answers per second.

    .venv/bin/python bench/engine/run.py [--answers 400] [--rounds 5] [--no-deid]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from guidelines.engine import (
    CheckContext,
    Rule,
    compile_rules,
    load_seed_sets,
    rule_from_dict,
)

EN_SENTENCES = [
    "As a GP, I see this question often and I understand why it worries you.",
    "Headaches like the ones you describe are most often tension-type headaches, which are common.",
    "The usual adult dose of paracetamol is 1 g up to four times a day, with at least four hours between doses.",
    "Ibuprofen (Nurofen) is an alternative if you have no stomach or kidney problems.",
    "If you have a sudden, severe headache or weakness in an arm, call 999 at once.",
    "For advice out of hours, call NHS 111 or see https://www.nhs.uk/conditions/headaches/.",
    "NICE guidance (https://www.nice.org.uk/guidance/cg150) explains the warning signs in detail.",
    "Regular meals, enough water and a steady sleep pattern help many people.",
    "Keeping a headache diary for two weeks helps your own doctor see the pattern.",
    "Parkinson's disease and Horton's disease are very unlikely with these symptoms.",
    "This answer is not a consultation: please see your own GP, who can examine you.",
    "Blood pressure above 180/120 needs prompt attention, so measure it twice.",
    "Eye strain, neck tension and caffeine withdrawal are frequent triggers.",
]
FR_SENTENCES = [
    "En tant que médecin généraliste, je vois souvent cette question.",
    "Les maux de tête que vous décrivez font penser à des céphalées de tension, fréquentes et bénignes.",
    "Chez l'adulte, la dose habituelle de paracétamol est de 1 g jusqu'à 3 fois par jour.",
    "Si vous avez une douleur brutale, une faiblesse d'un bras ou des difficultés à parler, appelez le 15.",
    "La HAS et le site ameli.fr détaillent les signes d'alerte.",
    "Cette réponse ne remplace pas une consultation : votre médecin pourra vous examiner.",
    "Un agenda des maux de tête sur deux semaines aide votre médecin traitant.",
    "Le café, les écrans et le manque de sommeil sont des déclencheurs fréquents.",
    "Une tension au-dessus de 18/12 doit être contrôlée rapidement.",
]


BAD = {
    "en": [
        "Take 2 tablets of 500 mg three times a day.",
        "Email me at jo.smith@gmail.com if it gets worse.",
        "This treatment is guaranteed to work.",
        "Send me your results and I will follow you up.",
    ],
    "fr": [
        "Prenez 1 g de paracétamol 3 fois par jour.",
        "Écrivez-moi à jean.dupont@orange.fr si cela s'aggrave.",
        "Ce traitement est sans aucun risque.",
        "Mon cabinet propose des séances de mésothérapie.",
    ],
}
BAD_SHARE = 0.3  # share of answers that break a rule (one sentence)


def synthetic_rules(n: int) -> list[Rule]:
    """Seed rules plus committee-style rules of every kind up to n rules."""
    seeds = load_seed_sets()
    rules = [r for s in ("global", "gb", "fr", "us") for r in seeds[s].rules]
    rng = random.Random(7)
    words = re.findall(r"[a-zéèàç]{5,}", " ".join(EN_SENTENCES + FR_SENTENCES).lower())
    # Committee vocabulary mostly absent from sound answers, as in real rule sets.
    other = [
        "homeopathy",
        "detox",
        "cleanse",
        "miracle",
        "quackery",
        "ozone",
        "chelation",
        "colloidal",
        "magnétiseur",
        "coupeur",
        "jeûne",
        "naturopathie",
        "iridologie",
        "kinésiologie",
        "reiki",
        "biorésonance",
    ]
    i = 0
    kinds = [
        "forbidden_phrase",
        "pattern",
        "forbidden_phrase",
        "contact_solicitation",
        "prescription",
        "diagnosis",
        "promotion",
        "overclaiming",
        "abuse",
        "link_policy",
        "care_relationship",
        "conflict_of_interest",
        "citation",
        "length",
        "required_phrase",
        "emergency_block",
    ]
    while len(rules) < n:
        kind = kinds[i % len(kinds)]
        params: dict[str, object] = {}
        if kind == "forbidden_phrase":
            params = {
                "phrases": [f"{rng.choice(words)} {rng.choice(other)}" for _ in range(6)]
                + rng.sample(other, 2)
            }
        elif kind == "pattern":
            a, b = rng.choice(words), rng.choice(other)
            params = {"pattern": rf"\b{a}\b.{{0,40}}\b{b}\w*"}
        elif kind == "required_phrase":
            params = {
                "phrases": {
                    "en": ["not a consultation"],
                    "fr": ["ne remplace pas une consultation"],
                }
            }
        elif kind == "length":
            params = {"min_words": 50, "max_words": 2000}
        rules.append(
            rule_from_dict(
                {
                    "code": f"SYN-{i:03d}",
                    "kind": kind,
                    "severity": rng.choice(["block", "warn"]),
                    "title": f"Synthetic {kind}",
                    "explanation": "Benchmark rule.",
                    "source": "bench - synthetic",
                    "params": params,
                }
            )
        )
        i += 1
    return rules[:n]


def answer(rng: random.Random, lang: str, words: int = 300) -> str:
    pool = EN_SENTENCES if lang == "en" else FR_SENTENCES
    # Sound answers carry the disclaimer and, for an emergency question, the emergency numbers.
    out: list[str] = [pool[4] if lang == "en" else pool[3], pool[10] if lang == "en" else pool[5]]
    while sum(len(s.split()) for s in out) < words:
        out.append(rng.choice(pool))
    if rng.random() < BAD_SHARE:
        out.insert(rng.randrange(len(out)), rng.choice(BAD[lang]))
    return " ".join(out)


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--answers", type=int, default=400)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--rules", type=int, default=200)
    ap.add_argument(
        "--no-deid",
        action="store_true",
        help="use the benchmark's small fallback finder instead of the anonymiser",
    )
    args = ap.parse_args()

    from guidelines.identifiers import find_identifiers

    finder = find_identifiers
    if args.no_deid:
        from bench.engine.fallback_ids import fallback_find

        finder = fallback_find
    rules = synthetic_rules(args.rules)

    re.purge()
    t0 = time.perf_counter()
    checker = compile_rules(rules, identifier_finder=finder)
    cold = time.perf_counter() - t0
    re.purge()
    t0 = time.perf_counter()
    compile_rules(rules, identifier_finder=finder)
    cold2 = time.perf_counter() - t0

    rng = random.Random(42)
    texts = [(answer(rng, lang), lang) for lang in ("en", "fr") for _ in range(args.answers // 2)]
    ctx = CheckContext(question_emergency=True, declared_interests=("Novo Nordisk",))
    for text, lang in texts[:20]:
        checker.check(text, lang=lang, context=ctx)  # warm-up
    times: list[float] = []
    blocked = 0
    t_all = time.perf_counter()
    for _ in range(args.rounds):
        for text, lang in texts:
            t0 = time.perf_counter()
            v = checker.check(text, lang=lang, context=ctx)
            times.append(time.perf_counter() - t0)
            blocked += not v.passed
    total = time.perf_counter() - t_all
    times.sort()
    # The floor, in the same run: the least any 200-rule checker does, one pass of one compiled regex
    # (an alternation of 200 words drawn from the answers' own vocabulary) over the text after Unicode
    # normalisation. What the check costs above it is the engine's own work (sentences, scope, stance,
    # the anonymiser).
    vocab = sorted({w.lower() for t, _ in texts for w in re.findall(r"[^\W\d]{5,}", t)})
    floor_rx = re.compile(
        r"\b(?:"
        + "|".join(map(re.escape, random.Random(7).sample(vocab, min(200, len(vocab)))))
        + r")\b",
        re.IGNORECASE,
    )
    floor_times: list[float] = []
    for _ in range(args.rounds):
        for text, _lang in texts:
            t0 = time.perf_counter()
            floor_rx.findall(unicodedata.normalize("NFC", text))
            floor_times.append(time.perf_counter() - t0)
    floor_times.sort()
    floor_p50 = statistics.median(floor_times) * 1000
    floor_p99 = floor_times[int(len(floor_times) * 0.99) - 1] * 1000
    p50 = statistics.median(times) * 1000
    p99 = times[int(len(times) * 0.99) - 1] * 1000
    words = statistics.mean(len(t.split()) for t, _ in texts)
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(
        f"rules: {len(rules)} ({len({r.kind for r in rules})} kinds); answers: {len(texts)} x {args.rounds} rounds, "
        f"{words:.0f} words each (EN+FR); identifier finder: {'fallback' if args.no_deid else 'guidelines.deid'}"
    )
    print(f"cold compile: {cold * 1000:.1f} ms (again after re.purge: {cold2 * 1000:.1f} ms)")
    print(f"check per answer: p50 {p50:.2f} ms, p99 {p99:.2f} ms, max {times[-1] * 1000:.2f} ms")
    print(
        f"floor (one 200-word regex pass, same texts, same run): p50 {floor_p50:.3f} ms, p99 {floor_p99:.3f} ms; "
        f"ratio floor/check at p99 {floor_p99 / p99:.3f}; aim (issue 13): check p99 <= 5 ms: "
        f"{'met' if p99 <= 5 else 'NOT met'}"
    )
    print(
        f"throughput: {len(times) / total:.0f} answers/s on one core ({blocked} of {len(times)} checks blocked; "
        f"{BAD_SHARE:.0%} of answers carry a breaking sentence, the rest may still warn)"
    )


if __name__ == "__main__":
    main()
