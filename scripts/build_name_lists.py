"""Build the person-name lists that Stage one uses to spot names in columns and notes (resources/names/).

Run from the checkout root: ``uv run python scripts/build_name_lists.py``. Reads, never writes, ../shared/data.

Sources (see resources/names/SOURCES.md for versions and licences):
- ARX risk-model resources (Apache-2.0): US first and last names, ../shared/data/arx/risk_resources_us.
- Faker's person providers (MIT): first, middle and last names of every locale it ships, which covers Latin,
  Cyrillic, Arabic, Thai, Devanagari, Bengali, Hebrew, Greek, Armenian, Georgian, Sinhala, Tamil, CJK and more.

Words that case exports use as category values (EXPORT_WORDS) and country names are removed from the name lists.
Common English and French words (Faker's en_US and fr_FR lorem lists) that are also names ("Will", "May", "Claire")
stay in the lists but are also written to common_words.txt: the span finder wants more evidence for them (another
name beside them, or a cue word such as "Mr"). Other locales' lorem lists are not used: the Spanish and Czech ones
are taken from novels and hold names such as José and John.

Also writes countries.txt (ISO 3166 names: "United Arab Emirates" in a note is not a person) and places.txt: town
and city names (ARX US cities, Faker's city lists) for spotting places in notes.

Output: one name a line, casefolded and NFC-normalised, sorted; a name of several words is split into its words.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

import faker
import faker.providers.address
import faker.providers.lorem
import faker.providers.person

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
ARX = SHARED / "arx" / "risk_resources_us"
OUT = ROOT / "resources" / "names"

# Values that case exports hold in category columns and that also occur as someone's name somewhere.
EXPORT_WORDS = """
active closed open pending unknown other none yes no true false male female man woman feminine masculine transgender
victim victims perpetrator employer friend family partner stranger acquaintance relative neighbour neighbor agent
recruiter broker labour labor forced sexual domestic work worker begging agriculture construction fishing
manufacturing hospitality services mining child adult minor citizen country city state region january february march
april may june july august september october november december monday tuesday wednesday thursday friday saturday
sunday street road avenue house hotel police court sister brother mother father aunt uncle cousin wife husband son
daughter client officer doctor nurse hermana hermano madre padre tía tío prima primo amiga amigo esposa esposo hijo
hija cliente sœur soeur frère frere mère mere père pere tante oncle cousine amie mari femme fils fille recruteur
employeur
""".split()  # noqa: SIM905


# Words that announce a phone number in a note ("Mobile +44 ...").
PHONE_WORDS = ("mobile", "portable", "phone", "cell", "contact", "tel", "movil", "móvil", "celular", "whatsapp")


def _normal(word: str) -> str:
    return unicodedata.normalize("NFC", word).strip().casefold()


def _words(values: object) -> set[str]:
    """Every word of every name in a Faker attribute (a tuple, list or weighted dict of names)."""
    if isinstance(values, dict):
        values = list(values.keys())
    if not isinstance(values, list | tuple):
        return set()
    out: set[str] = set()
    for value in values:
        if isinstance(value, str):
            out.update(w for w in (_normal(part) for part in value.replace("-", " ").split()) if w)
    return out


def faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in dir(provider):
            if attribute.startswith(("first_names", "middle_names")):
                first |= _words(getattr(provider, attribute))
            elif attribute.startswith("last_names"):
                last |= _words(getattr(provider, attribute))
    return first, last


# Short words of English, French and Spanish sentences that are also someone's name somewhere ("Su", "Son", "Al").
FUNCTION_WORDS = """
a an and or the of to in on at by for with from his her he she we you they it my our your their this that
le la les un une des du de et ou mais avec pour par sur sous dans chez son sa ses mon ma mes ton ta tes il elle
nous vous ils elles ce cet cette au aux
el los las una unos unas del al y o con por para en su sus mi mis tu tus se lo le les que como pero muy ya
""".split()  # noqa: SIM905


def common_words() -> set[str]:
    words: set[str] = set(FUNCTION_WORDS)
    for locale in ("en_US", "fr_FR"):
        provider = importlib.import_module(f"faker.providers.lorem.{locale}").Provider
        words |= _words(list(getattr(provider, "word_list", ())))
    return words


def country_names() -> set[str]:
    """Country names (ISO 3166, ../shared/data/iso): "Jordan" or "Chad" in a cell is a country before a name."""
    import csv

    with (SHARED / "iso" / "all.csv").open(encoding="utf-8") as handle:
        return {_normal(row["name"]) for row in csv.DictReader(handle)}


def faker_places() -> set[str]:
    places: set[str] = set()
    for module in pkgutil.iter_modules(faker.providers.address.__path__):
        provider = importlib.import_module(f"faker.providers.address.{module.name}").Provider
        for attribute in ("cities", "city_names", "towns", "villages"):
            values = getattr(provider, attribute, ())
            if isinstance(values, list | tuple):
                places.update(_normal(v) for v in values if isinstance(v, str))
    return places


def arx_names(file_name: str) -> set[str]:
    path = ARX / file_name
    if not path.exists():
        sys.exit(f"{path} is missing: this script needs the shared data folder beside the checkout.")
    return {w for w in (_normal(line) for line in path.read_text(encoding="utf-8").splitlines()) if w}


def keep(word: str, stop: set[str]) -> bool:
    # Single letters and initials are too common in text to mean a name on their own.
    return len(word) >= 2 and word not in stop and not any(c.isdigit() for c in word)


def main() -> None:
    countries = country_names()
    stop = set(EXPORT_WORDS) | countries
    common = common_words()
    first, last = faker_names()
    first |= arx_names("firstnames.csv")
    last |= arx_names("lastnames.csv")
    OUT.mkdir(parents=True, exist_ok=True)
    for file_name, names in (("first_names.txt", first), ("last_names.txt", last)):
        kept = sorted(w for w in names if keep(w, stop))
        (OUT / file_name).write_text("\n".join(kept) + "\n", encoding="utf-8")
        print(f"{file_name}: {len(kept):,} names")
    names = first | last
    shared = sorted(w for w in common if w in names and keep(w, stop))
    (OUT / "common_words.txt").write_text("\n".join(shared) + "\n", encoding="utf-8")
    print(f"common_words.txt: {len(shared):,} common words that are also names")
    (OUT / "countries.txt").write_text("\n".join(sorted(countries)) + "\n", encoding="utf-8")
    print(f"countries.txt: {len(countries):,} country names")
    # A town called "Mobile" or "Hope" is far rarer in a note than the word: common words are not places.
    not_places = stop | common | set(PHONE_WORDS)
    places = sorted(p for p in (faker_places() | arx_names("cities.csv")) if len(p) >= 3 and p not in not_places)
    (OUT / "places.txt").write_text("\n".join(places) + "\n", encoding="utf-8")
    print(f"places.txt: {len(places):,} towns and cities")
    print(f"Faker {faker.VERSION}")


if __name__ == "__main__":
    main()
