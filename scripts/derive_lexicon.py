#!/usr/bin/env python3
"""Derive kg lexicon entries from Verb∋Net: writes ``ontology/lexicon-verbenet.ttl``.

kg's hand lexicon (``ontology/lexicon.ttl``) was grown from a few articles. This script
grows more entries from a real resource instead: Verb∋Net, the French VerbNet
(PyPI ``verbenet``, CC-BY-SA-4.0), read through the choices written down in
``ontology/verbnet-map.ttl`` (which classes evoke which kg event, which members do not,
how thematic roles map to kg roles, which nouns derive from which verbs).

Usage (from the project folder; re-running it gives the same file)::

    pip install -e '.[derive]'              # or: pip install verbenet==1.0.0
    python scripts/derive_lexicon.py         # writes ontology/lexicon-verbenet.ttl
    python scripts/derive_lexicon.py --check # exit 1 if that file is not up to date

It stops (exit 2) rather than writing a doubtful file when:

* a mapped class does not exist, or a member or exclusion is not in its class;
* a member of a mapped class is neither a member nor excluded in one of the class's
  mappings (a new Verb∋Net release must be read before its verbs are used);
* a thematic role of the class has no kg role in the mapping;
* in a transitive Verb∋Net frame of the class, the subject's or the object's kg role
  disagrees with what the chosen kg frame gives ``nsubj`` or ``obj``;
* a frame or word list named by the mapping is defined nowhere;
* one derived word would evoke two different event classes.

Words the hand lexicon already lists with the same part of speech are left out: the
hand entry, with its conditions, stays the only one. Derived entries get
``kg:priority 0`` so that a hand entry wins wherever both could match.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
KG = "https://w3id.org/kg-news/ontology#"
KGL = "https://w3id.org/kg-news/lexicon#"
KGV = "https://w3id.org/kg-news/verbnet-map#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_COMMENT = "http://www.w3.org/2000/01/rdf-schema#comment"
PREFIXES = {
    KG: "kg:", KGL: "kgl:", KGV: "kgv:",
    "https://schema.org/": "schema:",
    "http://semanticweb.cs.vu.nl/2009/11/sem/": "sem:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://purl.org/dc/terms/": "dcterms:",
}
# Conditions a mapping passes on to its entries; nouns take all but the verb-only ones.
CONDITIONS = ("themeIn", "themeType", "requiresAmount", "notPast", "reporting", "defaultStatus")
VERB_ONLY = ("notPast", "reporting")
NO_ROLE = (KGV + "none", KGV + "amount")


class MappingError(Exception):
    """The mapping file and the Verb∋Net data disagree: nothing is written."""


# ---------------------------------------------------------------- reading Turtle

Node = str  # an IRI, or "_:" + blank node id
Value = "str | ox.Literal"


def read_graph(*paths: Path) -> dict[Node, dict[str, list]]:
    """Subject -> predicate -> objects (IRIs and blank nodes as strings, literals as Literal)."""
    props: dict[Node, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for path in paths:
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            subject = t.subject.value if isinstance(t.subject, ox.NamedNode) else "_:" + t.subject.value
            obj = t.object
            if isinstance(obj, ox.NamedNode):
                value = obj.value
            elif isinstance(obj, ox.BlankNode):
                value = "_:" + obj.value
            else:
                value = obj
            props[subject][t.predicate.value].append(value)
    return props


def text(value) -> str:
    return value.value if isinstance(value, ox.Literal) else value


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


# ---------------------------------------------------------------- Verb∋Net

@dataclass
class VnClass:
    id: str
    members: set[str]          # of the class and its subclasses, pronominal ones left out
    pronominal: set[str]
    roles: set[str]            # thematic roles, inherited ones included
    frames: list[list[dict]]   # syntax of the frames of the class, its ancestors and subclasses


def load_verbenet() -> tuple[str, dict[str, VnClass]]:
    try:
        import verbenet
    except ImportError as err:
        raise MappingError("the verbenet package is missing: pip install verbenet==1.0.0 "
                           "(or pip install -e '.[derive]')") from err
    classes: dict[str, VnClass] = {}

    def visit(c: dict, roles: set[str], frames: list) -> None:
        roles = roles | {r["type"] for r in c["roles"]}
        frames = frames + [f["syntax"] for f in c["frames"]]
        names = [m for s in verbenet.walk(c) for m in s["members"]]
        sub_frames = [f["syntax"] for s in verbenet.walk(c) if s is not c for f in s["frames"]]
        sub_roles = {r["type"] for s in verbenet.walk(c) for r in s["roles"]}
        classes[c["id"]] = VnClass(
            id=c["id"],
            members={m for m in names if " " not in m},
            pronominal={m for m in names if " " in m},
            roles=roles | sub_roles,
            frames=frames + sub_frames,
        )
        for s in c["subclasses"]:
            visit(s, roles, frames)

    for top in verbenet.load():
        visit(top, set(), [])
    return verbenet.__version__, classes


def subject_object(syntax: list[dict]) -> tuple[str | None, str | None]:
    """Thematic roles of the subject and the direct object of one Verb∋Net frame."""
    verb = next((i for i, x in enumerate(syntax) if x["element"] == "VERB"), None)
    if verb is None:
        return None, None
    subj = next((x["role"] for x in syntax[:verb] if x["element"] == "NP"), None)
    after = syntax[verb + 1] if verb + 1 < len(syntax) else None
    obj = after["role"] if after is not None and after["element"] == "NP" else None
    return subj, obj


# ---------------------------------------------------------------- the mapping

@dataclass
class Noun:
    lemma: str
    verb: str
    frame: str
    conditions: dict[str, list]
    comment: str | None = None


@dataclass
class Mapping:
    iri: str
    vn_class: str | None       # None for a standalone nominalisation of a hand verb
    evokes: str
    frame: str | None
    conditions: dict[str, list]
    comment: str
    members: list[str] = field(default_factory=list)
    excluded: dict[str, str] = field(default_factory=dict)  # lemma -> why
    roles: dict[str, str] = field(default_factory=dict)     # thematic role -> kg role IRI
    nouns: list[Noun] = field(default_factory=list)


def conditions_of(p: dict[str, list]) -> dict[str, list]:
    return {name: p[KG + name] for name in CONDITIONS if KG + name in p}


def read_mappings(g: dict[Node, dict[str, list]]) -> list[Mapping]:
    out = []
    for node, p in sorted(g.items()):
        types = p.get(RDF_TYPE, [])
        comment = text(p[RDFS_COMMENT][0]) if RDFS_COMMENT in p else ""
        if KGV + "Mapping" in types:
            m = Mapping(
                iri=node, vn_class=text(p[KGV + "verbnetClass"][0]), evokes=p[KG + "evokes"][0],
                frame=p[KG + "frame"][0], conditions=conditions_of(p), comment=comment,
                members=sorted(text(v) for v in p.get(KGV + "member", [])),
            )
            for ex in p.get(KGV + "exclude", []):
                why = text(g[ex][RDFS_COMMENT][0]) if RDFS_COMMENT in g[ex] else ""
                for lemma in g[ex].get(KGV + "lemma", []):
                    m.excluded[text(lemma)] = why
            for r in p.get(KGV + "role", []):
                m.roles[text(g[r][KGV + "thematicRole"][0])] = g[r][KGV + "kgRole"][0]
            for n in p.get(KGV + "noun", []):
                np_ = g[n]
                own = conditions_of(np_)
                inherited = {k: v for k, v in m.conditions.items() if k not in VERB_ONLY}
                m.nouns.append(Noun(text(np_[KG + "lemma"][0]), text(np_[KGV + "fromVerb"][0]),
                                    np_[KG + "frame"][0], {**inherited, **own},
                                    text(np_[RDFS_COMMENT][0]) if RDFS_COMMENT in np_ else None))
            out.append(m)
        elif KGV + "Nominalisation" in types:
            m = Mapping(iri=node, vn_class=None, evokes=p[KG + "evokes"][0], frame=None,
                        conditions={}, comment=comment)
            m.nouns.append(Noun(text(p[KG + "lemma"][0]), text(p[KGV + "fromVerb"][0]),
                                p[KG + "frame"][0], conditions_of(p)))
            out.append(m)
    return out


def frame_roles(g: dict[Node, dict[str, list]], frame: str, seen: tuple = ()) -> dict[str, str]:
    """Unconditional slots of a kg frame: dependency relation -> role (first slot wins)."""
    if frame in seen or KG + "Frame" not in g.get(frame, {}).get(RDF_TYPE, []):
        raise MappingError(f"frame {local(frame)} is not defined in the lexicon or the mapping file")
    roles: dict[str, str] = {}
    for slot in g[frame].get(KG + "slot", []):
        s = g[slot]
        if any(KG + k in s for k in ("fillerType", "fillerIn", "bare", "case")):
            continue
        for dep in s.get(KG + "dep", []):
            roles.setdefault(text(dep), s[KG + "role"][0])
    for parent in g[frame].get(KG + "extends", []):
        for dep, role in frame_roles(g, parent, seen + (frame,)).items():
            roles.setdefault(dep, role)
    return roles


def hand_lemmas(hand: dict[Node, dict[str, list]]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(pos, lemma) -> [(entry IRI, event class IRI)] of the hand lexicon."""
    out: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node, p in hand.items():
        if KG + "LexicalEntry" in p.get(RDF_TYPE, []):
            pos = text(p[KG + "pos"][0])
            for lemma in p.get(KG + "lemma", []):
                out[(pos, text(lemma).lower())].append((node, p[KG + "evokes"][0]))
    return out


