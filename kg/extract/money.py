"""Amounts of money in French text: "900 000 $", "entre 300 000 et 900 000 $ par
an", "200 $ par jour", "pouvant atteindre les 650 000 $", "plus d'un milliard
de dollars", "2 Md€", "45 k€ brut par an", "CHF 300'000", "trois millions d'euros".

Pure text in, :class:`Amount` out, so it is tested without a model. A figure
becomes an amount only when a currency is written next to it (or, for "17
millions" after an amount, the currency of that amount): job and head counts,
percentages and years never are.
"""

from __future__ import annotations

import re
from functools import cached_property

from .model import Amount, Span

# -- numbers -----------------------------------------------------------------

# "300 000", "300.000", "300'000" (Swiss), "1,5", "12"
_DIGITS = r"\d{1,3}(?:[ .\u00a0\u202f']\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_SMALL = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
          "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
          "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
          "cinquante": 50, "soixante": 60}


#: nouns of an approximate number ('une centaine d'apprentis', 'des milliers de postes')
_APPROXIMATE = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                "soixantaine", "centaine", "millier"}


def is_approximate_count(word: str) -> bool:
    """A noun of an approximate number: 'une centaine d'apprentis' counts them as '100 apprentis' does.

    >>> [is_approximate_count(w) for w in ("centaine", "Milliers", "semaine")]
    [True, True, False]
    """
    word = word.lower()
    return word in _APPROXIMATE or word.endswith("s") and word[:-1] in _APPROXIMATE


def is_count_word(word: str) -> bool:
    """A number written in letters, above one: 'les cinq joueurs' are counted as '5 joueurs' are.

    A compound written with hyphens counts when every part is a number word ('Vingt-deux postes',
    'quatre-vingts', 'trente-et-un'); a word that only starts like one does not ('cinq-étoiles').

    >>> [is_count_word(w) for w in ("cinq", "vingt", "une", "joueurs", "Vingt-deux", "trente-et-un", "deux-roues")]
    [True, True, False, False, True, True, False]
    """
    word = word.lower()
    if "-" in word.strip("-"):
        parts = word.split("-")
        return all(p in _SMALL or p in ("et", "cent", "cents", "mille") for p in parts) and parts[0] != "et"
    return word in _SMALL and word not in ("un", "une") or word in ("cent", "cents", "mille")


_WORD = r"(?:" + "|".join(sorted([*_SMALL, "cents", "cent", "mille"], key=len, reverse=True)) + r")(?!\w)"
# "deux cents", "vingt-cinq mille", "soixante et onze"
_WORDS = rf"{_WORD}(?:(?:[\s-]+et[\s-]+|[\s-]+){_WORD})*"
_NUM = rf"{_DIGITS}|{_WORDS}"
# "millions", "Md", "Mds", "Mrd", "M", "k": what multiplies the figure before it
_MULT = r"milliards?|millions?|mille|mrds?|mds?|md|m|k"
_HALF = r"\s+et\s+demie?"  # "un million et demi"
_MULTIPLIERS = {"k": 1e3, "mille": 1e3, "m": 1e6, "million": 1e6, "millions": 1e6, "md": 1e9, "mds": 1e9,
                "mrd": 1e9, "mrds": 1e9, "milliard": 1e9, "milliards": 1e9}

# -- currencies ----------------------------------------------------------------

