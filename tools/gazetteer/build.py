#!/usr/bin/env python3
"""Build the default gazetteer in ../../data from public sources (development time only).

    python3 tools/gazetteer/build.py --world-countries PATH/countries.json --shared ../shared

Sources (see data/README.md for licences):
  * countries: the npm package `world-countries` (ODbL-1.0), `countries.json`;
  * office holders: the CC0 Wikidata exports and the UN General Debate speaker list in
    shared/data/wikidata-leaders, the Phoenix/PETRARCH actor dictionaries (MIT) in
    shared/data/phoenix, the US Congress and executive (CC0) in shared/data/us-congress, and the
    hand-checked tables beside this script;
  * common English words (to keep them from becoming short names): the lower-case word
    frequencies of the UD English Web Treebank (CC BY-SA 4.0) in shared/data/ud-ewt;
  * organizations: the hand-checked table beside this script.
The output is deterministic: running it twice gives identical files. With
GAZETTEER_REPORT_GIVEN=1 it also lists, on stderr, the leaders left without a short name because
their surname is a common given name (candidates for CHECKED_SHORT_NAMES).
"""
import argparse, csv, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

import cameo

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "data")

# ---------------------------------------------------------------- countries

# Names the English-language press uses, where they differ from world-countries' common name.
NAME_OVERRIDES = {
    "USA": ("United States", ["United States of America", "America", "U.S.", "US", "USA", "U.S.A."]),
    "GBR": ("United Kingdom", ["Britain", "Great Britain", "UK", "U.K."]),
    "RUS": ("Russia", ["Russian Federation"]),
    "CHN": ("China", ["People's Republic of China", "PRC", "mainland China"]),
    "KOR": ("South Korea", ["Republic of Korea", "ROK"]),
    "PRK": ("North Korea", ["DPRK", "Democratic People's Republic of Korea"]),
    "TUR": ("Turkey", ["Türkiye", "Republic of Türkiye"]),
    "CZE": ("Czech Republic", ["Czechia"]),
    "CIV": ("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire"]),
    "MMR": ("Myanmar", ["Burma"]),
    "SWZ": ("Eswatini", ["Swaziland"]),
    "COD": ("Democratic Republic of the Congo", ["DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"]),
    "COG": ("Republic of the Congo", ["Congo-Brazzaville", "Congo Republic"]),
    "CPV": ("Cape Verde", ["Cabo Verde"]),
    "MKD": ("North Macedonia", ["Macedonia"]),
    "TLS": ("East Timor", ["Timor-Leste"]),
    "VAT": ("Holy See", ["Vatican", "Vatican City"]),
    "PSE": ("Palestine", ["State of Palestine", "Palestinian territories"]),
    "TWN": ("Taiwan", ["Republic of China"]),
    "IRN": ("Iran", ["Islamic Republic of Iran"]),
    "VNM": ("Vietnam", ["Viet Nam"]),
    "LAO": ("Laos", ["Lao PDR"]),
    "FSM": ("Micronesia", ["Federated States of Micronesia"]),
    "BHS": ("Bahamas", ["The Bahamas"]),
    "GMB": ("Gambia", ["The Gambia"]),
    "XKX": ("Kosovo", []),
}
EXTRA_DEMONYMS = {
    "USA": ["American"], "GBR": ["British"], "NLD": ["Dutch"], "CHE": ["Swiss"], "PHL": ["Filipino", "Philippine"],
    "PSE": ["Palestinian"], "COD": [], "BIH": ["Bosnian"], "KOR": ["South Korean"], "PRK": ["North Korean"],
    "NZL": ["New Zealand"], "ARE": ["Emirati"], "SAU": ["Saudi"], "CZE": ["Czech"], "TLS": ["Timorese"],
}
# Government metonyms: the seat or building stands for the government of the country.
METONYMS = {
    "RUS": ["Kremlin"], "USA": ["White House", "Oval Office", "Washington"], "GBR": ["Downing Street", "Whitehall"],
    "FRA": ["Elysee", "Élysée", "Élysée Palace", "Elysee Palace", "Quai d'Orsay"], "CHN": ["Zhongnanhai"],
    "JPN": ["Kantei"], "DEU": ["Chancellery"], "UKR": ["Bankova"], "KOR": ["Blue House"],
    # (and the two Palestinian territories, which news names for the Palestinians there: "aid to
    # Gaza", "in the West Bank")
    "PSE": ["Gaza", "Gaza Strip", "West Bank"],
}
# Capitals left out as metonyms: English words or names too common to stand for a government.
CAPITAL_EXCLUDE = {"Male", "Victoria", "Kingston", "Georgetown", "Washington D.C.", "Jerusalem", "Nicosia",
                   "Saint John's", "Kingstown", "Port Louis", "Castries", "Praia", "Roseau", "Palikir",
                   "Funafuti", "Yaren", "Ngerulmud", "Majuro", "Tarawa", "Apia", "Basseterre", "City of San Marino",
                   "San Marino", "Monaco", "Vatican City", "Singapore", "Luxembourg", "Djibouti", "Kuwait City",
                   "Panama City", "Guatemala City", "Mexico City", "Belize", "Tripoli", "Brazzaville", "Kinshasa",
                   "Santiago", "San José", "Sucre", "Lima", "Amsterdam", "Pretoria", "Bern", "Dodoma", "Juba",
                   "Valletta", "Andorra la Vella", "Vaduz", "Pristina", "Ramallah", "Taipei", "Bandar Seri Begawan",
                   "Nuku'alofa", "Honiara", "Port Vila", "Suva", "Malabo"}
INCLUDED_TERRITORIES = {"GRL": "DNK", "HKG": "CHN", "PRI": "USA", "MAC": "CHN", "ESH": None}
UN_OBSERVERS = {"VAT", "PSE"}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("\u2019", "'").lower()


