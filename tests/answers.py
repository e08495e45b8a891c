"""Answer texts used across tests: compliant ones pass the shipped guideline sets without warnings."""

COMPLIANT_EN = (
    "Thank you for your question. An itchy red rash on the inside of the elbows that comes and goes is often "
    "atopic eczema, which is common in children. Regular use of a fragrance-free emollient, several times a day, "
    "and avoiding soap helps most children. If the skin weeps, crusts, becomes painful or your child has a fever, "
    "see your GP promptly, because infected eczema needs treatment. Your own doctor can examine the skin and "
    "discuss whether a short course of a mild steroid cream is appropriate. You can read more on "
    "https://www.nhs.uk/conditions/atopic-eczema/ (NHS, 2024). This answer is general information and is not a "
    "consultation: it does not replace an examination by your own doctor."
)

COMPLIANT_FR = (
    "Merci pour votre question. Des brûlures d'estomac après les repas depuis un mois sont fréquentes et "
    "souvent liées à un reflux gastro-œsophagien. Quelques mesures simples aident souvent : repas plus légers, "
    "éviter de se coucher juste après le repas, limiter l'alcool et le tabac, surélever la tête du lit. "
    "Si les symptômes persistent malgré ces mesures, s'il existe une perte de poids, des difficultés à avaler, "
    "des vomissements ou des selles noires, il faut consulter votre médecin traitant rapidement. Vous trouverez "
    "des informations fiables sur https://www.ameli.fr/assure/sante/themes/reflux-gastro-oesophagien (Assurance "
    "Maladie, 2024). Cette réponse est une information générale et ne remplace pas une consultation avec votre médecin."
)

PHONE_EN = COMPLIANT_EN + " If you want, call me on 07700 900 456 and we can talk."
EMAIL_EN = COMPLIANT_EN + " For more details e-mail me at dr.grace.okafor@gmail.com."