# Codes and country tags are matched case-sensitively: "300 $ au total" is no Australian dollar.
_CUR_AFTER = (
    r"\$\s?(?-i:CA|CAN|US|AU)(?!\w)|(?-i:CA|US|C|A)\$|\$|€|£"
    r"|dollars?(?:\s+(?:américains|canadiens|australiens|(?-i:US|CA|CAN)(?!\w)))?"
    r"|euros?|livres?\s+sterling"
    r"|francs?(?:\s+(?:suisses?|français|belges|(?-i:CFA)|pacifiques?|guinéens|congolais|rwandais|burundais))?"
    r"|fr\.|(?-i:F\s?CFA)"
    r"|dirhams?(?:\s+marocains)?|(?-i:DH|Dhs?)|yens?|yuans?|dinars?(?:\s+(?:tunisiens|algériens))?"
    r"|ariary|nairas?|cedis?|rands?|birrs?|zlotys?|forints?|roubles?|hryvnias?|reais|roupies?\s+indiennes"
    r"|riyals?\s+saoudiens|wons?\s+sud-coréens"
    r"|(?-i:EUR|USD|CHF|CAD|GBP|AUD|XOF|XAF|MAD|AED|JPY|CNY|TND|DZD|GNF|MGA|NGN|GHS|ZAR|ETB|PLN|HUF|RUB|UAH|BRL|INR|SAR|KRW)"
)
#: currency words of one country each, by their first letters: the Malagasy ariary, the Nigerian naira, ...
_OTHER_CURRENCIES = (("ariary", "MGA"), ("naira", "NGN"), ("cedi", "GHS"), ("rand", "ZAR"), ("birr", "ETB"),
                     ("zloty", "PLN"), ("forint", "HUF"), ("rouble", "RUB"), ("hryvnia", "UAH"), ("reais", "BRL"),
                     ("roupie", "INR"), ("riyal", "SAR"), ("won", "KRW"))
_CUR_BEFORE = r"(?-i:US|CA|C|A)\$|\$|€|£|(?-i:EUR|USD|CHF|CAD|GBP|AUD|Fr\.)"

# The lookahead in front changes no match: it only lets the scan pass at once over a character that no
# amount can start with (what the branches after it could begin with: a currency sign or code before the
# figure, a digit, or the first letter of a number in words at the start of a word)
_FIRST_LETTERS = "".join(sorted({w[0] for w in (*_SMALL, "cents", "cent", "mille")}))
_AMOUNT = re.compile(
    rf"(?=[\d$€£]|(?-i:[UCAEFG])|(?<![\w,.])[{_FIRST_LETTERS}])"
    rf"(?:(?P<pre>{_CUR_BEFORE})\s?(?P<n1>{_DIGITS})(?:\s*(?P<m1>{_MULT})\b(?P<h1>{_HALF})?)?"
    rf"|(?<![\w,.])(?<!\d')(?P<n2>{_NUM})(?:\s*(?P<m2>{_MULT})\b(?P<h2>{_HALF})?)?\s*(?:de\s+|d')?"
    rf"(?P<post>{_CUR_AFTER})(?!\w))",
    re.IGNORECASE,
)
# "au moins 17 millions" after an amount in euros: the same currency
_BARE = re.compile(
    r"(?:\b(?:pour|contre|de|d'|à|environ|près\s+de|quelque|soit|hauteur\s+de|jusqu'à|moins\s+d(?:e|')|plus\s+d(?:e|')"
    r"|au\s+moins|au\s+plus|atteindre|dépass\w*|entre|et)\s*)"
    rf"(?<![\w,.])(?<!\d')(?P<n>{_NUM})\s*(?P<m>milliards?|millions?|mrds?|mds?|md)\b(?P<h>{_HALF})?"
    r"(?=\s*(?:[,.;:)!?]|$|(?:selon|pour|par|au|aux|à|en|et|contre|sur|dont|soit|hors|chacun|supplémentaires)\b))",
    re.IGNORECASE,
)

# -- what surrounds an amount --------------------------------------------------

