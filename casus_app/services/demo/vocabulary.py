"""Word lists for the demo register: names, streets, problems, actions, notes — all synthetic."""

from __future__ import annotations


def names(text: str) -> tuple[str, ...]:
    return tuple(text.split(", ") if ", " in text else text.split())


# --- people -------------------------------------------------------------------------------------
# group: (weight, surnames, men, women, boys, girls). Leading lowercase words are tussenvoegsels.
GROUPS: dict[str, tuple[float, str, str, str, str, str]] = {
    "nl": (
        0.70,
        "de Jong, de Vries, van den Berg, van Dijk, Bakker, Visser, Smit, Meijer, de Boer, Mulder, de Groot, "
        "Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf, "
        "van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, "
        "van den Broek, de Bruijn, van der Heijden, Schouten, van Beek, Willems, van de Ven, Maas, "
        "Verhoeven, Koster, van Dam, Prins, Huisman, Peeters, de Lange, van Wijk, Kuipers, Janssen, "
        "Smeets, Vliegen, Lemmens, Coenen, Wetzels, Hermans, Schoonbrood, Bemelmans, Bessems, Houben, "
        "Kleijnen, Ramakers, Frijns, Ubags, Kurvers, Habets, Schreurs, Crombach, Dassen, Mertens, Vaessen, "
        "Heuts, Notermans, Claessens, Stijnen, Gielen, Hanssen, Erens, Debets, Brands, Pluijmen, van Loo, "
        "van de Weijer, op den Camp, in de Braekt, van Wersch",
        "Jan Peter Hans Kees Ruud Marco Patrick Dennis Ronald Roy Jeroen Bas Kevin Mark Michel Harry Wim "
        "Jos Rob Frank Sven Jeffrey Stefan Roel Twan Luc Huub Sjef Jo Ton Gerard Lei Pascal Maurice Ramon",
        "Anja Monique Sandra Ingrid Marja Petra Linda Yvonne Esther Chantal Miriam Wendy Kim Sanne Lisa "
        "Femke Laura Anouk Iris Nicole Ellen Marion Debby Bianca Jolanda Gerda Truus Mia Mieke Anny Netty "
        "Brigitte Judith Danielle Romy",
        "Noah Sem Liam Lucas Daan Finn Levi Milan Luuk Bram Jesse Thijs Max Julian Mees Siem Teun Gijs",
        "Emma Julia Mila Tess Sophie Zoë Sara Nora Yara Eva Lotte Fenna Saar Lieke Noor Anna Isa Evi Liv",
    ),
    "pl": (
        0.08,
        "Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, "
        "Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, "
        "Pawłowski, Michalski",
        "Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Adam Marek Grzegorz Kamil Dawid",
        "Anna Katarzyna Magdalena Agnieszka Joanna Monika Ewa Małgorzata Aleksandra Karolina Natalia",
        "Jakub Antoni Szymon Filip Kacper Wojciech",
        "Zuzanna Julia Maja Lena Hanna Oliwia",
    ),
    "ro": (
        0.05,
        "Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stan, Stoica, Gheorghe, Matei, Ciobanu, Rusu, "
        "Munteanu, Constantin, Marin, Tudor, Dinu, Florea, Lungu, Moldovan, Barbu",
        "Andrei Ion Mihai Alexandru Florin Gheorghe Constantin Adrian Cristian Ionuț Marius Bogdan",
        "Maria Elena Ioana Andreea Mihaela Ana Gabriela Alina Cristina Daniela",
        "David Luca Matei Ștefan Rareș",
        "Sofia Ana Maria Daria Ioana",
    ),
    "tr": (
        0.06,
        "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, "
        "Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Kemal Osman",
        "Ayşe Fatma Emine Hatice Zeynep Elif Merve Büşra Özlem Derya Esra",
        "Yusuf Eymen Mert Kerem Ömer Emir",
        "Ela Zeynep Elif Defne Azra Eylül",
    ),
    "ma": (
        0.06,
        "El Amrani, Bouzid, El Idrissi, Benali, Azzouzi, El Khatib, Bakkali, Haddou, Ouali, Tahiri, "
        "Chaouch, El Hamdaoui, Boukhari, Mansouri, Ziani, Achahbar, El Ouardi, Bouchtaoui, Aarab",
        "Mohamed Ahmed Youssef Mustapha Said Rachid Karim Hamza Abdelkader Khalid Hicham Nordin",
        "Fatima Khadija Naima Malika Samira Latifa Nadia Amina Saida Hanane Soumaya",
        "Adam Rayan Amir Ilyas Yassin Imran",
        "Nour Yasmina Amira Lina Sara Aya",
    ),
    "sy": (
        0.05,
        "Al-Ahmad, Al-Hassan, Haddad, Khalil, Al-Khatib, Hamdan, Ibrahim, Mustafa, Al-Ali, Saleh, Darwish, "
        "Youssef, Kassem, Al-Masri, Najjar, Othman, Sabbagh, Hallak, Al-Halabi, Suleiman",
        "Mohammad Ahmad Khaled Omar Abdullah Hussam Bashar Ammar Walid Fadi Samer",
        "Fatima Aisha Rania Hala Lina Rasha Dima Nour Reem Maha Yara",
        "Omar Adam Ali Hamza Yamen Karam",
        "Sham Maya Jana Layan Tala Joud",
    ),
}
# labour migrants are over-represented among illegal occupation and overcrowding
GROUPS_OCCUPATION = {"nl": 0.2, "pl": 0.45, "ro": 0.35}

