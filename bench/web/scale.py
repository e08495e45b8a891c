"""Seed a national-scale Bridge database in SQL: published answers, queued cases, forum posts.

Usage (after `migrate` and `seed_demo` on that database):
    .venv/bin/python bench/web/scale.py --db postgres://postgres@127.0.0.1:5432/bridge_bench_web \
        [--answers 100000] [--cases 10000] [--posts 100000]

Everything is generated inside PostgreSQL (generate_series, one INSERT … SELECT per table), so
100,000 answers take seconds, not the hours the services would take. Each published answer gets what
the answer guard (triage migrations 0003/0008) demands: a passing AnswerCheck of its exact text and
title, made for its case; its question consents to publication. Texts are built from sentence
tables so that words are common ("rash" in about one answer in eight), rare or absent, in English
and French. The forum posts come from bench/forum/run.py's fill (threads of 50 posts).
"""

from __future__ import annotations

import argparse
import importlib.util
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]

SPECIALTIES = [
    "general_practice",
    "cardiology",
    "dermatology",
    "psychiatry",
    "paediatrics",
    "gynaecology_obstetrics",
    "neurology",
    "gastroenterology",
    "pulmonology",
    "endocrinology",
    "orthopaedics",
    "ent",
]


def _array(items: list[str]) -> str:
    return "ARRAY[" + ",".join("'" + i.replace("'", "''") + "'" for i in items) + "]"


EN_OPENERS = [
    "Thank you for your question about the rash on your arm.",
    "Thank you for describing your cough so clearly.",
    "Palpitations like the ones you describe are common and usually harmless.",
    "A headache that comes back every morning deserves attention.",
    "Itching at night with small red lesions has several possible causes.",
    "Tiredness over several weeks can have many explanations.",
    "Knee pain after running often comes from the tendons around the kneecap.",
    "Heartburn after meals is one of the most frequent digestive complaints.",
    "A sore throat with fever for three days is most often viral.",
    "Low mood and poor sleep for a month are worth discussing with someone.",
    "Eczema that flares in winter is very common.",
    "Dizziness when you stand up quickly usually comes from a drop in blood pressure.",
]
EN_MIDDLES = [
    "It would help to note when the symptoms start and what makes them better or worse.",
    "Drinking enough water and keeping regular meals often makes a difference.",
    "A pharmacist can advise on emollients and simple over-the-counter treatments.",
    "Blood tests, including a full blood count and thyroid function, are often the first step.",
    "An examination by your own doctor is the best way to look at the skin closely.",
    "Keeping a short diary for two weeks gives your doctor precious information.",
    "Gentle stretching and a gradual return to exercise are usually advised.",
    "Avoiding large meals late in the evening and raising the head of the bed can help.",
    "Most of these episodes settle on their own within a week or two.",
    "Talking therapies work well and your doctor can refer you.",
]
EN_CLOSERS = [
    "If you have chest pain, trouble breathing or feel faint, call 999 at once.",
    "See your GP within a week if it does not improve.",
    "If the rash spreads quickly or you feel unwell with a fever, seek care the same day.",
    "If you ever have thoughts of harming yourself, call 111 or the Samaritans on 116 123.",
    "Please book an appointment with your own doctor to be examined.",
]
FR_OPENERS = [
    "Merci pour votre question sur cette éruption cutanée.",
    "Une toux qui dure plus de trois semaines mérite un avis médical.",
    "Les palpitations que vous décrivez sont fréquentes et souvent bénignes.",
    "Des maux de tête le matin peuvent avoir plusieurs causes.",
    "Les démangeaisons nocturnes avec de petites lésions rouges ont plusieurs causes possibles.",
    "Une fatigue qui dure plusieurs semaines peut avoir de nombreuses explications.",
    "Les brûlures d'estomac après les repas sont très fréquentes.",
    "Un eczéma qui s'aggrave en hiver est très courant.",
]
FR_MIDDLES = [
    "Il serait utile de noter quand les symptômes apparaissent et ce qui les soulage.",
    "Boire suffisamment et garder des repas réguliers aide souvent.",
    "Un pharmacien peut vous conseiller des émollients et des traitements simples.",
    "Une prise de sang avec numération et bilan thyroïdien est souvent la première étape.",
    "Un examen par votre médecin traitant permet de regarder la peau de près.",
    "La plupart de ces épisodes disparaissent seuls en une à deux semaines.",
]
FR_CLOSERS = [
    "En cas de douleur thoracique ou de gêne respiratoire, appelez le 15 immédiatement.",
    "Consultez votre médecin traitant dans la semaine si cela ne s'améliore pas.",
    "Si vous avez des idées suicidaires, appelez le 3114.",
]


