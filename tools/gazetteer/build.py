#!/usr/bin/env python3
"""Build the default gazetteer in ../../data from public sources (development time only).

    python3 tools/gazetteer/build.py --world-countries PATH/countries.json --shared ../shared

Sources (see data/README.md for licences):
  * countries: the npm package `world-countries` (ODbL-1.0), `countries.json`;
  * office holders: the CC0 Wikidata exports and the UN General Debate speaker list in
    shared/data/wikidata-leaders, and the hand-checked tables beside this script;
  * organizations: the hand-checked table beside this script.
The output is deterministic: running it twice gives identical files.
"""
import argparse, csv, json, os, re, sys, unicodedata
from collections import defaultdict

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
        f += [""] * (7 - len(f))
        oid, name, aliases, acr, cat, members, country = f[:7]
        aliases = [a for a in aliases.split(";") if a]
        acr = [a for a in acr.split(";") if a]
        mem = [m if m.startswith("org:") else "country:" + m for m in members.split(";") if m]
        facts = {"acronyms": acr, "category": cat, "members": mem}
        if country:
            facts["country"] = "country:" + country
        out["org:" + oid] = {"id": "org:" + oid, "kind": "organization", "name": name, "aliases": aliases,
                             "organization": facts}
    return out


# ------------------------------------------------------------------ people

SURNAME_FIRST = {"CHN", "TWN", "PRK", "KOR", "HKG", "MAC", "KHM", "MNG", "HUN_NO"}
HONORIFICS = {"his", "her", "majesty", "highness", "royal", "excellency", "king", "queen", "emir", "amir", "sheikh",
              "prince", "sultan", "president", "mr", "mrs", "ms", "dr", "general"}
PARTICLES = {"von", "van", "de", "da", "der", "den", "del", "della", "di", "du", "dos", "das", "al", "el", "bin", "ibn", "le", "la", "ould"}


def default_short(name, country):
    """The surname news would use alone; none when it is an English word (hand-checked
    entries may still declare one, as for "Bush")."""
    short = _default_short(name, country)
    return [s for s in short if s.lower() not in ENGLISH_WORDS and len(s) >= 3]


GENERATIONAL = {"jr", "jr.", "sr", "sr.", "jnr", "snr", "ii", "iii", "iv"}


def _default_short(name, country):
    toks = name.replace(",", "").split()
    # "Surangel Whipps Jr." is Whipps; "Benigno Aquino III" is Aquino
    while len(toks) > 2 and toks[-1].lower() in GENERATIONAL:
        toks = toks[:-1]
    if len(toks) < 2 or re.fullmatch(r"[IVX]+", toks[-1]):
        return []
    if country in SURNAME_FIRST:
        return [toks[0]]
    for i, t in enumerate(toks[1:], 1):
        if t.lower() in PARTICLES and i < len(toks) - 1:
            return [" ".join(toks[i:])]
    return [toks[-1]]


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
        self.index = {}  # folded full name or alias -> id
        self.country_index = country_index
        self.valid_of = valid_of
        self.names_of = {}

    def find(self, name, of=None, role=None):
        pid = self.index.get(fold(name))
        if pid:
            return pid
        if of and role:
            # Same country and role, and one name's distinctive words within the other's:
            # "Peter Mutharika" / "Arthur Peter Mutharika", "Abdullah II of Jordan" / "Abdullah II bin Al Hussein".
            mine = self.key_tokens(name, of)
            if len(mine) >= 2:
                for p in self.by_id.values():
                    if not any(o["of"] == of and o["role"] == role for o in p["person"]["offices"]):
                        continue
                    for n in [p["name"]] + p["aliases"]:
                        theirs = self.key_tokens(n, of)
                        if len(theirs) >= 2 and (mine <= theirs or theirs <= mine):
                            return p["id"]
        return None

    def key_tokens(self, name, of):
        country_words = set(fold(self.names_of.get(of, "")).split())
        toks = set(re.split(r"[\s\-]+", fold(name)))
        return {t.strip(".,") for t in toks if len(t.strip(".,")) > 1} - PARTICLES - HONORIFICS - country_words - {"of", "the"}

    def add(self, name, aliases=(), short=None, qid=None, office=None, source=None):
        of = office["of"] if office else None
        pid = self.find(name, of, office["role"] if office else None)
        if pid is None:
            pid = "person:" + slug(name)
            n = 2
            while pid in self.by_id:
                pid = "person:%s-%d" % (slug(name), n)
                n += 1
            iso = of.split(":")[1] if of and of.startswith("country:") else None
            self.by_id[pid] = {"id": pid, "kind": "person", "name": name, "aliases": [],
                               "person": {"short_names": short if short is not None else default_short(name, iso), "offices": []}}
            self.index[fold(name)] = pid
        p = self.by_id[pid]
        if fold(name) != fold(p["name"]) and name not in p["aliases"]:
            p["aliases"].append(name)
            self.index.setdefault(fold(name), pid)
        for a in aliases:
            if a and a != p["name"] and a not in p["aliases"]:
                p["aliases"].append(a)
                self.index.setdefault(fold(a), pid)
        if short:
            for s in short:
                if s not in p["person"]["short_names"]:
                    p["person"]["short_names"].append(s)
        if qid and "wikidata" not in p:
            p["wikidata"] = qid
        if office:
            if office["of"] not in self.valid_of:
                raise SystemExit("unknown office holder's organization or country: %r (%s)" % (office["of"], name))
            for o in p["person"]["offices"]:
                if o["of"] == office["of"] and o["role"] == office["role"] and overlaps(o, office):
                    return pid  # the better source already has it
            if source:
                office["source"] = source
            p["person"]["offices"].append(office)
        return pid


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
    for (iso, post, name), ys in sorted(seen.items()):
        end = None if max(ys) >= 2024 else str(max(ys))
        office = {"title": post, "role": role_of(post), "of": "country:" + iso, "start": str(min(ys)), "end": end}
        if end is None:
            office["as_of"] = "2024-09"
        people.add(name, office=office, source="ungdc")
    return people.by_id


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
