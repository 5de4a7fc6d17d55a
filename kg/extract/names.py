"""Names across a document: which of the names found are one entity, which
names the NER model missed, and what the words around a name say of its class.

Every rule here reads a construction of French news, never a list of the
names of one article:

- one entity, several names: a lone surname before or after the full name,
  a legal form or a group word around a company's name ('Vantor Inc',
  'Groupe Vantor'), the last word of a long name ('The Daily Courier' ...
  'le Courier'), an acronym of the initials of a name given elsewhere;
- names the model misses: a title in quotation marks after a noun of works
  ('la série « Les Ombres de Vals »'), a capitalised name after a noun of
  sites ('l'hypermarché de Vernac');
- the class a context gives: a leader's name after 'le gouvernement', a
  medium after 'nos confrères de', a company after 'la direction de' or
  'chez', a company's name by its legal form or its last word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from spacy.attrs import IDX, LEMMA, ORTH
from spacy.tokens import Doc, Span as SpacySpan

from ..gazetteer import Gazetteer, Known
from ..lexicon import Lexicon
from ..nlp import _PAIRS, common_noun, normalise
from ..text import fold, quoted_ranges
from .syntax import children, dateline_places, morph_values, positions, words_where

# Words left out of a name's initials: 'Ligue de football professionnel' is LFP.
_LINKS = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "a", "au", "aux", "pour", "sur", "of", "the",
          "and", "for"}
_ARTICLES = {"the", "le", "la", "les", "l"}
_LEADING_GROUP = {"groupe", "group", "holding"}  # 'Groupe Vantor'; 'France Vantor' is no branch of Vantor


def _words(name: str) -> list[str]:
    return name.replace("\u2019", "'").split()


def legal_core(name: str, gazetteer: Gazetteer, group: bool = False) -> str | None:
    """The name without its legal form ('Vantor Inc' -> 'Vantor'), or with
    ``group`` also without a group or branch word ('Groupe Vantor', 'Vantor
    Retail' -> 'Vantor'); None when there is none to strip."""
    return _legal_core(name, gazetteer.words("legalForms"), gazetteer.words("groupWords") if group else frozenset())


@lru_cache(maxsize=1 << 12)  # same_entity asks it of every name against every other of a document
def _legal_core(name: str, forms: frozenset[str], groups: frozenset[str]) -> str | None:
    words = _words(name)
    changed = False
    while len(words) > 1 and (fold(words[-1]) in forms or fold(words[-1]) in groups):
        words.pop()
        changed = True
    while len(words) > 1 and words[0][:1].isupper() and fold(words[0]) in groups & _LEADING_GROUP:
        words.pop(0)
        changed = True
    return " ".join(words) if changed and words and words[0][:1].isupper() else None


def lookup(name: str, gazetteer: Gazetteer) -> Known | None:
    """A known entity by its name, or by its name less a legal form ('Vantor Inc'
    is the known Vantor)."""
    known = gazetteer.lookup(name)
    if known is None:
        core = legal_core(name, gazetteer, group=True)
        known = gazetteer.lookup(core) if core else None
    return known


def company_by_name(name: str, gazetteer: Gazetteer) -> bool:
    """A legal form ('Vantor SA'), a last word of company names ('Orvane Labs'), a plural noun
    of a trade's works opening it ('Tissages Morand') or an ampersand between two capitalised
    words ('Morel & Vidal', 'Morel & Fils': no person's name has one) makes a name an
    organisation's."""
    raw = _strip_article(name)
    words = [fold(w) for w in raw]
    if len(words) < 2:
        return False
    if words[-1] in gazetteer.words("legalForms") or words[-1] in gazetteer.words("companyLastWords"):
        return True
    if raw[0][:1].isupper() and words[0] in gazetteer.words("companyFirstWords"):
        return True
    if raw[0][:1].isupper() and re.search(r"[^aeiou]eries?$", words[0]) and common_noun(raw[0]):
        # 'Tonnellerie Vasseur', 'Fromagerie Vallon': a noun in -erie names a trade's works or
        # shop, and opening a name, the firm that runs them ('Valérie Morand' opens with no noun)
        return True
    return any(w == "&" and raw[k - 1][:1].isupper() and raw[k + 1][:1].isupper()
               for k, w in enumerate(words[1:-1], start=1))


def initials(name: str) -> set[str]:
    """The acronyms a name can be shortened to: the initials of its words less
    the linking ones, a hyphenated word counting once or by its parts
    ('Agence France-Presse' is AFP)."""
    words = [w for w in re.split(r"[\s']+", fold(name)) if w and w not in _LINKS]
    if len(words) < 2:
        return set()
    whole = "".join(w[0] for w in words)
    parts = "".join(p[0] for w in words for p in w.split("-") if p)
    return {whole, parts}


def _strip_article(name: str) -> list[str]:
    words = _words(name)
    return words[1:] if len(words) > 1 and fold(words[0]) in _ARTICLES else words


# same_entity compares every name of a document with every other: what it reads of a name, once per name
@lru_cache(maxsize=1 << 12)
def _article_less(name: str) -> tuple[str, ...]:
    return tuple(_strip_article(name))


@lru_cache(maxsize=1 << 12)
def _initials_of(name: str) -> frozenset[str]:
    return frozenset(initials(name))


def same_entity(short: str, short_type: str, long: str, long_type: str, gazetteer: Gazetteer) -> str | None:
    """How ``short`` is another name, in the same document, of the entity named
    ``long``, or None: the node to keep is the long name's for 'surname' and
    'short', the short one's for 'core' and 'acronym'.

    - 'surname': a lone surname and the full name of a person ('Varga' / 'Lena Varga'), also
      when the model took the full name for a thing and the surname for a person;
    - 'core': a company's name and the same with a legal form or a group word
      ('Vantor' / 'Vantor Inc', 'Groupe Vantor', 'Vantor Retail');
    - 'short': the last word of an organisation's name of several words, a leading
      article aside ('Courier' / 'The Daily Courier'), unless that word names a place; or
      the first word of a name of two or three capitalised words ('Laiterie' / 'Laiterie Nord');
    - 'acronym': the initials of a name, of three letters or more ('LFA' / 'Ligue de football amateur').
    """
    if short == long or short_type == "Place":
        return None
    long_words = _article_less(long)
    if long_type == "Person" or long_type == "Thing" and short_type == "Person" and 2 <= len(long_words) <= 3 \
            and all(w[:1].isupper() for w in long_words):
        # 'le troisième ligne Josaia Varga' the model left a thing, then 'Varga' a person: the same person
        ok = len(long_words) >= 2 and " " not in short and fold(short) == fold(long_words[-1])
        return "surname" if ok else None
    if long_type != "Organization" and short_type != "Organization":
        return None
    if legal_core(long, gazetteer, group=True) == short:
        return "core"
    if long_type != "Organization":
        return None
    if " " not in short and len(long_words) >= 2 and short == long_words[-1] and not short.isupper() \
            and fold(long_words[-2]) not in _LINKS:
        return "short"  # not after 'de': 'Marseille' in 'Olympique de Marseille' is what it is named after
    if (" " not in short and short[:1].isupper() and not short.isupper() and 2 <= len(long_words) <= 3
            and short == long_words[0] and all(w[:1].isupper() for w in long_words[1:])
            and fold(short) not in gazetteer.words("placeKindWords")):
        # 'la Laiterie pourrait ...' after 'la coopérative Laiterie Boréale': the first word of a
        # body's name of capitalised words, used alone further on ('Mutuelle' for 'Mutuelle Atlas')
        return "short"
    if (" " not in short and short[:1].isupper() and len(long_words) >= 2 and fold(short) == fold(long_words[0])
            and fold(short) in gazetteer.words("placeKindWords")
            and (fold(long_words[1]) in _LINKS or fold(long_words[1]).startswith(("d'", "d\u2019")))):
        # 'le Département' after 'le département de X' acted: the council named by its kind alone
        return "short"
    if short.isupper() and 3 <= len(short) <= 6 and fold(short) in _initials_of(long):
        return "acronym"
    return None


# ------------------------------------------------------------- names the model missed

def quoted_works(doc: Doc, text: str, offset: int, lexicon: Lexicon, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Titles in quotation marks right after a noun of works, with at most an
    adjective, 'comme', a naming verb or the noun's bare complement between: 'la série
    « Les Ombres de Vals »', 'la série de jeux de course « Vals »', 'des films comme « Terre brûlée »', 'le feuilleton quotidien
    « Vents contraires »', 'un documentaire intitulé « Sous la glace »'. A
    quotation after any other word is a quotation, not a title."""
    works = lexicon.folded("workWords") | gazetteer.words("workNouns")
    naming = lexicon.folded("namingVerbs")
    body = text[offset:]
    out = []
    for qb, qe in quoted_ranges(body):
        inner_b, inner_e = qb + 1, qe
        while inner_b < inner_e and body[inner_b].isspace():
            inner_b += 1
        while inner_e > inner_b and body[inner_e - 1].isspace():
            inner_e -= 1
        title = body[inner_b:inner_e]
        if not title or not title[0].isupper() or len(title.split()) > 8 or re.search(r"[.!?;:,]\s", title):
            continue  # a title is short and no sentence
        quote = doc.char_span(qb, qb + 1, alignment_mode="expand")
        if quote is None:
            continue
        i = quote.start - 1
        for _ in range(5):
            if i < 0:
                break
            t = doc[i]
            if t.pos_ in ("NOUN", "PROPN") and fold(t.lemma_) in works or fold(t.text) in works:
                out.append((inner_b + offset, inner_e + offset))
                break
            # 'la série de jeux de course « X »', 'l'application de rencontres « X »': the work noun's
            # own complement, a bare noun after 'de', may come between
            complement = t.pos_ == "NOUN" and t.text.islower() and i > 0 and fold(doc[i - 1].text) in ("de", "d'")
            if not (t.pos_ == "ADJ" or fold(t.text) in ("comme", "de", "d'") or fold(t.lemma_) in naming or complement):
                break
            i -= 1
    return out


# from a word's start only: a match inside a word would be one at its start, tried first (the lookbehind
# spares the engine a try at every letter)
_BEFORE_NAME = re.compile(r"(?<!\w)(\w+)\s+(?:de\s+|d')(?=[A-ZÀ-Ý])")


#: answers of the word tests below by string hash, per test and word lists (see syntax.words_where)
_WORD_TESTS: dict[tuple, dict[int, bool]] = {}


def titled_names(doc: Doc, offset: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """A capitalised name right after a noun that describes a body, with its article and at
    most two adjectives between: 'le laboratoire pharmaceutique Vernelle', 'la plateforme
    Tunewave', 'la chaîne France 2' are organisations, when the model missed them ('le
    laboratoire a annoncé. Vernelle ...': no name follows the noun)."""
    if not doc.has_annotation("DEP"):
        return []
    bodies = lexicon.folded("orgDescriptors")
    out = []
    text = doc_text(doc)
    loud = shouted_lines(text)  # a headline in title case or capitals says nothing of names
    # only a word whose folded lemma is a noun of bodies can pass the test below: a Token for those only
    cache = _WORD_TESTS.setdefault(("titled", bodies), {})
    for i in words_where(doc, LEMMA, lambda lemma: fold(lemma) in bodies, cache):
        t = doc[i]
        if t.pos_ != "NOUN" or not t.text.islower() or fold(t.lemma_) not in bodies \
                or not any(c.dep_ == "det" for c in children(t)) or any(lb <= t.idx < le for lb, le in loud):
            continue
        j = t.i + 1
        while j < len(doc) and j - t.i <= 2 and doc[j].pos_ == "ADJ" and doc[j].text.islower():
            j += 1  # 'le laboratoire pharmaceutique (indien) Vernelle'
        k = j
        while k < len(doc) and k - j < 3 and (_name_word(doc[k]) or k > j and doc[k].like_num) \
                and doc[k - 1].whitespace_:
            k += 1
        if k > j and not text[doc[j].idx:doc[j].idx + 1].islower():
            out.append((doc[j].idx + offset, doc[k - 1].idx + len(doc[k - 1]) + offset))
    for i in positions(doc, ("appos",)):  # a Token only for the appositions
        t = doc[i]
        head = t.head
        if (t.dep_ == "appos" and t.pos_ in ("PROPN", "NOUN", "ADV", "X") and _name_word(t)
                and text[t.idx:t.idx + 1].isupper()
                and head.pos_ == "NOUN" and fold(head.lemma_) in bodies and head.i < t.i
                and doc[t.left_edge.i - 1].text == "," and t.i - t.left_edge.i <= 1):
            # 'la société d'exploitation des pistes, la Semval, ...': a name beside a noun of bodies,
            # after a comma, is that body's
            out.append((t.idx + offset, t.idx + len(t) + offset))
    return out


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept once per document: spaCy joins every token at each access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def site_places(doc: Doc, offset: int, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """A capitalised name right after a noun of sites and 'de' ('l'hypermarché
    de Vernac', 'la base de Tarlon') is a place, when the model left it out."""
    if not doc.has_annotation("DEP"):  # once per document
        return []
    sites = gazetteer.words("siteNouns")
    out = []
    for m in _BEFORE_NAME.finditer(doc_text(doc).replace("\u2019", "'")):  # the text first: few places to look at
        noun = doc.char_span(m.start(1), m.end(1))
        if noun is None or len(noun) != 1:
            continue
        t = noun[0]
        if t.pos_ != "NOUN" or fold(t.lemma_) not in sites or t.i + 2 >= len(doc):
            continue
        de, name = doc[t.i + 1], doc[t.i + 2]
        if fold(de.text) not in ("de", "d'") or name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_:
            continue
        end = name.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].head.i == name.i:
            end += 1
        out.append((name.idx + offset, doc[end - 1].idx + len(doc[end - 1].text) + offset))
    return out


# ------------------------------------------------------------- the class a context gives

def context_type(doc: Doc, span: SpacySpan, found_type: str, gazetteer: Gazetteer) -> str | None:
    """The class the words right around a name give it, or None.

    - 'Tamatave (AFP) -', 'RIMOUSKI —': the place of a dispatch's dateline;
    - 'la Région Bretagne', 'la Ville de Vernac': a local authority, capitalised, an organisation;
    - 'le gouvernement Dumont', 'l'administration Harlow': the leader, a person;
    - 'nos confrères du Courrier', 'la rédaction du Courrier': a medium, an organisation;
    - 'arrivé de Tarlon', 'a quitté Tarlon pour rejoindre Vernac' in a story of clubs:
      the clubs of those towns;
    - 'selon le Kesselblatt': a source named with an article and of no class the model
      knew, an organisation (a person takes no article, a place is known as one);
    - 'le chiffre d'affaires de Kelvane', 'son concurrent Kelvane', 'Kelvane ferme son
      usine': a company's accounts, relations or sites (a place by the model's guess);
    - 'les entrepôts de Kelvane à Tarlon': a site whose place comes after 'à' is the
      company's ('l'usine de Tarlon' stays a place);
    - 'la direction de Kelvane', 'le PDG de Kelvane', 'chez Kelvane', 'l'usine
      Kelvane': a company
      (a place or a thing by the model's guess; 'chez' + one word the model
      took for a person too: people are named in full).
    """
    if span.start in dateline_places(doc):
        return "Place"  # 'Tamatave (AFP) -', 'RIMOUSKI —': where the dispatch is datelined from
    first = span[0]
    # ('l'État', 'la Région' alone, capitalised after their article: the authority too)
    alone = len(span) == 1 and span.start > 0 and doc[span.start - 1].lower_ in ("l'", "la", "le")
    if found_type in ("Place", "Thing") and (len(span) > 1 or alone) and first.text[:1].isupper() \
            and fold(first.text) in gazetteer.words("authorityNouns"):
        return "Organization"  # 'la Région Bretagne', 'la Ville de Vernac': the authority ('la région X' is the land)
    before = [t for t in doc[max(0, span.start - 3):span.start]]
    if before:
        prev = before[-1]
        if prev.pos_ == "NOUN" and fold(prev.lemma_) in gazetteer.words("leaderNouns") and found_type != "Place" \
                and len(span) <= 2 and all(t.text[:1].isupper() for t in span):
            return "Person"
    if (found_type in ("Person", "Thing") and len(span) == 1 and before and before[-1].lower_ in ("du", "des")
            and before[-1].i == span.start - 1 and not gazetteer.lookup(span.text)):
        # 'secrétaire général du Sytrapel': a name after the article of 'du' or 'des' is no person's (a
        # person's name takes no article); a single such word is a body
        return "Organization"
    if len(before) >= 2 and fold(before[-1].text) in ("de", "du", "d'", "des"):
        noun = before[-2]
        lemma = fold(noun.lemma_) if noun.pos_ == "NOUN" else fold(noun.text)
        peer = lemma in gazetteer.words("peerNouns") or fold(noun.text) in gazetteer.words("peerNouns")
        if peer and (found_type != "Person" or len(span) == 1 or fold(before[-1].text) in ("du", "des")):
            return "Organization"  # 'les confrères de Paul Varga' are a doctor's or a lawyer's: he stays a person
        if found_type in ("Place", "Thing") and (lemma in gazetteer.words("companyAccountNouns")
                                                 or fold(noun.text) in gazetteer.words("companyAccountNouns")):
            return "Organization"  # 'le chiffre d'affaires de Kelvane', 'le bénéfice de Kelvane'
        # a lone word the model took for a person is a company too: people in the news are named in full
        lone = found_type in ("Place", "Thing") or found_type == "Person" and len(span) == 1
        roles = gazetteer.words("companyRoleNouns")
        # a company's board, staff or owners are no person's, whatever the name's length ('la direction de
        # Vormel Emballages'); 'sous la direction de Léa Varnas' is a person's lead
        # ('le directeur de Paul Varga', 'son patron' may be a person's: only a board, a head or owners)
        owned = found_type == "Person" and not (noun.i > 1 and doc[noun.i - 2].lower_ == "sous") \
            and fold(noun.text) in ("direction", "pdg", "actionnaires", "filiale", "dirigeants")
        if (lone or owned) and (lemma in roles or fold(noun.text) in roles):
            return "Organization"
        k = span.start - 2
        while k > 0 and (doc[k].pos_ == "ADJ" or "Part" in morph_values(doc[k], "VerbForm")) and doc[k].text.islower() \
                and span.start - k <= 3:
            k -= 1  # 'la directrice générale (déléguée) de Kelvane': the role noun with its adjectives
        if lone and k < span.start - 2 and fold(doc[k].lemma_) in gazetteer.words("companyRoleNouns"):
            return "Organization"
    site = before[-2] if len(before) >= 2 and before[-2].pos_ == "NOUN" else None
    if span.root.dep_ == "nmod" and span.root.head.i < span.start:
        site = span.root.head  # the noun the name completes, or the one above ('le centre d'appels de Vantor à Douai')
    if len(before) >= 2 and fold(before[-1].text) in ("de", "d'", "du") and (
            found_type in ("Place", "Thing") or found_type == "Person" and len(span) == 1) \
            and site is not None and any(fold(t.lemma_) in gazetteer.words("siteNouns") for t in (site, site.head)) \
            and span.end + 1 < len(doc) and doc[span.end].lower_ == "à" and doc[span.end + 1].text[:1].isupper():
        return "Organization"  # 'l'usine de Vantor à Douai': the site's place comes after 'à', so X owns it
    if (found_type == "Person" and len(span) == 1 and len(before) >= 2 and fold(before[-1].text) in ("de", "d'")
            and before[-2].pos_ == "NOUN" and fold(before[-2].lemma_) in gazetteer.words("siteNouns") | gazetteer.words("plantNouns")):
        return "Place"  # 'sa fromagerie d'Alma': one word after a site is where it stands, not a person
    if before and before[-1].pos_ == "NOUN" and fold(before[-1].lemma_) in gazetteer.words("companyTitleNouns") \
            and found_type in ("Place", "Thing"):
        return "Organization"  # 'son concurrent Kesselor', 'le repreneur Kesselor'
    if found_type in ("Place", "Thing") and _owns_a_site(span, gazetteer):
        return "Organization"
    if before and before[-1].pos_ == "NOUN" and fold(before[-1].lemma_) in gazetteer.words("plantNouns") \
            and found_type in ("Place", "Thing", "Person") and len(span) <= 2:
        return "Organization"  # 'l'usine Vantor', 'la verrerie Vantor': the company that runs it
    if len(before) >= 2 and fold(before[-2].text) == "selon" and fold(before[-1].text) in ("le", "la", "les", "l'") \
            and found_type == "Thing":
        return "Organization"  # 'selon le Kesselblatt': a source with an article is a medium or a body, not a person
    if found_type == "Place" and _moved_between_clubs(doc, span, gazetteer):
        return "Organization"
    if before and fold(before[-1].text) == "chez" and (found_type in ("Place", "Thing") or (
            found_type == "Person" and len(span) == 1)):
        return "Organization"
    return None


def does_what_companies_do(span: SpacySpan, lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """Whether a name is the subject of a verb only employers and broadcasters do:
    'Kelvane recrute', 'Kelvane licencie', 'Kelvane diffusera la finale',
    'Kelvane emploie 300 personnes', or of a verb of cutting whose object is
    jobs ('Kelvane supprime 300 postes'; 'Varga a réduit l'écart' is a player's).
    Asked of a lone word the model took for a person whom the text never names
    in full: people in the news are introduced by their full name."""
    head = span.root
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    lemma = fold(verb.lemma_)
    if lemma in gazetteer.words("companyVerbs"):
        return True
    jobs = lexicon.folded("jobCutWords") | lexicon.folded("staffWords") | lexicon.folded("takenOverStaffWords")
    return lemma in gazetteer.words("cutVerbs") and any(
        c.dep_ == "obj" and fold(c.lemma_) in jobs for c in children(verb))


def titled_like_a_work(text: str, begin: int, end: int) -> bool:
    """French titles of works keep the capital of their article inside a sentence
    and lower case after their first noun: 'un retour de La Nuit des étoiles',
    'La Semaine des quatre jeudis'. Asked of names the model could not class
    (a body would be 'La Poste', a place 'La Rochelle', each a word in capitals)."""
    words = text[begin:end].replace("\u2019", "'").split()
    first = words[0].split("'")[0] if words else ""
    if len(words) < 3 or fold(first) not in ("la", "le", "les", "l") or not first[:1].isupper():
        return False
    before = text[:begin].rstrip()
    if not before or before[-1] in ".!?:\n\"«":
        return False  # at the start of a sentence any article has its capital
    return any(w.isalpha() and w.islower() and fold(w) not in _LINKS for w in words[2:])


# ------------------------------------------------------------- names longer than the model's

# Words that never begin or continue a name although a sentence may give them a capital.
_NOT_NAME = {"le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "a", "et", "ou", "mais", "donc",
             "or", "ni", "car", "selon", "pour", "par", "sur", "sous", "dans", "en", "avec", "sans", "chez", "entre",
             "depuis", "apres", "avant", "vers", "malgre", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
             "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "il", "elle", "ils", "elles", "on", "nous",
             "vous", "je", "qui", "que", "quand", "si", "comme", "tout", "tous", "toute", "toutes"}
_NAME_PARTICLES = {"Le", "La", "Van", "Von", "De", "Del", "Da", "Di", "Der", "Den"}
_FUNCTION_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "ADV", "NUM", "PUNCT", "SYM", "SPACE", "PART"}
_OPENERS = {"«", '"', "“", "(", "[", ":", "-", "–", "—"}


def _name_word(token) -> bool:
    """A capitalised word that can be part of a name: letters (a hyphen, '&' or '+' inside), its
    first letter a capital ('Réseau', 'Olivier-Roux', 'SNCF'), not a word of grammar."""
    return _name_text(token.text)


def _name_text(text: str) -> bool:
    """:func:`_name_word` of a word's text."""
    return bool(text[:1].isupper() and text[:1].isalpha() and len(text) > 1
                and all(c.isalnum() or c in "-&+'’" for c in text) and fold(text).rstrip("'’") not in _NOT_NAME)


def _sentence_start(token) -> bool:
    """Whether a capital may be owed to the place of the word: the first of its sentence or of a
    quotation, a parenthesis or a line."""
    doc = token.doc
    if token.i == 0:
        return True
    before = doc[token.i - 1]  # the punctuation, not the parser's sentences: it cuts 'Helion | Énergie'
    return before.text in _OPENERS or "\n" in before.text or "\n" in before.whitespace_ or before.text in (
        ".", "!", "?", "…", "...", ";")


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)  # asked twice per document, by the name finders and by the entity step
def shouted_lines(text: str) -> list[tuple[int, int]]:
    """Lines written in capitals or with (almost) every word capitalised, as headlines
    sometimes are ('NETFLIX RECRUTE UN PRODUCT MANAGER', 'Le Fournisseur Relève Ses
    Tarifs'): their capitals say nothing of names. Of the words of four letters or more,
    seven in ten in capitals (three at least), or nine in ten capitalised (five at least:
    a headline with names, 'Aston Villa offre 22 millions à Lens pour Malick Diarra', is
    no such line)."""
    out = []
    start = 0
    for line in text.split("\n"):
        # the words of four letters or more are the runs of letters of four or more (one scan in C), and
        # the counts are made by map, not a generator, in C too
        words = _LONG_WORDS.findall(line)
        if words and (sum(map(str.isupper, words)) >= max(3, 0.7 * len(words))
                      or sum(map(str.isupper, map(_first, words))) >= max(5, 0.9 * len(words))):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


_LONG_WORDS = re.compile(r"[^\W\d_]{4,}")
_first = itemgetter(0)


#: characters the parser's text has in place of another, where one of the two is a letter
#: ('\u02bc' for "'"): a text without them has the same words, letter for letter, as its normalised twin
_LETTER_TWINS = tuple(c for c, twin in _PAIRS if _LETTERS.match(c) or _LETTERS.match(twin))


def shouted_lines_of(doc: Doc, body: str) -> list[tuple[int, int]]:
    """``shouted_lines(body)`` for the original text ``body`` of ``doc``'s parse: that of the
    parse's own text (same lines, same words), which capitalised_runs asks too (cached), when
    normalising changed no letter."""
    text = doc_text(doc)
    if text is not body and not any(c in body for c in _LETTER_TWINS) and text == normalise(body):
        return shouted_lines(text)
    return shouted_lines(body)


@lru_cache(maxsize=4)
def _folded_nouns(nouns: frozenset[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in nouns)


def capitalised_runs(doc: Doc, offset: int, gazetteer: Gazetteer, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words side by side: one name, longer than the
    model's ('SNCF Réseau', 'Investissement Québec', 'Sandrine Olivier-Roux', 'SUD Santé
    Sociaux'). French writes the common words of a sentence in lower case, so two
    capitalised words in a row belong to one name, except:

    - a first word of a sentence is capitalised for its place: it starts a run only when it
      is no word of grammar or of time ('Mardi Vantor a ...') and the word after it is
      capitalised too; a word of an event, only when a verb follows the run, whose subject
      it is ('Investissement Vantor a versé ...', not the headline 'Grève Vantor : ...');
    - a civil title ('M. Varga') is no part of the name, nor is a word of time ('Vantor
      Mardi'); a run never crosses a line break, punctuation (but '&': 'Morel & Fils') or
      quotation marks;
    - a line written in capitals or with every word capitalised gives no run."""
    civil = gazetteer.words("civilTitles")
    times = lexicon.folded("timeWords")
    events = _folded_nouns(lexicon.all_lemmas("NOUN"))
    person_titles = lexicon.folded("personDescriptors")
    out: list[tuple[int, int]] = []
    text = doc_text(doc)
    loud = shouted_lines(text)
    columns = doc.to_array([IDX, ORTH])
    capital = [text[b].isupper() for b in columns[:, 0].tolist()]  # most words are not: no Token for them
    orths = columns[:, 1].tolist()
    # whether a word (by its form's hash) is a name word, neither a civil title nor a word of time: the
    # test of the words that open a run, the same for every occurrence of a form, made once per form
    # (kept across documents): no Token for the capitalised words that fail it ('Le', 'Il', 'Mardi')
    opens = _WORD_TESTS.setdefault(("runs", civil, times), {})
    if len(opens) >= 1 << 17:  # bounded: a corpus's words would otherwise pile up
        opens.clear()
    strings = doc.vocab.strings

    def opens_run(key: int) -> bool:
        passed = opens.get(key)
        if passed is None:
            word = strings[key]
            passed = opens[key] = _name_text(word) and fold(word) not in civil and fold(word) not in times
        return passed

    i = 0
    while i < len(doc):
        if not capital[i] or not opens_run(orths[i]):
            i += 1
            continue
        t = doc[i]
        if any(lb <= t.idx < le for lb, le in loud):
            i += 1  # a line in capitals or in title case ('NETFLIX RECRUTE UN PRODUCT MANAGER') says nothing of names
            continue
        if _sentence_start(t) and (t.pos_ in _FUNCTION_POS or t.pos_ == "VERB"):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and doc[j - 1].whitespace_ == " ":
            if doc[j].text in _NAME_PARTICLES and j + 1 < len(doc) and doc[j].whitespace_ == " " \
                    and _name_word(doc[j + 1]) and not _sentence_start(doc[j]):
                j += 2  # 'Marine Le Pen', 'Lena Van Damme': a capitalised particle inside a person's name
                continue
            if doc[j].text == "&" and j + 1 < len(doc) and doc[j].whitespace_ == " " and _name_word(doc[j + 1]):
                j += 2  # 'Morel & Fils', 'Vidal & Associés': an ampersand joins the words of one firm's name
                continue
            if not opens_run(orths[j]) or _sentence_start(doc[j]):
                break
            j += 1
        if _sentence_start(t) and (fold(t.lemma_) in events or fold(t.text) in events) and not (
                j < len(doc) and doc[j].pos_ in ("AUX", "VERB") and "Fin" in morph_values(doc[j], "VerbForm")):
            i = j  # a headline's topic ('Grève Vantor : ...'), unless the run is the subject of a verb
            continue
        if j - i >= 2 and not is_title_only(doc[i:j], person_titles):
            out.append((t.idx + offset, doc[j - 1].idx + len(doc[j - 1].text) + offset))
        i = max(j, i + 1)
    return out


def is_title_only(words, titles: frozenset[str]) -> bool:
    """'la Première Ministre, Léa Varnas', 'le Secrétaire Général': a title in capitals, with
    nothing but adjectives, names no one (the person is named beside it); 'Président Varnas'
    has a name in it."""
    return len(words) > 0 and fold(words[-1].lemma_) in titles and all(
        t.pos_ == "ADJ" or fold(t.lemma_) in titles for t in words)


_DE = {"de", "d'", "d’", "du", "des"}
_DEFINITE = {"la", "le", "les", "l'", "l’"}


def _bare_word(token) -> bool:
    """A lower-case noun or adjective (the tagger takes some plural nouns for verbs:
    a verb form that is neither finite nor an infinitive passes)."""
    if not token.is_alpha or not token.text.islower():
        return False
    if token.pos_ in ("NOUN", "ADJ"):
        return True
    return token.pos_ == "VERB" and not set(morph_values(token, "VerbForm")) & {"Fin", "Inf", "Ger"}


def _complements(doc: Doc, i: int, stop: frozenset[str], limit: int = 3) -> int:
    """The end (exclusive) of the lower-case words that go on a name from token ``i``:
    adjectives ('nationale', 'fédéral'), complements with 'de' and at most a definite
    article ('de basket', 'de la culture', 'du jeu vidéo du Québec'), and nouns or
    adjectives joined by a bare 'et' ('des ports et docks', 'maritime et fluviale').
    Not a verb, a number, a determiner other than 'la', 'le', 'les', a word of time
    (``stop``), nor a person's full name ('le gouvernement de Lena Varga' is hers)."""
    end = j = i
    complements = adjectives = 0
    while j < len(doc):
        t = doc[j]
        word = t.lower_
        if t.pos_ == "ADJ" and t.is_alpha and t.text.islower() and adjectives < 2:
            adjectives += 1
            j = end = j + 1
            continue
        if word in _DE and complements < limit:
            k = j + 1
            if k < len(doc) and doc[k].lower_ in _DEFINITE and word in ("de", "d'", "d’"):
                k += 1
            if k >= len(doc) or fold(doc[k].lemma_) in stop or fold(doc[k].text) in stop:
                break
            noun = doc[k]
            if not (noun.pos_ in ("NOUN", "PROPN") and noun.is_alpha or _name_word(noun)):
                break
            if noun.ent_type_ == "PER" and k + 1 < len(doc) and doc[k + 1].ent_type_ == "PER":
                break
            complements, adjectives = complements + 1, 0
            j = end = k + 1
            # a noun of two words ('jeu vidéo'), a name of several ('Beaux-Arts', 'Rhône Alpes')
            while j < len(doc) and doc[j - 1].whitespace_ == " " and (
                    _name_word(doc[j]) and _name_word(doc[j - 1])
                    or doc[j].pos_ == "NOUN" and doc[j].is_alpha and doc[j].text.islower()
                    and doc[j - 1].pos_ == "NOUN" and doc[j - 1].text.islower()):
                j = end = j + 1
            continue
        if word == "et" and end == j and j + 1 < len(doc) and _bare_word(doc[j + 1]) and _bare_word(doc[j - 1]):
            j = end = j + 2  # 'ports et docks': two bare words joined, no article before the second
            continue
        break
    return end


def body_names(doc: Doc, offset: int, gazetteer: Gazetteer, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Names that go on in lower case after their first word, which the model cuts short:

    - a capitalised noun of bodies inside a sentence, with its adjectives and 'de'
      complements: 'la Ligue nationale de basket', 'l'Office fédéral de la culture', 'la
      Guilde des artisans du Jura' (an Organization);
    - an acronym of a body followed by 'des' and the trades it gathers: 'la CGT des
      ports et docks' (an Organization; 'le SEV de la nouvelle convention' is no name);
    - a noun of geography before 'de' and a capitalised name: 'la vallée du Rhône',
      'le golfe de Fos' (a Place).
    """
    heads = gazetteer.words("bodyHeadWords")
    geography = gazetteer.words("placeHeadWords")
    stop = lexicon.folded("timeWords")
    out = []
    # a word none of the three cases below can start (not a head, an acronym or a noun of geography):
    # no Token for it
    cache = _WORD_TESTS.setdefault(("body", heads, geography), {})
    for i in words_where(doc, ORTH, lambda w: fold(w) in heads or fold(w) in geography or w.isupper(), cache):
        t = doc[i]
        word = fold(t.text)
        if word in heads and t.text[:1].isupper() and not _sentence_start(t):
            end = _complements(doc, t.i + 1, stop)
            start = t.i
            while start > 0 and _name_word(doc[start - 1]) and doc[start - 1].pos_ in ("ADJ", "PROPN", "NOUN") \
                    and doc[start - 1].whitespace_ == " " and t.i - start < 2:
                start -= 1  # 'le Grand Conseil genevois', 'la Haute Autorité de santé'
            if end > t.i + 1:
                # 'l'Agence régionale de santé Auvergne-Rhône-Alpes', 'la Ligue de football Occitanie': a name
                # right after the lower-case words, with no preposition, says where the body serves
                while end < len(doc) and _name_word(doc[end]) and doc[end - 1].whitespace_ == " " \
                        and doc[end - 1].text.islower() and not _sentence_start(doc[end]) and doc[end].ent_type_ != "PER":
                    end += 1
                last = doc[end - 1]
                out.append((doc[start].idx + offset, last.idx + len(last.text) + offset, "Organization"))
        elif t.text.isupper() and 2 <= len(t.text) <= 6 and t.pos_ in ("PROPN", "NOUN", "X") \
                and t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "des" and doc[t.i + 2].pos_ == "NOUN" \
                and doc[t.i + 2].text.islower() and doc[t.i + 2].text.endswith(("s", "x")) \
                and doc[t.i + 2].head.i == t.i:
            end = _complements(doc, t.i + 1, stop, limit=1)
            out.append((t.idx + offset, doc[end - 1].idx + len(doc[end - 1].text) + offset, "Organization"))
        elif word in geography and t.text.islower() and t.pos_ in ("NOUN", "PROPN") and t.i + 2 < len(doc):
            k = t.i + 1
            if doc[k].lower_ not in _DE:
                continue
            k += 1
            if doc[k].lower_ in _DEFINITE and doc[k - 1].lower_ in ("de", "d'", "d’"):
                k += 1
            if k >= len(doc) or not _name_word(doc[k]):
                continue
            end = k + 1
            while end < len(doc) and _name_word(doc[end]) and doc[end - 1].whitespace_ == " ":
                end += 1
            out.append((t.idx + offset, doc[end - 1].idx + len(doc[end - 1].text) + offset, "Place"))
    return out


def known_branch(doc: Doc, offset: int, begin: int, end: int, gazetteer: Gazetteer) -> Known | None:
    """A known organisation under a longer name: an acronym of its kind before it ('BSC
    Young Boys', 'FC Kessel'), or a proper name of a place after it ('Teamsters Québec':
    the tagger takes 'Québec' for a proper noun; 'SNCF Réseau', 'CGT Douanes', with a common
    noun, are other bodies)."""
    span = doc.char_span(begin - offset, end - offset, alignment_mode="expand")
    if span is None or len(span) < 2:
        return None
    candidates = []
    if span[0].text.isupper() and 2 <= len(span[0].text) <= 4 and span[0].is_alpha:
        candidates.append(span[1:])
    if span[-1].pos_ == "PROPN" and span[-1].is_alpha and not span[-1].text.isupper() and not common_noun(span[-1].text):
        # ('CGT Douanes', 'FO Santé': a common noun the tagger took for a name makes a branch of its own)
        candidates.append(span[:-1])
    for part in candidates:
        known = gazetteer.lookup(part.text)
        if known is not None and known.type == "Organization":
            return known
    return None


def _moved_between_clubs(doc: Doc, span: SpacySpan, gazetteer: Gazetteer) -> bool:
    """A town a player comes from, leaves, joins or plays for, in a story that speaks of
    clubs or transfers, names the club: 'Arrivé de Tarlon contre 8 millions', 'a quitté
    Tarlon pour rejoindre Vernac' (not a country with its article: 'a quitté la
    Belgique'). In any other story the town stays a place ('arrivé de Tarlon en 2019,
    l'ingénieur dirige l'usine')."""
    head = span.root
    verb = head.head
    if verb.pos_ != "VERB" or fold(verb.lemma_) not in gazetteer.words("moveVerbs"):
        return False
    if any(c.dep_ == "det" for c in children(head)) or span.start > 0 and doc[span.start - 1].pos_ == "DET":
        return False  # 'a quitté la Belgique': a country, with its article; a town's name takes none
    cases = {fold(c.text) for c in children(head) if c.dep_ == "case"}
    if not (head.dep_ in ("obj", "xcomp") and not cases
            or head.dep_.startswith("obl") and cases & {"de", "d'", "a", "au", "pour"}):
        return False
    if "kg_club_story" not in doc.user_data:
        cues = gazetteer.words("clubStoryWords")
        doc.user_data["kg_club_story"] = any(fold(t.lemma_) in cues for t in doc)
    return doc.user_data["kg_club_story"]


def _owns_a_site(span: SpacySpan, gazetteer: Gazetteer) -> bool:
    """'X va fermer son usine de Tarlon', 'X a ouvert ses magasins': the subject of a verb
    whose object is a site with a possessive owns it, a company (or a town acting as a
    body); 'X a accueilli l'usine' or 'les usines de X' say nothing of an owner."""
    head = span.root
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB":
        return False
    sites = gazetteer.words("siteNouns") | gazetteer.words("plantNouns")
    verbs = [head.head] + [c for c in children(head.head) if c.dep_ == "xcomp" and c.pos_ == "VERB"]  # 'va fermer'
    return any(c.dep_ == "obj" and fold(c.lemma_) in sites
               and any(d.dep_ == "det" and "Yes" in morph_values(d, "Poss") for d in children(c))
               for v in verbs for c in children(v))