# ---------------------------------------------------------------- checks

def check(mappings: list[Mapping], vn: dict[str, VnClass], g: dict[Node, dict[str, list]],
          hand: dict[tuple[str, str], list[tuple[str, str]]]) -> list[str]:
    """Raise MappingError on a doubtful mapping; return notes worth reading."""
    notes: list[str] = []
    errors: list[str] = []
    accounted: dict[str, set[str]] = defaultdict(set)
    included: dict[str, set[str]] = defaultdict(set)
    excluded: dict[str, set[str]] = defaultdict(set)
    for m in mappings:
        name = local(m.iri)
        for cond in ("themeIn",):
            for wl in m.conditions.get(cond, []) + [c for n in m.nouns for c in n.conditions.get(cond, [])]:
                if KG + "WordList" not in g.get(wl, {}).get(RDF_TYPE, []):
                    errors.append(f"{name}: word list {local(wl)} is defined nowhere")
        for noun in m.nouns:
            frame_roles(g, noun.frame)
        if m.vn_class is None:
            for noun in m.nouns:
                if (m.evokes not in [e for _, e in hand.get(("VERB", noun.verb), [])]):
                    errors.append(f"{name}: the hand lexicon has no verb '{noun.verb}' evoking {local(m.evokes)}")
            continue
        cls = vn.get(m.vn_class)
        if cls is None:
            errors.append(f"{name}: Verb∋Net has no class {m.vn_class}")
            continue
        for lemma in list(m.members) + list(m.excluded):
            if lemma not in cls.members:
                errors.append(f"{name}: '{lemma}' is not a member of {m.vn_class}")
        for noun in m.nouns:
            if noun.verb not in m.members:
                errors.append(f"{name}: noun '{noun.lemma}' derives from '{noun.verb}', which is not a member")
        accounted[m.vn_class] |= set(m.members) | set(m.excluded)
        included[m.vn_class] |= set(m.members)
        excluded[m.vn_class] |= set(m.excluded)
        for role in sorted(cls.roles - set(m.roles)):
            errors.append(f"{name}: thematic role {role} of {m.vn_class} has no kg role (kgv:role)")
        slots = frame_roles(g, m.frame)
        for syntax in cls.frames:
            subj, obj = subject_object(syntax)
            for pos, dep, role in (("subject", "nsubj", subj), ("object", "obj", obj)):
                want = m.roles.get(role) if role else None
                if want is None or want in NO_ROLE:
                    continue
                got = slots.get(dep)
                if got != want:
                    msg = (f"{name}: in a {m.vn_class} frame the {pos} is {role} ({local(want)}), "
                           f"but {local(m.frame)} makes {dep} {local(got) if got else 'nothing'}")
                    (errors if obj is not None else notes).append(msg)
    for cid, seen in accounted.items():
        missing = vn[cid].members - seen
        if missing:
            errors.append(f"{cid}: members neither mapped nor excluded: {', '.join(sorted(missing))}")
        both = included[cid] & excluded[cid]
        if both:
            errors.append(f"{cid}: both mapped and excluded: {', '.join(sorted(both))}")
    if errors:
        raise MappingError("\n".join(errors))
    return notes


