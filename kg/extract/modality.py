"""How a text presents an event: as done, denied, possible or to come.

Read off the parse and the lexicon's word lists, never off the event's type:
a conditional is a hypothesis whatever it says, a future a plan, a negation
adverb a denial. The status an event ends with is settled in
:mod:`kg.extract.merge` from these and from what other events do with it.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..lexicon import Entry, Lexicon
from ..text import fold
from .syntax import case_words, children, is_nominal, morph_values, tense_by_ending, verb_lemmas

_NEGATIONS = {"pas", "jamais", "aucun", "aucune", "guère", "plus", "point", "nullement"}
#: how every future ends: 'r' and the personal ending
_FUTURE_SPELLINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
#: the first words of the conjunctions after which a lone 'ne' denies nothing ('avant que ... ne',
#: 'à moins que ... ne', 'de peur que ... ne', 'de crainte que ... ne'), folded
_EXPLETIVE_NE = {"avant", "moins", "peur", "crainte"}
#: Participles that put an event noun in the future: 'la grève prévue jeudi' (not 'l'offre préparée par X').
_SCHEDULED = {"prévoir", "programmer", "planifier", "envisager", "annoncer", "fixer"}


def _by_tense(words, verb: Token | None = None) -> str | None:
    """'Hypothetical' for the first of ``words`` in the conditional, 'Planned' for one in the future
    (a conditional of ``verb`` itself that is a future in the past too), else None."""
    for t in words:
        ending = tense_by_ending(t)  # read once: a conditional or a future by the word's ending
        if "Cnd" in morph_values(t, "Mood") or ending == "Cnd":
            return "Planned" if t is verb and _future_in_the_past(verb) else "Hypothetical"
        if _tagged_future(t) or ending == "Fut":  # _future(t)
            return "Planned"
    return None


def _with_auxiliaries(verb: Token) -> list[Token]:
    """The verb and its auxiliaries: 'aurait signé' is conditional by 'aurait'."""
    return [verb, *[c for c in children(verb) if c.dep_.startswith("aux")]]


#: nouns of an end ('mettre fin à', 'mettre un terme à', 'la fin de'): what ends is no plan
_ENDINGS = frozenset({"fin", "terme"})


def _future_in_the_past(verb: Token) -> bool:
    """'Le maire a assuré que les discussions reprendraient vendredi': a conditional in a
    'que' clause under a verb in a past tense is the future seen from the past (the sequence of
    tenses), a plan; not with a 'si' clause ('a dit qu'il signerait si ...'), nor in a clause of
    its own ('il signerait', a possibility or a report not confirmed)."""
    gov = verb.head
    if verb.dep_ != "ccomp" or gov.i == verb.i or gov.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in children(verb)):
        return False
    if any(t.dep_ == "mark" and t.lower_ in ("si", "s'") for t in verb.subtree):
        return False  # (wherever the parser hung the 'si' clause inside it)
    past = any(c.dep_ == "aux:tense" and "Cnd" not in morph_values(c, "Mood") for c in children(gov)) \
        or bool({"Past", "Imp"} & set(morph_values(gov, "Tense"))) and "Fin" in morph_values(gov, "VerbForm")
    return past


def _tagged_future(token: Token) -> bool:
    """Tagged future and spelt so. Every French future ends in 'r' and a personal ending ('sera',
    'pourront'): a word tagged future without one ('discute') is a present the tagger misread."""
    return "Fut" in morph_values(token, "Tense") and token.lower_.endswith(_FUTURE_SPELLINGS)


def _future(token: Token) -> bool:
    """Future tense, as tagged or read off the word ('accepteront'); a word read off as a future
    ends as one, so the spelling the tag needs never rules out what the ending finds."""
    return _tagged_future(token) or tense_by_ending(token) == "Fut"


class Modality:
    """Negation and modality of the event words of one document."""

    def __init__(self, lexicon: Lexicon, entries: Callable[[Token], list[Entry]]):
        self.entries = entries  # the lexicon entries a word could evoke (the reader's cache)
        self.support = (lexicon.words("supportVerbs") | lexicon.words("objectSupportVerbs")
                        | lexicon.words("bareSupportVerbs"))
        self.hypothetical = lexicon.words("hypotheticalGovernors")
        self.planned = lexicon.words("plannedGovernors")
        self.denying = lexicon.words("negatingGovernors")
        self.receives = lexicon.words("receiveVerbs")

    @staticmethod
    def _negated_verb(verb: Token) -> bool:
        """'n'a pas accepté', 'ne signera jamais': a negation adverb on the verb; 'les salariés non
        repris': 'non' right before a participle that qualifies a noun ('dire non' says something;
        it does not deny the saying)."""
        qualifier = verb.dep_ in ("acl", "amod") and "Part" in morph_values(verb, "VerbForm")
        negated = any(c.dep_ == "advmod" and (c.lower_ != "non" or qualifier and c.i == verb.i - 1)
                      and (c.lower_ in _NEGATIONS or "Neg" in morph_values(c, "Polarity") or c.lower_ == "non")
                      for c in children(verb))
        if negated and not any(c.dep_ == "advmod" and c.lower_ in _NEGATIONS for c in children(verb)) and any(
                c.dep_ == "mark" and (fold(c.lower_) in _EXPLETIVE_NE or any(
                    f.dep_ == "fixed" and fold(f.lower_) in _EXPLETIVE_NE for f in children(c))) for c in children(verb)):
            # 'avant que les héritiers ne signent', 'à moins que le club ne renonce': a 'ne' with no
            # 'pas' after these conjunctions is expletive, the clause is not denied
            negated = False
        if any(c.dep_ == "mark" and (c.lower_ == "sans" or c.lower_ == "plutôt" and any(
                f.dep_ == "fixed" and f.lower_ in ("que", "qu'") for f in children(c))) for c in children(verb)):
            # 'a recruté le joueur sans payer d'indemnité', 'sans avoir donné son accord'; 'a proposé de
            # geler les primes plutôt que de supprimer des postes': what is set aside does not happen
            return True
        if negated and any(c.lower_ in ("ne", "n'") for c in children(verb)):
            # 'il ne touche que 3 millions', 'ne perçoit plus que 900 euros': 'ne ... que' before a noun
            # phrase restricts, it does not deny ('ne dit pas que ...' before a clause still denies)
            for t in verb.doc[verb.i + 1:min(verb.right_edge.i + 1, verb.i + 6)]:
                if t.lower_ in ("que", "qu'") and t.head.i != verb.i and t.head.pos_ in ("NOUN", "NUM", "PROPN", "PRON", "ADJ"):
                    return False
        return negated

    def negated(self, token: Token) -> bool:
        """The text says the event did not happen.

        A verb is negated by its own adverb. An event noun is negated by its
        determiner ('aucun accord'), by 'sans' ('sans accord'), or by a negated
        verb that only carries it ('n'ont pas trouvé d'accord', 'il n'y a pas
        eu de grève'): a negated verb of another meaning ('n'a pas accepté la
        proposition') denies its own event, not the noun's.
        """
        if not is_nominal(token):
            # ('a renoncé à retransmettre le festival', 'refuse de payer': what the verb above denies)
            return self._negated_verb(token) or (token.dep_ in ("xcomp", "obl:arg", "ccomp") and token.head.i < token.i
                                                 and "Inf" in morph_values(token, "VerbForm")
                                                 and token.head.lemma_.lower() in self.denying)
        if any(c.dep_ == "det" and fold(c.lower_) in ("aucun", "aucune", "nul", "nulle") for c in children(token)):
            return True
        if "sans" in case_words(token):
            return True
        head = token.head
        carries = (head.lemma_.lower() in self.support or head.lemma_.lower() in ("avoir", "être", "exister", "trouver")
                   or bool(verb_lemmas(head) & self.receives))  # 'ne toucheront pas la prime'
        if carries and token.dep_ == "obj" and self._negated_verb(head):
            return True
        return (token.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod") and head.pos_ in ("VERB", "AUX")
                and carries and not self.entries(head) and self._negated_verb(head))

    def plans_subject(self, verb: Token) -> bool:
        """The clause sets its subject for later: 'la réunion est prévue mercredi',
        'les négociations reprendront'. Announcing is not scheduling."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if verb_lemmas(verb) & (_SCHEDULED - {"annoncer", "envisager"}) and "Part" in morph_values(verb, "VerbForm"):
            return True
        return any(_future(t) for t in _with_auxiliaries(verb))

    def modality(self, token: Token, depth: int = 0) -> str | None:
        """'Hypothetical' or 'Planned' when the text presents the event as a
        possibility or as something to come, else None.

        - conditional mood, on the verb or its auxiliary: 'accepteraient',
          'aurait signé' -> Hypothetical; a 'si' clause -> Hypothetical;
        - future tense, on the verb or its auxiliary: 'feront grève',
          'aura signé' -> Planned;
        - an infinitive governed by a verb of possibility ('pourrait
          supprimer') or of plan, intention or call ('va recruter', 'prévoit
          de fermer', 'appelle les salariés à cesser le travail'), and an
          event noun carried by such a verb ('appelle à la grève');
        - an event noun takes the modality of the verb that carries it.
        """
        if depth > 3:
            return None
        verb = token
        if is_nominal(token):
            # 'la grève prévue jeudi': a participle of plan on the noun itself
            # the participle may hang on the noun's complement ('la grève des contrôleurs prévue jeudi'):
            # its gender and number tell which noun it qualifies
            below = [c for c in children(token)] + [g for c in children(token) if c.dep_ == "nmod" for g in children(c)]
            for child in below:
                agrees = child.head.i == token.i or all(
                    not morph_values(token, f) or not morph_values(child, f) or morph_values(token, f) == morph_values(child, f)
                    for f in ("Gender", "Number"))
                # ('un compromis prévoyant une prime': a present participle with its object says what the noun
                # itself plans, not that it is planned)
                if (child.dep_ == "acl" and agrees and verb_lemmas(child) & _SCHEDULED
                        and "Part" in morph_values(child, "VerbForm") and "Pres" not in morph_values(child, "Tense")):
                    return "Planned"
            copulas = [c for c in children(token) if c.dep_ == "cop"]
            if copulas:
                # 'les contrôleurs seront en grève', 'seraient en grève': a state told by 'être' is to come,
                # or possible, by the tense of 'être'
                return _by_tense([copulas[0], *(c for c in children(token) if c.dep_.startswith("aux"))])
            head = token.head
            link = token
            # 'devrait mettre un terme au débrayage', 'la fin du débrayage est espérée': what is to end has
            # happened; only its end is to come (or may)
            if fold(head.lemma_) in _ENDINGS or token.dep_.startswith("obl") and any(
                    c.dep_ in ("obj", "obl", "obl:mod") and fold(c.lemma_) in _ENDINGS and not case_words(c)
                    for c in children(head)):
                return None
            while head.pos_ in ("NOUN", "PROPN") and link.dep_ == "nmod" and head.head.i != head.i:
                link, head = head, head.head
            if head.i == link.i or head.pos_ not in ("VERB", "AUX") or link.dep_ not in (
                    "obj", "obl", "obl:arg", "obl:mod", "nsubj", "nsubj:pass", "xcomp"):
                return None
            if head.lemma_.lower() in self.hypothetical:
                return "Hypothetical"
            if head.lemma_.lower() in self.planned and link.dep_ != "nsubj":
                return "Planned" if not self.entries(head) or head.lemma_.lower() == "appeler" else None
            if head.lemma_.lower() not in self.support:
                return None  # 'quand la grève prendra-t-elle fin ?': the end is to come, not the strike
            verb = head
        by_tense = _by_tense(_with_auxiliaries(verb), verb)
        if by_tense is not None:
            return by_tense
        if any(c.dep_ == "mark" and c.lower_ in ("si", "s'") for c in children(verb)) and verb.dep_ == "advcl":
            return "Hypothetical"
        infinitive = "Inf" in morph_values(verb, "VerbForm") or any(  # 'pourront être utilisées'
            c.dep_ == "aux:pass" and "Inf" in morph_values(c, "VerbForm") for c in children(verb))
        if verb.dep_ in ("xcomp", "ccomp", "advcl", "obl", "obl:arg") and infinitive:
            gov = verb.head
            if gov.i != verb.i:
                lemma = gov.lemma_.lower()
                if lemma in self.hypothetical:
                    return "Hypothetical"
                if lemma in self.planned:
                    return "Planned"
                return self.modality(gov, depth + 1) if not self.entries(gov) else None
        if verb.dep_ == "conj" and infinitive and verb.head.i < verb.i and "Inf" in morph_values(verb.head, "VerbForm"):
            # 'prévoit de fermer l'usine et de licencier 30 salariés': a second infinitive is to come,
            # or possible, as the first is
            return self.modality(verb.head, depth + 1)
        return None
