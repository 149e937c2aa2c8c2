"""Country as exports write it (ISO2, ISO3, a name or a nationality in English, French, Spanish or Portuguese) -> ISO3
-> region.

Names come from pycountry (ISO 3166-1 names and their French, Spanish and Portuguese translations, which it ships),
from the CTDC Region sheet (resources/recode/un_regions.csv), and from the short forms of
resources/recode/country_names.toml (``Russia``, ``DR Congo``). Nationalities (``Nigériane``, ``Brasileira``) come
from resources/recode/demonyms.toml; one never takes a name that means another country, and both genders written
together (``Nigérian(e)``, ``Filipino/a``) are read when both halves name the same country. Regions come from the
CTDC Region sheet only, so a release groups countries exactly as the CTDC data dictionaries do. Codes are matched as
written in capitals (``NE`` is Niger, ``ne`` is not read as a country); names ignore case, accents and punctuation.
"""

from __future__ import annotations

import csv
import gettext
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import pycountry

from ctdc_desktop.core.words.spellings import spelling_key
from ctdc_desktop.resources import resource_path

UN_REGIONS = ("Africa", "Americas", "Asia", "Europe", "Oceania")
NAME_LANGUAGES = ("fr", "es", "pt", "pt_BR")  # pycountry ships both Portuguese spellings (Roménia, Romênia)
DEMONYM_LANGUAGES = ("en", "fr", "es", "pt")
# Both genders in one value: "Nigérian(e)", "Ivoirien(ne)", "Filipino/a", "Filipino/Filipina", "ivoirien·ne".
_TWO_GENDERS = re.compile(
    r"^(?P<first>[^/()·]+?)\s*(?:[/·.]\s*(?P<other>[^/()·.]+?)|\(\s*(?P<inner>[^/()·.]+?)\s*\))\s*$"
)


@dataclass(frozen=True)
class CountryTable:
    codes: Mapping[str, str]  # ISO2 or ISO3 code, in capitals -> ISO3
    names: Mapping[str, str]  # spelling key of a name -> ISO3
    regions: Mapping[str, str]  # ISO3 -> UN region, from the CTDC Region sheet
    demonyms: frozenset[str]  # spelling keys of the nationalities among the names
    demonym_clashes: Mapping[str, str]  # key of a listed nationality not read -> the name's country, or "ambiguous"

    def iso3(self, raw: str) -> str | None:
        """The ISO3 code of a country as written in an export, or None when it is not a country we know."""
        text = raw.strip()
        code = self.codes.get(text)
        if code is not None:
            return code
        found = self.names.get(spelling_key(text))
        if found is None and any(mark in text for mark in "/(·."):
            return self._two_genders(text)
        return found

    def _two_genders(self, text: str) -> str | None:
        """``Nigérian(e)``, ``Filipino/a``, ``Brasileiro(a)``, ``Alemão/ã``: a listed nationality and an ending that
        makes, from it or alone, the other gender listed for the same country."""
        match = _TWO_GENDERS.match(text)
        if match is None:
            return None
        first = spelling_key(match["first"])
        other = spelling_key(match["other"] or match["inner"])
        if first not in self.demonyms or " " in other:
            return None
        country = self.names[first]
        candidates = [other] + [first[: len(first) - cut] + other for cut in (0, 1, 2)]
        if any(c in self.demonyms and c != first and self.names[c] == country for c in candidates):
            return country
        return None

    def region(self, iso3: str) -> str | None:
        return self.regions.get(iso3)


def _name_forms(name: str) -> list[str]:
    """A name and, for ISO's inverted forms, the natural order: "Moldova, Republic of" -> "Republic of Moldova"."""
    forms = [name]
    if ", " in name:
        head, tail = name.split(", ", 1)
        forms.append(f"{tail} {head}")
    return forms