_QTY = rf"(?:{_NUM})(?:\s*(?:{_MULT})\b(?:{_HALF})?)?(?:\s*(?:de\s+|d')?(?:{_CUR_AFTER}))?"
# "entre 300 000 et", "de 2 000 à", "2 000 à", "40 000-"
_RANGE_BEFORE = re.compile(
    rf"(?:(?P<kw>entre|de|d')\s*|(?<![\w,.]))(?<!\d')(?P<lo>{_NUM})(?:\s*(?P<lm>{_MULT})\b(?P<lh>{_HALF})?)?"
    rf"(?:\s*(?:de\s+|d')?(?:{_CUR_AFTER}))?(?P<link>\s+(?:et|à)\s+|\s*[-–]\s*)(?:les\s+)?$",
    re.IGNORECASE,
)
# "passer de 2 000 à 2 500 euros": a change, whose amount is the new one
_CHANGE_BEFORE = re.compile(
    r"\b(?!\w*(?:tion|ment)s?\b)(?:pass|augment|baiss|grimp|chut|relev|port|rédui|ramen|progress"
    r"|recul|diminu|évolu|bondi|tomb|revalori|gonfl)\w*(?:\s+[\w']+){0,3}?\s*$",
    re.IGNORECASE,
)
_NOT_BEFORE = r"(?:pas|ne\s+\w+\s+pas|n'\w+\s+pas)\s+"
_MAX_BEFORE = re.compile(
    r"(?:jusqu'(?:à|a|au)(?:\s+hauteur\s+de)?|atteindre|(?:au\s+)?maximum(?:\s+de)?|au\s+plus|plafonn\w+\s+à"
    r"|culminant\s+à|(?<!pas\s)moins\s+d(?:e\s+|')|pas\s+plus\s+d(?:e\s+|')|n'excéd\w*\s+pas|ne\s+dépass\w*\s+pas"
    r"|inférieure?s?\s+à|(?<![\w-])sous(?:\s+la\s+barre\s+d(?:es|u))?)\s*(?:les\s+|la\s+somme\s+de\s+)?$",
    re.IGNORECASE,
)
_MIN_BEFORE = re.compile(
    r"(?:(?<!pas\s)plus\s+d(?:e\s+|')|pas\s+moins\s+d(?:e\s+|')|au\s+moins|(?:au\s+)?minimum(?:\s+de)?"
    r"|à\s+partir\s+d(?:e\s+|')|dès|(?<!ne\s)dépass\w*|au-delà\s+d(?:e\s+|')|supérieure?s?\s+à)\s*(?:les\s+)?$",
    re.IGNORECASE,
)
# "3 000 euros au maximum", "45 000 € minimum", "100 000 dollars et plus"
_BOUND_AFTER = re.compile(
    r"^\s*,?\s*(?:(?P<max>au\s+maximum|maximum|max\.|au\s+plus)|(?P<min>au\s+minimum|minimum|min\.|au\s+moins|au\s+bas\s+mot"
    r"|et\s+plus|ou\s+plus))(?!\w)",
    re.IGNORECASE,
)
_GROSS = r"(?:\s*,?\s*(?:bruts?|nets?|hors\s+taxes?|(?-i:HT|TTC)|charges\s+comprises)(?!\w))*"
_PER_AFTER = re.compile(
    rf"^{_GROSS}\s*(?:"
    # (not 'par année d'ancienneté', 'par année de service': a sum counted by years served, not paid each
    # year; 'par journée de service non assuré' is a sum each day)
    r"(?:par|/|chaque)\s*(?P<unit>(?:an|année|annee)(?!\w)"
    r"(?!\s+(?:d'ancienneté|de\s+service|de\s+présence|de\s+cotisation|de\s+carrière)(?!\w))"
    r"|(?:jour|journée|heure|h|semaine|mois|saison)(?!\w))"
    # '22 francs de l'heure de ménage': the hour of some work is still a rate by the hour
    r"|de\s+l'(?P<hour>heure)(?=\s+d(?:e\s+|')[a-zàâçéèêëîïôûù])"
    r"|(?:de\s+l'|à\s+l'|l'|le|la)\s*(?P<the>an|année|jour|journée|heure|semaine|mois)(?!\w)"
    r"(?!\s+(?:dernier|dernière|passée?|prochaine?|suivante?|précédente?|même|où|de|d'|du|des)(?!\w))"
    r"|(?:de\s+)?(?:salaire\s+|rémunération\s+)?(?P<adj>annuel(?:le)?s?|mensuel(?:le)?s?|hebdomadaires?|quotidien(?:ne)?s?"
    r"|journali(?:er|ère)s?|horaires?)(?!\w)"
    # "100 millions d'euros sur la table par saison": a short gap before "par an"
    r"|(?:\s+(?!(?:et|ou|mais|puis)\b)[a-zàâçéèêëîïôûù']+){1,3}\s+par\s+(?P<gap>an|année|mois|semaine|jour|heure|saison)(?!\w))",
    re.IGNORECASE,
)
_PER_BEFORE = re.compile(
    # ('une indemnité mensuelle de 90 francs', 'une aide annuelle de 4 000 euros': any sum paid by the period)
    r"(?:salaire|rémunération|revenu|paie|traitement|tarif|loyer|budget|enveloppe|smic|salaire\s+minimum|primes?|indemnités?"
    r"|allocations?|aides?|versements?|bonus|subventions?|pensions?|rentes?|hausses?|augmentations?|revalorisations?"
    r"|dotations?|redevances?|cotisations?)\s+(?:brute?s?\s+|nette?s?\s+)?"
    r"(?P<adj>annuel(?:le)?s?|mensuel(?:le)?s?|hebdomadaires?|quotidien(?:ne)?s?|journali(?:er|ère)s?|horaires?)\b"
    r"[^$€£\d]{0,40}$",
    re.IGNORECASE,
)
#: words of a period and the period they count by ('par an', 'chaque mois')
PERIODS = {"an": "year", "année": "year", "annee": "year", "saison": "year", "jour": "day", "journée": "day",
           "heure": "hour", "h": "hour", "semaine": "week", "mois": "month"}
