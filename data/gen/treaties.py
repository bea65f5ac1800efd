# Generates data/curated/treaties.json (run: python3 data/gen/treaties.py).
# Dates come from HUGGO where its exact title is given (`huggo`), otherwise from the depositary or
# official text page named by `src`. Descriptions are short category lines per language.
import json
L = ["en", "it", "fr", "de", "es"]
CAT = {
 "arms": (["arms control treaty", "trattato sul controllo degli armamenti", "traité de maîtrise des armements", "Rüstungskontrollvertrag", "tratado de control de armamentos"],
          {"it": ["trattato sul disarmo", "trattato nucleare"], "en": ["arms control treaty", "nuclear treaty"], "fr": ["traité de désarmement", "traité nucléaire"], "de": ["Abrüstungsvertrag", "Atomwaffenvertrag"], "es": ["tratado de desarme", "tratado nuclear"]}),
 "defence": (["mutual defence treaty", "trattato di mutua difesa", "traité de défense mutuelle", "Beistandsvertrag", "tratado de defensa mutua"],
          {"it": ["patto di mutua difesa", "trattato di difesa reciproca", "alleanza militare"], "en": ["mutual defence treaty", "mutual defense treaty", "defence pact", "defense pact"], "fr": ["pacte de défense mutuelle", "traité de défense mutuelle", "alliance militaire"], "de": ["Beistandspakt", "Verteidigungsbündnis", "Beistandsvertrag"], "es": ["pacto de defensa mutua", "tratado de defensa mutua", "alianza militar"]}),
 "peace": (["peace agreement", "accordo di pace", "accord de paix", "Friedensabkommen", "acuerdo de paz"],
          {"it": ["accordo di pace", "trattato di pace"], "en": ["peace agreement", "peace deal", "peace treaty"], "fr": ["accord de paix", "traité de paix"], "de": ["Friedensabkommen", "Friedensvertrag"], "es": ["acuerdo de paz", "tratado de paz"]}),
 "eu": (["founding or reform treaty of the European Union", "trattato istitutivo o di riforma dell'Unione europea", "traité fondateur ou de réforme de l'Union européenne", "Gründungs- oder Reformvertrag der Europäischen Union", "tratado constitutivo o de reforma de la Unión Europea"], {}),
 "climate": (["international environmental agreement", "accordo internazionale sull'ambiente", "accord international sur l'environnement", "internationales Umweltabkommen", "acuerdo internacional sobre el medio ambiente"],
          {"it": ["accordo sul clima"], "en": ["climate agreement", "climate deal"], "fr": ["accord sur le climat"], "de": ["Klimaabkommen"], "es": ["acuerdo climático"]}),
 "trade": (["trade agreement", "accordo commerciale", "accord commercial", "Handelsabkommen", "acuerdo comercial"],
          {"it": ["accordo di libero scambio", "accordo commerciale"], "en": ["trade deal", "free trade agreement"], "fr": ["accord de libre-échange", "accord commercial"], "de": ["Freihandelsabkommen", "Handelsabkommen"], "es": ["tratado de libre comercio", "acuerdo comercial"]}),
 "law": (["international law convention", "convenzione di diritto internazionale", "convention de droit international", "völkerrechtliches Übereinkommen", "convención de derecho internacional"], {}),
 "partnership": (["bilateral cooperation treaty", "trattato di cooperazione bilaterale", "traité de coopération bilatérale", "bilateraler Kooperationsvertrag", "tratado de cooperación bilateral"], {}),
 "nuclear-deal": (["agreement on a nuclear programme", "accordo su un programma nucleare", "accord sur un programme nucléaire", "Abkommen über ein Atomprogramm", "acuerdo sobre un programa nuclear"],
          {"it": ["accordo sul nucleare", "accordo nucleare iraniano", "intesa sul nucleare"], "en": ["the nuclear deal", "Iran nuclear deal", "nuclear agreement"], "fr": ["accord nucléaire iranien", "accord sur le nucléaire"], "de": ["Atomabkommen", "Atomdeal"], "es": ["acuerdo nuclear", "pacto nuclear"]}),
 "armistice": (["armistice or ceasefire agreement", "accordo di armistizio o cessate il fuoco", "accord d'armistice ou de cessez-le-feu", "Waffenstillstandsabkommen", "acuerdo de armisticio o alto el fuego"],
          {"it": ["armistizio", "cessate il fuoco"], "en": ["armistice", "ceasefire agreement"], "fr": ["armistice", "accord de cessez-le-feu"], "de": ["Waffenstillstand"], "es": ["armisticio", "alto el fuego"]}),
 "charter": (["founding charter of an international organisation", "carta istitutiva di un'organizzazione internazionale", "charte constitutive d'une organisation internationale", "Gründungsurkunde einer internationalen Organisation", "carta fundacional de una organización internacional"], {}),
 "security": (["security assurances or cooperation document", "documento su garanzie o cooperazione di sicurezza", "document sur des garanties ou une coopération de sécurité", "Dokument über Sicherheitsgarantien oder -zusammenarbeit", "documento sobre garantías o cooperación de seguridad"], {}),
}
T = []
def tr(id, cat, names, acr=None, weak=None, signed=None, force=None, ended=None, huggo=None, env=None, parties=None, src="un-treaties", generic=None, status=None, depositary=None, qid=None):
    desc, gen = CAT[cat]
    e = {"id": id, "labels": dict(zip(L, names)), "desc": dict(zip(L, desc)), "src": src}
    if acr: e["aliases"] = acr if isinstance(acr, dict) else {l: acr for l in L}
    if weak: e["weakAliases"] = weak if isinstance(weak, dict) else {l: weak for l in L}
    g = {l: list(gen.get(l, [])) for l in L}
    for l, xs in (generic or {}).items(): g[l] = xs + g[l]
    g = {l: v for l, v in g.items() if v}
    if g: e["generic"] = g
    if huggo: e["huggo"] = huggo
    if env: e["factbookEnv"] = env
    if parties: e["parties"] = parties
    facts = [{"p": p, "v": v} for p, v in [("signed", signed), ("inForce", force), ("ended", ended), ("status", status), ("depositary", depositary)] if v]
    if facts: e["facts"] = facts
    T.append(e)
