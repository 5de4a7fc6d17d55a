"""Slips of the French parser that no rule should have to work around,
repaired once on the parse before the extraction reads it.

Each repair names the construction it corrects; everything else in the
parse is left as the model gave it.
"""

from __future__ import annotations

from spacy.tokens import Doc


def repair(doc: Doc) -> Doc:
    """The parse with its known slips corrected, in place."""
    if not doc.has_annotation("DEP"):
        return doc
    for token in doc:
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:
            # 'Ce sont nos confrères de X qui l'annoncent : le club a refusé ...': two subjects
            # for one verb, one of them beyond a colon; that one belongs to the clause before it
            for subject in subjects:
                lo, hi = sorted((subject.i, token.i))
                if any(t.text in (":", ";") for t in doc[lo:hi]):
                    subject.dep_ = "dislocated"
    for token in doc:
        noun = token.head
        if (token.dep_ == "acl" and noun.dep_ == "ROOT" and noun.i < token.i and noun.pos_ in ("NOUN", "PROPN")
                and token.morph.get("VerbForm") == ["Inf"] and not token.lower_.endswith(("r", "re"))
                and not any(c.dep_ in ("mark", "case") for c in token.children)):
            # 'Le syndicat négocie avec X' parsed as a noun with an infinitive: no French infinitive
            # ends like 'négocie'; the verb is the root and the noun its subject
            token.head = token
            token.dep_ = "ROOT"
            noun.head = token
            noun.dep_ = "nsubj"
    for token in doc:
        if token.dep_ == "nsubj:pass" and _active(token.head):
            # 'Le fabricant a ensuite rejeté l'offre': a passive subject with no passive
            # auxiliary ('été') or reflexive ('se vend') is the subject of an active verb
            token.dep_ = "nsubj"
        elif (token.dep_ in ("obl:mod", "obl") and _passive(token.head)
              and any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
              and (token.pos_ == "PROPN" or any(c.dep_ == "det" for c in token.children))):
            # 'Les postes ont été supprimés par Vantel': 'par' on a passive names its doer
            # ('par souci d'économie', a bare noun, gives a reason)
            token.dep_ = "obl:agent"
    return doc


def _passive(verb) -> bool:
    return "Pass" in verb.morph.get("Voice") or any(c.dep_ == "aux:pass" for c in verb.children)


def _active(verb) -> bool:
    """A verb in the active voice: no passive auxiliary or passive reflexive, and a
    finite form or the auxiliary 'avoir' (a bare participle may be a passive)."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"aux:pass", "expl:pass"}:
        return False
    finite = "Fin" in verb.morph.get("VerbForm")
    has_avoir = any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children)
    return finite or has_avoir