# ---------------------------------------------------------------- writing

def term(value) -> str:
    if isinstance(value, ox.Literal):
        dt = value.datatype.value
        if dt.endswith("#boolean") or dt.endswith("#integer"):
            return value.value
        lang = f"@{value.language}" if value.language else ""
        return '"' + value.value.replace("\\", "\\\\").replace('"', '\\"') + '"' + lang
    for ns, prefix in PREFIXES.items():
        if value.startswith(ns) and all(c.isalnum() or c in "_-" for c in value[len(ns):]):
            return prefix + value[len(ns):]
    return f"<{value}>"


def lit(s: str) -> str:
    return term(ox.Literal(s))


def write_resource(g: dict[Node, dict[str, list]], node: Node, indent: str = "    ") -> str:
    """A word list or frame of the mapping file, copied as Turtle (blank-node slots inline)."""
    parts = []
    p = g[node]
    order = sorted(p, key=lambda k: (k != RDF_TYPE, k != RDFS_COMMENT, k))
    for pred in order:
        objs = p[pred]
        if pred == RDF_TYPE:
            parts.append("a " + ", ".join(term(o) for o in objs))
            continue
        rendered = []
        for o in objs:
            if isinstance(o, str) and o.startswith("_:"):
                rendered.append("[ " + write_resource(g, o, indent + "    ").strip().replace("\n" + indent + "    ", " ")
                                + " ]")
            else:
                rendered.append(term(o))
        sep = " ,\n" + indent + "    " if any(r.startswith("[") for r in rendered) else ", "
        lead = "\n" + indent + "    " if sep.startswith(" ,") else " "
        parts.append(term(pred) + lead + sep.join(rendered))
    return (" ;\n" + indent).join(parts)


