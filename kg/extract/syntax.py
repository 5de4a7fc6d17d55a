"""What the dependency parse says of one word, as plain functions.

Lemmas the French model may have missed, whether a word is a noun, its
prepositions, articles, voice, tense and mood: the small facts every other
step of the extraction asks of a token. No lexicon, no events here.
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, IDX, IS_SPACE, POS, SENT_START
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

_VERB_ENDINGS = ("aient", "erait", "eront", "erons", "eriez", "ait", "ant", "ent", "ons", "ez", "ées", "és", "ée",
                 "é", "es", "e", "er", "ra", "rez", "ai", "a", "it", "is", "ir", "i", "ie", "ies", "")


def positions(doc: Doc, deps: tuple[str, ...] = (), pos: tuple[str, ...] = ()) -> list[int]:
    """Indices of the words whose relation is one of ``deps`` and part of speech one of
    ``pos`` (either empty: any), read from the parse's arrays as it stands: a step that
    concerns a few kinds of words makes a Token for those only (spaCy makes one anew at
    each access, and the steps run on every article). Both columns come from one
    ``to_array`` call. The part of speech is tested through a table indexed by its id (one
    array operation for any number of values, no enum compared); with both filters, the
    relation is then tested on the few words of those parts of speech only. The masks are one-
    dimensional, so their own ``nonzero`` gives the indices (``np.flatnonzero`` would add three
    Python-level numpy calls, some 2 µs, to each of the thousand calls per pass)."""
    kept = doc.user_data.get(_COLUMNS, _UNTRACKED)
    if kept is not _UNTRACKED and (deps or pos):
        return _kept_positions(doc, kept, deps, pos)
    dep_ids, pos_table = _position_ids(doc.vocab.strings, deps, pos)
    if not dep_ids and pos_table is None:
        return list(range(len(doc)))
    if pos_table is None:
        column = doc.to_array(DEP)
        mask = column == dep_ids[0]
        for value in dep_ids[1:]:
            mask |= column == value
        return mask.nonzero()[0].tolist()
    if not dep_ids:
        return pos_table[doc.to_array(POS)].nonzero()[0].tolist()
    cols = doc.to_array([DEP, POS])
    found = pos_table[cols[:, 1]].nonzero()[0]
    if not len(found):
        return []
    column = cols[found, 0]
    mask = column == dep_ids[0]
    for value in dep_ids[1:]:
        mask |= column == value
    return found[mask].tolist()


#: ``doc.user_data`` key of the words by relation and by part of speech, read once for the passes of a step
#: that reports each change it makes to either (:func:`track_columns`); None: to be read anew
_COLUMNS = "kg_columns"
_UNTRACKED = object()


def track_columns(doc: Doc) -> None:
    """From now on, until :func:`untrack_columns`, every change to a word's relation or part of speech
    is reported with :func:`columns_changed`: :func:`positions` reads the two columns once per change
    instead of once per call (the repairs make some fifty passes and change a few words)."""
    doc.user_data[_COLUMNS] = None


def columns_changed(doc: Doc) -> None:
    """A word's relation or part of speech changed: the columns read so far no longer hold."""
    kept = doc.user_data.get(_COLUMNS)
    if kept is not None:
        kept.stale = True


class _Columns:
    """The words by relation and by part of speech (:func:`_kept_positions`), with the two columns
    they were read from: after a change only the words whose values differ are moved."""

    __slots__ = ("by_dep", "by_pos", "pos_column", "array", "stale", "asked")

    def __init__(self, array: np.ndarray) -> None:
        dep_column, pos_column = array.T.tolist()
        self.by_dep, self.by_pos, self.pos_column = _words_by(dep_column), _words_by(pos_column), pos_column
        self.array, self.stale = array, False
        #: the answers given since the last change, by (relations, parts of speech) asked: a pass often
        #: asks what an earlier one did, and most passes change nothing
        self.asked: dict[tuple, list[int]] = {}

    def update(self, array: np.ndarray) -> None:
        """The parse as it now stands (``array``, its relation and part-of-speech columns): a change
        touches a word or two, and reading the lists anew walked every word twice in Python."""
        for i in (array != self.array).any(axis=1).nonzero()[0].tolist():
            (old_dep, old_pos), (dep, pos) = self.array[i].tolist(), array[i].tolist()
            if dep != old_dep:
                _move(self.by_dep, i, old_dep, dep)
            if pos != old_pos:
                _move(self.by_pos, i, old_pos, pos)
                self.pos_column[i] = pos
        self.array, self.stale = array, False
        self.asked.clear()


