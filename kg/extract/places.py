"""Where an event happens: places inside or right after its phrase, and sites.

A place is a named Place the event word, its object or its phrase governs with a
preposition of place; a site is a noun of plant, office or store (``kgl:siteWords``)
whose complement or "situé à" names the place.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..text import fold
from .arguments import PHRASE_CUT, ArgumentReader
from .model import Filler
from .names import doc_text
from .syntax import case_words, children, dateline_places, is_nominal, verb_lemmas

#: participles that say where a site stands: 'l'usine située à X'
_STANDING = {"situer", "implanter", "baser", "installer", "localiser"}


class PlaceReader(ArgumentReader):
    """Places and sites of event words."""

    def sites(self, token: Token) -> list[Filler]:
        """'supprimés au siège de Rennes', 'à l'usine de Vierzon', 'un accord sur le
        plan social de l'usine située à Vierzon': a place named after a noun of
        site (a plant, an office, a store), or where that site is said to stand,
        is where the event happens. Sites are looked for in the event's own
        complements, in those of the verb that carries an event noun ('parvenir à
        un accord ... pour son site de X'), and one or two nouns down."""
        out = []
        # 'les salariés de l'usine de Vierzon cesseront le travail': the site of who does it
        doers = [c for c in children(token) if c.dep_ == "nsubj"]
        doers += [g for d in doers for g in children(d) if g.dep_ == "conj"]
        roots = [c for d in doers for c in children(d) if c.dep_ == "nmod" and case_words(c) & {"de", "d'", "du", "des"}]
        roots += [c for c in children(token) if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")
                  and (not case_words(c) & {"de", "du", "d'", "des"} or is_nominal(token))]
        # ('fermer 30 postes de son atelier de X', 'la fermeture de 30 postes de son dépôt de X': the
        # site the jobs or the people acted on belong to is where they are cut or hired; the origin of
        # a thing is not where it is used or bought)
        patients = [c for c in children(token) if c.dep_ == "obj"
                    or is_nominal(token) and c.dep_ == "nmod" and case_words(c) & {"de", "d'", "des"}]
        patients += [g for p in patients for g in children(p) if g.dep_ == "nmod" and g.pos_ in ("NOUN", "NUM")
                     and case_words(g) & {"de", "d'", "des"}]  # ('30 des 90 postes de son atelier')
        staff = self.lexicon.folded("jobCutWords")
        roots += [g for p in patients if fold(p.lemma_) in staff or self.people_word(fold(p.lemma_))
                  for g in children(p) if g.dep_ == "nmod" and case_words(g) & {"de", "d'", "du", "des"}
                  and fold(g.lemma_) in self.site_words]
        if is_nominal(token) and token.dep_ == "nsubj" and self.happens(token.head):
            # ('les négociations s'ouvriront au siège de X': where the verb says the event takes place)
            verbs = [token.head, *(c for c in children(token.head) if c.dep_ == "xcomp" and c.pos_ == "VERB")]
            said = [c for v in verbs for c in children(v) if c.dep_ in ("obl", "obl:mod", "obl:arg") and c.i > token.i]
            # (or hung on the date before it: 'débuteront le 4 avril au siège de X')
            said += [g for c in said if c.pos_ == "NUM" or fold(c.lemma_) in self.time_words
                     for g in children(c) if g.dep_ == "nmod"]
            roots += [c for c in said if fold(c.lemma_) in self.site_words]  # ('au grand soulagement de' is none)
        carrier = token.head if is_nominal(token) and token.dep_ in ("obj", "obl", "obl:arg") else None
        if carrier is not None and carrier.pos_ == "VERB" and verb_lemmas(carrier) & (self.support | self.planned):
            roots += [c for c in children(carrier) if c.dep_ in ("obl", "obl:mod", "obl:arg") and c.i != token.i]
        seen: set[int] = set()
        stack = [(r, 0) for r in roots]
        while stack:
            t, depth = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            if fold(t.lemma_) in self.site_words:
                found = self.site_place(t)
                key = self.token_entity.get(t.i)
                if not found and key is not None and self.entities[key].type == "Organization":
                    # ('à la préfecture de la Gironde', one name: the body's seat is the place)
                    found = [self.entity_filler(t, key)]
                out += [f for f in found if all(f.entity != o.entity for o in out)]
            elif depth < 2:
                stack.extend((c, depth + 1) for c in children(t) if c.dep_ == "nmod")
        return out

    def site_place(self, t: Token) -> list[Filler]:
        """Where a site noun (``kgl:siteWords``) is said to stand: 'l'usine de Vierzon', 'son entrepôt de
        pièces de Niort', 'l'entrepôt situé à Niort'."""
        out = []
        for grand in children(t):
            # ('son entrepôt de pièces de Niort', 'l'atelier de montage de Vesoul': the place after
            # what the site makes or does)
            named = [grand, *(g for g in children(grand) if g.dep_ == "nmod")] if grand.dep_ == "nmod" else [
                g for g in children(grand) if g.dep_.startswith("obl") and case_words(g) & {"à", "au", "en"}
            ] if grand.dep_ == "acl" and fold(grand.lemma_) in _STANDING else []
            for place in named:
                key = self.token_entity.get(place.i)
                if key and self.entities[key].type == "Place":
                    out.append(self.entity_filler(place, key))
        # 'l'entrepôt logistique situé à X' with the participle hung elsewhere by the parser:
        # the words right after the site say where it stands
        after = self.doc[t.i + 1:t.i + 5]
        for j, word in enumerate(after[:-2]):
            if fold(word.lemma_) in _STANDING and after[j + 1].lower_ in ("à", "au") \
                    and after[j + 2].i in self.token_entity:
                key = self.token_entity[after[j + 2].i]
                if self.entities[key].type == "Place" and all(f.entity != key for f in out):
                    out.append(self.entity_filler(after[j + 2], key))
                break
        return out

    def site_named_before(self, t: Token) -> list[Filler]:
        """What a site noun said again stands for: its own place, else the place of the same site
        named earlier in the document ('le site de Vernac ... le chef du site'), else the
        site itself ('l'entrepôt')."""
        own = self.site_place(t)
        if own:
            return own
        lemma = t.lemma_
        for i in range(t.i - 1, -1, -1):
            before = self.doc[i]
            if before.lemma_ == lemma and before.pos_ == "NOUN":
                found = self.site_place(before)
                if found:
                    return found
        return [Filler(t.text, span=self.span(t, t), head=fold(t.lemma_))]

    def places_within(self, token: Token, gives_to: bool = True) -> list[Filler]:
        """Places named inside an event noun's phrase ('la grève des acteurs à
        Hollywood') or right after it ('en grève à Hollywood'), or on the verb that
        carries it (:meth:`carrier_places`); for a verb, a place the parser hung on its
        object ('diffusera les matchs du championnat en Belgique'; after 'à' too when
        the verb gives nothing to anyone, ``gives_to`` False: 'a supprimé 200 postes à
        Lyon', where 'a offert 2 millions à Lyon' names whom it goes to)."""
        if not is_nominal(token):
            out = []
            cases = {"en", "dans"} if gives_to else {"en", "dans", "à", "au", "aux"}
            for obj in (c for c in children(token) if c.dep_ == "obj"):
                stack = [(c, 0) for c in children(obj)]
                while stack:
                    t, depth = stack.pop()
                    key = self.token_entity.get(t.i)
                    if key and self.entities[key].type == "Place" and case_words(t) & cases:
                        out.append(self.entity_filler(t, key))
                    elif depth < 2 and t.dep_ in ("nmod", "conj"):
                        stack.extend((c, depth + 1) for c in children(t))
            return out
        out = []
        nxt = self.doc[token.i + 1: token.i + 3]
        if len(nxt) == 2 and nxt[0].lower_ in ("à", "en", "dans", "au", "aux") and nxt[1].i in self.token_entity:
            key = self.token_entity[nxt[1].i]
            if self.entities[key].type == "Place":
                out.append(self.entity_filler(nxt[1], key))
        stack = [c for c in children(token) if c.dep_ not in PHRASE_CUT]
        while stack:
            t = stack.pop()
            key = self.token_entity.get(t.i)
            if key and self.entities[key].type == "Place" and case_words(t) & {"à", "en", "dans", "au", "aux"}:
                out.append(self.entity_filler(t, key))
            if t.i not in self.by_token:
                stack.extend(c for c in children(t) if c.dep_ not in PHRASE_CUT)
        return out or self.carrier_places(token)

    def carrier_places(self, noun: Token) -> list[Filler]:
        """'Les éboueurs feront grève lundi à Lyon', 'ont lancé un mouvement de grève dans
        leur dépôt de Metz', 'la grève se poursuit à Rennes': a place the support verb carrying
        an event noun takes, or the verb that says it happens, or the date either takes ('lundi à
        Lyon'), is where the event happens. ('Le syndicat, qui a
        son siège à Lyon, appelle à la grève': the relative's place is the union's.)"""
        carrier = noun.head
        if not (noun.dep_ in ("obj", "xcomp", "obl", "obl:arg") and carrier.pos_ == "VERB"
                and verb_lemmas(carrier) & (self.support | self.planned)
                or noun.dep_ == "nsubj" and self.happens(carrier)):  # 'la grève se poursuit à Rennes'
            return []
        # (a place after a preposition the parser made an 'xcomp' of the verb is still its complement)
        near = [c for c in children(carrier) if c.dep_ in ("obl", "obl:mod", "obl:arg", "xcomp") and c.i != noun.i]
        near += [g for c in children(carrier) if fold(c.lemma_) in self.time_words for g in children(c)
                 if g.dep_ == "nmod"]
        out = []
        for t in near:
            key = self.token_entity.get(t.i)
            if key and self.entities[key].type == "Place" and case_words(t) & {"à", "en", "dans", "au", "aux"}:
                out.append(self.entity_filler(t, key))
        return out

    def where_relative(self, token: Token) -> list[Filler]:
        """'son entrepôt de Niort, où il compte engager vingt caristes', 'à Colmar, où le débrayage
        continue': an event in a relative clause opened by 'où' happens at its antecedent, a
        place or a site with its place ('l'année où il a été licencié' is a time: no place)."""
        clause = token.head if is_nominal(token) else token

        def where_of(verb: Token) -> Token | None:
            return next((c for c in children(verb) if c.lower_ == "où" and c.i < verb.i), None)
        while where_of(clause) is None and clause.dep_ in ("xcomp", "ccomp") and clause.head.i != clause.i:
            clause = clause.head  # 'où il compte engager': the relative clause's own verb
        where = where_of(clause)
        if where is None or clause.dep_ not in ("acl:relcl", "advcl", "ccomp"):
            return []
        # the antecedent, or the noun right before 'où' where the parser hung the clause elsewhere
        before = next((t for t in reversed(self.doc[max(0, where.i - 3):where.i]) if t.pos_ in ("NOUN", "PROPN")), None)
        for antecedent in ([clause.head] if clause.dep_ == "acl:relcl" else []) + ([before] if before is not None else []):
            key = self.token_entity.get(antecedent.i)
            if key and self.entities[key].type == "Place":
                return [self.located_before(antecedent) or self.entity_filler(antecedent, key)]
            if fold(antecedent.lemma_) in self.site_words:
                for c in children(antecedent):
                    key = self.token_entity.get(c.i)
                    if c.dep_ == "nmod" and key and self.entities[key].type == "Place":
                        return [self.entity_filler(c, key)]
        return []

    def located_before(self, place: Token) -> Filler | None:
        """'son usine de Brno, en Tchéquie, où ...': a place after 'en', 'au' or 'aux' set off by a comma
        only says where the place named right before it lies; that one is the more precise."""
        start = place.left_edge.i
        while start < place.i and self.doc[start].is_punct:
            start += 1  # (the comma before it, when the parser hung it on the place)
        if not case_words(place) & {"en", "au", "aux"} or start < 2 or self.doc[start - 1].text != ",":
            return None
        key = self.token_entity.get(start - 2)
        if key is None or key == self.token_entity.get(place.i) or self.entities[key].type != "Place":
            return None
        first = start - 2
        while first > 0 and self.token_entity.get(first - 1) == key:
            first -= 1
        return self.entity_filler(self.doc[first], key)

    def there(self, token: Token) -> list[Filler]:
        """'Les salles du musée X resteront fermées samedi. Les agents y observeront une grève': the
        clitic 'y' on the event's verb (or on the verb that carries an event noun) stands for the
        place named last, in its sentence or the one before: a place, or a body named after a
        site ('le musée X', 'l'usine Y'). ('Ils y ont renoncé' names no place before: nothing.)"""
        verb = token.head if is_nominal(token) else token
        clitic = next((c for c in children(verb) if c.lower_ == "y" and c.pos_ == "PRON"), None)
        if clitic is None:
            return []
        here = self.sentence_of(clitic.idx + self.offset)
        for i in range(clitic.i - 1, -1, -1):
            t = self.doc[i]
            if here - self.sentence_of(t.idx + self.offset) > 1:
                break
            key = self.token_entity.get(i)
            if key is None and t.pos_ == "NOUN" and fold(t.lemma_) in self.site_words and t.i != verb.i:
                # 'Le climat est tendu dans l'entrepôt. Les caristes y ont débrayé': the site said last
                return self.site_named_before(t)
            if key is None or self.token_entity.get(i - 1) == key:
                continue  # a name once, from its first word
            entity = self.entities[key]
            words = fold(entity.label).split()
            if entity.type == "Place" or entity.type == "Organization" and words and words[0] in self.site_words:
                return [self.entity_filler(t, key)]
        return []

    def venue_places(self, token: Token) -> list[Filler]:
        """'a porté sa demande devant le conseil des prud'hommes de Vannes', 'a cité X devant la cour
        d'appel de Douai', 'a saisi le tribunal de Colmar': the court an act is brought before
        (``kgl:courtWords``, after 'devant', or the object of the verb) is where it happens: the
        place its name gives, else the court named ('devant le juge', with no name, is no
        place)."""
        courts = self.lexicon.folded("courtWords")
        # ('a saisi le tribunal de Colmar': the court taken to, the verb's object)
        seized = [c for c in children(token) if c.dep_ == "obj" and fold(c.lemma_) in courts] \
            if not is_nominal(token) else []
        if not self._before_a_court() and not seized:
            return []
        stages = self.lexicon.folded("courtStageWords")
        hosts = [token] + [c for c in children(token) if c.dep_ == "nmod" and c.i > token.i
                           or fold(c.lower_) in stages]  # ('a assigné X en appel, devant la cour de Y')
        if token.dep_ in ("obj", "obl", "obl:arg") and token.head.pos_ in ("VERB", "AUX"):
            hosts.append(token.head)  # ('a déposé un recours devant le tribunal', hung on the verb)
        for court in seized + (self._venues(hosts, courts) if self._before_a_court() else []):
            stack, own = [court], None
            while stack:
                t = stack.pop()
                key = self.token_entity.get(t.i)
                if key and self.entities[key].type == "Place":
                    return [self.entity_filler(t, key)]
                if key and own is None and self.entities[key].type == "Organization" and t.i == court.i:
                    own = self.entity_filler(t, key)
                stack.extend(c for c in children(t) if c.dep_ in ("nmod", "flat:name", "appos"))
            if own is not None:
                # ('le conseil des prud'hommes de Colmar', one name: the town inside it is a place of its own)
                words = [fold(w) for w in own.label.split()]
                town = next(((k, e) for k, e in self.entities.items() if e.type == "Place"
                             and fold(e.label).split() == words[len(words) - len(e.label.split()):]
                             and len(e.label.split()) < len(words)), None)
                if town is not None:
                    return [Filler(town[1].label, entity=town[0], span=own.span, head=town[0])]
            if own is not None and any(w[:1].isupper() for w in own.label.split()[1:]):
                return [own]
        return []

    def sentence_places(self, token: Token, taken: set[str]) -> list[Filler]:
        """'À Lyon, les éboueurs ont cessé le travail', 'Le groupe, implanté à Brive, supprime 40
        postes': with no place of its own or of its parties, an event happens at the place its
        sentence names after a preposition of place, the nearest to its word ('le champion de
        France', with 'de', names an origin; a party's own name is no place)."""
        here = self.sentence_of(token.idx + self.offset)
        places = [(i, key) for i, key, sentence in self._located_places() if sentence == here and key not in taken]
        if not places:
            return []
        # ('Le syndicat, qui a son siège à Lyon, appelle à la grève': what a relative clause says is
        # the antecedent's, not the event's)
        sent = token.sent
        apart = {t.i for r in sent if r.dep_ == "acl:relcl" and not r.is_ancestor(token) and r.i != token.i
                 for t in r.subtree}
        best = min(((abs(i - token.i), i, key) for i, key in places if i not in apart and sent.start <= i < sent.end),
                   default=None)
        return [self.entity_filler(self.doc[best[1]], best[2])] if best else []

    def place_of_y(self, token: Token, taken: set[str]) -> list[Filler]:
        """'La scierie de X tourne au ralenti. Les grutiers y débrayent depuis lundi': the clitic 'y' on the
        verb stands for the place the sentence before names first."""
        if not any(c.lower_ == "y" and c.pos_ == "PRON" for c in children(token)):
            return []
        here = self.sentence_of(token.idx + self.offset)
        for i in sorted(self.token_entity):
            key = self.token_entity[i]
            if (self.entities[key].type == "Place" and key not in taken and self.token_entity.get(i - 1) != key
                    and self.sentence_of(self.doc[i].idx + self.offset) == here - 1):
                return [self.entity_filler(self.doc[i], key)]
        return []

    def _located_places(self) -> list[tuple[int, str, int]]:
        """The places the document names after a preposition of place: the first word of each, its
        entity and its sentence (read once per document)."""
        found = getattr(self, "_located", None)
        if found is None:
            found = self._located = []
            for i in sorted(self.token_entity):
                key = self.token_entity[i]
                if self.entities[key].type != "Place" or self.token_entity.get(i - 1) == key:
                    continue
                t = self.doc[i]
                if case_words(t) & {"à", "au", "aux", "en", "dans"} or self._heads_a_line(t, key):
                    found.append((i, key, self.sentence_of(t.idx + self.offset)))
        return found

    def _heads_a_line(self, t: Token, key: str) -> bool:
        """'Tarlon : les éboueurs débraient', 'VERNAC – Le groupe ...': a place that opens
        a line before a colon or a dash, or a dispatch's dateline ('Genève (ATS) -'), is where the
        story happens, as if after 'à'."""
        if t.i in dateline_places(self.doc):
            return True
        if not (t.i == 0 or "\n" in self.doc[t.i - 1].whitespace_ or self.doc[t.i - 1].text == "\n"):
            return False
        end = t.i
        while end + 1 < len(self.doc) and self.token_entity.get(end + 1) == key:
            end += 1
        return end + 1 < len(self.doc) and self.doc[end + 1].text in (":", "–", "—", "-")

    def _before_a_court(self) -> bool:
        """Whether the document has 'devant' at all (read once): most name no court."""
        found = getattr(self, "_devant", None)
        if found is None:
            found = self._devant = "devant" in doc_text(self.doc).lower()
        return found

    def lead_places(self, taken: set[str], datelined_only: bool = False) -> list[Filler]:
        """'À Lorient, la grève des dockers entre dans sa deuxième semaine. [...] Les grévistes
        réclament ...': a strike is a local event, and news tells where it happens in its lead;
        with no place of its own, of its parties or of its sentence, a strike happens at the first
        place the headline or the first two sentences name after a preposition of place (asked of
        strikes only: a layoff or an offer is a company's, wherever the story opens). A place that only
        opens a line ('Vernac : ...', a dateline) is the fallback: the lead's 'à X' is more precise; and
        of those, a dispatch's dateline, where the story is told from, before the place a headline opens
        with ('Pays : les dockers de la ville ...' files the story under a wider place).
        ``datelined_only``: the dispatch's dateline alone, for events that happen at a site or a
        meeting ('ANVERS – La taillerie X licencie ...'), not the lead's other places."""
        datelined, headed = [], []
        for i, key, sentence in self._located_places():
            if sentence > 2:
                break
            t = self.doc[i]
            # (not in a relative clause: 'le syndicat, qui a son siège à Lyon' says where the union sits)
            if key not in taken and not any(a.dep_ == "acl:relcl" for a in t.ancestors):
                if case_words(t) & {"à", "au", "aux", "en", "dans"} and not datelined_only:
                    return [self.entity_filler(t, key)]
                if i in dateline_places(self.doc):
                    datelined = datelined or [self.entity_filler(t, key)]
                else:
                    headed = headed or [self.entity_filler(t, key)]
        return datelined if datelined_only else datelined or headed

    def before_venue(self, token: Token, words: frozenset[str]) -> bool:
        """'obtenu (hier) devant la cour d'appel': a complement after 'devant' headed by one of
        ``words``, on the word itself or on a date or an object the parser hung it on."""
        if self._venues([token], words):
            return True
        # 'a assigné la société en référé', 'poursuit son employeur en justice', 'a gagné en appel': the
        # stage of a case after 'en' stands for the court the case is before
        stages = self.lexicon.folded("courtStageWords")
        hosts = [token, *(c for c in children(token) if c.dep_ == "obj")]
        # (the parser takes 'en référé' for a gerund: the word as written, with 'en' as its marker)
        return any(fold(c.lower_) in stages and [k.lower_ for k in children(c) if k.i < c.i] == ["en"]
                   for h in hosts for c in children(h))

    def _venues(self, hosts: list[Token], words: frozenset[str]) -> list[Token]:
        """The complements after 'devant' headed by one of ``words``, on the ``hosts`` or on a date or
        an object of theirs ('contester la sanction devant le Conseil d'État', with the venue hung on
        'sanction'): where the parser hangs a venue of the verb."""
        near = [c for h in hosts for c in children(h)]
        near += [g for c in near if fold(c.lemma_) in self.time_words or c.dep_ == "obj" for g in children(c)]
        # ('contester son licenciement aux prud'hommes': a court 'à' puts a case before, kgl:courtAtWords)
        at = self.lexicon.folded("courtAtWords")
        return [c for c in near if fold(c.lemma_) in words and (
            "devant" in case_words(c) or case_words(c) & {"à", "au", "aux"} and fold(c.lemma_) in at)]

    def participant_places(self, token: Token) -> list[Filler]:
        """'les dockers du port de Marseille ont cessé le travail', 'les 212 salariés du site de
        X seront licenciés': with no place of its own, the event happens where those who do it,
        or the people it happens to, are said to be from, a noun or two down their phrase."""
        # those it happens to count when they are people: 'supprimer les postes de l'usine de X' names
        # where the jobs were, not a place of the cut
        parts = [c for c in children(token) if c.dep_ == "nsubj"
                 or c.dep_ in ("nsubj:pass", "obj") and self.animate_token(c)]
        carrier = token.head if is_nominal(token) and token.dep_ in ("obj", "obl", "obl:arg") else None
        if carrier is not None and carrier.pos_ in ("VERB", "AUX"):
            parts += [c for c in children(carrier) if c.dep_ == "nsubj"]  # 'les dockers ont fait grève'
        parts += [g for p in parts for g in children(p) if g.dep_ == "conj"]
        out: list[Filler] = []
        stack = [(c, 1) for p in parts for c in children(p) if c.dep_ == "nmod"
                 and case_words(c) & {"de", "d'", "du", "des", "à", "au", "aux", "en"}]
        # ('l'usine X, à Brive, a fermé': the place of the name apposed to them)
        stack += [(g, 2) for p in parts for c in children(p) if c.dep_ == "appos" for g in children(c)
                  if g.dep_ == "nmod" and case_words(g) & {"à", "au", "aux", "en"}]
        while stack:
            t, depth = stack.pop()
            key = self.token_entity.get(t.i)
            if key and self.entities[key].type == "Place":
                if all(f.entity != key for f in out):
                    out.append(self.entity_filler(t, key))
            elif depth < 3:
                stack.extend((c, depth + 1) for c in children(t) if c.dep_ in ("nmod", "appos", "flat:name"))
        return out