# --- places -------------------------------------------------------------------------------------
STREET_WORDS = names(
    "Schacht Koempel Mijnwerkers Lampisten Steenkolen Kolenberg Mergel Beuken Linden Kastanje Eiken "
    "Berken Wilgen Meidoorn Vlier Hazelaar Brem Heide Akker Weide Beek Bron Molen Kapel Hoeve Slot Poort "
    "Dorps Broek Heuvel Hof Leeuweriken Merel Lijster Vinken Spreeuwen Zwaluwen Kievit Putter Rozen "
    "Tulpen Seringen Klaver Korenbloem Vogelzang Zonnebloem Esdoorn Platanen Populieren Hulst"
)
STREET_SUFFIXES = (
    "straat",
    "straat",
    "straat",
    "weg",
    "laan",
    "hof",
    "pad",
    "plein",
    "erf",
    "dreef",
    "singel",
)
STREET_OLD = ("Op de Kamp", "In de Boomgaard", "Aan de Beek", "Achter de Hoeve", "Op de Berg", "In het Veld")
POSTCODES = {"HSB": (6431, 6433), "HSN": (6411, 6419), "VRH": (6414, 6416), "HLH": (6412, 6419)}
PC_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
TOEVOEGINGEN = ("a", "a", "b", "b", "c", "A", "B", "1", "2", "3", "bis")
PLEKKEN = names(
    "achter de garageboxen, bij het winkelcentrum, rond het speelveld, bij de bushalte, in de brandgang, "
    "op het parkeerterrein, langs het fietspad, bij de galerijflat, bij het trapveldje, rond de glasbak, "
    "in het park, bij de ingang van het portiek, rond het buurthuis, bij de ondergrondse containers"
)