# Arms control
tr("bs-treaty-npt", "arms", ["Treaty on the Non-Proliferation of Nuclear Weapons", "Trattato di non proliferazione nucleare", "Traité sur la non-prolifération des armes nucléaires", "Atomwaffensperrvertrag", "Tratado de No Proliferación Nuclear"], {"en": ["NPT", "Non-Proliferation Treaty", "Nuclear Non-Proliferation Treaty"], "it": ["TNP", "Trattato di non proliferazione"], "fr": ["TNP"], "de": ["Nichtverbreitungsvertrag", "Atomwaffensperrvertrag", "NVV"], "es": ["TNP"]}, huggo="Treaty On The Non-Proliferation Of Nuclear Weapons (London Version)", status="in force")
tr("bs-treaty-ctbt", "arms", ["Comprehensive Nuclear-Test-Ban Treaty", "Trattato sulla messa al bando totale degli esperimenti nucleari", "Traité d'interdiction complète des essais nucléaires", "Vertrag über das umfassende Verbot von Nuklearversuchen", "Tratado de Prohibición Completa de los Ensayos Nucleares"], {"en": ["CTBT"], "it": ["CTBT"], "fr": ["TICE"], "de": ["Kernwaffenteststoppvertrag", "CTBT"], "es": ["TPCE"]}, huggo="Comprehensive Nuclear Test Ban Treaty", env="Comprehensive Nuclear Test Ban", status="not in force")
tr("bs-treaty-ptbt", "arms", ["Partial Nuclear Test Ban Treaty", "Trattato sulla messa al bando parziale degli esperimenti nucleari", "Traité d'interdiction partielle des essais nucléaires", "Vertrag über das Verbot von Kernwaffenversuchen in der Atmosphäre, im Weltraum und unter Wasser", "Tratado de Prohibición Parcial de Ensayos Nucleares"], {"en": ["PTBT", "Limited Test Ban Treaty", "LTBT"], "de": ["Teststoppabkommen"]}, huggo="Treaty Banning Nuclear Weapon Tests In The Atmosphere In Outer Space And Under Water (London Version)", env="Nuclear Test Ban")
tr("bs-treaty-tpnw", "arms", ["Treaty on the Prohibition of Nuclear Weapons", "Trattato sulla proibizione delle armi nucleari", "Traité sur l'interdiction des armes nucléaires", "Atomwaffenverbotsvertrag", "Tratado sobre la Prohibición de las Armas Nucleares"], {"en": ["TPNW", "Nuclear Ban Treaty"], "it": ["TPNW", "TPAN"], "fr": ["TIAN"], "de": ["AVV"], "es": ["TPAN"]}, signed="2017-09-20", force="2021-01-22", status="in force", depositary="Secretary-General of the United Nations")
tr("bs-treaty-cwc", "arms", ["Chemical Weapons Convention", "Convenzione sulle armi chimiche", "Convention sur l'interdiction des armes chimiques", "Chemiewaffenübereinkommen", "Convención sobre las Armas Químicas"], {"en": ["CWC"], "it": ["CWC"], "fr": ["CIAC"], "de": ["CWÜ"], "es": ["CAQ"]}, huggo="Convention On The Prohibition Of The Development Production Stockpiling And Use Of Chemical Weapons And On Their Destruction", status="in force")
tr("bs-treaty-bwc", "arms", ["Biological Weapons Convention", "Convenzione sulle armi biologiche", "Convention sur l'interdiction des armes biologiques", "Biowaffenkonvention", "Convención sobre Armas Biológicas"], {"en": ["BWC", "BTWC"], "it": ["BWC"], "fr": ["CIAB"], "de": ["BWÜ", "Biowaffenübereinkommen"], "es": ["CAB"]}, signed="1972-04-10", force="1975-03-26", status="in force")
tr("bs-treaty-ost", "arms", ["Outer Space Treaty", "Trattato sullo spazio extra-atmosferico", "Traité de l'espace", "Weltraumvertrag", "Tratado del Espacio Exterior"], {"en": ["OST"]}, signed="1967-01-27", force="1967-10-10", status="in force")
tr("bs-treaty-new-start", "arms", ["New START", "Nuovo START", "New START", "New START", "Nuevo START"], {"en": ["New START Treaty", "Treaty on Measures for the Further Reduction and Limitation of Strategic Offensive Arms"], "it": ["trattato New START", "New Start"], "fr": ["traité New START", "nouveau traité START"], "de": ["New-START-Vertrag", "New Start"], "es": ["New START", "tratado Nuevo START"]}, signed="2010-04-08", force="2011-02-05", parties=["US", "RU"], src="state-dept", status="expires 2026-02-05; Russia suspended participation in 2023")
tr("bs-treaty-inf", "arms", ["Intermediate-Range Nuclear Forces Treaty", "Trattato INF", "Traité sur les forces nucléaires à portée intermédiaire", "INF-Vertrag", "Tratado INF"], {"en": ["INF Treaty", "INF"], "it": ["trattato INF", "Trattato sulle forze nucleari a medio raggio"], "fr": ["traité FNI", "FNI"], "de": ["Vertrag über nukleare Mittelstreckensysteme"], "es": ["Tratado de Fuerzas Nucleares de Alcance Intermedio"]}, signed="1987-12-08", force="1988-06-01", ended="2019-08-02", parties=["US", "RU"], src="state-dept", status="terminated")
tr("bs-treaty-start1", "arms", ["START I", "START I", "START I", "START I", "START I"], {"en": ["Strategic Arms Reduction Treaty"]}, signed="1991-07-31", force="1994-12-05", ended="2009-12-05", parties=["US", "RU"], src="state-dept")
tr("bs-treaty-abm", "arms", ["Anti-Ballistic Missile Treaty", "Trattato ABM", "Traité ABM", "ABM-Vertrag", "Tratado ABM"], {"en": ["ABM Treaty"]}, signed="1972-05-26", force="1972-10-03", ended="2002-06-13", parties=["US", "RU"], src="state-dept")
tr("bs-treaty-salt1", "arms", ["SALT I", "SALT I", "SALT I", "SALT I", "SALT I"], {"en": ["Strategic Arms Limitation Talks agreement"]}, signed="1972-05-26", force="1972-10-03", parties=["US", "RU"], src="state-dept")
tr("bs-treaty-cfe", "arms", ["Treaty on Conventional Armed Forces in Europe", "Trattato sulle forze armate convenzionali in Europa", "Traité sur les forces armées conventionnelles en Europe", "Vertrag über konventionelle Streitkräfte in Europa", "Tratado sobre Fuerzas Armadas Convencionales en Europa"], {"en": ["CFE Treaty"], "it": ["Trattato CFE"], "fr": ["traité FCE"], "de": ["KSE-Vertrag"], "es": ["Tratado FACE"]}, signed="1990-11-19", force="1992-11-09", src="osce")
tr("bs-treaty-open-skies", "arms", ["Treaty on Open Skies", "Trattato sui cieli aperti", "Traité Ciel ouvert", "Vertrag über den Offenen Himmel", "Tratado de Cielos Abiertos"], {"en": ["Open Skies Treaty"], "it": ["Open Skies"], "fr": ["traité Ciel ouvert"], "de": ["Open-Skies-Vertrag"], "es": ["Cielos Abiertos"]}, signed="1992-03-24", force="2002-01-01", src="osce")
tr("bs-treaty-ottawa", "arms", ["Ottawa Treaty", "Trattato di Ottawa", "Convention d'Ottawa", "Ottawa-Konvention", "Tratado de Ottawa"], {"en": ["Mine Ban Treaty", "Anti-Personnel Mine Ban Convention"], "it": ["Convenzione sulle mine antipersona"], "fr": ["Convention sur l'interdiction des mines antipersonnel"], "de": ["Antipersonenminen-Verbotsvertrag"], "es": ["Convención sobre la prohibición de minas antipersonal"]}, huggo="Convention On The Prohibition Of The Use Stockpiling Production And Transfer Of Anti-Personnel Mines And On Their Destruction")
tr("bs-treaty-ccm", "arms", ["Convention on Cluster Munitions", "Convenzione sulle munizioni a grappolo", "Convention sur les armes à sous-munitions", "Übereinkommen über Streumunition", "Convención sobre Municiones en Racimo"], {"en": ["CCM"], "de": ["Oslo-Übereinkommen"]}, signed="2008-12-03", force="2010-08-01")
tr("bs-treaty-att", "arms", ["Arms Trade Treaty", "Trattato sul commercio delle armi", "Traité sur le commerce des armes", "Vertrag über den Waffenhandel", "Tratado sobre el Comercio de Armas"], {"en": ["ATT"], "it": ["ATT"], "fr": ["TCA"], "de": ["ATT"], "es": ["TCA"]}, signed="2013-04-02", force="2014-12-24")
tr("bs-treaty-tlatelolco", "arms", ["Treaty of Tlatelolco", "Trattato di Tlatelolco", "Traité de Tlatelolco", "Vertrag von Tlatelolco", "Tratado de Tlatelolco"], None, huggo="Treaty For The Prohibition Of Nuclear Weapons In Latin America")
tr("bs-treaty-pelindaba", "arms", ["Treaty of Pelindaba", "Trattato di Pelindaba", "Traité de Pelindaba", "Vertrag von Pelindaba", "Tratado de Pelindaba"], {"en": ["African Nuclear-Weapon-Free Zone Treaty"]}, signed="1996-04-11", force="2009-07-15")
tr("bs-treaty-rarotonga", "arms", ["Treaty of Rarotonga", "Trattato di Rarotonga", "Traité de Rarotonga", "Vertrag von Rarotonga", "Tratado de Rarotonga"], {"en": ["South Pacific Nuclear Free Zone Treaty"]}, signed="1985-08-06", force="1986-12-11")
tr("bs-treaty-bangkok", "arms", ["Treaty of Bangkok", "Trattato di Bangkok", "Traité de Bangkok", "Vertrag von Bangkok", "Tratado de Bangkok"], {"en": ["Southeast Asian Nuclear-Weapon-Free Zone Treaty", "SEANWFZ"]}, signed="1995-12-15", force="1997-03-27", parties=["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"])
tr("bs-treaty-semipalatinsk", "arms", ["Treaty of Semipalatinsk", "Trattato di Semipalatinsk", "Traité de Semipalatinsk", "Vertrag von Semipalatinsk", "Tratado de Semipalatinsk"], {"en": ["Central Asian Nuclear-Weapon-Free Zone Treaty", "CANWFZ"]}, signed="2006-09-08", force="2009-03-21", parties=["KZ", "KG", "TJ", "TM", "UZ"])
tr("bs-treaty-ccw", "arms", ["Convention on Certain Conventional Weapons", "Convenzione su certe armi convenzionali", "Convention sur certaines armes classiques", "Übereinkommen über bestimmte konventionelle Waffen", "Convención sobre Ciertas Armas Convencionales"], {"en": ["CCW"], "fr": ["CCAC"], "de": ["VN-Waffenübereinkommen"]}, signed="1980-10-10", force="1983-12-02")
tr("bs-treaty-enmod", "arms", ["Environmental Modification Convention", "Convenzione ENMOD", "Convention ENMOD", "ENMOD-Konvention", "Convención ENMOD"], {"en": ["ENMOD"]}, signed="1977-05-18", force="1978-10-05", env="Environmental Modification")
tr("bs-treaty-hcoc", "arms", ["Hague Code of Conduct against Ballistic Missile Proliferation", "Codice di condotta dell'Aia contro la proliferazione dei missili balistici", "Code de conduite de La Haye contre la prolifération des missiles balistiques", "Haager Verhaltenskodex gegen die Verbreitung ballistischer Raketen", "Código de Conducta de La Haya contra la Proliferación de Misiles Balísticos"], {"en": ["HCoC"]}, signed="2002-11-25", src="official-sites")
# Defence and alliances
tr("bs-treaty-north-atlantic", "defence", ["North Atlantic Treaty", "Trattato del Nord Atlantico", "Traité de l'Atlantique Nord", "Nordatlantikvertrag", "Tratado del Atlántico Norte"], {"en": ["Washington Treaty", "NATO treaty"], "it": ["Patto Atlantico", "Trattato di Washington"], "fr": ["traité de Washington"], "de": ["NATO-Vertrag", "Washingtoner Vertrag"], "es": ["Tratado de Washington"]}, generic={"en": ["Article 5"], "it": ["articolo 5"], "fr": ["article 5"], "de": ["Artikel 5"], "es": ["artículo 5"]}, signed="1949-04-04", force="1949-08-24", src="nato", depositary="United States")
tr("bs-treaty-warsaw-pact", "defence", ["Warsaw Pact", "Patto di Varsavia", "Pacte de Varsovie", "Warschauer Pakt", "Pacto de Varsovia"], {"en": ["Warsaw Treaty"], "de": ["Warschauer Vertrag"]}, signed="1955-05-14", ended="1991-07-01", parties=["bs-country-su", "PL", "bs-country-dd", "bs-country-cs", "HU", "RO", "BG", "AL"], src="nato", status="dissolved")
tr("bs-treaty-us-jp-1960", "defence", ["Treaty of Mutual Cooperation and Security between the United States and Japan", "Trattato di mutua cooperazione e sicurezza tra Stati Uniti e Giappone", "Traité de coopération mutuelle et de sécurité entre les États-Unis et le Japon", "Vertrag über gegenseitige Zusammenarbeit und Sicherheit zwischen den USA und Japan", "Tratado de Cooperación Mutua y Seguridad entre Estados Unidos y Japón"], {"en": ["US-Japan Security Treaty", "U.S.-Japan Security Treaty"], "it": ["trattato di sicurezza nippo-americano"], "fr": ["traité de sécurité nippo-américain"], "de": ["japanisch-amerikanischer Sicherheitsvertrag"], "es": ["Tratado de Seguridad entre Estados Unidos y Japón"]}, signed="1960-01-19", force="1960-06-23", parties=["US", "JP"], src="state-dept")
tr("bs-treaty-us-kr-1953", "defence", ["Mutual Defense Treaty between the United States and the Republic of Korea", "Trattato di mutua difesa tra Stati Uniti e Corea del Sud", "Traité de défense mutuelle entre les États-Unis et la Corée du Sud", "Beistandsvertrag zwischen den USA und Südkorea", "Tratado de Defensa Mutua entre Estados Unidos y Corea del Sur"], {"en": ["US-South Korea Mutual Defense Treaty"]}, signed="1953-10-01", force="1954-11-17", parties=["US", "KR"], src="state-dept")
tr("bs-treaty-us-ph-1951", "defence", ["Mutual Defense Treaty between the United States and the Philippines", "Trattato di mutua difesa tra Stati Uniti e Filippine", "Traité de défense mutuelle entre les États-Unis et les Philippines", "Beistandsvertrag zwischen den USA und den Philippinen", "Tratado de Defensa Mutua entre Estados Unidos y Filipinas"], None, signed="1951-08-30", force="1952-08-27", parties=["US", "PH"], src="state-dept")
tr("bs-treaty-anzus", "defence", ["ANZUS Treaty", "Trattato ANZUS", "Traité ANZUS", "ANZUS-Pakt", "Tratado ANZUS"], {"en": ["ANZUS"]}, signed="1951-09-01", force="1952-04-29", parties=["AU", "NZ", "US"], src="state-dept")
tr("bs-treaty-aukus", "security", ["AUKUS", "AUKUS", "AUKUS", "AUKUS", "AUKUS"], {"en": ["AUKUS pact", "AUKUS agreement"], "it": ["patto AUKUS"], "fr": ["pacte AUKUS"], "de": ["AUKUS-Pakt"], "es": ["pacto AUKUS"]}, signed="2021-09-15", parties=["AU", "GB", "US"], src="official-sites", generic={"en": ["security pact"], "it": ["patto di sicurezza"], "fr": ["pacte de sécurité"], "de": ["Sicherheitspakt"], "es": ["pacto de seguridad"]})
tr("bs-treaty-cn-kp-1961", "defence", ["Sino-North Korean Mutual Aid and Cooperation Friendship Treaty", "Trattato di amicizia, cooperazione e mutua assistenza tra Cina e Corea del Nord", "Traité d'amitié, de coopération et d'assistance mutuelle entre la Chine et la Corée du Nord", "Chinesisch-nordkoreanischer Freundschaftsvertrag", "Tratado de Amistad, Cooperación y Asistencia Mutua entre China y Corea del Norte"], {"en": ["China-North Korea treaty", "1961 China–North Korea treaty"]}, signed="1961-07-11", force="1961-09-10", parties=["CN", "KP"], src="official-sites")
tr("bs-treaty-ru-kp-2024", "defence", ["Treaty on Comprehensive Strategic Partnership between Russia and North Korea", "Trattato di partenariato strategico globale tra Russia e Corea del Nord", "Traité de partenariat stratégique global entre la Russie et la Corée du Nord", "Vertrag über umfassende strategische Partnerschaft zwischen Russland und Nordkorea", "Tratado de Asociación Estratégica Integral entre Rusia y Corea del Norte"], {"en": ["Russia-North Korea treaty", "Comprehensive Strategic Partnership Treaty"], "it": ["Trattato di partenariato strategico globale"], "fr": ["traité de partenariat stratégique global"], "de": ["Partnerschaftsvertrag"], "es": ["Tratado de Asociación Estratégica Integral"]},
   generic={"it": ["partenariato strategico globale"], "en": ["comprehensive strategic partnership"], "fr": ["partenariat stratégique global"], "de": ["strategische Partnerschaft"], "es": ["asociación estratégica integral"]}, signed="2024-06-19", force="2024-12-04", parties=["RU", "KP"], src="kremlin")