_ADJ = {"annuel": "year", "mensuel": "month", "hebdomadaire": "week", "quotidien": "day", "journali": "day",
        "horaire": "hour"}

# Where bare "$" and "francs" are not the default: Canadian press writes "$" for
# Canadian dollars. "Francs" alone are Swiss francs (France and Belgium write euros
# since 2002), except in a text about another franc zone, where the figure stays
# without a currency.
_CANADA = re.compile(r"\b(?:Canada|canadien\w*|Québec|québécois\w*|Montréal|montréalais\w*|Ottawa|Toronto|Vancouver"
                     r"|Ontario|Alberta|Manitoba|Saskatchewan|Colombie-Britannique|Nouveau-Brunswick|Nouvelle-Écosse"
                     r"|Gatineau|Sherbrooke|Trois-Rivières|Saguenay|Winnipeg|Calgary|Edmonton|Halifax"
                     # Québec's regions and towns that news names alone (not 'Laval' nor 'Beauce': France has them too)
                     r"|Gaspésie|gaspésien\w*|Lac-Saint-Jean|Côte-Nord|Abitibi\w*|Mauricie|Estrie|Outaouais|Laurentides"
                     r"|Lanaudière|Montérégie|Charlevoix|Bas-Saint-Laurent|Chicoutimi|Rimouski|Lévis"
                     r"|Rouyn-Noranda|Sept-Îles|Baie-Comeau|Îles-de-la-Madeleine"
                     # Québec's union confederations, its farmers' union and its labour board
                     r"|(?-i:CSN|FTQ|CSQ|CSD|Unifor|UPA|FIQ|APTS|CNESST))\b")
_US = re.compile(r"\b(?:États-Unis|Etats-Unis|américain\w*|Amérique|Washington|New York|Californie|Hollywood"
                 r"|Silicon Valley|Wall Street|Texas|Floride|Chicago|Los Angeles|San Francisco)\b")
_SWISS = re.compile(r"\b(?-i:CHF)\b|\bfrancs?\s+suisses?\b|\d'\d{3}\b", re.IGNORECASE)
_CFA_WEST = re.compile(r"\b(?:Sénégal|sénégalais\w*|Dakar|Côte d'Ivoire|ivoirien\w*|Abidjan|Mali|malien\w*|Bamako"
                       r"|Burkina|Ouagadougou|Niger|nigérien\w*|Niamey|Bénin|béninois\w*|Cotonou|Togo|togolais\w*|Lomé"
                       r"|Guinée-Bissau|UEMOA|BCEAO|Thiès|Kaolack|Ziguinchor|Touba|wolof|Bouaké|Yamoussoukro|San-Pédro"
                       r"|Korhogo|Bobo-Dioulasso|Porto-Novo|Parakou|Sikasso|Ségou|Mopti|dioula|bambara)\b")
_CFA_CENTRAL = re.compile(r"\b(?:Cameroun|camerounais\w*|Yaoundé|Douala|Gabon|gabonais\w*|Libreville|Tchad|tchadien\w*"
                          r"|N'Djamena|Centrafrique|centrafricain\w*|Bangui|Congo-Brazzaville|Brazzaville"
                          r"|Guinée équatoriale|Malabo|CEMAC|BEAC|Garoua|Bafoussam|Port-Gentil|Franceville|Pointe-Noire"
                          r"|Moundou)\b")
