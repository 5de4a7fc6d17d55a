"""What a pronoun, a demonstrative or a definite description stands for,
within one document.

Deterministic and small, on purpose: a French news sentence names its actor
once and then says "il", "elle", "ce dernier", "celle-ci", "le syndicat" or
"l'entreprise". Three constructions are handled, each against the parse:

- a subject pronoun (il, elle, ils, elles) takes the nearest earlier subject
  that agrees in gender and number, else the nearest earlier person or body;
- a demonstrative (ce dernier, cette dernière, celui-ci, celle-ci, ceux-ci,
  celles-ci) takes the nearest earlier person or body that agrees: "the
  latter" is the last one named, whatever its role;
- a singular definite description whose noun is a kind of person
  ("l'entraîneur") takes the most prominent earlier named person; one whose
  noun is a kind of organisation does so only when it says something more
  ("le fabricant de pneumatiques", "le géant américain"): "le syndicat" alone
  could be any union, and the nearest body named may be the employer. Among
  equally prominent bodies the nearest wins, which is a guess. A description in
  apposition to a name is that name's.

Candidates are named people and bodies, and nouns of people or groups that
head a subject ("les médecins urgentistes", "l'intersyndicale"). Nothing is
resolved across more than :data:`WINDOW` sentences: past that, an article has
moved on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import LEMMA, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PRON, VERB
from spacy.tokens import Doc, Token

from ..lexicon import Lexicon
from ..text import fold
from .syntax import case_words, children, dateline, in_compound, is_demonym, morph_values, subtree_of, verb_lemmas
from .model import Entity

#: How many sentences back a pronoun may look.
WINDOW = 2
#: How many a description may: an article names its main actor early and describes it later.
DESCRIPTION_WINDOW = 6

_PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"), "elles": ("Fem", "Plur"),
             # the dative clitics, of either gender ('la direction leur a offert', 'le club lui propose')
             "leur": (None, "Plur"), "lui": (None, "Sing"),
             # the stressed pronouns of a partitive ('neuf d'entre eux', 'plusieurs d'entre elles')
             "eux": ("Masc", "Plur")}
# the subject clitics after a verb of saying ('précise-t-il', 'affirme-t-elle'), as the parser splits them
_PRONOUNS.update({f"-{w}": _PRONOUNS[w] for w in ("il", "elle", "ils", "elles")})
#: object clitics and the gender and number they mark ("l'" marks no gender)
_OBJECT_CLITICS = {"le": ("Masc", "Sing"), "la": ("Fem", "Sing"), "l'": (None, "Sing"), "les": (None, "Plur")}
_DEMONSTRATIVES = {
    "celui-ci": ("Masc", "Sing"), "celle-ci": ("Fem", "Sing"), "ceux-ci": ("Masc", "Plur"),
    "celles-ci": ("Fem", "Plur"), "celui-là": ("Masc", "Sing"), "celle-là": ("Fem", "Sing"),
    "ceux-là": ("Masc", "Plur"), "celles-là": ("Fem", "Plur"),
}
_LATTER = {"dernier": ("Masc", "Sing"), "dernière": ("Fem", "Sing"), "derniers": ("Masc", "Plur"),
           "dernières": ("Fem", "Plur")}
_ACTORS = ("Person", "Organization")


@dataclass(frozen=True)
class Candidate:
    token: Token  # the head of the phrase that names it
    entity: str | None  # entity key, if named
    kind: str  # "Person", "Organization" or "" for a common noun
    sentence: int  # index of the sentence in doc.sents
    subject: bool
    salience: int = 1  # 3 subject, 2 object, 1 other, 0 a source ('selon X')


def _feature(token: Token, name: str) -> str | None:
    values = morph_values(token, name)
    return values[0] if values else None


#: per list of nouns of people, whether a lemma (by hash) is one of them, across documents
_PERSON_LEMMAS: dict[frozenset[str], dict[int, bool]] = {}
#: per list of nouns of workplaces, the hashes of its words, made once (a string's hash does not depend
#: on the vocab: a lemma of the document has the hash of a word of the list only if it is that word)
_WORKPLACE_HASHES: dict[frozenset[str], frozenset[int]] = {}


def _bare_role(token: Token) -> bool:
    """'recruté X comme ambassadrice', 'engagée en apprentie': a role with no article after 'comme'
    or 'en' says what someone named is taken on as; it names no one else."""
    return bool(case_words(token) & {"comme", "en"}) and not any(c.dep_ == "det" for c in children(token))


#: titles that mark no gender ('Me', 'Dr')
_NEUTRAL_TITLES = {"me", "maître", "maitre", "dr", "docteur", "pr", "professeur"}
_CIVIL_GENDER = {"m.": "Masc", "monsieur": "Masc", "mme": "Fem", "mme.": "Fem", "madame": "Fem", "mlle": "Fem"}


def _person_gender(name: Token) -> str | None:
    """A named person's gender as the text marks it: a civil title before the name ('Mme X',
    'M. Y') or the noun of a role it is apposed to ('son avocate, Me X', 'X, gouvernante');
    the gender the model gives a first name is a guess ('Léa' as often masculine as not)."""
    if name.i > 0 and name.doc[name.i - 1].lower_ in _CIVIL_GENDER:
        return _CIVIL_GENDER[name.doc[name.i - 1].lower_]
    head = name.head
    while head.lower_ in _NEUTRAL_TITLES and head.dep_ == "appos" and head.head.i != head.i:
        head = head.head  # ('son avocate, Me X': the title says nothing of X's gender; the role does)
    roles = [head] if name.dep_ == "appos" and head.pos_ == "NOUN" and head.lower_ not in _NEUTRAL_TITLES else []
    roles += [c for c in children(name) if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for role in roles:
        word, lemma = role.lower_, role.lemma_.lower()
        if word != lemma and word.startswith(lemma[:-2]) and word.endswith(("e", "es")) \
                and not lemma.endswith("e"):
            return "Fem"  # ('avocate', 'directrice', 'présidente': a feminine form of its lemma, whatever the tag)
        gender = _feature(role, "Gender")
        if gender is not None:
            return gender
    return None


def _named(token: Token) -> Token:
    """The word a name is apposed to ('le syndicat SUD', 'Lena Varo, la patronne'), up through
    apposed and flat names: where the name stands in its clause."""
    t = token
    while t.dep_ in ("appos", "flat:name") and t.head.i != t.i:
        t = t.head
    return t


class Coreference:
    """Antecedents for the pronouns and descriptions of one parsed document."""

    def __init__(self, doc: Doc, token_entity: dict[int, str], entities: dict[str, Entity], lexicon: Lexicon,
                 quoted: Callable[[Token], bool] = lambda token: False):
        self.doc, self.token_entity, self.entities = doc, token_entity, entities
        self.quoted = quoted  # whether a word is inside a quotation (the marks of the original text tell)
        # word lists of the lexicon, folded: nouns of people, of bodies, of persons' roles, of institutions
        self.people = lexicon.folded("personWords")
        self.person_suffixes = tuple(sorted(lexicon.folded("personSuffixes")))
        self.suffix_exceptions = lexicon.folded("personSuffixExceptions")
        self.org_nouns = lexicon.folded("orgDescriptors")
        self.person_nouns = lexicon.folded("personDescriptors")
        self.offices = lexicon.folded("officeNouns")
        self.institutions = lexicon.folded("institutionWords")
        self.lexicon = lexicon
        self.quantities = lexicon.folded("quantityNouns")
        self.workplaces = lexicon.words("workplaceNouns")
        self.saying = lexicon.lemmas_where("reporting", lambda e: e.reporting)
        #: verbs of answering a proposal: who answers it did not make it ('X a décliné sa proposition')
        #: (not a verb that answers only with a predicate: 'estime que sa négociation piétine' is its own)
        self.answering = lexicon.lemmas_where("answering", lambda e: e.pos == "VERB" and e.predicate_in is None
                                              and e.evokes in ("Rejection", "Acceptance"))
        self.sentence_index = {}
        # read from arrays, not Token objects (made anew at each access): this walks every word
        self._pos = doc.to_array(POS).tolist()
        verbal = [p == VERB or p == AUX for p in self._pos]
        n = 0
        for sent in doc.sents:
            start, end = sent.start, sent.end
            self.sentence_index.update(dict.fromkeys(range(start, end), n))
            # a piece with no verb ('Lena Varo, | la patronne de X, a dit') is part of the sentence after it
            n += any(verbal[start:end])
        # a pipeline without a parser (a blank one, in tests) leaves nothing to resolve; its tokens'
        # children must not even be read
        self.candidates = self._candidates() if doc.has_annotation("DEP") else []
        #: subject pronouns, for chains ('X ... Elle ... lui'), and what each was found to stand for
        self._subject_pronouns = [i for i, pos in enumerate(self._pos) if pos == PRON
                                  and doc[i].lower_ in ("il", "elle", "ils", "elles") and doc[i].dep_ == "nsubj"] \
            if doc.has_annotation("DEP") else []
        self._resolved: dict[int, Token | None] = {}
        self._resolving: set[int] = set()  # pronouns whose antecedent is being sought, against cycles
        self._appositions: list[tuple[int, str, str]] | None = None
        self._office_of: dict[str, set[str]] | None = None

    # ------------------------------------------------------------ candidates
    def _head_of_mention(self, token: Token) -> Token:
        """The token of a multi-word name that the rest of the name hangs on."""
        key = self.token_entity[token.i]
        t = token
        while t.head.i != t.i and self.token_entity.get(t.head.i) == key:
            t = t.head
        return t

    def _candidates(self) -> list[Candidate]:
        found: dict[int, Candidate] = {}
        doc, strings = self.doc, self.doc.vocab.strings
        lemmas = doc.to_array(LEMMA).tolist()
        # lemma hash -> a noun of people (kept across documents); a Token only for the words that are
        people = _PERSON_LEMMAS.setdefault(self.people, {})
        if len(people) >= 1 << 16:  # bounded: a corpus's words would otherwise pile up
            people.clear()
        outlet = dateline(doc)  # who wrote the dispatch is nobody a word in it refers back to
        workplaces = _WORKPLACE_HASHES.get(self.workplaces)
        if workplaces is None:
            workplaces = _WORKPLACE_HASHES[self.workplaces] = frozenset(get_string_id(w) for w in self.workplaces)
        nouns = [i for i, pos in enumerate(self._pos) if pos == NOUN]
        for i in sorted(self.token_entity.keys() | nouns):  # (no other word can be a candidate)
            pos = self._pos[i]
            key = self.token_entity.get(i)
            if key is not None:
                if i in outlet:
                    continue
                head = self._head_of_mention(doc[i])
                kind = self.entities[key].type
                if kind in _ACTORS and head.i not in found:
                    found[head.i] = Candidate(head, key, kind, self.sentence_index[head.i], self._is_subject(head),
                                              self._salience(head))
            elif pos == NOUN:
                person = people.get(lemmas[i])
                if person is None:
                    # ('guides-animateurs': a compound of a noun of people is one)
                    lemma = fold(strings[lemmas[i]])
                    person = people[lemmas[i]] = (lemma in self.people or in_compound(lemma, self.people)
                                                  or self.occupation_by_ending(lemma))
                if not person and self.occupation_by_ending(fold(doc[i].lower_)):
                    person = True  # ('la navigatrice', lemmatised 'navigateur': an occupation by its ending)
                if person is False and lemmas[i] in workplaces and self._is_subject(token := doc[i]):
                    # 'la cimenterie avait licencié 35 intérimaires. Elle utilise ...': a workplace
                    # that acts as its company is what a later pronoun may stand for
                    found[i] = Candidate(token, None, "", self.sentence_index[i], True, 3)
                elif person and not _bare_role(token := doc[i]):
                    found[i] = Candidate(token, None, "", self.sentence_index[i], self._is_subject(token),
                                         self._salience(token))
        return sorted(found.values(), key=lambda c: c.token.i)

    def occupation_by_ending(self, lemma: str) -> bool:
        """A folded noun of people by its ending alone (``kgl:personSuffixes``: 'cariste', 'navigatrice'),
        not a thing that ends the same (``kgl:personSuffixExceptions``: 'moissonneuse', 'matrice')."""
        return (len(lemma) > 5 and lemma.endswith(self.person_suffixes) and lemma not in self.suffix_exceptions
                and lemma.removesuffix("s") not in self.suffix_exceptions)

    def _is_subject(self, token: Token) -> bool:
        """The subject of a clause, or a name in apposition to it ("le syndicat SUD"), or the people
        a count in subject position counts ("Une centaine d'annotateurs ont cessé le travail")."""
        t = token
        if (t.dep_ == "nmod" and t.head.i < t.i and fold(t.head.lemma_) in self.quantities
                and case_words(t) & {"de", "d'"}):
            t = t.head
        if token.dep_ == "ROOT" and token.pos_ == "PROPN":  # (the name's end is read for such a root only)
            end = max([token.i, *[c.i for c in children(token) if c.dep_ == "flat:name"]]) + 1
            if end < len(token.doc) and token.doc[end].text == ",":
                return True  # 'Lena Varo, la patronne de X, a dit ...': the parser made the subject the root
        for _ in range(2):
            if t.dep_ in ("nsubj", "nsubj:pass"):
                return True
            # an incise puts the subject after its verb: '..., a indiqué mercredi le syndicat'
            if t.dep_ == "obj" and t.i > t.head.i and not any(c.dep_.startswith("nsubj") for c in children(t.head)):
                return True
            if t.dep_ not in ("appos", "flat:name") or t.head.i == t.i:
                return False
            t = t.head
        return False

    def _salience(self, token: Token) -> int:
        """How prominent a mention is: subjects are what a text goes on about,
        objects next; a source ('selon X', 'd'après X') is not a participant."""
        if any(c.dep_ == "case" and c.lower_ in ("selon", "d'après", "après") for c in children(token)):
            return 0
        if self._is_subject(token):
            return 3
        # (the head of a sentence with no verb, 'Le dernier en date ? X, le champion de Y.', is what
        # it speaks of, more than a complement inside it)
        return 2 if _named(token).dep_ in ("obj", "iobj", "obl:agent", "ROOT") else 1

    def _institution(self, key: str) -> bool:
        """A court or a ministry is never 'the company', 'the platform' or 'the union'."""
        words = fold(self.entities[key].label).split()
        return bool(words) and words[0] in self.institutions

    # ------------------------------------------------------------ agreement
    def _gender_number(self, cand: Candidate) -> tuple[str | None, str | None]:
        token = cand.token
        if cand.entity is not None:
            dets = [c for c in children(token) if c.dep_ == "det"]
            gender = _feature(dets[0], "Gender") if dets else None
            if gender is None and token.pos_ == "NOUN":
                # ('du tribunal de grande instance': no article of its own, the common noun heading the
                # name still has a gender)
                gender = _feature(token, "Gender")
            elif gender is None and cand.kind != "Person" and token.dep_ in ("appos", "nmod", "flat:name") \
                    and token.head.i == token.i - 1 and token.head.pos_ == "NOUN":
                # ('la coopérative X': the name of a body right after the common noun it names takes that
                # noun's gender; a person's title, 'Me X', does not give theirs)
                gender = _feature(token.head, "Gender")
            elif gender is None and cand.kind == "Person":
                gender = _person_gender(token)
            # 'X et Y' are two; 'X, le directeur de Z,' taken for a conjunct (no 'et', no 'ou') is one
            plural = any(c.dep_ == "conj" and any(g.dep_ == "cc" for g in children(c)) for c in children(token))
            return gender, "Plur" if plural else "Sing"
        number = _feature(token, "Number")
        if any(c.dep_ == "conj" for c in children(token)):
            number = "Plur"
        return _feature(token, "Gender"), number

    def _agrees(self, cand: Candidate, gender: str | None, number: str) -> bool:
        g, n = self._gender_number(cand)
        if n is not None and n != number:
            return False
        if gender is None:
            return True
        # a masculine pronoun may stand for a mixed or unknown group; a feminine one may not be masculine
        return g is None or g == gender or (number == "Plur" and gender == "Masc")

    # ------------------------------------------------------------ resolution
    def _before(self, token: Token, window: int = WINDOW) -> list[Candidate]:
        """Candidates before ``token`` within the window, nearest first, never in its own clause."""
        here = self.sentence_index[token.i]
        own = {token.head.i, token.i}
        return [c for c in reversed(self.candidates)
                if c.token.i < token.i and here - c.sentence <= window and c.token.head.i not in own
                and c.token.i not in own]

    def _chained(self, token: Token, gender: str | None, number: str) -> list[Candidate]:
        """'L'orchestre ... Elle teste un logiciel ... Le département lui verse': an earlier subject
        pronoun that agrees, within the window, brings what it stands for forward, as the subject of
        its own sentence."""
        here = self.sentence_index[token.i]
        found = []
        for i in reversed(self._subject_pronouns):
            if i >= token.i:
                continue
            if here - self.sentence_index[i] > WINDOW:
                break
            pronoun = self.doc[i]
            g, n = _PRONOUNS[pronoun.lower_]
            if pronoun.head.i == token.head.i or n != number or (gender is not None and g is not None and g != gender
                                                                 and not (number == "Plur" and gender == "Masc")):
                continue
            if i not in self._resolved:
                self._resolved[i] = self.antecedent(pronoun)
            ante = self._resolved[i]
            if ante is not None:
                key = self.token_entity.get(ante.i)
                kind = self.entities[key].type if key is not None else ""
                found.append(Candidate(ante, key, kind, self.sentence_index[i], True, 3))
        return found

    def antecedent(self, token: Token) -> Token | None:
        """The token naming what ``token`` stands for, or None when nothing fits. A pronoun whose
        search comes back to itself (a 'lui' tagged its own clause's subject, or one whose clause's
        subject is a pronoun chained back to it) stands for nothing found that way."""
        if token.i in self._resolving:
            return None
        self._resolving.add(token.i)
        try:
            return self._antecedent(token)
        finally:
            self._resolving.discard(token.i)

    def _antecedent(self, token: Token) -> Token | None:
        word = token.lower_
        if word in _PRONOUNS and token.pos_ == "PRON":
            gender, number = _PRONOUNS[word]
            speaks = token.dep_ == "nsubj" and bool(verb_lemmas(token.head) & self.saying)
            # ('D'après la fédération, la refonte aura lieu ... Elle a confirmé ...': who spoke may speak on,
            # and only a person or a body speaks)
            cands = [c for c in self._before(token) if self._agrees(c, gender, number) and (c.salience or speaks)]
            cands += self._chained(token, gender, number)
            if speaks and any(self._can_act(c) for c in cands):
                cands = [c for c in cands if self._can_act(c)]
            stressed = token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "qui"
            if word == "lui" or stressed and word in ("elle", "eux", "elles"):
                # 'X lui a offert un salaire, lui qui perçoit ...', '..., elle qui gagne ...': a
                # stressed pronoun after the sentence's 'lui' (or 'leur') stands for what that one does
                here = self.sentence_index[token.i]
                dative = "lui" if word in ("lui", "elle") else "leur"
                first = next((t for t in self.doc[max(0, token.i - 40):token.i] if t.lower_ == dative and t.pos_ == "PRON"
                              and self.sentence_index[t.i] == here), None)
                if first is not None:
                    found = self.antecedent(first)
                    if found is not None:
                        return found
            if word in ("lui", "leur"):
                # 'Il lui a proposé un contrat': whom one offers to is not oneself (that would be 'se')
                verb = token.head
                subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubj:pass")), None)
                if subject is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
                    # 'les juges obligent la mairie à lui rembourser ses frais': the object controls the infinitive
                    subject = next((c for c in children(verb.head) if c.dep_ == "obj" and c.i < verb.i), None)
                up = verb
                for _ in range(3):
                    if subject is not None or up.dep_ not in ("advcl", "xcomp", "conj", "acl") or up.head.i == up.i:
                        break
                    # 'X avait assigné Y, lui reprochant de ...': a participle's doer is its clause's subject,
                    # however deep ('X a voulu régler le litige en leur versant ...')
                    up = up.head
                    subject = next((c for c in children(up) if c.dep_ in ("nsubj", "nsubj:pass")), None)
                doer = self.antecedent(subject) if subject is not None and subject.pos_ == "PRON" else subject
                if (subject is not None and subject.lower_ == "qui" and verb.dep_ == "acl:relcl"
                        and verb.head.i != verb.i and verb.head.pos_ in ("NOUN", "PROPN")):
                    doer = verb.head  # ('X, qui lui a soumis une offre': the relative's subject is what it hangs on)
                if doer is not None:
                    doer_key = self.token_entity.get(doer.i)
                    # (nor what its own phrase says it is: 'La région, actionnaire à 34 %, lui a versé')
                    # ('Reçue par la préfète, une délégation ... La préfète lui a proposé': nor what the same
                    # description named before)
                    doer_noun = fold(doer.lemma_) if doer_key is None and doer.pos_ == "NOUN" else None
                    # ('Reçue par la préfète, X, une délégation ... La préfète lui a offert': nor the
                    # person the description stands for)
                    described = self.description(doer) if doer_noun is not None else None
                    cands = [c for c in cands if not doer.left_edge.i <= c.token.i <= doer.right_edge.i
                             and (doer_key is None or c.entity != doer_key)
                             and (described is None or c.entity != described)
                             and (doer_noun is None or c.entity is not None or fold(c.token.lemma_) != doer_noun)]
                    if doer_key is None and doer.pos_ == "NOUN" and fold(doer.lemma_) not in self.person_nouns:
                        # 'l'employeur ... lui verser', 'la région ... lui verser': a body named by a common
                        # noun is most likely a body named before; whom it pays is then a person, when one is
                        people = [c for c in cands if c.kind == "Person"]
                        cands = people or cands
            if word in ("il", "elle", "ils", "elles") and token.dep_.startswith("nsubj"):
                # 'D'après le site X, il touchera ...': who reports the clause is not whom it reports on
                sources = [c for c in children(token.head) if case_words(c) & {"selon", "après"}]
                cands = [c for c in cands if not any(s.left_edge.i <= c.token.i <= s.right_edge.i for s in sources)]
                # 'Il a tourné le dos au club breton': who acts is not what its own clause acts on or goes to,
                # named or described ('le club arabe' for the club just named)
                others = set()
                for c in children(token.head):
                    if c.dep_.startswith(("obj", "obl", "iobj")) and c.pos_ in ("NOUN", "PROPN"):
                        key = self.token_entity.get(c.i) or self.description(c)
                        if key is not None:
                            others.add(key)
                cands = [c for c in cands if (c.entity or self.description(c.token)) not in others]
            if word in ("il", "elle", "ils", "elles") and token.dep_.startswith("nsubj"):
                topic = self._quant_a_topic(token, number)
                if topic is not None:
                    return topic  # ('Quant aux apprentis, ils perçoivent ...': the topic the clause is about)
            # the nearest earlier subject first: French keeps its topic in subject position; of equal
            # standing, the latest sentence's ('X a officialisé ... . Le joueur a signé ... . Il percevra':
            # the player), and in one sentence a name before a common noun ('Arnaud Rousseau, président de ...')
            ranked = sorted(cands, key=lambda c: (-c.salience, -c.sentence, c.entity is None))
            return ranked[0].token if ranked else None
        if word in _DEMONSTRATIVES or (word in _LATTER and any(
                c.dep_ == "det" and "Dem" in morph_values(c, "PronType") for c in children(token))):
            gender, number = (_DEMONSTRATIVES.get(word) or _LATTER[word])
            # ('... au président, X, pour « bâtir un champion ». Ce dernier a décliné': a noun inside a
            # quotation is the speaker's words, not the latter the narrative names)
            cands = [c for c in self._before(token) if self._agrees(c, gender, number)
                     and (c.entity is not None or not self.quoted(c.token) or self.quoted(token))]
            if not cands:
                return None
            verb = token.head
            if (token.dep_ == "nsubj" and verb.pos_ == "VERB" and self.lexicon.entries_for("VERB", {verb.lemma_})
                    and cands[0].kind not in ("Person", "Organization") and not cands[0].subject):
                # 'X a été muté à l'entrepôt de Y. Ce dernier a saisi la justice ...': the latter
                # that does an event is the latest subject who can act, named within the sentence before,
                # rather than a thing named after it in a complement
                here = self.sentence_index[token.i]
                actor = next((c for c in cands if c.kind in ("Person", "Organization") and c.subject
                              and here - c.sentence <= 1), None)
                if actor is not None:
                    cands = [actor]
            found = cands[0].token
            title = found.head
            if (found.dep_ == "nmod" and case_words(found) & {"de", "d'", "du", "des"} and title.pos_ == "NOUN"
                    and fold(title.lemma_) in self.person_nouns and title.i < found.i):
                # 'X, jusqu'ici directeur général de Y. Ce dernier a confirmé ...': a body named in the
                # title of a person just named is where that person works; the latter is the person
                holder = next((c for c in cands if c.kind == "Person" and c.entity is not None
                               and 0 < title.i - c.token.i <= 6
                               and self.sentence_index[c.token.i] == self.sentence_index[title.i]
                               # (set after the name and a comma, no verb between: the name's own title)
                               and any(t.text == "," for t in self.doc[c.token.i:title.i])
                               and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[c.token.i:title.i])), None)
                if holder is not None:
                    return holder.token
            if word in _DEMONSTRATIVES and self._thing_between(found, token, gender, number):
                return None
            head = found.head
            if (found.dep_ in ("appos", "nmod") and head.i < found.i and found.left_edge.i > 0
                    and self.doc[found.left_edge.i - 1].text == "," and not any(c.dep_ == "case" for c in children(found))
                    and head.pos_ in ("NOUN", "PROPN") and morph_values(head, "Number") == morph_values(found, "Number")
                    # (the noun before is a person or a body: 'un accord avec X, un éditeur belge' hung
                    # on 'contrat' by the parser describes no contract)
                    and any(c.token.i == head.i for c in self.candidates)):
                # 'Les guides, membres du SCFP, feront grève. Ceux-ci ...': a description set after a comma
                # says again who the noun before it is; the demonstrative stands for that noun
                return head
            return found
        return None

    def _can_act(self, cand: Candidate) -> bool:
        """A person or a body: named as one, or a noun of people or of bodies."""
        if cand.kind in ("Person", "Organization"):
            return True
        lemma = fold(cand.token.lemma_)
        return lemma in self.people or lemma in self.org_nouns or lemma in self.person_nouns

    def _quant_a_topic(self, token: Token, number: str) -> Token | None:
        """The noun after 'Quant à' opening the pronoun's sentence, before it, if it agrees in number."""
        start = token.sent.start
        if token.i - start < 3 or self.doc[start].lower_ != "quant":
            return None
        if self.doc[start + 1].lower_ not in ("à", "au", "aux"):
            return None  # (the parser tags 'aux' there an article or a preposition)
        topic = next((t for t in self.doc[start + 2:token.i] if t.pos_ in ("NOUN", "PROPN")), None)
        if topic is None or (morph_values(topic, "Number") and morph_values(topic, "Number") != [number]):
            return None
        return topic

    def _thing_between(self, found: Token, token: Token, gender: str, number: str) -> bool:
        """'où le maire a présenté un projet. Celui-ci comporte ...': "celui-ci" is the
        last one named, whatever it is; an agreeing object or subject noun after the last person or
        body, and no person or body itself, is what it stands for (in its sentence or the one before)."""
        actors = {c.token.i for c in self.candidates}
        here = self.sentence_index[token.i]
        for i in range(token.i - 1, found.i, -1):
            if here - self.sentence_index[i] > 1:
                return False
            cand = self.doc[i]
            if (cand.pos_ == "NOUN" and cand.dep_ in ("obj", "nsubj", "nsubj:pass") and i not in actors
                    and fold(cand.lemma_) not in self.people and fold(cand.lemma_) not in self.person_nouns
                    and _feature(cand, "Gender") == gender and _feature(cand, "Number") == number):
                return True
        return False

    def object_antecedent(self, token: Token, things: Callable[[Token], bool]) -> Token | None:
        """'Le syndicat réclame une prime de 500 euros. La direction l'a rejetée': an object clitic
        ('le', 'la', 'l'', 'les') stands for the nearest object or subject noun (or argument after a
        preposition: 'disposeront d'une convention ... l'ont signée') before it, in its
        sentence or the one before, that agrees with it (gender and number from the clitic, or from
        the participle after 'l'': 'rejetée') and that ``things`` accepts (no person or body: a
        clitic for people is left to the parse)."""
        word = token.lower_
        # (a clitic before its verb, whatever its tag: 'les syndicats le rejettent' with 'le' a determiner)
        if (word not in _OBJECT_CLITICS or token.pos_ not in ("PRON", "DET") or token.dep_ != "obj"
                or token.head.i < token.i):
            return None
        gender, number = _OBJECT_CLITICS[word]
        verb = token.head
        if word == "l'" and any(c.dep_ == "aux:tense" for c in children(verb)):
            gender = "Fem" if verb.lower_.endswith("ée") else "Masc" if verb.lower_.endswith("é") else None
        here = self.sentence_index[token.i]
        for relations in (("obj", "nsubj", "nsubj:pass"), ("obl:arg",)):
            # (an object or a subject first, however far: 'a soumis une offre ... accompagnée d'une
            # prime ... l'a rejetée' refuses the offer)
            for i in range(token.i - 1, -1, -1):
                if here - self.sentence_index[i] > 1:
                    break
                cand = self.doc[i]
                if cand.pos_ != "NOUN" or cand.dep_ not in relations or not things(cand):
                    continue
                if cand.head.i == verb.i:
                    continue  # 'La crise l'a frappé': a clitic never stands for its own verb's subject (that is 'se')
                g, n = _feature(cand, "Gender"), _feature(cand, "Number")
                if (number is None or n is None or n == number) and (gender is None or g is None or g == gender):
                    return cand
        return None

    def topic(self, token: Token, skip: set[str] = frozenset(), payer: bool = False) -> Token | None:
        """The body the text is going on about before ``token``: the subject of the nearest
        earlier clause that names one, within the window ('Le sidérurgiste X va fermer son site.
        La fermeture entraînera la suppression de 410 postes': X's cuts). Courts, ministries and
        the bodies in ``skip`` are never it."""
        for cand in self._before(token):
            if cand.kind == "Organization" and cand.subject and cand.entity not in skip \
                    and not self._institution(cand.entity) and not self._incise_speaker(cand.token):
                doer = self._passive_doer(cand.token, cand.entity) if payer else None
                return doer if doer is not None else cand.token
        return None

    def _passive_doer(self, token: Token, entity: str | None) -> Token | None:
        """'X a été repris par son rival Y. Le montant de l'opération atteint 9 millions': the body
        named after 'par' in the passive whose subject is ``token`` (or a name apposed to it), the
        one that paid."""
        t = token
        # up from 'Castel Auto' in 'Le groupe Castel Auto' (a name apposed, or hung with no preposition)
        while t.head.i != t.i and (t.dep_ in ("appos", "flat:name")
                                   or t.dep_ == "nmod" and not any(c.dep_ == "case" for c in children(t))):
            t = t.head
        if t.dep_ != "nsubj:pass":
            return None
        for doer in (c for c in children(t.head) if c.dep_ == "obl:agent"):
            for name in [doer, *(c for c in children(doer) if c.dep_ in ("appos", "flat:name", "nmod") and c.i > doer.i)]:
                key = self.token_entity.get(name.i)
                if key is not None and key != entity and self.entities[key].type == "Organization" \
                        and not self._institution(key):  # 'condamné par le tribunal': a court pays nothing
                    return name
        return None

    def _incise_speaker(self, token: Token) -> bool:
        """'..., a appris l'agence X de source syndicale', '..., a indiqué le syndicat': the subject put
        after a verb of saying in an incise names who tells the story, not what it is about."""
        t = _named(token)
        verb = t.head
        return verb.i < t.i and verb.pos_ == "VERB" and fold(verb.lemma_) in self.saying

    def possessor(self, token: Token) -> Token | None:
        """Whose 'sa proposition', 'leur grève' is: a possessive determiner
        stands for the clause's subject when their numbers agree ('la CGT a
        retiré son préavis'), else for the most prominent person or body
        before it ('Ils ont rejeté sa proposition': not theirs; nor is 'sa
        proposition' in 'X a décliné sa proposition': one answers another's)."""
        if any(c.lower_ == "dont" and c.pos_ == "PRON" for c in children(token)):
            # 'des caristes dont le salaire plafonne à ...': the relative's antecedent owns the noun 'dont' is of
            clause = token if token.dep_ == "acl:relcl" else next(
                (a for a in token.ancestors if a.dep_ == "acl:relcl"), None)
            return clause.head if clause is not None and clause.head.i < token.i else None
        dets = [c for c in children(token) if c.dep_ == "det" and "Yes" in morph_values(c, "Poss")]
        if not dets:
            return None
        word = dets[0].lower_
        number = "Plur" if word in ("leur", "leurs") else "Sing"
        verb = token.head if token.head.pos_ in ("VERB", "AUX") else None
        if verb is None and token.dep_ == "nmod" and token.head.dep_ in ("obl", "obl:mod") and token.head.i > 0 \
                and token.head.head.pos_ in ("VERB", "AUX") and token.i < token.head.head.i:
            # 'Dans le cadre de son entente avec X, Télénord a ...': a fronted phrase's possessive is
            # the clause's subject's
            verb = token.head.head
        if verb is None and token.dep_ == "nmod":
            # 'elles contestent la baisse de leurs primes': inside the object of a verb, its subject's
            h = token.head
            while h.dep_ == "nmod" and h.head.i != h.i:
                h = h.head
            if h.dep_ == "obj" and h.head.pos_ in ("VERB", "AUX") and h.head.i < token.i:
                verb = h.head
        subjects = [c for c in children(verb) if c.dep_ == "nsubj" and c.i != token.i] if verb is not None else []
        if verb is not None and not subjects and token.dep_ in ("nsubj", "nsubj:pass") and verb.dep_ in ("ccomp", "advcl"):
            # 'ils demandent que leur prime soit maintenue': the possessive of a subordinate clause's
            # own subject is the main clause's subject's
            subjects = [c for c in children(verb.head) if c.dep_ == "nsubj"]
        answered = verb is not None and verb.lemma_.lower() in self.answering
        if subjects and not answered:
            subject = subjects[0]
            plural = "Plur" in morph_values(subject, "Number") or any(c.dep_ == "conj" for c in children(subject))
            if plural == (number == "Plur") and subject.lower_ not in ("on",):
                return subject
        # never the subject itself, nor a name inside what the subject stands for ('les médecins de X')
        inside = set()
        for subject in subjects:
            referent = self.antecedent(subject) or subject
            inside |= {t.i for t in subtree_of(referent)} | {t.i for t in subtree_of(subject)}
        if not self.candidates:
            return None
        cands = [c for c in self._before(token) if c.salience and c.entity is not None
                 and (self._gender_number(c)[1] or "Sing") == number and c.token.i not in inside]
        ranked = sorted(cands, key=lambda c: -c.salience)
        return ranked[0].token if ranked else None

    def description(self, token: Token) -> str | None:
        """The entity a singular definite description ('le constructeur') refers back to."""
        if token.i in self.token_entity:
            return None
        lemma = fold(token.lemma_)  # the cheap tests first: most nouns describe nobody
        noun = token.pos_ == "NOUN"
        kind = "Organization" if noun and lemma in self.org_nouns else "Person" if noun and lemma in self.person_nouns \
            else None
        if kind is None and token.pos_ in ("NOUN", "PROPN") and is_demonym(token):
            kind = "Person"
        if kind is None or "Plur" in morph_values(token, "Number"):
            return None
        own = self._own_name(token, kind)
        if own is not None:
            return own  # 'le sprinteur Jens Varga': the name the description comes with
        beside = self.apposed_to(token)
        apposed = token.dep_ == "appos" or beside is not None
        if apposed:
            # 'Vantel, le fabricant de pneus': a description beside a name is that name's; it says what
            # the name is, whatever class the model gave it; a work is never one
            return beside if beside is not None and self.entities[beside].type != "CreativeWork" else None
        named = self._named_before(token, lemma)
        if named is not None:
            return named
        dets = [c for c in children(token) if c.dep_ == "det"]
        if dets and "Def" in morph_values(dets[0], "Definite"):
            # 'Le centre hospitalier de Brest ... Le centre hospitalier, qui ...': a description that says
            # again how a name opens is that name, an institution's too, whoever was named since, and of
            # whatever class the name is ('le centre' may describe a player too)
            words = [fold(token.text), *(fold(c.text) for c in children(token) if c.dep_ == "amod" and c.i > token.i)]
            echoed = next((c.entity for c in self._before(token, len(self.doc)) if c.entity is not None
                           and fold(self.entities[c.entity].label).split()[:len(words)] == words
                           and len(self.entities[c.entity].label.split()) > len(words)), None)
            if echoed is not None:
                return echoed
        if kind == "Organization" and any(c.dep_ == "nmod" and c.i in self.token_entity for c in children(token)):
            return None  # 'le club de Vernay', 'la filiale de Vantel': named by its complement, not a reference back
        if kind == "Organization" and not any(c.dep_ in ("nmod", "amod") for c in children(token)):
            # "le syndicat" alone could be any union, and the nearest body named may be a company:
            # only a description that says something ("le fabricant de pneus") is resolved
            return None
        if token.dep_ == "conj" or any(c.dep_ == "conj" for c in children(token)):
            return None  # 'le géant du streaming et le groupe audiovisuel': which is which is not said
        if any(fold(c.lemma_) in ("premier", "dernier", "seul", "nouveau", "autre") for c in children(token)
               if c.dep_ == "amod"):
            return None  # 'la première plateforme ...', 'un autre groupe': it introduces, it does not refer
        dets = [c for c in children(token) if c.dep_ == "det"]
        contracted = not dets and any(c.dep_ == "case" and c.lower_ in ("du", "au") for c in children(token))
        if not contracted and (not dets or "Def" not in morph_values(dets[0], "Definite")):
            return None  # "un syndicat", "son entraîneur", "ce groupe": not a plain reference back
        cands = [c for c in self._before(token, DESCRIPTION_WINDOW) if c.entity is not None and c.kind == kind
                 and not self._institution(c.entity)]
        if kind == "Person" and lemma in self.offices:
            # 'son président, X, ... Le ministre a confirmé': whoever holds another office is not the one
            # an office names (a person named with this office, or with none, may be)
            titles = self._titles()
            cands = [c for c in cands if lemma in titles.get(c.entity, {lemma}) or not titles.get(c.entity)]
        if kind == "Person":
            # 'X a engagé Jens Varga. Le coureur touchera ...': a person described is the one named
            # latest, a sentence named before any other (salience decides within a sentence), of the
            # description's gender ('le directeur' is not 'Claire Aubry' named since)
            article = next((c for c in children(token) if c.dep_ == "det"), None)
            gender = (_feature(article, "Gender") if article is not None else None) or _feature(token, "Gender")
            ranked = sorted((c for c in cands if c.salience and self._agrees(c, gender, "Sing")),
                            key=lambda c: (-c.sentence, -c.salience))
        else:
            ranked = sorted((c for c in cands if c.salience), key=lambda c: -c.salience)
        if not ranked:
            return None
        top = {c.entity for c in ranked if c.salience == ranked[0].salience}
        # two bodies equally prominent: which one 'le groupe audiovisuel' is, the text does not say
        return ranked[0].entity if len(top) == 1 or kind == "Person" else None

    def _own_name(self, token: Token, kind: str) -> str | None:
        """The name of ``kind`` a noun comes with: apposed after it, or right after it and its adjectives."""
        # ('La rectrice de l'académie, Irène Vasseur, ...' with the name hung on the noun's complement)
        near = [*children(token), *(g for c in children(token) if c.dep_ == "nmod" for g in children(c) if g.dep_ == "appos")]
        own = next((c for c in near if c.i > token.i and c.i in self.token_entity
                    and c.dep_ in ("appos", "flat", "flat:name", "nmod") and not any(g.dep_ == "case" for g in children(c))
                    and self.entities[self.token_entity[c.i]].type == kind), None)
        if own is not None:
            return self.token_entity[own.i]
        # 'la revue professionnelle X Hebdo' with the name cut off by the parser: the name right
        # after the noun and its adjectives is still the one the description comes with
        j = token.i + 1
        while j < len(self.doc) and self.doc[j].dep_ == "amod" and self.doc[j].head.i == token.i:
            j += 1
        key = self.token_entity.get(j) if j < len(self.doc) else None
        if key is not None and self.token_entity.get(j - 1) != key and self.entities[key].type == kind:
            return key
        return None

    def _titles(self) -> dict[str, set[str]]:
        """The offices (``kgl:officeNouns``) the text gives each person it names with one: 'son
        président, X', 'X, maire de Y'; found once per document."""
        if self._office_of is None:
            self._office_of = {}
            for i, pos in enumerate(self._pos):
                if pos != NOUN or i in self.token_entity:
                    continue
                word = self.doc[i]
                lemma = fold(word.lemma_)
                if lemma not in self.offices:
                    continue
                key = self._own_name(word, "Person") or self.apposed_to(word)
                if key is not None and self.entities[key].type == "Person":
                    self._office_of.setdefault(key, set()).add(lemma)
        return self._office_of

    def apposed_to(self, token: Token) -> str | None:
        """The name a noun stands beside: by the parse (an apposition), or by the comma where the
        parser missed one ('Vantel, le fabricant de pneus'); a phrase after a preposition is no
        apposition ('X, selon l'organisation')."""
        if token.dep_ == "appos":
            return self.token_entity.get(token.head.i)
        left = token.left_edge
        if left.i >= 2 and self.doc[left.i - 1].text == "," and not any(c.dep_ == "case" for c in children(token)):
            name = self.doc[left.i - 2]
            key = self.token_entity.get(name.i)
            while key is not None and name.head.i != name.i and self.token_entity.get(name.head.i) == key:
                name = name.head  # 'l'Union des taxis girondins': from the name's last word to its head
            while name.head.i < name.i and name.dep_ in ("flat", "flat:name", "appos", "compound", "nmod") \
                    and not any(c.dep_ == "case" for c in children(name)):
                name = name.head  # up to the head of the name's phrase, which carries its preposition
            if name.dep_.startswith("obl") and any(c.dep_ == "case" for c in children(name)):
                # 'Selon la CGT, le joueur touchera ...': a name in a phrase of the clause after a
                # preposition is no apposition ('la direction de Vantel, le fabricant de pneus' is)
                return None
            start = left.i - 2
            while start > 0 and self.doc[start - 1].text not in (",", ";", ":", ".", "!", "?") \
                    and "\n" not in self.doc[start - 1].whitespace_:
                start -= 1  # (the parse's sentences would stop at the broken phrase's own root)
            if self.doc[start].pos_ == "ADP" and start < name.i:
                # the same where the parser broke the phrase: 'Selon la revue spécialisée Mag Pro, le
                # comité a tranché ...', with the name a root of its own
                return None
            return self.token_entity.get(left.i - 2)
        return None

    def _named_before(self, token: Token, lemma: str) -> str | None:
        """The name an earlier apposition gave this noun: after 'Vantel, le fabricant
        de pneus, ...', a later 'le fabricant' is Vantel, whoever was named since."""
        if self._appositions is None:
            self._appositions = []  # (position, lemma, entity), in text order, found once per document
            for i, pos in enumerate(self._pos):
                if pos != NOUN or i in self.token_entity:
                    continue
                earlier = self.doc[i]
                head = self.apposed_to(earlier)
                if head is not None and self.entities[head].type != "CreativeWork":
                    self._appositions.append((earlier.i, fold(earlier.lemma_), head))
        limit = token.left_edge.i
        return next((head for i, word, head in self._appositions if i < limit and word == lemma), None)