def entry_name(*words: str) -> str:
    return "kgl:vn-" + "-".join(w.replace(".", "_").replace("'", "") for w in words)


def derive(mappings: list[Mapping], hand: dict[tuple[str, str], list[tuple[str, str]]],
           vn_version: str, drop_hand: bool = True) -> tuple[list[str], dict[str, dict[str, list[str]]]]:
    """Turtle blocks of the derived entries, and per event class the lemmas derived."""
    blocks: list[str] = []
    derived: dict[tuple[str, str], str] = {}  # (pos, lemma) -> event IRI
    counts: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"VERB": [], "NOUN": []})
    errors = []

    def claim(pos: str, lemma: str, event: str, where: str) -> bool:
        if drop_hand and (pos, lemma) in hand:
            return False
        if derived.get((pos, lemma), event) != event:
            errors.append(f"{where}: '{lemma}' would evoke both {local(derived[(pos, lemma)])} and {local(event)}")
        if (pos, lemma) in derived:
            return False
        derived[(pos, lemma)] = event
        counts[local(event)][pos].append(lemma)
        return True

    def conditions(conds: dict[str, list], skip: tuple[str, ...] = ()) -> list[str]:
        return [f"kg:{k} " + ", ".join(term(v) for v in vals) for k, vals in conds.items() if k not in skip]

    for m in sorted(mappings, key=lambda m: (local(m.evokes), m.vn_class or "~", local(m.iri))):
        source = f"Verb∋Net {vn_version} {m.vn_class}" if m.vn_class else None
        verbs = [v for v in m.members if claim("VERB", v, m.evokes, local(m.iri))]
        if verbs:
            lines = [f"{entry_name(local(m.evokes), m.vn_class)} a kg:LexicalEntry",
                     "rdfs:comment " + lit(m.comment) + "@en",
                     "kg:lemma " + ", ".join(lit(v) for v in verbs),
                     f'kg:pos "VERB" ; kg:evokes {term(m.evokes)} ; kg:frame {term(m.frame)}',
                     *conditions(m.conditions),
                     "kg:priority 0",
                     "dcterms:source " + lit(source)]
            blocks.append(" ;\n    ".join(lines) + " .")
        for noun in m.nouns:
            if not claim("NOUN", noun.lemma, m.evokes, local(m.iri)):
                continue
            if m.vn_class:
                src = f"Verb∋Net {vn_version} {m.vn_class}"
                why = f"'{noun.lemma}' is the regular noun of '{noun.verb}' ({m.vn_class} mapped to {local(m.evokes)})."
            else:
                entries = [e for e, ev in hand[("VERB", noun.verb)] if ev == m.evokes]
                src = "kg hand lexicon " + ", ".join(term(e) for e in entries)
                why = f"'{noun.lemma}' is the regular noun of the hand entry's '{noun.verb}'. {m.comment}"
            lines = [f"{entry_name('noun', noun.lemma)} a kg:LexicalEntry",
                     "rdfs:comment " + lit(why) + "@en",
                     "kg:lemma " + lit(noun.lemma),
                     f'kg:pos "NOUN" ; kg:evokes {term(m.evokes)} ; kg:frame {term(noun.frame)}',
                     *conditions(noun.conditions, VERB_ONLY),
                     "kg:priority 0",
                     "kgv:derivedFromVerb " + lit(noun.verb),
                     "dcterms:source " + lit(src)]
            blocks.append(" ;\n    ".join(lines) + " .")
    if errors:
        raise MappingError("\n".join(errors))
    return blocks, counts


