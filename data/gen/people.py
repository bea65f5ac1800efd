# Generates the "people" list of data/curated/people.json (run: python3 data/gen/people.py).
# Terms are from each government's or organisation's official list of office holders, or Encyclopaedia Britannica for
# leaders of other states and historical offices (source named per term).
import json
L = ["en", "it", "fr", "de", "es"]
P = []
def person(name, terms, labels=None, aliases=None, weak=None, surname=True):
    e = {"name": name, "terms": [dict(zip(["of", "role", "office", "from", "to", "src"], t)) for t in terms]}
    for t in e["terms"]:
        for k in ["from", "to"]:
            if not t.get(k): t.pop(k, None)
    if labels: e["labels"] = labels
    if aliases: e["aliases"] = {l: aliases for l in L} if isinstance(aliases, list) else aliases
    w = list(weak or [])
    if surname and " " in name: w.append(name.split(" ")[-1])
    if w: e["weakAliases"] = {l: w for l in L}
    P.append(e)
HOG, HOS, FM, HEAD = "headOfGovernment", "headOfState", "foreignMinister", "head"
# United Kingdom
for n, f, t in [("David Cameron", "2010-05-11", "2016-07-13"), ("Theresa May", "2016-07-13", "2019-07-24"), ("Boris Johnson", "2019-07-24", "2022-09-06"), ("Liz Truss", "2022-09-06", "2022-10-25"), ("Rishi Sunak", "2022-10-25", "2024-07-05"), ("Keir Starmer", "2024-07-05", None)]:
    person(n, [("GB", HOG, "Prime Minister of the United Kingdom", f, t, "gov-uk")], weak=["May"] if n == "Theresa May" else None, surname=n != "Theresa May")
P[0]["terms"].append({"of": "GB", "role": FM, "office": "Foreign Secretary", "from": "2023-11-13", "to": "2024-07-05", "src": "gov-uk"})
P[3]["aliases"] = {l: ["Elizabeth Truss"] for l in L}
# United States
person("Barack Obama", [("US", HOS, "President of the United States", "2009-01-20", "2017-01-20", "whitehouse"), ("US", HOG, "President of the United States", "2009-01-20", "2017-01-20", "whitehouse")])
person("Donald Trump", [("US", HOS, "President of the United States", "2017-01-20", "2021-01-20", "whitehouse"), ("US", HOG, "President of the United States", "2017-01-20", "2021-01-20", "whitehouse"), ("US", HOS, "President of the United States", "2025-01-20", None, "whitehouse"), ("US", HOG, "President of the United States", "2025-01-20", None, "whitehouse")], aliases=["Donald J. Trump"])
person("Joe Biden", [("US", HOS, "President of the United States", "2021-01-20", "2025-01-20", "whitehouse"), ("US", HOG, "President of the United States", "2021-01-20", "2025-01-20", "whitehouse")], aliases=["Joseph R. Biden", "Joseph Biden"])
# France
person("François Hollande", [("FR", HOS, "President of the French Republic", "2012-05-15", "2017-05-14", "elysee")], aliases=["Francois Hollande"])
person("Emmanuel Macron", [("FR", HOS, "President of the French Republic", "2017-05-14", None, "elysee")])
for n, f, t in [("Édouard Philippe", "2017-05-15", "2020-07-03"), ("Jean Castex", "2020-07-03", "2022-05-16"), ("Élisabeth Borne", "2022-05-16", "2024-01-09"), ("Gabriel Attal", "2024-01-09", "2024-09-05"), ("Michel Barnier", "2024-09-05", "2024-12-13"), ("François Bayrou", "2024-12-13", "2025-09-09")]:
    person(n, [("FR", HOG, "Prime Minister of France", f, t, "elysee")])
# Germany
person("Angela Merkel", [("DE", HOG, "Federal Chancellor of Germany", "2005-11-22", "2021-12-08", "bundesregierung")])
person("Olaf Scholz", [("DE", HOG, "Federal Chancellor of Germany", "2021-12-08", "2025-05-06", "bundesregierung")])
person("Friedrich Merz", [("DE", HOG, "Federal Chancellor of Germany", "2025-05-06", None, "bundesregierung")])
# Italy
for n, f, t in [("Matteo Renzi", "2014-02-22", "2016-12-12"), ("Paolo Gentiloni", "2016-12-12", "2018-06-01"), ("Giuseppe Conte", "2018-06-01", "2021-02-13"), ("Mario Draghi", "2021-02-13", "2022-10-22"), ("Giorgia Meloni", "2022-10-22", None)]:
    person(n, [("IT", HOG, "President of the Council of Ministers of Italy", f, t, "governo-it")])
# Japan
for n, f, t in [("Shinzo Abe", "2012-12-26", "2020-09-16"), ("Yoshihide Suga", "2020-09-16", "2021-10-04"), ("Fumio Kishida", "2021-10-04", "2024-10-01"), ("Shigeru Ishiba", "2024-10-01", "2025-10-21")]:
    person(n, [("JP", HOG, "Prime Minister of Japan", f, t, "kantei")])
# Spain, Canada, Ukraine, Israel, Russia, South Korea, Australia, Mexico, Brazil
person("Mariano Rajoy", [("ES", HOG, "President of the Government of Spain", "2011-12-21", "2018-06-02", "official-sites")])
person("Pedro Sánchez", [("ES", HOG, "President of the Government of Spain", "2018-06-02", None, "official-sites")], aliases=["Pedro Sanchez"])
person("Justin Trudeau", [("CA", HOG, "Prime Minister of Canada", "2015-11-04", "2025-03-14", "official-sites")])
person("Petro Poroshenko", [("UA", HOS, "President of Ukraine", "2014-06-07", "2019-05-20", "official-sites")], labels={"en": "Petro Poroshenko", "it": "Petro Porošenko", "fr": "Petro Porochenko", "de": "Petro Poroschenko", "es": "Petró Poroshenko"})
person("Volodymyr Zelenskyy", [("UA", HOS, "President of Ukraine", "2019-05-20", None, "official-sites")],
       labels={"en": "Volodymyr Zelenskyy", "it": "Volodymyr Zelensky", "fr": "Volodymyr Zelensky", "de": "Wolodymyr Selenskyj", "es": "Volodímir Zelenski"},
       aliases={"en": ["Volodymyr Zelensky", "Zelenskyy", "Zelensky"], "it": ["Volodymyr Zelensky", "Zelensky", "Zelenskyy"], "fr": ["Volodymyr Zelensky", "Zelensky", "Zelenski"], "de": ["Wolodymyr Selenskyj", "Selenskyj", "Volodymyr Zelensky"], "es": ["Volodímir Zelenski", "Zelenski", "Zelensky"]}, surname=False)
person("Naftali Bennett", [("IL", HOG, "Prime Minister of Israel", "2021-06-13", "2022-06-30", "official-sites")])
person("Yair Lapid", [("IL", HOG, "Prime Minister of Israel", "2022-07-01", "2022-12-29", "official-sites")])
person("Benjamin Netanyahu", [("IL", HOG, "Prime Minister of Israel", "2009-03-31", "2021-06-13", "official-sites"), ("IL", HOG, "Prime Minister of Israel", "2022-12-29", None, "official-sites")], aliases=["Benyamin Netanyahu", "Bibi Netanyahu"], labels={"en": "Benjamin Netanyahu", "it": "Benjamin Netanyahu", "fr": "Benyamin Netanyahou", "de": "Benjamin Netanjahu", "es": "Benjamín Netanyahu"}, weak=["Netanyahou", "Netanjahu", "Bibi"])
person("Dmitry Medvedev", [("RU", HOG, "Prime Minister of Russia", "2012-05-08", "2020-01-16", "kremlin")], labels={"en": "Dmitry Medvedev", "it": "Dmitrij Medvedev", "fr": "Dmitri Medvedev", "de": "Dmitri Medwedew", "es": "Dmitri Medvédev"}, weak=["Medwedew"])
person("Moon Jae-in", [("KR", HOS, "President of South Korea", "2017-05-10", "2022-05-10", "official-sites")], surname=False)
person("Yoon Suk Yeol", [("KR", HOS, "President of South Korea", "2022-05-10", "2025-04-04", "official-sites")], aliases=["Yoon Suk-yeol"], weak=["Yoon"], surname=False)
person("Malcolm Turnbull", [("AU", HOG, "Prime Minister of Australia", "2015-09-15", "2018-08-24", "official-sites")])
person("Scott Morrison", [("AU", HOG, "Prime Minister of Australia", "2018-08-24", "2022-05-23", "official-sites")])
person("Andrés Manuel López Obrador", [("MX", HOS, "President of Mexico", "2018-12-01", "2024-10-01", "official-sites"), ("MX", HOG, "President of Mexico", "2018-12-01", "2024-10-01", "official-sites")], aliases=["AMLO", "López Obrador", "Lopez Obrador"], surname=False)
person("Jair Bolsonaro", [("BR", HOS, "President of Brazil", "2019-01-01", "2023-01-01", "official-sites"), ("BR", HOG, "President of Brazil", "2019-01-01", "2023-01-01", "official-sites")])
person("Mauricio Macri", [("AR", HOS, "President of Argentina", "2015-12-10", "2019-12-10", "official-sites")])
person("Alberto Fernández", [("AR", HOS, "President of Argentina", "2019-12-10", "2023-12-10", "official-sites")], surname=False)
person("Xi Jinping", [("CN", HOS, "President of the People's Republic of China", "2013-03-14", None, "official-sites")], weak=["Xi"], surname=False)
# Foreign ministers of G20 members (on 2024-06-01 and since)
for n, c, f, t, extra in [
    ("Antony Blinken", "US", "2021-01-26", "2025-01-20", {}), ("Marco Rubio", "US", "2025-01-21", None, {}),
    ("David Lammy", "GB", "2024-07-05", "2025-09-05", {}), ("Yvette Cooper", "GB", "2025-09-05", None, {}),
    ("Stéphane Séjourné", "FR", "2024-01-11", "2024-09-21", {}), ("Jean-Noël Barrot", "FR", "2024-09-21", None, {}),
    ("Annalena Baerbock", "DE", "2021-12-08", "2025-05-06", {}), ("Johann Wadephul", "DE", "2025-05-06", None, {}),
    ("Antonio Tajani", "IT", "2022-10-22", None, {}),
    ("Yoko Kamikawa", "JP", "2023-09-13", "2024-10-01", {}), ("Takeshi Iwaya", "JP", "2024-10-01", "2025-10-21", {}),
    ("Sergey Lavrov", "RU", "2004-03-09", None, {"labels": {"en": "Sergey Lavrov", "it": "Sergej Lavrov", "fr": "Sergueï Lavrov", "de": "Sergei Lawrow", "es": "Serguéi Lavrov"}, "weak": ["Lawrow"]}),
    ("Qin Gang", "CN", "2022-12-30", "2023-07-25", {"surname": False}),
    ("Subrahmanyam Jaishankar", "IN", "2019-05-30", None, {"aliases": ["S. Jaishankar"]}),
    ("Mauro Vieira", "BR", "2023-01-01", None, {}),
    ("Mélanie Joly", "CA", "2021-10-26", "2025-05-13", {}), ("Anita Anand", "CA", "2025-05-13", None, {}),
    ("Hakan Fidan", "TR", "2023-06-03", None, {}),
    ("Faisal bin Farhan Al Saud", "SA", "2019-10-23", None, {"surname": False}),
    ("Naledi Pandor", "ZA", "2019-05-30", "2024-07-03", {}), ("Ronald Lamola", "ZA", "2024-07-03", None, {}),
    ("Cho Tae-yul", "KR", "2024-01-10", "2025", {"surname": False}),
    ("Penny Wong", "AU", "2022-05-23", None, {"surname": False}),
    ("Diana Mondino", "AR", "2023-12-10", "2024-10-30", {}),
    ("Alicia Bárcena", "MX", "2023-07-03", "2024-09-30", {}), ("Juan Ramón de la Fuente", "MX", "2024-10-01", None, {"surname": False}),
    ("Retno Marsudi", "ID", "2014-10-27", "2024-10-20", {}), ("Sugiono", "ID", "2024-10-21", None, {"surname": False}),
]:
    person(n, [(c, FM, "Minister of Foreign Affairs", f, t, "official-sites")], labels=extra.get("labels"), aliases=extra.get("aliases"), weak=extra.get("weak"), surname=extra.get("surname", True))
P[-1]["weakAliases"] = {l: ["Sugiono"] for l in L}
person("Wang Yi", [("CN", FM, "Minister of Foreign Affairs", "2013-03-16", "2022-12-30", "official-sites"), ("CN", FM, "Minister of Foreign Affairs", "2023-07-25", None, "official-sites")], surname=False)
# Foreign ministers named in the gold pages' Gaza coverage (Egypt and Portugal).
person("Sameh Shoukry", [("EG", FM, "Minister of Foreign Affairs", "2014-06", "2024-07-03", "official-sites")])
person("Badr Abdelatty", [("EG", FM, "Minister of Foreign Affairs", "2024-07-03", None, "official-sites")], aliases={l: ["Badr Abdel Aty"] for l in L})
person("João Gomes Cravinho", [("PT", FM, "Minister of Foreign Affairs", "2022-03-30", "2024-04-02", "official-sites")], aliases={l: ["Joao Gomes Cravinho"] for l in L}, weak=["Cravinho"], surname=False)
person("Paulo Rangel", [("PT", FM, "Minister of State and Foreign Affairs", "2024-04-02", None, "official-sites")])
# Heads of international organisations
for n, org, office, f, t, extra in [
    ("António Guterres", "bs-org-un", "Secretary-General of the United Nations", "2017-01-01", None, {"aliases": ["Antonio Guterres"]}),
    ("Ursula von der Leyen", "bs-org-ec", "President of the European Commission", "2019-12-01", None, {"weak": ["von der Leyen", "Von der Leyen"], "surname": False}),
    ("Charles Michel", "bs-org-european-council", "President of the European Council", "2019-12-01", "2024-11-30", {}),
    ("António Costa", "bs-org-european-council", "President of the European Council", "2024-12-01", None, {"aliases": ["Antonio Costa"]}),
    ("Roberta Metsola", "bs-org-ep", "President of the European Parliament", "2022-01-18", None, {}),
    ("Christine Lagarde", "bs-org-ecb", "President of the European Central Bank", "2019-11-01", None, {}),
    ("Mario Draghi", "bs-org-ecb", "President of the European Central Bank", "2011-11-01", "2019-10-31", {}),
    ("Jens Stoltenberg", "bs-org-nato", "Secretary General of NATO", "2014-10-01", "2024-10-01", {}),
    ("Mark Rutte", "bs-org-nato", "Secretary General of NATO", "2024-10-01", None, {}),
    ("Rafael Grossi", "bs-org-iaea", "Director General of the IAEA", "2019-12-03", None, {"aliases": ["Rafael Mariano Grossi"]}),
    ("Tedros Adhanom Ghebreyesus", "bs-org-who", "Director-General of the World Health Organization", "2017-07-01", None, {"aliases": ["Tedros"], "surname": False}),
    ("Kristalina Georgieva", "bs-org-imf", "Managing Director of the IMF", "2019-10-01", None, {}),
    ("Ajay Banga", "bs-org-worldbank", "President of the World Bank Group", "2023-06-02", None, {}),
    ("Ngozi Okonjo-Iweala", "bs-org-wto", "Director-General of the WTO", "2021-03-01", None, {}),
    ("Josep Borrell", "Q458", "High Representative of the Union for Foreign Affairs and Security Policy", "2019-12-01", "2024-11-30", {}),
    ("Kaja Kallas", "Q458", "High Representative of the Union for Foreign Affairs and Security Policy", "2024-12-01", None, {}),
    ("Karim Khan", "bs-org-icc", "Prosecutor of the International Criminal Court", "2021-06-16", None, {"aliases": ["Karim A. A. Khan"], "surname": False}),
]:
    person(n, [(org, HEAD, office, f, t, "official-sites")], aliases=extra.get("aliases"), weak=extra.get("weak"), surname=extra.get("surname", True))
# ---------------------------------------------------------------------------------------------
# Wider coverage: former leaders since about 1990, ministers and party leaders 2015-2026, figures
# who lead the news. Dates are left out where not certain; surname-only forms are weak except the
# unmistakable ones passed as `strong`.
def D(en, it, fr, de, es): return {"en": en, "it": it, "fr": fr, "de": de, "es": es}
def A(common=(), **per): return {l: list(common) + list(per.get(l, [])) for l in L}
def add(name, terms=(), labels=None, aliases=None, weak=None, strong=None, surname=True, desc=None, party=None, country=None, src="official-sites"):
    person(name, list(terms), labels=labels, aliases=aliases, weak=weak, surname=surname)
    e = P[-1]
    if strong:
        per = {l: strong for l in L} if isinstance(strong, list) else strong
        al = e.setdefault("aliases", {l: [] for l in L})
        for l in L:
            al.setdefault(l, [])
            al[l] = al[l] + [s for s in per.get(l, []) if s not in al[l]]
            if "weakAliases" in e:
                e["weakAliases"][l] = [w for w in e["weakAliases"][l] if w not in per.get(l, [])]
        if "weakAliases" in e and not any(e["weakAliases"].values()): del e["weakAliases"]
    if desc: e["desc"] = desc
    facts = []
    if party: facts.append({"p": "party", "v": party, "src": src})
    if country: facts.append({"p": "country", "v": country, "ref": True, "src": src})
    if facts: e["facts"] = facts
PRES_US = "President of the United States"
OFF = "office"
def us_pres(name, f, t, **kw): add(name, [("US", HOS, PRES_US, f, t, "whitehouse"), ("US", HOG, PRES_US, f, t, "whitehouse")], **kw)

# United States
us_pres("George H. W. Bush", "1989-01-20", "1993-01-20", aliases=["George Herbert Walker Bush", "George H.W. Bush", "Bush senior"], weak=["George Bush"], party="Republican Party")
us_pres("Bill Clinton", "1993-01-20", "2001-01-20", aliases=["William Jefferson Clinton", "William J. Clinton"], party="Democratic Party")
us_pres("George W. Bush", "2001-01-20", "2009-01-20", aliases=["George Walker Bush", "Bush Jr.", "George W Bush"], weak=["George Bush"], party="Republican Party")
add("Barack Obama", [], aliases=["Barack Hussein Obama"], strong=["Obama"], surname=False, party="Democratic Party")
add("Donald Trump", [], party="Republican Party")
add("Joe Biden", [("US", OFF, "Vice President of the United States", "2009-01-20", "2017-01-20", "whitehouse")], party="Democratic Party")
add("Mike Pence", [("US", OFF, "Vice President of the United States", "2017-01-20", "2021-01-20", "whitehouse")], aliases=["Michael Pence"], party="Republican Party")
add("Kamala Harris", [("US", OFF, "Vice President of the United States", "2021-01-20", "2025-01-20", "whitehouse")], party="Democratic Party")
add("JD Vance", [("US", OFF, "Vice President of the United States", "2025-01-20", None, "whitehouse")], aliases=["J. D. Vance", "J.D. Vance", "James David Vance"], weak=["Vance"], surname=False, party="Republican Party")
add("Hillary Clinton", [("US", FM, "Secretary of State", "2009-01-21", "2013-02-01", "state-dept")], aliases=["Hillary Rodham Clinton"], party="Democratic Party")
add("John Kerry", [("US", FM, "Secretary of State", "2013-02-01", "2017-01-20", "state-dept")], party="Democratic Party")
add("Rex Tillerson", [("US", FM, "Secretary of State", "2017-02-01", "2018-03-31", "state-dept")])
add("Mike Pompeo", [("US", OFF, "Director of the Central Intelligence Agency", "2017-01-23", "2018-04-26", "state-dept"), ("US", FM, "Secretary of State", "2018-04-26", "2021-01-20", "state-dept")], aliases=["Michael Pompeo"], party="Republican Party")
add("Antony Blinken", [], aliases=["Tony Blinken"], strong=["Blinken"], surname=False)
add("Marco Rubio", [], party="Republican Party")
add("Lloyd Austin", [("US", OFF, "Secretary of Defense", "2021-01-22", "2025-01-20", "official-sites")], aliases=["Lloyd J. Austin"])
add("Pete Hegseth", [("US", OFF, "Secretary of Defense", "2025-01-25", None, "official-sites")], aliases=["Peter Hegseth"], strong=["Hegseth"], surname=False, party="Republican Party")
add("Janet Yellen", [("US", OFF, "Secretary of the Treasury", "2021-01-26", "2025-01-20", "official-sites")])
add("Scott Bessent", [("US", OFF, "Secretary of the Treasury", "2025-01-28", None, "official-sites")], party="Republican Party")
add("Jerome Powell", [("US", OFF, "Chair of the Federal Reserve", "2018-02-05", None, "official-sites")], aliases=["Jay Powell"],
    desc=D("Chair of the US Federal Reserve", "presidente della Federal Reserve statunitense", "président de la Réserve fédérale américaine", "Vorsitzender der US-Notenbank Federal Reserve", "presidente de la Reserva Federal de EE. UU."))
add("Nancy Pelosi", [("US", OFF, "Speaker of the House of Representatives", "2007-01-04", "2011-01-03", "congress-bioguide"), ("US", OFF, "Speaker of the House of Representatives", "2019-01-03", "2023-01-03", "congress-bioguide")], strong=["Pelosi"], surname=False, party="Democratic Party",
    desc=D("US Democratic politician, former Speaker of the House of Representatives", "politica democratica statunitense, ex presidente della Camera dei rappresentanti", "femme politique démocrate américaine, ancienne présidente de la Chambre des représentants", "US-amerikanische Politikerin (Demokraten), ehemalige Sprecherin des Repräsentantenhauses", "política demócrata estadounidense, expresidenta de la Cámara de Representantes"))
add("Kevin McCarthy", [("US", OFF, "Speaker of the House of Representatives", "2023-01-07", "2023-10-03", "congress-bioguide")], party="Republican Party",
    desc=D("US Republican politician, former Speaker of the House of Representatives", "politico repubblicano statunitense, ex presidente della Camera dei rappresentanti", "homme politique républicain américain, ancien président de la Chambre des représentants", "US-amerikanischer Politiker (Republikaner), ehemaliger Sprecher des Repräsentantenhauses", "político republicano estadounidense, expresidente de la Cámara de Representantes"))
add("Mike Johnson", [("US", OFF, "Speaker of the House of Representatives", "2023-10-25", None, "congress-bioguide")], party="Republican Party",
    desc=D("Speaker of the US House of Representatives", "presidente della Camera dei rappresentanti degli Stati Uniti", "président de la Chambre des représentants des États-Unis", "Sprecher des US-Repräsentantenhauses", "presidente de la Cámara de Representantes de EE. UU."))
add("Chuck Schumer", [("US", OFF, "Senate Democratic Leader", "2017-01-03", None, "congress-bioguide"), ("US", OFF, "Senate Majority Leader", "2021-01-20", "2025-01-03", "congress-bioguide")], aliases=["Charles Schumer"], strong=["Schumer"], surname=False, party="Democratic Party",
    desc=D("leader of the Democrats in the US Senate", "leader dei democratici al Senato degli Stati Uniti", "chef des démocrates au Sénat des États-Unis", "Fraktionschef der Demokraten im US-Senat", "líder de los demócratas en el Senado de EE. UU."))
add("Mitch McConnell", [("US", OFF, "Senate Republican Leader", "2007-01-03", "2025-01-03", "congress-bioguide"), ("US", OFF, "Senate Majority Leader", "2015-01-03", "2021-01-20", "congress-bioguide")], strong=["McConnell"], surname=False, party="Republican Party",
    desc=D("US Republican senator, leader of the Senate Republicans 2007-2025", "senatore repubblicano statunitense, leader dei repubblicani al Senato 2007-2025", "sénateur républicain américain, chef des républicains au Sénat de 2007 à 2025", "US-amerikanischer Senator (Republikaner), Fraktionschef im Senat 2007–2025", "senador republicano estadounidense, líder de los republicanos en el Senado 2007-2025"))
add("Elon Musk", [], country="US",
    desc=D("entrepreneur (Tesla, SpaceX, X), led the Department of Government Efficiency (DOGE) in 2025", "imprenditore (Tesla, SpaceX, X), alla guida del Department of Government Efficiency (DOGE) nel 2025", "entrepreneur (Tesla, SpaceX, X), à la tête du Department of Government Efficiency (DOGE) en 2025", "Unternehmer (Tesla, SpaceX, X), leitete 2025 das Department of Government Efficiency (DOGE)", "empresario (Tesla, SpaceX, X), al frente del Department of Government Efficiency (DOGE) en 2025"))

# United Kingdom
for n, f, t, extra in [("Margaret Thatcher", "1979-05-04", "1990-11-28", {"strong": ["Thatcher"], "surname": False, "party": "Conservative Party"}),
                       ("John Major", "1990-11-28", "1997-05-02", {"party": "Conservative Party"}),
                       ("Tony Blair", "1997-05-02", "2007-06-27", {"aliases": ["Anthony Blair"], "party": "Labour Party"}),
                       ("Gordon Brown", "2007-06-27", "2010-05-11", {"party": "Labour Party"})]:
    add(n, [("GB", HOG, "Prime Minister of the United Kingdom", f, t, "gov-uk")], **extra)
add("David Cameron", [], party="Conservative Party")
add("Theresa May", [], party="Conservative Party")
add("Boris Johnson", [], aliases=["Alexander Boris de Pfeffel Johnson"], weak=["BoJo"], party="Conservative Party")
add("Liz Truss", [], party="Conservative Party")
add("Rishi Sunak", [], strong=["Sunak"], surname=False, party="Conservative Party")
add("Keir Starmer", [], aliases=["Sir Keir Starmer"], strong=["Starmer"], surname=False, party="Labour Party")
add("Kemi Badenoch", [("GB", OFF, "Leader of the Conservative Party", "2024-11-02", None, "official-sites")], strong=["Badenoch"], surname=False, party="Conservative Party",
    desc=D("Leader of the UK Conservative Party and of the Opposition", "leader del Partito conservatore britannico e dell'opposizione", "cheffe du Parti conservateur britannique et de l'opposition", "Vorsitzende der britischen Konservativen und Oppositionsführerin", "líder del Partido Conservador británico y de la oposición"))
add("Nigel Farage", [("GB", OFF, "Leader of Reform UK", "2024-06-03", None, "official-sites")], strong=["Farage"], surname=False, party="Reform UK",
    desc=D("Leader of Reform UK, former leader of UKIP and the Brexit Party", "leader di Reform UK, ex leader dell'UKIP e del Brexit Party", "chef de Reform UK, ancien chef du UKIP et du Brexit Party", "Vorsitzender von Reform UK, ehemals Chef von UKIP und der Brexit Party", "líder de Reform UK, ex líder del UKIP y del Partido del Brexit"))
add("Rachel Reeves", [("GB", OFF, "Chancellor of the Exchequer", "2024-07-05", None, "gov-uk-ministers")], party="Labour Party")
add("David Lammy", [("GB", OFF, "Deputy Prime Minister", "2025-09-05", None, "gov-uk-ministers")], party="Labour Party")
add("Angela Rayner", [("GB", OFF, "Deputy Prime Minister", "2024-07-05", "2025-09-05", "gov-uk-ministers")], party="Labour Party")
add("Jeremy Hunt", [("GB", FM, "Foreign Secretary", "2018-07-09", "2019-07-24", "gov-uk-ministers"), ("GB", OFF, "Chancellor of the Exchequer", "2022-10-14", "2024-07-05", "gov-uk-ministers")], party="Conservative Party")
add("James Cleverly", [("GB", FM, "Foreign Secretary", "2022-09-06", "2023-11-13", "gov-uk-ministers")], party="Conservative Party")
add("Dominic Raab", [("GB", FM, "Foreign Secretary", "2019-07-24", "2021-09-15", "gov-uk-ministers")], party="Conservative Party")
add("John Healey", [("GB", OFF, "Secretary of State for Defence", "2024-07-05", None, "gov-uk-ministers")], party="Labour Party")

# France
add("François Mitterrand", [("FR", HOS, "President of the French Republic", "1981-05-21", "1995-05-17", "elysee")], aliases=["Francois Mitterrand"], strong=["Mitterrand"], surname=False, party="Parti socialiste")
add("Jacques Chirac", [("FR", HOS, "President of the French Republic", "1995-05-17", "2007-05-16", "elysee"), ("FR", HOG, "Prime Minister of France", "1986-03-20", "1988-05-10", "elysee")], strong=["Chirac"], surname=False)
add("Nicolas Sarkozy", [("FR", HOS, "President of the French Republic", "2007-05-16", "2012-05-15", "elysee")], strong=["Sarkozy"], surname=False, weak=["Sarko"], party="Les Républicains")
add("François Hollande", [], party="Parti socialiste")
add("Emmanuel Macron", [], strong=["Macron"], surname=False)
for n, f, t, extra in [("Alain Juppé", "1995-05-17", "1997-06-02", {"aliases": ["Alain Juppe"]}), ("Lionel Jospin", "1997-06-02", "2002-05-06", {"party": "Parti socialiste"}),
                       ("Jean-Pierre Raffarin", "2002-05-06", "2005-05-31", {}), ("Dominique de Villepin", "2005-05-31", "2007-05-17", {"weak": ["Villepin", "de Villepin"], "surname": False}),
                       ("François Fillon", "2007-05-17", "2012-05-15", {"aliases": ["Francois Fillon"]}), ("Jean-Marc Ayrault", "2012-05-15", "2014-03-31", {"party": "Parti socialiste"}),
                       ("Manuel Valls", "2014-03-31", "2016-12-06", {}), ("Bernard Cazeneuve", "2016-12-06", "2017-05-15", {})]:
    add(n, [("FR", HOG, "Prime Minister of France", f, t, "elysee")], **extra)
add("Marine Le Pen", [("FR", OFF, "President of the Front national (Rassemblement national from 2018)", "2011-01-16", "2021-09-13", "official-sites"), ("FR", OFF, "President of the Rassemblement national group in the National Assembly", "2022-06", None, "official-sites")],
    surname=False, weak=["Le Pen"], party="Rassemblement national",
    desc=D("French politician, leader of the Rassemblement national (formerly Front national)", "politica francese, leader del Rassemblement national (ex Front national)", "femme politique française, figure de proue du Rassemblement national (ex-Front national)", "französische Politikerin, führende Figur des Rassemblement national (früher Front national)", "política francesa, líder de Reagrupamiento Nacional (antiguo Frente Nacional)"))
add("Jean-Marie Le Pen", [], surname=False, weak=["Le Pen"], party="Front national", country="FR",
    desc=D("French politician (1928-2025), founder of the Front national", "politico francese (1928-2025), fondatore del Front national", "homme politique français (1928-2025), fondateur du Front national", "französischer Politiker (1928–2025), Gründer des Front national", "político francés (1928-2025), fundador del Frente Nacional"))
add("Jordan Bardella", [("FR", OFF, "President of the Rassemblement national", "2022-11-05", None, "official-sites")], strong=["Bardella"], surname=False, party="Rassemblement national",
    desc=D("President of the French Rassemblement national", "presidente del Rassemblement national francese", "président du Rassemblement national", "Vorsitzender des französischen Rassemblement national", "presidente de Reagrupamiento Nacional (Francia)"))
add("Jean-Luc Mélenchon", [], aliases=["Jean-Luc Melenchon"], strong=["Mélenchon", "Melenchon"], surname=False, party="La France insoumise", country="FR",
    desc=D("French politician, founder of La France insoumise", "politico francese, fondatore de La France insoumise", "homme politique français, fondateur de La France insoumise", "französischer Politiker, Gründer von La France insoumise", "político francés, fundador de La Francia Insumisa"))
add("Éric Zemmour", [], aliases=["Eric Zemmour"], strong=["Zemmour"], surname=False, party="Reconquête", country="FR",
    desc=D("French far-right politician and writer, founder of Reconquête", "politico e scrittore francese di estrema destra, fondatore di Reconquête", "homme politique et essayiste français d'extrême droite, fondateur de Reconquête", "französischer rechtsextremer Politiker und Publizist, Gründer von Reconquête", "político y escritor francés de extrema derecha, fundador de Reconquista"))
add("Gérald Darmanin", [("FR", OFF, "Minister of the Interior", "2020-07-06", "2024-09-21", "gouvernement-fr"), ("FR", OFF, "Minister of Justice", "2024-12-23", None, "gouvernement-fr")], aliases=["Gerald Darmanin"])
add("Bruno Retailleau", [("FR", OFF, "Minister of the Interior", "2024-09-21", "2025-10", "gouvernement-fr")], party="Les Républicains")
add("Bruno Le Maire", [("FR", OFF, "Minister of the Economy and Finance", "2017-05-17", "2024-09-21", "gouvernement-fr")], weak=["Le Maire"], surname=False)
add("Jean-Yves Le Drian", [("FR", OFF, "Minister of Defence", "2012-05-16", "2017-05-17", "gouvernement-fr"), ("FR", FM, "Minister for Europe and Foreign Affairs", "2017-05-17", "2022-05-20", "gouvernement-fr")], weak=["Le Drian"], surname=False)
add("Catherine Colonna", [("FR", FM, "Minister for Europe and Foreign Affairs", "2022-05-20", "2024-01-11", "gouvernement-fr")])
add("Laurent Fabius", [("FR", FM, "Minister of Foreign Affairs", "2012-05-16", "2016-02-11", "gouvernement-fr"), ("FR", HOG, "Prime Minister of France", "1984-07-17", "1986-03-20", "elysee")])
add("Sébastien Lecornu", [("FR", OFF, "Minister of the Armed Forces", "2022-05-20", "2025-09-09", "gouvernement-fr")], aliases=["Sebastien Lecornu"])
add("Gabriel Attal", [], party="Renaissance")
add("Michel Barnier", [], party="Les Républicains")
add("François Bayrou", [], aliases=["Francois Bayrou"], party="Mouvement démocrate")
add("Élisabeth Borne", [], aliases=["Elisabeth Borne"])
add("Édouard Philippe", [], aliases=["Edouard Philippe"], party="Horizons")

# Germany
add("Helmut Kohl", [("DE", HOG, "Federal Chancellor of Germany", "1982-10-01", "1998-10-27", "bundesregierung")], party="CDU")
add("Gerhard Schröder", [("DE", HOG, "Federal Chancellor of Germany", "1998-10-27", "2005-11-22", "bundesregierung")], aliases=["Gerhard Schroeder", "Gerhard Schroder"], weak=["Schroeder"], party="SPD")
add("Angela Merkel", [], strong=["Merkel"], surname=False, party="CDU")
add("Olaf Scholz", [("DE", OFF, "Federal Minister of Finance", "2018-03-14", "2021-12-08", "bundesregierung")], party="SPD")
add("Friedrich Merz", [], strong=["Merz"], surname=False, party="CDU")
add("Joachim Gauck", [("DE", HOS, "Federal President of Germany", "2012-03-18", "2017-03-19", "bundesregierung")])
add("Annalena Baerbock", [("bs-org-unga", OFF, "President of the United Nations General Assembly", "2025-09-09", None, "un-members")], strong=["Baerbock"], surname=False, party="Bündnis 90/Die Grünen")
add("Robert Habeck", [("DE", OFF, "Vice-Chancellor and Federal Minister for Economic Affairs and Climate Action", "2021-12-08", "2025-05-06", "bundesregierung")], strong=["Habeck"], surname=False, party="Bündnis 90/Die Grünen")
add("Christian Lindner", [("DE", OFF, "Federal Minister of Finance", "2021-12-08", "2024-11-07", "bundesregierung")], party="FDP")
add("Boris Pistorius", [("DE", OFF, "Federal Minister of Defence", "2023-01-19", None, "bundesregierung")], strong=["Pistorius"], surname=False, party="SPD")
add("Lars Klingbeil", [("DE", OFF, "Vice-Chancellor and Federal Minister of Finance", "2025-05-06", None, "bundesregierung")], strong=["Klingbeil"], surname=False, party="SPD")
add("Alexander Dobrindt", [("DE", OFF, "Federal Minister of the Interior", "2025-05-06", None, "bundesregierung")], party="CSU")
add("Nancy Faeser", [("DE", OFF, "Federal Minister of the Interior", "2021-12-08", "2025-05-06", "bundesregierung")], party="SPD")
add("Heiko Maas", [("DE", FM, "Federal Foreign Minister", "2018-03-14", "2021-12-08", "bundesregierung")], party="SPD")
add("Wolfgang Schäuble", [("DE", OFF, "Federal Minister of Finance", "2009-10-28", "2017-10-24", "bundesregierung")], aliases=["Wolfgang Schaeuble", "Wolfgang Schauble"], party="CDU")
add("Johann Wadephul", [], party="CDU")
add("Ursula von der Leyen", [("DE", OFF, "Federal Minister of Defence", "2013-12-17", "2019-07-17", "bundesregierung")], party="CDU")
add("Markus Söder", [("DE", OFF, "Minister-President of Bavaria", "2018-03-16", None, "official-sites")], aliases=["Markus Soeder"], strong=["Söder"], surname=False, party="CSU",
    desc=D("Minister-President of Bavaria, leader of the CSU", "ministro-presidente della Baviera, leader della CSU", "ministre-président de Bavière, chef de la CSU", "bayerischer Ministerpräsident, CSU-Vorsitzender", "ministro-presidente de Baviera, líder de la CSU"))
add("Alice Weidel", [("DE", OFF, "Co-leader of Alternative für Deutschland", "2022-06", None, "official-sites")], strong=["Weidel"], surname=False, party="AfD",
    desc=D("Co-leader of the German party Alternative für Deutschland (AfD)", "co-leader del partito tedesco Alternative für Deutschland (AfD)", "coprésidente du parti allemand Alternative für Deutschland (AfD)", "Co-Bundessprecherin der AfD", "colíder del partido alemán Alternativa para Alemania (AfD)"))
add("Tino Chrupalla", [("DE", OFF, "Co-leader of Alternative für Deutschland", "2019-11", None, "official-sites")], strong=["Chrupalla"], surname=False, party="AfD",
    desc=D("Co-leader of the German party Alternative für Deutschland (AfD)", "co-leader del partito tedesco Alternative für Deutschland (AfD)", "coprésident du parti allemand Alternative für Deutschland (AfD)", "Co-Bundessprecher der AfD", "colíder del partido alemán Alternativa para Alemania (AfD)"))
add("Sahra Wagenknecht", [], strong=["Wagenknecht"], surname=False, party="Bündnis Sahra Wagenknecht", country="DE",
    desc=D("German politician, founder of the Bündnis Sahra Wagenknecht (BSW)", "politica tedesca, fondatrice del Bündnis Sahra Wagenknecht (BSW)", "femme politique allemande, fondatrice de l'Alliance Sahra Wagenknecht (BSW)", "deutsche Politikerin, Gründerin des Bündnisses Sahra Wagenknecht (BSW)", "política alemana, fundadora de la Alianza Sahra Wagenknecht (BSW)"))

# Italy
add("Silvio Berlusconi", [("IT", HOG, "President of the Council of Ministers of Italy", f, t, "governo-it") for f, t in [("1994-05-10", "1995-01-17"), ("2001-06-11", "2006-05-17"), ("2008-05-08", "2011-11-16")]], strong=["Berlusconi"], surname=False, weak=["il Cavaliere", "Cavaliere"], party="Forza Italia")
add("Romano Prodi", [("IT", HOG, "President of the Council of Ministers of Italy", "1996-05-18", "1998-10-21", "governo-it"), ("IT", HOG, "President of the Council of Ministers of Italy", "2006-05-17", "2008-05-08", "governo-it"), ("bs-org-ec", HEAD, "President of the European Commission", "1999-09-16", "2004-11-22", "eu-institutions")])
add("Massimo D'Alema", [("IT", HOG, "President of the Council of Ministers of Italy", "1998-10-21", "2000-04-26", "governo-it")], aliases=["Massimo D’Alema"], weak=["D'Alema", "D’Alema"], surname=False)
add("Mario Monti", [("IT", HOG, "President of the Council of Ministers of Italy", "2011-11-16", "2013-04-28", "governo-it")])
add("Enrico Letta", [("IT", HOG, "President of the Council of Ministers of Italy", "2013-04-28", "2014-02-22", "governo-it")])
add("Matteo Renzi", [], party="Italia Viva")
add("Paolo Gentiloni", [("IT", FM, "Minister of Foreign Affairs", "2014-10-31", "2016-12-12", "governo-it")])
add("Giuseppe Conte", [], party="Movimento 5 Stelle")
add("Giorgia Meloni", [], party="Fratelli d'Italia")
add("Giorgio Napolitano", [("IT", HOS, "President of the Italian Republic", "2006-05-15", "2015-01-14", "quirinale")])
add("Sergio Mattarella", [], strong=["Mattarella"], surname=False)
add("Matteo Salvini", [("IT", OFF, "Deputy Prime Minister and Minister of the Interior", "2018-06-01", "2019-09-05", "governo-it"), ("IT", OFF, "Deputy Prime Minister and Minister of Infrastructure and Transport", "2022-10-22", None, "governo-it")], strong=["Salvini"], surname=False, party="Lega",
    desc=D("Italian Deputy Prime Minister and Minister of Infrastructure, leader of the Lega", "vicepresidente del Consiglio e ministro delle Infrastrutture, segretario della Lega", "vice-président du Conseil italien et ministre des Infrastructures, chef de la Ligue", "italienischer Vize-Regierungschef und Infrastrukturminister, Chef der Lega", "vicepresidente del Gobierno italiano y ministro de Infraestructuras, líder de la Liga"))
add("Antonio Tajani", [("IT", OFF, "Deputy Prime Minister", "2022-10-22", None, "governo-it"), ("bs-org-ep", HEAD, "President of the European Parliament", "2017-01-17", "2019-07-03", "eu-institutions")], party="Forza Italia")
add("Elly Schlein", [("IT", OFF, "Secretary of the Democratic Party", "2023-03-12", None, "official-sites")], strong=["Schlein"], surname=False, party="Partito Democratico",
    desc=D("Secretary of the Italian Democratic Party (PD)", "segretaria del Partito Democratico", "secrétaire du Parti démocrate italien", "Vorsitzende der italienischen Partito Democratico", "secretaria del Partido Democrático italiano"))
add("Guido Crosetto", [("IT", OFF, "Minister of Defence", "2022-10-22", None, "governo-it")], strong=["Crosetto"], surname=False, party="Fratelli d'Italia")
add("Matteo Piantedosi", [("IT", OFF, "Minister of the Interior", "2022-10-22", None, "governo-it")], strong=["Piantedosi"], surname=False)
add("Giancarlo Giorgetti", [("IT", OFF, "Minister of Economy and Finance", "2022-10-22", None, "governo-it")], party="Lega")
add("Carlo Nordio", [("IT", OFF, "Minister of Justice", "2022-10-22", None, "governo-it")])
add("Luciana Lamorgese", [("IT", OFF, "Minister of the Interior", "2019-09-05", "2022-10-22", "governo-it")])
add("Luigi Di Maio", [("IT", FM, "Minister of Foreign Affairs", "2019-09-05", "2022-10-22", "governo-it")], weak=["Di Maio"], surname=False)
add("Carlo Calenda", [], strong=["Calenda"], surname=False, party="Azione", country="IT",
    desc=D("Italian politician, leader of Azione", "politico italiano, leader di Azione", "homme politique italien, chef d'Azione", "italienischer Politiker, Vorsitzender von Azione", "político italiano, líder de Azione"))
add("Ignazio La Russa", [("IT", OFF, "President of the Senate", "2022-10-13", None, "official-sites")], weak=["La Russa"], surname=False, party="Fratelli d'Italia",
    desc=D("President of the Italian Senate", "presidente del Senato della Repubblica", "président du Sénat italien", "Präsident des italienischen Senats", "presidente del Senado italiano"))
add("Lorenzo Fontana", [("IT", OFF, "President of the Chamber of Deputies", "2022-10-14", None, "official-sites")], party="Lega",
    desc=D("President of the Italian Chamber of Deputies", "presidente della Camera dei deputati", "président de la Chambre des députés italienne", "Präsident der italienischen Abgeordnetenkammer", "presidente de la Cámara de Diputados de Italia"))
add("Raffaele Fitto", [("bs-org-ec", OFF, "Executive Vice-President of the European Commission", "2024-12-01", None, "eu-institutions")], party="Fratelli d'Italia")
add("Beppe Grillo", [], aliases=["Giuseppe Grillo"], surname=False, weak=["Grillo"], country="IT",
    desc=D("Italian comedian, co-founder of the Five Star Movement", "comico italiano, cofondatore del Movimento 5 Stelle", "humoriste italien, cofondateur du Mouvement 5 étoiles", "italienischer Komiker, Mitgründer der Fünf-Sterne-Bewegung", "cómico italiano, cofundador del Movimiento 5 Estrellas"))

# Spain
add("Felipe González", [("ES", HOG, "President of the Government of Spain", "1982-12-02", "1996-05-05", "lamoncloa")], aliases=["Felipe Gonzalez"], surname=False, party="PSOE")
add("José María Aznar", [("ES", HOG, "President of the Government of Spain", "1996-05-05", "2004-04-17", "lamoncloa")], aliases=["Jose Maria Aznar"], party="Partido Popular")
add("José Luis Rodríguez Zapatero", [("ES", HOG, "President of the Government of Spain", "2004-04-17", "2011-12-21", "lamoncloa")], aliases=["Jose Luis Rodriguez Zapatero", "Rodríguez Zapatero"], surname=True, party="PSOE")
add("Mariano Rajoy", [], strong=["Rajoy"], surname=False, party="Partido Popular")
add("Pedro Sánchez", [], party="PSOE")
add("Juan Carlos I", [("ES", HOS, "King of Spain", "1975-11-22", "2014-06-19", "lamoncloa")], labels=D("Juan Carlos I", "Juan Carlos I", "Juan Carlos Ier", "Juan Carlos I.", "Juan Carlos I"), aliases=A(["King Juan Carlos"], it=["re Juan Carlos"], fr=["roi Juan Carlos"], de=["König Juan Carlos"], es=["rey Juan Carlos"]), weak=["Juan Carlos"], surname=False)
add("Alberto Núñez Feijóo", [("ES", OFF, "President of the People's Party", "2022-04-02", None, "official-sites")], aliases=["Alberto Nuñez Feijoo", "Alberto Núñez Feijoo", "Núñez Feijóo"], strong=["Feijóo", "Feijoo"], surname=False, party="Partido Popular",
    desc=D("Leader of the Spanish People's Party (PP)", "leader del Partito Popolare spagnolo", "président du Parti populaire espagnol", "Vorsitzender der spanischen Volkspartei (PP)", "presidente del Partido Popular"))
add("Santiago Abascal", [("ES", OFF, "President of Vox", "2014-09-20", None, "official-sites")], strong=["Abascal"], surname=False, party="Vox",
    desc=D("Leader of the Spanish party Vox", "leader del partito spagnolo Vox", "président du parti espagnol Vox", "Vorsitzender der spanischen Partei Vox", "presidente de Vox"))
add("José Manuel Albares", [("ES", FM, "Minister of Foreign Affairs", "2021-07-12", None, "lamoncloa")], aliases=["Jose Manuel Albares"], party="PSOE")
add("Yolanda Díaz", [("ES", OFF, "Second Deputy Prime Minister and Minister of Labour", "2021-07-12", None, "lamoncloa")], aliases=["Yolanda Diaz"], party="Sumar",
    desc=D("Spanish Second Deputy Prime Minister and Labour Minister, leader of Sumar", "vicepremier e ministra del Lavoro spagnola, leader di Sumar", "deuxième vice-présidente du gouvernement espagnol et ministre du Travail, cheffe de Sumar", "zweite stellvertretende spanische Regierungschefin und Arbeitsministerin, Sumar-Chefin", "vicepresidenta segunda del Gobierno y ministra de Trabajo, líder de Sumar"))
add("Margarita Robles", [("ES", OFF, "Minister of Defence", "2018-06-07", None, "lamoncloa")])
add("Fernando Grande-Marlaska", [("ES", OFF, "Minister of the Interior", "2018-06-07", None, "lamoncloa")], strong=["Marlaska", "Grande-Marlaska"], surname=False)
add("Nadia Calviño", [("ES", OFF, "Minister of Economy", "2018-06-07", "2023-12-29", "lamoncloa"), ("bs-org-eib", HEAD, "President of the European Investment Bank", "2024-01-01", None, "official-sites")], aliases=["Nadia Calvino"])
add("Josep Borrell", [("ES", FM, "Minister of Foreign Affairs", "2018-06-07", "2019-11-30", "lamoncloa")], aliases=["Josep Borrell Fontelles"])
add("Teresa Ribera", [("bs-org-ec", OFF, "Executive Vice-President of the European Commission", "2024-12-01", None, "eu-institutions")])
add("Carles Puigdemont", [("ES", OFF, "President of the Government of Catalonia", "2016-01-12", "2017-10", "official-sites")], aliases=["Carles Puigdemont i Casamajó", "Carlos Puigdemont"], strong=["Puigdemont"], surname=False, party="Junts per Catalunya",
    desc=D("Catalan separatist leader, former President of Catalonia", "leader indipendentista catalano, ex presidente della Generalitat", "dirigeant indépendantiste catalan, ancien président de la Généralité", "katalanischer Separatistenführer, ehemaliger Regionalpräsident Kataloniens", "líder independentista catalán, expresidente de la Generalitat"))
add("Salvador Illa", [("ES", OFF, "President of the Government of Catalonia", "2024-08-10", None, "official-sites")], party="PSC",
    desc=D("President of Catalonia", "presidente della Generalitat de Catalunya", "président de la Généralité de Catalogne", "Regionalpräsident Kataloniens", "presidente de la Generalitat de Cataluña"))
add("Isabel Díaz Ayuso", [("ES", OFF, "President of the Community of Madrid", "2019-08-19", None, "official-sites")], aliases=["Isabel Diaz Ayuso", "Díaz Ayuso", "Diaz Ayuso"], weak=["Ayuso"], surname=False, party="Partido Popular",
    desc=D("President of the Community of Madrid", "presidente della Comunità di Madrid", "présidente de la Communauté de Madrid", "Präsidentin der Autonomen Gemeinschaft Madrid", "presidenta de la Comunidad de Madrid"))

# Russia and the Soviet Union
add("Mikhail Gorbachev", [("bs-country-su", OFF, "General Secretary of the Communist Party of the Soviet Union", "1985-03-11", "1991-08-24", "britannica"), ("bs-country-su", HOS, "President of the Soviet Union", "1990-03-15", "1991-12-25", "britannica")],
    labels=D("Mikhail Gorbachev", "Michail Gorbačëv", "Mikhaïl Gorbatchev", "Michail Gorbatschow", "Mijaíl Gorbachov"),
    aliases=A(["Mikhail Gorbachev"], it=["Michail Gorbaciov", "Mikhail Gorbaciov"], fr=["Mikhail Gorbatchev"], de=["Michail Gorbatschow"], es=["Mijail Gorbachov"]),
    strong={"en": ["Gorbachev"], "it": ["Gorbaciov", "Gorbačëv", "Gorbachev"], "fr": ["Gorbatchev"], "de": ["Gorbatschow"], "es": ["Gorbachov"]}, surname=False)
add("Boris Yeltsin", [("RU", HOS, "President of Russia", "1991-07-10", "1999-12-31", "kremlin")],
    labels=D("Boris Yeltsin", "Boris El'cin", "Boris Eltsine", "Boris Jelzin", "Borís Yeltsin"),
    aliases=A(["Boris Yeltsin"], it=["Boris Eltsin", "Boris Yeltsin"], fr=["Boris Ieltsine"], de=["Boris Jelzin"], es=["Boris Yeltsin"]),
    strong={"en": ["Yeltsin"], "it": ["Eltsin", "El'cin", "Yeltsin"], "fr": ["Eltsine", "Ieltsine"], "de": ["Jelzin"], "es": ["Yeltsin"]}, surname=False)
add("Vladimir Putin", [("RU", HOS, "President of Russia", "2000-05-07", "2008-05-07", "kremlin"), ("RU", HOG, "Prime Minister of Russia", "1999-08-16", "2000-05-07", "kremlin"), ("RU", HOG, "Prime Minister of Russia", "2008-05-08", "2012-05-07", "kremlin")], surname=False)
add("Dmitry Medvedev", [("RU", HOS, "President of Russia", "2008-05-07", "2012-05-07", "kremlin"), ("RU", OFF, "Deputy Chairman of the Security Council", "2020-01-16", None, "kremlin")], aliases=A(["Dmitri Medvedev"], de=["Dmitri Medwedew"], es=["Dmitri Medvédev"], it=["Dmitrij Medvedev"]),
    desc=D("former President (2008-2012) and Prime Minister of Russia, Deputy Chairman of its Security Council", "ex presidente (2008-2012) e primo ministro della Russia, vicepresidente del Consiglio di sicurezza", "ancien président (2008-2012) et Premier ministre de la Russie, vice-président du Conseil de sécurité", "ehemaliger Präsident (2008–2012) und Ministerpräsident Russlands, Vizechef des Sicherheitsrats", "expresidente (2008-2012) y ex primer ministro de Rusia, vicepresidente del Consejo de Seguridad"))
add("Dmitry Peskov", [("RU", OFF, "Press Secretary of the President of Russia", "2012", None, "kremlin")],
    labels=D("Dmitry Peskov", "Dmitrij Peskov", "Dmitri Peskov", "Dmitri Peskow", "Dmitri Peskov"), aliases=A(["Dmitri Peskov"], de=["Dmitri Peskow"], it=["Dmitrij Peskov"]), weak=["Peskow"],
    desc=D("Kremlin spokesman", "portavoce del Cremlino", "porte-parole du Kremlin", "Kremlsprecher", "portavoz del Kremlin"))
add("Sergei Shoigu", [("RU", OFF, "Minister of Defence", "2012-11-06", "2024-05-12", "kremlin"), ("RU", OFF, "Secretary of the Security Council", "2024-05-12", None, "kremlin")],
    labels=D("Sergei Shoigu", "Sergej Šojgu", "Sergueï Choïgou", "Sergei Schoigu", "Serguéi Shoigú"),
    aliases=A(["Sergey Shoigu", "Sergei Shoigu"], it=["Sergej Shoigu"], fr=["Sergueï Choigou"], de=["Sergej Schoigu"], es=["Serguéi Shoigu"]),
    strong={"en": ["Shoigu"], "it": ["Shoigu", "Šojgu"], "fr": ["Choïgou", "Choigou", "Shoigu"], "de": ["Schoigu"], "es": ["Shoigú", "Shoigu"]}, surname=False)
add("Andrei Belousov", [("RU", OFF, "Minister of Defence", "2024-05-14", None, "kremlin")],
    labels=D("Andrei Belousov", "Andrej Belousov", "Andreï Belooussov", "Andrei Beloussow", "Andréi Belousov"), aliases=A(["Andrey Belousov", "Andrei Belousov"], fr=["Andreï Belousov"], de=["Andrej Beloussow"]), weak=["Belooussov", "Beloussow"])
add("Valery Gerasimov", [("RU", OFF, "Chief of the General Staff", "2012-11-09", None, "kremlin")],
    labels=D("Valery Gerasimov", "Valerij Gerasimov", "Valeri Guerassimov", "Waleri Gerassimow", "Valeri Guerásimov"), aliases=A(["Valery Gerasimov", "Valeriy Gerasimov"]), weak=["Guerassimov", "Gerassimow", "Guerásimov"])
add("Elvira Nabiullina", [("RU", OFF, "Governor of the Central Bank of Russia", "2013-06-24", None, "official-sites")], labels=D("Elvira Nabiullina", "Elvira Nabiullina", "Elvira Nabioullina", "Elwira Nabiullina", "Elvira Nabiúllina"), aliases=A(["Elvira Nabiullina"]), strong=["Nabiullina", "Nabioullina"], surname=False,
    desc=D("Governor of the Central Bank of Russia", "governatrice della Banca centrale russa", "gouverneure de la Banque centrale de Russie", "Chefin der russischen Zentralbank", "presidenta del Banco Central de Rusia"))
add("Maria Zakharova", [("RU", OFF, "Spokeswoman of the Ministry of Foreign Affairs", "2015-08", None, "official-sites")], labels=D("Maria Zakharova", "Marija Zacharova", "Maria Zakharova", "Maria Sacharowa", "María Zajárova"), aliases=A(["Maria Zakharova"], it=["Maria Zakharova"], de=["Marija Sacharowa"], es=["Maria Zajarova"]), weak=["Sacharowa", "Zajárova", "Zacharova"],
    desc=D("spokeswoman of the Russian Foreign Ministry", "portavoce del ministero degli Esteri russo", "porte-parole du ministère russe des Affaires étrangères", "Sprecherin des russischen Außenministeriums", "portavoz del Ministerio de Exteriores ruso"))
add("Nikolai Patrushev", [("RU", OFF, "Secretary of the Security Council", "2008-05-12", "2024-05-12", "kremlin")], labels=D("Nikolai Patrushev", "Nikolaj Patrušev", "Nikolaï Patrouchev", "Nikolai Patruschew", "Nikolái Pátrushev"), aliases=A(["Nikolai Patrushev"]), weak=["Patrouchev", "Patruschew"])
add("Vyacheslav Volodin", [("RU", OFF, "Chairman of the State Duma", "2016-10-05", None, "kremlin")], labels=D("Vyacheslav Volodin", "Vjačeslav Volodin", "Viatcheslav Volodine", "Wjatscheslaw Wolodin", "Viacheslav Volodin"), aliases=A(["Vyacheslav Volodin"]), weak=["Volodine", "Wolodin"],
    desc=D("Chairman of the Russian State Duma", "presidente della Duma di Stato russa", "président de la Douma d'État russe", "Vorsitzender der russischen Staatsduma", "presidente de la Duma Estatal rusa"))
add("Ramzan Kadyrov", [("RU", OFF, "Head of the Chechen Republic", "2007", None, "kremlin")], labels=D("Ramzan Kadyrov", "Ramzan Kadyrov", "Ramzan Kadyrov", "Ramsan Kadyrow", "Ramzán Kadírov"), aliases=A(["Ramzan Kadyrov"]), strong=["Kadyrov", "Kadyrow"], surname=False,
    desc=D("Head of the Chechen Republic (Russia)", "capo della Repubblica cecena (Russia)", "dirigeant de la République tchétchène (Russie)", "Oberhaupt der Tschetschenischen Republik (Russland)", "líder de la República de Chechenia (Rusia)"))
add("Alexei Navalny", [], labels=D("Alexei Navalny", "Aleksej Naval'nyj", "Alexeï Navalny", "Alexei Nawalny", "Alexéi Navalni"), aliases=A(["Alexei Navalny", "Alexey Navalny", "Aleksei Navalny"], it=["Alexei Navalny", "Aleksei Navalny"], fr=["Alexei Navalny"], de=["Alexej Nawalny"], es=["Alekséi Navalni", "Alexei Navalni"]),
    strong={"en": ["Navalny"], "it": ["Navalny", "Naval'nyj"], "fr": ["Navalny"], "de": ["Nawalny"], "es": ["Navalni", "Navalny"]}, surname=False, country="RU",
    desc=D("Russian opposition leader (1976-2024), died in an Arctic prison colony", "leader dell'opposizione russa (1976-2024), morto in una colonia penale artica", "opposant russe (1976-2024), mort dans une colonie pénitentiaire de l'Arctique", "russischer Oppositionsführer (1976–2024), starb in einem Straflager in der Arktis", "líder opositor ruso (1976-2024), murió en una colonia penal del Ártico"))
add("Yevgeny Prigozhin", [], labels=D("Yevgeny Prigozhin", "Evgenij Prigožin", "Evgueni Prigojine", "Jewgeni Prigoschin", "Yevgueni Prigozhin"), aliases=A(["Yevgeny Prigozhin", "Evgeny Prigozhin"], it=["Evgeny Prigozhin", "Yevgeny Prigozhin"], fr=["Evgueni Prigojine"], de=["Jewgeni Prigoschin"], es=["Yevgeni Prigozhin"]),
    strong={"en": ["Prigozhin"], "it": ["Prigozhin", "Prigožin"], "fr": ["Prigojine"], "de": ["Prigoschin"], "es": ["Prigozhin"]}, surname=False, country="RU",
    desc=D("founder of the Russian mercenary Wagner Group (1961-2023)", "fondatore del gruppo mercenario russo Wagner (1961-2023)", "fondateur du groupe de mercenaires russe Wagner (1961-2023)", "Gründer der russischen Söldnertruppe Wagner (1961–2023)", "fundador del grupo mercenario ruso Wagner (1961-2023)"))
add("Sergey Lavrov", [], aliases=A(["Sergei Lavrov"], it=["Sergej Lavrov", "Sergei Lavrov"], fr=["Sergueï Lavrov"], de=["Sergej Lawrow"]))
# The Factbook spells him "Abd-al-Hamid DUBAYBAH"; the alias lets its term land on the same person.
# The Factbook misspells him "Robert BREUGRE MAMBE"; the alias lets its term land on the same person.
add("Robert Beugré Mambé", [], aliases=["Robert Breugre Mambe", "Robert Beugre Mambe"], weak=["Mambé", "Mambe"], surname=False)
add("Abdulhamid Dbeibeh", [], aliases=["Abd-al-Hamid Dubaybah", "Abdul Hamid Dbeibah", "Abdul Hamid Dbeibeh", "Abdulhamid Dbeibah"], weak=["Dbeibah", "Dbeibeh"], surname=False)
add("Alexander Lukashenko", [], labels=D("Alexander Lukashenko", "Aleksandr Lukašenko", "Alexandre Loukachenko", "Alexander Lukaschenko", "Alexandr Lukashenko"),
    aliases=A(["Alyaksandr Lukashenka", "Aleksandr Lukashenko"], it=["Aleksandr Lukashenko"], fr=["Alexandre Loukachenko"], de=["Alexander Lukaschenko"], es=["Aleksandr Lukashenko"]),
    strong={"en": ["Lukashenko"], "it": ["Lukashenko", "Lukašenko"], "fr": ["Loukachenko"], "de": ["Lukaschenko"], "es": ["Lukashenko"]}, surname=False)

# Ukraine
for n, f, t, lab in [("Leonid Kravchuk", "1991-12-05", "1994-07-19", D("Leonid Kravchuk", "Leonid Kravčuk", "Leonid Kravtchouk", "Leonid Krawtschuk", "Leonid Kravchuk")),
                     ("Leonid Kuchma", "1994-07-19", "2005-01-23", D("Leonid Kuchma", "Leonid Kučma", "Leonid Koutchma", "Leonid Kutschma", "Leonid Kuchma")),
                     ("Viktor Yushchenko", "2005-01-23", "2010-02-25", D("Viktor Yushchenko", "Viktor Juščenko", "Viktor Iouchtchenko", "Wiktor Juschtschenko", "Víktor Yúshchenko")),
                     ("Viktor Yanukovych", "2010-02-25", "2014-02-22", D("Viktor Yanukovych", "Viktor Janukovyč", "Viktor Ianoukovytch", "Wiktor Janukowytsch", "Víktor Yanukóvich"))]:
    add(n, [("UA", HOS, "President of Ukraine", f, t, "official-sites")], labels=lab, aliases=A([n], it=[lab["it"]], fr=[lab["fr"]], de=[lab["de"]], es=[lab["es"]]), weak=[lab[l].split(" ")[-1] for l in ["fr", "de", "es"]])
add("Yulia Tymoshenko", [("UA", HOG, "Prime Minister of Ukraine", "2005-01-24", "2005-09-08", "official-sites"), ("UA", HOG, "Prime Minister of Ukraine", "2007-12-18", "2010-03-04", "official-sites")],
    labels=D("Yulia Tymoshenko", "Julija Tymošenko", "Ioulia Tymochenko", "Julija Tymoschenko", "Yulia Timoshenko"), aliases=A(["Yulia Tymoshenko"], it=["Yulia Tymoshenko", "Julia Timoshenko"], fr=["Ioulia Timochenko"], de=["Julia Timoschenko"], es=["Yulia Tymoshenko"]),
    strong={"en": ["Tymoshenko"], "it": ["Tymoshenko", "Timoshenko", "Tymošenko"], "fr": ["Tymochenko", "Timochenko"], "de": ["Tymoschenko", "Timoschenko"], "es": ["Timoshenko", "Tymoshenko"]}, surname=False)
add("Petro Poroshenko", [], aliases=A(["Petro Poroshenko"], it=["Petro Poroshenko"], fr=["Petro Porochenko"], de=["Petro Poroschenko"], es=["Petro Poroshenko"]), strong={"en": ["Poroshenko"], "it": ["Poroshenko", "Porošenko"], "fr": ["Porochenko"], "de": ["Poroschenko"], "es": ["Poroshenko"]}, surname=False)
add("Denys Shmyhal", [("UA", HOG, "Prime Minister of Ukraine", "2020-03-04", "2025-07-17", "official-sites")], labels=D("Denys Shmyhal", "Denys Šmyhal'", "Denys Chmyhal", "Denys Schmyhal", "Denís Shmigal"), aliases=A(["Denys Shmyhal"], fr=["Denys Chmygal"], es=["Denys Shmyhal"]), weak=["Chmyhal", "Schmyhal", "Shmigal"])
add("Dmytro Kuleba", [("UA", FM, "Minister of Foreign Affairs", "2020-03-04", "2024-09-05", "official-sites")], labels=D("Dmytro Kuleba", "Dmytro Kuleba", "Dmytro Kouleba", "Dmytro Kuleba", "Dmitró Kuleba"), aliases=A(["Dmytro Kuleba"]), strong={"en": ["Kuleba"], "it": ["Kuleba"], "fr": ["Kouleba", "Kuleba"], "de": ["Kuleba"], "es": ["Kuleba"]}, surname=False)
add("Andrii Sybiha", [("UA", FM, "Minister of Foreign Affairs", "2024-09-05", None, "official-sites")], labels=D("Andrii Sybiha", "Andrij Sybiha", "Andriï Sybiha", "Andrij Sybiha", "Andrí Sibiga"), aliases=A(["Andrii Sybiha", "Andriy Sybiha"], es=["Andrii Sybiha"]), strong={l: ["Sybiha"] for l in L} | {"es": ["Sybiha", "Sibiga"]}, surname=False)
add("Valerii Zaluzhnyi", [("UA", OFF, "Commander-in-Chief of the Armed Forces of Ukraine", "2021-07-27", "2024-02-08", "official-sites")], labels=D("Valerii Zaluzhnyi", "Valerij Zalužnyj", "Valeri Zaloujny", "Walerij Saluschnyj", "Valeri Zaluzhni"),
    aliases=A(["Valerii Zaluzhnyi", "Valeriy Zaluzhny", "Valery Zaluzhny"], it=["Valerii Zaluzhnyi", "Valery Zaluzhny"], fr=["Valeri Zaloujny", "Valery Zaloujny"], de=["Walerij Saluschnyj", "Walerij Saluschnij"], es=["Valeri Zaluzhni", "Valeri Zaluzhny"]),
    strong={"en": ["Zaluzhnyi", "Zaluzhny"], "it": ["Zaluzhnyi", "Zaluzhny", "Zalužnyj"], "fr": ["Zaloujny", "Zaloujnyi"], "de": ["Saluschnyj", "Saluschnij"], "es": ["Zaluzhni", "Zaluzhny"]}, surname=False,
    desc=D("Ukrainian general, Commander-in-Chief 2021-2024, then ambassador to the United Kingdom", "generale ucraino, comandante in capo 2021-2024, poi ambasciatore nel Regno Unito", "général ukrainien, commandant en chef de 2021 à 2024, puis ambassadeur au Royaume-Uni", "ukrainischer General, Oberbefehlshaber 2021–2024, danach Botschafter im Vereinigten Königreich", "general ucraniano, comandante en jefe 2021-2024, luego embajador en el Reino Unido"))
add("Oleksandr Syrskyi", [("UA", OFF, "Commander-in-Chief of the Armed Forces of Ukraine", "2024-02-08", None, "official-sites")], labels=D("Oleksandr Syrskyi", "Oleksandr Syrs'kyj", "Oleksandr Syrsky", "Olexander Syrskyj", "Oleksandr Sirski"),
    aliases=A(["Oleksandr Syrskyi", "Oleksandr Syrsky", "Alexander Syrsky"], de=["Oleksandr Syrskyj"], es=["Oleksandr Syrskyi"]), strong={"en": ["Syrskyi", "Syrsky"], "it": ["Syrskyi", "Syrsky"], "fr": ["Syrsky", "Syrskyi"], "de": ["Syrskyj", "Syrskyi"], "es": ["Sirski", "Syrskyi"]}, surname=False,
    desc=D("Commander-in-Chief of the Armed Forces of Ukraine", "comandante in capo delle forze armate ucraine", "commandant en chef des forces armées ukrainiennes", "Oberbefehlshaber der ukrainischen Streitkräfte", "comandante en jefe de las Fuerzas Armadas de Ucrania"))
add("Andriy Yermak", [("UA", OFF, "Head of the Office of the President of Ukraine", "2020-02-11", "2025-11", "official-sites")], labels=D("Andriy Yermak", "Andrij Jermak", "Andriï Iermak", "Andrij Jermak", "Andrí Yermak"),
    aliases=A(["Andriy Yermak", "Andrii Yermak"], fr=["Andriy Iermak", "Andriy Yermak"], es=["Andriy Yermak"]), strong={"en": ["Yermak"], "it": ["Yermak", "Jermak"], "fr": ["Iermak", "Yermak"], "de": ["Jermak"], "es": ["Yermak"]}, surname=False,
    desc=D("former head of the Office of the President of Ukraine (2020-2025)", "ex capo dell'ufficio presidenziale ucraino (2020-2025)", "ancien chef du bureau du président ukrainien (2020-2025)", "ehemaliger Leiter des ukrainischen Präsidialamts (2020–2025)", "ex jefe de la Oficina del Presidente de Ucrania (2020-2025)"))
add("Rustem Umerov", [("UA", OFF, "Minister of Defence", "2023-09-06", "2025-07-17", "official-sites")], labels=D("Rustem Umerov", "Rustem Umerov", "Roustem Oumerov", "Rustem Umjerow", "Rustem Úmerov"), aliases=A(["Rustem Umerov"]), weak=["Oumerov", "Umjerow"])
add("Vitali Klitschko", [("UA", OFF, "Mayor of Kyiv", "2014-06-05", None, "official-sites")], labels=D("Vitali Klitschko", "Vitalij Klyčko", "Vitali Klitschko", "Vitali Klitschko", "Vitali Klitschko"), aliases=A(["Vitaliy Klitschko", "Vitali Klitschko"]),
    desc=D("Mayor of Kyiv", "sindaco di Kiev", "maire de Kiev", "Bürgermeister von Kyjiw", "alcalde de Kiev"))

# China
add("Jiang Zemin", [("CN", HOS, "President of the People's Republic of China", "1993-03-27", "2003-03-15", "official-sites"), ("CN", OFF, "General Secretary of the Chinese Communist Party", "1989-06-24", "2002-11-15", "official-sites")], surname=False)
add("Hu Jintao", [("CN", HOS, "President of the People's Republic of China", "2003-03-15", "2013-03-14", "official-sites"), ("CN", OFF, "General Secretary of the Chinese Communist Party", "2002-11-15", "2012-11-15", "official-sites")], surname=False)
add("Xi Jinping", [("CN", OFF, "General Secretary of the Chinese Communist Party", "2012-11-15", None, "official-sites")], surname=False)
add("Wen Jiabao", [("CN", HOG, "Premier of the State Council", "2003-03-16", "2013-03-15", "official-sites")], surname=False)
add("Li Keqiang", [("CN", HOG, "Premier of the State Council", "2013-03-15", "2023-03-11", "official-sites")], surname=False)
add("Dong Jun", [("CN", OFF, "Minister of National Defense", "2023-12-29", None, "official-sites")], surname=False)

# Israel and Palestine
add("Yitzhak Rabin", [("IL", HOG, "Prime Minister of Israel", "1992-07-13", "1995-11-04", "official-sites")], labels=D("Yitzhak Rabin", "Yitzhak Rabin", "Yitzhak Rabin", "Jitzchak Rabin", "Isaac Rabin"), aliases=A(["Yitzhak Rabin"]))
add("Shimon Peres", [("IL", HOS, "President of Israel", "2007-07-15", "2014-07-24", "official-sites")])
add("Ehud Barak", [("IL", HOG, "Prime Minister of Israel", "1999-07-06", "2001-03-07", "official-sites")])
add("Ariel Sharon", [("IL", HOG, "Prime Minister of Israel", "2001-03-07", "2006", "official-sites")], labels=D("Ariel Sharon", "Ariel Sharon", "Ariel Sharon", "Ariel Scharon", "Ariel Sharón"), aliases=A(["Ariel Sharon"]))
add("Ehud Olmert", [("IL", HOG, "Prime Minister of Israel", "2006", "2009-03-31", "official-sites")])
add("Benjamin Netanyahu", [], strong={"en": ["Netanyahu"], "it": ["Netanyahu"], "fr": ["Netanyahou", "Netanyahu"], "de": ["Netanjahu", "Netanyahu"], "es": ["Netanyahu"]}, surname=False, weak=["Bibi"], party="Likud")
add("Yoav Gallant", [("IL", OFF, "Minister of Defence", "2022-12-29", "2024-11", "official-sites")], labels=D("Yoav Gallant", "Yoav Gallant", "Yoav Gallant", "Joav Galant", "Yoav Gallant"), aliases=A(["Yoav Gallant"], de=["Joav Gallant"]), weak=["Galant"])
add("Israel Katz", [("IL", FM, "Minister of Foreign Affairs", "2024-01-01", "2024-11", "official-sites"), ("IL", OFF, "Minister of Defence", "2024-11", None, "official-sites")], party="Likud")
add("Gideon Sa'ar", [("IL", FM, "Minister of Foreign Affairs", "2024-11", None, "official-sites")], aliases=["Gideon Saar", "Gideon Sa’ar"], weak=["Saar", "Sa'ar"], surname=False)
add("Benny Gantz", [("IL", OFF, "Minister of Defence", "2020-05-17", "2022-12-29", "official-sites")], strong=["Gantz"], surname=False)
add("Itamar Ben-Gvir", [("IL", OFF, "Minister of National Security", "2022-12-29", "2025-01", "official-sites"), ("IL", OFF, "Minister of National Security", "2025-03", None, "official-sites")], aliases=A(["Itamar Ben Gvir"], de=["Itamar Ben-Gvir"]), strong=["Ben-Gvir", "Ben Gvir"], surname=False, party="Otzma Yehudit")
add("Bezalel Smotrich", [("IL", OFF, "Minister of Finance", "2022-12-29", None, "official-sites")], labels=D("Bezalel Smotrich", "Bezalel Smotrich", "Bezalel Smotrich", "Bezalel Smotrich", "Bezalel Smotrich"), aliases=A(["Bezalel Smotrich"], de=["Bezalel Smotrytsch"]), strong=["Smotrich"], surname=False, party="Religious Zionist Party")
add("Yahya Sinwar", [("bs-org-hamas", OFF, "Leader of Hamas in the Gaza Strip", "2017-02", "2024-10-16", "official-sites"), ("bs-org-hamas", HEAD, "Head of the Hamas Political Bureau", "2024-08-06", "2024-10-16", "official-sites")],
    labels=D("Yahya Sinwar", "Yahya Sinwar", "Yahya Sinouar", "Jahia Sinwar", "Yahya Sinwar"), aliases=A(["Yahya Sinwar"], de=["Jahja Sinwar"], fr=["Yahya Sinwar"]), strong={"en": ["Sinwar"], "it": ["Sinwar"], "fr": ["Sinouar", "Sinwar"], "de": ["Sinwar"], "es": ["Sinwar"]}, surname=False,
    desc=D("Hamas leader in Gaza and head of its political bureau (1962-2024), killed by Israeli forces", "leader di Hamas a Gaza e capo del suo ufficio politico (1962-2024), ucciso dalle forze israeliane", "chef du Hamas à Gaza et de son bureau politique (1962-2024), tué par l'armée israélienne", "Hamas-Chef im Gazastreifen und Leiter des Politbüros (1962–2024), von israelischen Truppen getötet", "líder de Hamás en Gaza y jefe de su buró político (1962-2024), abatido por fuerzas israelíes"))
add("Ismail Haniyeh", [("bs-org-hamas", HEAD, "Head of the Hamas Political Bureau", "2017-05-06", "2024-07-31", "official-sites")],
    labels=D("Ismail Haniyeh", "Ismail Haniyeh", "Ismaïl Haniyeh", "Ismail Hanija", "Ismail Haniyeh"), aliases=A(["Ismail Haniyeh", "Ismail Haniya"], de=["Ismail Haniyeh"]), strong={"en": ["Haniyeh"], "it": ["Haniyeh"], "fr": ["Haniyeh"], "de": ["Hanija", "Haniyeh"], "es": ["Haniyeh"]}, surname=False,
    desc=D("head of the Hamas political bureau (1962-2024), killed in Tehran", "capo dell'ufficio politico di Hamas (1962-2024), ucciso a Teheran", "chef du bureau politique du Hamas (1962-2024), tué à Téhéran", "Leiter des Hamas-Politbüros (1962–2024), in Teheran getötet", "jefe del buró político de Hamás (1962-2024), asesinado en Teherán"))
add("Hassan Nasrallah", [("bs-org-hezbollah", HEAD, "Secretary-General of Hezbollah", "1992-02", "2024-09-27", "official-sites")],
    labels=D("Hassan Nasrallah", "Hassan Nasrallah", "Hassan Nasrallah", "Hassan Nasrallah", "Hasán Nasralá"), aliases=A(["Hassan Nasrallah"], es=["Hassan Nasrallah"]), strong={"en": ["Nasrallah"], "it": ["Nasrallah"], "fr": ["Nasrallah"], "de": ["Nasrallah"], "es": ["Nasralá", "Nasrallah"]}, surname=False,
    desc=D("Secretary-General of Hezbollah (1992-2024), killed in an Israeli strike", "segretario generale di Hezbollah (1992-2024), ucciso in un raid israeliano", "secrétaire général du Hezbollah (1992-2024), tué dans une frappe israélienne", "Generalsekretär der Hisbollah (1992–2024), bei einem israelischen Luftangriff getötet", "secretario general de Hezbolá (1992-2024), muerto en un ataque israelí"))
add("Naim Qassem", [("bs-org-hezbollah", HEAD, "Secretary-General of Hezbollah", "2024-10-29", None, "official-sites")],
    labels=D("Naim Qassem", "Naim Qassem", "Naïm Qassem", "Naim Kassem", "Naim Qassem"), aliases=A(["Naim Qassem", "Naim Kassem"], fr=["Naïm Kassem"]), weak=["Qassem", "Kassem"], surname=False,
    desc=D("Secretary-General of Hezbollah since 2024", "segretario generale di Hezbollah dal 2024", "secrétaire général du Hezbollah depuis 2024", "Generalsekretär der Hisbollah seit 2024", "secretario general de Hezbolá desde 2024"))
add("Yasser Arafat", [], labels=D("Yasser Arafat", "Yasser Arafat", "Yasser Arafat", "Jassir Arafat", "Yasir Arafat"), aliases=A(["Yasser Arafat"], es=["Yasser Arafat"]), weak=["Arafat"], surname=False, country="PS",
    desc=D("Palestinian leader (1929-2004), chairman of the PLO and first President of the Palestinian Authority", "leader palestinese (1929-2004), presidente dell'OLP e primo presidente dell'Autorità palestinese", "dirigeant palestinien (1929-2004), président de l'OLP et premier président de l'Autorité palestinienne", "Palästinenserführer (1929–2004), PLO-Vorsitzender und erster Präsident der Autonomiebehörde", "líder palestino (1929-2004), presidente de la OLP y primer presidente de la Autoridad Palestina"))

# Turkey, Iran, Arab world
add("Recep Tayyip Erdoğan", [("TR", HOG, "Prime Minister of Turkey", "2003-03-14", "2014-08-28", "official-sites")], strong=["Erdoğan", "Erdogan"], surname=False, party="AKP")
add("Abdullah Gül", [("TR", HOS, "President of Turkey", "2007-08-28", "2014-08-28", "official-sites")], aliases=["Abdullah Gul"], surname=False)
add("Ahmet Davutoğlu", [("TR", HOG, "Prime Minister of Turkey", "2014-08-28", "2016-05-24", "official-sites")], aliases=["Ahmet Davutoglu"], weak=["Davutoglu"])
add("Ekrem İmamoğlu", [], aliases=["Ekrem Imamoglu", "Ekrem Imamoğlu"], weak=["Imamoglu"], party="CHP", country="TR",
    desc=D("Turkish opposition politician, Mayor of Istanbul, arrested in 2025", "politico dell'opposizione turca, sindaco di Istanbul, arrestato nel 2025", "opposant turc, maire d'Istanbul, arrêté en 2025", "türkischer Oppositionspolitiker, Bürgermeister von Istanbul, 2025 festgenommen", "político opositor turco, alcalde de Estambul, detenido en 2025"))
add("Ruhollah Khomeini", [("IR", HOS, "Supreme Leader of Iran", "1979-12-03", "1989-06-03", "britannica")], labels=D("Ruhollah Khomeini", "Ruhollah Khomeyni", "Rouhollah Khomeini", "Ruhollah Chomeini", "Ruhollah Jomeini"),
    aliases=A(["Ayatollah Khomeini", "Ruhollah Khomeini"], it=["Ruhollah Khomeini", "Khomeyni"], fr=["Rouhollah Khomeyni"], de=["Ajatollah Chomeini"], es=["Ayatolá Jomeini"]), strong={"en": ["Khomeini"], "it": ["Khomeini"], "fr": ["Khomeiny", "Khomeini"], "de": ["Chomeini"], "es": ["Jomeini"]}, surname=False)
add("Ali Khamenei", [("IR", HOS, "Supreme Leader of Iran", "1989-06-04", None, "britannica"), ("IR", OFF, "President of Iran", "1981-10-13", "1989-08-03", "britannica")], labels=D("Ali Khamenei", "Ali Khamenei", "Ali Khamenei", "Ali Chamenei", "Alí Jamenei"),
    aliases=A(["Ayatollah Ali Khamenei", "Ali Khamenei"], fr=["Ali Khameneï"], de=["Ajatollah Ali Chamenei"], es=["Ali Jamenei", "Alí Jameneí"]), strong={"en": ["Khamenei"], "it": ["Khamenei"], "fr": ["Khamenei", "Khameneï"], "de": ["Chamenei", "Khamenei"], "es": ["Jamenei", "Jameneí"]}, surname=False)
add("Hassan Rouhani", [("IR", HOG, "President of Iran", "2013-08-03", "2021-08-03", "britannica")], labels=D("Hassan Rouhani", "Hassan Rouhani", "Hassan Rohani", "Hassan Rohani", "Hasán Rohaní"), aliases=A(["Hassan Rouhani", "Hassan Rohani"]), weak=["Rouhani", "Rohani"], surname=False)
add("Ebrahim Raisi", [("IR", HOG, "President of Iran", "2021-08-03", "2024-05-19", "britannica")], labels=D("Ebrahim Raisi", "Ebrahim Raisi", "Ebrahim Raïssi", "Ebrahim Raisi", "Ebrahim Raisi"), aliases=A(["Ebrahim Raisi", "Ebrahim Raissi"]), strong={"en": ["Raisi"], "it": ["Raisi"], "fr": ["Raïssi", "Raissi"], "de": ["Raisi"], "es": ["Raisi"]}, surname=False)
add("Abbas Araghchi", [("IR", FM, "Minister of Foreign Affairs", "2024-08-21", None, "official-sites")], labels=D("Abbas Araghchi", "Abbas Araghchi", "Abbas Araghchi", "Abbas Araghtschi", "Abás Araghchí"), aliases=A(["Abbas Araghchi", "Abbas Araqchi"]), strong={"en": ["Araghchi"], "it": ["Araghchi"], "fr": ["Araghchi"], "de": ["Araghtschi", "Araghchi"], "es": ["Araghchi"]}, surname=False)
add("Saddam Hussein", [("IQ", HOS, "President of Iraq", "1979-07-16", "2003-04-09", "britannica")], labels=D("Saddam Hussein", "Saddam Hussein", "Saddam Hussein", "Saddam Hussein", "Sadam Husein"), aliases=A(["Saddam Hussein"], es=["Saddam Hussein"]), strong={"en": ["Saddam"], "it": ["Saddam"], "fr": ["Saddam"], "de": ["Saddam"], "es": ["Sadam", "Saddam"]}, surname=False)
add("Muammar Gaddafi", [("LY", HOS, "Leader of Libya", "1969-09-01", "2011", "britannica")], labels=D("Muammar Gaddafi", "Muʿammar Gheddafi", "Mouammar Kadhafi", "Muammar al-Gaddafi", "Muamar el Gadafi"),
    aliases=A(["Muammar Gaddafi", "Muammar al-Gaddafi", "Muammar Qaddafi", "Moammar Gadhafi"], it=["Muammar Gheddafi"], fr=["Mouammar Kadhafi", "Muammar Kadhafi"], de=["Muammar al-Gaddafi", "Muammar Gaddafi"], es=["Muamar el Gadafi", "Muammar Gadafi"]),
    strong={"en": ["Gaddafi", "Qaddafi", "Gadhafi"], "it": ["Gheddafi"], "fr": ["Kadhafi"], "de": ["Gaddafi"], "es": ["Gadafi"]}, surname=False)
add("Hosni Mubarak", [("EG", HOS, "President of Egypt", "1981-10-14", "2011-02-11", "britannica")], labels=D("Hosni Mubarak", "Hosni Mubarak", "Hosni Moubarak", "Husni Mubarak", "Hosni Mubarak"), aliases=A(["Hosni Mubarak"], de=["Hosni Mubarak"]), weak=["Mubarak", "Moubarak"], surname=False)
add("Mohamed Morsi", [("EG", HOS, "President of Egypt", "2012-06-30", "2013-07-03", "britannica")], labels=D("Mohamed Morsi", "Mohamed Morsi", "Mohamed Morsi", "Mohammed Mursi", "Mohamed Morsi"), aliases=A(["Mohamed Morsi", "Mohammed Morsi"], de=["Mohammed Mursi"]), weak=["Morsi", "Mursi"], surname=False)
add("Bashar al-Assad", [("SY", HOS, "President of Syria", "2000-07-17", "2024-12-08", "britannica")], labels=D("Bashar al-Assad", "Bashar al-Assad", "Bachar el-Assad", "Baschar al-Assad", "Bashar al Asad"),
    aliases=A(["Bashar al-Assad", "Bashar Assad"], fr=["Bachar al-Assad"], de=["Baschar al-Assad"], es=["Bachar al Asad", "Bashar al-Assad"]), weak=["Assad", "Asad", "el-Assad"], surname=False)
add("Ahmed al-Sharaa", [("SY", HOS, "President of Syria", "2025-01-29", None, "official-sites")], labels=D("Ahmed al-Sharaa", "Ahmed al-Sharaa", "Ahmed al-Charaa", "Ahmed al-Scharaa", "Ahmed al Sharaa"),
    aliases=A(["Ahmed al-Sharaa", "Ahmad al-Sharaa", "Abu Mohammed al-Jolani", "Abu Mohammad al-Julani"], it=["Abu Mohammed al-Jolani", "al-Jolani"], fr=["Ahmed al-Chareh", "Abou Mohammed al-Joulani"], de=["Abu Mohammed al-Dscholani"], es=["Abu Mohamed al Golani"]),
    weak=["al-Sharaa", "al-Charaa", "al-Scharaa", "al-Jolani", "Jolani", "al-Joulani"], surname=False)
add("Osama bin Laden", [], labels=D("Osama bin Laden", "Osama bin Laden", "Oussama ben Laden", "Osama bin Laden", "Osama bin Laden"), aliases=A(["Osama bin Laden", "Usama bin Laden"], fr=["Oussama Ben Laden", "Ben Laden"], it=["Bin Laden"], en=["Bin Laden"], de=["Bin Laden"], es=["Bin Laden"]), surname=False,
    desc=D("founder and leader of al-Qaeda (1957-2011), killed by US forces in Pakistan", "fondatore e capo di al-Qaida (1957-2011), ucciso dalle forze statunitensi in Pakistan", "fondateur et chef d'al-Qaïda (1957-2011), tué par les forces américaines au Pakistan", "Gründer und Anführer von al-Qaida (1957–2011), von US-Einheiten in Pakistan getötet", "fundador y líder de al Qaeda (1957-2011), abatido por fuerzas estadounidenses en Pakistán"))
add("Abu Bakr al-Baghdadi", [], labels=D("Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi", "Abou Bakr al-Baghdadi", "Abu Bakr al-Baghdadi", "Abu Bakr al Bagdadi"), aliases=A(["Abu Bakr al-Baghdadi"]), weak=["al-Baghdadi", "al-Bagdadi"], surname=False,
    desc=D("leader of the Islamic State (1971-2019)", "capo dello Stato islamico (1971-2019)", "chef de l'État islamique (1971-2019)", "Anführer des Islamischen Staats (1971–2019)", "líder del Estado Islámico (1971-2019)"))

add("Mahmoud Abbas", [], aliases=A(["Abu Mazen"], fr=["Abou Mazen"]), surname=False)
add("Yulia Svyrydenko", [], labels=D("Yulia Svyrydenko", "Julija Svyrydenko", "Ioulia Svyrydenko", "Julija Swyrydenko", "Yulia Svyrydenko"), aliases=A(["Yulia Svyrydenko"], it=["Yulia Svyrydenko"], de=["Julija Swyrydenko"]), weak=["Swyrydenko"])
# Asia-Pacific, the Americas, Africa
add("Kim Il-sung", [("KP", HOS, "Leader of North Korea", "1948-09-09", "1994-07-08", "britannica")], aliases=["Kim Il Sung"], surname=False, weak=["Kim"])
add("Kim Jong-il", [("KP", HOS, "Leader of North Korea", "1994-07-08", "2011-12-17", "britannica")], aliases=["Kim Jong Il"], surname=False, weak=["Kim"])
add("Kim Dae-jung", [("KR", HOS, "President of South Korea", "1998-02-25", "2003-02-25", "official-sites")], aliases=["Kim Dae Jung"], surname=False)
add("Roh Moo-hyun", [("KR", HOS, "President of South Korea", "2003-02-25", "2008-02-25", "official-sites")], aliases=["Roh Moo Hyun"], surname=False)
add("Lee Myung-bak", [("KR", HOS, "President of South Korea", "2008-02-25", "2013-02-25", "official-sites")], aliases=["Lee Myung Bak"], surname=False)
add("Park Geun-hye", [("KR", HOS, "President of South Korea", "2013-02-25", "2017-03-10", "official-sites")], aliases=["Park Geun Hye"], surname=False)
add("Junichiro Koizumi", [("JP", HOG, "Prime Minister of Japan", "2001-04-26", "2006-09-26", "kantei")], aliases=["Jun'ichirō Koizumi", "Junichiro Koizumi"])
add("Taro Aso", [("JP", HOG, "Prime Minister of Japan", "2008-09-24", "2009-09-16", "kantei")], aliases=["Tarō Asō"])
add("Yoshihiko Noda", [("JP", HOG, "Prime Minister of Japan", "2011-09-02", "2012-12-26", "kantei")])
add("Shinzo Abe", [("JP", HOG, "Prime Minister of Japan", "2006-09-26", "2007-09-26", "kantei")], aliases=["Shinzō Abe"])
add("Manmohan Singh", [("IN", HOG, "Prime Minister of India", "2004-05-22", "2014-05-26", "official-sites")], surname=False)
add("Atal Bihari Vajpayee", [("IN", HOG, "Prime Minister of India", "1998-03-19", "2004-05-22", "official-sites")])
add("Rahul Gandhi", [], surname=False, party="Indian National Congress", country="IN",
    desc=D("Indian politician, leader of the Indian National Congress and Leader of the Opposition", "politico indiano, leader del Congresso nazionale indiano e dell'opposizione", "homme politique indien, figure du Congrès national indien et chef de l'opposition", "indischer Politiker, Führungsfigur der Kongresspartei und Oppositionsführer", "político indio, líder del Congreso Nacional Indio y de la oposición"))
add("John Howard", [("AU", HOG, "Prime Minister of Australia", "1996-03-11", "2007-12-03", "official-sites")])
add("Kevin Rudd", [("AU", HOG, "Prime Minister of Australia", "2007-12-03", "2010-06-24", "official-sites"), ("AU", HOG, "Prime Minister of Australia", "2013-06-27", "2013-09-18", "official-sites")])
add("Julia Gillard", [("AU", HOG, "Prime Minister of Australia", "2010-06-24", "2013-06-27", "official-sites")])
add("Tony Abbott", [("AU", HOG, "Prime Minister of Australia", "2013-09-18", "2015-09-15", "official-sites")])
add("Anthony Albanese", [], weak=["Albo"])
add("Jean Chrétien", [("CA", HOG, "Prime Minister of Canada", "1993-11-04", "2003-12-12", "official-sites")], aliases=["Jean Chretien"])
add("Paul Martin", [("CA", HOG, "Prime Minister of Canada", "2003-12-12", "2006-02-06", "official-sites")], surname=False)
add("Stephen Harper", [("CA", HOG, "Prime Minister of Canada", "2006-02-06", "2015-11-04", "official-sites")])
add("Pierre Poilievre", [("CA", OFF, "Leader of the Conservative Party of Canada", "2022-09-10", None, "official-sites")], strong=["Poilievre"], surname=False,
    desc=D("Leader of the Conservative Party of Canada", "leader del Partito conservatore canadese", "chef du Parti conservateur du Canada", "Vorsitzender der Konservativen Partei Kanadas", "líder del Partido Conservador de Canadá"))
add("Chrystia Freeland", [("CA", FM, "Minister of Foreign Affairs", "2017-01-10", "2019-11-20", "official-sites"), ("CA", OFF, "Deputy Prime Minister", "2019-11-20", "2024-12-16", "official-sites"), ("CA", OFF, "Minister of Finance", "2020-08-18", "2024-12-16", "official-sites")])
add("Fernando Henrique Cardoso", [("BR", HOS, "President of Brazil", "1995-01-01", "2003-01-01", "official-sites"), ("BR", HOG, "President of Brazil", "1995-01-01", "2003-01-01", "official-sites")], weak=["FHC"])
add("Luiz Inácio Lula da Silva", [("BR", HOS, "President of Brazil", "2003-01-01", "2011-01-01", "official-sites"), ("BR", HOG, "President of Brazil", "2003-01-01", "2011-01-01", "official-sites")], aliases=["Luiz Inacio Lula da Silva", "Lula da Silva"], strong=["Lula"], surname=False, party="Partido dos Trabalhadores")
add("Dilma Rousseff", [("BR", HOS, "President of Brazil", "2011-01-01", "2016-08-31", "official-sites"), ("BR", HOG, "President of Brazil", "2011-01-01", "2016-08-31", "official-sites")], weak=["Dilma"], party="Partido dos Trabalhadores")
add("Michel Temer", [("BR", HOS, "President of Brazil", "2016-08-31", "2019-01-01", "official-sites"), ("BR", HOG, "President of Brazil", "2016-08-31", "2019-01-01", "official-sites")])
add("Jair Bolsonaro", [], strong=["Bolsonaro"], surname=False)
add("Carlos Menem", [("AR", HOS, "President of Argentina", "1989-07-08", "1999-12-10", "official-sites")])
add("Néstor Kirchner", [("AR", HOS, "President of Argentina", "2003-05-25", "2007-12-10", "official-sites")], aliases=["Nestor Kirchner"])
add("Cristina Fernández de Kirchner", [("AR", HOS, "President of Argentina", "2007-12-10", "2015-12-10", "official-sites"), ("AR", OFF, "Vice President of Argentina", "2019-12-10", "2023-12-10", "official-sites")],
    aliases=["Cristina Fernandez de Kirchner", "Cristina Kirchner", "Cristina Fernández"], weak=["Cristina", "CFK"],
    desc=D("former President (2007-2015) and Vice President (2019-2023) of Argentina", "ex presidente (2007-2015) e vicepresidente (2019-2023) dell'Argentina", "ancienne présidente (2007-2015) et vice-présidente (2019-2023) de l'Argentine", "ehemalige Präsidentin (2007–2015) und Vizepräsidentin (2019–2023) Argentiniens", "expresidenta (2007-2015) y exvicepresidenta (2019-2023) de Argentina"))
add("Javier Milei", [], strong=["Milei"], surname=False)
add("Vicente Fox", [("MX", HOS, "President of Mexico", "2000-12-01", "2006-12-01", "official-sites"), ("MX", HOG, "President of Mexico", "2000-12-01", "2006-12-01", "official-sites")], weak=["Fox"], surname=False)
add("Felipe Calderón", [("MX", HOS, "President of Mexico", "2006-12-01", "2012-12-01", "official-sites"), ("MX", HOG, "President of Mexico", "2006-12-01", "2012-12-01", "official-sites")], aliases=["Felipe Calderon"])
add("Enrique Peña Nieto", [("MX", HOS, "President of Mexico", "2012-12-01", "2018-12-01", "official-sites"), ("MX", HOG, "President of Mexico", "2012-12-01", "2018-12-01", "official-sites")], aliases=["Enrique Pena Nieto", "Peña Nieto", "Pena Nieto"], surname=False)
add("Claudia Sheinbaum", [], strong=["Sheinbaum"], surname=False)
add("Hugo Chávez", [("VE", HOS, "President of Venezuela", "1999-02-02", "2013-03-05", "britannica"), ("VE", HOG, "President of Venezuela", "1999-02-02", "2013-03-05", "britannica")], aliases=["Hugo Chavez"], weak=["Chávez", "Chavez"], surname=False)
add("Fidel Castro", [("CU", HOG, "Prime Minister of Cuba", "1959-02-16", "1976-12-02", "britannica"), ("CU", HOS, "President of Cuba", "1976-12-02", "2008-02-24", "britannica")], aliases=["Fidel Castro Ruz"], weak=["Castro", "Fidel"], surname=False)
add("Raúl Castro", [("CU", HOS, "President of Cuba", "2008-02-24", "2018-04-19", "britannica"), ("CU", OFF, "First Secretary of the Communist Party of Cuba", "2011-04-19", "2021-04-19", "britannica")], aliases=["Raul Castro", "Raúl Castro Ruz"], weak=["Castro"], surname=False,
    desc=D("former President of Cuba (2008-2018) and First Secretary of its Communist Party (2011-2021)", "ex presidente di Cuba (2008-2018) e primo segretario del Partito comunista (2011-2021)", "ancien président de Cuba (2008-2018) et premier secrétaire du Parti communiste (2011-2021)", "ehemaliger Präsident Kubas (2008–2018) und Erster Sekretär der Kommunistischen Partei (2011–2021)", "expresidente de Cuba (2008-2018) y primer secretario del Partido Comunista (2011-2021)"))
add("Robert Mugabe", [("ZW", HOG, "Prime Minister of Zimbabwe", "1980-04-18", "1987-12-31", "britannica"), ("ZW", HOS, "President of Zimbabwe", "1987-12-31", "2017-11-21", "britannica")], strong=["Mugabe"], surname=False)
add("Nelson Mandela", [("ZA", HOS, "President of South Africa", "1994-05-10", "1999-06-14", "britannica")], weak=["Mandela"], surname=False)

# International organisations
add("Kofi Annan", [("bs-org-un", HEAD, "Secretary-General of the United Nations", "1997-01-01", "2007-01-01", "un-sg")])
add("Ban Ki-moon", [("bs-org-un", HEAD, "Secretary-General of the United Nations", "2007-01-01", "2017-01-01", "un-sg")], aliases=["Ban Ki Moon"], surname=False)
add("António Guterres", [("PT", HOG, "Prime Minister of Portugal", "1995-10-28", "2002-04-06", "official-sites")], strong=["Guterres"], surname=False)
add("José Manuel Barroso", [("bs-org-ec", HEAD, "President of the European Commission", "2004-11-22", "2014-11-01", "eu-institutions")], aliases=["Jose Manuel Barroso", "José Manuel Durão Barroso"])
add("Jean-Claude Juncker", [("bs-org-ec", HEAD, "President of the European Commission", "2014-11-01", "2019-12-01", "eu-institutions"), ("LU", HOG, "Prime Minister of Luxembourg", "1995-01-20", "2013-12-04", "official-sites")], strong=["Juncker"], surname=False)
add("Herman Van Rompuy", [("bs-org-european-council", HEAD, "President of the European Council", "2009-12-01", "2014-12-01", "eu-institutions")], weak=["Van Rompuy"], surname=False)
add("Donald Tusk", [("bs-org-european-council", HEAD, "President of the European Council", "2014-12-01", "2019-12-01", "eu-institutions")])
add("Charles Michel", [("BE", HOG, "Prime Minister of Belgium", "2014-10-11", "2019-10-27", "official-sites")])
add("Federica Mogherini", [("Q458", HEAD, "High Representative of the Union for Foreign Affairs and Security Policy", "2014-11-01", "2019-12-01", "eu-institutions"), ("IT", FM, "Minister of Foreign Affairs", "2014-02-22", "2014-10-31", "governo-it")], strong=["Mogherini"], surname=False)
add("Martin Schulz", [("bs-org-ep", HEAD, "President of the European Parliament", "2012-01-17", "2017-01-17", "eu-institutions")])
add("David Sassoli", [("bs-org-ep", HEAD, "President of the European Parliament", "2019-07-03", "2022-01-11", "eu-institutions")])
add("Jean-Claude Trichet", [("bs-org-ecb", HEAD, "President of the European Central Bank", "2003-11-01", "2011-11-01", "eu-institutions")])
add("Christine Lagarde", [("bs-org-imf", HEAD, "Managing Director of the IMF", "2011-07-05", "2019-09-12", "official-sites")])
add("Anders Fogh Rasmussen", [("bs-org-nato", HEAD, "Secretary General of NATO", "2009-08-01", "2014-10-01", "nato")], weak=["Rasmussen"], surname=False)
add("Jens Stoltenberg", [("NO", HOG, "Prime Minister of Norway", "2000-03-17", "2001-10-19", "official-sites"), ("NO", HOG, "Prime Minister of Norway", "2005-10-17", "2013-10-16", "official-sites"), ("NO", OFF, "Minister of Finance", "2025-02-04", None, "official-sites")], strong=["Stoltenberg"], surname=False)
add("Mark Rutte", [("NL", HOG, "Prime Minister of the Netherlands", "2010-10-14", "2024-07-02", "official-sites")])
add("Kaja Kallas", [("EE", HOG, "Prime Minister of Estonia", "2021-01-26", "2024-07-23", "official-sites")])
add("António Costa", [("PT", HOG, "Prime Minister of Portugal", "2015-11-26", "2024-04-02", "official-sites")], weak=["Costa"])

# More figures who lead the news (US administration, Africa, Russia, France, Argentina).
add("Al Gore", [("US", OFF, "Vice President of the United States", "1993-01-20", "2001-01-20", "whitehouse")], aliases=["Albert Gore"], party="Democratic Party")
add("Dick Cheney", [("US", OFF, "Vice President of the United States", "2001-01-20", "2009-01-20", "whitehouse")], aliases=["Richard Cheney"], party="Republican Party")
add("Colin Powell", [("US", FM, "Secretary of State", "2001-01-20", "2005-01-26", "state-dept")])
add("Condoleezza Rice", [("US", FM, "Secretary of State", "2005-01-26", "2009-01-20", "state-dept")], aliases=["Condi Rice"])
add("Mike Waltz", [("US", OFF, "National Security Advisor", "2025-01-20", "2025-05", "official-sites")], aliases=["Michael Waltz"], party="Republican Party",
    desc=D("US National Security Advisor from January to May 2025", "consigliere per la sicurezza nazionale degli Stati Uniti da gennaio a maggio 2025", "conseiller à la sécurité nationale des États-Unis de janvier à mai 2025", "Nationaler Sicherheitsberater der USA von Januar bis Mai 2025", "asesor de Seguridad Nacional de EE. UU. de enero a mayo de 2025"))
add("Kristi Noem", [("US", OFF, "Secretary of Homeland Security", "2025-01-25", None, "official-sites")], party="Republican Party",
    desc=D("US Secretary of Homeland Security", "segretaria alla Sicurezza interna degli Stati Uniti", "secrétaire à la Sécurité intérieure des États-Unis", "US-Ministerin für Innere Sicherheit", "secretaria de Seguridad Nacional de EE. UU."))
add("Tulsi Gabbard", [("US", OFF, "Director of National Intelligence", "2025-02-12", None, "official-sites")],
    desc=D("US Director of National Intelligence", "direttrice dell'intelligence nazionale degli Stati Uniti", "directrice du renseignement national des États-Unis", "Direktorin der nationalen Nachrichtendienste der USA", "directora de Inteligencia Nacional de EE. UU."))
add("Robert F. Kennedy Jr.", [("US", OFF, "Secretary of Health and Human Services", "2025-02-13", None, "official-sites")], aliases=["Robert F. Kennedy Jr", "Robert Kennedy Jr.", "RFK Jr."], surname=False,
    desc=D("US Secretary of Health and Human Services", "segretario alla Salute degli Stati Uniti", "secrétaire à la Santé des États-Unis", "US-Gesundheitsminister", "secretario de Salud de EE. UU."))
add("Steve Witkoff", [], aliases=["Steven Witkoff"], country="US",
    desc=D("US real-estate investor, special envoy of President Trump", "imprenditore immobiliare statunitense, inviato speciale del presidente Trump", "promoteur immobilier américain, envoyé spécial du président Trump", "US-Immobilieninvestor, Sondergesandter von Präsident Trump", "inversor inmobiliario estadounidense, enviado especial del presidente Trump"))
add("Karoline Leavitt", [("US", OFF, "White House Press Secretary", "2025-01-20", None, "whitehouse")],
    desc=D("White House Press Secretary", "portavoce della Casa Bianca", "porte-parole de la Maison-Blanche", "Pressesprecherin des Weißen Hauses", "portavoz de la Casa Blanca"))
add("Yvette Cooper", [("GB", OFF, "Home Secretary", "2024-07-05", "2025-09-05", "gov-uk-ministers")], party="Labour Party")
add("Shabana Mahmood", [("GB", OFF, "Home Secretary", "2025-09-05", None, "gov-uk-ministers")], party="Labour Party",
    desc=D("UK Home Secretary", "ministra dell'Interno britannica", "ministre de l'Intérieur britannique", "britische Innenministerin", "ministra del Interior británica"))
add("Christiane Taubira", [("FR", OFF, "Minister of Justice", "2012-05-16", "2016-01-27", "gouvernement-fr")])
add("Omar al-Bashir", [("SD", HOS, "President of Sudan", "1989-06-30", "2019-04-11", "britannica")], labels=D("Omar al-Bashir", "Omar al-Bashir", "Omar el-Béchir", "Omar al-Baschir", "Omar al Bashir"),
    aliases=A(["Omar al-Bashir", "Omar Hassan al-Bashir"], fr=["Omar el-Bechir", "Omar Hassan el-Béchir"], de=["Umar al-Baschir"], es=["Omar al-Bashir"]), weak=["al-Bashir", "el-Béchir", "al-Baschir", "Bashir", "Béchir"], surname=False)
add("Thabo Mbeki", [("ZA", HOS, "President of South Africa", "1999-06-14", "2008-09-25", "britannica")], strong=["Mbeki"], surname=False)
add("Jacob Zuma", [("ZA", HOS, "President of South Africa", "2009-05-09", "2018-02-14", "britannica")], weak=["Zuma"], surname=False)
add("Morgan Tsvangirai", [("ZW", HOG, "Prime Minister of Zimbabwe", "2009-02-11", "2013", "britannica")], strong=["Tsvangirai"], surname=False)
add("Mikhail Khodorkovsky", [], labels=D("Mikhail Khodorkovsky", "Michail Chodorkovskij", "Mikhaïl Khodorkovski", "Michail Chodorkowski", "Mijaíl Jodorkovski"),
    aliases=A(["Mikhail Khodorkovsky"], it=["Mikhail Khodorkovsky"], fr=["Mikhail Khodorkovski"], de=["Michail Chodorkowski"], es=["Mijail Jodorkovski"]), strong={"en": ["Khodorkovsky"], "it": ["Khodorkovsky", "Chodorkovskij"], "fr": ["Khodorkovski"], "de": ["Chodorkowski"], "es": ["Jodorkovski"]}, surname=False, country="RU",
    desc=D("Russian businessman and exiled opposition figure, former head of Yukos", "imprenditore russo e oppositore in esilio, ex capo di Yukos", "homme d'affaires russe et opposant en exil, ancien patron de Ioukos", "russischer Unternehmer und Oppositioneller im Exil, ehemals Chef von Yukos", "empresario ruso y opositor en el exilio, antiguo jefe de Yukos"))
add("Boris Nemtsov", [], labels=D("Boris Nemtsov", "Boris Nemcov", "Boris Nemtsov", "Boris Nemzow", "Borís Nemtsov"), aliases=A(["Boris Nemtsov"], de=["Boris Nemzow"]), strong={"en": ["Nemtsov"], "it": ["Nemtsov", "Nemcov"], "fr": ["Nemtsov"], "de": ["Nemzow"], "es": ["Nemtsov"]}, surname=False, country="RU",
    desc=D("Russian opposition politician (1959-2015), shot dead near the Kremlin", "politico dell'opposizione russa (1959-2015), ucciso vicino al Cremlino", "opposant russe (1959-2015), abattu près du Kremlin", "russischer Oppositionspolitiker (1959–2015), nahe dem Kreml erschossen", "político opositor ruso (1959-2015), asesinado cerca del Kremlin"))
add("Boris Nadezhdin", [], labels=D("Boris Nadezhdin", "Boris Nadeždin", "Boris Nadejdine", "Boris Nadeschdin", "Borís Nadezhdin"), aliases=A(["Boris Nadezhdin"], de=["Boris Nadeschdin"]), weak=["Nadezhdin", "Nadejdine", "Nadeschdin"], surname=False, country="RU",
    desc=D("Russian politician, anti-war candidate barred from the 2024 presidential election", "politico russo, candidato contro la guerra escluso dalle presidenziali del 2024", "homme politique russe, candidat anti-guerre écarté de la présidentielle de 2024", "russischer Politiker, Antikriegskandidat, 2024 nicht zur Präsidentenwahl zugelassen", "político ruso, candidato antibélico excluido de las presidenciales de 2024"))
add("Sergei Kiriyenko", [("RU", HOG, "Prime Minister of Russia", "1998-04-24", "1998-08-23", "kremlin"), ("RU", OFF, "First Deputy Chief of Staff of the Presidential Executive Office", "2016-10", None, "kremlin")],
    labels=D("Sergei Kiriyenko", "Sergej Kirienko", "Sergueï Kirienko", "Sergei Kirijenko", "Serguéi Kiriyenko"), aliases=A(["Sergei Kiriyenko", "Sergey Kiriyenko"], fr=["Sergueï Kiriyenko"], de=["Sergej Kirijenko"]), weak=["Kirienko", "Kirijenko"],
    desc=D("First Deputy Chief of Staff of the Russian Presidential Administration, former Prime Minister (1998)", "primo vicecapo dell'amministrazione presidenziale russa, ex primo ministro (1998)", "premier chef adjoint de l'administration présidentielle russe, ancien Premier ministre (1998)", "Erster Vizechef der russischen Präsidialverwaltung, ehemaliger Ministerpräsident (1998)", "primer subjefe de la Administración presidencial rusa, ex primer ministro (1998)"))
add("Axel Kicillof", [("AR", OFF, "Governor of Buenos Aires Province", "2019-12-10", None, "official-sites")], strong=["Kicillof"], surname=False,
    desc=D("Governor of Buenos Aires Province (Argentina)", "governatore della provincia di Buenos Aires (Argentina)", "gouverneur de la province de Buenos Aires (Argentine)", "Gouverneur der Provinz Buenos Aires (Argentinien)", "gobernador de la provincia de Buenos Aires (Argentina)"))
add("Kim Yo-jong", [], aliases=["Kim Yo Jong"], weak=["Kim"], surname=False, country="KP",
    desc=D("senior North Korean official, sister of Kim Jong-un", "alta funzionaria nordcoreana, sorella di Kim Jong-un", "haute responsable nord-coréenne, sœur de Kim Jong-un", "hochrangige nordkoreanische Funktionärin, Schwester von Kim Jong-un", "alta funcionaria norcoreana, hermana de Kim Jong-un"))
add("Kyrylo Budanov", [], labels=D("Kyrylo Budanov", "Kyrylo Budanov", "Kyrylo Boudanov", "Kyrylo Budanow", "Kirilo Budánov"), aliases=A(["Kyrylo Budanov", "Kirill Budanov"], fr=["Kyrylo Budanov"], de=["Kyrylo Budanov"]), strong={"en": ["Budanov"], "it": ["Budanov"], "fr": ["Boudanov", "Budanov"], "de": ["Budanow", "Budanov"], "es": ["Budánov", "Budanov"]}, surname=False, country="UA",
    desc=D("Ukrainian general, head of military intelligence (HUR) from 2020", "generale ucraino, capo dell'intelligence militare (HUR) dal 2020", "général ukrainien, chef du renseignement militaire (HUR) à partir de 2020", "ukrainischer General, ab 2020 Chef des Militärgeheimdienstes HUR", "general ucraniano, jefe de la inteligencia militar (HUR) desde 2020"))

# Further former heads of government and state of the countries in scope (1990s-2010s).
add("Benjamin Netanyahu", [("IL", HOG, "Prime Minister of Israel", "1996-06-18", "1999-07-06", "official-sites")])
add("Binali Yıldırım", [("TR", HOG, "Prime Minister of Turkey", "2016-05-24", "2018-07-09", "official-sites")], aliases=["Binali Yildirim"], weak=["Yildirim"])
add("Fernando de la Rúa", [("AR", HOS, "President of Argentina", "1999-12-10", "2001-12", "official-sites")], aliases=["Fernando de la Rua"], weak=["De la Rúa", "de la Rúa"], surname=False)
add("Eduardo Duhalde", [("AR", HOS, "President of Argentina", "2002-01-02", "2003-05-25", "official-sites")])
add("Ernesto Zedillo", [("MX", HOS, "President of Mexico", "1994-12-01", "2000-12-01", "official-sites"), ("MX", HOG, "President of Mexico", "1994-12-01", "2000-12-01", "official-sites")])
add("Paul Keating", [("AU", HOG, "Prime Minister of Australia", "1991-12-20", "1996-03-11", "official-sites")])
add("Brian Mulroney", [("CA", HOG, "Prime Minister of Canada", "1984-09-17", "1993-06-25", "official-sites")])
add("Kim Campbell", [("CA", HOG, "Prime Minister of Canada", "1993-06-25", "1993-11-04", "official-sites")], surname=False)
add("Kim Young-sam", [("KR", HOS, "President of South Korea", "1993-02-25", "1998-02-25", "official-sites")], aliases=["Kim Young Sam"], surname=False)
add("Yasuo Fukuda", [("JP", HOG, "Prime Minister of Japan", "2007-09-26", "2008-09-24", "kantei")])
add("Yukio Hatoyama", [("JP", HOG, "Prime Minister of Japan", "2009-09-16", "2010-06-08", "kantei")])
add("Naoto Kan", [("JP", HOG, "Prime Minister of Japan", "2010-06-08", "2011-09-02", "kantei")], surname=False)
add("Carlo Azeglio Ciampi", [("IT", HOG, "President of the Council of Ministers of Italy", "1993-04-28", "1994-05-10", "governo-it"), ("IT", HOS, "President of the Italian Republic", "1999-05-18", "2006-05-15", "quirinale")])
add("Giuliano Amato", [("IT", HOG, "President of the Council of Ministers of Italy", "1992-06-28", "1993-04-28", "governo-it"), ("IT", HOG, "President of the Council of Ministers of Italy", "2000-04-26", "2001-06-11", "governo-it")])
add("Oscar Luigi Scalfaro", [("IT", HOS, "President of the Italian Republic", "1992-05-28", "1999-05-15", "quirinale")])
add("Horst Köhler", [("DE", HOS, "Federal President of Germany", "2004-07-01", "2010-05-31", "bundesregierung")], aliases=["Horst Koehler"])
add("Christian Wulff", [("DE", HOS, "Federal President of Germany", "2010-06-30", "2012-02-17", "bundesregierung")])
add("Arseniy Yatsenyuk", [("UA", HOG, "Prime Minister of Ukraine", "2014-02-27", "2016-04-14", "official-sites")], labels=D("Arseniy Yatsenyuk", "Arsenij Jacenjuk", "Arseni Iatseniouk", "Arsenij Jazenjuk", "Arseni Yatseniuk"),
    aliases=A(["Arseniy Yatsenyuk"], it=["Arseniy Yatsenyuk"], fr=["Arseni Iatseniouk"], de=["Arsenij Jazenjuk"], es=["Arseni Yatseniuk"]), weak=["Iatseniouk", "Jazenjuk", "Yatseniuk", "Jacenjuk"])
add("Volodymyr Groysman", [("UA", HOG, "Prime Minister of Ukraine", "2016-04-14", "2019-08-29", "official-sites")], labels=D("Volodymyr Groysman", "Volodymyr Hrojsman", "Volodymyr Hroïsman", "Wolodymyr Hrojsman", "Volodímir Groisman"),
    aliases=A(["Volodymyr Groysman", "Volodymyr Hroisman"]), weak=["Hroïsman", "Hrojsman", "Groisman"])
add("Oleksiy Honcharuk", [("UA", HOG, "Prime Minister of Ukraine", "2019-08-29", "2020-03-04", "official-sites")], labels=D("Oleksiy Honcharuk", "Oleksij Hončaruk", "Oleksiy Hontcharouk", "Oleksij Hontscharuk", "Oleksí Honcharuk"),
    aliases=A(["Oleksiy Honcharuk", "Oleksii Honcharuk"]), weak=["Hontcharouk", "Hontscharuk"])

# Ministers and party figures 2015-2026 of the countries whose press is in scope, and of Russia,
# Ukraine and Israel (offices without a title translation carry their own description).
def m(name, c, office, f, t, src, **kw): add(name, [(c, OFF, office, f, t, src)], **kw)
# Italy
add("Nicola Zingaretti", [("IT", OFF, "Secretary of the Democratic Party", "2019-03-17", "2021-03", "official-sites")], party="Partito Democratico",
    desc=D("Italian politician, former Secretary of the Democratic Party (2019-2021)", "politico italiano, ex segretario del Partito Democratico (2019-2021)", "homme politique italien, ancien secrétaire du Parti démocrate (2019-2021)", "italienischer Politiker, ehemaliger Vorsitzender der Partito Democratico (2019–2021)", "político italiano, ex secretario del Partido Democrático (2019-2021)"))
add("Roberto Fico", [("IT", OFF, "President of the Chamber of Deputies", "2018-03-24", "2022-10", "official-sites")], party="Movimento 5 Stelle",
    desc=D("Italian Five Star Movement politician, former President of the Chamber of Deputies", "politico del Movimento 5 Stelle, ex presidente della Camera dei deputati", "homme politique italien (Mouvement 5 étoiles), ancien président de la Chambre des députés", "italienischer Politiker (Fünf-Sterne-Bewegung), ehemaliger Präsident der Abgeordnetenkammer", "político italiano (Movimiento 5 Estrellas), expresidente de la Cámara de Diputados"))
add("Maria Elisabetta Alberti Casellati", [("IT", OFF, "President of the Senate", "2018-03-24", "2022-10", "official-sites"), ("IT", OFF, "Minister for Institutional Reforms", "2022-10-22", None, "governo-it")], aliases=["Elisabetta Casellati"], weak=["Casellati"], surname=False, party="Forza Italia",
    desc=D("Italian Minister for Institutional Reforms, former President of the Senate", "ministra per le Riforme istituzionali, ex presidente del Senato", "ministre italienne des Réformes institutionnelles, ancienne présidente du Sénat", "italienische Ministerin für institutionelle Reformen, ehemalige Senatspräsidentin", "ministra italiana de Reformas Institucionales, expresidenta del Senado"))
m("Francesco Lollobrigida", "IT", "Minister of Agriculture", "2022-10-22", None, "governo-it", party="Fratelli d'Italia")
m("Adolfo Urso", "IT", "Minister of Enterprises and Made in Italy", "2022-10-22", None, "governo-it", party="Fratelli d'Italia",
  desc=D("Italian Minister of Enterprises and Made in Italy", "ministro delle Imprese e del Made in Italy", "ministre italien des Entreprises et du Made in Italy", "italienischer Minister für Unternehmen und Made in Italy", "ministro italiano de Empresas y Made in Italy"))
m("Giuseppe Valditara", "IT", "Minister of Education", "2022-10-22", None, "governo-it", party="Lega")
m("Anna Maria Bernini", "IT", "Minister of Universities and Research", "2022-10-22", None, "governo-it", party="Forza Italia",
  desc=D("Italian Minister of Universities and Research", "ministra dell'Università e della Ricerca", "ministre italienne des Universités et de la Recherche", "italienische Ministerin für Universitäten und Forschung", "ministra italiana de Universidades e Investigación"))
m("Orazio Schillaci", "IT", "Minister of Health", "2022-10-22", None, "governo-it")
m("Gennaro Sangiuliano", "IT", "Minister of Culture", "2022-10-22", "2024-09-06", "governo-it")
m("Alessandro Giuli", "IT", "Minister of Culture", "2024-09-06", None, "governo-it")
m("Roberto Speranza", "IT", "Minister of Health", "2019-09-05", "2022-10-22", "governo-it")
m("Marta Cartabia", "IT", "Minister of Justice", "2021-02-13", "2022-10-22", "governo-it")
m("Alfonso Bonafede", "IT", "Minister of Justice", "2018-06-01", "2021-02-13", "governo-it", party="Movimento 5 Stelle")
add("Roberto Gualtieri", [("IT", OFF, "Minister of Economy and Finance", "2019-09-05", "2021-02-13", "governo-it"), ("IT", OFF, "Mayor of Rome", "2021-10", None, "official-sites")], party="Partito Democratico",
    desc=D("Mayor of Rome, former Italian Economy Minister", "sindaco di Roma, ex ministro dell'Economia", "maire de Rome, ancien ministre italien de l'Économie", "Bürgermeister von Rom, ehemaliger italienischer Wirtschafts- und Finanzminister", "alcalde de Roma, ex ministro italiano de Economía"))
m("Daniele Franco", "IT", "Minister of Economy and Finance", "2021-02-13", "2022-10-22", "governo-it")
m("Giovanni Tria", "IT", "Minister of Economy and Finance", "2018-06-01", "2019-09-05", "governo-it")
m("Pier Carlo Padoan", "IT", "Minister of Economy and Finance", "2014-02-22", "2018-06-01", "governo-it")
add("Angelino Alfano", [("IT", OFF, "Minister of the Interior", "2013-04-28", "2016-12-12", "governo-it"), ("IT", FM, "Minister of Foreign Affairs", "2016-12-12", "2018-06-01", "governo-it")])
m("Marco Minniti", "IT", "Minister of the Interior", "2016-12-12", "2018-06-01", "governo-it")
m("Elisabetta Trenta", "IT", "Minister of Defence", "2018-06-01", "2019-09-05", "governo-it")
m("Lorenzo Guerini", "IT", "Minister of Defence", "2019-09-05", "2022-10-22", "governo-it", party="Partito Democratico")
add("Enzo Moavero Milanesi", [("IT", FM, "Minister of Foreign Affairs", "2018-06-01", "2019-09-05", "governo-it")], weak=["Moavero"])
# France
m("Florence Parly", "FR", "Minister of the Armed Forces", "2017-06-21", "2022-05-20", "gouvernement-fr")
m("Gérard Collomb", "FR", "Minister of the Interior", "2017-05-17", "2018-10-03", "gouvernement-fr", aliases=["Gerard Collomb"])
m("Christophe Castaner", "FR", "Minister of the Interior", "2018-10-16", "2020-07-06", "gouvernement-fr")
m("Éric Dupond-Moretti", "FR", "Minister of Justice", "2020-07-06", "2024-09-21", "gouvernement-fr", aliases=["Eric Dupond-Moretti"])
m("Laurent Nuñez", "FR", "Minister of the Interior", "2025-10-12", None, "gouvernement-fr", aliases=["Laurent Nunez"])
for n, party, d in [
    ("Raphaël Glucksmann", "Place publique", D("French politician and MEP, co-founder of Place publique", "politico ed eurodeputato francese, cofondatore di Place publique", "homme politique et député européen français, cofondateur de Place publique", "französischer Politiker und Europaabgeordneter, Mitgründer von Place publique", "político y eurodiputado francés, cofundador de Place Publique")),
    ("Éric Ciotti", "Union des droites pour la République", D("French right-wing politician, leader of the UDR, former leader of Les Républicains", "politico francese di destra, leader dell'UDR, ex presidente dei Repubblicani", "homme politique français de droite, président de l'UDR, ancien président des Républicains", "französischer Rechtspolitiker, Chef der UDR, ehemaliger Vorsitzender der Républicains", "político francés de derecha, líder de la UDR, ex presidente de Los Republicanos")),
    ("Laurent Wauquiez", "Les Républicains", D("French politician of Les Républicains", "politico francese dei Repubblicani", "homme politique français (Les Républicains)", "französischer Politiker (Les Républicains)", "político francés (Los Republicanos)")),
    ("Olivier Faure", "Parti socialiste", D("First Secretary of the French Socialist Party", "primo segretario del Partito socialista francese", "premier secrétaire du Parti socialiste", "Erster Sekretär der französischen Sozialisten", "primer secretario del Partido Socialista francés")),
    ("Marine Tondelier", "Les Écologistes", D("National Secretary of the French ecologist party Les Écologistes", "segretaria nazionale del partito ecologista francese Les Écologistes", "secrétaire nationale des Écologistes", "Vorsitzende der französischen Partei Les Écologistes", "secretaria nacional del partido ecologista francés Les Écologistes")),
    ("Marion Maréchal", "Identité-Libertés", D("French far-right politician and MEP", "politica ed eurodeputata francese di estrema destra", "femme politique et députée européenne française d'extrême droite", "französische rechtsextreme Politikerin und Europaabgeordnete", "política y eurodiputada francesa de extrema derecha")),
]:
    add(n, [], aliases=[n.replace("é", "e").replace("ë", "e")] if n != n.replace("é", "e").replace("ë", "e") else None, party=party, country="FR", desc=d)
# Germany
add("Sigmar Gabriel", [("DE", FM, "Federal Foreign Minister", "2017-01-27", "2018-03-14", "bundesregierung")], party="SPD")
m("Thomas de Maizière", "DE", "Federal Minister of the Interior", "2013-12-17", "2018-03-14", "bundesregierung", aliases=["Thomas de Maiziere"], weak=["de Maizière"], surname=False, party="CDU")
m("Horst Seehofer", "DE", "Federal Minister of the Interior", "2018-03-14", "2021-12-08", "bundesregierung", party="CSU")
m("Peter Altmaier", "DE", "Federal Minister for Economic Affairs", "2018-03-14", "2021-12-08", "bundesregierung", party="CDU",
  desc=D("former German Economy Minister (2018-2021)", "ex ministro dell'Economia tedesco (2018-2021)", "ancien ministre allemand de l'Économie (2018-2021)", "ehemaliger Bundeswirtschaftsminister (2018–2021)", "ex ministro de Economía alemán (2018-2021)"))
m("Jens Spahn", "DE", "Federal Minister of Health", "2018-03-14", "2021-12-08", "bundesregierung", party="CDU",
  desc=D("German CDU politician, former Health Minister (2018-2021)", "politico tedesco della CDU, ex ministro della Salute (2018-2021)", "homme politique allemand (CDU), ancien ministre de la Santé (2018-2021)", "deutscher CDU-Politiker, ehemaliger Bundesgesundheitsminister (2018–2021)", "político alemán de la CDU, ex ministro de Sanidad (2018-2021)"))
m("Karl Lauterbach", "DE", "Federal Minister of Health", "2021-12-08", "2025-05-06", "bundesregierung", party="SPD")
m("Annegret Kramp-Karrenbauer", "DE", "Federal Minister of Defence", "2019-07-17", "2021-12-08", "bundesregierung", aliases=["AKK"], party="CDU")
m("Christine Lambrecht", "DE", "Federal Minister of Defence", "2021-12-08", "2023-01-19", "bundesregierung", party="SPD")
m("Katherina Reiche", "DE", "Federal Minister for Economic Affairs and Energy", "2025-05-06", None, "bundesregierung", party="CDU",
  desc=D("German Minister for Economic Affairs and Energy", "ministra tedesca dell'Economia e dell'Energia", "ministre allemande de l'Économie et de l'Énergie", "Bundesministerin für Wirtschaft und Energie", "ministra alemana de Economía y Energía"))
add("Armin Laschet", [("DE", OFF, "Minister-President of North Rhine-Westphalia", "2017-06-27", "2021-10-26", "official-sites")], party="CDU",
    desc=D("German CDU politician, former Minister-President of North Rhine-Westphalia", "politico tedesco della CDU, ex ministro-presidente della Renania Settentrionale-Vestfalia", "homme politique allemand (CDU), ancien ministre-président de Rhénanie-du-Nord-Westphalie", "deutscher CDU-Politiker, ehemaliger Ministerpräsident von Nordrhein-Westfalen", "político alemán de la CDU, ex ministro-presidente de Renania del Norte-Westfalia"))
# Spain
add("Pablo Iglesias", [("ES", OFF, "Second Deputy Prime Minister", "2020-01-13", "2021-03-31", "lamoncloa")], surname=False, party="Podemos",
    desc=D("Spanish politician, co-founder of Podemos, former Deputy Prime Minister", "politico spagnolo, cofondatore di Podemos, ex vicepremier", "homme politique espagnol, cofondateur de Podemos, ancien vice-président du gouvernement", "spanischer Politiker, Mitgründer von Podemos, ehemaliger Vize-Regierungschef", "político español, cofundador de Podemos, ex vicepresidente del Gobierno"))
add("Pablo Casado", [("ES", OFF, "President of the People's Party", "2018-07-21", "2022-04-02", "official-sites")], party="Partido Popular",
    desc=D("Spanish politician, former leader of the People's Party (2018-2022)", "politico spagnolo, ex leader del Partito Popolare (2018-2022)", "homme politique espagnol, ancien président du Parti populaire (2018-2022)", "spanischer Politiker, ehemaliger Vorsitzender der Volkspartei (2018–2022)", "político español, ex presidente del Partido Popular (2018-2022)"))
add("Arancha González Laya", [("ES", FM, "Minister of Foreign Affairs", "2020-01-13", "2021-07-12", "lamoncloa")], aliases=["Arancha Gonzalez Laya"], weak=["González Laya"], surname=False)
m("Carmen Calvo", "ES", "First Deputy Prime Minister", "2018-06-07", "2021-07-12", "lamoncloa", party="PSOE",
  desc=D("former First Deputy Prime Minister of Spain (2018-2021)", "ex prima vicepremier spagnola (2018-2021)", "ancienne première vice-présidente du gouvernement espagnol (2018-2021)", "ehemalige erste stellvertretende Regierungschefin Spaniens (2018–2021)", "ex vicepresidenta primera del Gobierno (2018-2021)"))
m("María Jesús Montero", "ES", "Minister of Finance", "2018-06-07", None, "lamoncloa", aliases=["Maria Jesus Montero"], party="PSOE")
m("Félix Bolaños", "ES", "Minister of the Presidency", "2021-07-12", None, "lamoncloa", aliases=["Felix Bolaños", "Felix Bolanos"], party="PSOE",
  desc=D("Spanish Minister of the Presidency and of Justice", "ministro spagnolo della Presidenza e della Giustizia", "ministre espagnol de la Présidence et de la Justice", "spanischer Minister für Präsidentschaft und Justiz", "ministro de la Presidencia y de Justicia"))
m("Carlos Cuerpo", "ES", "Minister of Economy", "2023-12-29", None, "lamoncloa")
m("Irene Montero", "ES", "Minister of Equality", "2020-01-13", "2023-11-21", "lamoncloa", party="Podemos",
  desc=D("Spanish Podemos politician, former Minister of Equality (2020-2023)", "politica spagnola di Podemos, ex ministra dell'Uguaglianza (2020-2023)", "femme politique espagnole (Podemos), ancienne ministre de l'Égalité (2020-2023)", "spanische Podemos-Politikerin, ehemalige Gleichstellungsministerin (2020–2023)", "política española de Podemos, exministra de Igualdad (2020-2023)"))
add("Oriol Junqueras", [], strong=["Junqueras"], surname=False, party="Esquerra Republicana de Catalunya", country="ES",
    desc=D("Catalan separatist politician, leader of ERC", "politico indipendentista catalano, leader di ERC", "homme politique indépendantiste catalan, président de l'ERC", "katalanischer Separatistenpolitiker, Vorsitzender der ERC", "político independentista catalán, presidente de ERC"))
# United Kingdom
m("Priti Patel", "GB", "Home Secretary", "2019-07-24", "2022-09-06", "gov-uk-ministers", party="Conservative Party")
add("Suella Braverman", [("GB", OFF, "Home Secretary", "2022-09-06", "2022-10-19", "gov-uk-ministers"), ("GB", OFF, "Home Secretary", "2022-10-25", "2023-11-13", "gov-uk-ministers")])
m("George Osborne", "GB", "Chancellor of the Exchequer", "2010-05-11", "2016-07-13", "gov-uk-ministers", party="Conservative Party")
m("Philip Hammond", "GB", "Chancellor of the Exchequer", "2016-07-13", "2019-07-24", "gov-uk-ministers", party="Conservative Party")
m("Sajid Javid", "GB", "Chancellor of the Exchequer", "2019-07-24", "2020-02-13", "gov-uk-ministers", party="Conservative Party")
m("Kwasi Kwarteng", "GB", "Chancellor of the Exchequer", "2022-09-06", "2022-10-14", "gov-uk-ministers", party="Conservative Party")
m("Ben Wallace", "GB", "Secretary of State for Defence", "2019-07-24", "2023-08-31", "gov-uk-ministers", party="Conservative Party")
m("Grant Shapps", "GB", "Secretary of State for Defence", "2023-08-31", "2024-07-05", "gov-uk-ministers", party="Conservative Party")
add("Jeremy Corbyn", [("GB", OFF, "Leader of the Labour Party", "2015-09-12", "2020-04-04", "official-sites")], strong=["Corbyn"], surname=False,
    desc=D("British politician, Leader of the Labour Party 2015-2020", "politico britannico, leader del Partito laburista 2015-2020", "homme politique britannique, chef du Parti travailliste de 2015 à 2020", "britischer Politiker, Labour-Vorsitzender 2015–2020", "político británico, líder del Partido Laborista 2015-2020"))
add("Nicola Sturgeon", [("GB", OFF, "First Minister of Scotland", "2014-11-20", "2023-03-29", "official-sites")], weak=["Sturgeon"], surname=False, party="Scottish National Party",
    desc=D("Scottish politician, First Minister of Scotland 2014-2023", "politica scozzese, prima ministra della Scozia 2014-2023", "femme politique écossaise, Première ministre d'Écosse de 2014 à 2023", "schottische Politikerin, Erste Ministerin Schottlands 2014–2023", "política escocesa, ministra principal de Escocia 2014-2023"))
add("Ed Davey", [("GB", OFF, "Leader of the Liberal Democrats", "2020-08-27", None, "official-sites")],
    desc=D("Leader of the UK Liberal Democrats", "leader dei Liberal Democratici britannici", "chef des libéraux-démocrates britanniques", "Vorsitzender der britischen Liberaldemokraten", "líder de los Liberal Demócratas británicos"))
# United States
m("Jake Sullivan", "US", "National Security Advisor", "2021-01-20", "2025-01-20", "whitehouse",
  desc=D("US National Security Advisor 2021-2025", "consigliere per la sicurezza nazionale degli Stati Uniti 2021-2025", "conseiller à la sécurité nationale des États-Unis de 2021 à 2025", "Nationaler Sicherheitsberater der USA 2021–2025", "asesor de Seguridad Nacional de EE. UU. 2021-2025"))
m("John Bolton", "US", "National Security Advisor", "2018-04-09", "2019-09-10", "whitehouse",
  desc=D("US National Security Advisor 2018-2019", "consigliere per la sicurezza nazionale degli Stati Uniti 2018-2019", "conseiller à la sécurité nationale des États-Unis de 2018 à 2019", "Nationaler Sicherheitsberater der USA 2018–2019", "asesor de Seguridad Nacional de EE. UU. 2018-2019"))
m("Nikki Haley", "US", "Ambassador to the United Nations", "2017-01-27", "2018-12-31", "state-dept", party="Republican Party",
  desc=D("US Republican politician, Ambassador to the UN 2017-2018", "politica repubblicana statunitense, ambasciatrice all'ONU 2017-2018", "femme politique républicaine américaine, ambassadrice à l'ONU de 2017 à 2018", "US-Politikerin (Republikaner), UN-Botschafterin 2017–2018", "política republicana estadounidense, embajadora ante la ONU 2017-2018"))
m("Merrick Garland", "US", "Attorney General", "2021-03-11", "2025-01-20", "official-sites",
  desc=D("US Attorney General 2021-2025", "procuratore generale degli Stati Uniti 2021-2025", "procureur général des États-Unis de 2021 à 2025", "US-Justizminister 2021–2025", "fiscal general de EE. UU. 2021-2025"))
m("Pam Bondi", "US", "Attorney General", "2025-02-05", None, "official-sites", party="Republican Party",
  desc=D("US Attorney General", "procuratrice generale degli Stati Uniti", "procureure générale des États-Unis", "US-Justizministerin", "fiscal general de EE. UU."))
m("Kash Patel", "US", "Director of the FBI", "2025-02-21", None, "official-sites",
  desc=D("Director of the FBI", "direttore dell'FBI", "directeur du FBI", "FBI-Direktor", "director del FBI"))
m("Christopher Wray", "US", "Director of the FBI", "2017-08-02", "2025-01-19", "official-sites",
  desc=D("Director of the FBI 2017-2025", "direttore dell'FBI 2017-2025", "directeur du FBI de 2017 à 2025", "FBI-Direktor 2017–2025", "director del FBI 2017-2025"))
m("Jim Mattis", "US", "Secretary of Defense", "2017-01-20", "2019-01-01", "official-sites", aliases=["James Mattis"])
m("Mark Esper", "US", "Secretary of Defense", "2019-07-23", "2020-11-09", "official-sites")
m("Howard Lutnick", "US", "Secretary of Commerce", "2025-02-21", None, "official-sites",
  desc=D("US Secretary of Commerce", "segretario al Commercio degli Stati Uniti", "secrétaire au Commerce des États-Unis", "US-Handelsminister", "secretario de Comercio de EE. UU."))
m("Ron DeSantis", "US", "Governor of Florida", "2019-01-08", None, "official-sites", party="Republican Party",
  desc=D("Governor of Florida", "governatore della Florida", "gouverneur de Floride", "Gouverneur von Florida", "gobernador de Florida"))
m("Gavin Newsom", "US", "Governor of California", "2019-01-07", None, "official-sites", party="Democratic Party",
  desc=D("Governor of California", "governatore della California", "gouverneur de Californie", "Gouverneur von Kalifornien", "gobernador de California"))
for n, party, d in [
    ("Bernie Sanders", "independent", D("US senator from Vermont, independent who caucuses with the Democrats", "senatore statunitense del Vermont, indipendente vicino ai democratici", "sénateur américain du Vermont, indépendant siégeant avec les démocrates", "US-Senator aus Vermont, Unabhängiger in der Fraktion der Demokraten", "senador estadounidense por Vermont, independiente afín a los demócratas")),
    ("Alexandria Ocasio-Cortez", "Democratic Party", D("US Democratic congresswoman from New York", "deputata democratica statunitense di New York", "représentante démocrate américaine de New York", "US-Abgeordnete der Demokraten aus New York", "congresista demócrata estadounidense por Nueva York")),
    ("Lindsey Graham", "Republican Party", D("US Republican senator from South Carolina", "senatore repubblicano statunitense della Carolina del Sud", "sénateur républicain américain de Caroline du Sud", "republikanischer US-Senator aus South Carolina", "senador republicano estadounidense por Carolina del Sur")),
    ("Steve Bannon", "Republican Party", D("US political strategist, former chief strategist of President Trump", "stratega politico statunitense, ex capo stratega del presidente Trump", "stratège politique américain, ancien conseiller stratégique du président Trump", "US-Politstratege, ehemaliger Chefstratege von Präsident Trump", "estratega político estadounidense, ex estratega jefe del presidente Trump")),
]:
    add(n, [], weak=["AOC"] if n == "Alexandria Ocasio-Cortez" else ["Sanders"] if n == "Bernie Sanders" else None, party=party, country="US", desc=d)
# Russia
m("Sergei Sobyanin", "RU", "Mayor of Moscow", "2010-10-21", None, "official-sites", labels=D("Sergei Sobyanin", "Sergej Sobjanin", "Sergueï Sobianine", "Sergei Sobjanin", "Serguéi Sobianin"), aliases=A(["Sergei Sobyanin", "Sergey Sobyanin"]), weak=["Sobianine", "Sobjanin"],
  desc=D("Mayor of Moscow", "sindaco di Mosca", "maire de Moscou", "Bürgermeister von Moskau", "alcalde de Moscú"))
m("Valentina Matviyenko", "RU", "Chairwoman of the Federation Council", "2011-09-21", None, "kremlin", labels=D("Valentina Matviyenko", "Valentina Matvienko", "Valentina Matvienko", "Walentina Matwijenko", "Valentina Matviyenko"), aliases=A(["Valentina Matviyenko", "Valentina Matvienko"]), weak=["Matvienko", "Matwijenko"],
  desc=D("Chairwoman of the Russian Federation Council", "presidente del Consiglio federale russo", "présidente du Conseil de la Fédération de Russie", "Vorsitzende des russischen Föderationsrats", "presidenta del Consejo de la Federación de Rusia"))
m("Anton Siluanov", "RU", "Minister of Finance", "2011-12-16", None, "kremlin", labels=D("Anton Siluanov", "Anton Siluanov", "Anton Silouanov", "Anton Siluanow", "Antón Siluánov"), aliases=A(["Anton Siluanov"]), weak=["Silouanov", "Siluanow"])
m("Sergei Naryshkin", "RU", "Director of the Foreign Intelligence Service", "2016-10-05", None, "kremlin", labels=D("Sergei Naryshkin", "Sergej Naryškin", "Sergueï Narychkine", "Sergei Naryschkin", "Serguéi Narishkin"), aliases=A(["Sergei Naryshkin", "Sergey Naryshkin"]), weak=["Narychkine", "Naryschkin", "Narishkin"],
  desc=D("Director of the Russian Foreign Intelligence Service (SVR)", "direttore dei servizi segreti esteri russi (SVR)", "directeur du renseignement extérieur russe (SVR)", "Direktor des russischen Auslandsgeheimdienstes SWR", "director del Servicio de Inteligencia Exterior ruso (SVR)"))
m("Alexander Bortnikov", "RU", "Director of the Federal Security Service", "2008-05-12", None, "kremlin", labels=D("Alexander Bortnikov", "Aleksandr Bortnikov", "Alexandre Bortnikov", "Alexander Bortnikow", "Alexandr Bórtnikov"), aliases=A(["Alexander Bortnikov", "Aleksandr Bortnikov"]), weak=["Bortnikow"],
  desc=D("Director of the Russian Federal Security Service (FSB)", "direttore del servizio di sicurezza federale russo (FSB)", "directeur du Service fédéral de sécurité russe (FSB)", "Direktor des russischen Inlandsgeheimdienstes FSB", "director del Servicio Federal de Seguridad ruso (FSB)"))
for n, lab, d in [
    ("Yuri Ushakov", D("Yuri Ushakov", "Jurij Ušakov", "Iouri Ouchakov", "Juri Uschakow", "Yuri Ushakov"), D("foreign policy aide to the Russian President", "consigliere di politica estera del presidente russo", "conseiller diplomatique du président russe", "außenpolitischer Berater des russischen Präsidenten", "asesor de política exterior del presidente ruso")),
    ("Kirill Dmitriev", D("Kirill Dmitriev", "Kirill Dmitriev", "Kirill Dmitriev", "Kirill Dmitrijew", "Kiril Dmítriev"), D("head of the Russian Direct Investment Fund and Kremlin envoy", "capo del Fondo russo per gli investimenti diretti e inviato del Cremlino", "patron du Fonds russe d'investissement direct et émissaire du Kremlin", "Chef des Russischen Direktinvestitionsfonds und Kreml-Gesandter", "director del Fondo Ruso de Inversión Directa y enviado del Kremlin")),
    ("Vladimir Medinsky", D("Vladimir Medinsky", "Vladimir Medinskij", "Vladimir Medinski", "Wladimir Medinski", "Vladímir Medinski"), D("aide to the Russian President, head of Russia's delegation at the 2022 and 2025 Istanbul talks", "consigliere del presidente russo, capo delegazione ai negoziati di Istanbul del 2022 e del 2025", "conseiller du président russe, chef de la délégation russe aux pourparlers d'Istanbul de 2022 et 2025", "Berater des russischen Präsidenten, Delegationsleiter bei den Istanbuler Gesprächen 2022 und 2025", "asesor del presidente ruso, jefe de la delegación rusa en las negociaciones de Estambul de 2022 y 2025")),
    ("Yulia Navalnaya", D("Yulia Navalnaya", "Julija Naval'naja", "Ioulia Navalnaïa", "Julija Nawalnaja", "Yulia Naválnaya"), D("Russian opposition figure, widow of Alexei Navalny", "oppositrice russa, vedova di Alexei Navalny", "opposante russe, veuve d'Alexeï Navalny", "russische Oppositionelle, Witwe von Alexei Nawalny", "opositora rusa, viuda de Alexéi Navalni")),
]:
    add(n, [], labels=lab, aliases=A([n], **{l: [lab[l]] for l in ["it", "fr", "de", "es"]}), weak=sorted({lab[l].split(" ")[-1] for l in L} - {n.split(" ")[-1]}), country="RU", desc=d)
add("Patriarch Kirill", [], labels=D("Patriarch Kirill", "patriarca Kirill", "patriarche Kirill", "Patriarch Kyrill", "patriarca Kiril"), aliases=A(["Patriarch Kirill of Moscow"], it=["Patriarca Kirill", "Kirill di Mosca"], fr=["Patriarche Kirill", "Kirill de Moscou"], de=["Patriarch Kirill"], es=["Patriarca Kirill"]), weak=["Kirill", "Kyrill"], surname=False, country="RU",
    desc=D("Patriarch of Moscow and all Rus', head of the Russian Orthodox Church", "patriarca di Mosca e di tutte le Russie, capo della Chiesa ortodossa russa", "patriarche de Moscou et de toutes les Russies, chef de l'Église orthodoxe russe", "Patriarch von Moskau und der ganzen Rus, Oberhaupt der Russisch-Orthodoxen Kirche", "patriarca de Moscú y de todas las Rusias, jefe de la Iglesia ortodoxa rusa"))
# Ukraine
m("Oleksii Reznikov", "UA", "Minister of Defence", "2021-11-04", "2023-09-06", "official-sites", labels=D("Oleksii Reznikov", "Oleksij Reznikov", "Oleksiï Reznikov", "Oleksij Resnikow", "Oleksí Réznikov"), aliases=A(["Oleksii Reznikov", "Oleksiy Reznikov"]), weak=["Resnikow"])
for n, lab, d in [
    ("Mykhailo Podolyak", D("Mykhailo Podolyak", "Mychajlo Podoljak", "Mykhaïlo Podoliak", "Mychajlo Podoljak", "Mijailo Podoliak"), D("adviser to the head of the Office of the President of Ukraine", "consigliere dell'ufficio presidenziale ucraino", "conseiller du chef du bureau du président ukrainien", "Berater im ukrainischen Präsidialamt", "asesor de la Oficina del Presidente de Ucrania")),
    ("Olena Zelenska", D("Olena Zelenska", "Olena Zelens'ka", "Olena Zelenska", "Olena Selenska", "Olena Zelenska"), D("First Lady of Ukraine", "first lady dell'Ucraina", "première dame d'Ukraine", "First Lady der Ukraine", "primera dama de Ucrania")),
]:
    add(n, [], labels=lab, aliases=A([n], **{l: [lab[l]] for l in ["it", "fr", "de", "es"]}), weak=sorted({lab[l].split(" ")[-1] for l in L} - {"Zelenska"}) if n != "Olena Zelenska" else None, surname=n != "Olena Zelenska", country="UA", desc=d)
# Israel
m("Avigdor Lieberman", "IL", "Minister of Defence", "2016-05-30", "2018-11", "official-sites", aliases=["Avigdor Liberman"], party="Yisrael Beiteinu")
add("Eli Cohen", [("IL", FM, "Minister of Foreign Affairs", "2022-12-29", "2024-01-01", "official-sites")], surname=False, party="Likud")
m("Herzi Halevi", "IL", "Chief of the General Staff", "2023-01-16", "2025-03-05", "official-sites", weak=["Halevi"], surname=False)
m("Eyal Zamir", "IL", "Chief of the General Staff", "2025-03-05", None, "official-sites")

# Heads of state and government in office on 2024-06-01 that the Factbook (current holders only) and the
# Wikidata query (years only) leave out, and predecessors since 2015 in the G20 and the larger European states.
# Where the Factbook gives the president as head of government too, so do these terms (as for the US).
def pres(c, office, f, t, src="official-sites"): return [(c, HOS, office, f, t, src), (c, HOG, office, f, t, src)]
def more(name, terms): add(name, terms, surname=False)  # terms for someone defined above
# Africa
add("Nana Akufo-Addo", pres("GH", "President of Ghana", "2017-01-07", "2025-01-07"), aliases=["Nana Addo Dankwa Akufo-Addo"])
add("Andry Rajoelina", [("MG", HOS, "President of the High Transitional Authority of Madagascar", "2009-03", "2014-01-25", "britannica"), ("MG", HOS, "President of Madagascar", "2019-01-19", "2023-09", "britannica"), ("MG", HOS, "President of Madagascar", "2023-12-16", "2025-10", "britannica")])
add("Christian Ntsay", [("MG", HOG, "Prime Minister of Madagascar", "2018-06", "2025-10", "britannica")])
add("Michael Randrianirina", [("MG", HOS, "President of Madagascar", "2025-10-17", None, "official-sites")])
add("Brice Clotaire Oligui Nguema", [("GA", HOS, "President of Gabon", "2023-09-04", None, "official-sites")], aliases=["Brice Oligui Nguema"], surname=False, weak=["Oligui Nguema"])
add("Mamady Doumbouya", [("GN", HOS, "President of Guinea", "2021-10-01", None, "official-sites")])
add("Alassane Ouattara", [("CI", HOS, "President of Côte d'Ivoire", "2010-12-04", None, "official-sites")])
add("Mohamed Bazoum", [("NE", HOS, "President of Niger", "2021-04-02", "2023-07-26", "britannica")])
add("Abdourahamane Tchiani", [("NE", HOS, "President of the National Council for the Safeguard of the Homeland", "2023-07-28", None, "factbook")], aliases=["Abdourahamane Tiani", "Abdourahmane Tchiani", "Abdourahame Tiani"], weak=["Tiani"])
add("Abdel Fattah al-Burhan", [("SD", HOS, "Chairman of the Transitional Military Council", "2019-04-12", "2019-08-21", "britannica"), ("SD", HOS, "Chairman of the Transitional Sovereignty Council", "2019-08-21", None, "britannica")],
    aliases=A(["Abdel Fattah al-Burhan", "Abdel Fattah Burhan", "Abdel-Fattah al-Burhan"], fr=["Abdel Fattah al-Burhane"], es=["Abdelfatah al Burhan"]), weak=["al-Burhan", "Burhan", "al-Burhane", "Burhane"], surname=False)
add("Sahle-Work Zewde", [("ET", HOS, "President of Ethiopia", "2018-10-25", "2024-10-07", "official-sites")], aliases=["Sahle Work Zewde"], surname=False)
add("Cyril Ramaphosa", pres("ZA", "President of South Africa", "2018-02-15", None))
more("Nelson Mandela", [("ZA", HOG, "President of South Africa", "1994-05-10", "1999-06-14", "britannica")])
more("Thabo Mbeki", [("ZA", HOG, "President of South Africa", "1999-06-14", "2008-09-25", "britannica")])
add("Kgalema Motlanthe", pres("ZA", "President of South Africa", "2008-09-25", "2009-05-09", "britannica"))
more("Jacob Zuma", [("ZA", HOG, "President of South Africa", "2009-05-09", "2018-02-14", "britannica")])
add("Mokgweetsi Masisi", pres("BW", "President of Botswana", "2018-04-01", "2024-11-01"))
add("Lazarus Chakwera", pres("MW", "President of Malawi", "2020-06-28", "2025-10-04"))
add("Wavel Ramkalawan", pres("SC", "President of Seychelles", "2020-10-26", "2025-10-26"))
add("Rui Duarte de Barros", [("GW", HOG, "Prime Minister of Guinea-Bissau", "2023-12", "2025-08", "official-sites")], surname=False)
# The Factbook's interim prime minister since November 2025, named here so that its entry is not matched to his predecessor.
add("Ilídio Vieira Té", [], aliases=["Ilidio Vieira Te"], surname=False)
add("Choguel Kokalla Maïga", [("ML", HOG, "Prime Minister of Mali", "2021-06", "2024-11", "official-sites")], aliases=["Choguel Maïga", "Choguel Maiga"])
add("Apollinaire Joachim Kyélem de Tambèla", [("BF", HOG, "Prime Minister of Burkina Faso", "2022-10-21", "2024-12", "official-sites")], aliases=["Apollinaire Kyélem de Tambèla", "Apollinaire Joachim Kyelem de Tambela"], weak=["Kyélem de Tambèla"], surname=False)
# Asia and the Pacific
add("Joko Widodo", pres("ID", "President of Indonesia", "2014-10-20", "2024-10-20"), strong=["Jokowi"])
add("Ranil Wickremesinghe", pres("LK", "President of Sri Lanka", "2022-07-21", "2024-09-23"))
add("Min Aung Hlaing", [("MM", HOG, "Prime Minister of Myanmar", "2021-08-01", "2025-07-31", "britannica")], surname=False)
add("Sheikh Hasina", [("BD", HOG, "Prime Minister of Bangladesh", "1996-06-23", "2001-07-15", "official-sites"), ("BD", HOG, "Prime Minister of Bangladesh", "2009-01-06", "2024-08-05", "official-sites")], aliases=["Sheikh Hasina Wazed"], weak=["Hasina"], surname=False)
add("Mohammad Mokhber", [("IR", HOG, "Acting President of Iran", "2024-05-20", "2024-07-28", "britannica")])
add("Charlot Salwai", [("VU", HOG, "Prime Minister of Vanuatu", "2016-02-11", "2020-04-20", "official-sites"), ("VU", HOG, "Prime Minister of Vanuatu", "2023-10", "2025-02-11", "official-sites")], aliases=["Charlot Salwai Tabimasmas"])
add("Hwang Kyo-ahn", [("KR", HOG, "Prime Minister of South Korea", "2015-06-18", "2017-05-11", "official-sites"), ("KR", HOS, "Acting President of South Korea", "2016-12-09", "2017-05-10", "official-sites")], surname=False)
add("Lee Nak-yon", [("KR", HOG, "Prime Minister of South Korea", "2017-05-31", "2020-01-14", "official-sites")], aliases=["Lee Nak-yeon"], surname=False)
add("Chung Sye-kyun", [("KR", HOG, "Prime Minister of South Korea", "2020-01-14", "2021-04", "official-sites")], surname=False)
add("Kim Boo-kyum", [("KR", HOG, "Prime Minister of South Korea", "2021-05-14", "2022-05", "official-sites")], surname=False)
add("Han Duck-soo", [("KR", HOG, "Prime Minister of South Korea", "2022-05-21", "2024-12-27", "official-sites"), ("KR", HOG, "Prime Minister of South Korea", "2025-03-24", "2025-05", "official-sites"),
                     ("KR", HOS, "Acting President of South Korea", "2024-12-14", "2024-12-27", "official-sites"), ("KR", HOS, "Acting President of South Korea", "2025-03-24", "2025-05", "official-sites")], surname=False)
add("Choi Sang-mok", [("KR", HOS, "Acting President of South Korea", "2024-12-27", "2025-03-24", "official-sites"), ("KR", HOG, "Acting Prime Minister of South Korea", "2024-12-27", "2025-03-24", "official-sites")], surname=False)
add("Lee Ju-ho", [("KR", HOS, "Acting President of South Korea", "2025-05", "2025-06-04", "official-sites")], surname=False)
add("Akihito", [("JP", HOS, "Emperor of Japan", "1989-01-07", "2019-05-01", "britannica")], aliases=["Emperor Akihito"], surname=False)
add("Pranab Mukherjee", [("IN", HOS, "President of India", "2012-07-25", "2017-07-25", "official-sites")])
add("Ram Nath Kovind", [("IN", HOS, "President of India", "2017-07-25", "2022-07-25", "official-sites")])
add("Abdullah bin Abdulaziz Al Saud", [("SA", HOS, "King of Saudi Arabia", "2005-08-01", "2015-01-23", "britannica"), ("SA", HOG, "Prime Minister of Saudi Arabia", "2005-08-01", "2015-01-23", "britannica")], aliases=["Abdullah bin Abdulaziz"], surname=False)
# The Americas
add("Laurentino Cortizo", pres("PA", "President of Panama", "2019-07-01", "2024-07-01"))
add("Pedro Castillo", pres("PE", "President of Peru", "2021-07-28", "2022-12-07"))
add("Dina Boluarte", pres("PE", "President of Peru", "2022-12-07", "2025-10-10"))
# The end is the month the Factbook's interim president took over (5 January 2026).
add("Nicolás Maduro", pres("VE", "President of Venezuela", "2013-04-19", "2026-01", "britannica"), aliases=["Nicolas Maduro"])
add("Chan Santokhi", pres("SR", "President of Suriname", "2020-07-16", "2025-07-16"))
add("Luis Arce", pres("BO", "President of Bolivia", "2020-11-08", "2025-11-08"))
add("Luis Lacalle Pou", pres("UY", "President of Uruguay", "2020-03-01", "2025-03-01"), surname=False, weak=["Lacalle Pou"])
for n, f, t in [("Carlos Menem", "1989-07-08", "1999-12-10"), ("Fernando de la Rúa", "1999-12-10", "2001-12"), ("Eduardo Duhalde", "2002-01-02", "2003-05-25"), ("Néstor Kirchner", "2003-05-25", "2007-12-10"),
                ("Cristina Fernández de Kirchner", "2007-12-10", "2015-12-10"), ("Mauricio Macri", "2015-12-10", "2019-12-10"), ("Alberto Fernández", "2019-12-10", "2023-12-10")]:
    more(n, [("AR", HOG, "President of Argentina", f, t, "official-sites")])
# Europe
add("Elizabeth II", [(c, HOS, o, "1952-02-06", "2022-09-08", "britannica") for c, o in [("GB", "Queen of the United Kingdom"), ("CA", "Queen of Canada"), ("AU", "Queen of Australia")]], aliases=["Queen Elizabeth II"], surname=False)
add("Margrethe II", [("DK", HOS, "Queen of Denmark", "1972-01-14", "2024-01-14", "britannica")], aliases=["Queen Margrethe II", "Margrethe II of Denmark"], surname=False)
add("Helle Thorning-Schmidt", [("DK", HOG, "Prime Minister of Denmark", "2011-10-03", "2015-06-28", "official-sites")])
add("Lars Løkke Rasmussen", [("DK", HOG, "Prime Minister of Denmark", "2009-04-05", "2011-10-03", "official-sites"), ("DK", HOG, "Prime Minister of Denmark", "2015-06-28", "2019-06-27", "official-sites")], surname=False, weak=["Løkke"])
add("Guðni Th. Jóhannesson", [("IS", HOS, "President of Iceland", "2016-08-01", "2024-08-01", "official-sites")], aliases=["Gudni Th. Johannesson", "Guðni Jóhannesson", "Gudni Johannesson"])
add("Andrej Kiska", [("SK", HOS, "President of Slovakia", "2014-06-15", "2019-06-15", "official-sites")])
add("Zuzana Čaputová", [("SK", HOS, "President of Slovakia", "2019-06-15", "2024-06-15", "official-sites")], aliases=["Zuzana Caputova"])
add("Erna Solberg", [("NO", HOG, "Prime Minister of Norway", "2013-10-16", "2021-10-14", "official-sites")])
add("Jonas Gahr Støre", [("NO", HOG, "Prime Minister of Norway", "2021-10-14", None, "official-sites")], aliases=["Jonas Gahr Store"], surname=False)
add("Miloš Zeman", [("CZ", HOS, "President of the Czech Republic", "2013-03-08", "2023-03-09", "official-sites")], aliases=["Milos Zeman"])
add("Bohuslav Sobotka", [("CZ", HOG, "Prime Minister of the Czech Republic", "2014-01", "2017-12-06", "official-sites")])
add("Andrej Babiš", [("CZ", HOG, "Prime Minister of the Czech Republic", "2017-12-06", "2021-11-28", "official-sites")], aliases=["Andrej Babis"])
add("Petr Fiala", [("CZ", HOG, "Prime Minister of the Czech Republic", "2021-11-28", "2025-12-09", "official-sites")])
add("Klaus Iohannis", [("RO", HOS, "President of Romania", "2014-12-21", "2025-02-12", "official-sites")], aliases=["Klaus Johannis"])
add("Ilie Bolojan", [("RO", HOS, "Acting President of Romania", "2025-02-12", "2025-05-26", "official-sites"), ("RO", HOG, "Prime Minister of Romania", "2025-06-23", None, "official-sites")])
for n, f, t, al in [("Victor Ponta", "2012-05-07", "2015-11", None), ("Dacian Cioloș", "2015-11-17", "2017-01-04", ["Dacian Ciolos"]), ("Sorin Grindeanu", "2017-01-04", "2017-06-29", None),
                    ("Mihai Tudose", "2017-06-29", "2018-01", None), ("Viorica Dăncilă", "2018-01-29", "2019-11-04", ["Viorica Dancila"]), ("Ludovic Orban", "2019-11-04", "2020-12-07", None),
                    ("Nicolae Ciucă", "2020-12-07", "2020-12-23", ["Nicolae Ciuca"]), ("Florin Cîțu", "2020-12-23", "2021-11-25", ["Florin Citu"]), ("Nicolae Ciucă", "2021-11-25", "2023-06-15", None)]:
    add(n, [("RO", HOG, "Prime Minister of Romania", f, t, "official-sites")], aliases=al)
add("Marcel Ciolacu", [("RO", HOG, "Prime Minister of Romania", "2023-06-15", "2025-05", "official-sites")])
add("János Áder", [("HU", HOS, "President of Hungary", "2012-05-10", "2022-05-10", "official-sites")], aliases=["Janos Ader"])
add("Katalin Novák", [("HU", HOS, "President of Hungary", "2022-05-10", "2024-02-26", "official-sites")], aliases=["Katalin Novak"])
for n, f, t in [("Karolos Papoulias", "2005-03-12", "2015-03-13"), ("Prokopis Pavlopoulos", "2015-03-13", "2020-03-13"), ("Katerina Sakellaropoulou", "2020-03-13", "2025-03-13")]:
    add(n, [("GR", HOS, "President of Greece", f, t, "official-sites")])
add("Antonis Samaras", [("GR", HOG, "Prime Minister of Greece", "2012-06-20", "2015-01-26", "official-sites")])
add("Alexis Tsipras", [("GR", HOG, "Prime Minister of Greece", "2015-01-26", "2015-08-27", "official-sites"), ("GR", HOG, "Prime Minister of Greece", "2015-09-21", "2019-07-08", "official-sites")], strong=["Tsipras"], surname=False)
add("Vassiliki Thanou", [("GR", HOG, "Prime Minister of Greece", "2015-08-27", "2015-09-21", "official-sites")], aliases=["Vassiliki Thanou-Christophilou"])
add("Kyriakos Mitsotakis", [("GR", HOG, "Prime Minister of Greece", "2019-07-08", "2023-05-25", "official-sites")])
add("Ioannis Sarmas", [("GR", HOG, "Prime Minister of Greece", "2023-05-25", "2023-06-26", "official-sites")])
add("Heinz Fischer", [("AT", HOS, "Federal President of Austria", "2004-07-08", "2016-07-08", "official-sites")])
for n, f, t in [("Werner Faymann", "2008-12-02", "2016-05-09"), ("Reinhold Mitterlehner", "2016-05-09", "2016-05-17"), ("Christian Kern", "2016-05-17", "2017-12-18"), ("Sebastian Kurz", "2017-12-18", "2019-05-28"),
                ("Hartwig Löger", "2019-05-28", "2019-06-03"), ("Brigitte Bierlein", "2019-06-03", "2020-01-07"), ("Sebastian Kurz", "2020-01-07", "2021-10-11"), ("Alexander Schallenberg", "2021-10-11", "2021-12-06"),
                ("Karl Nehammer", "2021-12-06", "2025-01-10"), ("Alexander Schallenberg", "2025-01-10", "2025-03-03")]:
    add(n, [("AT", HOG, "Federal Chancellor of Austria", f, t, "official-sites")], aliases=["Hartwig Loger"] if n == "Hartwig Löger" else None)
add("Sophie Wilmès", [("BE", HOG, "Prime Minister of Belgium", "2019-10-27", "2020-10-01", "official-sites")], aliases=["Sophie Wilmes"])
add("Alexander De Croo", [("BE", HOG, "Prime Minister of Belgium", "2020-10-01", "2025-02-03", "official-sites")], surname=False, weak=["De Croo"])
add("Dick Schoof", [("NL", HOG, "Prime Minister of the Netherlands", "2024-07-02", None, "official-sites")])
add("Sauli Niinistö", [("FI", HOS, "President of Finland", "2012-03-01", "2024-03-01", "official-sites")], aliases=["Sauli Niinisto"])
for n, f, t in [("Alexander Stubb", "2014-06-24", "2015-05-29"), ("Juha Sipilä", "2015-05-29", "2019-06-06"), ("Antti Rinne", "2019-06-06", "2019-12-10"), ("Sanna Marin", "2019-12-10", "2023-06-20")]:
    add(n, [("FI", HOG, "Prime Minister of Finland", f, t, "official-sites")], aliases=["Juha Sipila"] if n == "Juha Sipilä" else None)
add("Stefan Löfven", [("SE", HOG, "Prime Minister of Sweden", "2014-10-03", "2021-11-30", "official-sites")], aliases=["Stefan Lofven"])
add("Magdalena Andersson", [("SE", HOG, "Prime Minister of Sweden", "2021-11-30", "2022-10-18", "official-sites")])
add("Bronisław Komorowski", [("PL", HOS, "President of Poland", "2010-08-06", "2015-08-06", "official-sites")], aliases=["Bronislaw Komorowski"])
add("Andrzej Duda", [("PL", HOS, "President of Poland", "2015-08-06", "2025-08-06", "official-sites")])
add("Donald Tusk", [("PL", HOG, "Prime Minister of Poland", "2007-11-16", "2014-09-22", "official-sites"), ("PL", HOG, "Prime Minister of Poland", "2023-12-13", None, "official-sites")])
for n, f, t in [("Ewa Kopacz", "2014-09-22", "2015-11-16"), ("Beata Szydło", "2015-11-16", "2017-12-11"), ("Mateusz Morawiecki", "2017-12-11", "2023-12-13")]:
    add(n, [("PL", HOG, "Prime Minister of Poland", f, t, "official-sites")], aliases=["Beata Szydlo"] if n == "Beata Szydło" else None)
add("Aníbal Cavaco Silva", [("PT", HOS, "President of Portugal", "2006-03-09", "2016-03-09", "official-sites")], aliases=["Anibal Cavaco Silva", "Cavaco Silva"], surname=False)
add("Pedro Passos Coelho", [("PT", HOG, "Prime Minister of Portugal", "2011-06-21", "2015-11-26", "official-sites")], weak=["Passos Coelho"], surname=False)
add("Michael D. Higgins", [("IE", HOS, "President of Ireland", "2011-11-11", "2025-11-11", "official-sites")], aliases=["Michael Higgins"])
add("Enda Kenny", [("IE", HOG, "Taoiseach", "2011-03-09", "2017-06-14", "official-sites")])
add("Leo Varadkar", [("IE", HOG, "Taoiseach", "2017-06-14", "2020-06-27", "official-sites"), ("IE", HOG, "Taoiseach", "2022-12-17", "2024-04-09", "official-sites")])
add("Micheál Martin", [("IE", HOG, "Taoiseach", "2020-06-27", "2022-12-17", "official-sites"), ("IE", HOG, "Taoiseach", "2025-01-23", None, "official-sites")], aliases=["Michael Martin"], surname=False)
add("Simon Harris", [("IE", HOG, "Taoiseach", "2024-04-09", "2025-01-23", "official-sites")])
add("Pietro Grasso", [("IT", HOS, "Acting President of the Italian Republic", "2015-01-14", "2015-02-03", "quirinale")], surname=False)
add("Daniel Risch", [("LI", HOG, "Prime Minister of Liechtenstein", "2021-03-25", "2025-04-10", "official-sites")])
add("Albin Kurti", [("XK", HOG, "Prime Minister of Kosovo", "2020-02-03", "2020-06-03", "official-sites"), ("XK", HOG, "Prime Minister of Kosovo", "2021-03-22", None, "official-sites")])
add("Dimitar Kovačevski", [("MK", HOG, "Prime Minister of North Macedonia", "2022-01-17", "2024-01-28", "official-sites")], aliases=["Dimitar Kovacevski"])
add("Talat Xhaferi", [("MK", HOG, "Prime Minister of North Macedonia", "2024-01-28", "2024-06-23", "official-sites")])

# Figures named in the gold articles (Argentina 2022, France 2015, Zimbabwe 2017, Russia 2024, Spain 2025).
add("Aníbal Fernández", [("AR", OFF, "Chief of the Cabinet of Ministers", "2009-07", "2011-12-10", "official-sites"), ("AR", OFF, "Chief of the Cabinet of Ministers", "2015-02", "2015-12-10", "official-sites"), ("AR", OFF, "Minister of Security", "2021-09-20", "2023-12-10", "official-sites")],
    aliases=["Anibal Fernandez"], surname=False, party="Partido Justicialista",
    desc=D("Argentine Peronist politician, Minister of Security 2021-2023 and twice Chief of the Cabinet of Ministers", "politico peronista argentino, ministro della Sicurezza 2021-2023 e due volte capo di gabinetto dei ministri", "homme politique péroniste argentin, ministre de la Sécurité de 2021 à 2023 et deux fois chef du cabinet des ministres", "argentinischer peronistischer Politiker, Sicherheitsminister 2021–2023 und zweimal Kabinettschef", "político peronista argentino, ministro de Seguridad 2021-2023 y dos veces jefe de Gabinete de Ministros"))
add("Jorge Capitanich", [("AR", OFF, "Governor of Chaco Province", "2007-12-10", "2013-11", "official-sites"), ("AR", OFF, "Chief of the Cabinet of Ministers", "2013-11", "2015-02", "official-sites"), ("AR", OFF, "Governor of Chaco Province", "2019-12-10", "2023-12-10", "official-sites")],
    party="Partido Justicialista",
    desc=D("Argentine Peronist politician, Governor of Chaco and former Chief of the Cabinet of Ministers", "politico peronista argentino, governatore del Chaco ed ex capo di gabinetto dei ministri", "homme politique péroniste argentin, gouverneur du Chaco et ancien chef du cabinet des ministres", "argentinischer peronistischer Politiker, Gouverneur von Chaco und ehemaliger Kabinettschef", "político peronista argentino, gobernador del Chaco y ex jefe de Gabinete de Ministros"))
add("Martín Guzmán", [("AR", OFF, "Minister of Economy", "2019-12-10", "2022-07-02", "official-sites")], aliases=["Martin Guzman"],
    desc=D("Argentine economist, Minister of Economy 2019-2022", "economista argentino, ministro dell'Economia 2019-2022", "économiste argentin, ministre de l'Économie de 2019 à 2022", "argentinischer Ökonom, Wirtschaftsminister 2019–2022", "economista argentino, ministro de Economía 2019-2022"))
add("Máximo Kirchner", [], aliases=["Maximo Kirchner"], surname=False, party="Partido Justicialista", country="AR",
    desc=D("Argentine politician, national deputy and leader of La Cámpora, son of Néstor Kirchner and Cristina Fernández de Kirchner", "politico argentino, deputato nazionale e leader di La Cámpora, figlio di Néstor Kirchner e Cristina Fernández de Kirchner", "homme politique argentin, député national et chef de La Cámpora, fils de Néstor Kirchner et de Cristina Fernández de Kirchner", "argentinischer Politiker, Abgeordneter und Anführer von La Cámpora, Sohn von Néstor Kirchner und Cristina Fernández de Kirchner", "político argentino, diputado nacional y líder de La Cámpora, hijo de Néstor Kirchner y Cristina Fernández de Kirchner"))
add("Aurélie Filippetti", [("FR", OFF, "Minister of Culture and Communication", "2012-05-16", "2014-08-26", "gouvernement-fr")], aliases=["Aurelie Filippetti", "Aurélie Filipetti"],
    desc=D("French politician, Minister of Culture and Communication 2012-2014", "politica francese, ministra della Cultura e della Comunicazione 2012-2014", "femme politique française, ministre de la Culture et de la Communication de 2012 à 2014", "französische Politikerin, Kultur- und Kommunikationsministerin 2012–2014", "política francesa, ministra de Cultura y Comunicación 2012-2014"))
add("Patrick Devedjian", [("FR", OFF, "President of the Departmental Council of Hauts-de-Seine", "2007", "2020-03", "official-sites")], party="Les Républicains",
    desc=D("French politician (1944-2020), former minister and President of the Hauts-de-Seine departmental council", "politico francese (1944-2020), ex ministro e presidente del consiglio dipartimentale dell'Hauts-de-Seine", "homme politique français (1944-2020), ancien ministre et président du conseil départemental des Hauts-de-Seine", "französischer Politiker (1944–2020), ehemaliger Minister und Präsident des Departementsrats von Hauts-de-Seine", "político francés (1944-2020), exministro y presidente del consejo departamental de Altos del Sena"))
add("Grace Mugabe", [("ZW", OFF, "Secretary of the ZANU-PF Women's League", "2014-12", "2017-11", "britannica")], weak=["Grace"], surname=False, party="ZANU-PF",
    desc=D("wife of Robert Mugabe, First Lady of Zimbabwe 1996-2017 and head of the ZANU-PF Women's League", "moglie di Robert Mugabe, first lady dello Zimbabwe 1996-2017 e capo della Lega femminile dello ZANU-PF", "épouse de Robert Mugabe, première dame du Zimbabwe de 1996 à 2017 et cheffe de la Ligue des femmes de la ZANU-PF", "Ehefrau von Robert Mugabe, First Lady Simbabwes 1996–2017 und Chefin der Frauenliga der ZANU-PF", "esposa de Robert Mugabe, primera dama de Zimbabue 1996-2017 y jefa de la Liga de Mujeres de ZANU-PF"))
add("Jonathan Moyo", [], party="ZANU-PF", country="ZW",
    desc=D("Zimbabwean politician, former Minister of Information and of Higher Education, a leader of ZANU-PF's G40 faction", "politico zimbabwese, ex ministro dell'Informazione e dell'Istruzione superiore, tra i capi della fazione G40 dello ZANU-PF", "homme politique zimbabwéen, ancien ministre de l'Information et de l'Enseignement supérieur, un des chefs de la faction G40 de la ZANU-PF", "simbabwischer Politiker, ehemaliger Informations- und Hochschulminister, einer der Anführer der G40-Fraktion der ZANU-PF", "político zimbabuense, exministro de Información y de Educación Superior, uno de los líderes de la facción G40 de ZANU-PF"))
add("Saviour Kasukuwere", [], party="ZANU-PF", country="ZW",
    desc=D("Zimbabwean politician, former government minister, a leader of ZANU-PF's G40 faction", "politico zimbabwese, ex ministro, tra i capi della fazione G40 dello ZANU-PF", "homme politique zimbabwéen, ancien ministre, un des chefs de la faction G40 de la ZANU-PF", "simbabwischer Politiker, ehemaliger Minister, einer der Anführer der G40-Fraktion der ZANU-PF", "político zimbabuense, exministro, uno de los líderes de la facción G40 de ZANU-PF"))
add("Leonid Slutsky", [("RU", OFF, "Chairman of the Liberal Democratic Party of Russia", "2022-05-27", None, "official-sites")],
    labels=D("Leonid Slutsky", "Leonid Sluckij", "Leonid Sloutski", "Leonid Sluzki", "Leonid Slutski"), aliases=A(["Leonid Slutsky"], it=["Leonid Sluckij"], fr=["Leonid Sloutski"], de=["Leonid Sluzki"], es=["Leonid Slutski"]), weak=["Sluckij", "Sloutski", "Sluzki", "Slutski"], party="LDPR",
    desc=D("Russian politician, leader of the Liberal Democratic Party of Russia (LDPR) since 2022", "politico russo, leader del Partito liberal-democratico di Russia (LDPR) dal 2022", "homme politique russe, chef du Parti libéral-démocrate de Russie (LDPR) depuis 2022", "russischer Politiker, seit 2022 Vorsitzender der Liberal-Demokratischen Partei Russlands (LDPR)", "político ruso, líder del Partido Liberal-Demócrata de Rusia (LDPR) desde 2022"))
add("Álvaro García Ortiz", [("ES", OFF, "Attorney General of Spain", "2022", "2025-11", "official-sites")], aliases=["Alvaro Garcia Ortiz"], weak=["García Ortiz", "Garcia Ortiz"], surname=False,
    desc=D("Attorney General of Spain 2022-2025", "procuratore generale dello Stato spagnolo 2022-2025", "procureur général de l'État espagnol de 2022 à 2025", "spanischer Generalstaatsanwalt 2022–2025", "fiscal general del Estado 2022-2025"))

# Ministers of foreign affairs, defence, finance or economy and the interior in office at some time from 2022
# to January 2026 (the larger European states, the US, Russia, Ukraine, China, Israel, Iran, Turkey, Poland and
# the Netherlands), party leaders, heads of international organisations since 2015, and the heads of Hamas and
# Hezbollah. Ends known only to the month are given as months.
# United Kingdom
more("Liz Truss", [("GB", FM, "Foreign Secretary", "2021-09-15", "2022-09-06", "gov-uk-ministers"), ("GB", OFF, "Leader of the Conservative Party", "2022-09-05", "2022-10-24", "official-sites")])
add("Rishi Sunak", [("GB", OFF, "Chancellor of the Exchequer", "2020-02-13", "2022-07-05", "gov-uk-ministers"), ("GB", OFF, "Leader of the Conservative Party", "2022-10-24", "2024-11-02", "official-sites")], surname=False,
    desc=D("former Prime Minister of the United Kingdom (2022-2024)", "ex primo ministro del Regno Unito (2022-2024)", "ancien Premier ministre du Royaume-Uni (2022-2024)", "ehemaliger Premierminister des Vereinigten Königreichs (2022–2024)", "ex primer ministro del Reino Unido (2022-2024)"))
more("Boris Johnson", [("GB", OFF, "Leader of the Conservative Party", "2019-07-23", "2022-09-05", "official-sites")])
more("Keir Starmer", [("GB", OFF, "Leader of the Labour Party", "2020-04-04", None, "official-sites")])
more("Grant Shapps", [("GB", OFF, "Home Secretary", "2022-10-19", "2022-10-25", "gov-uk-ministers")])
more("James Cleverly", [("GB", OFF, "Home Secretary", "2023-11-13", "2024-07-05", "gov-uk-ministers")])
m("Nadhim Zahawi", "GB", "Chancellor of the Exchequer", "2022-07-05", "2022-09-06", "gov-uk-ministers", party="Conservative Party")
# United States
m("Alejandro Mayorkas", "US", "Secretary of Homeland Security", "2021-02-02", "2025-01-20", "official-sites",
  desc=D("US Secretary of Homeland Security 2021-2025", "segretario alla Sicurezza interna degli Stati Uniti 2021-2025", "secrétaire à la Sécurité intérieure des États-Unis de 2021 à 2025", "US-Minister für Innere Sicherheit 2021–2025", "secretario de Seguridad Nacional de EE. UU. 2021-2025"))
m("John Thune", "US", "Senate Majority Leader", "2025-01-03", None, "congress-bioguide", party="Republican Party",
  desc=D("Majority Leader of the US Senate", "leader della maggioranza al Senato degli Stati Uniti", "chef de la majorité au Sénat des États-Unis", "Mehrheitsführer im US-Senat", "líder de la mayoría en el Senado de EE. UU."))
# France
m("Antoine Armand", "FR", "Minister of the Economy, Finance and Industry", "2024-09-21", "2024-12-23", "gouvernement-fr", party="Renaissance")
m("Éric Lombard", "FR", "Minister of the Economy, Finance and Industrial and Digital Sovereignty", "2024-12-23", "2025-10", "gouvernement-fr")
m("Roland Lescure", "FR", "Minister of the Economy, Finance and Industrial, Energy and Digital Sovereignty", "2025-10", None, "gouvernement-fr", party="Renaissance")
m("Catherine Vautrin", "FR", "Minister of the Armed Forces", "2025-10-12", None, "gouvernement-fr")
add("Bruno Retailleau", [("FR", OFF, "President of Les Républicains", "2025-05-18", None, "official-sites")], surname=False,
    desc=D("President of Les Républicains, French Minister of the Interior 2024-2025", "presidente dei Repubblicani, ministro dell'Interno francese 2024-2025", "président des Républicains, ministre de l'Intérieur de 2024 à 2025", "Vorsitzender der Républicains, französischer Innenminister 2024–2025", "presidente de Los Republicanos, ministro del Interior francés 2024-2025"))
# Germany
m("Jörg Kukies", "DE", "Federal Minister of Finance", "2024-11-07", "2025-05-06", "bundesregierung", aliases=["Joerg Kukies"], party="SPD")
more("Angela Merkel", [("DE", OFF, "Leader of the CDU", "2000-04-10", "2018-12-07", "official-sites")])
more("Annegret Kramp-Karrenbauer", [("DE", OFF, "Leader of the CDU", "2018-12-07", "2021-01-22", "official-sites")])
more("Armin Laschet", [("DE", OFF, "Leader of the CDU", "2021-01-22", "2022-01-31", "official-sites")])
more("Friedrich Merz", [("DE", OFF, "Leader of the CDU", "2022-01-31", None, "official-sites")])
more("Markus Söder", [("DE", OFF, "Leader of the CSU", "2019-01-19", None, "official-sites")])
more("Lars Klingbeil", [("DE", OFF, "Co-leader of the SPD", "2021-12-11", None, "official-sites")])
add("Christian Lindner", [("DE", OFF, "Leader of the FDP", "2013-12-07", "2025-05", "official-sites")], surname=False,
    desc=D("German FDP politician, Finance Minister 2021-2024 and FDP leader 2013-2025", "politico tedesco dell'FDP, ministro delle Finanze 2021-2024 e presidente dell'FDP 2013-2025", "homme politique allemand (FDP), ministre des Finances de 2021 à 2024 et président du FDP de 2013 à 2025", "deutscher FDP-Politiker, Bundesfinanzminister 2021–2024 und FDP-Vorsitzender 2013–2025", "político alemán del FDP, ministro de Finanzas 2021-2024 y presidente del FDP 2013-2025"))
add("Saskia Esken", [("DE", OFF, "Co-leader of the SPD", "2019-12-06", "2025-06", "official-sites")], party="SPD",
    desc=D("German SPD politician, co-leader of the SPD 2019-2025", "politica tedesca, co-presidente dell'SPD 2019-2025", "femme politique allemande, coprésidente du SPD de 2019 à 2025", "deutsche SPD-Politikerin, SPD-Vorsitzende 2019–2025", "política alemana, copresidenta del SPD 2019-2025"))
add("Bärbel Bas", [("DE", OFF, "President of the Bundestag", "2021-10-26", "2025-03-25", "official-sites"), ("DE", OFF, "Federal Minister of Labour and Social Affairs", "2025-05-06", None, "bundesregierung"), ("DE", OFF, "Co-leader of the SPD", "2025-06", None, "official-sites")],
    aliases=["Baerbel Bas"], party="SPD",
    desc=D("German Minister of Labour and Social Affairs, co-leader of the SPD, President of the Bundestag 2021-2025", "ministra tedesca del Lavoro e degli Affari sociali, co-presidente dell'SPD, presidente del Bundestag 2021-2025", "ministre allemande du Travail et des Affaires sociales, coprésidente du SPD, présidente du Bundestag de 2021 à 2025", "Bundesministerin für Arbeit und Soziales, SPD-Vorsitzende, Bundestagspräsidentin 2021–2025", "ministra alemana de Trabajo y Asuntos Sociales, copresidenta del SPD, presidenta del Bundestag 2021-2025"))
for n, f, t, d in [
    ("Ricarda Lang", "2022", "2024-11", D("German Green politician, co-leader of Alliance 90/The Greens 2022-2024", "politica tedesca dei Verdi, co-presidente dei Verdi 2022-2024", "femme politique allemande, coprésidente des Verts de 2022 à 2024", "deutsche Grünen-Politikerin, Bundesvorsitzende der Grünen 2022–2024", "política alemana, copresidenta de Los Verdes 2022-2024")),
    ("Omid Nouripour", "2022", "2024-11", D("German Green politician, co-leader of Alliance 90/The Greens 2022-2024", "politico tedesco dei Verdi, co-presidente dei Verdi 2022-2024", "homme politique allemand, coprésident des Verts de 2022 à 2024", "deutscher Grünen-Politiker, Bundesvorsitzender der Grünen 2022–2024", "político alemán, copresidente de Los Verdes 2022-2024")),
    ("Franziska Brantner", "2024-11", None, D("co-leader of the German Greens (Alliance 90/The Greens)", "co-presidente dei Verdi tedeschi", "coprésidente des Verts allemands", "Bundesvorsitzende der Grünen", "copresidenta de Los Verdes alemanes")),
    ("Felix Banaszak", "2024-11", None, D("co-leader of the German Greens (Alliance 90/The Greens)", "co-presidente dei Verdi tedeschi", "coprésident des Verts allemands", "Bundesvorsitzender der Grünen", "copresidente de Los Verdes alemanes")),
]:
    m(n, "DE", "Co-leader of Alliance 90/The Greens", f, t, "official-sites", party="Bündnis 90/Die Grünen", desc=d)
# Italy
add("Giuseppe Conte", [("IT", OFF, "President of the Five Star Movement", "2021-08-06", None, "official-sites")], surname=False,
    desc=D("President of the Italian Five Star Movement, Prime Minister 2018-2021", "presidente del Movimento 5 Stelle, presidente del Consiglio 2018-2021", "président du Mouvement 5 étoiles, président du Conseil italien de 2018 à 2021", "Vorsitzender der italienischen Fünf-Sterne-Bewegung, Ministerpräsident 2018–2021", "presidente del Movimiento 5 Estrellas, primer ministro italiano 2018-2021"))
more("Luigi Di Maio", [("IT", OFF, "Political Head of the Five Star Movement", "2017-09-23", "2020-01-22", "official-sites")])
more("Matteo Salvini", [("IT", OFF, "Federal Secretary of the Lega", "2013-12-15", None, "official-sites")])
add("Antonio Tajani", [("IT", OFF, "Secretary of Forza Italia", "2023-07-15", None, "official-sites")], surname=False,
    desc=D("Italian Deputy Prime Minister and Foreign Minister, leader of Forza Italia", "vicepresidente del Consiglio e ministro degli Esteri, segretario di Forza Italia", "vice-président du Conseil italien et ministre des Affaires étrangères, chef de Forza Italia", "italienischer Vize-Regierungschef und Außenminister, Vorsitzender von Forza Italia", "vicepresidente del Gobierno italiano y ministro de Asuntos Exteriores, líder de Forza Italia"))
more("Giorgia Meloni", [("IT", OFF, "President of Fratelli d'Italia", "2014-03", None, "official-sites")])
add("Silvio Berlusconi", [("IT", OFF, "President of Forza Italia", "2013-11-16", "2023-06-12", "official-sites")], surname=False,
    desc=D("Italian media entrepreneur and politician (1936-2023), Prime Minister 1994-1995, 2001-2006 and 2008-2011, founder of Forza Italia", "imprenditore e politico italiano (1936-2023), presidente del Consiglio 1994-1995, 2001-2006 e 2008-2011, fondatore di Forza Italia", "homme d'affaires et homme politique italien (1936-2023), président du Conseil en 1994-1995, 2001-2006 et 2008-2011, fondateur de Forza Italia", "italienischer Medienunternehmer und Politiker (1936–2023), Ministerpräsident 1994–1995, 2001–2006 und 2008–2011, Gründer von Forza Italia", "empresario y político italiano (1936-2023), primer ministro en 1994-1995, 2001-2006 y 2008-2011, fundador de Forza Italia"))
add("Enrico Letta", [("IT", OFF, "Secretary of the Democratic Party", "2021-03-14", "2023-03-12", "official-sites")], surname=False, party="Partito Democratico",
    desc=D("Italian politician, Prime Minister 2013-2014 and Secretary of the Democratic Party 2021-2023", "politico italiano, presidente del Consiglio 2013-2014 e segretario del Partito Democratico 2021-2023", "homme politique italien, président du Conseil de 2013 à 2014 et secrétaire du Parti démocrate de 2021 à 2023", "italienischer Politiker, Ministerpräsident 2013–2014 und Vorsitzender der Partito Democratico 2021–2023", "político italiano, primer ministro 2013-2014 y secretario del Partido Democrático 2021-2023"))
# Spain
more("Pedro Sánchez", [("ES", OFF, "Secretary-General of the PSOE", "2014-07", "2016-10-01", "official-sites"), ("ES", OFF, "Secretary-General of the PSOE", "2017-06", None, "official-sites")])
add("Ione Belarra", [("ES", OFF, "Minister of Social Rights and 2030 Agenda", "2021-03-31", "2023-11-21", "lamoncloa"), ("ES", OFF, "Secretary-General of Podemos", "2021-06", None, "official-sites")], party="Podemos",
    desc=D("Secretary-General of the Spanish party Podemos, Minister of Social Rights 2021-2023", "segretaria generale di Podemos, ministra dei Diritti sociali spagnola 2021-2023", "secrétaire générale de Podemos, ministre espagnole des Droits sociaux de 2021 à 2023", "Generalsekretärin der spanischen Partei Podemos, Ministerin für soziale Rechte 2021–2023", "secretaria general de Podemos, ministra de Derechos Sociales 2021-2023"))
# Russia
m("Vladimir Kolokoltsev", "RU", "Minister of Internal Affairs", "2012-05-21", None, "kremlin",
  labels=D("Vladimir Kolokoltsev", "Vladimir Kolokol'cev", "Vladimir Kolokoltsev", "Wladimir Kolokolzew", "Vladímir Kolokóltsev"), aliases=A(["Vladimir Kolokoltsev"], de=["Wladimir Kolokolzew"]), weak=["Kolokolzew"],
  desc=D("Russian Minister of Internal Affairs", "ministro dell'Interno russo", "ministre russe de l'Intérieur", "russischer Innenminister", "ministro del Interior ruso"))
m("Maxim Reshetnikov", "RU", "Minister of Economic Development", "2020-01-21", None, "kremlin",
  labels=D("Maxim Reshetnikov", "Maksim Rešetnikov", "Maxime Rechetnikov", "Maxim Reschetnikow", "Maxim Reshétnikov"), aliases=A(["Maxim Reshetnikov", "Maksim Reshetnikov"], fr=["Maxime Rechetnikov"], de=["Maxim Reschetnikow"]), weak=["Rechetnikov", "Reschetnikow"],
  desc=D("Russian Minister of Economic Development", "ministro dello Sviluppo economico russo", "ministre russe du Développement économique", "russischer Minister für wirtschaftliche Entwicklung", "ministro de Desarrollo Económico ruso"))
# Ukraine
more("Yulia Svyrydenko", [("UA", OFF, "First Deputy Prime Minister and Minister of Economy", "2021-11-04", "2025-07-17", "official-sites")])
m("Serhiy Marchenko", "UA", "Minister of Finance", "2020-03-30", None, "official-sites",
  labels=D("Serhiy Marchenko", "Serhij Marčenko", "Serhiy Martchenko", "Serhij Martschenko", "Serhí Márchenko"), aliases=A(["Serhiy Marchenko", "Serhii Marchenko"], fr=["Serhiy Martchenko"], de=["Serhij Martschenko"]), weak=["Martchenko", "Martschenko"])
m("Denys Monastyrsky", "UA", "Minister of Internal Affairs", "2021-07-16", "2023-01-18", "official-sites",
  labels=D("Denys Monastyrsky", "Denys Monastyrs'kyj", "Denys Monastyrsky", "Denys Monastyrskyj", "Denís Monastirski"), aliases=A(["Denys Monastyrsky", "Denys Monastyrskyi"], de=["Denys Monastyrskyj"]), weak=["Monastyrskyj", "Monastirski"],
  desc=D("Ukrainian Minister of Internal Affairs (1980-2023), killed in a helicopter crash", "ministro dell'Interno ucraino (1980-2023), morto in un incidente di elicottero", "ministre ukrainien de l'Intérieur (1980-2023), mort dans un accident d'hélicoptère", "ukrainischer Innenminister (1980–2023), bei einem Hubschrauberabsturz ums Leben gekommen", "ministro del Interior ucraniano (1980-2023), muerto en un accidente de helicóptero"))
m("Ihor Klymenko", "UA", "Minister of Internal Affairs", "2023-02-07", None, "official-sites",
  labels=D("Ihor Klymenko", "Ihor Klymenko", "Ihor Klymenko", "Ihor Klymenko", "Ígor Klimenko"), aliases=A(["Ihor Klymenko"], es=["Ihor Klymenko"]), weak=["Klimenko"],
  desc=D("Ukrainian Minister of Internal Affairs", "ministro dell'Interno ucraino", "ministre ukrainien de l'Intérieur", "ukrainischer Innenminister", "ministro del Interior ucraniano"))
# China
m("Wei Fenghe", "CN", "Minister of National Defense", "2018-03-19", "2023-03-12", "official-sites", surname=False)
m("Li Shangfu", "CN", "Minister of National Defense", "2023-03-12", "2023-10-24", "official-sites", surname=False)
# Israel
more("Yair Lapid", [("IL", FM, "Minister of Foreign Affairs", "2021-06-13", "2022-12-29", "official-sites")])
more("Avigdor Lieberman", [("IL", OFF, "Minister of Finance", "2021-06-13", "2022-12-29", "official-sites")])
# Iran and Turkey
add("Mohammad Javad Zarif", [("IR", FM, "Minister of Foreign Affairs", "2013-08-15", "2021-08-25", "official-sites")], labels=D("Mohammad Javad Zarif", "Mohammad Javad Zarif", "Mohammad Javad Zarif", "Mohammed Dschawad Sarif", "Mohammad Javad Zarif"),
    aliases=A(["Mohammad Javad Zarif", "Javad Zarif"], de=["Mohammad Javad Zarif", "Dschawad Sarif"]), weak=["Sarif"])
add("Hossein Amir-Abdollahian", [("IR", FM, "Minister of Foreign Affairs", "2021-08-25", "2024-05-19", "official-sites")], labels=D("Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian", "Hossein Amir-Abdollahian", "Hosein Amir Abdolahián"),
    aliases=A(["Hossein Amir-Abdollahian", "Hossein Amirabdollahian"], es=["Hossein Amir Abdollahian"]), weak=["Abdolahián"])
add("Ali Bagheri Kani", [("IR", FM, "Acting Minister of Foreign Affairs", "2024-05", "2024-08-21", "official-sites")], aliases=["Ali Bagheri"], weak=["Bagheri Kani", "Bagheri"], surname=False)
add("Mevlüt Çavuşoğlu", [("TR", FM, "Minister of Foreign Affairs", "2014-08-29", "2015-08-28", "official-sites"), ("TR", FM, "Minister of Foreign Affairs", "2015-11-24", "2023-06-03", "official-sites")], aliases=["Mevlut Cavusoglu"], party="AKP")
# Poland
add("Zbigniew Rau", [("PL", FM, "Minister of Foreign Affairs", "2020-08-26", "2023-11", "official-sites")], party="Prawo i Sprawiedliwość")
add("Radosław Sikorski", [("PL", FM, "Minister of Foreign Affairs", "2007-11-16", "2014-09-22", "official-sites"), ("PL", FM, "Minister of Foreign Affairs", "2023-12-13", None, "official-sites")], aliases=["Radoslaw Sikorski", "Radek Sikorski"], party="Platforma Obywatelska")
m("Mariusz Błaszczak", "PL", "Minister of National Defence", "2018-01-09", "2023", "official-sites", aliases=["Mariusz Blaszczak"], weak=["Blaszczak"], party="Prawo i Sprawiedliwość",
  desc=D("Polish PiS politician, Minister of National Defence 2018-2023", "politico polacco del PiS, ministro della Difesa 2018-2023", "homme politique polonais (PiS), ministre de la Défense nationale de 2018 à 2023", "polnischer PiS-Politiker, Verteidigungsminister 2018–2023", "político polaco del PiS, ministro de Defensa Nacional 2018-2023"))
m("Władysław Kosiniak-Kamysz", "PL", "Deputy Prime Minister and Minister of National Defence", "2023-12-13", None, "official-sites", aliases=["Wladyslaw Kosiniak-Kamysz"], party="Polskie Stronnictwo Ludowe",
  desc=D("Polish Deputy Prime Minister and Minister of National Defence, leader of the Polish People's Party (PSL)", "vicepremier e ministro della Difesa polacco, leader del Partito popolare polacco (PSL)", "vice-Premier ministre et ministre polonais de la Défense nationale, chef du Parti paysan polonais (PSL)", "polnischer Vizepremier und Verteidigungsminister, Vorsitzender der Bauernpartei PSL", "viceprimer ministro y ministro de Defensa Nacional de Polonia, líder del Partido Popular Polaco (PSL)"))
m("Andrzej Domański", "PL", "Minister of Finance", "2023-12-13", None, "official-sites")
# Netherlands
add("Wopke Hoekstra", [("NL", OFF, "Minister of Finance", "2017-10-26", "2022-01-10", "official-sites"), ("NL", FM, "Minister of Foreign Affairs", "2022-01-10", "2023-09", "official-sites"),
                       ("bs-org-ec", OFF, "European Commissioner for Climate Action", "2023-10", "2024-12-01", "eu-institutions"), ("bs-org-ec", OFF, "European Commissioner for Climate, Net Zero and Clean Growth", "2024-12-01", None, "eu-institutions")],
    party="CDA", desc=D("European Commissioner for Climate, Net Zero and Clean Growth, former Dutch Foreign and Finance Minister", "commissario europeo per il Clima, ex ministro degli Esteri e delle Finanze dei Paesi Bassi", "commissaire européen au Climat, ancien ministre néerlandais des Affaires étrangères et des Finances", "EU-Kommissar für Klima, ehemaliger niederländischer Außen- und Finanzminister", "comisario europeo de Clima, exministro neerlandés de Asuntos Exteriores y de Finanzas"))
add("Hanke Bruins Slot", [("NL", OFF, "Minister of the Interior and Kingdom Relations", "2022-01-10", "2023-09", "official-sites"), ("NL", FM, "Minister of Foreign Affairs", "2023-09", "2024-07-02", "official-sites")], weak=["Bruins Slot"], surname=False, party="CDA")
add("Caspar Veldkamp", [("NL", FM, "Minister of Foreign Affairs", "2024-07-02", "2025-08", "official-sites")], party="Nieuw Sociaal Contract")
m("Kajsa Ollongren", "NL", "Minister of Defence", "2022-01-10", "2024-07-02", "official-sites", party="D66")
m("Ruben Brekelmans", "NL", "Minister of Defence", "2024-07-02", None, "official-sites", party="VVD")
m("Sigrid Kaag", "NL", "Minister of Finance", "2022-01-10", "2024-01", "official-sites", party="D66")
m("Eelco Heinen", "NL", "Minister of Finance", "2024-07-02", None, "official-sites", party="VVD")
add("Geert Wilders", [], party="PVV", country="NL",
    desc=D("Dutch politician, founder and leader of the Party for Freedom (PVV)", "politico olandese, fondatore e leader del Partito per la Libertà (PVV)", "homme politique néerlandais, fondateur et chef du Parti pour la liberté (PVV)", "niederländischer Politiker, Gründer und Vorsitzender der Partij voor de Vrijheid (PVV)", "político neerlandés, fundador y líder del Partido por la Libertad (PVV)"))
# International organisations
add("Margaret Chan", [("bs-org-who", HEAD, "Director-General of the World Health Organization", "2007-01-04", "2017-07-01", "official-sites")])
add("Yukiya Amano", [("bs-org-iaea", HEAD, "Director General of the IAEA", "2009-12-01", "2019-07", "iaea")])
add("Roberto Azevêdo", [("bs-org-wto", HEAD, "Director-General of the WTO", "2013-09-01", "2020-08-31", "official-sites")], aliases=["Roberto Azevedo"])
add("Jim Yong Kim", [("bs-org-worldbank", HEAD, "President of the World Bank Group", "2012-07-01", "2019-02-01", "official-sites")])
add("David Malpass", [("bs-org-worldbank", HEAD, "President of the World Bank Group", "2019-04-09", "2023-06", "official-sites")])
add("Fatou Bensouda", [("bs-org-icc", HEAD, "Prosecutor of the International Criminal Court", "2012-06-15", "2021-06-16", "official-sites")])

# Heads of state and government since 2015 for every country: predecessors of the Factbook's current holders
# (the Wikidata query gives years only, and a Factbook "since" date of a re-elected holder is the latest
# inauguration, so re-elected holders get one term from their first day). Dates not known to the day are months.
def seq(c, role, office, rows, src="official-sites"):
    for r in rows:
        n, f, t = r[:3]
        kw = r[3] if len(r) > 3 else {}
        add(n, [(c, role, office, f, t, src)], **kw)
def pseq(c, office, rows, src="official-sites"):
    for r in rows:
        n, f, t = r[:3]
        kw = r[3] if len(r) > 3 else {}
        add(n, pres(c, office, f, t, src), **kw)
# Europe
seq("EE", HOS, "President of Estonia", [("Toomas Hendrik Ilves", "2006-10-09", "2016-10-10", {"weak": ["Ilves"], "surname": False}), ("Kersti Kaljulaid", "2016-10-10", "2021-10-11")])
seq("EE", HOG, "Prime Minister of Estonia", [("Taavi Rõivas", "2014-03-26", "2016-11-23", {"aliases": ["Taavi Roivas"]}), ("Jüri Ratas", "2016-11-23", "2021-01-26", {"aliases": ["Juri Ratas"]})])
seq("LV", HOS, "President of Latvia", [("Andris Bērziņš", "2011-07-08", "2015-07-08", {"aliases": ["Andris Berzins"]}), ("Raimonds Vējonis", "2015-07-08", "2019-07-08", {"aliases": ["Raimonds Vejonis"]}), ("Egils Levits", "2019-07-08", "2023-07-08")])
seq("LV", HOG, "Prime Minister of Latvia", [("Laimdota Straujuma", "2014-01-22", "2016-02-11"), ("Māris Kučinskis", "2016-02-11", "2019-01-23", {"aliases": ["Maris Kucinskis"]}), ("Krišjānis Kariņš", "2019-01-23", "2023-09-15", {"aliases": ["Krisjanis Karins"]})])
seq("LT", HOS, "President of Lithuania", [("Dalia Grybauskaitė", "2009-07-12", "2019-07-12", {"aliases": ["Dalia Grybauskaite"]})])
seq("LT", HOG, "Prime Minister of Lithuania", [("Algirdas Butkevičius", "2012-12-13", "2016-12-13", {"aliases": ["Algirdas Butkevicius"]}), ("Saulius Skvernelis", "2016-12-13", "2020-12-11"), ("Ingrida Šimonytė", "2020-12-11", "2024-12-12", {"aliases": ["Ingrida Simonyte"]})])
add("Robert Fico", [("SK", HOG, "Prime Minister of Slovakia", "2006-07-04", "2010-07-08", "official-sites"), ("SK", HOG, "Prime Minister of Slovakia", "2012-04-04", "2018-03-22", "official-sites")])
seq("SK", HOG, "Prime Minister of Slovakia", [("Peter Pellegrini", "2018-03-22", "2020-03-21"), ("Igor Matovič", "2020-03-21", "2021-04-01", {"aliases": ["Igor Matovic"]}), ("Eduard Heger", "2021-04-01", "2023-05-15"), ("Ľudovít Ódor", "2023-05-15", "2023-10-25", {"aliases": ["Ludovit Odor"]})])
seq("SI", HOS, "President of Slovenia", [("Borut Pahor", "2012-12-22", "2022-12-23")])
seq("SI", HOG, "Prime Minister of Slovenia", [("Miro Cerar", "2014-09-18", "2018-09-13"), ("Marjan Šarec", "2018-09-13", "2020-03-13", {"aliases": ["Marjan Sarec"]}), ("Janez Janša", "2020-03-13", "2022-06-01", {"aliases": ["Janez Jansa"]})])
seq("HR", HOS, "President of Croatia", [("Ivo Josipović", "2010-02-18", "2015-02-19", {"aliases": ["Ivo Josipovic"]}), ("Kolinda Grabar-Kitarović", "2015-02-19", "2020-02-19", {"aliases": ["Kolinda Grabar-Kitarovic"]})])
seq("HR", HOG, "Prime Minister of Croatia", [("Zoran Milanović", "2011-12-23", "2016-01-22"), ("Tihomir Orešković", "2016-01-22", "2016-10-19", {"aliases": ["Tihomir Oreskovic"]})])
seq("BG", HOS, "President of Bulgaria", [("Rosen Plevneliev", "2012-01-22", "2017-01-22")])
add("Boyko Borisov", [("BG", HOG, "Prime Minister of Bulgaria", f, t, "official-sites") for f, t in [("2009-07-27", "2013-03-13"), ("2014-11-07", "2017-01-27"), ("2017-05-04", "2021-05-12")]], aliases=["Boiko Borisov"])
seq("BG", HOG, "Prime Minister of Bulgaria", [("Ognyan Gerdzhikov", "2017-01-27", "2017-05-04"), ("Stefan Yanev", "2021-05-12", "2021-12-13"), ("Kiril Petkov", "2021-12-13", "2022-08-02"), ("Galab Donev", "2022-08-02", "2023-06-06"), ("Nikolai Denkov", "2023-06-06", "2024-04-09"), ("Dimitar Glavchev", "2024-04-09", "2025-01-16")])
seq("MK", HOS, "President of North Macedonia", [("Gjorge Ivanov", "2009-05-12", "2019-05-12"), ("Stevo Pendarovski", "2019-05-12", "2024-05-12")])
seq("BA", HOG, "Chairman of the Council of Ministers of Bosnia and Herzegovina", [("Vjekoslav Bevanda", "2012-01-12", "2015-02-11"), ("Denis Zvizdić", "2015-02-11", "2019-12-23", {"aliases": ["Denis Zvizdic"]}), ("Zoran Tegeltija", "2019-12-23", "2023-01-25")])
add("Zoran Zaev", [("MK", HOG, "Prime Minister of North Macedonia", "2017-05-31", "2020-01-03", "official-sites"), ("MK", HOG, "Prime Minister of North Macedonia", "2020-08-30", "2022-01-17", "official-sites")])
seq("MK", HOG, "Prime Minister of North Macedonia", [("Nikola Gruevski", "2006-08-27", "2016-01-18"), ("Emil Dimitriev", "2016-01-18", "2017-05-31"), ("Oliver Spasovski", "2020-01-03", "2020-08-30")])
seq("ME", HOS, "President of Montenegro", [("Filip Vujanović", "2003-05", "2018-05-20", {"aliases": ["Filip Vujanovic"]})])
add("Milo Đukanović", [("ME", HOG, "Prime Minister of Montenegro", "2012-12-04", "2016-11-28", "official-sites"), ("ME", HOS, "President of Montenegro", "2018-05-20", "2023-05-20", "official-sites")], aliases=["Milo Djukanovic", "Milo Dukanovic"], weak=["Djukanovic"])
seq("ME", HOG, "Prime Minister of Montenegro", [("Duško Marković", "2016-11-28", "2020-12-04", {"aliases": ["Dusko Markovic"]}), ("Zdravko Krivokapić", "2020-12-04", "2022-04-28", {"aliases": ["Zdravko Krivokapic"]}), ("Dritan Abazović", "2022-04-28", "2023-10-31", {"aliases": ["Dritan Abazovic"]})])
seq("RS", HOS, "President of Serbia", [("Tomislav Nikolić", "2012-05-31", "2017-05-31", {"aliases": ["Tomislav Nikolic"]})])
add("Alexander Vučić", [("RS", HOG, "Prime Minister of Serbia", "2014-04-27", "2017-05-31", "official-sites")], aliases=["Aleksandar Vučić", "Aleksandar Vucic", "Alexander Vucic"], surname=False, weak=["Vučić", "Vucic"])
seq("RS", HOG, "Prime Minister of Serbia", [("Ana Brnabić", "2017-06-29", "2024-05-02", {"aliases": ["Ana Brnabic"]}), ("Miloš Vučević", "2024-05-02", "2025-04-16", {"aliases": ["Milos Vucevic"]})])
seq("AL", HOS, "President of Albania", [("Bujar Nishani", "2012-07-24", "2017-07-24"), ("Ilir Meta", "2017-07-24", "2022-07-24")])
seq("XK", HOS, "President of Kosovo", [("Atifete Jahjaga", "2011-04-07", "2016-04-07"), ("Hashim Thaçi", "2016-04-07", "2020-11-05", {"aliases": ["Hashim Thaci"]})])
seq("XK", HOG, "Prime Minister of Kosovo", [("Isa Mustafa", "2014-12-09", "2017-09-09"), ("Ramush Haradinaj", "2017-09-09", "2020-02-03"), ("Avdullah Hoti", "2020-06-03", "2021-03-22")])
seq("MT", HOS, "President of Malta", [("Marie-Louise Coleiro Preca", "2014-04-04", "2019-04-04", {"weak": ["Coleiro Preca"], "surname": False}), ("George Vella", "2019-04-04", "2024-04-04")])
seq("MT", HOG, "Prime Minister of Malta", [("Joseph Muscat", "2013-03-11", "2020-01-13", {"surname": False})])  # "Muscat" alone is the capital of Oman
pseq("CY", "President of Cyprus", [("Nicos Anastasiades", "2013-02-28", "2023-02-28", {"aliases": ["Nikos Anastasiades"]})])
seq("GE", HOS, "President of Georgia", [("Giorgi Margvelashvili", "2013-11-17", "2018-12-16"), ("Salome Zourabichvili", "2018-12-16", "2024-12-29", {"aliases": ["Salome Zurabishvili"]})])
add("Irakli Garibashvili", [("GE", HOG, "Prime Minister of Georgia", "2013-11-20", "2015-12-30", "official-sites"), ("GE", HOG, "Prime Minister of Georgia", "2021-02-22", "2024-02-08", "official-sites")])
seq("GE", HOG, "Prime Minister of Georgia", [("Giorgi Kvirikashvili", "2015-12-30", "2018-06-20"), ("Mamuka Bakhtadze", "2018-06-20", "2019-09-08"), ("Giorgi Gakharia", "2019-09-08", "2021-02-22")])
add("Serzh Sargsyan", [("AM", HOS, "President of Armenia", "2008-04-09", "2018-04-09", "official-sites"), ("AM", HOG, "Prime Minister of Armenia", "2018-04-17", "2018-04-23", "official-sites")], aliases=["Serzh Sargsian"])
seq("AM", HOS, "President of Armenia", [("Armen Sarkissian", "2018-04-09", "2022-01-23")])
seq("AM", HOG, "Prime Minister of Armenia", [("Hovik Abrahamyan", "2014-04-13", "2016-09-13"), ("Karen Karapetyan", "2016-09-13", "2018-04-17"), ("Nikol Pashinyan", "2018-05-08", None)])
seq("MD", HOS, "President of Moldova", [("Nicolae Timofti", "2012-03-23", "2016-12-23"), ("Igor Dodon", "2016-12-23", "2020-12-24")])
seq("MD", HOG, "Prime Minister of Moldova", [("Chiril Gaburici", "2015-02-18", "2015-06-22"), ("Valeriu Streleț", "2015-07-30", "2015-10-29", {"aliases": ["Valeriu Strelet"]}), ("Pavel Filip", "2016-01-20", "2019-06-08"),
                                               ("Ion Chicu", "2019-11-14", "2020-12-31"), ("Natalia Gavrilița", "2021-08-06", "2023-02-16", {"aliases": ["Natalia Gavrilita"]}), ("Dorin Recean", "2023-02-16", "2025-11-01")])
add("Maia Sandu", [("MD", HOG, "Prime Minister of Moldova", "2019-06-08", "2019-11-14", "official-sites")])
seq("IS", HOS, "President of Iceland", [("Ólafur Ragnar Grímsson", "1996-08-01", "2016-08-01", {"aliases": ["Olafur Ragnar Grimsson"], "weak": ["Grímsson"], "surname": False})])
add("Bjarni Benediktsson", [("IS", HOG, "Prime Minister of Iceland", "2017-01-11", "2017-11-30", "official-sites"), ("IS", HOG, "Prime Minister of Iceland", "2024-04-09", "2024-12-21", "official-sites")])
seq("IS", HOG, "Prime Minister of Iceland", [("Sigmundur Davíð Gunnlaugsson", "2013-05-23", "2016-04-07", {"aliases": ["Sigmundur David Gunnlaugsson"]}), ("Sigurður Ingi Jóhannsson", "2016-04-07", "2017-01-11", {"aliases": ["Sigurdur Ingi Johannsson"]}),
                                               ("Katrín Jakobsdóttir", "2017-11-30", "2024-04-09", {"aliases": ["Katrin Jakobsdottir"]})])
seq("LU", HOG, "Prime Minister of Luxembourg", [("Xavier Bettel", "2013-12-04", "2023-11-17")])
seq("LU", HOS, "Grand Duke of Luxembourg", [("Henri, Grand Duke of Luxembourg", "2000-10-07", "2025-10-03", {"aliases": ["Grand Duke Henri"], "surname": False})], src="britannica")
seq("MC", HOG, "Minister of State of Monaco", [("Michel Roger", "2010-03-29", "2015-12-16"), ("Serge Telle", "2016-02-01", "2020-09-01"), ("Pierre Dartout", "2020-09-01", "2024-09-01")])
seq("LI", HOG, "Prime Minister of Liechtenstein", [("Adrian Hasler", "2013-03-27", "2021-03-25")])
seq("AD", HOG, "Head of Government of Andorra", [("Antoni Martí", "2011-05-12", "2019-05-16", {"aliases": ["Antoni Marti"]})])
seq("VA", HOS, "Pope", [("Pope Francis", "2013-03-13", "2025-04-21", {"aliases": ["Jorge Mario Bergoglio"], "surname": False})], src="britannica")
seq("VA", HOG, "President of the Governorate of Vatican City State", [("Giuseppe Bertello", "2011-10-01", "2021-10-01")])
seq("BY", HOG, "Prime Minister of Belarus", [("Andrei Kobyakov", "2014-12-27", "2018-08-18"), ("Sergei Rumas", "2018-08-18", "2020-06-03"), ("Roman Golovchenko", "2020-06-04", "2025-03-10")])
seq("AZ", HOG, "Prime Minister of Azerbaijan", [("Artur Rasizade", "2003-11-04", "2018-04-21"), ("Novruz Mammadov", "2018-04-21", "2019-10-08")])
# The Americas
add("Michelle Bachelet", pres("CL", "President of Chile", "2006-03-11", "2010-03-11") + pres("CL", "President of Chile", "2014-03-11", "2018-03-11"))
add("Sebastián Piñera", pres("CL", "President of Chile", "2010-03-11", "2014-03-11") + pres("CL", "President of Chile", "2018-03-11", "2022-03-11"), aliases=["Sebastian Pinera"])
pseq("CO", "President of Colombia", [("Juan Manuel Santos", "2010-08-07", "2018-08-07", {"weak": ["Santos"], "surname": False}), ("Iván Duque", "2018-08-07", "2022-08-07", {"aliases": ["Ivan Duque", "Iván Duque Márquez"]})])
pseq("PE", "President of Peru", [("Ollanta Humala", "2011-07-28", "2016-07-28"), ("Pedro Pablo Kuczynski", "2016-07-28", "2018-03-23", {"weak": ["PPK"]}), ("Martín Vizcarra", "2018-03-23", "2020-11-10", {"aliases": ["Martin Vizcarra"]}),
                                 ("Manuel Merino", "2020-11-10", "2020-11-15"), ("Francisco Sagasti", "2020-11-17", "2021-07-28")])
pseq("EC", "President of Ecuador", [("Rafael Correa", "2007-01-15", "2017-05-24"), ("Lenín Moreno", "2017-05-24", "2021-05-24", {"aliases": ["Lenin Moreno"]}), ("Guillermo Lasso", "2021-05-24", "2023-11-23")])
pseq("BO", "President of Bolivia", [("Evo Morales", "2006-01-22", "2019-11-10", {"weak": ["Evo"]}), ("Jeanine Áñez", "2019-11-12", "2020-11-08", {"aliases": ["Jeanine Anez"]})])
pseq("PY", "President of Paraguay", [("Horacio Cartes", "2013-08-15", "2018-08-15"), ("Mario Abdo Benítez", "2018-08-15", "2023-08-15", {"aliases": ["Mario Abdo Benitez", "Mario Abdo"], "weak": ["Abdo Benítez", "Abdo Benitez"], "surname": False})])
add("Tabaré Vázquez", pres("UY", "President of Uruguay", "2005-03-01", "2010-03-01") + pres("UY", "President of Uruguay", "2015-03-01", "2020-03-01"), aliases=["Tabare Vazquez"])
add("José Mujica", pres("UY", "President of Uruguay", "2010-03-01", "2015-03-01"), aliases=["Jose Mujica", "Pepe Mujica"])
pseq("GT", "President of Guatemala", [("Otto Pérez Molina", "2012-01-14", "2015-09-03", {"aliases": ["Otto Perez Molina"], "weak": ["Pérez Molina", "Perez Molina"], "surname": False}), ("Alejandro Maldonado", "2015-09-03", "2016-01-14"),
                                      ("Jimmy Morales", "2016-01-14", "2020-01-14"), ("Alejandro Giammattei", "2020-01-14", "2024-01-15")])
pseq("CR", "President of Costa Rica", [("Luis Guillermo Solís", "2014-05-08", "2018-05-08", {"aliases": ["Luis Guillermo Solis"]}), ("Carlos Alvarado Quesada", "2018-05-08", "2022-05-08", {"aliases": ["Carlos Alvarado"]})])
pseq("PA", "President of Panama", [("Juan Carlos Varela", "2014-07-01", "2019-07-01")])
pseq("SV", "President of El Salvador", [("Salvador Sánchez Cerén", "2014-06-01", "2019-06-01", {"aliases": ["Salvador Sanchez Ceren"], "weak": ["Sánchez Cerén"], "surname": False})])
pseq("HN", "President of Honduras", [("Juan Orlando Hernández", "2014-01-27", "2022-01-27", {"aliases": ["Juan Orlando Hernandez"], "surname": False})])
pseq("DO", "President of the Dominican Republic", [("Danilo Medina", "2012-08-16", "2020-08-16")])
pseq("GY", "President of Guyana", [("Donald Ramotar", "2011-12-03", "2015-05-16"), ("David Granger", "2015-05-16", "2020-08-02")])
pseq("SR", "President of Suriname", [("Dési Bouterse", "2010-08-12", "2020-07-16", {"aliases": ["Desi Bouterse"]})])
more("Raúl Castro", [("CU", HOG, "President of the Council of Ministers of Cuba", "2008-02-24", "2018-04-19", "britannica")])
add("Miguel Díaz-Canel", [("CU", HOG, "President of the Council of Ministers of Cuba", "2018-04-19", "2019-12-21", "britannica")], aliases=["Miguel Diaz-Canel"])
seq("TT", HOS, "President of Trinidad and Tobago", [("Anthony Carmona", "2013-03-18", "2018-03-19"), ("Paula-Mae Weekes", "2018-03-19", "2023-03-20")])
add("Kamla Persad-Bissessar", [("TT", HOG, "Prime Minister of Trinidad and Tobago", "2010-05-26", "2015-09-09", "official-sites")], aliases=["Kamla Susheila Persad-Bissessar"])
seq("TT", HOG, "Prime Minister of Trinidad and Tobago", [("Keith Rowley", "2015-09-09", "2025-03-17"), ("Stuart Young", "2025-03-17", "2025-05-01")])
seq("DM", HOS, "President of Dominica", [("Charles Savarin", "2013-10-02", "2023-10-02")])
add("Elizabeth II", [("BB", HOS, "Queen of Barbados", "1966-11-30", "2021-11-30", "britannica")], surname=False)
seq("BB", HOS, "President of Barbados", [("Sandra Mason", "2021-11-30", "2025-11-30")])
seq("BB", HOG, "Prime Minister of Barbados", [("Freundel Stuart", "2010-10-23", "2018-05-25")])
seq("JM", HOG, "Prime Minister of Jamaica", [("Portia Simpson-Miller", "2012-01-05", "2016-03-03", {"aliases": ["Portia Simpson Miller"]})])
seq("BS", HOG, "Prime Minister of the Bahamas", [("Perry Christie", "2012-05-08", "2017-05-11"), ("Hubert Minnis", "2017-05-11", "2021-09-17")])
seq("BZ", HOG, "Prime Minister of Belize", [("Dean Barrow", "2008-02-08", "2020-11-12")])
seq("LC", HOG, "Prime Minister of Saint Lucia", [("Kenny Anthony", "2011-11-30", "2016-06-07", {"surname": False}), ("Allen Chastanet", "2016-06-07", "2021-07-28")])
# Middle East and North Africa
seq("IL", HOS, "President of Israel", [("Reuven Rivlin", "2014-07-24", "2021-07-07")])
seq("IQ", HOS, "President of Iraq", [("Fuad Masum", "2014-07-24", "2018-10-02"), ("Barham Salih", "2018-10-02", "2022-10-13")], src="britannica")
seq("IQ", HOG, "Prime Minister of Iraq", [("Haider al-Abadi", "2014-09-08", "2018-10-25", {"weak": ["al-Abadi", "Abadi"], "surname": False}), ("Adil Abdul-Mahdi", "2018-10-25", "2020-05-07", {"surname": False}),
                                          ("Mustafa Al-Kadhimi", "2020-05-07", "2022-10-27", {"aliases": ["Mustafa al-Kadhimi"], "weak": ["al-Kadhimi", "Kadhimi"], "surname": False}),
                                          ("Mohammed Shia' Al Sudani", "2022-10-27", None, {"aliases": ["Mohammed Shia al-Sudani", "Mohammed Shia al Sudani"], "weak": ["al-Sudani", "Sudani"], "surname": False})], src="britannica")
seq("JO", HOG, "Prime Minister of Jordan", [("Abdullah Ensour", "2012-10-11", "2016-06-01"), ("Hani Mulki", "2016-06-01", "2018-06-14"), ("Omar Razzaz", "2018-06-14", "2020-10-12"), ("Bisher Al-Khasawneh", "2020-10-12", "2024-09-15", {"surname": False})], src="britannica")
seq("LB", HOS, "President of Lebanon", [("Michel Aoun", "2016-10-31", "2022-10-30", {"surname": False})], src="britannica")
seq("LB", HOG, "Prime Minister of Lebanon", [("Tammam Salam", "2014-02-15", "2016-12-18", {"surname": False}), ("Saad Hariri", "2016-12-18", "2020-01-21", {"weak": ["Hariri"], "surname": False}), ("Hassan Diab", "2020-01-21", "2021-09-10"),
                                             ("Najib Mikati", "2021-09-10", "2025-02-08")], src="britannica")
seq("KW", HOS, "Emir of Kuwait", [("Sabah Al-Ahmad Al-Jaber Al-Sabah", "2006-01-29", "2020-09-29", {"surname": False}), ("Nawaf Al-Ahmad Al-Jaber Al-Sabah", "2020-09-29", "2023-12-16", {"surname": False})], src="britannica")
seq("KW", HOG, "Prime Minister of Kuwait", [("Ahmad Nawaf Al-Ahmad Al-Sabah", "2022-07", "2024-01", {"surname": False})], src="britannica")
add("Qaboos bin Said", [("OM", HOS, "Sultan of Oman", "1970-07-23", "2020-01-10", "britannica"), ("OM", HOG, "Sultan of Oman", "1970-07-23", "2020-01-10", "britannica")], aliases=["Sultan Qaboos", "Qaboos bin Said Al Said"], surname=False)
seq("QA", HOG, "Prime Minister of Qatar", [("Abdullah bin Nasser bin Khalifa Al Thani", "2013-06-26", "2020-01-28", {"surname": False}), ("Khalid bin Khalifa bin Abdulaziz Al Thani", "2020-01-28", "2023-03-07", {"surname": False})], src="britannica")
add("Khalifa bin Salman Al Khalifa", [("BH", HOG, "Prime Minister of Bahrain", "1971", "2020-11-11", "britannica")], surname=False)
# The Factbook's King Hamad, named here so that its entry is not matched to the Crown Prince (Salman bin Hamad) by a shared name.
add("Hamad bin Isa Al Khalifa", [], aliases=["Hamad II of Bahrain", "King Hamad"], surname=False)
seq("SY", HOG, "Prime Minister of Syria", [("Wael al-Halqi", "2012-08-09", "2016-07-03", {"surname": False}), ("Imad Khamis", "2016-07-03", "2020-08-30"), ("Hussein Arnous", "2020-08-30", "2024-09-14"),
                                           ("Mohammad Ghazi al-Jalali", "2024-09-14", "2024-12-10", {"surname": False}), ("Mohammed al-Bashir", "2024-12-10", "2025-03-29", {"surname": False})], src="britannica")
seq("PS", HOG, "Prime Minister of the State of Palestine", [("Rami Hamdallah", "2013-06-06", "2019-04-14"), ("Mohammad Shtayyeh", "2019-04-14", "2024-03-31"), ("Mohammad Mustafa", "2024-03-31", None)], src="britannica")
seq("EG", HOG, "Prime Minister of Egypt", [("Ibrahim Mahlab", "2014-03-01", "2015-09-19"), ("Sherif Ismail", "2015-09-19", "2018-06-07")], src="britannica")
seq("MA", HOG, "Head of Government of Morocco", [("Abdelilah Benkirane", "2011-11-29", "2017-04-05"), ("Saadeddine Othmani", "2017-04-05", "2021-10-07", {"aliases": ["Saad Eddine El Othmani", "Saadeddine El Othmani"]})], src="britannica")
seq("DZ", HOS, "President of Algeria", [("Abdelaziz Bouteflika", "1999-04-27", "2019-04-02"), ("Abdelkader Bensalah", "2019-04-09", "2019-12-19")], src="britannica")
add("Abdelmadjid Tebboune", [("DZ", HOG, "Prime Minister of Algeria", "2017-05-24", "2017-08-15", "britannica")])
seq("DZ", HOG, "Prime Minister of Algeria", [("Abdelmalek Sellal", "2014-04-28", "2017-05-24"), ("Ahmed Ouyahia", "2017-08-15", "2019-03-11"), ("Noureddine Bedoui", "2019-03-11", "2019-12-19"), ("Abdelaziz Djerad", "2019-12-28", "2021-06-30"),
                                             ("Aymen Benabderrahmane", "2021-06-30", "2023-11-11"), ("Nadir Larbaoui", "2023-11-11", "2025-08-28")], src="britannica")
seq("TN", HOS, "President of Tunisia", [("Beji Caid Essebsi", "2014-12-31", "2019-07-25", {"aliases": ["Béji Caïd Essebsi"]}), ("Mohamed Ennaceur", "2019-07-25", "2019-10-23")], src="britannica")
seq("TN", HOG, "Head of Government of Tunisia", [("Habib Essid", "2015-02-06", "2016-08-27"), ("Youssef Chahed", "2016-08-27", "2020-02-27"), ("Elyes Fakhfakh", "2020-02-27", "2020-09-02"), ("Hichem Mechichi", "2020-09-02", "2021-07-25"),
                                                ("Najla Bouden", "2021-10-11", "2023-08-01", {"aliases": ["Najla Bouden Romdhane"]}), ("Ahmed Hachani", "2023-08-01", "2024-08-07"), ("Kamel Madouri", "2024-08-07", "2025-03-21")], src="britannica")
# Asia and the Pacific
seq("PK", HOS, "President of Pakistan", [("Mamnoon Hussain", "2013-09-09", "2018-09-09"), ("Arif Alvi", "2018-09-09", "2024-03-10")], src="britannica")
add("Asif Ali Zardari", [("PK", HOS, "President of Pakistan", "2008-09-09", "2013-09-09", "britannica")], surname=False, weak=["Zardari"])
add("Nawaz Sharif", [("PK", HOG, "Prime Minister of Pakistan", "2013-06-05", "2017-07-28", "britannica")])
add("Shehbaz Sharif", [("PK", HOG, "Prime Minister of Pakistan", "2022-04-11", "2023-08-14", "britannica")])
seq("PK", HOG, "Prime Minister of Pakistan", [("Shahid Khaqan Abbasi", "2017-08-01", "2018-05-31"), ("Imran Khan", "2018-08-18", "2022-04-10", {"surname": False}), ("Anwaar-ul-Haq Kakar", "2023-08-14", "2024-03-04", {"aliases": ["Anwaar ul Haq Kakar"]})], src="britannica")
seq("BD", HOS, "President of Bangladesh", [("Abdul Hamid", "2013-04-24", "2023-04-24", {"aliases": ["Mohammad Abdul Hamid"], "surname": False})], src="britannica")
pseq("LK", "President of Sri Lanka", [("Maithripala Sirisena", "2015-01-09", "2019-11-18"), ("Gotabaya Rajapaksa", "2019-11-18", "2022-07-14", {"surname": False, "weak": ["Gotabaya"]})], src="britannica")
seq("NP", HOS, "President of Nepal", [("Ram Baran Yadav", "2008-07-23", "2015-10-29"), ("Bidya Devi Bhandari", "2015-10-29", "2023-03-13")], src="britannica")
add("Khadga Prasad Sharma Oli", [("NP", HOG, "Prime Minister of Nepal", f, t, "britannica") for f, t in [("2015-10-12", "2016-08-04"), ("2018-02-15", "2021-07-13"), ("2024-07-15", "2025-09-09")]], aliases=["K. P. Sharma Oli", "KP Sharma Oli", "K.P. Sharma Oli"], surname=False)
add("Pushpa Kamal Dahal", [("NP", HOG, "Prime Minister of Nepal", "2016-08-04", "2017-06-07", "britannica"), ("NP", HOG, "Prime Minister of Nepal", "2022-12-26", "2024-07-15", "britannica")], aliases=["Prachanda"], surname=False)
add("Sher Bahadur Deuba", [("NP", HOG, "Prime Minister of Nepal", "2017-06-07", "2018-02-15", "britannica"), ("NP", HOG, "Prime Minister of Nepal", "2021-07-13", "2022-12-26", "britannica")], surname=False)
seq("NP", HOG, "Prime Minister of Nepal", [("Sushil Koirala", "2014-02-11", "2015-10-12")], src="britannica")
seq("MY", HOS, "Yang di-Pertuan Agong of Malaysia", [("Abdul Halim of Kedah", "2011-12-13", "2016-12-13", {"surname": False}), ("Muhammad V of Kelantan", "2016-12-13", "2019-01-06", {"surname": False}), ("Abdullah of Pahang", "2019-01-31", "2024-01-31", {"surname": False})], src="britannica")
# The Factbook's King, named here so that its entry is not matched to Prime Minister Anwar Ibrahim by a shared name.
add("Sultan Ibrahim", [("MY", HOS, "Yang di-Pertuan Agong of Malaysia", "2024-01-31", None, "britannica")], aliases=["Ibrahim Iskandar of Johor", "Ibrahim ibni al-Marhum Sultan Iskandar", "Sultan Ibrahim Iskandar"], surname=False)
seq("MY", HOG, "Prime Minister of Malaysia", [("Najib Razak", "2009-04-03", "2018-05-10", {"surname": False}), ("Muhyiddin Yassin", "2020-03-01", "2021-08-16", {"surname": False}), ("Ismail Sabri Yaakob", "2021-08-21", "2022-11-24", {"surname": False})], src="britannica")
add("Mahathir Mohamad", [("MY", HOG, "Prime Minister of Malaysia", "1981-07-16", "2003-10-31", "britannica"), ("MY", HOG, "Prime Minister of Malaysia", "2018-05-10", "2020-03-01", "britannica")], strong=["Mahathir"], surname=False)
seq("SG", HOS, "President of Singapore", [("Tony Tan", "2011-09-01", "2017-08-31", {"aliases": ["Tony Tan Keng Yam"], "surname": False}), ("Halimah Yacob", "2017-09-14", "2023-09-14", {"surname": False})], src="official-sites")
seq("SG", HOG, "Prime Minister of Singapore", [("Lee Hsien Loong", "2004-08-12", "2024-05-15", {"surname": False})], src="official-sites")
pseq("MV", "President of the Maldives", [("Abdulla Yameen", "2013-11-17", "2018-11-17", {"surname": False}), ("Ibrahim Mohamed Solih", "2018-11-17", "2023-11-17", {"surname": False})], src="britannica")
pseq("MM", "President of Myanmar", [("Thein Sein", "2011-03-30", "2016-03-30", {"surname": False}), ("Htin Kyaw", "2016-03-30", "2018-03-21", {"surname": False}), ("Win Myint", "2018-03-30", "2021-02-01", {"surname": False})], src="britannica")
seq("MM", HOS, "Acting President of Myanmar", [("Myint Swe", "2021-02-01", "2024-07-22", {"surname": False})], src="britannica")
seq("TH", HOS, "King of Thailand", [("Bhumibol Adulyadej", "1946-06-09", "2016-10-13", {"aliases": ["King Bhumibol"], "surname": False}), ("Vajiralongkorn", "2016-10-13", None, {"aliases": ["King Vajiralongkorn", "Maha Vajiralongkorn"], "surname": False})], src="britannica")
seq("LA", HOS, "President of Laos", [("Choummaly Sayasone", "2006-06-08", "2016-04-20", {"surname": False}), ("Bounnhang Vorachith", "2016-04-20", "2021-03-22", {"surname": False})], src="britannica")
add("Thongloun Sisoulith", [("LA", HOG, "Prime Minister of Laos", "2016-04-20", "2021-03-22", "britannica")], surname=False)
seq("LA", HOG, "Prime Minister of Laos", [("Thongsing Thammavong", "2010-12-23", "2016-04-20", {"surname": False}), ("Phankham Viphavanh", "2021-03-22", "2022-12-30", {"aliases": ["Phankham Viphavan"], "surname": False}), ("Sonexay Siphandone", "2022-12-30", None, {"surname": False})], src="britannica")
seq("VN", HOG, "Prime Minister of Vietnam", [("Nguyễn Tấn Dũng", "2006-06-27", "2016-04-07", {"aliases": ["Nguyen Tan Dung"], "surname": False}), ("Phạm Minh Chính", "2021-04-05", None, {"aliases": ["Pham Minh Chinh"], "surname": False})], src="britannica")
add("Nguyễn Xuân Phúc", [("VN", HOG, "Prime Minister of Vietnam", "2016-04-07", "2021-04-05", "britannica"), ("VN", HOS, "President of Vietnam", "2021-04-05", "2023-01-18", "britannica")], aliases=["Nguyen Xuan Phuc"], surname=False)
seq("VN", HOS, "President of Vietnam", [("Trương Tấn Sang", "2011-07-25", "2016-04-02", {"aliases": ["Truong Tan Sang"], "surname": False}), ("Trần Đại Quang", "2016-04-02", "2018-09-21", {"aliases": ["Tran Dai Quang"], "surname": False}),
                                         ("Nguyễn Phú Trọng", "2018-10-23", "2021-04-05", {"aliases": ["Nguyen Phu Trong"], "surname": False}), ("Võ Văn Thưởng", "2023-03-02", "2024-03-21", {"aliases": ["Vo Van Thuong"], "surname": False}),
                                         ("Tô Lâm", "2024-05-22", "2024-10-21", {"aliases": ["To Lam"], "surname": False}), ("Lương Cường", "2024-10-21", None, {"aliases": ["Luong Cuong"], "surname": False})], src="britannica")
seq("KH", HOG, "Prime Minister of Cambodia", [("Hun Sen", "1985-01-14", "2023-08-22", {"surname": False})], src="britannica")
seq("TL", HOS, "President of Timor-Leste", [("Taur Matan Ruak", "2012-05-20", "2017-05-20", {"surname": False}), ("Francisco Guterres", "2017-05-20", "2022-05-20", {"aliases": ["Lú Olo", "Francisco Guterres Lú Olo"], "surname": False})], src="britannica")
add("Taur Matan Ruak", [("TL", HOG, "Prime Minister of Timor-Leste", "2018-06-22", "2023-07-01", "britannica")], surname=False)
seq("TL", HOG, "Prime Minister of Timor-Leste", [("Rui Maria de Araújo", "2015-02-16", "2017-09-15", {"aliases": ["Rui Araújo", "Rui Maria de Araujo"], "surname": False}), ("Mari Alkatiri", "2017-09-15", "2018-06-22")], src="britannica")
seq("TW", HOS, "President of the Republic of China (Taiwan)", [("Ma Ying-jeou", "2008-05-20", "2016-05-20", {"surname": False}), ("Tsai Ing-wen", "2016-05-20", "2024-05-20", {"surname": False})], src="official-sites")
add("Lai Ching-te", [("TW", HOG, "Premier of the Republic of China (Taiwan)", "2017-09-08", "2019-01-14", "official-sites")], aliases=["William Lai"], surname=False)
seq("TW", HOG, "Premier of the Republic of China (Taiwan)", [("Mao Chi-kuo", "2014-12-08", "2016-02-01", {"surname": False}), ("Chang San-cheng", "2016-02-01", "2016-05-20", {"surname": False}), ("Lin Chuan", "2016-05-20", "2017-09-08", {"surname": False}),
                                                            ("Su Tseng-chang", "2019-01-14", "2023-01-31", {"surname": False}), ("Chen Chien-jen", "2023-01-31", "2024-05-20", {"surname": False}), ("Cho Jung-tai", "2024-05-20", None, {"surname": False})], src="official-sites")
pseq("PH", "President of the Philippines", [("Benigno Aquino III", "2010-06-30", "2016-06-30", {"aliases": ["Noynoy Aquino"], "weak": ["Aquino"], "surname": False}), ("Rodrigo Duterte", "2016-06-30", "2022-06-30")], src="official-sites")
pseq("AF", "President of Afghanistan", [("Ashraf Ghani", "2014-09-29", "2021-08-15")], src="britannica")
seq("KP", HOG, "Premier of North Korea", [("Pak Pong-ju", "2013-04-01", "2019-04-11", {"aliases": ["Pak Pong Ju"], "surname": False})], src="britannica")
add("Tshering Tobgay", [("BT", HOG, "Prime Minister of Bhutan", "2013-07-27", "2018-08", "britannica")], surname=False)
seq("BT", HOG, "Prime Minister of Bhutan", [("Lotay Tshering", "2018-11-07", "2023-08", {"surname": False})], src="britannica")
add("Nursultan Nazarbayev", [("KZ", HOS, "President of Kazakhstan", "1990-04-24", "2019-03-20", "britannica")], aliases=["Nursultan Nazarbaev"])
seq("KZ", HOG, "Prime Minister of Kazakhstan", [("Karim Massimov", "2014-04-02", "2016-09-08"), ("Bakhytzhan Sagintayev", "2016-09-09", "2019-02-21"), ("Askar Mamin", "2019-02-25", "2022-01-05"), ("Alikhan Smailov", "2022-01-11", "2024-02-05")], src="britannica")
add("Islam Karimov", [("UZ", HOS, "President of Uzbekistan", "1990-03-24", "2016-09-02", "britannica")])
add("Shavkat Mirziyoyev", [("UZ", HOG, "Prime Minister of Uzbekistan", "2003-12-12", "2016-12-14", "britannica")])
# Current holders that the Wikidata query and the Factbook spell differently, named here so that both name one person.
add("Nicos Christodoulides", pres("CY", "President of Cyprus", "2023-02-28", None), aliases=["Nikos Christodoulidis"])
add("Serdar Berdimuhamedow", pres("TM", "President of Turkmenistan", "2022-03-19", None, "britannica"), aliases=["Serdar Berdimuhamedov"], surname=False)
add("Vahagn Khachaturyan", [("AM", HOS, "President of Armenia", "2022-03-13", None, "official-sites")], aliases=["Vahagn Khachatryan"])
add("Gurbanguly Berdimuhamedow", pres("TM", "President of Turkmenistan", "2007-02-14", "2022-03-19", "britannica"), aliases=["Gurbanguly Berdimuhamedov"], surname=False)
seq("KG", HOS, "President of Kyrgyzstan", [("Almazbek Atambayev", "2011-12-01", "2017-11-24"), ("Sooronbay Jeenbekov", "2017-11-24", "2020-10-15")], src="britannica")
# The Factbook's President, named here so that its entry is not matched to former Prime Minister Akylbek Japarov by surname.
add("Sadyr Japarov", [("KG", HOS, "President of Kyrgyzstan", "2021-01-28", None, "britannica")], aliases=["Sadyr Zhaparov"], surname=False)
seq("MN", HOS, "President of Mongolia", [("Tsakhiagiin Elbegdorj", "2009-06-18", "2017-07-10", {"surname": False}), ("Khaltmaagiin Battulga", "2017-07-10", "2021-06-25", {"surname": False})], src="britannica")
add("Khurelsukh Ukhnaa", [("MN", HOG, "Prime Minister of Mongolia", "2017-10-04", "2021-01-27", "britannica")], aliases=["Ukhnaagiin Khürelsükh", "Ukhnaagiin Khurelsukh"], surname=False)
seq("MN", HOG, "Prime Minister of Mongolia", [("Chimediin Saikhanbileg", "2014-12-04", "2016-07-07", {"surname": False}), ("Jargaltulgyn Erdenebat", "2016-07-08", "2017-10-04", {"surname": False}),
                                               ("Oyunerdene Luvsannamsrai", "2021-01-27", "2025-06-13", {"aliases": ["Luvsannamsrain Oyun-Erdene"], "surname": False})], src="britannica")
seq("NZ", HOG, "Prime Minister of New Zealand", [("John Key", "2008-11-19", "2016-12-12"), ("Bill English", "2016-12-12", "2017-10-26"), ("Jacinda Ardern", "2017-10-26", "2023-01-25"), ("Chris Hipkins", "2023-01-25", "2023-11-27")])
seq("PG", HOG, "Prime Minister of Papua New Guinea", [("Peter O'Neill", "2011-08-02", "2019-05-30")])
seq("FJ", HOS, "President of Fiji", [("Epeli Nailatikau", "2009-07-30", "2015-11-12"), ("Jioji Konrote", "2015-11-12", "2021-11-12"), ("Wiliame Katonivere", "2021-11-12", "2024-11-12")])
pseq("PW", "President of Palau", [("Tommy Remengesau Jr.", "2013-01-17", "2021-01-21", {"aliases": ["Tommy Remengesau"], "surname": False})])
pseq("KI", "President of Kiribati", [("Anote Tong", "2003-07-10", "2016-03-11")])
pseq("FM", "President of the Federated States of Micronesia", [("Manny Mori", "2007-05-11", "2015-05-11", {"aliases": ["Emanuel Mori"]}), ("Peter M. Christian", "2015-05-11", "2019-05-11", {"aliases": ["Peter Christian"]}), ("David Panuelo", "2019-05-11", "2023-05-12")])
pseq("MH", "President of the Marshall Islands", [("Christopher Loeak", "2012-01-10", "2016-01-11"), ("Casten Nemra", "2016-01-11", "2016-01-28"), ("David Kabua", "2020-01-13", "2023-01-03")])
add("Hilda Heine", pres("MH", "President of the Marshall Islands", "2016-01-28", "2020-01-13"), aliases=["Hilda C. Heine"])
pseq("NR", "President of Nauru", [("Baron Waqa", "2013-06-11", "2019-08-27"), ("Lionel Aingimea", "2019-08-27", "2022-09-29"), ("Russ Kun", "2022-09-29", "2023-10-30")])
# Africa
pseq("NG", "President of Nigeria", [("Goodluck Jonathan", "2010-05-06", "2015-05-29"), ("Muhammadu Buhari", "2015-05-29", "2023-05-29")], src="britannica")
add("Uhuru Kenyatta", pres("KE", "President of Kenya", "2013-04-09", "2022-09-13", "britannica"))
add("Joseph Kabila", [("CD", HOS, "President of the Democratic Republic of the Congo", "2001-01-26", "2019-01-24", "britannica")])
add("Félix Tshisekedi", [("CD", HOS, "President of the Democratic Republic of the Congo", "2019-01-24", None, "britannica")], labels=D("Félix Tshisekedi", "Félix Tshisekedi", "Félix Tshisekedi", "Félix Tshisekedi", "Félix Tshisekedi"),
    aliases=["Felix Tshisekedi", "Tshisekedi Tshilombo Felix", "Félix Tshisekedi Tshilombo"])
seq("CD", HOG, "Prime Minister of the Democratic Republic of the Congo", [("Augustin Matata Ponyo", "2012-04-18", "2016-11", {"weak": ["Matata Ponyo"], "surname": False}), ("Samy Badibanga", "2016-11-17", "2017-04"), ("Bruno Tshibala", "2017-04", "2019-05"),
                                                                         ("Sylvestre Ilunga", "2019-05-20", "2021-02-15"), ("Jean-Michel Sama Lukonde", "2021-02-15", "2024-05-29", {"weak": ["Sama Lukonde"], "surname": False})], src="britannica")
more("Robert Mugabe", [("ZW", HOG, "President of Zimbabwe", "1987-12-31", "2017-11-21", "britannica")])
add("Emmerson Mnangagwa", pres("ZW", "President of Zimbabwe", "2017-11-24", None, "britannica"))
add("John Dramani Mahama", pres("GH", "President of Ghana", "2012-07-24", "2017-01-07", "britannica"), aliases=["John Mahama"])
seq("ET", HOS, "President of Ethiopia", [("Mulatu Teshome", "2013-10-07", "2018-10-25", {"surname": False})], src="britannica")
seq("ET", HOG, "Prime Minister of Ethiopia", [("Hailemariam Desalegn", "2012-08-21", "2018-04-02", {"surname": False}), ("Abiy Ahmed Ali", "2018-04-02", None, {"aliases": ["Abiy Ahmed"], "weak": ["Abiy"], "surname": False})], src="britannica")
pseq("TZ", "President of Tanzania", [("Jakaya Kikwete", "2005-12-21", "2015-11-05"), ("John Magufuli", "2015-11-05", "2021-03-17", {"aliases": ["John Pombe Magufuli"]})], src="britannica")
seq("UG", HOG, "Prime Minister of Uganda", [("Ruhakana Rugunda", "2014-09-19", "2021-06-14")], src="britannica")
seq("RW", HOG, "Prime Minister of Rwanda", [("Anastase Murekezi", "2014-07-24", "2017-08-30"), ("Édouard Ngirente", "2017-08-30", "2025-07-23", {"aliases": ["Edouard Ngirente"]})], src="britannica")
add("Omar al-Bashir", [("SD", HOG, "President of Sudan", "1989-06-30", "2017-03-02", "britannica")], surname=False)
seq("SD", HOG, "Prime Minister of Sudan", [("Bakri Hassan Saleh", "2017-03-02", "2018-09-10", {"surname": False})], src="britannica")
add("Abdalla Hamdok", [("SD", HOG, "Prime Minister of Sudan", "2019-08-21", "2021-10-25", "britannica"), ("SD", HOG, "Prime Minister of Sudan", "2021-11-21", "2022-01-02", "britannica")], aliases=["Abdallah Hamdok"])
seq("SN", HOS, "President of Senegal", [("Macky Sall", "2012-04-02", "2024-04-02")], src="britannica")
seq("SN", HOG, "Prime Minister of Senegal", [("Mahammed Dionne", "2014-07-06", "2019-05-14", {"aliases": ["Mahammed Boun Abdallah Dionne"]}), ("Amadou Ba", "2022-09-17", "2024-03-06")], src="britannica")
seq("CI", HOG, "Prime Minister of Côte d'Ivoire", [("Daniel Kablan Duncan", "2012-11-21", "2017-01-10"), ("Amadou Gon Coulibaly", "2017-01-10", "2020-07-08"), ("Hamed Bakayoko", "2020-07-30", "2021-03-10"), ("Patrick Achi", "2021-03-26", "2023-10-16")], src="britannica")
seq("CM", HOG, "Prime Minister of Cameroon", [("Philémon Yang", "2009-06-30", "2019-01-04", {"aliases": ["Philemon Yang"]})], src="britannica")
seq("AO", HOS, "President of Angola", [("José Eduardo dos Santos", "1979-09-21", "2017-09-26", {"aliases": ["Jose Eduardo dos Santos"], "weak": ["dos Santos"], "surname": False})], src="britannica")
add("José Eduardo dos Santos", [("AO", HOG, "President of Angola", "1979-09-21", "2017-09-26", "britannica")], surname=False)
pseq("ZM", "President of Zambia", [("Edgar Lungu", "2015-01-25", "2021-08-24")], src="britannica")
add("Peter Mutharika", pres("MW", "President of Malawi", "2014-05-31", "2020-06-28", "britannica"), aliases=["Arthur Peter Mutharika"])
pseq("BW", "President of Botswana", [("Ian Khama", "2008-04-01", "2018-04-01")], src="britannica")
seq("NA", HOS, "President of Namibia", [("Hifikepunye Pohamba", "2005-03-21", "2015-03-21"), ("Hage Geingob", "2015-03-21", "2024-02-04"), ("Nangolo Mbumba", "2024-02-04", "2025-03-21")], src="britannica")
pseq("BJ", "President of Benin", [("Thomas Boni Yayi", "2006-04-06", "2016-04-06", {"aliases": ["Boni Yayi"], "surname": False})], src="britannica")
seq("BF", HOS, "President of Burkina Faso", [("Michel Kafando", "2014-11-18", "2015-12-29"), ("Roch Marc Christian Kaboré", "2015-12-29", "2022-01-24", {"aliases": ["Roch Kaboré", "Roch Marc Christian Kabore"]}),
                                              ("Paul-Henri Sandaogo Damiba", "2022-01", "2022-09-30", {"aliases": ["Paul-Henri Damiba"]})], src="britannica")
seq("BF", HOG, "Prime Minister of Burkina Faso", [("Paul Kaba Thiéba", "2016-01-06", "2019-01-21", {"aliases": ["Paul Kaba Thieba"]}), ("Christophe Dabiré", "2019-01-21", "2021-12-10", {"aliases": ["Christophe Joseph Marie Dabiré", "Christophe Dabire"]})], src="britannica")
seq("ML", HOS, "President of Mali", [("Ibrahim Boubacar Keïta", "2013-09-04", "2020-08-18", {"aliases": ["Ibrahim Boubacar Keita"], "weak": ["IBK"]}), ("Bah N'Daw", "2020-09-25", "2021-05-24", {"aliases": ["Bah Ndaw"]})], src="britannica")
seq("ML", HOG, "Prime Minister of Mali", [("Modibo Keïta", "2015-01-08", "2017-04-08", {"aliases": ["Modibo Keita"]}), ("Abdoulaye Idrissa Maïga", "2017-04-08", "2017-12-30", {"aliases": ["Abdoulaye Idrissa Maiga"]}),
                                          ("Soumeylou Boubèye Maïga", "2017-12-30", "2019-04-23", {"aliases": ["Soumeylou Boubeye Maiga"]}), ("Boubou Cissé", "2019-04-23", "2020-08-18", {"aliases": ["Boubou Cisse"]}), ("Moctar Ouane", "2020-09-27", "2021-05-24")], src="britannica")
seq("NE", HOS, "President of Niger", [("Mahamadou Issoufou", "2011-04-07", "2021-04-02")], src="britannica")
seq("NE", HOG, "Prime Minister of Niger", [("Brigi Rafini", "2011-04-07", "2021-04-03"), ("Ouhoumoudou Mahamadou", "2021-04-03", "2023-07-26")], src="britannica")
seq("GN", HOS, "President of Guinea", [("Alpha Condé", "2010-12-21", "2021-09-05", {"aliases": ["Alpha Conde"]})], src="britannica")
seq("GN", HOG, "Prime Minister of Guinea", [("Mohamed Saïd Fofana", "2010-12-24", "2015-12-26", {"aliases": ["Mohamed Said Fofana"]}), ("Mamady Youla", "2015-12-26", "2018-05-22"), ("Ibrahima Kassory Fofana", "2018-05-22", "2021-09-05"),
                                            ("Mohamed Béavogui", "2021-10-06", "2022-07-16", {"aliases": ["Mohamed Beavogui"]}), ("Bernard Goumou", "2022-07-16", "2024-02-19")], src="britannica")
pseq("GM", "President of The Gambia", [("Yahya Jammeh", "1994-07-22", "2017-01-19"), ("Adama Barrow", "2017-01-19", None)], src="britannica")
seq("GA", HOS, "President of Gabon", [("Ali Bongo Ondimba", "2009-10-16", "2023-08-30", {"aliases": ["Ali Bongo"], "weak": ["Bongo"], "surname": False})], src="britannica")
seq("GA", HOG, "Prime Minister of Gabon", [("Daniel Ona Ondo", "2014-01-24", "2016-09-28", {"surname": False}), ("Emmanuel Issoze-Ngondet", "2016-09-28", "2019-01-12"), ("Julien Nkoghe Bekale", "2019-01-12", "2020-07-16", {"surname": False}),
                                           ("Rose Christiane Raponda", "2020-07-16", "2023-01-09", {"aliases": ["Rose Christiane Ossouka Raponda"]}), ("Alain-Claude Bilie-By-Nze", "2023-01-09", "2023-08-30")], src="britannica")
pseq("LR", "President of Liberia", [("Ellen Johnson Sirleaf", "2006-01-16", "2018-01-22", {"weak": ["Sirleaf", "Johnson Sirleaf"], "surname": False}), ("George Weah", "2018-01-22", "2024-01-22")], src="britannica")
pseq("SL", "President of Sierra Leone", [("Ernest Bai Koroma", "2007-09-17", "2018-04-04"), ("Julius Maada Bio", "2018-04-04", None, {"weak": ["Maada Bio"], "surname": False})], src="britannica")
seq("CV", HOS, "President of Cape Verde", [("Jorge Carlos Fonseca", "2011-09-09", "2021-11-09")], src="britannica")
add("José Maria Neves", [("CV", HOG, "Prime Minister of Cape Verde", "2001-02-01", "2016-04-22", "britannica")], aliases=["Jose Maria Neves"])
seq("GW", HOS, "President of Guinea-Bissau", [("José Mário Vaz", "2014-06-23", "2020-02-27", {"aliases": ["Jose Mario Vaz"]}), ("Umaro Sissoco Embaló", "2020-02-27", "2025-11", {"aliases": ["Umaro Sissoco Embalo"]})], src="britannica")
seq("ST", HOS, "President of São Tomé and Príncipe", [("Manuel Pinto da Costa", "2011-09-03", "2016-09-03", {"weak": ["Pinto da Costa"], "surname": False}), ("Evaristo Carvalho", "2016-09-03", "2021-10-02")], src="britannica")
add("Patrice Trovoada", [("ST", HOG, "Prime Minister of São Tomé and Príncipe", "2014-11-29", "2018-12-03", "britannica"), ("ST", HOG, "Prime Minister of São Tomé and Príncipe", "2022-11-14", "2025-01-06", "britannica")])
seq("ST", HOG, "Prime Minister of São Tomé and Príncipe", [("Jorge Bom Jesus", "2018-12-03", "2022-11-14", {"surname": False})], src="britannica")
add("Hassan Sheikh Mohamud", [("SO", HOS, "President of Somalia", "2012-09-16", "2017-02-16", "britannica")], surname=False)
seq("SO", HOS, "President of Somalia", [("Mohamed Abdullahi Mohamed", "2017-02-16", "2022-05-23", {"aliases": ["Mohamed Abdullahi Farmaajo", "Farmaajo"], "surname": False})], src="britannica")
seq("SO", HOG, "Prime Minister of Somalia", [("Omar Abdirashid Ali Sharmarke", "2014-12-24", "2017-03-01"), ("Hassan Ali Khaire", "2017-03-01", "2020-07-25"), ("Mohamed Hussein Roble", "2020-09-18", "2022-06-25")], src="britannica")
seq("LS", HOG, "Prime Minister of Lesotho", [("Pakalitha Mosisili", "2015-03-17", "2017-06-16"), ("Tom Thabane", "2017-06-16", "2020-05-20"), ("Moeketsi Majoro", "2020-05-20", "2022-10-28")], src="britannica")
seq("SZ", HOG, "Prime Minister of Eswatini", [("Ambrose Dlamini", "2018-10-29", "2020-12-13")], src="britannica")
add("Idriss Déby", [("TD", HOS, "President of Chad", "1990-12-02", "2021-04-20", "britannica")], aliases=["Idriss Deby", "Idriss Déby Itno"])
add("Mahamat Déby Itno", [("TD", HOS, "President of Chad", "2021-04-20", None, "britannica")], aliases=["Mahamat Idriss Déby", "Mahamat Deby"], surname=False, weak=["Mahamat Déby"])
seq("TD", HOG, "Prime Minister of Chad", [("Kalzeubet Pahimi Deubet", "2013-11-21", "2016-02-15", {"surname": False}), ("Saleh Kebzabo", "2022-10-12", "2024-01-01"), ("Succès Masra", "2024-01-01", "2024-05-22", {"aliases": ["Succes Masra"]})], src="britannica")
add("Albert Pahimi Padacké", [("TD", HOG, "Prime Minister of Chad", "2016-02-15", "2018-05-03", "britannica"), ("TD", HOG, "Prime Minister of Chad", "2021-04-26", "2022-10-12", "britannica")], aliases=["Albert Pahimi Padacke"], weak=["Pahimi Padacké"], surname=False)
seq("CF", HOS, "Head of State of the Transition of the Central African Republic", [("Catherine Samba-Panza", "2014-01-23", "2016-03-30")], src="britannica")
seq("CF", HOG, "Prime Minister of the Central African Republic", [("Mahamat Kamoun", "2014-08-10", "2016-04-02"), ("Simplice Sarandji", "2016-04-02", "2019-02-25"), ("Firmin Ngrébada", "2019-02-25", "2021-06-11", {"aliases": ["Firmin Ngrebada"]}), ("Henri-Marie Dondra", "2021-06-11", "2022-02-07")], src="britannica")
seq("CG", HOG, "Prime Minister of the Republic of the Congo", [("Clément Mouamba", "2016-04-23", "2021-05-12", {"aliases": ["Clement Mouamba"]})], src="britannica")
seq("BI", HOS, "President of Burundi", [("Pierre Nkurunziza", "2005-08-26", "2020-06-08")], src="britannica")
seq("BI", HOG, "Prime Minister of Burundi", [("Alain-Guillaume Bunyoni", "2020-06-23", "2022-09-07"), ("Gervais Ndirakobuca", "2022-09-07", "2025-08-05")], src="britannica")
pseq("KM", "President of the Comoros", [("Ikililou Dhoinine", "2011-05-26", "2016-05-26")], src="britannica")
seq("GQ", HOG, "Prime Minister of Equatorial Guinea", [("Vicente Ehate Tomi", "2012-05-21", "2016-06-23", {"surname": False}), ("Francisco Pascual Obama Asue", "2016-06-23", "2023-02-01", {"surname": False})], src="britannica")
seq("TG", HOG, "Prime Minister of Togo", [("Kwesi Séléagodji Ahoomey-Zunu", "2012-07-23", "2015-06-05", {"aliases": ["Kwesi Ahoomey-Zunu"]}), ("Komi Sélom Klassou", "2015-06-05", "2020-09-28", {"aliases": ["Komi Selom Klassou"]}), ("Victoire Tomegah Dogbé", "2020-09-28", "2025-05-03", {"aliases": ["Victoire Dogbé Tomegah", "Victoire Tomegah Dogbe"], "surname": False})], src="britannica")
seq("MR", HOS, "President of Mauritania", [("Mohamed Ould Abdel Aziz", "2009-08-05", "2019-08-01", {"surname": False})], src="britannica")
seq("MR", HOG, "Prime Minister of Mauritania", [("Yahya Ould Hademine", "2014-08-20", "2018-10-29", {"surname": False}), ("Mohamed Salem Ould Béchir", "2018-10-29", "2019-08-03", {"surname": False}),
                                                ("Ismail Ould Bedde Ould Cheikh Sidiya", "2019-08-03", "2020-08-06", {"surname": False}), ("Mohamed Ould Bilal", "2020-08-06", "2024-08-02", {"surname": False})], src="britannica")
seq("MU", HOS, "President of Mauritius", [("Kailash Purryag", "2012-07-21", "2015-05-29"), ("Ameenah Gurib-Fakim", "2015-06-05", "2018-03-23"), ("Prithvirajsing Roopun", "2019-12-02", "2024-12-07")], src="britannica")
seq("MU", HOG, "Prime Minister of Mauritius", [("Anerood Jugnauth", "2014-12-17", "2017-01-23"), ("Pravind Jugnauth", "2017-01-23", "2024-11-13")], src="britannica")
pseq("SC", "President of Seychelles", [("James Michel", "2004-04-14", "2016-10-16"), ("Danny Faure", "2016-10-16", "2020-10-26")], src="britannica")
seq("MG", HOS, "President of Madagascar", [("Hery Rajaonarimampianina", "2014-01-25", "2018-09-07")], src="britannica")
seq("MG", HOG, "Prime Minister of Madagascar", [("Jean Ravelonarivo", "2015-01-17", "2016-04-13"), ("Olivier Mahafaly Solonandrasana", "2016-04-13", "2018-06", {"weak": ["Mahafaly"], "surname": True})], src="britannica")

# Remaining gaps since 2015: acting holders, presidents who also led the government while the premiership was abolished,
# Commonwealth realms, Pacific states, Kuwait, Kyrgyzstan, Guinea-Bissau, Eswatini, Yemen and Libya's recognised governments.
more("Elizabeth II", [(c, HOS, o, f, "2022-09-08", "britannica") for c, o, f in [
    ("NZ", "Queen of New Zealand", "1952-02-06"), ("JM", "Queen of Jamaica", "1962-08-06"), ("BS", "Queen of the Bahamas", "1973-07-10"), ("GD", "Queen of Grenada", "1974-02-07"),
    ("PG", "Queen of Papua New Guinea", "1975-09-16"), ("SB", "Queen of Solomon Islands", "1978-07-07"), ("TV", "Queen of Tuvalu", "1978-10-01"), ("LC", "Queen of Saint Lucia", "1979-02-22"),
    ("VC", "Queen of Saint Vincent and the Grenadines", "1979-10-27"), ("BZ", "Queen of Belize", "1981-09-21"), ("AG", "Queen of Antigua and Barbuda", "1981-11-01"), ("KN", "Queen of Saint Kitts and Nevis", "1983-09-19")]])
add("Choi Kyoung-hwan", [("KR", HOG, "Acting Prime Minister of South Korea", "2015-04", "2015-06-18", "official-sites")], aliases=["Choi Kyung-hwan"], surname=False)
add("Ivica Dačić", [("RS", HOG, "Acting Prime Minister of Serbia", "2017-05-31", "2017-06-29", "official-sites")], aliases=["Ivica Dacic"], weak=["Dacic"])
add("Aureliu Ciocoi", [("MD", HOG, "Acting Prime Minister of Moldova", "2020-12-31", "2021-08-06", "official-sites")])
add("Cătălin Predoiu", [("RO", HOG, "Interim Prime Minister of Romania", "2025-05", "2025-06-23", "official-sites")], aliases=["Catalin Predoiu"])
add("Gintautas Paluckas", [("LT", HOG, "Prime Minister of Lithuania", "2024-12-12", "2025", "official-sites")])
seq("MU", HOS, "Acting President of Mauritius", [("Monique Ohsan Bellepeau", "2015-05-29", "2015-06-05", {"weak": ["Ohsan Bellepeau"], "surname": False}), ("Barlen Vyapoory", "2018-03-23", "2019-12-02")], src="britannica")
add("Nasirul Mulk", [("PK", HOG, "Caretaker Prime Minister of Pakistan", "2018-06-01", "2018-08-18", "britannica")], aliases=["Nasir-ul-Mulk"], surname=False)
more("Pierre Nkurunziza", [("BI", HOG, "President of Burundi", "2005-08-26", "2020-06-08", "britannica")])
more("Idriss Déby", [("TD", HOG, "President of Chad", "2018-05", "2021-04-20", "britannica")])
more("Macky Sall", [("SN", HOG, "President of Senegal", "2019-05", "2022-09-17", "britannica")])
add("Denis Sassou-Nguesso", [("CG", HOG, "President of the Republic of the Congo", "2009-09", "2016-04-23", "britannica")], aliases=["Denis Sassou Nguesso"], surname=False)
more("Ahmed al-Sharaa", [("SY", HOG, "President of Syria", "2025-03-29", None, "britannica")])
add("Mohammad Hasan Akhund", [("AF", HOG, "Acting Prime Minister of Afghanistan", "2021-09-07", None, "britannica")], aliases=["Mullah Mohammad Hasan Akhund"], surname=False)
seq("BF", HOG, "Prime Minister of Burkina Faso", [("Yacouba Isaac Zida", "2014-11", "2016-01-06", {"aliases": ["Isaac Zida"]}), ("Albert Ouédraogo", "2022-03", "2022-09-30", {"aliases": ["Albert Ouedraogo"]})], src="britannica")
seq("KW", HOG, "Prime Minister of Kuwait", [("Jaber Al-Mubarak Al-Hamad Al-Sabah", "2011-11", "2019-11", {"aliases": ["Jaber Al-Mubarak Al-Sabah"], "surname": False}), ("Sabah Al-Khalid Al-Sabah", "2019-11", "2022-07", {"surname": False})], src="britannica")
seq("KG", HOG, "Prime Minister of Kyrgyzstan", [("Temir Sariyev", "2015-05", "2016-04", {"aliases": ["Temir Sariev"]}), ("Sapar Isakov", "2017-08", "2018-04"),
                                               ("Mukhammedkalyi Abylgaziev", "2018-04", "2020-06", {"aliases": ["Muhammetkaly Abulgaziev"]}), ("Kubatbek Boronov", "2020-06", "2020-10")], src="britannica")
more("Sooronbay Jeenbekov", [("KG", HOG, "Prime Minister of Kyrgyzstan", "2016-04", "2017-08", "britannica")])
add("Baciro Djá", [("GW", HOG, "Prime Minister of Guinea-Bissau", "2015-08", "2015-09", "britannica"), ("GW", HOG, "Prime Minister of Guinea-Bissau", "2016-05", "2016-11", "britannica")], aliases=["Baciro Dja"])
more("Umaro Sissoco Embaló", [("GW", HOG, "Prime Minister of Guinea-Bissau", "2016-11", "2018-01", "britannica")])
seq("GW", HOG, "Prime Minister of Guinea-Bissau", [("Domingos Simões Pereira", "2014-07", "2015-08", {"aliases": ["Domingos Simoes Pereira"], "weak": ["Simões Pereira"], "surname": False}), ("Carlos Correia", "2015-09", "2016-05"),
                                                   ("Artur Silva", "2018-01", "2018-04", {"surname": False}), ("Aristides Gomes", "2018-04", "2020-02"), ("Nuno Gomes Nabiam", "2020-02", "2023-08", {"weak": ["Nabiam"], "surname": False}),
                                                   ("Geraldo Martins", "2023-08", "2023-12")], src="britannica")
seq("SZ", HOG, "Prime Minister of Eswatini", [("Barnabas Sibusiso Dlamini", "2008-10", "2018-09", {"aliases": ["Barnabas Dlamini", "Sibusiso Dlamini"], "surname": False}), ("Themba Masuku", "2020-12", "2021-07"),
                                              ("Cleopas Dlamini", "2021-07", "2023", {"aliases": ["Cleopas Sipho Dlamini"], "surname": False})], src="britannica")
seq("YE", HOG, "Prime Minister of Yemen", [("Khaled Bahah", "2014-11", "2016-04"), ("Ahmed Obeid bin Daghr", "2016-04", "2018-10-15", {"aliases": ["Ahmed Obaid bin Daghr", "Ahmed bin Dagher"], "weak": ["bin Daghr"], "surname": False}),
                                           ("Maeen Abdulmalik Saeed", "2018-10-15", "2024-02-05", {"surname": False}), ("Ahmad Awad Bin Mubarak", "2024-02-05", "2025-05", {"surname": False})], src="britannica")
add("Fayez al-Sarraj", [("LY", HOS, "Chairman of the Presidential Council of Libya", "2016-03", "2021-03-15", "britannica"), ("LY", HOG, "Prime Minister of the Government of National Accord", "2016-03", "2021-03-15", "britannica")],
    aliases=["Fayez al-Serraj", "Fayez Sarraj", "Fayez al-Sarraj"], weak=["al-Sarraj", "Sarraj", "Serraj"], surname=False)
# The Pacific
seq("WS", HOS, "O le Ao o le Malo of Samoa", [("Tui Ātua Tupua Tamasese Efi", "2007-06-20", "2017-07-21", {"aliases": ["Tui Atua Tupua Tamasese Efi", "Tupua Tamasese Efi"], "surname": False})], src="britannica")
seq("WS", HOG, "Prime Minister of Samoa", [("Tuilaepa Sailele Malielegaoi", "1998-11-23", "2021-05-24", {"aliases": ["Tuilaepa Aiono Sailele Malielegaoi"], "weak": ["Tuilaepa"], "surname": False})], src="britannica")
seq("TO", HOG, "Prime Minister of Tonga", [("ʻAkilisi Pōhiva", "2014-12", "2019-09-12", {"aliases": ["Akilisi Pohiva", "'Akilisi Pohiva"], "surname": False}), ("Pōhiva Tuʻiʻonetoa", "2019-10", "2021-12", {"aliases": ["Pohiva Tu'i'onetoa", "Pohiva Tuionetoa"], "surname": False})], src="britannica")
seq("TV", HOG, "Prime Minister of Tuvalu", [("Enele Sopoaga", "2013-08", "2019-09-19")], src="britannica")
add("Manasseh Sogavare", [("SB", HOG, "Prime Minister of Solomon Islands", "2014-12-09", "2017-11-06", "britannica"), ("SB", HOG, "Prime Minister of Solomon Islands", "2019-04-24", "2024-05-02", "britannica")])
seq("SB", HOG, "Prime Minister of Solomon Islands", [("Rick Houenipwela", "2017-11-15", "2019-04-24", {"aliases": ["Rick Hou"]})], src="britannica")
seq("VU", HOS, "President of Vanuatu", [("Baldwin Lonsdale", "2014-09-22", "2017-06-17"), ("Tallis Obed Moses", "2017-07-06", "2022-07-23", {"surname": False})], src="britannica")
add("Sato Kilman", [("VU", HOG, "Prime Minister of Vanuatu", "2015-06-11", "2016-02-11", "britannica"), ("VU", HOG, "Prime Minister of Vanuatu", "2023-09", "2023-10", "britannica")], aliases=["Meltek Sato Kilman Livtuvanu"])
seq("VU", HOG, "Prime Minister of Vanuatu", [("Joe Natuman", "2014-05-15", "2015-06-11"), ("Bob Loughman", "2020-04-20", "2022-11-04"), ("Ishmael Kalsakau", "2022-11-04", "2023-09", {"aliases": ["Alatoi Ishmael Kalsakau"]})], src="britannica")
seq("FJ", HOG, "Prime Minister of Fiji", [("Frank Bainimarama", "2007-01-05", "2022-12-24", {"aliases": ["Voreqe Bainimarama", "Josaia Voreqe Bainimarama"]})], src="britannica")
seq("KN", HOG, "Prime Minister of Saint Kitts and Nevis", [("Timothy Harris", "2015-02-18", "2022-08-06")], src="britannica")
seq("GD", HOG, "Prime Minister of Grenada", [("Keith Mitchell", "2013-02-20", "2022-06-24")], src="britannica")

# Cabinet ministers 2017-2025 of France, Italy, Germany and Spain (full rank; the Italian, Spanish and French
# governments' lists of ministers, the Federal Government's list of former ministers), and Irish, Northern Irish,
# Chinese and US figures met in the news. A term given only to the month or year is known only to that precision.
# `cab` gives each person a description (gendered, with the years) from the latest term: OT holds, per office
# (matched as a prefix), the Italian, French and Spanish complement of "minister" and the German noun.
TITLES = [k for k in json.load(open("data/curated/people.json"))["titles"]]
OT = {
    "Minister of Health": ("della Salute", "de la Santé", "Gesundheitsminister", "de Sanidad"),
    "Federal Minister of Health": ("della Salute", "de la Santé", "Gesundheitsminister", "de Sanidad"),
    "Minister of Culture": ("della Cultura", "de la Culture", "Kulturminister", "de Cultura"),
    "Minister of Justice": ("della Giustizia", "de la Justice", "Justizminister", "de Justicia"),
    "Minister of Agriculture": ("dell'Agricoltura", "de l'Agriculture", "Landwirtschaftsminister", "de Agricultura"),
    "Minister of Education": ("dell'Istruzione", "de l'Éducation", "Bildungsminister", "de Educación"),
    "Minister of Defence": ("della Difesa", "de la Défense", "Verteidigungsminister", "de Defensa"),
    "Minister of the Armed Forces": ("delle Forze armate", "des Armées", "Minister der Streitkräfte", "de las Fuerzas Armadas"),
    "Minister for the Ecological and Inclusive Transition": ("della Transizione ecologica", "de la Transition écologique et solidaire", "Umweltminister", "de Transición Ecológica"),
    "Minister for the Ecological Transition": ("della Transizione ecologica", "de la Transition écologique", "Umweltminister", "de Transición Ecológica"),
    "Minister of Ecological Transition": ("della Transizione ecologica", "de la Transition écologique", "Umweltminister", "de Transición Ecológica"),
    "Minister for Energy Transition": ("della Transizione energetica", "de la Transition énergétique", "Energieminister", "de Transición Energética"),
    "Minister of Solidarity and Health": ("della Salute", "des Solidarités et de la Santé", "Gesundheitsminister", "de Sanidad"),
    "Minister of Solidarity": ("della Solidarietà", "des Solidarités", "Sozialminister", "de Solidaridad"),
    "Minister of Labour": ("del Lavoro", "du Travail", "Arbeitsminister", "de Trabajo"),
    "Minister of National Education": ("dell'Istruzione", "de l'Éducation nationale", "Bildungsminister", "de Educación"),
    "Minister of State, Minister of National Education": ("dell'Istruzione", "de l'Éducation nationale", "Bildungsminister", "de Educación"),
    "Minister of Higher Education": ("dell'Università e della Ricerca", "de l'Enseignement supérieur et de la Recherche", "Wissenschaftsminister", "de Enseñanza Superior e Investigación"),
    "Minister of Sports": ("dello Sport", "des Sports", "Sportminister", "de Deportes"),
    "Minister for Sport": ("dello Sport", "des Sports", "Sportminister", "de Deportes"),
    "Minister for Youth and Sport": ("per le Politiche giovanili e lo Sport", "de la Jeunesse et des Sports", "Jugend- und Sportminister", "de Juventud y Deportes"),
    "Minister for Youth Policies": ("per le Politiche giovanili", "de la Jeunesse", "Jugendminister", "de Juventud"),
    "Minister for European Affairs": ("per gli Affari europei", "des Affaires européennes", "Europaminister", "de Asuntos Europeos"),
    "Minister of Territorial Cohesion": ("della Coesione territoriale", "de la Cohésion des territoires", "Minister für territorialen Zusammenhalt", "de Cohesión Territorial"),
    "Minister for Territorial Planning": ("della Pianificazione territoriale", "de l'Aménagement du territoire et de la Décentralisation", "Minister für Raumordnung", "de Ordenación del Territorio"),
    "Minister of State, Minister for the Overseas": ("dei Territori d'oltremare", "des Outre-mer", "Minister für die Überseegebiete", "de Ultramar"),
    "Minister for the Overseas": ("dei Territori d'oltremare", "des Outre-mer", "Minister für die Überseegebiete", "de Ultramar"),
    "Minister of the Sea": ("del Mare", "de la Mer", "Minister für Meeresangelegenheiten", "del Mar"),
    "Minister of Public Transformation and the Civil Service": ("della Funzione pubblica", "de la Transformation et de la Fonction publiques", "Minister für den öffentlichen Dienst", "de Función Pública"),
    "Minister of the Civil Service": ("della Funzione pubblica", "de la Fonction publique", "Minister für den öffentlichen Dienst", "de Función Pública"),
    "Minister of Public Accounts": ("dei Conti pubblici", "des Comptes publics", "Haushaltsminister", "de Cuentas Públicas"),
    "Minister of Housing": ("della Casa", "du Logement", "Wohnungsbauminister", "de Vivienda"),
    "Minister of Labour and Social Policies": ("del Lavoro e delle Politiche sociali", "du Travail et des Politiques sociales", "Arbeitsminister", "de Trabajo y Políticas Sociales"),
    "Minister of Infrastructure and Transport": ("delle Infrastrutture e dei Trasporti", "des Infrastructures et des Transports", "Verkehrsminister", "de Infraestructuras y Transportes"),
    "Minister of Sustainable Infrastructure and Mobility": ("delle Infrastrutture e della Mobilità sostenibili", "des Infrastructures et de la Mobilité durables", "Verkehrsminister", "de Infraestructuras y Movilidad Sostenibles"),
    "Minister of Economic Development": ("dello Sviluppo economico", "du Développement économique", "Wirtschaftsminister", "de Desarrollo Económico"),
    "Minister of the Environment and Energy Security": ("dell'Ambiente e della Sicurezza energetica", "de l'Environnement et de la Sécurité énergétique", "Umwelt- und Energieminister", "de Medio Ambiente y Seguridad Energética"),
    "Minister of the Environment": ("dell'Ambiente", "de l'Environnement", "Umweltminister", "de Medio Ambiente"),
    "Minister of Tourism": ("del Turismo", "du Tourisme", "Tourismusminister", "de Turismo"),
    "Minister for Family": ("per la Famiglia", "de la Famille", "Familienminister", "de Familia"),
    "Minister for Regional Affairs": ("per gli Affari regionali", "des Affaires régionales", "Minister für regionale Angelegenheiten", "de Asuntos Regionales"),
    "Minister for the South": ("per il Sud", "du Mezzogiorno", "Minister für Süditalien", "para el Sur"),
    "Minister for Public Administration": ("per la Pubblica amministrazione", "de la Fonction publique", "Minister für öffentliche Verwaltung", "de Administración Pública"),
    "Minister for Relations with Parliament": ("per i Rapporti con il Parlamento", "des Relations avec le Parlement", "Minister für die Beziehungen zum Parlament", "de Relaciones con el Parlamento"),
    "Minister for Technological Innovation and Digital Transition": ("per l'Innovazione tecnologica e la Transizione digitale", "de l'Innovation technologique et de la Transition numérique", "Digitalminister", "de Innovación Tecnológica y Transición Digital"),
    "Minister for Technological Innovation and Digitalisation": ("per l'Innovazione tecnologica e la Digitalizzazione", "de l'Innovation technologique et du Numérique", "Digitalminister", "de Innovación Tecnológica y Digitalización"),
    "Minister for Civil Protection and Sea Policies": ("per la Protezione civile e le Politiche del mare", "de la Protection civile et des Politiques de la mer", "Minister für Zivilschutz", "de Protección Civil"),
    "Minister for Disabilities": ("per le Disabilità", "des Personnes handicapées", "Minister für Menschen mit Behinderungen", "para la Discapacidad"),
    "Minister for Constitutional Reforms and Relations with Parliament": ("per le Riforme costituzionali e i Rapporti con il Parlamento", "des Réformes constitutionnelles et des Relations avec le Parlement", "Minister für Verfassungsreformen", "de Reformas Constitucionales"),
    "Minister of University and Research": ("dell'Università e della Ricerca", "de l'Université et de la Recherche", "Wissenschaftsminister", "de Universidad e Investigación"),
    "Federal Minister of Justice": ("della Giustizia", "de la Justice", "Justizminister", "de Justicia"),
    "Federal Minister of Labour and Social Affairs": ("del Lavoro", "du Travail", "Arbeitsminister", "de Trabajo"),
    "Federal Minister for the Environment": ("dell'Ambiente", "de l'Environnement", "Umweltminister", "de Medio Ambiente"),
    "Federal Minister for Economic Cooperation and Development": ("dello Sviluppo", "du Développement", "Entwicklungsminister", "de Desarrollo"),
    "Federal Minister of Food and Agriculture": ("dell'Agricoltura", "de l'Agriculture", "Landwirtschaftsminister", "de Agricultura"),
    "Federal Minister of Agriculture": ("dell'Agricoltura", "de l'Agriculture", "Landwirtschaftsminister", "de Agricultura"),
    "Federal Minister of Transport": ("dei Trasporti", "des Transports", "Verkehrsminister", "de Transportes"),
    "Federal Minister for Digital and Transport": ("dei Trasporti", "des Transports", "Verkehrsminister", "de Transportes"),
    "Federal Minister of Education, Family Affairs": ("dell'Istruzione e della Famiglia", "de l'Éducation et de la Famille", "Bildungs- und Familienminister", "de Educación y Familia"),
    "Federal Minister of Education and Research": ("dell'Istruzione e della Ricerca", "de l'Éducation et de la Recherche", "Bildungsminister", "de Educación e Investigación"),
    "Federal Minister for Family Affairs": ("della Famiglia", "de la Famille", "Familienminister", "de Familia"),
    "Federal Minister for Housing": ("dell'Edilizia abitativa", "du Logement", "Bauminister", "de Vivienda"),
    "Federal Minister for Digital Affairs": ("per il Digitale", "du Numérique", "Digitalminister", "de Digitalización"),
    "Federal Minister of Research, Technology and Space": ("della Ricerca", "de la Recherche", "Forschungsminister", "de Investigación"),
    "Minister of Transport": ("dei Trasporti", "des Transports", "Verkehrsminister", "de Transportes"),
    "Minister of Science": ("della Scienza", "de la Science", "Wissenschaftsminister", "de Ciencia"),
    "Minister of Territorial Policy": ("della Politica territoriale", "de la Politique territoriale", "Minister für Territorialpolitik", "de Política Territorial"),
    "Minister of Industry": ("dell'Industria", "de l'Industrie", "Industrieminister", "de Industria"),
    "Minister of Consumer Affairs": ("del Consumo", "de la Consommation", "Verbraucherschutzminister", "de Consumo"),
    "Minister of Universities": ("dell'Università", "des Universités", "Universitätsminister", "de Universidades"),
    "Minister of Inclusion": ("dell'Inclusione e della Previdenza sociale", "de l'Inclusion et de la Sécurité sociale", "Sozialminister", "de Inclusión, Seguridad Social y Migraciones"),
    "Minister of Youth and Children": ("della Gioventù e dell'Infanzia", "de la Jeunesse et de l'Enfance", "Jugendminister", "de Juventud e Infancia"),
    "Minister of Social Rights": ("dei Diritti sociali", "des Droits sociaux", "Sozialminister", "de Derechos Sociales"),
    "Minister of Equality": ("dell'Uguaglianza", "de l'Égalité", "Gleichstellungsminister", "de Igualdad"),
    "Minister for Social Protection": ("della Protezione sociale", "de la Protection sociale", "Sozialminister", "de Protección Social"),
}
ADJ = {  # (en, it m/f, fr m/f, de m/f stem, es m/f)
    "FR": ("French", ("francese", "francese"), ("français", "française"), "französisch", ("francés", "francesa")),
    "IT": ("Italian", ("italiano", "italiana"), ("italien", "italienne"), "italienisch", ("italiano", "italiana")),
    "DE": ("German", ("tedesco", "tedesca"), ("allemand", "allemande"), "deutsch", ("alemán", "alemana")),
    "ES": ("Spanish", ("spagnolo", "spagnola"), ("espagnol", "espagnole"), "spanisch", ("español", "española")),
    "IE": ("Irish", ("irlandese", "irlandese"), ("irlandais", "irlandaise"), "irisch", ("irlandés", "irlandesa")),
}
HOME = {"FR": "fr", "IT": "it", "DE": "de", "ES": "es"}
def mdesc(c, office, f, t, g):
    key = max((k for k in OT if office.startswith(k)), key=len)
    it, fr, de, es = OT[key]
    fem = g == "f"
    i = 1 if fem else 0
    en, ait, afr, ade, aes = ADJ[c]
    past = bool(t)
    yrs = lambda sep: (f" ({f[:4]})" if f[:4] == t[:4] else f" ({f[:4]}{sep}{t[:4]})") if past else ""
    min_it, min_es = ("ministra", "ministra") if fem else ("ministro", "ministro")
    de_n = de.replace("minister", "ministerin").replace("Minister ", "Ministerin ") if fem else de
    if c == "DE": de_n = "Bundes" + de_n[0].lower() + de_n[1:] if de_n.startswith("Minister") else "Bundes" + de_n[0].lower() + de_n[1:]
    de_adj = "" if c == "DE" else ade + ("e " if fem else "er ")
    de_former = ("ehemalige " if fem else "ehemaliger ") if past else ""
    if c != "DE" and not past: de_adj = ade + ("e " if fem else "er ")
    return D(("former " if past else "") + f"{en} {office}" + yrs("-"),
             ("ex " if past else "") + f"{min_it} {it}" + ("" if c == "IT" else " " + ait[i]) + yrs("-"),
             (("ancienne " if fem else "ancien ") if past else "") + "ministre " + ("" if c == "FR" else afr[i] + " ") + fr + yrs("-"),
             de_former + de_adj + de_n + yrs("–"),
             ("ex" if past else "") + f"{min_es} " + ("" if c == "ES" else aes[i] + " ") + es + yrs("-"))
def cab(name, c, g, rows, src, desc=None, **kw):
    terms = [(r[3] if len(r) > 3 else c, OFF, r[0], r[1], r[2], r[4] if len(r) > 4 else src) for r in rows]
    if terms and desc is None:
        last = max(terms, key=lambda x: ((x[4] or "9999"), x[3] or ""))
        if any(last[2].startswith(k) for k in OT) or not any(last[2].lower().startswith(k) for k in TITLES):
            desc = mdesc(last[0], last[2], last[3], last[4], g)
    add(name, terms, desc=desc, **kw)
def cmore(name, c, rows, src):  # further terms for someone defined above
    more(name, [(c, OFF, o, f, t, src) for o, f, t in rows])

# France (gouvernement.fr)
G = "gouvernement-fr"
cab("Sylvie Goulard", "FR", "f", [("Minister of the Armed Forces", "2017-05-17", "2017-06-21")], G)
cab("Marielle de Sarnez", "FR", "f", [("Minister for European Affairs", "2017-05-17", "2017-06-21")], G, weak=["de Sarnez", "Sarnez"], surname=False, party="Mouvement démocrate")
cab("Richard Ferrand", "FR", "m", [("Minister of Territorial Cohesion", "2017-05-17", "2017-06-21"), ("President of the National Assembly", "2018-09-12", "2022-06", "FR", "official-sites"),
                                   ("President of the Constitutional Council", "2025-03", None, "FR", "official-sites")], G, party="Renaissance",
    desc=D("President of the French Constitutional Council, President of the National Assembly 2018-2022", "presidente del Consiglio costituzionale francese, presidente dell'Assemblea nazionale 2018-2022", "président du Conseil constitutionnel, président de l'Assemblée nationale de 2018 à 2022", "Präsident des französischen Verfassungsrats, Präsident der Nationalversammlung 2018–2022", "presidente del Consejo Constitucional francés, presidente de la Asamblea Nacional 2018-2022"))
cab("Michel Mercier", "FR", "m", [("Minister of Justice", "2010-11-14", "2012-05")], G)
cab("Laura Flessel", "FR", "f", [("Minister of Sports", "2017-05-17", "2018-09-04")], G)
cab("Roxana Maracineanu", "FR", "f", [("Minister of Sports", "2018-09-04", "2020-07-06")], G, aliases=["Roxana Mărăcineanu"])
cab("Françoise Nyssen", "FR", "f", [("Minister of Culture", "2017-05-17", "2018-10-16")], G, aliases=["Francoise Nyssen"])
cab("Nicolas Hulot", "FR", "m", [("Minister for the Ecological and Inclusive Transition", "2017-05-17", "2018-09-04")], G)
cab("Muriel Pénicaud", "FR", "f", [("Minister of Labour", "2017-05-17", "2020-07-06")], G, aliases=["Muriel Penicaud"])
cab("Agnès Buzyn", "FR", "f", [("Minister of Solidarity and Health", "2017-05-17", "2020-02-16")], G, aliases=["Agnes Buzyn"])
cab("Olivier Véran", "FR", "m", [("Minister of Solidarity and Health", "2020-02-16", "2022-05-20")], G, aliases=["Olivier Veran"], party="Renaissance")
cab("Jean-Michel Blanquer", "FR", "m", [("Minister of National Education", "2017-05-17", "2022-05-20")], G)
cab("Frédérique Vidal", "FR", "f", [("Minister of Higher Education, Research and Innovation", "2017-05-17", "2022-05-20")], G, aliases=["Frederique Vidal"])
cab("Jacques Mézard", "FR", "m", [("Minister of Agriculture and Food", "2017-05-17", "2017-06-21"), ("Minister of Territorial Cohesion", "2017-06-21", "2018-10-16")], G, aliases=["Jacques Mezard"])
cab("Annick Girardin", "FR", "f", [("Minister for the Overseas", "2017-05-17", "2020-07-06"), ("Minister of the Sea", "2020-07-06", "2022-05-20")], G)
cab("Nicole Belloubet", "FR", "f", [("Minister of Justice", "2017-06-21", "2020-07-06"), ("Minister of National Education", "2024-02-08", "2024-09-21")], G)
cab("Stéphane Travert", "FR", "m", [("Minister of Agriculture and Food", "2017-06-21", "2018-10-16")], G, aliases=["Stephane Travert"])
cab("Nathalie Loiseau", "FR", "f", [("Minister for European Affairs", "2017-06-21", "2019-03")], G)
cab("Jacqueline Gourault", "FR", "f", [("Minister attached to the Minister of the Interior", "2017-06-21", "2018-10-16"), ("Minister of Territorial Cohesion and Relations with Local Authorities", "2018-10-16", "2022-05-20")], G, party="Mouvement démocrate")
cab("Franck Riester", "FR", "m", [("Minister of Culture", "2018-10-16", "2020-07-06")], G)
cab("Didier Guillaume", "FR", "m", [("Minister of Agriculture and Food", "2018-10-16", "2020-07-06")], G, desc=False)
cab("François de Rugy", "FR", "m", [("President of the National Assembly", "2017-06-27", "2018-09-04", "FR", "official-sites"), ("Minister for the Ecological and Inclusive Transition", "2018-09-04", "2019-07-16")], G, aliases=["Francois de Rugy"], weak=["de Rugy"], surname=False)
cab("Amélie de Montchalin", "FR", "f", [("Minister of Public Transformation and the Civil Service", "2020-07-06", "2022-05-20"), ("Minister for the Ecological Transition", "2022-05-20", "2022-07-04"), ("Minister of Public Accounts", "2024-12-23", None)], G,
    aliases=["Amelie de Montchalin"], weak=["de Montchalin", "Montchalin"], surname=False, party="Renaissance")
cab("Julien Denormandie", "FR", "m", [("Minister of Housing and Cities", "2018-10-16", "2020-07-06"), ("Minister of Agriculture and Food", "2020-07-06", "2022-05-20")], G)
cab("Barbara Pompili", "FR", "f", [("Minister for the Ecological Transition", "2020-07-06", "2022-05-20")], G)
cab("Roselyne Bachelot", "FR", "f", [("Minister of Culture", "2020-07-06", "2022-05-20")], G)
cab("Brigitte Bourguignon", "FR", "f", [("Minister of Health and Prevention", "2022-05-20", "2022-07-04")], G)
cab("Marc Fesneau", "FR", "m", [("Minister of Agriculture and Food Sovereignty", "2022-05-20", "2024-09-21")], G, party="Mouvement démocrate")
cab("Pap Ndiaye", "FR", "m", [("Minister of National Education and Youth", "2022-05-20", "2023-07-20")], G)
cab("Rima Abdul Malak", "FR", "f", [("Minister of Culture", "2022-05-20", "2024-01-11")], G, weak=["Abdul Malak"], surname=False)
cab("Christophe Béchu", "FR", "m", [("Minister for the Ecological Transition", "2022-07-04", "2024-09-21")], G, aliases=["Christophe Bechu"], party="Horizons")
cab("Agnès Pannier-Runacher", "FR", "f", [("Minister for Energy Transition", "2022-05-20", "2024-01-11"), ("Minister for the Ecological Transition", "2024-09-21", "2025-10")], G, aliases=["Agnes Pannier-Runacher"], party="Renaissance")
cab("Olivier Dussopt", "FR", "m", [("Minister of Labour, Full Employment and Integration", "2022-05-20", "2024-01-11")], G)
cab("François Braun", "FR", "m", [("Minister of Health and Prevention", "2022-07-04", "2023-07-20")], G, aliases=["Francois Braun"])
cab("Aurélien Rousseau", "FR", "m", [("Minister of Health and Prevention", "2023-07-20", "2023-12")], G, aliases=["Aurelien Rousseau"])
cab("Sylvie Retailleau", "FR", "f", [("Minister of Higher Education and Research", "2022-05-20", "2024-09-21")], G)
cab("Stanislas Guerini", "FR", "m", [("Minister of Public Transformation and the Civil Service", "2022-05-20", "2024-09-21")], G, party="Renaissance")
cab("Amélie Oudéa-Castéra", "FR", "f", [("Minister of Sports and the Olympic and Paralympic Games", "2022-05-20", "2024-09-21"), ("Minister of National Education", "2024-01-11", "2024-02-08")], G, aliases=["Amelie Oudea-Castera"])
cab("Jean-Christophe Combe", "FR", "m", [("Minister of Solidarity, Autonomy and Disabled People", "2022-07-04", "2023-07-20")], G)
cab("Aurore Bergé", "FR", "f", [("Minister of Solidarity and Families", "2023-07-20", "2024-01-11")], G, aliases=["Aurore Berge"], party="Renaissance")
cab("Yaël Braun-Pivet", "FR", "f", [("President of the National Assembly", "2022-06-28", None, "FR", "official-sites")], G, aliases=["Yael Braun-Pivet"], party="Renaissance",
    desc=D("President of the French National Assembly", "presidente dell'Assemblea nazionale francese", "présidente de l'Assemblée nationale", "Präsidentin der französischen Nationalversammlung", "presidenta de la Asamblea Nacional francesa"))
cab("Didier Migaud", "FR", "m", [("Minister of Justice", "2024-09-21", "2024-12-23")], G)
cab("Annie Genevard", "FR", "f", [("Minister of Agriculture and Food Sovereignty", "2024-09-21", None)], G, party="Les Républicains")
cab("Anne Genetet", "FR", "f", [("Minister of National Education", "2024-09-21", "2024-12-23")], G)
cab("Patrick Hetzel", "FR", "m", [("Minister of Higher Education and Research", "2024-09-21", "2024-12-23")], G, party="Les Républicains")
cab("Geneviève Darrieussecq", "FR", "f", [("Minister of Health and Access to Care", "2024-09-21", "2024-12-23")], G, aliases=["Genevieve Darrieussecq"], party="Mouvement démocrate")
cab("Astrid Panosyan-Bouvet", "FR", "f", [("Minister of Labour and Employment", "2024-09-21", "2025-10")], G)
cab("Valérie Létard", "FR", "f", [("Minister of Housing and Urban Renewal", "2024-09-21", "2025-10")], G, aliases=["Valerie Letard"])
cab("Guillaume Kasbarian", "FR", "m", [("Minister of the Civil Service, Simplification and Public Transformation", "2024-09-21", "2024-12-23")], G)
cab("Marie Barsacq", "FR", "f", [("Minister of Sports, Youth and Community Life", "2024-12-23", "2025-10")], G)
cab("Laurent Marcangeli", "FR", "m", [("Minister of the Civil Service and Simplification", "2024-12-23", "2025-10")], G)
cab("François Rebsamen", "FR", "m", [("Minister for Territorial Planning and Decentralisation", "2024-12-23", "2025-10")], G, aliases=["Francois Rebsamen"])
cab("Rachida Dati", "FR", "f", [("Minister of Justice", "2007-05-18", "2009-06-23"), ("Minister of Culture", "2024-01-11", None)], G, party="Les Républicains")
cab("Édouard Geffray", "FR", "m", [("Minister of National Education", "2025-10-12", None)], G, aliases=["Edouard Geffray"])
cab("Jean-Pierre Farandou", "FR", "m", [("Minister of Labour and Solidarity", "2025-10-12", None)], G)
cab("Stéphanie Rist", "FR", "f", [("Minister of Health, Families, Autonomy and Disabled People", "2025-10-12", None)], G, aliases=["Stephanie Rist"], party="Renaissance")
cab("Monique Barbut", "FR", "f", [("Minister for the Ecological Transition, Biodiversity and International Climate and Nature Negotiations", "2025-10-12", None)], G)
cab("Naïma Moutchou", "FR", "f", [("Minister for the Overseas", "2025-10-12", None)], G, aliases=["Naima Moutchou"], party="Horizons")
cmore("François Bayrou", "FR", [("Minister of State, Minister of Justice", "2017-05-17", "2017-06-21")], G)
cmore("Gérald Darmanin", "FR", [("Minister of Public Action and Accounts", "2017-05-17", "2020-07-06")], G)
add("Élisabeth Borne", [("FR", OFF, o, f, t, G) for o, f, t in [("Minister of Transport", "2017-05-17", "2019-07-16"), ("Minister for the Ecological and Inclusive Transition", "2019-07-16", "2020-07-06"), ("Minister of Labour, Employment and Integration", "2020-07-06", "2022-05-16"),
                                ("Minister of State, Minister of National Education, Higher Education and Research", "2024-12-23", "2025-10")]], surname=False,
    desc=D("former Prime Minister of France (2022-2024), Minister of National Education 2024-2025", "ex primo ministro francese (2022-2024), ministra dell'Istruzione 2024-2025", "ancienne Première ministre (2022-2024), ministre de l'Éducation nationale de 2024 à 2025", "ehemalige französische Premierministerin (2022–2024), Bildungsministerin 2024–2025", "ex primera ministra de Francia (2022-2024), ministra de Educación 2024-2025"))
add("Manuel Valls", [("FR", OFF, "Minister of State, Minister for the Overseas", "2024-12-23", "2025-10", G)], surname=False,
    desc=D("former Prime Minister of France (2014-2016), Minister for the Overseas 2024-2025", "ex primo ministro francese (2014-2016), ministro dei Territori d'oltremare 2024-2025", "ancien Premier ministre (2014-2016), ministre des Outre-mer de 2024 à 2025", "ehemaliger französischer Premierminister (2014–2016), Minister für die Überseegebiete 2024–2025", "ex primer ministro de Francia (2014-2016), ministro de Ultramar 2024-2025"))
cmore("Catherine Vautrin", "FR", [("Minister of Labour, Health and Solidarity", "2024-01-11", "2024-09-21"), ("Minister of Partnership with Territories and Decentralisation", "2024-09-21", "2024-12-23"), ("Minister of Labour, Health, Solidarity and Families", "2024-12-23", "2025-10-12")], G)
cmore("Sébastien Lecornu", "FR", [("Minister for Local Authorities", "2018-10-16", "2020-07-06"), ("Minister for the Overseas", "2020-07-06", "2022-05-20")], G)
cmore("Gabriel Attal", "FR", [("Minister of National Education and Youth", "2023-07-20", "2024-01-09")], G)

# Italy (governo.it)
G = "governo-it"
cab("Roberta Pinotti", "IT", "f", [("Minister of Defence", "2014-02-22", "2018-06-01")], G, party="Partito Democratico")
cab("Andrea Orlando", "IT", "m", [("Minister of Justice", "2014-02-22", "2018-06-01"), ("Minister of Labour and Social Policies", "2021-02-13", "2022-10-22")], G, party="Partito Democratico")
cab("Graziano Delrio", "IT", "m", [("Minister of Infrastructure and Transport", "2015-04", "2018-06-01")], G, party="Partito Democratico")
cab("Beatrice Lorenzin", "IT", "f", [("Minister of Health", "2013-04-28", "2018-06-01")], G)
cab("Dario Franceschini", "IT", "m", [("Minister of Culture", "2014-02-22", "2018-06-01"), ("Minister of Culture", "2019-09-05", "2022-10-22")], G, party="Partito Democratico")
cab("Valeria Fedeli", "IT", "f", [("Minister of Education, University and Research", "2016-12-12", "2018-06-01")], G, party="Partito Democratico")
cab("Giuliano Poletti", "IT", "m", [("Minister of Labour and Social Policies", "2014-02-22", "2018-06-01")], G)
cab("Gian Luca Galletti", "IT", "m", [("Minister of the Environment", "2014-02-22", "2018-06-01")], G)
cab("Maria Elena Boschi", "IT", "f", [("Minister for Constitutional Reforms and Relations with Parliament", "2014-02-22", "2016-12-12")], G, party="Italia Viva")
cab("Luca Lotti", "IT", "m", [("Minister for Sport", "2016-12-12", "2018-06-01")], G)
cab("Marianna Madia", "IT", "f", [("Minister for Public Administration", "2014-02-22", "2018-06-01")], G, party="Partito Democratico")
cab("Anna Finocchiaro", "IT", "f", [("Minister for Relations with Parliament", "2016-12-12", "2018-06-01")], G)
cab("Maurizio Martina", "IT", "m", [("Minister of Agriculture", "2014-02-22", "2018")], G, party="Partito Democratico")
cab("Danilo Toninelli", "IT", "m", [("Minister of Infrastructure and Transport", "2018-06-01", "2019-09-05")], G, party="Movimento 5 Stelle")
cab("Giulia Grillo", "IT", "f", [("Minister of Health", "2018-06-01", "2019-09-05")], G, party="Movimento 5 Stelle")
cab("Marco Bussetti", "IT", "m", [("Minister of Education, University and Research", "2018-06-01", "2019-09-05")], G)
cab("Alberto Bonisoli", "IT", "m", [("Minister of Culture", "2018-06-01", "2019-09-05")], G)
cab("Gian Marco Centinaio", "IT", "m", [("Minister of Agriculture and Tourism", "2018-06-01", "2019-09-05")], G, party="Lega")
cab("Sergio Costa", "IT", "m", [("Minister of the Environment", "2018-06-01", "2021-02-13")], G)
cab("Paolo Savona", "IT", "m", [("Minister for European Affairs", "2018-06-01", "2019-03")], G)
cab("Giulia Bongiorno", "IT", "f", [("Minister for Public Administration", "2018-06-01", "2019-09-05")], G, party="Lega")
cab("Barbara Lezzi", "IT", "f", [("Minister for the South", "2018-06-01", "2019-09-05")], G)
cab("Riccardo Fraccaro", "IT", "m", [("Minister for Relations with Parliament", "2018-06-01", "2019-09-05")], G)
cab("Erika Stefani", "IT", "f", [("Minister for Regional Affairs", "2018-06-01", "2019-09-05"), ("Minister for Disabilities", "2021-02-13", "2022-10-22")], G, party="Lega")
cab("Stefano Patuanelli", "IT", "m", [("Minister of Economic Development", "2019-09-05", "2021-02-13"), ("Minister of Agriculture", "2021-02-13", "2022-10-22")], G, party="Movimento 5 Stelle")
cab("Paola De Micheli", "IT", "f", [("Minister of Infrastructure and Transport", "2019-09-05", "2021-02-13")], G, weak=["De Micheli"], surname=False, party="Partito Democratico")
cab("Nunzia Catalfo", "IT", "f", [("Minister of Labour and Social Policies", "2019-09-05", "2021-02-13")], G, party="Movimento 5 Stelle")
cab("Teresa Bellanova", "IT", "f", [("Minister of Agriculture", "2019-09-05", "2021-01")], G, party="Italia Viva")
cab("Lorenzo Fioramonti", "IT", "m", [("Minister of Education, University and Research", "2019-09-05", "2019-12")], G)
cab("Lucia Azzolina", "IT", "f", [("Minister of Education", "2020-01-10", "2021-02-13")], G)
cab("Gaetano Manfredi", "IT", "m", [("Minister of University and Research", "2020-01-10", "2021-02-13"), ("Mayor of Naples", "2021-10", None, "IT", "official-sites")], G,
    desc=D("Mayor of Naples, Italian Minister of University and Research 2020-2021", "sindaco di Napoli, ministro dell'Università e della Ricerca 2020-2021", "maire de Naples, ministre italien de l'Université et de la Recherche de 2020 à 2021", "Bürgermeister von Neapel, italienischer Minister für Universitäten und Forschung 2020–2021", "alcalde de Nápoles, ministro italiano de Universidades e Investigación 2020-2021"))
cab("Elena Bonetti", "IT", "f", [("Minister for Family", "2019-09-05", "2021-01"), ("Minister for Family", "2021-02-13", "2022-10-22")], G)
cab("Vincenzo Spadafora", "IT", "m", [("Minister for Youth and Sport", "2019-09-05", "2021-02-13")], G)
cab("Francesco Boccia", "IT", "m", [("Minister for Regional Affairs", "2019-09-05", "2021-02-13")], G, party="Partito Democratico")
cab("Enzo Amendola", "IT", "m", [("Minister for European Affairs", "2019-09-05", "2021-02-13")], G, party="Partito Democratico")
cab("Giuseppe Provenzano", "IT", "m", [("Minister for the South", "2019-09-05", "2021-02-13")], G, party="Partito Democratico")
cab("Fabiana Dadone", "IT", "f", [("Minister for Public Administration", "2019-09-05", "2021-02-13"), ("Minister for Youth Policies", "2021-02-13", "2022-10-22")], G)
cab("Federico D'Incà", "IT", "m", [("Minister for Relations with Parliament", "2019-09-05", "2022-10-22")], G, aliases=["Federico D’Incà", "Federico D'Inca"], weak=["D'Incà", "D’Incà"], surname=False)
cab("Paola Pisano", "IT", "f", [("Minister for Technological Innovation and Digitalisation", "2019-09-05", "2021-02-13")], G)
cab("Enrico Giovannini", "IT", "m", [("Minister of Sustainable Infrastructure and Mobility", "2021-02-13", "2022-10-22")], G)
cab("Roberto Cingolani", "IT", "m", [("Minister of Ecological Transition", "2021-02-13", "2022-10-22")], G)
cab("Patrizio Bianchi", "IT", "m", [("Minister of Education", "2021-02-13", "2022-10-22")], G)
cab("Maria Cristina Messa", "IT", "f", [("Minister of University and Research", "2021-02-13", "2022-10-22")], G)
cab("Vittorio Colao", "IT", "m", [("Minister for Technological Innovation and Digital Transition", "2021-02-13", "2022-10-22")], G)
cab("Renato Brunetta", "IT", "m", [("Minister for Public Administration", "2008-05-08", "2011-11-16"), ("Minister for Public Administration", "2021-02-13", "2022-10-22")], G)
cab("Mara Carfagna", "IT", "f", [("Minister for the South", "2021-02-13", "2022-10-22")], G)
cab("Mariastella Gelmini", "IT", "f", [("Minister of Education, University and Research", "2008-05-08", "2011-11-16"), ("Minister for Regional Affairs", "2021-02-13", "2022-10-22")], G)
cab("Massimo Garavaglia", "IT", "m", [("Minister of Tourism", "2021-02-13", "2022-10-22")], G, party="Lega")
cab("Gilberto Pichetto Fratin", "IT", "m", [("Minister of the Environment and Energy Security", "2022-10-22", None)], G, aliases=["Gilberto Pichetto"], weak=["Pichetto Fratin", "Pichetto"], surname=False, party="Forza Italia")
cab("Marina Elvira Calderone", "IT", "f", [("Minister of Labour and Social Policies", "2022-10-22", None)], G, aliases=["Marina Calderone"])
cab("Daniela Santanchè", "IT", "f", [("Minister of Tourism", "2022-10-22", None)], G, aliases=["Daniela Santanche", "Daniela Garnero Santanchè"], party="Fratelli d'Italia")
cab("Eugenia Roccella", "IT", "f", [("Minister for Family, Birth Rate and Equal Opportunities", "2022-10-22", None)], G, party="Fratelli d'Italia")
cab("Andrea Abodi", "IT", "m", [("Minister for Sport and Youth", "2022-10-22", None)], G)
cab("Luca Ciriani", "IT", "m", [("Minister for Relations with Parliament", "2022-10-22", None)], G, party="Fratelli d'Italia")
cab("Paolo Zangrillo", "IT", "m", [("Minister for Public Administration", "2022-10-22", None)], G, party="Forza Italia")
cab("Roberto Calderoli", "IT", "m", [("Minister for Regional Affairs and Autonomies", "2022-10-22", None)], G, party="Lega")
cab("Nello Musumeci", "IT", "m", [("Minister for Civil Protection and Sea Policies", "2022-10-22", None)], G, party="Fratelli d'Italia")
cab("Alessandra Locatelli", "IT", "f", [("Minister for Disabilities", "2022-10-22", None)], G, party="Lega")
cab("Tommaso Foti", "IT", "m", [("Minister for European Affairs, the South, Cohesion Policy and the NRRP", "2024-12", None)], G, party="Fratelli d'Italia")
cmore("Raffaele Fitto", "IT", [("Minister for European Affairs, the South, Cohesion Policy and the NRRP", "2022-10-22", "2024-11")], G)
cmore("Carlo Calenda", "IT", [("Minister of Economic Development", "2016-05-10", "2018-06-01")], G)
cmore("Luigi Di Maio", "IT", [("Deputy Prime Minister and Minister of Economic Development and of Labour", "2018-06-01", "2019-09-05")], G)
cmore("Giancarlo Giorgetti", "IT", [("Minister of Economic Development", "2021-02-13", "2022-10-22")], G)
cmore("Lorenzo Fontana", "IT", [("Minister for Family and Disabilities", "2018-06-01", "2019-07"), ("Minister for European Affairs", "2019-07", "2019-09-05")], G)

# Germany (bundesregierung.de)
G = "bundesregierung"
cab("Katarina Barley", "DE", "f", [("Federal Minister for Family Affairs, Senior Citizens, Women and Youth", "2017-06-02", "2018-03-14"), ("Federal Minister of Justice and Consumer Protection", "2018-03-14", "2019-06-27"),
                                   ("Vice-President of the European Parliament", "2019-07", None, "bs-org-ep", "eu-institutions")], G, party="SPD",
    desc=D("Vice-President of the European Parliament, German Justice Minister 2018-2019", "vicepresidente del Parlamento europeo, ministra della Giustizia tedesca 2018-2019", "vice-présidente du Parlement européen, ministre allemande de la Justice de 2018 à 2019", "Vizepräsidentin des Europäischen Parlaments, Bundesjustizministerin 2018–2019", "vicepresidenta del Parlamento Europeo, ministra de Justicia alemana 2018-2019"))
cmore("Christine Lambrecht", "DE", [("Federal Minister of Justice and Consumer Protection", "2019-06-27", "2021-12-08")], G)
cab("Hubertus Heil", "DE", "m", [("Federal Minister of Labour and Social Affairs", "2018-03-14", "2025-05-06")], G, party="SPD")
cab("Svenja Schulze", "DE", "f", [("Federal Minister for the Environment, Nature Conservation and Nuclear Safety", "2018-03-14", "2021-12-08"), ("Federal Minister for Economic Cooperation and Development", "2021-12-08", "2025-05-06")], G, party="SPD")
cab("Julia Klöckner", "DE", "f", [("Federal Minister of Food and Agriculture", "2018-03-14", "2021-12-08"), ("President of the Bundestag", "2025-03-25", None, "DE", "official-sites")], G, aliases=["Julia Kloeckner"], party="CDU",
    desc=D("President of the German Bundestag, Agriculture Minister 2018-2021", "presidente del Bundestag, ministra dell'Agricoltura tedesca 2018-2021", "présidente du Bundestag, ministre allemande de l'Agriculture de 2018 à 2021", "Präsidentin des Deutschen Bundestages, Bundeslandwirtschaftsministerin 2018–2021", "presidenta del Bundestag, ministra de Agricultura alemana 2018-2021"))
cab("Andreas Scheuer", "DE", "m", [("Federal Minister of Transport and Digital Infrastructure", "2018-03-14", "2021-12-08")], G, party="CSU")
cab("Anja Karliczek", "DE", "f", [("Federal Minister of Education and Research", "2018-03-14", "2021-12-08")], G, party="CDU")
cab("Franziska Giffey", "DE", "f", [("Federal Minister for Family Affairs, Senior Citizens, Women and Youth", "2018-03-14", "2021-05-20"), ("Governing Mayor of Berlin", "2021-12-21", "2023-04-27", "DE", "official-sites")], G, party="SPD",
    desc=D("German SPD politician, Governing Mayor of Berlin 2021-2023, Family Minister 2018-2021", "politica tedesca dell'SPD, borgomastra di Berlino 2021-2023, ministra della Famiglia 2018-2021", "femme politique allemande (SPD), maire-gouverneure de Berlin de 2021 à 2023, ministre de la Famille de 2018 à 2021", "deutsche SPD-Politikerin, Regierende Bürgermeisterin von Berlin 2021–2023, Bundesfamilienministerin 2018–2021", "política alemana del SPD, alcaldesa-gobernadora de Berlín 2021-2023, ministra de Familia 2018-2021"))
cab("Gerd Müller", "DE", "m", [("Federal Minister for Economic Cooperation and Development", "2013-12-17", "2021-12-08")], G, aliases=["Gerd Mueller"], party="CSU")
cab("Helge Braun", "DE", "m", [("Head of the Federal Chancellery", "2018-03-14", "2021-12-08")], G, party="CDU",
    desc=D("German CDU politician, head of the Federal Chancellery 2018-2021", "politico tedesco della CDU, capo della Cancelleria federale 2018-2021", "homme politique allemand (CDU), chef de la Chancellerie fédérale de 2018 à 2021", "deutscher CDU-Politiker, Chef des Bundeskanzleramts 2018–2021", "político alemán de la CDU, jefe de la Cancillería Federal 2018-2021"))
cab("Marco Buschmann", "DE", "m", [("Federal Minister of Justice", "2021-12-08", "2024-11-07")], G, party="FDP")
cab("Volker Wissing", "DE", "m", [("Federal Minister for Digital and Transport", "2021-12-08", "2025-05-06"), ("Federal Minister of Justice", "2024-11-07", "2025-05-06")], G)
cab("Cem Özdemir", "DE", "m", [("Federal Minister of Food and Agriculture", "2021-12-08", "2025-05-06"), ("Federal Minister of Education and Research", "2024-11-07", "2025-05-06")], G, aliases=["Cem Oezdemir", "Cem Ozdemir"], party="Bündnis 90/Die Grünen")
cab("Bettina Stark-Watzinger", "DE", "f", [("Federal Minister of Education and Research", "2021-12-08", "2024-11-07")], G, party="FDP")
cab("Anne Spiegel", "DE", "f", [("Federal Minister for Family Affairs, Senior Citizens, Women and Youth", "2021-12-08", "2022-04")], G, party="Bündnis 90/Die Grünen")
cab("Lisa Paus", "DE", "f", [("Federal Minister for Family Affairs, Senior Citizens, Women and Youth", "2022-04", "2025-05-06")], G, party="Bündnis 90/Die Grünen")
cab("Steffi Lemke", "DE", "f", [("Federal Minister for the Environment, Nature Conservation, Nuclear Safety and Consumer Protection", "2021-12-08", "2025-05-06")], G, party="Bündnis 90/Die Grünen")
cab("Klara Geywitz", "DE", "f", [("Federal Minister for Housing, Urban Development and Building", "2021-12-08", "2025-05-06")], G, party="SPD")
cab("Wolfgang Schmidt", "DE", "m", [("Head of the Federal Chancellery", "2021-12-08", "2025-05-06")], G, party="SPD",
    desc=D("German SPD politician, head of the Federal Chancellery 2021-2025", "politico tedesco dell'SPD, capo della Cancelleria federale 2021-2025", "homme politique allemand (SPD), chef de la Chancellerie fédérale de 2021 à 2025", "deutscher SPD-Politiker, Chef des Bundeskanzleramts 2021–2025", "político alemán del SPD, jefe de la Cancillería Federal 2021-2025"))
cab("Stefanie Hubig", "DE", "f", [("Federal Minister of Justice and Consumer Protection", "2025-05-06", None)], G, party="SPD")
cab("Nina Warken", "DE", "f", [("Federal Minister of Health", "2025-05-06", None)], G, party="CDU")
cab("Patrick Schnieder", "DE", "m", [("Federal Minister of Transport", "2025-05-06", None)], G, party="CDU")
cab("Karin Prien", "DE", "f", [("Federal Minister of Education, Family Affairs, Senior Citizens, Women and Youth", "2025-05-06", None)], G, party="CDU")
cab("Alois Rainer", "DE", "m", [("Federal Minister of Agriculture, Food and Regional Identity", "2025-05-06", None)], G, party="CSU")
cab("Carsten Schneider", "DE", "m", [("Federal Minister for the Environment, Climate Action, Nature Conservation and Nuclear Safety", "2025-05-06", None)], G, party="SPD")
cab("Reem Alabali-Radovan", "DE", "f", [("Federal Minister for Economic Cooperation and Development", "2025-05-06", None)], G, party="SPD")
cab("Verena Hubertz", "DE", "f", [("Federal Minister for Housing, Urban Development and Building", "2025-05-06", None)], G, party="SPD")
cab("Dorothee Bär", "DE", "f", [("Federal Minister of Research, Technology and Space", "2025-05-06", None)], G, aliases=["Dorothee Baer"], party="CSU")
cab("Karsten Wildberger", "DE", "m", [("Federal Minister for Digital Affairs and State Modernisation", "2025-05-06", None)], G, party="CDU")
cab("Thorsten Frei", "DE", "m", [("Head of the Federal Chancellery", "2025-05-06", None)], G, party="CDU",
    desc=D("Head of the German Federal Chancellery", "capo della Cancelleria federale tedesca", "chef de la Chancellerie fédérale allemande", "Chef des Bundeskanzleramts", "jefe de la Cancillería Federal alemana"))

# Spain (lamoncloa.gob.es)
G = "lamoncloa"
cab("Dolores Delgado", "ES", "f", [("Minister of Justice", "2018-06-07", "2020-01-13")], G, party="PSOE")
cab("Isabel Celaá", "ES", "f", [("Minister of Education and Vocational Training", "2018-06-07", "2021-07-12")], G, aliases=["Isabel Celaa"], party="PSOE")
cab("José Luis Ábalos", "ES", "m", [("Minister of Transport, Mobility and Urban Agenda", "2018-06-07", "2021-07-12")], G, aliases=["Jose Luis Abalos"], party="PSOE")
cab("Magdalena Valerio", "ES", "f", [("Minister of Labour, Migration and Social Security", "2018-06-07", "2020-01-13")], G, party="PSOE")
cab("Pedro Duque", "ES", "m", [("Minister of Science, Innovation and Universities", "2018-06-07", "2021-07-12")], G)
cab("Màxim Huerta", "ES", "m", [("Minister of Culture and Sport", "2018-06-07", "2018-06-14")], G, aliases=["Maxim Huerta", "Máxim Huerta"])
cab("José Guirao", "ES", "m", [("Minister of Culture and Sport", "2018-06-14", "2020-01-13")], G, aliases=["Jose Guirao"])
cab("Carmen Montón", "ES", "f", [("Minister of Health, Consumer Affairs and Social Welfare", "2018-06-07", "2018-09")], G, aliases=["Carmen Monton"], party="PSOE")
cab("María Luisa Carcedo", "ES", "f", [("Minister of Health, Consumer Affairs and Social Welfare", "2018-09", "2020-01-13")], G, aliases=["Maria Luisa Carcedo"], party="PSOE")
cab("Luis Planas", "ES", "m", [("Minister of Agriculture, Fisheries and Food", "2018-06-07", None)], G, party="PSOE")
cab("Meritxell Batet", "ES", "f", [("Minister of Territorial Policy and Public Function", "2018-06-07", "2019-05"), ("President of the Congress of Deputies", "2019-05-21", "2023-08-17", "ES", "official-sites")], G, party="PSOE",
    desc=D("Spanish Socialist politician, President of the Congress of Deputies 2019-2023", "politica socialista spagnola, presidente del Congresso dei deputati 2019-2023", "femme politique socialiste espagnole, présidente du Congrès des députés de 2019 à 2023", "spanische sozialistische Politikerin, Präsidentin des Abgeordnetenhauses 2019–2023", "política socialista, presidenta del Congreso de los Diputados 2019-2023"))
cab("Reyes Maroto", "ES", "f", [("Minister of Industry, Trade and Tourism", "2018-06-07", "2023-03")], G, party="PSOE")
cab("Juan Carlos Campo", "ES", "m", [("Minister of Justice", "2020-01-13", "2021-07-12")], G, party="PSOE")
cab("Carolina Darias", "ES", "f", [("Minister of Territorial Policy and Public Function", "2020-01-13", "2021-01-27"), ("Minister of Health", "2021-01-27", "2023-03")], G, party="PSOE")
cab("Alberto Garzón", "ES", "m", [("Minister of Consumer Affairs", "2020-01-13", "2023-11-21")], G, aliases=["Alberto Garzon"], party="Izquierda Unida")
cab("Manuel Castells", "ES", "m", [("Minister of Universities", "2020-01-13", "2021-12")], G)
cab("José Luis Escrivá", "ES", "m", [("Minister of Inclusion, Social Security and Migration", "2020-01-13", "2023-11-21"), ("Governor of the Bank of Spain", "2024-09", None, "ES", "official-sites")], G, aliases=["Jose Luis Escriva"],
    desc=D("Governor of the Bank of Spain, Spanish Minister of Inclusion and Social Security 2020-2023", "governatore del Banco de España, ministro spagnolo dell'Inclusione e della Previdenza sociale 2020-2023", "gouverneur de la Banque d'Espagne, ministre espagnol de l'Inclusion et de la Sécurité sociale de 2020 à 2023", "Gouverneur der spanischen Zentralbank, spanischer Minister für Inklusion und soziale Sicherheit 2020–2023", "gobernador del Banco de España, ministro de Inclusión, Seguridad Social y Migraciones 2020-2023"))
cab("Pilar Alegría", "ES", "f", [("Minister of Education and Vocational Training", "2021-07-12", "2025-12")], G, aliases=["Pilar Alegria"], party="PSOE")
cab("Miquel Iceta", "ES", "m", [("Minister of Territorial Policy and Public Function", "2021-01-27", "2021-07-12"), ("Minister of Culture and Sport", "2021-07-12", "2023-11-21")], G, party="PSC")
cab("José Manuel Rodríguez Uribes", "ES", "m", [("Minister of Culture and Sport", "2020-01-13", "2021-07-12")], G, aliases=["Jose Manuel Rodriguez Uribes"], weak=["Rodríguez Uribes", "Uribes"], surname=False, party="PSOE")
cab("Isabel Rodríguez", "ES", "f", [("Minister of Territorial Policy and Government Spokesperson", "2021-07-12", "2023-11-21"), ("Minister of Housing and Urban Agenda", "2023-11-21", None)], G, aliases=["Isabel Rodriguez"], party="PSOE")
cab("Raquel Sánchez", "ES", "f", [("Minister of Transport, Mobility and Urban Agenda", "2021-07-12", "2023-11-21")], G, aliases=["Raquel Sanchez"], party="PSOE")
cab("Diana Morant", "ES", "f", [("Minister of Science and Innovation", "2021-07-12", None)], G, party="PSOE")
cab("Pilar Llop", "ES", "f", [("Minister of Justice", "2021-07-12", "2023-11-21")], G, party="PSOE")
cab("Héctor Gómez", "ES", "m", [("Minister of Industry, Trade and Tourism", "2023-03", "2023-11-21")], G, aliases=["Hector Gomez"], party="PSOE")
cab("Óscar Puente", "ES", "m", [("Minister of Transport and Sustainable Mobility", "2023-11-21", None)], G, aliases=["Oscar Puente"], party="PSOE")
cab("Ernest Urtasun", "ES", "m", [("Minister of Culture", "2023-11-21", None)], G, party="Sumar")
cab("Sira Rego", "ES", "f", [("Minister of Youth and Children", "2023-11-21", None)], G, party="Izquierda Unida")
cab("Pablo Bustinduy", "ES", "m", [("Minister of Social Rights, Consumer Affairs and 2030 Agenda", "2023-11-21", None)], G, party="Sumar")
cab("Mónica García", "ES", "f", [("Minister of Health", "2023-11-21", None)], G, aliases=["Monica Garcia"], party="Más Madrid")
cab("Elma Saiz", "ES", "f", [("Minister of Inclusion, Social Security and Migration", "2023-11-21", None)], G, party="PSOE")
cab("Ana Redondo", "ES", "f", [("Minister of Equality", "2023-11-21", None)], G, party="PSOE")
cab("Ángel Víctor Torres", "ES", "m", [("Minister of Territorial Policy and Democratic Memory", "2023-11-21", None)], G, aliases=["Angel Victor Torres"], party="PSOE")
cab("Jordi Hereu", "ES", "m", [("Minister of Industry and Tourism", "2023-11-21", None)], G, party="PSC")
cab("Sara Aagesen", "ES", "f", [("Third Deputy Prime Minister and Minister for the Ecological Transition and the Demographic Challenge", "2024-12", None)], G,
    desc=D("Spanish Third Deputy Prime Minister and Minister for the Ecological Transition", "vicepremier e ministra spagnola della Transizione ecologica", "troisième vice-présidente du gouvernement espagnol et ministre de la Transition écologique", "dritte stellvertretende spanische Regierungschefin und Ministerin für den ökologischen Wandel", "vicepresidenta tercera del Gobierno y ministra para la Transición Ecológica"))
cmore("Teresa Ribera", "ES", [("Minister for the Ecological Transition", "2018-06-07", "2024-12")], G)
cmore("Salvador Illa", "ES", [("Minister of Health", "2020-01-13", "2021-01-26")], G)
cmore("Yolanda Díaz", "ES", [("Minister of Labour and Social Economy", "2020-01-13", "2021-07-12")], G)

# Ireland and Northern Ireland
add("Mary Robinson", [("IE", HOS, "President of Ireland", "1990-12-03", "1997-09-12", "britannica"), ("bs-org-un", OFF, "United Nations High Commissioner for Human Rights", "1997-09", "2002-09", "britannica")],
    desc=D("President of Ireland 1990-1997, UN High Commissioner for Human Rights 1997-2002", "presidente dell'Irlanda 1990-1997, Alto commissario ONU per i diritti umani 1997-2002", "présidente de l'Irlande de 1990 à 1997, haute-commissaire des Nations unies aux droits de l'homme de 1997 à 2002", "irische Präsidentin 1990–1997, UN-Hochkommissarin für Menschenrechte 1997–2002", "presidenta de Irlanda 1990-1997, alta comisionada de la ONU para los Derechos Humanos 1997-2002"))
add("Mary McAleese", [("IE", HOS, "President of Ireland", "1997-11-11", "2011-11-11", "britannica")], aliases=["Mary MacAleese"])
add("Mary Lou McDonald", [("IE", OFF, "President of Sinn Féin", "2018-02-10", None, "official-sites")], aliases=["Mary Lou MacDonald"], party="Sinn Féin",
    desc=D("President of the Irish party Sinn Féin", "presidente del partito irlandese Sinn Féin", "présidente du parti irlandais Sinn Féin", "Vorsitzende der irischen Partei Sinn Féin", "presidenta del partido irlandés Sinn Féin"))
add("Michelle O'Neill", [("GB", OFF, "deputy First Minister of Northern Ireland", "2020-01-11", "2022-02", "official-sites"), ("GB", OFF, "First Minister of Northern Ireland", "2024-02-03", None, "official-sites")], aliases=["Michelle O’Neill"], weak=["O’Neill"], party="Sinn Féin",
    desc=D("First Minister of Northern Ireland, vice-president of Sinn Féin", "prima ministra dell'Irlanda del Nord, vicepresidente del Sinn Féin", "Première ministre d'Irlande du Nord, vice-présidente du Sinn Féin", "Erste Ministerin Nordirlands, Vizepräsidentin von Sinn Féin", "ministra principal de Irlanda del Norte, vicepresidenta del Sinn Féin"))
cab("Heather Humphreys", "IE", "f", [("Minister for Business, Enterprise and Innovation", "2017-06-14", "2020-06-27"), ("Minister for Social Protection", "2020-06-27", "2025-01-23")], "official-sites", party="Fine Gael")
for n, d in [("Mick Wallace", D("Irish left-wing politician, MEP 2019-2024", "politico irlandese di sinistra, eurodeputato 2019-2024", "homme politique irlandais de gauche, député européen de 2019 à 2024", "irischer linker Politiker, Europaabgeordneter 2019–2024", "político irlandés de izquierda, eurodiputado 2019-2024")),
             ("Clare Daly", D("Irish left-wing politician, MEP 2019-2024", "politica irlandese di sinistra, eurodeputata 2019-2024", "femme politique irlandaise de gauche, députée européenne de 2019 à 2024", "irische linke Politikerin, Europaabgeordnete 2019–2024", "política irlandesa de izquierda, eurodiputada 2019-2024"))]:
    add(n, [("bs-org-ep", OFF, "Member of the European Parliament", "2019-07-02", "2024-07-16", "eu-institutions")], party="Independents 4 Change", desc=d)
# China and the United States
add("Liu He", [("CN", OFF, "Vice Premier of the State Council", "2018-03-19", "2023-03-12", "official-sites")], surname=False,
    desc=D("Chinese Vice Premier 2018-2023, chief negotiator in the US-China trade talks", "vicepremier cinese 2018-2023, capo negoziatore nei colloqui commerciali con gli Stati Uniti", "vice-Premier ministre chinois de 2018 à 2023, négociateur en chef dans les pourparlers commerciaux avec les États-Unis", "chinesischer Vizepremier 2018–2023, Chefunterhändler im Handelsstreit mit den USA", "viceprimer ministro chino 2018-2023, negociador jefe en las conversaciones comerciales con EE. UU."))
m("Brian Kemp", "US", "Governor of Georgia", "2019-01-14", None, "official-sites", party="Republican Party",
  desc=D("Governor of the US state of Georgia", "governatore della Georgia (Stati Uniti)", "gouverneur de Géorgie (États-Unis)", "Gouverneur des US-Bundesstaats Georgia", "gobernador de Georgia (Estados Unidos)"))
m("Thom Tillis", "US", "United States Senator from North Carolina", "2015-01-03", None, "congress-bioguide", party="Republican Party",
  desc=D("US Republican senator from North Carolina", "senatore repubblicano statunitense della Carolina del Nord", "sénateur républicain américain de Caroline du Nord", "republikanischer US-Senator aus North Carolina", "senador republicano estadounidense por Carolina del Norte"))

# Regional leaders 2017-2025: heads of the German Länder, presidents of the Italian regions and of the Spanish
# autonomous communities, mayors of the capitals and largest cities (each region's or city's official site).
# A bare surname that is a common word or another well-known name (Weil, Kraft, Rhein, Hans, Lies, Sala, Puig,
# Garrido, Guardiola, Rueda) is left out altogether: a weak form still resolves for someone in office when their country is named.
# RK holds the gendered noun (m, f) in Italian, French, German and Spanish; REG the office and its complement.
RK = {
    "mp": (("ministro-presidente", "ministra-presidente"), ("ministre-président", "ministre-présidente"), ("Ministerpräsident", "Ministerpräsidentin"), ("ministro-presidente", "ministra-presidenta")),
    "gm": (("sindaco", "sindaca"), ("maire-gouverneur", "maire-gouverneure"), ("Regierender Bürgermeister", "Regierende Bürgermeisterin"), ("alcalde-gobernador", "alcaldesa-gobernadora")),
    "fm": (("sindaco", "sindaca"), ("premier maire", "première maire"), ("Erster Bürgermeister", "Erste Bürgermeisterin"), ("alcalde", "alcaldesa")),
    "hb": (("sindaco", "sindaca"), ("maire", "maire"), ("Präsident des Senats und Bürgermeister", "Präsidentin des Senats und Bürgermeisterin"), ("alcalde", "alcaldesa")),
    "ri": (("presidente", "presidente"), ("président", "présidente"), ("Präsident der Region", "Präsidentin der Region"), ("presidente", "presidenta")),
    "pv": (("presidente", "presidente"), ("président", "présidente"), ("Landeshauptmann", "Landeshauptfrau"), ("presidente", "presidenta")),
    "re": (("presidente", "presidente"), ("président", "présidente"), ("Regionalpräsident", "Regionalpräsidentin"), ("presidente", "presidenta")),
    "mayor": (("sindaco", "sindaca"), ("maire", "maire"), ("Bürgermeister", "Bürgermeisterin"), ("alcalde", "alcaldesa")),
}
REG = {
    # Germany
    "bw": ("DE", "mp", "Minister-President of Baden-Württemberg", "del Baden-Württemberg", "du Bade-Wurtemberg", "von Baden-Württemberg", "de Baden-Wurtemberg"),
    "by": ("DE", "mp", "Minister-President of Bavaria", "della Baviera", "de Bavière", "von Bayern", "de Baviera"),
    "be": ("DE", "gm", "Governing Mayor of Berlin", "di Berlino", "de Berlin", "von Berlin", "de Berlín"),
    "bb": ("DE", "mp", "Minister-President of Brandenburg", "del Brandeburgo", "du Brandebourg", "von Brandenburg", "de Brandeburgo"),
    "hb": ("DE", "hb", "President of the Senate and Mayor of Bremen", "di Brema", "de Brême", "von Bremen", "de Bremen"),
    "hh": ("DE", "fm", "First Mayor of Hamburg", "di Amburgo", "de Hambourg", "von Hamburg", "de Hamburgo"),
    "he": ("DE", "mp", "Minister-President of Hesse", "dell'Assia", "de Hesse", "von Hessen", "de Hesse"),
    "mv": ("DE", "mp", "Minister-President of Mecklenburg-Vorpommern", "del Meclemburgo-Pomerania Anteriore", "de Mecklembourg-Poméranie-Occidentale", "von Mecklenburg-Vorpommern", "de Mecklemburgo-Pomerania Occidental"),
    "ni": ("DE", "mp", "Minister-President of Lower Saxony", "della Bassa Sassonia", "de Basse-Saxe", "von Niedersachsen", "de Baja Sajonia"),
    "nw": ("DE", "mp", "Minister-President of North Rhine-Westphalia", "della Renania Settentrionale-Vestfalia", "de Rhénanie-du-Nord-Westphalie", "von Nordrhein-Westfalen", "de Renania del Norte-Westfalia"),
    "rp": ("DE", "mp", "Minister-President of Rhineland-Palatinate", "della Renania-Palatinato", "de Rhénanie-Palatinat", "von Rheinland-Pfalz", "de Renania-Palatinado"),
    "sl": ("DE", "mp", "Minister-President of Saarland", "del Saarland", "de la Sarre", "des Saarlandes", "del Sarre"),
    "sn": ("DE", "mp", "Minister-President of Saxony", "della Sassonia", "de Saxe", "von Sachsen", "de Sajonia"),
    "st": ("DE", "mp", "Minister-President of Saxony-Anhalt", "della Sassonia-Anhalt", "de Saxe-Anhalt", "von Sachsen-Anhalt", "de Sajonia-Anhalt"),
    "sh": ("DE", "mp", "Minister-President of Schleswig-Holstein", "dello Schleswig-Holstein", "du Schleswig-Holstein", "von Schleswig-Holstein", "de Schleswig-Holstein"),
    "th": ("DE", "mp", "Minister-President of Thuringia", "della Turingia", "de Thuringe", "von Thüringen", "de Turingia"),
    # Italy
    "ven": ("IT", "ri", "President of Veneto", "del Veneto", "de la Vénétie", "Venetien", "del Véneto"),
    "lom": ("IT", "ri", "President of Lombardy", "della Lombardia", "de la Lombardie", "Lombardei", "de Lombardía"),
    "cam": ("IT", "ri", "President of Campania", "della Campania", "de la Campanie", "Kampanien", "de Campania"),
    "pug": ("IT", "ri", "President of Apulia", "della Puglia", "des Pouilles", "Apulien", "de Apulia"),
    "emr": ("IT", "ri", "President of Emilia-Romagna", "dell'Emilia-Romagna", "d'Émilie-Romagne", "Emilia-Romagna", "de Emilia-Romaña"),
    "tos": ("IT", "ri", "President of Tuscany", "della Toscana", "de la Toscane", "Toskana", "de la Toscana"),
    "pie": ("IT", "ri", "President of Piedmont", "del Piemonte", "du Piémont", "Piemont", "del Piamonte"),
    "laz": ("IT", "ri", "President of Lazio", "del Lazio", "du Latium", "Latium", "del Lacio"),
    "sic": ("IT", "ri", "President of Sicily", "della Regione Siciliana", "de la Sicile", "Sizilien", "de Sicilia"),
    "cal": ("IT", "ri", "President of Calabria", "della Calabria", "de la Calabre", "Kalabrien", "de Calabria"),
    "abr": ("IT", "ri", "President of Abruzzo", "dell'Abruzzo", "des Abruzzes", "Abruzzen", "de los Abruzos"),
    "sar": ("IT", "ri", "President of Sardinia", "della Sardegna", "de la Sardaigne", "Sardinien", "de Cerdeña"),
    "lig": ("IT", "ri", "President of Liguria", "della Liguria", "de la Ligurie", "Ligurien", "de Liguria"),
    "fvg": ("IT", "ri", "President of Friuli-Venezia Giulia", "del Friuli-Venezia Giulia", "du Frioul-Vénétie Julienne", "Friaul-Julisch Venetien", "de Friul-Venecia Julia"),
    "mar": ("IT", "ri", "President of Marche", "delle Marche", "des Marches", "Marken", "de las Marcas"),
    "umb": ("IT", "ri", "President of Umbria", "dell'Umbria", "de l'Ombrie", "Umbrien", "de Umbría"),
    "bas": ("IT", "ri", "President of Basilicata", "della Basilicata", "de la Basilicate", "Basilikata", "de Basilicata"),
    "bz": ("IT", "pv", "Governor of South Tyrol", "della Provincia autonoma di Bolzano", "de la province autonome de Bolzano", "von Südtirol", "de la provincia autónoma de Bolzano"),
    "tn": ("IT", "pv", "President of the Autonomous Province of Trento", "della Provincia autonoma di Trento", "de la province autonome de Trente", "des Trentino", "de la provincia autónoma de Trento"),
    "rom": ("IT", "mayor", "Mayor of Rome", "di Roma", "de Rome", "von Rom", "de Roma"),
    "mil": ("IT", "mayor", "Mayor of Milan", "di Milano", "de Milan", "von Mailand", "de Milán"),
    # Spain
    "cat": ("ES", "re", "President of the Government of Catalonia", "della Generalitat de Catalunya", "de la Généralité de Catalogne", "von Katalonien", "de la Generalitat de Cataluña"),
    "mad": ("ES", "re", "President of the Community of Madrid", "della Comunità di Madrid", "de la Communauté de Madrid", "von Madrid", "de la Comunidad de Madrid"),
    "and": ("ES", "re", "President of the Regional Government of Andalusia", "della Giunta dell'Andalusia", "de la Junta d'Andalousie", "von Andalusien", "de la Junta de Andalucía"),
    "cyl": ("ES", "re", "President of the Junta of Castile and León", "della Giunta di Castiglia e León", "de la Junta de Castille-et-León", "von Kastilien und León", "de la Junta de Castilla y León"),
    "val": ("ES", "re", "President of the Generalitat Valenciana", "della Generalitat Valenciana", "de la Généralité valencienne", "der Region Valencia", "de la Generalitat Valenciana"),
    "pv": ("ES", "re", "President of the Basque Government", "del governo basco (lehendakari)", "du gouvernement basque (lehendakari)", "des Baskenlandes (Lehendakari)", "del Gobierno Vasco (lehendakari)"),
    "clm": ("ES", "re", "President of Castilla–La Mancha", "di Castiglia-La Mancia", "de Castille-La Manche", "von Kastilien-La Mancha", "de Castilla-La Mancha"),
    "mur": ("ES", "re", "President of the Region of Murcia", "della Regione di Murcia", "de la Région de Murcie", "der Region Murcia", "de la Región de Murcia"),
    "gal": ("ES", "re", "President of the Xunta de Galicia", "della Xunta de Galicia", "de la Xunta de Galice", "von Galicien", "de la Xunta de Galicia"),
    "cnt": ("ES", "re", "President of Cantabria", "della Cantabria", "de Cantabrie", "von Kantabrien", "de Cantabria"),
    "ara": ("ES", "re", "President of the Government of Aragon", "dell'Aragona", "d'Aragon", "von Aragonien", "del Gobierno de Aragón"),
    "ast": ("ES", "re", "President of the Principality of Asturias", "del Principato delle Asturie", "de la principauté des Asturies", "von Asturien", "del Principado de Asturias"),
    "bal": ("ES", "re", "President of the Government of the Balearic Islands", "delle Isole Baleari", "des îles Baléares", "der Balearen", "del Gobierno de las Islas Baleares"),
    "ext": ("ES", "re", "President of the Junta of Extremadura", "dell'Estremadura", "de l'Estrémadure", "der Extremadura", "de la Junta de Extremadura"),
    "ic": ("ES", "re", "President of the Government of the Canary Islands", "delle Canarie", "des Canaries", "der Kanarischen Inseln", "del Gobierno de Canarias"),
    "nav": ("ES", "re", "President of the Government of Navarre", "della Navarra", "de Navarre", "von Navarra", "del Gobierno de Navarra"),
    "mdm": ("ES", "mayor", "Mayor of Madrid", "di Madrid", "de Madrid", "von Madrid", "de Madrid"),
    "bcn": ("ES", "mayor", "Mayor of Barcelona", "di Barcellona", "de Barcelone", "von Barcelona", "de Barcelona"),
    # France
    "par": ("FR", "mayor", "Mayor of Paris", "di Parigi", "de Paris", "von Paris", "de París"),
}
def rdesc(key, g, f, t):
    _, kind, en, it, fr, de, es = REG[key]
    i = 1 if g == "f" else 0
    n_it, n_fr, n_de, n_es = (x[i] for x in RK[kind])
    past = bool(t)
    yrs = lambda sep: (f" ({f[:4]})" if f[:4] == t[:4] else f" ({f[:4]}{sep}{t[:4]})") if past else ""
    es_ex = ("ex " if (" " in n_es or "-" in n_es) else "ex") if past else ""
    return D(("former " if past else "") + en + yrs("-"),
             ("ex " if past else "") + f"{n_it} {it}" + yrs("-"),
             (("ancienne " if i else "ancien ") if past else "") + f"{n_fr} {fr}" + yrs("-"),
             (("ehemalige " if i else "ehemaliger ") if past else "") + f"{n_de} {de}" + yrs("–"),
             es_ex + f"{n_es} {es}" + yrs("-"))
def rterms(rows, src="official-sites"): return [(REG[k][0], OFF, REG[k][2], f, t, src) for k, f, t in rows]
def rg(name, g, rows, desc=None, **kw):  # rows: (REG key, from, to); the description follows the latest term
    if desc is None:
        k, f, t = max(rows, key=lambda r: (r[2] or "9999", r[1]))
        f = min(r[1] for r in rows if r[0] == k)
        desc = rdesc(k, g, f, t)
    add(name, rterms(rows), desc=desc, **kw)
def rmore(name, rows): more(name, rterms(rows))

# Germany: Minister-Presidents and the mayors of the city states
rg("Winfried Kretschmann", "m", [("bw", "2011-05-12", None)], strong=["Kretschmann"], surname=False, party="Bündnis 90/Die Grünen")
rmore("Horst Seehofer", [("by", "2008-10-27", "2018-03")])
rg("Michael Müller", "m", [("be", "2014-12-11", "2021-12-21")], aliases=["Michael Mueller"], party="SPD")
rg("Kai Wegner", "m", [("be", "2023-04-27", None)], party="CDU")
rg("Dietmar Woidke", "m", [("bb", "2013-08-28", None)], strong=["Woidke"], surname=False, party="SPD")
rg("Carsten Sieling", "m", [("hb", "2015-07-15", "2019-08-15")], party="SPD")
rg("Andreas Bovenschulte", "m", [("hb", "2019-08-15", None)], party="SPD")
rmore("Olaf Scholz", [("hh", "2011-03-07", "2018-03")])
rg("Peter Tschentscher", "m", [("hh", "2018-03-28", None)], strong=["Tschentscher"], surname=False, party="SPD")
rg("Volker Bouffier", "m", [("he", "2010-08-31", "2022-05-31")], party="CDU")
rg("Boris Rhein", "m", [("he", "2022-05-31", None)], party="CDU", surname=False)
rg("Erwin Sellering", "m", [("mv", "2008-10-06", "2017-07-04")], party="SPD")
rg("Manuela Schwesig", "f", [("mv", "2017-07-04", None)], strong=["Schwesig"], surname=False, party="SPD")
rg("Stephan Weil", "m", [("ni", "2013-02-19", "2025-05-20")], party="SPD", surname=False)
rg("Olaf Lies", "m", [("ni", "2025-05-20", None)], party="SPD", surname=False)
rg("Hannelore Kraft", "f", [("nw", "2010-07-14", "2017-06-27")], party="SPD", surname=False)
rg("Hendrik Wüst", "m", [("nw", "2021-10-27", None)], aliases=["Hendrik Wuest"], party="CDU")
rg("Malu Dreyer", "f", [("rp", "2013-01-16", "2024-07-10")], aliases=["Marie-Luise Dreyer"], party="SPD")
rg("Alexander Schweitzer", "m", [("rp", "2024-07-10", None)], party="SPD")
rmore("Annegret Kramp-Karrenbauer", [("sl", "2011-08-10", "2018-03-01")])
rg("Tobias Hans", "m", [("sl", "2018-03-01", "2022-04-25")], party="CDU", surname=False)
rg("Anke Rehlinger", "f", [("sl", "2022-04-25", None)], party="SPD")
rg("Stanislaw Tillich", "m", [("sn", "2008-05-28", "2017-12-13")], party="CDU")
rg("Michael Kretschmer", "m", [("sn", "2017-12-13", None)], party="CDU")
rg("Reiner Haseloff", "m", [("st", "2011-04-19", None)], party="CDU")
rg("Torsten Albig", "m", [("sh", "2012-06-12", "2017-06-28")], party="SPD")
rg("Daniel Günther", "m", [("sh", "2017-06-28", None)], aliases=["Daniel Guenther"], party="CDU")
rg("Bodo Ramelow", "m", [("th", "2014-12-05", "2020-02-05"), ("th", "2020-03-04", "2024-12-12")], strong=["Ramelow"], surname=False, party="Die Linke")
rg("Thomas Kemmerich", "m", [("th", "2020-02-05", "2020-03-04")], party="FDP")
rg("Mario Voigt", "m", [("th", "2024-12-12", None)], party="CDU")
add("Björn Höcke", [], aliases=["Bjoern Hoecke"], strong=["Höcke"], surname=False, party="AfD", country="DE",
    desc=D("leader of the AfD in Thuringia", "leader dell'AfD in Turingia", "chef de l'AfD en Thuringe", "Thüringer AfD-Chef", "líder de AfD en Turingia"))

# Italy: presidents of the regions and autonomous provinces, mayors of Rome and Milan
rg("Luca Zaia", "m", [("ven", "2010-04", "2025")], strong=["Zaia"], surname=False, party="Lega")
rg("Alberto Stefani", "m", [("ven", "2025", None)], party="Lega")
rg("Attilio Fontana", "m", [("lom", "2018-03", None)], party="Lega")
rg("Vincenzo De Luca", "m", [("cam", "2015-06", "2025")], weak=["De Luca"], surname=False, party="Partito Democratico")
rmore("Roberto Fico", [("cam", "2025", None)])
add("Roberto Fico", [], desc=D("President of Campania, former President of the Italian Chamber of Deputies (2018-2022)", "presidente della Campania, ex presidente della Camera dei deputati (2018-2022)", "président de la Campanie, ancien président de la Chambre des députés italienne (2018-2022)", "Präsident der Region Kampanien, ehemaliger Präsident der italienischen Abgeordnetenkammer (2018–2022)", "presidente de Campania, expresidente de la Cámara de Diputados de Italia (2018-2022)"), surname=False)
rg("Michele Emiliano", "m", [("pug", "2015-06", "2025")], party="Partito Democratico")
rg("Antonio Decaro", "m", [("pug", "2025", None)], party="Partito Democratico")
rg("Stefano Bonaccini", "m", [("emr", "2014-12", "2024-07")], strong=["Bonaccini"], surname=False, party="Partito Democratico",
   desc=D("Italian PD politician, MEP, President of Emilia-Romagna 2014-2024", "politico italiano del PD, eurodeputato, presidente dell'Emilia-Romagna 2014-2024", "homme politique italien (PD), député européen, président d'Émilie-Romagne de 2014 à 2024", "italienischer PD-Politiker, Europaabgeordneter, Präsident der Region Emilia-Romagna 2014–2024", "político italiano del PD, eurodiputado, presidente de Emilia-Romaña 2014-2024"))
more("Stefano Bonaccini", [("bs-org-ep", OFF, "Member of the European Parliament", "2024-07-16", None, "eu-institutions")])
rg("Michele de Pascale", "m", [("emr", "2024", None)], weak=["de Pascale", "De Pascale"], surname=False, party="Partito Democratico")
rg("Eugenio Giani", "m", [("tos", "2020", None)], party="Partito Democratico")
rg("Sergio Chiamparino", "m", [("pie", "2014", "2019")], party="Partito Democratico")
rg("Alberto Cirio", "m", [("pie", "2019", None)], party="Forza Italia")
rmore("Nicola Zingaretti", [("laz", "2013", "2022")])
add("Nicola Zingaretti", [], desc=D("Italian PD politician, President of Lazio 2013-2022, Secretary of the Democratic Party 2019-2021", "politico italiano del PD, presidente del Lazio 2013-2022, segretario del Partito Democratico 2019-2021", "homme politique italien (PD), président du Latium de 2013 à 2022, secrétaire du Parti démocrate de 2019 à 2021", "italienischer PD-Politiker, Präsident der Region Latium 2013–2022, Vorsitzender der Partito Democratico 2019–2021", "político italiano del PD, presidente del Lacio 2013-2022, secretario del Partido Democrático 2019-2021"), surname=False)
rg("Francesco Rocca", "m", [("laz", "2023", None)])
rmore("Nello Musumeci", [("sic", "2017", "2022")])
rg("Renato Schifani", "m", [("sic", "2022", None)], party="Forza Italia",
   desc=D("President of Sicily, President of the Italian Senate 2008-2013", "presidente della Regione Siciliana, presidente del Senato 2008-2013", "président de la Sicile, président du Sénat italien de 2008 à 2013", "Präsident der Region Sizilien, Präsident des italienischen Senats 2008–2013", "presidente de Sicilia, presidente del Senado italiano 2008-2013"))
more("Renato Schifani", [("IT", OFF, "President of the Senate", "2008-04", "2013-03", "official-sites")])
rg("Jole Santelli", "f", [("cal", "2020-02", "2020-10")], party="Forza Italia")
rg("Roberto Occhiuto", "m", [("cal", "2021", None)], party="Forza Italia")
rg("Marco Marsilio", "m", [("abr", "2019", None)], party="Fratelli d'Italia")
rg("Christian Solinas", "m", [("sar", "2019", "2024")], party="Partito Sardo d'Azione")
rg("Alessandra Todde", "f", [("sar", "2024", None)], party="Movimento 5 Stelle")
rg("Giovanni Toti", "m", [("lig", "2015", "2024-07")])
rg("Marco Bucci", "m", [("lig", "2024", None)])
rg("Massimiliano Fedriga", "m", [("fvg", "2018", None)], party="Lega")
rg("Francesco Acquaroli", "m", [("mar", "2020", None)], party="Fratelli d'Italia")
rg("Donatella Tesei", "f", [("umb", "2019", "2024")], party="Lega")
rg("Vito Bardi", "m", [("bas", "2019", None)], party="Forza Italia")
rg("Arno Kompatscher", "m", [("bz", "2014", None)], party="Südtiroler Volkspartei")
rg("Maurizio Fugatti", "m", [("tn", "2018", None)], party="Lega")
rg("Virginia Raggi", "f", [("rom", "2016-06", "2021-10")], party="Movimento 5 Stelle")
rg("Giuseppe Sala", "m", [("mil", "2016-06", None)], aliases=["Beppe Sala"], surname=False)  # no bare "Sala": a common word and a common surname (Cecilia Sala)

# Spain: presidents of the autonomous communities, mayors of Madrid and Barcelona
rg("Quim Torra", "m", [("cat", "2018-05", "2020-09")], aliases=["Joaquim Torra"])
rg("Pere Aragonès", "m", [("cat", "2021-05", "2024-08-10")], aliases=["Pere Aragones"], party="Esquerra Republicana de Catalunya")
rg("Cristina Cifuentes", "f", [("mad", "2015-06", "2018-04")], party="Partido Popular")
rg("Ángel Garrido", "m", [("mad", "2018-05", "2019-08-19")], aliases=["Angel Garrido"], surname=False)
rg("Susana Díaz", "f", [("and", "2013-09", "2019-01")], aliases=["Susana Diaz"], party="PSOE")
rg("Juanma Moreno", "m", [("and", "2019-01", None)], aliases=["Juan Manuel Moreno", "Juanma Moreno Bonilla", "Juan Manuel Moreno Bonilla"], party="Partido Popular")
rg("Alfonso Fernández Mañueco", "m", [("cyl", "2019-07", None)], aliases=["Alfonso Fernandez Mañueco", "Alfonso Fernandez Manueco"], weak=["Mañueco", "Fernández Mañueco"], surname=False, party="Partido Popular")
rg("Ximo Puig", "m", [("val", "2015-07", "2023-07")], party="PSOE", surname=False)
rg("Carlos Mazón", "m", [("val", "2023-07", "2025")], aliases=["Carlos Mazon"], party="Partido Popular")
rg("Iñigo Urkullu", "m", [("pv", "2012-12", "2024-06")], aliases=["Inigo Urkullu"], strong=["Urkullu"], surname=False, party="Partido Nacionalista Vasco")
rg("Imanol Pradales", "m", [("pv", "2024-06", None)], party="Partido Nacionalista Vasco")
rg("Emiliano García-Page", "m", [("clm", "2015-07", None)], aliases=["Emiliano Garcia-Page", "Emiliano García Page"], party="PSOE")
rg("Fernando López Miras", "m", [("mur", "2017-05", None)], aliases=["Fernando Lopez Miras"], weak=["López Miras"], surname=False, party="Partido Popular")
rmore("Alberto Núñez Feijóo", [("gal", "2009-04", "2022-05")])
rg("Alfonso Rueda", "m", [("gal", "2022-05", None)], party="Partido Popular", surname=False)
rg("Miguel Ángel Revilla", "m", [("cnt", "2015-07", "2023-07")], aliases=["Miguel Angel Revilla"], party="Partido Regionalista de Cantabria")
rg("María José Sáenz de Buruaga", "f", [("cnt", "2023-07", None)], aliases=["Maria Jose Saenz de Buruaga"], weak=["Sáenz de Buruaga"], surname=False, party="Partido Popular")
rg("Javier Lambán", "m", [("ara", "2015-07", "2023-08")], aliases=["Javier Lamban"], party="PSOE")
rg("Jorge Azcón", "m", [("ara", "2023-08", None)], aliases=["Jorge Azcon"], party="Partido Popular")
rg("Adrián Barbón", "m", [("ast", "2019-07", None)], aliases=["Adrian Barbon"], party="PSOE")
rg("Francina Armengol", "f", [("bal", "2015-07", "2023-07")], party="PSOE",
   desc=D("President of the Spanish Congress of Deputies, President of the Balearic Islands 2015-2023", "presidente del Congresso dei deputati spagnolo, presidente delle Isole Baleari 2015-2023", "présidente du Congrès des députés espagnol, présidente des îles Baléares de 2015 à 2023", "Präsidentin des spanischen Abgeordnetenhauses, Regionalpräsidentin der Balearen 2015–2023", "presidenta del Congreso de los Diputados, presidenta del Gobierno balear 2015-2023"))
more("Francina Armengol", [("ES", OFF, "President of the Congress of Deputies", "2023-08-17", None, "official-sites")])
rg("Marga Prohens", "f", [("bal", "2023-07", None)], aliases=["Margalida Prohens"], party="Partido Popular")
rg("Guillermo Fernández Vara", "m", [("ext", "2015-07", "2023-07")], aliases=["Guillermo Fernandez Vara"], weak=["Fernández Vara"], surname=False, party="PSOE")
rg("María Guardiola", "f", [("ext", "2023-07", None)], aliases=["Maria Guardiola"], party="Partido Popular", surname=False)
rmore("Ángel Víctor Torres", [("ic", "2019-07", "2023-07")])
rg("Fernando Clavijo", "m", [("ic", "2015-07", "2019-07"), ("ic", "2023-07", None)], party="Coalición Canaria")
rg("María Chivite", "f", [("nav", "2019-08", None)], aliases=["Maria Chivite"], party="PSOE")
rg("Manuela Carmena", "f", [("mdm", "2015-06-13", "2019-06-15")])
rg("José Luis Martínez-Almeida", "m", [("mdm", "2019-06-15", None)], aliases=["Jose Luis Martinez-Almeida", "José Luis Martínez Almeida"], weak=["Almeida"], party="Partido Popular")
rg("Ada Colau", "f", [("bcn", "2015-06-13", "2023-06-17")], strong=["Colau"], surname=False, party="Barcelona en Comú")
rg("Jaume Collboni", "m", [("bcn", "2023-06-17", None)], party="PSC")

# France: the Mayor of Paris, the President of the Senate, deputies met in the news
rg("Anne Hidalgo", "f", [("par", "2014-04-05", None)], party="Parti socialiste")
add("Gérard Larcher", [("FR", OFF, "President of the Senate", "2008-10-01", "2011-10-01", "official-sites"), ("FR", OFF, "President of the Senate", "2014-10-01", None, "official-sites")], aliases=["Gerard Larcher"], party="Les Républicains",
    desc=D("President of the French Senate", "presidente del Senato francese", "président du Sénat", "Präsident des französischen Senats", "presidente del Senado francés"))
add("Thierry Solère", [("FR", OFF, "Member of the National Assembly", "2012-06", "2022-06", "official-sites")], aliases=["Thierry Solere"],
    desc=D("French politician, member of the National Assembly for Hauts-de-Seine 2012-2022", "politico francese, deputato all'Assemblea nazionale per l'Hauts-de-Seine 2012-2022", "homme politique français, député des Hauts-de-Seine de 2012 à 2022", "französischer Politiker, Abgeordneter der Nationalversammlung für Hauts-de-Seine 2012–2022", "político francés, diputado de la Asamblea Nacional por Hauts-de-Seine 2012-2022"))
add("Jean-Jacques Bridey", [("FR", OFF, "Member of the National Assembly", "2012-06", "2022-06", "official-sites")],
    desc=D("French politician, member of the National Assembly for Val-de-Marne 2012-2022, chair of its defence committee from 2017", "politico francese, deputato all'Assemblea nazionale per la Val-de-Marne 2012-2022, presidente della commissione Difesa dal 2017", "homme politique français, député du Val-de-Marne de 2012 à 2022, président de la commission de la Défense à partir de 2017", "französischer Politiker, Abgeordneter der Nationalversammlung für Val-de-Marne 2012–2022, ab 2017 Vorsitzender des Verteidigungsausschusses", "político francés, diputado de la Asamblea Nacional por Val-de-Marne 2012-2022, presidente de la comisión de Defensa desde 2017"))

# Merge repeated people (Draghi: Italian PM and ECB president) into one entry.
merged = {}
for p in P:
    m = merged.get(p["name"])
    if not m:
        merged[p["name"]] = p
        continue
    m["terms"] += p["terms"]
    for k in ["aliases", "weakAliases"]:
        for l, forms in p.get(k, {}).items():
            cur = m.setdefault(k, {}).setdefault(l, [])
            cur += [f for f in forms if f not in cur]
    for k in ["labels", "desc"]:
        if k in p: m[k] = {**m.get(k, {}), **p[k]}
    if "facts" in p: m["facts"] = m.get("facts", []) + p["facts"]
# A form made strong for a person is not also kept weak for them.
for m in merged.values():
    for l, forms in list(m.get("weakAliases", {}).items()):
        m["weakAliases"][l] = [f for f in forms if f not in m.get("aliases", {}).get(l, [])]
        if not m["weakAliases"][l]: del m["weakAliases"][l]
    if "weakAliases" in m and not m["weakAliases"]: del m["weakAliases"]
d = json.load(open("data/curated/people.json"))
d["people"] = list(merged.values())
json.dump(d, open("data/curated/people.json", "w"), ensure_ascii=False, indent=1)
print(len(d["people"]), "people")
