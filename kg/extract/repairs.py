"""Slips of the French parser that no rule should have to work around,
repaired once on the parse before the extraction reads it.

Each repair names the construction it corrects; everything else in the
parse is left as the model gave it.
"""

from __future__ import annotations

import re

import numpy as np

from spacy.attrs import HEAD, LEMMA, LOWER, ORTH, SENT_START
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..text import fold
from .dates import MONTHS, WEEKDAYS
from .money import is_count_word
from .syntax import (PARTICIPLE_ENDINGS, case_words, columns_changed, is_fronted_participle, is_infinitive, is_passive,
                     is_reflexive, morph_values, participle_stem, phrase_head, positions, track_columns, untrack_columns,
                     words_where)


_DE = {"de", "d'", "du", "des"}
#: endings of the future and the conditional, which no participle has
_FUTURE = ("ra", "ront", "rait", "raient")
#: adverbial locutions that open with a preposition; taken for the preposition of the noun after
#: them ('versera de plus une prime'), they are adverbs (grammar words, a closed list)
_LOCUTIONS = {("en", "outre"), ("de", "plus"), ("en", "plus"), ("en", "revanche"), ("en", "effet"), ("du", "reste"),
              ("de", "surcroît"), ("en", "parallèle"), ("en", "fait"), ("en", "particulier"), ("par", "ailleurs"),
              ("d'", "ailleurs"), ("de", "nouveau"), ("à", "nouveau"), ("au", "total"),
              # locutions of time: 'teste depuis peu un logiciel'
              ("depuis", "peu"), ("depuis", "longtemps"), ("depuis", "lors"), ("sous", "peu"), ("avant", "peu")}
#: the first words of :data:`_LOCUTIONS`
_LOCUTION_STARTS = frozenset(first for first, _ in _LOCUTIONS)
#: verbs that may take an impersonal 'il' ('il faut', 'il reste', 'il y a', 'il est temps', 'il
#: pleut'), a closed class of the grammar
_IMPERSONAL = {"falloir", "sembler", "paraître", "rester", "manquer", "suffire", "agir", "exister", "arriver",
               "convenir", "importer", "valoir", "avoir", "être", "faire", "pleuvoir", "neiger", "geler", "advenir",
               "résulter", "ressortir", "découler", "apparaître", "venir", "passer", "subsister", "demeurer",
               "tomber", "pouvoir"}
#: clitic pronouns that may stand between a verb and the word before it ('Un tailleur novice y gagne')
_VERB_CLITICS = {"y", "en", "lui", "leur", "se", "s'"}
#: dependents that belong to a noun's own phrase, not to the clause it heads
_PHRASE_PARTS = {"case", "det", "amod", "nummod", "flat", "flat:name", "fixed", "compound"}


def _having(doc: Doc, tokens: list, deps: tuple[str, ...] = (), pos: tuple[str, ...] = ()) -> list:
    """The words of ``tokens`` (the document's, in order) a pass below could concern, by
    relation and part of speech as the parse stands now (:func:`.syntax.positions`)."""
    return [tokens[i] for i in positions(doc, deps, pos)] if deps or pos else tokens


_TIME_LEMMAS: dict[frozenset[str], dict[int, bool]] = {}


def _participle_shape(word: str) -> bool:
    """A capitalised word in -é, -ée, -és, -ées: what a participle opening a sentence looks like."""
    return word[:1].isupper() and word[1:].islower() and word.endswith(PARTICIPLE_ENDINGS)


def _time_nouns(doc: Doc, tokens: list, time_words: frozenset[str] | set[str]) -> list:
    """The words of ``tokens`` whose folded lemma is a word of time, from the lemma column
    (:func:`.syntax.words_where`, each lemma folded once per ``time_words``)."""
    cache = _TIME_LEMMAS.setdefault(time_words, {}) if isinstance(time_words, frozenset) else {}
    return [tokens[i] for i in words_where(doc, LEMMA, lambda lemma: fold(lemma) in time_words, cache)]


def repair(doc: Doc, time_words: frozenset[str] | set[str] = frozenset(),
           event_nouns: frozenset[str] | set[str] = frozenset(),
           verbs: frozenset[str] | set[str] = frozenset(),
           etre_verbs: frozenset[str] | set[str] = frozenset(),
           give_verbs: frozenset[str] | set[str] = frozenset()) -> Doc:
    """The parse with its known slips corrected, in place. ``time_words`` are the
    folded nouns of time of the lexicon (jour, semaine, ...), ``event_nouns`` the
    lemmas of its event nouns (suppression, offre, ...), ``verbs`` those of its
    verbs (toucher, verser, ...), ``etre_verbs`` the verbs whose compound tenses take
    'être' (partir, arriver, ...), ``give_verbs`` those whose 'à' complement receives
    what the object names (confier, verser, ...)."""
    if not doc.has_annotation("DEP"):
        return doc
    track_columns(doc)  # each pass below finds its words without reading the parse anew, until a change
    try:
        _repair(doc, time_words, event_nouns, verbs, etre_verbs, give_verbs)
    finally:
        untrack_columns(doc)
    return doc


