# Generates the "people" list of data/curated/people.json (run: python3 data/gen/people.py).
# Terms are from each government's or organisation's official list of office holders (sources named per term).
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
# Merge repeated people (Draghi: Italian PM and ECB president) into one entry.
merged = {}
for p in P:
    if p["name"] in merged:
        merged[p["name"]]["terms"] += p["terms"]
    else:
        merged[p["name"]] = p
d = json.load(open("data/curated/people.json"))
d["people"] = list(merged.values())
json.dump(d, open("data/curated/people.json", "w"), ensure_ascii=False, indent=1)
print(len(d["people"]), "people")
