"""The extraction steps in order, for one document."""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS

from ..documents import Document
from ..gazetteer import Gazetteer, load_gazetteer
from ..lexicon import Lexicon, load_lexicon
from ..nlp import load, normalise, parse
from ..text import fold
from .attribution import attribute
from .dates import find_dates
from .entities import find_entities
from .events import EventReader
from .merge import answer_the_offer_before, merge_events, settle_status
from .model import Event, Extraction, Span
from .money import find_amounts
from .repairs import repair
from .syntax import settle, unsettle
from .titles import find_offices


_VERB, _AUX = int(POS_IDS["VERB"]), int(POS_IDS["AUX"])  # ints: the column holds ints, not IntEnums


#: events that happen at a site or at a meeting: where a dispatch is datelined, unless the text says
_SITED = ("Layoff", "Hiring", "Agreement", "Negotiation")


def sentences_of(doc, text: str) -> list[Span]:
    """Sentence spans in the original text, without surrounding blanks."""
    offset = doc.user_data.get("offset", 0)
    spans = []
    prev_sent = None
    verbal = [p == _VERB or p == _AUX for p in doc.to_array(POS).tolist()]  # no Token for each word
    for sent in doc.sents:
        b, e = sent.start_char + offset, sent.end_char + offset
        while b < e and text[b].isspace():
            b += 1
        while e > b and text[e - 1].isspace():
            e -= 1
        gap = text[spans[-1].end:b] if spans else "\n"
        verbless = spans and not any(verbal[prev_sent.start:prev_sent.end]) and prev_sent[-1].is_alpha
        if spans and any(ch.isalnum() for ch in text[b:e]) and (
                spans[-1].text.endswith((":", ";")) or text[b] in ":;" or verbless) and "\n" not in gap:
            # a colon or a semicolon goes on with the same sentence, whatever the parser says; so does
            # a piece with no verb that ends with no stop ('Varnel | a licencié ...')
            last = spans[-1]
            spans[-1] = Span(last.begin, e, text[last.begin:e])
        elif any(ch.isalnum() for ch in text[b:e]):
            spans.append(Span(b, e, text[b:e]))
        elif spans:  # a lone closing quote belongs to the sentence before
            last = spans[-1]
            spans[-1] = Span(last.begin, e, text[last.begin:e])
        prev_sent = sent
    return spans


def said(event: Event, events: list[Event]) -> bool:
    """Whether an event of saying is worth a node of its own.

    A verb of saying attributes what it introduces: the events of its clause
    or quotation get its subject as their source (see :mod:`.attribution`),
    and saying is no event of its own; "who said what" is answered by the
    sources. An announcement is an event when someone announces something
    named ("annonce un plan social"), not when it introduces a clause that
    states an event ("annonce qu'il fera grève"), which is attribution again.
    A clause that states none of ours ("annonce qu'un audit sera mené") has
    no event to carry its source: the announcing is the event, the clause
    what it announces.
    """
    if not event.speech:
        return True
    if event.type == "Statement" or not event.roles["agent"] or event.quoted:
        return False
    if event.clausal:
        return event.type == "Announcement" and bool(event.roles["theme"]) and not any(
            f.span is not None and not other.speech and f.span.begin <= t.begin < f.span.end
            for f in event.roles["theme"] for other in events for t in other.triggers)
    return any(not f.own for f in event.roles["theme"])


def quoted_wage(event: Event, events: list[Event], quotes: list[tuple[int, int]]) -> bool:
    """'« Un vendeur touche 1 900 euros par mois », résume X': a wage by the time, of people named,
    stated inside a quotation is kept, with the speaker of the quotation (the verb of saying right
    after it, or right before it: 'X prévient : « ... »') as its source; any other event a quotation
    states is the speaker's word, not the paper's. ``quotes``: the quotations' spans in the text."""
    if event.type != "Earning" or event.amount is None or event.amount.per is None or not event.roles["agent"]:
        return False
    at = event.triggers[0].begin
    quote = next(((b, e) for b, e in quotes if b <= at < e), None)
    if quote is not None:
        b, e = quote
        speech = next((s for s in events if s.speech and (e <= s.triggers[0].begin <= e + 40
                                                          or b - 60 <= s.triggers[0].end <= b)), None)
        for speaker in speech.roles["agent"] if speech is not None else []:
            event.add_source(speaker)
    return True


def presents_an_offer(event: Event) -> bool:
    """'La direction a présenté une offre de 9 %', 'a annoncé sa proposition': presenting an offer
    is making it; the proposal is the event, and no announcement of it is kept beside it."""
    themes = [f for f in event.roles["theme"] if not f.own]
    return event.type == "Announcement" and bool(themes) and all(
        f.event is not None and f.event.type in ("Proposal", "JobOffer") for f in themes)


def offers_a_wage(event: Event, entities: dict) -> bool:
    """'Le club lui a soumis une proposition à 30 000 euros par mois' (to a person named): pay by the
    month or the year offered to one named person is the wage of a job offered to them, not a
    proposal in a dispute ('une indemnité annuelle aux agents' offers no one a job)."""
    return (event.type == "Proposal" and event.amount is not None and event.amount.per in ("month", "year")
            and bool(event.roles["recipient"]) and all(
                f.entity is not None and entities[f.entity].type == "Person" for f in event.roles["recipient"]))