def _repair(doc: Doc, time_words: frozenset[str] | set[str], event_nouns: frozenset[str] | set[str],
            verbs: frozenset[str] | set[str], etre_verbs: frozenset[str] | set[str],
            give_verbs: frozenset[str] | set[str]) -> Doc:
    """The passes of :func:`repair`; each change of a relation or a part of speech is reported
    (``columns_changed``) so that the next pass finds its words as the parse then stands."""
    tokens = list(doc)  # one Token object per word for all the passes below
    heads_before = doc.to_array(HEAD) if len(doc) else None  # (no pass moved a word: no loop to look for)
    _join_fragments(doc, tokens)
    for i in np.flatnonzero(doc.to_array(LOWER) == _ICI).tolist():
        _d_ici_taken_apart(doc, tokens[i])
    for token in _having(doc, tokens, ("ROOT",), ("NOUN", "PROPN")):
        _bare_first_conjunct_made_a_root(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("NOUN",)):
        _fronted_bare_noun_made_the_root(doc, token)
    for token in _having(doc, tokens, ("nsubj", "nsubj:pass"), ("NOUN",)):
        _adjective_after_the_subject_tagged_a_noun(doc, token)
    for token in _having(doc, tokens, ("xcomp", "ccomp", "obj", "advcl", "ROOT", "nsubj", "nsubj:pass", "punct"), ("VERB",)):
        _verb_with_an_article_is_a_noun(doc, token)
        _adjective_taken_for_the_noun_before_a_noun_taken_for_a_verb(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("NOUN",)):
        _apposition_after_the_clause_made_the_root(doc, token)
    for token in _having(doc, tokens, pos=("VERB",)):
        _participle_tagged_an_infinitive(token)
        _present_left_as_its_own_lemma(token, verbs)
    for token in _having(doc, tokens, ("amod", "nmod", "appos", "dep", "flat:name", "compound"), ("PRON",)):
        _dative_clitic_hung_on_the_subject(doc, token)
    for token in _having(doc, tokens, ("obl:arg", "obl", "obl:mod"), ("NOUN", "PROPN")):
        _plural_article_taken_for_de(doc, token, verbs)
    for token in _having(doc, tokens, ("acl:relcl", "ROOT", "conj", "ccomp", "advcl"), ("NOUN",)):
        _bare_noun_of_avoir_taken_for_the_verb(doc, token)
        _noun_after_a_preposition_taken_for_a_clause(doc, token)
    for token in _having(doc, tokens, ("conj",), ("NOUN",)):
        _object_after_an_incise_taken_for_a_conjunct(doc, token)
    for token in _having(doc, tokens, pos=("AUX",)):
        _lexicon_verb_tagged_an_auxiliary(doc, token, verbs)
    for token in _having(doc, tokens, ("ROOT", "conj"), ("VERB",)):
        _present_taken_for_a_participle(doc, token)
    for token in _having(doc, tokens, ("acl",), ("VERB",)):
        _present_in_e_taken_for_a_participle(doc, token)
    for token in _having(doc, tokens, ("amod",), ("VERB",)):
        _finite_verb_taken_for_an_adjective(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("PUNCT", "NOUN", "PROPN")):
        _end_of_a_name_made_a_root(doc, token)
    for token in _having(doc, tokens, ("ROOT",)):
        _name_cut_from_its_noun(doc, token)
    for token in _having(doc, tokens, ("nmod",), ("PRON",)):
        _relative_after_a_preposition_hung_on_the_subject(doc, token)
    for token in _having(doc, tokens, ("dep", "appos", "parataxis", "obj", "conj", "obl:mod"), ("NOUN", "PROPN")):
        _subject_after_a_colon_hung_on_the_clause_before(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("ADJ",)):
        _adjective_of_the_subject_taken_for_the_root(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("VERB",)):
        _last_word_of_a_name_tagged_a_verb(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("PROPN",)):
        _name_before_its_verb(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("ADJ", "NOUN", "X")):
        _unknown_name_opening_the_sentence_tagged_a_word(doc, token, verbs)
    for token in _having(doc, tokens, ("nsubj",), ("PROPN", "NOUN")):
        _topic_before_a_colon_taken_for_the_subject(doc, token)
        _subject_with_a_preposition(doc, token)
    for token in _having(doc, tokens, ("obl:mod", "obl", "advcl", "conj", "dep"), ("VERB",)):
        _finite_verb_hung_on_a_participle_of_its_subject(doc, token)
    for token in _having(doc, tokens, ("conj",), ("VERB",)):
        _main_verb_joined_to_a_relative(doc, token)
        _main_verb_joined_to_a_participle(doc, token)
        _infinitive_joined_to_a_finite_verb(doc, token)
    for token in _having(doc, tokens, ("advcl",), ("VERB",)):
        _fronted_participle_qualifies_the_subject(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("PROPN", "NOUN")):
        _subject_cut_off_by_an_incise(doc, token)
    for token in _having(doc, tokens, pos=("AUX", "VERB", "NOUN")):
        _summer_taken_for_been(doc, token)
    for i in [0, *np.flatnonzero(doc.to_array(SENT_START) == 1).tolist()] if len(doc) else ():
        if tokens[i].text[:1].isupper() and tokens[i].pos_ != "NUM" and is_count_word(tokens[i].text):
            _count_opening_the_sentence_taken_for_a_name(doc, tokens[i])
    for token in _having(doc, tokens, ("obl", "obl:mod"), ("NOUN", "PROPN")):
        _subject_taken_for_an_adjunct(doc, token, time_words)
        _subject_before_a_comma_taken_for_an_adjunct(doc, token, time_words)
    for token in _having(doc, tokens, ("nmod", "appos"), ("NOUN", "PROPN")):
        _subject_hung_on_a_fronted_adjunct(doc, token)
    for token in _having(doc, tokens, ("amod", "flat", "flat:name", "nsubj"), ("VERB",)):
        _finite_verb_before_infinitive(doc, token)
    for token in _having(doc, tokens, ("flat:name",), ("VERB",)):
        _finite_verb_taken_into_a_name(doc, token)  # (after: a verb before its infinitive is mended there)
    for token in _having(doc, tokens, ("nmod", "amod", "compound", "flat", "flat:name", "ROOT", "dep", "conj"), ("NOUN",)):
        _bare_noun_before_infinitive(doc, token)
    commas = np.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings[","])
    after_comma = set((commas + 1).tolist())
    for token in _having(doc, tokens, ("appos", "nmod", "conj", "nsubj", "obj"), ("NOUN",)):
        if token.i in after_comma:
            _relative_incise_taken_for_the_main_clause(doc, token)
    for token in _having(doc, tokens, ("acl", "conj", "parataxis", "nmod"), ("VERB",)):
        if token.i in after_comma:
            _finite_main_verb_hung_inside_a_relative(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("NOUN", "PROPN")):
        _main_verb_hung_on_the_subject_after_a_relative(doc, token)
    for token in _having(doc, tokens, ("nsubj", "obj"), ("NOUN",)):
        _object_taken_for_a_participle_s_subject(doc, token)
    for token in _having(doc, tokens, ("advcl", "conj"), ("VERB",)):
        _object_taken_for_the_subject_of_a_participle_after_it(doc, token)
    for token in _having(doc, tokens, ("det",), ("PRON", "DET", "ADJ")):
        _chacun_taken_for_a_determiner(doc, token)
    for i in np.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["-t"]).tolist() if len(doc) else ():
        _euphonic_t_taken_for_a_subject(doc, tokens[i])
    for token in _having(doc, tokens, ("nmod",), ("NOUN",)):
        _object_hung_on_a_date_before_it(doc, token, time_words)
    for token in _having(doc, tokens, pos=("NUM",)):
        _year_taken_into_the_object_after_it(doc, token)
    for token in _having(doc, tokens, ("nmod",), ("NOUN", "PROPN")):
        _complement_hung_on_a_rate(doc, token, time_words)
    for token in _having(doc, tokens, ("xcomp", "advcl", "ccomp"), ("VERB",)):
        _main_verb_taken_for_the_relative_s_complement(doc, token)
    for token in _having(doc, tokens, ("nsubj",), ("PROPN",)):
        _name_apposed_to_the_subject(doc, token)
    for i in (commas - 1).tolist():
        if i >= 0 and _participle_shape(tokens[i].text):
            _fronted_participle_taken_for_a_name(doc, tokens[i])
    for token in _having(doc, tokens, ("conj", "obl", "obl:mod"), ("PROPN",)):
        _name_in_commas(doc, token)
    for token in _having(doc, tokens, ("nmod", "appos", "nsubj")):
        _name_after_its_noun(doc, token)
    for token in _having(doc, tokens, ("nsubj",), ("PRON",)):
        _one_of_apposed_to_the_subject(doc, token)
    for token in _having(doc, tokens, ("obj", "nsubj", "obl", "obl:mod", "dep", "ROOT"), ("PROPN",)):
        _name_hung_across_the_clause_of_its_noun(doc, token)
    for token in _having(doc, tokens, ("obl", "obl:mod", "obl:arg"), ("NOUN",)):
        verb = token.head
        if (token.dep_ in ("obl", "obl:mod", "obl:arg") and not case_words(token) and fold(token.lemma_) not in time_words
                and verb.pos_ == "VERB" and verb.i < token.i and _active(verb)
                and any(c.dep_ == "det" for c in token.children)
                and all(t.dep_ in ("det", "amod", "advmod") and t.head.i in (token.i, verb.i)
                        or _within_an_adjunct(t, verb, token) for t in doc[verb.i + 1:token.i])
                and not any(c.dep_ == "obj" or c.dep_ in ("ccomp", "xcomp") and c.i < token.i for c in verb.children)):
            # 'Les délégués ont rejeté ce calendrier' with the phrase after the verb taken for an adjunct:
            # a noun phrase with its article and no preposition right after an active verb, and no word
            # of time ('a travaillé la nuit'), is its object
            token.dep_ = "obj"
            columns_changed(doc)
    for token in _having(doc, tokens, ("case",), ("ADJ",)):
        _adjective_taken_for_a_preposition(doc, token)
    for token in _having(doc, tokens, ("ROOT", "ccomp", "conj", "parataxis"), ("NOUN", "ADJ")):
        _noun_with_a_subject(doc, token, verbs)
    for token in _having(doc, tokens, ("nmod", "amod", "appos", "compound"), ("NOUN", "ADJ")):
        _verb_tagged_a_noun_after_its_subject(doc, token, verbs)
    for token in _having(doc, tokens, ("ROOT", "acl", "amod"), ("VERB", "ADJ")):
        _verb_hung_on_a_participle(doc, token, verbs)
    for token in _having(doc, tokens, ("ROOT",), ("VERB",)):
        _participle_root_before_verb(doc, token)
        _gerundive_root_after_its_clause(doc, token)
    for token in _having(doc, tokens, ("advmod",), ("ADV",)):
        _count_under_its_approximator(doc, token)
    for token in _having(doc, tokens, ("conj", "advcl", "acl:relcl"), ("VERB",)):
        _subject_of_a_second_clause_joined_to_the_first_verb(doc, token)
    for token in _having(doc, tokens, ("nmod",), ("PROPN",)):
        _name_after_de_belongs_to_the_noun_before(doc, token)
    for token in _having(doc, tokens, ("advcl",), ("VERB",)):
        _participle_set_after_the_object_qualifies_it(doc, token)
    for token in _having(doc, tokens, ("xcomp",), ("VERB",)):
        _participle_with_its_complement_after_the_object(doc, token)
    for token in _having(doc, tokens, ("acl",), ("VERB",)):
        _participle_agrees_with_the_noun_it_qualifies(doc, token)
        _present_participle_hung_on_a_time(doc, token, time_words)
    for token in _having(doc, tokens, ("case",), ("ADP",)):
        _jusquici_is_no_preposition(doc, token)
    for token in _having(doc, tokens, ("amod",), ("ADJ",)):
        _adjective_before_an_article(doc, token)
    for token in _having(doc, tokens, ("amod", "appos", "nmod"), ("NOUN",)):
        _noun_with_its_article_taken_for_an_adjective(doc, token, time_words)
    for token in _having(doc, tokens, ("obj",), ("NOUN", "PROPN")):
        _second_object_with_de(doc, token)
    for token in _having(doc, tokens, ("xcomp",), ("NOUN",)):
        _infinitive_taken_for_a_noun(doc, token, verbs)
    for token in _having(doc, tokens, ("obl:arg", "obl", "obl:mod", "conj"), ("NOUN",)):
        _infinitive_after_de_taken_for_a_noun(doc, token, verbs)
    for token in _having(doc, tokens, ("amod", "nmod", "acl"), ("ADJ", "NOUN", "VERB")):
        _verb_of_a_verbless_sentence(doc, token, verbs)
    for token in _having(doc, tokens, pos=("NOUN",)):
        _noun_between_a_subject_and_its_clitic(doc, token, verbs)
    for token in _having(doc, tokens, ("acl", "ccomp", "advcl", "acl:relcl", "conj"), ("VERB",)):
        _que_clause_on_a_noun_is_relative(doc, token)
    for token in _having(doc, tokens, ("expl:subj",), ("PRON",)):
        _personal_subject_taken_for_an_impersonal_il(doc, token)
    for token in _having(doc, tokens, ("acl:relcl", "acl"), ("VERB",)):
        # (a relative the parser took for a bare adnominal clause too: its 'que' is its object)
        _subject_after_the_verb_of_a_que_relative(doc, token, time_words)
    for token in _having(doc, tokens, ("nsubj", "obl", "obl:mod", "obl:arg"), ("PRON",)):
        _qui_clause_after_a_noun_is_relative(doc, token)
    for token in _having(doc, tokens, ("conj", "advcl"), ("VERB",)):
        _participle_conjunct_on_the_object(doc, token)
        _participle_joined_to_a_participle(doc, token)
    for token in _having(doc, tokens, ("xcomp", "obl", "obl:mod", "obl:arg"), ("NOUN",)):
        _object_after_a_role(doc, token)
    for token in _having(doc, tokens, ("case",)):
        _locution_taken_for_a_preposition(doc, token)
    for token in _having(doc, tokens, ("advmod",), ("ADP", "ADV")):
        _adverb_locution_holding_the_clause(doc, token)
    for token in _having(doc, tokens, ("conj",), ("NOUN",)):
        _conjunct_with_an_article_climbs(token)
    for token in _having(doc, tokens, ("nmod", "appos"), ("PROPN", "NOUN")):
        _middle_of_a_list_taken_for_a_complement(doc, token)
    lowers = doc.to_array(LOWER)  # (the repairs change no word: read once)
    after_a_sum = set((np.flatnonzero(np.isin(lowers, _MEASURE_HASHES)) + 2).tolist())
    for token in _having(doc, tokens, ("appos", "nmod", "obj", "obl", "obl:mod", "conj"), ("NOUN",)):
        if token.i in after_a_sum and token.lemma_.lower() not in event_nouns:
            # ('ont rejeté à 88 % l'offre': an event is no unit a sum is counted by)
            _unit_of_a_rate_after_a_sum(doc, token)
    for token in _having(doc, tokens, ("acl",), ("VERB",)):
        _finite_clause_hung_on_its_subject(doc, token)
        noun = token.head
        verb = noun.head
        infinitive = is_infinitive(token)
        if (token.dep_ == "acl" and infinitive and noun.dep_.startswith("obl") and verb.pos_ == "VERB"
                and noun.i < token.i and not any(c.dep_ in ("mark", "case") for c in token.children)
                and not any(c.dep_ in ("obj", "xcomp", "ccomp") and not _relative_taken_for_a_completive(doc, c, token)
                            for c in verb.children)):
            # 'Le ministère affirme pour sa part avoir embauché 1 700 éducatrices' with the infinitive
            # hung on 'part': a noun's infinitive comes after 'de' or 'à' ('la décision de recruter');
            # with neither, it completes the verb
            token.head, token.dep_ = verb, "xcomp"
            columns_changed(doc)
    for token in _having(doc, tokens, ("acl:relcl",), ("NOUN",)):
        if token.dep_ == "acl:relcl" and token.pos_ == "NOUN" and any(
                c.dep_ == "nsubj" for c in token.children) and not any(c.dep_ in ("det", "cop") for c in token.children):
            # 'le projet, que l'association conteste devant le tribunal' with the verb of the relative
            # tagged a noun: a relative clause's head with a subject and no article is its verb
            token.pos_ = "VERB"
            columns_changed(doc)
            _verb_lemma(token)
            que = next((c for c in token.children if c.lower_ in ("que", "qu'") and c.dep_ == "mark"), None)
            if que is not None and not any(c.dep_ == "obj" for c in token.children):
                que.pos_, que.dep_ = "PRON", "obj"  # the relative pronoun is its object
                columns_changed(doc)
    for token in _having(doc, tokens, ("obj",), ("NOUN",)):
        if token.dep_ != "obj" or token.pos_ != "NOUN" or token.lemma_.lower() not in event_nouns:
            continue
        after = next((c for c in token.head.children if c.dep_ in ("obl", "obl:arg", "obl:mod")
                      and c.left_edge.i == token.right_edge.i + 1 and case_words(c) & _DE
                      and doc[c.left_edge.i + 1].lower_ != "ici"), None)  # ('d'ici là': a time)
        if after is not None:
            # 'a annoncé la suppression de 40 postes' with 'de 40 postes' hung on the verb: right
            # after an event noun, its 'de' complement is the noun's ('accuser la direction de
            # mensonge', with no event noun, stays)
            after.head, after.dep_ = token, "nmod"
            columns_changed(doc)
    for token in _having(doc, tokens, ("nmod",), ("NOUN", "PROPN")):
        owner = token.head
        # the object, or a noun of its phrase ('le tri des dossiers à un logiciel')
        obj = owner if owner.dep_ == "obj" else owner.head if owner.dep_ == "nmod" and owner.head.dep_ == "obj" else None
        verb = obj.head if obj is not None else None
        if (token.dep_ == "nmod" and give_verbs and verb is not None and verb.pos_ == "VERB"
                and fold(verb.lemma_) in give_verbs
                and case_words(token) & {"à", "au", "aux"} and owner.i < token.i
                and fold(token.lemma_) not in time_words  # 'verser des dividendes à la fin de l'année'
                and (any(c.dep_ == "det" and c.pos_ == "DET" for c in token.children) or case_words(token) & {"au", "aux"}
                     or token.pos_ == "PROPN")  # 'confier la gestion des piscines à Aqualis'
                and not any(c.dep_ in ("obl", "obl:arg", "iobj") and case_words(c) & {"à", "au", "aux"} for c in verb.children)
                # ('leur versera une prime à l'export': the clitic already says who receives)
                and not any(c.dep_ == "iobj" and c.pos_ == "PRON" for c in verb.children)):
            # 'confier le tri des dossiers à un logiciel', 'verser une prime aux salariés' with
            # the 'à' phrase hung on the object: after a verb of giving, it names who or what
            # receives ('une hausse à deux chiffres', with no article, stays the noun's)
            token.head, token.dep_ = verb, "obl:arg"
            columns_changed(doc)
    for token in _having(doc, tokens, ("obl", "obl:mod"), ("NOUN",)):
        verb = token.head
        kids = list(token.children)
        case = next((c for c in kids if c.dep_ == "case" and c.i < token.i), None)
        number = next((c for c in kids if c.dep_ == "nummod" and c.like_num), None)
        det = next((c for c in kids if c.dep_ == "det" and c.pos_ == "DET"), None)
        if (case is not None and number is not None and det is not None and case.i < number.i < det.i < token.i
                and verb.pos_ == "VERB" and verb.i < case.i and not any(c.dep_ == "obj" for c in verb.children)):
            # 'emploie depuis 2021 un robot' parsed as one phrase 'depuis ... robot': an article never
            # follows a number inside a noun phrase ('les 2 outils'), so the phrase of the preposition
            # ends at the number and the article opens the verb's object
            number.head, number.dep_ = verb, "obl:mod"
            case.head = number
            token.dep_ = "obj"
            columns_changed(doc)
    for token in _having(doc, tokens, (), ("NUM",)):
        if token.i + 1 >= len(doc) or not token.dep_.startswith(("nsubj", "obj", "obl", "nmod", "conj")):
            continue
        noun = doc[token.i + 1]
        det = next((c for c in token.children if c.dep_ == "det" and c.i < token.i), None)
        if (det is not None and noun.head.i == token.i and noun.dep_ == "amod" and noun.pos_ in ("ADJ", "VERB")
                and noun.text.islower() and not morph_values(noun, "VerbForm") == ["Inf"]):
            # 'Les 80 infirmières du service ont débrayé' parsed as the number with an adjective: after
            # an article and a number comes the noun counted; the number is its count
            noun.head, noun.dep_, noun.pos_ = token.head, token.dep_, "NOUN"
            columns_changed(doc)
            for c in list(token.children):
                if c.i != noun.i:
                    c.head = noun
            token.head, token.dep_ = noun, "nummod"
            columns_changed(doc)
    for token in _having(doc, tokens, ("nsubj", "nsubj:pass"), ("NOUN", "PROPN")):
        quote = doc[token.i - 1] if token.i > 0 else None
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if (quote is not None and quote.is_quote and subject is not None and token.head.i > token.i
                and quote.i >= 2 and doc[quote.i - 1].pos_ in ("NOUN", "PROPN")):
            # 'Le studio X, connu pour la série « Asphalte Rouge », va licencier' with the title in
            # quotation marks taken for the verb's subject and the studio for the title's: a noun
            # takes no subject; the title names the noun before the quotation marks
            verb = token.head
            subject.head, subject.dep_ = verb, token.dep_
            token.head, token.dep_ = doc[quote.i - 1], "appos"
            columns_changed(doc)
    for token in _having(doc, tokens, ("cop", "aux:tense"), ("AUX",)):
        if token.dep_ == "cop":
            _state_before_date(doc, token, time_words)
        _state_with_adjective(doc, token)
    for token in _having(doc, tokens, ("cop",), ("AUX",)):
        noun = token.head
        verb = next((c for c in noun.children if c.pos_ == "VERB" and c.dep_ in ("dep", "acl", "amod")
                     and token.i < c.i < noun.i and "Part" in morph_values(c, "VerbForm")), None)
        if (token.dep_ == "cop" and token.lemma_ == "être" and noun.pos_ == "NOUN" and verb is not None
                and all(t.pos_ in ("NUM", "DET", "ADV") or t.i == verb.i for t in doc[token.i + 1:noun.i])):
            # 'ont été payés 900 euros par la commune' parsed as 'être' the copula of the sum, with the
            # participle hung on it: the participle is the passive verb, the sum its object
            verb.head, verb.dep_ = noun.head if noun.head.i != noun.i else verb, noun.dep_
            columns_changed(doc)
            for c in list(noun.children):
                if c.dep_ in ("nsubj", "nsubj:pass", "aux:tense", "aux", "advmod", "punct", "obl:mod", "obl")                        or c.dep_ == "nmod" and "par" in case_words(c) or c.i == token.i:
                    c.head = verb
            token.dep_ = "aux:pass"
            columns_changed(doc)
            for c in verb.children:
                if c.dep_ == "nsubj":
                    c.dep_ = "nsubj:pass"
                    columns_changed(doc)
                elif c.dep_ == "nmod" and "par" in case_words(c):
                    c.dep_ = "obl:agent"
                    columns_changed(doc)
            noun.head, noun.dep_ = verb, "obj"
            columns_changed(doc)
    for token in _having(doc, tokens, ("aux:tense", "aux:pass"), ("AUX",)):
        verb = token.head
        if (etre_verbs and token.dep_ == "aux:pass" and token.lemma_ == "être" and verb.pos_ == "VERB"
                and fold(verb.lemma_) in etre_verbs and not any(c.dep_ == "obl:agent" for c in verb.children)):
            # 'les délégués sont arrivés à un compromis' taken for a passive: a verb whose compound
            # tenses take 'être' makes them so, its subject is its doer
            token.dep_ = "aux:tense"
            columns_changed(doc)
            _relabel(doc, verb, "nsubj:pass", "nsubj")
        elif token.dep_ == "aux:pass" and verb.pos_ == "VERB" and "Part" in morph_values(verb, "VerbForm"):
            # 'les perchistes sont rémunérés' with the passive's subject as an active one
            _relabel(doc, verb, "nsubj", "nsubj:pass")
        elif (etre_verbs and token.dep_ == "aux:tense" and token.lemma_ == "être" and verb.pos_ == "VERB"
                and "Part" in morph_values(verb, "VerbForm") and fold(verb.lemma_) not in etre_verbs
                and not any(c.dep_.startswith("expl") or c.lower_ in ("se", "s'") for c in verb.children)):
            # 'les perchistes seront payés 12 euros' with 'être' taken for the auxiliary of a compound
            # tense: only a few verbs ('partir', 'arriver') and reflexives make their tenses with
            # 'être'; with any other verb it is a passive
            token.dep_ = "aux:pass"
            columns_changed(doc)
            _relabel(doc, verb, "nsubj", "nsubj:pass")
    for token in _having(doc, tokens, ("nsubj",), ("NOUN", "PROPN")):
        verb = token.head
        if (token.dep_ == "nsubj" and verb.pos_ == "VERB" and morph_values(verb, "VerbForm") == ["Part"]
                and "Past" in morph_values(verb, "Tense") and token.i < verb.i
                # ('Brenvel recrute 200 ingénieurs' with 'recrute' tagged a participle: an -er verb's ends in é)
                and (not verb.lemma_.endswith("er") or verb.lower_.endswith(PARTICIPLE_ENDINGS))
                and fold(verb.lemma_) not in etre_verbs and not any(c.dep_.startswith(("aux", "expl")) for c in verb.children)):
            # 'un poste en CDI rémunéré 45 k€' with the noun taken for the subject of the participle:
            # a past participle with no auxiliary is passive ('partis', of a verb taking 'être', is not);
            # what it hangs on is what is acted on
            token.dep_ = "nsubj:pass"
            columns_changed(doc)
    for token in _having(doc, tokens, ("dep",), ("NOUN",)):
        verb = token.head
        if (token.dep_ == "dep" and verb.pos_ == "VERB" and token.i == verb.i + 1
                and token.lemma_.lower() in event_nouns and not any(c.dep_ in ("det", "case") for c in token.children)):
            # 'ont fait grève jeudi' with the bare event noun left unattached: right after its verb,
            # it is the verb's object, the noun of a support verb
            token.dep_ = "obj"
            columns_changed(doc)
    for token in _having(doc, tokens, ("nsubj", "nsubj:pass", "obj", "appos", "obl", "obl:arg", "obl:mod", "nmod"),
                         ("ADV",)):
        if token.pos_ == "ADV" and token.text[:1].isupper() and token.dep_ in (
                "nsubj", "nsubj:pass", "obj", "appos", "obl", "obl:arg", "obl:mod", "nmod"):
            # 'Lunéa a recruté', 'a assigné Rydo': a capitalised word the tagger took for an adverb in the
            # place of a noun phrase is a name (an adverb fills no subject or object)
            token.pos_ = "PROPN"
            token.lemma_ = token.text
            columns_changed(doc)
    for token in _having(doc, tokens, ("advcl", "dep"), ("VERB",)):
        if (token.dep_ in ("advcl", "dep") and morph_values(token, "VerbForm") == ["Part"] and "Past" in morph_values(token, "Tense")
                and token.i >= 2 and doc[token.i - 1].text == ","
                and not any(c.dep_.startswith(("aux", "nsubj")) for c in token.children)):
            noun = doc[token.i - 2]
            time = noun
            while time.head.i != time.i and time.head.i < token.i and time.dep_ not in ("obl:mod", "obl"):
                time = time.head
            first = time.left_edge
            if (first.i >= 1 and first.lower_ in ("d'", "de") and first.i + 1 < len(doc)
                    and doc[first.i + 1].lower_ == "ici"):
                noun = doc[first.i - 1]  # ('une quarantaine de mécaniciens d'ici 2027, payés ...': before the time)
            while (noun.pos_ in ("ADJ", "NUM", "ADV") and noun.dep_ in ("amod", "nmod", "nummod", "advmod")
                   and noun.head.i < noun.i):
                # 'les 40 ouvriers agricoles, payés ...', 'une quarantaine de mécaniciens d'ici 2027, payés ...':
                # the noun its adjective or its date qualifies
                noun = noun.head
            if noun.pos_ == "NOUN" and morph_values(noun, "Number") and morph_values(token, "Number"):
                # 'pour les 60 saisonniers, payés entre 4 300 et 4 800 francs' with the participle taken for
                # a clause of the verb: right after a noun and a comma, agreeing with it, it is the noun's;
                # after an adjunct of a verb that does not agree ('a recruté 120 guides pour l'été, payés
                # ...'), the nearest of that verb's nouns before it that agrees
                noun = noun if _agrees(token, noun) else _agreeing_noun_of_the_verb(token, phrase_head(noun))
                if noun is not None:
                    token.head, token.dep_ = noun, "acl"
                    columns_changed(doc)
    for token in _having(doc, tokens, ("acl",), ("VERB",)):
        _finite_clause_hung_on_its_subject(doc, token)
        noun = token.head
        if token.dep_ != "acl" or "Part" not in morph_values(token, "VerbForm") or noun.pos_ != "NOUN":
            continue
        if not _agrees(token, noun):
            # 'une garantie de 2,4 M€ sur trois ans versée au studio' with the participle hung on the
            # nearest noun: a participle agrees with its noun; the first noun up the phrase that agrees is it
            # ('une prime d'intéressement de fin d'exercice de 300 euros versée': of the nouns that agree, the one
            # that names an event, a sum paid or offered, before a noun that only says what kind)
            up, agreeing = noun.head, []
            while up.pos_ == "NOUN" and up.i < noun.i and noun.dep_ == "nmod":
                if _agrees(token, up):
                    agreeing.append(up)
                noun, up = up, up.head
            chosen = next((a for a in agreeing if a.lemma_.lower() in event_nouns), agreeing[0] if agreeing else None)
            if chosen is None and doc[token.i - 1].text == "," and not any(c.dep_.startswith("aux") for c in token.children):
                # ('a embauché 300 cueilleurs en contrat court, rémunérés ...': the noun is an adjunct of the
                # verb; the nearest of the verb's nouns before it that agrees is the participle's)
                chosen = _agreeing_noun_of_the_verb(token, phrase_head(token.head))
            if chosen is not None:
                token.head = chosen
    for token in _having(doc, tokens, pos=("VERB",)):
        if (token.pos_ == "VERB" and morph_values(token, "Tense") == ["Pres"] and "Part" in morph_values(token, "VerbForm")
                and not token.lower_.endswith("ant") and token.dep_ in ("advcl", "acl", "xcomp")):
            # 'diffusés en avant-première sur X' with the noun taken for a gerund: every present
            # participle ends in '-ant'; the word is a noun and its complements are the verb's
            verb = token.head
            token.pos_, token.dep_ = "NOUN", "obl:mod"
            columns_changed(doc)
            token.set_morph("")
            for c in list(token.children):
                if c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and c.i > token.i:
                    c.head = verb
                elif c.dep_ == "mark":
                    c.dep_, c.pos_ = "case", "ADP"
                    columns_changed(doc)
    for token in _having(doc, tokens, ("nmod", "obl", "obl:arg", "obl:mod", "nsubj", "obj"), ("ADJ",)):
        if token.dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "nsubj", "obj") and any(
                c.dep_ in ("case", "det") and c.i < token.i for c in token.children):
            # 'Une vingtaine de brodeuses', 'les soudeuses de l'usine' with the noun tagged an adjective:
            # a word with its own preposition or article that heads a complement is a noun
            token.pos_ = "NOUN"
            columns_changed(doc)
    for token in _having(doc, tokens, ("nsubj", "obj", "dep"), ("PRON",)):
        verb = token.head
        if (token.dep_ == "nsubj" and token.lower_ in ("lui", "leur") and token.i < verb.i
                and any(c.dep_ == "nsubj" and c.i < token.i for c in verb.children)):
            # 'La direction leur a offert une hausse' with the clitic taken for a second subject: 'lui'
            # and 'leur' before the verb are its indirect object
            token.dep_ = "iobj"
            columns_changed(doc)
        elif (token.dep_ in ("obj", "dep") and token.lower_ in ("lui", "leur") and token.i < verb.i
              and verb.pos_ in ("VERB", "AUX")):
            # ('Le conseil leur avait proposé une hausse', also with the clitic left as 'dep': the direct object
            # clitics are 'le', 'la', 'les')
            token.dep_ = "iobj"
            columns_changed(doc)
    for token in _having(doc, tokens, ("conj",), ("NOUN",)):
        date = token.head
        if not (token.dep_ == "conj" and token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children)
                and (date.pos_ == "NUM" or fold(date.lemma_) in time_words) and date.dep_ in ("obl", "obl:mod")):
            continue
        verb = date.head
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < date.i), None)
        if obj is not None and verb.pos_ == "VERB" and not case_words(token):
            # 'a annoncé la fermeture du site le 30 septembre et le licenciement de 34 salariés' with the
            # second noun joined to the date: a noun phrase with its article is the object's conjunct
            token.head = obj
    for token in _having(doc, tokens, ("advmod",), ("PROPN",)):
        verb = token.head
        if (token.dep_ == "advmod" and verb.pos_ == "VERB" and verb.i < token.i
                and not any(c.dep_ == "obj" or c.dep_ in ("ccomp", "xcomp") and c.i < token.i for c in verb.children)):
            # 'a assigné Kavelo devant le tribunal' with the name taken for an adverb: a name after a
            # verb that has no object is its object
            token.dep_ = "obj"
            columns_changed(doc)
    for token in _having(doc, tokens, ("ROOT",)):
        if token.dep_ == "ROOT" and "Fin" in morph_values(token, "VerbForm") and (token.lemma_ == "avoir" or (
                token.lemma_ == "être" and any("Yes" in morph_values(c, "Reflex") and c.i < token.i
                                               for c in token.children))):
            # ('s'est pour sa part résolue à ...': the compound tense of a reflexive verb, with 'être')
            _split_compound_tense(doc, token)
    for token in _having(doc, tokens, ("ROOT", "conj", "acl:relcl", "ccomp"), ("ADJ",)):
        _reflexive_participle_tagged_an_adjective(doc, token)
    for token in _having(doc, tokens, ("punct", "dep", "cc", "advmod"), ("VERB", "AUX")):
        _auxiliary_cut_off_from_subject_and_participle(doc, token)
    for token in _having(doc, tokens, ("aux:tense", "aux:pass"), ("VERB", "AUX")):
        _auxiliary_hung_past_its_participle(doc, token)
    for token in _having(doc, tokens, ("obl", "obl:mod", "obl:arg", "nmod"), ("NOUN",)):
        _for_its_part_is_an_adverb(doc, token)
    for token in _having(doc, tokens, ("vocative", "dep", "obj", "iobj", "obl", "obl:mod", "appos"), ("PRON",)):
        _subject_pronoun_given_another_relation(doc, token)
    for token in _having(doc, tokens, pos=("PUNCT", "PROPN")):
        lettered_punct = token.pos_ == "PUNCT" and any(ch.isalpha() for ch in token.text)
        if lettered_punct or (token.pos_ == "PROPN" and token.dep_ in ("cc", "mark", "case", "det")):
            # 'Al-Xyz lui a offert': a word with letters is never punctuation; the tagger takes some
            # hyphenated names for it, and the parser some names for a conjunction ('Xyz aurait
            # offert' with 'Xyz' as 'cc'). Before its verb, with nothing but clitics and auxiliaries
            # between and no other subject, it is the subject.
            if lettered_punct:
                token.pos_ = "PROPN" if token.text[:1].isupper() else "NOUN"
                columns_changed(doc)
            verb = token.head
            between = doc[token.i + 1:verb.i] if token.i < verb.i else None
            if (token.dep_ in ("punct", "cc", "mark", "case", "det") and verb.pos_ in ("VERB", "AUX")
                    and between is not None
                    and all(t.pos_ in ("PRON", "AUX", "ADV") for t in between)
                    and not any(c.dep_.startswith("nsubj") for c in verb.children)):
                token.dep_ = "nsubj"
                columns_changed(doc)
    for token in _having(doc, tokens, ("nmod",)):
        if token.dep_ != "nmod":
            continue
        head = token.head
        if head.i < token.i and fold(head.lemma_) in time_words and case_words(token) & _DE:
            # 'neuf jours de grève des pilotes': the second 'de' hangs on the noun just before it,
            # not on the duration
            between = [t for t in doc[head.i + 1:token.i] if t.dep_ == "nmod" and t.head.i == head.i
                       and t.pos_ == "NOUN"]
            if between:
                token.head = between[-1]
            elif (head.dep_ == "nmod" and case_words(head) & _DE and head.head.pos_ == "NOUN"
                  and head.head.lemma_.lower() in event_nouns and any(c.dep_ in ("nummod", "amod") and c.like_num
                                                                     for c in head.children)):
                # 'un débrayage de neuf jours des ouvriers': a counted duration measures the event noun
                # before it, whose doer the next 'de' names
                token.head = head.head
    subjects_of: dict[int, list] = {}
    for token in _having(doc, tokens, ("nsubj",)):
        if token.dep_ == "nsubj":
            subjects_of.setdefault(token.head.i, []).append(token)
    for i, subjects in subjects_of.items():
        token = tokens[i]
        if len(subjects) > 1:
            # 'C'est notre confrère X qui le révèle : le club a refusé ...': two subjects
            # for one verb, one of them beyond a colon; that one belongs to the clause before it
            for subject in subjects:
                lo, hi = sorted((subject.i, token.i))
                if any(t.text in (":", ";") for t in doc[lo:hi]):
                    subject.dep_ = "dislocated"
                    columns_changed(doc)
            qui = next((s for s in subjects if s.lower_ == "qui" and s.pos_ == "PRON"), None)
            main = token.head
            first = subjects[0]
            if (qui is not None and first is not qui and first.i + 2 == qui.i and doc[first.i + 1].text == ","
                    and main.pos_ in ("VERB", "AUX") and main.i > token.i
                    and not any(c.dep_.startswith("nsubj") for c in main.children)):
                # 'Celui-ci, qui touchait 900 000 £, percevra ...' with both subjects on the relative's
                # verb: the one before 'qui' is the subject of the main verb, the relative its own
                first.head = main
                token.head, token.dep_ = first, "acl:relcl"
                columns_changed(doc)
    for token in _having(doc, tokens, pos=("VERB",)):
        if token.pos_ == "VERB" and token.dep_ in ("obj", "nsubj", "obl", "obl:arg", "obl:mod", "nmod", "conj", "appos",
                                                   "ROOT", "ccomp", "acl", "dep") and any(
                c.dep_ == "det" and "Art" in morph_values(c, "PronType") for c in token.children):
            # 'a rejeté l'offre' with 'offre' tagged as the verb 'offrir': an article makes it a noun
            # (so too in an apposition after a comma, 'une prime, une offre que ...', read as a clause)
            token.pos_ = "NOUN"
            token.lemma_ = token.lower_
            columns_changed(doc)
            if token.dep_ == "ROOT" and token.i > 0 and doc[token.i - 1].head.i == token.i:
                _noun_root_ending_a_relative(doc, token, doc[token.i - 1])
    for token in _having(doc, tokens, ("nmod",), ("NOUN",)):
        if token.dep_ != "nmod" or token.pos_ != "NOUN" or fold(token.lemma_) in time_words:
            continue
        unit = token.head
        if not (unit.dep_ == "nmod" and unit.head.pos_ == "NOUN" and unit.head.i < unit.i < token.i):
            continue  # (no figure of a noun's phrase above it: its children need not be read)
        children = list(token.children)
        if (any(c.dep_ == "nummod" or c.like_num for c in unit.children)
                and any(c.dep_ == "case" and c.lower_ == "par" for c in children)
                and not any(c.dep_ == "det" for c in children)):
            # 'une indemnité de 20 000 francs par salarié' with 'par salarié' hung on the figure: a share
            # for each is the sum's ('500 euros par mois' is a rate, and stays)
            token.head = unit.head
    for token in _having(doc, tokens, ("ccomp",), ("VERB",)):
        if token.dep_ != "ccomp" or token.pos_ != "VERB":
            continue
        que = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'") and c.i < token.i), None)
        # (the object right before the comma: 'a présenté lundi ... un plan, que ...' with 'lundi' an object too)
        obj = next((c for c in token.head.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")
                    and que is not None and c.right_edge.i == que.i - 2), None)
        if (que is not None and obj is not None and que.i >= 2 and doc[que.i - 1].text == ","
                and any(c.dep_ in ("nsubj", "nsubj:pass") and que.i < c.i < token.i for c in token.children)
                and not any(c.dep_ == "obj" for c in token.children)):
            # 'a proposé une prime, que les grévistes ont rejetée' with the clause taken for the verb's
            # completive: right after its object and a comma, 'que' with a subject and no object for
            # its verb is a relative pronoun, object of that verb, and the clause the object's
            token.head = obj
    for token in _having(doc, tokens, ("acl", "ccomp")):
        if token.dep_ not in ("acl", "ccomp"):
            continue
        que = next((c for c in token.children if c.dep_ == "mark" and c.lower_ in ("que", "qu'") and c.i < token.i), None)
        if (que is not None and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < que.i
                and any(c.dep_ in ("nsubj", "nsubj:pass") and que.i < c.i < token.i for c in token.children)
                and not any(c.dep_ == "obj" for c in token.children)):
            # 'une offre que la fédération a rejetée' with 'que' taken for a conjunction: after a noun,
            # 'que' with a subject after it and no object for the verb is the relative pronoun object
            token.dep_ = "acl:relcl"
            que.dep_, que.pos_ = "obj", "PRON"
            columns_changed(doc)
    for token in _having(doc, tokens, pos=("VERB", "AUX")):
        if token.pos_ not in ("VERB", "AUX"):
            continue
        objs = [c for c in token.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")]
        if len(objs) == 2 and doc[objs[1].left_edge.i - 1].text == "," \
                and not any(c.dep_ == "cc" for c in objs[1].children):
            # 'a annoncé leur syndicat, les Teamsters': a verb has one object; a second one after a
            # comma says again who the first is
            objs[1].head, objs[1].dep_ = objs[0], "appos"
            columns_changed(doc)
    for token in _having(doc, tokens, ("conj",)):
        if token.dep_ != "conj":
            continue
        inner = token.head
        outer = inner.head
        if (inner.dep_ == "nmod" and inner.i < token.i
                and not any(c.dep_ == "case" for c in token.children)  # 'de X et de Y' is one party's
                and "entre" in case_words(outer)
                and not any(c.dep_ == "conj" for c in outer.children)):
            # 'entre la direction de Vantel et les syndicats': 'entre' wants two parties, so the
            # conjunct the parser hung inside the first one is the second
            token.head = outer
    for token in _having(doc, tokens, ("conj",)):
        if token.dep_ != "conj":
            continue
        noun = token.head
        if (token.pos_ == "VERB" and "Fin" in morph_values(token, "VerbForm")
                and noun.pos_ in ("NOUN", "PROPN") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i < noun.i):
            # 'a rejeté l'offre et maintient son appel': a finite verb is the conjunct of the verb,
            # not of its object
            token.head = noun.head
    for token in _having(doc, tokens, ("conj",), ("NOUN", "PROPN")):
        if token.dep_ != "conj" or token.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = token.head
        cc = next((c for c in token.children if c.dep_ == "cc" and c.i < token.i), None)
        if (verb.pos_ in ("VERB", "AUX")
                and cc is not None and verb.i < cc.i - 1):
            # 'signé par le SNPL et la direction': a noun joined by 'et' to a verb is the
            # conjunct of the noun phrase just before the 'et'
            prev = doc[cc.i - 1]
            # up to the head of its phrase: a preposition ('par le SNPL') closes it
            while (prev.head.i != verb.i and verb.i < prev.head.i < cc.i
                   and not any(c.dep_ == "case" for c in prev.children)):
                prev = prev.head
            if prev.pos_ in ("NOUN", "PROPN") and prev.dep_ != "conj" and prev.i != verb.i:
                token.head = prev
                _conjunct_with_an_article_climbs(token)  # ('une hausse de 4 % et une prime')
    for token in _having(doc, tokens, ("acl", "xcomp", "advcl")):
        if token.dep_ not in ("acl", "xcomp", "advcl"):
            continue
        noun = token.head
        qualifier = None
        if (token.dep_ == "xcomp" and noun.dep_ == "acl" and noun.head.i < noun.i < token.i
                and morph_values(noun, "VerbForm") == ["Part"] and not any(c.dep_.startswith("aux") for c in noun.children)):
            # ('Un soudeur diplômé touche ...': the finite verb hung on the participle that qualifies the noun)
            qualifier, noun = noun, noun.head
        if noun.pos_ not in ("NOUN", "PROPN", "X") or noun.dep_ not in ("ROOT", "appos", "nmod") or noun.i >= token.i:
            continue  # (what the rewrite below asks first: a noun before the verb, a root or a fronted source's)
        misread = morph_values(token, "VerbForm") == ["Inf"] and not token.lower_.endswith(("r", "re"))
        # 'Un testeur gagne 48 000 $' parsed as a noun with a finite verb for its clause: with no
        # relative pronoun or subject of its own, the finite verb is the sentence's
        # ('Une aide à domicile y gagne ...': a complement of the noun and a clitic may come between)
        between = doc[noun.i + 1:token.i] if noun.i < token.i else ()
        longest = 5
        if len(between) > 5 and between[-1].text == "," and token.dep_ == "acl":
            # ('Les 80 salariés de l'atelier X, qui fabrique des meubles, entament ...': a
            # relative clause set off by commas is the subject's; the words around it are what count)
            relative = {t.i for r in between if r.dep_ == "acl:relcl" for t in r.subtree}
            if relative:
                between = [t for t in between if t.i not in relative and t.text != ","]
                longest = 8  # the subject's own words: 'de l'atelier X de Y'
        # ('L'agence X a par ailleurs embauché ...': a participle with its own finite auxiliary is finite)
        tensed = "Fin" in morph_values(token, "VerbForm") or any(
            c.dep_ == "aux:tense" and "Fin" in morph_values(c, "VerbForm") and c.i < token.i for c in token.children)
        # ('X Holdings a aussi recruté ...': a name the tagger left untagged, the verb its adverbial)
        finite = ((token.dep_ == "acl" or qualifier is not None or token.dep_ == "advcl" and not misread)
                  and tensed and noun.i < token.i
                  and all(t.pos_ in ("ADP", "NOUN", "ADJ", "DET", "PROPN", "ADV") or t.lower_ in ("y", "en", "ne", "n'")
                          or t.head.i == token.i and t.dep_ == "aux:tense" or qualifier is not None and t.i == qualifier.i
                          for t in between)
                  and len(between) <= longest
                  and not any(c.dep_.startswith("nsubj") or c.dep_ == "obj" and c.pos_ == "PRON" for c in token.children))
        source = noun.head
        fronted = (noun.dep_ in ("appos", "nmod") and source.dep_ == "ROOT" and source.i < noun.i
                   and not any(c.dep_ == "case" for c in noun.children)
                   and any(c.dep_ in ("case", "fixed") and c.lower_ in ("selon", "d'après", "après") for c in source.children))
        inside = {t.i for t in between}  # a preposition of the noun's complement, hung on the verb, is no mark
        if ((noun.dep_ == "ROOT" or fronted) and noun.i < token.i and (misread or finite)
                and (noun.pos_ in ("NOUN", "PROPN") or noun.pos_ == "X" and token.dep_ == "advcl")
                and not any(c.dep_ in ("mark", "case") and c.i not in inside for c in token.children)):
            for t in between:
                if t.head.i == token.i and t.pos_ in ("NOUN", "ADJ"):
                    t.head, t.dep_ = noun, "nmod" if t.pos_ == "NOUN" else "amod"
                    columns_changed(doc)
                elif t.head.i == token.i and t.pos_ == "ADP":
                    complement = next((u for u in doc[t.i + 1:token.i] if u.pos_ == "NOUN"), None)
                    if complement is not None:
                        t.head, t.dep_ = complement, "case"
                        columns_changed(doc)
            # 'Le syndicat négocie avec X' parsed as a noun with an infinitive: no French infinitive
            # ends like 'négocie'; the verb is the root and the noun its subject. So too after a
            # fronted source ('Selon X, un testeur gagne ...', the clause taken for X's apposition):
            # the source is the verb's
            token.head = token
            token.dep_ = "ROOT"
            noun.head = token
            noun.dep_ = "nsubj"
            columns_changed(doc)
            if fronted:
                source.head, source.dep_ = token, "obl:mod"
                columns_changed(doc)
                for child in [c for c in source.children if c.dep_ == "punct" and c.i > token.i]:
                    child.head = token
    for token in _having(doc, tokens, ("conj",), ("VERB",)):
        first = token.head
        # ('..., dont les cinq joueurs et l'entraîneur seront licenciés': so too in a relative clause)
        relative = next((t for t in doc[first.left_edge.i:first.i] if t.pos_ == "PRON"
                         and "Rel" in morph_values(t, "PronType")), None)
        if not (token.dep_ == "conj" and token.pos_ == "VERB" and (first.dep_ == "ROOT" or relative is not None)
                and first.pos_ in ("PROPN", "NOUN")):
            continue
        subj = next((c for c in token.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        cc = next((c for c in token.children if c.dep_ == "cc"), None)
        if (subj is not None and cc is not None and first.i < cc.i < subj.i < token.i
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[first.i:cc.i])):
            # 'X et la Y ont déposé un préavis' parsed as 'X' with a conjoined clause: the two names
            # are the subject of the verb
            if first.dep_ == "ROOT":
                _root_verb(token, first)
            else:
                token.head, token.dep_ = first.head, "acl:relcl"
                first.head = token
                columns_changed(doc)
            first.dep_ = subj.dep_
            subj.head, subj.dep_ = first, "conj"
            cc.head = subj
            columns_changed(doc)
    for token in _having(doc, tokens, ("acl",), ("VERB",)):
        if not (token.dep_ == "acl" and token.pos_ == "VERB" and token.lower_.endswith(_FUTURE)
                and "Part" in morph_values(token, "VerbForm")):
            continue
        root = token.sent.root
        if (root.pos_ in ("NOUN", "PROPN") and root.i < token.i
                and not any(c.dep_.startswith("nsubj") for c in token.children)):
            # 'Le salaire des caristes atteindra 2 400 euros' with the verb taken for a participle of
            # the noun before it: no participle ends like a future; it is the sentence's verb
            token.set_morph("Mood=Ind|Tense=Fut|VerbForm=Fin")
            _root_verb(token, root)
    for token in _having(doc, tokens, pos=("VERB",)):
        if (token.pos_ == "VERB" and token.text[:1].isupper() and token.i > token.sent.start
                and token.lemma_ == token.lower_ and not morph_values(token, "VerbForm") == ["Inf"]):
            # '... utilisent déjà ChatGPT' with the name tagged as a verb: inside a sentence no
            # French verb starts with a capital; an unlemmatised one is a name
            token.pos_ = "PROPN"
            columns_changed(doc)
            if token.dep_ == "xcomp" and not any(c.dep_ == "obj" for c in token.head.children):
                token.dep_ = "obj"
                columns_changed(doc)
    for token in _having(doc, tokens, ("cop",)):
        noun = token.head
        if token.dep_ != "cop" or token.lemma_ != "être" or noun.pos_ != "NOUN":
            continue
        infinitive = _participle_of(noun, verbs)
        if (infinitive is not None and any(c.dep_ == "nsubj" for c in noun.children)
                and not any(c.dep_ in ("det", "case") for c in noun.children)):
            # 'Ses 230 téléconseillers seront licenciés' with the participle tagged as a noun, 'être' its
            # copula: a participle of a verb of the lexicon after 'être', with no article, is a passive
            noun.pos_, noun.lemma_ = "VERB", infinitive
            columns_changed(doc)
            noun.set_morph("Tense=Past|VerbForm=Part|Voice=Pass")
            token.dep_ = "aux:pass"
            columns_changed(doc)
            _relabel(doc, noun, "nsubj", "nsubj:pass")
    for token in _having(doc, tokens, ("acl", "amod", "nmod"), ("NOUN",)):
        if token.dep_ not in ("acl", "amod", "nmod") or token.pos_ != "NOUN":
            continue
        infinitive = _participle_of(token, verbs)
        noun = token.head
        if (infinitive is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i < token.i
                and not any(c.dep_ in ("det", "case", "nummod") for c in token.children) and _agrees(token, noun)):
            # '1 200 agents licenciés en 2021' with the participle tagged as a noun on the noun it
            # qualifies: a participle of a verb of the lexicon, with no article, qualifying a noun
            token.pos_, token.lemma_, token.dep_ = "VERB", infinitive, "acl"
            columns_changed(doc)
            token.set_morph("Tense=Past|VerbForm=Part")
    for token in _having(doc, tokens, ("amod", "nmod"), ("VERB",)):
        if (token.dep_ in ("amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i < token.i
                and "Part" in morph_values(token, "VerbForm") and "Past" in morph_values(token, "Tense")
                and not any(c.dep_ in ("case", "det", "aux:tense") for c in token.children)):
            # 'des agents licenciés en 2021' with the past participle an adjective: a participle after
            # the noun it qualifies is a clause on it, whose verb acts on the noun
            token.dep_ = "acl"
            columns_changed(doc)
    passive_heads = {t.head.i for t in _having(doc, tokens, ("nsubj:pass", "aux:pass"))}
    for token in _having(doc, tokens, pos=("NOUN",)):
        if token.pos_ == "NOUN" and token.i in passive_heads and not any(
                c.dep_ == "det" and not any(d.i > c.i and d.dep_ in ("iobj", "obj", "amod") for d in token.children)
                for c in token.children):  # (an article before the subject the parser hung on it is the subject's)
            # 'les salariés seront licenciés' with the participle tagged as a noun: a noun takes
            # no passive subject or auxiliary; it is the passive verb
            token.pos_ = "VERB"
            columns_changed(doc)
            infinitive = _participle_of(token, verbs)
            if token.lemma_ not in verbs and infinitive is not None:
                token.lemma_ = infinitive  # ('licenciés' left as its own lemma)
            front = [c for c in token.children if c.i < token.i and c.dep_ in ("iobj", "obj", "amod") and c.pos_ in ("ADJ", "NOUN")
                     and any(d.dep_ in ("det", "nummod") and d.i < c.i for d in (*c.children, *token.children))]
            if front and not any(c.dep_.startswith("nsubj") for c in token.children):
                # ('Les 12 restants seront mutés' with the subject taken for a dative)
                front[0].dep_ = "nsubj:pass"
                columns_changed(doc)
                for d in [d for d in token.children if d.i < front[0].i and d.dep_ in ("det", "nummod")]:
                    d.head = front[0]
                    columns_changed(doc)
            for c in token.children:
                if c.dep_ == "cop" and c.lemma_ == "être":
                    c.dep_ = "aux:pass"
                    columns_changed(doc)
    for token in _having(doc, tokens, pos=("NOUN",)):
        if token.pos_ != "NOUN" or token.lower_[-1:] not in ("e", "s", "t"):
            continue
        word = token.lower_
        lemma = next((word[:-len(end)] + "er" for end in ("ent", "es", "e")
                      if word.endswith(end) and word[:-len(end)] + "er" in verbs), None)
        if lemma is None:
            continue  # (no form of a verb of the lexicon: its children need not be read)
        children = list(token.children)
        if (any(c.dep_ == "nsubj" and c.i < token.i for c in children)
                and any(c.dep_ == "obj" and c.i > token.i for c in children)
                and not any(c.dep_ in ("det", "case") for c in children)):
            # 'Un comédien touche 200 euros' with the verb tagged as the noun 'touche': a noun takes
            # no subject and no object; with both, a form of a verb in -er is that verb
            token.pos_, token.lemma_ = "VERB", lemma
            columns_changed(doc)
            token.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
            continue
        if token.i < 2:
            continue
        clitic, before = doc[token.i - 1], doc[token.i - 2]
        subject = next((c for c in children if c.dep_ == "nsubj" and c.i < clitic.i), None)
        if (clitic.lower_ in ("le", "la", "les", "l'") and clitic.head.i == token.i and subject is not None
                and (before.i == subject.right_edge.i
                     or before.lower_ in ("ne", "n'") and before.i - 1 == subject.right_edge.i)
                and not any(c.dep_ in ("cop", "case") for c in children)):
            # 'Le syndicat la refuse' with 'la refuse' taken for an article and a noun: a noun takes no
            # subject; with one right before the pronoun (or 'ne'), the word before is an object pronoun
            # and the word a verb in -er ('Un fondeur confirmé, la touche finale' has a comma, 'y la
            # touche' is no French order)
            token.pos_, token.lemma_ = "VERB", lemma
            columns_changed(doc)
            token.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
            clitic.pos_, clitic.dep_ = "PRON", "obj"
            columns_changed(doc)
    for token in _having(doc, tokens, ("nsubj:pass",)):
        verb = token.head
        if (token.dep_ == "nsubj:pass" and any(c.dep_ == "expl:pass" for c in verb.children)
                and not any(c.dep_ == "aux:pass" for c in verb.children)
                and any(c.dep_ in ("xcomp", "ccomp", "advcl") and morph_values(c, "VerbForm") == ["Inf"]
                        and c.i > verb.i for c in verb.children)):
            # 's'est engagée à verser', 's'apprête à fermer': a reflexive verb that takes an
            # infinitive is no passive; its subject does the infinitive's act
            token.dep_ = "nsubj"
            columns_changed(doc)
            for c in verb.children:
                if c.dep_ == "expl:pass":
                    c.dep_ = "expl:comp"
                    columns_changed(doc)
    for token in _having(doc, tokens, ("obl:agent",)):
        host = token.head
        if (token.dep_ == "obl:agent" and host.pos_ == "VERB" and host.dep_ in ("dep", "acl", "advcl", "conj")
                and not any(c.dep_.startswith("aux") for c in host.children) and host.head.i < host.i
                and any(c.dep_ == "aux:pass" for c in host.head.children)
                and not any(c.dep_ == "obl:agent" for c in host.head.children)):
            # 'a été approuvé à main levée par les grévistes' with 'par' hung on 'levée': a bare
            # participle inside a passive clause lends its doer to the passive verb
            token.head = host.head
    for token in _having(doc, tokens, ("obl:agent", "obl", "obl:mod")):
        host = token.head
        if (host.pos_ == "ADJ" and host.dep_ == "xcomp" and host.head.pos_ == "VERB"
                and (token.dep_ == "obl:agent" or "par" in case_words(token))
                and "Part" in morph_values(host.head, "VerbForm")
                and not any(c.dep_ == "obl:agent" for c in host.head.children)):
            # 'une hausse jugée indécente par les délégués' with 'par' hung on the adjective: the doer
            # of the participle that says it ('déclaré coupable par le tribunal' reads the same)
            token.head, token.dep_ = host.head, "obl:agent"
            columns_changed(doc)
    for token in _having(doc, tokens, ("obl:agent",)):
        if token.dep_ == "obl:agent" and not case_words(token) and not any(
                c.dep_ == "obj" for c in token.head.children):
            # 'recruter vingt techniciens, payés 1 950 euros par mois' with the sum taken for the doer:
            # a doer comes after 'par' (or 'de'); a noun phrase with no preposition is the object
            token.dep_ = "obj"
            columns_changed(doc)
    for token in _having(doc, tokens, ("nsubj:pass", "obl", "obl:mod")):
        if token.dep_ == "nsubj:pass" and _active(token.head):
            # 'Le fabricant a ensuite rejeté l'offre': a passive subject with no passive
            # auxiliary ('été') or reflexive ('se vend') is the subject of an active verb
            token.dep_ = "nsubj"
            columns_changed(doc)
        elif (token.dep_ in ("obl:mod", "obl") and _passive(token.head)
              and "par" in case_words(token)
              and (token.pos_ == "PROPN" or any(c.dep_ == "det" for c in token.children)
                   or token.lower_ == "%" and any(c.dep_ == "nummod" for c in token.children))):
            # 'Les postes ont été supprimés par Vantel': 'par' on a passive names its doer
            # ('par souci d'économie', a bare noun, gives a reason; 'par 91 % des adhérents', a share of
            # people, names them)
            token.dep_ = "obl:agent"
            columns_changed(doc)
    for token in _having(doc, tokens, ("obj",), ("NOUN",)):
        if fold(token.lemma_) in time_words:
            _time_adjective_taken_for_a_verb(doc, token)
    for token in _having(doc, tokens, ("obj",)):
        if token.dep_ != "obj" or fold(token.lemma_) not in time_words or token.head.pos_ != "VERB":
            continue
        verb = token.head
        if not any(c.dep_ in ("det", "nummod", "case", "nmod") for c in token.children):
            # 'a signé mardi avec le transporteur un accord' with the bare day as the object: a noun of
            # time with no article, number or complement is a date, never what is acted on ('a fixé la
            # date', with its article, stays); the phrases after it are then read afresh below
            token.dep_ = "obl:mod"
            columns_changed(doc)
            continue
        later = next((c for c in verb.children if c.i > token.i and c.pos_ == "NOUN" and c.dep_ in ("obl", "obl:mod", "nmod")
                      and any(d.dep_ == "det" for d in c.children)
                      and all(k.pos_ == "ADJ" for k in c.children if k.dep_ == "case")), None)
        if later is not None:
            # 'a proposé la semaine dernière une prime' with the date as the object and 'dernière' as
            # a preposition of the noun after it: the date says when, the noun is what is proposed
            for k in [k for k in later.children if k.dep_ == "case"]:
                k.head, k.dep_ = token, "amod"
                columns_changed(doc)
            token.dep_ = "obl:mod"
            later.dep_ = "obj"
            columns_changed(doc)
    for token in _having(doc, tokens, ("nmod", "obj", "appos", "dep")):
        # (an 'appos' with no comma before it is the same slip: 'avec la direction un accord'; so is a
        # bare 'dep': 'ont voté à 87 % une grève')
        if token.dep_ == "obj" and token.head.pos_ not in ("ADJ", "NOUN", "PROPN"):
            continue  # (the object of a verb, where it belongs: see below)
        # ('a ouvert en mai des discussions' with the plural article 'des' tagged a preposition
        # of the noun after the date: an article still)
        # ('a parlé en mars des salaires' is 'de' + 'les': only a verb of the lexicon's events, which take
        # what they act on as their object, is read so)
        if token.dep_ not in ("nmod", "obj", "appos", "dep"):
            continue
        cases = case_words(token)
        plural = (cases == {"des"} and token.head.dep_ in ("obl", "obl:mod")
                  and fold(token.head.lemma_) in time_words and token.head.i < token.i
                  and token.head.head.lemma_ in verbs)
        if (cases and not plural) or not (plural or any(c.dep_ == "det" for c in token.children)):
            continue
        host, verb = token.head, token.head.head
        if token.dep_ == "obj" and host.pos_ == "ADJ" and verb.pos_ == "VERB" and verb.i < host.i \
                and not any(c.dep_ == "obj" for c in verb.children):
            # 'versera au club tessinois une indemnité' with the object hung on the adjective: an
            # adjective takes no object; the verb before it does
            token.head = verb
            continue
        if token.dep_ == "obj" and host.pos_ not in ("NOUN", "PROPN"):
            continue  # a verb's object is where it belongs; a noun's 'object' is a slip
        top = host
        while (fold(host.lemma_) not in time_words and top.dep_ == "nmod" and top.head.i < top.i
               and top.head.pos_ in ("NOUN", "PROPN") and top.head.dep_ != "obj"):
            top = top.head  # 'a annoncé aux représentants du personnel la suppression': the party's phrase
        verb = top.head
        if (verb.pos_ != "VERB" or not verb.i < top.i < token.i or any(t.is_punct for t in doc[top.i + 1:token.i])
                or any(c.dep_ == "obj" for c in verb.children)):
            continue
        # ('utilise depuis mars un logiciel': a date after its preposition too)
        dated = fold(host.lemma_) in time_words and host.dep_ in ("obl", "obl:mod")
        dative = (top.dep_ in ("obl", "obl:arg", "obl:mod", "iobj")
                  and bool(case_words(top) & {"à", "au", "aux", "avec", "pour"})
                  and fold(token.lemma_) not in time_words)
        if dated or dative:
            # 'a rejeté mercredi la proposition', 'a offert au joueur un contrat', 'ont signé avec
            # la direction un accord': a noun phrase with its article and no preposition, after a
            # date or a party, is the verb's object; the parser hangs it on the word before
            token.head = verb
            token.dep_ = "obj"
            columns_changed(doc)
            for article in (c for c in token.children if plural and c.dep_ == "case"):
                article.dep_ = "det"
                columns_changed(doc)
    for token in _having(doc, tokens, ("acl",)):
        noun = token.head
        if (token.dep_ == "acl" and morph_values(token, "VerbForm") == ["Inf"] and noun.dep_ == "obl:agent"
                and any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'") for c in token.children)
                and _passive(noun.head)):
            # 'a été condamnée par le tribunal à payer': the infinitive completes the passive verb,
            # not its doer
            token.head, token.dep_ = noun.head, "xcomp"
            columns_changed(doc)
    for token in _time_nouns(doc, tokens, time_words):
        if fold(token.lemma_) not in time_words or not case_words(token):
            continue
        cop = next((c for c in token.children if c.dep_ == "cop"), None)
        if cop is None:
            continue
        state = next((c for c in token.children if c.dep_ in ("obl", "obl:mod") and "en" in case_words(c)
                      and cop.i < c.i < token.i), None)
        if state is not None:
            # 'les agents sont en grève depuis lundi' parsed with the date as the predicate: the
            # state 'en grève' is, and the date says since when
            _take_place(state, token)
            for child in list(token.children):
                if child.i != state.i and child.dep_ not in _PHRASE_PARTS:
                    child.head = state
            token.head = state
            token.dep_ = "obl:mod"
            columns_changed(doc)
    for token in _having(doc, tokens, ("obl:mod", "obl", "advmod"), ("ADV",)):
        _incise_of_time_before_the_object(doc, token)
    for token in _time_nouns(doc, tokens, time_words):
        _complement_taken_by_a_bare_date(doc, token)
    for token in _having(doc, tokens, ("nmod", "obl", "obl:mod"), ("NOUN", "PROPN")):
        _doer_hung_on_the_patient(doc, token, event_nouns)
        _doer_hung_on_a_participle_s_complement(doc, token)
    for token in _having(doc, tokens, ("case",), ("NOUN", "PROPN", "ADP")):
        _weekday_taken_for_a_preposition(doc, token)
    for token in _having(doc, tokens, ("obl:mod", "obl"), ("NOUN", "NUM")):
        _object_swallowed_by_a_date(doc, token, time_words)
    for token in _having(doc, tokens, ("obl:mod", "obl", "obl:arg"), ("NOUN", "PROPN")):
        _bare_object_taken_for_an_adjunct(doc, token, time_words)
    # (parties after 'entre': only in a text that says 'entre')
    between = bool((lowers == get_string_id("entre")).any())
    for token in _having(doc, tokens, ("nmod", "obl", "obl:mod"), ("NOUN", "PROPN")):
        _parties_hung_on_a_stretch_of_time(token, time_words)
        if between:
            _parties_hung_on_the_place_of_a_meeting(doc, token, event_nouns)
    for token in _having(doc, tokens, ("obj",), ("NOUN", "PROPN")):
        _object_of_a_passive_listed_with_its_doer(doc, token)  # (once the passives are told)
    for token in _having(doc, tokens, ("ROOT",), ("VERB",)):
        _incise_of_saying_made_the_root(doc, token)
    for token in _having(doc, tokens, ("advcl", "parataxis", "conj", "ccomp"), ("VERB",)):
        _speaker_of_an_incise_hung_on_the_verb_before(doc, token)
    for token in _having(doc, tokens, ("acl:relcl",), ("VERB",)):
        _clause_with_no_relative_pronoun_taken_for_a_relative(doc, token)
    for token in _having(doc, tokens, ("acl:relcl",), ("VERB", "AUX")):
        _relative_on_the_speaker_of_an_incise(doc, token)
        _que_relative_on_the_noun_its_participle_agrees_with(doc, token)
    for token in _having(doc, tokens, ("advcl", "parataxis", "conj", "ccomp", "acl:relcl"), ("VERB", "AUX")):
        _dont_clause_taken_for_an_adjunct(doc, token)
    for token in _having(doc, tokens, ("ROOT",), ("VERB",)):
        _purpose_clause_made_the_root(doc, token)
    for token in _having(doc, tokens, ("acl:relcl",), ("VERB",)):
        _object_of_a_relative_taken_for_the_main_subject(doc, token)
    for token in _having(doc, tokens, ("nmod",), ("NOUN", "PROPN")):
        _complement_after_a_measure(token)  # with the nouns the parser tagged verbs tagged nouns again
    for token in _having(doc, tokens, pos=("VERB",)):
        _number_tagged_a_verb(doc, token)
    for token in _having(doc, tokens, ("aux:tense", "aux:pass", "aux"), ("AUX", "VERB")):
        _dependents_hung_on_the_auxiliary(doc, token)
    for token in _having(doc, tokens, ("nsubj", "nsubj:pass"), ("NOUN",)):
        _date_taken_for_a_second_subject(doc, token, time_words)
    for token in _having(doc, tokens, ("punct", "conj", "dep"), ("NOUN", "PROPN")):
        _noun_taken_for_punctuation(doc, token)
    for token in _having(doc, tokens, ("nmod",), ("NOUN",)):
        _time_locution_hung_on_the_object(doc, token)
    for token in _having(doc, tokens, pos=("PRON",)):
        if token.lower_ == "qui":
            _subject_after_a_relative_with_a_preposition(doc, token)
            # (again, once the passes above have told nouns from adjectives: 'a averti cette dernière, qui ...')
            _qui_clause_after_a_noun_is_relative(doc, token)
    for token in _having(doc, tokens, ("nsubj", "nsubj:pass"), ("PROPN", "NOUN")):
        _source_taken_for_the_subject(doc, token)
    for token in _having(doc, tokens, ("nsubj", "nsubj:pass"), ("PROPN", "ADJ", "NOUN")):
        _name_ending_a_relative_taken_for_the_subject(doc, token)
        _name_ending_a_complement_taken_for_the_subject(doc, token)
    # (verbs that have a subject are asked nothing: most have one)
    with_subject = {tokens[i].head.i for i in positions(doc, ("nsubj", "nsubj:pass", "expl:subj"))}
    for token in _having(doc, tokens, ("ROOT", "advcl"), ("VERB",)):
        if token.i not in with_subject:
            _subject_opens_the_sentence(doc, token, time_words)  # after all: only subjects still missing
    if heads_before is None or (doc.to_array(HEAD) != heads_before).any():
        _no_cycles(doc)  # last of all: whatever the passes above did
    return doc


def _no_cycles(doc: Doc) -> None:
    """A tree, whatever the repairs did: a word whose heads lead back to itself would make spaCy
    walk forever (or crash) over its ancestors, subtree or sentence; the first word of such a loop
    is made a root of its own, which every later step reads as a clause cut off."""
    # (from the parse's array of relative heads: a Token for each word would cost more than the rest)
    heads = [i + rel for i, rel in enumerate(doc.to_array(HEAD).astype("int64").tolist())]  # (unsigned: -1 wraps)
    state = [0] * len(heads)  # 0 unseen, 1 on the current path, 2 known to reach a root
    for start in range(len(heads)):
        path, i = [], start
        while state[i] == 0:
            state[i] = 1
            path.append(i)
            if heads[i] == i:
                break
            i = heads[i]
        if state[i] == 1 and heads[i] != i:  # back on the path: a loop through i
            word = doc[i]
            word.head, word.dep_ = word, "ROOT"
            columns_changed(doc)
            heads[i] = i
        for j in path:
            state[j] = 2


_ENDS = {".", "!", "?", ":", ";", "…"}
_LEQUEL = ("lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "duquel")


def _opens_sentence(doc: Doc, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence: the first of the text, or after a word that
    ends a sentence as the parse or the punctuation says."""
    return start == 0 or doc[start - 1].is_sent_end or doc[start - 1].text in _ENDS


#: clitics that come right before a finite verb, never before a noun
_CLITICS = frozenset({"y", "en", "lui", "leur", "se", "s'", "me", "m'", "te", "t'", "nous", "vous"})


def _relabel(doc: Doc, word, old: str, new: str) -> None:
    """The children of ``word`` in relation ``old`` take relation ``new`` (a subject becomes a
    passive's, or the reverse)."""
    for c in word.children:
        if c.dep_ == old:
            c.dep_ = new
            columns_changed(doc)


def _within_an_adjunct(word, verb, noun) -> bool:
    """Whether ``word`` belongs to another adjunct of ``verb`` ('a ratifié lundi à 64 % le protocole':
    'lundi', 'à 64 %'), not to ``noun``'s phrase."""
    t = word
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t.head.i == verb.i and t.i != noun.i and t.dep_ in ("obl", "obl:mod", "advmod") and t.i < noun.i


def _object_after_an_incise_taken_for_a_conjunct(doc: Doc, noun) -> None:
    """'Le groupe utilisera, comme à Gênes, des robots de soudure' with the object joined to the
    incise's noun: a noun phrase with its article right after the comma that closes an incise set
    between the verb and it, with no conjunction of its own, is the verb's object."""
    if noun.dep_ != "conj":
        return
    head = noun.head
    verb = head.head
    if head.left_edge.i >= 2 and doc[head.left_edge.i - 2].pos_ == "VERB":
        verb = doc[head.left_edge.i - 2]  # (the verb right before the incise, whatever the parser hung it on)
    first = next((t for t in doc[noun.left_edge.i:noun.i + 1] if not t.is_punct), noun)
    if (not any(c.dep_ == "det" for c in noun.children)
            or any(c.dep_ in ("case", "cc") for c in noun.children) or first.i < 1
            or doc[first.i - 1].text != "," or not head.dep_.startswith(("obl", "advmod"))
            or verb.pos_ != "VERB" or _has_object(verb)
            or head.left_edge.i < 1 or doc[head.left_edge.i - 1].text != "," or not verb.i < head.left_edge.i):
        return
    noun.head, noun.dep_ = verb, "obj"
    columns_changed(doc)


def _subject_after_a_colon_hung_on_the_clause_before(doc: Doc, noun) -> None:
    """'Les barrières sont restées levées : les agents de la société ont débrayé' with the phrase after
    the colon hung on the first clause: a noun phrase with its article right after a colon, followed
    by the auxiliary or the finite verb of a clause with no subject, is that verb's subject; so is
    one that ends with an incise in commas ('... : la scierie X, à Épinal, a licencié neuf ouvriers')."""
    if noun.dep_ not in ("dep", "appos", "parataxis", "obj", "conj", "obl:mod") or noun.left_edge.i < 1 or (
            noun.dep_ == "obl:mod" and any(c.dep_ == "case" for c in noun.children)):
        return
    first = noun.left_edge
    if doc[first.i - 1].text != ":" or first.dep_ != "det" or noun.right_edge.i + 2 >= len(doc):
        return
    nxt = doc[noun.right_edge.i + 1]
    if nxt.text == "," and any(t.text == "," for t in doc[noun.i:noun.right_edge.i]):
        nxt = doc[nxt.i + 1]
    elif nxt.text == ",":  # ('la maison X, au Cap, a licencié': the incise hung on the verb)
        close = next((t for t in doc[nxt.i + 1:min(len(doc) - 1, nxt.i + 8)] if t.text == ","), None)
        if close is None:
            return
        nxt = doc[close.i + 1]
    verb = nxt.head if nxt.pos_ == "AUX" and nxt.dep_.startswith("aux") else nxt
    if (verb.pos_ not in ("VERB", "AUX") or verb.i <= noun.i or "Fin" not in morph_values(nxt, "VerbForm")
            or any(c.dep_.startswith("nsubj") for c in verb.children) or noun.is_ancestor(verb)):
        return
    noun.head, noun.dep_ = verb, "nsubj:pass" if is_passive(verb) else "nsubj"
    columns_changed(doc)


def _noun_after_a_preposition_taken_for_a_clause(doc: Doc, noun) -> None:
    """'a publié une annonce pour un « chef de rayon »' with the noun made a clause of the verb: a
    noun after its preposition, with no subject, copula or auxiliary of its own, is no clause but an
    adjunct of the verb ('pour qu'il soit chef', a clause, has a subject and a copula)."""
    if (noun.dep_ not in ("advcl", "ccomp") or noun.head.pos_ != "VERB" or noun.head.i > noun.i
            or not any(c.dep_ == "case" and c.i < noun.i for c in noun.children)
            or any(c.dep_.startswith(("nsubj", "cop", "aux", "mark")) for c in noun.children)):
        return
    noun.dep_ = "obl:mod"
    columns_changed(doc)


def _bare_noun_of_avoir_taken_for_the_verb(doc: Doc, noun) -> None:
    """'X, qui a recours aux drones' with 'recours' made the verb of the clause and 'a' its
    auxiliary: a bare noun (no article) with 'avoir' as auxiliary and no participle is the object of
    'avoir', the verb ('avoir recours à', 'avoir accès à', 'avoir besoin de'); its complement stays its."""
    aux = next((c for c in noun.children if c.dep_ in ("aux", "aux:tense") and c.lemma_ == "avoir" and c.i < noun.i), None)
    if aux is None or any(c.dep_ == "det" for c in noun.children) or noun.i != aux.i + 1:
        return
    aux.head = noun.head if noun.head.i != noun.i else aux
    aux.dep_, aux.pos_ = noun.dep_, "VERB"
    columns_changed(doc)
    for child in [c for c in noun.children if c.i != aux.i and c.dep_ in (
            "nsubj", "nsubj:pass", "punct", "advmod", "mark", "cc", "obl:mod", "expl:subj", "iobj")]:
        child.head = aux
    noun.head, noun.dep_ = aux, "obj"
    columns_changed(doc)


def _plural_article_taken_for_de(doc: Doc, noun, verbs: frozenset[str] | set[str]) -> None:
    """'Le groupe licencie des ouvriers' with 'des' taken for 'de' + 'les': right after an active verb
    of the lexicon with no object of its own, 'des' is the plural article and its noun the object;
    a reflexive verb keeps its 'de' ('se sépare des intérimaires')."""
    if noun.dep_ not in ("obl:arg", "obl", "obl:mod"):
        return
    cases = [c for c in noun.children if c.dep_ == "case"]
    verb = noun.head
    if (len(cases) != 1 or cases[0].lower_ != "des" or verb.pos_ != "VERB" or verb.i > cases[0].i
            or fold(verb.lemma_) not in verbs or is_reflexive(verb) or is_passive(verb)
            or _has_object(verb)
            or any(t.pos_ != "ADV" for t in doc[verb.i + 1:cases[0].i])):
        return
    cases[0].dep_, cases[0].pos_ = "det", "DET"
    noun.dep_ = "obj"
    columns_changed(doc)


def _dative_clitic_hung_on_the_subject(doc: Doc, pronoun) -> None:
    """'La banque lui a offert une indemnité' with 'lui' hung on 'banque': a dative clitic right
    before a verb or its auxiliary is that verb's indirect object, whatever noun precedes it ('leur'
    before a noun, 'leur salaire', is a possessive and tagged so)."""
    if (pronoun.lower_ not in ("lui", "leur") or pronoun.pos_ != "PRON"
            or pronoun.dep_ not in ("amod", "nmod", "appos", "dep", "flat:name", "compound")
            or pronoun.head.pos_ not in ("NOUN", "PROPN") or pronoun.head.i > pronoun.i):
        return
    at = pronoun.i + 1
    while at < len(doc) and doc[at].lower_ in ("en", "y"):
        at += 1
    if at >= len(doc):
        return
    word = doc[at]
    verb = word if word.pos_ == "VERB" else word.head if word.pos_ == "AUX" and word.dep_.startswith("aux") else None
    if verb is None or verb.pos_ != "VERB" or verb.i < pronoun.i:
        return
    pronoun.head, pronoun.dep_ = verb, "iobj"
    columns_changed(doc)


def _qui_clause_after_a_noun_is_relative(doc: Doc, qui) -> None:
    """'a reçu le repreneur, qui a soumis un plan' with the clause of 'qui' taken for the verb's
    complement: 'qui' right after a noun phrase and its comma opens a relative clause on that noun.
    So does a relative pronoun after a preposition ('a repris la biotech, à laquelle il a versé ...')."""
    verb = qui.head
    opener = qui
    if qui.dep_ != "nsubj":  # ('à laquelle', 'avec qui': the preposition opens the clause)
        opener = doc[qui.i - 1] if qui.i > 0 and doc[qui.i - 1].pos_ == "ADP" and doc[qui.i - 1].head.i == qui.i else None
        if opener is None or qui.lower_ not in ("qui", *_LEQUEL):
            return
    elif qui.lower_ != "qui":
        return
    if ("Rel" not in morph_values(qui, "PronType") or opener.i < 2
            or doc[opener.i - 1].text != "," or verb.dep_ not in ("ccomp", "advcl", "parataxis", "conj", "ROOT")
            or verb.i < qui.i):
        return
    noun = doc[opener.i - 2]
    if noun.text == ")" and noun.head.i < noun.i:
        # ('le site de Laval (Mayenne), qui ...': the noun before the brackets)
        noun = next((t for t in reversed(doc[:noun.i]) if t.text == "("), noun)
        noun = doc[noun.i - 1] if noun.text == "(" and noun.i > 0 else noun
    if (noun.pos_ not in ("NOUN", "PROPN") and noun.text[:1].isupper() and not noun.is_sent_start
            and doc[noun.i - 1].pos_ == "PROPN" and doc[noun.i - 1].text[:1].isupper()):
        # 'le fonds Redwood Peak, qui ...' with the last word of the name tagged an adverb: it ends the
        # name before it
        last, noun = noun, doc[noun.i - 1]
        last.head, last.dep_, last.pos_ = noun, "flat:name", "PROPN"
        columns_changed(doc)
    while noun.dep_ in ("amod", "flat:name", "nmod", "appos") and noun.head.i < noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > opener.i:
        return
    if verb.dep_ == "ROOT":
        # a relative made the sentence: the clause the noun is in, hung on it before 'qui', is the sentence
        main = noun
        while main.head.i != verb.i and main.head.i != main.i:
            main = main.head
        if main.head.i != verb.i or main.i > opener.i or main.pos_ not in ("VERB", "AUX") or main.dep_ not in (
                "advcl", "ccomp", "parataxis", "conj"):
            return
        main.head, main.dep_ = main, "ROOT"
        verb.head, verb.dep_ = noun, "acl:relcl"
        columns_changed(doc)
        for child in [c for c in verb.children if c.dep_ == "punct" and c.i == verb.right_edge.i and c.text in _ENDS]:
            child.head = main  # (the full stop)
        return
    if verb.is_ancestor(noun):
        # ('a paraphé un protocole avec les éditeurs, qui devrait ...' with the noun hung on the relative's
        # verb: the noun goes back to the clause above, or the tree would turn on itself)
        noun.head = verb.head if verb.head.i != verb.i else noun
        if noun.head.i == noun.i:
            noun.dep_ = "ROOT"
            columns_changed(doc)
    verb.head, verb.dep_ = noun, "acl:relcl"
    columns_changed(doc)


def _noun_of_a_participle_incise(doc: Doc, que) -> "Token | None":
    """The noun an incise of a participle set between commas right before ``que`` qualifies:
    'un logiciel, baptisé X, que ...' gives 'logiciel'."""
    if que.i < 3 or doc[que.i - 1].text != ",":
        return None
    t = doc[que.i - 2]
    for _ in range(3):
        if t.pos_ == "VERB" and t.dep_ in ("acl", "advcl") and "Part" in morph_values(t, "VerbForm"):
            if t.i < 2 or doc[t.i - 1].text != ",":
                return None
            # the noun it hangs on, or the one right before its comma when the parser hung it on the verb
            noun = t.head if t.dep_ == "acl" else doc[t.i - 2]
            if noun.pos_ not in ("NOUN", "PROPN") or noun.i > t.i:
                return None
            # up the bare 'de' complements (no article: part of a compound noun), to the first noun with
            # its own article that the participle agrees with ('un outil de tri des colis, appelé X': the tool)
            while True:
                articled = any(c.dep_ == "det" for c in noun.children)
                if articled and _agrees(t, noun):
                    return noun
                if articled or not (noun.dep_ == "nmod" and case_words(noun) & _DE and noun.head.pos_ == "NOUN"
                                    and noun.head.i < noun.i):
                    return noun if _agrees(t, noun) else None
                noun = noun.head
        if t.head.i == t.i or t.head.i > que.i:
            return None
        t = t.head
    return None


def _que_clause_on_a_noun_is_relative(doc: Doc, verb) -> None:
    """'une offre que l'intersyndicale a refusée', 'une prime de 90 euros vendredi, que les délégués
    a rejetée' with 'que' taken for a conjunction: a clause opened by 'que', with its own subject and
    no object of its own, after a noun it hangs on (or, after a comma, after the object of the
    verb above whose gender and number its participle takes, when that agreement is marked:
    feminine or plural; also a clause the parser joined to that verb, or the object of the infinitive
    that verb governs), is a relative clause on that noun, 'que' its object. ('Il a dit que le
    syndicat a rejeté l'offre' has an object: a completive.)"""
    que = doc[verb.left_edge.i]
    if que.text == "," and verb.left_edge.i + 1 < verb.i:
        que = doc[que.i + 1]  # (the comma before it, hung on the clause)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and que.i < c.i < verb.i]
    # ('l'offre que lui a faite le club': a clitic taken for the subject, the subject put after the verb
    # taken for its object)
    inverted = bool(subjects) and all(c.lower_ in ("lui", "leur") for c in subjects)
    if (verb.dep_ not in ("acl", "ccomp", "advcl", "acl:relcl", "conj") or que.lower_ not in ("que", "qu'")
            or que.head.i != verb.i or verb.dep_ == "conj" and doc[que.i - 1].text != ","
            or que.dep_ not in ("obj", "mark") or not subjects
            or not inverted and any(c.dep_ == "obj" and any(g.dep_ == "det" for g in c.children) for c in verb.children)):
        return
    if verb.dep_ in ("acl", "acl:relcl"):
        # (a relative clause whose 'que' the parser left a conjunction; after an incise naming a
        # noun, on that noun: 'un logiciel de mesure des cadences, baptisé X, que ...')
        noun = _noun_of_a_participle_incise(doc, que) or verb.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i > que.i:
            return
    else:
        # a participle agrees with a direct object before it: marked agreement (feminine or plural)
        # with the object of the verb above names the antecedent, whatever comes between
        objects = [c for c in verb.head.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < que.i]
        if not objects and verb.dep_ == "conj":
            # ('affirme avoir proposé une renégociation, que les franchisés ont déclinée': the object of the
            # infinitive the verb above governs)
            objects = [c for x in verb.head.children if x.dep_ == "xcomp" and x.i < que.i
                       for c in x.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < que.i]
        noun = objects[-1] if objects else None
        # (the spelling first: the tagger may read 'déclinée' as masculine)
        spelled = ["Fem"] if verb.lower_.endswith(("ée", "ées")) else morph_values(verb, "Gender")
        marked = ("Fem" in spelled or "Plur" in morph_values(verb, "Number"))
        named = _noun_of_a_participle_incise(doc, que)
        if named is not None and not any(c.dep_ == "obj" for c in verb.children):
            # ('un logiciel, baptisé X, que l'employeur utilise': the noun the incise between commas names)
            noun = named
        elif (noun is None or not marked or que.i == 0
                # (after a comma, or right after the object's phrase: 'a refusé l'offre que le club a présentée')
                or doc[que.i - 1].text != "," and max(t.i for t in noun.subtree if t.i < que.i) != que.i - 1
                or morph_values(verb, "VerbForm") != ["Part"]
                # (a noun whose gender the tagger left out, as a word first taken for a verb, does not disagree)
                or morph_values(noun, "Gender") and spelled != morph_values(noun, "Gender")
                or morph_values(verb, "Number") != (morph_values(noun, "Number") or morph_values(verb, "Number"))):
            return
    que.set_morph("PronType=Rel")
    que.pos_, que.dep_ = "PRON", "obj"
    verb.head, verb.dep_ = noun, "acl:relcl"
    columns_changed(doc)


def _join_fragments(doc: Doc, tokens: list) -> None:
    """'a condamné la société X à une amende de 2 millions' parsed as three sentences ('... société',
    'X', 'à une amende ...') with no punctuation between them: a root that is a name right after a
    noun is that noun's name; a root noun phrase that opens with a preposition is a complement of
    the verb before it. Only within a line, and only after a verb ('Grève à la SNCF', a headline, stays)."""
    for token in _having(doc, tokens, ("ROOT",), ("NOUN", "PROPN")):
        i, first = token.i, token.left_edge
        if first.i == 0 or token.head.i != i:
            continue
        prev = doc[first.i - 1]
        if prev.text in (")", "»", '"') and first.i >= 2 and "\n" not in prev.whitespace_:
            # ('a assigné X (ATS) devant le tribunal': a bracket closes the name before, not the sentence)
            prev = doc[first.i - 2]
        if prev.text in _ENDS or "\n" in prev.whitespace_ or prev.is_punct:
            continue
        verb = prev
        while verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i >= i:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in token.subtree):
            continue  # a clause of its own
        if (token.text[:1].isupper() and first.i == i and prev.pos_ == "NOUN" and prev.dep_ in ("obl", "obl:mod")
                and prev.head.i == verb.i and not case_words(prev) and prev.text.islower()
                and not any(c.dep_ == "obj" for c in verb.children)):
            # 'a attaqué jeudi Norvia Logistique devant ...': a name after the verb's bare date, the
            # verb having no object, is its object
            token.head, token.dep_ = verb, "obj"
            columns_changed(doc)
        elif token.pos_ == "PROPN" and first.i == i and prev.pos_ == "NOUN" and prev.text.islower():
            token.head, token.dep_ = prev, "appos"
            columns_changed(doc)
        elif token.pos_ == "NOUN" and first.pos_ == "ADP" and first.head.i == i:
            token.head = verb
            token.dep_ = "obl:arg" if first.lower_ in ("à", "au", "aux") else "obl:mod"
            columns_changed(doc)


def _bare_first_conjunct_made_a_root(doc: Doc, noun) -> None:
    """'Mairie et riverains vont signer' parsed as two sentences, the first noun alone and
    'et riverains vont ...' with the second noun the subject: a bare noun (no article, as in a
    pair of nouns opening a sentence) that is a root on its own, followed by 'et' or 'ou' and a noun
    subject of the next verb, is the first subject of that verb, the second its conjunct. ('Grève
    et manifestation jeudi', with no verb, stays.)"""
    if noun.head.i != noun.i or noun.n_lefts or noun.n_rights or noun.i + 3 >= len(doc) or \
            not noun.text[:1].isupper():
        return
    cc, second = doc[noun.i + 1], doc[noun.i + 2]
    verb = second.head
    if (cc.lower_ not in ("et", "ou") or cc.head.i != verb.i or second.dep_ != "nsubj"
            or second.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX") or verb.i <= second.i):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    second.head, second.dep_ = noun, "conj"
    cc.head = second
    columns_changed(doc)


def _fronted_bare_noun_made_the_root(doc: Doc, noun) -> None:
    """'Faute de commandes, la plupart des ateliers se sont séparés de ...' parsed with the noun
    opening the sentence as the root and the clause after the comma hung on it: a bare noun (no
    article, a locution such as 'faute de', 'coup de théâtre') opening the sentence, whose phrase
    ends with a comma, is an adjunct of the first finite verb hung on it after that comma; the
    words the parser hung on the noun after the comma are that verb's: a phrase before it with no
    preposition is its subject, a finite verb after it its conjunct."""
    if (noun.head.i != noun.i or not _opens_sentence(doc, noun.i) or noun.i + 2 >= len(doc)
            or any(c.dep_ in ("det", "nmod:poss") for c in noun.children) or doc[noun.i + 1].pos_ != "ADP"):
        return  # (a noun with its preposition right after it: 'Rachat, embauches : ...' is a list)
    comma = next((t for t in doc[noun.i + 1:min(len(doc), noun.i + 12)] if t.text == "," or t.is_sent_end), None)
    if comma is None or comma.text != ",":
        return
    verb = next((c for c in noun.children if c.i > comma.i and c.pos_ in ("VERB", "AUX") and _finite(c)), None)
    if verb is None:
        return
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "obl:mod"
    columns_changed(doc)
    subject = any(c.dep_.startswith(("nsubj", "expl:subj")) for c in verb.children)
    for word in [c for c in noun.children if c.i > comma.i and c.dep_ != "conj"]:
        if word.i < verb.i and word.pos_ in ("NOUN", "PROPN", "PRON", "DET") and not subject and not any(
                k.dep_ == "case" for k in word.children):
            word.head, word.dep_ = verb, "nsubj"
            columns_changed(doc)
            subject = True
        elif word.i > verb.i and word.pos_ in ("VERB", "AUX") and _finite(word):
            word.head, word.dep_ = verb, "conj"
            columns_changed(doc)
        elif word.i > verb.i and word.pos_ in ("NOUN", "PROPN") and doc[word.left_edge.i - 1].text == ":":
            word.head, word.dep_ = verb, "dep"  # (the subject of the clause after a colon: a pass below)
            columns_changed(doc)
        else:
            word.head = verb
            columns_changed(doc)


def _adjective_after_the_subject_tagged_a_noun(doc: Doc, word) -> None:
    """'que les locataires furieux ont refusée' with 'furieux' a noun, subject of the verb, and
    'locataires' its subject: a noun whose own subject is the noun with its article right before it
    is an adjective of that noun, which is the verb's subject."""
    noun = doc[word.i - 1] if word.i > 0 else None
    if (noun is None or noun.head.i != word.i or noun.dep_ != "nsubj" or noun.pos_ != "NOUN"
            or not any(c.dep_ == "det" for c in noun.children) or any(c.dep_ == "det" for c in word.children)
            or word.head.pos_ not in ("VERB", "AUX") or word.head.i < word.i):
        return
    noun.head, noun.dep_ = word.head, word.dep_
    columns_changed(doc)
    word.head, word.dep_, word.pos_ = noun, "amod", "ADJ"
    columns_changed(doc)


def _end_of_a_name_made_a_root(doc: Doc, word) -> None:
    """'Les guides du Musée Arts-Lévis ont cessé le travail' with the hyphenated name tagged a
    punctuation mark or a noun and made a root, which cuts the sentence in two: a capitalised word
    with letters is no punctuation; right after a capitalised noun or name, within the line, it
    ends that name. The noun phrase it ends, a root of its own right before a verb with no
    subject, is that verb's subject; what the parser hung on the word ('a accordé aux Tissages
    Morand une subvention' with 'une subvention' under 'Morand') is the clause's, the first noun
    with its article its object. (A word after a comma or at a line's end stays.)"""
    i = word.i
    if (word.pos_ not in ("PUNCT", "NOUN", "PROPN") or word.head.i != i or not word.text[:1].isupper()
            or not any(ch.isalpha() for ch in word.text) or i == 0):
        return
    prev = doc[i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or not prev.text[:1].isupper() or "\n" in prev.whitespace_:
        return
    children = list(word.children)
    if children and (word.pos_ == "PUNCT" or any(c.i < i for c in children)):
        return
    word.pos_, word.head, word.dep_ = "PROPN", prev, "flat:name"
    columns_changed(doc)
    top = prev
    while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head
    if children:
        verb = top.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > i:
            return
        has_obj = any(c.dep_ == "obj" for c in verb.children)
        for child in children:
            child.head = verb
            obj = child.pos_ == "NOUN" and not has_obj and any(d.dep_ == "det" for d in child.children) \
                and not case_words(child)
            has_obj = has_obj or obj
            child.dep_ = "obj" if obj else "obl:mod" if child.dep_ in ("dep", "appos", "nmod") else child.dep_
            columns_changed(doc)
        return
    if top.head.i != top.i or i + 1 >= len(doc) or top.pos_ not in ("NOUN", "PROPN") or "\n" in word.whitespace_:
        return
    verb = doc[i + 1]
    while verb.head.i != verb.i:
        verb = verb.head
    if (verb.pos_ in ("VERB", "AUX") and verb.i > i and verb.left_edge.i == i + 1
            and not any(c.dep_.startswith("nsubj") for c in verb.children)):
        top.head, top.dep_ = verb, _subject_relation(verb)
        columns_changed(doc)


def _finite_verb_taken_into_a_name(doc: Doc, verb) -> None:
    """'Le laboratoire Ravenel recherche un ingénieur' parsed with 'recherche' as the last word
    of the name and the sentence rooted on the noun: a finite verb in lower case ends no name. It
    heads the sentence; the noun phrase before it is its subject, the first noun with its article
    after it its object, the other complements the verb's. (A capitalised word, or a sentence with
    a verb of its own, stays as parsed.)"""
    if verb.text[:1].isupper() or morph_values(verb, "VerbForm") != ["Fin"]:
        return
    top = verb.head
    while top.head.i != top.i:
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN") or top.i > verb.i:
        return
    after = [c for c in top.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    top.head, top.dep_ = verb, "nsubj"
    columns_changed(doc)
    has_obj = False
    for child in after:
        child.head = verb
        obj = (child.pos_ == "NOUN" and not has_obj and not case_words(child)
               and any(d.dep_ == "det" for d in child.children))
        has_obj = has_obj or obj
        child.dep_ = "obj" if obj else "obl:mod" if child.dep_ in ("dep", "appos", "nmod") else child.dep_
        columns_changed(doc)


def _main_verb_joined_to_a_participle(doc: Doc, verb) -> None:
    """'L'accord signé par la direction et les syndicats X et Y prévoit ...' parsed with 'Y prévoit'
    a clause joined to the participle: a finite verb is never joined to a participle that qualifies
    a noun; the noun, a root of its own, is the verb's subject, and the name after 'et' that the
    parser gave the verb is the last of the participle's doers."""
    participle = verb.head
    noun = participle.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if ("Fin" not in morph_values(verb, "VerbForm") or participle.dep_ != "acl" or participle.i > verb.i
            or "Part" not in morph_values(participle, "VerbForm") or noun.head.i != noun.i
            or noun.pos_ not in ("NOUN", "PROPN") or subject is None or subject.left_edge.i < 2
            or doc[subject.left_edge.i - 1].lower_ != "et" or _disagrees_in_number(verb, noun)):
        return
    cc = doc[subject.left_edge.i - 1]
    before = doc[cc.i - 1]
    while before.dep_ in ("flat", "flat:name") and before.head.i < before.i:
        before = before.head
    if before.pos_ not in ("NOUN", "PROPN") or not participle.is_ancestor(before):
        return
    subject.head, subject.dep_ = before, "conj"
    cc.head = subject
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)
    for child in [c for c in noun.children if c.i > verb.i]:
        child.head = verb  # (the full stop)


def _infinitive_joined_to_a_finite_verb(doc: Doc, infinitive) -> None:
    """'s'engage à conserver la fabrication des biscuits qui ont bâti sa réputation et à y investir 9
    millions' parsed with the second infinitive joined to the verb of the relative: an infinitive is
    joined only to an infinitive. It goes to the nearest one before it, in the same sentence, that has
    the same 'à' or 'de' ('a décidé de fermer l'usine et de licencier', joined right, stays)."""
    head = infinitive.head
    if (morph_values(infinitive, "VerbForm") != ["Inf"] or head.i > infinitive.i or morph_values(head, "VerbForm") == ["Inf"]
            or not _finite(head)):
        return
    mark = next((c.lower_ for c in infinitive.children if c.dep_ in ("mark", "case") and c.i < infinitive.i), None)
    if mark not in ("à", "de", "d'"):
        return
    start = infinitive.sent.start
    for earlier in reversed(doc[start:head.i]):
        if (earlier.pos_ in ("VERB", "AUX") and morph_values(earlier, "VerbForm") == ["Inf"] and any(
                c.dep_ in ("mark", "case") and c.lower_ in ((mark, "d'", "de") if mark != "à" else ("à",))
                for c in earlier.children)):
            if not earlier.is_ancestor(head) or earlier.is_ancestor(infinitive) and head.i < earlier.i:
                return
            infinitive.head = earlier
            columns_changed(doc)
            return


_PLACE_CASES = {"à", "au", "aux", "en", "dans", "chez"}


def _subject_with_a_preposition(doc: Doc, noun) -> None:
    """'À Vernac, capitale de la céramique, l'atelier X emploie quarante personnes' parsed with the place
    after 'à' for the subject and the real subject joined to it: a subject takes no preposition.
    The phrase is where the clause happens; the first noun joined to it after a comma, with its
    article, is the subject ('À Vernac et à Tarlon, les ateliers ...', both after 'à', stay joined)."""
    verb = noun.head
    if (verb.pos_ not in ("VERB", "AUX") or noun.i > verb.i
            or not any(c.dep_ == "case" and c.lower_ in _PLACE_CASES and c.i < noun.i for c in noun.children)):
        return
    subject = next((c for c in noun.children if c.dep_ == "conj" and c.i < verb.i
                    and "," in (c.left_edge.text, doc[c.left_edge.i - 1].text)
                    and any(d.dep_ == "det" for d in c.children) and not any(d.dep_ == "case" for d in c.children)), None)
    if subject is None:
        return
    noun.dep_ = "obl:mod"
    subject.head, subject.dep_ = verb, "nsubj"
    columns_changed(doc)
    for later in [c for c in noun.children if c.dep_ == "conj" and c.i > subject.i]:
        later.head = subject  # (the rest of the subject's own list)
    columns_changed(doc)


def _finite_verb_hung_on_a_participle_of_its_subject(doc: Doc, verb) -> None:
    """'Les tuyauteurs confirmés se verront offrir 2 900 euros' parsed with the noun as the root and
    the verb hung on the participle that qualifies it: a verb in the indicative with no subject of its
    own, right after a root noun and its participle, is the sentence's verb and the noun its subject
    ('Les soudeurs confirmés depuis mai', with no verb, stays a phrase)."""
    participle = verb.head
    noun = participle.head
    if ("Ind" not in morph_values(verb, "Mood") or participle.dep_ != "acl" or participle.i > verb.i
            or "Part" not in morph_values(participle, "VerbForm") or noun.head.i != noun.i
            or noun.pos_ not in ("NOUN", "PROPN") or noun.i > participle.i
            or any(c.dep_.startswith("nsubj") for c in verb.children)
            or any(t.is_punct for t in doc[participle.i + 1:verb.i])):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    columns_changed(doc)
    for child in [c for c in noun.children if c.dep_ == "punct" and c.i > verb.i]:
        child.head = verb
    noun.head, noun.dep_ = verb, _subject_relation(verb)
    columns_changed(doc)


def _main_verb_joined_to_a_relative(doc: Doc, verb) -> None:
    """'Orvel, qui refuse tout commentaire, a décliné la proposition' parsed with the main verb
    joined to the relative clause's verb and its object under that verb: a verb after the comma
    that closes a relative clause, with its own auxiliary or tense, no subject and no 'et'/'mais'
    before it, is the verb of the noun the relative clause qualifies; what follows it is its own
    ('X, qui a refusé, et a quitté la salle' is joined by 'et'; 'qui a refusé puis quitté' by
    'puis', with no comma)."""
    relative = verb.head
    if (relative.dep_ != "acl:relcl" or relative.i > verb.i or relative.head.i > relative.i
            or any(c.dep_ in ("cc", "nsubj", "nsubj:pass") for c in verb.children)
            or not any(c.dep_.startswith("aux") or "Fin" in morph_values(c, "VerbForm") for c in [verb, *verb.children])):
        return
    if not any(c.text == "," and relative.i < c.i < verb.i for c in verb.children) \
            and doc[verb.left_edge.i - 1].text != ",":
        return
    noun = relative.head
    moved = [c for c in relative.children if c.i > verb.i]
    root = noun.head.i == noun.i
    verb.head, verb.dep_ = (verb, "ROOT") if root else (noun.head, noun.dep_)
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)
    for child in moved:
        child.head = verb


#: the adjectives that place a noun of time before or after now ('l'an passé', 'la semaine prochaine')
_TIME_ADJECTIVES = {"passé", "passée", "passés", "passées", "dernier", "dernière", "derniers", "dernières",
                    "prochain", "prochaine", "prochains", "prochaines"}


def _time_adjective_taken_for_a_verb(doc: Doc, noun) -> None:
    """'a distribué l'année passée un bonus' parsed with 'passé' as a verb governing the object and
    'l'an' as the object: the adjective right after a noun of time qualifies it; the noun of time
    is a date, and what the parser hung on the adjective is the verb's ('a fixé l'an passé' with
    nothing after keeps its object)."""
    verb = noun.head
    if noun.i + 1 >= len(doc) or verb.pos_ != "VERB":
        return
    adjective = doc[noun.i + 1]
    if adjective.lower_ not in _TIME_ADJECTIVES or adjective.head.i == noun.i:
        return
    moved = [c for c in adjective.children if c.pos_ in ("NOUN", "PROPN") and c.i > adjective.i]
    if not moved:
        return
    for c in moved:
        c.head = verb
        if c.dep_ not in ("obj", "obl", "obl:mod", "obl:arg", "iobj"):
            c.dep_ = "obj" if not case_words(c) else "obl"
            columns_changed(doc)
    adjective.head, adjective.dep_, adjective.pos_ = noun, "amod", "ADJ"
    columns_changed(doc)
    if any(c.dep_ == "obj" for c in moved):
        noun.dep_ = "obl:mod"
        columns_changed(doc)


_PARTICIPLE_AGREEMENT = {"é": "Gender=Masc|Number=Sing", "ée": "Gender=Fem|Number=Sing", "és": "Gender=Masc|Number=Plur",
                       "ées": "Gender=Fem|Number=Plur"}
#: what the ending of any past participle says of its noun: no masculine participle ends in -e ('fait',
#: 'pris', 'offert', 'conclu'), so '-e' and '-es' are feminine ('faite', 'prises', 'offertes')
_FEMININE_ENDINGS = {"e": "Gender=Fem|Number=Sing", "es": "Gender=Fem|Number=Plur"}


def _present_taken_for_a_participle(doc: Doc, verb) -> None:
    """'La coopérative dit vouloir embaucher', 'la régie fait savoir' with 'dit', 'fait' read as past
    participles: a verb in -ire whose present and participle are one form ('dire', 'faire',
    'écrire', 'conduire'), with a subject before it and no auxiliary, is in the present ('le
    projet, dit prioritaire' has no subject; 'a dit' has its auxiliary)."""
    lemma = verb.lemma_
    if not lemma.endswith("ire") or verb.lower_ != lemma[:-2] + "t" or morph_values(verb, "VerbForm") != ["Part"]:
        return
    children = list(verb.children)
    if any(c.dep_.startswith("aux") for c in children) or not any(
            c.dep_ == "nsubj" and c.i < verb.i for c in children):
        return
    verb.set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")


def _finite_verb_taken_for_an_adjective(doc: Doc, verb) -> None:
    """'des caristes dont le salaire plafonne à 1 900 euros' with the finite verb hung on the noun
    before it as an adjective: a verb in the indicative right after a noun with its article, and no
    subject of its own, is that noun's verb; it takes the noun's place and the noun is its subject
    ('le salaire fixé' is a participle)."""
    noun = verb.head
    if (noun.i != verb.i - 1 or noun.pos_ not in ("NOUN", "PROPN") or "Fin" not in morph_values(verb, "VerbForm")
            or "Ind" not in morph_values(verb, "Mood") or not any(c.dep_ == "det" for c in noun.children)
            or any(c.dep_.startswith("nsubj") for c in verb.children)):
        return
    root = noun.dep_ == "ROOT"
    verb.head, verb.dep_ = (verb, "ROOT") if root else (noun.head, noun.dep_)
    columns_changed(doc)
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)
    for child in [c for c in noun.children if c.i > verb.i]:
        child.head = verb  # (what follows is the verb's; 'dont' stays the noun's complement)
    columns_changed(doc)


def _present_in_e_taken_for_a_participle(doc: Doc, verb) -> None:
    """'Un livreur dépense 40 euros par semaine' parsed with 'dépense' as a participle qualifying the
    noun before it: the participle of a verb in -er ends in -é, so a form in -e or -ent is its present,
    and the noun right before it is its subject. It becomes the sentence's verb when that noun is the
    root, or the subject of a root with no verb and no copula ('un livreur payé 40 euros' is a
    participle; 'le livreur qui dépense' has its relative)."""
    lemma, noun = verb.lemma_, verb.head
    if (not lemma.endswith("er") or verb.lower_ not in (lemma[:-2] + "e", lemma[:-2] + "ent")
            or morph_values(verb, "VerbForm") != ["Part"] or noun.i != verb.i - 1
            or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_.startswith("aux") for c in verb.children)):
        return
    root = noun if noun.dep_ == "ROOT" else noun.head
    if root is not noun and (noun.dep_ != "nsubj" or root.dep_ != "ROOT" or root.pos_ in ("VERB", "AUX")
                             or any(c.dep_ == "cop" for c in root.children)):
        return
    plural = verb.lower_.endswith("ent")
    verb.set_morph(f"Mood=Ind|Number={'Plur' if plural else 'Sing'}|Person=3|Tense=Pres|VerbForm=Fin")
    verb.head, verb.dep_ = verb, "ROOT"
    columns_changed(doc)
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)
    if root is not noun:
        # the old root ('des frais informels'): an adjective qualifies the noun right before it
        before = doc[root.i - 1]
        root.head, root.dep_ = (before, "amod") if root.pos_ == "ADJ" and before.pos_ == "NOUN" else (verb, "dep")
        columns_changed(doc)
    for child in [c for h in (noun, root) for c in h.children if c is not verb and c.dep_ in ("punct", "obl", "obl:mod", "nmod", "advmod") and (c.i > verb.i or c.dep_ in ("punct", "obl", "obl:mod"))]:
        child.head = verb
    columns_changed(doc)


def _present_left_as_its_own_lemma(word, verbs: frozenset[str] | set[str]) -> None:
    """'Il cherche un caviste' with 'cherche' lemmatised as itself (the lemmatiser, after a pronoun,
    sometimes keeps the form): a present in -e, -es or -ent whose infinitive in -er is a verb of the
    lexicon is that verb. ('compte' tagged a noun is mended elsewhere; a verb already lemmatised keeps
    its lemma.)"""
    lower = word.lower_
    if word.lemma_ != lower or "Fin" not in morph_values(word, "VerbForm"):
        return
    stem = next((lower[:-len(end)] for end in ("ent", "es", "e") if lower.endswith(end)), None)
    if stem and stem + "er" in verbs:
        word.lemma_ = stem + "er"


def _lexicon_verb_tagged_an_auxiliary(doc: Doc, word, verbs: frozenset[str] | set[str]) -> None:
    """'Les soudeuses débraieront mardi' with the verb tagged an auxiliary, hung on the date, and the
    subject made the root: a finite word whose lemma is a verb of the lexicon (no auxiliary: 'être',
    'avoir') is a verb; right after the root noun phrase, it is the sentence's verb and that phrase
    its subject; what hung on the root after it is the verb's."""
    if (word.pos_ != "AUX" or word.lemma_ in ("être", "avoir") or word.lemma_ not in verbs
            or "Fin" not in morph_values(word, "VerbForm")):
        return
    word.pos_ = "VERB"
    columns_changed(doc)
    root = word.head
    while root.head.i != root.i:
        root = root.head
    if word.dep_ == "ROOT" or root.pos_ not in ("NOUN", "PROPN") or root.right_edge.i < word.i - 1 \
            or root.i > word.i or any(c.dep_.startswith("nsubj") for c in word.children):
        return
    if not all(t.head.i >= root.left_edge.i for t in doc[root.left_edge.i:word.i]):
        return
    host = word.head
    word.head, word.dep_ = word, "ROOT"
    columns_changed(doc)
    for t in [c for c in root.children if c.i > word.i]:
        t.head, t.dep_ = word, ("obl:mod" if t.dep_ == "nmod" else t.dep_)
        columns_changed(doc)
    root.head, root.dep_ = word, "nsubj"
    columns_changed(doc)
    if host.i != word.i and host.i > word.i and host.head.i == word.i and host.dep_ == "nmod":
        host.dep_ = "obl:mod"
        columns_changed(doc)


def _participle_tagged_an_infinitive(word) -> None:
    """'une prime négociée par le syndicat' with 'négociée' given the morphology of an
    infinitive: a verb in -é, -ée, -és, -ées is a past participle, of the gender and number its
    ending says (an infinitive ends in -er, -ir, -re). A past participle in '-e' or '-es' ('l'offre
    que lui a faite le club') is feminine, whatever gender the tagger gave it."""
    lower = word.lower_
    ending = next((e for e in PARTICIPLE_ENDINGS if lower.endswith(e)), None)
    if ending is not None:
        if morph_values(word, "VerbForm") == ["Inf"]:
            word.set_morph(f"{_PARTICIPLE_AGREEMENT[ending]}|Tense=Past|VerbForm=Part")
        return
    feminine = next((e for e in ("es", "e") if lower.endswith(e)), None)
    if (feminine is not None and len(lower) > 3 and "Masc" in morph_values(word, "Gender")
            and morph_values(word, "VerbForm") == ["Part"]):
        word.set_morph(f"{_FEMININE_ENDINGS[feminine]}|Tense=Past|VerbForm=Part")


def _main_verb_hung_on_the_subject_after_a_relative(doc: Doc, noun) -> None:
    """'La coopérative X, qui gère neuf silos, a laissé entendre qu'elle ...' parsed with the opening phrase as
    the root and the main verb somewhere below it: the verb (or the auxiliary of the verb) right
    after the comma that closes a 'qui' clause on the phrase that opens the sentence, with no
    subject of its own, is the sentence's verb and the phrase its subject."""
    if not (_opens_sentence(doc, noun.left_edge.i) or "\n" in doc[noun.left_edge.i - 1].whitespace_):
        return
    # ('Le groupe X, racheté en 2019 par Y, a fait savoir': a participle's incise too)
    def opens(c) -> int:  # the first word of an incise, its commas aside
        return min(t.i for t in c.subtree if not t.is_punct)
    relative = next((c for c in noun.children if c.i > noun.i and c.dep_ in ("acl:relcl", "acl")
                     and doc[opens(c) - 1].text == "," and (
                         c.dep_ == "acl:relcl" and any(q.lower_ == "qui" and q.dep_.startswith("nsubj") for q in c.children)
                         or c.dep_ == "acl" and morph_values(c, "VerbForm") == ["Part"] and opens(c) == c.i)), None)
    if relative is None:
        return
    # the comma that closes the incise: the first after its verb (the parser may have hung the main
    # verb inside the incise, so its subtree tells nothing)
    comma = next((t.i for t in doc[relative.i + 1:] if t.text == "," or t.is_sent_end), len(doc))
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return
    first = doc[comma + 1]
    verb = first.head if first.pos_ == "AUX" and first.dep_.startswith("aux") else first
    if (verb.pos_ != "VERB" or verb.i <= comma or "Fin" not in morph_values(first, "VerbForm")
            or any(c.dep_.startswith("nsubj") for c in verb.children) or not noun.is_ancestor(verb)):
        return
    above = verb.head
    tail = [c for c in noun.children if c.i > comma and c.i != verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, _subject_relation(verb)
    columns_changed(doc)
    if above.i not in (noun.i, verb.i) and above.i > verb.i:
        # ('a fait savoir' with 'fait' hung on 'savoir'): the word above the verb completes it
        above.head, above.dep_ = verb, "xcomp" if morph_values(above, "VerbForm") == ["Inf"] else above.dep_
        columns_changed(doc)
    for child in tail:
        if child.i != above.i:
            child.head = verb


def _main_verb_taken_for_the_relative_s_complement(doc: Doc, verb) -> None:
    """'Un soudeur qui débute touche 1 900 euros' parsed with the noun as the root and the main
    verb as a complement or an adjunct of the relative clause's verb: a finite verb with no conjunction
    is neither; right after a 'qui' clause on the noun that heads the sentence, it is the sentence's
    verb and the noun its subject ('Un soudeur qui veut partir' keeps its infinitive)."""
    relative = verb.head
    noun = relative.head
    if ("Fin" not in morph_values(verb, "VerbForm") or relative.dep_ != "acl:relcl" or noun.dep_ != "ROOT"
            or noun.pos_ not in ("NOUN", "PROPN") or verb.i < relative.i
            or not any(q.lower_ == "qui" and q.dep_ == "nsubj" for q in relative.children)
            or any(t.text in (",", ";", ":") for t in doc[relative.i:verb.i])
            or any(c.dep_ == "mark" for c in verb.children)):  # ('qui débute quand il gagne': a clause of its own)
        return
    verb.head, verb.dep_ = verb, "ROOT"
    columns_changed(doc)
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)
    for child in [c for c in noun.children if c.i > verb.i]:
        child.head = verb  # (what follows the verb is its own)


_NOUN_DETERMINERS = {"le", "la", "l'", "les", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses",
                     "leur", "leurs", "notre", "nos", "votre", "vos"}


def _verb_with_an_article_is_a_noun(doc: Doc, word) -> None:
    """'Le joueur a refusé l'offre que le club a présentée' with 'offre' tagged a verb: a word
    with its article right before it and neither subject nor auxiliary is a noun (what the verb
    above acts on when it has no object); 'le club offre' has no article on 'offre'."""
    det = doc[word.i - 1] if word.i > 0 else None
    ordinal = None
    if det is not None and word.i > 1 and det.pos_ == "ADJ" and det.dep_ == "amod" and det.head.i == word.i:
        det = doc[word.i - 2]  # ('une première offre': an adjective between the article and the noun)
    elif (det is not None and word.i > 1 and _prenominal(det) and det.head.i == word.i
          and doc[word.i - 2].head.i == det.i and not any(c.dep_ in ("obj", "iobj") for c in word.children)):
        # ('Le second offre un contrat au joueur': with an object, the ordinal is the subject of the verb)
        # 'Une seconde offre, portée par ...' with the ordinal taken for the subject of 'offre' and the
        # article for its own
        ordinal, det = det, doc[word.i - 2]
        det.head = word
    if (det is None or det.head.i != word.i or det.lower_ not in _NOUN_DETERMINERS
            or any(c.dep_.startswith(("nsubj", "aux", "cop")) for c in word.children if c.i != det.i and (ordinal is None or c.i != ordinal.i))):
        if ordinal is not None:
            det.head = ordinal
        return  # ('Une offre que ...', a verbless sentence, with the article itself taken for a subject)
    _as_noun_of_its_article(doc, word, det)
    if ordinal is not None:
        ordinal.pos_, ordinal.dep_ = "ADJ", "amod"
        columns_changed(doc)
    det.dep_ = "det"
    columns_changed(doc)
    verb = word.head
    if word.dep_ in ("xcomp", "ccomp", "advcl") and verb.pos_ == "VERB" and verb.i < word.i \
            and not any(c.dep_ == "obj" for c in verb.children):
        word.dep_ = "obj"
        columns_changed(doc)
    if ordinal is not None:
        _complements_of_a_verb_made_a_noun(doc, word)


#: adjectives that stand before their noun, which the parser may take for the noun itself
_PRENOMINAL = {"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "premier", "première", "second", "seconde",
               "deuxième", "troisième", "dernier", "dernière", "autre", "énième", "ultime", "vaste", "important",
               "importante", "grand", "grande", "jeune", "jeunes", "petit", "petite", "petits", "petites"}


def _adjective_taken_for_the_noun_before_a_noun_taken_for_a_verb(doc: Doc, word) -> None:
    """'a publié une nouvelle offre d'emploi' with 'nouvelle' taken for the object and 'offre' for a
    verb: after an article and an adjective that stands before its noun ('nouvelle', 'seconde',
    'dernière'), a word tagged a verb with no subject and no bare object of its own is the noun,
    in the adjective's place ('la nouvelle offre ses services', with its own object, stays)."""
    if word.i < 2:
        return
    adjective, det = doc[word.i - 1], doc[word.i - 2]
    # ('la jeune pousse nantaise X' with the name after it taken for an inverted subject: the noun's name)
    named = [c for c in word.children if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.i > word.i]
    if (not _prenominal(adjective) or det.lower_ not in _NOUN_DETERMINERS or det.head.i != adjective.i
            or adjective.head.i == word.i or adjective.pos_ not in ("NOUN", "ADJ", "PROPN")
            or any(c.dep_.startswith(("nsubj", "aux", "cop")) and c not in named
                   or c.dep_ in ("obj", "iobj") and not case_words(c) for c in word.children)):
        return
    head, dep = adjective.head, adjective.dep_
    if word.is_ancestor(head) or head.i == word.i:
        return
    for child in [c for c in adjective.children if c.i != det.i]:
        child.head = word
    word.head, word.dep_ = head, dep
    adjective.head, adjective.dep_, adjective.pos_ = word, "amod", "ADJ"
    det.head = word
    columns_changed(doc)
    for name in named:
        name.dep_ = "appos"
        columns_changed(doc)
    for qualifier in [c for c in word.children if c.dep_ == "advmod" and c.pos_ == "ADJ" and c.i > word.i]:
        qualifier.dep_ = "amod"  # ('nantaise')
        columns_changed(doc)
    _as_noun_of_its_article(doc, word, det)
    _complements_of_a_verb_made_a_noun(doc, word)


def _as_noun_of_its_article(doc: Doc, word, det) -> None:
    """Make a word tagged a verb the noun its article says it is: the verb's morphology goes, the
    article's gender and number stay, and a plural's lemma is its singular."""
    word.pos_ = "NOUN"
    columns_changed(doc)
    plural = det.lower_ in ("les", "des", "ces", "ses", "leurs", "nos", "vos")
    word.lemma_ = word.lower_[:-1] if plural and word.lower_.endswith("s") else word.lower_
    gender = morph_values(det, "Gender")
    features = ([f"Gender={gender[0]}"] if gender else []) + [f"Number={'Plur' if plural else 'Sing'}"]
    word.set_morph("|".join(features))


def _prenominal(word) -> bool:
    """An adjective that stands before its noun: an ordinal or one of ``_PRENOMINAL``."""
    return word.lower_ in _PRENOMINAL or "Ord" in morph_values(word, "NumType")


def _complements_of_a_verb_made_a_noun(doc: Doc, noun) -> None:
    """A word the parser took for a verb, once a noun, takes its complements with a preposition as
    its own ('d'emploi', 'de la direction' taken for the verb's object or adjunct)."""
    for child in noun.children:
        if (child.dep_ == "obj" or child.dep_.startswith("obl")) and case_words(child):
            child.dep_ = "nmod"
            columns_changed(doc)


def _noun_root_ending_a_relative(doc: Doc, noun, det) -> None:
    """'Le groupe, qui traverse une passe difficile, a licencié 40 salariés' with the relative's object
    taken for the root: a noun right after a verb with no object is that verb's object, and the verb
    after the comma that closes the incise is the sentence's, with the root's subject as its own."""
    relative = doc[det.i - 1] if det.i > 0 else None
    main = next((c for c in noun.children if c.pos_ == "VERB" and c.i > noun.i
                 and c.dep_ in ("parataxis", "conj", "advcl", "ccomp") and doc[c.i - 1].pos_ in ("PUNCT", "AUX")
                 and any(k.dep_ == "punct" and k.lower_ == "," and k.i < c.i for k in noun.children)), None)
    if (relative is None or main is None or relative.pos_ != "VERB" or relative.dep_ != "acl:relcl"
            or _has_object(relative)):
        return
    main.head, main.dep_ = main, "ROOT"
    columns_changed(doc)
    noun.head, noun.dep_ = relative, "obj"
    columns_changed(doc)
    for child in [c for c in noun.children if c.dep_.startswith("nsubj") or c.i > main.i
                  or c.dep_ == "punct" and c.lower_ == "," and c.i == main.i - 1 - sum(
                      1 for k in main.children if k.dep_.startswith("aux") and k.i < main.i)]:
        child.head = main
    columns_changed(doc)


def _subject_after_the_verb_of_a_que_relative(doc: Doc, verb, time_words: frozenset[str] | set[str]) -> None:
    """'la prolongation que lui avait proposée le club X', 'le contrat que lui a offert la ligue' parsed
    with the noun phrase after the verb as its object and the clitic as its subject: in a relative
    clause whose 'que' is the object, a noun phrase after the verb with no preposition is the
    subject, put after its verb as French allows there, and 'lui' or 'leur' is whom it goes to.
    ('l'offre que le club lui a faite' has its subject before the verb; a date after it, 'que X a
    paraphée mardi dernier', is no subject.)"""
    que = next((c for c in verb.children if c.lower_ in ("que", "qu'") and c.dep_ == "obj" and c.i < verb.i), None)
    if que is None:
        return
    after = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                  and not case_words(c) and fold(c.lemma_) not in time_words), None)
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    if after is None or any(c.lower_ not in ("lui", "leur") for c in subjects):
        return
    after.dep_ = "nsubj"
    columns_changed(doc)
    for clitic in subjects:
        clitic.dep_ = "iobj"
        columns_changed(doc)
    if verb.dep_ == "acl":
        # ('que' tagged a conjunction: the relative pronoun it is, standing for the noun)
        verb.dep_, que.pos_ = "acl:relcl", "PRON"
        columns_changed(doc)
        que.set_morph("PronType=Rel")


def _personal_subject_taken_for_an_impersonal_il(doc: Doc, pronoun) -> None:
    """'il y touchera 600 000 francs' parsed as the impersonal 'il y a', 'Il prévoit de recruter
    vingt vendeurs' with 'il' impersonal: only a verb that can be impersonal (:data:`_IMPERSONAL`,
    'il faut', 'il reste', 'il y a', 'il semble'), a passive ('il a été décidé') or a reflexive
    ('il s'agit') makes 'il' so; before any other verb 'il' is a person or a thing, the verb's subject."""
    verb = pronoun.head
    if (pronoun.lower_ != "il" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in _IMPERSONAL
            or any(c.dep_ in ("aux:pass", "expl:pass", "expl:comp", "expl", "nsubj", "nsubj:pass")
                   or c.lower_ in ("se", "s'") for c in verb.children)):
        return
    pronoun.dep_ = "nsubj"
    columns_changed(doc)


def _unit_of_a_rate_after_a_sum(doc: Doc, unit) -> None:
    """'l'offre de 3,10 € le kilo déposée par X', '12 euros l'heure payés par Y' parsed with
    the unit as a noun of its own and the participle hung on it: a noun with its definite article
    right after a sum is the unit of a rate, the sum's; a participle or a relative clause after it
    qualifies the noun the sum measures."""
    if unit.i < 2 or unit.pos_ != "NOUN":
        return
    det = doc[unit.i - 1]
    total = doc[unit.i - 2]
    if det.head.i != unit.i or det.lower_ not in ("la", "le", "l'") or not _counted(total) or unit.head.i == total.i:
        return
    if any(c.i > unit.i and c.dep_ == "nmod" and case_words(c) & {"de", "d'", "du", "des"} for c in unit.children):
        return  # 'a reçu 300 euros le jour de son départ': a date, no rate
    # (the noun of the sum, or a word with an article the tagger took for a verb: 'l'offre')
    above = total.head
    measured = above if above.i < total.i and (
        above.pos_ == "NOUN" or any(c.dep_ == "det" for c in above.children)) else None
    moved = [c for c in unit.children if c.i > unit.i and c.dep_ in ("acl", "acl:relcl")]
    if unit.is_ancestor(total):
        # ('gagne 27 euros l'heure' with the sum hung on the unit): the sum takes the unit's place
        _take_place(total, unit)
    unit.head, unit.dep_ = total, "nmod"
    columns_changed(doc)
    for clause in moved if measured is not None else []:
        clause.head = measured


def _relative_incise_taken_for_the_main_clause(doc: Doc, word) -> None:
    """'Le groupe, qui emploie 900 personnes, compte recruter vingt soudeurs' parsed with the
    relative clause as the sentence and the main verb ('compte', 'prévoit' taken for a noun) hung
    inside it: a bare word after a comma with an infinitive of its own, in a sentence whose root is
    the verb of a 'qui' that follows the phrase opening the sentence and a comma, is the main verb;
    the opening phrase is its subject and the relative clause qualifies that phrase. ('Le groupe,
    qui emploie 900 personnes, dont une centaine de soudeurs' has no infinitive after the comma.)"""
    if not word.text.islower() or word.i == 0 or doc[word.i - 1].text != "," \
            or any(c.dep_ in ("det", "case") for c in word.children):
        return
    def infinitive_after(c) -> bool:
        return c.i > word.i and morph_values(c, "VerbForm") == ["Inf"] and all(t.pos_ == "ADV" for t in doc[word.i + 1:c.i])
    infinitive = next((c for c in word.children if c.dep_ in ("acl", "xcomp") and infinitive_after(c)), None)
    # ('..., compte supprimer 40 postes' with 'compte' taken for the infinitive's subject)
    under = word.dep_ == "nsubj" and infinitive_after(word.head)
    if under:
        infinitive = word.head
    if infinitive is None:
        return
    found = _relative_sentence_before(doc, word)
    if found is None:
        return
    root, subject, relative = found
    tail = [c for c in root.children if c.i > word.i and c.i != infinitive.i]
    if under:
        infinitive.head = word
    _as_finite_verb(doc, word)
    infinitive.dep_ = "xcomp"
    columns_changed(doc)
    _main_verb_after_its_subject_s_relative(doc, word, subject, relative, tail)


def _finite_main_verb_hung_inside_a_relative(doc: Doc, verb) -> None:
    """'L'atelier, qui livre chaque année 900 fûts aux domaines de la vallée, recrute deux
    tonneliers' parsed with the relative clause as the sentence and the main verb hung on a noun
    inside it: a finite verb after a comma, with no subject and no 'et' or 'mais', in a sentence
    whose root is the verb of a 'qui' after the opening phrase and a comma, is the main verb; the
    opening phrase is its subject. ('L'atelier, qui livre les domaines, dont ceux qui recrutent'
    has its own subject on the second verb.)"""
    if (doc[verb.i - 1].text != "," or "Fin" not in morph_values(verb, "VerbForm")
            or any(c.dep_ in ("cc", "nsubj", "nsubj:pass", "mark") or c.dep_ == "expl:subj" for c in verb.children)):
        return
    found = _relative_sentence_before(doc, verb)
    if found is None or verb.head.i == found[0].i:
        return
    root, subject, relative = found
    # (what the parser hung beside the verb, after it, is the verb's: 'recrute deux tonneliers' with
    # the noun a second complement of the noun the verb was hung on)
    beside = [c for c in verb.head.children if c.i > verb.i and verb.head.i != root.i]
    tail = [c for c in root.children if c.i > verb.i]
    _main_verb_after_its_subject_s_relative(doc, verb, subject, relative, tail + beside)
    if not any(c.dep_ == "obj" for c in verb.children):
        noun = next((c for c in beside if c.pos_ == "NOUN" and not case_words(c)), None)
        if noun is not None:
            noun.dep_ = "obj"
            columns_changed(doc)


def _relative_taken_for_a_completive(doc: Doc, clause, infinitive) -> bool:
    """'affirme pour sa part avoir offert un bonus, que les délégués ont écarté': a 'que' clause
    after the infinitive and a comma, hung on the verb above as its completive, is the relative on
    the infinitive's object; it does not fill the verb's object place."""
    first = clause.left_edge
    if first.text == "," and first.i + 1 < len(doc):
        first = doc[first.i + 1]  # (the comma, when it is hung on the clause)
    return (clause.dep_ == "ccomp" and first.i > infinitive.i + 1 and first.lower_ in ("que", "qu'")
            and doc[first.i - 1].text == ",")


def _finite(verb) -> bool:
    """A finite verb, by itself or by an auxiliary ('a licencié', 'seront engagés')."""
    return any("Fin" in morph_values(t, "VerbForm") for t in (verb, *[c for c in verb.children if c.dep_.startswith("aux")]))


def _has_object(verb) -> bool:
    """A verb with an object, or a clause of its own in an object's place."""
    return any(c.dep_ in ("obj", "ccomp", "xcomp") for c in verb.children)


def _root_of(word):
    """The root above ``word``, by its heads (bounded: a slip of the parse may leave a cycle)."""
    root = word
    for _ in range(len(word.doc)):
        if root.head.i == root.i:
            break
        root = root.head
    return root


def _relative_sentence_before(doc: Doc, word) -> tuple | None:
    """The root of ``word``'s sentence, the phrase opening it and the verb of the 'qui' clause
    after that phrase and a comma, when the parser made that clause the sentence (the verb the
    root); or the phrase itself as the root, its relative clause rightly under it (no verb)."""
    root = _root_of(word)
    if root.i > word.i:
        return None
    if root.pos_ in ("NOUN", "PROPN", "PRON") and _opens_sentence(doc, root.left_edge.i) and any(
            c.dep_ == "acl:relcl" and c.i < word.i and (any(q.lower_ == "qui" for q in c.children) or any(
                t.lower_ == "dont" for t in doc[c.left_edge.i:c.i])) for c in root.children):
        # ('La coopérative, qui emploie 800 personnes, compte embaucher' with the opening phrase the root
        # and its relative clause rightly under it)
        return root, root, None
    if root.pos_ != "VERB":
        return None
    # ('L'atelier, dont l'État détient la moitié, compte recruter': a 'dont' clause alike)
    qui = next((c for c in root.children if c.dep_ == "nsubj" and c.lower_ == "qui"), None) or next(
        (t for t in doc[root.left_edge.i:root.i] if t.lower_ == "dont" and t.pos_ == "PRON"), None)
    if qui is None or qui.i < 2 or doc[qui.i - 1].text != ",":
        return None
    opening = [c for c in root.children if c.i < qui.i - 1 and c.pos_ in ("NOUN", "PROPN", "PRON")
               and c.dep_ not in ("punct", "case") and not case_words(c)]
    if len(opening) != 1 or opening[0].right_edge.i != qui.i - 2:
        return None
    start = opening[0].left_edge.i
    # (or after an adjunct that opens the sentence: 'Dans le même temps, l'atelier, qui ...')
    fronted = start > 1 and doc[start - 1].text == "," and all(
        c.i == start - 1 or c.i > start or c.dep_.startswith(("obl", "advmod")) and _opens_sentence(doc, c.left_edge.i)
        for c in root.children if c.i < start)
    if not _opens_sentence(doc, start) and not fronted:
        return None
    return root, opening[0], root


def _main_verb_after_its_subject_s_relative(doc: Doc, verb, subject, relative, tail) -> None:
    """Makes ``verb`` the root with ``subject`` its subject, the relative clause's verb (if the
    parser made it the root) a relative on the subject, and ``tail`` the main verb's."""
    start = subject.left_edge.i  # (before the relative clause goes under the subject)
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    columns_changed(doc)
    if relative is not None:
        relative.head, relative.dep_ = subject, "acl:relcl"
        columns_changed(doc)
    for child in tail:
        child.head = verb  # the full stop and what follows the main verb are the main clause's
    if relative is not None:
        for child in [c for c in relative.children if c.i < start]:
            child.head = verb  # ('Dans le même temps, X, qui ...': the adjunct opening the sentence)


def _object_taken_for_a_participle_s_subject(doc: Doc, noun) -> None:
    """'paierait à chaque agent muté une indemnité de ...' parsed with the object as the subject
    or the object of the past participle that qualifies the one it goes to: such a participle
    ('licencié', 'muté') has neither after it; a noun phrase with its article there, and no object
    on the verb above, is that verb's object. ('les salariés licenciés l'an dernier' has no
    article-led phrase after.)"""
    participle = noun.head
    if participle.dep_ != "acl":
        return
    holder = participle.head
    verb = holder.head
    if (noun.i < participle.i or participle.dep_ != "acl" or morph_values(participle, "VerbForm") != ["Part"]
            or morph_values(participle, "Tense") != ["Past"]
            or any(c.dep_.startswith("aux") for c in participle.children) or holder.i > participle.i
            or verb.pos_ != "VERB" or verb.i > holder.i or case_words(noun) or verb.lemma_ in ("avoir", "être")
            or not case_words(holder) & {"à", "au", "aux"}
            or not any(c.dep_ == "det" and c.lower_ in ("un", "une", "des", "le", "la", "les", "l'") for c in noun.children)
            or any(c.dep_ == "obj" for c in verb.children)):
        return
    noun.head, noun.dep_ = verb, "obj"
    columns_changed(doc)


def _object_hung_on_a_date_before_it(doc: Doc, noun, time_words: frozenset[str] | set[str]) -> None:
    """'a licencié cette semaine 38 soudeurs' parsed with the counted noun as a complement of the
    date before it: a noun with a number or an article and no preposition, right after a date the
    verb governs, is the verb's object when the verb has none ('la semaine des 35 heures' has its
    'de')."""
    date = noun.head
    verb = date.head
    if (case_words(noun) or fold(date.lemma_) not in time_words or date.dep_ not in ("obl", "obl:mod")
            or date.i > noun.i or date.right_edge.i < noun.i or noun.left_edge.i != _phrase_end(date) + 1
            or verb.pos_ != "VERB" or verb.i > date.i
            or not any(c.dep_ in ("nummod", "det") for c in noun.children if c.i < noun.i)
            or _has_object(verb)):
        return
    noun.head, noun.dep_ = verb, "obj"
    columns_changed(doc)


def _year_taken_into_the_object_after_it(doc: Doc, year) -> None:
    """'qui loue depuis 2021 une flotte de camions' parsed as 'depuis ... une flotte' with the year a
    mere mark inside: a year right after its preposition is the date; the noun with its article after
    it is the verb's object when the verb has none ('depuis 2024 des résultats' alike; 'depuis le 3
    mai' has no article after the number)."""
    case = doc[year.i - 1] if year.i > 0 else None
    noun = year.head
    if (case is None or case.lower_ not in ("depuis", "en", "dès", "avant", "après") or case.head.i != noun.i
            or not (len(year.text) == 4 and year.text.isdigit() and year.text[:2] in ("19", "20"))
            or noun.pos_ != "NOUN" or noun.i <= year.i or year.dep_ in ("nummod", "obl", "obl:mod", "nmod")
            or not any(c.dep_ == "det" and year.i < c.i < noun.i for c in noun.children)):
        return
    verb = noun.head
    if verb.pos_ != "VERB" or verb.i > year.i or not noun.dep_.startswith("obl") or _has_object(verb):
        return
    year.head, year.dep_ = verb, "obl:mod"
    columns_changed(doc)
    case.head = year
    noun.dep_ = "obj"
    columns_changed(doc)


def _complement_hung_on_a_rate(doc: Doc, phrase, time_words: frozenset[str] | set[str]) -> None:
    """'offre une indemnité de 60 euros par mois aux agents' with 'aux agents' a complement
    of 'mois': a period after 'par' says how often a sum comes and takes no 'à' complement; it is the
    verb's, the nearest above ('une prime par salarié à Noël' has no period after 'par'; 'de 20 euros
    par jour à une somme forfaitaire', with an indefinite article, ends a range)."""
    rate = phrase.head
    if (not case_words(phrase) & {"à", "au", "aux"} or phrase.dep_ != "nmod" or rate.i > phrase.i
            or "par" not in case_words(rate) or fold(rate.lemma_) not in time_words
            or any(c.dep_ == "det" and "Ind" in morph_values(c, "Definite") for c in phrase.children)):
        return
    verb = rate.head
    for _ in range(6):
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i > phrase.i:
        return
    phrase.head, phrase.dep_ = verb, "obl:arg"
    columns_changed(doc)


def _phrase_end(word) -> int:
    """The last word of ``word`` with what comes before it only (its article, its adjectives)."""
    return max([word.i, *(c.right_edge.i for c in word.children if c.i < word.i)])


def _euphonic_t_taken_for_a_subject(doc: Doc, word) -> None:
    """'..., précise-t-il' split into 'précise', '-t', '-il', with the '-t' taken for a subject and
    the pronoun hung anywhere: the '-t' only joins the verb before it to its pronoun; the pronoun
    after it is that verb's subject ('-t' with no verb before it is left)."""
    verb = doc[word.i - 1] if word.i > 0 else None
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if (word.lower_ != "-t" or verb is None or verb.pos_ not in ("VERB", "AUX") or after is None
            or after.lower_.lstrip("-") not in ("il", "elle", "ils", "elles", "on")):
        return
    if verb.head.i in (word.i, after.i):
        # ('affirme-t-il' with the verb an auxiliary of the pronoun): the verb is an incise on the
        # sentence's main clause, or the root where there is none
        main = _root_of(doc[verb.i - 2]) if verb.i > 1 and doc[verb.i - 1].text == "," else None
        if main is not None and main.i in (word.i, after.i, verb.i):
            main = None
        verb.head, verb.dep_ = (main, "parataxis") if main is not None else (verb, "ROOT")
        columns_changed(doc)
        if main is not None:
            for t in doc[main.left_edge.i:after.i + 2]:
                if t.head.i in (word.i, after.i) and t.i not in (word.i, after.i):
                    t.head = main  # (the comma and the full stop the pronoun held)
    word.head, word.dep_ = verb, "dep"
    columns_changed(doc)
    after.head, after.dep_ = verb, "nsubj"
    columns_changed(doc)


def _chacun_taken_for_a_determiner(doc: Doc, word) -> None:
    """'oblige la mine à payer à chacun 700 euros' parsed with 'chacun' as the determiner of
    the sum and 'à' as the sum's preposition: 'chacun' after 'à' is a pronoun, the one the verb gives
    to; the sum is the verb's object ('à chacun des salariés' has its own 'de' after it)."""
    noun = word.head
    verb = noun.head
    at = doc[word.i - 1] if word.i > 0 else None
    if (word.lower_ not in ("chacun", "chacune") or word.dep_ != "det" or at is None or at.lower_ != "à"
            or at.head.i != noun.i or noun.i < word.i or verb.pos_ not in ("VERB", "AUX")):
        return
    word.pos_ = "PRON"
    columns_changed(doc)
    word.head, word.dep_ = verb, "obl:arg"
    columns_changed(doc)
    at.head = word
    noun.dep_ = "obl:mod" if any(c.dep_ == "obj" for c in verb.children if c.i != noun.i) else "obj"
    columns_changed(doc)


def _object_taken_for_the_subject_of_a_participle_after_it(doc: Doc, participle) -> None:
    """'Les dockers ont validé mardi le retour au travail et l'accord paraphé par le port'
    parsed with the object as the subject of the participle after it, the participle hung on the
    verb: a past participle with no auxiliary has no subject; an article-led phrase between the verb
    and it, when the verb has no object, is the verb's object, and the participle qualifies the
    last noun before it. ('Le protocole signé, les salariés ont repris', where the phrase opens the
    sentence before the verb, is an absolute clause.)"""
    subject = next((c for c in participle.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    verb = participle.head
    if (subject is None or morph_values(participle, "VerbForm") != ["Part"] or morph_values(participle, "Tense") != ["Past"]
            or any(c.dep_.startswith("aux") for c in participle.children) or verb.pos_ != "VERB"
            or not verb.i < subject.i < participle.i or case_words(subject) or subject.pos_ != "NOUN"
            or not any(c.dep_ == "det" for c in subject.children)
            or _has_object(verb)):
        return
    noun = next((t for t in reversed(doc[subject.i:participle.i]) if t.pos_ == "NOUN"), subject)
    while noun.dep_ == "nmod" and case_words(noun) & {"de", "d'"} and not any(
            c.dep_ in ("det", "nummod") for c in noun.children) and noun.head.i >= subject.i:
        noun = noun.head  # ('l'accord de sortie de crise paraphé': a bare 'de' names the kind of the noun before)
    subject.head, subject.dep_ = verb, "obj"
    columns_changed(doc)
    participle.head, participle.dep_ = noun, "acl"
    columns_changed(doc)
    for doer in [t for t in participle.subtree if t.dep_ == "obl:agent" and t.head.pos_ == "ADV"]:
        doer.head = participle  # ('paraphé deux jours avant par le port': by whom it was signed)


def _fronted_participle_taken_for_a_name(doc: Doc, word) -> None:
    """'Interrogée, sa directrice des achats a confirmé ...' parsed with 'Interrogée' as a name
    governing the phrase after it and the verb left with no subject: a participle opening the
    sentence before a comma (:func:`.syntax.is_fronted_participle`) is one; the noun phrase right
    after the comma is the subject of the verb it hangs on, and the participle qualifies it."""
    if word.pos_ not in ("PROPN", "NOUN") or not is_fronted_participle(word):
        return
    word.pos_ = "VERB"
    columns_changed(doc)
    word.set_morph("Tense=Past|VerbForm=Part")
    word.lemma_ = f"{participle_stem(word.lower_)}er"
    verb = word.head
    phrase = next((c for c in word.children if c.i > word.i + 1 and c.left_edge.i == word.i + 2
                   and c.pos_ in ("NOUN", "PROPN") and not case_words(c)), None)
    if (phrase is None or verb.i <= phrase.i or verb.pos_ not in ("VERB", "AUX")
            or any(c.dep_.startswith("nsubj") and c.i != word.i for c in verb.children)):
        return
    # ('Questionnée, la mairie a confirmé' with the participle itself made the subject)
    phrase.head, phrase.dep_ = verb, word.dep_ if word.dep_.startswith("nsubj") else _subject_relation(verb)
    columns_changed(doc)
    word.head, word.dep_ = phrase, "acl"
    columns_changed(doc)
    for c in phrase.children:
        if c.dep_ == "conj" and c.pos_ == "PROPN" and doc[c.left_edge.i - 1].text == "," \
                and not any(g.dep_ == "cc" for g in c.children):
            c.dep_ = "appos"  # 'sa directrice des achats, Léa Morin,': the name of the subject
            columns_changed(doc)


def _name_apposed_to_the_subject(doc: Doc, name) -> None:
    """'son directeur des ventes, Loïc Tanguy, a assuré ...' parsed with the name as a second
    subject: a name between commas right after the verb's subject phrase, with the verb (or its
    auxiliary) right after the second comma, names that subject. ('Les confrères, la direction
    a refusé' has no name there.)"""
    verb = name.head
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < name.i), None)
    words = [t.i for t in name.subtree if not t.is_punct]  # (the commas may hang on the name)
    start, close = min(words), max(words) + 1
    if (first is None or start < 2 or doc[start - 1].text != ","
            or max(t.i for t in first.subtree if not t.is_punct) + 2 != start
            or close + 1 >= len(doc) or doc[close].text != ","
            or not (doc[close + 1].i == verb.i or doc[close + 1].head.i == verb.i and doc[close + 1].pos_ == "AUX")):
        return
    name.head, name.dep_ = first, "appos"
    columns_changed(doc)


def _fronted_participle_qualifies_the_subject(doc: Doc, participle) -> None:
    """'Congédiée en mai par la société X, Léa Morin a saisi les prud'hommes': a past participle that
    opens the sentence, with no auxiliary and a comma before the clause, qualifies the clause's
    subject (it is passive: the subject underwent it). ('Ayant licencié 30 salariés, le groupe ...'
    has its auxiliary: it is active.)"""
    verb = participle.head
    if (morph_values(participle, "VerbForm") != ["Part"] or morph_values(participle, "Tense") != ["Past"]
            or participle.left_edge.i != participle.i
            or not (participle.i == 0 or doc[participle.i - 1].text in (".", "!", "?")
                    or "\n" in doc[participle.i - 1].whitespace_)
            or verb.i < participle.i or any(c.dep_.startswith(("aux", "nsubj")) for c in participle.children)):
        return
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i > participle.right_edge.i), None)
    if subject is None or not any(t.text == "," for t in doc[participle.right_edge.i:subject.left_edge.i + 1]):
        return
    participle.head, participle.dep_ = subject, "acl"
    columns_changed(doc)


