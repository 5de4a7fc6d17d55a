"""One real-world event stated twice is one event.

A headline states the article's main events in short; the body states them
again with details. Two statements are the same event when their type agrees,
their agents do not contradict, and their amounts are compatible; body
statements must also share their theme (two job offers by one company are two
events), unless the later one is a definite noun ("l'offre", "la grève"),
which refers back to an event already told and only has to name no other
doer. A noun with no agent of its own adds to the latest event of its type;
a clause with no agent is dropped: an event nobody does is not a fact kg can
use.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import content_words, fold
from .model import Amount, Anaphor, Event, Filler, same_filler
from .money import is_approximate_count, is_count_word, words_value

#: Ranks of statuses: the strongest one a merged event has is kept.
#: A source makes an asserted event reported; what the text says of the event
#: itself (proposed, planned, hypothetical, rejected, negated) says more.
_STATUS_RANK = {"Asserted": 0, "Reported": 1, "Proposed": 2, "Planned": 3, "Hypothetical": 4, "Rejected": 5,
                "Negated": 6}


_COUNT = re.compile(r"(?<![\d.,])\d{1,3}(?:[\s\u202f\u00a0.]\d{3})*(?![\d,])")


def _words(fillers: list[Filler]) -> set[str]:
    out: set[str] = set()
    for f in fillers:
        out |= content_words(f.label)
    return out


def _entities(fillers: list[Filler]) -> set[str]:
    return {f.entity for f in fillers if f.entity}


def agents_agree(a: Event, b: Event) -> bool:
    ea, eb = _entities(a.roles["agent"]), _entities(b.roles["agent"])
    if ea and eb:
        return bool(ea & eb)
    return bool(_words(a.roles["agent"]) & _words(b.roles["agent"]))


def agents_conflict(a: Event, b: Event) -> bool:
    """Both name their agents and the names differ: two different doers."""
    ea, eb = _entities(a.roles["agent"]), _entities(b.roles["agent"])
    return bool(ea and eb and not ea & eb)


def _counted_as(fillers: list[Filler], named: list[Filler]) -> bool:
    """'les deux entreprises' after 'Microsoft et OpenAI': a theme counted in letters as many as the
    bodies or people the other statement names (two or more) is those."""
    count = sum(1 for f in named if f.entity)
    if count < 2:
        return False
    for f in fillers:
        words = f.label.split()
        if f.entity is None and words and is_count_word(words[0]) and words_value(words[0]) == count:
            return True
    return False


def themes_agree(a: Event, b: Event) -> bool:
    ta = [f for f in a.roles["theme"] if not f.own]
    tb = [f for f in b.roles["theme"] if not f.own]
    if not ta or not tb:
        return True
    if any(x.event is not None and x.event is y.event for x in ta for y in tb):
        return True
    return bool({f.head for f in ta} & {f.head for f in tb}) or _counted_as(ta, tb) or _counted_as(tb, ta)


def amounts_agree(a: Amount | None, b: Amount | None) -> bool:
    if a is None or b is None:
        return True
    if a.currency != b.currency or (a.per and b.per and a.per != b.per):
        return False
    (alo, ahi), (blo, bhi) = a.bounds(), b.bounds()
    if not (alo <= bhi * 1.01 and blo <= ahi * 1.01):
        return False
    # a figure and a bound on one side ('75 millions' and 'jusqu'à 1,2 milliard', '1 000 francs' and
    # 'plus de 28 francs'): one sum told twice is near its bound; far from it, two sums
    for x, y in ((a, b), (b, a)):
        if x.value is not None and y.value is None and (y.min is None) != (y.max is None):
            bound = y.min if y.min is not None else y.max
            if bound and not 0.5 <= x.value / bound <= 2:
                return False
    return True


def merge_amounts(a: Amount | None, b: Amount | None) -> Amount | None:
    """The more informative amount: a range over a figure inside it, a figure over a bound on one
    side ('plus de 300 euros')."""
    if a is None or b is None:
        return a or b

    def rank(x: Amount) -> int:
        return 2 if x.min is not None and x.max is not None else 1 if x.value is not None else 0
    keep = a if rank(a) >= rank(b) else b
    if keep.per is None:
        keep.per = (b if keep is a else a).per
    return keep


def absorb(into: Event, other: Event) -> None:
    into.triggers += [t for t in other.triggers if t not in into.triggers]
    into.sentences += [s for s in other.sentences if s not in into.sentences]
    for role, fillers in other.roles.items():
        for f in fillers:
            into.add(role, f)
    for s in other.sources:
        into.add_source(s)
    into.amount = merge_amounts(into.amount, other.amount)
    into.time = into.time or other.time
    into.negated = into.negated and other.negated
    # a headline that found its body statement is an ordinary event from then on
    into.headline = into.headline and other.headline
    if _STATUS_RANK[other.status] > _STATUS_RANK[into.status]:
        into.status = other.status


def _counts(event: Event) -> set[int]:
    """The numbers its themes give ('2 389 emplois', '40 postes')."""
    found = set()
    for f in event.roles["theme"]:
        for m in _COUNT.finditer(f.label):
            n = int(re.sub(r"\D", "", m.group(0)))
            if not 1900 <= n <= 2100:  # a year says when, not how many
                found.add(n)
    return found


def counts_conflict(a: Event, b: Event) -> bool:
    """'la suppression de 2 389 emplois' and 'la suppression de 1 475 postes': two cuts, not one."""
    ca, cb = _counts(a), _counts(b)
    return bool(ca and cb and not ca & cb)


def same_event(head: Event, other: Event) -> bool:
    if head.type != other.type or head.negated != other.negated:
        return False
    if not amounts_agree(head.amount, other.amount) or counts_conflict(head, other):
        return False
    if other.revised and not head.revised and head.triggers[0].begin < other.triggers[0].begin:
        return False  # ('avait proposé 1,8 % ... Mercredi, l'employeur a amélioré son offre': a second offer)
    if other.definite:
        # "la grève des syndicats" after a strike was told: the same strike, told again
        return not agents_conflict(head, other)
    if head.headline == other.headline and not themes_agree(head, other):
        return False
    # 'La mairie et le syndicat ont signé un protocole ... Les deux parties l'ont paraphé mardi':
    # the sides of a dispute, named as such, are the doers already told
    return agents_agree(head, other) or head.sides or other.sides


def _offer_paying(wage: Event, events: list[Event]) -> Event | None:
    """The offer of the wage's sentence, stating no sum, that the wage is the pay of: for a wage no
    one is said to earn ('malgré un traitement de ...'), the clause that makes an offer before a noun
    of it; for a wage said of someone, the job offer before it that seeks them ('cherche un caviste,
    payé ...': the worker is sought, not yet earning)."""
    if wage.type != "Earning" or not wage.amount:
        return None
    same = [o for o in events if o.amount is None and o.sentences[0] == wage.sentences[0]]
    if wage.nominal and not wage.roles["agent"]:
        offers = sorted((o for o in same if o.type in ("Proposal", "JobOffer")), key=lambda o: o.nominal)
        return offers[0] if offers else None
    if wage.amount.per and wage.roles["agent"]:
        sought = {f.head for f in wage.roles["agent"]}
        return next((o for o in same if o.type == "JobOffer" and o.roles["agent"]
                     and o.triggers[0].begin < wage.triggers[0].begin
                     and sought & {f.head for f in o.roles["theme"]}), None)
    return None


def _recruitment_before(event: Event, events: list[Event], within: int) -> Event | None:
    """The latest recruitment or job offer with a doer before ``event``, at most ``within``
    sentences before it."""
    prior = [o for o in events if o.type in ("JobOffer", "Hiring") and o.roles["agent"]
             and 0 <= event.sentences[0] - o.sentences[0] <= within and o.triggers[0].begin < event.triggers[0].begin]
    return prior[-1] if prior else None


def _job_offer_paying(wage: Event, host: Event, roles: tuple[str, ...], themes: list[Filler] = ()) -> Event:
    """The job offer a recruitment ``host`` makes at the pay of ``wage``: the host's ``roles``, and
    ``themes`` for whom, in the wage's words."""
    job = Event("JobOffer", list(wage.triggers), list(wage.sentences), status="Proposed")
    for role in roles:
        for filler in host.roles[role]:
            job.add(role, filler)
    for filler in themes:
        job.add("theme", filler)
    job.amount = wage.amount
    for source in wage.sources:  # ('..., selon le syndicat': who says the wage says the offer)
        job.add_source(source)
    return job


def merge_events(events: list[Event], anaphora: list[Anaphor], unions: frozenset[str] = frozenset()) -> list[Event]:
    """Events in text order, each real-world event once. ``unions``: the folded nouns of unions
    (``kgl:unionNouns``), which never offer a job's pay."""
    events = sorted(events, key=lambda e: e.triggers[0].begin)
    absorbed: dict[int, Event] = {}  # id of a statement merged away -> the event it joined
    # 'a remis au patronat un protocole d'entente', 'des pourparlers sur la révision des accords
    # de branche': an agreement named in what is offered or talked about is none reached
    topics = [(f.span.begin, f.span.end) for e in events if e.type in ("Proposal", "Negotiation")
              for f in e.roles["theme"] if f.span is not None and not f.own]
    events = [e for e in events if not (e.type == "Agreement" and e.nominal and any(
        b <= e.triggers[0].begin < end for b, end in topics))]
    # "proposer une offre d'emploi": the noun names the very event the verb states
    for event in events:
        for f in event.roles["theme"]:
            if f.event is not None and f.event.type == event.type and f.event is not event:
                absorb(event, f.event)
                absorbed[id(f.event)] = event
                f.event = None
    events = [e for e in events if id(e) not in absorbed]
    # "Netflix propose entre 300 000 et 900 000 dollars": an offer of pay alone
    # is the salary of the job the same employer offers
    for event in list(events):
        if event.type == "Proposal" and event.amount and not event.roles["theme"]:
            job = next((j for j in events if j.type == "JobOffer" and agents_agree(j, event)
                        and amounts_agree(j.amount, event.amount)), None)
            if job is not None:
                absorb(job, event)
                absorbed[id(event)] = job
                events.remove(event)
    # 'Les Vergers X cherchent 40 cueilleurs. L'entreprise offre 17 dollars l'heure': pay by the time
    # offered, in the two sentences after a job offer that states none, by a body the text describes
    # without naming it (a firm, not a union), to no one named, is that job's pay
    for event in list(events):
        if not (event.type == "Proposal" and event.amount is not None and event.amount.per is not None
                and event.roles["agent"] and not any(f.entity for f in event.roles["recipient"])
                and all(f.entity is None and fold(f.head) not in unions for f in event.roles["agent"])):
            continue
        job = next((j for j in reversed(events) if j.type == "JobOffer" and j.amount is None and j.roles["agent"]
                    and j.triggers[0].begin < event.triggers[0].begin
                    and 0 <= event.sentences[0] - j.sentences[0] <= 2), None)
        if job is not None:
            job.amount = event.amount
            absorbed[id(event)] = job
            events.remove(event)
    # 'a refusé la proposition du club, malgré un traitement de 300 000 francs par an', 'cherche un caviste,
    # payé 2 100 euros par mois': a wage in the sentence of an offer that states no sum is what it pays
    for event in list(events):
        offer = _offer_paying(event, events)
        if offer is not None:
            offer.amount = event.amount
            for source in event.sources:  # ('..., selon le syndicat': who says the wage says the offer)
                offer.add_source(source)
            absorbed[id(event)] = offer
            events.remove(event)
    # 'X veut pourvoir 300 postes. ... Les caristes se verront offrir 1 900 euros par mois ; les soudeurs
    # débuteront à 2 100 euros': pay by the time, yet to be offered to or earned by workers of a trade
    # (a common noun, no one named, and named there, not a pronoun for those the recruitment took on), in
    # the two sentences after a recruitment with a doer, is what the jobs offered pay ('les caristes
    # gagnaient 1 700 euros', in the past, is a wage earned)
    for event in list(events):
        workers = event.roles["agent"] if event.type == "Earning" else event.roles["recipient"]
        if not (event.type in ("Earning", "Proposal") and event.amount and event.amount.per
                and event.status in ("Planned", "Proposed") and workers and not any(f.entity for f in workers)
                and (event.type == "Earning" or not event.roles["agent"])):
            continue
        host = _recruitment_before(event, events, within=2)
        hired = {t.span.begin for t in host.roles["theme"] if t.span is not None} if host else set()
        if host is None or any(f.span is None or f.span.begin in hired for f in workers):
            continue  # ('X recrute 30 saisonniers. Ils seront payés ...': the people hired, taken up again, earn it)
        events[events.index(event)] = _job_offer_paying(event, host, ("agent",), workers)
    # 'X recrute six guides. Rémunération : entre 33 500 et 37 500 euros par an': a wage by the
    # time no one is said to earn, in the three sentences after a recruitment or a job offer with a
    # doer (an advertisement lists the tasks and the diploma between), is the pay of the jobs offered
    # (an earner named, 'les coachs gagnent ...', earns it)
    for event in list(events):
        if not (event.type == "Earning" and event.nominal and event.amount and event.amount.per
                and not event.roles["agent"]):
            continue
        host = _recruitment_before(event, events, within=3)
        if host is None or host.type == "JobOffer" and host.amount is not None:
            continue
        if host.type == "Hiring":
            events[events.index(event)] = _job_offer_paying(event, host, ("agent", "theme", "place"))
        else:
            host.amount = event.amount
            absorbed[id(event)] = host
            events.remove(event)
    for kind, amount, at, own in anaphora:
        before = [e for e in events if e.type == kind and e.triggers[0].begin < at]
        hires = [e for e in events if e.type == "Hiring" and e.triggers[0].begin < at]
        if before:
            before[-1].amount = merge_amounts(before[-1].amount, amount)
        elif kind == "JobOffer" and hires:
            # 'La ville recrutera 20 agents. Ces postes seront payés 1 900 euros par mois': the pay of
            # the jobs a recruitment told before offers them, to the same people
            for role in ("agent", "theme"):
                if role == "theme" and own.roles["theme"]:
                    continue  # (the people its pay is said of, named with it)
                for filler in hires[-1].roles[role]:
                    own.add(role, filler)
            own.amount = amount
            events.insert(sum(e.triggers[0].begin < at for e in events), own)
    kept: list[Event] = []
    for event in events:
        if not event.roles["agent"]:
            # "selon l'offre d'emploi", "cette proposition": a noun with no doer names an event
            # already told (or, in a headline, one the body tells next); a clause with no doer
            # ("puissent être utilisées") is not an event kg can use
            earlier = [k for k in kept if k.type == event.type and amounts_agree(k.amount, event.amount)]
            later = [k for k in events if k.type == event.type and k is not event and k.roles["agent"]
                     and k.triggers[0].begin > event.triggers[0].begin and amounts_agree(k.amount, event.amount)]
            host = earlier[-1] if earlier else later[0] if later and event.headline else None
            if event.revised and event.nominal and host is not None and host.roles["agent"]:
                # 'Une deuxième proposition, présentée le 8 mai, ...': a new offer, not the one told
                # before, by whoever made that one
                event.roles["agent"] = list(host.roles["agent"])
                kept.append(event)
                continue
            # 'Licenciements chez X : 45 postes supprimés': a doerless clause beside an event of its
            # type in the same sentence tells more of it
            beside = next((k for k in kept if k.type == event.type and k.sentences[0] == event.sentences[0]
                           and amounts_agree(k.amount, event.amount)), None)
            if beside is not None and not event.nominal:
                absorb(beside, event)
                absorbed[id(event)] = beside
                continue
            # 'un compromis a été soumis à la gérante : la banque lui accordait 20 000 euros': a
            # doerless clause and a later one of its type in the same sentence, each filling what the
            # other leaves out (a thing offered, a doer with no thing), are one event told twice
            ahead = next((k for k in events if k is not event and k.type == event.type and not event.nominal
                          and k.sentences[0] == event.sentences[0] and k.triggers[0].begin > event.triggers[0].begin
                          and k.roles["agent"] and not k.roles["theme"] and event.roles["theme"]
                          and amounts_agree(k.amount, event.amount)), None)
            if ahead is not None:
                absorb(ahead, event)
                absorbed[id(event)] = ahead
                continue
            if host is not None and (event.nominal or event.told_again and host.roles["agent"]):
                if not host.roles["agent"]:
                    # ('X ferme une ligne : 30 postes supprimés' ... 'la fermeture coûtera 30 postes'): the
                    # body the text is about where it tells the event again does the event told first
                    for filler in event.implied_agents:
                        host.add("agent", filler)
                absorb(host, event)
                absorbed[id(event)] = host
                continue
            told = any(f for r in ("theme", "recipient", "place") for f in event.roles[r] if not f.own) or event.amount
            # a plan or a possibility with no doer is a fact only when the text gives its particulars:
            # where, when, how much, how many ('7 postes vont être supprimés à Vierzon', 'une réunion
            # de conciliation est prévue mercredi')
            particular = bool(event.roles["place"] or event.amount or event.time or any(
                f.label[:1].isdigit() or any(is_count_word(w) or is_approximate_count(w) for w in f.label.split()[:3])
                for f in event.roles["theme"]))
            if event.scheduled and event.status == "Planned" and event.time is not None:
                pass  # 'une réunion de conciliation est prévue mercredi': a dated plan is a fact, doer or not
            elif (not event.takes_place and (not event.bare_clause or not told)
                  or event.status in ("Planned", "Hypothetical") and not particular):
                # ('les négociations reprendront jeudi': a verb that tells the event happening tells enough)
                continue  # no doer, nothing said of it, or only a vague possibility: too little to be a fact
            event.roles["agent"] = list(event.implied_agents)  # a new event: the body the text is about does it
            if not event.roles["agent"] and event.type == "JobOffer":
                # 'Le groupe va embaucher 40 soudeurs. Les postes sont proposés à 2 300 euros': jobs offered
                # with no employer named are those of the recruitment told just before
                hiring = next((k for k in reversed(kept) if k.type in ("Hiring", "JobOffer") and k.roles["agent"]
                               and 0 <= event.sentences[0] - k.sentences[0] <= 2), None)
                for filler in hiring.roles["agent"] if hiring is not None else []:
                    event.add("agent", filler)
        twin = next((k for k in kept if same_event(k, event)), None)
        if twin is not None:
            absorb(twin, event)
            absorbed[id(event)] = twin
        else:
            kept.append(event)
    # a role that named a statement now merged names the event it was merged into
    for event in kept:
        for fillers in event.roles.values():
            for f in fillers:
                while f.event is not None and id(f.event) in absorbed:
                    f.event = absorbed[id(f.event)]
    return kept


def answer_the_offer_before(events: list[Event]) -> None:
    """'Le gérant a offert un bonus. Le collectif a refusé.': a refusal or an acceptance that
    names nothing it answers answers the latest offer told in its sentence or the two before (the
    offer's own theme, and the offer itself, are what it refuses); with no such offer it stays as
    it is told."""
    for i, event in enumerate(events):
        if (event.type not in ("Rejection", "Acceptance") or event.negated or event.roles["theme"]
                or event.clitic_object):
            continue  # ('l'ont rejetée' with nothing the clitic agrees with: it says what, and that is not found)
        at = event.sentences[0]
        offer = next((o for o in reversed(events[:i]) if o.type in ("Proposal", "JobOffer") and not o.negated
                      and 0 <= at - o.sentences[0] <= 2 and o.roles["theme"]
                      and not ({f.entity for f in o.roles["agent"] if f.entity}
                               & {f.entity for f in event.roles["agent"] if f.entity})), None)
        if offer is None:
            continue
        for filler in offer.roles["theme"]:
            event.add("theme", replace(filler, event=offer, own=False))


def settle_status(events: list[Event]) -> None:
    """The status of each event from what the text does with it."""
    for event in events:
        if event.negated:
            event.status = "Negated"
            continue
        if event.sources and event.status == "Asserted":
            event.status = "Reported"
    for event in events:
        if event.type == "Rejection" and not event.negated:
            for f in event.roles["theme"]:
                if f.event is not None and f.event.status != "Negated":
                    f.event.status = "Rejected"
        if event.type in ("Rejection", "Acceptance") and not event.negated:
            # 'la mairie a décliné la proposition du promoteur X': an offer someone turns down or takes
            # up was made to them, when the text names no one else it went to
            for f in event.roles["theme"]:
                offer = f.event
                if offer is not None and offer.type in ("Proposal", "JobOffer") and not offer.roles["recipient"]:
                    for agent in event.roles["agent"]:
                        if not any(same_filler(agent, a) for a in offer.roles["agent"]):
                            offer.add("recipient", agent)