# --- what cases are about -----------------------------------------------------------------------
PROBLEMS: dict[str, tuple[str, ...]] = {
    "zwerfafval": (
        "Afvaldumping {plek}",
        "Zwerfafval en grofvuil {plek}",
        "Volle containers en verloedering {plek}",
    ),
    "jeugdoverlast": (
        "Groep jongeren veroorzaakt overlast {plek}",
        "Hangjongeren en geluidsoverlast {plek} in de avond",
        "Vernielingen door jongeren {plek}",
    ),
    "onveilige_plek": (
        "Slecht verlichte doorgang {plek}",
        "Onoverzichtelijke plek {plek} door overwoekerd groen",
        "Bewoners mijden de plek {plek} in het donker",
    ),
    "overlastplek": (
        "Drugsgebruik en afval {plek}",
        "Samenscholing en drankgebruik {plek}",
        "Leegstaand pand {plek} trekt overlast aan",
    ),
    "woonoverlast": (
        "Geluidsoverlast en vervuiling rond de woning",
        "Aanhoudende geluidsoverlast in de nachtelijke uren",
        "Vervuilde woning met ongedierte",
        "Stankoverlast en een vervuild balkon",
    ),
    "drugsoverlast": (
        "Vermoedelijke drugshandel vanuit de woning",
        "Veel aanloop aan de woning op wisselende tijden",
        "Hennepgeur en signalen van een kwekerij",
    ),
    "burenconflict": (
        "Escalerend conflict tussen buren over geluid",
        "Buren bedreigen elkaar over en weer",
        "Burenruzie over parkeren en afval loopt op",
    ),
    "verward_gedrag": (
        "Bewoner vertoont verward gedrag en zorgt voor onrust",
        "Signalen van verwaarlozing en verward gedrag",
        "Bewoner mijdt zorg, buren maken zich zorgen",
    ),
    "illegale_bewoning": (
        "Signalen van overbewoning door arbeidsmigranten",
        "Woning lijkt zonder vergunning verkamerd",
        "Veel wisselende bewoners op één adres",
    ),
    "illegale_prostitutie": (
        "Signalen van illegale prostitutie vanuit de woning",
        "Veel wisselend bezoek, vermoeden van prostitutie",
    ),
    "intimidatie": (
        "Buren worden geïntimideerd door een buurtbewoner",
        "Melders durven uit angst geen aangifte te doen",
    ),
    "ondermijning": (
        "Signalen van ondermijning rond een bedrijfspand",
        "Opvallende geldstromen en aanloop bij een pand",
    ),
    "multiprobleem": (
        "Gezin met schulden, een slechte woning en zorgen om de kinderen",
        "Gezin loopt vast tussen veel hulpverleners",
        "Alleenstaande ouder met schulden en gezondheidsproblemen",
    ),
    "dreigende_uithuiszetting": (
        "Dreigende ontruiming door huurachterstand",
        "Gezin met hoge huurachterstand en een vonnis tot ontruiming",
    ),
}
NO_ACTION_YET = (
    ("melding geregistreerd, partners houden de plek in de gaten", "eerst informatie ophalen bij bewoners"),
    ("partners verzamelen eerst informatie", "situatie wordt gevolgd door de wijkagent"),
    ("gezin stemt in met de Doorbraakmethode", "eerste kennismaking met het gezin gepland"),
)