def _move(words: dict[int, list[int]], i: int, old: int, new: int) -> None:
    """Word ``i`` from the list of value ``old`` to that of ``new``, each kept in order (and no
    empty list kept, as :func:`_words_by` makes none)."""
    words[old].remove(i)
    if not words[old]:
        del words[old]
    insort(words.setdefault(new, []), i)


def untrack_columns(doc: Doc) -> None:
    """Changes are no longer reported: :func:`positions` reads the parse at each call again."""
    doc.user_data.pop(_COLUMNS, None)


def _kept_positions(doc: Doc, kept, deps: tuple[str, ...], pos: tuple[str, ...]) -> list[int]:
    """:func:`positions` from the columns kept since the last change (read now if there were none,
    brought up to date if a change was reported): the words of each relation and of each part of
    speech as plain lists, in order. The list given is kept for the same question until the next
    change: the caller reads it and does not change it."""
    if kept is None:
        kept = doc.user_data[_COLUMNS] = _Columns(doc.to_array([DEP, POS]))
    elif kept.stale:
        array = doc.to_array([DEP, POS])
        if array.shape == kept.array.shape:
            kept.update(array)
        else:
            kept = doc.user_data[_COLUMNS] = _Columns(array)
    key = (deps, pos)
    found = kept.asked.get(key)
    if found is not None:
        return found
    ids = _KEPT_IDS.get(key)
    if ids is None:
        dep_ids = list(dict.fromkeys(int(doc.vocab.strings[d]) for d in deps))
        tag_ids = list(dict.fromkeys(int(POS_IDS[p]) for p in pos))
        ids = _KEPT_IDS[key] = (dep_ids, tag_ids, frozenset(tag_ids))
    dep_ids, tag_ids, tags = ids
    if dep_ids:
        by_dep = kept.by_dep
        if tags:
            pos_column = kept.pos_column
            found = [i for d in dep_ids for i in by_dep.get(d, ()) if pos_column[i] in tags]
            if len(dep_ids) > 1:
                found.sort()  # sorted runs, one per relation: merged, not sorted anew
        else:
            found = _merged([by_dep.get(d, ()) for d in dep_ids])
    else:
        found = _merged([kept.by_pos.get(t, ()) for t in tag_ids])
    kept.asked[key] = found
    return found


#: the relations' hashes and the parts of speech's ids of :func:`_kept_positions`, each once, by the tuples asked
_KEPT_IDS: dict[tuple, tuple[list[int], list[int], frozenset[int]]] = {}


def _words_by(column: list[int]) -> dict[int, list[int]]:
    """The indices of the words of each value of a column, in order."""
    words: dict[int, list[int]] = {}
    for i, value in enumerate(column):
        if value in words:
            words[value].append(i)
        else:
            words[value] = [i]
    return words


def _merged(lists: list) -> list[int]:
    """The indices of a few sorted lists with no index in two of them (the words of distinct values
    of one column), in order."""
    if len(lists) == 1:
        return list(lists[0])
    found: list[int] = []
    for part in lists:
        found += part
    found.sort()  # sorted runs: merged, not sorted anew
    return found


_POSITION_IDS: dict[tuple, tuple[list[int], np.ndarray | None]] = {}


def _position_ids(strings, deps: tuple[str, ...], pos: tuple[str, ...]) -> tuple[list[int], np.ndarray | None]:
    """The hashes of ``deps`` (plain ints) and a table that is true at the ids of ``pos``
    (None: any), once per pair of tuples (string hashes do not depend on the vocab)."""
    key = (deps, pos)
    ids = _POSITION_IDS.get(key)
    if ids is None:
        table = None
        if pos:
            table = np.zeros(max(int(v) for v in POS_IDS.values()) + 1, dtype=bool)
            table[[int(POS_IDS[p]) for p in pos]] = True
        ids = _POSITION_IDS[key] = ([int(strings[d]) for d in deps], table)
    return ids


