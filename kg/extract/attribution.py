"""Who a fact is attributed to: "selon X", "d'après X", "comme le rapporte X",
"X explique que ...". The source goes on the events it covers and makes them
reported."""

from __future__ import annotations

import re
from dataclasses import replace


from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Token

from ..text import fold
from .events import EventReader
from .names import doc_text
from .syntax import case_words, children, is_infinitive, sent_of, verb_lemmas
from .model import Event

_AS_REPORTED = re.compile(r"\bcomme\s+(?:le|l'|la|les)\s*(?:(?:a|ont|avait|avaient)\s+)?(\w+)\s+", re.IGNORECASE)


def _events_under(reader: EventReader, root: Token, events: list[Event]) -> list[Event]:
    """Events whose trigger lies in the subtree of ``root``."""
    span = range(root.left_edge.idx + reader.offset, root.right_edge.idx + len(root.right_edge.text) + reader.offset)
    return [e for e in events if any(t.begin in span for t in e.triggers)]


def _events_in_sentence(events: list[Event], sentence: int) -> list[Event]:
    return [e for e in events if sentence in e.sentences]


def _nearest_events(reader: EventReader, token: Token, events: list[Event]) -> list[Event]:
    """The event of the nearest word above ``token`` that states one; for a phrase set off by a comma
    ('..., une offre de X, estimée trop faible, selon le journal Y'), every event up to the
    first verb that states one: the source speaks for the clause, not only for the noun it hangs on."""
    loose = token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
    found: list[Event] = []
    t = token
    while t.head.i != t.i:
        t = t.head
        here = [e for e in events if e.type != "Statement" and any(tr.begin == t.idx + reader.offset for tr in e.triggers)]
        found += here[:1]
        if here and (not loose or t.pos_ in ("VERB", "AUX")):
            break
    return found


def _faire_savoir(verb: Token) -> bool:
    """'a fait savoir', 'fait savoir': a verb of saying in two words, whichever of them the
    parser made the head."""
    if verb.lemma_ == "faire":
        return any(c.lemma_ == "savoir" and c.i == verb.i + 1 for c in children(verb))
    return verb.lemma_ == "savoir" and any(c.lemma_ == "faire" and c.i == verb.i - 1 for c in children(verb))


def _after_comma(verb: Token) -> bool:
    """The verb (with its auxiliaries) follows a comma or a closing quotation mark."""
    words = [verb, *[c for c in children(verb) if c.lemma_ == "faire" and c.i == verb.i - 1]]  # 'a fait savoir'
    first = min([*words, *[c for w in words for c in children(w) if c.dep_.startswith("aux")]], key=lambda t: t.i)
    return first.i > 0 and first.nbor(-1).text in (",", '"', "»", "”")


def _reported_infinitive(verb: Token) -> Token | None:
    """The bare infinitive a verb of saying governs ('affirme avoir signé', 'assure être prêt'): what the
    speaker says it did or does. One after 'de' or 'à' ('regrette de', 'invite à') is left out."""
    for child in children(verb):
        if (child.dep_ == "xcomp" and child.i > verb.i and child.pos_ in ("VERB", "AUX") and is_infinitive(child)
                and not any(c.dep_ in ("mark", "case") for c in children(child))):
            return child
    return None


def _before_colon(verb: Token) -> bool:
    """The verb's clause ends with a colon right after it ('X l'affirme :', 'X prévient :')."""
    for t in verb.doc[verb.i + 1:verb.i + 4]:
        if t.text == ":":
            return True
        if not (t.pos_ in ("ADV", "PRON") or t.dep_.startswith("obl") and t.pos_ == "NOUN"):
            return False
    return False