def _name_before_its_verb(doc: Doc, name) -> None:
    """'Sahelcom affirme utiliser ...' parsed as two sentences, the name alone and the verb with no
    subject: a name that is a whole root right before a finite verb rooted on its own, within a
    line, is that verb's subject ('Sahelcom : le groupe affirme', with the colon, stays)."""
    if (name.head.i != name.i or name.right_edge.i + 1 >= len(doc) or "\n" in name.right_edge.whitespace_
            or name.right_edge.is_punct):
        return
    verb = doc[name.right_edge.i + 1]
    if (verb.head.i != verb.i or verb.pos_ not in ("VERB", "AUX") or "Fin" not in morph_values(verb, "VerbForm")
            or any(c.dep_.startswith("nsubj") for c in verb.children)
            or any(c.pos_ in ("VERB", "AUX") for c in name.subtree)):
        return
    colon = next((t for t in doc[name.i + 1:name.right_edge.i] if t.text == ":"), None)
    if colon is not None:
        # 'Vernac : la maison X va fermer' with the phrase after the headline's colon hung on the topic
        # before it: that phrase is the subject, the topic stays apart
        name = next((c for c in name.children if c.i > colon.i and c.pos_ in ("NOUN", "PROPN")), None)
        if name is None:
            return
    name.head, name.dep_ = verb, "nsubj"
    columns_changed(doc)