def words_where(doc: Doc, column: int, test, cache: dict[int, bool]) -> list[int]:
    """Indices of the words whose string in ``column`` (ORTH, LEMMA, ...) passes ``test``,
    read from the parse's array: ``test`` runs once per string (``cache``, kept by the
    caller for one ``test``, maps its hash to the answer), and no Token is made."""
    strings = doc.vocab.strings
    out = []
    for i, key in enumerate(doc.to_array(column).tolist()):
        passed = cache.get(key)
        if passed is None:
            passed = cache[key] = bool(test(strings[key]))
        if passed:
            out.append(i)
    return out


def verb_lemmas(token: Token) -> frozenset[str]:
    """The lemma, and what the word could be the infinitive of: the French
    model sometimes leaves a verb unlemmatised ('cherche' -> 'cherche').
    Kept by the ids of the lemma and the form (no string looked up, lowered and
    hashed for a word met before); the same set as by the strings."""
    key = (token.lemma, token.orth)
    found = _VERB_LEMMAS_BY_ID.get(key)
    if found is None:
        if len(_VERB_LEMMAS_BY_ID) >= 1 << 16:  # bounded: a corpus's words would otherwise pile up
            _VERB_LEMMAS_BY_ID.clear()
        found = _VERB_LEMMAS_BY_ID[key] = _verb_lemmas(token.lemma_.lower(), token.text.lower())
    return found


_VERB_LEMMAS_BY_ID: dict[tuple[int, int], frozenset[str]] = {}


@lru_cache(maxsize=1 << 14)
def _verb_lemmas(lemma: str, word: str) -> frozenset[str]:
    found = {lemma, word}
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: len(word) - len(ending)] if ending else word
            found |= {stem + "er", stem + "ir", stem + "re"}
    return frozenset(found)


def morph_values(token: Token, field: str) -> list[str]:
    """``token.morph.get(field)``, kept by the analysis's hash (a hash of its features, the same
    in any vocab) and the field: spaCy decodes the strings anew at each call, some 2 µs, and the
    rules ask tens of thousands of times per pass."""
    key = (token.morph.key, field)
    found = _MORPH_VALUES.get(key)
    if found is None:
        if len(_MORPH_VALUES) >= 1 << 16:  # bounded, as the caches above
            _MORPH_VALUES.clear()
        found = _MORPH_VALUES[key] = tuple(token.morph.get(field))
    return list(found)  # the caller's own list, as before


_MORPH_VALUES: dict[tuple[int, str], tuple[str, ...]] = {}


def in_compound(lemma: str, words: frozenset[str] | set[str]) -> bool:
    """Whether a hyphenated compound has a part among ``words``: 'guides-animateurs' is a noun
    of people because 'animateur' is."""
    return "-" in lemma and any(part in words for part in lemma.split("-") if part)


def noun_lemmas(token: Token) -> set[str]:
    word = token.text.lower()
    return {token.lemma_.lower(), word, word[:-1] if word.endswith(("s", "x")) else word}


_CONDITIONAL_ENDINGS = ("ais", "ait", "ions", "iez", "aient")
_FUTURE_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")


#: the stems of the future and the conditional that are not the infinitive ('seraient', 'aura', 'iront')
_IRREGULAR_STEMS = {"être": "ser", "avoir": "aur", "aller": "ir", "faire": "fer", "pouvoir": "pourr", "devoir": "devr",
                    "vouloir": "voudr", "venir": "viendr", "tenir": "tiendr", "obtenir": "obtiendr", "savoir": "saur",
                    "voir": "verr", "falloir": "faudr", "valoir": "vaudr", "recevoir": "recevr", "percevoir": "percevr",
                    "envoyer": "enverr", "courir": "courr", "mourir": "mourr"}


