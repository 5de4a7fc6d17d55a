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
(:mod:`.syntax`), which dependents fill a word's roles and what they stand
for (:mod:`.arguments`), where it happens (:mod:`.places`), which amount is
its (:mod:`.attach`), what a pronoun or a description stands for
(:mod:`.coref`), whether the event is denied, possible or to come
(:mod:`.modality`), who it is attributed to (:mod:`.attribution`) and which
statements are one event (:mod:`.merge`).
"""

from __future__ import annotations

import datetime as dt

import re
from dataclasses import replace

from spacy.tokens import Token

from ..lexicon import Entry
from ..text import fold
from ..vocab import KG, SEM
from .arguments import RELATIVE_PRONOUNS, Candidate
from .attach import AmountReader
from .model import Amount, Anaphor, Event, Filler, Mention, Span, same_filler
from .money import period_of_adjective
from .places import PlaceReader
from .syntax import (among_pronoun, case_words, children, is_bare, is_definite, is_nominal, is_passive, is_past,
                     is_reflexive, morph_values, noun_lemmas, positions, sent_of, subtree_of, verb_lemmas)

#: dependents that open a clause of their own, outside a phrase's label
_CLAUSES = {"advcl", "ccomp", "acl:relcl", "parataxis", "conj", "cc", "punct", "mark"}
#: events only an employer or a payer does: with no doer said, the body the text is about does them
_EMPLOYERS_ACTS = ("Layoff", "Hiring", "JobOffer", "Payment")
#: dependents below a complement that open a clause or an incise of their own, outside its phrase
_NOT_IN_PHRASE = {"acl", "acl:relcl", "advcl", "ccomp", "parataxis", "punct", "appos"}
ROLE_NAMES = {KG + "agent": "agent", KG + "theme": "theme", KG + "recipient": "recipient", SEM + "hasPlace": "place"}


#: determiners that name every member of a class ('chaque salarié licencié'): a participle on such a noun
#: says what they are, it tells no event
_DISTRIBUTIVE = frozenset({"chaque", "tout", "toute", "tous", "toutes"})


class EventReader(PlaceReader, AmountReader):
    """Reads the events of one parsed document."""

    def choose(self, token: Token, entries: list[Entry]) -> Entry | None:
        attached = bool(self.amounts_of(token)) or self.received(token)
        for entry in entries:
            if entry.requires_amount and not attached:
                continue
            if entry.no_amount and (attached or any(
                    t.i in self.amount_tokens for h in (*(c for c in children(token) if c.dep_ == "obj"),
                                                        *([token.head] if token.dep_ == "acl" else []))
                    for t in h.subtree)):
                continue  # ('verser une prime de 700 euros': the entries with a sum say it)
            if entry.reporting and entry.evokes != "Announcement" and any(
                    c.dep_ == "obj" and is_nominal(c) and self.entries(c) and self.choose(c, self.entries(c))
                    for c in children(token)):
                continue  # "déclarer une grève" declares the strike; it is not a statement
                # ('annoncer un investissement' is a formal announcement besides the investment)
            if entry.not_counted and not attached and (self.counted_theme(token) or self.unnamed_plural_theme(token)):
                continue  # ('recrute 40 guides', 'tout en recrutant des spécialistes': a hiring drive, no job offered)
            if entry.counted and not self.counted_theme(token, subject=self.subject_undergoes(entry)):
                continue
            if not self.may_state(token, entry):
                continue
            return entry
        return None

    def may_state(self, token: Token, entry: Entry) -> bool:
        """Whether the entry's conditions that do not depend on a sum hold: its tense, its venue
        and its theme ('obtenir une avance' is no purchase: an advance is no kgl:paidThings)."""
        if entry.not_past and is_past(token):
            return False
        if (is_nominal(token) and fold(token.lemma_) in self.lexicon.folded("mannerNouns")
                and case_words(token) == {"en"} and not any(c.dep_ in ("det", "nmod:poss") for c in children(token))):
            return False  # 'des stages montés en partenariat avec le lycée': how it is done, no event
        if entry.evokes in ("Negotiation", "Agreement") and self.demanded(token):
            return False  # ('les pilotes exigent l'ouverture de pourparlers': talks wanted are not held)
        if (is_nominal(token) and token.head.pos_ == "NOUN" and token.head.i < token.i
                and fold(token.head.lemma_) in self.lexicon.folded("compoundHeadNouns")
                and case_words(token) <= {"de", "d'"} and not any(c.dep_ in ("det", "nmod:poss") for c in children(token))):
            return False  # ('la société a gagné l'appel d'offres': one compound noun, a call for tenders, offers nothing)
        if entry.carried_by is not None and not self.carried(token, entry):
            return False
        if (entry.evokes == "Proposal" and not is_nominal(token) and any(
                c.dep_ == "nsubj" and c.i not in self.token_entity and fold(c.lemma_) in self.site_words
                and not self.animate_token(c) and fold(c.lemma_) not in self.descriptors
                and fold(c.lemma_) not in self.lexicon.folded("institutionWords")  # ('la mairie', a body too)
                for c in children(token)) and not self.theme_words(token) & self.lexicon.words("refusableWords")
                and not any(case_words(c) & {"à", "au", "aux"} and self.animate_token(c) for c in children(token))):
            return False  # ('le site offre une vue sur la vallée', 'la salle propose des concerts': what a place has)
        if entry.evokes in ("Rejection", "Acceptance") and any(
                c.dep_ == "obl:agent" and not self.actor_named(c) and fold(c.lemma_) not in self.vote_counts
                and c.pos_ == "NOUN" for c in children(token)):
            return False  # ('des pistes balayées par le vent': only a person or a body decides)
        if entry.table_in is not None and not any(
                "sur" in case_words(c) and fold(c.lemma_) in entry.table_in for c in self.verb_complements(token)):
            return False  # ('pose sur la table une hausse', with the place of it hung on the verb or its object)
        if entry.table_in is not None and self.sum_put_up_for_something(token):
            return False  # ('met 100 millions sur la table chaque saison': paid, as its context tells)
        if entry.state_in is not None and not any(
                case_words(c) == {"en"} and fold(c.lemma_) in entry.state_in and not any(
                    d.dep_ == "det" for d in children(c)) for c in self.verb_complements(token)):
            return False  # ('met en service un logiciel', with 'en service' hung on the verb or its object)
        if entry.venue_in is not None and not (
                any(self.before_venue(h, entry.venue_in)
                    for h in (self.venue_hosts(token) if is_nominal(token) else [token]))
                or entry.against_party and self.against_party(token)):
            return False
        if (entry.without_cases and entry.carried_by is None and entry.theme_in is not None
                and any(case_words(c) & entry.without_cases and fold(c.lemma_) in entry.theme_in
                        for c in children(token))):
            return False  # ('mettre sur pied une cellule', 'la mise sur pied' set something up; 'à pied' lays off)
        if entry.predicate_in is not None and not self.predicated(token, entry.predicate_in):
            return False  # ('juge l'offre intéressante' refuses nothing)
        if entry.doer_not_in and any(c.dep_.startswith("nsubj") and fold(c.lemma_) in entry.doer_not_in
                                     for c in children(token)):
            return False  # ('le front commun réunit quatre centrales': what a coalition is made of)
        if entry.joint_parties and entry.reflexive and any(
                c.dep_ == "advmod" and fold(c.lower_) in self.lexicon.folded("gettingOnAdverbs") for c in children(token)):
            return False  # ('ils s'entendent bien': they get on)
        party = bool(entry.party_cases) and self.party_after(token, entry.party_cases, entry.party_in)
        if entry.joint_parties:
            return party or self.parties_together(token)
        if entry.instrument_cases:
            # ('trie ses tuiles grâce à un logiciel': the means of a verb)
            return (is_nominal(token) and token.dep_.startswith(("obl", "nmod")) and token.head.pos_ == "VERB"
                    and bool(case_words(token) & entry.instrument_cases))
        # (a strike is many people's: 'leurs outils', 'nos machines'; 'X arrête sa machine' is one firm's or
        # one worker's)
        if entry.possessed_theme and not any(
                c.dep_ == "obj" and any(d.dep_ == "det" and "Yes" in morph_values(d, "Poss")
                                        and d.lower_ in ("leur", "leurs", "nos", "notre") for d in children(c))
                or c.dep_.startswith(("obl", "obj")) and any(
                    self.instigated(g) for g in (c, *children(c)) if g.dep_.startswith(("obl", "nmod")))
                for c in children(token)):
            # ('ont coupé les fours à l'appel du syndicat': stopping at a union's call is acting
            # together, even with tools the sentence does not say are theirs)
            if not self.workers_stop_the_work(token):
                return False
        if entry.theme_not_in and self.theme_words(token) & entry.theme_not_in:
            return False  # ('a nommé une conciliatrice': an appointment to talks hires no one)
        if entry.theme_in is None and not entry.theme_types:
            return not entry.party_cases or party
        if entry.evokes == "Rejection" and not is_nominal(token) and self.refuses_what_was_proposed(token):
            return True  # ('a proposé une renégociation, que les franchisés ont déclinée': what was offered)
        words = self.theme_words(token) if entry.theme_in is not None else set()
        if entry.theme_in is not None and not is_nominal(token):
            # 'ont voté contre la proposition': a complement after 'contre' is the theme only of a frame
            # that says so (kgl:voteAgainst); for any other it is what the event goes against
            against = {w for c in children(token) if "contre" in case_words(c) for w in noun_lemmas(c)}
            if any("contre" in s.cases and s.role.endswith("#theme") for s in entry.frame.slots):
                words = against
            else:
                words -= against - {w for c in children(token) if c.dep_ in ("obj", "nsubj:pass") for w in noun_lemmas(c)}
        if entry.theme_in is not None and not is_nominal(token) and self.subject_undergoes(entry):
            subjects = [c for c in children(token) if c.dep_ == "nsubj"]
            if not subjects and token.dep_ == "xcomp":  # ('200 emplois vont disparaître')
                subjects = [c for c in children(token.head) if c.dep_ == "nsubj"]
            words |= {w for c in subjects for w in noun_lemmas(c)}
        if entry.theme_in is self.lexicon.words("workerWords") and any(
                self.occupation_by_ending(fold(w)) or self.trade_in_eur(fold(w))
                and not {fold(w), fold(w).removesuffix("s")} & self.backers for w in words):
            # ('cherche deux paysagistes', 'cherche 30 vendangeurs': an occupation by its ending; not
            # 'un repreneur', 'un investisseur', kgl:backerWords)
            return True
        if entry.theme_in is self.lexicon.words("takenOverStaffWords") and any(
                self.people_word(fold(w)) and fold(w) not in self.descriptors or self.trade_in_eur(fold(w))
                for w in words):
            return True  # ('le repreneur gardera 40 des 60 tisserands'; 'a repris la société' takes over a body)
        if entry.theme_in is self.lexicon.words("personWords") and any(
                self.people_word(fold(w)) or self.trade_in_eur(fold(w)) for w in words):
            return True  # ('embaucher douze repasseuses': a noun of people by its ending)
        return bool(words & (entry.theme_in or frozenset())
                    or self.theme_types(token) & entry.theme_types or party)

    def refuses_what_was_proposed(self, token: Token) -> bool:
        """Whether the object of a verb of refusal, through a relative pronoun or a clitic, is the
        object of a verb of offering: whatever is offered can be refused ('la visite proposée, que les
        délégués ont repoussée à mardi' is put off, not refused)."""
        if any(c.dep_.startswith("obl") and case_words(c) & {"à", "au"} and fold(c.lemma_) in self.time_words
               for c in children(token)):
            return False
        for c in children(token):
            if c.dep_ != "obj":
                continue
            target = self.resolve(c) if c.pos_ == "PRON" else c
            if target is not None and target.i != c.i and target.dep_ == "obj" and self.offers(target.head):
                return True
        return False

    def demanded(self, token: Token) -> bool:
        """Whether an event noun is what a verb of demand (``kgl:demandVerbs``) asks for, as its
        object or through a noun of phase ('exige l'ouverture de négociations')."""
        if not is_nominal(token):
            return False
        link, head = token, token.head
        if head.pos_ == "NOUN" and link.dep_ == "nmod" and fold(head.lemma_) in self.phase_nouns:
            link, head = head, head.head
        return head.pos_ == "VERB" and link.dep_ in ("obj", "nsubj:pass") and bool(verb_lemmas(head) & self.demands)

    def sum_put_up_for_something(self, token: Token) -> bool:
        """'met 80 millions sur la table chaque saison', 'met 30 millions sur la table pour racheter
        l'usine', 'X, qui met 30 millions sur la table, ...': a bare sum put on the table each period,
        for a purpose, or in a relative clause on the doer, is the payment or the offer its context
        tells. Alone ('le patronat met 300 euros de plus sur la table'), it is what one side offers."""
        sums = [c for c in children(token) if c.dep_ == "obj" and c.i in self.amount_tokens]
        if not sums:
            return False
        return (token.dep_ == "acl:relcl" or self.clause_period(token) is not None
                or any(self.amount_tokens[c.i].per for c in sums)
                or any("pour" in case_words(c) and fold(c.lemma_) not in self.time_words
                       for c in children(token) if c.dep_ in ("obl", "obl:mod", "advcl")))

    @staticmethod
    def verb_complements(token: Token):
        """The complements with a preposition of a verb and of its object, where the parser hangs
        them either way ('pose sur la table une hausse', 'met en service un logiciel')."""
        for head in (token, *(o for o in children(token) if o.dep_ == "obj")):
            yield from (c for c in children(head) if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod"))

    def actor_named(self, token: Token) -> bool:
        """A person or a body, named or described, or a part of those ('l'ensemble des syndicats')."""
        if fold(token.lemma_) in self.quantities:
            token = next((c for c in children(token) if c.dep_ == "nmod"), token)
        lemma = fold(token.lemma_)
        return (self.animate_token(token) or token.i in self.token_entity
                or lemma in self.descriptors or lemma in self.lexicon.folded("workerWords"))

    def workers_stop_the_work(self, token: Token) -> bool:
        """'Les cordiers ont arrêté les machines', 'une centaine d'ouvriers ont quitté les chantiers':
        many people of a trade who stop the work, with its definite article, stop their own work
        (kgl:sharedWorkWords; 'la fabrique a arrêté les machines' is a business, 'un ouvrier a arrêté la
        machine' one man, 'les douaniers ont arrêté les camions' stop someone else's)."""
        if not any(c.dep_ == "obj" and fold(c.lemma_) in self.shared_work
                   and any(d.dep_ == "det" and d.lower_ in ("les", "la", "le", "l'") for d in children(c))
                   for c in children(token)):
            return False
        for subject in (c for c in children(token) if c.dep_ == "nsubj"):
            people = [subject] if "Plur" in morph_values(subject, "Number") else []
            if fold(subject.lemma_) in self.quantities:  # ('une centaine d'ouvriers')
                people = [g for g in children(subject) if g.dep_ == "nmod" and case_words(g) & {"de", "d'"}]
            if any(self.people_word(fold(p.lemma_)) for p in people):
                return True
        return False

    def trade_in_eur(self, lemma: str) -> bool:
        """'engager six fossoyeurs', 'recruter 40 soudeurs': what one hires or takes over, named by a noun
        in -eur, is people of a trade ('un moteur', 'un secteur' are never hired; the general list of
        people leaves -eur out for them, ``kgl:personSuffixes``)."""
        return len(lemma) > 5 and lemma.endswith(("eur", "eurs")) and lemma not in self.coref.suffix_exceptions

    @staticmethod
    def predicated(token: Token, words: frozenset[str]) -> bool:
        """'l'a jugée inacceptable', 'une hausse jugée dérisoire', 'juge l'offre insuffisante',
        'l'ont qualifiée d'indécente': an adjective the verb says of its object (its complement, or
        one the parser hung on the object after it) is one of ``words``."""
        if is_passive(token) and not any(c.dep_ == "obl:agent" for c in children(token)):
            return False  # ('un montant jugé insuffisant': judged by no one said, it turns down nothing)
        said = [c for c in children(token) if c.dep_ in ("xcomp", "obl:arg", "obl") and c.i > token.i
                and (c.dep_ == "xcomp" or c.pos_ == "ADJ" and not case_words(c) or case_words(c) & {"de", "d'", "comme"})]
        said += [a for c in children(token) if c.dep_ == "obj" for a in children(c) if a.dep_ == "amod" and a.i > c.i]
        return any(fold(w.lemma_) in words or fold(w.lower_) in words for w in said)

    def carried(self, token: Token, entry: Entry) -> bool:
        """'X a fait appel du jugement', 'interjeter appel': a noun that states its event only as
        the bare object of certain verbs (or their object with an article too: 'a déposé un recours',
        ``kg:withArticle``), and not with certain complements ('faire appel à des
        intérimaires' calls on workers; 'à l'appel du syndicat' names who called)."""
        return (token.dep_ == "obj" and (entry.with_article or is_bare(token))
                and bool(verb_lemmas(token.head) & entry.carried_by)
                and not any(case_words(c) & entry.without_cases for c in children(token))
                and not any(case_words(c) & entry.without_cases and c.i > token.i
                            for c in children(token.head) if c.dep_.startswith("obl")))

    @staticmethod
    def venue_hosts(token: Token) -> list[Token]:
        """Where the parser hangs the complements of an event noun: on the noun, on the bare noun
        that qualifies it ('une action de groupe contre X'), or on its verb after it ('a déposé un
        recours devant le tribunal')."""
        hosts = [token] + [c for c in children(token) if c.dep_ == "nmod" and c.i > token.i
                           and (is_bare(c) or "contre" in case_words(c))]  # ('une poursuite contre X devant ...')
        if token.dep_ == "obj" and token.head.pos_ in ("VERB", "AUX"):
            hosts.append(token.head)
        return hosts

    def against_party(self, token: Token) -> bool:
        """'une poursuite contre la plateforme X', 'une action de groupe contre le fournisseur': an
        action against a person or a body ('une action contre le chômage' is against no one)."""
        return any("contre" in case_words(c) and c.i > token.i and self.animate_token(c)
                   for h in self.venue_hosts(token) for c in children(h))

    def party_after(self, token: Token, cases: frozenset[str], kinds: frozenset[str] | None = None) -> bool:
        """'une réunion entre la direction et les syndicats', 'quitte le club A pour le club B': a
        complement after one of ``cases`` naming persons or bodies ('une réunion entre midi et deux',
        'quitter Paris pour Lyon' name none); of ``kinds``, if given ('une réunion avec les syndicats',
        not 'avec les habitants')."""
        near = [c for c in children(token) if c.dep_ in ("nmod", "obl", "obl:mod", "obl:arg")]
        if is_nominal(token) and token.dep_ == "nsubj" and self.happens(token.head):
            # ('une rencontre a eu lieu lundi entre X et Y': on the verb that says it took place)
            near += [c for c in children(token.head) if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")]
        # (or hung on a date: 's'est engagé pour trois saisons avec le club de X')
        near += [g for c in near if fold(c.lemma_) in self.time_words for g in children(c) if g.dep_ == "nmod"]
        # (a complement after the verb's infinitive is the infinitive's, wherever the parser hangs it:
        # 's'est engagé à négocier un plan avec les syndicats' promises talks with them, joins no body)
        end = min((c.i for c in children(token) if c.dep_ in ("xcomp", "ccomp") and c.i > token.i
                   and "Inf" in morph_values(c, "VerbForm")), default=len(token.doc))
        return any(case_words(c) & cases and token.i < c.i < end
                   and (self.animate_token(c) or fold(c.lemma_) in self.descriptors)
                   and (kinds is None or fold(c.lemma_) in kinds or any(  # ('les organisations syndicales')
                       a.dep_ == "amod" and fold(a.lemma_) in kinds for a in children(c))) for c in near)

    def parties_together(self, token: Token) -> bool:
        """'la direction et le syndicat se reverront', 'le préfet a réuni les deux parties': the
        subject of a reflexive verb, or the object of another, names two sides at once, as a
        coordination of persons or bodies or a plural of kgl:partiesWords ('les ventes se retrouvent
        en baisse', 'des salariés se retrouvent sans emploi', 'réunir des fonds' name none)."""
        reflexive = is_reflexive(token)
        if any(case_words(c) & {"sans"} or c.dep_ == "xcomp" and c.pos_ in ("ADJ", "VERB") for c in children(token)):
            return False  # a state one ends up in ('se retrouver sans emploi', 'se retrouver seuls')
        if reflexive:
            sides, verb = [c for c in children(token) if c.dep_ == "nsubj"], token
            while not sides and verb.dep_ == "xcomp" and verb.head.i != verb.i:
                # ('X et Y doivent se revoir', 'vont se retrouver': the subject of the verb the
                # infinitive completes)
                verb = verb.head
                sides = [c for c in children(verb) if c.dep_ == "nsubj"]
        else:  # ('a réuni vendredi les deux parties' with the object taken for an adjunct after the date)
            sides = [c for c in children(token) if c.dep_ == "obj" or c.dep_ in ("obl", "obl:mod") and not case_words(c)]
        for side in sides:
            if side.lower_ in self.lexicon.words("partiesWords"):
                return True
            if self.animate_token(side) and any(g.dep_ == "conj" and self.animate_token(g) for g in children(side)):
                return True
        return False

    def received(self, token: Token) -> bool:
        """'Les employés licenciés recevront une indemnité de six mois de salaire': a noun of a sum
        that people receive states their payment though it gives no figure ('le syndicat a obtenu
        une prime' gives none: the subject must be a noun or name of people, not of a body)."""
        if not (is_nominal(token) and token.dep_ == "obj" and fold(token.lemma_) in self.sums
                and verb_lemmas(token.head) & self.receives):
            return False
        subject = next((c for c in children(token.head) if c.dep_ == "nsubj"), None)
        target = self.resolve(subject) if subject is not None else None
        return (target is not None and target.i not in self.token_entity
                and self.people_word(fold(target.lemma_)) and fold(target.lemma_) not in self.descriptors)

    def before_word(self, filler: Filler, token: Token) -> Filler:
        """A phrase cut before the event word it holds: 'les caristes de X en grève depuis lundi' is
        'caristes de X', the doer of the strike its own phrase goes on to name. A name is whole."""
        cut = token.left_edge.idx + self.offset
        if filler.entity is not None or filler.span is None or not filler.span.begin < cut < filler.span.end:
            return filler
        kept = self.doc.char_span(filler.span.begin - self.offset, cut - self.offset, alignment_mode="contract")
        if kept is None or not len(kept):
            return filler
        sp = self.span(kept[0], kept[-1])
        return Filler(sp.text, event=filler.event, span=sp, head=filler.head, own=filler.own)

    def side_named_by(self, adjective: Token) -> Token | None:
        """The union a union's adjective stands for (kgl:partyAdjectives): 'la proposition syndicale',
        the union named last before it ('le syndicat X', or a name known as a union's). None when the
        text names none, and for the other sides: which body 'patronale' stands for, the employer or a
        body the text cannot tell from a union ('la section locale X'), is left to the word itself."""
        if not fold(adjective.lemma_).startswith(("syndical", "intersyndical")):
            return None
        unions = [i for i, k in self.token_entity.items() if i < adjective.i and self.entities[k].type == "Organization"
                  and (self.is_union(k) or fold(self.doc[i].head.lemma_) in self.union_nouns)]
        return self.doc[max(unions)] if unions else None

    def counted_theme(self, token: Token, subject: bool = False) -> bool:
        """'recruter 50 techniciens', 'une quinzaine d'ingénieurs', 'des centaines de
        soignants': the object comes with a count above one; of a noun, its complement after 'de'
        ('l'engagement de 12 surveillants'); with ``subject``, the subject of a verb whose subject is
        what the event happens to ('4 000 employés quitteront le groupe')."""
        rel, verb = ("nsubj" if subject else "obj"), token
        while subject and verb.dep_ == "xcomp" and not any(c.dep_ == rel for c in children(verb)):
            verb = verb.head  # ('300 salariés vont quitter X': the subject of the verb the infinitive completes)
        themes = [c for c in children(verb) if c.dep_ == rel] if not is_nominal(token) else [
            c for c in children(token) if c.dep_ == "nmod" and case_words(c) & {"de", "d'", "des"}]
        for obj in themes:
            if fold(obj.lemma_) in self.quantities:
                return True
            for c in children(obj):
                if c.dep_ in ("nummod", "det") and c.like_num and c.lower_ not in ("un", "une", "1"):
                    return True  # (the parser hangs a count before a plural as 'det' as often as 'nummod')
        return False

    def unnamed_plural_theme(self, token: Token) -> bool:
        """'recruter des spécialistes', 'embauche des soudeurs': the object is an indefinite plural,
        people of a kind in no stated number, as a hiring drive names them ('recrute un soudeur', a
        job, or 'recrute des soudeurs payés 2 000 euros', with its pay, offer one)."""
        return any(c.dep_ == "obj" and "Plur" in morph_values(c, "Number")
                   and any(d.dep_ in ("det", "case") and d.lower_ == "des" and d.i < c.i for d in children(c))
                   for c in children(token)) and not any(t.i in self.amount_tokens for t in subtree_of(token))

    def unit_priced(self, amount: Amount) -> bool:
        """'75 euros par hectolitre', '300 euros par tonne': a sum counted by a measure of goods
        (kgl:measureUnits), not by a span of time ('par mois'), a person ('par salarié') or a piece
        of work ('par feuillet', 'par match'), which are pay."""
        last = max((i for i, a in self.amount_tokens.items() if a is amount), default=None)
        if last is None or last + 2 >= len(self.doc) or self.doc[last + 1].lower_ != "par":
            return False
        # word order, not the parse: the parser hangs 'par hectolitre' on the sum or on the verb
        unit = self.doc[last + 2]
        return self.doc[last + 1].head.i == unit.i and fold(unit.lemma_) in self.lexicon.folded("measureUnits")

    @staticmethod
    def counts_patient(token: Token) -> bool:
        """'la suppression de 410 postes', 'le licenciement de 30 salariés': an event noun that says
        how many it happens to states its event, whoever does it ('la suppression de postes' and
        'la suppression des postes' say no more than that such a thing exists)."""
        return any(c.dep_ == "nmod" and case_words(c) & {"de", "d'"}
                   and any(g.dep_ == "nummod" and g.like_num and g.lower_ not in ("un", "une") for g in children(c))
                   for c in children(token))

    def theme_words(self, token: Token) -> set[str]:
        """Head words of the theme, and the bare nouns or adjectives that qualify them."""
        if is_nominal(token):
            # 'offre d'emploi', 'la suppression de 450 postes', 'un plan social': what qualifies the noun
            heads = [c for c in children(token) if c.dep_.startswith("nmod") and (
                is_bare(c) or (case_words(c) & {"de", "d'"} and any(g.dep_ in ("nummod", "det") and g.like_num
                                                     for g in children(c))))]
            heads += [c for c in children(token) if c.dep_ == "amod"]
        else:
            # ('convoquer les parties à une réunion': an 'à' complement the parser took for an adjunct too)
            # (a bare noun taken for an adverb is a complement: 's'est constitué partie civile')
            # (a party after 'avec' is not what is acted on: 'a engagé des pourparlers avec les délégués')
            heads = [c for c in children(token) if c.dep_ in ("obj", "nsubj:pass")
                     or c.dep_ == "obl:arg" and not case_words(c) & {"avec"}
                     or c.dep_ == "obl:mod" and case_words(c) & {"à", "au", "aux"}
                     or c.dep_ == "advmod" and c.pos_ == "NOUN" and c.i > token.i]
            if token.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in children(token)):
                heads += [c for c, dep, _ in self.arguments(token) if dep == "nsubj:pass" and c.head.i != token.i]
            # ('une offre, présentée lundi, ... mais a été écartée': the subject of the verb it is joined to)
            if is_reflexive(token):
                # 'se séparer de 20 de ses 80 salariés' with the complement taken for an adjunct
                heads += [c for c in children(token) if c.dep_ in ("obl", "obl:mod", "obl:arg")
                          and case_words(c) & {"de", "d'", "du", "des", "sur", "vers"}]  # ('s'appuie sur un logiciel',
                # 'se tourne vers la justice')
            # beside an object, people after 'à' receive ('propose une hausse aux ingénieurs'): they say
            # nothing of what is offered ('recourir au Tribunal fédéral', with no object, names the resort;
            # 'une transaction a été proposée au directeur': the passive's subject is its object)
            if any(c.dep_ in ("obj", "nsubj:pass") for c in heads):
                heads = [c for c in heads if c.dep_ in ("obj", "nsubj:pass") or not case_words(c) & {"à", "au", "aux"}
                         or not self.animate_token(c)]
            heads += [c for c in children(token) if c.dep_ == "advmod" and c.lower_ == "non"]  # 'dire non'
            after = [t for t in self.doc[token.i + 1:token.i + 4] if not t.is_punct]
            heads += after[:1] if after and after[0].lower_ == "non" else []  # 'dire « non »'
            heads += self.raised_subject(token)
            # ('le logiciel que l'employeur utilise': a relative pronoun's antecedent)
            heads = [self.antecedent(c) or c if c.lower_ in RELATIVE_PRONOUNS and c.pos_ == "PRON" else c
                     for c in heads]
            # ('La régie propose une prime. Le syndicat l'a repoussée': what an object clitic stands for)
            heads = [self.resolve(c) or c if c.dep_ == "obj" and c.pos_ == "PRON" and c.lower_ in ("le", "la", "l'", "les")
                     else c for c in heads]
            # 'ont cessé de travailler': what one stops, starts or refuses is the act after 'de'
            heads += [c for c in children(token) if c.dep_ == "xcomp" and c.pos_ == "VERB"
                      and any(m.lower_ in ("de", "d'") for m in children(c) if m.dep_ == "mark")]
            if token.dep_ == "acl" and is_passive(token) and token.head.pos_ in ("NOUN", "PROPN"):
                heads.append(token.head)  # '45 postes supprimés': the noun a participle qualifies
                if token.head.i in self.amount_tokens and token.head.head.pos_ in ("NOUN", "PROPN"):
                    heads.append(token.head.head)  # ('une prime de 50 euros, écartée par X': the noun of the sum)
            heads += [g for h in list(heads) for g in children(h) if g.dep_ == "conj"]
        words = set()
        verbal = not is_nominal(token)
        for head in heads:
            words |= noun_lemmas(head)
            among = among_pronoun(head)
            if among is not None:
                # 'reprendre une quarantaine d'entre eux': those the pronoun stands for
                ante = self.coref.antecedent(among)
                words |= noun_lemmas(ante) if ante is not None else set()
            # an object's 'de' complement says what it is only after a word of quantity ('recruter des
            # milliers d'ingénieurs'); 'engager une action de groupe' engages no group
            # ('verser deux semaines de paie': a stretch of time measures the pay it is of)
            counted = (not verbal or fold(head.lemma_) in self.quantities or head.like_num
                       or fold(head.lemma_) in self.time_words)
            # 'confier la tâche à un logiciel de traduction': after 'à', what the complement is made of
            # says what it is
            counted = counted or head.dep_ == "obl:arg" and "à" in case_words(head)
            words |= {w for c in children(head) if c.dep_ in ("amod", "compound", "appos")
                      or (c.dep_ == "nmod" and counted) for w in noun_lemmas(c)}
        return words

    @staticmethod
    def subject_undergoes(entry: Entry) -> bool:
        """A frame whose subject is what the event happens to ('quarante emplois vont disparaître',
        '700 employés quitteront le groupe')."""
        return any("nsubj" in slot.deps and slot.role.endswith("#theme") for slot in entry.frame.slots)

    @staticmethod
    def is_joint(entry: Entry) -> bool:
        """Events done together ('une négociation avec', 'un accord entre'): their frame names co-agents."""
        return any("avec" in slot.cases and slot.role.endswith("#agent") for slot in entry.frame.slots)

    def idiomatic(self, token: Token) -> bool:
        """'être d'accord', 'tomber d'accord': a bare noun after 'de' on a verb is an idiom, not an event."""
        return (not any(c.dep_ == "det" for c in children(token)) and bool(case_words(token) & {"d'", "de"})
                and token.head.pos_ in ("VERB", "AUX", "ADJ"))

    def theme_types(self, token: Token) -> set[str]:
        """Classes of the named entities that are the theme: 'poursuivre Disney'."""
        heads = [c for c in children(token) if c.dep_ in ("obj", "nsubj:pass")]
        if is_nominal(token):
            # 'l'arrivée du troisième ligne X': an event noun's 'de' complement
            heads = [c for c in children(token) if c.dep_ == "nmod" and case_words(c) & {"de", "d'", "du", "des"}]
        # 'le groupe Lactalis': a noun with the name it comes with, no preposition between
        heads += [c for h in heads if h.i not in self.token_entity for c in children(h)
                  if c.dep_ in ("nmod", "appos", "flat", "flat:name") and c.i in self.token_entity and not case_words(c)]
        return {self.entities[self.token_entity[h.i]].type for h in heads if h.i in self.token_entity}

    def read(self) -> tuple[list[Event], list[Anaphor]]:
        """Events, and the amounts anaphoric words give to an earlier event."""
        candidates: list[Candidate] = []
        # only nouns and verbs evoke events (a verb tagged wrong is still a verb): a Token for those only
        for i in positions(self.doc, pos=("NOUN", "PROPN", "VERB", "AUX")):
            token = self.doc[i]
            # what a quotation says is the speaker's, not the paper's: no event, but a wage a speaker
            # states ('« Un vendeur touche 1 900 euros par mois », résume X'), kept below with its sum
            quoted = self.in_quote(token)
            if quoted and token.pos_ != "VERB":
                continue
            entries = self.entries(token)
            if quoted:
                entries = [e for e in entries if e.evokes == "Earning"]
            if token.pos_ == "VERB":
                # 'se séparer de' is another verb than 'séparer': reflexive uses take reflexive entries only
                reflexive = is_reflexive(token)
                entries = [e for e in entries if e.reflexive == reflexive]
            if entries and is_nominal(token) and self.idiomatic(token):
                continue
            if entries and self.kind_of_sum(token):
                continue
            entry = self.choose(token, entries) if entries else None
            if entry is None:
                continue
            if self.passes_amount(token):
                continue  # 'proposer une prime de 500 euros': the sum is what the proposal offers
            if (token.dep_ in ("acl", "amod") and "Part" in morph_values(token, "VerbForm")
                    and (any(fold(c.lower_) in _DISTRIBUTIVE for c in children(token.head) if c.dep_ == "det")
                         or case_words(token.head) == {"par"} and is_bare(token.head))):
                # 'chaque salarié licencié recevra ...', 'une prime par ouvrier licencié': a class of
                # people, not an event
                continue
            if (token.dep_ == "acl" and is_passive(token) and self.entries(token.head) and is_nominal(token.head)
                    and verb_lemmas(token) & (self.support | self.planned)):
                continue  # 'l'offre présentée par X': the participle only says who made the offer
            cand = Candidate(token, entry)
            cand.quoted = quoted
            candidates.append(cand)
            self.by_token[token.i] = cand
        # an amount goes to the nearest event word above it; a word that states no
        # event ("un ingénieur payé jusqu'à 500 000 $") passes it on
        loose: list[tuple[Amount, Token]] = []  # sums no event word above them takes
        for amount, anchor in self.told_amounts():
            host = self._candidate_from(self.amount_point(anchor))
            if host is not None:
                host.amounts.append(amount)
            else:
                worked = self.worked_for(anchor)
                if worked is not None:
                    worked.amounts.append(amount)
                    candidates.append(worked)
                    self.by_token[worked.token.i] = worked
                else:
                    loose.append((amount, anchor))
        for amount, anchor in self.quoted_amounts():
            host = self._candidate_from(self.amount_point(anchor))
            if host is not None and host.quoted:
                host.amounts.append(amount)  # (a sum of a quotation goes to a word of the quotation only)
        self.offer_contents(candidates, loose)
        for cand in candidates:
            # "mettre en ligne une offre": the noun names the event its verb states
            head = self.by_token.get(cand.token.head.i)
            if (is_nominal(cand.token) and cand.token.dep_ in ("obj", "nsubj:pass") and head is not None
                    and head is not cand and head.entry.evokes != cand.entry.evokes):
                same = [e for e in self.entries(cand.token) if e.evokes == head.entry.evokes]
                if same:
                    cand.entry = same[0]
        for cand in candidates:
            if cand.entry.anaphoric and cand.amounts:
                host = self._candidate_from(self.attach_point(cand.token))
                if host is not None and host.entry.evokes == "Hiring" and not host.amounts:
                    # 'va recruter vingt techniciens, payés 3 000 euros par mois': the pay of the people
                    # a recruitment in the same clause hires is its own, not that of an offer told before
                    host.amounts.extend(cand.amounts)
                    cand.amounts.clear()
        anaphora: list[Anaphor] = []
        for cand in candidates:
            t = cand.token
            sent = self.sentence_of(t.idx + self.offset)
            if cand.entry.anaphoric:
                for amount in cand.amounts:
                    # the event it would state itself, should no event of its kind come before
                    own = Event(type=cand.entry.evokes, triggers=[self.span(t, t)], sentences=[sent],
                                status=self.mood.modality(t) or cand.entry.default_status)
                    earners = self.pay_owners(t) if own.type == "Payment" else []
                    if earners:
                        own.type, own.roles["agent"] = "Earning", earners
                    if own.type == "JobOffer" and t.dep_ == "acl" and self.animate_token(t.head):
                        # 'ceux de techniciens, rémunérés entre ... et ... euros': the people the pay is
                        # said of are the jobs offered
                        own.roles["theme"] = [f for f in self.fillers(t.head) if not f.own]
                    if own.type == "JobOffer" and not own.roles["theme"]:
                        # 'Les postes de cariste sont payés 13 euros de l'heure': the posts a passive of pay
                        # is said of are the jobs offered
                        posts = [c for c in children(t) if c.dep_ in ("nsubj:pass", "nsubj")
                                 and fold(c.lemma_) in self.lexicon.folded("jobWords")]
                        own.roles["theme"] = [f for c in posts for f in self.fillers(c)]
                    anaphora.append((cand.entry.evokes, amount, t.idx + self.offset, own))
                continue
            cand.event = Event(type=cand.entry.evokes, triggers=[self.span(t, t)], sentences=[sent],
                               status=cand.entry.default_status, quoted=cand.quoted)
            cand.event.nominal = is_nominal(t)
            cand.event.speech = cand.entry.reporting
            # a passive clause with its auxiliary, or an event noun that says how much, to whom or where,
            # states its event even without a doer
            cand.event.bare_clause = (is_passive(t) or self.seen_to(t) if not cand.event.nominal
                                      else bool(cand.amounts) or t.i == t.head.i or self.counts_patient(t)
                                      or self.received(t))
            cand.event.definite = cand.event.nominal and is_definite(t)
            # 'Le contrat, signé vendredi, ...', 'l'accord a été signé': a passive whose thing comes
            # with a definite article speaks of that thing as already told
            patients = [t.head] if t.dep_ == "acl" and t.head.pos_ == "NOUN" else [
                c for c in children(t) if c.dep_ == "nsubj:pass" and c.pos_ == "NOUN"]
            cand.event.told_again = (not cand.event.nominal and is_passive(t)
                                     and any(is_definite(p) and not case_words(p) for p in patients))
            cand.event.negated = self.mood.negated(t)
            mood = self.mood.modality(t)
            # the subject of a clause that plans it ('la réunion est prévue', 'les négociations reprendront')
            subject = t if t.dep_ in ("nsubj", "nsubj:pass") else t.head if (
                t.head.dep_ in ("nsubj", "nsubj:pass") and t.dep_ == "nmod" and t.head.pos_ == "NOUN") else None
            cand.event.scheduled = (cand.event.nominal and mood == "Planned" and subject is not None
                                    and self.mood.plans_subject(subject.head))
            cand.event.revised = cand.event.nominal and cand.entry.evokes == "Proposal" and (
                t.dep_ == "obj" and fold(t.head.lemma_) in self.lexicon.folded("reviseVerbs")
                or any(c.dep_ == "amod" and fold(c.lemma_) in self.lexicon.folded("reviseVerbs") for c in children(t)))
            cand.event.clitic_object = not cand.event.nominal and any(
                c.dep_ == "obj" and c.pos_ in ("PRON", "DET") and c.i < t.i for c in children(t))
            cand.event.takes_place = cand.event.nominal and t.dep_ == "nsubj" and self.happens(t.head)
            if cand.event.nominal and not cand.event.takes_place and self.is_joint(cand.entry):
                cand.outcome_of = self.talks_ending_in(t)
            # ('le débrayage s'est soldé par un accord': what an end reaches happens, whoever reached it)
            cand.event.takes_place = cand.event.takes_place or cand.event.nominal and self.reached(t)
            if mood is not None:
                cand.event.status = mood
            if cand.amounts:
                cand.event.amount = cand.amounts[0]
                if cand.event.amount.per is None:
                    cand.event.amount.per = self.clause_period(t)
        merged_into: dict[int, Event] = {}
        for cand in candidates:
            if cand.event is not None:
                target = self.fill(cand)
                if target is not None:
                    merged_into[id(cand.event)] = target
        wages: set[int] = set()  # recruitments whose sum a participle of pay on the people hired gave
        for cand in candidates:
            # "un ingénieur payé jusqu'à 500 000 $": a participle with no doer of its own
            # states no event; its amount belongs to the event above it
            event = cand.event
            paid_hires = event is not None and event.type == "Earning" and cand.token.dep_ == "acl"
            if event is not None and event.amount and (not event.roles["agent"] or paid_hires) and not is_nominal(cand.token):
                host = self._candidate_from(self.attach_point(cand.token), stating=True)
                if paid_hires and event.roles["agent"] and (host is None or host.event.type not in ("Hiring", "JobOffer")):
                    continue  # 'emploie 300 saisonniers, payés 60 euros par jour': what they earn
                # ('va embaucher 40 mécaniciens, payés 2 100 euros': the pay of those a recruitment hires is its;
                # 'recherche dix tourneurs, payés 12 euros de l'heure': the pay of the jobs it offers)
                if host is not None and host.event.amount is None:
                    host.event.amount, event.amount = event.amount, None
                    merged_into[id(event)] = host.event  # it stated no event of its own
                    wages.add(id(host.event))
        events = [c.event for c in candidates if c.event is not None and id(c.event) not in merged_into]
        for cand in candidates:
            event = cand.event
            if (event is not None and event.type == "Hiring" and event.amount is not None
                    and event.amount.per is not None and not is_past(cand.token)):
                # 'va recruter 40 soudeurs, rémunérés 2 300 euros par mois': a recruitment to come that
                # states the wage also offers paid jobs, to the same people ('a embauché des ingénieurs pour
                # 80 000 euros par an' has hired them)
                events.append(replace(event, type="JobOffer", roles={r: list(fs) for r, fs in event.roles.items()},
                                      sources=list(event.sources), triggers=[self.pay_word(event.amount, cand.token)],
                                      sentences=list(event.sentences)))
                event.amount = None
            elif (event is not None and event.type == "Hiring" and event.amount is not None and id(event) in wages
                  and event.amount.per is not None and event.roles["theme"] and not is_nominal(cand.token)):
                # 'a engagé huit ouvriers, payés 2 600 euros par mois': the wage a participle gives the people
                # hired is what they earn ('a embauché des ingénieurs pour 80 000 euros par an' keeps it: the
                # sum is the recruitment's)
                earning = Event(type="Earning", triggers=[self.pay_word(event.amount, cand.token)],
                                sentences=list(event.sentences), status=event.status)
                earning.roles["agent"] = [f for f in event.roles["theme"] if not f.own]
                earning.amount, event.amount = event.amount, None
                events.append(earning)
            elif event is not None and self.wage_offered(event):
                # 'Les copilotes débutants se verront proposer un salaire de 4 000 euros par mois': a wage
                # itself offered to people, by the time, is the offer of their jobs ('proposer une hausse
                # de salaire aux ouvriers', a change of pay, stays a proposal)
                # (a named person offered it stays its recipient, as in a club's offer to a player)
                event.type = "JobOffer"
                if not any(f.entity for f in event.roles["recipient"]):
                    # (what else is offered with the wage stays: 'un poste fixe et une paie')
                    event.roles["theme"], event.roles["recipient"] = event.roles["recipient"] + [
                        f for f in event.roles["theme"] if f.head not in self.wage_nouns() and not f.own], []
        self.scheme_doers(candidates)
        self.counter_offer_periods(candidates)
        events += self.compared(events, {id(e.amount) for e in events if e.amount is not None})
        self.contrasted(events)
        parties = self.lexicon.folded("partiesWords")
        for event in events:
            agents = event.roles["agent"]
            event.sides = bool(agents) and all(f.entity is None and f.label.split()[-1:] and
                                               fold(f.label.split()[-1]) in parties for f in agents)
        return events, anaphora

    def offer_contents(self, candidates: list[Candidate], loose: list[tuple[Amount, Token]]) -> None:
        """'a remis aux élus une contre-proposition : un bonus de 3 %, soit 70 euros mensuels', 'un
        protocole assurant aux vendeurs un minimum de 19 euros par heure': what an offer
        holds, told after a colon that follows it or in its own phrase, gives the offer its sum: a
        sum no event word takes, or that of a noun of pay or of a sum that names no one of its own
        (a prime; a wage after the colon, or one a verb inside the offer's phrase gives, 'une charte
        garantissant un revenu de ...': 'une hausse de salaire de 50 euros' is a change of pay
        offered, and the wage stays the pay's)."""
        for cand in [c for c in candidates if c.entry.evokes == "Proposal" and not c.amounts]:
            token = cand.token
            sent = token.sent
            colon = next((t for t in sent if t.i > token.i and t.text == ":"), None)
            phrase = token if is_nominal(token) else next((c for c in children(token) if c.dep_ == "obj"), None)
            inside = {t.i for t in phrase.subtree if t.i > token.i} if phrase is not None else set()
            after = {t.i for t in sent if colon is not None and t.i > colon.i}
            if not inside | after:
                continue
            sums = [c for c in candidates if c is not cand and c.amounts and c.token.i in inside | after
                    and is_nominal(c.token) and (c.entry.evokes == "Payment" or c.token.i in after
                                                 or c.entry.evokes == "Earning" and self._said_by_a_verb_of(c.token, phrase))
                    and not any(ch.dep_ == "nmod" and self.animate_token(ch) and case_words(ch) & {"de", "d'", "du", "des"}
                                for ch in children(c.token))
                    and self.coref.possessor(c.token) is None
                    and not any(ch.lower_ == "dont" for ch in c.token.subtree)]  # ('dont le salaire': another's)
            # (not a sum demanded inside it: 'a rejeté l'offre, réclamant 350 euros' is the counter-demand's)
            free = [(a, t) for a, t in loose if t.i in inside | after and not any(
                verb_lemmas(v) & self.demands for v in t.ancestors if v.i > token.i and v.pos_ == "VERB")]
            if sums and not (free and free[0][1].i < sums[0].token.i):  # the first the text tells
                held = sums[0]
                cand.amounts.extend(held.amounts)
                candidates.remove(held)
                self.by_token.pop(held.token.i, None)
            elif free:
                cand.amounts.append(free[0][0])
                loose.remove(free[0])

    @staticmethod
    def _said_by_a_verb_of(token: Token, phrase: Token | None) -> bool:
        """Whether a verb (a participle, a relative's verb) stands between ``token`` and ``phrase`` above it."""
        for above in token.ancestors:
            if phrase is not None and above.i == phrase.i:
                return False
            if above.pos_ == "VERB":
                return phrase is not None and phrase.is_ancestor(above)
        return False

    def worked_for(self, anchor: Token) -> Candidate | None:
        """'Une caissière, qui passe huit heures en caisse pour 1 400 euros par mois', 'il livre des
        colis pour 11 euros de l'heure': a sum after 'pour' on a verb that states no event, whose
        subject is a person or people (not a body: 'la ville a acheté un terrain pour ...' is
        another matter), is what that subject earns for doing it."""
        verb = anchor.head
        if ("pour" not in case_words(anchor) or not anchor.dep_.startswith(("obl", "nmod")) or verb.pos_ != "VERB"
                or self.entries(verb) or verb.i in self.by_token):
            return None
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        target = self.resolve(subject) if subject is not None else None
        if target is None:
            return None
        key = self.token_entity.get(target.i)
        person = self.entities[key].type == "Person" if key is not None else self.people_word(fold(target.lemma_))
        if not person:
            return None
        earning = next((e for e in self.lexicon.entries_for("VERB", {"gagner"}) if e.evokes == "Earning"), None)
        if earning is None:
            return None
        # only who earns: what the verb does ('des colis') is no part of the pay
        frame = replace(earning.frame, slots=tuple(s for s in earning.frame.slots if "nsubj" in s.deps))
        return Candidate(verb, replace(earning, frame=frame))

    def scheme_doers(self, candidates: list[Candidate]) -> None:
        """'Le maire a présenté un projet. Celui-ci comporte la suppression de 12 postes', 'un
        projet comportant la fermeture du site': what a scheme contains (``kgl:containVerbs``) is done
        by whoever made, presented or adopted the scheme, the doer of the event told of it before."""
        contain = self.lexicon.folded("containVerbs")
        told = [c.event for c in candidates if c.event is not None and c.event.roles["agent"]]
        for cand in candidates:
            event, t = cand.event, cand.token
            if event is None or event.roles["agent"] or not is_nominal(t) or t.dep_ != "obj" \
                    or not {fold(v) for v in verb_lemmas(t.head)} & contain:  # ('comporte' left unlemmatised)
                continue
            verb = t.head
            scheme = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
            if scheme is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
                scheme = verb.head  # 'un plan prévoyant la suppression de ...'
            if (scheme is not None and scheme.lower_ == "qui" and verb.dep_ == "acl:relcl"
                    and verb.head.pos_ == "NOUN"):
                # ('a officialisé l'arrêt de sa fromagerie, qui impliquera la suppression de 90 postes':
                # the act the relative hangs on, up its phrase, is the scheme)
                scheme = verb.head
                while scheme.dep_ == "nmod" and scheme.head.pos_ == "NOUN" and scheme.head.i < scheme.i:
                    scheme = scheme.head
            if scheme is None or self.animate_token(scheme):
                continue  # ('la direction prévoit la suppression de ...' names its doer)
            at = t.idx + self.offset
            before = [e for e in told if e.triggers[0].begin < at and e is not event
                      and self.sentence_of(at) - e.sentences[0] <= 1]
            gender = number = None
            if scheme.lower_ in ("celui-ci", "celle-ci", "celui-là", "celle-là"):
                gender, number = ("Fem" if scheme.lower_.startswith("celle") else "Masc"), "Sing"
                wanted = None
            else:
                wanted = fold(scheme.lemma_)
            for owner in reversed(before):
                themes = [f for f in owner.roles["theme"] if f.span is not None and f.head]
                if wanted is not None:
                    fits = any(f.head == wanted for f in themes)
                else:
                    heads = [self._filler_token(f) for f in themes if not f.own]
                    fits = any(h is not None and h.pos_ == "NOUN" and gender in morph_values(h, "Gender")
                               and number in morph_values(h, "Number") for h in heads)
                if fits:
                    for filler in owner.roles["agent"]:
                        event.add("agent", filler)
                    break
            else:
                # no event told of the scheme: whoever the nearest earlier clause has make, present or
                # submit it, as its object ('le repreneur, qui a soumis un schéma. Celui-ci implique ...')
                sent_start = sent_of(t).start
                previous = [o for o in self.doc[max(0, sent_start - 60):t.i] if o.dep_ == "obj" and o.pos_ == "NOUN"
                            and (fold(o.lemma_) == wanted if wanted is not None else
                                 gender in morph_values(o, "Gender") and number in morph_values(o, "Number"))
                            and o.head.pos_ == "VERB" and self.sentence_of(o.idx + self.offset) >= self.sentence_of(at) - 1]
                if previous:
                    for filler in self.subject(previous[-1].head):
                        if self.animate(filler):
                            event.add("agent", filler)

    def counter_offer_periods(self, candidates: list[Candidate]) -> None:
        """'Les chauffeurs exigent 220 euros de plus par mois. Le transporteur leur offre 95 euros': a bare
        sum offered in answer to one stated with its period, in the same currency, in that sentence or
        the two before, is counted by the same period. Only a sum that is itself what is offered ('a
        proposé 150 francs'); 'une prime unique de 500 francs' names its own kind of sum."""
        told = self.told_amounts()
        anchors = {id(a): t for a, t in told}
        sentence = self.coref.sentence_index
        for cand in candidates:
            event = cand.event
            amount = event.amount if event is not None else None
            if (amount is None or amount.per is not None or event.type != "Proposal" or is_nominal(cand.token)
                    or id(amount) not in anchors):
                continue
            anchor = anchors[id(amount)]
            said = self.doc.char_span(amount.span.begin - self.offset, amount.span.end - self.offset,
                                      alignment_mode="expand")
            if said is None or said.root.head.i != cand.token.i:
                continue  # the sum's phrase hangs on a noun ('une prime unique de 70 euros')
            earlier = [(t, a) for a, t in told if a.per is not None and a.currency == amount.currency
                       and t.i < anchor.i and 0 <= sentence[anchor.i] - sentence[t.i] <= 2]
            if earlier:
                amount.per = max(earlier, key=lambda pair: pair[0].i)[1].per

    def _candidate_from(self, point: Token | None, stating: bool = False) -> Candidate | None:
        """The nearest event word at or above ``point`` (:meth:`attach_point`), one that states an
        event if ``stating``: where an amount, or a participle's pay, belongs."""
        seen: set[int] = set()
        while point is not None and point.i not in seen:  # (a word of measure may lead back to its subject)
            seen.add(point.i)
            cand = self.by_token.get(point.i)
            if cand is not None and (not stating or cand.event is not None):
                return cand
            point = self.attach_point(point)
        return None

    def pay_word(self, amount: Amount, hiring: Token) -> Span:
        """The word that states a recruitment's pay ('payés', 'rémunérés'): the offer's own trigger,
        else the sum itself."""
        token = self._token_at(amount.span.begin - self.offset)
        while token is not None and token.pos_ != "VERB" and token.head.i != token.i:
            token = token.head
        if token is not None and token.pos_ == "VERB" and token.i != hiring.i:
            return self.span(token, token)
        return Span(amount.span.begin, amount.span.end, amount.span.text)

    def sum_of_a_wage(self, amount: Amount, wages: frozenset[str]) -> bool:
        """'un poste fixe et une paie d'embauche de 900 dinars par mois': the sum is a wage's when
        the noun it completes is one, whatever the phrase the event took for its theme."""
        first = self._token_at(amount.span.begin - self.offset)
        if first is None:
            return False
        owner = first
        while owner.i in self.amount_tokens and owner.head.i != owner.i:
            owner = owner.head
        for _ in range(2):  # ('une paie d'embauche de 900 dinars': through a noun that qualifies it)
            if owner.pos_ == "NOUN" and (owner.lemma_ in wages or fold(owner.lemma_) in wages):
                return True
            if owner.dep_ != "nmod":
                return False
            owner = owner.head
        return False

    def wage_nouns(self) -> frozenset[str]:
        """The lemmas of the lexicon's nouns of earning ('salaire', 'rémunération'), folded as the
        heads of fillers are ('remuneration'), read once."""
        found = getattr(self, "_wages", None)
        if found is None:
            found = self._wages = frozenset(fold(w) for w in self.lexicon.lemmas_where(
                "wage nouns", lambda e: e.evokes == "Earning" and e.pos == "NOUN"))
        return found

    def things(self) -> frozenset[str]:
        """Folded nouns of tools and techniques: what works, not who does."""
        return self.lexicon.folded("workToolWords") | self.lexicon.folded("techWords")

    def wage_offered(self, event: Event) -> bool:
        """A wage by the time offered to people, or the terms people are taken on for offered at
        an hourly rate ('les missions sont offertes à 14 euros de l'heure', ``kgl:hireTermWords``)."""
        wages = self.wage_nouns()
        if (event.type == "Proposal" and event.amount is not None and event.amount.per == "hour"
                and any(f.head in self.lexicon.folded("hireTermWords") for f in event.roles["theme"])
                and not any(f.entity for f in event.roles["recipient"])):
            return True
        if (event.type == "Proposal" and event.amount is not None and event.amount.per is not None
                and not any(self.animate(f) for f in event.roles["agent"]) and not event.roles["recipient"]
                and any(f.head in wages for f in event.roles["theme"])):
            # 'ses annonces en ligne proposent un salaire de ... mensuels': a wage by the
            # time that no one in particular offers to no one in particular is a job's, as an ad states it
            return True
        # ('se verront offrir 2 100 euros net mensuels': a bare sum said gross or net, offered with
        # nothing else named, is a wage; 'une hausse de 50 euros brut' is a change of it)
        return (event.type == "Proposal" and event.amount is not None and event.amount.per is not None
                and bool(event.roles["recipient"]) and (
                    any(f.head in wages for f in event.roles["theme"]) or self.sum_of_a_wage(event.amount, wages)
                    or not event.roles["theme"] and bool(re.match(r"\s*(?:brut|net)s?\b", self.text[event.amount.span.end:])))
                and all(self.entities[f.entity].type == "Person" if f.entity
                        else f.head not in self.descriptors  # a wage goes to people: any noun but a body's
                        for f in event.roles["recipient"]))

    def compared(self, events: list[Event], used: set[int]) -> list[Event]:
        """'un testeur gagne 48 000 $, contre 82 000 $ pour un programmeur': a sum set against the
        one of an earning or a payment, for other people, is what they earn or are paid, said by
        the same clause. Only 'contre' + sum + 'pour' + people: 'contre 40 000 l'an dernier' is
        the same people at another time, and says nothing new here."""
        out = []
        told = self.told_amounts()
        for amount, anchor in told:
            if id(amount) in used:
                continue
            before = self.text[max(0, amount.span.begin - 12):amount.span.begin]
            after = re.match(r"\s*(?:par\s+\w+\s+)?pour\s+(?:un|une|les|des|le|la|l')\s*", self.text[amount.span.end:])
            if not re.search(r"\bcontre\s+$", before):
                continue
            if after is None:
                now = self.current_pay(events, amount, told)
                if now is not None:
                    out.append(now)
                continue
            token = self._token_at(amount.span.end + after.end() - self.offset)
            sentence = self.sentence_of(amount.span.begin)
            main = next((e for e in events if e.type in ("Earning", "Payment") and e.amount is not None
                         and e.sentences[0] == sentence and e.amount.span.end <= amount.span.begin), None)
            if token is None or main is None or not self.animate_token(token):
                continue
            # its own trigger is the figure: the verb is the first event's
            event = Event(type=main.type, triggers=[amount.span], sentences=[sentence], status=main.status,
                          compared_to=main)
            event.amount = amount
            event.amount.per = event.amount.per or main.amount.per
            for filler in self.fillers(token):
                event.add("agent" if main.type == "Earning" else "recipient", filler)
            out.append(event)
        return out

    def current_pay(self, events: list[Event], amount: Amount, told: list[tuple[Amount, Token]]) -> Event | None:
        """'un cariste touchera 26,40 $ l'heure, contre 23 $ actuellement', 'ferait passer le salaire horaire
        d'un plâtrier à 35 $, contre 31,10 $ aujourd'hui': a sum set against a pay of the same sentence
        and said to hold now is what those people earn today, by the same period. The people are the
        earners of that pay, or those a noun of pay or rate names ('le taux horaire d'un couvreur');
        with no one named, nothing ('contre 40 000 l'an dernier' is no time now)."""
        if not re.match(r",?\s*(?:actuellement|aujourd'hui|à l'heure actuelle|en ce moment)\b",
                        self.text[amount.span.end:].replace("’", "'")):
            return None
        sentence = self.sentence_of(amount.span.begin)
        before = [(a, t) for a, t in told if a.currency == amount.currency and a.span.end <= amount.span.begin
                  and self.sentence_of(a.span.begin) == sentence]
        if not before:
            return None
        pay, pay_token = before[-1]
        earning = next((e for e in events if e.type == "Earning" and e.amount is pay and e.roles["agent"]), None)
        people: list[Filler] = list(earning.roles["agent"]) if earning is not None else []
        per = pay.per
        for word in self.doc[pay_token.sent.start:pay_token.i]:
            # ('le taux horaire d'un couvreur', 'le salaire des caristes': whose pay it is, and by what period)
            if people and per or fold(word.lemma_) not in self.wage_nouns() | {"taux"}:
                continue
            owner = next((c for c in children(word) if c.dep_ == "nmod" and case_words(c) & {"de", "d'", "des", "du", "pour"}
                          and self.animate_token(c)), None)
            if owner is not None and not people:
                people = self.fillers(owner)
            per = per or next((found for c in children(word) if c.dep_ == "amod"
                               and (found := period_of_adjective(c.lemma_)) is not None), None)
        if not people:
            return None
        event = Event(type="Earning", triggers=[amount.span], sentences=[sentence], status="Asserted", compared_to=earning)
        event.amount = amount
        event.amount.per = event.amount.per or per
        for filler in people:
            event.add("agent", filler)
        return event

    def contrasted(self, events: list[Event]) -> None:
        """'Une caissière touche 13 euros de l'heure, tandis que ses collègues du privé en perçoivent 15': a sum
        earned or paid in a clause set against an earlier one of the sentence ('alors que', 'tandis
        que') is counted by the same period, and said by the same source ('gagne 27 $ l'heure, et
        touchera une prime de 500 $' sets nothing against it)."""
        paid = [e for e in events if e.type in ("Earning", "Payment") and e.amount is not None]
        for event in paid:
            if event.amount.per is not None:
                continue
            # (one sentence by its text: the parse of such a sentence is often cut in pieces)
            prior = [p for p in paid if p is not event and p.amount.per is not None
                     and p.amount.currency == event.amount.currency and p.amount.span.end <= event.triggers[0].begin
                     and not re.search(r"[.!?]\s", self.text[p.amount.span.end:event.triggers[0].begin])]
            if not prior:
                continue
            main = prior[-1]
            if re.search(r"\b(?:alors|tandis)\s+qu", self.text[main.amount.span.end:event.triggers[0].begin]):
                event.amount.per = main.amount.per
                event.compared_to = main

    def descriptions(self) -> list[Mention]:
        """Mentions of organisations by a description ('le géant du streaming'), wherever they stand."""
        found = []
        for i in positions(self.doc, pos=("NOUN",)):
            token = self.doc[i]
            if token.pos_ == "NOUN" and token.i not in self.token_entity:
                key = self.description_of(token)  # before the phrase: most nouns describe nobody
                if key is not None:
                    first, last = self.phrase(token)
                    sp = self.span(first, last)
                    self.description_alias(key, sp)
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
                elif date.weekday_past and cand.event.status == "Planned":
                    # 'feront grève jeudi', read on a Tuesday: the Thursday to come, not the one past
                    cand.event.time = (dt.date.fromisoformat(date.iso) + dt.timedelta(days=7)).isoformat()

    def fill(self, cand: Candidate) -> Event | None:
        """Give ``cand.event`` its roles; returns the event it is part of, if any
        ('une proposition ... qui offrait 200 $': the offering is the proposal).

        The frame fills what the lexicon maps; then grammar fills what is left: the act
        an infinitive names, places, who receives, who the doer is when the clause does
        not say it, and the parties of earlier talks."""
        event, token = cand.event, cand.token
        assert event is not None
        host = self.frame_roles(cand)
        if host is not None:
            self.absorb(host, event, token)
            return host
        if cand.entry.doer_required and not event.roles["agent"]:
            cand.event = None  # ('300 salariés quittent l'usine à 17 heures': no firm left, no layoff)
            return None
        self.act_theme(event, token)
        self.intended(event)
        self.for_lack_of(event, token)
        self.paid_as_a_kind(event, token)
        if event.type == "Lawsuit" and cand.entry.theme_in and not is_nominal(token):
            self.contested(event, token)
        if event.type == "Strike":
            self.protested(event, token)
        if event.type == "Payment":
            self.funded(event, token)
        if event.type == "Negotiation":
            self.negotiated_for(event, token)
            self.talks_a_side_speaks_of(event, token)
        undergoer = token.head if self.seen_to(token) else self.undergone(token) if is_nominal(token) else None
        undergoers: list[Filler] = []
        if undergoer is not None:
            # 'X s'est vu proposer un contrat', 'X fait l'objet d'une plainte': X receives the offer, or
            # undergoes the act
            # (a suit is against whom it happens to, not given to them)
            role = "recipient" if event.type != "Lawsuit" and any(
                s.role.endswith("#recipient") for s in cand.entry.frame.slots) else "theme"
            event.takes_place = event.takes_place or is_nominal(token)  # (it happens to X, whoever did it)
            for subject in (c for c in children(undergoer) if c.dep_ == "nsubj"):
                for filler in self.fillers(subject):
                    event.add(role, filler)
                    undergoers.append(filler)
        if cand.entry.reporting:
            self.fill_statement(event, token)
        if not event.roles["place"]:
            # ('Les grutiers y débrayent depuis lundi': the place 'y' stands for comes first)
            for filler in self.place_of_y(token, set()):
                event.add("place", filler)
        if not event.roles["place"]:
            self.add_places(event, token, cand.entry)
        else:
            places, event.roles["place"] = event.roles["place"], []
            for filler in places:
                event.add("place", self.elaborated_place(filler))
        # 'négocier avec X', 'un accord avec X': the other party does not make the subject's part unsaid
        joint = (is_nominal(token) or self.is_joint(cand.entry)) and any(
            case_words(c) & {"avec", "entre"} for c in children(token))
        self.receiver(cand)
        if cand.entry.table_in is not None:  # ('pose sur la table une hausse': the table is where, not what)
            event.roles["theme"] = [f for f in event.roles["theme"] if f.head not in cand.entry.table_in]
        # ('les agents se voient offrir une mutation à Rennes ou à Brest': a place after 'à' beside the people
        # it goes to is where, not to whom; 'a versé 40 millions au Burkina Faso', alone, pays the country)
        towns = [f for f in event.roles["recipient"] if f.entity and self.entities[f.entity].type == "Place"]
        if towns and len(towns) < len(event.roles["recipient"]):
            event.roles["recipient"] = [f for f in event.roles["recipient"] if f not in towns]
            if not event.roles["place"]:
                event.roles["place"] = towns
        if event.type == "Payment" and event.amount is not None and not event.roles["theme"]:
            self.sum_of(event)
        if event.type == "Payment" and not is_nominal(token):
            self.paid_as(event, token)
        if cand.entry.instrument_cases and not event.roles["agent"]:
            # 'la tuilerie trie ses tuiles grâce à un logiciel': whoever does what the tool is the means of
            for filler in self.subject(token.head):
                event.add("agent", filler)
        if not event.roles["agent"] and cand.entry.frame.iri.endswith("fineNounFrame"):
            self.fined(cand)
        subject_role = next((s.role for s in cand.entry.frame.slots if "nsubj" in s.deps), KG + "agent")
        if not is_nominal(token) and not subject_role.endswith("#agent"):
            # 'la société a levé 12 millions': a frame whose subject receives names no doer unless it says it
            event.bare_clause = True
            role = subject_role.rsplit("#", 1)[-1]
            if role in event.roles and not event.roles[role] and token.dep_ == "xcomp":
                # 'X va lever 12 millions', '200 emplois vont disparaître': the subject of the verb
                # above, as control gives it
                for filler in self.subject(token):
                    event.add(role, filler)
        elif not event.roles["agent"] or joint:
            if is_nominal(token):
                self.noun_agent(cand, joint)
            else:
                for filler in self.subject(token):
                    event.add("agent", filler)
        if not event.roles["agent"] and not cand.entry.reporting:
            self.agent_within(event, token)
        if not event.roles["agent"] and is_nominal(token):
            self.relative_doer(event, token)
        if not event.roles["agent"] and event.type == "Earning" and is_nominal(token) and token.dep_ == "nsubj":
            # 'Pour un soudeur confirmé, le salaire avoisine 3 200 euros': the people a clause of pay is
            # said for, after 'pour', earn it
            for child in children(token.head):
                key = self.token_entity.get(child.i)
                if "pour" in case_words(child) and child.i < token.i and (
                        self.entities[key].type == "Person" if key else self.people_word(fold(child.lemma_))):
                    for filler in self.fillers(child):
                        event.add("agent", filler)
        # (who undergoes it does not do it, whatever the verb of support lent the noun)
        event.roles["agent"] = [a for a in event.roles["agent"] if not any(same_filler(a, u) for u in undergoers)]
        talks = cand.outcome_of.event if cand.outcome_of is not None else None
        if talks is not None and all(f.event is talks for f in event.roles["agent"]):
            # the parties of the talks it ends, not the talks themselves (the verb's subject)
            event.roles["agent"] = []
            for filler in talks.roles["agent"]:
                event.add("agent", filler)
        if is_nominal(token) and self.is_joint(cand.entry) and not event.roles["agent"] and (
                event.definite or cand.outcome_of is not None or event.takes_place and any(
                    c.dep_ == "amod" and fold(c.lemma_) in self.lexicon.folded("continuationAdjectives")
                    for c in children(token))):
            self.earlier_parties(cand)
        if (not is_nominal(token) and self.is_joint(cand.entry) and not event.roles["agent"] and is_passive(token)
                and event.status == "Asserted" and not any(c.dep_ == "obl:agent" for c in children(token))):
            # 'Après une nuit de pourparlers, un protocole a été paraphé': signed by no one named, by
            # the parties of the talks just told ('le contrat devait être renouvelé' tells no signing)
            self.earlier_parties(cand)
        if not event.roles["place"]:
            self.doers_places(event)
        if not event.roles["place"]:
            taken = {f.entity for r in ("agent", "recipient", "theme") for f in event.roles[r] if f.entity}
            for filler in self.sentence_places(token, taken) or (
                    self.lead_places(taken) if event.type == "Strike" else []):
                event.add("place", self.elaborated_place(filler))
        if is_nominal(token) and self.is_joint(cand.entry) and all(f.own for f in event.roles["theme"]):
            self.topic_of_talks(event, token)
        if is_nominal(token):
            # the noun's own phrase names what the event is ('la suppression de 450 postes')
            first, last = self.phrase(token)
            sp = self.span(first, last)
            event.add("theme", Filler(sp.text, span=sp, head=fold(token.lemma_), own=True))
            if token.dep_ == "nmod" and fold(token.head.lemma_) in self.call_nouns and token.head.i < token.i:
                # 'a lancé un mot d'ordre de grève': the notice or the call names the event as the text does
                sp = self.span(token.head, last)
                event.add("theme", Filler(sp.text, span=sp, head=fold(token.lemma_), own=True))
        if cand.entry.reporting:
            # only someone can say something: "une section du site explique" is a source, not a speaker
            event.roles["agent"] = [f for f in event.roles["agent"] if self.animate(f)]
        if cand.entry.frame.iri.endswith("convene"):
            # 'Reçus par le préfet, les délégués ...': those convened take part, wherever the clause names them
            for filler in [f for f in event.roles["theme"] if not f.own and self.animate(f)]:
                event.roles["theme"].remove(filler)
                event.add("agent", filler)
        # an event does not act or receive: 'les négociations ont abouti à un accord' names no party
        # to the accord, 'une prime à chaque salarié ainsi que l'embauche de ...' pays no hiring
        for role in ("agent", "recipient"):
            if role == "agent" and event.type == "Earning":
                continue  # no event earns: 'une aide à domicile gagne 1 450 euros' is a worker's pay
            said = bool(event.roles[role])
            event.roles[role] = [f for f in event.roles[role]
                                 if f.event is None and (f.entity or not self.lexicon.entries_for("NOUN", {f.head}))]
            if role == "agent" and said and not event.roles[role] and not is_nominal(token):
                # 'l'accord leur accorde une prime': a clause whose subject is an event states what the
                # event provides and leaves who does it unsaid, as a passive does
                event.bare_clause = True
        agents = event.roles["agent"]
        # (a wage by the hour, day, week or month is people's: 'un opérateur gagne 31 dollars l'heure',
        # whatever else the noun may name)
        wage = event.amount is not None and event.amount.per in ("hour", "day", "week", "month")
        priced = (event.type == "Earning" and bool(agents) and event.amount is not None
                  and self.unit_priced(event.amount))
        if event.type == "Earning" and agents and (all(
                f.entity and self.entities[f.entity].type == "Organization"
                or not f.entity and f.head in self.descriptors and not wage for f in agents) or priced):
            # 'les fonds X et Y empocheront 300 millions', 'le club a touché 20 millions': a body
            # that earns a sum is paid it; earnings are people's pay. So is a sum counted by the
            # quantity of goods ('toucheront 75 euros par hectolitre'): a price or an aid, not a wage.
            # ('prévoit de recruter deux techniciens pour un salaire de 3 000 euros': a noun of pay lent
            # the clause's subject, a body, is what that body pays, to whoever its clause says)
            event.roles["agent"] = []
            if not is_nominal(token) or priced:
                event.type = "Payment"
                for filler in agents:
                    event.add("recipient", filler)
                event.bare_clause = True  # the clause says who is paid; who pays it leaves unsaid
        if (event.type == "Strike" and not is_nominal(token) and event.roles["agent"]
                and cand.entry.theme_in is not None and cand.entry.theme_in in (
                    self.lexicon.words("workStopWords"), self.lexicon.words("workToolWords"))
                and not any(self.stops_work(f) or self.plural_stopping_work(f, event)
                            for f in event.roles["agent"])):
            # 'la conserverie cessera son activité', 'l'usine a arrêté la production': a business that
            # stops its activity closes; workers, their union or a body named stopping work strike
            cand.event = None
            return None
        if (event.type == "Payment" and event.amount is not None and token.dep_ == "advcl" and token.i < token.head.i
                and morph_values(token, "VerbForm") == ["Part"] and not event.roles["agent"]
                and not any(c.dep_.startswith(("nsubj", "aux")) for c in children(token))):
            # 'Rémunérés 1 900 euros par mois, ils réclament une prime': a participle of paying put before
            # its clause says what the clause's subject is paid, with no payer: what they earn
            people = [f for c in children(token.head) if c.dep_ == "nsubj" for f in self.fillers(c) if self.animate(f)]
            if people:
                event.type = "Earning"
                event.roles["agent"], event.roles["recipient"] = people, []
                return None
        if event.type == "Payment" and is_nominal(token) and not event.roles["recipient"]:
            earners = self.pay_owners(token)
            # (whose pay it is was taken for its payer, as the owner of a noun's event is its doer)
            if earners and all(any(same_filler(a, e) for e in earners) for a in event.roles["agent"]):
                event.type, event.roles["agent"] = "Earning", earners
                return None
        if event.type == "Earning" and is_nominal(token) and not event.roles["agent"] and event.amount is not None:
            # 'les caristes exigent que leur salaire horaire, bloqué à 11 euros, soit revu': workers who
            # demand a change of a pay no one is said to own earn that pay
            for filler in self.demanding_workers(token):
                event.add("agent", filler)
        # (a sum by the hour, day, week, month or year is a wage: whoever is paid it, of any trade, are
        # people, 'les préposés sont payés 15 dollars l'heure'; a body or a thing is not)
        by_time = event.amount is not None and event.amount.per in ("hour", "day", "week", "month", "year")
        paid = [f for f in event.roles["theme"] if self.animate(f) or self.counted_people(f) or (
            by_time and not f.entity and not f.own and f.head not in self.descriptors
            and f.head not in self.things()
            and self.plural_noun(f) and not self.lexicon.entries_for("NOUN", {f.head}))]
        if (event.type == "Payment" and paid and event.amount is not None and not is_nominal(token)
                and is_passive(token) and not event.roles["recipient"]
                and not verb_lemmas(token) & self.lexicon.words("purchaseVerbs")):
            # 'les perchistes seront payés 12 euros de l'heure': people paid a sum receive it; with no
            # payer named, the sum is what they earn
            event.roles["theme"] = [f for f in event.roles["theme"] if f not in paid]
            if event.roles["agent"] or self.unit_priced(event.amount):
                event.roles["recipient"] = paid  # 'payés par le club', 'payés 40 euros la tonne'
                event.bare_clause = True
            else:
                event.type = "Earning"
                event.roles["agent"] = paid
        return None

    def union_filler(self, filler: Filler) -> bool:
        """A union: one named and known as such (:meth:`is_union`), or a noun of unions ('les syndicats')."""
        return self.is_union(filler.entity) if filler.entity else filler.head in self.union_nouns

    def drop_union_payers(self, event: Event) -> None:
        """'l'accord signé par la direction et les syndicats X et Y prévoit le versement d'une prime': of
        the sides of what pays, the unions pay nothing; the employer does."""
        if event.type != "Payment" or len(event.roles["agent"]) < 2:
            return
        payers = [f for f in event.roles["agent"] if not self.union_filler(f)]
        if payers and len(payers) < len(event.roles["agent"]):
            event.roles["agent"] = payers

    def stops_work(self, filler: Filler) -> bool:
        """Whether who stops an activity can strike: a person, people, a union, or a body named (its
        staff, by metonymy); a firm, a plant or a shop described by a common noun cannot (it closes)."""
        unions = self.lexicon.folded("unionNouns")
        if filler.entity:
            return True
        head = fold(filler.head)
        # ('une centaine d'agents': a count of people, whoever they are)
        if head in unions or head in self.quantities or (self.people_word(head) and head not in self.descriptors):
            return True
        return self.staff_of_a_body(filler)

    def pay_owners(self, token: Token) -> list[Filler]:
        """'elles contestent la baisse de leurs primes, ramenées à 40 euros': people's own pay is what
        they earn; a body's ('sa subvention') is paid to it."""
        if fold(token.lemma_) not in self.lexicon.folded("ownPayNouns"):
            return []
        owner = self.coref.possessor(token)
        if owner is None:
            return []
        people = [f for f in self.fillers(owner) if f.entity and self.entities[f.entity].type == "Person"
                  or not f.entity and self.people_word(fold(f.head))]
        return people if people and len(people) == len(self.fillers(owner)) else []

    def demanding_workers(self, token: Token) -> list[Filler]:
        """Those who demand something of a pay noun that has no owner of its own: workers (or persons
        named) subject of the verb of demand (``kgl:demandVerbs``, ``kgl:grievanceVerbs``) its phrase
        hangs on; a body demanding it ('la fédération exige un meilleur salaire') earns nothing."""
        if fold(token.lemma_) not in self.lexicon.folded("ownPayNouns") or self.coref.possessor(token) is not None:
            return []
        verb = token
        for _ in range(4):
            if verb.head.i == verb.i or verb.pos_ == "VERB":
                break
            verb = verb.head
        if verb.pos_ != "VERB" or not verb_lemmas(verb) & self.grievances:
            return []
        doers = self.subject(verb)
        return doers if doers and all(self.person_or_workers(f) for f in doers) else []

    def person_or_workers(self, filler: Filler) -> bool:
        """A person named, or people named by their work or trade ('les manutentionnaires', 'la
        salariée'), not a body nor a group ('le syndicat', 'le groupe')."""
        if filler.entity:
            return self.entities[filler.entity].type == "Person"
        head = fold(filler.head)
        return head in self.workers or self.trade_in_eur(head) or self.occupation_by_ending(head)

    def plural_noun(self, filler: Filler) -> bool:
        """A phrase headed by a plural common noun: how a text names people of a trade it has no word for."""
        token = self._filler_token(filler)
        return token is not None and token.pos_ == "NOUN" and "Plur" in morph_values(token, "Number")

    def counted_people(self, filler: Filler) -> bool:
        """'la plupart des préposés', 'une partie des salariés': a count or share of people is people."""
        if filler.entity or fold(filler.head) not in self.quantities:
            return False
        token = self._filler_token(filler)
        return token is not None and any(
            c.dep_ == "nmod" and case_words(c) & {"de", "d'", "des", "du"} and c.pos_ == "NOUN"
            and (self.people_word(fold(c.lemma_)) or "Plur" in morph_values(c, "Number")
                 and not self.lexicon.entries_for("NOUN", {c.lemma_}))
            for c in children(token))

    def plural_stopping_work(self, filler: Filler, event: Event) -> bool:
        """'les métayers cessent le travail': only people stop their own work (``kgl:ownWorkWords``),
        so a plural common noun doing it names workers, whatever their trade; a firm or a plant
        stops its activity or its production, and a singular noun ('la fonderie') is left to them."""
        own_work = self.lexicon.folded("ownWorkWords")
        if filler.entity or not any(f.head in own_work for f in event.roles["theme"]):
            return False
        head = fold(filler.head)
        if head in self.descriptors or head in self.lexicon.folded("workplaceNouns"):
            return False
        return self.plural_noun(filler)

    def _filler_token(self, filler: Filler) -> Token | None:
        """The head token of a phrase filler, found by its lemma from the phrase's first word."""
        if filler.span is None:
            return None
        first = self._token_at(filler.span.begin - self.offset)
        if first is None:
            return None
        return next((t for t in sent_of(first)[first.i - sent_of(first).start:]
                     if filler.head in (t.lemma_, fold(t.lemma_)) and t.i >= first.i), None)

    def staff_of_a_body(self, filler: Filler) -> bool:
        """'les trieurs de la société X', 'les cordiers de l'atelier': a plural noun whose 'de'
        complement is a body or a workplace names people who work there, whatever their trade."""
        token = self._filler_token(filler)
        if (token is None or token.pos_ != "NOUN" or "Plur" not in morph_values(token, "Number")
                or fold(token.lemma_) in self.things()):  # ('les fours de l'usine ont cessé leur activité')
            return False
        bodies = self.descriptors | self.lexicon.folded("workplaceNouns")
        for c in children(token):
            if c.dep_ == "nmod" and case_words(c) & {"de", "d'", "du", "des"}:
                key = self.token_entity.get(c.i)
                if key is not None and self.entities[key].type == "Organization" or fold(c.lemma_) in bodies:
                    return True
        return False

    def doers_places(self, event: Event) -> None:
        """'Les dockers du port de Marseille ont repris le travail après neuf jours de grève':
        however the doers came to the event (a verb lending its subject, a pronoun, an earlier
        sentence), a place named in their own phrase is where it happens."""
        parties = {f.entity for r in ("agent", "recipient", "theme") for f in event.roles[r] if f.entity}
        for filler in event.roles["agent"]:
            if filler.entity or filler.span is None:
                continue
            first = self._token_at(filler.span.begin - self.offset)
            last = self._token_at(filler.span.end - 1 - self.offset)
            if first is None or last is None:
                continue
            for t in self.doc[first.i:last.i + 1]:
                key = self.token_entity.get(t.i)
                if key and key not in parties and self.entities[key].type == "Place" \
                        and self.token_entity.get(t.i - 1) != key:
                    event.add("place", self.entity_filler(t, key))

    def frame_roles(self, cand: Candidate) -> Event | None:
        """The roles the entry's frame maps from dependents (and, for a '<dep' slot, from the
        word the event word hangs on); the event a relative's antecedent evokes, if the
        event word's doer is that relative."""
        event, token = cand.event, cand.token
        assert event is not None
        host: Event | None = None
        for child, dep, cases in self.arguments(token):
            for slot in cand.entry.frame.slots:
                # (the relation first, as slot_matches tests it: most dependents fit few slots)
                if dep not in slot.deps or not self.slot_matches(slot, child, dep, cases):
                    continue
                role = ROLE_NAMES.get(slot.role)
                if role is None:
                    break
                if role == "recipient" and child.i < token.i and child.left_edge.is_sent_start and \
                        child.right_edge.i + 1 < len(self.doc) and self.doc[child.right_edge.i + 1].text == "," \
                        and not self.animate_token(child):
                    # ('Au début, la direction offrait 50 euros': a phrase of no one opening the sentence
                    # is a when; 'Aux grévistes, la direction a proposé ...' still says to whom)
                    break
                if role == "agent" and child.lower_ in RELATIVE_PRONOUNS and child.pos_ == "PRON":
                    ante = self.antecedent(child)
                    owner = self.by_token.get(ante.i) if ante is not None else None
                    if owner is not None and owner.event is not None and owner.event is not event:
                        if event.type in (owner.event.type, "Proposal", "JobOffer", "Payment"):
                            host = owner.event  # what an offer offers or pays is the offer
                            break
                        # 'l'offre du groupe X, qui garde 90 salariés': an act of another kind is the
                        # offer's doer's own, told by the relative
                        for filler in owner.event.roles["agent"]:
                            event.add(role, filler)
                        break
                side = self.side_named_by(child) if child.dep_ == "amod" and role == "agent" else None
                for filler in self.fillers(side if side is not None else child):
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
                            # ('90 ouvriers licenciés en 2020', a participle on its noun, is named whole)
                            event.add(role, filler if dep == "<acl" else self.before_word(filler, token))
        return host

    def act_theme(self, event: Event, token: Token) -> None:
        """What a raised subject or an infinitive says the event is about."""
        for raised in self.raised_subject(token):
            for filler in self.fillers(raised):
                event.add("theme", filler)
        if event.type == "Payment" and not event.roles["theme"] and not is_nominal(token):
            # 'verser deux semaines de paie': the stretch of time measures what is paid
            for obj in (c for c in children(token) if c.dep_ == "obj" and fold(c.lemma_) in self.time_words):
                for kind in (g for g in children(obj) if g.dep_ == "nmod" and case_words(g) & {"de", "d'"}):
                    for filler in self.fillers(kind):
                        event.add("theme", filler)
        if event.type == "Payment" and is_nominal(token) and not any(not f.own for f in event.roles["theme"]):
            # 'le paiement de 2 100 euros d'heures de nuit', 'le versement de 2 millions
            # d'indemnités': what the sum after the noun is of is what is paid
            for sum_ in (c for c in children(token) if c.dep_ == "nmod" and c.i in self.amount_tokens):
                for kind in (g for g in children(sum_) if g.dep_ == "nmod" and case_words(g) & {"de", "d'"}
                             and g.i not in self.amount_tokens and g.pos_ == "NOUN"):
                    # (the phrase itself: 'd'heures supplémentaires' is what is paid for, no date)
                    first, last = self.phrase(kind)
                    sp = self.span(first, last)
                    event.add("theme", Filler(sp.text, span=sp, head=fold(kind.lemma_)))
        if not is_nominal(token) and not event.roles["theme"]:
            # 'a refusé de parapher l'accord', 'a accepté de rejoindre le club': what is refused
            # or accepted is the act its infinitive names
            for child in children(token):
                if child.dep_ in ("xcomp", "obl:arg", "obl", "ccomp") and morph_values(child, "VerbForm") == ["Inf"] \
                        and child.i > token.i:
                    # the infinitive with its own complements, not the clauses hung on it ('de se faire
                    # scanner pour que ...' is 'faire scanner')
                    sp = self.infinitive_phrase(child)
                    cand_inf = self.by_token.get(child.i)
                    event.add("theme", Filler(sp.text.rstrip(" ,."), span=sp, head=fold(child.lemma_),
                                              event=cand_inf.event if cand_inf else None))
                    if event.type == "Proposal" and fold(child.lemma_) in self.lexicon.folded("giveVerbs"):
                        # 'propose de verser une indemnité à chaque salarié': whom the act proposed gives
                        # to is whom the proposal is for
                        for given in children(child):
                            if (given.dep_ in ("obl:arg", "obl", "iobj") and case_words(given) & {"à", "au", "aux"}
                                    and self.animate_token(given)):
                                for filler in self.fillers(given):
                                    event.add("recipient", filler)
                    break

    def sum_of(self, event: Event) -> None:
        """'payer 1,8 milliard de francs CFA d'arriérés de primes', '2 millions d'euros de primes':
        what a sum paid is made of, after 'de' right behind it, is what is paid ('2 millions d'euros
        aux employés' says to whom, not what)."""
        span = event.amount.span
        first, last = self._token_at(span.begin - self.offset), self._token_at(span.end - 1 - self.offset)
        if first is None or last is None:
            return
        for t in self.doc[first.i:last.i + 1]:
            for c in children(t):
                if (c.i > last.i and c.dep_ == "nmod" and c.pos_ == "NOUN"
                        and case_words(c) & {"de", "d'"} and not self.animate_token(c)):
                    for filler in self.fillers(c):
                        event.add("theme", filler)
                    return

    def paid_as_a_kind(self, event: Event, token: Token) -> None:
        """'ont acquitté 40 millions en droits de port', 'a dépensé 2 millions en publicité': a sum paid
        'en' a bare noun is paid as that kind of money or for that thing, the payment's theme ('payé en
        espèces', 'en trois tranches' say how, ``kgl:paymentMannerNouns``)."""
        if event.type != "Payment" or event.roles["theme"] or is_nominal(token) or event.amount is None:
            return
        manners = self.lexicon.folded("paymentMannerNouns")
        # (on the verb, or on the sum it pays: '40 millions en droits' hung on 'millions')
        near = [*children(token), *[g for c in children(token) if c.dep_ == "obj" and c.i in self.amount_tokens
                                    for g in children(c) if g.dep_ == "nmod"]]
        for c in near:
            if (c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and case_words(c) == {"en"} and c.pos_ == "NOUN"
                    and not any(d.dep_ in ("det", "nummod", "nmod:poss") for d in children(c))
                    and c.i not in self.amount_tokens and fold(c.lemma_) not in manners
                    and fold(c.lemma_) not in self.time_words):
                for filler in self.fillers(c):
                    event.add("theme", filler)

    def for_lack_of(self, event: Event, token: Token) -> None:
        """'X, à défaut d'accepter le compromis, quittera le chantier': accepting something for lack of which
        one goes without is not accepting it, a refusal (``kgl:lackNouns``); whoever the phrase
        stands beside does it."""
        head = token.head
        infinitive = morph_values(token, "VerbForm") == ["Inf"] or any(  # ('faute d'avoir accepté')
            c.dep_ == "aux:tense" and morph_values(c, "VerbForm") == ["Inf"] for c in children(token))
        if (event.type != "Acceptance" or is_nominal(token) or token.dep_ not in ("acl", "advcl", "obl", "obl:arg")
                or not infinitive or fold(head.lemma_) not in self.lexicon.folded("lackNouns")):
            return
        event.type = "Rejection"
        if not event.roles["agent"]:
            doer = head.head if head.dep_ in ("conj", "appos") and head.head.i < head.i \
                and head.head.pos_ in ("NOUN", "PROPN") else None
            for filler in self.fillers(doer) if doer is not None else self.subject(head.head):
                if filler.head != fold(head.lemma_):  # (the noun of lack the parser joined to the name)
                    event.add("agent", filler)

    def intended(self, event: Event) -> None:
        """'a fait part de son désir de rouvrir l'atelier': a noun of will (``kgl:intentionNouns``)
        as the theme stands for what it wills, its infinitive with the infinitive's complements."""
        for filler in list(event.roles["theme"]):
            if filler.head not in self.intentions:
                continue
            noun = self._filler_token(filler)
            verb = next((c for c in children(noun) if c.dep_ == "acl" and morph_values(c, "VerbForm") == ["Inf"]),
                        None) if noun is not None else None
            if verb is None:
                continue
            sp = self.infinitive_phrase(verb)
            event.add("theme", Filler(sp.text.rstrip(" ,."), span=sp, head=fold(verb.lemma_)))

    def infinitive_phrase(self, verb: Token) -> Span:
        """An infinitive with its own complements, each complement's own phrase without the
        clauses hung on it: 'rouvrir l'atelier de vitraux', 'passer à une semaine de quatre jours'
        (', compensée par ...' is another clause)."""
        def end(t: Token) -> Token:
            # the last word of t's subtree, with no clause, relative or incise hung below it
            tails = [end(c) for c in children(t) if c.i > t.i and c.dep_ not in _NOT_IN_PHRASE]
            return max(tails, key=lambda x: x.i) if tails else t

        def short_end(c: Token) -> Token | None:
            # the complement's end within twelve words of the verb: the whole, or the complement cut
            # before the complements of its own that run further ('relever la prime de nuit à
            # 90 euros par mois pour les équipes ...' keeps 'relever la prime de nuit')
            whole = end(c)
            if whole.i - verb.i <= 12:
                return whole
            if c.dep_ != "obj":
                return None  # (a long adjunct after them, 'au lieu de fermer ...', is left out)
            inner = [e for e in (end(g) for g in children(c) if g.i > c.i and g.dep_ not in _NOT_IN_PHRASE)
                     if e.i - verb.i <= 12]
            return max(inner, key=lambda t: t.i) if inner else c

        ends = [e for e in (short_end(c) for c in children(verb) if c.i > verb.i and c.dep_ not in _CLAUSES)
                if e is not None]
        return self.span(verb, max(ends, key=lambda t: t.i) if ends else verb)

    def paid_as(self, event: Event, token: Token) -> None:
        """'réglera 2 millions au titre des frais engagés', 'sous la forme d'un bon d'achat', 'a versé
        420 000 euros en primes': what a sum is paid as, or on account of, is what is paid (a noun of
        ``kgl:paidAsNouns`` with its 'de' complement, or a bare noun of a sum after 'en')."""
        as_nouns = self.lexicon.folded("paidAsNouns")
        near = [c for c in children(token) if c.dep_.startswith(("obl", "nmod"))]
        near += [g for c in children(token) if c.i in self.amount_tokens or c.dep_ == "obj" or c.dep_.startswith("obl")
                 for g in children(c) if g.dep_ == "nmod"]  # (hung on the sum, or on whom it goes to)
        for c in near:
            cases = case_words(c)
            if fold(c.lemma_) in as_nouns and cases & {"au", "à", "sous", "en"}:
                what = next((g for g in children(c) if g.dep_ == "nmod" and case_words(g) & {"de", "d'", "du", "des"}),
                            None)
            elif cases == {"en"} and fold(c.lemma_) in self.sums and not any(d.dep_ == "det" for d in children(c)):
                what = c
            else:
                continue
            # ('au titre de son dernier exercice': on account of a period, a when, no thing paid)
            found = self.fillers(what) if what is not None else []
            if found:
                event.roles["theme"] = [f for f in event.roles["theme"] if f.own]
                for filler in found:
                    event.add("theme", filler)
                # ('au titre de X' taken for whom the sum goes to)
                event.roles["recipient"] = [f for f in event.roles["recipient"] if f.head != fold(c.lemma_)]
                return

    def contested(self, event: Event, token: Token) -> None:
        """'Le syndicat a saisi le tribunal pour contester la procédure': a case brought to a court
        (the verb's object) is about what it is brought to contest, after 'pour' ('a saisi les
        prud'hommes lundi' keeps the court as what it names)."""
        # ('s'est tourné vers le tribunal pour faire annuler la sanction': the court after a preposition, and
        # the aim hung on it)
        courts = [c for c in children(token) if c.dep_ in ("obj", "obl", "obl:arg", "obl:mod")
                  and fold(c.lemma_) in self.lexicon.folded("courtWords")]
        aims = [c for c in [*children(token), *(a for c in courts for a in children(c) if a.dep_ == "acl")]
                if c.dep_ in ("advcl", "xcomp", "obl", "obl:arg", "acl") and c.pos_ == "VERB"
                and any(m.lower_ in ("pour", "afin") for m in children(c) if m.dep_ in ("mark", "advmod"))]
        # ('afin d'obtenir ...' with the infinitive hung on 'afin')
        aims += [g for c in children(token) if c.lower_ == "afin" for g in children(c) if g.pos_ == "VERB"]
        objects = [o for a in aims for o in children(a) if o.dep_ == "obj"]
        # 'a saisi les prud'hommes pour travail dissimulé', 'a saisi la justice contre la plateforme X': the
        # grievance after 'pour' (on the verb or on the court), and the party sued after 'contre'
        near = list(children(token)) + [g for c in courts for g in children(c)]
        objects += [c for c in near if c.pos_ == "NOUN" and c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")
                    and "pour" in case_words(c) and c.i not in self.amount_tokens
                    and fold(c.lemma_) not in self.time_words]
        objects += [c for c in near if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and "contre" in case_words(c)
                    and self.animate_token(c)]
        if objects:
            named = [f for f in event.roles["theme"] if f.entity and f.head in self.lexicon.folded("courtWords")]
            event.roles["theme"] = [f for o in objects for f in self.fillers(o)]
            if named and not event.roles["place"]:
                event.roles["place"] = named  # ('la cour administrative de Douai': where the case is brought)

    def talks_a_side_speaks_of(self, event: Event, token: Token) -> None:
        """'Le maire a assuré que les discussions reprendraient vendredi', 'le syndicat a obtenu que des
        pourparlers s'engagent': talks with no side named, told in a 'que' clause of a verb by which a
        body commits to them or obtains them (``kgl:sideOfTalksVerbs``), are held by that body (one
        side; the other is left unsaid)."""
        if event.roles["agent"] or not is_nominal(token) or token.dep_ != "nsubj":
            return
        clause = token.head
        if (clause.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ in ("que", "qu'") for c in children(clause))
                or not verb_lemmas(clause.head) & self.lexicon.folded("sideOfTalksVerbs")):
            return
        for subject in (c for c in children(clause.head) if c.dep_ == "nsubj"):
            for filler in self.fillers(subject):
                if self.animate(filler):
                    event.add("agent", filler)

    def negotiated_for(self, event: Event, token: Token) -> None:
        """'a ouvert des pourparlers avec les élus pour sauver l'atelier de Brive': talks are
        about what their clause of purpose aims at (on the talks' word or on the verb that carries it)."""
        for what in self.purpose_objects(token):
            for filler in self.fillers(what):
                event.add("theme", filler)

    def funded(self, event: Event, token: Token) -> None:
        """'qui lui versera 2 millions d'euros pour financer la rénovation du théâtre': a sum with no
        theme of its own pays for what its clause of purpose funds (``kgl:fundVerbs``; 'pour aider
        les familles' funds nothing named)."""
        if not event.roles["theme"]:
            for what in self.purpose_objects(token, self.lexicon.folded("fundVerbs")):
                for filler in self.fillers(what):
                    event.add("theme", filler)

    def purpose_objects(self, token: Token, verbs: frozenset[str] | set[str] | None = None) -> list[Token]:
        """The objects of the clauses of purpose ('pour' and an infinitive, of one of ``verbs`` if
        given) hung on the event word, on the verb it is the object of, or on the party after
        'avec' or 'entre' where the parser hung them ('avec les délégués pour ...')."""
        hosts = [token] + ([token.head] if is_nominal(token) and token.dep_ in ("obj", "nsubj:pass")
                           and token.head.pos_ == "VERB" else [])
        hosts += [c for c in children(token) if c.dep_ == "nmod" and case_words(c) & {"avec", "entre"}]
        return [what for host in hosts for aim in children(host)
                if aim.pos_ == "VERB" and aim.dep_ in ("advcl", "xcomp", "obl", "acl")
                and (verbs is None or fold(aim.lemma_) in verbs)
                and any(m.dep_ == "mark" and m.lower_ == "pour" for m in children(aim))
                for what in children(aim) if what.dep_ == "obj"]

    def protested(self, event: Event, token: Token) -> None:
        """'ont commencé une grève, pour protester contre deux mois de retards de paie', 'débraient pour
        dénoncer la fermeture': a strike is about what its clause of purpose protests or demands
        (``kgl:grievanceVerbs``), hung on the strike word, on the verb it is the object of, or on
        an adjunct of either ('à l'appel de X, pour ...')."""
        grievances = self.lexicon.folded("grievanceVerbs")
        holders = [token] + ([token.head] if is_nominal(token) and token.dep_ in ("obj", "nsubj") else [])
        holders += [c for h in list(holders) for c in children(h) if c.dep_.startswith(("obl", "nmod"))]
        for holder in holders:
            for aim in children(holder):
                if aim.pos_ != "VERB" or fold(aim.lemma_) not in grievances or not any(
                        m.dep_ == "mark" and m.lower_ == "pour" for m in children(aim)):
                    continue
                for what in children(aim):
                    if what.dep_ == "obj" or what.dep_.startswith("obl") and case_words(what) & {"contre"}:
                        if fold(what.lemma_) in self.time_words | self.quantities:
                            # ('contre deux mois de retards': what is counted)
                            what = next((c for c in children(what) if c.dep_ == "nmod"
                                         and case_words(c) & {"de", "d'", "des"}), what)
                        for filler in self.fillers(what):
                            event.add("theme", filler)
                return

    def add_places(self, event: Event, token: Token, entry: Entry) -> None:
        """Places and sites of the event word, else where its parties are from; never the
        parties' own names."""
        taken = {f.entity for r in ("agent", "recipient", "theme") for f in event.roles[r] if f.entity}
        gives_to = any(s.role.endswith("#recipient") for s in entry.frame.slots)
        found = [f for f in self.places_within(token, gives_to) + self.sites(token) + self.where_relative(token)
                 if f.entity not in taken] or [f for f in self.there(token) + self.venue_places(token)
                                                if f.entity not in taken]
        # 'une offre au Racing': the club it goes to is no place
        for filler in found or [f for f in self.participant_places(token) if f.entity not in taken]:
            event.add("place", filler)

    def elaborated_place(self, filler: Filler) -> Filler:
        """'son usine de Tavelle, dans le Jura': a place set after a comma right after another one
        says where that one lies; the event is at the first ('à Tavelle, le 3 mai' is no such pair)."""
        first = self._token_at(filler.span.begin - self.offset) if filler.span and filler.entity else None
        if first is None:
            return filler
        j = first.i - 1
        while j > sent_of(first).start and self.doc[j].pos_ in ("DET", "ADP"):
            j -= 1
        key = self.token_entity.get(j - 1) if self.doc[j].text == "," and j - 1 >= sent_of(first).start else None
        if key is None or key == filler.entity or self.entities[key].type != "Place":
            return filler
        return self.entity_filler(self.doc[j - 1], key)

    def relative_doer(self, event: Event, token: Token) -> None:
        """'l'offre que le club a présentée', 'la proposition que lui a faite la direction': a relative
        clause whose 'que' is the object of a verb that carries an event noun (``kgl:supportVerbs``)
        names the noun's doer as its subject, and whom it goes to as its 'lui' or 'leur'."""
        for clause in children(token):
            if clause.dep_ != "acl:relcl" or not verb_lemmas(clause) & self.support or not any(
                    c.lower_ in ("que", "qu'") and c.dep_ == "obj" for c in children(clause)):
                continue
            for c in children(clause):
                if c.dep_ == "nsubj":
                    for filler in self.fillers(c):
                        event.add("agent", filler)
                elif c.dep_ in ("iobj", "obl:arg") and c.lower_ in ("lui", "leur") and not event.roles["recipient"]:
                    for filler in self.fillers(c):
                        event.add("recipient", filler)

    def topic_of_talks(self, event: Event, token: Token) -> None:
        """'des pourparlers avec les délégués sur le barème des primes', 'des discussions
        reprendront mardi sur le volet des horaires': what talks are about, after 'sur', hung by the parser
        on the party they are held with (a party takes no 'sur') or on the verb that says they
        open or go on."""
        hosts = [c for c in children(token) if c.dep_ == "nmod" and case_words(c) & {"avec", "entre"}]
        carrier = token.head
        if token.dep_ in ("nsubj", "nsubj:pass", "obj") and carrier.pos_ == "VERB" and (
                self.happens(carrier) or verb_lemmas(carrier) & (self.support | self.planned)):
            hosts.append(carrier)
            # ('un accord a été trouvé entre X et Y sur les primes': on the parties the verb names too)
            hosts += [c for c in children(carrier) if c.dep_.startswith(("obl", "nmod")) and case_words(c) & {"avec", "entre"}]
        hosts += [g for h in list(hosts) if h.pos_ != "VERB" for g in children(h) if g.dep_ == "conj"]
        for host in hosts:
            for c in children(host):
                if (c.dep_ in ("nmod", "obl", "obl:mod", "obl:arg") and "sur" in case_words(c) and c.pos_ == "NOUN"
                        and fold(c.lemma_) not in self.site_words):  # ('sur le site de X' is where, not what)
                    for filler in self.fillers(c):
                        event.add("theme", filler)

    def receiver(self, cand: Candidate) -> None:
        """Who receives a payment or an offer that is the object of a verb of receiving."""
        event, token = cand.event, cand.token
        assert event is not None
        received = token.dep_ == "obj" or token.dep_ == "obl:arg" and bool(case_words(token) & {"de", "d'", "du", "des"})
        if is_nominal(token) and received and verb_lemmas(token.head) & self.receives \
                and (cand.entry.requires_amount or any(s.role.endswith("#recipient") for s in cand.entry.frame.slots)) \
                and not event.roles["recipient"]:
            # 'les salariés recevront une indemnité de ...', 'le club a reçu une offre de X', 'a bénéficié
            # d'une aide de ...': who receives a payment or an offer is its recipient
            for filler in self.subject(token.head):
                event.add("recipient", filler)
            if event.type == "Payment":
                # 'a obtenu un prêt de 2 millions d'un groupement de banques', 'a reçu une aide de la
                # région': with the receiver the subject, a person or body after 'de' gives the sum
                for filler in [f for f in event.roles["theme"] if not f.own and self.animate(f)]:
                    event.roles["theme"].remove(filler)
                    event.add("agent", filler)
                # 'a reçu de la région une aide de ...', 'a obtenu de sa banque un prêt': the giver put
                # before the sum, on the verb
                for giver in (c for c in children(token.head) if c.dep_ in ("obj", "obl", "obl:arg", "obl:mod")
                              and c.i != token.i and case_words(c) & {"de", "d'", "du", "des"}
                              and self.animate_token(c)):
                    for filler in self.fillers(giver):
                        event.add("agent", filler)
                if event.amount is not None and not event.roles["agent"]:
                    self._giver_after_sum(token, event)
        if (event.type == "Payment" and not is_nominal(token) and not event.roles["recipient"]
                and verb_lemmas(token) & self.pays_people):
            # 'la mairie rémunère ses gardiens 100 euros par nuit': people paid are the recipient
            for child in children(token):
                if child.dep_ == "obj" and self.animate_token(child):
                    for filler in self.fillers(child):
                        if filler in event.roles["theme"]:
                            event.roles["theme"].remove(filler)
                        event.add("recipient", filler)
        if event.type == "Payment" and not event.roles["recipient"]:
            # 'une garantie de 2,4 M€ versée au studio', 'a accordé une prime versée aux salariés': whom
            # a participle of paying hung on the sum names is paid it
            sums = [token] if is_nominal(token) else [c for c in children(token) if c.dep_ == "obj"]
            for noun in sums:
                for acl in (c for c in children(noun) if c.dep_ == "acl" and is_passive(c)
                            and any(e.evokes == event.type for e in self.entries(c))):
                    for c in children(acl):
                        # ('versée à chacun des salariés': each of the people named after it)
                        if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and case_words(c) & {"à", "au", "aux"} \
                                and (self.animate_token(c) or c.lower_ in ("chacun", "chacune")):
                            for filler in self.fillers(c):
                                event.add("recipient", filler)

    def _giver_after_sum(self, received: Token, event: Event) -> None:
        """'touchent une indemnité de 300 euros par mois de la caisse du syndicat', 'a touché une
        aide de 2 millions d'euros du département': after the sum (and its period), a body or a
        person with its article gives it, wherever the parser hung that phrase in the sum's. A
        phrase before the sum describes it ('une aide de l'État de 2 millions' is read elsewhere)."""
        assert event.amount is not None
        end = event.amount.span.end - self.offset
        for t in received.subtree:
            if t.idx < end or t.pos_ not in ("NOUN", "PROPN") or not t.dep_.startswith("nmod"):
                continue
            cases = case_words(t)
            definite = cases & {"du", "des"} or "de" in cases and (
                t.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in ("la", "l'") for c in children(t)))
            # (a fund or a chest of a named body: 'de la caisse de solidarité de la CGT')
            if definite and (self.animate_token(t) or any(
                    self.token_entity.get(d.i) is not None
                    and self.entities[self.token_entity[d.i]].type == "Organization" for d in t.subtree)):
                for filler in self.fillers(t):
                    event.add("agent", filler)
                return

    def fined(self, cand: Candidate) -> None:
        """Who pays a fine: whoever the verb that carries it imposes it on ('a infligé à X une
        amende', 'l'amende infligée à X'), the object of a verb of sentencing ('a condamné X à une
        amende'), or the subject of a verb of bearing it ('X a écopé d'une amende', 'X a été condamnée
        à une amende'). Who imposes it is no payer."""
        event, token = cand.event, cand.token
        assert event is not None
        verb = token.head
        if verb.pos_ != "VERB" or token.dep_ not in ("obj", "obl", "obl:arg", "obl:mod", "nsubj:pass", "nsubj"):
            return
        lemmas = verb_lemmas(verb)
        if lemmas & self.lexicon.words("fineImposingVerbs"):
            payers = [c for c in children(verb) if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj")
                      and case_words(c) & {"à", "au", "aux"}]
        elif lemmas & self.lexicon.words("fineSentencingVerbs") and not is_passive(verb) \
                and token.dep_ not in ("obj", "nsubj"):
            # 'le tribunal a condamné la société X à une amende': whom a court sentences pays
            payers = [c for c in children(verb) if c.dep_ == "obj"]
        elif lemmas & self.lexicon.words("fineBearingVerbs") and token.dep_ not in ("nsubj", "nsubj:pass"):
            payers = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubj:pass")]
        else:
            return
        for payer in payers:
            for filler in self.fillers(payer):
                event.add("agent", filler)

    def noun_agent(self, cand: Candidate, joint: bool) -> None:
        """The doer of an event noun: the subject of the verb that carries it (support, plan,
        call or joint activity), the doer of a support participle, else its possessor."""
        event, token = cand.event, cand.token
        assert event is not None
        # "mettre fin à 148 jours de grève", "annoncer la fin de la grève": climb the nouns to the verb
        link, head = token, token.head
        while link.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN") and head.i < link.i:
            # 'a annoncé la fermeture du site et le licenciement de 34 salariés': a conjunct of the verb's
            # object is carried by the verb as its first conjunct is
            link, head = head, head.head
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
            o.dep_ == "obj" and o.i < link.i and fold(o.lemma_) in self.call_nouns for o in children(head)))
        if link is None:
            link, head = token, token  # nothing lends a doer from above
        # a verb of possibility lends its subject too ('le groupe envisage 1 200 licenciements'), as a plan does
        governor = head.lemma_.lower()
        if called and governor in self.receives:
            called = False  # ('le ministère a reçu un avis de licenciement': whoever receives the notice is told)
        # 'a eu recours à des drones': a verb that carries only a bare noun ('avoir recours', not 'avoir une
        # offre'), or only its object ('donner son feu vert au plan')
        bare = link is token and link.dep_ == "obj" and (governor in self.object_support or (
            governor in self.bare_support and not any(c.dep_ == "det" for c in children(token))))
        lends = bare or governor in self.support or governor in self.planned or governor in self.hypothetical
        supported = (lends and link.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj:pass", "xcomp")
                     or called and link.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj"))
        # "les acteurs sont (toujours) en grève": being in a state of the event
        supported = supported or (head.lemma_ == "être" and "en" in case_words(link))
        # a joint activity in a clause ("peser dans la négociation") involves the clause's subject;
        # a proposal the subject rejects is not the subject's
        # ('salue les négociations entre X et Y': talks that name both their sides after 'entre' are theirs)
        involved = (self.is_joint(cand.entry) and head.pos_ == "VERB"
                    and link.dep_ in ("obj", "obl", "obl:arg", "obl:mod")
                    and not any("entre" in case_words(c) for c in children(token)))
        about = (case_words(link) | {link.lower_}) & self.about  # "déclarer à propos de l'accord"
        # ('ont voté contre la proposition': who acts against a noun's event does not do it)
        about = about or (link is not token or link.dep_ != "nsubj") and "contre" in case_words(link)
        if (supported or involved) and not about:
            planning = (governor in self.planned or governor in self.hypothetical) and governor not in self.support
            received = {(f.entity, f.label) for f in event.roles["recipient"]}
            for filler in self.subject(head):
                # 'le texte prévoit une prime': a plan is made by someone, a text only states it;
                # 'X a obtenu une aide': who receives a sum does not pay it
                if (not planning or self.animate(filler)) and (filler.entity, filler.label) not in received:
                    event.add("agent", filler)
            if link.dep_ == "nsubj:pass" and head.pos_ == "VERB" and is_passive(head):
                # 'une plainte a été déposée (en mars) par le syndicat': the doer of the passive support
                # verb, also when the parser hung it on the date before it
                for child in children(head):
                    near = [child] + ([g for g in children(child)] if fold(child.lemma_) in self.time_words else [])
                    for doer in near:
                        if doer.dep_ == "obl:agent" or doer.dep_ in ("obl", "nmod") and "par" in case_words(doer) \
                                and any(c.dep_ == "det" for c in children(doer)):
                            for filler in self.fillers(doer):
                                event.add("agent", filler)
            for child in children(head) if head.pos_ == "VERB" else ():
                # 'ont voté une grève, à l'appel du SNJ': who called acts through the verb's subject
                caller = self.instigator(child) if self.instigated(child) else None
                if caller is not None:
                    for filler in self.fillers(caller):
                        event.add("agent", filler)
        if supported and head.pos_ == "VERB" and link is token:
            # 'trouver un accord sur le plan social', 'prévoit une prime pour chaque employé': what
            # the noun is about and whom it is for, hung on its verb, also with 'à' ('prévoit le
            # versement d'une prime à chaque salarié', 'a transmis une proposition aux syndicats');
            # a verb of saying does not give it ('annonce aux salariés la fermeture': they are told)
            telling = any(e.reporting for e in self.entries(head))
            to = {"pour", "à", "au", "aux"} if not telling else {"pour"}
            for child in children(head):
                if child.dep_ not in ("obl", "obl:mod", "obl:arg"):
                    continue
                # ('pour 12 millions', 'pour dix ans' name no role of the noun)
                measure = child.i in self.amount_tokens or fold(child.lemma_) in self.time_words
                for role, cases, animate in (("theme", {"sur", "pour"}, False), ("recipient", to, True)) if not measure else ():
                    # (the noun's frame's first slot for the preposition, of the filler's kind, says the role:
                    # 'une offre d'emploi pour un technicien' offers the job, not to him; 'un accord avec X pour
                    # la diffusion des matchs' is about it, 'pour ses salariés' for them)
                    first = next((slot for slot in cand.entry.frame.slots if slot.cases & cases & case_words(child)
                                  and (slot.animate is None or slot.animate == self.animate_token(child))), None)
                    if case_words(child) & cases and (not animate or self.animate_token(child)) and (
                            first is not None and first.role.endswith("#" + role)) and (
                            role != "theme" or "sur" in case_words(child) or first.animate is False):
                        for filler in self.fillers(child):
                            event.add(role, filler)
                # 'a déposé plainte contre la mairie': a slot of the noun's frame for the verb's own
                # complement says whom the noun's event is against
                against = case_words(child)
                for slot in cand.entry.frame.slots:
                    # (the complement of such a verb is the noun's: 'a eu recours à un logiciel')
                    if child.dep_ in slot.deps and slot.cases & against and (
                            slot.cases & {"contre"} or bare or event.type == "Lawsuit" and slot.cases & {"pour"}
                            and child.i not in self.amount_tokens and not self.animate_token(child)):
                        for filler in self.fillers(child):
                            event.add(slot.role.rsplit("#", 1)[-1], filler)
                        break
        if self.is_joint(cand.entry) and (supported or link.dep_ in ("nsubj", "nsubj:pass")) \
                and head.pos_ in ("VERB", "AUX", "ADJ"):
            # 'un accord a été trouvé entre X et Y', 'les discussions étaient tendues entre X et Y':
            # the parties hang on the verb or the predicate that carries the noun
            for child in children(head):
                if child.dep_ in ("obl", "obl:mod", "obl:arg") and case_words(child) & {"avec", "entre"}:
                    for filler in self.fillers(child):
                        event.add("agent", filler)
                elif child.dep_ in ("obl", "obl:mod") and fold(child.lemma_) in self.presence_nouns \
                        and "en" in case_words(child):
                    # 'des pourparlers se sont ouverts en présence des élus et des riverains': who is
                    # present at talks takes part in them
                    for party in children(child):
                        if party.dep_ == "nmod" and case_words(party) & {"de", "des", "du", "d'"}:
                            for filler in self.fillers(party):
                                event.add("agent", filler)
        if not event.roles["agent"]:
            # 'l'offre présentée par la ministre', 'la proposition formulée par le club': a support
            # participle on the noun names its doer after 'par'; so does one that states the noun's
            # own event ('un prêt de 30 000 euros octroyé par la banque', 'une subvention allouée par X')
            for acl in children(token):
                if acl.dep_ == "acl" and is_passive(acl) and (
                        verb_lemmas(acl) & (self.support | self.planned)
                        or any(e.evokes == cand.entry.evokes for e in self.entries(acl))):
                    # (also hung on an adverb or a date: 'lancée dix jours plus tôt par X')
                    near = [d for c in children(acl) for d in (c, *(children(c) if c.dep_ == "advmod" or fold(
                        c.lemma_) in self.time_words else ()))]
                    for doer in near:
                        if doer.dep_ == "obl:agent" or (doer.dep_ in ("obl", "nmod") and "par" in case_words(doer)):
                            for filler in self.fillers(doer):
                                event.add("agent", filler)
        if not event.roles["agent"] or joint:
            # 'son entente avec X': whose the agreement is, is a party to it too
            owner = self.coref.possessor(token)
            owners = self.fillers(owner) if owner is not None else []
            undergoes = cand.entry.frame.iri.endswith("patientNoun") and owners and all(
                self.person_or_workers(f) for f in owners)
            for filler in owners:
                # ('la salariée conteste son licenciement': a person whose dismissal it is undergoes it)
                event.add("theme" if undergoes else "agent", filler)

    def agent_within(self, event: Event, token: Token) -> None:
        """A doerless event within a body ('chez X', 'au sein de X') is that body's."""
        # 'quarante postes ont été supprimés chez X / au sein de X': with no doer named, the
        # body the event happens within does it
        for child in children(token):
            within = child
            if fold(child.lemma_) == "sein" and case_words(child) & {"au"}:
                within = next((g for g in children(child) if g.dep_ == "nmod"), None)
            elif not case_words(child) & {"chez"}:
                continue
            if within is not None and fold(within.lemma_) in self.site_words:
                # 'au sein des sièges de X': the body whose sites they are
                within = next((g for g in children(within) if g.dep_ == "nmod" and g.i in self.token_entity
                               and self.entities[self.token_entity[g.i]].type == "Organization"), None)
            if within is not None and child.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") and self.animate_token(
                    within):
                for filler in self.fillers(within):
                    event.add("agent", filler)
        if not event.roles["agent"] and event.type in _EMPLOYERS_ACTS and (is_nominal(token) or is_passive(token)):
            # an employer's act told with no doer ('la suppression de 410 postes', '230 postes seront
            # supprimés') is done by the body the text is about, a clause or two before (never a
            # union, nor one it pays), unless it tells again an event told before (see merge)
            # (unions as known now: a noun that introduces one, 'leur syndicat, X', may come with any filler)
            unions = {k for k, e in self.entities.items() if e.type == "Organization" and self.is_union(k)}
            paid = {f.entity for f in event.roles["recipient"] if f.entity}
            topic = self.coref.topic(token, unions | paid, payer=event.type == "Payment")
            if topic is not None:
                event.implied_agents = self.fillers(topic)
        if not event.roles["agent"] and event.type in ("Layoff", "Hiring") and is_passive(token):
            # 'Ses 230 téléconseillers seront licenciés': whose workers are laid off or hired, with no
            # doer named, lays them off or hires them
            for staff in (c for c in children(token) if c.dep_ == "nsubj:pass" and self.animate_token(c)):
                owner = self.coref.possessor(staff)
                if owner is not None:
                    for filler in self.fillers(owner):
                        event.add("agent", filler)

    def reached(self, token: Token) -> bool:
        """'ont abouti à un accord', 'le débrayage s'est soldé par un accord': the complement of a verb of
        ending in (``kgl:outcomeVerbs``) happens, unless the end is denied or only possible ('si les
        pourparlers ne débouchent sur rien', 'devraient aboutir à un compromis')."""
        verb = token.head
        return (token.dep_.startswith("obl") and verb.pos_ == "VERB"
                and bool(case_words(token) & {"à", "au", "sur", "par"})
                and any(fold(lemma) in self.outcome_verbs for lemma in verb_lemmas(verb))
                and not self.mood.negated(verb) and self.mood.modality(verb) is None)

    def talks_ending_in(self, token: Token) -> Candidate | None:
        """'Les négociations ont abouti à un accord', 'les discussions ont débouché sur un compromis':
        the event noun that is the subject of a verb of ending in (``kgl:outcomeVerbs``) whose
        complement the word is; what talks end in is agreed by their parties ('la grève a abouti à des
        licenciements': a strike has no parties)."""
        if not self.reached(token):
            return None
        for child in children(token.head):
            talks = self.by_token.get(child.i) if child.dep_ == "nsubj" else None
            if talks is not None and self.is_joint(talks.entry):
                return talks
        return None

    def earlier_parties(self, cand: Candidate) -> None:
        """Definite talks with no party of their own: the parties of the joint event just before."""
        event, token = cand.event, cand.token
        assert event is not None
        # 'Aucun accord entre X et Y ... Les négociations reprendront': talks named with the definite
        # article are those of the parties last named for a joint event, a sentence or two before;
        # talks a clause tells happening, definite or told as a continuation ('Les discussions avaient
        # mal commencé', 'Une deuxième réunion s'est tenue mardi'), are those of the parties of the
        # story's joint event, further back ('Des négociations reprendront chez X' may be anyone's)
        here = event.sentences[0]
        reach = 8 if event.takes_place else 2
        before = [c.event for c in self.by_token.values() if c.event is not None and c.event is not event
                  and c.token.i < token.i and (self.is_joint(c.entry) or c.event.type == "Negotiation")
                  and c.event.roles["agent"]
                  and 0 <= here - c.event.sentences[0] <= reach]
        if before:
            last = max(before, key=lambda e: e.triggers[0].begin)
            for filler in last.roles["agent"]:
                event.add("agent", filler)
            for filler in last.roles["theme"]:
                if not filler.own:
                    event.add("theme", filler)

    def fill_statement(self, event: Event, token: Token) -> None:
        """A verb of saying: who speaks (also in an incise, '"...", écrit le
        syndicat') and what is said (its clause, else the quotation by it)."""
        if not event.roles["agent"]:
            for child in children(token):
                if child.dep_ == "obj" and child.i > token.i and is_nominal(child):
                    for filler in self.fillers(child):  # the subject comes after the verb
                        event.add("agent", filler)
                        event.roles["theme"] = [f for f in event.roles["theme"] if not same_filler(f, filler)]
                    # (nor is what its own phrase says it is: '..., précise la fédération, antenne locale de X')
                    phrase = self.span(child.left_edge, child.right_edge)
                    event.roles["theme"] = [f for f in event.roles["theme"]
                                            if f.span is None or not phrase.begin <= f.span.begin < phrase.end]
                    break
        clauses = [c for c in children(token) if c.dep_ == "ccomp"]
        # 'annonce porter plainte', 'affirme avoir reçu': an infinitive says a clause too
        # ('affirme avoir reçu': a past infinitive, its participle under an auxiliary in the infinitive)
        infinitives = [c for c in children(token) if c.dep_ in ("xcomp", "obl:arg", "obj") and c.i > token.i
                       and (morph_values(c, "VerbForm") == ["Inf"] or any(
                           a.dep_.startswith("aux") and morph_values(a, "VerbForm") == ["Inf"] for a in children(c)))]
        event.clausal = bool(clauses or infinitives)
        clauses = clauses or infinitives[:1]
        for clause in clauses:
            first = clause.left_edge
            if first.dep_ == "mark" and first.lower_ in ("que", "qu'") and first.i < clause.i:
                first = self.doc[first.i + 1]  # what is said, without its 'que'
            sp = self.span(first, clause.right_edge)
            event.add("theme", Filler(sp.text.strip(' "'), span=sp, head=fold(clause.lemma_)))
        # ('a annoncé le gel des embauches, ..., et l'intersyndicale a répondu « non »': a verb with its own
        # object says that, not a quotation elsewhere in its sentence)
        objects = [c for c in children(token) if c.dep_ == "obj" and is_nominal(c) and c.i > token.i
                   and not self.animate_token(c)]
        if not clauses:
            sent = sent_of(token)
            sent_begin, sent_end = sent.start_char, sent.end_char  # read once, not for each quotation
            if objects:
                # ('a présenté le lancement de « X »': a quotation inside the object is still what is said)
                sent_begin = objects[0].left_edge.idx
                sent_end = objects[0].right_edge.idx + len(objects[0].right_edge.text)
            quoted = [(b, e) for b, e in self.quotes if sent_begin <= b <= sent_end]
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
        for clause in children(theme):
            renames = clause.dep_ == "appos" or (clause.dep_ == "nmod" and not case_words(clause))
            if renames and clause.i not in self.token_entity:
                for filler in self.fillers(clause):
                    event.add("theme", filler)
            if clause.dep_ == "acl:relcl" and verb_lemmas(clause) & about:
                for obj in children(clause):
                    if obj.dep_ in ("obj", "obl:arg"):
                        for filler in self.fillers(obj):
                            event.add("theme", filler)

    def absorb(self, host: Event, part: Event, token: Token) -> None:
        host.triggers.append(part.triggers[0])
        for role, fillers in part.roles.items():
            for filler in fillers:
                host.add(role, filler)
        if part.amount and not host.amount:
            host.amount = part.amount