tr("bs-treaty-rio", "defence", ["Inter-American Treaty of Reciprocal Assistance", "Trattato interamericano di assistenza reciproca", "Traité interaméricain d'assistance réciproque", "Interamerikanischer Vertrag über gegenseitigen Beistand", "Tratado Interamericano de Asistencia Recíproca"], {"en": ["Rio Treaty", "TIAR"], "es": ["TIAR", "Tratado de Río"], "it": ["Trattato di Rio"], "fr": ["traité de Rio"], "de": ["Rio-Pakt"]}, signed="1947-09-02", force="1948-12-03", src="official-sites")
tr("bs-treaty-csto", "defence", ["Collective Security Treaty", "Trattato di sicurezza collettiva", "Traité de sécurité collective", "Vertrag über kollektive Sicherheit", "Tratado de Seguridad Colectiva"], {"en": ["Tashkent Treaty"]}, signed="1992-05-15", force="1994-04-20", src="official-sites")
tr("bs-treaty-elysee", "partnership", ["Élysée Treaty", "Trattato dell'Eliseo", "Traité de l'Élysée", "Élysée-Vertrag", "Tratado del Elíseo"], {"en": ["Elysee Treaty"], "de": ["Elysée-Vertrag", "deutsch-französischer Freundschaftsvertrag"]}, signed="1963-01-22", force="1963-07-02", parties=["FR", "DE"], src="official-sites")
tr("bs-treaty-aachen", "partnership", ["Treaty of Aachen", "Trattato di Aquisgrana", "Traité d'Aix-la-Chapelle", "Aachener Vertrag", "Tratado de Aquisgrán"], None, signed="2019-01-22", force="2020-01-22", parties=["FR", "DE"], src="official-sites")
tr("bs-treaty-quirinale", "partnership", ["Quirinal Treaty", "Trattato del Quirinale", "Traité du Quirinal", "Quirinalsvertrag", "Tratado del Quirinal"], None, signed="2021-11-26", force="2023-02-01", parties=["IT", "FR"], src="official-sites")
tr("bs-treaty-ru-cn-2001", "partnership", ["Sino-Russian Treaty of Friendship", "Trattato di amicizia sino-russo", "Traité d'amitié sino-russe", "Russisch-chinesischer Freundschaftsvertrag", "Tratado de Amistad Chino-Ruso"], {"en": ["Treaty of Good-Neighborliness and Friendly Cooperation"]}, signed="2001-07-16", force="2002-02-28", parties=["RU", "CN"], src="kremlin")
tr("bs-treaty-budapest-memo", "security", ["Budapest Memorandum on Security Assurances", "Memorandum di Budapest", "Mémorandum de Budapest", "Budapester Memorandum", "Memorándum de Budapest"], {"en": ["Budapest Memorandum"], "it": ["Memorandum di Budapest sulle garanzie di sicurezza"], "fr": ["mémorandum de Budapest"], "de": ["Budapester Memorandum"], "es": ["Memorando de Budapest"]}, signed="1994-12-05", parties=["UA", "RU", "US", "GB"], src="un-treaties")
tr("bs-treaty-minsk1", "armistice", ["Minsk Protocol", "Protocollo di Minsk", "Protocole de Minsk", "Minsker Protokoll", "Protocolo de Minsk"], {"en": ["Minsk I", "Minsk agreement", "Minsk agreements"], "it": ["Minsk I", "accordi di Minsk"], "fr": ["Minsk I", "accords de Minsk"], "de": ["Minsk I", "Minsker Abkommen"], "es": ["Minsk I", "acuerdos de Minsk"]}, signed="2014-09-05", parties=["UA", "RU"], src="osce")
tr("bs-treaty-minsk2", "armistice", ["Package of Measures for the Implementation of the Minsk Agreements", "Minsk II", "Minsk II", "Minsk II", "Minsk II"], {"en": ["Minsk II"], "it": ["Protocollo di Minsk II"], "fr": ["accords de Minsk II"], "de": ["Minsker Abkommen II"], "es": ["Acuerdos de Minsk II"]}, signed="2015-02-12", parties=["UA", "RU"], src="osce")
tr("bs-treaty-korean-armistice", "armistice", ["Korean Armistice Agreement", "Armistizio di Panmunjeom", "Convention d'armistice en Corée", "Waffenstillstandsabkommen von Panmunjeom", "Acuerdo de Armisticio de Corea"], {"en": ["Korean War armistice", "Panmunjom Armistice"], "it": ["armistizio coreano", "armistizio di Panmunjom"], "fr": ["armistice de Panmunjeom"], "de": ["Koreanisches Waffenstillstandsabkommen"], "es": ["armisticio de Panmunjom"]}, signed="1953-07-27", force="1953-07-27", parties=["KP", "CN", "bs-org-un"], src="official-sites")
tr("bs-treaty-black-sea-grain", "security", ["Black Sea Grain Initiative", "Iniziativa sui cereali del Mar Nero", "Initiative céréalière de la mer Noire", "Getreideabkommen", "Iniciativa de Granos del Mar Negro"], {"en": ["grain deal", "Black Sea grain deal"], "it": ["accordo sul grano"], "fr": ["accord céréalier"], "de": ["Schwarzmeer-Getreideinitiative"], "es": ["acuerdo de granos", "acuerdo del grano"]}, signed="2022-07-22", ended="2023-07-17", parties=["UA", "RU", "TR", "bs-org-un"], src="official-sites")
# Peace agreements
tr("bs-treaty-abraham", "peace", ["Abraham Accords", "Accordi di Abramo", "Accords d'Abraham", "Abraham-Abkommen", "Acuerdos de Abraham"], {"en": ["Abraham Accords Declaration"]}, signed="2020-09-15", parties=["IL", "AE", "BH", "US"], src="state-dept", generic={"en": ["normalisation agreement", "normalization deal"], "it": ["accordo di normalizzazione"], "fr": ["accord de normalisation"], "de": ["Normalisierungsabkommen"], "es": ["acuerdo de normalización"]})
tr("bs-treaty-camp-david", "peace", ["Camp David Accords", "Accordi di Camp David", "Accords de Camp David", "Camp-David-Abkommen", "Acuerdos de Camp David"], None, signed="1978-09-17", parties=["EG", "IL", "US"], src="state-dept")
tr("bs-treaty-eg-il-1979", "peace", ["Egypt–Israel Peace Treaty", "Trattato di pace israelo-egiziano", "Traité de paix israélo-égyptien", "Israelisch-ägyptischer Friedensvertrag", "Tratado de paz egipcio-israelí"], None, signed="1979-03-26", force="1980-01-18", parties=["EG", "IL"], src="state-dept")
tr("bs-treaty-il-jo-1994", "peace", ["Israel–Jordan Peace Treaty", "Trattato di pace israelo-giordano", "Traité de paix israélo-jordanien", "Israelisch-jordanischer Friedensvertrag", "Tratado de paz israelí-jordano"], {"en": ["Wadi Araba Treaty"]}, signed="1994-10-26", force="1994-11-10", parties=["IL", "JO"], src="un-treaties")
tr("bs-treaty-oslo1", "peace", ["Oslo I Accord", "Accordi di Oslo", "Accords d'Oslo", "Oslo-Abkommen", "Acuerdos de Oslo"], {"en": ["Oslo Accords", "Declaration of Principles on Interim Self-Government Arrangements"], "it": ["Oslo I"], "fr": ["Oslo I"], "de": ["Oslo I", "Osloer Abkommen"], "es": ["Oslo I"]}, signed="1993-09-13", parties=["IL", "bs-org-plo"], src="un-treaties")
tr("bs-treaty-oslo2", "peace", ["Oslo II Accord", "Accordo di Oslo II", "Accord d'Oslo II", "Oslo-II-Abkommen", "Acuerdo de Oslo II"], {"en": ["Oslo II", "Taba Agreement"]}, signed="1995-09-28", parties=["IL", "bs-org-plo"], src="un-treaties")
tr("bs-treaty-good-friday", "peace", ["Good Friday Agreement", "Accordo del Venerdì Santo", "Accord du Vendredi saint", "Karfreitagsabkommen", "Acuerdo de Viernes Santo"], {"en": ["Belfast Agreement"], "fr": ["accord de Belfast"], "de": ["Belfast-Abkommen"], "es": ["Acuerdo de Belfast"]}, signed="1998-04-10", force="1999-12-02", parties=["GB", "IE"], src="official-sites")
tr("bs-treaty-dayton", "peace", ["Dayton Agreement", "Accordi di Dayton", "Accords de Dayton", "Dayton-Abkommen", "Acuerdos de Dayton"], {"en": ["Dayton Accords", "General Framework Agreement for Peace in Bosnia and Herzegovina"], "de": ["Abkommen von Dayton"]}, signed="1995-12-14", parties=["BA", "HR", "RS"], src="osce")
tr("bs-treaty-doha-2020", "peace", ["Doha Agreement", "Accordo di Doha", "Accord de Doha", "Doha-Abkommen", "Acuerdo de Doha"], {"en": ["US-Taliban deal", "Agreement for Bringing Peace to Afghanistan"], "it": ["accordo USA-talebani"], "fr": ["accord de Doha avec les talibans"], "de": ["Abkommen von Doha"], "es": ["acuerdo de Doha con los talibanes"]}, signed="2020-02-29", parties=["US", "bs-org-taliban"], src="state-dept")
tr("bs-treaty-versailles", "peace", ["Treaty of Versailles", "Trattato di Versailles", "Traité de Versailles", "Versailler Vertrag", "Tratado de Versalles"], None, signed="1919-06-28", force="1920-01-10", src="official-sites")
tr("bs-treaty-sf-1951", "peace", ["Treaty of San Francisco", "Trattato di San Francisco", "Traité de San Francisco", "Friedensvertrag von San Francisco", "Tratado de San Francisco"], {"en": ["Treaty of Peace with Japan", "San Francisco Peace Treaty"]}, signed="1951-09-08", force="1952-04-28", src="state-dept")
tr("bs-treaty-two-plus-four", "peace", ["Treaty on the Final Settlement with Respect to Germany", "Trattato 2+4", "Traité de Moscou (2+4)", "Zwei-plus-Vier-Vertrag", "Tratado 2+4"], {"en": ["Two Plus Four Agreement"], "de": ["2+4-Vertrag"]}, signed="1990-09-12", force="1991-03-15", parties=["DE", "FR", "GB", "RU", "US"], src="official-sites")
tr("bs-treaty-colombia-farc", "peace", ["Colombian peace agreement with the FARC", "Accordo di pace tra Colombia e FARC", "Accord de paix entre la Colombie et les FARC", "Friedensabkommen zwischen Kolumbien und der FARC", "Acuerdo de paz con las FARC"], {"es": ["Acuerdo Final para la Terminación del Conflicto", "acuerdos de La Habana"]}, signed="2016-11-24", parties=["CO"], src="official-sites")
tr("bs-treaty-pretoria-2022", "peace", ["Pretoria Agreement", "Accordo di Pretoria", "Accord de Pretoria", "Abkommen von Pretoria", "Acuerdo de Pretoria"], {"en": ["Tigray peace agreement", "Cessation of Hostilities Agreement"]}, signed="2022-11-02", parties=["ET"], src="official-sites")
# EU treaties
for id, names, acr, s, f, e, hg in [
  ("bs-treaty-rome-1957", ["Treaty of Rome", "Trattati di Roma", "Traité de Rome", "Römische Verträge", "Tratado de Roma"], {"en": ["Treaty establishing the European Economic Community", "EEC Treaty"], "it": ["Trattato di Roma"], "fr": ["traités de Rome"], "de": ["EWG-Vertrag"], "es": ["Tratados de Roma"]}, "1957-03-25", "1958-01-01", None, None),
  ("bs-treaty-paris-1951", ["Treaty of Paris (1951)", "Trattato di Parigi (1951)", "Traité de Paris (1951)", "Vertrag von Paris (1951)", "Tratado de París (1951)"], {"en": ["ECSC Treaty"], "it": ["Trattato CECA"], "fr": ["traité CECA"], "de": ["EGKS-Vertrag", "Montanunion-Vertrag"], "es": ["Tratado CECA"]}, "1951-04-18", "1952-07-23", "2002-07-23", None),
  ("bs-treaty-maastricht", ["Maastricht Treaty", "Trattato di Maastricht", "Traité de Maastricht", "Vertrag von Maastricht", "Tratado de Maastricht"], {"en": ["Treaty on European Union", "TEU"], "it": ["Trattato sull'Unione europea", "TUE"], "fr": ["traité sur l'Union européenne", "TUE"], "de": ["Vertrag über die Europäische Union", "EUV"], "es": ["Tratado de la Unión Europea", "TUE"]}, None, None, None, "Treaty On European Union"),
  ("bs-treaty-lisbon", ["Treaty of Lisbon", "Trattato di Lisbona", "Traité de Lisbonne", "Vertrag von Lissabon", "Tratado de Lisboa"], {"en": ["Lisbon Treaty"], "de": ["Lissabon-Vertrag"]}, None, None, None, "EC Lisbon"),
  ("bs-treaty-amsterdam", ["Treaty of Amsterdam", "Trattato di Amsterdam", "Traité d'Amsterdam", "Vertrag von Amsterdam", "Tratado de Ámsterdam"], None, "1997-10-02", "1999-05-01", None, None),
  ("bs-treaty-nice", ["Treaty of Nice", "Trattato di Nizza", "Traité de Nice", "Vertrag von Nizza", "Tratado de Niza"], None, "2001-02-26", "2003-02-01", None, None),
  ("bs-treaty-single-european-act", ["Single European Act", "Atto unico europeo", "Acte unique européen", "Einheitliche Europäische Akte", "Acta Única Europea"], None, "1986-02-17", "1987-07-01", None, None),
  ("bs-treaty-schengen", ["Schengen Agreement", "Accordo di Schengen", "Accord de Schengen", "Schengener Abkommen", "Acuerdo de Schengen"], {"en": ["Schengen Convention"], "it": ["Trattato di Schengen"], "fr": ["accords de Schengen"], "de": ["Schengen-Abkommen"], "es": ["Acuerdos de Schengen"]}, "1985-06-14", "1995-03-26", None, None),
  ("bs-treaty-eu-charter", ["Charter of Fundamental Rights of the European Union", "Carta dei diritti fondamentali dell'Unione europea", "Charte des droits fondamentaux de l'Union européenne", "Charta der Grundrechte der Europäischen Union", "Carta de los Derechos Fundamentales de la Unión Europea"], {"de": ["EU-Grundrechtecharta"]}, None, None, None, "Charter Of Fundamental Rights Of The European Union"),
  ("bs-treaty-esm", ["Treaty Establishing the European Stability Mechanism", "Trattato che istituisce il Meccanismo europeo di stabilità", "Traité instituant le mécanisme européen de stabilité", "Vertrag zur Einrichtung des Europäischen Stabilitätsmechanismus", "Tratado Constitutivo del Mecanismo Europeo de Estabilidad"], {"en": ["ESM Treaty"], "it": ["MES", "Trattato MES", "Mes"], "fr": ["traité MES"], "de": ["ESM-Vertrag"], "es": ["Tratado MEDE"]}, "2012-02-02", "2012-09-27", None, None),
  ("bs-treaty-fiscal-compact", ["Fiscal Compact", "Fiscal compact", "Pacte budgétaire européen", "Fiskalpakt", "Pacto Fiscal Europeo"], {"en": ["Treaty on Stability, Coordination and Governance"], "it": ["Patto di bilancio europeo"], "fr": ["TSCG"], "de": ["SKS-Vertrag"], "es": ["TECG"]}, "2012-03-02", "2013-01-01", None, None),
  ("bs-treaty-brexit-withdrawal", ["Brexit Withdrawal Agreement", "Accordo di recesso sulla Brexit", "Accord de retrait du Royaume-Uni", "Brexit-Austrittsabkommen", "Acuerdo de Retirada del Brexit"], {"en": ["Withdrawal Agreement"], "it": ["accordo di recesso"], "fr": ["accord de retrait"], "de": ["Austrittsabkommen"], "es": ["Acuerdo de Retirada"]}, "2020-01-24", "2020-02-01", None, None),
  ("bs-treaty-eu-uk-tca", ["EU–UK Trade and Cooperation Agreement", "Accordo sugli scambi commerciali e la cooperazione UE-Regno Unito", "Accord de commerce et de coopération UE–Royaume-Uni", "Handels- und Kooperationsabkommen EU–Vereinigtes Königreich", "Acuerdo de Comercio y Cooperación UE-Reino Unido"], {"en": ["TCA", "Brexit trade deal"]}, "2020-12-30", "2021-05-01", None, None),
  ("bs-treaty-windsor", ["Windsor Framework", "Quadro di Windsor", "Cadre de Windsor", "Windsor-Rahmen", "Marco de Windsor"], None, "2023-02-27", None, None, None),
]:
    tr(id, "eu", names, acr, signed=s, force=f, ended=e, huggo=hg, src="eur-lex")