def _unknown_name_opening_the_sentence_tagged_a_word(doc: Doc, word, verbs: frozenset[str] | set[str]) -> None:
    """'Vendral a versé 40 millions' with the name tagged an adjective and made a root of its own: a
    capitalised word the model has never seen, alone at the head of a sentence right before the
    auxiliary or the finite verb of a subjectless root, is a name and that verb's subject ('Nombreux
    ont signé', a known word, stays). The present of a verb of the lexicon right after it, tagged a
    noun or a participle, is that verb ('Vendral recherche des techniciens', 'Vendral recrute ...')."""
    if (word.head.i != word.i or not word.is_oov or not word.text[:1].isupper() or word.text.isupper()
            or any(c.i <= word.i for c in word.children) or word.i + 1 >= len(doc)
            or not (word.i == 0 or word.is_sent_start or "\n" in doc[word.i - 1].whitespace_)):
        return
    nxt = doc[word.i + 1]
    if (nxt.pos_ in ("NOUN", "ADJ") and nxt.head.i in (nxt.i, word.i) and nxt.text.islower() and nxt.lower_.endswith("e")
            and nxt.lower_ + "r" in verbs):
        # ('Vendral recherche surtout des soudeurs' with the verb and what follows hung on the name)
        nxt.head, nxt.dep_ = nxt, "ROOT"
        columns_changed(doc)
        _as_finite_verb(doc, nxt)
        nxt.lemma_ = nxt.lower_ + "r"
        for child in [c for c in word.children if c.i > nxt.i]:
            child.head = nxt
        columns_changed(doc)
        for child in [c for c in nxt.children if c.dep_ in ("nmod", "appos") and c.i > nxt.i]:
            if not case_words(child) and any(g.dep_ in ("det", "nummod") for g in child.children):
                child.dep_ = "obj"  # ('recherche 30 techniciens': the phrase after the verb is its object)
                columns_changed(doc)
            elif child.dep_ == "nmod":
                child.dep_ = "obl:arg"
                columns_changed(doc)
                _plural_article_taken_for_de(doc, child, verbs)  # ('recherche des techniciens')
    elif nxt.pos_ == "VERB" and "Part" in morph_values(nxt, "VerbForm") and not nxt.lower_.endswith(PARTICIPLE_ENDINGS):
        nxt.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")  # ('Vendral recrute des techniciens': no participle in -e)
        columns_changed(doc)
    verb = nxt.head if nxt.pos_ == "AUX" and nxt.dep_.startswith("aux") else nxt
    if (verb.head.i != verb.i or verb.pos_ not in ("VERB", "AUX") or verb.i < nxt.i or any(True for _ in word.children)
            or "Fin" not in morph_values(nxt, "VerbForm") or any(c.dep_.startswith("nsubj") for c in verb.children)):
        return
    word.head, word.dep_, word.pos_ = verb, "nsubj", "PROPN"
    columns_changed(doc)


