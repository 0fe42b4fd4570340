"""Extraction on real PDFs generated here, on bad PDFs, and on text files."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from pipeline.decks import Slide, write_deck
from pipeline.extract import extract
from pipeline.extract.txt import split_pages
from pipeline.process import ProcessConfig, process_file

from .conftest import SAMPLE

SLIDES = [
    Slide("Zażółć gęślą jaźń", ["Pierwszy punkt: łąka i źródło", "Drugi punkt z długim tekstem, który zawija się na drugą linię, bo jest naprawdę bardzo długi"]),
    Slide("Współpraca w regionie", ["Francja i Niemcy"], body="Tekst ciągły na końcu slajdu."),
]


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "deck.pdf", SLIDES)


BACKENDS = pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])


@BACKENDS
def test_pdf_pages_titles_bullets_positions(deck, backend):
    doc = process_file(deck, ProcessConfig(backend=backend))
    assert doc.stages[0].summary["backend"] == backend
    assert doc.status.value == "ok"
    assert [p.title for p in doc.pages] == ["Zażółć gęślą jaźń", "Współpraca w regionie"]
    p1 = doc.pages[0]
    assert [b.kind for b in p1.blocks] == ["title", "bullet", "bullet"]
    assert p1.blocks[1].text == "Pierwszy punkt: łąka i źródło"
    assert " ".join(p1.blocks[2].text.split()) == SLIDES[0].bullets[1]
    assert all(b.bbox is not None and b.bbox.x1 > b.bbox.x0 for b in p1.blocks)
    assert p1.blocks[0].size and p1.blocks[1].size and p1.blocks[0].size > p1.blocks[1].size
    p2 = doc.pages[1]
    assert [b.kind for b in p2.blocks] == ["title", "bullet", "body"]
    assert p2.blocks[2].text == "Tekst ciągły na końcu slajdu."
    # clean deck: nothing to repair, text identical to the source
    assert doc.repairs == []
    for p in doc.pages:
        assert doc.text[p.start : p.end] == p.text
        for b in p.blocks:
            assert doc.text[b.start : b.end] == b.text


@BACKENDS
def test_encrypted_pdf_is_reported(deck, tmp_path, backend):
    pikepdf = pytest.importorskip("pikepdf")
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(deck) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(user="secret", owner="secret"))
        pdf.save(tmp_path / "owner-only.pdf", encryption=pikepdf.Encryption(user="", owner="secret"))
    doc = process_file(locked, ProcessConfig(backend=backend))
    assert doc.status.value == "failed"
    assert [e.code for e in doc.errors] == ["pdf.encrypted"]
    # an owner password alone restricts printing or copying, not reading: it opens
    doc = process_file(tmp_path / "owner-only.pdf", ProcessConfig(backend=backend))
    assert doc.status.value == "ok" and doc.pages[0].title == SLIDES[0].title


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", "pdf.corrupt"), (b"this is not a pdf at all", "pdf.corrupt"), (b"%PDF-1.4\n1 0 obj\n<<", "pdf.corrupt")],
    ids=["empty", "not-a-pdf", "truncated"],
)
@BACKENDS
def test_bad_pdfs_fail_with_reason(tmp_path, content, code, backend):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(content)
    doc = process_file(bad, ProcessConfig(backend=backend))
    assert doc.status.value == "failed"
    assert doc.errors and doc.errors[0].code == code
    assert doc.errors[0].message


@BACKENDS
def test_image_only_pdf_needs_ocr(tmp_path, backend):
    from reportlab.pdfgen import canvas

    path = tmp_path / "image.pdf"
    c = canvas.Canvas(str(path), pagesize=(400, 300))
    c.rect(50, 50, 200, 100, fill=1)  # a drawing, no text
    c.showPage()
    c.save()
    doc = process_file(path, ProcessConfig(backend=backend))
    assert doc.status.value == "failed"
    assert any(w.code == "page.no_text" for w in doc.warnings)
    assert any(e.code == "doc.no_text" for e in doc.errors)


def test_txt_pages_split_on_blank_runs():
    text = SAMPLE.read_text(encoding="utf-8")
    spans = split_pages(text)
    assert len(spans) == 7
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))  # contiguous: nothing lost


def test_txt_form_feeds_are_pages(tmp_path):
    p = tmp_path / "ff.txt"
    p.write_text("Slajd pierwszy\fSlajd drugi\n\n\n\nwciąż drugi", encoding="utf-8")
    doc = extract(p)
    assert [doc.text[pg.start : pg.end] for pg in doc.pages] == ["Slajd pierwszy", "Slajd drugi\n\n\n\nwciąż drugi"]


def test_txt_cp1250_and_binary(tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Zażółć gęślą jaźń".encode("cp1250"))
    doc = extract(legacy)
    assert doc.text == "Zażółć gęślą jaźń"
    assert [w.code for w in doc.warnings] == ["txt.cp1250"]
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    assert [e.code for e in extract(binary).errors] == ["txt.binary"]


def test_sample_structure():
    doc = process_file(SAMPLE)
    assert doc.status.value == "ok" and len(doc.pages) == 7
    page3 = doc.pages[2]
    assert page3.title == "Korzyści dla firm:"
    bullets = [b.text for b in page3.blocks if b.kind == "bullet"]
    assert len(bullets) == 4 and bullets[0].startswith("duże zasoby")
    assert doc.pages[3].title == "KLASTRY w Europie i Ameryce Północnej"
    for p in doc.pages:
        assert doc.raw_text[p.raw_start : p.raw_end] == p.raw_text


@pytest.mark.parametrize(
    ("line", "bullet"),
    [("• punkt", True), ("- punkt", True), ("\uf0b7\tpunkt", True), ("-5% rocznie", False), ("*ważne*", False), ("Tekst", False)],
)
def test_bullet_lines(line, bullet):
    from pipeline.extract.pdf import is_bullet_line

    assert is_bullet_line(line) is bullet


def _image_deck(path: Path, lines: list[str]) -> Path:
    """A one-page PDF whose only content is a picture of Polish text (no text layer)."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    from pipeline.decks import _font_file

    img = Image.new("RGB", (2000, 1125), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(_font_file("DejaVuSans.ttf")), 64)
    for k, line in enumerate(lines):
        draw.text((120, 150 + k * 130), line, fill="black", font=font)
    c = canvas.Canvas(str(path), pagesize=(960, 540))
    c.drawImage(ImageReader(img), 0, 0, width=960, height=540)
    c.showPage()
    c.save()
    return path


