"""A generated corpus of files that break PDF readers, with what each must become.

Each maker writes one file; `BAD_FILES` maps its name to the status and error
code the batch must give it. Used by the batch tests and by
`bench/ingest_bench.py --bad` (to see that bad files cost bounded time).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from pathlib import Path

from pipeline.decks import SAMPLE_DECKS, write_deck


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF with these objects (1 is the catalog) and a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def one_page(contents: bytes, filters: bytes = b"") -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R >>",
            b"<< /Length %d %s >>\nstream\n" % (len(contents), filters) + contents + b"\nendstream",
        ]
    )


def text_page(content: bytes, font: bytes, extra: tuple[bytes, ...] = (), size: tuple[int, int] = (400, 200)) -> bytes:
    """A one-page PDF drawing `content` with one font (/F1, object 5); objects in
    `extra` follow as 6, 7, ... (a ToUnicode stream, say)."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>" % size,
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            font,
            *extra,
        ]
    )


def _good(path: Path) -> None:
    write_deck(path, next(iter(SAMPLE_DECKS.values())))


def _good_bytes(tmp: Path) -> bytes:
    _good(tmp)
    data = tmp.read_bytes()
    tmp.unlink()
    return data


def _truncated(path: Path) -> None:
    data = _good_bytes(path)
    path.write_bytes(data[: len(data) // 2])


def _broken_xref(path: Path) -> None:
    """Wrong startxref offset and a shifted xref table: readers must rebuild it."""
    data = _good_bytes(path)
    path.write_bytes(data.replace(b"startxref\n", b"startxref\n9").replace(b"xref\n0", b"xref\n7"))


def _encrypted(user: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        import pikepdf

        tmp = path.with_suffix(".plain")
        _good(tmp)
        with pikepdf.open(tmp) as pdf:
            pdf.save(path, encryption=pikepdf.Encryption(user=user, owner="owner-secret"))
        tmp.unlink()

    return make


def _bomb(path: Path, gigabytes: float = 1.2) -> None:
    """A 1.7 MB file whose one content stream inflates to 1.2 GB."""
    c = zlib.compressobj(9)
    chunk = b"0 0 m\n" * (1 << 16)
    parts = [c.compress(chunk) for _ in range(int(gigabytes * (1 << 30) / len(chunk)))]
    parts.append(c.flush())
    path.write_bytes(one_page(b"".join(parts), b"/Filter /FlateDecode"))


def _cyclic(path: Path) -> None:
    """A page tree whose Pages node lists itself among its kids."""
    path.write_bytes(
        raw_pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>",
            ]
        )
    )


def many_pages(path: Path, pages: int = 100_000) -> None:
    """A 24 MB PDF of 100,000 blank pages."""
    import pikepdf

    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(100, 100))
    pdf.save(path)


def _cp1250_txt(path: Path) -> None:
    path.write_bytes("Współpraca klastrów w województwie podlaskim.\nŁańcuch wartości i źródła finansowania.".encode("cp1250"))


def _binary_txt(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


#: name -> (maker, expected status, expected first error code or None)
BAD_FILES: dict[str, tuple[Callable[[Path], None], str, str | None]] = {
    "zero-bytes.pdf": (lambda p: p.write_bytes(b""), "failed", "pdf.corrupt"),
    "html-named.pdf": (lambda p: p.write_bytes(b"<!doctype html><title>404</title>Not found"), "failed", "pdf.corrupt"),
    "truncated.pdf": (_truncated, "failed", "pdf.corrupt"),
    "broken-xref.pdf": (_broken_xref, "ok", None),
    "user-password.pdf": (_encrypted("user-secret"), "failed", "pdf.encrypted"),
    "owner-password-only.pdf": (_encrypted(""), "ok", None),
    "bomb.pdf": (_bomb, "failed", "batch.worker_died"),
    "cyclic.pdf": (_cyclic, "failed", "doc.no_text"),
    "many-pages.pdf": (many_pages, "failed", "doc.no_text"),
    "legacy-cp1250.txt": (_cp1250_txt, "ok", None),
    "binary.txt": (_binary_txt, "failed", "txt.binary"),
}


def make_bad_corpus(folder: Path) -> dict[str, tuple[str, str | None]]:
    """Write every file of `BAD_FILES` into folder; return name -> (status, error code)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (make, _, _) in BAD_FILES.items():
        make(folder / name)
    return {name: (status, code) for name, (_, status, code) in BAD_FILES.items()}