T[-1]["parties"] = ["GB", "Q458"]; T[-2]["parties"] = ["GB", "Q458"]; T[-3]["parties"] = ["GB", "Q458"]
# Member states at signature (West Germany before 1990); the later treaties' parties come from PARTIES_OF.
EC12 = ["BE", "DK", "bs-country-west-germany", "GR", "ES", "FR", "IE", "IT", "LU", "NL", "PT", "GB"]
EU15 = ["AT", "BE", "DK", "FI", "FR", "DE", "GR", "IE", "IT", "LU", "NL", "PT", "ES", "SE", "GB"]
EU_PARTIES = {
 "bs-treaty-paris-1951": ["BE", "FR", "bs-country-west-germany", "IT", "LU", "NL"],
 "bs-treaty-schengen": ["BE", "FR", "bs-country-west-germany", "LU", "NL"],
 "bs-treaty-single-european-act": EC12,
 "bs-treaty-amsterdam": EU15,
 "bs-treaty-nice": EU15,
}
for t in T:
    if t["id"] in EU_PARTIES: t["parties"] = list(EU_PARTIES[t["id"]])
# Climate and environment (parties from the Factbook where it lists them)
for id, names, acr, hg, env, s, f in [
  ("bs-treaty-unfccc", ["United Nations Framework Convention on Climate Change", "Convenzione quadro delle Nazioni Unite sui cambiamenti climatici", "Convention-cadre des Nations unies sur les changements climatiques", "Klimarahmenkonvention der Vereinten Nationen", "Convención Marco de las Naciones Unidas sobre el Cambio Climático"], {"en": ["UNFCCC"], "it": ["UNFCCC"], "fr": ["CCNUCC"], "de": ["UNFCCC", "Klimarahmenkonvention"], "es": ["CMNUCC"]}, "United Nations Framework Convention On Climate Change", "Climate Change", None, None),
  ("bs-treaty-kyoto", ["Kyoto Protocol", "Protocollo di Kyoto", "Protocole de Kyoto", "Kyoto-Protokoll", "Protocolo de Kioto"], {"es": ["Protocolo de Kyoto"]}, "Kyoto Protocol To The United Nations Framework Convention On Climate Change", "Climate Change-Kyoto Protocol", None, None),
  ("bs-treaty-paris-agreement", ["Paris Agreement", "Accordo di Parigi", "Accord de Paris", "Übereinkommen von Paris", "Acuerdo de París"], {"en": ["Paris climate agreement", "Paris climate accord", "Paris climate treaty", "Paris climate deal", "Paris accord"], "it": ["Accordo di Parigi sul clima"], "fr": ["accord de Paris sur le climat"], "de": ["Pariser Klimaabkommen", "Pariser Abkommen"], "es": ["Acuerdo de París sobre el clima"]}, "Paris Agreement Under The United Nations Framework Convention On Climate Change", "Climate Change-Paris Agreement", None, None),
  ("bs-treaty-montreal", ["Montreal Protocol", "Protocollo di Montreal", "Protocole de Montréal", "Montreal-Protokoll", "Protocolo de Montreal"], None, "Montreal Protocol On Substances That Deplete The Ozone Layer", "Ozone Layer Protection", None, None),
  ("bs-treaty-cbd", ["Convention on Biological Diversity", "Convenzione sulla diversità biologica", "Convention sur la diversité biologique", "Übereinkommen über die biologische Vielfalt", "Convenio sobre la Diversidad Biológica"], {"en": ["CBD"], "it": ["CBD"], "fr": ["CDB"], "de": ["Biodiversitätskonvention"], "es": ["CDB"]}, "Convention On Biological Diversity", "Biodiversity", None, None),
  ("bs-treaty-cites", ["Convention on International Trade in Endangered Species", "Convenzione di Washington sul commercio internazionale delle specie minacciate", "Convention sur le commerce international des espèces menacées", "Washingtoner Artenschutzübereinkommen", "Convención sobre el Comercio Internacional de Especies Amenazadas"], {"en": ["CITES"], "it": ["CITES"], "fr": ["CITES"], "de": ["CITES"], "es": ["CITES"]}, "Convention On International Trade In Endangered Species Of Wild Fauna And Flora", "Endangered Species", None, None),
  ("bs-treaty-ramsar", ["Ramsar Convention", "Convenzione di Ramsar", "Convention de Ramsar", "Ramsar-Konvention", "Convención de Ramsar"], {"en": ["Convention on Wetlands"]}, "Convention On Wetlands Of International Importance Especially As Waterfowl Habitat", "Wetlands", None, None),
  ("bs-treaty-unccd", ["United Nations Convention to Combat Desertification", "Convenzione delle Nazioni Unite per la lotta alla desertificazione", "Convention des Nations unies sur la lutte contre la désertification", "Übereinkommen der Vereinten Nationen zur Bekämpfung der Wüstenbildung", "Convención de las Naciones Unidas de Lucha contra la Desertificación"], {"en": ["UNCCD"], "fr": ["CNULCD"], "es": ["CNULD"]}, "United Nations Convention To Combat Desertification In Those Countries Experiencing Serious Drought And Or Desertification Particulary In Africa", "Desertification", None, None),
  ("bs-treaty-basel", ["Basel Convention", "Convenzione di Basilea", "Convention de Bâle", "Basler Übereinkommen", "Convenio de Basilea"], None, None, "Hazardous Wastes", "1989-03-22", "1992-05-05"),
  ("bs-treaty-marpol", ["MARPOL Convention", "Convenzione MARPOL", "Convention MARPOL", "MARPOL-Übereinkommen", "Convenio MARPOL"], {"en": ["MARPOL"]}, None, "Ship Pollution", "1973-11-02", "1983-10-02"),
  ("bs-treaty-antarctic", ["Antarctic Treaty", "Trattato Antartico", "Traité sur l'Antarctique", "Antarktis-Vertrag", "Tratado Antártico"], None, "The Antarctic Treaty", "Antarctic Treaty", None, None),
  ("bs-treaty-kigali", ["Kigali Amendment", "Emendamento di Kigali", "Amendement de Kigali", "Kigali-Änderung", "Enmienda de Kigali"], None, None, None, "2016-10-15", "2019-01-01"),
  ("bs-treaty-bbnj", ["High Seas Treaty", "Trattato sull'alto mare", "Traité sur la haute mer", "Hochseeschutzabkommen", "Tratado de Alta Mar"], {"en": ["BBNJ Agreement", "Agreement on Marine Biodiversity of Areas beyond National Jurisdiction"]}, None, None, "2023-09-20", None),
  ("bs-treaty-minamata", ["Minamata Convention on Mercury", "Convenzione di Minamata sul mercurio", "Convention de Minamata sur le mercure", "Minamata-Übereinkommen über Quecksilber", "Convenio de Minamata sobre el Mercurio"], None, None, None, "2013-10-10", "2017-08-16"),
  ("bs-treaty-stockholm-pops", ["Stockholm Convention on Persistent Organic Pollutants", "Convenzione di Stoccolma sugli inquinanti organici persistenti", "Convention de Stockholm sur les polluants organiques persistants", "Stockholmer Übereinkommen über persistente organische Schadstoffe", "Convenio de Estocolmo sobre Contaminantes Orgánicos Persistentes"], None, None, "Persistent Organic Pollutants", "2001-05-22", "2004-05-17"),
]:
    tr(id, "climate", names, acr, huggo=hg, env=env, signed=s, force=f, src="unfccc" if "climate" in id or id in ("bs-treaty-kyoto", "bs-treaty-unfccc") else "un-treaties")