def test_image_only_page_is_read_by_ocr_or_flagged(tmp_path):
    import os

    from pipeline.extract.ocr import tesseract_languages

    lines = ["Współpraca klastrów w regionie", "Łatwiejszy dostęp do rynków zbytu"]
    doc = process_file(_image_deck(tmp_path / "scan.pdf", lines))
    page = doc.pages[0] if doc.pages else None
    if tesseract_languages() is None:
        if os.environ.get("PIPELINE_REQUIRE_OCR"):
            pytest.fail("Tesseract is required (PIPELINE_REQUIRE_OCR is set): apt-get install tesseract-ocr tesseract-ocr-pol")
        assert doc.status.value == "failed" and any(w.code == "page.no_text" and "tesseract" in w.message for w in doc.warnings)
        return
    assert doc.status.value == "ok", doc.errors
    assert page is not None and page.quality.ocr and page.quality.backend == "ocr" and not page.quality.needs_ocr
    words = set(page.text.split())
    assert {"Współpraca", "klastrów", "regionie", "Łatwiejszy", "dostęp", "rynków", "zbytu"} <= words
    assert any(w.code == "page.ocr" for w in doc.warnings)
    assert all(b.bbox is not None for b in page.blocks)
    # without OCR the same page is flagged, never silently empty
    flagged = process_file(tmp_path / "scan.pdf", ProcessConfig(ocr=False))
    assert flagged.status.value == "failed" and flagged.pages[0].quality.needs_ocr


def test_page_quality_counts_damage_and_repairs():
    doc = process_file(SAMPLE)
    q = doc.pages[2].quality
    assert q.backend == "text" and q.damage["lost_glyph"] > 10
    assert sum(q.repairs.values()) == len([r for r in doc.repairs if r.page == 3])


def test_repeated_banner_is_marked_not_glued_to_a_bullet():
    doc = process_file(SAMPLE)
    last = doc.pages[-1]
    banner = [b for b in last.blocks if b.repeated]
    assert [b.text for b in banner] == ["SIXTH FRAMEWORK PROGRAMME"]
    assert not any("SIXTH" in b.text for b in last.blocks if b.kind == "bullet")
    assert all(p.title is None or "SIXTH" not in p.title for p in doc.pages)