def tense_by_ending(token: Token) -> str | None:
    """'Cnd' or 'Fut' read off the word when the tagger says indicative
    ('accepteraient'): the future and the conditional are the infinitive
    (less the final 'e' of -re verbs) plus an ending, which no other tense is.

    A past simple ('déclara') does not start with its infinitive, so it is
    never taken for a future.
    """
    if token.pos_ not in ("VERB", "AUX") or "Fin" not in morph_values(token, "VerbForm"):
        return None
    lemma, word = token.lemma_.lower(), token.lower_
    stem = _IRREGULAR_STEMS.get(lemma) or (lemma[:-1] if lemma.endswith("re") else lemma)
    if not lemma.endswith(("er", "ir", "re")) or not word.startswith(stem):
        return None
    rest = word[len(stem):]
    return "Cnd" if rest in _CONDITIONAL_ENDINGS else "Fut" if rest in _FUTURE_ENDINGS else None


# The helpers below compare the integer ids of parts of speech and relations (``token.pos``,
# ``token.dep``; the same tests as on ``pos_`` and ``dep_``, without a string looked up for each
# word) and walk a word's children in a plain loop: they are asked of most words of every article.
_NOUN, _PROPN, _VERB, _AUX, _ADP = (POS_IDS[p] for p in ("NOUN", "PROPN", "VERB", "AUX", "ADP"))
_DET, _NUMMOD, _CASE, _FIXED, _MARK, _ACL, _AUX_PASS, _AUX_TENSE = (
    get_string_id(d) for d in ("det", "nummod", "case", "fixed", "mark", "acl", "aux:pass", "aux:tense"))


#: ``doc.user_data`` key of the answers kept for a parse that no step changes any more (:func:`settle`)
_SETTLED = "kg_settled_parse"


def settle(doc: Doc) -> None:
    """From now on the parse stays as it is (the repairs are done): the helpers below keep their
    answer for a word and give it again when asked anew (the extraction asks the same of one word
    many times, and each answer walks the word's children, a Token made for each)."""
    doc.user_data[_SETTLED] = ({}, {}, {}, {})  # by word: article, case words, passive, reflexive
    doc.user_data[_CHILDREN] = {}
    doc.user_data[_SUBTREES] = {}
    doc.user_data.pop(_SENTENCES, None)
    doc.user_data.pop(_DATELINE, None)


def unsettle(doc: Doc) -> None:
    """The parse may change again (before the repairs): nothing kept is given any more."""
    doc.user_data.pop(_SETTLED, None)
    doc.user_data.pop(_CHILDREN, None)
    doc.user_data.pop(_SUBTREES, None)
    doc.user_data.pop(_SENTENCES, None)
    doc.user_data.pop(_DATELINE, None)


#: ``doc.user_data`` key of the children kept per word while the parse is settled (:func:`children`)
_CHILDREN = "kg_settled_children"


def is_infinitive(verb: Token) -> bool:
    """An infinitive, by itself or by its auxiliary ('avoir proposé', 'être parvenu')."""
    return morph_values(verb, "VerbForm") == ["Inf"] or any(
        c.dep_.startswith("aux") and morph_values(c, "VerbForm") == ["Inf"] for c in children(verb))


def children(token: Token):
    """``token.children``, kept per word as a tuple once the parse is settled (:func:`settle`): spaCy
    walks the span from the word's leftmost to its rightmost descendant and makes a Token for each
    child at each call, and the rules ask for the children of one word several times (four in five
    asks after the repairs are for a word asked before). Before, the parse's own generator."""
    kept = token.doc.user_data.get(_CHILDREN)
    if kept is None:
        return token.children
    i = token.i
    found = kept.get(i)
    if found is None:
        found = kept[i] = tuple(token.children)
    return found


#: ``doc.user_data`` keys of the subtrees kept per word and of the sentences (their first words, and the
#: spans made so far) while the parse is settled
_SUBTREES = "kg_settled_subtrees"
_SENTENCES = "kg_settled_sentences"


def subtree_of(token: Token):
    """``token.subtree``, kept per word as a tuple once the parse is settled (:func:`settle`): spaCy
    walks it through one generator per descendant at each call, and the rules read the subtree of one
    clause's verb for each noun in it. Before, the parse's own generator."""
    kept = token.doc.user_data.get(_SUBTREES)
    if kept is None:
        return token.subtree
    i = token.i
    found = kept.get(i)
    if found is None:
        found = kept[i] = tuple(token.subtree)
    return found