for t in T:
    if t["id"] in ("bs-treaty-antarctic",):
        t["desc"] = {"en": "treaty reserving Antarctica for peaceful use", "it": "trattato che riserva l'Antartide a usi pacifici", "fr": "traité réservant l'Antarctique à des fins pacifiques", "de": "Vertrag, der die Antarktis friedlicher Nutzung vorbehält", "es": "tratado que reserva la Antártida a usos pacíficos"}
        t.pop("generic", None)
# Trade
for id, names, acr, s, f, e, parties in [
  ("bs-treaty-usmca", ["United States–Mexico–Canada Agreement", "Accordo Stati Uniti-Messico-Canada", "Accord Canada–États-Unis–Mexique", "Abkommen zwischen den Vereinigten Staaten, Mexiko und Kanada", "Tratado entre México, Estados Unidos y Canadá"], {"en": ["USMCA", "CUSMA"], "it": ["USMCA"], "fr": ["ACEUM"], "de": ["USMCA"], "es": ["T-MEC", "TMEC"]}, "2018-11-30", "2020-07-01", None, ["US", "MX", "CA"]),
  ("bs-treaty-nafta", ["North American Free Trade Agreement", "Accordo nordamericano per il libero scambio", "Accord de libre-échange nord-américain", "Nordamerikanisches Freihandelsabkommen", "Tratado de Libre Comercio de América del Norte"], {"en": ["NAFTA"], "it": ["NAFTA"], "fr": ["ALENA"], "de": ["NAFTA"], "es": ["TLCAN"]}, "1992-12-17", "1994-01-01", "2020-07-01", ["US", "MX", "CA"]),
  ("bs-treaty-cptpp", ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "Accordo globale e progressivo per il partenariato transpacifico", "Accord de partenariat transpacifique global et progressiste", "Umfassendes und fortschrittliches Abkommen für eine transpazifische Partnerschaft", "Tratado Integral y Progresista de Asociación Transpacífico"], {"en": ["CPTPP", "TPP-11"], "it": ["CPTPP"], "fr": ["PTPGP", "CPTPP"], "de": ["CPTPP"], "es": ["CPTPP", "TIPAT"]}, "2018-03-08", "2018-12-30", None, ["AU", "BN", "CA", "CL", "JP", "MY", "MX", "NZ", "PE", "SG", "VN"]),
  ("bs-treaty-tpp", ["Trans-Pacific Partnership", "Partenariato trans-pacifico", "Partenariat transpacifique", "Transpazifische Partnerschaft", "Acuerdo de Asociación Transpacífico"], {"en": ["TPP"], "it": ["TPP"], "fr": ["PTP"], "de": ["TPP"], "es": ["TPP"]}, "2016-02-04", None, None, ["AU", "BN", "CA", "CL", "JP", "MY", "MX", "NZ", "PE", "SG", "US", "VN"]),
  ("bs-treaty-rcep", ["Regional Comprehensive Economic Partnership", "Partenariato economico globale regionale", "Partenariat régional économique global", "Regionale umfassende Wirtschaftspartnerschaft", "Asociación Económica Integral Regional"], {"en": ["RCEP"], "it": ["RCEP"], "fr": ["RCEP"], "de": ["RCEP"], "es": ["RCEP"]}, "2020-11-15", "2022-01-01", None, ["BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH", "VN", "AU", "CN", "JP", "KR", "NZ"]),
  ("bs-treaty-gatt", ["General Agreement on Tariffs and Trade", "Accordo generale sulle tariffe e il commercio", "Accord général sur les tarifs douaniers et le commerce", "Allgemeines Zoll- und Handelsabkommen", "Acuerdo General sobre Aranceles Aduaneros y Comercio"], {"en": ["GATT"], "it": ["GATT"], "fr": ["GATT"], "de": ["GATT"], "es": ["GATT"]}, "1947-10-30", "1948-01-01", None, None),
  ("bs-treaty-marrakesh-wto", ["Marrakesh Agreement Establishing the World Trade Organization", "Accordo di Marrakech che istituisce l'Organizzazione mondiale del commercio", "Accord de Marrakech instituant l'Organisation mondiale du commerce", "Übereinkommen von Marrakesch zur Errichtung der Welthandelsorganisation", "Acuerdo de Marrakech por el que se establece la Organización Mundial del Comercio"], {"en": ["Marrakesh Agreement", "WTO Agreement"]}, "1994-04-15", "1995-01-01", None, None),
  ("bs-treaty-ceta", ["Comprehensive Economic and Trade Agreement", "Accordo economico e commerciale globale", "Accord économique et commercial global", "Umfassendes Wirtschafts- und Handelsabkommen", "Acuerdo Económico y Comercial Global"], {"en": ["CETA"], "it": ["CETA", "Ceta"], "fr": ["AECG", "CETA"], "de": ["CETA"], "es": ["CETA"]}, "2016-10-30", None, None, ["CA", "Q458"]),
  ("bs-treaty-eu-mercosur", ["EU–Mercosur Agreement", "Accordo UE-Mercosur", "Accord UE-Mercosur", "EU-Mercosur-Abkommen", "Acuerdo UE-Mercosur"], {"en": ["EU-Mercosur trade deal"], "it": ["accordo Ue-Mercosur"], "fr": ["accord UE-Mercosur"], "de": ["Mercosur-Abkommen"], "es": ["acuerdo UE-Mercosur"]}, None, None, None, ["Q458", "bs-org-mercosur"]),
  ("bs-treaty-afcfta", ["African Continental Free Trade Area Agreement", "Accordo sull'area continentale africana di libero scambio", "Accord portant création de la Zone de libre-échange continentale africaine", "Abkommen über die Afrikanische Kontinentale Freihandelszone", "Acuerdo de la Zona de Libre Comercio Continental Africana"], {"en": ["AfCFTA"], "it": ["AfCFTA"], "fr": ["ZLECAf"], "de": ["AfCFTA"], "es": ["AfCFTA"]}, "2018-03-21", "2019-05-30", None, None),
  ("bs-treaty-phase-one", ["US–China Phase One Trade Agreement", "Accordo commerciale di Fase uno tra Stati Uniti e Cina", "Accord commercial de phase 1 entre les États-Unis et la Chine", "Phase-1-Handelsabkommen zwischen den USA und China", "Acuerdo comercial de Fase Uno entre Estados Unidos y China"], {"en": ["Phase One deal"]}, "2020-01-15", "2020-02-14", None, ["US", "CN"]),
]:
    tr(id, "trade", names, acr, signed=s, force=f, ended=e, parties=parties, src="official-sites")