def extract(document: Document, nlp: Language | None = None, lexicon: Lexicon | None = None,
            gazetteer: Gazetteer | None = None) -> Extraction:
    """Entities and events of one document, every one tied to its sentence."""
    return extract_parsed(document, parse(document, nlp or load()), lexicon, gazetteer)


def extract_parsed(document: Document, doc, lexicon: Lexicon | None = None,
                   gazetteer: Gazetteer | None = None) -> Extraction:
    """The same from the document's parse, made apart (``kg.nlp.parse``, or a batch
    of ``nlp.pipe`` with ``doc.user_data["offset"] = document.body_start``)."""
    lexicon = lexicon or load_lexicon()
    gazetteer = gazetteer or load_gazetteer()
    text = document.text
    body = normalise(text[document.body_start:])  # what the parser saw, for the finders that read text
    if (len(doc) and doc.user_data.get("offset", 0) == document.body_start
            and doc[-1].idx + len(doc[-1].text_with_ws) == len(body)):
        # the parse's own text (``names.doc_text``), which spaCy joins anew from every token
        doc.user_data.setdefault("kg_text", body)
    unsettle(doc)  # a parse read before (a second extraction of one Doc) may be repaired again
    repair(doc, lexicon.folded("timeWords"), lexicon.all_lemmas("NOUN"),
           lexicon.all_lemmas("VERB") | lexicon.words("measureVerbs") | lexicon.words("plannedGovernors")
           | lexicon.words("hypotheticalGovernors"),
           lexicon.folded("etreVerbs"), lexicon.folded("giveVerbs"))
    settle(doc)  # nothing below changes the parse
    try:
        return _extract_settled(document, doc, text, body, lexicon, gazetteer)
    finally:
        unsettle(doc)  # the Doc leaves as it came (its user_data may be saved with it)


def _drop_names_inside_amounts(entities: dict, mentions: list, token_entity: dict, amounts: list) -> None:
    """'850 millions de francs CFA': a name the model found only inside an amount is part of its
    currency, not a party to anything."""
    spans = [(a.span.begin, a.span.end) for a, _ in amounts]
    if not spans:
        return
    inside: dict[str, bool] = {}
    for m in mentions:
        within = any(b <= m.span.begin and m.span.end <= e for b, e in spans)
        inside[m.entity_key] = inside.get(m.entity_key, True) and within
    drop = {key for key, only in inside.items() if only and key in entities}
    if not drop:
        return
    for key in drop:
        del entities[key]
    mentions[:] = [m for m in mentions if m.entity_key not in drop]
    for i in [i for i, key in token_entity.items() if key in drop]:
        del token_entity[i]


def _extract_settled(document: Document, doc, text: str, body: str, lexicon: Lexicon,
                     gazetteer: Gazetteer) -> Extraction:
    sentences = sentences_of(doc, text)
    starts = [s.begin for s in sentences]

    def sentence_of(char: int) -> int:
        return max(0, bisect_right(starts, char) - 1)

    entities, mentions, token_entity = find_entities(doc, text, sentence_of, gazetteer, lexicon)
    amounts = find_amounts(body, document.body_start)
    for amount, _ in amounts:
        amount.span = Span(amount.span.begin, amount.span.end, text[amount.span.begin:amount.span.end])
    _drop_names_inside_amounts(entities, mentions, token_entity, amounts)
    offices = find_offices(doc, text, token_entity, entities,
                           lexicon.folded("personDescriptors") | gazetteer.words("personTitleNouns"),
                           gazetteer.words("civilTitles"), sentence_of)
    reader = EventReader(doc, text, lexicon, entities, token_entity, sentence_of, amounts)
    events, anaphora = reader.read()
    mentions += reader.descriptions()
    year = int(document.date[:4]) if document.date else None
    reader.date_events(find_dates(body, year, document.body_start, published=document.date), document.date)
    # the headline: the first sentence, after a line that only says when the piece was published
    # ('Publié le 14 février 2024', kgl:publicationWords)
    published = tuple(lexicon.folded("publicationWords"))
    title = next((i for i, s in enumerate(sentences) if not fold(s.text.strip()).startswith(published)), 0)
    for event in events:
        event.headline = event.sentences[0] == title and len(sentences) > title + 1
    attribute(reader, events)
    for event in events:
        if event.compared_to is not None:
            # what the clause says of one, its source says of the other, either way
            for source in event.compared_to.sources:
                event.add_source(source)
            for source in event.sources:
                event.compared_to.add_source(source)
    quotes = [(b + reader.offset, e + reader.offset) for b, e in reader.quotes]
    events = [e for e in events if not e.quoted or e.speech or quoted_wage(e, events, quotes)]
    events = [e for e in events if said(e, events)]
    events = merge_events(events, anaphora, lexicon.folded("unionNouns"))
    events = [e for e in events if not presents_an_offer(e)]
    for event in events:
        reader.drop_union_payers(event)
        if offers_a_wage(event, entities):
            event.type = "JobOffer"
        if not event.roles["place"] and event.type in _SITED:
            # a layoff, a hiring, talks or a deal with no place said happen where the dispatch is
            # datelined ('ANVERS – La taillerie X licencie ...'); read once the events are settled, so
            # that it makes no event a fact nor two events one
            taken = {f.entity for r in ("agent", "recipient", "theme") for f in event.roles[r] if f.entity}
            for filler in reader.lead_places(taken, datelined_only=True):
                event.add("place", filler)
    answer_the_offer_before(events)
    settle_status(events)
    return Extraction(document.id, text, document.date, sentences, entities, mentions, events, offices)