def _text_sql(lang: str, openers: list[str], middles: list[str], closers: list[str]) -> str:
    """An SQL expression of n: one opener, three middles, one closer (about 90 words)."""
    return (
        f"(({_array(openers)})[1 + n % {len(openers)}] || ' ' || "
        f"({_array(middles)})[1 + (n / 7) % {len(middles)}] || ' ' || "
        f"({_array(middles)})[1 + (n / 3 + 2) % {len(middles)}] || ' ' || "
        f"({_array(middles)})[1 + (n / 11 + 5) % {len(middles)}] || ' ' || "
        f"({_array(closers)})[1 + (n / 5) % {len(closers)}] || ' (ref ' || n || ')')"
    )


FILL_ANSWERS = """
CREATE TEMP TABLE seed_answer ON COMMIT DROP AS
SELECT n,
       CASE WHEN n % 4 = 0 THEN 'fr' ELSE 'en' END AS lang,
       CASE WHEN n % 4 = 0 THEN {fr_text} ELSE {en_text} END AS text,
       CASE WHEN n % 4 = 0 THEN 'Réponse ' || n || ' : que faire ?' ELSE 'Answer ' || n || ': what to do next' END AS title,
       ({specialties})[1 + n % {n_specialties}] AS specialty,
       now() - make_interval(mins => n * 5) AS published_at
FROM generate_series(1, {count}) AS n;

CREATE TEMP TABLE seed_base ON COMMIT DROP AS
SELECT (SELECT coalesce(max(id), 0) FROM triage_case) AS case_base,
       (SELECT coalesce(max(id), 0) FROM guidelines_answercheck) AS check_base,
       (SELECT coalesce(max(id), 0) FROM triage_answer) AS answer_base,
       (SELECT coalesce(max(id), 0) FROM patient_portal_question) AS question_base,
       (SELECT user_id FROM doctor_space_doctorprofile p JOIN accounts_user u ON u.id = p.user_id
        WHERE u.email = 'dr.gp@bridge.test') AS doctor_id,
       (SELECT id FROM accounts_user WHERE email = 'alice@bridge.test') AS patient_id,
       (SELECT version_ids FROM guidelines_answercheck WHERE passed ORDER BY id LIMIT 1) AS version_ids;

INSERT INTO triage_case (id, redacted_text, lang, age, sex, country, specialty, urgency, urgency_rank,
                         emergency, red_flags, status, created_at, answered_at, escalation_level, claimed_by_id)
SELECT b.case_base + s.n, 'I am [AGE_1] and I have had this problem for a few weeks (question ' || s.n || ').',
       s.lang, 20 + s.n % 60, '', CASE WHEN s.lang = 'fr' THEN 'FR' ELSE 'GB' END, s.specialty, 'routine', 3,
       false, '[]', 'answered', s.published_at - interval '1 day', s.published_at, 0, b.doctor_id
FROM seed_answer s, seed_base b;

INSERT INTO guidelines_answercheck (id, case_ref, text_hash, title_hash, lang, jurisdiction, version_ids,
                                    passed, violations, acknowledged_rules, acknowledgement_reason,
                                    created_at, checked_by_id)
SELECT b.check_base + s.n, b.case_base + s.n, encode(sha256(convert_to(s.text, 'UTF8')), 'hex'),
       encode(sha256(convert_to(s.title, 'UTF8')), 'hex'), s.lang,
       CASE WHEN s.lang = 'fr' THEN 'FR' ELSE 'GB' END, b.version_ids, true, '[]', '[]', '',
       s.published_at, b.doctor_id
FROM seed_answer s, seed_base b;

INSERT INTO triage_answer (id, case_id, doctor_id, text, lang, jurisdiction, guideline_check_id, text_hash,
                           version_ids, version_labels, author_display, published_at, title)
SELECT b.answer_base + s.n, b.case_base + s.n, b.doctor_id, s.text, s.lang,
       CASE WHEN s.lang = 'fr' THEN 'FR' ELSE 'GB' END, b.check_base + s.n,
       encode(sha256(convert_to(s.text, 'UTF8')), 'hex'), b.version_ids, '["global v1"]',
       'A general practitioner (GB)', s.published_at, s.title
FROM seed_answer s, seed_base b;

INSERT INTO patient_portal_question (id, text, lang, sex, specialty_hint, country, consent_publication,
                                     consent_version, consent_at, emergency, red_flags, urgency, specialty,
                                     client_token, created_at, updated_at, case_id, patient_id, hidden_phrases,
                                     restored_phrases, safety_answers, status, sent_at, anonymised_at)
SELECT b.question_base + s.n, 'raw question ' || s.n, s.lang, '', '', CASE WHEN s.lang = 'fr' THEN 'FR' ELSE 'GB' END,
       true, 'v1', s.published_at, false, '[]', 'routine', s.specialty, '', s.published_at, s.published_at,
       b.case_base + s.n, b.patient_id, '[]', '[]', '[]', 'sent', s.published_at, s.published_at
FROM seed_answer s, seed_base b;
"""