tr("bs-treaty-eu-israel-association", "trade", ["EU–Israel Association Agreement", "Accordo di associazione UE-Israele", "Accord d'association UE-Israël", "Assoziierungsabkommen zwischen der EU und Israel", "Acuerdo de Asociación UE-Israel"], {"en": ["EU-Israel Association Agreement"], "it": ["accordo di associazione tra Ue e Israele"], "fr": ["accord d'association entre l'UE et Israël"], "de": ["EU-Israel-Assoziierungsabkommen"], "es": ["Acuerdo de Asociación entre la UE e Israel"]}, signed="1995-11-20", force="2000-06-01", parties=["Q458", "IL"], src="eur-lex")
# Iran nuclear deal
tr("bs-treaty-jcpoa", "nuclear-deal", ["Joint Comprehensive Plan of Action", "Piano d'azione congiunto globale", "Plan d'action global commun", "Gemeinsamer umfassender Aktionsplan", "Plan de Acción Integral Conjunto"], {"en": ["JCPOA", "Iran nuclear deal"], "it": ["JCPOA", "accordo sul nucleare iraniano"], "fr": ["JCPOA", "PAGC"], "de": ["JCPOA", "Wiener Atomabkommen", "Atomabkommen mit dem Iran"], "es": ["JCPOA", "PAIC", "acuerdo nuclear con Irán"]}, signed="2015-07-14", parties=["IR", "US", "GB", "FR", "DE", "RU", "CN", "Q458"], src="iaea", status="the United States withdrew on 2018-05-08")
# Law of war, human rights, charters, law of the sea
for id, cat, names, acr, hg, s, f, src in [
  ("bs-treaty-geneva-conventions", "law", ["Geneva Conventions", "Convenzioni di Ginevra", "Conventions de Genève", "Genfer Konventionen", "Convenios de Ginebra"], {"en": ["Geneva Convention"], "it": ["Convenzione di Ginevra"], "fr": ["Convention de Genève"], "de": ["Genfer Abkommen"], "es": ["Convención de Ginebra"]}, "Geneva Convention (4) Relative To The Protection Of Civilian Persons In Time Of War", None, None, "icrc"),
  ("bs-treaty-geneva-ap1", "law", ["Additional Protocol I to the Geneva Conventions", "Primo protocollo aggiuntivo alle Convenzioni di Ginevra", "Protocole additionnel I aux Conventions de Genève", "Zusatzprotokoll I zu den Genfer Abkommen", "Protocolo adicional I a los Convenios de Ginebra"], None, None, "1977-06-08", "1978-12-07", "icrc"),
  ("bs-treaty-un-charter", "charter", ["Charter of the United Nations", "Carta delle Nazioni Unite", "Charte des Nations unies", "Charta der Vereinten Nationen", "Carta de las Naciones Unidas"], {"en": ["UN Charter"], "it": ["Carta dell'ONU"], "fr": ["Charte de l'ONU"], "de": ["UN-Charta"], "es": ["Carta de la ONU"]}, None, "1945-06-26", "1945-10-24", "un-treaties"),
  ("bs-treaty-rome-statute", "charter", ["Rome Statute of the International Criminal Court", "Statuto di Roma della Corte penale internazionale", "Statut de Rome de la Cour pénale internationale", "Römisches Statut des Internationalen Strafgerichtshofs", "Estatuto de Roma de la Corte Penal Internacional"], {"en": ["Rome Statute"], "it": ["Statuto di Roma"], "fr": ["Statut de Rome"], "de": ["Römisches Statut", "Rom-Statut"], "es": ["Estatuto de Roma"]}, "Rome Statute Of The International Criminal Court (ICC)", None, None, "un-treaties"),
  ("bs-treaty-unclos", "law", ["United Nations Convention on the Law of the Sea", "Convenzione delle Nazioni Unite sul diritto del mare", "Convention des Nations unies sur le droit de la mer", "Seerechtsübereinkommen der Vereinten Nationen", "Convención de las Naciones Unidas sobre el Derecho del Mar"], {"en": ["UNCLOS", "Law of the Sea Convention"], "it": ["UNCLOS", "Convenzione di Montego Bay"], "fr": ["CNUDM", "Convention de Montego Bay"], "de": ["SRÜ", "UNCLOS"], "es": ["CONVEMAR"]}, None, "1982-12-10", "1994-11-16", "un-treaties"),
  ("bs-treaty-genocide", "law", ["Genocide Convention", "Convenzione sul genocidio", "Convention sur le génocide", "Völkermordkonvention", "Convención sobre el Genocidio"], {"en": ["Convention on the Prevention and Punishment of the Crime of Genocide"], "it": ["Convenzione per la prevenzione e la repressione del delitto di genocidio"], "fr": ["Convention pour la prévention et la répression du crime de génocide"], "de": ["Konvention über die Verhütung und Bestrafung des Völkermordes"], "es": ["Convención para la Prevención y la Sanción del Delito de Genocidio"]}, None, "1948-12-09", "1951-01-12", "un-treaties"),
  ("bs-treaty-refugee-convention", "law", ["Refugee Convention", "Convenzione sullo status dei rifugiati", "Convention relative au statut des réfugiés", "Genfer Flüchtlingskonvention", "Convención sobre el Estatuto de los Refugiados"], {"en": ["1951 Refugee Convention", "Convention Relating to the Status of Refugees"], "it": ["Convenzione di Ginevra sui rifugiati"], "fr": ["Convention de Genève sur les réfugiés"], "de": ["Flüchtlingskonvention"], "es": ["Convención de Ginebra sobre refugiados"]}, None, "1951-07-28", "1954-04-22", "un-treaties"),
  ("bs-treaty-echr", "law", ["European Convention on Human Rights", "Convenzione europea dei diritti dell'uomo", "Convention européenne des droits de l'homme", "Europäische Menschenrechtskonvention", "Convenio Europeo de Derechos Humanos"], {"en": ["ECHR"], "it": ["CEDU"], "fr": ["CEDH"], "de": ["EMRK"], "es": ["CEDH"]}, None, "1950-11-04", "1953-09-03", "official-sites"),
  ("bs-treaty-iccpr", "law", ["International Covenant on Civil and Political Rights", "Patto internazionale sui diritti civili e politici", "Pacte international relatif aux droits civils et politiques", "Internationaler Pakt über bürgerliche und politische Rechte", "Pacto Internacional de Derechos Civiles y Políticos"], {"en": ["ICCPR"]}, None, "1966-12-16", "1976-03-23", "un-treaties"),
  ("bs-treaty-cat", "law", ["Convention against Torture", "Convenzione contro la tortura", "Convention contre la torture", "UN-Antifolterkonvention", "Convención contra la Tortura"], {"en": ["UNCAT"]}, None, "1984-12-10", "1987-06-26", "un-treaties"),
  ("bs-treaty-crc", "law", ["Convention on the Rights of the Child", "Convenzione sui diritti dell'infanzia", "Convention relative aux droits de l'enfant", "UN-Kinderrechtskonvention", "Convención sobre los Derechos del Niño"], {"en": ["UNCRC"]}, None, "1989-11-20", "1990-09-02", "un-treaties"),
  ("bs-treaty-vienna-diplomatic", "law", ["Vienna Convention on Diplomatic Relations", "Convenzione di Vienna sulle relazioni diplomatiche", "Convention de Vienne sur les relations diplomatiques", "Wiener Übereinkommen über diplomatische Beziehungen", "Convención de Viena sobre Relaciones Diplomáticas"], None, None, "1961-04-18", "1964-04-24", "un-treaties"),
  ("bs-treaty-vienna-treaties", "law", ["Vienna Convention on the Law of Treaties", "Convenzione di Vienna sul diritto dei trattati", "Convention de Vienne sur le droit des traités", "Wiener Übereinkommen über das Recht der Verträge", "Convención de Viena sobre el Derecho de los Tratados"], {"en": ["VCLT"]}, None, "1969-05-23", "1980-01-27", "un-treaties"),
  ("bs-treaty-helsinki", "security", ["Helsinki Final Act", "Atto finale di Helsinki", "Acte final d'Helsinki", "Schlussakte von Helsinki", "Acta Final de Helsinki"], {"en": ["Helsinki Accords"], "it": ["Accordi di Helsinki"], "fr": ["accords d'Helsinki"], "de": ["KSZE-Schlussakte"], "es": ["Acuerdos de Helsinki"]}, None, "1975-08-01", None, "osce"),
  ("bs-treaty-paris-charter", "security", ["Charter of Paris for a New Europe", "Carta di Parigi per una nuova Europa", "Charte de Paris pour une nouvelle Europe", "Charta von Paris für ein neues Europa", "Carta de París para una Nueva Europa"], None, None, "1990-11-21", None, "osce"),
  ("bs-treaty-nato-russia-act", "security", ["NATO–Russia Founding Act", "Atto istitutivo NATO-Russia", "Acte fondateur OTAN-Russie", "NATO-Russland-Grundakte", "Acta Fundacional OTAN-Rusia"], None, None, "1997-05-27", None, "nato"),
  ("bs-treaty-au-constitutive", "charter", ["Constitutive Act of the African Union", "Atto costitutivo dell'Unione africana", "Acte constitutif de l'Union africaine", "Gründungsakte der Afrikanischen Union", "Acta Constitutiva de la Unión Africana"], None, None, "2000-07-11", "2001-05-26", "official-sites"),
  ("bs-treaty-asean-charter", "charter", ["ASEAN Charter", "Carta dell'ASEAN", "Charte de l'ASEAN", "ASEAN-Charta", "Carta de la ASEAN"], None, None, "2007-11-20", "2008-12-15", "official-sites"),
  ("bs-treaty-oas-charter", "charter", ["Charter of the Organization of American States", "Carta dell'Organizzazione degli Stati americani", "Charte de l'Organisation des États américains", "Charta der Organisation Amerikanischer Staaten", "Carta de la Organización de los Estados Americanos"], None, None, "1948-04-30", "1951-12-13", "official-sites"),
  ("bs-treaty-iaea-statute", "charter", ["Statute of the International Atomic Energy Agency", "Statuto dell'Agenzia internazionale per l'energia atomica", "Statut de l'Agence internationale de l'énergie atomique", "Satzung der Internationalen Atomenergiebehörde", "Estatuto del Organismo Internacional de Energía Atómica"], {"en": ["IAEA Statute"]}, None, "1956-10-26", "1957-07-29", "iaea"),
  ("bs-treaty-who-constitution", "charter", ["Constitution of the World Health Organization", "Costituzione dell'Organizzazione mondiale della sanità", "Constitution de l'Organisation mondiale de la santé", "Satzung der Weltgesundheitsorganisation", "Constitución de la Organización Mundial de la Salud"], None, None, "1946-07-22", "1948-04-07", "official-sites"),
  ("bs-treaty-pandemic-agreement", "charter", ["WHO Pandemic Agreement", "Accordo pandemico dell'OMS", "Accord de l'OMS sur les pandémies", "WHO-Pandemieabkommen", "Acuerdo sobre Pandemias de la OMS"], {"en": ["pandemic treaty"], "it": ["trattato pandemico"], "fr": ["traité sur les pandémies"], "de": ["Pandemievertrag"], "es": ["tratado de pandemias"]}, None, None, None, "official-sites"),
  ("bs-treaty-bretton-woods", "charter", ["Bretton Woods Agreements", "Accordi di Bretton Woods", "Accords de Bretton Woods", "Bretton-Woods-Abkommen", "Acuerdos de Bretton Woods"], None, None, "1944-07-22", "1945-12-27", "official-sites"),
  ("bs-treaty-council-of-europe-statute", "charter", ["Statute of the Council of Europe", "Statuto del Consiglio d'Europa", "Statut du Conseil de l'Europe", "Satzung des Europarates", "Estatuto del Consejo de Europa"], {"en": ["Treaty of London (1949)"]}, None, "1949-05-05", "1949-08-03", "official-sites"),
  ("bs-treaty-istanbul-convention", "law", ["Istanbul Convention", "Convenzione di Istanbul", "Convention d'Istanbul", "Istanbul-Konvention", "Convenio de Estambul"], {"en": ["Council of Europe Convention on preventing and combating violence against women"]}, None, "2011-05-11", "2014-08-01", "official-sites"),
  ("bs-treaty-montreux", "law", ["Montreux Convention Regarding the Regime of the Straits", "Convenzione di Montreux", "Convention de Montreux", "Vertrag von Montreux", "Convención de Montreux"], {"en": ["Montreux Convention"]}, None, "1936-07-20", "1936-11-09", "official-sites"),
  ("bs-treaty-chicago-convention", "law", ["Convention on International Civil Aviation", "Convenzione di Chicago", "Convention de Chicago", "Abkommen von Chicago", "Convenio de Chicago"], {"en": ["Chicago Convention"]}, None, "1944-12-07", "1947-04-04", "official-sites"),
  ("bs-treaty-svalbard", "law", ["Svalbard Treaty", "Trattato delle Svalbard", "Traité du Svalbard", "Spitzbergen-Vertrag", "Tratado de Svalbard"], None, None, "1920-02-09", "1925-08-14", "official-sites"),
  ("bs-treaty-indus-waters", "partnership", ["Indus Waters Treaty", "Trattato delle acque dell'Indo", "Traité de l'Indus", "Indus-Wasservertrag", "Tratado de Aguas del Indo"], None, None, "1960-09-19", None, "official-sites"),
  ("bs-treaty-us-cn-shanghai", "security", ["Shanghai Communiqué", "Comunicato di Shanghai", "Communiqué de Shanghai", "Shanghai-Kommuniqué", "Comunicado de Shanghái"], None, None, "1972-02-28", None, "state-dept"),
  ("bs-treaty-taiwan-relations-act", "security", ["Taiwan Relations Act", "Taiwan Relations Act", "Taiwan Relations Act", "Taiwan Relations Act", "Ley de Relaciones con Taiwán"], None, None, None, "1979-04-10", "state-dept"),
  ("bs-treaty-kp-us-singapore", "security", ["Singapore Summit Joint Statement", "Dichiarazione congiunta del vertice di Singapore", "Déclaration commune du sommet de Singapour", "Gemeinsame Erklärung des Gipfels von Singapur", "Declaración conjunta de la cumbre de Singapur"], None, None, "2018-06-12", None, "state-dept"),
  ("bs-treaty-panmunjom-declaration", "security", ["Panmunjom Declaration", "Dichiarazione di Panmunjom", "Déclaration de Panmunjeom", "Panmunjeom-Erklärung", "Declaración de Panmunjom"], None, None, "2018-04-27", None, "official-sites"),
  ("bs-treaty-lausanne", "peace", ["Treaty of Lausanne", "Trattato di Losanna", "Traité de Lausanne", "Vertrag von Lausanne", "Tratado de Lausana"], None, None, "1923-07-24", "1924-08-06", "official-sites"),
  ("bs-treaty-gaza-ceasefire-2025", "armistice", ["Gaza ceasefire agreement (January 2025)", "Accordo di cessate il fuoco a Gaza (gennaio 2025)", "Accord de cessez-le-feu à Gaza (janvier 2025)", "Waffenruhe-Abkommen für Gaza (Januar 2025)", "Acuerdo de alto el fuego en Gaza (enero de 2025)"], None, None, "2025-01-15", None, "official-sites"),
]:
    tr(id, cat, names, acr, huggo=hg, signed=s, force=f, src=src)
