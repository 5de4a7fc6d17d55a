"""Named entities: the NER model's spans, corrected and joined by the gazetteer.

- a gazetteer name wins over the model's label (Netflix is an Organization
  even where the model says MISC);
- "Long Name (ACRONYM)" is one entity known under both names;
- a name that a naming verb introduces after a work noun ("une émission
  baptisée Deep Fake Love") is a CreativeWork;
- within a document, one surface form is one entity; the other names of one
  entity (a lone surname, a legal form, an acronym, a short form) are joined
  by :func:`.names.same_entity`;
- names the model misses (titles of works in quotation marks, places after a
  noun of sites) and classes the context gives are read in :mod:`.names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, ORTH, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span as SpacySpan

from ..gazetteer import Gazetteer, Known
from ..lexicon import Lexicon
from ..text import fold, quoted_ranges, slug
from .model import Entity, Mention, Span
from .syntax import (DEMONYM_ENDINGS, children, dateline, dateline_places, is_demonym, is_fronted_participle,
                     verb_lemmas)
from .names import (body_names, initials, capitalised_runs, company_by_name, context_type, does_what_companies_do,
                    is_title_only, known_branch, lookup, quoted_works, same_entity, shouted_lines_of, site_places,
                    titled_like_a_work, titled_names)

NER_TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "GPE": "Place", "MISC": "Thing"}
_LEADING = re.compile(r"^(?:(?:l|d|qu)'|(?:le|la|les|du|des|de)\s+)", re.IGNORECASE)
#: one or two capitalised words right before a bracket, which may end a name the model cut short
_NAME_TAIL = re.compile(r"^((?:[ \u00a0]+[\w'’-]+){1,7})[ \u00a0]*\(")
#: 'Long Name (ACR)'; also an acronym spelt as a word ('(Anssi)', '(Unédic)'), taken only where the name's
#: initials spell it
_ACRONYM = re.compile(r"^\s*\(\s*([A-Z][A-Z0-9&.-]{1,11}|[A-Z][a-zé]{2,9})\s*\)")


@dataclass(eq=False)
class Found:
    begin: int
    end: int
    type: str
    known: Known | None = None
    long_name: "Found | None" = None  # the name this acronym abbreviates
    sure: bool = False  # its class comes from the words around it, not from the model's guess


#: ' pour un', ' par le' ... inside a model's span: where a name ran on into the phrase after it
_RUN_ON = re.compile(r"\s(?:pour|par)\s(?:le|la|les|l'|l\u2019|un|une|des|du|son|sa|ses)\b")
#: names that are a body's purpose after 'pour' or 'par' ('Fondation pour la recherche', 'Union pour ...')
_NAMED_BY_PURPOSE = re.compile(r"(?:Fondation|Union|Association|Alliance|Comité|Collectif|Mouvement|Institut|Centre|"
                               r"Agence|Fonds|Conseil|Ligue|Coalition|Rassemblement|Front|Parti|Office|Société)\b")


def _trim(text: str, begin: int, end: int) -> tuple[int, int]:
    """Drop a leading article and trailing punctuation from a model span.

    A capitalised article inside a sentence belongs to the name ("selon Le
    Monde"); at the start of a sentence it may be either, and is dropped.
    """
    m = _LEADING.match(text[begin:end])
    before = text[:begin].rstrip()
    header = re.fullmatch(r"\ufeff?\s*date\s*:?\s*[\d-]+", before)  # the first words after the date header
    sentence_start = not before or before[-1] in '.!?:"\n' or header is not None
    if m and m.end() < end - begin and (text[begin].islower() or sentence_start):
        begin += m.end()
    while end > begin and not text[end - 1].isalnum() and text[end - 1] not in "+&":
        end -= 1  # 'Radio+' or 'X & Y' keep their sign
    # 'Vertige pour un montant', 'Ludiko par le groupe X': a name the model ran on into the phrase after
    # it ends before 'pour' or 'par' and an article; a name of its own after 'pour' ('Fondation pour la
    # recherche') keeps it, the word before being lower case or a common noun of a body
    cut = _RUN_ON.search(text, begin, end)
    if cut and text[begin].isupper() and cut.start() > begin and not _NAMED_BY_PURPOSE.match(text[begin:cut.start()]):
        end = cut.start()
    return begin, end


def _noise(text: str, begin: int, end: int, quotes: list[tuple[int, int]]) -> bool:
    """Spans the model calls names but are not: part of a quoted term ("AI"
    in "AI product manager"), or a lone word on its own line (a page's
    "Publicité" banner)."""
    for qb, qe in quotes:
        if qb < begin and end < qe and text[qb + 1:qe - 1].strip() != text[begin:end]:
            return True
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end != -1 else len(text)].strip()
    return line == text[begin:end].strip() and " " not in line


def name_spelled_out(text: str, begin: int, end: int) -> int:
    """Where a name ends when the acronym in brackets after it spells the words up to it:
    'Mutuelle Nord Assurances (MNA)' with the model's name ending a word early, 'Union des
    brasseurs de la vallée (UBV)' with its words in lower case left out of the name.

    >>> text = "entre Mutuelle Nord Assurances (MNA) et"
    >>> text[6:name_spelled_out(text, 6, 19)]
    'Mutuelle Nord Assurances'
    >>> name_spelled_out("entre Mutuelle Nord Assurances (CGT) et", 6, 19)
    19
    >>> text = "l'Union des brasseurs de la vallée (UBV) a"
    >>> text[2:name_spelled_out(text, 2, 21)]
    'Union des brasseurs de la vallée'
    """
    tail = _NAME_TAIL.match(text[end:end + 80])
    if tail:
        m = _ACRONYM.match(text[end + tail.end(1):end + tail.end(1) + 16])
        if m and fold(m.group(1)) in initials(text[begin:end + tail.end(1)]):
            return end + tail.end(1)
    return end


_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \u00a0]+$")


def name_spelled_back(text: str, begin: int, end: int, acronym: str) -> int | None:
    """Where a name begins when the acronym in brackets after it spells words before the model's
    name too (up to six, on the same line, no punctuation between): 'Palmiers du Nord-Congo (PNC)'
    with the model's name 'Nord-Congo'. None when no capitalised word there makes the acronym.

    >>> text = "des ouvriers de Palmiers du Nord-Congo (PNC) ont"
    >>> text[name_spelled_back(text, 28, 38, "PNC"):38]
    'Palmiers du Nord-Congo'
    >>> name_spelled_back("le port de Nord-Congo (PNC)", 11, 21, "PNC") is None
    True
    """
    b = begin
    for _ in range(6):
        m = _WORD_BEFORE.search(text, 0, b)
        if m is None:
            return None
        word = m.group(1).replace("’", "'").split("'")[-1]
        b = m.end(1) - len(word)
        if word[:1].isupper() and fold(acronym) in initials(text[b:end]):
            return b
    return None


def parsed(doc: Doc) -> bool:
    """Whether the document has a dependency parse, asked once per document
    (``has_annotation`` walks every token, and typing asks it for every name)."""
    if "kg_parsed" not in doc.user_data:
        doc.user_data["kg_parsed"] = doc.has_annotation("DEP")
    return doc.user_data["kg_parsed"]


_LIST_SEP = re.compile(r",\s+|\s+(?:et|ou)\s+")


def _split_list(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """'Electronic Arts et Activision' is two names; 'Alliance of ... and ...' stays one."""
    parts, last = [], begin
    for m in _LIST_SEP.finditer(text, begin, end):
        nxt = text[m.end():m.end() + 1]
        if nxt.isupper():
            parts.append((last, m.start()))
            last = m.end()
    parts.append((last, end))
    return parts


def _is_named_work(ent: SpacySpan, lexicon: Lexicon) -> bool:
    """True when a naming verb after a work noun introduces the name."""
    naming, works = lexicon.words("namingVerbs"), lexicon.words("workWords")
    doc = ent.doc
    if not parsed(doc):
        return False
    # 'la série Dark', 'la série « Les Héritiers »': the name right after a work noun
    for k in (1, 2):
        if ent.start - k >= 0 and doc[ent.start - k].lemma_.lower() in works and (
                k == 1 or doc[ent.start - 1].is_quote or doc[ent.start - 1].text in "\"«"):
            return True
    # 'la série de jeux mobiles Ombres de Vals': the name after a work noun and its adjectives
    k = ent.start - 1
    while k > 0 and doc[k].pos_ == "ADJ" and doc[k].text.islower() and ent.start - k <= 2:
        k -= 1
    if k < ent.start - 1 and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in works:
        return True
    for token in ent:
        for anc in [token.head, token.head.head]:
            if anc.lemma_.lower() in naming and (anc.head.lemma_.lower() in works or anc.lemma_.lower() in naming):
                return anc.head.lemma_.lower() in works
            if anc.lemma_.lower() in works and token.dep_ in ("appos", "nmod", "flat:name"):
                # 'la série Dark', 'la série « Les Héritiers du phare »': a name right after a work noun
                return token.pos_ in ("PROPN", "X") or ent.start == anc.i + 1 or (
                    ent.start == anc.i + 2 and ent.doc[anc.i + 1].is_quote)
    return False


def _named_after_work(ent: SpacySpan, lexicon: Lexicon, gazetteer: Gazetteer) -> bool:
    """'l'outil, baptisé Tuteo', 'une appli nommée Kessel': a naming participle right after
    a noun of works (a comma between at most) gives the work's name, whatever class the
    model guessed for it ('un chien baptisé Rex' names no work; 'la ministre, nommée
    Lena Varga' no work either)."""
    doc = ent.doc
    i = ent.start - 1
    if i < 1 or doc[i].pos_ not in ("VERB", "ADJ") or fold(doc[i].lemma_) not in lexicon.folded("namingVerbs"):
        return False
    j = i - 1 if doc[i - 1].text != "," else i - 2
    works = lexicon.folded("workWords") | gazetteer.words("workNouns")
    return j >= 0 and doc[j].pos_ == "NOUN" and fold(doc[j].lemma_) in works


_ACRONYM_NAME = re.compile(r"^[A-ZÉÈ][A-ZÉÈ0-9&]+(?:-[A-ZÉÈ0-9&]+)*$")
_STATIVE = {"être", "se", "situer", "trouver", "devenir", "rester", "sembler", "paraître"}


def _apposed_to_body(span: SpacySpan | None, lexicon: Lexicon) -> bool:
    """'la société de gestion des parkings, la Parkéo, ...': a name set beside a noun of bodies
    after a comma names that body, whatever place the model took it for."""
    if span is None or not len(span):
        return False
    root, doc = span.root, span.doc
    head = root.head
    return (root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < span.start
            and fold(head.lemma_) in lexicon.folded("orgDescriptors")
            and root.left_edge.i > 0 and doc[root.left_edge.i - 1].text == ",")


def _acts(doc: Doc, text: str, offset: int, f: Found, lexicon: Lexicon, places: frozenset[str] = frozenset(),
          town: bool = False) -> bool:
    """Whether a name the model took for a place (or left untyped) is a body
    that acts: an acronym ("UNSA-FER"), the subject of a verb of action
    ("X a rejeté ..."), or the doer after 'de' of an event noun ("une offre
    d'X"). A place does not reject, sign or offer; a city that does is its
    council. A ``town`` of the places file in capitals ('BREST, 3 mai -') is no acronym."""
    surface = text[f.begin:f.end]  # not doc.text, which joins every token at each call
    if _ACRONYM_NAME.match(surface) and len(surface) >= 3 and not town:
        return True
    if not parsed(doc):
        return False  # no parse, no context to read
    span = doc.char_span(f.begin - offset, f.end - offset, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ in ("appos", "flat:name", "nmod", "amod") and span.start - 3 <= head.head.i < span.start \
            and head.head.pos_ == "NOUN" and not any(c.dep_ == "case" for c in children(head)) \
            and all(doc[j].dep_ == "amod" and doc[j].head.i == head.head.i for j in range(head.head.i + 1, span.start)):
        # 'la région Hauts-de-Loire a signé', 'le brasseur flamand X va supprimer': the name of the
        # subject noun (and its adjectives) acts with it
        head = head.head
    elif (head.dep_ == "nmod" and head.head.i == span.start - 2 and head.head.pos_ == "NOUN"
          and fold(head.head.lemma_) in places and {c.lower_ for c in children(head) if c.dep_ == "case"}
          & {"de", "d'", "du"}):
        head = head.head  # 'le canton de Y a accordé', 'la Ville de X a proposé': the place's council acts
    if head.dep_ in ("nsubj", "nsubj:pass") and head.head.pos_ == "VERB" and head.head.lemma_.lower() not in _STATIVE \
            and (verb_lemmas(head.head) | {fold(c.lemma_) for c in children(head.head) if c.dep_ == "xcomp"
                                            and c.pos_ == "VERB" and c.lemma_.lower() not in _STATIVE}
                 ) & lexicon.all_lemmas("VERB"):  # ('cherche' left unlemmatised; 'X va supprimer': the infinitive's)
        # a place may undergo ('Nantes a été touchée'); only a body acts
        return f.type == "Thing" or head.dep_ == "nsubj"
    if head.dep_ == "obl:agent" and head.head.lemma_.lower() in lexicon.all_lemmas("VERB"):
        return True  # 'diffusée par X', 'signé par X': the doer of an event
    if (f.type == "Thing" and re.match(r"(?:Le|La|Les|L['’])\s*[A-ZÀ-Ý]", surface)
            and {c.lower_ for c in children(head) if c.dep_ == "case"} & {"selon"}):
        return True  # 'selon Le Courrier': a title with its own article, cited, is a newspaper
    verb = head.head
    if (head.dep_ in ("obj", "nsubj") and verb.pos_ == "VERB" and verb.i < head.i and verb.i > 0
            and doc[verb.left_edge.i - 1 if verb.left_edge.i > 0 else 0].text == ","
            and not any(c.dep_ == "nsubj" and c.i < verb.i for c in children(verb))
            and any(e.reporting for e in lexicon.entries_for("VERB", {verb.lemma_.lower()}))):
        return True  # '..., rappelle l'Adami': the speaker of an incise says something, and is someone
    nouns = lexicon.all_lemmas("NOUN")
    cases = {c.lower_ for c in children(head) if c.dep_ == "case"}
    return head.dep_ == "nmod" and bool(cases & {"de", "d'", "du", "par"}) and head.head.lemma_.lower() in nouns


#: folded strings by hash, kept across documents for _institutions (which reads two columns of every parse)
_FOLDED_BY_HASH: dict[int, str] = {}
#: by the two word lists of _institutions: the hashes met, and those of them whose folded string is in a list
_INSTITUTION_KEYS: dict[tuple[frozenset[str], frozenset[str]], tuple[set[int], set[int]]] = {}


def _institutions(doc: Doc, offset: int, lexicon: Lexicon, gazetteer: Gazetteer) -> list[Found]:
    """'le ministère de la Culture', 'le tribunal du travail de Namur', 'le CHU de
    Brest', 'la cour administrative de Douai', 'le musée d'Orsay': a noun of institution with
    the name of what or where it serves is one organisation, although the model sees
    at most the place inside it. The gazetteer's nouns ('musée', 'gouvernement') take
    their name after 'de' only ('le gouvernement Dumarsais' names a leader), and never
    a person's full name ('le gouvernement de Lena Varga')."""
    if not parsed(doc):
        return []
    words = lexicon.folded("institutionWords")
    more = gazetteer.words("institutionHeadWords")
    out: list[Found] = []
    # each word's lemma (a noun) or form, folded, read from arrays: a Token only for the words
    # that pass (most do not), each string folded once (across documents)
    strings, folded = doc.vocab.strings, _FOLDED_BY_HASH  # (a string's hash is the same in every vocab)
    if len(folded) >= 1 << 17:  # bounded: a corpus's words would otherwise pile up
        folded.clear()

    def fold_key(key: int) -> str:
        word = folded.get(key)
        if word is None:
            word = folded[key] = fold(strings[key])
        return word

    columns = doc.to_array([POS, LEMMA, ORTH])
    keys = np.where(columns[:, 0] == NOUN, columns[:, 1], columns[:, 2]).tolist()  # the lemma of a noun, else the form
    orths = columns[:, 2].tolist()
    # the keys whose folded string is in either list, kept across documents: only their words are read
    # one by one below (most words of an article are in neither list)
    seen, listed = _INSTITUTION_KEYS.setdefault((words, more), (set(), set()))
    if len(seen) >= 1 << 17:  # bounded: a corpus's words would otherwise pile up
        seen.clear()
        listed.clear()
    distinct = set(keys)
    for key in distinct - seen:
        word = fold_key(key)
        if word in words or word in more:
            listed.add(key)
        seen.add(key)
    listed_here = distinct & listed
    for i in [i for i, key in enumerate(keys) if key in listed_here] if listed_here else ():
        word = fold_key(keys[i])
        if word not in words and not (word in more and i + 1 < len(orths)
                                      and fold_key(orths[i + 1]) in ("de", "d'", "du", "des")):
            continue
        token = doc[i]
        if word == "centre" and fold(token.nbor(1).text if token.i + 1 < len(doc) else "") \
                not in ("hospitalier", "hospitalo-universitaire"):
            continue
        keep, stack = {token.i}, [(token, 0)]
        while stack:
            t, depth = stack.pop()
            for c in children(t):
                of = c.dep_ != "nmod" or any(g.dep_ == "case" and fold(g.text) in ("de", "d'", "du", "des")
                                             for g in children(c))
                if c.i > token.i and depth < 3 and of and c.dep_ in ("nmod", "amod", "flat:name", "case", "det", "fixed"):
                    keep.add(c.i)
                    stack.append((c, depth + 1))
                elif (c.dep_ == "conj" and c.i > token.i and depth < 3 and c.text[:1].isupper()
                      and any(g.dep_ == "case" and fold(g.text) in ("de", "d'", "du", "des") for g in children(c))):
                    # 'le ministère de l'Énergie, des Mines et des Carrières': a portfolio joined to
                    # another, each after 'de', is the same body's name ('et des syndicats' is not)
                    keep.add(c.i)
                    keep.update(g.i for g in children(c) if g.dep_ in ("cc", "punct") and g.i < c.i)
                    stack.append((c, depth + 1))
        end = token.i
        while end + 1 in keep:
            end += 1
        while end > token.i and not doc[end].text[:1].isupper() and not (
                doc[end].dep_ == "amod" and doc[end].head.i == end - 1 and doc[end - 1].text[:1].isupper()):
            end -= 1  # the name ends with its last capitalised word, or the adjective of it ('du Brabant wallon')
        span = doc[token.i:end + 1]
        if word in more and sum(t.ent_type_ == "PER" for t in span) >= 2:
            continue  # a person's full name: 'le gouvernement de Lena Varga' is hers
        if len(span) > 1 and any(t.text[:1].isupper() for t in span[1:]) and not any(t.is_quote for t in span):
            b, e = span.start_char + offset, span.end_char + offset
            if not any(f.begin <= b and e <= f.end for f in out):
                out.append(Found(b, e, "Organization"))
    return out


_PARTICLES = {"de", "du", "des", "d'", "le", "la", "van", "von", "der", "den", "di", "da", "del", "ben", "el", "al"}


def _name_after_titles_complement(text: str, b: int, e: int, gazetteer: Gazetteer,
                                  lexicon: Lexicon) -> tuple[int, Known | None, bool] | None:
    """'le patron de Vantor Lena Varga', 'la ministre de l'Industrie Lena Varga': a person's
    title with its complement, then the person's name, which the model read as one name.
    The title before the span says a person follows its complement; the complement is a
    known name ('Vantor') or one capitalised word (a portfolio, 'l'Industrie'), and the
    rest a given name and a surname (two words, or three with a particle: 'Le', 'de').
    A complement of several words must be known or a company's by its last word ('Vantor
    Industries'); a lone word is a portfolio after an article ('du Travail'), a body's
    name after a bare 'de' ('de Ferrari'). Returns where the person's name begins, the
    known complement and whether the complement is a body's name, or None ('le président
    de Kelvane Industries' is one name; 'de la Fédération Tarlon-Vernac Lena Varga' is
    left as the model read it)."""
    before = re.search(r"([\w-]+)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')$",
                       text[max(0, b - 40):b].replace("\u2019", "'"))
    if before is None or fold(before.group(1)) not in lexicon.folded("personDescriptors") \
            and fold(before.group(1)) not in gazetteer.words("personTitleNouns"):
        return None
    article = re.search(r"(?:^|\s)(?:la|l'|du|des)(?:\s|$)", before.group(0)[len(before.group(1)):]) is not None \
        or before.group(0).endswith("l'")
    words = [(m.start() + b, m.group()) for m in re.finditer(r"\S+", text[b:e])]
    if len(words) < 3:
        return None
    for cut in range(len(words) - 2, 0, -1):
        rest = [w for _, w in words[cut:]]
        if not (len(rest) == 2 or len(rest) == 3 and fold(rest[1]) in _PARTICLES):
            continue
        if not all(w[:1].isupper() and not w.isupper() for w in (rest[0], rest[-1])):
            continue
        head = text[b:words[cut - 1][0] + len(words[cut - 1][1])]
        known = lookup(head, gazetteer)
        if known is not None or cut == 1 or company_by_name(head, gazetteer):
            # a lone word after an article is a portfolio ('du Travail'); after a bare 'de', a body ('de Ferrari')
            return words[cut][0], known, cut > 1 or not article
    return None


def _prefer_longer(spans: list[Found], b: int, e: int, doc: Doc, text: str, offset: int,
                   gazetteer: Gazetteer) -> None:
    """The longest name wins: a run of capitalised words ('SNCF Réseau', 'Investissement
    Québec', 'Sandrine Olivier-Roux') replaces the model's names inside it. Its class:

    - a person's name the model began and the run goes on ('Sandrine' + 'Olivier-Roux'): a
      person; a run with a person's name inside it after other words is left alone;
    - a run that begins with an acronym ('SUD Santé Sociaux'), or a place the run goes on
      with other words ('Investissement Québec', 'Atlantique Venture': a place is not named
      after a common word): an organisation;
    - otherwise the model's class of what is inside, or nothing known ('Thing') for the
      context to settle."""
    inner = [f for f in spans if b <= f.begin and f.end <= e]
    if any(f.begin < e and b < f.end and f not in inner for f in spans):
        return  # a name the run crosses or lies inside: the model's cut stands
    if inner and min(f.begin for f in inner) == b and max(f.end for f in inner) == e and len(inner) == 1:
        return
    known = lookup(text[b:e], gazetteer) or known_branch(doc, offset, b, e, gazetteer)
    kinds = {f.type for f in inner}
    if known:
        kind = known.type
    elif "Person" in kinds:
        first = min(inner, key=lambda f: f.begin)
        particle = text[first.begin:first.end].split()[0] in ("Le", "La", "Van", "Von", "De", "Del", "Da", "Di")
        if kinds != {"Person"} or first.begin != b and not particle:
            return  # 'Ferrari Lena Varga': a person's name after other words is hers alone
        kind = "Person"  # 'Lena Marchal-Dufour', or 'Marine' + 'Le Pen' (a surname begins with no particle)
    elif text[b:e].split()[0].isupper() or "Place" in kinds or company_by_name(text[b:e], gazetteer):
        kind = "Organization"
    elif kinds - {"Thing"}:
        kind = sorted(kinds - {"Thing"})[0]
    else:
        kind = "Thing"
    for f in inner:
        spans.remove(f)
    spans.append(Found(b, e, kind, known))


def _named_as_body(text: str, lexicon: Lexicon) -> bool:
    """'Olympique de Marseille', 'Stade brestois', 'Crédit Mutuel': a name whose
    first word is a word of bodies ('Stade de France' is a place: 'Stade' with
    an adjective names a club)."""
    words = text.split()
    if len(words) < 2:
        return False
    first = fold(words[0])
    if first == "stade":
        # 'Stade brestois', 'Stade Lavallois': an adjective of origin, capitalised or not, names a club;
        # 'Stade de France', 'Stade Pierre-Mauroy' are places
        return words[1] not in ("de", "du", "des", "d'") and (words[1][:1].islower() or words[1].endswith(DEMONYM_ENDINGS))
    return first in lexicon.folded("bodyNameWords")


def _titled(doc: Doc, offset: int, f: Found, lexicon: Lexicon) -> str | None:
    """The class the noun a name is given to says: 'la start-up Kelvora' is a
    body, 'le pilier Tomas Rivaldi' a person, whatever the model guessed."""
    if not parsed(doc):
        return None
    span = doc.char_span(f.begin - offset, f.end - offset, alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    title = head.head if not any(c.dep_ == "case" for c in children(head)) else None
    titles = [title] if title is not None and title.i < span.start and title.pos_ in ("NOUN", "PROPN") \
        and span.start - title.i <= 3 else []
    if (title is not None and not titles and title.i < span.start and title.pos_ == "NOUN" and head.dep_ == "appos"
            and len(span) >= 2 and span.doc[span.start - 1].text == ","
            and fold(title.lemma_) in lexicon.folded("personDescriptors")):
        # 'le ministre de l'Économie et des Finances, Ali Ndiaye,': a full name set after a comma says
        # again who the noun of a role it is apposed to is, however long that noun's complement
        return "Person" if f.type in ("Organization", "Thing", "Place") else None
    # the title stands right before the name: 'la start-up (nantaise) Kelvora'; or a few words
    # before it, which the parse did not attach to the name: 'le fabricant de verre Kelvane'
    for title in titles + [t for t in _titles_before(span) if t not in titles]:
        if any(c.dep_ == "case" for c in children(title)) and not any(c.dep_ == "det" for c in children(title)) \
                and not any(c.dep_ == "case" and c.lower_ in ("du", "des", "au", "aux") for c in children(title)):
            continue  # a bare noun after a preposition is no title: 'son coéquipier en club Tomas Rivaldi'
            # ('du groupe Batilor' has its article inside the preposition)
        if title.text[:1].isupper() and title.i > 0 and title.doc[title.i - 1].pos_ not in ("PUNCT", "SPACE"):
            continue  # a capitalised noun belongs to a name before this one: 'la Maison-Blanche Lena Varga'
        lemma = fold(title.lemma_)
        if lemma in lexicon.folded("orgDescriptors"):
            return "Organization" if f.type in ("Person", "Thing", "Place") else None
        if lemma in lexicon.folded("personDescriptors"):
            return "Person" if f.type in ("Organization", "Thing") else None
    return None


def _titles_before(span: SpacySpan) -> list:
    """Nouns at most four words before a name whose words in between all depend on
    them and none on the name: 'le fabricant de verre Kelvane' where the parse made
    Kelvane the subject, 'l'arrière gauche brésilien Tomas Rivaldi' ('le patron de
    la FNSEA' is no title: 'de la' belongs to the name)."""
    doc = span.doc
    out = []
    for k in (1, 2, 3, 4):
        i = span.start - k
        if i < 0:
            break
        t = doc[i]
        if t.pos_ == "NOUN" and all(_depends_on(doc[j], t) and not span.start <= doc[j].head.i < span.end
                                    for j in range(i + 1, span.start)):
            out.append(t)
    return out


def _depends_on(token, ancestor) -> bool:
    while token.head.i != token.i:
        if token.head.i == ancestor.i:
            return True
        token = token.head
    return False


def _dateline_spans(doc: Doc, offset: int) -> list[tuple[int, int]]:
    """The character spans of the words of a dispatch's dateline (:func:`.syntax.dateline_places`),
    one span per run of words."""
    spans: list[tuple[int, int]] = []
    places = dateline_places(doc)
    for i in sorted(places):
        t = doc[i]
        if not t.text[:1].isupper():
            continue  # (a dash between the words of 'SAINT-LÔ' is part of the run, not its start)
        b, e = t.idx + offset, t.idx + len(t.text) + offset
        if spans and i - 1 in places and spans[-1][1] >= b - 1:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((b, e))
    return spans


def find_entities(doc: Doc, text: str, sentence_of, gazetteer: Gazetteer, lexicon: Lexicon):
    """Entities and mentions of a parsed document.

    ``text`` is the original document text and ``doc`` the parse of
    ``text[offset:]``; ``sentence_of(char)`` gives the sentence index of an
    offset. Returns ``(entities, mentions, token_entity)`` where
    ``token_entity`` maps token indices to entity keys.
    """
    offset = doc.user_data.get("offset", 0)
    found: list[Found] = []
    taken = [False] * (len(text) + 1)

    def free(b: int, e: int) -> bool:
        return not any(taken[b:e])

    def take(f: Found) -> None:
        for i in range(f.begin, f.end):
            taken[i] = True
        found.append(f)

    documents = lexicon.folded("documentNameWords")
    time_words = lexicon.folded("timeWords")
    quotes = [(b + offset, e + offset + 1) for b, e in quoted_ranges(text[offset:]) if e - b <= 81]
    model_spans: list[Found] = _institutions(doc, offset, lexicon, gazetteer)
    inner: list[Found] = []  # places named inside a longer name: entities of their own, no words of their own
    # names that go on in lower case ('la Ligue nationale de basket', 'la vallée du Rhône'): one name, longer
    # than the model's
    for b, e, kind in body_names(doc, offset, gazetteer, lexicon):
        if not any(f.begin < e and b < f.end for f in model_spans):
            known = lookup(text[b:e], gazetteer)
            model_spans.append(Found(b, e, known.type if known else kind, known, sure=known is None))
    # a title in quotation marks after a noun of works is one name, whatever the model cut in it
    model_spans += [Found(b, e, "CreativeWork", gazetteer.lookup(text[b:e]))
                    for b, e in quoted_works(doc, text, offset, lexicon, gazetteer)
                    if not any(f.begin < e and b < f.end for f in model_spans)]
    titles = lexicon.folded("orgDescriptors") | lexicon.folded("personDescriptors")
    loud = [(lb + offset, le + offset) for lb, le in shouted_lines_of(doc, text[offset:])]
    quiet = "\n".join(text[qb:qe] for qb, qe in zip([offset] + [le for _, le in loud],
                                                   [lb for lb, _ in loud] + [len(text)]))

    def named_again(name: str) -> bool:
        return any(all(w[:1].isupper() for w in m.group().split())
                   for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", quiet, re.IGNORECASE))
    for ent in doc.ents:
        if _noise(text, ent.start_char + offset, ent.end_char + offset, quotes):
            continue
        if loud and any(lb <= ent.start_char + offset < le for lb, le in loud) and not gazetteer.lookup(ent.text) \
                and not named_again(ent.text):
            # a name in a headline in capitals counts when it is known or the text names it again: the longest
            # part of it the text names again ('Fournisseur Korvane' ... 'le fournisseur Korvane'), or nothing
            parts = [ent[i:j] for n in range(len(ent) - 1, 0, -1) for i in range(len(ent) - n + 1) for j in [i + n]]
            again = next((p for p in parts if p.text[:1].isupper() and named_again(p.text)
                          and not any(t.pos_ in ("DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX") for t in p)), None)
            if again is None:
                continue
            ent = again
        # (a word of the model's vocabulary: an unknown word there is a name; with no vectors, nothing is known)
        if len(ent) == 1 and ent[0].pos_ == "PRON":
            continue  # 'Ceux-ci gagnent ...': a pronoun names no one
        # (the name opens its sentence: read off its first word, where ent.sent would walk the sentence)
        if ((ent.start == 0 or ent[0].is_sent_start) and ent[0].pos_ == "NOUN" and not ent[0].is_oov
                and all(t.text.islower() for t in ent[1:]) and ent.start not in dateline_places(doc)
                and not gazetteer.lookup(ent.text)
                and len(re.findall(r"(?<!\w)" + re.escape(ent.text) + r"(?!\w)", text)) < 2):
            # (a dispatch's dateline place, 'Tamatave (AFP) -', is a name)
            continue  # 'Transports gratuits : ...': a common noun capitalised to open a sentence, named nowhere else
        if re.fullmatch(r"[IVXLC]+(?:e|er|ème|eme)", ent.text):
            continue  # 'le XIXe siècle': an ordinal in Roman numerals, no name
        if is_title_only(ent, titles) and not gazetteer.lookup(ent.text):
            continue  # 'la Première Ministre, Léa Varnas': a title in capitals names no one (the person follows)
        if len(ent) == 1 and is_fronted_participle(ent[0]) and not gazetteer.lookup(ent.text):
            continue  # 'Interrogée, la direction ...': a participle opening the sentence names no one
        if len(ent) == 1 and is_demonym(ent[0]) and not gazetteer.lookup(ent.text):
            continue  # 'le Bondynois', 'le Colombien': a person described by origin (see coref)
        kind = NER_TYPES.get(ent.label_, "Thing")
        if kind in ("Thing", "Organization") and _is_named_work(ent, lexicon) \
                or _named_after_work(ent, lexicon, gazetteer):
            kind = "CreativeWork"
        for b, e in _split_list(text, ent.start_char + offset, ent.end_char + offset):
            b, e = _trim(text, b, e)
            # 'Vantor Inc mardi': a word of time in lower case the model took into the name
            last = re.search(r"\s+([a-zà-ÿ]+)$", text[b:e])
            while last and fold(last.group(1)) in time_words:
                e = b + last.start()
                last = re.search(r"\s+([a-zà-ÿ]+)$", text[b:e])
            # 'Orvane Labs', 'Vantor SA': a company's last word the model left out of its name
            after = re.match(r" ([A-Z][\w.]*)(?![\w-])", text[e:e + 20])
            if after and fold(after.group(1)) in (gazetteer.words("companyLastWords") | gazetteer.words("legalForms")):
                e += after.end()
            # 'start-up Kelvora', 'pilier Tomas Rivaldi': a lowercase title the model took into the name
            first = text[b:e].split(" ", 1)
            titled = False
            while len(first) == 2 and first[0][:1].islower() and fold(first[0]) in titles:
                b += len(first[0]) + 1
                first = text[b:e].split(" ", 1)
                titled = True
            # 'président de la Ligue', 'directrice du Kesselblad': after a title, 'de' and an article
            # begin the body the person leads (a person's name takes no article); 'de' alone, a name
            # the context must type
            adjectives = re.match(r"(?:(?!(?:de|du|des)\s)[a-zà-ÿ][a-zà-ÿ-]*\s+){1,2}(?=d)", text[b:e]) \
                if titled else None
            if adjectives:
                b += adjectives.end()  # 'ministre fédéral de l'Emploi', 'directeur général délégué de X'
            of = re.match(r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(?=[A-ZÀ-Ý])",
                          text[b:e].replace("\u2019", "'"))
            if titled and of:
                b += of.end()
                rest = doc.char_span(b - offset, e - offset, alignment_mode="expand")
                if rest is not None and len(rest) == 1 and rest[0].pos_ == "NOUN" and not rest[0].text.isupper():
                    continue  # a portfolio, no body: 'la ministre du Travail', 'le ministre de l'Éducation'
                if kind == "Person":
                    kind = "Organization" if of.group(0).strip() not in ("de", "d'") else "Thing"
            # 'M. Varga', 'Mme Varga': a civil title before a surname; the person is Varga
            civil = re.match(r"(\S+)\s+(?=[A-ZÀ-Ý])", text[b:e])
            if civil and fold(civil.group(1)) in gazetteer.words("civilTitles"):
                b, kind = b + civil.end(), "Person"
            # 'hypermarché de Vernac', 'maire de Tarlon': a common noun the model took into the name of a place
            lower = re.match(r"[a-zà-ÿ][\w-]*\s+(?:de\s+|d'|du\s+|des\s+)(?=[A-ZÀ-Ý])", text[b:e].replace("\u2019", "'"))
            if lower and kind == "Place":
                b += lower.end()
            # 'région Bourgogne-Franche-Comté', 'département Ardèche': the kind of place the model took into
            # its name, right before it ('la rue Marconi', 'la vallée Blanche' keep their noun)
            kind_of = re.match(r"([a-zà-ÿ][\w-]*)\s+(?=[A-ZÀ-Ý])", text[b:e])
            if kind_of and kind == "Place" and fold(kind_of.group(1)) in gazetteer.words("placeKindWords"):
                b += kind_of.end()
            if e - b < 2 or not any(c.isupper() for c in text[b:e]):
                continue
            person = _name_after_titles_complement(text, b, e, gazetteer, lexicon)
            if person is not None:
                pb, known, body = person
                if (known or body) and not any(f.begin < pb and b < f.end for f in model_spans):
                    model_spans.append(Found(b, b + len(text[b:pb].rstrip()), known.type if known else "Organization",
                                             known))
                b, kind = pb, "Person"
            # 'la famille Morvan': a surname after a noun of family names the family, a group that holds
            # and decides, not the person of that name (kgl:familyNouns)
            family = re.search(r"(\w+)\s+$", text[max(0, b - 12):b])
            if family and fold(family.group(1)) in lexicon.folded("familyNouns"):
                b, kind = b - len(family.group(0)), "Organization"
            known = lookup(text[b:e], gazetteer) or known_branch(doc, offset, b, e, gazetteer)
            if not known and fold(text[b:e]).split()[-1] in documents:
                kind = "CreativeWork"  # "Interactive Media Agreement" is a text, not a body
            if any(f.begin < e and b < f.end for f in model_spans):
                # inside an institution's name ('Douai' in 'la cour administrative de Douai'): the place
                # is named too, where the institution sits
                if (known.type if known else kind) == "Place":
                    inner.append(Found(b, e, "Place", known))
                continue
            model_spans.append(Found(b, e, known.type if known else kind, known))
    for b, e in capitalised_runs(doc, offset, gazetteer, lexicon):
        if not any(qb < b and e < qe for qb, qe in quotes):
            _prefer_longer(model_spans, b, e, doc, text, offset, gazetteer)
    # the longest name wins: "Radio Bretagne" is not the region inside it, "Vantor Inc" is the known Vantor
    # under its full name
    for b, e, known in gazetteer.find(text[offset:]):
        b, e = b + offset, e + offset
        if not any(f.begin <= b and e <= f.end and f.end - f.begin > e - b and (not f.known or f.known is known)
                   for f in model_spans):
            take(Found(b, e, known.type, known))
        elif known.type == "Place" and not any(f.begin == b and f.end == e for f in inner) and any(
                f.begin < b and e == f.end and f.type == "Organization" for f in model_spans):
            inner.append(Found(b, e, "Place", known))  # ('le port autonome de Cotonou': Cotonou too)
    for b, e in site_places(doc, offset, gazetteer):
        if not any(f.begin < e and b < f.end for f in model_spans) and free(b, e):
            model_spans.append(Found(b, e, "Place"))
    for b, e in _dateline_spans(doc, offset):
        # 'TANGER -', in capitals, which the model seldom takes for a name: where the dispatch is from,
        # when the place is known or the text names it again ('EXCLUSIF -' opens a line too)
        known = lookup(text[b:e], gazetteer)
        if (not any(f.begin < e and b < f.end for f in model_spans) and free(b, e)
                and (known is not None and known.type == "Place" or known is None and gazetteer.is_place_name(text[b:e])
                     or re.search(r"(?<!\w)" + re.escape(text[b:e].title()) + r"(?!\w)", text[:b] + " " + text[e:]))):
            model_spans.append(Found(b, e, "Place", known))
    for b, e in titled_names(doc, offset, lexicon):
        if not any(f.begin < e and b < f.end for f in model_spans) and free(b, e):
            known = lookup(text[b:e], gazetteer)
            model_spans.append(Found(b, e, known.type if known else "Organization", known))
    for f in model_spans:
        if free(f.begin, f.end):
            take(f)
    found.sort(key=lambda f: f.begin)

    # "Long Name (ACR)": the acronym names the same entity.
    agency = {doc[i].idx + offset for i in dateline(doc)}
    for f in list(found):
        end = name_spelled_out(text, f.begin, f.end)
        if end != f.end and not any(g is not f and g.begin < end and f.end < g.end for g in found):
            f.end = end
        m = _ACRONYM.match(text[f.end:f.end + 16])
        if m and m.group(1)[0] != fold(text[f.begin:f.end]).lstrip("'\" ")[:1].upper():
            # 'Palmiers du Nord-Congo (PNC)' with the model's name begun a few words late: the
            # acronym spells the words before it too
            begin = name_spelled_back(text, f.begin, f.end, m.group(1))
            if begin is not None and not any(g.begin < begin < g.end for g in found):
                for g in [g for g in found if g is not f and begin <= g.begin and g.end <= f.begin]:
                    found.remove(g)
                if f.type == "Place":
                    # ('Groupement des exportateurs de X (GEX)': the place ends a body's name, and is named too)
                    inner.append(Found(f.begin, f.end, "Place", f.known))
                    f.type, f.known = "Organization", None
                f.begin = begin
        if not m or m.group(1)[0] != fold(text[f.begin:f.end]).lstrip("'\" ")[:1].upper():
            continue  # 'Montreux (VD)': a canton, a country code, not an abbreviation of the name
        if not m.group(1).isupper() and fold(m.group(1)) not in initials(text[f.begin:f.end]):
            continue  # 'Lausanne (Vaud)': a word, not the name's initials
        if f.end + m.start(1) in agency:
            continue  # 'Tamatave (TAP) -': the agency of a dispatch's dateline, whatever its first letter
        acr_b = f.end + m.start(1)
        acronym = next((g for g in found if g.begin == acr_b), None)
        if acronym is None:
            acronym = Found(acr_b, f.end + m.end(1), f.type)
            found.append(acronym)
        acronym.long_name = f
    found.sort(key=lambda f: f.begin)

    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []

    sure: set[str] = set()

    def entity_for(f: Found, surface: str) -> str:
        if f.known:
            k = f.known
            ent = entities.setdefault(k.key, Entity(k.key, k.label, k.type, set(), list(k.same_as), True,
                                                         k.aliases + k.kinds))
            ent.aliases.add(surface) if surface != k.label else None
            return k.key
        key = f"entity/{slug(surface)}"
        ent = entities.setdefault(key, Entity(key, surface, f.type))
        if f.type != ent.type and (f.sure or ent.type == "Thing") and key not in sure:
            ent.type = f.type  # 'la verrerie Vantor' ... 'le fabricant Vantor': the context tells, the first guess did not
        if f.sure:
            sure.add(key)
        return key

    full_name_ends = {fold(text[f.begin:f.end].split()[-1]) for f in found
                      if f.type == "Person" and len(text[f.begin:f.end].split()) > 1}
    for f in found:
        if f.known is None and company_by_name(text[f.begin:f.end], gazetteer):
            f.type, f.sure = "Organization", True
            continue
        town = f.known is None and gazetteer.is_place_name(text[f.begin:f.end])
        if town and f.type in ("Person", "Thing", "Organization") and fold(text[f.begin:f.end]) not in full_name_ends:
            # 'le tribunal de Colmar', 'BREST, 3 mai -': a town of the places file the model took for
            # a person or a body is a place, unless its context says otherwise below (a town that acts
            # is its council; the surname of a person named in full stays theirs)
            f.type = "Place"
        span = doc.char_span(f.begin - offset, f.end - offset, alignment_mode="expand") if f.known is None else None
        by_context = context_type(doc, span, f.type, gazetteer) if span is not None and f.type != "CreativeWork" else None
        if by_context:
            f.type, f.sure = by_context, True
        elif f.known is None and f.type in ("Place", "Thing") and (_acts(doc, text, offset, f, lexicon,
                                                                        gazetteer.words("placeKindWords"), town)
                                                                   or _apposed_to_body(span, lexicon)):
            f.type = "Organization"
        elif f.known is None:
            titled = _titled(doc, offset, f, lexicon)
            f.type, f.sure = titled or f.type, titled is not None
        if f.known is None and not f.sure and f.type == "Thing" and titled_like_a_work(text, f.begin, f.end):
            f.type = "CreativeWork"
        if f.known is None and not f.sure and f.type == "Person" and span is not None and len(span) == 1 \
                and fold(span.text) not in full_name_ends and does_what_companies_do(span, lexicon, gazetteer):
            f.type = "Organization"
        if f.known is None and f.type in ("Place", "Thing", "Person") and _named_as_body(text[f.begin:f.end], lexicon):
            f.type = "Organization"
        if f.known is None and f.type == "Organization":
            # 'la région X versera', 'le canton de Y a accordé': a place that acts is its
            # council, named with the kind of place ('la région' is part of the body's name)
            kind = re.search(r"\b([A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+)\s+(?:de\s+l'|de\s+la\s+|de\s+|d'|du\s+)?$",
                             text[max(0, f.begin - 30):f.begin].replace("\u2019", "'"))
            if kind and fold(kind.group(1)) in gazetteer.words("placeKindWords") and free(f.begin - len(kind.group(0)), f.begin):
                f.begin -= len(kind.group(0))
    keys = {id(f): entity_for(f, text[f.begin:f.end]) for f in found}

    def merge(keep: str, drop: str) -> None:
        nonlocal keys
        entities[keep].aliases |= {entities[drop].label} | entities[drop].aliases
        keys = {k: keep if v == drop else v for k, v in keys.items()}
        del entities[drop]

    for f in found:
        if f.long_name is None:
            continue
        a, b = keys[id(f.long_name)], keys[id(f)]
        if a == b:
            continue
        if entities[a].known or entities[b].known:
            keep, drop = (a, b) if entities[a].known else (b, a)
        else:
            # the acronym names the node: the text goes on to use it, and so do other articles
            keep, drop = b, a
            kinds = {entities[keep].type, entities[drop].type}
            if "Organization" in kinds:  # a name with an acronym is most often a body's
                entities[keep].type = "Organization"
            elif entities[keep].type == "Thing":
                entities[keep].type = entities[drop].type
        merge(keep, drop)
    # other names of one entity anywhere in the document (a surname before the full name, 'Vantor Inc',
    # an acronym defined elsewhere): joined when the name has one candidate, never two known entities
    joins = []
    for short in entities.values():
        if short.known:
            continue
        candidates = [(long.key, how) for long in entities.values() if long is not short
                      and (how := same_entity(short.label, short.type, long.label, long.type, gazetteer))]
        if len(candidates) == 1:
            joins.append((short.key, *candidates[0]))
    moved: dict[str, str] = {}
    for short_key, long_key, how in joins:
        while short_key in moved:
            short_key = moved[short_key]
        while long_key in moved:
            long_key = moved[long_key]
        if short_key == long_key or (entities[short_key].known and entities[long_key].known):
            continue
        keep, drop = (short_key, long_key) if how in ("core", "acronym") else (long_key, short_key)
        if entities[drop].known:
            keep, drop = drop, keep
        if how in ("core", "acronym", "short"):
            entities[keep].type = "Organization"
        elif how == "surname":
            entities[keep].type = "Person"
        merge(keep, drop)
        moved[drop] = keep
    for f in found:
        key = keys[id(f)]
        surface = text[f.begin:f.end]
        if surface != entities[key].label:
            entities[key].aliases.add(surface)
        mentions.append(Mention(key, Span(f.begin, f.end, surface), sentence_of(f.begin)))
    for ent in entities.values():
        # 'KORVANE' from a headline in capitals, 'Korvane' in the text: the name as the text writes it
        cased = sorted(a for a in ent.aliases if fold(a) == fold(ent.label) and not a.isupper())
        if not ent.known and ent.label.isupper() and cased:
            ent.aliases.add(ent.label)
            ent.label = cased[0]
        ent.aliases.discard(ent.label)
    # places named inside an institution's name, at its end ('le conseil des prud'hommes de Vannes'): an
    # entity each, with a mention; their words stay the institution's
    for f in inner:
        # (after 'de': 'Air France' is a company's name, not one seated in France)
        if not any(g.begin < f.begin and f.end == g.end and g.type == "Organization" for g in found) \
                or not re.search(r"(?:\bde\s+(?:la\s+|l')?|\bdu\s+|\bd')$", text[max(0, f.begin - 7):f.begin].replace("\u2019", "'")):
            continue
        surface = text[f.begin:f.end]
        key = f.known.key if f.known else f"entity/{slug(surface)}"
        if key not in entities:
            entities[key] = (Entity(key, f.known.label, "Place", set(), list(f.known.same_as), True,
                                    f.known.aliases + f.known.kinds) if f.known else Entity(key, surface, "Place"))
        elif entities[key].type != "Place":
            continue
        if surface != entities[key].label:
            entities[key].aliases.add(surface)
        mentions.append(Mention(key, Span(f.begin, f.end, surface), sentence_of(f.begin)))
    token_entity: dict[int, str] = {}
    for m in mentions:
        tokens = doc.char_span(m.span.begin - offset, m.span.end - offset, alignment_mode="expand")
        for token in tokens if tokens is not None else ():
            if m.span.begin <= token.idx + offset < m.span.end and (
                    token.i not in token_entity or entities[m.entity_key].type != "Place"
                    or not any(g.begin <= m.span.begin and m.span.end <= g.end and g.end - g.begin > m.span.end - m.span.begin
                               for g in found)):
                token_entity[token.i] = m.entity_key
    return entities, mentions, token_entity