def _postposed_speaker(reader: EventReader, verb: Token) -> Token | None:
    """Who speaks in an incise: the person or body named right after the verb,
    possibly hung by the parser on a date in between ('a indiqué mardi le syndicat X')."""
    for child in children(verb):
        if child.i < verb.i or child.dep_ not in ("nsubj", "obj", "obl:mod", "nmod", "appos", "dep"):
            continue
        candidates = [child, *[g for g in children(child) if g.dep_ in ("nmod", "appos") and g.i > child.i]]
        for cand in candidates:
            # ('..., précise l'accord', 'indique le rapport': a text says what it provides or found)
            if reader.animate_token(cand) or cand is child and fold(cand.lemma_) in reader.lexicon.folded(
                    "speakingTextWords") and any(c.dep_ == "det" for c in children(cand)):
                return cand
    return None


def _learnt_from(verb: Token) -> Token | None:
    """'..., a-t-on appris auprès de la CGT', 'a appris l'AFP auprès du parquet': whom the writer
    learnt a fact from, after 'auprès de', is its source ('Les apprentis ont appris le métier auprès
    d'un maître', with no comma before the verb, is no incise)."""
    if verb.lemma_ != "apprendre" or not _after_comma(verb):
        return None
    for child in children(verb):
        if child.lower_ == "auprès":  # 'auprès' an adverb, its 'de' phrase under it
            return next((g for g in children(child) if g.dep_ in ("obl:arg", "obl", "nmod", "obl:mod")), None)
        if child.dep_.startswith(("obl", "nmod")) and any(c.lower_ == "auprès" for c in children(child)):
            return child
    return None


_FIRST_PERSON_POSSESSIVES = {"notre", "nos", "mon", "ma", "mes"}
#: participles by which a sum is someone's estimate ('estimée à 2 millions par X')
_ESTIMATING = {"estimer", "evaluer", "chiffrer"}


def _writers_own(source: Token) -> bool:
    """'selon nos informations', 'd'après notre enquête': what the writer found out
    is no one else's word, so it names no source ('selon leurs informations' does:
    someone else's)."""
    return any(c.dep_ == "det" and c.lower_ in _FIRST_PERSON_POSSESSIVES for c in children(source))


def _opinion_holder(reader: EventReader, pour: Token) -> tuple[Token, int] | None:
    """'Pour Léa Varnas, déléguée CGT, un soudeur gagne 1 900 euros', '..., déléguée CGT, pour qui
    un soudeur gagne ...': a named person or body after 'pour' opening its sentence (before a
    comma), or the antecedent of 'pour qui', is whose view the rest of the sentence gives; returns
    that word and the offset after which the view is told. ('Pour les salariés, la prime ...' names
    no one: people a clause is about.)"""
    doc = reader.doc
    after = doc[pour.i + 1] if pour.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "qui" and after.pos_ == "PRON":
        clause = next((a for a in after.ancestors if a.dep_ == "acl:relcl"), None)
        holder = reader.antecedent(after) or (clause.head if clause is not None else None)
        return (holder, after.idx + reader.offset) if holder is not None and holder.i in reader.token_entity \
            and reader.entities[reader.token_entity[holder.i]].type in ("Person", "Organization") else None
    if pour.i > 0 and doc[pour.i - 1].text not in (".", "!", "?", "\n") and "\n" not in doc[pour.i - 1].whitespace_:
        return None  # not where its sentence opens
    holder = pour.head
    key = reader.token_entity.get(holder.i)
    if key is None or reader.entities[key].type not in ("Person", "Organization") or "pour" not in case_words(holder):
        return None
    comma = next((t for t in doc[holder.i + 1:holder.i + 12] if t.text == ","), None)
    if comma is None:
        return None
    # (the title apposed to the name is its own: 'Pour Léa Varnas, déléguée CGT, ...')
    close = next((t for t in doc[comma.i + 1:comma.i + 8] if t.text == ","), None)
    apposed = close is not None and all(t.head.i == holder.i or t.head.i in range(comma.i, close.i) or t.text == ","
                                        for t in doc[comma.i + 1:close.i])
    end = close if apposed else comma
    return holder, end.idx + reader.offset