def _topic_before_a_colon_taken_for_the_subject(doc: Doc, topic) -> None:
    """'Brivonne : la fromagerie X va recruter 30 personnes' parsed with the headline's topic as the
    subject and the phrase after the colon hung on it: the phrase after the colon, with its article
    and no preposition, is the subject; the topic stays apart ('Brivonne : grève à l'usine', with
    no verb, and 'X et Y : ...' are not touched)."""
    verb = topic.head
    if verb.i < topic.i or verb.pos_ not in ("VERB", "AUX") or topic.i + 1 >= len(doc) or doc[topic.i + 1].text != ":":
        return
    phrase = next((c for c in topic.children if c.i > topic.i + 1 and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")
                   and c.dep_ in ("nmod", "appos") and not any(k.dep_ == "case" for k in c.children)), None)
    if phrase is None:
        return
    phrase.head, phrase.dep_ = verb, "nsubj"
    topic.dep_ = "dislocated"
    columns_changed(doc)


def _object_after_a_role(doc: Doc, role) -> None:
    """'vient d'engager comme cheffe de chantier Léa Morin' parsed with the name as an
    apposition inside the role after 'comme': a name with no preposition that ends the role's
    phrase, after a verb with no object, is the verb's object and the role says what it is taken
    on as ('a engagé Léa Morin comme directrice', the object first, is parsed right)."""
    verb = role.head
    if (verb.pos_ != "VERB" or verb.i > role.i or "comme" not in case_words(role)
            or any(c.dep_ == "obj" for c in verb.children)):
        return
    name = next((t for t in role.subtree if t.i > role.i and t.pos_ == "PROPN" and t.dep_ in ("appos", "nmod")
                 and t.text[:1].isupper() and not case_words(t) and t.right_edge.i == role.right_edge.i), None)
    if name is None:
        return
    name.head, name.dep_ = verb, "obj"
    columns_changed(doc)


def _participle_conjunct_on_the_object(doc: Doc, participle) -> None:
    """'La direction a proposé une prime, aussitôt rejetée par les grévistes' parsed with the
    participle as a second verb of the subject or an adverbial clause: a past participle after a comma, with its doer
    after 'par' and no auxiliary or subject of its own, is passive, and qualifies the object of
    the verb it was joined to ('a proposé une prime et a été rejetée' has its auxiliary; 'a
    proposé une prime, puis a signé' no doer)."""
    verb = participle.head
    if (participle.dep_ not in ("conj", "advcl") or verb.pos_ != "VERB" or verb.i > participle.i
            or morph_values(participle, "VerbForm") != ["Part"]
            or any(c.dep_.startswith(("aux", "nsubj", "cc")) for c in participle.children)
            or not any(c.dep_ == "obl:agent" for c in participle.children)):
        return
    before = participle.left_edge.i - 1
    if before < 0 or doc[before].text != ",":
        return
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < participle.i), None)
    if obj is None:
        return
    participle.head, participle.dep_ = obj, "acl"
    columns_changed(doc)
    doc[before].head = participle
    participle.set_morph("Tense=Past|VerbForm=Part|Voice=Pass")


def _participle_joined_to_a_participle(doc: Doc, participle) -> None:
    """'une offre jugée insuffisante et rejetée par les syndicats', 'une offre généreuse mais rejetée
    par X': a past participle joined to a participle or an adjective that qualifies a noun
    qualifies that noun too, when it has no auxiliary or
    subject of its own ('une offre jugée insuffisante et qui a été rejetée', 'a présenté une
    offre jugée insuffisante et a signé' are clauses of their own)."""
    first = participle.head
    if first.pos_ == "ADJ" and first.dep_ == "xcomp" and first.i < participle.i:
        first = first.head  # 'jugée indécente et rejetée', joined to the participle's attribute
    if (participle.dep_ != "conj" or first.pos_ not in ("VERB", "ADJ") or first.dep_ not in ("acl", "amod")
            or first.head.pos_ != "NOUN" or first.i > participle.i
            or morph_values(participle, "VerbForm") != ["Part"] or morph_values(participle, "Tense") != ["Past"]
            or any(c.dep_.startswith(("aux", "nsubj", "cop")) for c in participle.children)):
        return
    participle.head, participle.dep_ = first.head, "acl"
    columns_changed(doc)


def _state_before_date(doc: Doc, cop, time_words) -> None:
    """'Les chauffeurs du réseau, à Dax, seront en grève le 3 mai' parsed with the date
    for the predicate of 'être' and 'en grève' for its adjunct: the state after 'en' is what the
    subject is in, the date when; and a subject the parser left as the root, with that predicate
    joined to it, is the predicate's subject ('sont en grève depuis lundi' with the date first
    has nothing to move)."""
    date = cop.head
    if cop.lemma_ != "être" or cop.dep_ != "cop" or not (date.pos_ == "NUM" or fold(date.lemma_) in time_words):
        return
    state = next((c for c in cop.children if c.pos_ == "NOUN" and c.i == cop.i + 2 and doc[cop.i + 1].lower_ == "en"
                  and c.dep_ in ("obl", "obl:mod", "nmod", "fixed")), None)
    if state is None or not cop.i < state.i < date.i:
        return
    _take_place(state, date)
    for c in [c for c in date.children if c.i < state.i]:
        c.head = state  # the comma before 'seront', the copula itself
    cop.head = state
    date.head, date.dep_ = state, "obl:mod"
    columns_changed(doc)
    subject = state.head
    if (state.dep_ == "conj" and subject.dep_ == "ROOT" and subject.pos_ in ("NOUN", "PROPN") and subject.i < cop.i
            and not any(t.pos_ in ("VERB", "AUX") for t in doc[subject.i:cop.i])):
        state.head, state.dep_ = state, "ROOT"
        subject.head, subject.dep_ = state, "nsubj"
        columns_changed(doc)


def _auxiliary_cut_off_from_subject_and_participle(doc: Doc, aux) -> None:
    """'Le département et la région ont pour leur part offert un prêt' parsed with the subject
    as the root and 'ont' a stray word: a finite 'avoir' the parse gave no verb's place, after a
    root noun phrase and before a past participle a few words on with no verb between, is that
    participle's auxiliary; the participle is the sentence's verb and the noun phrase its subject."""
    if aux.lemma_ != "avoir" or "Fin" not in morph_values(aux, "VerbForm") or aux.dep_ not in ("punct", "dep", "cc", "advmod"):
        return
    subject = aux.head
    if subject.head.i != subject.i or subject.pos_ not in ("NOUN", "PROPN") or subject.i > aux.i:
        return
    part = next((t for t in doc[aux.i + 1:min(aux.i + 7, len(doc))] if t.pos_ in ("VERB", "AUX")), None)
    if (part is None or part.pos_ != "VERB" or "Part" not in morph_values(part, "VerbForm")
            or "Past" not in morph_values(part, "Tense") or any(c.dep_.startswith("aux") for c in part.children)
            or any(t.is_punct and t.text != "," for t in doc[aux.i + 1:part.i])):
        return
    part.head, part.dep_ = part, "ROOT"
    columns_changed(doc)
    subject.head, subject.dep_ = part, "nsubj"
    columns_changed(doc)
    aux.head, aux.dep_, aux.pos_ = part, "aux:tense", "AUX"
    columns_changed(doc)
    for t in doc[aux.i + 1:part.i]:
        if t.head.i < aux.i or t.head.i > part.i or t.head.i == part.i:
            t.head, t.dep_ = part, ("obl:mod" if t.pos_ in ("NOUN", "PROPN") else "advmod")
            columns_changed(doc)
    for c in [c for c in subject.children if c.i > part.i]:  # the full stop and the rest of the clause
        c.head = part
        columns_changed(doc)
    for c in [c for c in part.children if c.dep_ == "xcomp" and c.pos_ == "NOUN" and c.i > part.i
              and not any(g.dep_ == "case" for g in c.children)][:1]:
        if not any(o.dep_ == "obj" for o in part.children):
            c.dep_ = "obj"  # ('proposé une aide' with the noun a predicate of the participle the parse had hung)
            columns_changed(doc)


def _apposition_after_the_clause_made_the_root(doc: Doc, noun) -> None:
    """'Il leur a soumis une hausse de 2 %, une offre que les délégués ont trouvée maigre' parsed with the
    phrase after the comma as the root and the clause before it hung on it: a noun phrase with its
    article after a comma that ends a finite clause says again what that clause's object is; the
    clause's verb is the root, the phrase a loose dependent of it (it names the clause's event, not a
    kind of the object: 'une offre' here offers no job)."""
    if noun.i < 2 or not any(c.dep_ == "det" for c in noun.children):
        return
    start = min([noun.i, *[c.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "amod", "nummod")]])
    if doc[start - 1].text != ",":
        return
    verb = next((c for c in noun.children if c.i < start and c.pos_ in ("VERB", "AUX") and c.dep_ in (
        "advcl", "ccomp", "parataxis", "dep", "acl", "csubj")), None)
    if verb is None or not _finite(verb):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    columns_changed(doc)
    noun.head, noun.dep_ = verb, "dep"
    columns_changed(doc)
    for c in [c for c in noun.children if c.i < start or c.dep_ == "punct" and c.i > noun.i and c.is_sent_end]:
        c.head = verb
        columns_changed(doc)


def _subject_pronoun_given_another_relation(doc: Doc, pronoun) -> None:
    """'Elle leur a ensuite offert ...' with 'Elle' a vocative: a subject pronoun before the finite verb
    it hangs on, which has no subject, with only clitics, auxiliaries and adverbs between, is that
    verb's subject."""
    verb = pronoun.head
    if (pronoun.lower_ not in ("il", "elle", "ils", "elles") or pronoun.dep_ in ("nsubj", "nsubj:pass", "expl:subj")
            or verb.pos_ not in ("VERB", "AUX") or verb.i <= pronoun.i
            or any(c.dep_.startswith(("nsubj", "expl:subj", "csubj")) for c in verb.children)
            or not all(t.pos_ in ("PRON", "AUX", "ADV", "PART") or t.head.i != verb.i and t.head.i in range(pronoun.i, verb.i)
                       or t.dep_ in ("advmod", "fixed") for t in doc[pronoun.i + 1:verb.i])):
        return
    pronoun.dep_ = "nsubj:pass" if _passive(verb) else "nsubj"
    columns_changed(doc)


def _for_its_part_is_an_adverb(doc: Doc, noun) -> None:
    """'La commune a, pour sa part, payé ...': 'pour' + possessive + 'part' says whose turn it is, an
    adverb of the clause; no complement of the verb (not what is paid for)."""
    if fold(noun.lemma_) != "part" or noun.dep_ == "advmod":
        return
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    own = any(c.dep_ in ("det", "nmod:poss") and "Yes" in morph_values(c, "Poss") for c in noun.children)
    if not own or cases != {"pour"}:
        return
    noun.dep_ = "advmod"
    columns_changed(doc)


def _auxiliary_hung_past_its_participle(doc: Doc, aux) -> None:
    """'La commune a, de son côté, déjà payé 2 millions ..., a indiqué le maire' with 'a' and the
    subject hung on the verb of the incise and the participle on the phrase between commas: an
    auxiliary followed by an incise in commas and then a past participle with no auxiliary of its own,
    before the verb the parser gave it, is that participle's; the participle takes the subject
    before the auxiliary and is the clause the later verb (an incise of saying) hangs on."""
    head = aux.head
    if (aux.lemma_ not in ("avoir", "être") or aux.dep_ not in ("aux:tense", "aux:pass") or head.i <= aux.i + 2
            or aux.i + 1 >= len(doc) or doc[aux.i + 1].text != ","):
        return
    part = next((t for t in doc[aux.i + 2:head.i] if t.pos_ in ("VERB", "AUX")), None)
    if (part is None or part.pos_ != "VERB" or "Part" not in morph_values(part, "VerbForm")
            or any(c.dep_.startswith("aux") for c in part.children)
            or not any(t.text == "," for t in doc[aux.i + 2:part.i])):
        return
    subject = next((c for c in [*head.children, *aux.children] if c.dep_.startswith("nsubj") and c.i < aux.i), None)
    if subject is None:
        return
    part.head, part.dep_ = head, "ccomp"
    columns_changed(doc)
    aux.head = part
    columns_changed(doc)
    subject.head = part
    columns_changed(doc)
    for t in doc[aux.i + 1:part.i]:
        if t.head.i == head.i:  # (the incise, hung on the later verb)
            t.head = part
            columns_changed(doc)


def _reflexive_participle_tagged_an_adjective(doc: Doc, word) -> None:
    """'Des pourparlers se sont ouverts lundi' with 'ouverts' tagged an adjective and 'sont' its copula:
    a reflexive pronoun and 'être' right before a word make it the compound tense of a reflexive verb,
    whose complements are the verb's ('les usines sont ouvertes' has no reflexive pronoun). A
    participle in -ert is of a verb in -rir ('ouvert', 'offert', 'couvert')."""
    if word.i < 2:
        return
    aux, pronoun = doc[word.i - 1], doc[word.i - 2]
    if (aux.lemma_ != "être" or aux.head.i != word.i or pronoun.head.i != word.i
            or pronoun.lower_ not in ("se", "s'", "s’") or pronoun.pos_ != "PRON"):
        return
    word.pos_ = "VERB"
    columns_changed(doc)
    aux.dep_ = "aux:tense"
    columns_changed(doc)
    gender, number = morph_values(word, "Gender"), morph_values(word, "Number")
    word.set_morph("|".join([f"Gender={gender[0]}"] * bool(gender) + [f"Number={number[0]}"] * bool(number)
                            + ["Tense=Past", "VerbForm=Part"]))
    if word.lemma_.endswith("ert"):
        word.lemma_ = word.lemma_[:-3] + "rir"


def _split_compound_tense(doc: Doc, aux) -> None:
    """'La CFDT a de son côté accepté de ...', 'X a en revanche refusé': with a phrase between
    'avoir' and the participle, the parser makes 'avoir' the verb and hangs the participle on
    the phrase. 'avoir' with no object of its own and a past participle a few words on, with
    no verb between, is that participle's auxiliary ('X a des salariés formés' has an object; the
    word of a locution taken for one, 'a d'ores et déjà signé', is none)."""
    if any(c.dep_ in ("obj", "ccomp", "xcomp") and not (c.dep_ == "obj" and c.i > aux.i and (
            c.pos_ in ("PRON", "ADV") or any(g.dep_ == "case" for g in c.children)))  # ('ont pour leur part offert')
           for c in aux.children):
        return
    for part in doc[aux.i + 2:min(aux.i + 7, len(doc))]:
        if part.pos_ in ("VERB", "AUX") or part.is_punct and part.text != ",":
            break
    else:
        return
    if not (part.pos_ == "VERB" and "Part" in morph_values(part, "VerbForm") and "Past" in morph_values(part, "Tense")
            and aux.i < part.head.i < part.i and part.dep_ in ("acl", "amod", "advcl", "dep", "conj")):
        return
    part.head, part.dep_ = part, "ROOT"
    columns_changed(doc)
    for child in list(aux.children):  # the subject, the phrase between, the full stop
        child.head = part
        if aux.i < child.i < part.i and child.dep_ in ("obl:arg", "obj"):
            child.dep_ = "obl:mod"
            columns_changed(doc)
    aux.head, aux.dep_, aux.pos_ = part, "aux:tense", "AUX"
    columns_changed(doc)


def _adjective_of_the_subject_taken_for_the_root(doc: Doc, adjective) -> None:
    """'Un cariste saisonnier y gagne 90 euros' parsed with the adjective as the root, the noun as its
    subject and the verb hung below it: an adjective right after a noun, with no copula, qualifies the
    noun; a finite verb hung on it is the sentence's, the noun its subject ('Le salarié, satisfait,
    signe' has its adjective between commas; 'Le contrat est signé' has a copula)."""
    noun = next((c for c in adjective.children if c.dep_ == "nsubj" and c.i == adjective.i - 1
                 and c.pos_ in ("NOUN", "PROPN")), None)
    verb = next((c for c in adjective.children if c.pos_ == "VERB" and c.i > adjective.i
                 and "Fin" in morph_values(c, "VerbForm")
                 and not any(k.dep_ in ("mark", "nsubj") or k.lower_ in ("qui", "que") for k in c.children)), None)
    if noun is None or verb is None or any(c.dep_ == "cop" for c in adjective.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    columns_changed(doc)
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)
    adjective.head, adjective.dep_ = noun, "amod"
    columns_changed(doc)
    for child in [c for c in adjective.children if c.i > verb.i]:
        child.head = verb  # (the full stop and what follows the verb are the verb's)


def _name_cut_from_its_noun(doc: Doc, word) -> None:
    """'filiale du groupe danois Vinter Holm, a été ...' parsed with the unknown name's
    words as roots of their own, the first taken for an adverb: a capitalised word with nothing
    hung on it, right after a noun or its adjective within the line, names that noun
    ('le groupe X'), and the capitalised roots right after it are the rest of the name. A word
    after punctuation ('les salariés. Demain ...') or with words of its own stays. So does a name
    whose own words hang on it, with a relative after a comma ('avec la biotech américaine Vorn
    Labs, à laquelle X a versé ...'): the relative then qualifies the name."""
    i = word.i
    # (its acronym in brackets is still its own: 'la Compagnie des eaux Loire-Sarthe (CELS)')
    bracketed = [c for c in word.children if c.dep_ in ("punct", "appos") and c.i > i]
    relatives = _relatives_after_a_comma(doc, word)
    rest = [c for c in word.children if c.dep_ in ("flat", "flat:name") and c.i > i and c.text[:1].isupper()]
    if relatives and rest:  # (the comma before the relative, the full stop, are the clause's)
        bracketed = [c for c in word.children if c not in rest and c not in relatives
                     and not (c.dep_ == "punct" and c.text in (",", *_ENDS))]
        if bracketed:
            return
    elif len(bracketed) != len(list(word.children)):
        return
    if (i == 0 or word.head.i != i or not word.text[:1].isupper() or word.pos_ in ("PUNCT", "NUM")
            or bracketed and not (doc[i + 1].text == "(" and any(c.text == ")" for c in bracketed))):
        return
    prev = doc[i - 1]
    if prev.pos_ not in ("NOUN", "ADJ") or not prev.text.islower() or "\n" in prev.whitespace_:
        return
    owner = prev if prev.pos_ == "NOUN" else prev.head
    if prev.pos_ == "ADJ" and not _agrees(prev, owner) and doc[prev.i - 1].pos_ == "NOUN" and _agrees(prev, doc[prev.i - 1]):
        owner = doc[prev.i - 1]  # ('l'accord conclu avec la biotech suédoise X': the noun its adjective agrees with)
    if owner.pos_ != "NOUN" or owner.i > prev.i:
        return
    word.head, word.dep_, word.pos_ = owner, "appos", "PROPN"
    columns_changed(doc)
    for clause in relatives if rest else ():
        clause.dep_ = "acl:relcl"
        columns_changed(doc)
    k = i + 1
    while (k < len(doc) and doc[k].head.i == k and doc[k].text[:1].isupper() and not any(True for _ in doc[k].children)
           and "\n" not in doc[k - 1].whitespace_):
        doc[k].head, doc[k].dep_, doc[k].pos_ = word, "flat:name", "PROPN"
        columns_changed(doc)
        k += 1


def _relative_after_a_preposition_hung_on_the_subject(doc: Doc, pronoun) -> None:
    """'la société, à laquelle le groupe a versé 5 millions' with 'à laquelle' hung on the subject
    after it: a relative pronoun after a preposition that opens its clause is a complement of the
    clause's verb ('les salariés de laquelle ...', after its noun, stays the noun's)."""
    noun = pronoun.head
    if ("Rel" not in morph_values(pronoun, "PronType") or noun.i < pronoun.i or noun.dep_ not in ("nsubj", "nsubj:pass")
            or not case_words(pronoun) - {"de", "d'", "du", "des"} or noun.head.pos_ not in ("VERB", "AUX")):
        return
    pronoun.head, pronoun.dep_ = noun.head, "obl:arg"
    columns_changed(doc)


def _relatives_after_a_comma(doc: Doc, word) -> list:
    """The clauses hung on ``word`` after a comma that open with a relative pronoun, alone or after
    a preposition ('qui', 'dont', 'à laquelle', 'avec lesquels')."""
    found = []
    for c in word.children:
        if c.pos_ not in ("VERB", "AUX") or c.i < word.i + 2 or doc[c.left_edge.i - 1].text != ",":
            continue
        first = doc[c.left_edge.i]
        pronoun = doc[first.i + 1] if first.pos_ == "ADP" and first.i + 1 < len(doc) else first
        if "Rel" in morph_values(pronoun, "PronType"):
            found.append(c)
    return found


def _subject_cut_off_by_an_incise(doc: Doc, name) -> None:
    """'Brenvel, racheté en 2022 par le fonds X pour 21 millions, a signé un accord' parsed with the
    name as a sentence of its own and the verb with no subject: within one line, with no full stop
    between, the name is the subject of the first subjectless verb after the comma that closes the
    participle's phrase, and the participle qualifies it ('Brenvel, Ardal et Orvane ont signé', a
    list, has no participle). An apposition the parser gave the name ('Brenvel, filiale du groupe
    X, a été condamné') sets off the subject the same way."""
    if name.head.i != name.i or name.i + 3 >= len(doc) or doc[name.i + 1].text != ",":
        return
    comma, participle = doc[name.i + 1], doc[name.i + 2]
    apposed = participle.dep_ == "appos" and participle.head.i == name.i and participle.pos_ == "NOUN"
    if not apposed and (morph_values(participle, "VerbForm") != ["Part"] or "Past" not in morph_values(participle, "Tense")):
        return
    for k in range(participle.i + 1, len(doc) - 1):
        if doc[k].text in _ENDS or "\n" in doc[k].whitespace_:
            return
        if doc[k].text != ",":
            continue
        verb = doc[k + 1]
        while verb.head.i != verb.i:
            verb = verb.head
        if (verb.pos_ in ("VERB", "AUX") and verb.i > k and verb.i != participle.i
                and not any(c.dep_.startswith("nsubj") for c in verb.children)):
            name.head, name.dep_ = verb, _subject_relation(verb)
            comma.head, comma.dep_ = name, "punct"
            columns_changed(doc)
            if not apposed:
                participle.head, participle.dep_ = name, "acl"
                columns_changed(doc)
            return


#: prepositions that open the source of what a clause says, never its subject
_SOURCE_CASES = {"selon", "d'après"}


def _source_taken_for_the_subject(doc: Doc, noun) -> None:
    """'Selon le délégué du syndicat, X, un soudeur touche 2 000 euros' parsed with the source as the
    subject and the real subject apposed to it: a phrase after 'selon' or 'd'après' is a source,
    never the subject; the last noun phrase apposed to it after a comma, right before the verb, is
    the subject ('Selon le délégué, Marc Aubry, les salaires ...' keeps the name with the source)."""
    verb = noun.head
    if verb.i < noun.i or not (noun.n_lefts and case_words(noun) & _SOURCE_CASES):
        return
    subject = next((c for c in reversed(list(noun.children)) if c.dep_ == "appos" and c.i < verb.i
                    and c.pos_ == "NOUN" and any(d.dep_ == "det" for d in c.children)
                    and c.right_edge.i + 1 < len(doc)
                    and all(t.pos_ in ("AUX", "ADV", "PART", "PRON") for t in doc[c.right_edge.i + 1:verb.i])), None)
    noun.dep_ = "obl:mod"
    columns_changed(doc)
    if subject is not None:
        subject.head, subject.dep_ = verb, _subject_relation(verb)
        columns_changed(doc)