parties = {"bs-treaty-korean-armistice": None, "bs-treaty-kp-us-singapore": ["US", "KP"], "bs-treaty-panmunjom-declaration": ["KP", "KR"], "bs-treaty-indus-waters": ["IN", "PK"], "bs-treaty-us-cn-shanghai": ["US", "CN"], "bs-treaty-gaza-ceasefire-2025": ["IL", "bs-org-hamas"],
 "bs-treaty-nato-russia-act": ["bs-org-nato", "RU"],
 # Montreux and Svalbard: original signatories, all of which ratified (Japan last, in 1937 and 1925); later accessions not listed.
 "bs-treaty-montreux": ["AU", "BG", "FR", "GR", "JP", "RO", "bs-country-yu", "TR", "GB", "bs-country-su"],
 "bs-treaty-svalbard": ["NO", "US", "DK", "FR", "IT", "JP", "NL", "GB", "SE", "AU", "CA", "IN", "NZ", "ZA"]}
for t in T:
    if parties.get(t["id"]): t["parties"] = parties[t["id"]]
    if t["id"] == "bs-treaty-gaza-ceasefire-2025": t["generic"] = {"en": ["ceasefire deal", "Gaza truce"], "it": ["tregua a Gaza"], "fr": ["trêve à Gaza"], "de": ["Waffenruhe in Gaza"], "es": ["tregua en Gaza"]}
# Plurilateral treaties whose category descriptions ("trade deal", "defence pact", "nuclear treaty") would
# otherwise resolve from any two parties named together (a bilateral deal, NATO): their parties stay, the
# descriptions go, so they resolve only when named. A dissolved or never-ratified treaty keeps none either.
for t in T:
    if t["id"] in ("bs-treaty-cptpp", "bs-treaty-tpp", "bs-treaty-rcep", "bs-treaty-warsaw-pact", "bs-treaty-bangkok", "bs-treaty-semipalatinsk"):
        t.pop("generic", None)
# Current status and depositary, as of the pack date, cited to the entry's src. Only facts that are
# certain; bilateral agreements and political documents have no depositary.
UN_SG = "Secretary-General of the United Nations"
UK_US_RU = "United Kingdom, United States and Russia (formerly the Soviet Union)"
STATUS = {
 "bs-treaty-eu-israel-association": "in force",
 "bs-treaty-ptbt": "in force",
 "bs-treaty-start1": "expired 2009-12-05",
 "bs-treaty-abm": "terminated 2002-06-13 (US withdrawal)",
 "bs-treaty-salt1": "expired 1977-10-03",
 "bs-treaty-cfe": "Russia withdrew on 2023-11-07; NATO allies then suspended it",
 "bs-treaty-open-skies": "in force; the United States withdrew on 2020-11-22, Russia on 2021-12-18",
 "bs-treaty-ottawa": "in force",
 "bs-treaty-ccm": "in force",
 "bs-treaty-att": "in force",
 "bs-treaty-tlatelolco": "in force",
 "bs-treaty-pelindaba": "in force",
 "bs-treaty-rarotonga": "in force",
 "bs-treaty-bangkok": "in force",
 "bs-treaty-semipalatinsk": "in force",
 "bs-treaty-ccw": "in force",
 "bs-treaty-enmod": "in force",
 "bs-treaty-north-atlantic": "in force",
 "bs-treaty-us-jp-1960": "in force",
 "bs-treaty-us-kr-1953": "in force",
 "bs-treaty-us-ph-1951": "in force",
 "bs-treaty-anzus": "in force; US obligations towards New Zealand suspended since 1986",
 "bs-treaty-cn-kp-1961": "in force",
 "bs-treaty-ru-kp-2024": "in force",
 "bs-treaty-rio": "in force",
 "bs-treaty-csto": "in force",
 "bs-treaty-elysee": "in force",
 "bs-treaty-aachen": "in force",
 "bs-treaty-quirinale": "in force",
 "bs-treaty-ru-cn-2001": "in force",
 "bs-treaty-minsk1": "defunct since Russia recognised the separatist republics on 2022-02-21",
 "bs-treaty-minsk2": "defunct since Russia recognised the separatist republics on 2022-02-21",
 "bs-treaty-korean-armistice": "in force; North Korea has repeatedly declared it void",
 "bs-treaty-black-sea-grain": "expired 2023-07-17 (Russia did not renew it)",
 "bs-treaty-eg-il-1979": "in force",
 "bs-treaty-il-jo-1994": "in force",
 "bs-treaty-good-friday": "in force",
 "bs-treaty-dayton": "in force",
 "bs-treaty-sf-1951": "in force",
 "bs-treaty-two-plus-four": "in force",
 "bs-treaty-rome-1957": "in force as amended (now the Treaty on the Functioning of the European Union)",
 "bs-treaty-paris-1951": "expired 2002-07-23",
 "bs-treaty-maastricht": "in force as amended",
 "bs-treaty-lisbon": "in force",
 "bs-treaty-eu-charter": "legally binding since 2009-12-01 (Treaty of Lisbon)",
 "bs-treaty-esm": "in force",
 "bs-treaty-fiscal-compact": "in force",
 "bs-treaty-brexit-withdrawal": "in force",
 "bs-treaty-eu-uk-tca": "in force",
 "bs-treaty-unfccc": "in force",
 "bs-treaty-kyoto": "in force; its commitment periods ended in 2020",
 "bs-treaty-paris-agreement": "in force; US withdrawal notified 2025-01-27, effective 2026-01-27",
 "bs-treaty-montreal": "in force",
 "bs-treaty-cbd": "in force",
 "bs-treaty-cites": "in force",
 "bs-treaty-ramsar": "in force",
 "bs-treaty-unccd": "in force",
 "bs-treaty-basel": "in force",
 "bs-treaty-marpol": "in force",
 "bs-treaty-antarctic": "in force",
 "bs-treaty-kigali": "in force",
 "bs-treaty-bbnj": "in force since 2026-01-17",
 "bs-treaty-minamata": "in force",
 "bs-treaty-stockholm-pops": "in force",
 "bs-treaty-usmca": "in force",
 "bs-treaty-nafta": "terminated 2020-07-01 (replaced by the USMCA)",
 "bs-treaty-cptpp": "in force",
 "bs-treaty-tpp": "not in force (the United States withdrew in January 2017)",
 "bs-treaty-rcep": "in force",
 "bs-treaty-gatt": "superseded by the WTO agreements in 1995",
 "bs-treaty-marrakesh-wto": "in force",
 "bs-treaty-ceta": "provisionally applied since 2017-09-21",
 "bs-treaty-afcfta": "in force",
 "bs-treaty-geneva-conventions": "in force",
 "bs-treaty-geneva-ap1": "in force",
 "bs-treaty-un-charter": "in force",
 "bs-treaty-rome-statute": "in force",
 "bs-treaty-unclos": "in force",
 "bs-treaty-genocide": "in force",
 "bs-treaty-refugee-convention": "in force",
 "bs-treaty-echr": "in force",
 "bs-treaty-iccpr": "in force",
 "bs-treaty-cat": "in force",
 "bs-treaty-crc": "in force",
 "bs-treaty-vienna-diplomatic": "in force",
 "bs-treaty-vienna-treaties": "in force",
 "bs-treaty-au-constitutive": "in force",
 "bs-treaty-asean-charter": "in force",
 "bs-treaty-oas-charter": "in force",
 "bs-treaty-iaea-statute": "in force",
 "bs-treaty-who-constitution": "in force",
 "bs-treaty-pandemic-agreement": "adopted 2025-05-20 by the World Health Assembly; not in force",
 "bs-treaty-council-of-europe-statute": "in force",
 "bs-treaty-istanbul-convention": "in force; Turkey withdrew on 2021-07-01",
 "bs-treaty-montreux": "in force",
 "bs-treaty-chicago-convention": "in force",
 "bs-treaty-svalbard": "in force",
 "bs-treaty-indus-waters": "in force; India has held it in abeyance since 2025-04-23",
 "bs-treaty-taiwan-relations-act": "in force",
 "bs-treaty-lausanne": "in force",
 "bs-treaty-gaza-ceasefire-2025": "broke down on 2025-03-18 (Israel resumed strikes)",
}
DEPOSITARY = {
 "bs-treaty-npt": UK_US_RU,
 "bs-treaty-ctbt": UN_SG,
 "bs-treaty-ptbt": UK_US_RU,
 "bs-treaty-cwc": UN_SG,
 "bs-treaty-bwc": UK_US_RU,
 "bs-treaty-ost": UK_US_RU,
 "bs-treaty-cfe": "Netherlands",
 "bs-treaty-open-skies": "Canada and Hungary",
 "bs-treaty-ottawa": UN_SG,
 "bs-treaty-ccm": UN_SG,
 "bs-treaty-att": UN_SG,
 "bs-treaty-tlatelolco": "Mexico",
 "bs-treaty-pelindaba": "Chairperson of the African Union Commission",
 "bs-treaty-rarotonga": "Secretary General of the Pacific Islands Forum Secretariat",
 "bs-treaty-bangkok": "Thailand",
 "bs-treaty-semipalatinsk": "Kyrgyzstan",
 "bs-treaty-ccw": UN_SG,
 "bs-treaty-enmod": UN_SG,
 "bs-treaty-warsaw-pact": "Poland",
 "bs-treaty-anzus": "Australia",
 "bs-treaty-rio": "General Secretariat of the Organization of American States",
 "bs-treaty-versailles": "France",
 "bs-treaty-sf-1951": "United States",
 "bs-treaty-two-plus-four": "Germany",
 "bs-treaty-rome-1957": "Italy",
 "bs-treaty-paris-1951": "France",
 "bs-treaty-maastricht": "Italy",
 "bs-treaty-lisbon": "Italy",
 "bs-treaty-amsterdam": "Italy",
 "bs-treaty-nice": "Italy",
 "bs-treaty-single-european-act": "Italy",
 "bs-treaty-schengen": "Luxembourg",
 "bs-treaty-esm": "General Secretariat of the Council of the European Union",
 "bs-treaty-fiscal-compact": "General Secretariat of the Council of the European Union",
 "bs-treaty-unfccc": UN_SG,
 "bs-treaty-kyoto": UN_SG,
 "bs-treaty-paris-agreement": UN_SG,
 "bs-treaty-montreal": UN_SG,
 "bs-treaty-cbd": UN_SG,
 "bs-treaty-cites": "Switzerland",
 "bs-treaty-ramsar": "Director-General of UNESCO",
 "bs-treaty-unccd": UN_SG,
 "bs-treaty-basel": UN_SG,
 "bs-treaty-marpol": "Secretary-General of the International Maritime Organization",
 "bs-treaty-antarctic": "United States",
 "bs-treaty-kigali": UN_SG,
 "bs-treaty-bbnj": UN_SG,
 "bs-treaty-minamata": UN_SG,
 "bs-treaty-stockholm-pops": UN_SG,
 "bs-treaty-cptpp": "New Zealand",
 "bs-treaty-tpp": "New Zealand",
 "bs-treaty-rcep": "Secretary-General of ASEAN",
 "bs-treaty-marrakesh-wto": "Director-General of the World Trade Organization",
 "bs-treaty-afcfta": "Chairperson of the African Union Commission",
 "bs-treaty-geneva-conventions": "Switzerland",
 "bs-treaty-geneva-ap1": "Switzerland",
 "bs-treaty-un-charter": "United States",
 "bs-treaty-rome-statute": UN_SG,
 "bs-treaty-unclos": UN_SG,
 "bs-treaty-genocide": UN_SG,
 "bs-treaty-refugee-convention": UN_SG,
 "bs-treaty-echr": "Secretary General of the Council of Europe",
 "bs-treaty-iccpr": UN_SG,
 "bs-treaty-cat": UN_SG,
 "bs-treaty-crc": UN_SG,
 "bs-treaty-vienna-diplomatic": UN_SG,
 "bs-treaty-vienna-treaties": UN_SG,
 "bs-treaty-au-constitutive": "Chairperson of the African Union Commission",
 "bs-treaty-asean-charter": "Secretary-General of ASEAN",
 "bs-treaty-oas-charter": "General Secretariat of the Organization of American States",
 "bs-treaty-iaea-statute": "United States",
 "bs-treaty-who-constitution": UN_SG,
 "bs-treaty-bretton-woods": "United States",
 "bs-treaty-council-of-europe-statute": "United Kingdom",
 "bs-treaty-istanbul-convention": "Secretary General of the Council of Europe",
 "bs-treaty-montreux": "France",
 "bs-treaty-chicago-convention": "United States",
 "bs-treaty-svalbard": "France",
 "bs-treaty-lausanne": "France",
}
# Founding treaties whose parties are the organisation's members: the build copies the member list
# (with its dates and sources) onto the treaty.
PARTIES_OF = {
 "bs-treaty-un-charter": "bs-org-un",
 "bs-treaty-north-atlantic": "bs-org-nato",
 "bs-treaty-rome-1957": "Q458",
 "bs-treaty-maastricht": "Q458",
 "bs-treaty-lisbon": "Q458",
 "bs-treaty-au-constitutive": "bs-org-au",
 "bs-treaty-asean-charter": "bs-org-asean",
 "bs-treaty-csto": "bs-org-csto",
 "bs-treaty-oas-charter": "bs-org-oas",
 "bs-treaty-who-constitution": "bs-org-who",
 "bs-treaty-iaea-statute": "bs-org-iaea",
 "bs-treaty-council-of-europe-statute": "bs-org-coe",
 "bs-treaty-marrakesh-wto": "bs-org-wto",
}
ORDER = ["signed", "inForce", "ended", "status", "depositary", "party"]
# Accessions after a treaty's founding parties, dated so a card shows the parties of the article's day.
ACCESSIONS = {
 "bs-treaty-cptpp": [("GB", "2024-12-15", "official-sites")],
}
for t in T:
    for iso, since, src in ACCESSIONS.get(t["id"], []):
        t.setdefault("facts", []).append({"p": "party", "v": iso, "ref": True, "from": since, "src": src})