def phrase_head(word: Token) -> Token:
    """The noun a chain of complements after it hangs from: 'le salaire moyen des caissières' from
    'caissières', 'un plan de départs' from 'départs' (a noun after its head, up 'nmod' links)."""
    while word.dep_ == "nmod" and word.head.pos_ == "NOUN" and word.head.i < word.i:
        word = word.head
    return word


def among_pronoun(token: Token) -> Token | None:
    """'Neuf d'entre eux', 'une vingtaine d'entre elles': the pronoun a count is taken from."""
    return next((c for c in children(token) if c.lower_ in ("eux", "elles") and c.pos_ == "PRON"
                 and case_words(c) & {"entre", "d'", "de"}), None)


def sent_of(token: Token):
    """``token.sent``, once the parse is settled (:func:`settle`), from the sentence starts read once
    (``sent_start`` 1, as ``Span.sent`` finds them, which walks the words both ways at each call),
    each sentence's span made once. Before, or for a parse with no sentence starts or with hooks,
    spaCy's own."""
    doc = token.doc
    if _SETTLED not in doc.user_data:
        return token.sent
    kept = doc.user_data.get(_SENTENCES)
    if kept is None:
        if not doc.has_annotation("SENT_START") or doc.user_hooks or doc.user_token_hooks or doc.user_span_hooks:
            return token.sent
        starts = [0] + [i for i in (doc.to_array(SENT_START) == 1).nonzero()[0].tolist() if i > 0]
        kept = doc.user_data[_SENTENCES] = (starts, {})
    starts, spans = kept
    k = bisect_right(starts, token.i)
    span = spans.get(k)
    if span is None:
        span = spans[k] = doc[starts[k - 1]:starts[k] if k < len(starts) else len(doc)]
    return span


def is_nominal(token: Token) -> bool:
    """Nouns, and verbs the tagger got wrong: 'l'offre' has an article."""
    pos = token.pos
    if pos == _NOUN or pos == _PROPN:
        return True
    if pos != _VERB and pos != _AUX:
        return False
    settled = token.doc.user_data.get(_SETTLED)
    if settled is None:
        return _has_article(token)
    found = settled[0].get(token.i)
    if found is None:
        found = settled[0][token.i] = _has_article(token)
    return found


def _settled_answer(token: Token, table: int, test) -> bool:
    """``test(token)``, kept in the settled parse's ``table`` (see :func:`settle`): each answer walks
    the word's children, and the events and their arguments ask it of one word many times."""
    settled = token.doc.user_data.get(_SETTLED)
    if settled is None:
        return test(token)
    found = settled[table].get(token.i)
    if found is None:
        found = settled[table][token.i] = test(token)
    return found


def _has_article(token: Token) -> bool:
    for c in children(token):
        if c.dep == _DET:
            return True
    return False


def case_words(token: Token) -> frozenset[str] | set[str]:
    """The prepositions of a word ('d'' gives 'de' too): kept per word once the parse is settled,
    and given as they are kept (no caller changes them: a copy at each of the thousands of asks
    cost more than the rest of the lookup)."""
    settled = token.doc.user_data.get(_SETTLED)
    if settled is None:
        return _case_words(token)
    found = settled[1].get(token.i)
    if found is None:
        found = settled[1][token.i] = frozenset(_case_words(token))
    return found


def _case_words(token: Token) -> set[str]:
    words = set()
    for child in children(token):
        dep = child.dep
        if dep == _CASE or dep == _FIXED or (dep == _MARK and child.pos == _ADP):
            w = child.text.lower()
            if w in ("d'", "de") and dep == _CASE and child.i + 1 < len(child.doc) and (
                    nxt := child.doc[child.i + 1]).dep == _FIXED and nxt.lower_ == "ici":
                words.add("d'ici")  # ('d'ici juin': by when, no 'de' of a complement)
                continue
            words.add(w)
            if w == "d'":
                words.add("de")
    return words


def is_bare(token: Token) -> bool:
    """A noun with no article: 'offre d'emploi', not 'la grève des acteurs'."""
    if token.pos == _PROPN:
        return False
    for c in children(token):
        if c.dep == _DET or c.dep == _NUMMOD:
            return False
    return not (case_words(token) & {"du", "des", "au", "aux"})


