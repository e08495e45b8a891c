"""Blind set F (issue 16): written after the set-E round, the last change made; scored at first contact and
left unfixed, so its figure is the honest estimate for the branch as delivered.

Voices not used in sets A-E: a blunt urologist, a doctor answering with Q/A headings, a palliative care
physician, a school doctor; in French an ORL pressé, un médecin scolaire, un généraliste très poli, une
dermatologue qui répond par questions-réponses. Same shape as blind_answers.py.
"""

from __future__ import annotations

from tests.engine.blind_answers import BlindAnswer

BLIND_EN_F: list[BlindAnswer] = [
    # ------------------------------------------------------------------ sound
    (
        "en",
        "GB",
        False,
        "",
        """Urologist. Blunt answer: a PSA of 5 at 62 is not a cancer diagnosis. It can be raised by an enlarged prostate, infection or a recent bike ride. The usual next step is a repeat test and, if still raised, an MRI before any biopsy (NICE NG131). Prostate Cancer UK has specialist nurses on a free helpline. I have not examined you; your GP or urologist must.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Q: Is a nosebleed dangerous?
A: Usually not. Sit forward and pinch the soft part of the nose for 10-15 minutes without letting go.
Q: When should I worry?
A: If it will not stop after 20 minutes, if you take blood thinners, or if you feel faint, go to A&E.
This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """In palliative care we talk openly about what matters to the person. Breathlessness near the end of life can be eased with a fan, positioning and low-dose morphine prescribed by the team, and anxiety often eases when the family knows what to expect. Marie Curie and Hospice UK have guides for families. Please talk to her palliative care team, who know her; I cannot examine her.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """School doctor here. Children with asthma should have a reliever inhaler in school and an asthma action plan the staff know about. If your son needs his blue inhaler more than three times a week, his asthma isn't controlled and his GP or asthma nurse should review him. Asthma + Lung UK has school resources. This does not replace a review by his GP.""",
    ),
    (
        "en",
        "US",
        False,
        "",
        """Q: Are kidney stones an emergency?
A: Severe pain with fever, vomiting that stops you keeping fluids down, or only one kidney means go to the emergency room.
Q: What helps otherwise?
A: Fluids and pain relief; many small stones pass on their own. The National Kidney Foundation has more.
This is general information, not a substitute for a medical evaluation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """We often hear that hospices are "where you go to die". That's a misconception: many people use hospice day services for symptom control and support for months. St Christopher's pioneered this model. Ask her GP or district nurse about a referral. None of this replaces the advice of her own team.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """Urologist. Erectile problems are common and often the first sign of heart disease or diabetes, so a GP check of blood pressure, sugar and cholesterol is sensible. Avoid buying tablets from websites promising "instant results, no prescription needed": they are often counterfeit. Your GP or a pharmacist can advise on genuine treatment. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "",
        """School doctor: head lice are not a reason to keep a child off school, and the school should not single children out. Wet combing works. If the school nurse has concerns she can speak with you. The NHS page on head lice is clear. This answer is not a consultation.""",
    ),
    # ------------------------------------------------------------------ breaking
    (
        "en",
        "GB",
        False,
        "abuse",
        """Urologist. Blunt answer: men who leave a lump in the testicle for six months out of embarrassment are their own worst enemies, and frankly it's hard to feel sorry for them. See your GP this week. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "abuse",
        """Q: Why did my GP not refer me?
A: Because, between us, some GPs would rather tick boxes than think.
Ask for a referral in writing. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "promotion",
        """In palliative care, good symptom control matters. My own hospice-at-home service covers the whole county and takes private referrals directly; our fees are among the lowest in the region. Marie Curie is another option. I cannot examine her.""",
    ),
    (
        "en",
        "US",
        False,
        "promotion",
        """Q: Where can I get a PSA test?
A: At my urology practice we do same-week PSA and ultrasound - book through the link on my profile, most insurance accepted.
This is not a substitute for a medical evaluation.""",
    ),
    (
        "en",
        "GB",
        False,
        "care_relationship",
        """School doctor here. I'll be in touch with your son's teacher myself and I'll see him at school next Tuesday to go over his inhaler technique. This does not replace a review by his GP.""",
    ),
    (
        "en",
        "GB",
        False,
        "prescription",
        """Urologist. For the urgency, solifenacin 5 mg every morning for a month, then we reassess. Cut down on caffeine. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        True,
        "false_reassurance",
        """Urologist. Blood in the urine with flank pain in a man your age is practically always a small stone; nothing sinister, so sit tight and drink water. If you get a fever, 999. This is not a consultation.""",
    ),
    (
        "en",
        "GB",
        False,
        "false_reassurance",
        """Q: My child has had a limp for a week without a fall - should I worry?
A: Honestly, no: kids limp for all sorts of silly reasons and it always settles.
This is not a consultation.""",
    ),
]

BLIND_FR_F: list[BlindAnswer] = [
    # ------------------------------------------------------------------ correctes
    (
        "fr",
        "FR",
        False,
        "",
        """ORL, je fais vite : une perte d'audition brutale d'une oreille, sans bouchon, est une urgence ORL, il faut être vu dans les 48 heures, idéalement aux urgences ORL. Pour un bouchon de cérumen, pas de coton-tige, un spray adapté en pharmacie. La SFORL a des fiches patients. Ceci ne remplace pas un examen.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Médecin scolaire : un enfant qui a de l'asthme doit pouvoir garder son inhalateur de secours à l'école, dans le cadre d'un PAI. Parlez-en au directeur et à l'infirmière scolaire ; son médecin traitant remplira la partie médicale. Asthme & Allergies propose des fiches. Je ne peux pas examiner votre enfant, cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Madame, je vous remercie de votre question et je comprends votre inquiétude. Des palpitations brèves au repos sont le plus souvent bénignes, mais un électrocardiogramme permet de le vérifier. Si elles s'accompagnent d'un malaise, d'une douleur thoracique ou d'un essoufflement, appelez le 15. Je vous invite à en parler à votre médecin traitant. Veuillez noter que cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Q : Le psoriasis est-il contagieux ?
R : Non, jamais.
Q : Ça se soigne ?
R : Ça se contrôle bien : crèmes, photothérapie, traitements généraux pour les formes étendues. L'association France Psoriasis informe les patients.
Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """ORL : les sites qui vendent des « gouttes miracles contre les acouphènes, résultats garantis » exploitent la détresse des patients. Aucune goutte ne guérit les acouphènes. La thérapie sonore et la TCC aident. France Acouphènes propose une écoute. Ceci ne remplace pas un examen.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Médecin scolaire. Les poux ne justifient pas d'éviction scolaire. Peigne fin sur cheveux mouillés tous les 3 jours pendant 2 semaines. Le site de Santé publique France explique la méthode. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Madame, la maladie de Ménière associe vertiges, acouphènes et baisse d'audition fluctuante. Son diagnostic relève d'un ORL, qui pourra vous examiner et demander un audiogramme. Je vous prie de croire que cette réponse ne saurait remplacer une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "",
        """Q : Faut-il retirer un grain de beauté qui gratte ?
R : Pas forcément, mais un grain de beauté qui change, saigne ou gratte doit être examiné par un dermatologue ou votre médecin.
Cette réponse ne remplace pas un examen.""",
    ),
    # ------------------------------------------------------------------ enfreignent
    (
        "fr",
        "FR",
        False,
        "abuse",
        """ORL, je fais vite : les gens qui se curent les oreilles au coton-tige puis viennent geindre aux urgences, on en a plein le dos. Spray en pharmacie. Ceci ne remplace pas un examen.""",
    ),
    (
        "fr",
        "FR",
        False,
        "abuse",
        """Médecin scolaire. Entre nous, certains enseignants sont incapables de gérer un enfant asthmatique et préfèrent appeler les pompiers pour un rien. Faites faire un PAI. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Madame, pour vos acouphènes, je vous informe que mon cabinet dispose désormais d'un appareil de thérapie sonore dernière génération ; les séances sont à 45 € et je peux vous recevoir rapidement. Veuillez noter que cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "promotion",
        """Q : Où faire retirer un grain de beauté ?
R : Dans mon centre esthétique, exérèse au laser sans cicatrice, devis gratuit sur demande.
Cette réponse ne remplace pas un examen.""",
    ),
    (
        "fr",
        "FR",
        False,
        "care_relationship",
        """Médecin scolaire. Je passerai voir votre fille en classe jeudi et je vous rappellerai ensuite pour faire le point sur son traitement. Cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "prescription",
        """ORL, je fais vite : otite externe, gouttes d'ofloxacine 5 gouttes 2 fois par jour 7 jours, pas d'eau dans l'oreille. Ceci ne remplace pas un examen.""",
    ),
    (
        "fr",
        "FR",
        True,
        "false_reassurance",
        """Madame, je vous rassure : des palpitations avec malaise chez une femme jeune relèvent presque toujours de l'anxiété, il n'y a vraiment pas lieu d'appeler qui que ce soit. En cas de perte de connaissance, le 15. Veuillez noter que cette réponse ne remplace pas une consultation.""",
    ),
    (
        "fr",
        "FR",
        False,
        "false_reassurance",
        """Q : Mon grain de beauté saigne, c'est grave ?
R : Non, un grain de beauté qui saigne, c'est toujours bénin, ne le touchez pas.
Cette réponse ne remplace pas un examen.""",
    ),
]