# (omschrijving, short label for notes, owner organisations; CORP = a housing corporation)
ACTIONS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "leefbaarheid": (
        ("Buurtschouw organiseren met bewoners en partners", "buurtschouw", "GEMEENTE CORP"),
        ("Opschoondag met bewoners organiseren", "opschoondag", "CORP GEMEENTE BUURTTEAM"),
        ("Grofvuil en zwerfafval laten opruimen", "opruimactie", "GEMEENTE CORP"),
        ("Extra surveillance op de plek in de avonduren", "extra surveillance", "POLITIE HANDHAVING"),
        ("Flexactie (integrale controle) voorbereiden", "flexactie", "HANDHAVING GEMEENTE POLITIE"),
        ("Bewoners informeren met een bewonersbrief", "bewonersbrief", "GEMEENTE CORP"),
        ("Terugkoppeling aan de melders", "terugkoppeling aan melders", "GEMEENTE POLITIE CORP"),
    ),
    "casuistiek": (
        ("Gezamenlijk huisbezoek woningcorporatie en buurtteam", "huisbezoek", "CORP BUURTTEAM"),
        ("Huisbezoek door de wijkagent", "huisbezoek wijkagent", "POLITIE"),
        ("Gesprek met de verhuurder over de situatie", "gesprek met verhuurder", "BUURTTEAM CORP"),
        ("Bewoner aanmelden bij schuldhulpverlening", "aanmelding schuldhulp", "BUURTTEAM GEMEENTE"),
        ("Zorgmelding doen bij Vangnet", "zorgmelding", "POLITIE BUURTTEAM GGD"),
        ("Waarschuwingsbrief namens de corporatie versturen", "waarschuwingsbrief", "CORP"),
        ("Informatie delen binnen het convenant en risico's inschatten", "risicotaxatie", "ZVH POLITIE"),
        ("Casus inbrengen bij het Zorg- en Veiligheidshuis", "inbreng bij het ZVH", "ZVH BUURTTEAM POLITIE"),
    ),
    "doorbraak": (
        ("Doorbraakplan opstellen met het gezin", "doorbraakplan", "BUURTTEAM"),
        ("Keukentafelgesprek met gezin en gezinscoach", "keukentafelgesprek", "BUURTTEAM"),
        ("Overzicht maken van alle betrokken hulpverleners", "overzicht hulpverleners", "BUURTTEAM GEMEENTE"),
        ("Mandaat voor de doorbraak vragen", "mandaatvraag", "GEMEENTE"),
        ("Bijstandsaanvraag afronden", "bijstandsaanvraag", "GEMEENTE"),
        ("Aanmelden bij schuldhulpverlening", "aanmelding schuldhulp", "GEMEENTE BUURTTEAM"),
        ("Opvoedondersteuning inzetten", "opvoedondersteuning", "JENS"),
        ("Scores per leefgebied evalueren met het gezin", "evaluatie", "BUURTTEAM"),
    ),
    "zwerfafval": (
        ("Extra afvalbakken laten plaatsen", "extra afvalbakken", "GEMEENTE"),
        ("Eigenaar aanschrijven over de verloedering", "aanschrijving eigenaar", "HANDHAVING"),
    ),
    "jeugdoverlast": (
        ("Jongerenwerk zet in op de groep", "inzet jongerenwerk", "JENS"),
        ("Gesprek met de ouders van de jongeren", "gesprek met ouders", "JENS POLITIE"),
        ("School betrekken bij de aanpak", "contact met school", "VISTA JENS"),
    ),
    "onveilige_plek": (
        ("Verlichting laten verbeteren", "betere verlichting", "GEMEENTE"),
        ("Groen laten snoeien voor beter zicht", "snoeien groen", "GEMEENTE CORP"),
        ("Cameratoezicht onderzoeken", "onderzoek camera", "GEMEENTE"),
    ),
    "overlastplek": (
        ("Leegstaand pand laten afsluiten", "afsluiten pand", "HANDHAVING CORP"),
        ("Cameratoezicht onderzoeken", "onderzoek camera", "GEMEENTE"),
    ),
    "woonoverlast": (
        ("Gedragsaanwijzing opstellen met de bewoner", "gedragsaanwijzing", "CORP"),
        ("Schoonmaak en ongediertebestrijding regelen", "schoonmaak woning", "CORP BUURTTEAM"),
    ),
    "drugsoverlast": (
        ("Bestuurlijke rapportage opvragen", "bestuurlijke rapportage", "POLITIE"),
        ("Sluiting op grond van artikel 13b Opiumwet voorbereiden", "voorbereiding sluiting", "GEMEENTE"),
    ),
    "burenconflict": (
        ("Buurtbemiddeling aanbieden aan beide partijen", "buurtbemiddeling", "BUURTTEAM"),
        ("Afzonderlijke gesprekken met beide buren", "gesprekken met de buren", "CORP BUURTTEAM"),
    ),
    "verward_gedrag": (
        ("Bemoeizorg inzetten", "bemoeizorg", "MONDRIAAN"),
        ("Afstemming met huisarts en GGD", "afstemming met GGD", "GGD"),
    ),
    "illegale_bewoning": (
        (
            "Controle op overbewoning door het Interventieteam",
            "controle Interventieteam",
            "HANDHAVING GEMEENTE",
        ),
        ("Inschrijvingen in de BRP controleren", "BRP-controle", "GEMEENTE"),
    ),
    "illegale_prostitutie": (
        ("Gezamenlijke controle van politie en handhaving", "controle", "POLITIE HANDHAVING"),
        ("Hulpaanbod voor betrokkenen via zorgpartners", "hulpaanbod", "GGD BUURTTEAM"),
    ),
    "intimidatie": (
        ("Melders ondersteunen bij het doen van aangifte", "ondersteuning bij aangifte", "POLITIE"),
        ("Gesprek met de veroorzaker", "gesprek met veroorzaker", "POLITIE CORP"),
    ),
    "ondermijning": (
        ("Bibob-onderzoek starten", "Bibob-onderzoek", "GEMEENTE"),
        ("Integrale controle van het pand", "integrale controle", "HANDHAVING POLITIE"),
    ),
    "multiprobleem": (
        ("Urgentieaanvraag voor een passende woning indienen", "urgentieaanvraag", "GEMEENTE BUURTTEAM"),
        ("Zorg afstemmen met huisarts en GGD", "afstemming zorg", "GGD"),
    ),
    "dreigende_uithuiszetting": (
        ("Huurachterstand bevriezen met de corporatie", "bevriezen huurachterstand", "CORP"),
        ("Betalingsregeling opstellen", "betalingsregeling", "CORP BUURTTEAM"),
    ),
}