def slug(s):
    s = fold(s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def build_countries(wc_path):
    raw = json.load(open(wc_path, encoding="utf-8"))
    out = {}
    for c in raw:
        iso3 = c["cca3"]
        if iso3 == "UNK":
            iso3 = "XKX"  # Kosovo: the user-assigned code used by the EU and IMF (no ISO 3166 code exists)
        if iso3 == "VAT":
            status = "observer"
        elif c.get("unMember"):
            status = "member"
        elif iso3 in UN_OBSERVERS:
            status = "observer"
        elif iso3 in ("XKX", "TWN"):
            status = "non_member"
        elif iso3 in INCLUDED_TERRITORIES:
            status = "territory"
        else:
            continue
        name, extra = NAME_OVERRIDES.get(iso3, (c["name"]["common"], []))
        aliases = []
        for a in [c["name"]["common"], c["name"]["official"]] + extra + list(c.get("altSpellings", [])):
            # two-letter altSpellings are ISO codes ("FR"), not names; the press forms we add are kept
            if a == name or a in aliases or (len(a) <= 2 and a not in extra):
                continue
            if any(ord(ch) > 0x24F for ch in a):  # keep Latin script only
                continue
            if "," in a:  # "Korea, Republic of" is a catalogue form, not news text
                continue
            aliases.append(a)
        dem = []
        eng = (c.get("demonyms") or {}).get("eng") or {}
        for d in EXTRA_DEMONYMS.get(iso3, []) + [eng.get("m"), eng.get("f")]:
            if d and d not in dem:
                dem.append(d)
        plurals = []
        for d in dem:
            if " " not in d and (d.endswith("an") or d.endswith("i")):
                plurals.append(d + "s")
        capital = (c.get("capital") or [None])[0]
        met = list(METONYMS.get(iso3, []))
        if capital and capital not in CAPITAL_EXCLUDE and capital != name:
            met.append(capital)
        if iso3 == "UKR":
            met.append("Kiev")
        facts = {"official_name": c["name"]["official"] if iso3 != "XKX" else "Republic of Kosovo",
                 "iso2": c["cca2"] if iso3 != "XKX" else "XK", "iso3": iso3,
                 "demonyms": dem + plurals, "capital": capital, "metonyms": met, "un_status": status}
        if status == "territory" and INCLUDED_TERRITORIES.get(iso3):
            facts["sovereign"] = "country:" + INCLUDED_TERRITORIES[iso3]
        out[iso3] = {"id": "country:" + iso3, "kind": "country", "name": name, "aliases": aliases, "country": facts}
    return out


# ------------------------------------------------------------ organizations

def build_orgs():
    out = {}
    for line in open(os.path.join(HERE, "curated_organizations.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        f += [""] * (8 - len(f))
        oid, name, aliases, acr, cat, members, country, seats = f[:8]
        aliases = [a for a in aliases.split(";") if a]
        acr = [a for a in acr.split(";") if a]
        mem = [m if m.startswith("org:") else "country:" + m for m in members.split(";") if m]
        facts = {"acronyms": acr, "category": cat, "members": mem}
        if country:
            facts["country"] = "country:" + country
        if seats:
            facts["seats"] = ["country:" + c for c in seats.split(";") if c]
        out["org:" + oid] = {"id": "org:" + oid, "kind": "organization", "name": name, "aliases": aliases,
                             "organization": facts}
    return out


# ------------------------------------------------------------------ people

SURNAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "KHM", "MNG", "HUN_NO"}
HONORIFICS = {"his", "her", "majesty", "highness", "royal", "excellency", "king", "queen", "emir", "amir", "sheikh",
              "prince", "princess", "sultan", "president", "mr", "mrs", "ms", "dr", "general"}
GIVEN_NAME_STYLES = {"sultan", "amir", "emir"}
PARTICLES = {"von", "van", "de", "da", "der", "den", "del", "della", "di", "du", "dos", "das", "al", "el", "bin", "ibn", "le", "la", "ould"}


GENERATIONAL = {"jr", "jr.", "sr", "sr.", "jnr", "snr", "ii", "iii", "iv"}
# The commonest Chinese and Korean surnames as romanised in news (a name that starts with one is
# written surname first, even when the word is also a given name elsewhere: "Kim").
EAST_ASIAN_SURNAMES = set("""Kim Lee Park Pak Choi Jung Kang Cho Jo Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn
Song Yoo Hong Moon Yang Ko Ri Wang Li Zhang Liu Chen Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao
Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su
Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Hou Yin
Xue Yan Duan Lei Long Tao Mao Hao Gu Gong Shao Wan Qian Xi Tsai Chiang Lai Hsieh Tung Leung Tsang Chan
Wong Lam Cheung Ho Chow Ng Yip Lau Kwok Tse Chung Chou""".split())
TITLE_ABBREVIATIONS = {"Sen", "Rep", "Gen", "Col", "Gov", "Lt", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Dr", "Mr",
                       "Mrs", "Ms", "Prof", "Rev", "St", "Ft", "Mt", "Jr", "Sr", "Amb", "Pres", "Sec", "Supt"}
CITIES = set()  # names of cities of 100,000 people or more (data/places.tsv), filled by build_people
# Countries whose people carry two surnames, the father's first ("Raúl Castro Ruz"): news uses the
# first alone ("Castro") or both ("López Obrador").
DOUBLE_SURNAME = {"ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV", "GTM", "HND",
                  "MEX", "NIC", "PAN", "PRY", "PER", "ESP", "URY", "VEN", "PRI"}


def name_tokens(name):
    toks = name.replace(",", "").split()
    # "Princess Norodom Bopha Devi" is Norodom: a style before the name is no part of it
    # (but "Sultan" and "Amir" are given names too: "Sultan Ali Keshtmand", "Amir Khasru …")
    while len(toks) > 2 and toks[0].lower() in HONORIFICS - GIVEN_NAME_STYLES:
        toks = toks[1:]
    # "Surangel Whipps Jr." is Whipps; "Benigno Aquino III" is Aquino
    while len(toks) > 2 and toks[-1].lower() in GENERATIONAL:
        toks = toks[:-1]
    return toks


def surname_candidates(name, country, given):
    """The surnames news may use alone for a person so named, before the common-word checks."""
    toks = name_tokens(name)
    if len(toks) < 2 or re.fullmatch(r"[IVX]+", toks[-1]):
        return []
    # "Xi Jinping" is Xi, but "Carrie Lam" and "Sean C. Chen" are written given name first
    western = toks[0] not in EAST_ASIAN_SURNAMES and (
        toks[0] in given or any(re.fullmatch(r"[A-Z]\.", t) for t in toks))
    if country in SURNAME_FIRST and not western:
        return [toks[0]]
    if country == "THA":
        # Thai news calls people by their given name: "Thaksin", "Yingluck"
        return [toks[0], toks[-1]]
    for i, t in enumerate(toks[1:], 1):
        if t.lower() in PARTICLES and i < len(toks) - 1:
            # "Carlos Salinas de Gortari" is Salinas: the particle joins the mother's surname
            if country in DOUBLE_SURNAME and i >= 2:
                return [toks[i - 1], " ".join(toks[i - 1:])]
            return [" ".join(toks[i:])]
    # "Nouri al-Maliki" is al-Maliki and Maliki
    m = re.fullmatch(r"(?:al|el|Al|El)-(\w.*)", toks[-1])
    if m and len(toks) >= 2:
        return [toks[-1], m.group(1)]
    if country in DOUBLE_SURNAME and len(toks) >= 3 and "." not in toks[-2] and toks[-2] not in given:
        return [toks[-2], toks[-1], " ".join(toks[-2:])]
    return [toks[-1]]


def default_short(names, country, common, given, strict, prominent=True):
    """Short names for a person with these full names: the surnames of the shortest name (the
    form news uses), none that is an English word, nor, if `strict`, a common given name
    (hand-checked entries may still declare one, as for "Bush")."""
    fewest = min(len(name_tokens(n)) for n in names)
    # "Akufo-Addo" where another form writes "Akufo Addo"
    hyphenated = {t for n in names for t in name_tokens(n)[-1:] if "-" in t and not t.lower().startswith(("al-", "el-"))}
    out = []
    shortest_first = 2 if country in SURNAME_FIRST else 3  # "Hu", "Xi", "Li"
    for n in sorted(names):
        if len(name_tokens(n)) != fewest:
            continue
        for s in surname_candidates(n, country, given):
            for h in hyphenated:
                if n.endswith(h.replace("-", " ")) and h.endswith("-" + s):
                    s = h
            low = s.lower()
            # (where the surname comes first, "Kim" is the surname whatever else it is)
            surname_first = country in SURNAME_FIRST and s in EAST_ASIAN_SURNAMES
            if len(s) < shortest_first or low in ENGLISH_WORDS or low in common or s in out \
                    or (strict and s in given and not surname_first):
                continue
            # nor the abbreviation of a title ("Sen. Tim Kaine" is no Mr Sen)
            if s in TITLE_ABBREVIATIONS:
                continue
            # a bare particle ("bin") is no surname to match alone, nor a city's name ("York") for
            # one of the many officials news seldom names (a president "Austin" or "Santos" keeps it)
            if low in PARTICLES or not s[0].isupper() and " " not in s or (s in CITIES and not prominent):
                continue
            out.append(s)
    return out


# Leaders whom news calls by a word that is also a common given name (checked against news
# usage): the given-name rule would otherwise leave them without a short name.
CHECKED_SHORT_NAMES = {fold(k): v for k, v in {
    "Charles Michel": ["Michel"], "Édouard Philippe": ["Philippe"], "Nawaz Sharif": ["Sharif"],
    "Shehbaz Sharif": ["Sharif"], "Petr Pavel": ["Pavel"], "Kristen Michal": ["Michal"],
    "Vaclav Klaus": ["Klaus"], "Goodluck Ebele Jonathan": ["Jonathan"], "Franklin Roosevelt": ["Roosevelt"],
    "Paul Martin": ["Martin"], "Micheál Martin": ["Martin"], "Abiy Ahmed": ["Abiy"], "Anwar Ibrahim": ["Anwar"],
    "Ariel Henry": ["Henry"], "Park Geun-hye": ["Park"], "Ellen Johnson Sirleaf": ["Sirleaf"],
    "Gloria Macapagal Arroyo": ["Arroyo"], "Anders Fogh Rasmussen": ["Rasmussen"], "John Howard": ["Howard"],
}.items()}


def short_form_alias(name, country, given):
    """The name news shortens a three-word name to: "Raúl Castro Ruz" is "Raúl Castro" (the
    mother's surname dropped), "Carlos Saúl Menem" and "John Agyekum Kufuor" lose the middle
    name, "Mahathir bin Mohamad" the "bin" of Malay names. None where the shortening is not
    safe: surname-first names, names with particles."""
    toks = name_tokens(name)
    if country in ("MYS", "BRN") and len(toks) == 3 and toks[1].lower() in ("bin", "binti"):
        return toks[0] + " " + toks[2]
    if len(toks) != 3 or country in SURNAME_FIRST or any(t.lower() in PARTICLES or "-" in t for t in toks):
        return None
    if country in DOUBLE_SURNAME and toks[1] not in given:
        return " ".join(toks[:2])
    # a middle initial or a known given name; not other middle words (an Arabic father's
    # name, "Ali Bongo Ondimba"), which news keeps
    if re.fullmatch(r"[A-Z]\.?", toks[1]) or toks[1] in given:
        return toks[0] + " " + toks[2]
    return None


def role_of(title):
    t = title.lower()
    if "prime minister" in t or "premier" in t or "chancellor" in t or "taoiseach" in t or "head of government" in t \
            or "president of the council of ministers" in t or "president of the government" in t:
        return "head_of_government"
    if "foreign" in t or "external" in t or "secretary of state" in t:
        return "foreign_minister"
    if "defen" in t or "armed forces" in t:
        return "defence_minister"
    if "vice" in t or "deputy" in t:
        return "deputy_head_of_state"
    return "head_of_state"


def title_of(position_label):
    t = re.split(r" of (the )?", position_label)[0].strip()
    t = {"monarch": "Monarch", "president": "President", "emir": "Emir", "Federal Chancellor": "Chancellor",
         "President and Head of Government": "President"}.get(t, t)
    return t[:1].upper() + t[1:]


class People:
    def __init__(self, country_index, valid_of):
        self.by_id = {}
        self.by_qid = {}  # Wikidata id -> id
        self.index = {}  # folded full name or alias -> id
        self.country_index = country_index
        self.valid_of = valid_of
        self.names_of = {}
        self.explicit_short = set()
        self.by_country = defaultdict(set)
        self.key_index = defaultdict(dict)  # of -> distinctive name words -> id

    def find(self, name, of=None, role=None, fuzzy=True):
        pid = self.index.get(fold(name))
        if pid:
            return pid
        if of and role and fuzzy:
            # Same country and role, and one name's distinctive words within the other's:
            # "Peter Mutharika" / "Arthur Peter Mutharika", "Abdullah II of Jordan" / "Abdullah II bin Al Hussein".
            mine = self.key_tokens(name, of)
            if len(mine) >= 2:
                for theirs, pid in self.key_index.get(of, {}).items():
                    if len(theirs) >= 2 and (mine <= theirs or theirs <= mine) and \
                            any(o["of"] == of and o["role"] == role for o in self.by_id[pid]["person"]["offices"]):
                        return pid
        return None

    def find_in_country(self, names, of):
        """The person already known by one of `names` who held office in `of` (or none at all),
        else one whose distinctive name words equal those of one of `names` within `of`."""
        for n in names:
            pid = self.index.get(fold(n))
            offices = self.by_id[pid]["person"]["offices"] if pid else None
            if pid and (not offices or any(o["of"] == of for o in offices)):
                return pid
        keys = self.key_index.get(of, {})
        mine = [frozenset(self.key_tokens(n, of)) for n in names]
        mine = [k for k in mine if len(k) >= 2]
        for k in mine:
            if k in keys:
                return keys[k]
        # "Raúl Castro" and "Raúl Castro Ruz": one name's words within the other's, if only one
        # person of the country fits
        fits = {pid for theirs, pid in keys.items() for k in mine if k < theirs or theirs < k}
        return fits.pop() if len(fits) == 1 else None

    def index_keys(self, pid):
        p = self.by_id[pid]
        for of in {o["of"] for o in p["person"]["offices"]}:
            for n in [p["name"]] + p["aliases"]:
                k = frozenset(self.key_tokens(n, of))
                if len(k) >= 2:
                    self.key_index[of].setdefault(k, pid)

    def finish(self, common, given):
        """Short names for everyone whose source declared none, from their shortest full name."""
        for pid, p in self.by_id.items():
            for n in [p["name"]] + p["aliases"]:
                for extra in CHECKED_SHORT_NAMES.get(fold(n), []):
                    if extra not in p["person"]["short_names"]:
                        p["person"]["short_names"].append(extra)
            if pid in self.explicit_short:
                continue
            iso = next((o["of"].split(":")[1] for o in p["person"]["offices"] if o["of"].startswith("country:")), None)
            names = [n for n in [p["name"]] + p["aliases"] if len(name_tokens(n)) >= 2]
            # (a surname that is also a common given name, "Michel", is kept only where the
            # hand-checked table declares it: alone, "Mohammed" would name anyone)
            prominent = any(o["role"] not in ("official", "other") for o in p["person"]["offices"])
            derived = default_short(names or [p["name"]], iso, common, given, strict=True, prominent=prominent)
            p["person"]["short_names"] = derived + [x for x in p["person"]["short_names"] if x not in derived]
            if os.environ.get("GAZETTEER_REPORT_GIVEN"):
                lost = [s for s in default_short(names or [p["name"]], iso, common, given, strict=False)
                        if s not in p["person"]["short_names"]]
                if lost and any(o["role"] not in ("official", "other") for o in p["person"]["offices"]):
                    print("given name, no short name: %s %s" % (p["name"], lost), file=sys.stderr)

    def key_tokens(self, name, of):
        country_words = set(fold(self.names_of.get(of, "")).split())
        toks = {t.strip(".,'") for t in re.split(r"[\s\-]+", fold(name))}
        toks = {t for t in toks if len(t) > 1} - PARTICLES - HONORIFICS - country_words - {"of", "the"}
        return {transliteration_key(t) for t in toks}

    def add(self, name, aliases=(), short=None, qid=None, office=None, source=None):
        of = office["of"] if office else None
        # (the hand-checked table names each person one way: two of its names are two people,
        # however alike — "Saud al-Faisal" is not "Faisal bin Farhan Al Saud")
        pid = self.find(name, of, office["role"] if office else None, fuzzy=source != "curated")
        # (one Wikidata item is one person, however differently two exports spell the name:
        # "Sheikh Mohammed bin Abdulrahman Al Thani" and "Mohammed bin Abdulrahman Al Thani")
        if pid is None and qid:
            pid = self.by_qid.get(qid)
        if pid is None:
            pid = "person:" + slug(name)
            n = 2
            while pid in self.by_id:
                pid = "person:%s-%d" % (slug(name), n)
                n += 1
            self.by_id[pid] = {"id": pid, "kind": "person", "name": name, "aliases": [],
                               "person": {"short_names": [], "offices": []}}
            self.index[fold(name)] = pid
        p = self.by_id[pid]
        if fold(name) != fold(p["name"]) and name not in p["aliases"]:
            p["aliases"].append(name)
            self.index.setdefault(fold(name), pid)
        for a in aliases:
            if a and a != p["name"] and a not in p["aliases"]:
                p["aliases"].append(a)
                self.index.setdefault(fold(a), pid)
        if short is not None:
            self.explicit_short.add(pid)
            for s in short:
                if s not in p["person"]["short_names"]:
                    p["person"]["short_names"].append(s)
        if qid and "wikidata" not in p:
            p["wikidata"] = qid
            self.by_qid.setdefault(qid, pid)
        if office:
            self.by_country[office["of"]].add(pid)
            if office["of"] not in self.valid_of:
                raise SystemExit("unknown office holder's organization or country: %r (%s)" % (office["of"], name))
            for o in p["person"]["offices"]:
                if o["of"] == office["of"] and o["role"] == office["role"] and o["title"] == office["title"] \
                        and o.get("source") != source and overlaps(o, office):
                    return pid  # the better source already has it
            if source:
                office["source"] = source
            p["person"]["offices"].append(office)
        self.index_keys(pid)
        return pid


def days_between(a, b):
    import datetime
    return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days


def transliteration_key(word):
    """One spelling for the romanisations of a name word: "Djukanovic" and "Dukanovic",
    "Viktor" and "Victor", "Qaddafi" and "Gadhafi" come out the same."""
    w = word.replace("'", "").replace("dj", "d").replace("kh", "h").replace("ph", "f").replace("dh", "d")
    w = w.replace("q", "k").replace("c", "k").replace("w", "v").replace("y", "i").replace("g", "k")
    # "Muhammad" and "Mohammed", "Sheikh" and "Shaikh" (but "Hassan" is not "Hussein")
    w = w.replace("ou", "u").replace("o", "u").replace("e", "a")
    return re.sub(r"(.)\1+", r"\1", w)


def year(d):
    return int(d[:4]) if d else None


def overlaps(a, b):
    a0, a1 = year(a.get("start")) or 0, year(a.get("end")) or 9999
    b0, b1 = year(b.get("start")) or 0, year(b.get("end")) or 9999
    return a0 <= b1 and b0 <= a1


def build_people(shared, countries, orgs):
    name_to_iso = {}
    for iso, c in countries.items():
        for n in [c["name"], c["country"]["official_name"]] + c["aliases"]:
            name_to_iso[fold(n).strip()] = iso
    for k, v in {"united states of america": "USA", "republic of korea": "KOR", "democratic people's republic of korea": "PRK",
                 "people's republic of china": "CHN", "kingdom of the netherlands": "NLD", "the gambia": "GMB",
                 "czech republic": "CZE", "federated states of micronesia": "FSM", "state of palestine": "PSE",
                 "sao tome and principe": "STP", "são tomé and príncipe": "STP", "ivory coast": "CIV", "vatican city": "VAT"}.items():
        name_to_iso[k] = v
    valid = {"country:" + i for i in countries} | set(orgs)
    people = People(name_to_iso, valid)
    people.names_of = {"country:" + i: c["name"] for i, c in countries.items()}

    # 1. hand-checked tables first: they win over the bulk sources
    for line in open(os.path.join(HERE, "curated_people.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        f += [""] * (8 - len(f))
        name, aliases, short, of, title, role, start, end = f[:8]
        of = of if of.startswith("org:") else "country:" + of
        office = {"title": title, "role": role, "of": of, "start": start or None, "end": end or None}
        people.add(name, [a for a in aliases.split(";") if a], [s for s in short.split(";") if s] if short else None,
                   office=office, source="curated")

    # 2. Wikidata heads of state and government (CC0), year precision
    bad_labels = {"Q123342092"}  # a vandalised label in the export
    wl = os.path.join(shared, "data", "wikidata-leaders", "world_leaders_wikidata_2026_labeled.csv")
    for r in csv.DictReader(open(wl, encoding="utf-8")):
        label = r["officeholderLabel"].split(",")[0].strip()  # "Albert II, Prince of Monaco"
        if re.fullmatch(r"Q\d+", label) or r["officeholder"] in bad_labels:
            continue
        if r["start_year"] and int(r["start_year"]) < 1940:  # e.g. a 9th-century king listed as current
            continue
        iso = name_to_iso.get(fold(r["country"]).strip())
        if not iso:
            print("skip (country):", r["country"], file=sys.stderr)
            continue
        title = title_of(r["positionLabel"])
        if title in ("Member", "State Administration Council"):
            continue
        office = {"title": title, "role": role_of(r["positionLabel"]), "of": "country:" + iso,
                  "start": r["start_year"] or None, "end": r["end_year"] or None}
        if office["role"] == "head_of_state" and title in ("Governor-General",):
            office["role"] = "viceroy"
        people.add(label, qid=r["officeholder"], office=office, source="wikidata")

    # 3. Wikidata foreign ministers, December 2022 snapshot (CC0), day precision
    fm = os.path.join(shared, "data", "wikidata-leaders", "foreign_ministers_wikidata_2022-12.csv")
    for r in csv.DictReader(open(fm, encoding="utf-8")):
        label = r["name"].strip()
        if not label or re.fullmatch(r"Q\d+", label):
            continue
        iso = name_to_iso.get(fold(r["countryLabel"]).strip())
        if not iso:
            print("skip (country):", r["countryLabel"], file=sys.stderr)
            continue
        office = {"title": "Foreign Minister", "role": "foreign_minister", "of": "country:" + iso,
                  "start": r["start"] or None, "end": None, "as_of": "2022-12"}
        people.add(label, qid=r["person"] or None, office=office, source="wikidata")

    # 4. UN General Debate speakers (CC0): who spoke as head of state/government or foreign minister, by year
    heads = {"president": "President", "prime minister": "Prime Minister", "king": "King", "amir": "Emir",
             "head of state": "Head of State", "head of government": "Head of Government", "prince": "Prince",
             "president of the council of ministers": "Prime Minister", "president of the government": "Prime Minister",
             "minister for foreign affairs": "Foreign Minister", "minister of foreign affairs": "Foreign Minister",
             "minister for foregn affairs": "Foreign Minister"}
    seen = defaultdict(list)
    ug = os.path.join(shared, "data", "wikidata-leaders", "ungdc_speakers_by_session.csv")
    for r in csv.DictReader(open(ug, encoding="utf-8")):
        y = int(r["Year"])
        post = heads.get(r["Post"].strip().lower())
        if not post or y < (2000 if post != "Foreign Minister" else 2012):
            continue
        iso = r["ISO Code"].strip()
        if "country:" + iso not in valid:
            continue
        name = r["Name of Person Speaking"].strip().rstrip(",")
        name = re.sub(r"^((Mr|Mrs|Ms|Dr|H\.E|HE|Sheikh|Sir|General|His|Her|Majesty|Royal|Highness|Excellency|King|Queen|Emir|Amir|Prince|Sultan)\.?\s+)+", "", name)
        name = re.sub(r"\s+", " ", name).strip(" ,.")
        # UN records print some surnames in capitals: "Branko CRVENKOVSKI"
        name = " ".join(t.capitalize() if len(t) > 2 and t.isupper() else t for t in name.split())
        if len(name.split()) < 2 or not re.fullmatch(r"[A-Za-zÀ-ɏ' .\-]+", name) or name.isupper():
            continue
        seen[(iso, post, name)].append(y)
    # The speaker list truncates some names ("Petro Poroshenk"): a name that is the start of a
    # longer one of the same country and post is that name.
    longer = defaultdict(list)
    for (iso, post, name) in seen:
        longer[(iso, post)].append(name)
    for (iso, post, name) in list(seen):
        full = [n for n in longer[(iso, post)] if n != name and n.startswith(name) and n[len(name)].isalpha()]
        if len(full) == 1:
            seen[(iso, post, full[0])] += seen.pop((iso, post, name))
    for (iso, post, name), ys in sorted(seen.items()):
        end = None if max(ys) >= 2024 else str(max(ys))
        office = {"title": post, "role": role_of(post), "of": "country:" + iso, "start": str(min(ys)), "end": end}
        if end is None:
            office["as_of"] = "2024-09"
        people.add(name, office=office, source="ungdc")

    add_congress(people, shared)
    add_phoenix(people, shared, name_to_iso)

    given = given_names(people.by_id.values()) | ewt_given_names(shared)
    common = common_words(shared)
    CITIES.update(line.split("\t")[0] for line in open(os.path.join(DATA, "places.tsv"), encoding="utf-8")
                  if not line.startswith("#"))
    for p in people.by_id.values():
        iso = next((o["of"].split(":")[1] for o in p["person"]["offices"] if o["of"].startswith("country:")), None)
        alias = short_form_alias(p["name"], iso, given)
        if alias and alias not in p["aliases"] and fold(alias) not in people.index:
            p["aliases"].append(alias)
            people.index[fold(alias)] = p["id"]
    people.finish(common, given)
    return people.by_id


def ewt_given_names(shared):
    """Words the UD English Web Treebank writes as the first of two proper nouns far more often
    than as the second: given names ("Todd", "Sean")."""
    first, last = Counter(), Counter()
    for part in ("train", "dev", "test"):
        prev = None
        path = os.path.join(shared, "data", "ud-ewt", "en_ewt-ud-%s.conllu" % part)
        for line in open(path, encoding="utf-8"):
            f = line.split("\t")
            if len(f) < 4 or not f[0].isdigit():
                prev = None
                continue
            if f[3] == "PROPN" and prev is not None and prev[3] == "PROPN":
                first[prev[1]] += 1
                last[f[1]] += 1
            prev = f
    return {w for w, n in first.items() if n >= 2 and n > 2 * last[w] and w[:1].isupper()}


def given_names(people):
    """Words that begin three or more people's names, and far more names than they end
    ("Mohammed", "Manuel"): never a short name on their own, whatever the name they end."""
    # (where the surname comes first, the first word is no given name: "Kim Jong Un")
    people = [p for p in people if len(name_tokens(p["name"])) >= 2 and
              not any(o["of"][8:] in SURNAME_FIRST for o in p["person"]["offices"])]
    firsts = Counter(name_tokens(p["name"])[0] for p in people)
    lasts = Counter(name_tokens(p["name"])[-1] for p in people)
    # "Aziz" ends as many names as it begins: a surname as well
    return {w for w, n in firsts.items() if n >= 3 and n > 2 * lasts[w]}


def common_words(shared):
    """Lower-case words that English text uses as ordinary words: those the UD English Web
    Treebank has in lower case, other than as a proper noun, at least twice."""
    counts = Counter()
    for part in ("train", "dev", "test"):
        path = os.path.join(shared, "data", "ud-ewt", "en_ewt-ud-%s.conllu" % part)
        for line in open(path, encoding="utf-8"):
            f = line.split("\t")
            if len(f) > 3 and f[0].isdigit() and f[3] != "PROPN" and f[1].islower():
                counts[f[1]] += 1
    return {w for w, n in counts.items() if n >= 2}


# ------------------------------------------------------------- US Congress

def add_congress(people, shared):
    """Members of the current Congress, presidents and vice presidents since 1945 (CC0), with
    Wikidata ids and dated terms."""
    import yaml
    base = os.path.join(shared, "data", "us-congress")
    titles = {"sen": ("Senator", "other"), "rep": ("Representative", "other"),
              "prez": ("President", "head_of_state"), "viceprez": ("Vice President", "deputy_head_of_state")}
    for fname in ("executive.yaml", "legislators-current.yaml"):
        for m in yaml.safe_load(open(os.path.join(base, fname), encoding="utf-8")):
            n = m["name"]
            # "Al Gore", not "Al Gore Jr.": a nickname goes without the suffix
            if n.get("nickname"):
                full = "%s %s" % (n["nickname"], n["last"])
            else:
                full = " ".join(x for x in [n["first"], n["last"], n.get("suffix")] if x)
            # a name with its middle initials, where another source knows it so, tells two people
            # of one first and last name apart ("George H. W. Bush", "George W. Bush")
            if n.get("middle"):
                initials = " ".join(w[0] + "." for w in n["middle"].split())
                spelled = "%s %s %s" % (n["first"], initials, n["last"])
                if fold(spelled) in people.index:
                    full = spelled
            aliases = []
            for a in [n.get("official_full"), " ".join(x for x in [n["first"], n["last"], n.get("suffix")] if x),
                      "%s %s" % (n["first"], n["last"])]:
                if a and a != full and a not in aliases:
                    aliases.append(a)
            terms = []
            for t in m.get("terms", []):
                if t["type"] not in titles or (t.get("end") or "9999") < "1945":
                    continue
                # consecutive terms in one office are one tenure (the next starts within days)
                if terms and terms[-1]["type"] == t["type"] and terms[-1].get("end") and \
                        days_between(terms[-1]["end"], t["start"]) <= 10:
                    terms[-1] = dict(terms[-1], end=t.get("end"))
                else:
                    terms.append(dict(t))
            if not terms:
                continue
            qid = m["id"].get("wikidata")
            pid = None
            for t in terms:
                title, role = titles[t["type"]]
                office = {"title": title, "role": role, "of": "country:USA", "start": t["start"], "end": t.get("end")}
                if office["end"] and office["end"] > "2026-11-29":
                    office["end"] = None  # a term still running: the source dates its scheduled end
                    office["as_of"] = "2026-06"
                pid = people.add(full, aliases, qid=qid, office=office, source="us-congress")
            if qid and "wikidata" not in people.by_id[pid]:
                people.by_id[pid]["wikidata"] = qid


# ----------------------------------------------------------------- Phoenix

# Sector codes after the country code of a Phoenix role, and the office they stand for: the
# dictionaries record membership of a government (or the elite, the military), not the post.
PHOENIX_SECTORS = {"GOV": "Government", "ELI": "Political elite", "MIL": "Military", "SPY": "Intelligence",
                   "GOVMIL": "Government (defence)", "GOVBUS": "Government (economy)",
                   "GOVAGR": "Government (agriculture)", "GOVMED": "Government (media)",
                   "GOVEDU": "Government (education)", "GOVHLH": "Government (health)",
                   "GOVDEV": "Government (development)", "GOVJUD": "Government (justice)",
                   "GOVLAB": "Government (labour)", "GOVENV": "Government (environment)",
                   "GOVHRI": "Government (human rights)", "GOVLEG": "Government (legislature)",
                   "GOVREL": "Government (religion)", "GOVCOP": "Government (police)",
                   "GOVREF": "Government (refugees)", "GOVSPY": "Government (intelligence)"}
# Phoenix country codes that differ from ISO 3166-1 alpha-3.
PHOENIX_COUNTRY = {"TMP": "TLS", "KSV": "XKX", "ROM": "ROU", "ZAR": "COD"}
# Words that make a variant a description rather than a name ("PRESIDENT_PUTIN_").
DESCRIPTIVE = {"president", "presidente", "minister", "prime", "secretary", "general", "vice", "former",
               "the", "chairman", "leader", "king", "queen", "prince", "premier", "chancellor", "sheikh",
               "foreign", "defense", "defence", "state", "of", "mr", "mr.", "mrs", "ms", "dr", "dr.",
               "senator", "governor", "ambassador", "deputy", "acting", "colonel", "col.", "gen.", "sen.",
               "lt.", "major", "admiral", "marshal", "emir", "amir", "sultan", "president-elect",
               "government", "regime", "administration", "cabinet", "camp", "supporters", "loyalists", "forces",
               "family", "clan", "office", "spokesman", "spokeswoman"}
PHOENIX_FIRST_YEAR = "1990"
# Entries of bodies rather than people ("WHITE_HOUSE", "UNITED_STATES_CONGRESS").
INSTITUTION = re.compile(r"\b(HOUSE|CONGRESS|MINISTRY|GOVERNMENT|COUNCIL|PARTY|ARMY|HEADQUARTERS|SERVICE|AGENCY|"
                         r"OFFICE|DEPARTMENT|COURT|BANK|POLICE|FORCES|COMMITTEE|ASSEMBLY|PARLIAMENT|SENATE|UNION|"
                         r"FRONT|MOVEMENT|REPUBLIC|KINGDOM|GUARD|NAVY|COMMISSION|INSTITUTE|UNIVERSITY|CABINET|"
                         r"AUTHORITY|BOARD|ASSOCIATION|ADMINISTRATION|BUREAU|EMBASSY|CORPS)\b")
PHOENIX_AS_OF = "2014-01"  # CountryInfo.140130: an open role was last confirmed then


def add_phoenix(people, shared, name_to_iso):
    """Officials of the Phoenix country dictionary in office since 1990, with their variants."""
    path = os.path.join(shared, "data", "phoenix", "Phoenix.Countries.actors.txt")
    adjectives = {w for n in name_to_iso for w in n.split()}
    added = 0
    for e in cameo.parse(path):
        if INSTITUTION.search(e["name"].replace("_", " ")):
            continue
        roles = []
        for code, start, end in e["roles"]:
            iso = PHOENIX_COUNTRY.get(code[:3], code[:3])
            sector = code[3:]
            if sector not in PHOENIX_SECTORS or "country:" + iso not in people.valid_of:
                continue
            # (a role known only by its end, "<030320", dates nothing we can use)
            if start is None or (end and end[:4] < PHOENIX_FIRST_YEAR):
                continue
            office = {"title": PHOENIX_SECTORS[sector], "role": "official", "of": "country:" + iso,
                      "start": start, "end": end, "cameo": code}
            if end is None:
                office["as_of"] = PHOENIX_AS_OF
            roles.append(office)
        if not roles:
            continue
        name = cameo.spell(e["name"])
        # "MR._TSANG": a courtesy title is no part of the name
        name = re.sub(r"^(Mr|Mrs|Ms|Dr|Gen|Col|Sen|Rep|Sheikh|Sir)\.? ", "", name)
        if len(name_tokens(name)) < 2 or not re.fullmatch(r"[A-Za-zÀ-ɏ'.\- ]+", name):
            continue
        variants = []
        for v in e["variants"]:
            words = v.strip("_ ").lower().replace("-", "_").split("_")
            if len(words) < 2 or any(w in DESCRIPTIVE or w in adjectives or w.endswith("'s") for w in words) \
                    or words[0] in PARTICLES:
                continue
            spelled = cameo.spell(v)
            if re.fullmatch(r"[A-Za-zÀ-ɏ'.\- ]+", spelled) and spelled not in variants and spelled != name:
                variants.append(spelled)
        of = roles[0]["of"]
        # (the fullest spellings first: "George Herbert Walker Bush" tells which George Bush)
        pid = people.find_in_country(sorted([name] + variants, key=lambda n: -len(name_tokens(n))), of)
        if pid is None:
            added += 1
        for office in roles:
            pid = people.add(name if pid is None else people.by_id[pid]["name"],
                             variants if pid is None else [name] + variants, office=office, source="phoenix")
    print("phoenix: %d people added" % added, file=sys.stderr)


# --------------------------------------------------------------- checking

def surfaces(e):
    yield e["name"]
    yield from e["aliases"]
    if e["kind"] == "country":
        yield from e["country"]["demonyms"]
        yield from e["country"]["metonyms"]
    if e["kind"] == "organization":
        yield from e["organization"]["acronyms"]


# Surnames that are also common English words make poor short names: "To", "May" at a sentence
# start, "Rice" ... Only short names of three letters or more, not in this list, are kept.
ENGLISH_WORDS = set("""a an the to as at by in on of or and but if so no not is it be we he she me my us
up do go am are was were has had have can may will would could should must might shall
all any one two new old big top end war law day way man men own set run let get put say see
rice bush brown white black green young king queen long short strong hope faith grace joy
love rose may june april august march will sharp rich price hill wood ford lane moon sun
star bell page cook mason baker carter hunter fisher ali""".split())


def drop_collisions(entities):
    """Surface forms claimed by two entities are ambiguous: drop them from both, and say so."""
    owners = defaultdict(set)
    for e in entities:
        for s in surfaces(e):
            owners[s].add(e["id"])
    clash = {s for s, o in owners.items() if len(o) > 1}
    for s in sorted(clash):
        print("ambiguous, dropped: %r %s" % (s, sorted(owners[s])), file=sys.stderr)
    full = set(owners) - clash
    for e in entities:
        e["aliases"] = [a for a in e["aliases"] if a not in clash]
        if e["kind"] == "country":
            e["country"]["demonyms"] = [d for d in e["country"]["demonyms"] if d not in clash]
            e["country"]["metonyms"] = [d for d in e["country"]["metonyms"] if d not in clash]
        if e["kind"] == "organization":
            e["organization"]["acronyms"] = [a for a in e["organization"]["acronyms"] if a not in clash]
        if e["kind"] == "person":
            # a short name that is some other entity's full name ("Montenegro") would hide that entity
            e["person"]["short_names"] = [s for s in e["person"]["short_names"] if s not in full or owners[s] == {e["id"]}]
            e["aliases"] = [a for a in e["aliases"] if a not in e["person"]["short_names"]]


def add_cameo_codes(shared, countries, orgs):
    """The CAMEO actor code of each country and organization the Phoenix dictionaries name, so
    that output lines up with Phoenix and ICEWS event data."""
    names = {}
    for e in list(countries.values()) + list(orgs.values()):
        forms = [e["name"]] + e["aliases"] + (e.get("organization") or {}).get("acronyms", [])
        for n in forms:
            names.setdefault(fold(n), set()).add(e["id"])
    codes = defaultdict(Counter)
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for e in cameo.parse(os.path.join(shared, "data", "phoenix", fname)):
            if len(e["codes"]) != 1:
                continue
            code = e["codes"][0]
            for n in [e["name"]] + e["variants"]:
                for eid in names.get(fold(cameo.spell(n)).replace("the ", "", 1) if fold(cameo.spell(n)).startswith("the ") else fold(cameo.spell(n)), ()):
                    codes[eid][code] += 1
    for e in list(countries.values()) + list(orgs.values()):
        if e["id"] in codes:
            (code, _), = codes[e["id"]].most_common(1)
            if e["kind"] == "country" and len(code) != 3:
                continue
            e["cameo"] = code


def write(path, entities):
    with open(path, "w", encoding="utf-8") as f:
        for e in entities:
            f.write(json.dumps(e, ensure_ascii=False, sort_keys=False) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--world-countries", required=True)
    ap.add_argument("--shared", required=True)
    a = ap.parse_args()
    countries = build_countries(a.world_countries)
    orgs = build_orgs()
    people = build_people(a.shared, countries, orgs)
    add_cameo_codes(a.shared, countries, orgs)
    cs = [countries[k] for k in sorted(countries)]
    os_ = [orgs[k] for k in sorted(orgs)]
    ps = [people[k] for k in sorted(people)]
    for p in ps:
        p["person"]["offices"].sort(key=lambda o: (o.get("start") or "", o["of"]))
    drop_collisions(cs + os_ + ps)
    write(os.path.join(DATA, "countries.jsonl"), cs)
    write(os.path.join(DATA, "organizations.jsonl"), os_)
    write(os.path.join(DATA, "people.jsonl"), ps)
    print("countries %d, organizations %d, people %d" % (len(cs), len(os_), len(ps)), file=sys.stderr)


if __name__ == "__main__":
    main()
