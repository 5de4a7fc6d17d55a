"""Reading documents: the date header, the files kg refuses and the order it reads them in."""

from __future__ import annotations

import pytest

from kg.documents import document_paths, parse_document, read_document, read_documents
from kg.errors import InputError
from kg.nlp import normalise


def test_date_header_gives_date_and_body_start():
    text = "date 2023-07 Face à la grève, Netflix propose un job."
    doc = parse_document(text, "x")
    assert doc.date == "2023-07"
    assert doc.text == text  # the header stays, so offsets point into the file
    assert text[doc.body_start:] == "Face à la grève, Netflix propose un job."


@pytest.mark.parametrize("header, date", [
    ("date: 2023-07-14\n", "2023-07-14"),
    (" date 2023 ", "2023"),
    ("date 2023-07\n\n", "2023-07"),
])
def test_date_header_forms(header, date):
    doc = parse_document(header + "Titre.", "x")
    assert doc.date == date
    assert doc.text[doc.body_start:].strip() == "Titre."


def test_no_header_no_date():
    doc = parse_document("La date 2023-07 est dans le texte.", "x")
    assert (doc.date, doc.body_start) == (None, 0)


def test_read_document_id_is_the_stem(tmp_path):
    path = tmp_path / "article-1.txt"
    path.write_text("date 2023-07 Netflix propose un job.", encoding="utf-8")
    doc = read_document(path)
    assert (doc.id, doc.path, doc.date) == ("article-1", path, "2023-07")