# --- organisations ------------------------------------------------------------------------------
CORPORATIONS = {"WELLER": 0.4, "WONENLIMBURG": 0.2, "WOONPUNT": 0.2, "VINCIO": 0.1, "WONENZUID": 0.1}
SIGNALLERS = {
    "leefbaarheid": "POLITIE:25 HANDHAVING:20 GEMEENTE:15 CORP:25 BUURTTEAM:10 JENS:5",
    "casuistiek": "CORP:35 POLITIE:25 BUURTTEAM:15 GGD:5 MONDRIAAN:5 HANDHAVING:5 ZVH:3 GEMEENTE:5 JENS:2",
    "doorbraak": "BUURTTEAM:40 GEMEENTE:20 CORP:20 JENS:10 GGD:5 ZVH:5",
}
LEADS = {
    "leefbaarheid": "GEMEENTE:35 HANDHAVING:15 CORP:30 POLITIE:10 BUURTTEAM:5 JENS:5",
    "casuistiek": "BUURTTEAM:35 CORP:25 POLITIE:10 MONDRIAAN:5 GEMEENTE:10 ZVH:5 GGD:5",
    "doorbraak": "BUURTTEAM:60 GEMEENTE:25 JENS:15",
}
CATEGORY_ORGS = {  # extra weight for both signaller and lead
    "jeugdoverlast": "JENS:40 POLITIE:20",
    "drugsoverlast": "POLITIE:40",
    "verward_gedrag": "MONDRIAAN:40 GGD:20",
    "illegale_bewoning": "HANDHAVING:40 GEMEENTE:20",
    "illegale_prostitutie": "POLITIE:40 HANDHAVING:10",
    "ondermijning": "POLITIE:30 GEMEENTE:30",
    "dreigende_uithuiszetting": "CORP:40",
}
ATTENDANCE = (
    "GEMEENTE:5 POLITIE:5 HANDHAVING:4 CORP:9 JENS:2 BUURTTEAM:2",
    "POLITIE:5 BUURTTEAM:5 CORP:9 GGD:3 MONDRIAAN:3 ZVH:2 GEMEENTE:3 HANDHAVING:2 JENS:2 VISTA:1",
    "BUURTTEAM:5 GEMEENTE:5 GGD:3 JENS:3 ZVH:2 CORP:4 MONDRIAAN:1 POLITIE:1",
)
CLOSING = {
    "leefbaarheid": "doel_bereikt:65 overgedragen:20 geen_grond:12 geen_medewerking:3",
    "casuistiek": "doel_bereikt:38 overgedragen:25 opgeschaald_zvh:7 geen_medewerking:10 verhuisd:12 geen_grond:8",
    "doorbraak": "doel_bereikt:55 overgedragen:25 geen_medewerking:8 verhuisd:10 opgeschaald_zvh:2",
}
RISK = {"leefbaarheid": (0.62, 0.95), "casuistiek": (0.35, 0.83), "doorbraak": (0.25, 0.80)}
HIGH_RISK_CATEGORIES = {
    "ondermijning",
    "intimidatie",
    "drugsoverlast",
    "verward_gedrag",
    "illegale_prostitutie",
}