def is_definite(token: Token) -> bool:
    """'la grève', 'l'offre', 'cette proposition', 'sa proposition', 'en grève': a known event, not a new one."""
    for child in children(token):
        if child.dep == _DET and ("Def" in morph_values(child, "Definite") or "Yes" in morph_values(child, "Poss")
                                    or "Dem" in morph_values(child, "PronType")):
            return True
    # "en grève", "en pleine négociation": a state of an event already under way
    return bool(case_words(token) & {"du", "des", "au", "aux", "en"})


def is_passive(token: Token) -> bool:
    """'a été rejetée', 'des deepfakes générés par l'IA'."""
    return _settled_answer(token, 2, _is_passive)


def _is_passive(token: Token) -> bool:
    for c in children(token):
        if c.dep == _AUX_PASS:
            return True
    return (
        token.dep == _ACL and "Part" in morph_values(token, "VerbForm") and "Past" in morph_values(token, "Tense")
        # 'd'avoir utilisé': a past infinitive is active
        and not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in children(token)))


def is_past(token: Token) -> bool:
    """'a recruté', 'avait recruté', 'recruta': the event is done."""
    for c in children(token):
        if c.dep == _AUX_TENSE:
            return True
    return "Fin" in morph_values(token, "VerbForm") and "Past" in morph_values(token, "Tense")


def is_reflexive(token: Token) -> bool:
    """'se proposer', 's'annoncer', 'se séparer de': the reflexive is another verb."""
    return _settled_answer(token, 3, _is_reflexive)


def _is_reflexive(token: Token) -> bool:
    for c in children(token):
        if c.lemma_.lower() in ("se", "s'") and (c.dep_.startswith("expl") or c.dep_ in ("obj", "iobj")):
            return True
    return False


#: endings of adjectives and nouns of origin (le Bondynois, la Lyonnaise)
DEMONYM_ENDINGS = ("ois", "oise", "ais", "aise", "ien", "ienne", "éen", "éenne", "ain", "in")  # not -aine, -ine: Ukraine


def is_demonym(token: Token) -> bool:
    """'le Bondynois', 'la Colombienne', 'l'Argentin', 'les Bruxellois de X': a capitalised word
    of origin after a definite article names a person (or the people of a team) by where they
    come from, not a place or a body."""
    word = token.text
    if len(word) < 5 or not word[:1].isupper() or not word[1:].islower() or not word.endswith(DEMONYM_ENDINGS):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.lower_ in ("le", "la", "l'", "du", "au", "les", "aux", "des")


#: the endings of a past participle of the first group, longest first ('licenciées' ... 'licencié')
PARTICIPLE_ENDINGS = ("ées", "és", "ée", "é")


def participle_stem(word: str) -> str | None:
    """What a word ends in a past participle's ending after ('licenciées' gives 'licenci'), or None:
    with 'er', the verb it may be the participle of."""
    return next((word[:-len(end)] for end in PARTICIPLE_ENDINGS if word.endswith(end)), None)


def is_fronted_participle(token: Token) -> bool:
    """'Questionnée, la préfète affirme ...', 'Contactés, les élus ...': a past participle of a
    verb in -er opening its sentence before a comma says what happened to the subject that
    follows; the model may take the capitalised word for a name. Known by its ending and by the
    verb the vocabulary knows ('solliciter'); 'René, ...' has no such verb."""
    word = token.text
    if not word[:1].isupper() or not word[1:].islower() or not word.endswith(PARTICIPLE_ENDINGS):
        return False
    if token.i + 1 >= len(token.doc) or token.doc[token.i + 1].text != ",":
        return False
    if not (token.i == 0 or token.is_sent_start):
        return False
    stem = participle_stem(word.lower())
    return stem is not None and len(stem) >= 3 and token.vocab.has_vector(stem + "er")


_DASHES = {"-", "–", "—"}