HEADER = """\
# GENERATED by scripts/derive_lexicon.py from Verb∋Net {version} and ontology/verbnet-map.ttl:
# do not edit by hand; change the mapping and re-run the script.
#
# Derived from Verb∋Net (https://github.com/aymara/verbenet, PyPI "verbenet"), by Quentin
# Pradet, Laurence Danlos, Gaël de Chalendar, Guy Lapalme and Marie-Claude L'Homme,
# licensed under CC-BY-SA-4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
# This derived data is shared under the same licence, CC-BY-SA-4.0.
#
# Entries in the format of ontology/lexicon.ttl (whose frames and word lists they use;
# kg reads both files together). kg:priority 0: a hand entry wins wherever both match.
# dcterms:source names the Verb∋Net class each entry comes from; a noun says the verb
# it derives from (kgv:derivedFromVerb).
#
# {summary}

@prefix kg:      <https://w3id.org/kg-news/ontology#> .
@prefix kgl:     <https://w3id.org/kg-news/lexicon#> .
@prefix kgv:     <https://w3id.org/kg-news/verbnet-map#> .
@prefix schema:  <https://schema.org/> .
@prefix sem:     <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""


def build(map_path: Path, hand_path: Path, drop_hand: bool = True) -> tuple[str, list[str], dict]:
    version, vn = load_verbenet()
    mapping_graph = read_graph(map_path)
    both = read_graph(hand_path, map_path)
    hand = hand_lemmas(read_graph(hand_path))
    mappings = read_mappings(mapping_graph)
    notes = check(mappings, vn, both, hand)
    blocks, counts = derive(mappings, hand, version, drop_hand)
    # The mapping's own word lists and frames, those the derived entries use.
    helpers = [n for n, p in sorted(mapping_graph.items()) if not n.startswith("_:")
               and {KG + "WordList", KG + "Frame"} & set(p.get(RDF_TYPE, []))
               and any(term(n) in b for b in blocks)]
    summary = "; ".join(f"{ev} {len(c['VERB'])} verbs {len(c['NOUN'])} nouns" for ev, c in sorted(counts.items()))
    out = [HEADER.format(version=version, summary=summary),
           "# ---------------------------------------------------------------- helpers (from ontology/verbnet-map.ttl)\n"]
    out += [f"{term(n)} {write_resource(mapping_graph, n)} .\n" for n in helpers]
    out.append("# ---------------------------------------------------------------- entries\n")
    out += [b + "\n" for b in blocks]
    return "\n".join(out), notes, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--map", type=Path, default=ROOT / "ontology" / "verbnet-map.ttl")
    ap.add_argument("--hand", type=Path, default=ROOT / "ontology" / "lexicon.ttl")
    ap.add_argument("--out", type=Path, default=ROOT / "ontology" / "lexicon-verbenet.ttl")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if --out is not up to date")
    ap.add_argument("--keep-hand-words", action="store_true",
                    help="also write words the hand lexicon lists (to see everything the mapping gives)")
    args = ap.parse_args(argv)
    try:
        turtle, notes, counts = build(args.map, args.hand, drop_hand=not args.keep_hand_words)
    except (MappingError, SyntaxError, OSError) as err:
        print(f"derive_lexicon: {err}", file=sys.stderr)
        return 2
    for note in notes:
        print("note:", note, file=sys.stderr)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != turtle:
            print(f"{args.out} is not up to date: run scripts/derive_lexicon.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(turtle, encoding="utf-8")
    for ev, c in sorted(counts.items()):
        print(f"{ev:14} {len(c['VERB']):3} verbs {len(c['NOUN']):3} nouns  {' '.join(c['VERB'] + c['NOUN'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