known = {t["id"] for t in T}
assert set(STATUS) <= known and set(DEPOSITARY) <= known, "unknown treaty id in STATUS/DEPOSITARY"
for t in T:
    for p, table in (("status", STATUS), ("depositary", DEPOSITARY)):
        if t["id"] not in table: continue
        assert not any(f["p"] == p for f in t.get("facts", [])), f"{t['id']}: {p} given twice"
        t.setdefault("facts", []).append({"p": p, "v": table[t["id"]]})
    if "facts" in t: t["facts"].sort(key=lambda f: ORDER.index(f["p"]))
assert set(PARTIES_OF) <= known, "unknown treaty id in PARTIES_OF"
for t in T:
    if t["id"] in PARTIES_OF:
        assert not t.get("parties") and not t.get("factbookEnv"), f"{t['id']}: parties given twice"
        t["partiesOf"] = PARTIES_OF[t["id"]]
# Treaties their category line would misdescribe (AUKUS has no mutual-defence clause; the grain deal was
# no ceasefire; the EU's category is for its founding and reform treaties).
DESC = {
 "bs-treaty-eu-israel-association": ["association agreement between the EU and Israel", "accordo di associazione tra l'Ue e Israele", "accord d'association entre l'UE et Israël", "Assoziierungsabkommen zwischen der EU und Israel", "acuerdo de asociación entre la UE e Israel"],
 "bs-treaty-aukus": ["trilateral security partnership", "partenariato trilaterale di sicurezza", "partenariat de sécurité trilatéral", "trilaterale Sicherheitspartnerschaft", "asociación trilateral de seguridad"],
 "bs-treaty-black-sea-grain": ["agreement on grain exports from Ukraine's Black Sea ports", "accordo sull'esportazione di cereali dai porti ucraini del Mar Nero", "accord sur l'exportation de céréales depuis les ports ukrainiens de la mer Noire", "Abkommen über Getreideexporte aus ukrainischen Schwarzmeerhäfen", "acuerdo sobre la exportación de grano desde los puertos ucranianos del mar Negro"],
 "bs-treaty-eu-charter": ["bill of rights of the European Union", "carta dei diritti dell'Unione europea", "charte des droits de l'Union européenne", "Grundrechtekatalog der Europäischen Union", "carta de derechos de la Unión Europea"],
 "bs-treaty-esm": ["intergovernmental treaty of the euro area countries", "trattato intergovernativo dei Paesi dell'area euro", "traité intergouvernemental des pays de la zone euro", "zwischenstaatlicher Vertrag der Euro-Staaten", "tratado intergubernamental de los países de la zona del euro"],
 "bs-treaty-fiscal-compact": ["intergovernmental treaty on budgetary discipline in the EU", "trattato intergovernativo sulla disciplina di bilancio nell'Ue", "traité intergouvernemental sur la discipline budgétaire dans l'UE", "zwischenstaatlicher Vertrag über Haushaltsdisziplin in der EU", "tratado intergubernamental sobre disciplina presupuestaria en la UE"],
 "bs-treaty-brexit-withdrawal": ["agreement on the United Kingdom's withdrawal from the EU", "accordo sul recesso del Regno Unito dall'Ue", "accord sur le retrait du Royaume-Uni de l'UE", "Abkommen über den Austritt des Vereinigten Königreichs aus der EU", "acuerdo sobre la retirada del Reino Unido de la UE"],
 "bs-treaty-eu-uk-tca": ["trade and cooperation agreement between the EU and the United Kingdom", "accordo commerciale e di cooperazione tra Ue e Regno Unito", "accord de commerce et de coopération entre l'UE et le Royaume-Uni", "Handels- und Kooperationsabkommen zwischen der EU und dem Vereinigten Königreich", "acuerdo de comercio y cooperación entre la UE y el Reino Unido"],
 "bs-treaty-windsor": ["UK–EU agreement on trade with Northern Ireland", "accordo tra Regno Unito e Ue sugli scambi con l'Irlanda del Nord", "accord entre le Royaume-Uni et l'UE sur les échanges avec l'Irlande du Nord", "Abkommen zwischen dem Vereinigten Königreich und der EU über den Handel mit Nordirland", "acuerdo entre el Reino Unido y la UE sobre el comercio con Irlanda del Norte"],
 "bs-treaty-schengen": ["agreement abolishing checks at Europe's internal borders", "accordo che abolisce i controlli alle frontiere interne europee", "accord supprimant les contrôles aux frontières intérieures européennes", "Abkommen zur Abschaffung der Kontrollen an Europas Binnengrenzen", "acuerdo que suprime los controles en las fronteras interiores europeas"],
 "bs-treaty-pandemic-agreement": ["international agreement on pandemic prevention and response", "accordo internazionale sulla prevenzione e la risposta alle pandemie", "accord international sur la prévention des pandémies et la riposte", "internationales Abkommen über Pandemieprävention und -bekämpfung", "acuerdo internacional sobre prevención y respuesta ante pandemias"],
}
assert set(DESC) <= known, "unknown treaty id in DESC"
for t in T:
    if t["id"] in DESC: t["desc"] = dict(zip(L, DESC[t["id"]]))
# What each treaty establishes, one or two sentences per language (the card's summary). Written for the
# pack from what the treaties themselves provide; they state no dates, numbers or later events, which
# the card takes from the sourced facts instead.
SUMMARIES = json.load(open("data/gen/treaty-summaries.json"))
assert set(SUMMARIES) <= known, "unknown treaty id in treaty-summaries.json"
for t in T:
    s = SUMMARIES.get(t["id"])
    if s:
        assert set(s) == set(L) and all(s[l].strip() for l in L), f"{t['id']}: summary needs all five languages"
        t["summary"] = {l: s[l].strip() for l in L}
ids = [t["id"] for t in T]
assert len(ids) == len(set(ids)), "duplicate treaty id"
json.dump({"treaties": T}, open("data/curated/treaties.json", "w"), ensure_ascii=False, indent=1)
print(len(T), "treaties")
