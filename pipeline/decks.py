"""Generate small Polish slide-deck PDFs (for the bundled corpus and the tests).

Needs reportlab (a development dependency) and a TrueType font with Polish
letters: DejaVu Sans from the system, else the copy in `tests/fonts/`.

    python -m pipeline.decks corpus/     # rebuild the bundled sample decks
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

#: Slide size in points (16:9).
SLIDE_W, SLIDE_H = 960.0, 540.0
TITLE_SIZE, BODY_SIZE = 30.0, 18.0
MARGIN = 60.0

_FONT_DIRS = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path(__file__).resolve().parent.parent / "tests" / "fonts",
]


@dataclass
class Slide:
    title: str
    bullets: list[str] = field(default_factory=list)
    body: str = ""
    footer: str = ""


def _font_file(name: str) -> Path:
    for d in _FONT_DIRS:
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(f"{name} not found in {', '.join(map(str, _FONT_DIRS))}; install fonts-dejavu-core")


def _register_fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(_font_file("DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(_font_file("DejaVuSans-Bold.ttf"))))
    return "DejaVuSans-Bold", "DejaVuSans"


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def write_deck(path: Path, slides: list[Slide], title: str = "") -> Path:
    """Write `slides` as a PDF, one slide a page, and return the path."""
    from reportlab.pdfgen import canvas

    bold, regular = _register_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=(SLIDE_W, SLIDE_H), invariant=1)
    c.setTitle(title or path.stem)
    for slide in slides:
        y = SLIDE_H - MARGIN - TITLE_SIZE
        c.setFont(bold, TITLE_SIZE)
        for line in _wrap(slide.title, bold, TITLE_SIZE, SLIDE_W - 2 * MARGIN):
            c.drawString(MARGIN, y, line)
            y -= TITLE_SIZE * 1.2
        y -= BODY_SIZE
        c.setFont(regular, BODY_SIZE)
        for bullet in slide.bullets:
            for k, line in enumerate(_wrap(bullet, regular, BODY_SIZE, SLIDE_W - 2 * MARGIN - 30)):
                if k == 0:
                    c.drawString(MARGIN, y, "•")
                c.drawString(MARGIN + 30, y, line)
                y -= BODY_SIZE * 1.25
            y -= BODY_SIZE * 0.6
        if slide.body:
            for line in _wrap(slide.body, regular, BODY_SIZE, SLIDE_W - 2 * MARGIN):
                c.drawString(MARGIN, y, line)
                y -= BODY_SIZE * 1.25
        if slide.footer:
            c.setFont(regular, 10)
            c.drawString(MARGIN, 20, slide.footer)
        c.showPage()
    c.save()
    return path


#: The bundled sample decks: name -> slides. Text written for this project.
SAMPLE_DECKS: dict[str, list[Slide]] = {
    "klastry_podlasie": [
        Slide(
            "Klastry w województwie podlaskim",
            [
                "Współpraca firm, uczelni i samorządu w regionie",
                "Około 40 przedsiębiorstw z branży spożywczej i drzewnej",
                "Wsparcie z RPO Województwa Podlaskiego 2014-2020",
            ],
        ),
        Slide(
            "Dlaczego klastry?",
            [
                "Wzrost konkurencyjności małych i średnich przedsiębiorstw",
                "Łatwiejszy dostęp do wiedzy, kapitału i rynków zbytu",
                "Wspólne projekty badawczo-rozwojowe z uczelniami",
            ],
            body="Klaster to nie tylko sieć firm, lecz także źródło zaufania i wymiany doświadczeń.",
        ),
        Slide(
            "Przykłady z Europy",
            [
                "Francja: Optics Valley, ponad 200 firm z branży optycznej",
                "Niemcy: Optonet w Turyngii, ok. 60 firm i 6 instytutów",
                "Polska: Dolina Lotnicza na Podkarpaciu",
            ],
        ),
    ],
    "fundusze_ue": [
        Slide(
            "Fundusze europejskie dla innowacji",
            [
                "Horyzont 2020: badania i innowacje w latach 2014-2020",
                "Interreg: współpraca transgraniczna regionów",
                "Program Operacyjny Inteligentny Rozwój",
            ],
        ),
        Slide(
            "Wnioski",
            body="Małe firmy zyskują najwięcej, gdy łączą siły w klastrze i wspólnie sięgają po środki z Unii Europejskiej.",
        ),
    ],
}


def write_samples(folder: Path) -> list[Path]:
    return [write_deck(folder / f"{name}.pdf", slides) for name, slides in SAMPLE_DECKS.items()]


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
    for p in write_samples(out):
        print(p)