FILL_QUEUE = """
INSERT INTO triage_case (redacted_text, lang, age, sex, country, specialty, urgency, urgency_rank, emergency,
                         red_flags, status, created_at, escalation_level)
SELECT 'I am [AGE_1] and I have had a cough for ' || (1 + n % 20) || ' days, worse at night (waiting case ' || n || ').',
       CASE WHEN n % 4 = 0 THEN 'fr' ELSE 'en' END, 20 + n % 60, '', 'GB',
       ({specialties})[1 + n % {n_specialties}],
       (ARRAY['emergency','urgent','soon','routine','routine','routine'])[1 + n % 6],
       (ARRAY[0,1,2,3,3,3])[1 + n % 6], n % 6 = 0, '[]', 'queued',
       now() - make_interval(mins => n), 0
FROM generate_series(1, {count}) AS n;
"""

SEQUENCES = """
SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}));
"""


def _forum_fill_sql() -> tuple[str, int]:
    """bench/forum/run.py's SQL fill and its posts per thread (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_forum_run", ROOT / "bench/forum/run.py")
    if spec is None or spec.loader is None:
        raise SystemExit("bench/forum/run.py not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.FILL_SQL), int(module.POSTS_PER_THREAD)


def seed(dsn: str, *, answers: int, cases: int, posts: int) -> None:
    """Insert the answers, queued cases and forum posts; print what was inserted and how long it took."""
    specialties = _array(SPECIALTIES)
    with psycopg.connect(dsn) as conn:
        started = time.perf_counter()
        if answers:
            sql = FILL_ANSWERS.format(
                fr_text=_text_sql("fr", FR_OPENERS, FR_MIDDLES, FR_CLOSERS),
                en_text=_text_sql("en", EN_OPENERS, EN_MIDDLES, EN_CLOSERS),
                specialties=specialties,
                n_specialties=len(SPECIALTIES),
                count=answers,
            )
            conn.execute(sql.encode())
        for table in (
            "triage_case",
            "guidelines_answercheck",
            "triage_answer",
            "patient_portal_question",
        ):
            conn.execute(SEQUENCES.format(table=table).encode())
        if cases:
            conn.execute(
                FILL_QUEUE.format(
                    specialties=specialties, n_specialties=len(SPECIALTIES), count=cases
                ).encode()
            )
        conn.commit()
        print(
            f"{answers:,} published answers and {cases:,} queued cases in {time.perf_counter() - started:.1f} s"
        )
        if posts:
            started = time.perf_counter()
            fill, per = _forum_fill_sql()
            conn.execute(
                fill.replace("THREADS", str(max(1, posts // per))).replace("PER", str(per)).encode()
            )
            conn.commit()
            print(f"{posts:,} forum posts in {time.perf_counter() - started:.1f} s")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args()
    seed(args.db, answers=args.answers, cases=args.cases, posts=args.posts)


if __name__ == "__main__":
    main()
