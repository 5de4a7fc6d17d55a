"""Events from the dependency parse, driven by the lexicon.

A word evokes an event when the lexicon lists its lemma; the lexicon's frame
says which dependents fill which roles. What the frame cannot see is grammar,
and lives here: relative pronouns stand for their antecedent ("une
proposition ... qui offrait 200 $"), an infinitive takes its subject from the
verb it completes ("a motivé Netflix à proposer", "a appelé les salariés à
cesser le travail"), an event noun takes the subject of the verb that carries
it ("sont parvenus à un accord", "prévoit la suppression de"), conjuncts are
separate fillers, and words inside a direct quotation are the speaker's, not
facts of the article.

The other jobs have modules of their own: what a word is
(:mod:`.syntax`), what a pronoun or a description stands for
(:mod:`.coref`), whether the event is denied, possible or to come
(:mod:`.modality`), who it is attributed to (:mod:`.attribution`) and which
statements are one event (:mod:`.merge`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..lexicon import Entry, Lexicon
from ..text import fold, quoted_ranges
from ..vocab import KG, SCHEMA, SEM
from .coref import Coreference
from .modality import Modality
from .model import Amount, Entity, Event, Filler, Mention, Span, same_filler
from .syntax import (case_words, is_bare, is_definite, is_nominal, is_passive, is_past, is_reflexive,
                     noun_lemmas, verb_lemmas)

ROLE_NAMES = {KG + "agent": "agent", KG + "theme": "theme", KG + "recipient": "recipient", SEM + "hasPlace": "place"}
_PRONOUNS = {"il", "elle", "ils", "elles", "le", "la", "les", "l'", "lui", "leur", "eux", "on", "se", "s'",
             "en", "y", "ce", "c'", "cela", "ceci", "ça", "celui", "celle", "ceux", "celles", "nous", "vous", "je", "j'", "tu"}
#: participles that say where a site stands: 'l'usine située à Vierzon'
_STANDING = {"situer", "implanter", "baser", "installer", "localiser"}
_RELATIVE = {"qui", "que", "qu'", "lequel", "laquelle", "lesquels", "lesquelles", "dont", "où"}
_PHRASE_CUT = {"acl:relcl", "punct", "advcl", "parataxis", "conj", "cc", "dep", "ccomp", "xcomp", "mark",
               "nsubj", "nsubj:pass", "cop", "aux", "aux:tense", "aux:pass", "expl:subj"}
@dataclass
class Candidate:
    token: Token
    entry: Entry
    event: Event | None = None
    amounts: list[Amount] = field(default_factory=list)


class EventReader:
    """Reads the events of one parsed document."""

    def __init__(self, doc: Doc, text: str, lexicon: Lexicon, entities: dict[str, Entity],
                 token_entity: dict[int, str], sentence_of, amounts: list[tuple[Amount, int]]):
        self.doc, self.text, self.lexicon = doc, text, lexicon
        self.offset = doc.user_data.get("offset", 0)
        self.entities, self.token_entity, self.sentence_of = entities, token_entity, sentence_of
        self.quotes = quoted_ranges(text[self.offset:])  # the original marks tell opening from closing
        self._quoted: set[int] | None = None
        self.support = lexicon.words("supportVerbs")
        self.naming = lexicon.words("namingVerbs")
        self.descriptors = lexicon.folded("orgDescriptors")
        self.people = lexicon.folded("personWords")
        self.about = lexicon.words("aboutPrepositions")
        self.time_words = lexicon.folded("timeWords")
        self.person_nouns = lexicon.folded("personDescriptors")
        self.call_nouns = lexicon.folded("callNouns")
        self.demands = lexicon.words("demandVerbs")
        self.site_words = lexicon.folded("siteWords")
        self.object_control = lexicon.folded("objectControlVerbs")
        self.phase_nouns = lexicon.folded("phaseNouns")
        self.sums = lexicon.folded("sumNouns")
        self.receives = lexicon.words("receiveVerbs")
        self.planned = lexicon.words("plannedGovernors")
        self.mood = Modality(lexicon, self.entries)
        self.coref = Coreference(doc, token_entity, entities, lexicon)
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

    # ---------------------------------------------------------------- helpers
    def _token_at(self, char: int) -> Token | None:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def span(self, begin_tok: Token, end_tok: Token) -> Span:
        b = begin_tok.idx + self.offset
        e = end_tok.idx + len(end_tok.text) + self.offset
        return Span(b, e, self.text[b:e])

    def in_quote(self, token: Token) -> bool:
        if self._quoted is None:
            self._quoted = {i for b, e in self.quotes for i in range(b + 1, e)}  # once per document
        return token.idx in self._quoted

    def entries(self, token: Token) -> list[Entry]:
        """The lexicon entries a word could evoke (computed once per word)."""
        if token.i not in self._entries:
            if is_nominal(token):
                self._entries[token.i] = self.lexicon.entries_for("NOUN", noun_lemmas(token))
            elif token.pos_ in ("VERB", "AUX"):
                self._entries[token.i] = self.lexicon.entries_for("VERB", verb_lemmas(token))
            else:
                self._entries[token.i] = []
        return self._entries[token.i]

    # ---------------------------------------------------------------- fillers
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
                objs = [c for c in head.head.children if c.dep_ == "obj" and c.pos_ != "PRON"  # not 'qu''
                        ] if head.head.pos_ in ("VERB", "AUX") else []
                return objs[0] if objs else None
            # "celui qui": the demonstrative points further back
            if head.lower_ in ("celui", "celle", "ceux") and head.dep_ == "appos":
                return None
            return head
        return self.clefted(token)

    def clefted(self, token: Token) -> Token | None:
        """'C'est X qui ...', 'Ce sont X qui ...': the cleft puts X before the relative,
        which the parser seldom hangs on X."""
        if token.lower_ != "qui" or token.i < 3:
            return None
        focus = self.doc[token.i - 1]
        while focus.head.i < token.i and focus.head.i != focus.i and focus.dep_ in (
                "nmod", "flat:name", "amod", "appos", "nummod"):
            focus = focus.head
        left = min([focus.i, *[c.i for c in focus.children if c.dep_ in ("det", "amod", "nummod") and c.i < focus.i]])
        if left >= 2 and self.doc[left - 1].lemma_ == "être" and self.doc[left - 2].lower_ in ("ce", "c'"):
            return focus
        return None

    def resolve(self, token: Token) -> Token | None:
        """The word a filler stands for: a relative's antecedent, a pronoun's or
        a demonstrative's ("ce dernier", "celle-ci") referent, else itself."""
        if token.lower_ in _RELATIVE and token.pos_ == "PRON":
            return self.antecedent(token)
        referent = self.coref.antecedent(token)
        if referent is not None:
            return referent
        if token.lower_ in _PRONOUNS and token.pos_ in ("PRON", "DET"):
            return None
        if "-" in token.lower_ and token.lower_.split("-")[0] in _PRONOUNS | {"celui", "celle", "ceux", "celles"}:
            return None  # "celui-ci" with nothing it could stand for
        if token.lower_.startswith("derni") and any("Dem" in c.morph.get("PronType") for c in token.children):
            return None  # "ce dernier" with nothing it could stand for
        return token

    def phrase(self, token: Token) -> tuple[Token, Token]:
        """The noun phrase headed by ``token``, without clauses or conjuncts."""
        keep = {token.i}
        stack = [token]
        while stack:
            t = stack.pop()
            for child in t.children:
                if child.dep_ in _PHRASE_CUT and (child.dep_ != "punct" or child.is_punct) and child.text not in "-'":
                    continue
                if child.i in self.amount_tokens and child.i != token.i:
                    continue
                if t.i == token.i and (child.dep_ == "advmod" or fold(child.lemma_) in self.time_words):
                    continue  # "sont toujours en grève", "cette proposition vendredi"
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
                                or self.doc[lo].dep_ in ("case", "fixed", "det", "mark")):
            lo += 1
        while hi > token.i and (self.doc[hi].pos_ in ("ADP", "PUNCT", "CCONJ", "DET") or self.doc[hi].text in "\"'"):
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

    def named_in(self, token: Token) -> str | None:
        """'le syndicat SAG-AFTRA', 'une émission baptisée X': the name the noun introduces."""
        for child in token.children:
            if child.dep_ in ("appos", "flat:name", "nmod", "amod") and child.i in self.token_entity and not case_words(child):
                return self.token_entity[child.i]
            if child.dep_ == "acl" and child.lemma_.lower() in self.naming:
                for grand in child.children:
                    if grand.i in self.token_entity:
                        return self.token_entity[grand.i]
            if child.dep_ in ("nmod", "dep") and child.i in self.token_entity:
                ent = self.entities[self.token_entity[child.i]]
                if ent.type == "CreativeWork" and not case_words(child):
                    return ent.key
        return None

    def described(self, token: Token, first: Token, last: Token) -> str | None:
        """'le géant du streaming', 'le constructeur', 'l'entraîneur': a singular
        definite description of a kind of body or person refers back to the
        nearest such entity named before (see :mod:`kg.extract.coref`)."""
        key = self.coref.description(token)
        if key is not None:
            self.entities[key].aliases.add(self.span(first, last).text)
        return key

    def fillers(self, token: Token) -> list[Filler]:
        """The filler for ``token`` and for each of its conjuncts."""
        out = []
        todo = [token, *[c for c in token.children if c.dep_ == "conj"]]
        for t in todo:
            target = self.resolve(t)
            if (target is not None and target.i != t.i and t.pos_ == "PRON" and "Plur" in t.morph.get("Number")
                    and t.i == token.i):
                # 'Ceux-ci', 'ils' for 'X et Y': both
                todo += [c for c in target.children if c.dep_ == "conj"]
            if target is not None and target.pos_ == "NUM":
                # '8 des 9 matchs': what is counted
                counted = [c for c in target.children if c.dep_ == "nmod" and c.pos_ == "NOUN"]
                target = counted[0] if counted else target
            if target is None or target.i in self.amount_tokens or (
                    target.pos_ in ("NUM", "SCONJ", "CCONJ", "ADV") and target.i not in self.token_entity):
                continue  # a name is a name whatever its tag ('condamné Uber à verser' with 'Uber' as an adverb)
            if target.pos_ == "PRON" and (target.lower_ in _RELATIVE or target.lower_ in _PRONOUNS):
                continue  # a pronoun nothing was found for names nobody
            if fold(target.lemma_) in self.time_words and target.i not in self.token_entity:
                continue  # "après 118 jours de grève", "l'an dernier", "vendredi": a when, never a who or what
            if target.i in self.token_entity:
                key = self.token_entity[target.i]
                out.append(Filler(self.entities[key].label, entity=key, span=self.span(target, target), head=key))
                continue
            first, last = self.phrase(target)
            named = self.named_in(target) or self.described(target, first, last)
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
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return []  # the subject of a passive is what is acted on, not who acts
        for child in verb.children:
            if child.dep_ == "nsubj":
                owner = self.owner(child)
                return self.fillers(owner if owner is not None else child)
        # 'Télénord, qui versera 30 millions, diffusera ...': a relative between a subject and its verb
        left = verb.i - 1
        while left > 0 and self.doc[left].dep_.startswith("aux"):
            left -= 1
        if left > 0 and self.doc[left].text == ",":
            rel = next((a for a in [self.doc[left - 1], *self.doc[left - 1].ancestors] if a.dep_ == "acl:relcl"), None)
            pronoun = next((c for c in rel.children if c.dep_ == "nsubj" and c.lower_ == "qui"), None) if rel else None
            if pronoun is not None and rel.head.i < verb.i and not any(c.dep_ == "nsubj" for c in verb.children):
                ante = self.antecedent(pronoun)
                if ante is not None:
                    return self.fillers(ante)
        first = min([verb, *[c for c in verb.children if c.dep_.startswith("aux") or c.dep_ in ("iobj", "obj", "expl:comp")
                              and c.pos_ == "PRON" and c.i < verb.i]], key=lambda t: t.i)
        if first.i > 0 and (verb.dep_ == "ROOT" or first.is_sent_start):
            # 'Varnel | a licencié 15 employés', 'Brenvel | lui a offert': the parser cut the subject
            # off as a root of its own
            prev = self.doc[first.i - 1]
            if (prev.dep_ == "ROOT" and prev.pos_ in ("PROPN", "NOUN") and "\n" not in prev.whitespace_
                    and not any(t.pos_ in ("VERB", "AUX") for t in prev.subtree)):
                return self.fillers(prev)
        if "Fin" in verb.morph.get("VerbForm") and verb.dep_ in ("xcomp", "ccomp", "conj", "parataxis"):
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
        infinitive = verb.morph.get("VerbForm") == ["Inf"] or any(
            c.dep_ == "aux:tense" and c.morph.get("VerbForm") == ["Inf"] for c in verb.children)
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if verb.dep_ == "acl" and infinitive and self.animate_token(verb.head) and (
                "à" in marks or marks & {"de", "d'"} and verb.head.dep_ == "obj"
                and verb_lemmas(verb.head.head) & self.object_control):
            # 'les salariés ... à cesser le travail', 'accuse les deux groupes d'avoir utilisé': the noun controls
            return self.fillers(verb.head)
        if verb.dep_ == "xcomp" or (verb.dep_ in ("advcl", "acl", "obl", "obl:arg", "obl:mod", "ccomp") and infinitive):
            # object control: 'appeler les salariés à cesser le travail', 'inviter X à signer';
            # otherwise the subject controls: 'a décidé de supprimer', 'refuse de signer'
            objs = [c for c in verb.head.children if c.dep_ == "obj" and c.i != verb.i]
            marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "case")}
            if objs and (verb.dep_ == "xcomp" or "à" in marks) and self.animate_token(objs[0]):
                return self.fillers(objs[0])
            between = [t for t in self.doc[verb.head.i + 1:verb.i] if t.i in self.token_entity]
            if not objs and "à" in marks and between and verb.head.i < verb.i:
                # 'a condamné X à verser': a named object the tagger missed still controls the infinitive
                return self.fillers(between[0])
            return self.subject(verb.head, depth + 1)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            # 'X estiment que la proposition n'est pas acceptable et ont refusé': a plural verb
            # does not share the singular subject of the clause the parser joined it to
            head = verb.head
            plural = any("Plur" in t.morph.get("Number") for t in (verb, *[c for c in verb.children
                                                                        if c.dep_.startswith("aux")]))
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            if (plural and subj is not None and "Sing" in subj.morph.get("Number")
                    and not any(c.dep_ == "conj" for c in subj.children) and head.dep_ in ("ccomp", "conj")):
                return self.subject(head.head, depth + 1)
            return self.subject(head, depth + 1)
        return []

    # ---------------------------------------------------------------- events
    def choose(self, token: Token, entries: list[Entry]) -> Entry | None:
        attached = bool(self.amounts_of(token))
        for entry in entries:
            if entry.requires_amount and not attached:
                continue
            if entry.reporting and any(c.dep_ == "obj" and is_nominal(c) and self.entries(c)
                                       and self.choose(c, self.entries(c)) for c in token.children):
                continue  # "déclarer une grève" declares the strike; it is not a statement
            if entry.not_past and is_past(token):
                continue
            if entry.venue_in is not None and not self.before_venue(token, entry.venue_in):
                continue
            if entry.theme_in is not None and not (self.theme_words(token) & entry.theme_in
                                                   or self.theme_types(token) & entry.theme_types):
                continue
            return entry
        return None

    def theme_words(self, token: Token) -> set[str]:
        """Head words of the theme, and the bare nouns or adjectives that qualify them."""
        if is_nominal(token):
            # 'offre d'emploi', 'la suppression de 450 postes', 'un plan social': what qualifies the noun
            heads = [c for c in token.children if c.dep_.startswith("nmod") and (
                is_bare(c) or (case_words(c) & {"de", "d'"} and any(g.dep_ in ("nummod", "det") and g.like_num
                                                     for g in c.children)))]
            heads += [c for c in token.children if c.dep_ == "amod"]
        else:
            heads = [c for c in token.children if c.dep_ in ("obj", "nsubj:pass", "obl:arg")]
            heads += [c for c in token.children if c.dep_ == "advmod" and c.lower_ == "non"]  # 'dire non'
            after = [t for t in self.doc[token.i + 1:token.i + 4] if not t.is_punct]
            heads += after[:1] if after and after[0].lower_ == "non" else []  # 'dire « non »'
            heads += self.raised_subject(token)
            if token.dep_ == "acl" and is_passive(token) and token.head.pos_ in ("NOUN", "PROPN"):
                heads.append(token.head)  # '45 postes supprimés': the noun a participle qualifies
            heads += [g for h in list(heads) for g in h.children if g.dep_ == "conj"]
        words = set()
        for head in heads:
            words |= noun_lemmas(head)
            words |= {w for c in head.children if c.dep_ in ("amod", "nmod", "compound", "appos")
                      for w in noun_lemmas(c)}
        return words

    def before_venue(self, token: Token, words: frozenset[str]) -> bool:
        """'obtenu (hier) devant la cour d'appel': a complement after 'devant' headed by one of
        ``words``, on the word itself or on a date the parser hung it on."""
        near = [c for c in token.children]
        near += [g for c in near if fold(c.lemma_) in self.time_words for g in c.children]
        return any("devant" in case_words(c) and fold(c.lemma_) in words for c in near)

    @staticmethod
    def is_joint(entry: Entry) -> bool:
        """Events done together ('une négociation avec', 'un accord entre'): their frame names co-agents."""
        return any("avec" in slot.cases and slot.role.endswith("#agent") for slot in entry.frame.slots)

    def idiomatic(self, token: Token) -> bool:
        """'être d'accord', 'tomber d'accord': a bare noun after 'de' on a verb is an idiom, not an event."""
        return (not any(c.dep_ == "det" for c in token.children) and bool(case_words(token) & {"d'", "de"})
                and token.head.pos_ in ("VERB", "AUX", "ADJ"))

    def theme_types(self, token: Token) -> set[str]:
        """Classes of the named entities that are the theme: 'poursuivre Disney'."""
        heads = [c for c in token.children if c.dep_ in ("obj", "nsubj:pass")]
        return {self.entities[self.token_entity[h.i]].type for h in heads if h.i in self.token_entity}

    def told_amounts(self) -> list[tuple[Amount, Token]]:
        """Amounts the article states; a figure inside a quotation stays the speaker's, like its events."""
        return [(a, t) for a, t in self.amount_anchor if not self.in_quote(t)]

    def amount_point(self, anchor: Token) -> Token | None:
        """The word an amount depends on (:meth:`attach_point`), except that a sum the parser hung on a
        verb that asks none goes to the verb's object when that is a noun of transaction ('a approuvé
        le rachat de X pour 2 milliards': the buyout costs it, not the approval)."""
        point = self.attach_point(anchor)
        verb = point
        if verb is None:  # 'a finalisé le rachat de X pour 2 milliards': a verb that states no event
            verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or is_nominal(verb) or any(e.requires_amount for e in self.entries(verb)):
            return point
        costs = [c for c in verb.children if c.dep_ == "obj" and self.money_noun(c) == "transaction"]
        return costs[0] if costs else point

    def money_noun(self, token: Token) -> str | None:
        """'sum' for a noun that names a sum itself ('une prime'), 'transaction' for one that names a
        payment made ('le rachat'), None for any other word: the lexicon's entries for it all ask
        for an amount, and kgl:sumNouns tells the two apart."""
        entries = self.entries(token)
        if not (entries and is_nominal(token) and all(e.requires_amount for e in entries)):
            return None
        return "sum" if noun_lemmas(token) & self.sums else "transaction"

    def amounts_of(self, token: Token) -> list[Amount]:
        """Amounts whose nearest event word is ``token`` (what kg:requiresAmount asks)."""
        if self._attached is None:
            self._attached = {}
            for amount, anchor in self.told_amounts():
                point = self.amount_point(anchor)
                if point is not None:
                    self._attached.setdefault(point.i, []).append(amount)
        return self._attached.get(token.i, [])

    def attach_point(self, token: Token) -> Token | None:
        """The nearest ancestor of an amount that the lexicon knows as an event word."""
        t = token
        for _ in range(12):
            if t.head.i == t.i:
                return None
            crossing = t.dep_ == "acl:relcl"
            t = t.head
            # a verb of saying or estimating ('un montant estimé à 2 Md€') passes the sum on
            if self.entries(t) and not all(e.reporting for e in self.entries(t)) and not self.passes_amount(t):
                return t
            if crossing and t.dep_ in ("nsubj", "nsubj:pass"):
                # 'Télénord, qui met 30 millions sur la table, proposera ...': a sum in a relative
                # clause on the subject says something of the subject, not of what the subject does
                return None
        return None

    def passes_amount(self, token: Token) -> bool:
        """A noun of money that is the object of an event verb ('toucher une
        prime de 1 500 €', 'proposer une prime de 500 €') states no event of
        its own: its sum belongs to the verb's event."""
        return (self.money_noun(token) == "sum"  # a sum, not a transaction ('le rachat de X')
                and token.dep_ in ("obj", "nsubj:pass") and not verb_lemmas(token.head) & self.receives
                and (bool(self.entries(token.head)) or bool(verb_lemmas(token.head) & self.demands)))

    def read(self) -> tuple[list[Event], list[tuple[str, Amount, int]]]:
        """Events, and the amounts anaphoric words give to an earlier event."""
        candidates: list[Candidate] = []
        for token in self.doc:
            if self.in_quote(token):
                continue
            entries = self.entries(token)
            if token.pos_ == "VERB":
                # 'se séparer de' is another verb than 'séparer': reflexive uses take reflexive entries only
                reflexive = is_reflexive(token)
                entries = [e for e in entries if e.reflexive == reflexive]
            if entries and is_nominal(token) and self.idiomatic(token):
                continue
            entry = self.choose(token, entries) if entries else None
            if entry is None:
                continue
            if self.passes_amount(token):
                continue  # 'proposer une prime de 500 euros': the sum is what the proposal offers
            if (token.dep_ == "acl" and is_passive(token) and self.entries(token.head) and is_nominal(token.head)
                    and verb_lemmas(token) & (self.support | self.planned)):
                continue  # 'l'offre présentée par X': the participle only says who made the offer
            cand = Candidate(token, entry)
            candidates.append(cand)
            self.by_token[token.i] = cand
        # an amount goes to the nearest event word above it; a word that states no
        # event ("un ingénieur payé jusqu'à 500 000 $") passes it on
        for amount, anchor in self.told_amounts():
            point = self.amount_point(anchor)
            while point is not None and point.i not in self.by_token:
                point = self.attach_point(point)
            if point is not None:
                self.by_token[point.i].amounts.append(amount)
        for cand in candidates:
            # "mettre en ligne une offre": the noun names the event its verb states
            head = self.by_token.get(cand.token.head.i)
            if (is_nominal(cand.token) and cand.token.dep_ in ("obj", "nsubj:pass") and head is not None
                    and head is not cand and head.entry.evokes != cand.entry.evokes):
                same = [e for e in self.entries(cand.token) if e.evokes == head.entry.evokes]
                if same:
                    cand.entry = same[0]
        anaphora: list[tuple[str, Amount, int]] = []
        for cand in candidates:
            if cand.entry.anaphoric:
                for amount in cand.amounts:
                    anaphora.append((cand.entry.evokes, amount, cand.token.idx + self.offset))
                continue
            t = cand.token
            sent = self.sentence_of(t.idx + self.offset)
            cand.event = Event(type=cand.entry.evokes, triggers=[self.span(t, t)], sentences=[sent],
                               status=cand.entry.default_status)
            cand.event.nominal = is_nominal(t)
            cand.event.speech = cand.entry.reporting
            # a passive clause with its auxiliary, or an event noun that says how much, to whom or where,
            # states its event even without a doer
            cand.event.bare_clause = (is_passive(t) if not cand.event.nominal
                                      else bool(cand.amounts) or t.i == t.head.i)
            cand.event.definite = cand.event.nominal and is_definite(t)
            cand.event.negated = self.mood.negated(t)
            mood = self.mood.modality(t)
            # the subject of a clause that plans it ('la réunion est prévue', 'les négociations reprendront')
            subject = t if t.dep_ in ("nsubj", "nsubj:pass") else t.head if (
                t.head.dep_ in ("nsubj", "nsubj:pass") and t.dep_ == "nmod" and t.head.pos_ == "NOUN") else None
            cand.event.scheduled = (cand.event.nominal and mood == "Planned" and subject is not None
                                    and self.mood.plans_subject(subject.head))
            if mood is not None:
                cand.event.status = mood
            if cand.amounts:
                cand.event.amount = cand.amounts[0]
        merged_into: dict[int, Event] = {}
        for cand in candidates:
            if cand.event is not None:
                target = self.fill(cand)
                if target is not None:
                    merged_into[id(cand.event)] = target
        for cand in candidates:
            # "un ingénieur payé jusqu'à 500 000 $": a participle with no doer of its own
            # states no event; its amount belongs to the event above it
            event = cand.event
            if event is not None and event.amount and not event.roles["agent"] and not is_nominal(cand.token):
                point = self.attach_point(cand.token)
                while point is not None and (point.i not in self.by_token or self.by_token[point.i].event is None):
                    point = self.attach_point(point)
                if point is not None and self.by_token[point.i].event.amount is None:
                    self.by_token[point.i].event.amount, event.amount = event.amount, None
                    merged_into[id(event)] = self.by_token[point.i].event  # it stated no event of its own
        events = [c.event for c in candidates if c.event is not None and id(c.event) not in merged_into]
        return events, anaphora

    def descriptions(self) -> list[Mention]:
        """Mentions of organisations by a description ('le géant du streaming'), wherever they stand."""
        found = []
        for token in self.doc:
            if token.pos_ == "NOUN" and token.i not in self.token_entity:
                key = self.coref.description(token)  # before the phrase: most nouns describe nobody
                if key is not None:
                    first, last = self.phrase(token)
                    sp = self.span(first, last)
                    self.entities[key].aliases.add(sp.text)
                    found.append(Mention(key, sp, self.sentence_of(sp.begin)))
        return found

    def date_events(self, dates, published: str | None = None) -> None:
        """'a appelé vendredi 1er septembre': a date tells when the event it depends on happened."""
        for date in dates:
            token = self._token_at(date.begin - self.offset)
            point = self.attach_point(token) if token is not None else None
            cand = self.by_token.get(point.i) if point is not None else None
            if cand is None and token is not None:
                # "se sont mis en grève le 26 juillet": the date and the event noun share their verb
                verb = self.clause_verb(token)
                cand = next((c for c in self.by_token.values() if c.event is not None and verb is not None
                             and is_nominal(c.token) and self.clause_verb(c.token) is not None
                             and self.clause_verb(c.token).i == verb.i), None)
            if cand is not None and cand.event is not None and cand.event.time is None:
                cand.event.time = date.iso
                if (date.yearless and cand.event.status == "Planned" and published
                        and date.iso[:len(published)] < published[:len(date.iso)] and date.iso[5:] != "02-29"):
                    # 'feront grève le 13 octobre' in an article of March: the October to come
                    cand.event.time = f"{int(date.iso[:4]) + 1:04d}{date.iso[4:]}"

    def clause_verb(self, token: Token) -> Token | None:
        t = token
        for _ in range(6):
            if t.head.i == t.i:
                return t if t.pos_ in ("VERB", "AUX") else None
            t = t.head
            if t.pos_ in ("VERB", "AUX") and not is_nominal(t):
                return t
        return None

    def fill(self, cand: Candidate) -> Event | None:
        """Give ``cand.event`` its roles; returns the event it is part of, if any
        ('une proposition ... qui offrait 200 $': the offering is the proposal)."""
        event, token = cand.event, cand.token
        assert event is not None
        host: Event | None = None
        for child, dep, cases in self.arguments(token):
            for slot in cand.entry.frame.slots:
                if not self.slot_matches(slot, child, dep, cases):
                    continue
                role = ROLE_NAMES.get(slot.role)
                if role is None:
                    break
                if role == "agent" and child.lower_ in _RELATIVE and child.pos_ == "PRON":
                    ante = self.antecedent(child)
                    owner = self.by_token.get(ante.i) if ante is not None else None
                    if owner is not None and owner.event is not None and owner.event is not event:
                        host = owner.event
                        break
                for filler in self.fillers(child):
                    event.add(role, filler)
                if role == "theme":
                    self.add_about(event, child)
                break
        for slot in cand.entry.frame.slots:
            for dep in slot.deps:
                if (dep.startswith("<") and token.dep_ == dep[1:] and token.head.pos_ in ("NOUN", "PROPN", "PRON")
                        and (not slot.cases or case_words(token) & slot.cases)
                        and (dep != "<acl" or is_passive(token))):
                    role = ROLE_NAMES.get(slot.role)
                    if role:
                        for filler in self.fillers(token.head):
                            event.add(role, filler)
        if host is not None:
            self.absorb(host, event, token)
            return host
        for raised in self.raised_subject(token):
            for filler in self.fillers(raised):
                event.add("theme", filler)
        if not is_nominal(token) and not event.roles["theme"]:
            # 'a refusé de parapher l'accord', 'a accepté de rejoindre le club': what is refused
            # or accepted is the act its infinitive names
            for child in token.children:
                if child.dep_ in ("xcomp", "obl:arg", "obl", "ccomp") and child.morph.get("VerbForm") == ["Inf"] \
                        and child.i > token.i:
                    sp = self.span(child, child.right_edge if child.right_edge.i - child.i <= 12 else child)
                    cand_inf = self.by_token.get(child.i)
                    event.add("theme", Filler(sp.text.rstrip(" ,."), span=sp, head=fold(child.lemma_),
                                              event=cand_inf.event if cand_inf else None))
                    break
        if cand.entry.reporting:
            self.fill_statement(event, token)
        if not event.roles["place"]:
            taken = {f.entity for r in ("agent", "recipient", "theme") for f in event.roles[r] if f.entity}
            for filler in self.places_within(token) + self.sites(token):
                if filler.entity not in taken:  # 'une offre au Racing': the club it goes to is no place
                    event.add("place", filler)
        # 'négocier avec X', 'un accord avec X': the other party does not make the subject's part unsaid
        joint = (is_nominal(token) or self.is_joint(cand.entry)) and any(
            case_words(c) & {"avec", "entre"} for c in token.children)
        if is_nominal(token) and token.dep_ == "obj" and verb_lemmas(token.head) & self.receives \
                and (cand.entry.requires_amount or any(s.role.endswith("#recipient") for s in cand.entry.frame.slots)) \
                and not event.roles["recipient"]:
            # 'les salariés recevront une indemnité de ...', 'le club a reçu une offre de X': who receives
            # a payment or an offer is its recipient
            for filler in self.subject(token.head):
                event.add("recipient", filler)
        if not event.roles["agent"] or joint:
            if is_nominal(token):
                # "mettre fin à 148 jours de grève", "annoncer la fin de la grève": climb the nouns to the verb
                link, head = token, token.head
                called = False
                for _ in range(2):
                    if head.pos_ not in ("NOUN", "PROPN") or link.dep_ != "nmod" or head.i in self.by_token:
                        break
                    if fold(head.lemma_) not in self.time_words | self.call_nouns | self.phase_nouns:
                        # 'l'interdiction des piquets de grève': a noun that is no phase, time or call
                        # of the event does not pass its verb's subject down to it
                        link = None
                        break
                    # 'maintenir son appel à la grève', 'lever le préavis de grève': a noun of calling
                    # or notice makes whoever holds it the doer, whatever the verb
                    called = called or fold(head.lemma_) in self.call_nouns
                    link, head = head, head.head
                # 'maintiennent leur appel à la grève' with 'à la grève' hung on the verb: the call is still
                # the verb's object
                called = called or (head.pos_ == "VERB" and link.dep_ in ("obl", "obl:arg", "obl:mod") and any(
                    o.dep_ == "obj" and o.i < link.i and fold(o.lemma_) in self.call_nouns for o in head.children))
                if link is None:
                    link, head = token, token  # nothing lends a doer from above
                lends = head.lemma_.lower() in self.support or head.lemma_.lower() in self.planned
                supported = (lends and link.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj:pass", "xcomp")
                             or called and link.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj"))
                # "les acteurs sont (toujours) en grève": being in a state of the event
                supported = supported or (head.lemma_ == "être" and "en" in case_words(link))
                # a joint activity in a clause ("peser dans la négociation") involves the clause's subject;
                # a proposal the subject rejects is not the subject's
                involved = (self.is_joint(cand.entry) and head.pos_ == "VERB"
                            and link.dep_ in ("obj", "obl", "obl:arg", "obl:mod"))
                about = (case_words(link) | {link.lower_}) & self.about  # "déclarer à propos de l'accord"
                if (supported or involved) and not about:
                    planning = head.lemma_.lower() in self.planned and head.lemma_.lower() not in self.support
                    for filler in self.subject(head):
                        # 'le texte prévoit une prime': a plan is made by someone, a text only states it
                        if not planning or self.animate(filler):
                            event.add("agent", filler)
                if supported and head.pos_ == "VERB" and link is token:
                    # 'trouver un accord sur le plan social', 'prévoit une prime pour chaque employé': what
                    # the noun is about and whom it is for, hung on its verb
                    for child in head.children:
                        if child.dep_ not in ("obl", "obl:mod", "obl:arg"):
                            continue
                        for role, cases, animate in (("theme", {"sur"}, False), ("recipient", {"pour"}, True)):
                            if case_words(child) & cases and (not animate or self.animate_token(child)) and any(
                                    slot.cases & cases and slot.role.endswith("#" + role)
                                    for slot in cand.entry.frame.slots):
                                for filler in self.fillers(child):
                                    event.add(role, filler)
                if self.is_joint(cand.entry) and (supported or link.dep_ in ("nsubj", "nsubj:pass")) \
                        and head.pos_ in ("VERB", "AUX", "ADJ"):
                    # 'un accord a été trouvé entre X et Y', 'les discussions étaient tendues entre X et Y':
                    # the parties hang on the verb or the predicate that carries the noun
                    for child in head.children:
                        if child.dep_ in ("obl", "obl:mod", "obl:arg") and case_words(child) & {"avec", "entre"}:
                            for filler in self.fillers(child):
                                event.add("agent", filler)
                if not event.roles["agent"]:
                    # 'l'offre présentée par la ministre', 'la proposition formulée par le club': a support
                    # participle on the noun names its doer after 'par'
                    for acl in token.children:
                        if acl.dep_ == "acl" and is_passive(acl) and verb_lemmas(acl) & (self.support | self.planned):
                            for doer in acl.children:
                                if doer.dep_ == "obl:agent" or (doer.dep_ in ("obl", "nmod") and "par" in case_words(doer)):
                                    for filler in self.fillers(doer):
                                        event.add("agent", filler)
                if not event.roles["agent"] or joint:
                    # 'son entente avec X': whose the agreement is, is a party to it too
                    owner = self.coref.possessor(token)
                    if owner is not None:
                        for filler in self.fillers(owner):
                            event.add("agent", filler)
            else:
                for filler in self.subject(token):
                    event.add("agent", filler)
        if not event.roles["agent"] and not cand.entry.reporting:
            # 'quarante postes ont été supprimés chez X / au sein de X': with no doer named, the
            # body the event happens within does it
            for child in token.children:
                within = child
                if fold(child.lemma_) == "sein" and case_words(child) & {"au"}:
                    within = next((g for g in child.children if g.dep_ == "nmod"), None)
                elif not case_words(child) & {"chez"}:
                    continue
                if within is not None and fold(within.lemma_) in self.site_words:
                    # 'au sein des sièges de X': the body whose sites they are
                    within = next((g for g in within.children if g.dep_ == "nmod" and g.i in self.token_entity
                                   and self.entities[self.token_entity[g.i]].type == "Organization"), None)
                if within is not None and child.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and self.animate_token(
                        within):
                    for filler in self.fillers(within):
                        event.add("agent", filler)
        if is_nominal(token) and self.is_joint(cand.entry) and event.definite and not event.roles["agent"]:
            # 'Aucun accord entre X et Y ... Les négociations reprendront': talks named with the definite
            # article are those of the parties last named for a joint event, a sentence or two before
            here = event.sentences[0]
            before = [c.event for c in self.by_token.values() if c.event is not None and c.event is not event
                      and c.token.i < token.i and self.is_joint(c.entry) and c.event.roles["agent"]
                      and 0 <= here - c.event.sentences[0] <= 2]
            if before:
                last = max(before, key=lambda e: e.triggers[0].begin)
                for filler in last.roles["agent"]:
                    event.add("agent", filler)
                for filler in last.roles["theme"]:
                    if not filler.own:
                        event.add("theme", filler)
        if is_nominal(token):
            # the noun's own phrase names what the event is ('la suppression de 450 postes')
            first, last = self.phrase(token)
            sp = self.span(first, last)
            event.add("theme", Filler(sp.text, span=sp, head=fold(token.lemma_), own=True))
        if cand.entry.reporting:
            # only someone can say something: "une section du site explique" is a source, not a speaker
            event.roles["agent"] = [f for f in event.roles["agent"] if self.animate(f)]
        # an event does not act: 'les négociations ont abouti à un accord' names no party to the accord
        event.roles["agent"] = [f for f in event.roles["agent"]
                                if f.event is None and (f.entity or not self.lexicon.entries_for("NOUN", {f.head}))]
        return None

    def animate(self, filler: Filler) -> bool:
        """A person or a body: a named one, or a noun of people or groups."""
        if filler.entity:
            return self.entities[filler.entity].type in ("Person", "Organization")
        return filler.head in self.people

    def fill_statement(self, event: Event, token: Token) -> None:
        """A verb of saying: who speaks (also in an incise, '"...", écrit le
        syndicat') and what is said (its clause, else the quotation by it)."""
        if not event.roles["agent"]:
            for child in token.children:
                if child.dep_ == "obj" and child.i > token.i and is_nominal(child):
                    for filler in self.fillers(child):  # the subject comes after the verb
                        event.add("agent", filler)
                        event.roles["theme"] = [f for f in event.roles["theme"] if not same_filler(f, filler)]
                    break
        clauses = [c for c in token.children if c.dep_ == "ccomp"]
        # 'annonce porter plainte', 'affirme avoir reçu': an infinitive says a clause too
        event.clausal = bool(clauses) or any(
            c.dep_ in ("xcomp", "obl:arg", "obj") and c.morph.get("VerbForm") == ["Inf"] and c.i > token.i
            for c in token.children)
        for clause in clauses:
            sp = self.span(clause.left_edge, clause.right_edge)
            event.add("theme", Filler(sp.text.strip(' "'), span=sp, head=fold(clause.lemma_)))
        if not clauses:
            sent = token.sent
            quoted = [(b, e) for b, e in self.quotes if sent.start_char <= b <= sent.end_char]
            before = [q for q in quoted if q[1] < token.idx]
            if before or quoted:
                b, e = (before or quoted)[-1 if before else 0]
                sp = Span(b + 1 + self.offset, e + self.offset, self.text[b + 1 + self.offset:e + self.offset])
                said = " ".join(sp.text.split())
                label = said if len(said) <= 200 else said[:199].rsplit(" ", 1)[0] + "…"
                event.roles["theme"] = [Filler(label, span=sp)]
                event.quoted = True

    def add_about(self, event: Event, theme: Token) -> None:
        """'une offre qui concerne un AI product manager': what the offer is about is its theme too."""
        about = self.lexicon.words("aboutVerbs")
        for clause in theme.children:
            renames = clause.dep_ == "appos" or (clause.dep_ == "nmod" and not case_words(clause))
            if renames and clause.i not in self.token_entity:
                for filler in self.fillers(clause):
                    event.add("theme", filler)
            if clause.dep_ == "acl:relcl" and verb_lemmas(clause) & about:
                for obj in clause.children:
                    if obj.dep_ in ("obj", "obl:arg"):
                        for filler in self.fillers(obj):
                            event.add("theme", filler)

    def sites(self, token: Token) -> list[Filler]:
        """'supprimés au siège de Rennes', 'à l'usine de Vierzon', 'un accord sur le
        plan social de l'usine située à Vierzon': a place named after a noun of
        site (a plant, an office, a store), or where that site is said to stand,
        is where the event happens. Sites are looked for in the event's own
        complements, in those of the verb that carries an event noun ('parvenir à
        un accord ... pour son site de X'), and one or two nouns down."""
        out = []
        # 'les salariés de l'usine de Vierzon cesseront le travail': the site of who does it
        doers = [c for c in token.children if c.dep_ == "nsubj"]
        doers += [g for d in doers for g in d.children if g.dep_ == "conj"]
        roots = [c for d in doers for c in d.children if c.dep_ == "nmod" and case_words(c) & {"de", "d'", "du", "des"}]
        roots += [c for c in token.children if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")
                  and (not case_words(c) & {"de", "du", "d'", "des"} or is_nominal(token))]
        carrier = token.head if is_nominal(token) and token.dep_ in ("obj", "obl", "obl:arg") else None
        if carrier is not None and carrier.pos_ == "VERB" and verb_lemmas(carrier) & (self.support | self.planned):
            roots += [c for c in carrier.children if c.dep_ in ("obl", "obl:mod", "obl:arg") and c.i != token.i]
        seen: set[int] = set()
        stack = [(r, 0) for r in roots]
        while stack:
            t, depth = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            if fold(t.lemma_) in self.site_words:
                for grand in t.children:
                    named = [grand] if grand.dep_ == "nmod" else [
                        g for g in grand.children if g.dep_.startswith("obl") and case_words(g) & {"à", "au", "en"}
                    ] if grand.dep_ == "acl" and fold(grand.lemma_) in _STANDING else []
                    for place in named:
                        key = self.token_entity.get(place.i)
                        if key and self.entities[key].type == "Place":
                            out.append(Filler(self.entities[key].label, entity=key, span=self.span(place, place),
                                              head=key))
                # 'l'entrepôt logistique situé à X' with the participle hung elsewhere by the parser:
                # the words right after the site say where it stands
                after = self.doc[t.i + 1:t.i + 5]
                for j, word in enumerate(after[:-2]):
                    if fold(word.lemma_) in _STANDING and after[j + 1].lower_ in ("à", "au") \
                            and after[j + 2].i in self.token_entity:
                        key = self.token_entity[after[j + 2].i]
                        if self.entities[key].type == "Place" and all(f.entity != key for f in out):
                            out.append(Filler(self.entities[key].label, entity=key,
                                              span=self.span(after[j + 2], after[j + 2]), head=key))
                        break
            elif depth < 2:
                stack.extend((c, depth + 1) for c in t.children if c.dep_ == "nmod")
        return out

    def places_within(self, token: Token) -> list[Filler]:
        """Places named inside an event noun's phrase ('la grève des acteurs à
        Hollywood') or right after it ('en grève à Hollywood'); for a verb, a
        place the parser hung on its object ('diffusera les matchs du championnat en
        Belgique')."""
        if not is_nominal(token):
            out = []
            for obj in (c for c in token.children if c.dep_ == "obj"):
                stack = [(c, 0) for c in obj.children]
                while stack:
                    t, depth = stack.pop()
                    key = self.token_entity.get(t.i)
                    if key and self.entities[key].type == "Place" and case_words(t) & {"en", "dans"}:
                        out.append(Filler(self.entities[key].label, entity=key, span=self.span(t, t), head=key))
                    elif depth < 2 and t.dep_ in ("nmod", "conj"):
                        stack.extend((c, depth + 1) for c in t.children)
            return out
        out = []
        nxt = self.doc[token.i + 1: token.i + 3]
        if len(nxt) == 2 and nxt[0].lower_ in ("à", "en", "dans", "au", "aux") and nxt[1].i in self.token_entity:
            key = self.token_entity[nxt[1].i]
            if self.entities[key].type == "Place":
                out.append(Filler(self.entities[key].label, entity=key, span=self.span(nxt[1], nxt[1]), head=key))
        stack = [c for c in token.children if c.dep_ not in _PHRASE_CUT]
        while stack:
            t = stack.pop()
            key = self.token_entity.get(t.i)
            if key and self.entities[key].type == "Place" and case_words(t) & {"à", "en", "dans", "au", "aux"}:
                out.append(Filler(self.entities[key].label, entity=key, span=self.span(t, t), head=key))
            if t.i not in self.by_token:
                stack.extend(c for c in t.children if c.dep_ not in _PHRASE_CUT)
        return out

    def absorb(self, host: Event, part: Event, token: Token) -> None:
        host.triggers.append(part.triggers[0])
        for role, fillers in part.roles.items():
            for filler in fillers:
                host.add(role, filler)
        if part.amount and not host.amount:
            host.amount = part.amount

    def arguments(self, token: Token):
        """The dependents that may fill a role of ``token``, each with the relation
        and the prepositions a frame matches them by.

        Two constructions are seen through here, once for every frame:
        'de la part de X' names the doer as 'par X' does ('une offre de la part
        d'un fonds'), and a complement the parser hung on the object ('proposer
        une prolongation à son entraîneur') is offered as ``obj>nmod``.
        """
        has_obj = any(c.dep_ == "obj" for c in token.children)
        for child in token.children:
            cases = case_words(child)
            if child.pos_ == "NUM" and not cases and not has_obj and child.dep_ in ("obl", "obl:mod") \
                    and child.i > token.i and not is_nominal(token):
                yield child, "obj", cases  # 'diffusera 8 des 10 matchs': a count the parser took for a when
                continue
            if fold(child.lemma_) == "part" and cases & {"de", "d'"}:
                doers = [g for g in child.children if g.dep_ == "nmod" and case_words(g) & {"de", "d'", "du", "des"}]
                if doers:
                    yield doers[0], child.dep_, frozenset({"par"})
                    continue
            yield child, child.dep_, cases
            if (fold(child.lemma_) in self.time_words or child.pos_ in ("NUM", "ADV", "ADP")) \
                    and child.i not in self.token_entity and is_passive(token):
                # the parser sometimes hangs 'par X' on a date ('diffusée à partir du 6 mars par X',
                # 'signé jeudi par X'): on a passive verb it is the verb's doer
                for grand in [g for c in [child, *child.children] for g in c.children]:
                    if grand.dep_ in ("obl:agent", "nmod") and "par" in case_words(grand):
                        yield grand, "obl:agent", frozenset({"par"})
            if fold(child.lemma_) in self.time_words and child.i not in self.token_entity:
                # 'a présenté jeudi à Paris': a place the parser hung on the date is the verb's;
                # so is a party ('négocie depuis lundi avec les syndicats')
                for grand in child.children:
                    key = self.token_entity.get(grand.i)
                    if key and self.entities[key].type == "Place" and case_words(grand) & {"à", "en", "dans"} \
                            or grand.dep_ == "nmod" and case_words(grand) & {"avec", "entre"}:
                        yield grand, "obl", case_words(grand)
            if child.dep_ == "obj":
                for grand in child.children:
                    if grand.dep_ == "nmod":
                        yield grand, "obj>nmod", case_words(grand)

    @staticmethod
    def raised_subject(token: Token) -> list[Token]:
        """'7 postes vont être supprimés': the subject of 'aller', 'devoir',
        'pouvoir' is what the passive infinitive below it acts on."""
        if token.dep_ == "xcomp" and any(c.dep_ == "aux:pass" for c in token.children) \
                and not any(c.dep_ == "nsubj:pass" for c in token.children):
            return [c for c in token.head.children if c.dep_ == "nsubj"]
        return []

    def owner(self, token: Token) -> Token | None:
        """'Le plan de Valmorin prévoit ...': a thing that cannot act, said to
        belong to a person or a body, stands for its owner as a doer."""
        target = self.resolve(token)
        if target is None or target.pos_ != "NOUN" or self.animate_token(target) or target.i in self.token_entity:
            return None
        for child in target.children:
            if child.dep_ == "nmod" and case_words(child) & {"de", "d'", "du", "des"} and self.animate_token(child):
                return child
        return None

    def animate_token(self, token: Token) -> bool:
        """A person or a body: a named one, or a noun of people or groups."""
        target = self.resolve(token)
        if target is None:
            return False
        key = self.token_entity.get(target.i)
        if key is not None:
            return self.entities[key].type in ("Person", "Organization")
        return bool(noun_lemmas(target) & self.people) or fold(target.lemma_) in self.people

    def slot_matches(self, slot, child: Token, dep: str | None = None, cases: frozenset[str] | None = None) -> bool:
        dep = child.dep_ if dep is None else dep
        cases = case_words(child) if cases is None else cases
        if dep not in slot.deps:
            return False
        if dep == "obl:agent" and not any(is_passive(a) for a in (child.head, child.head.head, child.head.head.head)):
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
        return True