_TUNISIA = re.compile(r"\b(?:Tunisie|tunisien\w*|Tunis|Sfax|Sousse|Monastir|Bizerte|Gabès|Kairouan|(?-i:UGTT))\b")
_ALGERIA = re.compile(r"\b(?:Algérie|algérien\w*|Alger|Oran|Constantine|Annaba|(?-i:UGTA))\b")
_EMIRATES = re.compile(r"\b(?:Émirats|Emirats|émirien\w*|Dubaï|Dubai|Abou Dhabi|Abu Dhabi)\b")
_OTHER_FRANCS = re.compile(
    r"\b(?:CFA|FCFA|CFP|Afrique|africain\w*|Sénégal|Dakar|Côte d'Ivoire|Abidjan|Cameroun|Congo|Kinshasa|Brazzaville"
    r"|Guinée|Conakry|Burundi|Rwanda|Djibouti|Madagascar|Comores|Mali|Bamako|Niger|Burkina|Bénin|Togo|Gabon|Tchad"
    r"|Polynésie|Nouvelle-Calédonie|Nouméa|Papeete)\b")

#: francs of one country named by its adjective, and their ISO codes
_QUALIFIED_FRANCS = {"guinéen": "GNF", "congolais": "CDF", "rwandais": "RWF", "burundais": "BIF", "suisse": "CHF",
                     "pacifique": "XPF"}
_QUALIFIED_FRANC = re.compile(r"\bfrancs?\s+((?-i:CFA)|guinéen|congolais|rwandais|burundais|suisse|pacifique)s?\b",
                              re.IGNORECASE)


def words_value(words: str) -> float:
    """'deux cents' -> 200; 'quatre-vingt-dix mille' -> 90000.

    >>> [words_value(w) for w in ("trois", "deux cents", "vingt mille", "cent vingt", "soixante et onze", "quatre-vingt-dix", "mille deux cents")]
    [3.0, 200.0, 20000.0, 120.0, 71.0, 90.0, 1200.0]
    """
    group = current = 0
    previous = ""
    for w in re.split(r"[\s-]+", words.lower()):
        if w == "et":
            continue
        if w in ("vingt", "vingts") and previous == "quatre":
            current += 76  # quatre (4) + 76 = quatre-vingts
        elif w in ("cent", "cents"):
            current = (current or 1) * 100
        elif w == "mille":
            group += (current or 1) * 1000
            current = 0
        else:
            current += _SMALL[w]
        previous = w
    return float(group + current)


def _number(text: str, mult: str | None, half: str | None = None) -> float:
    """'300 000' -> 300000.0; '1,5' 'milliard' -> 1.5e9.

    >>> _number("900 000", None), _number("1,5", "milliard"), _number("un", "million"), _number("300,000", None)
    (900000.0, 1500000000.0, 1000000.0, 300000.0)
    >>> _number("300'000", None), _number("300.000", None), _number("trois", "millions"), _number("un", "million", " et demi")
    (300000.0, 300000.0, 3000000.0, 1500000.0)
    """
    t = text.lower()
    if t[0].isalpha():
        value = words_value(t)
    elif re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", t):  # "$300,000", written the English way ("0,003" is no thousands)
        value = float(t.replace(",", ""))
    else:
        t = re.sub(r"[ \u00a0\u202f']", "", t)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
            t = t.replace(".", "")
        value = float(t.replace(",", "."))
    scale = _MULTIPLIERS.get((mult or "").lower(), 1.0)
    return (value + (0.5 if half else 0.0)) * scale