def _subject_after_a_relative_with_a_preposition(doc: Doc, qui) -> None:
    """'..., déléguée CGT, pour qui un soudeur gagne 1 900 euros' parsed with the antecedent as the
    subject of the verb and the noun after 'qui' as the relative clause: after a preposition and
    'qui', the noun phrase is the subject of the first finite verb that follows, and that verb
    heads the relative clause on the antecedent ('pour qui travaille le soudeur', with the verb
    first, is left alone)."""
    prep = doc[qui.i - 1] if qui.i > 0 else None
    if prep is None or prep.pos_ != "ADP" or qui.pos_ != "PRON" or qui.i + 2 >= len(doc):
        return
    noun = next((t for t in doc[qui.i + 1:qui.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or any(t.pos_ not in ("DET", "NUM", "ADJ") for t in doc[qui.i + 1:noun.i]):
        return
    verb = next((t for t in doc[noun.i + 1:noun.i + 12] if t.pos_ == "VERB" and (
        "Fin" in morph_values(t, "VerbForm") or any(c.dep_.startswith("aux") for c in t.children))), None)
    if verb is None or any(t.text in _ENDS or t.text == "," for t in doc[noun.i + 1:verb.i]):
        return
    antecedent = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < qui.i), None)
    if antecedent is None or noun.dep_ == "nsubj" and noun.head.i == verb.i:
        return
    old_head = verb.head
    verb.head, verb.dep_ = antecedent, "acl:relcl"
    noun.head, noun.dep_ = verb, "nsubj"
    qui.head, qui.dep_ = verb, "obl:mod"
    antecedent.head, antecedent.dep_ = (old_head, "nsubj") if old_head.i != verb.i else (antecedent, "ROOT")
    columns_changed(doc)


#: nouns of locutions of time that take an event after 'de': 'au terme de', 'à l'issue de', 'au bout de',
#: 'au lendemain de', 'à la veille de', 'au cours de' (grammar words, a closed list)
_TIME_LOCUTIONS = {"terme", "issue", "bout", "lendemain", "veille", "cours", "suite"}


def _time_locution_hung_on_the_object(doc: Doc, noun) -> None:
    """'ont trouvé un compromis au bout de dix jours de tractations' parsed with the locution
    of time hung on the object: 'au terme de', 'à l'issue de', 'au bout de' say when the clause
    happens, so they are the verb's ('une entente au terme incertain', with no 'de', is left)."""
    obj = noun.head
    verb = obj.head
    if (fold(noun.lemma_) not in _TIME_LOCUTIONS or noun.dep_ != "nmod" or obj.i > noun.i
            or not case_words(noun) & {"à", "au", "aux"} or obj.dep_ not in ("obj", "nsubj:pass")
            or verb.pos_ != "VERB" or not any(c.dep_ == "nmod" and case_words(c) & _DE for c in noun.children)):
        return
    noun.head, noun.dep_ = verb, "obl:mod"
    columns_changed(doc)


def _date_taken_for_a_second_subject(doc: Doc, noun, time_words: frozenset[str] | set[str]) -> None:
    """'L'an dernier, X a été condamnée ...' parsed with the date as a subject beside the real one:
    a noun of time is no subject when the verb has another after it; it says when."""
    verb = noun.head
    if (fold(noun.lemma_) not in time_words or not noun.dep_.startswith("nsubj")
            or not any(c.dep_.startswith("nsubj") and c.i > noun.i for c in verb.children)):
        return
    noun.dep_ = "obl:mod"
    columns_changed(doc)


def _dependents_hung_on_the_auxiliary(doc: Doc, aux) -> None:
    """'Le préfet, X, a pour sa part garanti une aide' parsed with the subject hung on the auxiliary:
    an auxiliary governs nothing; its subject and complements are the verb's (its adverbs, 'ne ... pas'
    among them, are read where they stand). So with 'a par ailleurs assigné', where the auxiliary is
    tagged a verb: its relation tells what it is."""
    if not (aux.n_lefts or aux.n_rights) or not aux.dep_.startswith("aux") or aux.head.i == aux.i:
        return
    if aux.pos_ == "VERB" and aux.lemma_ not in ("avoir", "être"):
        return  # ('pouvoir', 'devoir' taken for auxiliaries govern their own clause)
    moved = [c for c in aux.children if c.dep_.startswith(("nsubj", "obl"))]
    for child in moved:
        child.head = aux.head
    if moved:
        columns_changed(doc)


def _number_tagged_a_verb(doc: Doc, number) -> None:
    """'gagne 31,40 $ l'heure' with '31,40' tagged a verb and the currency below it: a figure is
    never a verb; it counts the noun after it, which takes its place in the clause (an object
    rather than a verb's complement)."""
    if not number.text[:1].isdigit() or not re.fullmatch(r"\d+(?:[.,]\d+)?", number.text) or number.i + 1 >= len(doc):
        return
    unit = doc[number.i + 1]
    if unit.head.i != number.i or unit.pos_ not in ("NOUN", "PROPN", "SYM"):
        return
    head, dep = number.head, number.dep_
    number.pos_ = "NUM"
    columns_changed(doc)
    if head.i == number.i:
        unit.head, unit.dep_ = unit, "ROOT"
        columns_changed(doc)
    else:
        unit.head, unit.dep_ = head, "obj" if dep in ("xcomp", "ccomp", "obj") else dep
        columns_changed(doc)
    for child in [c for c in number.children if c.i != unit.i]:
        child.head = unit
    number.head, number.dep_ = unit, "nummod"
    columns_changed(doc)


def _noun_taken_for_punctuation(doc: Doc, noun) -> None:
    """'ont repoussé lundi, à une large majorité, le plan de la direction' parsed with the
    noun after the incise as punctuation, or as a conjunct of the verb with no conjunction, and 'ont
    rejeté l'offre' with the noun as a bare 'dep': a noun is never punctuation nor a verb's conjunct; with its article, after an active verb that has no
    object, it is that object (a preposition before it makes it something else; 'a rejeté l'offre
    et la grève', with 'et', is left alone)."""
    verb = noun.head
    if (noun.dep_ not in ("punct", "conj", "dep") or verb.pos_ != "VERB" or verb.i > noun.i or case_words(noun)
            or any(c.dep_ == "cc" for c in noun.children)
            or not any(c.dep_ == "det" for c in noun.children) or not _active(verb)
            or _has_object(verb)):
        return
    if noun.pos_ == "PROPN" and noun.text.islower():
        noun.pos_ = "NOUN"  # ('l'offre' tagged a name)
        columns_changed(doc)
    noun.dep_ = "obj"
    columns_changed(doc)


def _name_ending_a_relative_taken_for_the_subject(doc: Doc, name) -> None:
    """'Les chauffeurs qui roulent pour la plateforme Tarvo ont saisi le tribunal' parsed with the
    name that ends the relative clause as the subject of the main verb, and the noun the clause
    qualifies left a sentence of its own: a name right after a common noun of the relative clause
    names that noun; the subject is the noun the relative clause qualifies ('Les chauffeurs de
    Tarvo ont saisi', with no relative clause, stays)."""
    verb = name.head
    before = doc[name.i - 1] if name.i > 0 else None
    if (not name.text[:1].isupper() or before is None or before.pos_ != "NOUN" or verb.pos_ != "VERB"
            or verb.i < name.i):
        return
    relative = before
    while relative.dep_ != "acl:relcl" and relative.head.i != relative.i:
        relative = relative.head
    noun = relative.head
    if (relative.dep_ != "acl:relcl" or noun.head.i != noun.i or noun.pos_ not in ("NOUN", "PROPN")
            or not noun.i < relative.i < name.i):
        return
    if _disagrees_in_number(verb, noun):
        return
    relation = _subject_relation(verb)
    name.head, name.dep_ = before, "appos"
    noun.head, noun.dep_ = verb, relation
    columns_changed(doc)


def _name_ending_a_complement_taken_for_the_subject(doc: Doc, name) -> None:
    """'Douze livreurs de la plateforme lyonnaise Kourso ont saisi ...' parsed with the name as
    the subject and the people cut off as a sentence of their own: a name right after a common
    noun (and its adjectives) of the complement of a noun the parser left as a root just before
    it names that common noun; the root is the subject ('La plateforme Kourso a saisi ...' has no
    root before the name, and stays). So with the second word of a two-word name ('Les guides du
    Parc Aventure ont cessé ...' with 'Aventure' the subject): a capitalised word that cannot be
    the subject for its number, right after a name in that complement, ends the name."""
    verb = name.head
    if not name.text[:1].isupper() or verb.pos_ != "VERB" or verb.i < name.i or name.i == 0:
        return
    before = doc[name.i - 1]
    if (name.pos_ == "NOUN" and before.pos_ in ("PROPN", "NOUN") and before.text[:1].isupper()
            and "\n" not in before.whitespace_ and case_words(before) and _disagrees_in_number(verb, name)):
        link = "flat:name"  # (the end of a name the parser took for a common noun)
    elif name.pos_ == "PROPN":
        link = "appos"
        while before is not None and before.pos_ == "ADJ" and before.i > 0:
            before = doc[before.i - 1]
        if before is None or before.pos_ != "NOUN" or not before.text.islower() or not case_words(before):
            return
    else:
        return
    root, qualifiers = before, []
    while root.head.i != root.i and root.head.i < root.i and (root.dep_ in ("nmod", "amod", "appos") or (
            root.dep_.startswith("obl") and _qualifying_participle(root.head))):
        # ('L'accord conclu avec la biotech X prévoit ...': through the participle that qualifies the root)
        if root.dep_.startswith("obl"):
            qualifiers.append(root.head)
            root = root.head.head
            continue
        root = root.head
    if (root.head.i != root.i or root.pos_ not in ("NOUN", "PROPN") or root.i >= before.i
            or any(t.pos_ in ("VERB", "AUX") and t not in qualifiers for t in doc[root.i:name.i])
            or _disagrees_in_number(verb, root)):
        return
    relation = _subject_relation(verb)
    name.head, name.dep_, name.pos_ = before, link, "PROPN" if link == "flat:name" else name.pos_
    root.head, root.dep_ = verb, relation
    columns_changed(doc)


def _qualifying_participle(word) -> bool:
    """A past participle with no auxiliary that qualifies the noun before it ('l'accord conclu ...')."""
    return (word.dep_ == "acl" and word.pos_ == "VERB" and "Part" in morph_values(word, "VerbForm")
            and word.head.i < word.i and not any(c.dep_.startswith("aux") for c in word.children))


def _name_tagged_a_noun(doc: Doc, noun, start: int) -> bool:
    """'ACT', 'Armor Naval', 'Tarvel' at the head of a clause tagged a common noun: an acronym, a
    capitalised word followed by another, or a capital inside the sentence is a name."""
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return (len(noun.text) > 1 and noun.text.isupper()
            or noun.text[:1].isupper() and (noun.i > start or after is not None and after.text[:1].isupper()
                                             and after.pos_ in ("NOUN", "PROPN", "ADJ")))


def _last_word_of_a_name_tagged_a_verb(doc: Doc, word) -> None:
    """'X paie à Tarvo Labs une redevance' with 'Labs' tagged a verb and made a root of its own: a
    capitalised word inside a sentence, right after a name, that the lemmatiser did not know (its
    lemma is the word itself, no infinitive), ends that name; what hung on it ('une redevance') is the
    verb's the name depends on ('Le club signe' with 'signe' lemmatised 'signer' is a verb)."""
    if (word.i == 0 or not word.text[:1].isupper() or word.lemma_.lower() != word.lower_
            or word.lower_.endswith(("er", "ir", "re")) or word.text.isupper()):
        return
    prev = doc[word.i - 1]
    if prev.pos_ != "PROPN" or not prev.text[:1].isupper() or "\n" in prev.whitespace_:
        return
    name = prev
    while name.dep_ in ("flat:name", "flat") and name.head.i < name.i:
        name = name.head
    verb = name.head
    if word.head.i != word.i or verb.i == name.i or verb.pos_ not in ("VERB", "AUX"):
        return
    for child in list(word.children):
        child.head = verb
    word.head, word.dep_, word.pos_ = name, "flat:name", "PROPN"
    columns_changed(doc)


def _name_tagged_a_verb(doc: Doc, word) -> bool:
    """'Tarvel, qui emploie 90 ouvriers, ...' with the unknown name tagged a verb: a capitalised word
    the lemmatiser did not know (its lemma is the word itself, no infinitive), right before a comma,
    is a name ('Licencié, il a saisi les prud'hommes' has the lemma 'licencier': a participle)."""
    return (word.pos_ in ("VERB", "ADJ") and word.text[:1].isupper() and word.lemma_.lower() == word.lower_
            and not word.lower_.endswith(("er", "ir", "re"))
            and word.i + 1 < len(doc) and doc[word.i + 1].text == ",")


#: words of a finite verb's group that may stand between its subject and the verb
_VERB_GROUP = {"AUX", "ADV", "PART"}


def _subject_opens_the_sentence(doc: Doc, verb, time_words: frozenset[str] | set[str]) -> None:
    """'Le fabricant, qui emploie 90 ouvriers à Thiers, a cessé ses livraisons', 'Le fonds, de son
    côté, a retiré son offre' parsed with the noun phrase cut off from the verb by the incise: a main
    verb with a tense and no subject takes the noun phrase that opens its sentence (after a fronted
    adjunct and its comma: 'En mars, le fabricant ...'), when that phrase has no preposition, an
    article or a name, agrees in number, and only the incise set off by commas, or the verb's own
    group (auxiliary, adverbs, clitics), stands between them. ('En mars, a-t-il dit, ...' has no such
    phrase; 'Faute de commandes, l'atelier a fermé' opens with a bare noun, a locution: the next phrase
    is tried.)"""
    if any(c.dep_.startswith(("nsubj", "expl")) or c.lower_ in ("qui", "que", "qu'") for c in verb.children):
        return
    # (the main verb hung on the verb of an incise before it, with no conjunction: 'quand' or 'si' opens a
    # clause of its own)
    if verb.dep_ == "advcl" and (verb.head.i > verb.i or verb.head.pos_ != "VERB"
                                 or any(c.dep_ in ("mark", "case") for c in verb.children)
                                 or not any(c.lower_ in ("qui", "que", "dont", "où") or
                                            any(g.lower_ in ("qui", "que", "dont", "où") for g in c.children)
                                            for c in verb.head.children)):
        return
    group = [verb, *(c for c in verb.children if c.dep_.startswith("aux"))]
    if not any("Fin" in morph_values(t, "VerbForm") for t in group) or "Imp" in morph_values(verb, "Mood"):
        return
    start = verb.i
    while start > 0 and doc[start - 1].text not in _ENDS and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    # where the verb's own group begins: its auxiliaries, adverbs, negation and clitics
    group_start = verb.i
    while group_start - 1 >= start and (doc[group_start - 1].pos_ in _VERB_GROUP
                                        or doc[group_start - 1].lower_ in _VERB_CLITICS | {"ne", "n'"}):
        group_start -= 1
    # the phrases that may open the clause: the first word, and the word after each of two commas
    openings = [start] + [t.i + 1 for t in doc[start:group_start] if t.text == ","][:2]
    for first in openings:
        noun = next((t for t in doc[first:min(first + 4, group_start)] if t.pos_ in ("NOUN", "PROPN")
                     or _name_tagged_a_verb(doc, t)), None)
        if noun is None or any(t.pos_ not in ("DET", "NUM", "ADJ") for t in doc[first:noun.i]):
            continue
        while noun.dep_ in ("flat", "flat:name") and first <= noun.head.i < noun.i:
            noun = noun.head
        if (case_words(noun) or fold(noun.lemma_) in time_words or noun.dep_.startswith("nsubj")
                or noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "nummod") for c in noun.children)
                and not _name_tagged_a_noun(doc, noun, start)):
            continue
        if _disagrees_in_number(verb, noun):
            continue
        # right after the phrase: the verb's group, or an incise closed by the comma before that group
        # (a name right after its noun is of the phrase however it was parsed: 'l'usine Tarvel Frères')
        end = noun.i
        while end + 1 < group_start and doc[end + 1].text != "," and (
                doc[end + 1].head.i in range(noun.i, end + 1) or doc[end + 1].text[:1].isupper()):
            end += 1
        if end + 1 != group_start and not (doc[end + 1].text == "," and doc[group_start - 1].text == ","
                                           and end + 1 < group_start - 1):
            continue
        if verb.head.i == noun.i or noun.head.i == noun.i and any(t.head.i == noun.i for t in group):
            continue
        if verb.head.i != verb.i:
            # 'X, dont l'usine compte 300 ouvriers, embauche ...' with the main verb hung on the
            # incise's verb: the incise qualifies the noun, and the verb is the sentence's
            incise = verb.head
            verb.head, verb.dep_ = verb, "ROOT"
            incise.head, incise.dep_ = noun, "acl:relcl"
            columns_changed(doc)
        if noun.pos_ not in ("NOUN", "PROPN"):
            noun.pos_ = "PROPN"
            columns_changed(doc)
        noun.head, noun.dep_ = verb, _subject_relation(verb)
        columns_changed(doc)
        for word in doc[noun.i + 1:end + 1]:
            if word.head.i == word.i:
                word.head, word.dep_ = noun, "appos"  # the name of the noun, parsed as a sentence of its own
                columns_changed(doc)
        return


def _count_opening_the_sentence_taken_for_a_name(doc: Doc, count) -> None:
    """'Sept anciens livreurs ont saisi ...' parsed with the capitalised number as a name, or as a
    preposition of the noun it counts, which then is no subject: a number in letters that opens its
    sentence counts the noun it hangs on, and that noun, left as an adjunct with no preposition of
    its own before a verb with no subject, is the subject ('Sept jours plus tard, la grève ...' keeps
    its adjunct: the verb has a subject)."""
    noun = count.head
    if noun.i <= count.i or noun.pos_ not in ("NOUN", "PROPN") or noun.i - count.i > 3:
        return
    count.pos_, count.dep_ = "NUM", "nummod"
    columns_changed(doc)
    verb = noun.head
    if (noun.dep_ in ("obl", "obl:mod") and verb.pos_ in ("VERB", "AUX") and verb.i > noun.i and not case_words(noun)
            and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children)):
        noun.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
        columns_changed(doc)


def _subject_taken_for_an_adjunct(doc: Doc, noun, time_words: frozenset[str] | set[str]) -> None:
    """'La forge X, la plus grande de la vallée, a embauché trois soudeurs' parsed with the apposition
    between commas as the subject and the noun phrase that opens the sentence as an adjunct: a noun
    with its article and no preposition that opens its sentence, followed by a comma, a phrase that
    the parser made the verb's subject and a comma right before the verb, is the subject, and the
    phrase between the commas describes it. A word of time opens a sentence as an adjunct ('Ce
    matin, le directeur de l'usine, a signé' keeps 'le directeur' for subject)."""
    verb = noun.head
    start = noun.left_edge.i
    if (noun.dep_ not in ("obl", "obl:mod") or case_words(noun) or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i
            or fold(noun.lemma_) in time_words or not any(c.dep_ == "det" for c in noun.children)
            or not (_opens_sentence(doc, start) or "\n" in doc[start - 1].whitespace_)):
        return
    comma = noun.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return
    apposed = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.left_edge.i == comma + 1
                    and c.pos_ in ("NOUN", "ADJ", "PROPN")), None)
    if apposed is None:
        return
    close = apposed.right_edge.i + 1
    if close + 1 >= len(doc) or doc[close].text != "," or not (
            doc[close + 1].i == verb.i or doc[close + 1].head.i == verb.i and doc[close + 1].pos_ in ("AUX", "PRON")):
        return
    noun.dep_ = apposed.dep_
    columns_changed(doc)
    apposed.head, apposed.dep_ = noun, "appos"
    columns_changed(doc)


def _subject_before_a_comma_taken_for_an_adjunct(doc: Doc, noun, time_words: frozenset[str] | set[str]) -> None:
    """'Deux enseignes régionales, X et Y, l'ont acceptée' parsed with the phrase that opens the
    sentence as an adjunct of a verb that has no subject: a noun with an article or a count and no
    preposition that opens its sentence, whose phrase ends with a comma right before the verb (its
    clitics and auxiliaries aside), is that verb's subject ('Lundi, ...', a word of time, stays)."""
    verb = noun.head
    start = noun.left_edge.i
    if (noun.dep_ not in ("obl", "obl:mod") or case_words(noun) or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i
            or fold(noun.lemma_) in time_words or noun.lower_ in WEEKDAYS or noun.lower_ in MONTHS
            or not any(c.dep_ in ("det", "nummod") for c in noun.children)
            or any(c.dep_.startswith("nsubj") for c in verb.children)
            or not (_opens_sentence(doc, start) or "\n" in doc[start - 1].whitespace_)):
        return
    comma = noun.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return
    between = doc[comma + 1:verb.i]
    if not all(t.head.i == verb.i and (t.pos_ in ("AUX", "PRON") and t.lower_ not in ("qui", "que", "qu'")
                                       or t.lower_ in ("ne", "n'")) for t in between):
        return
    noun.dep_ = "nsubj:pass" if is_passive(verb) else "nsubj"
    columns_changed(doc)


def _subject_hung_on_a_fronted_adjunct(doc: Doc, noun) -> None:
    """'Du côté syndical, l'Union X a signé' with the subject hung on the fronted adjunct: a noun
    phrase with its article and no preposition, right after the comma that closes a phrase with a
    preposition opening the sentence, is the subject of the verb that phrase hangs on, when that verb
    has none ('Du côté de la direction, X a signé' keeps its 'de'). Hung deeper in the adjunct ('À
    l'issue d'une semaine de tension au sein de la mine, les mineurs ont validé', with 'mineurs' in
    apposition to 'mine'), it is the subject only when the verb follows its phrase at once."""
    adjunct, comma = noun.head, noun.left_edge.i - 1
    for _ in range(8):
        if adjunct.head.i == adjunct.i or adjunct.head.pos_ in ("VERB", "AUX"):
            break
        adjunct = adjunct.head
    verb = adjunct.head
    nested = adjunct.i != noun.head.i
    if (case_words(noun) or not any(c.dep_ == "det" for c in noun.children) or comma < 1 or doc[comma].text != ","
            or adjunct.dep_ not in ("obl", "obl:mod") or not case_words(adjunct) or adjunct.i > noun.i
            or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i
            or (doc[comma].head.i != adjunct.i if not nested else doc[comma].head.i not in {
                t.i for t in adjunct.subtree if t.i < noun.i})
            or nested and not all(t.pos_ in ("AUX", "ADV") for t in doc[noun.right_edge.i + 1:verb.i])
            or not _opens_sentence(doc, adjunct.left_edge.i)
            or any(c.dep_.startswith("nsubj") for c in verb.children)):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)


def _summer_taken_for_been(doc: Doc, word) -> None:
    """'a embauché cet été trois saisonniers' with 'été' tagged the participle of 'être' and 'cet' given
    to the noun after it: after a determiner, 'été' is the season, an adjunct of the clause's verb,
    and a noun the parser left as the verb's complement is its object ('a été engagé', with no
    determiner before it, is the participle). Tagged a noun with its determiner given to a phrase
    after a comma ('vingt cueilleurs seront pris cet été, du jamais vu'), it is the same adjunct."""
    det = doc[word.i - 1] if word.i > 0 else None
    if word.lower_ == "été" and word.pos_ in ("AUX", "VERB") and det is not None and det.lower_ == "l'":
        _summer_after_a_preposition(doc, word, det)
        return
    if (word.lower_ != "été" or word.pos_ not in ("AUX", "VERB", "NOUN") or det is None or det.pos_ != "DET"
            or det.dep_ != "det" or det.head.i == word.i or word.pos_ == "NOUN" and det.head.i < word.i):
        return
    noun = det.head
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == word.i:
        return
    word.pos_ = "NOUN"
    columns_changed(doc)
    word.lemma_ = "été"
    word.set_morph("Gender=Masc|Number=Sing")
    word.head, word.dep_ = verb, "obl:mod"
    det.head = word
    columns_changed(doc)
    if noun.head.i == verb.i and noun.dep_ == "xcomp" and noun.pos_ == "NOUN" and not any(
            c.dep_ == "obj" for c in verb.children):
        noun.dep_ = "obj"
        columns_changed(doc)


def _agreeing_noun_of_the_verb(participle, adjunct) -> "Token | None":
    """The nearest noun of the verb an adjunct hangs on, before the adjunct, that a participle agrees
    with (its object, an adjunct or its subject): the noun a participle after the adjunct qualifies."""
    if not adjunct.dep_.startswith(("obj", "obl")) or adjunct.head.pos_ != "VERB":
        return None
    return next((c for c in reversed(list(adjunct.head.children)) if c.i < adjunct.i and c.pos_ == "NOUN"
                 and c.dep_.startswith(("obj", "obl", "nsubj")) and morph_values(c, "Number")
                 and _agrees(participle, c)), None)


def _summer_after_a_preposition(doc: Doc, word, article) -> None:
    """'a recruté 120 guides pour l'été, payés ...' with 'été' taken for the participle of 'être'
    and its article for punctuation: no participle follows an elided article; after a preposition
    it is the season, an adjunct of the verb before it in the same stretch of the sentence (no
    punctuation between), and what the parser hung on it or its article goes to that verb."""
    prep = doc[article.i - 1] if article.i > 0 else None
    if prep is None or prep.pos_ != "ADP":
        return
    verb = next((t for t in reversed(doc[doc[word.i].sent.start:prep.i]) if t.pos_ in ("VERB", "AUX")
                 or t.is_punct), None)
    if verb is None or verb.is_punct or verb.pos_ != "VERB":
        return
    children = [c for t in (article, word) for c in t.children if c.i > word.i]
    word.set_morph("Gender=Masc|Number=Sing")
    word.pos_, word.lemma_, word.head, word.dep_ = "NOUN", "été", verb, "obl:mod"
    article.head, article.dep_, article.pos_ = word, "det", "DET"
    prep.head, prep.dep_ = word, "case"
    columns_changed(doc)
    for child in children:
        child.head = verb


def _adjective_before_an_article(doc: Doc, word) -> None:
    """'a versé aux guides un forfait' parsed with the first noun as an adjective of the
    second: no adjective comes before its noun's article, so the word is a noun with the
    preposition before it, and the phrase after the article is the verb's object ('a versé aux
    jeunes un défraiement', any word so parsed; 'un grand défraiement' has the article first)."""
    noun = word.head
    verb = noun.head
    if (word.dep_ != "amod" or noun.i <= word.i + 1 or verb.pos_ != "VERB" or noun.dep_ not in ("obl", "obl:arg", "obl:mod")
            or not any(c.dep_ == "det" and word.i < c.i < noun.i for c in noun.children)
            or not any(c.dep_ == "case" and c.i < word.i for c in noun.children)
            or any(c.dep_ == "obj" for c in verb.children)):
        return
    _take_place(word, noun)
    word.pos_ = "NOUN"
    columns_changed(doc)
    for child in list(noun.children):
        if child.dep_ == "case" and child.i < word.i:
            child.head = word
    noun.head, noun.dep_ = verb, "obj"
    columns_changed(doc)


def _noun_with_its_article_taken_for_an_adjective(doc: Doc, noun, time_words: frozenset[str] | set[str]) -> None:
    """'a obtenu de la banque régionale un prêt de 3 millions' parsed with 'un prêt' as an
    adjective of the complement before it: a noun with its own article is no adjective; after a
    verb's complement with a preposition and with no object yet, it is the verb's object ('une
    hausse de salaire' hangs as a complement with 'de', and stays). A complement with 'de' the
    parser made the object ('a reçu de la Province X une bourse') is then a complement again. So with
    the noun taken for an apposition of a name, with no comma between them, or for a complement
    with no preposition ('emploie depuis l'automne un logiciel')."""
    host = noun.head
    verb = host.head
    if (noun.dep_ not in ("amod", "appos", "nmod") or noun.pos_ != "NOUN" or host.i >= noun.i or verb.pos_ != "VERB"
            or noun.dep_ == "appos" and doc[noun.left_edge.i - 1].is_punct  # 'la Région, un partenaire fidèle'
            or noun.dep_ == "nmod" and (case_words(noun) or fold(noun.lemma_) in time_words)  # 'depuis le printemps de l'an dernier'
            or host.dep_ not in ("obl", "obl:arg", "obl:mod", "obj") or not case_words(host)
            or host.dep_ == "obj" and not case_words(host) & {"de", "d'", "du", "des"}
            or not any(c.dep_ == "det" and c.pos_ == "DET" and c.i < noun.i for c in noun.children)
            or any(c.dep_ == "obj" and c.i != host.i for c in verb.children)):
        return
    if host.dep_ == "obj":
        host.dep_ = "obl:arg"
        columns_changed(doc)
    noun.head, noun.dep_ = verb, "obj"
    columns_changed(doc)


def _second_object_with_de(doc: Doc, word) -> None:
    """'a reçu de la Province X une bourse' parsed with two objects, the first after 'de': a verb has
    one direct object; of two, the one with the preposition is its complement ('a reçu de la
    farine', a partitive with no other object, stays the object)."""
    verb = word.head
    if (word.dep_ != "obj" or not case_words(word) & {"de", "d'", "du", "des"}
            or not any(c.dep_ == "obj" and c.i > word.i and not case_words(c) for c in verb.children)):
        return
    word.dep_ = "obl:arg"
    columns_changed(doc)


def _as_infinitive(doc: Doc, word) -> None:
    """Make a word tagged a noun the infinitive it spells: a verb, its lemma its own spelling."""
    word.pos_ = "VERB"
    columns_changed(doc)
    word.set_morph("VerbForm=Inf")
    word.lemma_ = word.lower_


def _bare_complement_as_object(doc: Doc, infinitive) -> None:
    """The phrase right after an infinitive that was a noun, hung on it with no preposition, is its
    object ('de licencier 45 chercheurs' with the count a complement of the noun)."""
    for c in infinitive.children:
        if c.dep_ == "nmod" and c.left_edge.i == infinitive.i + 1 and not case_words(c):
            c.dep_ = "obj"
            columns_changed(doc)


def _infinitive_taken_for_a_noun(doc: Doc, word, verbs: frozenset[str] | set[str]) -> None:
    """'La verrerie va licencier 24 de ses 80 souffleurs' with 'licencier' tagged a noun: a word
    spelled as the infinitive of a verb of the lexicon, completing a verb with no article of its
    own, is that infinitive; a count on it is its object ('24 de ses 80 souffleurs'). ('Le
    conseiller va bien' has no such complement: 'conseiller' with its article stays a noun.)"""
    verb = word.head
    if (word.dep_ != "xcomp" or word.lower_ not in verbs or verb.pos_ not in ("VERB", "AUX") or verb.i > word.i
            or any(c.dep_ in ("det", "case") for c in word.children)):
        return
    _as_infinitive(doc, word)
    count = next((c for c in word.children if c.dep_ == "nummod" and c.i > word.i), None)
    if count is not None and not any(c.dep_ == "obj" for c in word.children):
        count.dep_ = "obj"
        columns_changed(doc)
        for child in list(word.children):
            if child.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and child.left_edge.i == count.right_edge.i + 1 \
                    and case_words(child) & {"de", "d'", "des", "du"}:
                child.head, child.dep_ = count, "nmod"  # '24 de ses 80 souffleurs'
                columns_changed(doc)


def _infinitive_after_de_taken_for_a_noun(doc: Doc, word, verbs: frozenset[str] | set[str]) -> None:
    """'La mutuelle envisage de licencier 30 personnes' with 'licencier' tagged a noun after 'de'
    and the count made the first verb's object: a word spelled as the infinitive of a verb of the
    lexicon, after 'de' or 'à' alone (no article), completing an earlier verb, is that infinitive,
    and the object right after it is its own. ('Il parle de recrutement', a noun, spells no
    infinitive; 'le devoir de réserve' has no verb before.)"""
    if word.lower_ not in verbs:
        return
    verb = word.head
    cases = [c for c in word.children if c.dep_ == "case"]
    if word.dep_ == "conj":
        _infinitive_joined_to_an_object(doc, word, cases)
        return
    if (not word.lower_.endswith(("er", "ir", "re")) or verb.pos_ not in ("VERB", "AUX")
            or verb.i > word.i or len(cases) != 1 or cases[0].lower_ not in ("de", "d'", "à")
            or any(c.dep_ == "det" for c in word.children)):
        return
    _as_infinitive(doc, word)
    word.dep_ = "xcomp"
    cases[0].dep_ = "mark"
    columns_changed(doc)
    after = next((c for c in verb.children if c.dep_ == "obj" and c.left_edge.i == word.i + 1), None)
    if after is not None:
        after.head = word
    _bare_complement_as_object(doc, word)


def _infinitive_joined_to_an_object(doc: Doc, word, cases: list) -> None:
    """'a décidé de fermer l'usine et de licencier 30 salariés' with 'licencier' tagged a noun joined
    to the object: after 'et' and the 'de' or 'à' the first infinitive has, a word spelled as an
    infinitive of the lexicon is the second infinitive, joined to the first ('de fermer l'usine et de
    Lyon' has no such word)."""
    noun = word.head
    first = noun if noun.pos_ == "VERB" else noun.head  # (joined to the infinitive, or to its object)
    if (len(cases) != 1 or noun.i != first.i and noun.dep_ != "obj" or first.pos_ != "VERB"
            or morph_values(first, "VerbForm") != ["Inf"]
            or not any(c.dep_ == "cc" for c in word.children) or any(c.dep_ == "det" for c in word.children)
            or not any(c.dep_ in ("mark", "case") and fold(c.lower_) == fold(cases[0].lower_) for c in first.children)):
        return
    _as_infinitive(doc, word)
    word.head = first
    cases[0].dep_ = "mark"
    columns_changed(doc)
    _bare_complement_as_object(doc, word)


def _verb_of_a_verbless_sentence(doc: Doc, word, verbs: frozenset[str] | set[str]) -> None:
    """'Un soudeur touche 4 100 francs par mois' with 'touche' tagged an adjective of the subject
    and no verb left in the sentence: right after a noun with its article, a word spelled as the
    present of a verb of the lexicon (first group: 'touche', 'gagne', 'verse') is that verb, the
    noun its subject and the rest of the noun's phrase its complements. A sentence that has a verb
    ('Un soudeur touche-à-tout a signé') keeps its parse, and so does a title with nothing after the
    word ('Une offre ferme')."""
    noun = word.head
    if (word.dep_ not in ("amod", "nmod", "acl") or not word.text.islower() or word.lower_ + "r" not in verbs
            or noun.i >= word.i or noun.head.i != noun.i or noun.pos_ != "NOUN"
            # right after the noun or its own complements ('Un gardien de bain touche')
            or any(not noun.i <= t.head.i < word.i or t.is_punct for t in doc[noun.i + 1:word.i])
            or not any(c.dep_ == "det" and c.i < noun.i for c in noun.children)
            or any(t.pos_ in ("VERB", "AUX") and t.i != word.i for t in doc[noun.left_edge.i:noun.right_edge.i + 1])
            or not any(c.i > word.i and c.pos_ in ("NOUN", "NUM", "PROPN") for c in noun.children)):
        return
    _take_place(word, noun)
    _as_finite_verb(doc, word)
    noun.head, noun.dep_ = word, "nsubj"
    columns_changed(doc)
    _complements_of_the_verb(doc, word, [c for c in noun.children if c.i > word.i])


def _complements_of_the_verb(doc: Doc, verb, children: list) -> None:
    """Words the parser hung as a noun's complements become ``verb``'s: the first bare noun or
    number its object, the others its adjuncts."""
    has_obj = any(c.dep_ == "obj" for c in verb.children)
    for child in children:
        child.head = verb
        if child.dep_ == "nmod":
            obj = not case_words(child) and child.pos_ in ("NOUN", "NUM") and not has_obj
            child.dep_ = "obj" if obj else "obl:mod"
            columns_changed(doc)
            has_obj = has_obj or obj


def _noun_between_a_subject_and_its_clitic(doc: Doc, word, verbs: frozenset[str] | set[str]) -> None:
    """'Un cariste y touche 90 000 francs, a précisé la déléguée' with 'touche' tagged a noun: a
    word with a subject before it and a clitic ('y', 'en', 'lui', 'leur', 'se') right before it,
    spelled as the present of a verb of the lexicon, is that verb; a verb of saying after it, set
    off by a comma, is an incise ('Un cariste, y compris ...' has no subject on the word)."""
    if (word.pos_ != "NOUN" or word.i == 0 or not word.text.islower() or word.lower_ + "r" not in verbs
            or any(c.dep_ == "det" for c in word.children)):
        return
    clitic = doc[word.i - 1]
    if (clitic.head.i != word.i or clitic.pos_ != "PRON" or clitic.lower_ not in _CLITICS
            or not any(c.dep_ == "nsubj" and c.i < clitic.i for c in word.children)):
        return
    _as_finite_verb(doc, word)
    head = word.head
    if head.i > word.i and head.pos_ in ("VERB", "AUX") and word.dep_.startswith("nsubj"):
        _take_place(word, head)  # the incise of the speaker hangs on the verb it reports
        head.head, head.dep_ = word, "parataxis"
        columns_changed(doc)
    _complements_of_the_verb(doc, word, [c for c in word.children if c.i > word.i and c.dep_ == "nmod"])


def _conjunct_with_an_article_climbs(noun) -> None:
    """'une hausse de 3 % des tarifs de nuit et une prime de 200 euros' with the prime joined
    to a complement of the measure 'de 25 %': a measure counted with no article closes the phrase of
    the noun it measures, and a noun phrase with its own article joined after it is coordinated with
    that noun ('une majoration'). So is a name after a bare 'de' ('la direction de Pelvoux et le
    syndicat X': joined to the name, the noun would need its own 'du'), and a name with its article
    whose bare complement it was joined to ('l'Union des artistes et le Syndicat X'). Without any of
    these on the way ('le leader du secteur et le groupe X'), the parser's choice stays."""
    if noun.dep_ != "conj" or not any(c.dep_ == "det" and c.pos_ == "DET" for c in noun.children) \
            or any(c.dep_ == "case" for c in noun.children):
        return
    head, measure = noun.head, False
    while head.dep_ == "nmod" and head.pos_ in ("NOUN", "PROPN") and not any(
            c.dep_ == "det" and c.pos_ == "DET" for c in head.children):
        measure = measure or any(c.dep_ == "nummod" for c in head.children) or (
            (head.pos_ == "PROPN" or head.text[:1].isupper())
            and {c.lower_ for c in head.children if c.dep_ == "case"} in ({"de"}, {"d'"}))
        head = head.head
    # ('l'Union des artistes et le Syndicat des techniciens': a name with its article, whose bare
    # complement the second party was joined to, is the first party)
    named = head is not noun.head and head.pos_ in ("NOUN", "PROPN") and head.text[:1].isupper()
    if (measure or named) and head.pos_ in ("NOUN", "PROPN") and (head.pos_ == "NOUN" or named) and head.i < noun.i \
            and any(c.dep_ == "det" and c.pos_ == "DET" for c in head.children):
        noun.head = head


def _after_a_comma(doc: Doc, word) -> bool:
    """Whether the phrase of ``word`` comes right after a comma, whichever word the comma hangs on."""
    edge = word.left_edge.i
    while edge < word.i and doc[edge].is_punct:
        edge += 1
    return edge > 0 and doc[edge - 1].text == ","


def _middle_of_a_list_taken_for_a_complement(doc: Doc, noun) -> None:
    """'Solidaires, la CGT et l'USD ont déposé ...' with the second of three names hung on the
    first as its complement and the third joined to it: after a comma, a name (or a noun with its
    article) with no preposition, joined by 'et' or 'ou' to another name or noun with its article,
    is the middle of a list that the first name opens ('Paul Varga, le maire et président du club'
    joins a bare noun: an apposition, it stays)."""
    first = noun.head
    if first.i >= noun.i or not (first.pos_ == "PROPN" or first.text[:1].isupper() and first.pos_ in ("NOUN", "ADJ")):
        return  # (the cheap tests first: most complements follow no name)
    if not _after_a_comma(doc, noun) or case_words(noun):
        return
    named = noun.pos_ == "PROPN" or any(c.dep_ == "det" for c in noun.children)
    last = [c for c in noun.children if c.dep_ == "conj" and c.i > noun.i and not case_words(c)
            and any(k.dep_ == "cc" and k.lower_ in ("et", "ou") for k in c.children)
            and (c.pos_ == "PROPN" or any(k.dep_ == "det" for k in c.children))]
    if not named or not last:
        return
    noun.dep_ = "conj"
    columns_changed(doc)
    for c in last:
        c.head = first


#: units of sums and rates, whose counted phrase closes before a complement ('3 % des salaires')
_MEASURE_UNITS = {"euro", "euros", "dollar", "dollars", "franc", "francs", "livre", "livres", "%", "pourcent", "€", "$",
                  "£", "million", "millions", "milliard", "milliards", "cfa", "dirham", "dirhams", "dinar", "dinars"}


_ICI = get_string_id("ici")


