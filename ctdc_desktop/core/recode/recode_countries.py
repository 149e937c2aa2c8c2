"""Country as exports write it (ISO2, ISO3, or a name in English, French, Spanish or Portuguese) -> ISO3 -> region.

Names come from pycountry (ISO 3166-1 names and their French, Spanish and Portuguese translations, which it ships),
from the CTDC Region sheet (resources/recode/un_regions.csv), and from the short forms of
resources/recode/country_names.toml (``Russia``, ``DR Congo``). Regions come from the CTDC Region sheet only, so a
release groups countries exactly as the CTDC data dictionaries do. Codes are matched as written in capitals (``NE``
is Niger, ``ne`` is not read as a country); names ignore case, accents and punctuation.
"""

from __future__ import annotations

import csv
import gettext
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import pycountry

from ctdc_desktop.core.recode.spellings import spelling_key
from ctdc_desktop.resources import resource_path

UN_REGIONS = ("Africa", "Americas", "Asia", "Europe", "Oceania")
NAME_LANGUAGES = ("fr", "es", "pt", "pt_BR")  # pycountry ships both Portuguese spellings (Roménia, Romênia)


@dataclass(frozen=True)
class CountryTable:
    codes: Mapping[str, str]  # ISO2 or ISO3 code, in capitals -> ISO3
    names: Mapping[str, str]  # spelling key of a name -> ISO3
    regions: Mapping[str, str]  # ISO3 -> UN region, from the CTDC Region sheet

    def iso3(self, raw: str) -> str | None:
        """The ISO3 code of a country as written in an export, or None when it is not a country we know."""
        text = raw.strip()
        code = self.codes.get(text)
        if code is not None:
            return code
        return self.names.get(spelling_key(text))

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
    return CountryTable(MappingProxyType(codes), MappingProxyType(names), MappingProxyType(regions))