def dateline_places(doc: Doc) -> frozenset[int]:
    """The words of the place a dispatch is datelined from, at the start of a line before any
    verb: before the agency's brackets ('Tamatave (AFP) -', 'Genève, 3 mai (ATS) -') or before a
    dash right after capitalised words ('RIMOUSKI —'), or a brief's first line that is a name alone
    ('Vernac' on its own line). A place, whatever the model took it for."""
    cached = doc.user_data.get("kg_dateline_places")
    if cached is not None:
        return cached
    found: set[int] = set()
    space = doc.to_array(IS_SPACE).tolist()  # read once: a Token for each word of each line cost more
    for start, end in _lines(doc):
        while start < end and space[start]:
            start += 1
        alone = [j for j in range(start, min(end + 1, len(doc))) if not space[j]]
        if not found and 0 < len(alone) <= 3 and all(doc[j].text[:1].isupper() or doc[j].text in _DASHES for j in alone) \
                and not any(doc[j].is_space or doc[j].is_alpha for j in range(0, start)):
            # a brief's first line that is a name alone ('Vernac', then the text): where it comes from
            found.update(alone)
        for k in range(start, min(end, start + 8)):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper() or (t.text == "(" and k == start):
                break  # (a capitalised word the tagger took for a verb, 'RIMOUSKI', is still a name)
            if t.text in _DASHES or t.text == "(":
                # the place runs up to a comma ('Genève, 3 mai'), and is capitalised words only
                comma = next((j for j in range(start, k) if doc[j].text == ","), k)
                named = comma > start and all(doc[j].text[:1].isupper() or doc[j].text in _DASHES
                                              for j in range(start, comma))
                if t.text == "(":
                    ok = _agency_close(doc, k, end) is not None
                else:
                    ok = comma == k  # 'RIMOUSKI —' (no date before a bare dash)
                if ok and named:
                    found.update(range(start, comma))
                break
    result = frozenset(found)
    doc.user_data["kg_dateline_places"] = result
    return result


def dateline(doc: Doc) -> frozenset[int]:
    """The words of an agency's name in a dispatch's dateline ('Lyon (AFP) -', 'Genève, 3 mai
    (ATS) -'): at the start of a line, before any verb, a name in brackets followed by a dash
    says who wrote the text, never who acts in it ('la Ville (Isère) a voté' has no dash).
    Read once for a settled parse (:func:`settle`): the entities and the coreference both ask."""
    if _SETTLED in doc.user_data:
        kept = doc.user_data.get(_DATELINE)
        if kept is None:
            kept = doc.user_data[_DATELINE] = _dateline(doc)
        return kept
    return _dateline(doc)


#: ``doc.user_data`` key of the agency's words of :func:`dateline` while the parse is settled
_DATELINE = "kg_settled_dateline"


def _dateline(doc: Doc) -> frozenset[int]:
    found: set[int] = set()
    for start, end in _lines(doc):
        for k in range(start, min(end, start + 10)):
            if doc[k].pos_ in ("VERB", "AUX"):
                break
            if doc[k].text == "(":
                close = _agency_close(doc, k, end)
                if close is not None:
                    found.update(range(k + 1, close))
                break
    return frozenset(found)


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """(first word, word that ends it) of each line of the text, read once per Doc: both readers of
    the dateline walk the lines."""
    lines = doc.user_data.get("kg_lines")
    if lines is None:
        lines, start = [], 0
        for end in _line_ends(doc):
            lines.append((start, end))
            start = end + 1
        if start < len(doc):
            lines.append((start, len(doc)))
        doc.user_data["kg_lines"] = lines
    return lines


def _line_ends(doc: Doc) -> list[int]:
    """The words that hold a line break, in order, found from the line breaks of the parse's text
    instead of a Token and its text for every word: a word's trailing whitespace is a space or
    nothing (``whitespace_``), so every line break of the text lies within a word."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.text
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    if not breaks:
        return []
    starts = doc.to_array(IDX)
    return sorted(set((np.searchsorted(starts, breaks, side="right") - 1).tolist()))


_LINE_BREAK = re.compile("\n")


def _agency_close(doc: Doc, opening: int, end: int) -> int | None:
    """The closing bracket of '(AFP) -' opened at ``opening``: a name in brackets, within the line,
    followed by a dash."""
    close = next((j for j in range(opening + 1, min(end, opening + 6)) if doc[j].text == ")"), None)
    if close is not None and close > opening + 1 and close + 1 < min(end + 1, len(doc)) and doc[close + 1].text in _DASHES:
        return close
    return None