def test_utf8_bom_stays_so_that_offsets_slice_the_file(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffdate 2023-07 Texte.".encode("utf-8"))
    doc = read_document(path)
    assert doc.date == "2023-07"
    assert doc.text == path.read_bytes().decode("utf-8")  # the file as it is on disk, BOM included
    assert doc.text[doc.body_start:] == "Texte."
    bare = tmp_path / "bare.txt"
    bare.write_bytes("\ufeffNetflix recrute.".encode("utf-8"))
    doc = read_document(bare)
    assert (doc.date, doc.text[doc.body_start:]) == (None, "Netflix recrute.")
    assert doc.text.index("Netflix") == 1


@pytest.mark.parametrize("header", ["date 2023-13", "date 2023-00", "date: 2023-02-30", "date 2023-04-31"])
def test_an_impossible_date_is_refused_naming_the_file(tmp_path, header):
    path = tmp_path / "bad-date.txt"
    path.write_text(f"{header} Netflix recrute.", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_documents([path])
    assert str(path) in str(err.value) and header.split()[-1] in str(err.value)
    assert err.value.exit_code == 2


def test_a_leap_day_is_a_date(tmp_path):
    path = tmp_path / "leap.txt"
    path.write_text("date 2024-02-29 Texte.", encoding="utf-8")
    assert read_document(path).date == "2024-02-29"


def test_survey_checks_every_file_and_keeps_no_text(tmp_path):
    from kg.documents import survey

    (tmp_path / "a.txt").write_text("date 2023-07 Texte a.", encoding="utf-8")
    (tmp_path / "m b#1.txt").write_text("Texte b.", encoding="utf-8")
    sources = survey([tmp_path])
    assert [(s.id, s.chars) for s in sources] == [("a", 21), ("m b#1", 8)]
    assert len({s.digest for s in sources}) == 2
    (tmp_path / "z.txt").write_bytes("é".encode("latin-1"))
    with pytest.raises(InputError, match="z.txt"):
        survey([tmp_path])


def _missing(tmp_path):
    return tmp_path / "nowhere.txt"


def _empty_dir(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.md").write_text("pas un article", encoding="utf-8")
    return folder


def _latin1(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("La grève à Hollywood".encode("latin-1"))
    return path


def _empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\t\n", encoding="utf-8")
    return path


def _binary(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    return path


@pytest.mark.parametrize("make, why", [
    (_missing, "no such file"),
    (_empty_dir, "no .txt"),
    (_latin1, "not UTF-8"),
    (_empty, "empty"),
    (_binary, "binary"),
])
def test_bad_inputs_raise_input_error_naming_the_file(tmp_path, make, why):
    path = make(tmp_path)
    with pytest.raises(InputError) as err:
        read_documents([path])
    assert str(path) in str(err.value)
    assert why in str(err.value)
    assert err.value.exit_code == 2


def test_one_bad_file_stops_the_whole_read(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("Un bon article.", encoding="utf-8")
    with pytest.raises(InputError, match="latin1.txt"):
        read_documents([good, _latin1(tmp_path)])


def test_folder_expansion_is_sorted_and_recursive(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/0.txt", "z.md"]:
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(f"Article {name}.", encoding="utf-8")
    paths = list(document_paths([tmp_path]))
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == ["a.txt", "b.txt", "sub/0.txt", "sub/c.txt"]
    assert [d.id for d in read_documents([tmp_path])] == ["a", "b", "0", "c"]


def test_files_named_directly_keep_their_order(tmp_path):
    for name in ["a.txt", "b.txt"]:
        (tmp_path / name).write_text("Texte.", encoding="utf-8")
    assert [d.id for d in read_documents([tmp_path / "b.txt", tmp_path / "a.txt"])] == ["b", "a"]


def test_two_files_with_one_id_are_refused(tmp_path):
    for folder in ["one", "two"]:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text("Texte.", encoding="utf-8")
    with pytest.raises(InputError, match="same"):
        read_documents([tmp_path / "one", tmp_path / "two"])


def test_normalise_keeps_length_and_offsets():
    text = "l\u2019IA \u00ab\u00a0ok\u00a0\u00bb \u2014 900\u202f000\u00a0$ \u201cstreaming\u201d \u2018x\u2019 SAG\u2013AFTRA"
    out = normalise(text)
    assert len(out) == len(text)
    assert out == "l'IA \" ok \" - 900 000 $ \"streaming\" 'x' SAG-AFTRA"
    # every other character is left as it is
    for a, b in zip(text, out):
        assert a == b or (ord(a) > 127 and ord(b) < 128)


def test_normalise_leaves_plain_french_alone():
    text = "Été à Noël : déjà œuvré, ça coûte 12,5 € !"
    assert normalise(text) == text


@pytest.mark.slow
def test_a_file_too_long_for_the_parser_is_refused_by_name(nlp, tmp_path):
    from kg.documents import read_document
    from kg.nlp import parse

    path = tmp_path / "annuaire.txt"
    path.write_text("Netflix recrute. " * (nlp.max_length // 17 + 1), encoding="utf-8")
    with pytest.raises(InputError) as err:
        parse(read_document(path), nlp)
    assert "annuaire.txt" in str(err.value) and "split it" in str(err.value)


def test_a_file_named_twice_is_read_once_and_two_files_with_one_name_are_refused(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Texte.", encoding="utf-8")
    assert [d.id for d in read_documents([tmp_path / "a", tmp_path / "a" / "x.txt"])] == ["x"]
    (tmp_path / "b" / "x.txt").write_text("Autre.", encoding="utf-8")
    with pytest.raises(InputError, match="same name 'x'"):
        read_documents([tmp_path / "a", tmp_path / "b"])


def test_a_symbolic_link_loop_is_refused_by_name(tmp_path):
    from kg.documents import survey

    loop = tmp_path / "self.txt"
    loop.symlink_to(loop)
    with pytest.raises(InputError, match="self.txt.*leads back to itself"):
        survey([loop])
    (tmp_path / "a.txt").write_text("Netflix recrute.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Disney recrute.", encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to(tmp_path)  # a folder loop: every article once
    assert [s.id for s in survey([tmp_path / "a.txt", tmp_path / "sub"])] == ["a", "b"]