def test_repeated_lines_rules():
    from pipeline.structure import repeated_lines

    pages = [f"Tytuł {n}\ntreść slajdu numer {n}\n© 2008 Agencja Rozwoju" for n in range(4)]
    pages += ["Wnioski końcowe\npierwsza część", "Wnioski końcowe\ndruga część"]
    rep = repeated_lines(pages)
    assert "© 2008 agencja rozwoju" in rep  # a footer on most slides
    assert "wnioski końcowe" not in rep  # a title continued on the next slide


def _strip_tounicode(src: Path, dst: Path) -> Path:
    pikepdf = pytest.importorskip("pikepdf")
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            for _name, font in page.Resources.Font.items():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]
                for desc in font.get("/DescendantFonts", []):
                    if "/ToUnicode" in desc:
                        del desc["/ToUnicode"]
        pdf.save(dst)
    return dst


@BACKENDS
@pytest.mark.parametrize("name", ["klastry_podlasie", "fundusze_ue"])
def test_deck_without_tounicode_comes_back_word_for_word(tmp_path, name, backend):
    """Every Polish letter (and the bullet) of a font without a ToUnicode map comes out
    as a raw code; each (font, code) becomes a placeholder and the repair learns its letter.
    (bench/broken_fonts.py measures this on many generated decks.)"""
    from pipeline.decks import SAMPLE_DECKS

    slides = SAMPLE_DECKS[name]
    clean = write_deck(tmp_path / "clean.pdf", slides)
    broken = _strip_tounicode(clean, tmp_path / "broken.pdf")
    raw = extract(broken, backend)
    assert raw.placeholders and not any(c in raw.text for c in "ąęłóśżźćń")  # really broken
    assert "(cid:" not in raw.text
    expected = process_file(clean, ProcessConfig(backend=backend))
    got = process_file(broken, ProcessConfig(backend=backend))
    assert got.text == expected.text
    assert [b.kind for p in got.pages for b in p.blocks] == [b.kind for p in expected.pages for b in p.blocks]
    assert got.pages[0].quality.damage["placeholder"] > 0
    assert got.repairs and all(r.before and r.after for r in got.repairs)


@BACKENDS
def test_shadow_text_once_and_hyphenation_joined(tmp_path, backend):
    """Text drawn twice for a shadow comes out once; a word hyphenated at a line end is
    joined (PDFium marks such hyphens, pdfplumber keeps them: same result)."""
    from reportlab.pdfgen import canvas

    from pipeline.decks import _register_fonts

    bold, regular = _register_fonts()
    path = tmp_path / "shadow.pdf"
    c = canvas.Canvas(str(path), pagesize=(960, 540))
    c.setFont(bold, 30)
    c.setFillGray(0.6)
    c.drawString(61, 449, "Współpraca w regionie")  # the shadow
    c.setFillGray(0)
    c.drawString(60, 450, "Współpraca w regionie")
    c.setFont(regular, 18)
    c.drawString(60, 380, "Wsparcie dla przed-")
    c.drawString(60, 358, "siębiorstw i projekty badawczo-")
    c.drawString(60, 336, "rozwojowe w regionie")
    c.showPage()
    c.save()
    doc = process_file(path, ProcessConfig(backend=backend))
    assert doc.pages[0].title == "Współpraca w regionie"
    assert "Wsparcie dla przedsiębiorstw i projekty badawczo-\nrozwojowe w regionie" in doc.text
    assert [r.method for r in doc.repairs] == ["hyphen.join"]