def _d_ici_taken_apart(doc: Doc, ici) -> None:
    """'va recruter 60 guides d'ici la fin de l'été', 'vont quitter l'entreprise d'ici juin'
    parsed with 'ici' as an adverb or a noun on the object and the time after it as a subject or a
    complement of that noun: 'd'ici' says by when the clause happens, never what a noun is. The
    phrase after it hangs on the verb the words were under, 'd'' as its case and 'ici' fixed to it
    ('d'ici à 2030' keeps its 'à'). ('les gens d'ici', with nothing after it, stays.)"""
    if ici.i == 0 or doc[ici.i - 1].lower_ not in ("d'", "de") or ici.i + 1 >= len(doc):
        return
    de = doc[ici.i - 1]
    after = doc[ici.i + 2] if doc[ici.i + 1].lower_ == "à" and ici.i + 2 < len(doc) else doc[ici.i + 1]
    time = after
    while time.head.i != time.i and time.head.i > ici.i and time.head.i <= time.i + 4 and time.pos_ in ("DET", "ADJ"):
        time = time.head  # (the article: 'la fin')
    if time.pos_ not in ("NOUN", "PROPN", "NUM", "ADV") or time.i < after.i:
        return
    verb = ici.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.i == time.i or time.head.i == verb.i and time.dep_ == "obl:mod" and de.head.i == time.i:
        return
    if any(t.i == verb.i for t in time.subtree):
        return  # (the verb inside the phrase: no place to hang it)
    time.head, time.dep_ = verb, "obl:mod"
    de.head, de.dep_ = time, "case"
    ici.head, ici.dep_, ici.pos_ = de, "fixed", "ADV"
    columns_changed(doc)
    if after.i != ici.i + 1:
        doc[ici.i + 1].head, doc[ici.i + 1].dep_ = de, "fixed"
        columns_changed(doc)
    for child in list(ici.children):
        if child.i > ici.i and child.i != time.i:
            # ('d'ici l'automne dans son usine de X': what is not of the time is the verb's)
            of_time = bool(case_words(child) & _DE) or not case_words(child)
            child.head, child.dep_ = (time, child.dep_) if of_time else (verb, "obl:mod")
            columns_changed(doc)


_MEASURE_HASHES = np.array(sorted(get_string_id(w) for w in _MEASURE_UNITS), dtype=np.uint64)

_SINCE = {"depuis", "dès", "pendant", "durant"}
_ARTICLES = {"un", "une", "des", "le", "la", "les", "l'", "du", "de", "d'"}


def _weekday_taken_for_a_preposition(doc: Doc, day) -> None:
    """'a signé vendredi un protocole' with the weekday taken for the preposition of the noun
    after it: a weekday says when the verb happens, and the noun with its article after it, with no
    preposition left, is the verb's object."""
    if day.lower_ not in WEEKDAYS or day.dep_ != "case":
        return
    noun = day.head
    verb = noun.head
    if (noun.i < day.i or verb.pos_ != "VERB"
            or not any(c.dep_ == "det" and day.i < c.i < noun.i for c in noun.children)):
        return
    day.head, day.dep_, day.pos_ = verb, "obl:mod", "NOUN"
    columns_changed(doc)
    if (noun.dep_ in ("obl", "obl:mod", "obl:arg") and not any(c.dep_ == "case" for c in noun.children)
            and not any(c.dep_ == "obj" for c in verb.children)):
        noun.dep_ = "obj"
        columns_changed(doc)


def _object_swallowed_by_a_date(doc: Doc, word, time_words: frozenset[str] | set[str]) -> None:
    """'emploie depuis la saison passée des drones', 'teste depuis 2021 un logiciel' with the object
    taken into the date ('des robots' a complement of 'an'; 'assistant' the date's noun, '2024' its
    article): after a verb with no object, a noun with its own article right after a date that
    'depuis', 'dès' or 'pendant' opens is the verb's object. ('travaille depuis la fin des
    travaux': 'la fin' is no date complete in itself, its 'des' complement is its own.)"""
    verb = word.head
    if verb.pos_ != "VERB" or not case_words(word) & _SINCE or any(c.dep_ == "obj" for c in verb.children):
        return
    if (word.text[:1].isdigit() or word.lower_ in WEEKDAYS or word.lower_ in MONTHS
            or fold(word.lemma_) in time_words and any(c.dep_ in ("amod", "nummod") for c in word.children)):
        # (a date complete in itself: 'l'an dernier', 'la semaine passée', '2024', a weekday or a month
        # named alone; 'la fin', 'le début' take a complement: 'depuis la fin des travaux')
        # 'depuis la saison passée des drones': the noun after the date, with 'des' taken for a preposition
        noun = next((c for c in word.children if c.dep_ == "nmod" and c.i > word.i and c.pos_ == "NOUN"
                     and [k.lower_ for k in c.children if k.dep_ == "case"] in (["des"], ["du"])
                     and fold(c.lemma_) not in time_words), None)
        if noun is None:
            return
        noun.head, noun.dep_ = verb, "obj"
        columns_changed(doc)
        for k in [c for c in noun.children if c.dep_ == "case"]:
            k.dep_, k.pos_ = "det", "DET"  # 'des robots': the article, not a preposition
            columns_changed(doc)
        return
    # 'depuis 2024 un assistant': a year taken for the noun's article, before the noun's own article
    since = [c for c in word.children if c.dep_ == "case" and c.lower_ in _SINCE]
    year = next((c for c in [*word.children, *(g for k in since for g in k.children)]
                 if c.i < word.i and c.text[:1].isdigit() and c.dep_ in ("det", "nummod", "dep")), None)
    article = next((c for c in word.children if year is not None and year.i < c.i < word.i
                    and c.dep_ == "det" and c.lower_ in _ARTICLES), None)
    if year is None or article is None:
        return
    year.head, year.dep_, year.pos_ = verb, "obl:mod", "NUM"
    word.head, word.dep_ = verb, "obj"
    columns_changed(doc)
    for k in since:
        k.head = year  # 'depuis' opens the date, not the noun


def _incise_of_time_before_the_object(doc: Doc, here) -> None:
    """'versera, d'ici l'été, une prime aux caissières' with the date after 'd'ici'
    taken for the object and the sum joined to the main verb: 'd'ici' + a noun phrase is a time;
    after the comma that closes it, a noun phrase with no preposition, joined to nothing by 'et',
    is the verb's object. ('d'ici là' names no date; 'verser d'ici l'été' has no incise.)"""
    verb = here.head
    if here.lower_ != "ici" or verb.pos_ != "VERB" or not any(c.lower_ in ("d'", "de") for c in here.children):
        return
    date = next((t for t in doc[here.i + 1:here.i + 4] if t.pos_ == "NOUN" and t.head.i == verb.i and t.dep_ == "obj"), None)
    if date is None:
        return
    date.dep_ = "obl:mod"
    columns_changed(doc)
    comma = date.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return
    thing = next((t for t in doc[comma + 1:comma + 4] if t.pos_ in ("NOUN", "NUM") and t.dep_ in ("conj", "dep", "appos")
                  and not any(c.dep_ in ("case", "cc") for c in t.children)), None)
    if thing is not None and not any(c.dep_ == "obj" for c in verb.children):
        thing.head, thing.dep_ = verb, "obj"
        columns_changed(doc)


def _complement_taken_by_a_bare_date(doc: Doc, date) -> None:
    """'ont abouti lundi à un compromis' with 'à un compromis' a complement of 'lundi': a bare
    date (no preposition of its own, or 'en': 'a porté plainte en mars contre X') between a verb
    and its complement takes no complement after 'à', 'avec', 'sur', 'pour' or 'contre'; it is
    the verb's ('la nuit de mardi à mercredi', after 'de', and 'le 3 mai' keep theirs)."""
    verb = date.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > date.i or case_words(date) - {"en"} \
            or date.dep_ not in ("xcomp", "obl", "obl:mod", "obl:arg", "obj", "nmod"):
        return
    moved = [c for c in date.children if c.dep_ == "nmod" and c.i > date.i
             and case_words(c) & {"à", "au", "aux", "avec", "sur", "pour", "contre"}]
    if not moved:
        return
    if date.dep_ in ("xcomp", "obj", "nmod"):
        date.dep_ = "obl:mod"
        columns_changed(doc)
    for c in moved:
        c.head, c.dep_ = verb, "obl:arg"
        columns_changed(doc)


def _doer_hung_on_a_participle_s_complement(doc: Doc, doer) -> None:
    """'une plainte déposée contre la mairie par trois agents' with 'par trois agents' hung on the
    mairie: after the complement of a past participle that has no doer, a 'par' phrase with its
    article or a number is the participle's doer ('une plainte déposée contre une société par
    actions', a bare noun, names a kind of company)."""
    if doer.dep_ != "nmod" or "par" not in case_words(doer) or not any(
            c.dep_ in ("det", "nummod") for c in doer.children):
        return
    complement = doer.head
    participle = complement.head
    if (complement.dep_ not in ("obl", "obl:arg", "obl:mod", "obj") or complement.i > doer.i
            or participle.pos_ != "VERB" or "Part" not in morph_values(participle, "VerbForm")
            or "Past" not in morph_values(participle, "Tense") or participle.dep_ != "acl" and not _passive(participle)
            or any(c.dep_ == "obl:agent" for c in participle.children)):
        return  # (an active past, 'a déposé une plainte contre X par la voie de son avocat', has a subject)
    doer.head, doer.dep_ = participle, "obl:agent"
    columns_changed(doc)


def _doer_hung_on_the_patient(doc: Doc, doer, event_nouns: frozenset[str] | set[str]) -> None:
    """'le rachat de la société X par le fonds Y' with 'par le fonds Y' hung on the company: after
    the 'de' complement of an event noun, a 'par' complement is the event's doer ('le rachat de la
    société X par ses salariés' reads the same; 'la production de la société X par an' has no
    article after 'par')."""
    if "par" not in case_words(doer) or not any(c.dep_ == "det" for c in doer.children):
        return
    patient = doer.head
    if patient.pos_ in ("VERB", "AUX") and not any(c.dep_ == "aux:pass" for c in patient.children):
        # ('après le rachat de X par le fonds Y' with 'par le fonds Y' hung on the verb of the clause: an
        # active verb takes no 'par' doer; the 'de' complement right before it is the patient)
        before = doc[doer.left_edge.i - 1] if doer.left_edge.i > 0 else None
        while before is not None and before.head.i < before.i and before.dep_ in ("amod", "flat:name", "appos", "flat"):
            before = before.head
        if before is None or before.pos_ not in ("PROPN", "NOUN") or before.dep_ != "nmod":
            return
        patient = before
    while patient.dep_ in ("appos", "flat:name", "flat") and patient.head.i < patient.i:
        patient = patient.head  # ('la société X': from the name to its noun)
    event = patient.head
    if (patient.dep_ != "nmod" or not case_words(patient) & {"de", "d'", "du", "des"} or event.pos_ != "NOUN"
            or event.lemma_.lower() not in event_nouns or event.i > patient.i):
        return
    doer.head, doer.dep_ = event, "nmod"
    columns_changed(doc)


def _bare_object_taken_for_an_adjunct(doc: Doc, noun, time_words: frozenset[str] | set[str]) -> None:
    """'a recruté en avril cinq pâtissiers' with the object, after the date, taken for an
    adjunct: a complement of the verb with no preposition is its object when it is no word of time
    and the verb has none ('a travaillé trois jours', 'a signé lundi' keep their dates); so is such a
    noun hung on a bare date right after the verb ('a réuni samedi matin les deux camps'). A passive
    with its subject has no object ('seront pris cet été, du jamais vu')."""
    verb = noun.head
    for _ in range(2):  # ('vendredi après-midi': a date of two nouns, the second on the first)
        if (verb.pos_ == "NOUN" and verb.i < noun.i and fold(verb.lemma_) in time_words and not case_words(verb)
                and verb.dep_ in ("obl", "obl:mod", "nmod") and verb.head.pos_ in ("VERB", "NOUN")
                and verb.head.i < verb.i):
            verb = verb.head
    if (verb.pos_ != "VERB" or case_words(noun) or fold(noun.lemma_) in time_words or noun.i < verb.i
            or _has_object(verb) or _passive(verb) and any(c.dep_ == "nsubj:pass" for c in verb.children)
            and not any(c.dep_ == "conj" for c in noun.children)  # (a list, for the pass on a passive's doers)
            or not any(c.dep_ in ("det", "nummod") for c in noun.children)
            and not (noun.text[:1].isupper() and noun.i == verb.i + 1)):
        # (a name right after the verb needs no article: 'a assigné Orvel devant le tribunal')
        return
    noun.head, noun.dep_ = verb, "obj"
    columns_changed(doc)


def _parties_hung_on_the_place_of_a_meeting(doc: Doc, noun, event_nouns: frozenset[str] | set[str]) -> None:
    """'une rencontre a eu lieu à la mairie entre le maire, les chauffeurs et la médiatrice' with
    the first party hung on the place and the others taken for the verb's object: a complement after
    'entre' on a place that the verb's 'à' or 'dans' names (no event noun) is the verb's; and a list
    that goes on after its comma, on a verb that takes no object of its own (reflexive or passive),
    goes on the list of parties ('la rencontre entre les deux villes' keeps its complement)."""
    if not case_words(noun) & {"entre"}:
        return
    place = noun.head
    if place.pos_ in ("VERB", "AUX"):
        # (the first party on the verb, the others joined to the place before it)
        place = next((c for c in place.children if c.dep_.startswith("obl") and c.i < noun.i and c.pos_ == "NOUN"
                      and case_words(c) & {"à", "au", "dans"}), place)
    verb = place.head
    if (place.pos_ != "NOUN" or not case_words(place) & {"à", "au", "dans"}
            or fold(place.lemma_) in event_nouns or verb.pos_ not in ("VERB", "AUX") or place.i > noun.i):
        return
    if noun.head.i != verb.i:
        noun.head, noun.dep_ = verb, "obl:mod"
        columns_changed(doc)
    for more in [c for c in place.children if c.dep_ in ("conj", "appos") and c.i > noun.i]:
        # ('à la préfecture entre X, les Y et la Z' with Y and Z joined to the place)
        more.head, more.dep_ = noun, "conj"
        columns_changed(doc)
        for last in [c for c in more.children if c.dep_ == "conj"]:
            last.head = noun
    if not any(c.dep_ in ("expl:comp", "expl:pass", "aux:pass") for c in verb.children):
        return
    for obj in [c for c in verb.children if c.dep_ == "obj" and c.i > noun.i]:
        if _after_a_comma(doc, obj) and any(c.dep_ == "det" for c in obj.children):
            obj.head, obj.dep_ = noun, "conj"
            columns_changed(doc)
            for more in [c for c in obj.children if c.dep_ == "conj"]:
                more.head = noun  # (the rest of the list: 'et l'inspecteur')


def _parties_hung_on_a_stretch_of_time(noun, time_words: frozenset[str] | set[str]) -> None:
    """'après six semaines de pourparlers entre la mairie et le syndicat' with the parties hung on
    'mois': a complement after 'entre' or 'avec' on a noun of time belongs to the noun its 'de'
    complement names ('des semaines de discussions avec la direction'); a noun of time with no such
    complement keeps it ('la semaine entre Noël et le Nouvel An')."""
    if not case_words(noun) & {"entre", "avec"}:
        return  # (most complements: read before anything else)
    stretch = noun.head
    if stretch.pos_ in ("VERB", "AUX"):
        # ('... entre la coopérative et X' hung on the verb, beside the stretch of time)
        stretch = max((c for c in stretch.children if c.dep_ in ("obl", "obl:mod") and c.i < noun.i
                       and fold(c.lemma_) in time_words), key=lambda c: c.i, default=stretch)
    if fold(stretch.lemma_) not in time_words or stretch.i > noun.i:
        return
    inner = next((c for c in stretch.children if c.dep_ == "nmod" and stretch.i < c.i < noun.i and c.pos_ == "NOUN"
                  and case_words(c) & {"de", "d'"} and fold(c.lemma_) not in time_words), None)
    if inner is not None:
        noun.head, noun.dep_ = inner, "nmod"
        columns_changed(noun.doc)
    elif (noun.head.i == stretch.i and stretch.dep_.startswith(("obl", "xcomp")) and stretch.head.pos_ in ("VERB", "AUX")
          and noun.pos_ in ("NOUN", "PROPN") and fold(noun.lemma_) not in time_words):
        # 'un accord a été trouvé dans la nuit entre la direction et les syndicats': with no event noun
        # in the stretch, the parties are the verb's ('la semaine entre Noël et l'An' names times: kept)
        noun.head, noun.dep_ = stretch.head, "obl:mod"
        columns_changed(noun.doc)


def _counted(noun) -> bool:
    """A unit of a sum or a rate with a number before it: '120 000 euros', '3 %', '2 millions'
    ('146 agents' counts people, whose complement is theirs)."""
    return (noun.lower_ in _MEASURE_UNITS or noun.lemma_.lower() in _MEASURE_UNITS) and any(
        c.i < noun.i and (c.dep_ == "nummod" or c.like_num) for c in noun.children)


def _complement_after_a_measure(noun) -> None:
    """'une proposition de 80 000 francs du fonds X', 'la baisse de 4 % des tarifs' with the 'de'
    complement hung on the sum: a counted measure closes its phrase, and a complement with its
    article (or a name) after it is the measured noun's. ('2 millions d'euros': 'd'euros', bare,
    is the unit; 'une aide de 90 euros par foyer' has no 'de'.)"""
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    if not cases & {"de", "du", "des", "d'"} or noun.head.pos_ != "NOUN":
        return
    if not (cases & {"du", "des"} or noun.pos_ == "PROPN" or any(c.dep_ == "det" for c in noun.children)):
        return
    measure = noun.head
    if not _counted(measure) and not (measure.dep_ == "nmod" and _counted(measure.head)):
        return
    if not _counted(measure):
        measure = measure.head  # '2 millions d'euros du club': from the unit to its count
    if (measure.dep_ in ("nmod", "obl:arg") and measure.head.pos_ == "NOUN" and measure.head.i < measure.i
            and {c.lower_ for c in measure.children if c.dep_ == "case"} & {"de", "d'"}):
        noun.head = measure.head


def _locution_taken_for_a_preposition(doc: Doc, word) -> None:
    """'La ville versera en outre une prime' parsed with 'en outre' as the preposition of
    'une aide': an adverbial locution (:data:`_LOCUTIONS`) before an article is an adverb of the
    verb, and the noun phrase, with no preposition left, its object if it has none ('en outre'
    right before a noun with no article, 'outre les salaires', is a preposition and stays)."""
    if word.lower_ not in _LOCUTION_STARTS:
        return  # (most prepositions open no locution: no Token made for the words around them)
    noun = word.head
    nxt = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if (word.dep_ != "case" or nxt is None or nxt.head.i != word.i or nxt.dep_ != "fixed"
            or (word.lower_, nxt.lower_) not in _LOCUTIONS or nxt.i + 1 >= len(doc)):
        return
    det = doc[nxt.i + 1]
    verb = noun.head
    if det.dep_ != "det" or det.head.i != noun.i or verb.pos_ not in ("VERB", "AUX") or noun.dep_ not in (
            "obl", "obl:arg", "obl:mod", "nmod"):
        return
    word.head, word.dep_ = verb, "advmod"
    columns_changed(doc)
    if not any(c.dep_ == "obj" for c in verb.children):
        noun.dep_ = "obj"
        columns_changed(doc)


def _adverb_locution_holding_the_clause(doc: Doc, word) -> None:
    """'La direction leur avait d'abord offert 80 euros' parsed with the subject, the clitic and
    the auxiliary hung on 'd'' of 'd'abord': an adverbial locution modifies its verb and governs
    nothing; what hangs on it (but its own fixed words) is the verb's."""
    verb = word.head
    if (word.dep_ != "advmod" or verb.i == word.i or verb.pos_ not in ("VERB", "AUX")
            or not any(c.dep_ == "fixed" for c in word.children)):
        return
    for child in list(word.children):
        if child.dep_ not in ("fixed", "punct"):
            child.head = verb  # (a clitic so moved is made the indirect object below, with the others)


def _finite_clause_hung_on_its_subject(doc: Doc, verb) -> None:
    """'La coopérative, réputée pour ses fromages, achète un robot' parsed with the noun as the
    root and the verb as its adnominal clause: a finite verb in the indicative takes a noun's
    complement only through a relative pronoun or 'que' ('l'agence qui utilise', 'l'idée qu'elle
    utilise'); with neither, and no subject of its own, the noun before it is its subject."""
    noun = verb.head
    # ('La tuilerie trie ses tuiles' with 'trie' tagged a participle: spelled as the present
    # of its first-group lemma, it is finite)
    present = verb.lemma_.endswith("er") and verb.lower_ in (verb.lemma_[:-1], verb.lemma_[:-2] + "ent")
    # ('X avait proposé': a participle with an auxiliary in the indicative is a finite verb too)
    tensed = any(c.dep_ == "aux:tense" and "Ind" in morph_values(c, "Mood") for c in verb.children)
    if (verb.dep_ != "acl" or not ("Ind" in morph_values(verb, "Mood") or present or tensed) or noun.head.i != noun.i
            or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i
            or any(c.dep_.startswith(("nsubj", "mark", "expl")) or "Rel" in morph_values(c, "PronType")
                   for c in verb.children)
            or any(t.text in _ENDS or "\n" in t.whitespace_ for t in doc[noun.i:verb.i])):
        return
    subject = noun
    if case_words(noun):
        # 'Avant l'audience, X avait proposé ...' with the verb on the fronted adjunct: a noun with its
        # preposition is no subject; the noun after the comma that closes it is
        subject = next((t for t in doc[noun.i + 1:verb.i] if t.head.i == noun.i and t.pos_ in ("NOUN", "PROPN")
                        and not case_words(t) and doc[t.left_edge.i - 1].text == ","), None)
        if subject is None:
            return
    _take_place(verb, noun)
    if subject is not noun:
        noun.head, noun.dep_ = verb, "obl:mod"
        columns_changed(doc)
    subject.head, subject.dep_ = verb, "nsubj"
    columns_changed(doc)
    if present and "Ind" not in morph_values(verb, "Mood"):
        verb.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
    for child in list(noun.children):
        if child.i > verb.i and child.dep_ == "punct":
            child.head = verb  # the full stop ends the verb's sentence


def _verb_hung_on_a_participle(doc: Doc, participle, verbs: frozenset[str] | set[str]) -> None:
    """'Un vitrier confirmé gagne 2 100 euros' with the finite verb hung on the participle, itself
    the root or a clause of the subject made root: a past participle with no auxiliary right after
    a noun qualifies it, and the finite verb right after the participle, with no subject or
    conjunction of its own, is the clause's, the noun its subject ('Un vitrier, que l'on dit
    confirmé, gagne' has the verb's own 'que' and is left to the parser). So with an adjective of a
    root noun ('Un tailleur novice y gagne'), with the verb's clitics between them ('y', 'en',
    'lui'), and with the verb tagged a bare noun when it is spelled as the present of a verb of the
    lexicon ('Un vitrier confirmé touche 2 100 euros', first group: 'touche', 'gagne')."""
    adjective = participle.pos_ == "ADJ"
    if adjective:
        if participle.dep_ != "amod" or participle.head.i >= participle.i or participle.head.dep_ != "ROOT":
            return
    elif (morph_values(participle, "VerbForm") != ["Part"] or "Past" not in morph_values(participle, "Tense")
            or any(c.dep_.startswith(("aux", "expl")) for c in participle.children)):
        return
    after = participle.i + 1
    while after < len(doc) and doc[after].pos_ == "PRON" and doc[after].lower_ in _VERB_CLITICS:
        after += 1
    inner = doc[after] if after < len(doc) else None
    if inner is None or inner.head.i != participle.i or any(
            t.head.i != inner.i for t in doc[participle.i + 1:after]):
        return
    if inner.pos_ == "NOUN":
        # a verb tagged a bare noun: no article, preposition or subject of its own
        if (not inner.text.islower() or inner.lower_ + "r" not in verbs or inner.dep_ not in ("xcomp", "obj", "dep")
                or any(c.dep_ in ("det", "case", "nsubj") for c in inner.children)):
            return
    elif not (inner.pos_ == "VERB" and inner.dep_ in ("xcomp", "ccomp", "parataxis", "dep")
              and "Fin" in morph_values(inner, "VerbForm") and "Ind" in morph_values(inner, "Mood")
              and not any(g.dep_.startswith(("nsubj", "mark")) for g in inner.children)):
        return
    if participle.head.i == participle.i:
        subject = next((c for c in participle.children if c.dep_.startswith("nsubj") and c.i < participle.i), None)
        top = participle
    else:
        subject = participle.head if participle.dep_ in ("acl", "amod") and participle.head.i < participle.i else None
        top = subject
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or top.head.i != top.i:
        return
    _take_place(inner, top)
    if inner.pos_ == "NOUN":
        _as_finite_verb(doc, inner)
    subject.head, subject.dep_ = inner, "nsubj"
    participle.head, participle.dep_ = subject, "amod" if adjective else "acl"
    columns_changed(doc)
    for child in [*participle.children, *subject.children]:
        if child.i > inner.i or (child.head.i == participle.i and child.i < subject.i):
            child.head = inner  # the verb's complements, the speaker's incise ('Selon X, ...'), the full stop


def _gerundive_root_after_its_clause(doc: Doc, participle) -> None:
    """'300 salariés ont débrayé mercredi, bloquant les quais' parsed with the present participle as
    the root and the clause before the comma its adverbial: a present participle after a comma
    qualifies the clause before it, whose verb with its own auxiliary or finite form, and no
    word of subordination ('quand', 'si', 'que'), is the sentence's."""
    if (participle.head.i != participle.i or morph_values(participle, "VerbForm") != ["Part"]
            or "Pres" not in morph_values(participle, "Tense") or participle.i == 0
            or doc[participle.i - 1].text != ","):
        return
    clause = next((c for c in participle.children if c.dep_ == "advcl" and c.i < participle.i and c.pos_ in ("VERB", "AUX")
                   and not any(m.dep_ == "mark" for m in c.children)
                   and ("Fin" in morph_values(c, "VerbForm")
                        or any(a.dep_ == "aux:tense" and "Fin" in morph_values(a, "VerbForm") for a in c.children))), None)
    if clause is None:
        return
    clause.head, clause.dep_ = clause, "ROOT"
    columns_changed(doc)
    participle.head, participle.dep_ = clause, "advcl"
    columns_changed(doc)
    for child in list(participle.children):
        if child.dep_ == "punct" and child.i > participle.right_edge.i - 1:
            child.head = clause  # the full stop
            columns_changed(doc)


def _subject_of_a_second_clause_joined_to_the_first_verb(doc: Doc, verb) -> None:
    """'X a signé le texte, mais FO, syndicat majoritaire, l'a refusé' parsed with the second
    subject joined to the first verb and the second verb hung on it: a noun or name joined by a
    conjunction to a verb, with no preposition, followed by a verb with no subject that hangs on
    it, is that verb's subject, and the verb the conjunct of the first."""
    noun = verb.head
    if verb.dep_ == "acl:relcl" and any("Rel" in morph_values(c, "PronType") for c in verb.children):
        return  # a real relative clause ('mais FO, qui l'a rejetée')
    if verb.dep_ == "advcl" or noun.pos_ in ("VERB", "AUX"):
        # (or both hung on the first verb: 'X a accepté ..., mais la CGT, ..., l'a rejetée')
        noun = max((c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i),
                   key=lambda c: c.i, default=None)
        if noun is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "aux:tense" for t in doc[noun.i + 1:verb.i]):
            return
    first = noun.head
    if (verb.dep_ not in ("conj", "advcl", "acl:relcl") or noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i
            or first.pos_ not in ("VERB", "AUX") or first.i > noun.i
            or any(c.dep_ == "case" for c in noun.children)
            or any(c.dep_.startswith("nsubj") for c in verb.children)
            or not any(c.dep_ == "cc" and c.i < noun.i and (c.lower_ == "mais" or c.i > 0 and doc[c.i - 1].text == ",")
                       for c in noun.children)):
        return  # (a second object is joined by a bare 'et': 'recrute vingt coupeurs et dix porteurs, payés ...')
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)
    verb.head, verb.dep_ = first, "conj"
    columns_changed(doc)
    for cc in [c for c in noun.children if c.dep_ == "cc" and c.i < noun.i]:
        cc.head = verb
        columns_changed(doc)


def _participle_set_after_the_object_qualifies_it(doc: Doc, participle) -> None:
    """'a offert une hausse de 60 euros, jugée indécente par les délégués' with the participle hung
    on the verb as an adjunct: a bare past participle right after the object and a comma, agreeing
    with the object in gender and number, qualifies it when it cannot qualify the subject (which
    does not agree) or names its own doer after 'par' ('Les déléguées ont signé l'accord, satisfaites
    du résultat' speaks of the delegates, and stays)."""
    verb = participle.head
    if ("Part" not in morph_values(participle, "VerbForm") or "Past" not in morph_values(participle, "Tense")
            or any(c.dep_.startswith(("aux", "nsubj", "mark")) for c in participle.children) or verb.i > participle.i):
        return
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < participle.i), None)
    if obj is None or doc[participle.i - 1].text != "," or obj.right_edge.i != participle.i - 2:
        return
    g, n = morph_values(participle, "Gender"), morph_values(participle, "Number")
    if not g or not n or morph_values(obj, "Gender") != g or morph_values(obj, "Number") != n:
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    agrees_with_subject = subject is not None and morph_values(subject, "Gender") == g and morph_values(subject, "Number") == n
    doer = any("par" in case_words(c) for c in participle.subtree if c.i > participle.i)
    if agrees_with_subject and not doer:
        return
    participle.head, participle.dep_ = obj, "acl"
    columns_changed(doc)


def _participle_with_its_complement_after_the_object(doc: Doc, participle) -> None:
    """'La mairie cherche un géomètre payé 3 000 euros par mois' with the participle taken for a
    predicate of the object ('a déclaré la grève terminée'): a past participle right after the object,
    agreeing with it, with a complement of its own ('payé 3 000 euros', 'basé à Lyon'), qualifies the
    object; the verb's subject, if it agrees too, is not what it speaks of."""
    verb = participle.head
    if ("Part" not in morph_values(participle, "VerbForm") or "Past" not in morph_values(participle, "Tense")
            or verb.i > participle.i or any(c.dep_.startswith(("aux", "nsubj", "mark")) for c in participle.children)
            or not any(c.dep_ in ("obj", "obl", "obl:mod", "obl:arg") and c.i > participle.i for c in participle.children)):
        return
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and c.i < participle.i), None)
    if obj is None or obj.right_edge.i != participle.i - 1:
        return
    g, n = morph_values(participle, "Gender"), morph_values(participle, "Number")
    if not n or morph_values(obj, "Number") != n or (g and morph_values(obj, "Gender") not in ([], g)):
        return
    participle.head, participle.dep_ = obj, "acl"
    columns_changed(doc)


def _participle_agrees_with_the_noun_it_qualifies(doc: Doc, participle) -> None:
    """'la paie des saisonniers, rémunérés 70 euros par jour' with the participle hung on
    'rémunération': a past participle agrees with the noun it qualifies; when it does not agree
    with the noun it hangs on, and the 'de' complement of that noun, just before it, does, it
    qualifies the complement (gender and number marked on all three)."""
    noun = participle.head
    if (participle.dep_ != "acl" or "Part" not in morph_values(participle, "VerbForm")
            or "Past" not in morph_values(participle, "Tense") or noun.pos_ != "NOUN" or noun.i > participle.i):
        return
    g, n = morph_values(participle, "Gender"), morph_values(participle, "Number")
    if not g or not n or (morph_values(noun, "Gender") == g and morph_values(noun, "Number") == n):
        return
    if not morph_values(noun, "Gender") or not morph_values(noun, "Number"):
        return
    # the 'de' complements below it, down the chain ('la hausse de la paie des saisonniers'),
    # the nearest that agrees
    chain, t = [], noun
    while True:
        t = next((c for c in t.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and t.i < c.i < participle.i
                  and case_words(c) & _DE), None)
        if t is None:
            break
        chain.append(t)
    inner = next((c for c in reversed(chain)
                  if morph_values(c, "Gender") == g and morph_values(c, "Number") == n), None)
    if inner is None:
        return
    participle.head = inner
    columns_changed(doc)


def _name_after_de_belongs_to_the_noun_before(doc: Doc, name) -> None:
    """'30 postes de son atelier de Vierzon' with 'de Vierzon' hung on 'postes': a name after 'de'
    right behind another 'de' complement of the same noun completes that complement, the
    nearest noun ('les salariés du site de X', 'le directeur de l'usine de Y')."""
    head = name.head
    if name.dep_ != "nmod" or not case_words(name) <= {"de", "d'", "du", "des"} or not case_words(name) \
            or head.pos_ not in ("NOUN", "NUM"):
        return
    before = next((c for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < name.i
                   and c.right_edge.i == name.left_edge.i - 1 and case_words(c) & {"de", "d'", "du", "des"}), None)
    if before is None:
        return
    name.head = before
    columns_changed(doc)


def _object_of_a_passive_listed_with_its_doer(doc: Doc, noun) -> None:
    """'a été paraphé par la fédération X, la mairie et son délégataire' with the second doer taken
    for an object: a passive verb has no object; a noun after the comma that follows its doer after
    'par' is the next of the doers listed."""
    verb = noun.head
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or not any(c.dep_ == "aux:pass" for c in verb.children):
        return
    doer = next((c for c in verb.children if c.dep_ == "obl:agent" and c.i < noun.i), None)
    # the comma before the noun, in its phrase or just outside it
    comma = noun.left_edge.i if doc[noun.left_edge.i].text == "," else noun.left_edge.i - 1
    if doer is None or comma < 1 or doc[comma].text != "," or not doer.left_edge.i <= comma - 1 <= doer.right_edge.i:
        return
    noun.head, noun.dep_ = doer, "conj"
    columns_changed(doc)
    for c in [c for c in noun.children if c.dep_ == "conj"]:
        c.head = doer  # ('..., la direction et son sous-traitant': the rest of the list)
        columns_changed(doc)


def _incise_of_saying_made_the_root(doc: Doc, verb) -> None:
    """'Les 12 restants seront mutés en juin, a indiqué le liquidateur' parsed with the verb of
    saying as the root and the clause before it as its subject: a clause with its own auxiliary or
    subject, before the comma that opens an incise whose verb has its speaker after it, is the
    sentence's; the incise says who tells it. The clause may also be hung as an adverbial one (with
    no conjunction: 'Les délégués ont signé jeudi, au matin, un accord, a annoncé X'), its subject
    an impersonal 'il' ('Il prévoit de recruter six vendeurs, a dit X'); the words the verb of
    saying took from it go back to the clause: a noun before its verb is its subject, one after
    it the object of the verb before it."""
    clause = next((c for c in verb.children if c.dep_ in ("nsubj", "advcl", "ccomp") and c.pos_ == "VERB"
                   and c.i < verb.i and not any(k.dep_ == "mark" for k in c.children)), None)
    if clause is None or verb.head.i != verb.i:
        return
    first = min([verb, *[c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]], key=lambda t: t.i)
    if first.i == 0 or doc[first.i - 1].text != "," or not any(c.dep_.startswith(("aux", "nsubj", "expl:subj"))
                                                                 for c in clause.children) \
            or not any(c.dep_ == "obj" and c.i > verb.i for c in verb.children):
        return
    clause.head, clause.dep_ = clause, "ROOT"
    columns_changed(doc)
    for word in [c for c in verb.children if clause.left_edge.i <= c.i < first.i - 1 and c.dep_ != "punct"]:
        if word.i < clause.i and word.pos_ in ("NOUN", "PROPN", "PRON") and not any(
                k.dep_.startswith(("nsubj", "expl:subj")) for k in clause.children):
            word.head, word.dep_ = clause, "nsubj"
            columns_changed(doc)
        elif word.i > clause.i:
            host = next(t for t in reversed(doc[clause.i:word.i]) if t.pos_ == "VERB" and clause.is_ancestor(t) or t == clause)
            relation = word.dep_
            if relation.startswith("nsubj"):
                relation = "obj" if not any(k.dep_ == "obj" for k in host.children) else "obl:mod"
            word.head, word.dep_ = host, relation
            columns_changed(doc)
    verb.head, verb.dep_ = clause, "parataxis"
    columns_changed(doc)
    speaker = next(c for c in verb.children if c.dep_ == "obj" and c.i > verb.i)
    speaker.dep_ = "nsubj"
    columns_changed(doc)
    for c in [c for c in verb.children if c.dep_ == "punct" and c.i > verb.i and doc[c.i].text in ".!?"]:
        c.head = clause
        columns_changed(doc)


def _speaker_of_an_incise_hung_on_the_verb_before(doc: Doc, verb) -> None:
    """'X paiera 40 millions, affirme le journal régional' with 'journal' taken for the object of
    'paiera': a finite verb right after a comma, with no subject nor object of its own, followed by a
    noun phrase that ends the sentence, is an incise whose subject comes after it; the verb before
    cannot reach over it."""
    if verb.dep_ not in ("advcl", "parataxis", "conj", "ccomp") or verb.i + 1 >= len(doc):
        return
    first = min([verb, *[c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]], key=lambda t: t.i)
    if (first.i == 0 or doc[first.i - 1].text != "," or not _finite(verb)
            or any(c.dep_.startswith(("nsubj", "obj", "ccomp", "xcomp")) for c in verb.children)):
        return
    start = doc[verb.i + 1]
    if start.pos_ not in ("DET", "PROPN", "NOUN"):
        return
    noun = start if start.pos_ != "DET" else start.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i < verb.i or noun.head.i >= verb.i or noun.left_edge.i != start.i:
        return
    end = noun.right_edge.i + 1
    if end < len(doc) and doc[end].text not in (".", "!", "?", "»", ")") and "\n" not in doc[end - 1].whitespace_:
        return
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)


