"""Build the development corpus bench/corpus/deid/dev.jsonl (seeded, reproducible).

Records are written in a small markup so offsets are exact: ``[[value|LABEL]]`` marks an
identifier and ``{{value}}`` marks medical content that must survive (for the damage score).
Templates are patient-style questions in English and French with typos, lowercase writing,
run-ons, relatives and obfuscation; slot fillers draw names and places both from inside and
from outside the engine's gazetteers, so the corpus does not only score the engine's own lists.
Hand-written records live in handwritten.txt (same markup, one record per line: ``lang<TAB>text``).

    python bench/corpus/deid/make_corpus.py           # writes dev.jsonl next to this file
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.fr import nir as std_nir

HERE = Path(__file__).resolve().parent
SEED = 20261128
N_PER_LANG = 230

MARKUP = re.compile(r"\[\[(.+?)\|([A-Z_0-9]+)\]\]|\{\{(.+?)\}\}")


def parse_markup(marked: str) -> tuple[str, list[dict[str, object]], list[dict[str, int]]]:
    """Strip the markup; return plain text, identifier spans and medical spans."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    medical: list[dict[str, int]] = []
    pos = 0
    length = 0
    for m in MARKUP.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        value = m.group(1) if m.group(1) is not None else m.group(3)
        if m.group(1) is not None:
            spans.append({"start": length, "end": length + len(value), "label": m.group(2)})
        else:
            medical.append({"start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans, medical


def _w(spaced: str) -> list[str]:
    return spaced.split()


# ----------------------------------------------------------------------------- vocabularies
FIRST_IN = _w(
    "Sarah Tom Emma Oliver Grace Will Rose Mohammed Aisha Fatima Priya Rahul Wei Mei Kwame Ngozi Chloé Léa "
    "Lucas Julie Pierre Marie Nathalie Jean-Pierre Mamadou Fatou Youssef Leila Sofia Mateo Giulia Hans Anna "
    "Olga Dmitri Mehmet Elif Hiroshi Yuki Ji-woo Nguyen Linh Siobhan Callum Rhys Gwen Amara Tariq Zainab "
    "Inès Théo Camille Maxime Zoé Kylian Manon Hugo Yasmine Karim Sébastien Amadou Aïcha Ousmane"
)
FIRST_OOV = _w(
    "Thandeka Zoltan Kalinda Mireia Eero Oluwafemi Chiamaka Zsofia Ugne Iratxe Wubet Ouiame Haruki Nozomi "
    "Quynh Sokha Vannak Tenzin Pema Aigerim Dauren Ketevan Levan Anahit Vardan Siddhant Anirudh Lalitha "
    "Thilini Nuwan Chaminda Shoaib Bilqis Rukayat Adunni Olamide Kehinde Chibuzo Nnamdi Aboubacar Lassina "
    "Drissa Assitan Salimata Gwenola Maelenn Loevan Quitterie Sixtine Bertille Foucauld Enguerrand Ombeline "
    "Eulalie Ysaline Elouan Tugdual Soazig Rozenn Annaig Dervla Fionnuala Oonagh Tadhg Ruairi Fearghal Eithne "
    "Myfanwy Iolo Taliesin Eluned Rhodri Elspeth Kirsteen Torquil Ishbel"
)
SUR_IN = _w(
    "Smith Johnson Patel Nguyen Okafor Mensah Dubois Martin Lefèvre Diallo Traoré Benali Haddad Kowalski "
    "Müller Rossi García Silva Kim Tanaka Chen Wang O'Brien MacLeod Jones Davies Ahmed Khan Singh Cohen "
    "Ivanova Yilmaz Papadopoulos Andersson Moreau Girard Fontaine Lambert Bonnet Nkosi Boateng"
)
SUR_OOV = _w(
    "Oyelaran Okwuosa Nwachukwu Ezeani Olaniyan Ogbonna Zungu Mahlangu Kgosana Hlongwane Wojciechowska "
    "Szczepaniak Dziedzic Vanderbeke Verstraeten Callewaert Goethals Quennehen Kerjean Penven Ropars "
    "Gourvennec Jaouen Abgrall Letessier Chaumeil Jolivet Malbranque Vaillancourt Thibodeau Ouellet "
    "Iheanacho Onwuachi Akintola Jegede Odunsi Kilonzo Wambugu Kipchumba Rakotomalala Rasoanaivo Tshimanga "
    "Kalonji Lukusa Kouassi Kouadio Ouedraogo Sawadogo Zongo Thapa Gurung Tamang Bhattarai Wijesinghe "
    "Gunawardena Senanayake Fujimoto Nishimura Kinoshita Tsukamoto Xiong Durrani Leghari Soomro Kalhoro "
    "Benslimane Boukhris Mejdoub Zeroual Benyahia"
)
REL_EN = _w(
    "son daughter husband wife partner mum mom dad brother sister grandson granddaughter nan grandad aunt uncle niece nephew boyfriend girlfriend friend neighbour baby"
)
REL_FR = _w(
    "fils fille mari femme compagnon compagne mère père frère sœur petit-fils petite-fille grand-mère grand-père tante oncle nièce neveu copain copine amie voisin bébé"
)
CITY_EN = _w(
    "London Manchester Leeds Bristol Glasgow Cardiff Belfast Birmingham Liverpool Sheffield Norwich York Brighton Leicester Coventry Swansea Aberdeen Dundee Boston Chicago Houston Seattle Toronto Dublin"
)
CITY_EN_OOV = [
    "Knaresborough",
    "Chipping Norton",
    "Pontypridd",
    "Ballymena",
    "Market Harborough",
    "Hebden Bridge",
    "Saffron Walden",
    "Llandudno",
]
CITY_WORDLIKE_EN = ["Reading", "Bath", "Sale", "Wells", "Deal", "Mobile"]
CITY_FR = _w(
    "Paris Lyon Marseille Toulouse Lille Bordeaux Nantes Rennes Strasbourg Montpellier Grenoble Rouen Dijon Brest Metz Limoges Clermont-Ferrand Saint-Étienne Amiens Perpignan Besançon Poitiers Angers Caen"
)
CITY_FR_OOV = [
    "Plougastel-Daoulas",
    "Bourg-la-Reine",
    "Châteaubriant",
    "Landerneau",
    "Saint-Jean-de-Luz",
    "Montbrison",
    "Crozon",
    "Pornic",
]
CITY_WORDLIKE_FR = ["Nice", "Tours", "Orange", "Sens", "Lens", "Vienne"]
STREET_EN = [
    "Baker Street",
    "Elm Road",
    "Kings Road",
    "Oak Avenue",
    "Station Road",
    "Church Lane",
    "Victoria Street",
    "Mill Lane",
    "Park Drive",
    "Willow Close",
    "Hollybush Crescent",
    "Gwydir Street",
]
STREET_FR = [
    "rue de la Paix",
    "avenue Jean Jaurès",
    "bd Voltaire",
    "boulevard Haussmann",
    "allée des Tilleuls",
    "impasse du Moulin",
    "chemin des Vignes",
    "rue Victor Hugo",
    "place de la République",
    "rue du Faubourg Saint-Antoine",
    "avenue de la Libération",
    "rue des Lilas",
    "quai de la Loire",
    "route de Quimper",
]
UK_POSTCODES = [
    "SW1A 1AA",
    "M1 4BT",
    "LS6 2QT",
    "B15 2TT",
    "EH8 9YL",
    "CF10 3AT",
    "BS8 1TH",
    "NW1 6XE",
    "G12 8QQ",
    "E1 6AN",
    "OX1 2JD",
    "CB2 1TN",
]
EMPLOYERS_EN = [
    "Tesco",
    "Amazon",
    "Sainsbury's",
    "Barclays",
    "Deloitte",
    "Rolls-Royce",
    "Greggs",
    "Hargreaves Logistics Ltd",
    "Brightwater Academy",
    "Costa",
]
EMPLOYERS_FR = [
    "Carrefour",
    "Airbus",
    "la SNCF",
    "Renault",
    "Decathlon",
    "Michelin",
    "La Poste",
    "Boulangerie Kerjean",
    "Transports Malbranque SARL",
]
HOSPITALS_EN = [
    "St Mary's Hospital",
    "St Thomas' Hospital",
    "Leeds General Infirmary",
    "Great Ormond Street Hospital",
    "the Royal Marsden",
    "Addenbrooke's",
    "Alder Hey",
    "Queen Elizabeth Hospital",
    "Southmead Hospital",
    "Mayo Clinic",
]
HOSPITALS_FR = [
    "hôpital Necker",
    "CHU de Bordeaux",
    "l'Institut Curie",
    "clinique Pasteur",
    "hôpital de la Pitié-Salpêtrière",
    "CHU de Nantes",
    "Centre Léon Bérard",
    "hôpital Foch",
    "clinique du Parc",
    "Gustave Roussy",
]
SCHOOLS_EN = [
    "St Joseph's Primary School",
    "Oakwood Academy",
    "Hillcrest High School",
    "Kingsmead College",
]
SCHOOLS_FR = [
    "lycée Victor Hugo",
    "collège Jean Moulin",
    "école Jacques Prévert",
    "lycée Jules Ferry",
    "école Sainte-Marie",
]
MONTHS_EN = _w(
    "January February March April May June July August September October November December"
)
MONTHS_FR = _w(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)
WEEKDAYS_FR = _w("lundi mardi mercredi jeudi vendredi samedi dimanche")
WEEKDAYS_EN = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")

MED_EN = [
    "paracetamol 500 mg",
    "ibuprofen 400mg three times a day",
    "metformin 850 mg twice a day",
    "amoxicillin 500mg",
    "sertraline 50 mg",
    "levothyroxine 75 mcg",
    "ramipril 5mg",
    "atorvastatin 20 mg at night",
    "salbutamol inhaler 2 puffs",
    "omeprazole 20mg",
    "co-codamol 30/500",
    "prednisolone 40 mg",
    "insulin 12 units",
    "1-0-1",
    "2x/day",
]
MED_FR = [
    "Doliprane 1000 mg",
    "Levothyrox 75",
    "metformine 850 mg matin et soir",
    "Spasfon 2 cp",
    "amoxicilline 1 g 3 fois par jour",
    "Kardegic 75",
    "Eliquis 5 mg",
    "Ventoline 2 bouffées",
    "Inexium 20 mg",
    "1-0-1",
    "2 cp/jour",
    "Lévothyrox 50 µg",
]
VITALS_EN = [
    "BP 120/80",
    "blood pressure 145/95",
    "HbA1c 7.2%",
    "TSH 4.5",
    "CRP 12",
    "ferritin 8",
    "heart rate 110 bpm",
    "temp 38.9",
    "INR 3.1",
    "eGFR 55",
]
VITALS_FR = [
    "tension 14/9",
    "tension à 13/8",
    "HbA1c à 7,2 %",
    "TSH à 4,5",
    "CRP à 12",
    "ferritine à 8",
    "glycémie 1,26 g/L",
    "38,9 de fièvre",
    "INR à 3",
]
EPONYM_EN = [
    "Parkinson's",
    "Crohn's disease",
    "Hashimoto's",
    "Alzheimer's",
    "Raynaud's",
    "Bell's palsy",
    "Graves' disease",
    "Lyme disease",
    "Addison's disease",
    "Sjögren's",
    "Guillain-Barré syndrome",
    "Down syndrome",
    "Cushing's",
]
EPONYM_FR = [
    "la maladie de Parkinson",
    "une maladie de Crohn",
    "une thyroïdite de Hashimoto",
    "Alzheimer",
    "un syndrome de Raynaud",
    "la maladie de Basedow",
    "une paralysie de Bell",
    "la maladie de Lyme",
    "un syndrome de Guillain-Barré",
    "la maladie de Horton",
]
PREG_EN = ["34+2 weeks", "12 weeks pregnant", "28 weeks", "39+5"]
PREG_FR = ["12 SA", "34 SA + 2 jours", "28 SA", "7 mois de grossesse", "36 SA"]
ICD = ["E11.9", "J45", "M54.5", "K50.9", "I10", "F32.1", "G43.0"]
SYMPTOM_EN = [
    "a rash on my arms",
    "chest tightness when climbing stairs",
    "bad headaches every morning",
    "a cough that won't go away",
    "pain in my lower back",
    "dizzy spells",
    "trouble sleeping",
    "swollen ankles",
    "heartburn after meals",
    "blood in my stool",
    "numbness in my fingers",
    "a lump in my neck",
    "constant tiredness",
    "ringing in my ears",
]
SYMPTOM_FR = [
    "des plaques rouges sur les bras",
    "une douleur dans la poitrine",
    "des maux de tête tous les matins",
    "une toux qui ne passe pas",
    "mal au bas du dos",
    "des vertiges",
    "du mal à dormir",
    "les chevilles gonflées",
    "des brûlures d'estomac",
    "du sang dans les selles",
    "des fourmillements dans les doigts",
    "une boule dans le cou",
    "une fatigue permanente",
    "des acouphènes",
]
TYPOS = {
    "because": "becuase",
    "doctor": "docter",
    "medication": "mediaction",
    "really": "realy",
    "tomorrow": "tommorow",
    "their": "there",
    "médecin": "medecin",
    "problème": "probleme",
    "très": "tres",
    "déjà": "deja",
    "beaucoup": "bcp",
    "parce que": "pcq",
}


class Gen:
    """Slot fillers; each returns markup."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: list[str]) -> str:
        return self.r.choice(seq)

    def case(self, value: str, lower_p: float = 0.15) -> str:
        return value.lower() if self.r.random() < lower_p else value

    # -- persons
    def first(self) -> str:
        return self.pick(FIRST_OOV) if self.r.random() < 0.35 else self.pick(FIRST_IN)

    def sur(self) -> str:
        return self.pick(SUR_OOV) if self.r.random() < 0.4 else self.pick(SUR_IN)

    def person_first(self, lower_p: float = 0.12) -> str:
        return f"[[{self.case(self.first(), lower_p)}|PERSON]]"

    def person_full(self, lower_p: float = 0.1) -> str:
        return f"[[{self.case(self.first() + ' ' + self.sur(), lower_p)}|PERSON]]"

    def doctor_en(self) -> str:
        form = self.r.randint(0, 4)
        if form == 0:
            return f"Dr [[{self.sur()}|PERSON]]"
        if form == 1:
            return f"Dr. [[{self.first()} {self.sur()}|PERSON]]"
        if form == 2:
            return f"dr [[{self.sur().lower()}|PERSON]]"
        if form == 3:
            return f"Doctor [[{self.sur()}|PERSON]]"
        return f"{self.pick(['Mr', 'Mrs', 'Ms', 'Miss'])} [[{self.sur()}|PERSON]]"

    def doctor_fr(self) -> str:
        form = self.r.randint(0, 4)
        if form == 0:
            return f"le Dr [[{self.sur()}|PERSON]]"
        if form == 1:
            return f"le docteur [[{self.sur()}|PERSON]]"
        if form == 2:
            return f"le Pr [[{self.first()} {self.sur()}|PERSON]]"
        if form == 3:
            return f"Mme [[{self.sur()}|PERSON]]"
        return f"dr [[{self.sur().lower()}|PERSON]]"

    # -- dates
    def date_en(self) -> str:
        d = self.r.randint(1, 28)
        m = self.r.randint(1, 12)
        y = self.r.randint(1995, 2025)
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        forms = [
            f"{d} {MONTHS_EN[m - 1]} {y}",
            f"{MONTHS_EN[m - 1]} {d}, {y}",
            f"{MONTHS_EN[m - 1]} {d}{suffix}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{str(y)[2:]}",
            f"{y}-{m:02d}-{d:02d}",
            f"the {d}{suffix} of {MONTHS_EN[m - 1]}",
            f"{MONTHS_EN[m - 1]} {y}",
            f"{self.pick(WEEKDAYS_EN)} {d}{suffix} {MONTHS_EN[m - 1]}",
            f"{d}{suffix} {MONTHS_EN[m - 1][:3]}",
        ]
        return f"[[{self.case(self.pick(forms), 0.2)}|DATE]]"

    def date_fr(self) -> str:
        d = self.r.randint(1, 28)
        m = self.r.randint(1, 12)
        y = self.r.randint(1995, 2025)
        dd = "1er" if d == 1 else str(d)
        forms = [
            f"{dd} {MONTHS_FR[m - 1]} {y}",
            f"{dd} {MONTHS_FR[m - 1]}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{str(y)[2:]}",
            f"{MONTHS_FR[m - 1]} {y}",
            f"{self.pick(WEEKDAYS_FR)} {dd} {MONTHS_FR[m - 1]}",
            f"{d:02d}.{m:02d}.{y}",
        ]
        return f"[[{self.pick(forms)}|DATE]]"

    def dob(self, lang: str) -> str:
        d = self.r.randint(1, 28)
        m = self.r.randint(1, 12)
        y = self.r.randint(1935, 2020)
        if lang == "en":
            forms = [
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {MONTHS_EN[m - 1]} {y}",
                f"{MONTHS_EN[m - 1]} {d}, {y}",
                f"{d}.{m}.{y}",
            ]
        else:
            forms = [
                f"{d:02d}/{m:02d}/{y}",
                f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}",
                f"{d:02d}.{m:02d}.{y}",
            ]
        return f"[[{self.pick(forms)}|DATE_OF_BIRTH]]"

    def age_old(self, lang: str) -> str:
        a = self.r.randint(90, 104)
        if lang == "en":
            form = self.r.randint(0, 3)
            if form == 0:
                return f"[[{a} year old|AGE_OVER_89]]"
            if form == 1:
                return f"[[{a}-year-old|AGE_OVER_89]]"
            if form == 2:
                return f"aged [[{a}|AGE_OVER_89]]"
            return f"[[{a} years old|AGE_OVER_89]]"
        form = self.r.randint(0, 2)
        if form == 0:
            return f"[[{a} ans|AGE_OVER_89]]"
        if form == 1:
            return f"âgée de [[{a} ans|AGE_OVER_89]]"
        return f"âgé de [[{a}|AGE_OVER_89]] ans"

    # -- contact
    def phone(self, lang: str) -> str:
        r = self.r

        def g(n: int) -> str:
            return "".join(str(r.randint(0, 9)) for _ in range(n))

        if lang == "fr":
            pre = r.choice(["06", "07", "01", "02", "04", "05", "09"])
            pairs = [pre[1:] + "", g(2), g(2), g(2), g(2)]
            forms = [
                f"{pre} {pairs[1]} {pairs[2]} {pairs[3]} {pairs[4]}",
                f"{pre}.{pairs[1]}.{pairs[2]}.{pairs[3]}.{pairs[4]}",
                f"{pre}{pairs[1]}{pairs[2]}{pairs[3]}{pairs[4]}",
                f"+33 {pre[1]} {pairs[1]} {pairs[2]} {pairs[3]} {pairs[4]}",
                f"+33 (0){pre[1]} {pairs[1]} {pairs[2]} {pairs[3]} {pairs[4]}",
                f"{pre}-{pairs[1]}-{pairs[2]}-{pairs[3]}-{pairs[4]}",
            ]
        elif r.random() < 0.7:
            mob = "07" + r.choice(["7", "8", "9", "4", "5"]) + g(2)
            rest = g(6)
            forms = [
                f"{mob} {rest}",
                f"{mob}{rest}",
                f"+44 {mob[1:]} {rest}",
                f"{mob} {rest[:3]} {rest[3:]}",
                f"020 7{g(3)} {g(4)}",
                f"0161 {r.randint(2, 9)}{g(2)} {g(4)}",
                f"0113 {r.randint(2, 9)}{g(2)} {g(4)}",
            ]
        else:
            area = r.choice(["212", "415", "617", "312", "213", "305", "646"])
            ex = str(r.randint(2, 9)) + g(2)
            forms = [
                f"({area}) {ex}-{g(4)}",
                f"{area}-{ex}-{g(4)}",
                f"+1 {area} {ex} {g(4)}",
                f"{area}.{ex}.{g(4)}",
            ]
        return f"[[{r.choice(forms)}|PHONE]]"

    def email(self, lang: str) -> str:
        r = self.r
        first = self.first().lower().replace("é", "e").replace("ï", "i").replace("'", "")
        last = (
            self.sur().lower().replace(" ", "").replace("'", "").replace("é", "e").replace("ü", "u")
        )
        prov = r.choice(
            ["gmail", "hotmail", "yahoo", "outlook", "orange", "free", "icloud", "protonmail"]
        )
        tld = r.choice(["com", "fr", "co.uk"]) if prov not in {"orange", "free"} else "fr"
        num = str(r.randint(1, 99)) if r.random() < 0.3 else ""
        forms = [
            f"{first}.{last}{num}@{prov}.{tld}",
            f"{first}{last}{num}@{prov}.{tld}",
            f"{first} dot {last} at {prov} dot {tld.replace('.', ' dot ')}",
            f"{first}.{last} [at] {prov} [dot] {tld.replace('.', ' [dot] ')}",
            f"{first}(at){prov}(dot){tld.replace('.', '(dot)')}",
            f"{first}_{last} AT {prov} DOT {tld.replace('.', ' DOT ')}",
            f"{first}.{last} at {prov}.{tld}",
        ]
        if lang == "fr":
            forms.append(f"{first}.{last} arobase {prov} point {tld.replace('.', ' point ')}")
        return f"[[{r.choice(forms)}|EMAIL]]"

    def url(self) -> str:
        r = self.r
        first = self.first().lower().replace("é", "e")
        last = self.sur().lower().replace(" ", "").replace("'", "").replace("é", "e")
        forms = [
            f"https://www.facebook.com/{first}.{last}",
            f"www.{first}-{last}.fr",
            f"@{first}_{last}{r.randint(1, 99)}",
            f"https://instagram.com/{first}{last}",
            f"linkedin.com/in/{first}-{last}",
            f"http://blog.{last}.net/journal",
            f"@{first}{r.randint(70, 99)}",
        ]
        return f"[[{r.choice(forms)}|URL]]"

    def ip(self) -> str:
        r = self.r
        return f"[[{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}|IP_ADDRESS]]"

    # -- places
    def address_en(self) -> str:
        r = self.r
        n = r.randint(1, 250)
        street = self.pick(STREET_EN)
        street = street.lower() if r.random() < 0.2 else street
        if r.random() < 0.25:
            street = street.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
        flat = f"Flat {r.randint(1, 12)}, " if r.random() < 0.15 else ""
        out = f"[[{flat}{n} {street}|ADDRESS]]"
        city = self.pick(CITY_EN + CITY_EN_OOV)
        if r.random() < 0.7:
            out += f", [[{city}|CITY]]"
        if r.random() < 0.6:
            out += f" [[{self.pick(UK_POSTCODES)}|POSTCODE]]"
        return out

    def address_fr(self) -> str:
        r = self.r
        n = str(r.randint(1, 150)) + (r.choice([" bis", " ter", ""]) if r.random() < 0.2 else "")
        street = self.pick(STREET_FR)
        out = f"[[{n} {street}|ADDRESS]]"
        if r.random() < 0.75:
            cp = f"{r.choice(['75', '69', '13', '31', '33', '44', '35', '29', '59', '67', '38', '92', '93', '94'])}{r.randint(0, 999):03d}"
            city = self.pick(CITY_FR + CITY_FR_OOV)
            out += f", [[{cp}|POSTCODE]] [[{city}|CITY]]"
        return out

    def city(self, lang: str) -> str:
        if lang == "en":
            return f"[[{self.case(self.pick(CITY_EN + CITY_EN_OOV), 0.15)}|CITY]]"
        return f"[[{self.case(self.pick(CITY_FR + CITY_FR_OOV), 0.1)}|CITY]]"

    def wordlike_city(self, lang: str) -> str:
        return f"[[{self.pick(CITY_WORDLIKE_EN if lang == 'en' else CITY_WORDLIKE_FR)}|CITY]]"

    # -- organisations
    def employer(self, lang: str) -> str:
        name = self.pick(EMPLOYERS_EN if lang == "en" else EMPLOYERS_FR)
        if name.startswith("la "):
            return f"la [[{name[3:]}|ORGANIZATION]]"
        return f"[[{name}|ORGANIZATION]]"

    def hospital(self, lang: str) -> str:
        name = self.pick(HOSPITALS_EN if lang == "en" else HOSPITALS_FR)
        for art in ("the ", "l'"):
            if name.startswith(art):
                return f"{art}[[{name[len(art) :]}|ORGANIZATION]]"
        return f"[[{name}|ORGANIZATION]]"

    def school(self, lang: str) -> str:
        return f"[[{self.pick(SCHOOLS_EN if lang == 'en' else SCHOOLS_FR)}|ORGANIZATION]]"

    # -- identification numbers
    def nhs(self) -> str:
        while True:
            base = "".join(str(self.r.randint(0, 9)) for _ in range(9))
            total = sum(int(c) * (10 - i) for i, c in enumerate(base))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check != 10:
                num = base + str(check)
                form = self.r.randint(0, 1)
                return (
                    f"[[{num[:3]} {num[3:6]} {num[6:]}|ID_NUMBER]]"
                    if form == 0
                    else f"[[{num}|ID_NUMBER]]"
                )

    def nir(self) -> str:
        r = self.r
        body = f"{r.randint(1, 2)}{r.randint(40, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 95):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
        key = std_nir.calc_check_digits(body)
        full = body + key
        if r.random() < 0.5:
            full = f"{full[0]} {full[1:3]} {full[3:5]} {full[5:7]} {full[7:10]} {full[10:13]} {full[13:]}"
        return f"[[{full}|ID_NUMBER]]"

    def rpps(self) -> str:
        body = "10" + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        return f"[[{body + luhn.calc_check_digit(body)}|ID_NUMBER]]"

    def npi(self) -> str:
        body = "1" + "".join(str(self.r.randint(0, 9)) for _ in range(8))
        check = luhn.calc_check_digit("80840" + body)
        return f"[[{body + check}|ID_NUMBER]]"

    def ssn(self) -> str:
        r = self.r
        return f"[[{r.randint(100, 665)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}|ID_NUMBER]]"

    def iban(self) -> str:
        r = self.r
        bban = (
            "30006"
            + "00001"
            + "".join(str(r.randint(0, 9)) for _ in range(11))
            + f"{r.randint(10, 97)}"
        )
        check = std_iban.calc_check_digits("FR00" + bban)
        raw = "FR" + check + bban
        spaced = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        return f"[[{spaced}|ID_NUMBER]]"

    def record_number(self, lang: str) -> str:
        r = self.r
        digits = "".join(str(r.randint(0, 9)) for _ in range(r.randint(6, 10)))
        if lang == "en":
            cue = r.choice(
                [
                    "MRN",
                    "hospital number",
                    "patient ID",
                    "passport number",
                    "insurance policy number",
                    "member ID",
                    "ref",
                ]
            )
            val = r.choice([digits, f"A{digits[:7]}", f"{digits[:4]}-{digits[4:]}", f"RX{digits}"])
            return (
                f"{cue} [[{val}|ID_NUMBER]]" if r.random() < 0.5 else f"{cue}: [[{val}|ID_NUMBER]]"
            )
        cue = r.choice(
            [
                "IPP",
                "NDA",
                "n° de dossier",
                "numéro de dossier",
                "numéro d'adhérent mutuelle",
                "passeport n°",
                "dossier",
            ]
        )
        val = r.choice([digits, f"{digits[:4]}/{digits[4:]}", f"{r.randint(10, 99)}AB{digits[:5]}"])
        return f"{cue} [[{val}|ID_NUMBER]]" if r.random() < 0.5 else f"{cue} : [[{val}|ID_NUMBER]]"

    # -- medicine
    def med(self, lang: str) -> str:
        return "{{" + self.pick(MED_EN if lang == "en" else MED_FR) + "}}"

    def vital(self, lang: str) -> str:
        return "{{" + self.pick(VITALS_EN if lang == "en" else VITALS_FR) + "}}"

    def eponym(self, lang: str) -> str:
        return "{{" + self.pick(EPONYM_EN if lang == "en" else EPONYM_FR) + "}}"

    def preg(self, lang: str) -> str:
        return "{{" + self.pick(PREG_EN if lang == "en" else PREG_FR) + "}}"

    def icd(self) -> str:
        return "{{" + self.pick(ICD) + "}}"

    def symptom(self, lang: str) -> str:
        return self.pick(SYMPTOM_EN if lang == "en" else SYMPTOM_FR)

    def age_young(self, lang: str) -> str:
        a = self.r.randint(1, 88)
        return f"{{{{{a} years old}}}}" if lang == "en" else f"{{{{{a} ans}}}}"


Template = Callable[[Gen], str]

EN_TEMPLATES: list[Template] = [
    lambda g: (
        f"Hi, my name is {g.person_full()} and I've had {g.symptom('en')} for 3 weeks. Should I be worried?"
    ),
    lambda g: (
        f"my name is {g.person_first(0.5)}, im {g.age_young('en')} and i get {g.symptom('en')} after taking {g.med('en')}"
    ),
    lambda g: (
        f"My {g.pick(REL_EN)} {g.person_first()} has {g.eponym('en')} and {g.doctor_en()} wants to change his {g.med('en')}. Is that normal?"
    ),
    lambda g: (
        f"my {g.pick(REL_EN)} {g.person_first(0.4)} keeps waking up with {g.symptom('en')} since {g.date_en()} what should we do"
    ),
    lambda g: (
        f"I was seen at {g.hospital('en')} on {g.date_en()} by {g.doctor_en()}, they said my {g.vital('en')} was fine but I still have {g.symptom('en')}."
    ),
    lambda g: (
        f"Can someone call me back on {g.phone('en')}? It's about my {g.pick(REL_EN)}'s results, {g.vital('en')}."
    ),
    lambda g: (
        f"please email me at {g.email('en')} with the results, I can't open the portal. {g.med('en')} isn't working."
    ),
    lambda g: (
        f"We live at {g.address_en()} and the GP surgery keeps losing my referral. I have {g.eponym('en')}."
    ),
    lambda g: (
        f"I'm {g.icd()} on my notes, my NHS number is {g.nhs()}. Can you explain what it means?"
    ),
    lambda g: (
        f"My grandmother is a {g.age_old('en')} woman with {g.eponym('en')}. She was born on {g.dob('en')}. Is surgery safe at her age?"
    ),
    lambda g: (
        f"dad is {g.age_old('en')} and had a fall at home in {g.city('en')}, {g.vital('en')}, should we go to A&E?"
    ),
    lambda g: (
        f"I'm {g.preg('en')} and my midwife {g.person_first()} said my {g.vital('en')} is high. I work at {g.employer('en')} on my feet all day."
    ),
    lambda g: (
        f"I work for {g.employer('en')} and my manager wants a sick note. I've had {g.symptom('en')}. DOB {g.dob('en')}."
    ),
    lambda g: (
        f"My {g.pick(['son', 'daughter'])} goes to {g.school('en')} and the school nurse called about {g.symptom('en')}."
    ),
    lambda g: (
        f"I posted pictures of the rash on {g.url()} can a doctor look? I take {g.med('en')}."
    ),
    lambda g: (
        f"I live near {g.wordlike_city('en')} station and the nearest walk-in centre is closed. I have {g.symptom('en')}."
    ),
    lambda g: (
        f"we moved to {g.wordlike_city('en')} in {g.date_en()} and I need a new GP for my {g.eponym('en')}"
    ),
    lambda g: (
        f"Is it safe to take {g.med('en')} with {g.med('en')}? {g.doctor_en()} at {g.hospital('en')} prescribed both."
    ),
    lambda g: f"My MRN is on the letter: {g.record_number('en')}. They cancelled my scan twice.",
    lambda g: (
        f"hello, {g.person_full(0.3)} here, {g.age_young('en')}, {g.symptom('en')} after my covid jab on {g.date_en()}"
    ),
    lambda g: (
        f"The clinic portal showed a login from {g.ip()} that wasn't me, and my records mention {g.eponym('en')}."
    ),
    lambda g: (
        f"Thanks in advance for any advice about {g.symptom('en')} and my {g.vital('en')}.\n{g.person_full()}"
    ),
    lambda g: (
        f"{g.symptom('en').capitalize()} for 2 months, {g.med('en')} not helping. Cheers, {g.person_first()}"
    ),
    lambda g: (
        f"my {g.pick(REL_EN)}, {g.person_first()}, was born {g.dob('en')} and has {g.eponym('en')} like his grandad"
    ),
    lambda g: (
        f"I'm travelling to {g.city('en')} next week, can I take {g.med('en')} on the plane? my SSN is {g.ssn()} if you need it for insurance"
    ),
    lambda g: (
        f"Our family doctor, {g.doctor_en()}, NPI {g.npi()}, retired and I need my records. Phone {g.phone('en')}."
    ),
    lambda g: (
        f"{g.person_first()} and I have been trying for a baby, I'm {g.preg('en')} now after IVF at {g.hospital('en')}"
    ),
    lambda g: (
        f"i had {g.eponym('en')} diagnosed in {g.city('en')} in {g.date_en()}, {g.vital('en')} is that ok"
    ),
    lambda g: f"Is {g.vital('en')} dangerous? Text me on {g.phone('en')} or {g.email('en')}",
    lambda g: (
        f"I saw Dr House on TV talking about {g.eponym('en')} and now I'm worried about my {g.symptom('en')}."
    ),
    lambda g: (
        f"My mother had {g.eponym('en')}, is it hereditary? I'm {g.age_young('en')} with {g.symptom('en')}."
    ),
    lambda g: (
        f"I was reading about {g.eponym('en')} and I will take a bath tonight to relax, my {g.vital('en')} is ok"
    ),
    lambda g: (
        f"Could {g.med('en')} cause {g.symptom('en')}? Code {g.icd()} is on my discharge letter from {g.hospital('en')}."
    ),
    lambda g: (
        f"me and {g.person_first(0.6)} went to {g.city('en')} for the weekend and now i have {g.symptom('en')} lol"
    ),
    lambda g: (
        f"Appointment on {g.date_en()} at {g.hospital('en')} with {g.doctor_en()}, address is {g.address_en()}, is parking free?"
    ),
    lambda g: (
        f"{g.pick(['Mum', 'Nan', 'Dad'])} is {g.age_old('en')}, lives alone in {g.city('en')}, takes {g.med('en')} and {g.med('en')}"
    ),
    lambda g: (
        f"My partner {g.person_full()} works at {g.employer('en')} and has {g.symptom('en')}, his {g.vital('en')}"
    ),
    lambda g: (
        f"Hi I'm {g.person_first(0.0)}. My baby is {g.preg('en')} corrected and has {g.symptom('en')}"
    ),
    lambda g: (
        f"passport number {g.record_number('en').split(' ', 2)[-1]} expired and I need a letter from {g.doctor_en()} for my {g.med('en')}"
    ),
    lambda g: (
        f"on {g.date_en()} I had a fit at work ({g.employer('en')}), my neuro {g.doctor_en()} says {g.eponym('en')} is unlikely"
    ),
]

FR_TEMPLATES: list[Template] = [
    lambda g: (
        f"Bonjour, je m'appelle {g.person_full()} et j'ai {g.symptom('fr')} depuis 3 semaines. Est-ce grave ?"
    ),
    lambda g: (
        f"bonjour je m'appelle {g.person_first(0.5)} j'ai {g.age_young('fr')} et {g.symptom('fr')} depuis que je prends {g.med('fr')}"
    ),
    lambda g: (
        f"Ma {g.pick(['fille', 'mère', 'femme', 'sœur', 'tante', 'grand-mère'])} {g.person_first()} a {g.eponym('fr')} et {g.doctor_fr()} veut changer son traitement."
    ),
    lambda g: (
        f"mon {g.pick(['fils', 'mari', 'père', 'frère', 'copain', 'neveu'])} {g.person_first(0.4)} a {g.symptom('fr')} depuis le {g.date_fr()}, que faire ?"
    ),
    lambda g: (
        f"J'ai été vue au {g.hospital('fr')} le {g.date_fr()} par {g.doctor_fr()}, {g.vital('fr')} mais j'ai toujours {g.symptom('fr')}."
    ),
    lambda g: (
        f"Pouvez-vous me rappeler au {g.phone('fr')} ? C'est pour les résultats de ma fille, {g.vital('fr')}."
    ),
    lambda g: (
        f"envoyez moi les résultats à {g.email('fr')} svp, je n'arrive pas à ouvrir le site. {g.med('fr')} ne marche pas."
    ),
    lambda g: (
        f"J'habite {g.address_fr()} et le cabinet a perdu mon courrier. J'ai {g.eponym('fr')}."
    ),
    lambda g: f"Mon numéro de sécu est le {g.nir()}, c'est pour le remboursement de {g.med('fr')}.",
    lambda g: (
        f"Ma grand-mère a {g.age_old('fr')} et {g.eponym('fr')}. Elle est née le {g.dob('fr')}. L'opération est-elle risquée ?"
    ),
    lambda g: (
        f"mon père a {g.age_old('fr')}, il est tombé chez lui à {g.city('fr')}, {g.vital('fr')}, faut-il aller aux urgences ?"
    ),
    lambda g: (
        f"Je suis enceinte de {g.preg('fr')} et ma sage-femme {g.person_first()} trouve que ma {g.vital('fr')} est haute. Je travaille chez {g.employer('fr')}."
    ),
    lambda g: (
        f"je travaille chez {g.employer('fr')} et mon chef veut un arrêt de travail, j'ai {g.symptom('fr')}. Née le {g.dob('fr')}."
    ),
    lambda g: (
        f"Mon fils est au {g.school('fr')} et l'infirmière scolaire a appelé pour {g.symptom('fr')}."
    ),
    lambda g: (
        f"j'ai mis des photos de l'eczéma sur {g.url()}, un médecin peut regarder ? Je prends {g.med('fr')}."
    ),
    lambda g: (
        f"j'habite à {g.wordlike_city('fr')} et le médecin de garde est fermé, j'ai {g.symptom('fr')}"
    ),
    lambda g: (
        f"on a déménagé près de {g.wordlike_city('fr')} en {g.date_fr()} et je cherche un médecin pour {g.eponym('fr')}"
    ),
    lambda g: (
        f"Peut-on prendre {g.med('fr')} avec {g.med('fr')} ? C'est {g.doctor_fr()} du {g.hospital('fr')} qui a prescrit les deux."
    ),
    lambda g: f"Sur le courrier il y a {g.record_number('fr')}, ils ont annulé mon IRM deux fois.",
    lambda g: (
        f"bonjour c'est {g.person_full(0.3)}, {g.age_young('fr')}, {g.symptom('fr')} après le vaccin du {g.date_fr()}"
    ),
    lambda g: (
        f"Le portail a enregistré une connexion depuis {g.ip()} qui n'était pas moi, et mon dossier parle de {g.eponym('fr')}."
    ),
    lambda g: (
        f"Merci d'avance pour vos conseils sur {g.symptom('fr')} et ma {g.vital('fr')}.\nCordialement,\n{g.person_full()}"
    ),
    lambda g: (
        f"{g.symptom('fr').capitalize()} depuis 2 mois, {g.med('fr')} ne soulage pas. Merci, {g.person_first()}"
    ),
    lambda g: (
        f"ma fille {g.person_first()} est née le {g.dob('fr')} et a {g.eponym('fr')} comme son grand-père"
    ),
    lambda g: (
        f"je pars à {g.city('fr')} la semaine prochaine, je peux prendre {g.med('fr')} dans l'avion ?"
    ),
    lambda g: (
        f"Mon médecin {g.doctor_fr()}, RPPS {g.rpps()}, part à la retraite et je veux mon dossier. Tél {g.phone('fr')}."
    ),
    lambda g: (
        f"{g.person_first()} et moi essayons d'avoir un bébé, je suis à {g.preg('fr')} après une FIV au {g.hospital('fr')}"
    ),
    lambda g: (
        f"on m'a diagnostiqué {g.eponym('fr')} à {g.city('fr')} en {g.date_fr()}, {g.vital('fr')} c'est normal ?"
    ),
    lambda g: (
        f"{g.vital('fr').capitalize()}, c'est dangereux ? Écrivez-moi à {g.email('fr')} ou au {g.phone('fr')}"
    ),
    lambda g: (
        f"J'ai vu Dr House à la télé parler de {g.eponym('fr')} et je m'inquiète pour {g.symptom('fr')}."
    ),
    lambda g: (
        f"Ma mère avait {g.eponym('fr')}, est-ce héréditaire ? J'ai {g.age_young('fr')} et {g.symptom('fr')}."
    ),
    lambda g: (
        f"Le code {g.icd()} est sur mon compte rendu du {g.hospital('fr')}, qu'est-ce que ça veut dire ?"
    ),
    lambda g: (
        f"moi et {g.person_first(0.6)} on est allés à {g.city('fr')} ce week-end et depuis j'ai {g.symptom('fr')}"
    ),
    lambda g: (
        f"RDV le {g.date_fr()} au {g.hospital('fr')} avec {g.doctor_fr()}, adresse {g.address_fr()}, il y a un parking ?"
    ),
    lambda g: (
        f"Mamie a {g.age_old('fr')}, vit seule à {g.city('fr')}, prend {g.med('fr')} et {g.med('fr')}"
    ),
    lambda g: (
        f"Mon mari {g.person_full()} travaille chez {g.employer('fr')} et a {g.symptom('fr')}, {g.vital('fr')}"
    ),
    lambda g: (
        f"IBAN pour le remboursement : {g.iban()}. Merci de me rembourser la consultation pour {g.eponym('fr')}."
    ),
    lambda g: (
        f"ma fille de 5 ans, {g.person_first()}, a {g.symptom('fr')} depuis {g.date_fr()} et va au {g.school('fr')}"
    ),
    lambda g: (
        f"le {g.date_fr()} j'ai fait un malaise au travail ({g.employer('fr')}), le neurologue {g.doctor_fr()} dit que {g.eponym('fr')} est peu probable"
    ),
    lambda g: (
        f"Mon {g.pick(['fils', 'mari', 'père'])} s'appelle {g.person_first()} et il a {g.symptom('fr')}, {g.vital('fr')}"
    ),
]


def noisy(marked: str, rng: random.Random, lang: str) -> str:
    """Patient-style noise outside the markup: lowercase, typos, dropped punctuation."""
    parts = re.split(r"(\[\[.+?\|[A-Z_0-9]+\]\]|\{\{.+?\}\})", marked)
    lower = rng.random() < 0.25
    drop_punct = rng.random() < 0.2
    out = []
    for p in parts:
        if p.startswith(("[[", "{{")):
            out.append(p)
            continue
        if lower:
            p = p.lower()
        if drop_punct:
            p = (
                p.replace("?", "").replace(",", "").replace("'", " ")
                if lang == "en"
                else p.replace("?", "").replace(",", "")
            )
        for right, wrong in TYPOS.items():
            if right in p and rng.random() < 0.3:
                p = p.replace(right, wrong, 1)
        out.append(p)
    return "".join(out)


def _records(
    templates: list[Template], lang: str, rng: random.Random, n: int
) -> list[dict[str, object]]:
    gen = Gen(rng)
    out: list[dict[str, object]] = []
    for k in range(n):
        template = templates[k % len(templates)] if k < len(templates) else rng.choice(templates)
        marked = noisy(template(gen), rng, lang)
        if rng.random() < 0.2:
            # run-on: two questions glued together
            extra = noisy(rng.choice(templates)(gen), rng, lang)
            marked = marked.rstrip(".?! ") + " " + extra[0].lower() + extra[1:]
        text, spans, medical = parse_markup(marked)
        out.append(
            {
                "id": f"gen-{lang}-{k:03d}",
                "lang": lang,
                "text": text,
                "spans": spans,
                "medical": medical,
            }
        )
    return out


def _handwritten(path: Path | None = None, prefix: str = "hand") -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    path = path or HERE / "handwritten.txt"
    for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        lang, marked = line.split("\t", 1)
        text, spans, medical = parse_markup(marked.replace("\\n", "\n"))
        out.append(
            {
                "id": f"{prefix}-{lang}-{k:03d}",
                "lang": lang,
                "text": text,
                "spans": spans,
                "medical": medical,
            }
        )
    return out


def main() -> None:
    """Write dev.jsonl."""
    rng = random.Random(SEED)
    records = _records(EN_TEMPLATES, "en", rng, N_PER_LANG) + _records(
        FR_TEMPLATES, "fr", rng, N_PER_LANG
    )
    records += _handwritten()
    # Blind sets (blind/*.txt) join the corpus once scored; their first-contact figures are in docs/deid.md.
    for blind in sorted((HERE / "blind").glob("*.txt")):
        records += _handwritten(blind, blind.stem)
    with (HERE / "dev.jsonl").open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {HERE / 'dev.jsonl'}")


if __name__ == "__main__":
    main()