@BACKENDS
def test_glyph_names_give_letters_without_tounicode(tmp_path, backend):
    """A font with no ToUnicode map whose encoding names its glyphs (/aogonek, /lslash):
    the font's own information gives the letters; nothing is left for the repair to guess."""
    from .badfiles import text_page

    content = b"BT /F1 24 Tf 50 100 Td (Wsp\x80\x81praca w regionie) Tj 0 -30 Td (Urz\x82d \x81\x82czy \x83ywno\x84\x85) Tj ET"
    differences = b"[128 /oacute /lslash /aogonek /zdotaccent /sacute /cacute]"
    (tmp_path / "names.pdf").write_bytes(
        text_page(content, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences " + differences + b" >> >>", size=(400, 200))
    )
    doc = process_file(tmp_path / "names.pdf", ProcessConfig(backend=backend))
    assert doc.text == "Współpraca w regionie\nUrząd łączy żywność"
    assert doc.repairs == [] and doc.glyphs == []


@BACKENDS
def test_cp1250_bytes_in_a_winansi_font_are_repaired(tmp_path, backend):
    """The old "Arial CE" case: CP1250 bytes drawn with a WinAnsi-encoded font come out
    as CP1252 ("Wspó³praca"); the code-page repair takes them back, and the page's
    quality record shows the damage it found."""
    from .badfiles import text_page

    polish = "Współpraca i łańcuch dostaw: zwiększenie konkurencyjności"
    content = b"BT /F1 20 Tf 40 100 Td (" + polish.encode("cp1250") + b") Tj ET"
    (tmp_path / "ce.pdf").write_bytes(
        text_page(content, b"<< /Type /Font /Subtype /Type1 /BaseFont /ArialCE /Encoding /WinAnsiEncoding >>", size=(700, 200))
    )
    doc = process_file(tmp_path / "ce.pdf", ProcessConfig(backend=backend))
    assert "³" in doc.raw_text and doc.text == polish
    assert {r.method for r in doc.repairs} == {"codepage.cp1250"}
    assert doc.pages[0].quality.damage["codepage_suspect"] >= 4


@BACKENDS
def test_letters_placed_one_by_one_are_read_as_words(tmp_path, backend):
    """Wide letter spacing (as Ghostscript output places each glyph) splits words apart
    in pdfplumber; such a page is detected and read by PDFium instead."""
    from reportlab.pdfgen import canvas

    from pipeline.decks import _register_fonts

    _bold, regular = _register_fonts()
    path = tmp_path / "split.pdf"
    c = canvas.Canvas(str(path), pagesize=(960, 540))
    t = c.beginText(60, 450)
    t.setFont(regular, 18)
    t.setCharSpace(4)
    t.textLine("Współpraca firm i uczelni w regionie")
    t.textLine("Łatwiejszy dostęp do rynków zbytu")
    c.drawText(t)
    c.showPage()
    c.save()
    doc = process_file(path, ProcessConfig(backend=backend))
    assert doc.text == "Współpraca firm i uczelni w regionie\nŁatwiejszy dostęp do rynków zbytu"
    assert ("page.split_letters" in [w.code for w in doc.warnings]) == (backend == "pdfplumber")
    assert doc.status.value == "ok"


@BACKENDS
def test_words_set_without_spaces_are_separated(tmp_path, backend):
    """Exports that position each word without drawing a space (Google Docs, Skia) run
    words together at pdfplumber's default tolerance and in PDFium's text; word gaps
    are found from the glyph positions (PDFium) or a tighter tolerance (pdfplumber)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from pipeline.decks import _register_fonts

    _bold, regular = _register_fonts()
    path = tmp_path / "glued.pdf"
    c = canvas.Canvas(str(path), pagesize=(960, 540))
    c.setFont(regular, 18)
    lines = ["Współpraca firm i uczelni w regionie", "Łatwiejszy dostęp do rynków zbytu"]
    for k, line in enumerate(lines):
        x = 60.0
        for word in line.split():
            c.drawString(x, 450 - 30 * k, word)
            x += stringWidth(word, regular, 18) + 2.5  # a gap, no space character
    c.showPage()
    c.save()
    doc = process_file(path, ProcessConfig(backend=backend))
    assert doc.text == "\n".join(lines)


@BACKENDS
def test_two_text_boxes_side_by_side_are_read_one_after_the_other(tmp_path, backend):
    """A slide with a title and two columns: the left column is read whole before the
    right one (not line by line across both), each column its own block."""
    from reportlab.pdfgen import canvas

    from pipeline.decks import _register_fonts

    bold, regular = _register_fonts()
    path = tmp_path / "columns.pdf"
    c = canvas.Canvas(str(path), pagesize=(960, 540))
    c.setFont(bold, 30)
    c.drawString(60, 460, "Dwa regiony")
    c.setFont(regular, 18)
    left = ["Podlasie: przemysł", "spożywczy i drzewny,", "ok. 40 firm"]
    right = ["Podkarpacie: lotnictwo", "i motoryzacja,", "ponad 170 firm"]
    for k, (a, b) in enumerate(zip(left, right, strict=True)):
        c.drawString(60, 400 - 24 * k, a)
        c.drawString(520, 400 - 24 * k, b)
    c.showPage()
    c.save()
    doc = process_file(path, ProcessConfig(backend=backend))
    page = doc.pages[0]
    assert page.title == "Dwa regiony"
    assert [b.text for b in page.blocks[1:]] == ["\n".join(left), "\n".join(right)]


def test_meaningless_glyph_names_without_tounicode_are_solved(tmp_path):
    """The sample's kind of damage in a PDF: a font whose Polish letters have glyph
    names nothing can read (/g101...) and no ToUnicode map. PDFium hands out raw codes
    (C1 controls); each becomes a (font, code) placeholder and the repair learns its
    letter from all its occurrences. Only those letters were broken; they come back."""
    from .badfiles import text_page

    lines = [
        "Współpraca firm i uczelni w regionie",
        "• Łatwiejszy dostęp do źródeł finansowania",
        "• Wspólne projekty badawcze i szkolenia",
        "• Ponad 40 przedsiębiorstw z branży spożywczej",
        "• Zwiększenie konkurencyjności małych firm",
        "Klaster to nie tylko sieć firm, lecz także źródło zaufania",
    ]
    letters = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ•"
    code = {ch: 0x80 + k for k, ch in enumerate(letters)}
    ops = []
    for k, line in enumerate(lines):
        data = bytes(code[ch] if ch in code else ord(ch) for ch in line)
        ops.append(b"1 0 0 1 40 %d Tm (" % (500 - 30 * k) + data.replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj")
    content = b"BT /F1 18 Tf " + b" ".join(ops) + b" ET"
    differences = b"[128 " + b" ".join(b"/g%d" % (101 + k) for k in range(len(letters))) + b"]"
    (tmp_path / "names.pdf").write_bytes(
        text_page(content, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences " + differences + b" >> >>", size=(700, 540))
    )
    raw = extract(tmp_path / "names.pdf")
    assert not any(ch in raw.text for ch in letters)  # every Polish letter really lost
    doc = process_file(tmp_path / "names.pdf")
    assert doc.text == "\n".join(lines)
    assert {g.letter for g in doc.glyphs} <= set(letters) and all(g.agreement == 1.0 for g in doc.glyphs)


def test_text_layer_too_damaged_is_read_by_ocr(tmp_path):
    """A text layer whose ToUnicode map sends every glyph to U+FFFD: nothing for the
    repair to learn from. With Tesseract the page is read as drawn, and the lost text
    layer is kept in the quality record; without it the repair does what it can."""
    import os

    from pipeline.extract.ocr import tesseract_languages

    from .badfiles import text_page

    lines = ["Klaster firm w regionie", "Wsparcie dla innowacji", "Projekty badawcze i szkolenia"]
    chars = b" ".join(b"<%02X> <FFFD>" % c for c in range(0x20, 0x7F))
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lost def "
        b"1 begincodespacerange <00> <FF> endcodespacerange 95 beginbfchar " + chars + b" endbfchar "
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    ops = b" ".join(b"1 0 0 1 60 %d Tm (%s) Tj" % (420 - 60 * k, line.encode("ascii")) for k, line in enumerate(lines))
    content = b"BT /F1 36 Tf " + ops + b" ET"
    (tmp_path / "lost.pdf").write_bytes(
        text_page(content, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 6 0 R >>", extra=(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",), size=(800, 500))
    )
    assert set(extract(tmp_path / "lost.pdf", ocr=False).text) <= {"\ufffd", "\n", " "}
    doc = process_file(tmp_path / "lost.pdf")
    q = doc.pages[0].quality
    if tesseract_languages() is None:
        if os.environ.get("PIPELINE_REQUIRE_OCR"):
            pytest.fail("Tesseract is required (PIPELINE_REQUIRE_OCR is set)")
        assert not q.ocr and q.damage["lost_glyph"] > 40
        return
    assert q.ocr and q.replaced_text and set(q.replaced_text) <= {"\ufffd", "\n", " "}
    assert doc.text == "\n".join(lines)
    assert any(w.code == "page.ocr_damaged" for w in doc.warnings)