class _Defaults:
    """The currencies a text's bare '$' or 'dollars', 'francs', 'F CFA', 'dirhams' and 'dinars' stand
    for, each read off the text when an amount first needs it: most articles write euros, and need
    no search of the whole text for Canada, Switzerland, the franc zones, the Emirates or the Maghreb."""

    def __init__(self, text: str, dollar: str | None, franc: str | None) -> None:
        self.text, self._dollar, self._franc = text, dollar, franc

    @cached_property
    def dollar(self) -> str:
        if self._dollar is not None:
            return self._dollar
        # named twice, or named once in a text that names nothing American
        canada = len(_CANADA.findall(self.text))
        return "CAD" if canada >= 2 or (canada == 1 and not _US.search(self.text)) else "USD"

    @cached_property
    def franc(self) -> str | None:
        if self._franc is not None:
            return self._franc
        # a text that names one franc by its country ('1 100 francs rwandais') means it by 'francs'
        # alone after that ('un bonus de 80 francs'); two kinds named leave it unknown
        named = {self.cfa if m == "CFA" else _QUALIFIED_FRANCS[m.lower()] for m in _QUALIFIED_FRANC.findall(self.text)}
        if named:
            return named.pop() if len(named) == 1 else None
        if _SWISS.search(self.text) or not _OTHER_FRANCS.search(self.text):
            return "CHF"
        return None

    @cached_property
    def cfa(self) -> str | None:
        # the CFA franc of West Africa (XOF) or of Central Africa (XAF), by the places the text names
        # (both: unknown); with neither, the West African franc, the zone of the larger economies
        # (a guess: the sum is sure, and which CFA franc it is the text does not say)
        west, central = bool(_CFA_WEST.search(self.text)), bool(_CFA_CENTRAL.search(self.text))
        return "XAF" if central and not west else "XOF" if not central else None

    @cached_property
    def dirham(self) -> str:
        return "AED" if _EMIRATES.search(self.text) else "MAD"  # the dirham of Morocco, unless of the Emirates

    @cached_property
    def dinar(self) -> str | None:
        # the dinar of Tunisia or of Algeria, by the country the text names (neither, or both: unknown)
        tunisia, algeria = bool(_TUNISIA.search(self.text)), bool(_ALGERIA.search(self.text))
        return "TND" if tunisia and not algeria else "DZD" if algeria and not tunisia else None


def _currency(symbol: str, local: _Defaults) -> str | None:
    """The ISO 4217 code of a written currency; None when it cannot be told. ``local`` gives
    what a bare '$', 'francs', 'F CFA', 'dirhams' or 'dinars' stand for in the text."""
    s = re.sub(r"\s+", " ", symbol.lower())
    if s.startswith(("€", "euro", "eur")):
        return "EUR"
    if s.startswith(("£", "livre", "gbp")):
        return "GBP"
    if s.startswith(("chf", "fr.")) or "suisse" in s:
        return "CHF"
    if s.startswith("franc"):
        if "français" in s:
            return "FRF"
        if "belge" in s:
            return "BEF"
        if "cfa" in s:
            return local.cfa
        for adjective, code in _QUALIFIED_FRANCS.items():
            if adjective in s:
                return code
        return local.franc
    if re.fullmatch(r"f ?cfa", s):
        return local.cfa
    if s.startswith(("dirham", "dh")):
        return local.dirham
    if s.startswith("dinar"):
        return "TND" if "tunisien" in s else "DZD" if "algérien" in s else local.dinar
    if s.startswith("yen"):
        return "JPY"
    if s.startswith("yuan"):
        return "CNY"
    for word, code in _OTHER_CURRENCIES:
        if s.startswith(word):
            return code
    if s.upper() in ("XOF", "XAF", "MAD", "AED", "JPY", "CNY", "TND", "DZD", "GNF", "MGA", "NGN", "GHS", "ZAR", "ETB",
                     "PLN", "HUF", "RUB", "UAH", "BRL", "INR", "SAR", "KRW"):
        return s.upper()
    if "canadien" in s or s in ("cad", "ca$", "c$") or re.fullmatch(r"\$ ?can?", s) or s.endswith(" ca") or s.endswith(" can"):
        return "CAD"
    if "australien" in s or s in ("aud", "a$") or re.fullmatch(r"\$ ?au", s):
        return "AUD"
    if "américain" in s or s in ("usd", "us$") or re.fullmatch(r"(?:\$|dollars?) ?us", s):
        return "USD"
    return local.dollar


def _per(after: str, before: str) -> str | None:
    m = _PER_AFTER.match(after)
    if not m:
        m = _PER_BEFORE.search(before)
        if not m:
            return None
    unit = m.groupdict().get("unit") or m.groupdict().get("the") or m.groupdict().get("hour") or m.groupdict().get("gap")
    if unit:
        return PERIODS[unit.lower()]
    return period_of_adjective(m.group("adj"))


