"""kg.extract.merge on hand-made events: one real-world event stated twice is one event."""

from __future__ import annotations

import pytest

from kg.extract.merge import amounts_agree, merge_events, same_event, settle_status
from kg.extract.model import Amount, Event, Filler, Span

MONEY = Span(0, 0, "")


def event(kind, at, agent=None, theme=None, amount=None, headline=False, sentence=None):
    e = Event(kind, [Span(at, at + 5, f"w{at}")], [sentence if sentence is not None else at // 100], headline=headline)
    for a in [agent] if isinstance(agent, str) else agent or []:
        e.add("agent", Filler(a, entity=f"entity/{a.lower()}") if a[0].isupper() else Filler(a, head=a))
    if theme:
        e.add("theme", Filler(theme, head=theme.split()[0]))
    e.amount = amount
    return e


def usd(value=None, lo=None, hi=None, per=None, currency="USD"):
    return Amount(currency, MONEY, value=value, min=lo, max=hi, per=per)


def test_headline_and_body_statement_become_one_event():
    head = event("JobOffer", 10, "Netflix", "job", usd(900000, per="year"), headline=True, sentence=0)
    body = event("JobOffer", 300, "Netflix", "offre d'emploi", usd(lo=300000, hi=900000, per="year"), sentence=2)
    assert same_event(head, body)
    merged = merge_events([body, head], [])
    assert len(merged) == 1
    one = merged[0]
    assert [t.begin for t in one.triggers] == [10, 300]
    assert sorted(one.sentences) == [0, 2]
    assert (one.amount.min, one.amount.max, one.amount.per) == (300000, 900000, "year")  # the range is kept
    assert one.headline is False


def test_headline_does_not_swallow_an_event_of_another_agent():
    head = event("JobOffer", 10, "Netflix", "job", usd(900000), headline=True)
    body = event("JobOffer", 300, "Disney", "job", usd(900000))
    assert not same_event(head, body)
    assert len(merge_events([head, body], [])) == 2


def test_headline_does_not_swallow_an_incompatible_amount():
    head = event("JobOffer", 10, "Netflix", "job", usd(900000), headline=True)
    body = event("JobOffer", 300, "Netflix", "job", usd(lo=100000, hi=200000))
    assert not same_event(head, body)
    assert len(merge_events([head, body], [])) == 2


def test_two_body_job_offers_with_different_theme_heads_stay_two():
    a = event("JobOffer", 100, "Netflix", "responsable machine learning", usd(lo=300000, hi=900000))
    b = event("JobOffer", 200, "Netflix", "directeur technique", usd(hi=650000))
    assert not same_event(a, b)
    merged = merge_events([a, b], [])
    assert [e.roles["theme"][0].label for e in merged] == ["responsable machine learning", "directeur technique"]


def test_two_body_statements_of_one_job_offer_become_one():
    # the control for the test above: the same theme head makes them one
    a = event("JobOffer", 100, "Netflix", "directeur technique", usd(hi=650000))
    b = event("JobOffer", 200, "Netflix", "directeur de l'IA", None)
    assert same_event(a, b)
    assert len(merge_events([a, b], [])) == 1


def test_an_agentless_event_noun_joins_the_latest_event_of_its_type():
    first = event("Proposal", 100, "AMPTP", "proposition")
    other = event("Proposal", 200, "WGA", "contre-proposition")
    job = event("JobOffer", 300, "Netflix", "poste")
    orphan = event("Proposal", 400, None, None)
    orphan.nominal = True
    orphan.add("recipient", Filler("acteurs", head="acteur"))
    merged = merge_events([orphan, job, other, first], [])
    assert [e.triggers[0].begin for e in merged] == [100, 200, 300]
    assert [t.begin for t in other.triggers] == [200, 400]
    assert [f.label for f in other.roles["recipient"]] == ["acteurs"]
    assert first.roles["recipient"] == [] and len(first.triggers) == 1


def test_an_agentless_clause_is_dropped_even_after_an_event_of_its_type():
    # "pour que leurs représentations puissent être utilisées": nobody is said to use them
    user = event("Usage", 100, "Netflix", "IA")
    orphan = event("Usage", 400, None, "représentations virtuelles")
    assert merge_events([user, orphan], []) == [user]
    assert len(user.triggers) == 1


def test_an_agentless_event_with_no_earlier_event_of_its_type_is_dropped():
    job = event("JobOffer", 300, "Netflix", "poste")
    orphan = event("Proposal", 100, None, "proposition")
    assert merge_events([job, orphan], []) == [job]


def test_anaphoric_amount_goes_to_the_latest_earlier_event_of_its_class():
    a = event("JobOffer", 100, "Netflix", "responsable")
    b = event("JobOffer", 200, "Netflix", "directeur")
    later = event("JobOffer", 900, "Disney", "ingénieur")
    merged = merge_events([a, b, later], [("JobOffer", usd(lo=1, hi=2), 500, event("JobOffer", 500))])
    assert len(merged) == 3
    assert a.amount is None and later.amount is None
    assert (b.amount.min, b.amount.max) == (1, 2)


def test_pay_of_jobs_after_a_recruitment_with_no_offer_states_the_offer():
    # 'Le groupe Orval recrutera 20 techniciens. Ces postes seront payés 2 000 dollars par mois.'
    hiring = event("Hiring", 100, "Orval", "techniciens")
    merged = merge_events([hiring], [("JobOffer", usd(2000, per="month"), 500, event("JobOffer", 500))])
    assert [e.type for e in merged] == ["Hiring", "JobOffer"]
    offer = merged[1]
    assert [f.label for f in offer.roles["agent"]] == ["Orval"] and [f.label for f in offer.roles["theme"]] == ["techniciens"]
    assert offer.amount.value == 2000 and hiring.amount is None


def test_pay_of_jobs_with_no_recruitment_or_offer_before_states_nothing():
    # 'Ces postes seront payés 2 000 dollars par mois.' alone, or after a recruitment told later
    later = event("Hiring", 900, "Orval", "techniciens")
    merged = merge_events([later], [("JobOffer", usd(2000, per="month"), 500, event("JobOffer", 500))])
    assert [e.type for e in merged] == ["Hiring"] and later.amount is None


@pytest.mark.parametrize("a, b, agree", [
    (usd(200), usd(200), True),
    (usd(200), None, True),
    (usd(lo=300000, hi=900000), usd(900000), True),
    (usd(lo=300000, hi=900000), usd(hi=650000), True),   # both may be 500 000
    (usd(lo=300000, hi=900000), usd(1000000), False),
    (usd(lo=1e9), usd(5e8), False),                       # "plus d'un milliard" is not half a billion
    (usd(200), usd(200, currency="EUR"), False),
    (usd(200, per="day"), usd(200, per="year"), False),
    (usd(200, per="day"), usd(200), True),                # a missing period does not contradict
    (usd(75e6), usd(hi=1.2e9), False),                    # a figure far below a ceiling: two sums
    (usd(1000), usd(lo=28), False),                       # a figure far above a floor: two sums
    (usd(320), usd(lo=300), True),                        # "plus de 300", then the figure
    (usd(280), usd(hi=300), True),                        # "jusqu'à 300", then the figure
])
def test_amounts_agree(a, b, agree):
    assert amounts_agree(a, b) is agree
    assert amounts_agree(b, a) is agree


def test_a_figure_told_again_as_a_bound_keeps_the_figure():
    # 'X versera une prime de 640 dollars. ... X versera plus de 600 dollars': one sum, its figure kept
    figure = event("Payment", 100, "Orval", "prime", usd(640))
    bound = event("Payment", 500, "Orval", None, usd(lo=600), sentence=3)
    (merged,) = merge_events([bound, figure], [])
    assert merged.amount.value == 640


def test_a_figure_and_a_far_bound_by_one_payer_stay_two_payments():
    # 'X versera une prime de 1 000 dollars. ... X paie plus de 28 dollars de l'heure'
    figure = event("Payment", 100, "Orval", "prime", usd(1000))
    bound = event("Payment", 500, "Orval", None, usd(lo=28, per="hour"), sentence=3)
    merged = merge_events([figure, bound], [])
    assert [(e.amount.value, e.amount.min) for e in merged] == [(1000, None), (None, 28)]


def test_settle_status_marks_a_rejected_proposal_rejected():
    proposal = event("Proposal", 100, "AMPTP", "proposition")
    proposal.status = "Proposed"
    rejection = event("Rejection", 50, "acteurs", None)
    rejection.add("theme", Filler("proposition", event=proposal))
    settle_status([rejection, proposal])
    assert proposal.status == "Rejected"
    assert rejection.status == "Asserted"


def test_settle_status_a_negated_rejection_rejects_nothing():
    proposal = event("Proposal", 100, "AMPTP", "proposition")
    proposal.status = "Proposed"
    rejection = event("Rejection", 50, "acteurs", None)
    rejection.negated = True
    rejection.add("theme", Filler("proposition", event=proposal))
    settle_status([rejection, proposal])
    assert proposal.status == "Proposed"
    assert rejection.status == "Negated"


def test_settle_status_an_attributed_event_is_reported():
    earning = event("Earning", 100, "acteurs", None, usd(200, per="day"))
    earning.sources.append(Filler("SAG-AFTRA", entity="entity/sag-aftra"))
    plain = event("Earning", 200, "scénaristes", None, usd(300, per="day"))
    settle_status([earning, plain])
    assert (earning.status, plain.status) == ("Reported", "Asserted")


def test_two_cuts_of_different_sizes_by_one_company_stay_two():
    first = event("Layoff", 10, "Vantel", "suppression de 2 389 emplois", headline=True, sentence=0)
    second = event("Layoff", 900, "Vantel", "suppression de 1 475 postes", sentence=9)
    assert not same_event(first, second)
    assert len(merge_events([first, second], [])) == 2


def test_the_same_cut_told_twice_with_its_count_is_one():
    first = event("Layoff", 10, "Vantel", "suppression de 2 389 emplois", headline=True, sentence=0)
    second = event("Layoff", 300, "Vantel", "suppression de 2 389 emplois en 2025", sentence=3)
    assert same_event(first, second)
    assert len(merge_events([first, second], [])) == 1


def _against(at, names):
    e = event("Lawsuit", at, "Times")
    for n in names:
        e.add("theme", Filler(n, entity=f"entity/{n.lower()}", head=n.lower()))
    return e


def test_a_theme_counted_as_many_as_the_bodies_named_before_is_them():
    # 'a porté plainte contre Varlex et Orvane' ... 'poursuit les deux entreprises'
    named = _against(10, ["Varlex", "Orvane"])
    counted = event("Lawsuit", 300, "Times", "deux entreprises")
    assert same_event(named, counted)
    assert len(merge_events([named, counted], [])) == 1


def test_a_theme_counted_otherwise_is_another():
    named = _against(10, ["Varlex", "Orvane"])
    counted = event("Lawsuit", 300, "Times", "trois entreprises")
    assert not same_event(named, counted)


def test_a_wage_no_one_earns_in_the_sentence_of_an_offer_with_no_sum_is_the_offer_s():
    # 'a décliné l'offre que lui avait faite le club, malgré un salaire de 450 000 francs par an'
    offer = event("Proposal", 10, "Kesselor", "offre", sentence=1)
    wage = event("Earning", 60, None, "salaire", usd(450000, per="year", currency="CHF"), sentence=1)
    wage.nominal = True
    merged = merge_events([offer, wage], [])
    assert [e.type for e in merged] == ["Proposal"] and merged[0].amount.value == 450000


def test_a_wage_someone_earns_stays_beside_the_offer():
    offer = event("Proposal", 10, "Kesselor", "offre", sentence=1)
    wage = event("Earning", 60, "joueurs", "salaire", usd(8000, per="month"), sentence=1)
    wage.nominal = True
    merged = merge_events([offer, wage], [])
    assert sorted(e.type for e in merged) == ["Earning", "Proposal"] and merged[0].amount is None


def test_a_wage_line_after_a_recruitment_is_the_pay_of_the_jobs_offered():
    # 'X recrute six guides. Rémunération : 1 980 euros brut par mois.'
    hiring = event("Hiring", 10, "Kesselor", "six guides", sentence=1)
    wage = event("Earning", 160, None, "Rémunération", usd(2100, per="month", currency="EUR"), sentence=2)
    wage.nominal = True
    merged = merge_events([hiring, wage], [])
    (job,) = [e for e in merged if e.type == "JobOffer"]
    assert [f.label for f in job.roles["agent"]] == ["Kesselor"] and job.amount.value == 2100
    assert not [e for e in merged if e.type == "Earning"]


def test_a_wage_line_far_from_any_recruitment_stays_a_wage():
    hiring = event("Hiring", 10, "Kesselor", "six guides", sentence=1)
    # (an advertisement's tasks and diploma may come between: three sentences on still pay the job; four do not)
    wage = event("Earning", 560, None, "Rémunération", usd(2100, per="month", currency="EUR"), sentence=5)
    wage.nominal = True
    merged = merge_events([hiring, wage], [])
    assert not [e for e in merged if e.type == "JobOffer"]


def test_pay_yet_to_be_earned_by_a_trade_after_a_recruitment_is_the_pay_of_the_jobs_offered():
    # 'X veut pourvoir 80 postes. ... Les caristes débuteront à 1 900 euros par mois.'
    hiring = event("Hiring", 10, "Kesselor", "80 postes", sentence=1)
    wage = event("Earning", 260, None, None, usd(1900, per="month", currency="EUR"), sentence=3)
    wage.add("agent", Filler("caristes", head="cariste", span=Span(240, 248, "caristes")))
    wage.status = "Planned"
    merged = merge_events([hiring, wage], [])
    (job,) = [e for e in merged if e.type == "JobOffer"]
    assert [f.label for f in job.roles["agent"]] == ["Kesselor"] and [f.label for f in job.roles["theme"]] == ["caristes"]
    assert job.amount.value == 1900 and not [e for e in merged if e.type == "Earning"]


def test_pay_a_trade_earned_in_the_past_after_a_recruitment_stays_a_wage():
    # 'X veut pourvoir 80 postes. Les caristes gagnaient 1 700 euros par mois.'
    hiring = event("Hiring", 10, "Kesselor", "80 postes", sentence=1)
    wage = event("Earning", 160, "caristes", None, usd(1700, per="month", currency="EUR"), sentence=2)
    merged = merge_events([hiring, wage], [])
    assert [e.type for e in merged] == ["Hiring", "Earning"]


def test_pay_of_the_people_a_recruitment_took_on_taken_up_again_stays_a_wage():
    # 'X recrute 30 saisonniers. Ils seront payés 12 euros de l'heure.': 'Ils' stands for those hired
    hiring = event("Hiring", 10, "Kesselor", None, sentence=1)
    hiring.add("theme", Filler("30 saisonniers", head="saisonnier", span=Span(20, 34, "30 saisonniers")))
    wage = event("Earning", 160, None, None, usd(12, per="hour", currency="EUR"), sentence=2)
    wage.add("agent", Filler("30 saisonniers", head="saisonnier", span=Span(20, 34, "30 saisonniers")))
    wage.status = "Planned"
    merged = merge_events([hiring, wage], [])
    assert [e.type for e in merged] == ["Hiring", "Earning"]


def test_a_doerless_event_told_again_gives_the_first_telling_the_body_it_is_about():
    # 'X ferme une ligne : 30 postes supprimés' (headline) ... 'cela coûtera 30 postes' (body, the firm
    # the text is about before it)
    head = event("Layoff", 10, None, "40 emplois", headline=True, sentence=0)
    head.bare_clause = True
    body = event("Layoff", 300, None, "40 emplois", sentence=2)
    body.nominal = True
    body.implied_agents = [Filler("Brikel", entity="entity/brikel")]
    (one,) = merge_events([head, body], [])
    assert [f.label for f in one.roles["agent"]] == ["Brikel"]


def test_a_doerless_event_told_again_with_no_body_before_it_names_no_doer():
    head = event("Layoff", 10, None, "40 emplois", headline=True, sentence=0)
    head.bare_clause = True
    body = event("Layoff", 300, None, "40 emplois", sentence=2)
    body.nominal = True
    (one,) = merge_events([head, body], [])
    assert one.roles["agent"] == []
