#!/usr/bin/env python3
"""Compiles `feminine_given_names` and `masculine_given_names` of data/lexicon/words.json.

The one-word first names that the US Congress and executive files (unitedstates/
congress-legislators, CC0) give only women or only men, less the surnames the gazetteer uses
alone ("Kim", "Kelly") and a few names borne by both sexes or that are no name at all. The
resolver reads them to keep "he" from a woman and "she" from a man.

    python3 tools/gazetteer/given_names.py SHARED/us-congress > /tmp/names.json

prints the two lists as JSON; paste them into words.json.
"""

import json
import os
import sys

import yaml

# borne by both sexes, or words before a name rather than names
SHARED_OR_NO_NAME = {
    "Young", "Robin", "Sydney", "Summer", "Jacky",
    "Pat", "Jamie", "Tracey", "Lindsey", "Addison", "Cleo", "Chris", "Dale", "Jodey",
    "Shri", "Raja", "Ami", "Salud", "August",
}


def main():
    congress = sys.argv[1]
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
    surnames = set()
    with open(people, encoding="utf-8") as f:
        for line in f:
            surnames.update(json.loads(line).get("person", {}).get("short_names", []))
    both = by_sex["F"] & by_sex["M"]
    drop = both | surnames | SHARED_OR_NO_NAME
    json.dump(
        {
            "feminine_given_names": sorted(by_sex["F"] - drop),
            "masculine_given_names": sorted(by_sex["M"] - drop),
        },
        sys.stdout,
        ensure_ascii=False,
        indent=2,
    )
    print()


if __name__ == "__main__":
    main()