def _phrase_ending_at(word):
    """The head of the noun phrase whose last word is ``word``: up its complements, adjectives and
    names to the first noun that takes them ('le cabinet du ministre de la Santé' from 'Santé')."""
    while word.dep_ in ("nmod", "amod", "flat", "flat:name", "appos") and word.head.i < word.i \
            and word.head.pos_ in ("NOUN", "PROPN"):
        word = word.head
    return word


def _clause_with_no_relative_pronoun_taken_for_a_relative(doc: Doc, verb) -> None:
    """'Selon X, un conseiller y gagne 5 000 francs' with the opening adjunct made the root and the
    clause a relative on its subject: a relative clause opens with a relative pronoun; a finite verb
    with none and no subject, after a noun with its article in a sentence with no other verb, is the
    sentence's verb and the noun its subject (the adjunct before goes to the verb)."""
    noun = verb.head
    if ("Fin" not in morph_values(verb, "VerbForm") or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i
            or not any(c.dep_ == "det" for c in noun.children)
            or any(c.dep_.startswith("nsubj") or "Rel" in morph_values(c, "PronType") or c.dep_ == "mark"
                   or c.lower_ in ("qui", "que", "qu'", "dont", "où") for c in verb.children)):
        return
    root = _root_of(noun)
    if root.pos_ in ("VERB", "AUX") or any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and not verb.is_ancestor(t)
                                           for t in doc[root.left_edge.i:verb.i]):
        return
    adjunct = root.i != noun.i
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, "nsubj"
    root.head, root.dep_ = (verb, "obl:mod") if adjunct else (root.head, root.dep_)
    columns_changed(doc)
    for child in [c for c in root.children if c.i > verb.i]:
        child.head = verb  # (the full stop)


def _que_relative_on_the_noun_its_participle_agrees_with(doc: Doc, clause) -> None:
    """'un projet comportant des hausses de primes, que les délégués ont refusé' with the relative
    hung on the nearest noun: after 'avoir', the past participle agrees with the object 'que' stands
    for, so it is the nearest noun up the phrase whose gender and number the participle has ('que les
    délégués ont refusées', plural, is the rises)."""
    noun = clause.head
    if (noun.pos_ != "NOUN" or noun.i > clause.i or "Part" not in morph_values(clause, "VerbForm")
            or not any(c.dep_ == "obj" and c.lower_ in ("que", "qu'") for c in clause.children)
            or not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in clause.children)
            or not morph_values(clause, "Gender") or not morph_values(clause, "Number") or _agrees(clause, noun)):
        return
    up = noun.head
    for _ in range(4):
        if up.i > noun.i:
            return
        if up.pos_ == "NOUN" and morph_values(up, "Gender") and morph_values(up, "Number") and _agrees(clause, up):
            clause.head = up
            return
        if up.pos_ == "VERB" and up.dep_ != "acl" or up.i == up.head.i:
            return  # (no further than the clause the noun is in)
        up = up.head


def _relative_on_the_speaker_of_an_incise(doc: Doc, clause) -> None:
    """'« ... », a rappelé le cabinet du ministre, qui a annoncé une aide' with the relative hung on a
    noun before the incise or on its verb: a 'qui' right after the comma that ends the speaker of an
    incise (a verb after a comma or a quotation mark, its subject after it) is that speaker's."""
    who = next((c for c in clause.children if c.lower_ == "qui" and c.dep_ == "nsubj"), None)
    if who is None or who.i < 2 or doc[who.i - 1].text != "," or clause.head.i > who.i:
        return
    noun = _phrase_ending_at(doc[who.i - 2])
    verb = noun.head
    if (noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("obj", "nsubj") or verb.pos_ != "VERB"
            or not clause.head.i <= verb.i < noun.i):
        return
    first = min([verb, *[c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]], key=lambda t: t.i)
    # (what is said, before the verb, may be taken for its subject: a clause, not a noun)
    if first.i == 0 or doc[first.i - 1].text not in (",", "»", '"') or any(
            c.dep_.startswith("nsubj") and c.i < verb.i and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children):
        return
    clause.head = noun
    columns_changed(doc)


def _dont_clause_taken_for_an_adjunct(doc: Doc, verb) -> None:
    """'a engagé X, dont le salaire atteint 9 000 euros' parsed with the 'dont' clause as an adjunct
    of the main verb: a finite clause that opens with 'dont' right after a comma is a relative on the
    noun phrase before that comma ('..., dont 40 à Lyon', with no verb, is left to the noun)."""
    first = verb.left_edge
    if (first.lower_ != "dont" or first.i < 2 or doc[first.i - 1].text != "," or verb.head.i >= first.i
            or not (_finite(verb) or any(c.dep_.startswith("nsubj") for c in verb.children))):
        return
    noun = _phrase_ending_at(doc[first.i - 2])
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == verb.head.i and verb.dep_ == "acl:relcl":
        return
    verb.head, verb.dep_ = noun, "acl:relcl"
    columns_changed(doc)


def _purpose_clause_made_the_root(doc: Doc, infinitive) -> None:
    """'Pour tenir les délais, l'atelier, racheté en 2019, prévoit d'embaucher 60 soudeurs' parsed with
    the fronted infinitive of purpose as the root and the main verb hung on it: the clause after 'pour'
    or 'afin de' that opens a sentence is an adjunct; the first finite verb after it with no subject is
    the main verb, and the noun with its article right after the comma that ends the clause (the
    parser may take it for an adjective) its subject."""
    start = infinitive.left_edge
    mark = next((c for c in infinitive.children if c.dep_ == "mark" and c.lower_ in ("pour", "afin")), None)
    if (mark is None or mark.i != start.i or not _opens_sentence(doc, start.i)
            or morph_values(infinitive, "VerbForm") != ["Inf"] or infinitive.dep_ != "ROOT"):
        return
    verb = next((c for c in infinitive.children if c.i > infinitive.i and c.dep_ in ("advcl", "conj", "parataxis")
                 and c.pos_ == "VERB" and _finite(c) and not any(g.dep_.startswith("nsubj") for g in c.children)), None)
    comma = next((t for t in doc[infinitive.i + 1:verb.i] if t.text == ","), None) if verb is not None else None
    if comma is None or comma.i + 2 >= verb.i:
        return
    article, subject = doc[comma.i + 1], doc[comma.i + 2]
    if article.pos_ != "DET" or subject.pos_ not in ("NOUN", "ADJ", "PROPN"):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    infinitive.head, infinitive.dep_ = verb, "advcl"
    columns_changed(doc)
    subject.head, subject.dep_, subject.pos_ = verb, "nsubj", "NOUN" if subject.pos_ == "ADJ" else subject.pos_
    article.head = subject
    columns_changed(doc)
    for child in [c for c in infinitive.children if c.i > verb.i]:
        child.head = verb  # (the full stop, and what follows the main verb, are the main clause's)


def _object_of_a_relative_taken_for_the_main_subject(doc: Doc, clause) -> None:
    """'La région, qui gère la plupart des lycées, a voté une aide' parsed with the object
    of the relative as the main verb's subject (and the opening noun hung on it): a 'qui' relative
    with no object of its own takes the noun right after it; the noun it qualifies is the subject of
    the verb after the comma ('Le conseil, qui siège à Auch, a annoncé' has no such noun)."""
    noun = clause.head
    if (not any(c.lower_ == "qui" and c.dep_ == "nsubj" for c in clause.children) or _has_object(clause)
            or noun.pos_ not in ("NOUN", "PROPN") or noun.i > clause.i):
        return
    taken = next((t for t in doc[clause.i + 1:clause.i + 3] if t.pos_ == "NOUN"), None)
    if taken is None or taken.dep_ != "nsubj" or not any(c.dep_ == "det" for c in taken.children):
        return
    verb = taken.head
    comma = next((t for t in doc[taken.right_edge.i + 1:verb.i] if t.text == ","), None)
    if verb.pos_ not in ("VERB", "AUX") or verb.i < taken.i or comma is None or noun.head.i not in (taken.i, verb.i):
        return
    taken.head, taken.dep_ = clause, "obj"
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)


def _jusquici_is_no_preposition(doc: Doc, word) -> None:
    """'Il touchait jusqu'ici 1 900 euros' with 'jusqu'' taken for the preposition of the sum:
    'jusqu'ici', 'jusque-là' say until when; the noun after them keeps its own relation, the
    verb's object if it has none."""
    if word.lower_ not in ("jusqu'", "jusque") or word.dep_ != "case" or word.i + 1 >= len(doc):
        return
    nxt = doc[word.i + 1]
    noun = word.head
    verb = noun.head
    if nxt.lower_ not in ("ici", "là", "alors") or noun.i <= nxt.i or verb.pos_ not in ("VERB", "AUX"):
        return
    word.head, word.dep_ = verb, "advmod"
    columns_changed(doc)
    nxt.head, nxt.dep_ = word, "fixed"
    columns_changed(doc)
    if noun.dep_.startswith("obl") and not any(c.dep_ == "case" for c in noun.children) \
            and not any(c.dep_ == "obj" for c in verb.children):
        noun.dep_ = "obj"
        columns_changed(doc)


def _count_under_its_approximator(doc: Doc, adverb) -> None:
    """'Près de 80 caristes ont cessé le travail' parsed with the counted noun hung on 'près': after an
    adverb of approximation and 'de' ('près de', 'plus de', 'moins de'), a noun with its number is
    the phrase's head, and takes the adverb's place in the clause; the adverb qualifies the count."""
    if adverb.lower_ not in ("près", "plus", "moins") or adverb.dep_ != "advmod":
        return
    noun = next((c for c in adverb.children if c.dep_ in ("dep", "nmod", "obl", "obl:arg", "obl:mod") and c.pos_ == "NOUN"
                 and c.i > adverb.i
                 and any(n.dep_ == "nummod" for n in c.children)), None)
    verb = adverb.head
    if noun is None or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i or any(
            c.dep_.startswith("nsubj") for c in verb.children):
        return
    noun.head, noun.dep_ = verb, "nsubj"
    columns_changed(doc)
    count = next(n for n in noun.children if n.dep_ == "nummod")
    adverb.head = count
    columns_changed(doc)
    for t in doc[adverb.i + 1:count.i]:
        if t.lower_ in ("de", "d'"):
            t.head, t.dep_ = adverb, "fixed"
            columns_changed(doc)


def _participle_root_before_verb(doc: Doc, participle) -> None:
    """'Les étudiantes inscrites à ce programme reçoivent une bourse' parsed as two sentences, the
    participle the first one's root with the noun for its subject: a past participle with no
    auxiliary qualifies the noun before it; the finite verb after its phrase, with no subject of
    its own, is the noun's ('Les postes supprimés. Reste la question', a full stop, stays)."""
    subject = next((c for c in participle.children if c.dep_.startswith("nsubj") and c.i < participle.i), None)
    if (participle.head.i != participle.i or morph_values(participle, "VerbForm") != ["Part"]
            or "Past" not in morph_values(participle, "Tense") or subject is None
            or any(c.dep_.startswith(("aux", "expl")) for c in participle.children)):
        return
    end = participle.right_edge.i
    if end + 1 >= len(doc) or any(t.text in _ENDS or "\n" in t.whitespace_ for t in doc[participle.i:end + 1]):
        return
    verb = doc[end + 1]
    while verb.head.i != verb.i:
        verb = verb.head
    if (verb.pos_ not in ("VERB", "AUX") or "Fin" not in morph_values(verb, "VerbForm") or verb.i <= end
            or any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)
            or not verb.left_edge.i == end + 1):
        return
    subject.head, subject.dep_ = verb, "nsubj"
    columns_changed(doc)
    if subject.pos_ == "ADJ":
        subject.pos_ = "NOUN"  # 'Les étudiantes' tagged an adjective: with its article, a noun
        columns_changed(doc)
    participle.head, participle.dep_ = subject, "acl"
    columns_changed(doc)
    for child in list(participle.children):
        if child.i < subject.i:
            child.head = subject  # its article


def _name_after_its_noun(doc: Doc, name) -> None:
    """'Les ouvriers de la scierie Vanel ont débrayé' with the name hung on
    'ouvriers': a capitalised word with no preposition right after a common noun names that noun
    ('la scierie X'), not one further up its phrase ('les ouvriers de X', with 'de', stays); so does
    one the parser made a second subject of the noun's verb ('La société Vantel va payer')."""
    i = name.i
    if (i < 2 or name.dep_ not in ("nmod", "appos", "nsubj") or not name.text[:1].isupper()
            or name.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "case" for c in name.children)):
        return
    prev = doc[i - 1]
    if name.dep_ == "nsubj" and not (prev.dep_ == "nsubj" and prev.head.i == name.head.i):
        return
    if prev.pos_ != "NOUN" or not prev.text.islower() or prev.i == name.head.i or prev.head.i == i:
        return
    up = prev
    while up.head.i != up.i and up.i != name.head.i:
        up = up.head
    if up.i == name.head.i:  # the noun is inside the phrase the name was hung on
        name.head, name.dep_ = prev, "appos"
        columns_changed(doc)


def _name_hung_across_the_clause_of_its_noun(doc: Doc, name) -> None:
    """'X versera 62 millions, écrit l'hebdomadaire local La Voix Ardéchoise' with the name hung on
    the verb of the first clause: a name right after a common noun (and its adjectives) of a later
    clause names that noun; the first verb cannot reach over the clause between them."""
    if (name.pos_ != "PROPN" or not name.text[:1].isupper()
            or name.dep_ not in ("obj", "nsubj", "obl", "obl:mod", "dep", "ROOT")
            or any(c.dep_ == "case" for c in name.children) or name.left_edge.i < 2):
        return
    if name.dep_ == "ROOT" and (any(c.dep_ not in ("det", "flat:name", "punct") for c in name.children)
                                or "\n" in doc[name.left_edge.i - 1].whitespace_):
        return  # (a root with words of its own is a sentence of its own)
    noun = doc[name.left_edge.i - 1]
    if noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return
    clause = noun
    while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    if name.dep_ == "ROOT":
        # ('..., affirme le quotidien X.' with the name made a sentence of its own: it ends the sentence
        # of its noun, and its full stop is that sentence's)
        if clause.pos_ != "VERB" or clause.i > noun.i:
            return
        top = clause
        while top.head.i != top.i:
            top = top.head
        for c in [c for c in name.children if c.dep_ == "punct"]:
            c.head = top
        name.head, name.dep_ = noun, "appos"
        columns_changed(doc)
        return
    verb = name.head
    if clause.pos_ != "VERB" or not verb.i < clause.i < noun.i or not verb.is_ancestor(clause):
        return
    name.head, name.dep_ = noun, "appos"
    columns_changed(doc)


_TIME_CASES = {"après", "avant", "pendant", "durant", "depuis", "lors"}


def _present_participle_hung_on_a_time(doc: Doc, participle, time_words: frozenset[str] | set[str]) -> None:
    """'a accepté l'offre après trois mois de discussions, écartant une proposition rivale' parsed
    with the present participle on the time before the comma: what a participle with an object of its
    own does after a comma is done by the clause's subject, not by a stretch of time; it is an adjunct
    of the verb the time is. ('a signé avec le syndicat, représentant 60 % des salariés', a party,
    stays.)"""
    if (participle.dep_ != "acl" or morph_values(participle, "VerbForm") != ["Part"]
            or morph_values(participle, "Tense") != ["Pres"] or participle.i < 2
            or doc[participle.left_edge.i - 1].text != ","
            or not any(c.dep_ == "obj" for c in participle.children)):
        return
    top = participle.head
    for _ in range(4):
        if top.dep_ != "nmod" or top.head.pos_ not in ("NOUN", "PROPN"):
            break
        top = top.head
    verb = top.head
    timed = (fold(top.lemma_) in time_words or top.lemma_ in ("terme", "issue", "bout")
             or bool(case_words(top) & _TIME_CASES))
    if (top.dep_ not in ("obl", "obl:mod") or verb.pos_ not in ("VERB", "AUX") or not timed or verb.i > participle.i
            or not any(c.dep_.startswith("nsubj") for c in verb.children)):
        return
    participle.head, participle.dep_ = verb, "advcl"
    columns_changed(doc)


def _one_of_apposed_to_the_subject(doc: Doc, one) -> None:
    """'Les 90 ouvriers de l'usine X, l'un des premiers employeurs de la ville, ont entamé
    une grève' parsed with 'l'un des ...' for the subject and the workers for an adjunct: 'l'un des'
    between commas describes the name before it; the noun phrase before the comma, hung on the verb
    with no preposition, is the subject ('L'un des syndicats a signé', with no phrase before, stays)."""
    verb = one.head
    if one.lemma_ != "un" or one.dep_ != "nsubj" or one.i < 3 or doc[one.left_edge.i - 1].text != ",":
        return
    comma = doc[one.left_edge.i - 1]
    subject = next((c for c in verb.children if c.i < comma.i and c.pos_ in ("NOUN", "PROPN")
                    and c.dep_ in ("obl", "obl:mod", "nmod", "dep") and not case_words(c)), None)
    if subject is None:
        # ('X Services, l'un des ...' with the name cut off as a sentence of its own, no verb in it)
        subject = _root_of(doc[comma.i - 1])
        before = doc[subject.left_edge.i - 1] if subject.left_edge.i else None
        if (subject.pos_ not in ("NOUN", "PROPN") or subject.i == verb.i or subject.right_edge.i != comma.i - 1
                or before is not None and before.text not in _ENDS and "\n" not in before.whitespace_
                or any(t.pos_ in ("VERB", "AUX") for t in subject.subtree)):
            return
    if not any(case_words(c) & _DE for c in one.children if c.i > one.i):
        return  # ('l'un des ...': one of a group named after 'de')
    described = doc[comma.i - 1]
    while described.head.i != described.i and described.dep_ in ("flat", "flat:name", "appos", "nmod") \
            and described.head.i < described.i and not case_words(described):
        described = described.head  # from the name's last word to the noun it names
    subject.head, subject.dep_ = verb, "nsubj"
    one.head, one.dep_ = described, "appos"
    columns_changed(doc)


def _name_in_commas(doc: Doc, name) -> None:
    """'a conclu avec un négociant singapourien, Orient Trading, un contrat' parsed with the name
    joined to the subject and the object hung on the name: a name between commas right after a
    noun phrase that is no member of the same list names that noun (an apposition); a noun phrase
    with its article after the closing comma is then the verb's object, if it has none ('la
    direction, les syndicats, Jean Dupont et l'État', a list, stays)."""
    if name.dep_ not in ("conj", "obl", "obl:mod") or case_words(name) or name.i < 3 or doc[name.i - 1].text != ",":
        return  # (or hung on the verb with no preposition)
    last = doc[name.i - 2]
    noun = last if last.pos_ == "NOUN" else last.head if last.dep_ == "amod" and last.head.pos_ == "NOUN" else None
    end = max([name.i] + [c.i for c in name.children if c.dep_ in ("flat", "flat:name") and c.i > name.i])
    if (noun is None or not name.head.i < noun.i or noun.dep_ == "conj" and noun.head.i == name.head.i
            or end + 1 >= len(doc) or doc[end + 1].text != ","):
        return
    name.head, name.dep_ = noun, "appos"
    columns_changed(doc)
    verb = noun.head
    for child in list(name.children):
        if child.i > end + 1 and child.dep_ in ("appos", "conj", "nmod", "dep") and not case_words(child) and any(
                c.dep_ == "det" for c in child.children) and verb.pos_ == "VERB" and noun.dep_.startswith("obl") \
                and not any(c.dep_ == "obj" for c in verb.children):
            child.head, child.dep_ = verb, "obj"
            columns_changed(doc)


def _state_with_adjective(doc: Doc, cop) -> None:
    """'Les infirmières seront en grève illimitée' parsed with the adjective as the predicate and
    'en grève' hung on the copula: an adjective right after the noun it agrees with qualifies it;
    the state after 'en' is the predicate ('sont en colère, inquiètes', with a comma, stays)."""
    adjective = cop.head
    # ('seront' may be taken for the auxiliary of a tense: an adjective has no tenses)
    if cop.dep_ not in ("cop", "aux:tense") or cop.lemma_ != "être" or adjective.pos_ != "ADJ" or adjective.i < 2:
        return
    noun = doc[adjective.i - 1]
    if not (noun.pos_ == "NOUN" and noun.head.i in (cop.i, adjective.i) and noun.dep_.startswith("obl")
            and "en" in case_words(noun) and cop.i < noun.i and _agrees(adjective, noun)):
        return
    _take_place(noun, adjective)
    for child in list(adjective.children):
        if child.i != noun.i:
            child.head = noun
    adjective.head, adjective.dep_ = noun, "amod"
    cop.dep_ = "cop"
    columns_changed(doc)


def _finite_verb_before_infinitive(doc: Doc, verb) -> None:
    """'L'équipe compte embaucher dix ingénieurs' parsed with the finite verb as an adjective of
    the subject (or a part of the name that ends it) and the infinitive as the root: a finite
    verb qualifies no noun; between the infinitive's subject and the infinitive, it is the main
    verb ('compte', 'veut', 'doit') and the infinitive its complement ('les salariés licenciés
    recevront', a participle, stays)."""
    if (verb.dep_ not in ("amod", "flat", "flat:name", "nsubj") or morph_values(verb, "VerbForm") != ["Fin"]
            or not verb.text.islower() or verb.i + 1 >= len(doc)):
        return
    infinitive = doc[verb.i + 1]
    if verb.dep_ == "nsubj" and verb.head.i != infinitive.i:
        return
    noun = next((c for c in infinitive.children if c.dep_.startswith("nsubj") and c.i < verb.i), None)
    # ('X compte recruter' with the finite verb taken for the infinitive's subject, and the name for its own)
    noun = noun or next((c for c in verb.children if c.dep_.startswith(("nsubj", "expl")) and c.i < verb.i), None)
    root = verb
    while root.head.i != root.i:
        root = root.head
    if (noun is None and morph_values(infinitive, "VerbForm") == ["Inf"] and root.pos_ in ("NOUN", "PROPN")
            and root.i < verb.i and root.is_ancestor(infinitive)):
        # ('l'équipe dirigée par X compte embaucher' with the subject noun as the root and the
        # infinitive down its phrase): the noun is the subject, the verb the root
        verb.head, verb.dep_ = verb, "ROOT"
        columns_changed(doc)
        for child in list(root.children):
            if child.i > verb.i:
                child.head = verb
        root.head, root.dep_ = verb, "nsubj"
        infinitive.head, infinitive.dep_ = verb, "xcomp"
        columns_changed(doc)
        _verb_lemma(verb)
        return
    if morph_values(infinitive, "VerbForm") != ["Inf"] or noun is None or not (
            noun.i == verb.head.i or noun.is_ancestor(verb) or noun.head.i == verb.i):
        return
    _govern_infinitive(doc, verb, infinitive, noun)


def _govern_infinitive(doc: Doc, verb, infinitive, noun) -> None:
    """``verb`` takes the infinitive's place and governs it, with ``noun`` for its subject."""
    _take_place(verb, infinitive)
    for child in list(infinitive.children):
        if child.i < verb.i or child.dep_ == "punct" and child.i == infinitive.right_edge.i:
            child.head = verb  # the subject, what comes before it, and the full stop
    noun.head, noun.dep_ = verb, "nsubj"
    infinitive.head, infinitive.dep_ = verb, "xcomp"
    columns_changed(doc)
    _verb_lemma(verb)


#: two-word linking locutions that may stand between a verb and its infinitive ('compte au contraire recruter')
_LINKING_PAIRS = {"au contraire", "en outre", "par ailleurs", "d' ailleurs", "de plus", "pour autant", "en effet",
                  "quant à", "à terme", "en revanche", "elle aussi", "lui aussi", "eux aussi"}
_LINKING = {pair.split()[0] for pair in _LINKING_PAIRS}


def _bare_noun_before_infinitive(doc: Doc, word) -> None:
    """'La régie compte recruter dix guides' parsed with 'compte' as a noun of the
    subject and the infinitive as the root: no bare noun, with no article and nothing of its own,
    stands between an infinitive's subject and the infinitive; it is the finite verb that governs
    it ('compte', 'prévoit', 'souhaite'), adverbs between them or not ('compte toutefois recruter').
    ('La coopérative et ses membres veulent recruter' has no such noun.)"""
    after = word.i + 1
    while after < len(doc) - 1 and doc[after].text.islower() and (
            doc[after].pos_ == "ADV" or doc[after].lower_ in _LINKING and after + 1 < len(doc)
            and f"{doc[after].lower_} {doc[after + 1].lower_}" in _LINKING_PAIRS):
        # ('La coopérative compte toutefois recruter', 'compte au contraire recruter')
        after += 1 if doc[after].pos_ == "ADV" and doc[after].lower_ not in _LINKING else 2
    if after >= len(doc) or not word.text.islower():
        return
    infinitive = doc[after]
    if word.dep_ == "ROOT" and infinitive.head.i == word.i and infinitive.dep_ == "xcomp" and word.i > 0:
        # ('La régie compte recruter' with the subject as an adjective of the noun 'compte', the root)
        noun = doc[word.i - 1]
        if (noun.head.i == word.i and noun.pos_ in ("NOUN", "PROPN") and morph_values(infinitive, "VerbForm") == ["Inf"]
                and (any(c.dep_ == "det" for c in noun.children) or noun.pos_ == "PROPN"
                     or _name_tagged_a_noun(doc, noun, 0))  # ('De son côté, Tarvel compte recruter')
                and not any(c.dep_ in ("det", "case") for c in word.children)):
            _as_finite_verb(doc, word)
            noun.dep_ = "nsubj"
            columns_changed(doc)
        return
    if ((word.head.i == infinitive.i or infinitive.head.i == word.i and word.dep_ == "conj")
            and word.i > 0 and doc[word.i - 1].lower_ == "et" and morph_values(infinitive, "VerbForm") == ["Inf"]
            and all(c.dep_ == "cc" or c.i == infinitive.i for c in word.children)):
        # ('a publié une annonce, et compte recruter dix guides' with 'compte' a noun of the infinitive,
        # or joined to the object before: after 'et', the verb joined to the clause's main verb)
        main = _root_of(word)
        if main.pos_ == "VERB" and main.i < word.i:
            _as_finite_verb(doc, word)
            word.head, word.dep_ = main, "conj"
            infinitive.head, infinitive.dep_ = word, "xcomp"
            columns_changed(doc)
        return
    if any(True for _ in word.children):
        return
    noun = word.head
    if morph_values(infinitive, "VerbForm") != ["Inf"] or noun.i >= word.i or noun.pos_ not in ("NOUN", "PROPN"):
        return
    if infinitive.head.i == noun.i and infinitive.dep_ == "acl":
        # ('La régie entend en outre engager' with the infinitive hung on the subject noun)
        _as_finite_verb(doc, word)
        _take_place(word, noun)
        noun.head, noun.dep_ = word, "nsubj"
        infinitive.head, infinitive.dep_ = word, "xcomp"
        columns_changed(doc)
        for child in [c for c in noun.children if c.i > word.i]:
            child.head = word  # 'au contraire', the full stop: the clause's
        return
    if not any(c.i == noun.i and c.dep_.startswith("nsubj") for c in infinitive.children):
        return
    _as_finite_verb(doc, word)
    _govern_infinitive(doc, word, infinitive, noun)


def _adjective_taken_for_a_preposition(doc: Doc, word) -> None:
    """'Une aide-soignante à temps plein touche ...' with 'plein' taken for a preposition of the verb
    after it: an adjective is no preposition; right after a noun, it qualifies that noun."""
    before = doc[word.i - 1] if word.i > 0 else None
    if before is None or before.pos_ != "NOUN" or word.dep_ != "case":
        return
    word.head, word.dep_ = before, "amod"
    columns_changed(doc)


def _noun_with_a_subject(doc: Doc, word, verbs: frozenset[str] | set[str]) -> None:
    """'Un fondeur confirmé touche 2 300 euros' with 'touche' tagged a noun that has the subject: a
    word with a subject before it and no article or preposition of its own, spelled as the present
    of a verb of the lexicon (first group), is that verb ('la touche finale', with its article, and
    a noun spelling no such verb stay nouns). An adjective with a subject and no copula is one
    too ('Le syndicat suggère de réduire', 'suggère' tagged an adjective; 'è' of the present is
    the 'é' of the infinitive: 'suggérer', 'préférer')."""
    infinitive = next((v for v in (word.lower_ + "r", word.lower_[::-1].replace("è", "é", 1)[::-1] + "r")
                       if v in verbs), None)
    # ('Il recherche dix tourneurs', the pronoun taken for an impersonal subject of the noun: it is the verb's)
    pronoun = next((c for c in word.children if c.dep_ == "expl:subj" and c.i == word.i - 1
                    and c.lower_ in ("il", "elle", "ils", "elles")), None)
    if (word.pos_ not in ("NOUN", "ADJ") or not word.text.islower() or infinitive is None
            or not any(c.dep_ == "nsubj" and c.i < word.i for c in word.children) and pronoun is None
            or any(c.dep_ in ("det", "case", "cop") for c in word.children)):
        return
    _as_finite_verb(doc, word)
    word.lemma_ = infinitive
    if pronoun is not None:
        pronoun.dep_ = "nsubj"
        columns_changed(doc)
    # ('La régie embauche six guides': the noun after it, hung as the noun's complement, is its object)
    _complements_of_the_verb(doc, word, [c for c in word.children if c.i > word.i and c.dep_ == "nmod"])


def _verb_tagged_a_noun_after_its_subject(doc: Doc, word, verbs: frozenset[str] | set[str]) -> None:
    """'Le salaire moyen avoisine 3 200 euros' with 'avoisine' tagged a noun of the subject's phrase:
    a bare word (no article, no preposition) right after a noun phrase with its article and right
    before a number or an article, spelled as the present of a verb of the lexicon, is that verb,
    and the phrase before it its subject ('le salaire moyen en hausse', with a preposition, stays)."""
    infinitive = next((v for v in (word.lower_ + "r", word.lower_[::-1].replace("è", "é", 1)[::-1] + "r")
                       if v in verbs), None)
    # ('Les caristes débrayent depuis mardi': a plural present in -ent after a plural subject, which no
    # adjective spells, needs no object after it)
    plural = (word.lower_.endswith("ent") and word.lower_[:-3] + "er" in verbs and word.pos_ == "ADJ"
              and "Plur" in morph_values(word.head, "Number"))
    if plural:
        infinitive = word.lower_[:-3] + "er"
    nxt = word.i + 1
    while nxt + 1 < len(doc) and (doc[nxt].pos_ == "ADV" or f"{doc[nxt].lower_} {doc[nxt + 1].lower_}" == "en moyenne"):
        nxt += 1 if doc[nxt].pos_ == "ADV" else 2  # ('touche en moyenne 1 480 euros', 'avoisine environ ...')
    if (infinitive is None or not word.text.islower() or nxt >= len(doc) or word.i == 0
            or any(c.dep_ in ("det", "case") for c in word.children)
            or not plural and doc[nxt].pos_ not in ("NUM", "DET") and doc[nxt].lower_ != "des"):
        return
    if word.pos_ == "ADJ" and (word.head.head.i != word.head.i or word.dep_ != "amod"):
        return  # ('Le groupe licencie des ouvriers': an adjective only where its noun has no verb at all)
    noun = phrase_head(word.head)  # ('le salaire moyen des caissières avoisine': the head of the whole phrase)
    if (noun.i > word.i or noun.pos_ != "NOUN" or not any(c.dep_ == "det" for c in noun.children) or case_words(noun)
            or any(t.pos_ not in ("ADJ", "NOUN", "ADP", "DET") for t in doc[noun.i + 1:word.i])):
        return
    _as_finite_verb(doc, word)
    word.lemma_ = infinitive
    _take_place(word, noun)
    # what follows the verb, and the adjuncts put before the subject ('Pour un soudeur, ...'), are the clause's
    for child in [c for c in noun.children if c.i > word.i or c.i < noun.i and c.dep_ in ("obl", "obl:mod", "advmod", "punct")]:
        child.head = word
        if child.left_edge.i == word.i + 1 and not case_words(child):
            child.dep_ = "obj"  # the sum right after the verb: what it measures
            columns_changed(doc)
    noun.head, noun.dep_ = word, "nsubj"
    columns_changed(doc)
    root = word.head
    if word.dep_ == "nsubj" and root.i > word.i and root.head.i == root.i and root.pos_ == "NOUN":
        # ('La boulangerie recherche une dizaine de vendeurs' with the phrase taken for the subject of the
        # noun after it, the root: the verb is the root, that noun its object)
        word.head, word.dep_ = word, "ROOT"
        columns_changed(doc)
        for child in [c for c in root.children if c.dep_ == "punct" and c.i > root.i]:
            child.head = word
        root.head, root.dep_ = word, "obj"
        columns_changed(doc)
    after = doc[word.i + 1]
    while after.head.i != after.i and after.head.i > word.i:
        after = after.head
    if after.i > word.i and (after.head.i == after.i or after.head.i == word.i and after.dep_ in ("nmod", "appos", "dep")
                             and not case_words(after)):
        # ('1 500 euros' cut off as a sentence of its own, or hung on the noun the verb was taken for)
        after.head, after.dep_ = word, "obj"
        columns_changed(doc)
    for child in [c for c in word.children if c.dep_ in ("obl:arg", "obl", "obl:mod")]:
        _plural_article_taken_for_de(doc, child, verbs)  # ('licencie des ouvriers', now that it is a verb)


def _as_finite_verb(doc: Doc, word) -> None:
    """A word the tagger took for a noun is a verb in the present indicative, lemmatised in -er."""
    word.pos_ = "VERB"
    columns_changed(doc)
    word.set_morph("Mood=Ind|Tense=Pres|VerbForm=Fin")
    _verb_lemma(word)


def _participle_of(word, verbs: frozenset[str] | set[str]) -> str | None:
    """The infinitive of the lexicon's first-group verb whose past participle ``word`` is
    ('licenciés' gives 'licencier'), else None: what a participle tagged a noun stands for."""
    stem = participle_stem(word.lower_)
    return stem + "er" if stem is not None and stem + "er" in verbs else None


def _verb_lemma(verb) -> None:
    """'compte', 'conteste' lemmatised as nouns: a present of the first group, once known to be
    a verb, has the infinitive in -er."""
    if verb.lemma_ == verb.lower_ and verb.lower_.endswith("e"):
        verb.lemma_ = verb.lower_ + "r"


def _take_place(word, other) -> None:
    """``word`` takes the place ``other`` had in the tree: its head and relation, or the root."""
    if other.head.i == other.i:
        word.head, word.dep_ = word, "ROOT"
        columns_changed(word.doc)
    else:
        word.head, word.dep_ = other.head, other.dep_
        columns_changed(word.doc)


def _agrees(participle, noun) -> bool:
    """Whether gender and number, where the parse gives both, agree."""
    for feature in ("Gender", "Number"):
        a, b = morph_values(participle, feature), morph_values(noun, feature)
        if a and b and a != b:
            return False
    return True


def _root_verb(verb, subject) -> None:
    """Make ``verb`` the root of its sentence and ``subject``, the word the parser took for
    the root, its subject; the full stop after the verb ends the verb's sentence."""
    verb.head, verb.dep_ = verb, "ROOT"
    columns_changed(verb.doc)
    for child in [c for c in subject.children if c.dep_ == "punct" and c.i > verb.i]:
        child.head = verb
    subject.head, subject.dep_ = verb, "nsubj"
    columns_changed(verb.doc)


def _subject_relation(verb) -> str:
    """The relation a subject given to ``verb`` takes: a passive subject under a passive auxiliary."""
    return "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"


def _disagrees_in_number(verb, noun) -> bool:
    """Whether a common noun cannot be the subject of ``verb`` for its number: the number of the
    verb's auxiliary first (a participle agrees with no subject), else the verb's own; a name, or
    a word with no number in the parse, agrees with anything."""
    number = [n for t in [*verb.children, verb] if t.dep_.startswith("aux") or t is verb
              for n in morph_values(t, "Number")][:1]
    return bool(number) and noun.pos_ == "NOUN" and number[0] not in morph_values(noun, "Number")


def _passive(verb) -> bool:
    return "Pass" in morph_values(verb, "Voice") or any(c.dep_ == "aux:pass" for c in verb.children)


def _active(verb) -> bool:
    """A verb in the active voice: no passive auxiliary or passive reflexive, and a
    finite form or the auxiliary 'avoir' (a bare participle may be a passive)."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"aux:pass", "expl:pass"}:
        return False
    finite = "Fin" in morph_values(verb, "VerbForm")
    has_avoir = any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children)
    return finite or has_avoir
