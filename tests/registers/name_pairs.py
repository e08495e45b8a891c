"""Blind set for the register name matcher (written before it was scored; see docs/registers.md).

Each line: (typed at registration, register first name, register last name, same person?). Styles not used
while writing the matcher: married and double-barrelled names, initials, transliterations, swapped order
with commas, capitals, nicknames, impostors sharing one name, typos, particles (de, van, Mc).
"""

PAIRS: list[tuple[str, str, str, bool]] = [
    # the same person, written otherwise
    ("Hugo Lefevre", "Hugo", "LEFÈVRE", True),
    ("LEFEVRE Hugo", "Hugo", "LEFÈVRE", True),
    ("Lefèvre, Hugo", "Hugo", "LEFÈVRE", True),
    ("Dr. Hugo Lefèvre", "Hugo", "LEFÈVRE", True),
    ("Inès Garcia Nuñez", "Inès", "GARCIA-NUÑEZ", True),
    ("Ines Garcia-Nunez", "Inès", "GARCIA-NUÑEZ", True),
    ("Jean-Luc Martin", "Jean-Luc", "MARTIN", True),
    ("Jean Luc Martin", "Jean-Luc", "MARTIN", True),
    ("Jeanluc Martin", "Jean-Luc", "MARTIN", True),
    ("Marie-Hélène de La Tour", "Marie-Hélène", "DE LA TOUR", True),
    ("Marie Helene Delatour", "Marie-Hélène", "DE LA TOUR", True),
    ("Ada Marie Lovelace", "Ada", "LOVELACE", True),
    ("Ada Lovelace", "Ada Marie", "LOVELACE", True),
    ("Søren Kierkegaard", "Søren", "KIERKEGAARD", True),
    ("Soren Kierkegaard", "Søren", "KIERKEGAARD", True),
    ("Sean O'Brien", "Seán", "O'BRIEN", True),
    ("Sean OBrien", "Seán", "O'BRIEN", True),
    ("Grace Okafor", "GRACE", "OKAFOR", True),
    ("Okafor Grace Adaeze", "Grace", "OKAFOR", True),
    ("Hugo Lefebvre", "Hugo", "LEFÈVRE", True),  # a one-letter typo of the same name
    ("Mohammed Al-Hassan", "Mohammed", "AL HASSAN", True),
    ("Mohamed Al Hassan", "Mohammed", "AL HASSAN", True),
    ("Anna van der Berg", "Anna", "VAN DER BERG", True),
    ("Anna Vanderberg", "Anna", "VAN DER BERG", True),
    ("James McDonald", "James", "MCDONALD", True),
    ("Zoé Müller", "Zoé", "MÜLLER", True),
    ("Zoe Muller", "Zoé", "MÜLLER", True),
    # someone else
    ("Marie Lefèvre", "Hugo", "LEFÈVRE", False),
    ("Hugo Martin", "Hugo", "LEFÈVRE", False),
    ("Hugo", "Hugo", "LEFÈVRE", False),
    ("Lefèvre", "Hugo", "LEFÈVRE", False),
    ("Paul Dupont", "Hugo", "LEFÈVRE", False),
    ("Inès Garcia", "Inès", "GARCIA-NUÑEZ", False),  # half of a double name: staff should look
    ("Ines Nunez", "Inès", "GARCIA-NUÑEZ", False),
    ("Jean Martin", "Jean-Luc", "MARTIN", False),
    ("Luc Martin", "Jean-Luc", "MARTIN", False),
    ("Grace Okoro", "Grace", "OKAFOR", False),
    ("Ada Byron", "Ada", "LOVELACE", False),
    ("John Smith", "Jon", "SMYTH", False),
    ("Anna Berg", "Anna", "VAN DER BERG", False),
    ("Sam Pending", "Samuel", "PENDLETON", False),
    ("Zoé Miller", "Zoé", "MÜLLER", False),
]
