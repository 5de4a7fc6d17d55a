"""A person's office as the text gives it: 'la Première ministre Léa Varnas',
'Marc Orvel, directeur général de Vantel'.

A title is kept as the person's role (``schema:jobTitle``) and, when its
complement names an organisation ('de Vantel'), as whom they work for
(``schema:worksFor``). The title is what the text says in that document,
not a fact about the person for all time: each document records its own.

The title and the name are read in the order of the words, and the parse
says only how far the title's phrase goes: appositions are where the French
parser errs most (a name after a title's complement is often hung on the
complement, a title after a name on another noun).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..text import fold
from .model import Entity, Office, Span
from .syntax import children, sent_of

#: relations inside a title's phrase, from a word up to the title noun: its adjectives and
#: its complements ('secrétaire générale de la CGT du Rhône')
_WITHIN = {"amod", "nmod", "case", "det", "flat", "flat:name", "fixed", "compound", "nummod"}
#: a title's phrase never goes on over these
_STOPS = {",", ";", ":", "(", ")", "«", "»", '"', "—", "–"}


def find_offices(doc: Doc, text: str, token_entity: dict[int, str], entities: dict[str, Entity],
                 title_words: frozenset[str], civil: frozenset[str], sentence_of) -> list[Office]:
    """Every person named with a title, in text order. ``title_words`` are the folded nouns
    of a person's office (lexicon's personDescriptors, gazetteer's personTitleNouns),
    ``civil`` the folded civil titles ('M.', 'Me'), which are no office."""
    offset = doc.user_data.get("offset", 0)
    out: list[Office] = []
    seen: set[tuple[str, str]] = set()
    for key, start, end in _person_mentions(token_entity, entities):
        for words in (_title_before(doc, start, title_words, civil, token_entity),
                      _title_after(doc, end, title_words, token_entity)):
            if not words:
                continue
            b, e = words[0].idx + offset, words[-1].idx + len(words[-1]) + offset
            label = text[b:e]
            if (key, fold(label)) in seen:
                continue
            seen.add((key, fold(label)))
            orgs = [token_entity[t.i] for t in words if t.i in token_entity
                    and entities[token_entity[t.i]].type == "Organization"]
            out.append(Office(key, label, orgs[0] if orgs else None, Span(b, e, label), sentence_of(b)))
    return out


def _person_mentions(token_entity: dict[int, str], entities: dict[str, Entity]):
    """(key, first token, last token) of each run of tokens that names one person."""
    run: list[int] = []
    for i in sorted(token_entity):
        key = token_entity[i]
        if run and (i != run[-1] + 1 or token_entity[run[-1]] != key):
            if entities[token_entity[run[0]]].type == "Person":
                yield token_entity[run[0]], run[0], run[-1]
            run = []
        run.append(i)
    if run and entities[token_entity[run[0]]].type == "Person":
        yield token_entity[run[0]], run[0], run[-1]


def _is_title(token: Token, title_words: frozenset[str], token_entity: dict[int, str]) -> bool:
    return token.pos_ == "NOUN" and token.i not in token_entity and fold(token.lemma_) in title_words


def _title_before(doc: Doc, start: int, title_words: frozenset[str], civil: frozenset[str],
                  token_entity: dict[int, str]) -> list[Token]:
    """'la Première ministre Léa Varnas', 'le directeur de Vantel, Marc Orvel', 'l'avocate des
    salariés, Me Julie Varnas': a title phrase that ends right before the name (a comma and a
    civil title may come between). The last word before the name leads up to the title noun
    through the title's own adjectives and complements only ('le directeur a vu Marc Orvel'
    and 'le directeur de Marc Orvel' give nothing: a verb, or a 'de' before the name)."""
    last = start - 1
    while last >= 0 and fold(doc[last].text) in civil:
        last -= 1
    if last >= 0 and doc[last].text == ",":
        last -= 1
    if last < 0 or doc[last].is_punct or doc[last].dep_ in ("case", "det", "cc") \
            or doc[last].is_sent_start and last != start - 1 and not _is_title(doc[last], title_words, token_entity):
        return []
    if sent_of(doc[last]) != sent_of(doc[start]):
        return []
    token, title = doc[last], None
    while True:
        if _is_title(token, title_words, token_entity):
            title = token  # the highest: 'l'avocate des salariés', not 'salariés'
        if token.dep_ not in _WITHIN or token.head.i >= token.i:
            break
        token = token.head
    if title is None:
        return []
    first = title.i
    while first > 0 and doc[first - 1].dep_ == "amod" and doc[first - 1].head.i == title.i:
        first -= 1  # 'la Première ministre'
    words = list(doc[first:last + 1])
    if any(t.text in _STOPS or t.pos_ in ("VERB", "AUX") for t in words):
        return []
    return words


def _title_after(doc: Doc, end: int, title_words: frozenset[str], token_entity: dict[int, str]) -> list[Token]:
    """'Marc Orvel, directeur général de Vantel, a dit', 'Marc Orvel, le président et chef de la
    direction de Vantel': after the name and a comma, a title noun and the words of its phrase
    up to the next comma or the end of the phrase ('Marc Orvel, qui dirige ...' and 'Marc Orvel,
    la grève ...' give nothing: no title noun comes first)."""
    i = end + 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    if i < len(doc) and doc[i].dep_ == "det":
        i += 1
    if i >= len(doc) or not _is_title(doc[i], title_words, token_entity) or sent_of(doc[i]) != sent_of(doc[end]):
        return []
    title = doc[i]
    if title.i + 1 < len(doc) and doc[title.i + 1].pos_ == "DET" and doc[title.i + 1].dep_ == "det":
        # 'Carla Benedetti, juge la décision ...': a title takes its complement with a preposition;
        # a noun followed by an article is the verb the tagger took for a noun
        return []
    name = doc[end]
    while name.head.i != name.i and token_entity.get(name.head.i) == token_entity.get(end):
        name = name.head
    subtree = {t.i for t in title.subtree}
    last = title.i
    while (last + 1 < len(doc) and last + 1 in subtree and doc[last + 1].text not in _STOPS
           and doc[last + 1].pos_ not in ("VERB", "AUX") and doc[last + 1].dep_ not in ("acl", "acl:relcl")):
        last += 1
    apposed = title.dep_ == "appos" and token_entity.get(title.head.i) == token_entity.get(end)
    closed = last + 1 >= len(doc) or doc[last + 1].text in (",", ")", "—", "–", ".", ";")
    if not (apposed or closed) and (title.dep_.startswith("nsubj") or any(c.dep_ == "case" for c in children(name))):
        # 'Selon Marc Orvel, le joueur touchera ...': a noun after the comma that no second comma
        # closes is the next clause's subject ('de Marc Orvel, le patron de Vantel, ...' is closed)
        return []
    words = list(doc[title.i:last + 1])
    while words and (words[-1].is_punct or words[-1].dep_ in ("case", "det", "cc")):
        words.pop()
    return words
