"""Reading CAMEO/PETRARCH actor dictionaries (the Phoenix files) for the gazetteer build.

The format, as the Phoenix files write it:

    FIDEL_CASTRO_  # CountryInfo.txt      an entry: words joined by `_`, a comment after `#`
    +FIDEL_ALEJANDRO_CASTRO_RUZ_          a variant of the entry above
        [CUBGOV 761203-080224]            a dated role: actor code, YYMMDD-YYMMDD, >FROM or <UNTIL
    AFGHANISTAN_  [AFG]                   an entry with its code on the same line

Role codes are three letters of country (or `IGO` and the like) followed by sector codes:
`GOV` government, `ELI` elite outside government, `MIL` military, `SPY` intelligence, and
sector suffixes such as `GOVMIL` (defence), `GOVBUS` (economy).
"""
import re

ROLE = re.compile(r"\[\s*([A-Z0-9~]+)(?:\s+([<>]?[0-9]{6,8}(?:-[0-9]{6,8})?))?\s*\]")


def parse(path):
    """Entries of an actor dictionary: dicts with `name`, `variants`, `codes` (undated codes
    on the entry line) and `roles` [(code, start, end)] with ISO dates or None."""
    entries = []
    cur = None
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.rstrip("\n")
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if body.startswith("+"):
            if cur is not None:
                cur["variants"].append(body[1:].split("[")[0].strip())
            continue
        if body[0] in " \t":
            if cur is not None:
                cur["roles"].extend(roles_in(body))
            continue
        name = body.split("[")[0].strip()
        cur = {"name": name, "variants": [], "codes": [], "roles": []}
        for code, start, end in roles_in(body):
            if start is None and end is None:
                cur["codes"].append(code)
            else:
                cur["roles"].append((code, start, end))
        entries.append(cur)
    return entries


def roles_in(text):
    out = []
    for m in ROLE.finditer(text):
        code, span = m.group(1), m.group(2)
        if not span:
            out.append((code, None, None))
            continue
        if span.startswith(">"):
            start, end = iso_date(span[1:]), None
            if start is None:
                continue
        elif span.startswith("<"):
            start, end = None, iso_date(span[1:])
            if end is None:
                continue
        else:
            a, _, b = span.partition("-")
            start, end = iso_date(a), iso_date(b)
            if start is None or end is None or start > end:
                continue
        out.append((code, start, end))
    return out


def iso_date(s):
    """`761203` → 1976-12-03 (two-digit years from 30 on are 19xx), `20070101` → 2007-01-01."""
    if len(s) == 8:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:])
    elif len(s) == 6:
        yy, m, d = int(s[:2]), int(s[2:4]), int(s[4:])
        y = 1900 + yy if yy >= 30 else 2000 + yy
    else:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2030):
        return None
    return "%04d-%02d-%02d" % (y, m, d)


# ------------------------------------------------------------------ spelling

# Particles written in lower case inside a name ("Dominique de Villepin", "Bashar al-Assad").
LOWER_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "das", "do", "dos", "del", "della",
                   "di", "du", "van", "von", "der", "den", "ter", "y", "e", "of"}
ROMAN = re.compile(r"(?i)^(i|ii|iii|iv|v|vi)$")
# Spellings no rule gives, checked by hand against news usage.
EXCEPTIONS = {"MACARTHUR": "MacArthur", "MACDONALD": "MacDonald", "MACKAY": "MacKay",
              "MACLEOD": "MacLeod", "MACMILLAN": "Macmillan", "DESANTIS": "DeSantis",
              "DEWINE": "DeWine", "LAHOOD": "LaHood", "DELAURO": "DeLauro"}


def spell(raw):
    """A dictionary entry's spelling as news writes it: `FIDEL_CASTRO_` → "Fidel Castro",
    `BASHAR_AL-ASSAD_` → "Bashar al-Assad", `JOHN_MCCAIN_` → "John McCain"."""
    words = [w for w in raw.strip("_ ").split("_") if w]
    out = []
    for i, w in enumerate(words):
        out.append(spell_word(w, first=(i == 0), last=(i == len(words) - 1)))
    # "Abd al Aziz al Hakim" is written "Abd al-Aziz al-Hakim"
    joined = []
    for i, w in enumerate(out):
        if joined and joined[-1] in ("al", "el") and len(joined) > 1:
            joined[-1] += "-" + w
        else:
            joined.append(w)
    return " ".join(joined)


def spell_word(w, first, last):
    if w.upper() in EXCEPTIONS:
        return EXCEPTIONS[w.upper()]
    if ROMAN.match(w) and not first:
        return w.upper()
    if w.upper() in ("JR", "JR.", "SR", "SR."):
        return w[:1].upper() + w[1:].lower()
    parts = w.split("-")
    spelled = []
    for j, p in enumerate(parts):
        low = p.lower()
        # "al-Assad": a particle before a hyphen is lower case unless it starts the name
        if j == 0 and len(parts) > 1 and low in ("al", "el", "ad", "as", "ash", "az", "ar", "an", "at") and not first:
            spelled.append(low)
            continue
        if j == 0 and len(parts) == 1 and low in LOWER_PARTICLES and not first and not last:
            spelled.append(low)
            continue
        spelled.append(cap(p))
    return "-".join(spelled)


def cap(p):
    low = p.lower()
    if not low:
        return p
    if low.startswith("mc") and len(low) > 3:
        return "Mc" + low[2].upper() + low[3:]
    # O'Brien, D'Alema
    if len(low) > 2 and low[1] == "'":
        return low[0].upper() + "'" + low[2].upper() + low[3:]
    # initials keep their period: "V."
    return low[0].upper() + low[1:]