# --- doorbraakmethode ---------------------------------------------------------------------------
LEEFGEBIED_WEIGHTS = {"huisvesting": 5, "financien": 5, "schulden": 5, "psyche": 3, "opvoeding": 3}
BREAKTHROUGHS = {  # per kind: (omschrijvingen, partner spec, cost range in euros)
    "huisvesting": (
        ("Passende woning via urgentie", "Verhuizing met voorrang naar een grotere woning"),
        "CORP",
        (0, 6000),
    ),
    "uithuiszetting_voorkomen": (
        (
            "Huurachterstand bevroren, ontruiming afgewend",
            "Huurachterstand overgenomen, vonnis niet uitgevoerd",
        ),
        "CORP",
        (800, 6500),
    ),
    "inkomen_op_orde": (
        ("Bijstand met terugwerkende kracht toegekend", "Toeslagen op orde gebracht"),
        "GEMEENTE",
        (0, 2500),
    ),
    "schulden_geregeld": (
        ("Schulden gesaneerd met een saneringskrediet", "Schuldeisers akkoord met een schuldregeling"),
        "GEMEENTE BUURTTEAM",
        (1500, 15000),
    ),
    "zorg_geregeld": (
        ("Passende behandeling zonder wachttijd", "Opvoedondersteuning thuis geregeld"),
        "GGD MONDRIAAN JENS",
        (0, 8000),
    ),
}
GOALS = (
    "een betaalbare woning waar het rustig is",
    "geen post meer van de deurwaarder",
    "zelf {m} geldzaken kunnen regelen",
    "weer werk, al is het maar een paar uur per week",
    "rust in huis en minder hulpverleners over de vloer",
    "gezond worden en weer buiten komen",
    "niet meer elke maand tekortkomen",
    "weer contact met {m} familie",
)
GOALS_WITH_CHILDREN = (
    "een eigen huis waar {m} kinderen een eigen kamer hebben",
    "dat {m} kinderen gewoon naar school gaan en vriendjes hebben",
    "iets leuks kunnen doen met {n} gezin",
)

# --- meetings -----------------------------------------------------------------------------------
NOTES_NEW = (
    ("Nieuwe aanmelding; {kort} afgesproken.", "Nieuw signaal besproken; {kort} afgesproken."),
    (
        "Nieuwe aanmelding; {kort} afgesproken.",
        "Nieuw signaal; partners herkennen het adres; {kort} afgesproken.",
    ),
    ("Gezin ingebracht; {kort} afgesproken.", "Nieuw gezin aangemeld; {kort} afgesproken."),
)
NOTES_NEW_PLAIN = (
    "Nieuwe aanmelding; partners delen wat bekend is.",
    "Nieuwe aanmelding; eerst informatie verzamelen.",
    "Gezin ingebracht; kennismaking gepland.",
)
NOTES_AGREED = (
    "Voortgang besproken; {kort} afgesproken.",
    "Eerdere afspraken nagelopen; {kort} afgesproken.",
    "Situatie onveranderd; {kort} afgesproken.",
    "Lichte verbetering; {kort} afgesproken.",
)
NOTES_FOLLOW = (
    (
        "Geen nieuwe meldingen sinds vorig overleg.",
        "Openstaande afspraken nagelopen.",
        "Plek blijft in beeld.",
    ),
    (
        "Voortgang besproken; afspraken lopen.",
        "Situatie stabiel; vinger aan de pols.",
        "Nieuwe melding ontvangen.",
    ),
    (
        "Scores per leefgebied besproken; plan loopt.",
        "Doorbraak in voorbereiding.",
        "Gezin zet zelf stappen.",
    ),
)
