"""The predicate-argument layer: who and what a word's dependents name.

It knows nothing of event types. Given a word, it tells which dependents may fill a
role and by which relation and preposition (:meth:`ArgumentReader.arguments`), who does
what a verb says, looking through control, coordination, relatives and a few parser
slips (:meth:`ArgumentReader.subject`), and what a dependent stands for: a relative's
antecedent, a pronoun's or a description's referent (through :mod:`.coref`), each
conjunct of a coordination, and the noun phrase a label is cut from
(:meth:`ArgumentReader.fillers`). The readers of places (:mod:`.places`), amounts
(:mod:`.attach`) and events (:mod:`.events`) build on it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..lexicon import Entry, Lexicon
from ..text import fold, quoted_ranges
from ..vocab import SCHEMA
from .coref import Coreference
from .modality import Modality
from .names import shouted_lines
from .model import Amount, Entity, Event, Filler, Span
from .syntax import (among_pronoun, case_words, children, in_compound, is_bare, is_nominal, is_passive, morph_values,
                     noun_lemmas, phrase_head, positions, subtree_of, verb_lemmas)

_PRONOUNS = {"il", "elle", "ils", "elles", "le", "la", "les", "l'", "lui", "leur", "eux", "on", "se", "s'",
             "en", "y", "ce", "c'", "cela", "ceci", "ça", "celui", "celle", "ceux", "celles", "nous", "vous", "je", "j'", "tu",
             "-il", "-elle", "-ils", "-elles", "-on"}
#: links that keep a name inside the phrase of the noun it names ('l'équipementier automobile X')
_NAMING_LINKS = {"appos", "flat:name", "nmod", "amod", "advmod", "dep", "compound"}
#: relative pronouns, which stand for the noun their clause hangs on
RELATIVE_PRONOUNS = {"qui", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles", "dont", "où"}
#: dependents that end a noun phrase: clauses, conjuncts, punctuation, a verb's own subject
PHRASE_CUT = {"acl:relcl", "punct", "advcl", "parataxis", "conj", "cc", "dep", "ccomp", "xcomp", "mark",
              "nsubj", "nsubj:pass", "cop", "aux", "aux:tense", "aux:pass", "expl:subj"}


@dataclass
class Candidate:
    """A word that evokes an event, with the lexicon entry chosen for it and what was read of it."""
    token: Token
    entry: Entry
    event: Event | None = None
    amounts: list[Amount] = field(default_factory=list)
    outcome_of: "Candidate | None" = None  # the talks whose outcome it is ('ont abouti à un accord')
    quoted: bool = False  # the word stands in a quotation


class ArgumentReader:
    """The arguments of the words of one parsed document."""

    def __init__(self, doc: Doc, text: str, lexicon: Lexicon, entities: dict[str, Entity],
                 token_entity: dict[int, str], sentence_of, amounts: list[tuple[Amount, int]]):
        self.doc, self.text, self.lexicon = doc, text, lexicon
        self.offset = doc.user_data.get("offset", 0)
        self.entities, self.token_entity, self.sentence_of = entities, token_entity, sentence_of
        self.quotes = quoted_ranges(text[self.offset:])  # the original marks tell opening from closing
        self._quoted: set[int] | None = None
        self._loud: list[tuple[int, int]] | None = None  # lines in capitals or title case, found once
        self.support = lexicon.words("supportVerbs")
        self.bare_support = lexicon.words("bareSupportVerbs")
        self.object_support = lexicon.words("objectSupportVerbs")
        self.presence_nouns = lexicon.folded("presenceNouns")
        self.sum_carriers = lexicon.folded("amountNouns")
        self.shared_work = lexicon.folded("sharedWorkWords")
        self.naming = lexicon.words("namingVerbs")
        self.descriptors = lexicon.folded("orgDescriptors")
        self.people = lexicon.folded("personWords")
        self.about = lexicon.words("aboutPrepositions")
        self.time_words = lexicon.folded("timeWords")
        self.bound_pairs = lexicon.folded("boundPairs")
        self.vote_counts = lexicon.folded("voteCountWords")
        self.person_nouns = lexicon.folded("personDescriptors")
        self.call_nouns = lexicon.folded("callNouns")
        self.instigation = lexicon.folded("instigationNouns")
        self.quantities = lexicon.folded("quantityNouns")
        self.intentions = lexicon.folded("intentionNouns")
        self.measures = lexicon.words("measureVerbs")
        self.union_nouns = lexicon.folded("unionNouns")
        #: the nouns that introduced each entity ('leur syndicat, les Teamsters'), to tell what it is
        self.kinds: dict[str, set[str]] = {}
        self._callers: set[str] | None = None
        self.backers = lexicon.folded("backerWords")
        self.demands = lexicon.words("demandVerbs")
        self.grievances = self.demands | lexicon.words("grievanceVerbs")
        #: nouns of people by their work (workers, staff, persons' descriptions): who earns a pay
        self.workers = (lexicon.folded("workerWords") | lexicon.folded("takenOverStaffWords")
                        | lexicon.folded("personDescriptors"))
        self.site_words = lexicon.folded("siteWords")
        self.object_control = lexicon.folded("objectControlVerbs")
        self.dative_control = lexicon.folded("dativeControlVerbs")
        self.phase_nouns = lexicon.folded("phaseNouns")
        self.sums = lexicon.folded("sumNouns")
        self.receives = lexicon.words("receiveVerbs")
        self.pays_people = lexicon.words("payPeopleVerbs")
        self.planned = lexicon.words("plannedGovernors")
        self.authors = lexicon.words("authorVerbs")
        self.take_place = lexicon.folded("takePlaceVerbs")
        self.outcome_verbs = lexicon.folded("outcomeVerbs")
        self.hypothetical = lexicon.words("hypotheticalGovernors")
        self.mood = Modality(lexicon, self.entries)
        self.coref = Coreference(doc, token_entity, entities, lexicon, self.in_quote)
        self.amount_tokens: dict[int, Amount] = {}
        self.amount_anchor: list[tuple[Amount, Token]] = []
        for amount, char in amounts:
            token = self._token_at(char - self.offset)
            if token is not None:
                self.amount_anchor.append((amount, token))
                covered = doc.char_span(amount.span.begin - self.offset, amount.span.end - self.offset,
                                        alignment_mode="expand")
                for t in covered if covered is not None else ():
                    self.amount_tokens[t.i] = amount
        self.by_token: dict[int, Candidate] = {}
        self._entries: dict[int, list[Entry]] = {}
        self._attached: dict[int, list[Amount]] | None = None

    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def span(self, begin_tok: Token, end_tok: Token) -> Span:
        b = begin_tok.idx + self.offset
        e = end_tok.idx + len(end_tok.text) + self.offset
        return Span(b, e, self.text[b:e])

    def in_quote(self, token: Token) -> bool:
        """Whether a word is inside a quotation: someone's words, not the article's. A fragment
        quoted inside the article's own sentence, with no verb ('une prime « d'au moins
        3 000 euros »'), is the article's sentence still."""
        if self._quoted is None:
            self._quoted = set()
            for b, e in self.quotes:  # once per document
                inside = self.doc.char_span(b + 1, e, alignment_mode="contract")
                if inside is None or any(t.pos_ in ("VERB", "AUX") for t in inside):
                    self._quoted.update(range(b + 1, e))
        return token.idx in self._quoted

    def entries(self, token: Token) -> list[Entry]:
        """The lexicon entries a word could evoke (computed once per word)."""
        if token.i not in self._entries:
            if is_nominal(token):
                self._entries[token.i] = self._word_entries("NOUN", token, noun_lemmas)
            elif token.pos_ in ("VERB", "AUX"):
                self._entries[token.i] = self._word_entries("VERB", token, verb_lemmas)
            else:
                self._entries[token.i] = []
        return self._entries[token.i]

    def _word_entries(self, pos: str, token: Token, lemmas) -> list[Entry]:
        """``lexicon.entries_for(pos, lemmas(token))``, kept across documents by the ids of the word's
        lemma and form, which are all the lemma sets read: a word met before costs a lookup, not its
        strings decoded, folded and hashed again."""
        cache = self.lexicon.__dict__.setdefault("_entries_by_word", {})
        key = (pos, token.lemma, token.orth)
        found = cache.get(key)
        if found is None:
            if len(cache) >= 1 << 16:  # bounded, as entries_for's own
                cache.clear()
            found = cache[key] = tuple(self.lexicon.entries_for(pos, lemmas(token)))
        return list(found)

    def antecedent(self, token: Token) -> Token | None:
        """What a relative pronoun stands for: the noun its clause hangs on."""
        verb = token.head
        while verb.dep_ not in ("acl:relcl", "acl") and verb.head.i != verb.i and verb.dep_ in ("xcomp", "conj"):
            verb = verb.head
        if verb.dep_ in ("acl:relcl", "acl") and verb.head.i != verb.i:
            head = verb.head
            before = self.doc[token.i - 2] if token.i >= 2 and self.doc[token.i - 1].text == "," else None
            if (fold(head.lemma_) in self.time_words and before is not None and before.i != head.i
                    and before.pos_ in ("PROPN", "NOUN")):
                # '..., date de la rentrée, Télénord, qui versera ...': a relative follows the name it is about,
                # whatever date the parser hung it on
                return before
            if head.lower_ == "ce" and head.pos_ == "PRON":
                # '... adapté son offre, ce qui a été approuvé': 'ce' sums up the clause before,
                # and what was approved is that clause's object (or the noun it stands beside)
                if head.dep_ == "appos" and head.head.i != head.i:
                    return head.head
                objs = [c for c in children(head.head) if c.dep_ == "obj" and c.pos_ != "PRON"  # not 'qu''
                        ] if head.head.pos_ in ("VERB", "AUX") else []
                return objs[0] if objs else None
            # "celui qui": the demonstrative points further back
            if head.lower_ in ("celui", "celle", "ceux") and head.dep_ == "appos":
                return None
            if (token.lower_ == "qui" and before is not None and before.i != head.i and before.pos_ in ("NOUN", "PROPN")
                    and any(c.dep_ == "obj" and c.lower_ in ("le", "la", "l'", "les") and c.i < verb.i
                            for c in children(verb))
                    and self.animate_token(before) and not self.animate_token(head)):
                # 'une prime jugée indécente par le syndicat, qui l'a rejetée': a relative after the comma
                # that acts on a thing it takes up again ('l'') is about the one who can act, named last,
                # not the thing the parser hung it on
                return before
            return self._agreeing_antecedent(token, verb, head)
        return self.clefted(token)

    @staticmethod
    def _agreeing_antecedent(token: Token, verb: Token, head: Token) -> Token:
        """'une plateforme lancée par de jeunes ingénieurs, qui a obtenu une licence': the subject
        'qui' stands for a noun its verb agrees with in number; when the noun the parser hung the
        relative on does not agree, the nearest noun up its phrase that does."""
        if token.lower_ != "qui" or token.dep_ != "nsubj":
            return head
        finite = [t for t in (verb, *children(verb)) if t.dep_ in ("aux", "aux:tense") or t is verb
                  if "Fin" in morph_values(t, "VerbForm")]
        number = morph_values(finite[0], "Number") if finite else []
        if not number or morph_values(head, "Number") in ([], number):
            return head
        up, steps = head, 0
        while up.head.i != up.i and steps < 4:
            up, steps = up.head, steps + 1
            if up.pos_ in ("NOUN", "PROPN") and morph_values(up, "Number") == number:
                return up
        return head

    def clefted(self, token: Token) -> Token | None:
        """'C'est X qui ...', 'Ce sont X qui ...': the cleft puts X before the relative,
        which the parser seldom hangs on X."""
        if token.lower_ != "qui" or token.i < 3:
            return None
        focus = self.doc[token.i - 1]
        while focus.head.i < token.i and focus.head.i != focus.i and focus.dep_ in (
                "nmod", "flat:name", "amod", "appos", "nummod"):
            focus = focus.head
        left = min([focus.i, *[c.i for c in children(focus) if c.dep_ in ("det", "amod", "nummod") and c.i < focus.i]])
        if left >= 2 and self.doc[left - 1].lemma_ == "être" and self.doc[left - 2].lower_ in ("ce", "c'"):
            return focus
        return None

    def counted_by_en(self, token: Token) -> Token | None:
        """'a engagé six soudeurs et en recherche trois de plus': a count that is a verb's object,
        with the clitic 'en' on that verb, counts the things last named as a plural object or subject,
        in its sentence or the one before."""
        if not (token.dep_ == "obj" and token.pos_ in ("NUM", "ADJ", "PRON") and any(
                c.lower_ == "en" and c.pos_ == "PRON" and c.i < token.head.i for c in children(token.head))):
            return None
        return self.plural_noun_before(token.head, lambda t: t.dep_ in ("obj", "nsubj", "nsubj:pass")
                                       and fold(t.lemma_) not in self.time_words)

    def plural_noun_before(self, token: Token, accept: Callable[[Token], bool]) -> Token | None:
        """The last plural common noun before ``token``, in its sentence or the one before, that
        ``accept`` takes: what a word standing for a group named just before names."""
        start = self.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else 0
        return next((t for t in reversed(self.doc[start:token.i]) if t.pos_ == "NOUN"
                     and "Plur" in morph_values(t, "Number") and accept(t)), None)

    def resolve(self, token: Token) -> Token | None:
        """The word a filler stands for: a relative's antecedent, a pronoun's or
        a demonstrative's ("ce dernier", "celle-ci") referent, else itself."""
        if token.lower_ in RELATIVE_PRONOUNS and token.pos_ == "PRON":
            ante = self.antecedent(token)
            if ante is not None and ante.lower_ == "ce" and ante.dep_ == "appos" and ante.head.i < ante.i:
                ante = ante.head  # ('proposait une hausse, ce que le syndicat a rejeté': 'ce' sums up the phrase)
            if ante is not None and ante.pos_ == "PRON" and ante.lower_ not in RELATIVE_PRONOUNS:
                return self.resolve(ante)  # 'Celui-ci, qui touchait ...': whom the demonstrative stands for
            return (self.counted_by_en(ante) if ante is not None else None) or ante
        referent = self.coref.antecedent(token) or self.answered_offer(token) or self.coref.object_antecedent(
            token, self._a_thing)
        if referent is not None:
            return referent
        among = among_pronoun(token)
        if among is not None and (token.like_num or token.pos_ in ("NUM", "PRON")):
            # 'Neuf d'entre eux ont refusé ...': some of those the pronoun stands for
            return self.coref.antecedent(among)
        if token.lower_ in ("chacun", "chacune") and token.pos_ == "PRON" and not any(
                c.dep_ == "nmod" for c in children(token)):
            # 'a reconnu le préjudice de 40 mouleurs et condamné l'usine à verser à chacun 9 000 euros':
            # each of the people the text has just named together, in this sentence or the one before
            group = self.plural_noun_before(token, lambda t: self.people_word(fold(t.lemma_)))
            return group if group is not None else token
        counted = self.counted_by_en(token)
        if counted is not None:
            return counted
        if token.lower_ in _PRONOUNS and token.pos_ in ("PRON", "DET"):
            return None
        if "-" in token.lower_ and token.lower_.split("-")[0] in _PRONOUNS | {"celui", "celle", "ceux", "celles"}:
            return None  # "celui-ci" with nothing it could stand for
        if token.lower_.startswith("derni") and any("Dem" in morph_values(c, "PronType") for c in children(token)):
            return None  # "ce dernier" with nothing it could stand for
        return token

    def object_of_control(self, token: Token) -> bool:
        """The object of a verb whose object does what its infinitive says (``kgl:objectControlVerbs``:
        'a condamné la fonderie à verser')."""
        return token.dep_ == "obj" and bool(verb_lemmas(token.head) & self.object_control)

    def answered_offer(self, token: Token) -> Token | None:
        """'X a proposé une prime de 900 francs pour compenser la fermeture. Les vendeuses l'ont refusée':
        the object clitic of a verb of refusing or accepting stands for the nearest offer before it
        (a noun of an offer or of a sum), before any other thing of its gender."""
        if token.dep_ != "obj" or not any(e.evokes in ("Rejection", "Acceptance") for e in self.entries(token.head)):
            return None
        return self.coref.object_antecedent(token, self._an_offer)

    def _an_offer(self, token: Token) -> bool:
        return fold(token.lemma_) in self.sums or self.offers(token)

    def offers(self, token: Token) -> bool:
        """A word that evokes an offer, which holds the sums inside it: an offer's bonus is part of the
        offer."""
        return any(e.evokes in ("Proposal", "JobOffer") for e in self.entries(token))

    def _a_thing(self, token: Token) -> bool:
        """A noun an object clitic may stand for: no person or body, no sum, no date."""
        return not self.animate_token(token) and self._a_referent(token)

    def _an_actor(self, token: Token) -> bool:
        """A noun of a person or a body, named or described, an object clitic may stand for ('la
        fonderie Ravel': a noun with its name)."""
        return (self.animate_token(token) or fold(token.lemma_) in self.descriptors
                or any(c.i in self.token_entity and c.dep_ in ("appos", "flat:name", "nmod") and not case_words(c)
                       for c in children(token)))

    def _a_referent(self, token: Token) -> bool:
        """A noun any object clitic may stand for, a person or body included: no sum, no date."""
        return token.i not in self.amount_tokens and fold(token.lemma_) not in self.time_words

    def bound(self, first: Token, second: Token) -> bool:
        """'dommages et intérêts', 'recherche et développement': two nouns joined by 'et' that say one
        thing (``kgl:boundPairs``), one phrase and one filler, not two."""
        return (second.dep_ == "conj" and second.head.i == first.i and second.i == first.i + 2
                and first.doc[first.i + 1].lower_ == "et"
                and fold(f"{first.lower_} et {second.lower_}") in self.bound_pairs)

    def phrase(self, token: Token) -> tuple[Token, Token]:
        """The noun phrase headed by ``token``, without clauses or conjuncts."""
        keep = {token.i}
        stack = [token]
        while stack:
            t = stack.pop()
            for child in children(t):
                # ('le conseil scientifique et technique': adjectives joined by 'et' qualify the noun together)
                # (also when the parser hung the second on the noun: 'le conseil économique et social')
                joined = t.pos_ == "ADJ" and (child.dep_ == "conj" and child.pos_ == "ADJ" or child.dep_ == "cc"
                                              and t.dep_ == "conj") or (
                    t.pos_ in ("NOUN", "PROPN") and child.dep_ == "conj" and child.pos_ == "ADJ"
                    and child.i not in self.token_entity) or self.bound(t, child) or (
                    child.dep_ == "cc" and self.bound(t.head, t))
                if (child.dep_ in PHRASE_CUT and (child.dep_ != "punct" or child.is_punct) and child.text not in "-'"
                        and not joined):
                    continue
                if child.i in self.amount_tokens and child.i != token.i:
                    continue
                if t.i == token.i and (child.dep_ == "advmod" or fold(child.lemma_) in self.time_words or (
                        child.like_num and len(child.text) == 4 and case_words(child) & {"en", "depuis"})):
                    continue  # "sont toujours en grève", "cette proposition vendredi", "à l'usine en 2022"
                keep.add(child.i)
                stack.append(child)
        for i in sorted(keep):  # a name is kept whole, whatever the parse made of its words
            key = self.token_entity.get(i)
            j = i + 1
            while key is not None and self.token_entity.get(j) == key:
                keep.add(j)
                j += 1
        lo = hi = token.i
        while lo - 1 in keep:
            lo -= 1
        while hi + 1 in keep:
            hi += 1
        while lo < token.i and (self.doc[lo].pos_ in ("DET", "ADP", "PUNCT", "CCONJ")
                                or self.doc[lo].dep_ in ("case", "fixed", "det", "mark")
                                or "Rel" in morph_values(self.doc[lo], "PronType")):  # 'dont les cinq joueurs'
            lo += 1
        while hi > token.i and (self.doc[hi].pos_ in ("ADP", "PUNCT", "CCONJ", "DET") or self.doc[hi].text in "\"'"
                                # a participle whose complements were cut ('une prime pouvant aller jusqu'à ...',
                                # 'une indemnité estimée à ...') is a clause of its own ('l'offre proposée' stays)
                                or self.doc[hi].pos_ in ("VERB", "AUX")
                                and any(c.i > hi and c.i not in keep for c in children(self.doc[hi]))):
            hi -= 1
        # a verb at the edge of a noun phrase is the parser's slip ('écrivent les syndicats')
        while lo < token.i and self.doc[lo].pos_ in ("VERB", "AUX"):
            lo += 1
            while lo < token.i and (self.doc[lo].pos_ in ("DET", "ADP", "PUNCT") or self.doc[lo].dep_ in ("det", "case")):
                lo += 1
        if hi - lo > 14:
            hi = min(hi, token.i + 8)
            while hi in self.token_entity and self.token_entity.get(hi + 1) == self.token_entity[hi]:
                hi += 1  # never cut a name in two
        return self.doc[lo], self.doc[hi]

    def entity_filler(self, token: Token, key: str) -> Filler:
        """The filler for entity ``key`` as ``token`` names it."""
        return Filler(self.entities[key].label, entity=key, span=self.span(token, token), head=key)

    def named_in(self, token: Token) -> str | None:
        """'le syndicat SAG-AFTRA', 'une émission baptisée X': the name the noun introduces."""
        for child in children(token):
            if child.dep_ in ("appos", "flat:name", "nmod", "amod") and child.i in self.token_entity \
                    and not case_words(child) and not self.named_by_other(child, token):
                return self.token_entity[child.i]
            if child.dep_ == "acl" and child.lemma_.lower() in self.naming:
                for grand in children(child):
                    if grand.i in self.token_entity:
                        return self.token_entity[grand.i]
            if child.dep_ in ("nmod", "dep") and child.i in self.token_entity:
                ent = self.entities[self.token_entity[child.i]]
                if ent.type == "CreativeWork" and not case_words(child):
                    return ent.key
        # 'l'équipementier automobile X', 'l'éditeur de jeux vidéo X': a name further down that no
        # preposition separates from the noun, wherever the parser hung it, is the noun's name
        for t in subtree_of(token):
            if t.i <= token.i or t.i not in self.token_entity or self.token_entity.get(t.i - 1) == self.token_entity[t.i]:
                continue
            link = t
            # ('le fabricant de machines-outils X': through a bare 'de' complement that names a trade, not
            # through one with its article, 'les salariés de l'usine X')
            while link.i != token.i and link.dep_ in _NAMING_LINKS and (not case_words(link) or (
                    link.i != t.i and link.dep_ == "nmod" and case_words(link) <= {"de", "d'"}
                    and not any(c.dep_ in ("det", "nummod") for c in children(link)))):
                link = link.head
            if link.i == token.i and not self.named_by_other(t, token):
                return self.token_entity[t.i]
        return None

    def named_by_other(self, name: Token, token: Token) -> bool:
        """'le personnel de l'hôpital X': a name right after another noun of a body, a site or a
        person is that noun's name, wherever the parser hung it."""
        start = name
        while start.i > 0 and self.token_entity.get(start.i - 1) == self.token_entity.get(name.i):
            start = self.doc[start.i - 1]
        prev = self.doc[start.i - 1] if start.i > 0 else None
        if prev is not None and prev.text == "(" and start.i >= 2:
            # 'les chercheurs de l'Institut X (IX)': a name in brackets names the words right before them
            return self.doc[start.i - 2].i != token.i
        if prev is not None and prev.i > token.i and prev.pos_ in ("DET", "ADP"):
            return True  # 'les enseignants de l'École X': after an article or a preposition, a complement
        while prev is not None and prev.pos_ == "ADJ" and prev.i - 1 > token.i:
            prev = self.doc[prev.i - 1]  # ('les agents du réseau immobilier X': the noun before its adjectives)
        # (a name of a thing right after another noun, below a noun of people, names that other noun:
        # 'quatre experts en réalité virtuelle VR' are experts in VR, not VR)
        key = self.token_entity.get(name.i)
        return (prev is not None and prev.i != token.i and prev.pos_ == "NOUN"
                and (fold(prev.lemma_) in self.descriptors | self.site_words | self.person_nouns
                     # ('une proposition du portugais X': the noun's own complement after 'de' and its article is
                     # what the name names; 'le fabricant de jouets X', with a bare trade, is X)
                     or prev.dep_ == "nmod" and prev.head.i == token.i and fold(prev.lemma_) not in self.time_words
                     and any(c.dep_ == "case" for c in children(prev))
                     and (any(c.dep_ == "det" for c in children(prev))
                          or any(c.dep_ == "case" and c.lower_ in ("du", "des", "au", "aux") for c in children(prev)))
                     or key is not None and self.entities[key].type == "Thing"
                     and self.people_word(fold(token.lemma_))))

    def described(self, token: Token, first: Token, last: Token) -> str | None:
        """'le géant du streaming', 'le constructeur', 'l'entraîneur': a singular
        definite description of a kind of body or person refers back to the
        nearest such entity named before (see :mod:`kg.extract.coref`)."""
        key = self.description_of(token)
        if key is not None:
            self.description_alias(key, self.span(first, last))
        return key

    def introduced_by(self, token: Token) -> str | None:
        """'Le cabinet de conseil X va supprimer ... Le cabinet, qui emploie ...': a bare definite
        singular noun that introduced one name already read, and only one, is that name again."""
        dets = [c for c in children(token) if c.dep_ == "det"]
        if (token.pos_ != "NOUN" or len(dets) != 1 or "Def" not in morph_values(dets[0], "Definite")
                or "Plur" in morph_values(token, "Number") or token.i in self.token_entity
                or any(c.dep_ in ("nmod", "appos", "flat:name") for c in children(token))):
            return None
        lemma = fold(token.lemma_)
        named = [k for k, words in self.kinds.items() if lemma in words]
        return named[0] if len(named) == 1 else None

    def description_alias(self, key: str, sp: Span) -> None:
        """A description is one more name of what it describes, outside a headline in capitals
        or title case ('Le Fournisseur Korvane Relève Ses Tarifs' makes no name of its words)."""
        if self._loud is None:
            self._loud = [(lb + self.offset, le + self.offset) for lb, le in shouted_lines(self.text[self.offset:])]
        if not any(lb <= sp.begin < le for lb, le in self._loud):
            self.entities[key].aliases.add(sp.text)

    def description_of(self, token: Token) -> str | None:
        """The entity a description refers back to (:mod:`.coref`), unless that entity is
        named elsewhere in the description's own clause: 'le club de X a proposé au gardien
        un contrat', 'X a racheté l'éditeur' speak of two, not one."""
        key = self.coref.description(token) or self.introduced_by(token)
        if key is None or self.coref.apposed_to(token) == key:
            return key
        if self.is_union(key) != (fold(token.lemma_) in self.union_nouns):
            return None  # 'la chaîne d'épiceries' is not the union named before, nor 'le syndicat' a company
        verb = token
        while verb.head.i != verb.i and not (verb.pos_ in ("VERB", "AUX") and not is_nominal(verb)):
            verb = verb.head
        if verb.i == token.i:
            return key
        # 'X, le fabricant de pneus, a rejeté': a description in apposition is one phrase with its name
        own = {t.i for t in subtree_of(token.head if token.dep_ == "appos" else token)}
        if any(self.token_entity.get(t.i) == key for t in subtree_of(verb) if t.i not in own):
            return None
        return key

    def fillers(self, token: Token) -> list[Filler]:
        """The filler for ``token`` and for each of its conjuncts."""
        out = []
        # ('le conseil économique et social': an adjective joined to another qualifies the same noun, no party)
        todo = [token, *[c for c in children(token) if c.dep_ == "conj" and not (
            c.pos_ == "ADJ" and c.i not in self.token_entity) and not self.bound(token, c)]]
        for t in todo:
            target = self.resolve(t)
            if (target is not None and target.i != t.i and t.pos_ == "PRON" and "Plur" in morph_values(t, "Number")
                    and t.i == token.i):
                # 'Ceux-ci', 'ils' for 'X et Y': both
                todo += [c for c in children(target) if c.dep_ == "conj"]
            if target is not None and target.pos_ == "NUM":
                # '8 des 9 matchs': what is counted
                counted = [c for c in children(target) if c.dep_ == "nmod" and c.pos_ == "NOUN"]
                target = counted[0] if counted else target
            if target is not None and target.i in self.amount_tokens:
                # ('offrait 50 euros d'augmentation': a sum said with the kind of money it is, bare after
                # 'de', is that kind)
                kind = [c for c in children(target) if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i not in self.amount_tokens
                        and case_words(c) <= {"de", "d'"} and case_words(c) and not any(d.dep_ == "det" for d in children(c))
                        and fold(c.lemma_) not in self.time_words]
                target = kind[0] if kind else target
            if target is None or target.i in self.amount_tokens or (
                    target.pos_ in ("NUM", "SCONJ", "CCONJ", "ADV") and target.i not in self.token_entity):
                continue  # a name is a name whatever its tag ('condamné Uber à verser' with 'Uber' as an adverb)
            if target.pos_ == "PRON" and (target.lower_ in RELATIVE_PRONOUNS or target.lower_ in _PRONOUNS):
                continue  # a pronoun nothing was found for names nobody
            if fold(target.lemma_) in self.time_words and target.i not in self.token_entity and (
                    case_words(target) or not any(
                        c.dep_ == "nmod" and case_words(c) <= {"de", "d'"} and case_words(c)
                        and not any(d.dep_ == "det" for d in children(c)) and fold(c.lemma_) not in self.time_words
                        for c in children(target))):
                # "après 118 jours de grève", "l'an dernier", "vendredi": a when, never a who or what ('offre
                # deux semaines de salaire': a stretch of time that counts what it is of is that thing)
                continue
            if fold(target.lemma_) in self.vote_counts:
                continue  # "adopté par 33 voix contre 9": how the vote went, no one who took part
            if target.i in self.token_entity:
                key = self.token_entity[target.i]
                out.append(self.entity_filler(target, key))
                continue
            first, last = self.phrase(target)
            named = self.named_in(target)
            if named:
                self.kinds.setdefault(named, set()).add(fold(target.lemma_))
            named = named or self.described(target, first, last)
            if named:
                out.append(Filler(self.entities[named].label, entity=named, span=self.span(first, last), head=named))
                continue
            cand = self.by_token.get(target.i)
            sp = self.span(first, last)
            head = fold(target.lemma_)
            if cand is not None and cand.event is not None:
                out.append(Filler(sp.text, event=cand.event, span=sp, head=head))
            elif any(ch.isalpha() for ch in sp.text):
                out.append(Filler(sp.text, span=sp, head=head))
        return out

    def subject(self, verb: Token, depth: int = 0) -> list[Filler]:
        """Who does what ``verb`` says, looking through control, coordination and relatives."""
        if depth > 4:
            return []
        if any(c.dep_ == "aux:pass" for c in children(verb)) or self.seen_to(verb):
            return []  # the subject of a passive is what is acted on, not who acts
        for child in children(verb):
            if child.dep_ == "nsubj":
                owner = self.owner(child)
                return self.fillers(owner if owner is not None else child) + self.cut_conjunct(child)
        # 'Télénord, qui versera 30 millions, diffusera ...': a relative between a subject and its verb
        left = verb.i - 1
        while left > 0 and self.doc[left].dep_.startswith("aux"):
            left -= 1
        if left > 0 and self.doc[left].text == "," and verb.dep_ != "acl":
            # (a participle that qualifies a noun, 'qui a recruté 40 guides pour l'été, payés ...', is no
            # main verb)
            rel = next((a for a in [self.doc[left - 1], *self.doc[left - 1].ancestors] if a.dep_ == "acl:relcl"), None)
            pronoun = next((c for c in children(rel) if c.dep_ == "nsubj" and c.lower_ == "qui"), None) if rel else None
            if pronoun is not None and rel.head.i < verb.i and not any(c.dep_ == "nsubj" for c in children(verb)):
                ante = self.antecedent(pronoun)
                if ante is not None:
                    return self.fillers(ante)
        first = min([verb, *[c for c in children(verb) if c.dep_.startswith("aux") or c.dep_ in ("iobj", "obj", "expl:comp")
                              and c.pos_ == "PRON" and c.i < verb.i]], key=lambda t: t.i)
        if first.i > 0 and (verb.dep_ == "ROOT" or first.is_sent_start):
            # 'Varnel | a licencié 15 employés', 'Brenvel | lui a offert': the parser cut the subject
            # off as a root of its own
            prev = self.doc[first.i - 1]
            while prev.dep_ in ("conj", "flat:name", "appos", "nmod", "amod") and prev.head.i < prev.i:
                # 'X et Y | ont signé': the first of the cut-off names heads them; 'le groupe X |
                # va racheter': the noun the name is apposed to heads the phrase; 'des agents du
                # réseau X | ont porté': the noun its complements hang on
                prev = prev.head
            if (prev.dep_ == "ROOT" and prev.pos_ in ("PROPN", "NOUN") and "\n" not in self.doc[first.i - 1].whitespace_
                    and not any(t.pos_ in ("VERB", "AUX") for t in subtree_of(prev))):
                return self.fillers(prev)
        if "Fin" in morph_values(verb, "VerbForm") and verb.dep_ in ("xcomp", "ccomp", "conj", "parataxis"):
            # 'a déclaré que Rocabo supprimera': a finite verb is never controlled; the parser
            # sometimes takes its subject for the complement and leaves it beside the verb
            left = verb.i - 1
            while left > 0 and self.doc[left].pos_ == "ADV":
                left -= 1
            before = self.doc[left] if left >= 0 else None
            if (before is not None and before.pos_ in ("PROPN", "NOUN") and before.i != verb.i
                    and {self.doc[j].lower_ for j in range(max(0, before.left_edge.i - 1), before.i)} & {"que", "qu'"}):
                return self.fillers(before)
            if verb.dep_ != "conj":
                return []  # a coordinated finite verb shares its subject (below)
        # an infinitive, or a past infinitive ('d'avoir utilisé')
        infinitive = morph_values(verb, "VerbForm") == ["Inf"] or any(
            c.dep_ == "aux:tense" and morph_values(c, "VerbForm") == ["Inf"] for c in children(verb))
        marks = {c.lower_ for c in children(verb) if c.dep_ == "mark"}
        controlled = self.object_of_control(verb.head)
        if verb.dep_ == "acl" and infinitive and (self.animate_token(verb.head) and (
                "à" in marks or marks & {"de", "d'"} and controlled) or "à" in marks and controlled):
            # 'les salariés ... à cesser le travail', 'accuse les deux groupes d'avoir utilisé': the noun controls
            # ('a condamné la fonderie à verser': the object of a verb of control, whatever noun it is)
            return self.fillers(verb.head)
        if (verb.dep_ == "advcl" and morph_values(verb, "VerbForm") == ["Part"] and "Pres" in morph_values(verb, "Tense")
                and verb.head.pos_ in ("VERB", "AUX")):
            # 'la banque a réglé le litige en versant une prime', '..., supprimant 40 postes': a gerund or a
            # present participle set beside a verb is done by that verb's doer
            return self.subject(verb.head, depth + 1)
        if verb.dep_ == "xcomp" or (verb.dep_ in ("advcl", "acl", "obl", "obl:arg", "obl:mod", "ccomp") and infinitive):
            # object control: 'appeler les salariés à cesser le travail', 'inviter X à signer';
            # otherwise the subject controls: 'a décidé de supprimer', 'refuse de signer'
            objs = [c for c in children(verb.head) if c.dep_ == "obj" and c.i != verb.i]
            marks = {c.lower_ for c in children(verb) if c.dep_ in ("mark", "case")}
            patients = [c for c in children(verb.head) if c.dep_ == "nsubj:pass"]
            if patients and infinitive and any(c.dep_ == "aux:pass" for c in children(verb.head)):
                # 'X a été condamné (par Y) à verser', 'X a été chargé de négocier': the one the
                # passive verb acts on does what the infinitive says
                return self.fillers(patients[0])
            if objs and (verb.dep_ == "xcomp" or "à" in marks) and (
                    self.animate_token(objs[0]) or objs[0].pos_ == "NOUN" and self.object_of_control(objs[0])):
                # ('a condamné l'usine à verser': the object of a verb of control, whatever noun it is)
                return self.fillers(objs[0])
            if objs and "à" in marks and objs[0].i < verb.head.i:
                # 'la crise l'a amené à licencier', 'les a poussés à débrayer': an object clitic before the
                # verb stands for whom it drives to act, a body as much as a person; one that can act first
                # ('La fonderie traverse une crise. La baisse des commandes la pousse à ...': the foundry)
                driven = (self.coref.object_antecedent(objs[0], self._an_actor)
                          or self.coref.object_antecedent(objs[0], self._a_referent))
                if driven is not None:
                    return self.fillers(driven)
                if objs[0].lower_ in ("le", "la", "l'", "les"):
                    return []  # (standing for nothing found: still not the subject, which drove it)
            datives = [c for c in children(verb.head) if c.i != verb.i and (
                c.dep_ == "iobj" or c.dep_ in ("obl", "obl:arg") and case_words(c) & {"à", "au", "aux"})]
            if (datives and infinitive and marks & {"de", "d'"} and verb_lemmas(verb.head) & self.dative_control
                    and (datives[0].pos_ == "PRON" or self.animate_token(datives[0]))):
                # 'le tribunal lui a ordonné de verser', 'demande à la direction de rouvrir': who is told to
                # does it
                return self.fillers(datives[0])
            between = [t for t in self.doc[verb.head.i + 1:verb.i] if t.i in self.token_entity]
            passive = any(c.dep_ == "aux:pass" for c in children(verb.head))
            if not objs and "à" in marks and between and verb.head.i < verb.i and not passive:
                # 'a condamné X à verser': a named object the tagger missed still controls the infinitive
                # ('a été condamné par X à verser': after a passive verb, X is who condemns)
                return self.fillers(between[0])
            if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and fold(verb.head.lemma_) in self.intentions:
                # 'a réaffirmé sa volonté de fermer deux ateliers', 'leur désir de négocier': whose will
                # it is does it, the possessive's, else the subject of the verb that carries the noun
                owner = self.coref.possessor(verb.head) or next(
                    (c for c in children(verb.head) if c.dep_ == "nmod" and c.i < verb.i
                     and case_words(c) & {"de", "d'", "du", "des"} and self.animate_token(c)), None)
                if owner is not None:
                    return self.fillers(owner)
                if verb.head.dep_ == "obj" and verb.head.head.pos_ == "VERB":
                    return self.subject(verb.head.head, depth + 1)
            return self.subject(verb.head, depth + 1)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            # 'X estiment que la proposition n'est pas acceptable et ont refusé': a plural verb
            # does not share the singular subject of the clause the parser joined it to
            head = verb.head
            plural = any("Plur" in morph_values(t, "Number") for t in (verb, *[c for c in children(verb)
                                                                        if c.dep_.startswith("aux")]))
            subj = next((c for c in children(head) if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if (plural and subj is not None and "Sing" in morph_values(subj, "Number")
                    and not any(c.dep_ == "conj" for c in children(subj)) and head.dep_ in ("ccomp", "conj")):
                return self.subject(head.head, depth + 1)
            return self.subject(head, depth + 1)
        if (verb.dep_ == "acl" and "Pres" in morph_values(verb, "Tense") and "Part" in morph_values(verb, "VerbForm")
                and verb.head.pos_ in ("NOUN", "PROPN")):
            # 'une campagne visant à embaucher', 'un plan prévoyant l'embauche de': what a plan qualified by
            # a present participle provides is done by the body the plan stands for (:meth:`owner`)
            owner = self.owner(verb.head)
            if owner is not None:
                return self.fillers(owner)
        return []

    def arguments(self, token: Token):
        """The dependents that may fill a role of ``token``, each with the relation
        and the prepositions a frame matches them by.

        Two constructions are seen through here, once for every frame:
        'de la part de X' names the doer as 'par X' does ('une offre de la part
        d'un fonds'), and so does 'à l'appel de X' ('en grève à l'appel de X'); and a complement the parser hung on the object ('proposer
        une prolongation à son entraîneur') is offered as ``obj>nmod``.
        """
        has_obj = any(c.dep_ == "obj" for c in children(token))
        if (not has_obj and token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ == "VERB"
                and not any(c.dep_ in ("xcomp", "ccomp") for c in children(token))):
            # 'un plan que X a lu puis rejeté': a verb joined to one whose object is a
            # relative pronoun before them both shares it
            shared = next((c for c in children(token.head) if c.dep_ == "obj" and c.i < token.head.i
                           and c.lower_ in RELATIVE_PRONOUNS and c.pos_ == "PRON"), None)
            if shared is not None:
                yield shared, "obj", frozenset()
        if (token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "aux:pass" for c in children(token))
                and not any(c.dep_.startswith("nsubj") for c in children(token))):
            # 'Une offre, présentée lundi, prévoyait 40 départs mais a été rejetée par les syndicats': a
            # passive joined to a verb before it, with no subject of its own, is said of that verb's subject
            shared = next((c for c in children(token.head) if c.dep_.startswith("nsubj") and c.i < token.head.i), None)
            if shared is not None:
                yield shared, "nsubj:pass", frozenset()
        for child in children(token):
            cases = case_words(child)
            if child.pos_ == "NUM" and not cases and not has_obj and child.dep_ in ("obl", "obl:mod") \
                    and child.i > token.i and not is_nominal(token):
                yield child, "obj", cases  # 'diffusera 8 des 10 matchs': a count the parser took for a when
                continue
            if fold(child.lemma_) == "part" and cases & {"de", "d'"}:
                doers = [g for g in children(child) if g.dep_ == "nmod" and case_words(g) & {"de", "d'", "du", "des"}]
                if doers:
                    yield doers[0], child.dep_, frozenset({"par"})
                    continue
            # 'auprès de la ligue' parsed as an adverb with its noun below, on the verb or on the sum
            # before it: the noun, with 'auprès' for its preposition
            nears = [child] if child.lower_ == "auprès" else [g for g in children(child) if g.lower_ == "auprès"] \
                if child.i in self.amount_tokens else []
            for near in nears:
                for grand in children(near):
                    if grand.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and case_words(grand) & {"de", "d'", "du", "des"}:
                        yield grand, "obl", frozenset({"auprès"})
            if child.lower_ == "auprès" or self.carries_no_party(child, cases):
                continue
            if self.instigated(child):
                # 'en grève à l'appel de X': who called acts through those who act, like 'par X';
                # the call itself is no party
                caller = self.instigator(child)
                if caller is not None:
                    yield caller, "instigator", frozenset()
                continue
            yield child, child.dep_, cases
            if (fold(child.lemma_) in self.time_words or child.pos_ in ("NUM", "ADV", "ADP")) \
                    and child.i not in self.token_entity and is_passive(token):
                # the parser sometimes hangs 'par X' on a date ('diffusée à partir du 6 mars par X',
                # 'signé jeudi par X'): on a passive verb it is the verb's doer
                for grand in [g for c in [child, *children(child)] for g in children(c)]:
                    if grand.dep_ in ("obl:agent", "nmod") and "par" in case_words(grand):
                        yield grand, "obl:agent", frozenset({"par"})
            elif child.dep_ in ("obl", "obl:arg", "obl:mod") and child.i not in self.token_entity \
                    and case_words(child) and is_passive(token):
                # 'sera diffusé à la rentrée par France 5': on a passive verb, a named doer after 'par'
                # that the parser hung on the complement before it is the verb's
                for grand in children(child):
                    if grand.dep_ == "nmod" and "par" in case_words(grand) and grand.i in self.token_entity:
                        yield grand, "obl:agent", frozenset({"par"})
            if fold(child.lemma_) in self.time_words and child.i not in self.token_entity:
                # 'a présenté jeudi à Paris': a place the parser hung on the date is the verb's;
                # so is a party ('négocie depuis lundi avec les syndicats')
                for grand in children(child):
                    caller = self.instigator(grand) if self.instigated(grand) else None
                    if caller is not None:  # 'en grève depuis lundi à l'appel de X'
                        yield caller, "instigator", frozenset()
                    key = self.token_entity.get(grand.i)
                    if key and self.entities[key].type == "Place" and case_words(grand) & {"à", "en", "dans"} \
                            or grand.dep_ == "nmod" and case_words(grand) & {"avec", "entre"}:
                        yield grand, "obl", case_words(grand)
            if child.dep_ == "obj":
                for grand in children(child):
                    caller = self.instigator(grand) if self.instigated(grand) else None
                    if caller is not None:  # 'ont coupé les fours à l'appel de X', hung on the object
                        yield caller, "instigator", frozenset()
                    elif grand.dep_ == "nmod":
                        yield grand, "obj>nmod", case_words(grand)
            if (child.dep_ == "acl" and is_nominal(token) and child.i > token.i and (
                    is_passive(child) and verb_lemmas(child) & self.support
                    or "Part" in morph_values(child, "VerbForm") and fold(child.lemma_) in self.take_place)):
                # 'un partenariat signé en janvier avec l'université', 'l'accord conclu par X': the parties
                # the participle of a support verb names are the noun's; so are those of a participle of
                # happening ('l'entente intervenue jeudi entre le syndicat et la direction')
                for grand in children(child):
                    if grand.dep_ == "obl:agent" or grand.dep_.startswith(("obl", "nmod")) and case_words(
                            grand) & {"avec", "entre"} and self.animate_token(grand):  # ('signé avec soin')
                        yield grand, "nmod", case_words(grand)
            if child.i in self.amount_tokens and is_nominal(token) and child.dep_ == "nmod":
                # 'une offre de 30 millions d'euros de X': a complement the parser hung on the sum
                # ('de X', 'à X', 'pour X') is the event noun's
                for grand in (g for a in subtree_of(child) if a.i in self.amount_tokens for g in children(a)):
                    # ('par salarié', 'par an' say how the sum is counted, not who acts)
                    if grand.dep_ == "nmod" and grand.i not in self.amount_tokens and "par" not in case_words(grand):
                        yield grand, "nmod", case_words(grand)
            if child.dep_ == "nmod" and is_nominal(token) and cases & {"de", "d'", "du", "des"} \
                    and {fold(w) for w in noun_lemmas(child)} & self.sums:
                # 'le versement d'une prime de 500 euros à chaque salarié': whom the sum goes to,
                # hung on the sum, is the paying noun's
                for grand in children(child):
                    if grand.dep_ == "nmod" and case_words(grand) & {"à", "au", "aux", "pour"}:
                        yield grand, "nmod", case_words(grand)

    def carries_no_party(self, child: Token, cases: frozenset[str]) -> bool:
        """A complement that only carries a sum or a limit: 'à hauteur de 2 millions', 'jusqu'à un
        maximum de 26 semaines' name no one the event goes to ('jusqu'à 2 500 emplois' counts what it
        acts on; 'dire non au prix de X' names what is refused)."""
        if cases & {"jusqu'", "jusque", "jusqu’"}:
            return not any(g.dep_ in ("nummod", "det") and (g.pos_ == "NUM" or g.text[:1].isdigit())
                           for g in children(child))
        return bool(cases) and fold(child.lemma_) in self.sum_carriers and any(
            g.i in self.amount_tokens for g in children(child))

    def is_union(self, key: str) -> bool:
        """An entity known as a union: by its name ('Syndicat national des journalistes'), one the
        gazetteer knows it by ('Confédération générale du travail') or the noun that introduced it
        ('leur syndicat, les Teamsters')."""
        entity = self.entities[key]
        words = {w for name in (entity.label, *entity.known_names) for w in fold(name).split()} | self.kinds.get(key, set())
        return bool(words & self.union_nouns) or key in self.callers()

    def callers(self) -> set[str]:
        """The bodies the text says call people to act ('à l'appel de X, de Y et de Z'): the unions
        of a strike, whatever their names say."""
        if self._callers is None:
            self._callers = set()
            for i in positions(self.doc, pos=("NOUN",)):
                token = self.doc[i]
                if not self.instigated(token):
                    continue
                caller = self.instigator(token)
                for t in [caller, *(c for c in children(caller) if c.dep_ == "conj")] if caller is not None else ():
                    key = self.token_entity.get(t.i)
                    if key is not None and self.entities[key].type == "Organization":
                        self._callers.add(key)
        return self._callers

    @staticmethod
    def seen_to(verb: Token) -> bool:
        """'X s'est vu proposer un contrat (par Y)': an infinitive under a reflexive 'voir' is a
        passive; X undergoes or receives it, and 'par Y' names who acts."""
        head = verb.head
        return (verb.dep_ == "xcomp" and morph_values(verb, "VerbForm") == ["Inf"] and head.lemma_ == "voir"
                and any(c.lower_ in ("se", "s'") for c in children(head)))

    def undergone(self, noun: Token) -> Token | None:
        """'X fait l'objet d'une plainte', 'X a fait l'objet d'une dizaine de plaintes': the event noun
        after 'faire l'objet de' happens to the subject of 'faire'; returns that verb."""
        head = noun.head
        if fold(head.lemma_) in self.quantities and noun.dep_ == "nmod":
            noun, head = head, head.head  # ('une dizaine de plaintes': what is counted)
        if not case_words(noun) & {"de", "d'", "des", "du"}:
            return None
        if noun.dep_ == "nmod" and head.lemma_ == "objet" and head.dep_ == "obj":
            verb = head.head
        elif noun.dep_.startswith("obl") and any(c.lemma_ == "objet" and c.dep_ == "obj" and c.i < noun.i
                                                 for c in children(head)):
            verb = head  # (the 'de' phrase hung on the verb, beside 'objet')
        else:
            return None
        return verb if verb.lemma_ == "faire" and verb.pos_ in ("VERB", "AUX") else None

    def cut_conjunct(self, subject: Token) -> list[Filler]:
        """'X et Y ont signé' with 'X' cut off as a sentence of its own: the name before 'et'
        is a subject too."""
        left = subject.left_edge.i
        if left < 2 or self.doc[left - 1].lower_ != "et":
            return []
        before = self.doc[left - 2]
        if (before.dep_ == "ROOT" and before.pos_ in ("PROPN", "NOUN") and before.head.i == before.i
                and not any(t.pos_ in ("VERB", "AUX") for t in subtree_of(before))):
            return self.fillers(before)
        return []

    def instigated(self, token: Token) -> bool:
        """'à l'appel de', 'à l'initiative de', 'sur appel de': a noun of instigation
        (``kgl:instigationNouns``) after 'à' or 'sur', with no article but the definite one."""
        return (fold(token.lemma_) in self.instigation and bool(case_words(token) & {"à", "sur"})
                and not any(g.dep_ == "det" and fold(g.lemma_) != "le" for g in children(token)))

    @staticmethod
    def instigator(token: Token) -> Token | None:
        """Who instigates: the 'de' complement of a noun of instigation."""
        return next((g for g in children(token) if g.dep_ == "nmod" and case_words(g) & {"de", "d'", "du", "des"}),
                    None)

    @staticmethod
    def raised_subject(token: Token) -> list[Token]:
        """'7 postes vont être supprimés': the subject of 'aller', 'devoir',
        'pouvoir' is what the passive infinitive below it acts on."""
        if token.dep_ == "xcomp" and any(c.dep_ == "aux:pass" for c in children(token)) \
                and not any(c.dep_ == "nsubj:pass" for c in children(token)):
            return [c for c in children(token.head) if c.dep_ == "nsubj"]
        return []

    def owner(self, token: Token) -> Token | None:
        """'Le plan de Valmorin prévoit ...': a thing that cannot act, said to
        belong to a person or a body, stands for its owner as a doer."""
        target = self.resolve(token)
        if target is None or target.pos_ != "NOUN" or self.animate_token(target) or target.i in self.token_entity:
            return None
        for child in children(target):
            if child.dep_ == "nmod" and case_words(child) & {"de", "d'", "du", "des"} and self.animate_token(child):
                return child
        # 'le plan présenté par X prévoit ...', 'X a présenté un projet qui prévoit ...': a plan or a
        # text stands for whoever devised or put it forward (``kgl:authorVerbs``)
        for child in children(target):
            if child.dep_ == "acl" and verb_lemmas(child) & self.authors:
                doer = next((c for c in children(child) if c.dep_ == "obl:agent" and self.animate_token(c)), None)
                if doer is not None:
                    return doer
        top = phrase_head(target)  # ('un plan de départs qui organise ...': the phrase's head)
        verb = top.head
        if top.dep_ == "obj" and verb.pos_ == "VERB" and verb_lemmas(verb) & self.authors:
            return next((c for c in children(verb) if c.dep_ == "nsubj" and self.animate_token(c)), None)
        return None

    def animate_token(self, token: Token) -> bool:
        """A person or a body: a named one, or a noun of people or groups."""
        target = self.resolve(token)
        if target is None:
            return False
        if target.lower_ in ("chacun", "chacune") and target.pos_ == "PRON":
            # ('une prime à chacun de ses 600 salariés': each of them is what they are)
            target = next((c for c in children(target) if c.dep_ == "nmod" and case_words(c) & {"de", "d'", "des"}),
                          target)
        # ('la biotech américaine X': a noun is what the name it introduces is)
        key = self.token_entity.get(target.i) or (self.named_in(target) if target.pos_ == "NOUN" else None)
        if key is not None:
            return self.entities[key].type in ("Person", "Organization")
        return bool(noun_lemmas(target) & self.people) or self.people_word(fold(target.lemma_))

    def animate(self, filler: Filler) -> bool:
        """A person or a body: a named one, or a noun of people or groups."""
        if filler.entity:
            return self.entities[filler.entity].type in ("Person", "Organization")
        return self.people_word(filler.head)

    def people_word(self, lemma: str) -> bool:
        """A folded noun of people or groups: listed (``kgl:personWords``), or an occupation by
        its ending (``kgl:personSuffixes``: 'cariste', 'réviseuse', 'annotatrice'; not the things of
        ``kgl:personSuffixExceptions``: 'moissonneuse', 'matrice')."""
        return lemma in self.people or self.occupation_by_ending(lemma) or in_compound(lemma, self.people)

    def occupation_by_ending(self, lemma: str) -> bool:
        """A folded noun of an occupation by its ending alone (``kgl:personSuffixes``: 'cariste',
        'paysagiste'), not a thing that ends the same (``kgl:personSuffixExceptions``)."""
        return self.coref.occupation_by_ending(lemma)

    def slot_matches(self, slot, child: Token, dep: str | None = None, cases: frozenset[str] | None = None) -> bool:
        dep = child.dep_ if dep is None else dep
        cases = case_words(child) if cases is None else cases
        if dep not in slot.deps:
            return False
        if dep == "obl:agent" and not any(is_passive(a) or self.seen_to(a)
                                          for a in (child.head, child.head.head, child.head.head.head)):
            return False
        if slot.filler_in is not None:
            target = self.resolve(child)
            if target is None or not noun_lemmas(target) & slot.filler_in:
                return False
        if slot.animate is not None and self.animate_token(child) != slot.animate:
            return False
        if slot.cases and not cases & slot.cases:
            return False
        # a name is never a bare noun, whatever its tag: 'une offre de Brenvel' is Brenvel's offer
        if slot.bare is not None and (is_bare(child) and child.i not in self.token_entity) != slot.bare:
            return False
        if slot.filler_type:
            key = self.token_entity.get(child.i)
            want = slot.filler_type[len(SCHEMA):] if slot.filler_type.startswith(SCHEMA) else slot.filler_type
            if key is None:
                return False
            # 'supprimés au CHU de Brest': an institution one works at is where the event happens
            sited = want == "Place" and self.coref._institution(key)
            if self.entities[key].type != want and not sited:
                return False
        if (slot.role.endswith("#recipient") and child.i < child.head.i and child.left_edge.is_sent_start
                and child.i in self.token_entity and self.entities[self.token_entity[child.i]].type == "Place"):
            return False  # 'Au Sénégal, l'État a versé ...': a place put before the clause says where, not to whom
        return True

    def happens(self, verb: Token) -> bool:
        """A verb that says its subject, an event noun, takes place, goes on or starts again
        (``kgl:takePlaceVerbs``), itself or in the infinitive it governs: 'les négociations
        reprendront jeudi', 'doivent reprendre', 'ont eu lieu' ('la grève a coûté 2 millions',
        'la négociation tient ses promesses' say something else of it: they take an object)."""
        for v in [verb, *(c for c in children(verb) if c.dep_ == "xcomp" and c.pos_ == "VERB")]:
            objects = [c for c in children(v) if c.dep_ == "obj" and fold(c.lemma_) not in self.time_words]
            if any(fold(o.lemma_) in self.take_place for o in objects):
                return True  # 'avoir lieu'
            if not objects and any(fold(lemma) in self.take_place for lemma in verb_lemmas(v)):  # 'éclater'
                return True
        return False

    def clause_verb(self, token: Token) -> Token | None:
        t = token
        for _ in range(6):
            if t.head.i == t.i:
                return t if t.pos_ in ("VERB", "AUX") else None
            t = t.head
            if t.pos_ in ("VERB", "AUX") and not is_nominal(t):
                return t
        return None
