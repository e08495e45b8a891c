"""Names and organisations recognised by the phrase around them (nicknames, "X is my name",
"X c'est moi", a message opening with its writer, acronyms after a kind of organisation or
"plays/works for"), and the look-alikes that must stay. Phrasings written for these tests."""

from __future__ import annotations

import pytest

from guidelines.deid import find_spans


def label_of(text: str, value: str, lang: str) -> str | None:
    start = text.index(value)
    for s in find_spans(text, lang):
        if s.start <= start < s.end:
            return s.label
    return None


@pytest.mark.parametrize(
    ("lang", "text", "value", "label"),
    [
        ("en", "my grandson (we call him biscuit) won't eat", "biscuit", "PERSON"),
        ("en", "everyone calls her Sparrow and she is 6", "Sparrow", "PERSON"),
        ("en", "my uncle, known as Tiny, has gout", "Tiny", "PERSON"),
        ("en", "she goes by kiki at nursery", "kiki", "PERSON"),
        ("fr", "mon fils, on l'appelle Titou, a la varicelle", "Titou", "PERSON"),
        ("fr", "ma mère, surnommée la Mouette, a de l'arthrose", "Mouette", "PERSON"),
        ("en", "Destiny is my daughter's name, she's 3", "Destiny", "PERSON"),
        ("fr", "bonsoir, c'est moi, Kadiatou, pour ma tension", "Kadiatou", "PERSON"),
        ("en", "ngozi and I are both on the pill", "ngozi", "PERSON"),
        ("fr", "aminata ici. j'ai une otite", "aminata", "PERSON"),
        ("en", "hi, tomasz here - quick question about my inhaler", "tomasz", "PERSON"),
        ("en", "my son plays hockey for WHSB and hit his head", "WHSB", "ORGANIZATION"),
        ("en", "her college LSBU needs a sick note", "LSBU", "ORGANIZATION"),
        ("fr", "ma mutuelle HPMA ne rembourse pas", "HPMA", "ORGANIZATION"),
        ("fr", "je bosse pour la SNCF et je dors mal", "SNCF", "ORGANIZATION"),
        ("en", "my hip op is at the Nuffield next month", "Nuffield", "ORGANIZATION"),
        ("en", "my health plan is Medihelp, will it cover physio?", "Medihelp", "ORGANIZATION"),
        ("fr", "ma complémentaire c'est Ociane, elle rembourse ?", "Ociane", "ORGANIZATION"),
    ],
)
def test_phrases_find_names(lang: str, text: str, value: str, label: str) -> None:
    assert label_of(text, value, lang) == label, find_spans(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "it is known as Crohn's disease in adults"),
        ("en", "this is what we call a flare, not an infection"),
        ("en", "known as the ACL, it tears in football"),
        ("en", "same here, the rash is itchy"),
        ("en", "new here - is eczema contagious?"),
        ("en", "my husband and I both have a cold"),
        ("fr", "ma femme et moi avons la grippe"),
        ("fr", "moi ici, j'ai mal au dos"),
        ("en", "he plays for the NHS team at weekends"),
        ("en", "my insurance ID XGH772041 was refused"),
        ("fr", "l'école ULIS est adaptée ?"),
        ("en", "she was admitted to the Hospital and then to the ICU"),
        ("en", "my insurance is with Vitality and my plan is Basic"),
    ],
)
def test_look_alikes_stay(lang: str, text: str) -> None:
    got = [(text[s.start : s.end], s.label) for s in find_spans(text, lang)]
    assert not any(lbl in ("PERSON", "ORGANIZATION") for _, lbl in got), got


@pytest.mark.parametrize(
    ("lang", "text", "surname"),
    [
        ("en", "hi im aoife nic giolla, my knee is swollen", "giolla"),
        ("fr", "bonjour je suis maria da silva et j'ai de l'asthme", "silva"),
        ("en", "my son ali el tayeb has a cough", "tayeb"),
        ("en", "I'm jan van der berg and my back hurts", "berg"),
    ],
)
def test_lowercase_names_keep_their_particle_and_surname(
    lang: str, text: str, surname: str
) -> None:
    assert label_of(text, surname, lang) == "PERSON", find_spans(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my son has el nino flu, he is 4"),
        ("fr", "je suis partie de la maison à 8h"),
    ],
)
def test_particles_do_not_swallow_words(lang: str, text: str) -> None:
    assert [s for s in find_spans(text, lang) if s.label == "PERSON"] == [], find_spans(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "kwesi, dede and lulu - my grandkids - all have nits", ["kwesi", "dede", "lulu"]),
        ("en", "my nieces: amara, bisi and dodo have chickenpox", ["amara", "bisi", "dodo"]),
        ("fr", "mes enfants tiago, nono et lulu ont la gastro", ["tiago", "nono", "lulu"]),
    ],
)
def test_lists_of_names_next_to_a_plural_relative(lang: str, text: str, names: list[str]) -> None:
    for name in names:
        assert label_of(text, name, lang) == "PERSON", (name, find_spans(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "bread, milk and eggs are my kids' favourites"),
        ("en", "fever, cough and rash: my kids have it all"),
        ("fr", "pommes, poires et bananes, mes enfants adorent"),
    ],
)
def test_lists_of_words_are_not_names(lang: str, text: str) -> None:
    assert [s for s in find_spans(text, lang) if s.label == "PERSON"] == [], find_spans(text, lang)