def period_of_adjective(word: str) -> str | None:
    """The period an adjective of pay counts by ('mensuels' -> month, 'horaire' -> hour), else None."""
    adj = word.lower().rstrip("s")
    for stem, unit in _ADJ.items():
        if adj.startswith(stem):
            return unit
    return None


def _is_conversion(text: str, start: int) -> bool:
    """'900 000 $ (environ 808 000 euros)': a figure in parentheses right after an amount."""
    before = text[max(0, start - 80):start]
    open_paren = before.rfind("(")
    if open_paren == -1 or ")" in before[open_paren:]:
        return False
    paren_at = start - len(before) + open_paren
    return bool(re.search(r"[$€£]|dollars?|euros?|francs?|\bCHF\b", text[max(0, start - 120):paren_at], re.I))


def _bound(amount: Amount, value: float, text: str, begin: int, end: int, mult: str | None) -> int:
    """Sets value, min or max from the words around; returns where the amount begins."""
    before = text[max(0, begin - 80):begin]
    rng = _RANGE_BEFORE.search(before)
    if rng and (rng.group("kw") or rng.group("link").strip() in ("à", "-", "–")):
        lo_mult = rng.group("lm") or (mult if re.fullmatch(r"\d{1,3}(?:[.,]\d+)?|[^\d]+", rng.group("lo")) else None)
        lo = _number(rng.group("lo"), lo_mult, rng.group("lh"))
        start = begin - (len(before) - rng.start())
        is_year = re.fullmatch(r"(?:19|20)\d\d", rng.group("lo")) and not rng.group("lm")
        if not is_year:
            change = rng.group("kw") in ("de", "d'") and _CHANGE_BEFORE.search(text[max(0, start - 60):start])
            if change or (rng.group("kw") != "entre" and lo > value):
                amount.value = value  # "passé de 2 000 à 2 500 euros": the amount it comes to
                return start
            amount.min, amount.max = min(lo, value), max(lo, value)
            return start
    after = _BOUND_AFTER.match(text[end:end + 30])
    if re.search(_NOT_BEFORE + r"(?:moins|plus)\s+d(?:e\s+|')\s*$", before, re.I):
        negated_min = re.search(r"moins\s+d(?:e\s+|')\s*$", before, re.I)
        if negated_min:
            amount.min = value  # "pas moins de": at least
        else:
            amount.max = value  # "pas plus de": at most
    elif _MAX_BEFORE.search(before) or (after and after.group("max")):
        amount.max = value
    elif _MIN_BEFORE.search(before) or (after and after.group("min")):
        amount.min = value
    else:
        amount.value = value
    return begin