@lru_cache(maxsize=1)
def country_table() -> CountryTable:
    codes: dict[str, str] = {}
    regions: dict[str, str] = {}
    names: dict[str, str] = {}
    ambiguous: set[str] = set()

    def add_name(name: str, iso3: str) -> None:
        for form in _name_forms(name):
            key = spelling_key(form)
            if not key:
                continue
            if names.get(key, iso3) != iso3:
                ambiguous.add(key)
            names[key] = iso3

    with resource_path("recode", "un_regions.csv").open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            iso3 = row["ISO3"].strip()
            if not iso3 or not row["UNRegion"].strip():
                continue  # the sheet's legacy codes (Zaire, Serbia and Montenegro, ...) and uninhabited territories
            regions[iso3] = row["UNRegion"].strip()
            codes[iso3] = iso3
            if row["ISO2"].strip():
                codes[row["ISO2"].strip()] = iso3
            for column in ("Country", "Countrydescription"):
                if row[column].strip():
                    add_name(row[column].strip(), iso3)
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
        for language in NAME_LANGUAGES
    ]
    for country in pycountry.countries:
        iso3 = str(country.alpha_3)
        codes.setdefault(str(country.alpha_2), iso3)
        codes.setdefault(iso3, iso3)
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if not name:
                continue
            add_name(str(name), iso3)
            for translation in translations:
                add_name(translation.gettext(str(name)), iso3)
    for key in ambiguous:  # a name two countries share is no evidence for either
        del names[key]
    # ISO's inverted names ("Moldova, Republic of", "Moldávia, República da") are written by their head alone in
    # exports ("Moldávia"); the head is taken where it names one country only and no full name already uses it.
    heads: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attribute in ("name", "official_name"):
            name = getattr(country, attribute, None)
            if not name:
                continue
            for written in [str(name)] + [t.gettext(str(name)) for t in translations]:
                if ", " in written:
                    heads.setdefault(spelling_key(written.split(", ", 1)[0]), set()).add(str(country.alpha_3))
    for key, owners in heads.items():
        if key and len(owners) == 1 and key not in names and key not in ambiguous:
            names[key] = next(iter(owners))
    extra = tomllib.loads(resource_path("recode", "country_names.toml").read_text(encoding="utf-8"))["names"]
    for name, iso3 in extra.items():  # the shipped short forms decide, even over an ambiguous name
        names[spelling_key(name)] = str(iso3)
        if name.isupper() and len(name) in (2, 3):
            codes[name] = str(iso3)
    shipped = tomllib.loads(resource_path("recode", "demonyms.toml").read_text(encoding="utf-8"))
    demonyms, clashes = add_demonyms(names, ambiguous, shipped)
    return CountryTable(
        MappingProxyType(codes), MappingProxyType(names), MappingProxyType(regions), demonyms, MappingProxyType(clashes)
    )


def add_demonyms(
    names: dict[str, str], ambiguous_names: set[str], tables: Mapping[str, Mapping[str, object]]
) -> tuple[frozenset[str], dict[str, str]]:
    """Adds the nationalities of ``tables`` (demonyms.toml: language -> form -> ISO3) to ``names`` (spelling key ->
    ISO3); returns the keys added and, for each listed form not added, the country its name means or "ambiguous".

    A form two countries share (across languages) is read as neither. A form that is already a name keeps the
    name's meaning: if the name means the same country it is also read as a nationality, otherwise it is left out
    (a clash); a form equal to a name two countries share stays unread.
    """
    listed: dict[str, str] = {}
    clashes: dict[str, str] = {}
    for language in DEMONYM_LANGUAGES:
        for form, value in tables.get(language, {}).items():
            key, iso3 = spelling_key(form), str(value)
            if listed.get(key, iso3) != iso3:
                clashes[key] = "ambiguous"
            listed[key] = iso3
    added: set[str] = set()
    for key, iso3 in listed.items():
        if key in clashes:
            continue
        if key in names and names[key] != iso3:
            clashes[key] = names[key]  # the name of another country keeps its meaning
        elif key not in names and key in ambiguous_names:
            clashes[key] = "ambiguous"  # a name two countries share stays unread
        else:
            names[key] = iso3
            added.add(key)
    return frozenset(added), clashes
