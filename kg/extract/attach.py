"""Which event word an amount the text states belongs to.

An amount goes to the nearest word above it in the parse that the lexicon knows as
an event word; words of saying or estimating pass it on, and so does a noun of a sum
that is the object of an event verb ("proposer une prime de 500 euros": the sum is
what the proposal offers). ``kgl:sumNouns`` tells a sum ("une prime") from a
transaction ("le rachat").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..text import fold
from ..vocab import AMOUNT_EVENT_TYPES
from .arguments import ArgumentReader
from .model import Amount
from .money import PERIODS
from .syntax import case_words, children, is_bare, is_nominal, morph_values, noun_lemmas, subtree_of, verb_lemmas


class AmountReader(ArgumentReader):
    """Attaches the document's amounts to event words."""

    def told_amounts(self) -> list[tuple[Amount, Token]]:
        """Amounts the article states; a figure inside a quotation stays the speaker's, like its events."""
        return [(a, t) for a, t in self.amount_anchor if not self.in_quote(t)]

    def quoted_amounts(self) -> list[tuple[Amount, Token]]:
        """Amounts inside a quotation: a word of the same quotation may state them ('« Un saigneur touche
        52 000 francs par mois »'), no event of the article's own."""
        return [(a, t) for a, t in self.amount_anchor if self.in_quote(t)]

    def amount_point(self, anchor: Token) -> Token | None:
        """The word an amount depends on (:meth:`attach_point`), except that a sum the parser hung on a
        verb that asks none goes to the verb's object when that is a noun of transaction ('a approuvé
        le rachat de X pour 2 milliards': the buyout costs it, not the approval)."""
        point = self.paid_by(anchor) or self.attach_point(anchor, sums=True)
        verb = point
        carrier = next((a for a in list(anchor.ancestors)[:3] if fold(a.lemma_) in self.lexicon.folded("amountNouns")
                        and a.dep_.startswith(("obl", "nmod")) and "pour" in case_words(a)), None)
        if carrier is not None and (point is None or point.i == carrier.i or point.i in {a.i for a in carrier.subtree}):
            # 'a bouclé l'acquisition de X, pour un montant évalué à 8 millions': a sum given as the amount
            # of what the clause does goes where 'pour 12 millions' would
            host = carrier.head
            if self.money_noun(host) == "transaction":
                return host
            # (or the nearest noun of a transaction before it in the sentence, wherever the parser hung it:
            # 'depuis l'acquisition de X par Y, en 2021, pour une somme de ...')
            earlier = next((t for t in reversed(self.doc[anchor.sent.start:carrier.i])
                            if t.pos_ == "NOUN" and self.money_noun(t) == "transaction"), None)
            if earlier is not None and not (host.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "obj" and self.money_noun(c) == "transaction" for c in children(host))):
                return earlier
            point, verb = None, (host if host.pos_ in ("VERB", "AUX") else None)
        if verb is None:  # 'a finalisé le rachat de X pour 2 milliards': a verb that states no event
            verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or is_nominal(verb) or any(e.requires_amount for e in self.entries(verb)):
            return point
        subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubj:pass") and c.i > anchor.i), None)
        if (subject is not None and is_nominal(subject) and self.entries(subject) and point is not subject
                and any(t.text == "," for t in self.doc[anchor.i:subject.i])
                and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[anchor.i:subject.i])):
            # 'Chiffrée à 2 millions, la proposition comprend ...': a sum set before the subject, and
            # a comma, qualifies the subject
            return subject
        costs = [c for c in children(verb) if c.dep_ == "obj" and self.money_noun(c) == "transaction"]
        return costs[0] if costs else point

    @staticmethod
    def clause_period(token: Token) -> str | None:
        """'Le canton accorde chaque année au musée une aide de 2 millions', 'Tous les mois, la
        ville verse 300 euros': a sum its clause gives each year, month, week or day is counted by
        that period; the clause is the verb's, or that of the verb whose object is the event noun.
        ('Cette année, la ville verse 300 euros' says once: no 'chaque' or 'tous les'.)"""
        verbs = [token] if not is_nominal(token) else [token.head] if token.dep_ in ("obj", "nsubj:pass") else []
        for verb in verbs:
            for child in children(verb):
                unit = PERIODS.get(child.lemma_.lower())
                if unit is None or child.dep_ not in ("obl", "obl:mod", "advmod", "nmod") or case_words(child):
                    continue
                words = {fold(c.lemma_) for c in children(child) if c.i < child.i and c.dep_ in ("det", "amod")}
                if "chaque" in words or ("tout" in words and "le" in words):
                    return unit
        return None

    def money_noun(self, token: Token) -> str | None:
        """'sum' for a noun that names a sum itself ('une prime'), 'transaction' for one that names a
        payment made ('le rachat'), None for any other word: the lexicon's entries for it all ask
        for an amount, and kgl:sumNouns tells the two apart."""
        entries = self.entries(token)
        if not (entries and is_nominal(token) and all(e.requires_amount for e in entries)):
            return None
        return "sum" if {fold(w) for w in noun_lemmas(token)} & self.sums else "transaction"

    def amounts_of(self, token: Token) -> list[Amount]:
        """Amounts whose nearest event word is ``token`` (what kg:requiresAmount asks)."""
        if self._attached is None:
            self._attached = {}
            # (a sum inside a quotation only to a word of a quotation)
            for amount, anchor in self.amount_anchor:
                point = self.amount_point(anchor)
                if point is not None and (not self.in_quote(anchor) or self.in_quote(point)):
                    self._attached.setdefault(point.i, []).append(amount)
        return self._attached.get(token.i, [])

    def attach_point(self, token: Token, sums: bool = False) -> Token | None:
        """The nearest ancestor of an amount that the lexicon knows as an event word, or the
        subject of a verb of measure or a copula above it ('son salaire s'élève à 8 000 euros',
        'sa rémunération est de 850 000 euros'). With ``sums``, only an event word of a type that
        can state a sum (:data:`..vocab.AMOUNT_EVENT_TYPES`; a date goes to any event)."""
        t = token
        for _ in range(12):
            measured = self.measured(t, token)
            if measured is not None:
                return measured
            if t.head.i == t.i:
                return None
            crossing = t.dep_ == "acl:relcl"
            came, t = t, t.head
            if came.dep_ == "obj" and not came.i == token.i and any(
                    e.reporting and e.evokes == "Announcement" for e in self.entries(t)):
                # 'a annoncé un chantier de rénovation de 40 millions': a sum inside the object of a verb
                # of announcing that no event word below takes is the size of what is announced
                return t
            # a verb of saying or estimating ('un montant estimé à 2 Md€') passes the sum on
            if (self.entries(t) and not all(e.reporting for e in self.entries(t)) and not self.passes_amount(t)
                    and not self.kind_of_sum(t)
                    and (not sums or any(e.evokes in AMOUNT_EVENT_TYPES for e in self.entries(t)))):
                # ('a rejeté la décision et exige une indemnité de ...': a rejection states no sum)
                return self.offer_of_its_content(t)
            if t.pos_ == "VERB" and not self.entries(t) and verb_lemmas(t) & self.demands:
                # ('a rejeté l'offre, réclamant 350 euros': the sum demanded is not the offer's)
                return None
            if t.pos_ == "NOUN" and not self.entries(t) and t.i not in self.amount_tokens:
                # (not the sum itself: 'les 15 millions d'euros proposés' tells an offer again)
                # 'la hausse de 3 euros, proposée par la direction': a noun no event word names gives
                # its sum to the participle of offering or paying that qualifies it
                offering = self.offering_participle(t, token.i)
                if offering is not None:
                    return offering
            if crossing and t.dep_ in ("nsubj", "nsubj:pass"):
                # 'Télénord, qui met 30 millions sur la table, proposera ...': a sum in a relative
                # clause on the subject says something of the subject, not of what the subject does
                return None
        return None

    def offer_of_its_content(self, verb: Token) -> Token:
        """'Le fonds a proposé de racheter l'usine pour 5 millions', 'offre de verser 300 euros aux
        familles': a payment in the infinitive an offer governs is what is offered, not a sum paid; the
        offer holds it ('a accepté de verser', 'a décidé de racheter' pay it: they are no offers)."""
        lead = verb
        while lead.dep_ == "conj" and lead.head.i < lead.i:
            lead = lead.head  # 'propose de reprendre 120 salariés et d'investir 8 millions'
        if (lead.dep_ == "xcomp" and verb.pos_ == "VERB" and self.offers(lead.head)
                and not self.offers(verb)):
            return lead.head
        return verb

    def paid_by(self, amount: Token) -> Token | None:
        """'dont 150 000 francs apportés par la fondation', 'une subvention de 50 000 euros allouée par
        le département' with the participle hung on the sum: a participle of paying or offering on the
        sum, with its doer after 'par', states the event the sum is of. ('les 15 millions d'euros
        proposés', a sum told again with its article, and a participle with no doer, leave it to the
        words above.) Asked of amounts and sum nouns only (:meth:`amount_point`, :meth:`passes_amount`):
        from an event word climbing up (:meth:`attach_point`), going back down to its participle could
        go round in circles."""
        if any(c.dep_ == "det" and "Def" in morph_values(c, "Definite") for c in children(amount)):
            return None
        return self.offering_participle(amount, amount.i, with_doer=True)

    def offering_participle(self, noun: Token, after: int, with_doer: bool = False) -> Token | None:
        """The participle of offering or paying after word ``after`` that qualifies ``noun`` ('la
        hausse de 3 euros, proposée par la direction'), one with its doer after 'par' if ``with_doer``."""
        for acl in children(noun):
            if (acl.dep_ == "acl" and acl.pos_ == "VERB" and acl.i > after and "Part" in morph_values(acl, "VerbForm")
                    and (not with_doer or any(c.dep_ == "obl:agent" or c.dep_ in ("obl", "obl:mod")
                                              and "par" in case_words(c) for c in children(acl)))
                    and any(e.evokes in AMOUNT_EVENT_TYPES and not e.reporting for e in self.entries(acl))):
                return acl
        return None

    def measured(self, verb: Token, amount: Token) -> Token | None:
        """The event word a verb of measure (``kgl:measureVerbs``) or a copula says the amount of:
        its subject, when the amount is not inside that subject, or the noun it qualifies."""
        if not (verb_lemmas(verb) & self.measures or any(c.dep_ == "cop" for c in children(verb))):
            return None
        # its subject, or the noun it qualifies ('le montant de la transaction, estimé à 450 000 $')
        measured = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubj:pass")]
        measured += [verb.head] if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else []
        for c in measured:
            if any(t.i == amount.i for t in subtree_of(c)) and c.i != verb.head.i:
                continue
            if self.entries(c):
                if c.i == verb.head.i and self.passes_amount(c) and self.entries(c.head):
                    return c.head  # 'touchera un salaire estimé à 22 000 euros': the verb the sum's noun passes it to
                return c
            if fold(c.lemma_) in self.sums:
                # 'le montant de la transaction est estimé à 450 000 $': the sum of the event after 'de'
                return next((g for g in children(c) if g.dep_ == "nmod" and case_words(g) & {"de", "d'", "du", "des"}
                             and self.entries(g)), None)
        return None

    def kind_of_sum(self, token: Token) -> bool:
        """'une indemnité de licenciement', 'une prime de départ': an event noun with no article
        after a noun of a sum (kgl:sumNouns) says what kind of sum it is; it states no event
        ('l'indemnité prévue pour le licenciement de 30 salariés' still states one)."""
        return (token.dep_ == "nmod" and is_bare(token) and bool(case_words(token) & {"de", "d'"})
                and fold(token.head.lemma_) in self.sums)

    def passes_amount(self, token: Token) -> bool:
        """A noun of money that is the object of an event verb ('toucher une
        prime de 1 500 €', 'proposer une prime de 500 €'), the 'de' complement of
        a noun of transaction ('le versement d'une prime'), or part of an offer
        ('le salaire proposé', 'une hausse assortie d'une prime') states no event of
        its own: its sum belongs to the verb's, the transaction's or the offer's event."""
        if self.money_noun(token) != "sum":  # a sum, not a transaction ('le rachat de X')
            return False
        if token.dep_ == "nmod" and case_words(token) & {"de", "d'", "du", "des"}:
            # 'le versement d'une prime de 1 500 euros': the sum is what the transaction pays
            return self.money_noun(token.head) == "transaction"
        if any(c.dep_ == "acl" and self.offers(c) for c in children(token)):
            return True  # 'le salaire proposé par X': a sum on offer is the offer's, not pay drawn
        lead = token
        while lead.dep_ == "conj" and lead.head.i < lead.i:
            lead = lead.head  # 'exigent le remplacement des absences et une prime de 200 euros': the verb's too
        head = lead.head
        told = bool(self.entries(head)) and all(e.reporting for e in self.entries(head))
        if lead.dep_ in ("obj", "nsubj:pass") and not told and (self.entries(head) or verb_lemmas(head) & self.demands):
            # 'recevront une indemnité': a payment to them; 'touche un salaire de': the verb's earning
            # ('a annoncé une aide de 80 millions': a sum announced is paid; saying it passes nothing)
            # (an entry of the verb whose theme or venue does not fit states nothing to pass it to)
            return not verb_lemmas(head) & self.receives or bool(
                {e.evokes for e in self.entries(head) if self.may_state(head, e)} & {e.evokes for e in self.entries(token)})
        # 'a proposé une augmentation assortie d'une prime de 600 euros', 'l'offre, qui comprend une
        # prime de 500 euros': a sum inside an offer is part of what is offered ('une aide versée par la
        # Région', paid by someone named, is its own payment: its participle is above it)
        above = self.paid_by(token) or self.attach_point(token)
        return above is not None and self.offers(above)

    def may_state(self, token: Token, entry) -> bool:
        """Whether ``entry`` may state an event on ``token`` whatever its sum (the event reader
        checks its theme and venue; here every entry may)."""
        return True