def attribute(reader: EventReader, events: list[Event]) -> None:
    """Attach sources to ``events`` in place."""
    doc = reader.doc
    reporting = reader.lexicon.lemmas_where("reporting", lambda e: e.reporting)  # once per lexicon
    # the words below concern only 'selon', 'après' and verbs: a Token for those only
    strings, verb = doc.vocab.strings, int(POS_IDS["VERB"])  # an int: numpy compares an IntEnum slowly
    wanted = {strings[w] for w in ("selon", "d'après", "après", "pour", "Pour")}
    cols = doc.to_array([LOWER, POS])
    hit = cols[:, 1] == verb
    for low in wanted:
        hit |= cols[:, 0] == low
    for i in hit.nonzero()[0].tolist():
        token = doc[i]
        # "selon X", "d'après X"
        after = token.lower_ == "après" and token.i > 0 and doc[token.i - 1].lower_ in ("d'", "d")
        if token.lower_ in ("selon", "d'après") or after:
            # "selon X": case of X; "d'après X": "après" is fixed to the case word "d'"
            source = token.head if token.dep_ == "case" else token.head.head if token.dep_ == "fixed" else None
            if source is None or source.i == token.i or _writers_own(source):
                continue
            if (source.pos_ == "NOUN" and source.text.islower() and source.i not in reader.token_entity
                    and not any(c.dep_ in ("det", "nmod:poss") for c in children(source))):
                continue  # 'selon expérience', 'selon profil': a bare noun says what varies, not who says
            if fold(source.lemma_) in reader.lexicon.folded("varyWithNouns") and source.i not in reader.token_entity:
                continue  # ('payé entre X et Y selon l'expérience': what the sum varies with)
            fillers = reader.fillers(source)
            sentence = reader.sentence_of(token.idx + reader.offset)
            targets = _nearest_events(reader, source, events)
            for event in targets or _events_in_sentence(events, sentence):
                if event.type != "Statement":
                    for f in fillers:
                        event.add_source(f)
        if token.lower_ == "pour":
            opinion = _opinion_holder(reader, token)
            if opinion is not None:
                holder, after = opinion
                fillers = reader.fillers(holder)
                for event in _events_in_sentence(events, reader.sentence_of(token.idx + reader.offset)):
                    if event.type != "Statement" and all(t.begin > after for t in event.triggers):
                        for f in fillers:
                            event.add_source(f)
            continue
        if token.pos_ == "VERB" and token.dep_ == "acl" and fold(token.lemma_) in _ESTIMATING:
            # 'un coût évalué à 2 millions par les experts': whose estimate the sum is
            estimator = next((c for c in children(token) if c.dep_ == "obl:agent" and (
                reader.animate_token(c) or c.i in reader.token_entity or any(d.dep_ == "det" for d in children(c)))), None)
            if estimator is not None:
                fillers = reader.fillers(estimator)
                for event in _nearest_events(reader, token, events):
                    for f in fillers:
                        event.add_source(f)
        learnt = _learnt_from(token) if token.pos_ == "VERB" else None
        if learnt is not None:
            fillers = reader.fillers(learnt)
            for event in _events_in_sentence(events, reader.sentence_of(token.idx + reader.offset)):
                if event.type != "Statement" and all(t.begin < token.idx + reader.offset for t in event.triggers):
                    for f in fillers:
                        event.add_source(f)
        # "X explique que ...": the clause is X's
        if token.pos_ == "VERB" and (verb_lemmas(token) & reporting or _faire_savoir(token)):
            comps = [c for c in children(token) if c.dep_ == "ccomp"]
            # ('Il affirme que ...' with 'il' taken for an impersonal subject: a verb of saying has a speaker)
            subjects = [c for c in children(token) if c.dep_ == "nsubj"
                        or c.dep_ == "expl:subj" and c.lower_ in ("il", "elle", "ils", "elles")]
            said = _reported_infinitive(token) if subjects else None
            if said is not None:
                # 'X assure avoir proposé une prime', 'X indique avoir engagé 40 saisonniers': the deeds a
                # bare infinitive tells are the speaker's own, told on its word
                fillers = [replace(f, tells_own_deeds=True)
                           for f in reader.fillers(reader.antecedent(subjects[0]) or subjects[0])]
                for event in _events_under(reader, said, events):
                    for f in fillers:
                        event.add_source(f)
            if comps and subjects:
                # ('Il affirme que ...', '..., qui rappelle que ...': whom the pronoun stands for)
                fillers = reader.fillers(reader.antecedent(subjects[0]) or subjects[0])
                # what follows the verb in its clause is what is said, even where the parser split
                # the completive ('a déclaré que X supprimera': X as the complement, the verb beside it)
                after = [e for e in _events_under(reader, token, events)
                         if all(t.begin > token.idx + reader.offset for t in e.triggers)]
                for event in after:
                    for f in fillers:
                        event.add_source(f)
            elif subjects and _before_colon(token):
                # 'Le syndicat l'affirme : la direction a refusé', 'C'est X qui l'annonce : ...': what
                # follows the colon is what the speaker says
                subject = reader.antecedent(subjects[0]) or subjects[0]
                fillers = reader.fillers(subject)
                colon = next(t for t in doc[token.i + 1:] if t.text == ":")
                for event in _events_under(reader, sent_of(token).root, events) + _events_in_sentence(
                        events, reader.sentence_of(colon.idx + reader.offset)):
                    if all(t.begin > colon.idx + reader.offset for t in event.triggers):
                        for f in fillers:
                            event.add_source(f)
            elif not any(c.dep_ == "nsubj" and c.i < token.i for c in children(token)) and _after_comma(token):
                # an incise: '..., a indiqué mardi le syndicat', '..., rapporte l'agence X': the speaker
                # comes after the verb, and what it says is the sentence before
                speaker = _postposed_speaker(reader, token)
                if speaker is not None:
                    # (all it follows is what it says, its own deeds too: 'X supprimera ..., a annoncé X')
                    fillers = [replace(f, tells_own_deeds=True) for f in reader.fillers(speaker)]
                    sentence = reader.sentence_of(token.idx + reader.offset)
                    said = _events_in_sentence(events, sentence)
                    opening = sent_of(token)[0]
                    cut = opening.is_punct and opening.text == "," or opening.i >= min(
                        [token.i, *[c.i for c in children(token) if c.dep_.startswith("aux")]])
                    if cut and not any(all(t.begin < token.idx + reader.offset for t in e.triggers) for e in said):
                        said = _events_in_sentence(events, sentence - 1)  # the parser cut at the comma
                    for event in said:
                        if all(t.begin < token.idx + reader.offset for t in event.triggers):
                            for f in fillers:
                                event.add_source(f)
    # "comme le rapporte X": the parse varies, the words do not (read sentence by sentence, where
    # the text has any: most have none)
    for sent in doc.sents if _AS_REPORTED.search(doc_text(doc)) else ():
        for m in _AS_REPORTED.finditer(sent.text):
            said = next((t for t in sent if t.idx == sent.start_char + m.start(1)), None)
            if said is None or not verb_lemmas(said) & reporting:
                continue  # 'comme l'a révélé X', 'comme le rapporte X': a verb of saying
            start = sent.start_char + m.end()
            token = next((t for t in sent if t.idx >= start), None)
            if token is None:
                continue
            if token.dep_ == "det" or token.i in reader.token_entity:
                # 'comme le rapporte Le Télégramme': the name, not its article
                token = token.head if token.dep_ == "det" and token.head.i > token.i else token
            fillers = reader.fillers(token)
            sentence = reader.sentence_of(sent.start_char + reader.offset)
            for event in _events_in_sentence(events, sentence):
                for f in fillers:
                    event.add_source(f)