def find_amounts(text: str, offset: int = 0, *, dollar: str | None = None,
                 franc: str | None = None) -> list[tuple[Amount, int]]:
    """Amounts in ``text`` with the offset of the word that carries each.

    Offsets are shifted by ``offset``. A figure in parentheses right after
    another amount is a conversion ("(environ 808 000 euros)") and is skipped.
    ``dollar`` is the currency of a bare "$" or "dollars" (by default CAD in a
    text that names Canada, Québec or Montréal twice, or once and nothing American,
    else USD); ``franc`` that
    of a bare "francs" (by default CHF in a text that writes "francs suisses",
    "CHF" or a Swiss figure "300'000", else none: the figure is no amount).

    >>> [(a.min, a.max, a.currency, a.per) for a, _ in find_amounts("entre 300 000 et 900 000 $ par an")]
    [(300000.0, 900000.0, 'USD', 'year')]
    >>> [(a.value, a.per) for a, _ in find_amounts("environ 200 $ par jour")]
    [(200.0, 'day')]
    >>> [(a.max, a.per) for a, _ in find_amounts("un salaire annuel pouvant atteindre les 650 000 $")]
    [(650000.0, 'year')]
    >>> [(a.value, a.currency, a.per) for a, _ in find_amounts("900 000 $ (environ 808 000 euros) par an")]
    [(900000.0, 'USD', 'year')]
    >>> [(a.max, a.currency) for a, _ in find_amounts("moins de 26 000 dollars")]
    [(26000.0, 'USD')]
    >>> [(a.min, a.per) for a, _ in find_amounts("des salaires qui peuvent dépasser 200 000 dollars par an")]
    [(200000.0, 'year')]
    >>> [(a.value, a.currency, a.per) for a, _ in find_amounts("un poste à 45 k€ brut par an")]
    [(45000.0, 'EUR', 'year')]
    >>> [(a.min, a.max, a.currency) for a, _ in find_amounts("de 40 000 à 60 000 francs suisses")]
    [(40000.0, 60000.0, 'CHF')]
    >>> [(a.value, a.currency) for a, _ in find_amounts("À Sfax, une hausse de 40 dinars")]
    [(40.0, 'TND')]
    >>> [(a.value, a.currency) for a, _ in find_amounts("une hausse de 40 dinars")]  # which dinar, the text does not say
    []
    >>> [(a.value, a.currency) for a, _ in find_amounts("45 milliards de francs guinéens")]
    [(45000000000.0, 'GNF')]
    """
    local = _Defaults(text, dollar, franc)
    found: list[tuple[Amount, int]] = []
    for m in _AMOUNT.finditer(text):
        prefixed = bool(m.group("n1"))
        number, mult, half = (m.group("n1"), m.group("m1"), m.group("h1")) if prefixed else (
            m.group("n2"), m.group("m2"), m.group("h2"))
        symbol = m.group("pre") or m.group("post")
        if number.lower() in ("un", "une") and not mult and not re.match(r"\s+symboliques?\b", text[m.end():]):
            continue  # "un dollar" is the currency, not a sum; "pour un euro symbolique" is one
        currency = _currency(symbol, local)
        if currency is None or _is_conversion(text, m.start()):
            continue
        amount = Amount(currency=currency, span=Span(0, 0, ""))
        begin = _bound(amount, _number(number, mult, half), text, m.start(), m.end(), mult)
        while found and found[-1][0].span.end - offset > begin:
            found.pop()  # "entre 40 000 € et 60 000 €": the first figure is the range's lower bound
        after = re.sub(r"^\s*\([^()]{0,80}\)", "", text[m.end():m.end() + 120])  # skip a conversion
        amount.per = _per(after[:60], text[max(0, begin - 80):begin])
        amount.span = Span(begin + offset, m.end() + offset, text[begin:m.end()])
        anchor = m.start("post") if m.group("post") else m.start("n1")
        found.append((amount, anchor + offset))
    return _bare_millions(text, offset, found)


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``words`` (in lower case) as ``re.IGNORECASE`` compares letters
    (lower case, and the dotless i and the long s it takes for i and s; yes when lower case changes
    the length)."""
    low = text.lower()
    if len(low) != len(text):
        return True
    low = low.replace("\u0131", "i").replace("\u017f", "s")
    return any(word in low for word in words)


def _bare_millions(text: str, offset: int, found: list[tuple[Amount, int]]) -> list[tuple[Amount, int]]:
    """'12 millions d'euros ... pour au moins 17 millions': a figure in millions with no
    currency and no counted noun takes the currency of the amount just before it."""
    spans = [(a.span.begin - offset, a.span.end - offset) for a, _ in found]
    extra: list[tuple[Amount, int]] = []
    # a figure takes the currency of an amount before it, and needs its 'millions': with neither in the text,
    # no scan
    for m in _BARE.finditer(text) if found and _may_hold(text, ("milliard", "million", "mrd", "md")) else ():
        if any(b <= m.start("n") < e or b < m.end() <= e for b, e in spans):
            continue
        previous = [a for a, _ in found if a.span.end - offset <= m.start("n") and m.start("n") - (a.span.end - offset) <= 400]
        if not previous:
            continue
        amount = Amount(currency=previous[-1].currency, span=Span(0, 0, ""))
        begin = _bound(amount, _number(m.group("n"), m.group("m"), m.group("h")), text, m.start("n"), m.end(), m.group("m"))
        amount.per = _per(text[m.end():m.end() + 60], text[max(0, begin - 80):begin])
        amount.span = Span(begin + offset, m.end() + offset, text[begin:m.end()])
        extra.append((amount, m.start("m") + offset))
    return sorted(found + extra, key=lambda pair: pair[0].span.begin)
