"""Bytes → text, and the checks every article passes before the pipeline sees it.

Decoding order (first that fits wins): an explicit encoding; a BOM (UTF-32,
UTF-8, UTF-16); strict UTF-8; Windows-1256 when its decoding is mostly Arabic
letters; charset-normalizer's best guess. Arabic legacy files are nearly always
cp1256, and generic detectors often mistake it for another single-byte code
page, so it is tried by an Arabic-letter test before any guess.
"""
from __future__ import annotations

import codecs

from rasd.errors import InputError
from rasd.text.chars import is_arabic_letter

DEFAULT_MAX_BYTES = 2 * 1024 * 1024  # of UTF-8 text per article
MIN_ARABIC_RATIO = 0.2               # Arabic letters among all letters
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


class EncodingUnknown(InputError):
    """E003 for bytes that may be text in an encoding rasd cannot tell (UTF-16 without a BOM).
    The message names no option: only `rasd extract` has --encoding, and it adds the hint
    (see `encoding_hint`); ingest, demo and places have none to suggest."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="E003")


def encoding_hint(exc: InputError) -> InputError:
    """`exc` with "pass --encoding" added when the encoding was the trouble (for a command that
    has the option)."""
    if isinstance(exc, EncodingUnknown):
        return InputError(f"{exc.message}; pass --encoding if it is UTF-16 without a byte-order mark",
                          code=exc.code)
    return exc


def decode_bytes(data: bytes, *, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). Raises InputError E003 for binary or undecodable bytes."""
    if encoding:
        return _decode_with(data, encoding), encoding
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _decode_with(data, enc), enc
    if b"\x00" in data:
        if what := container_of(data):
            raise InputError(what, code="E003")
        raise EncodingUnknown("input looks binary (it contains NUL bytes)")
    try:
        return reject_binary(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few damaged bytes (a truncated copy, a stray byte): keep it UTF-8, with
    # U+FFFD for the damage, rather than misreading the whole file as another code page.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(3, len(lenient) // 1000) and arabic_ratio(lenient) >= 0.5:
        return reject_binary(lenient), "utf-8 (damaged bytes replaced)"
    cp = data.decode("cp1256", errors="replace")
    if "\ufffd" not in cp and arabic_ratio(cp) >= 0.5:
        return reject_binary(cp), "cp1256"
    return _guess(data)


# The files a user most often hands over for a JSONL batch, by their first bytes.
_CONTAINERS = ((b"\x1f\x8b", "a gzip file: decompress it first (e.g. zcat FILE)"),
               (b"BZh", "a bzip2 file: decompress it first (e.g. bzcat FILE)"),
               (b"\xfd7zXZ\x00", "an xz file: decompress it first (e.g. xzcat FILE)"),
               (b"\x28\xb5\x2f\xfd", "a zstd file: decompress it first (e.g. zstdcat FILE)"),
               (b"PK\x03\x04", "a zip archive: unpack it first"),
               (b"PAR1", "a Parquet file: rasd process reads Parquet shards"),
               (b"SQLite format 3\x00", "a SQLite database (a rasd store? read it with rasd export)"),
               (b"%PDF", "a PDF document: rasd reads text, HTML and JSON"))


def container_of(data: bytes) -> str | None:
    """What a binary input is, said plainly, when its first bytes tell: 'input looks binary
    …; pass --encoding if it is UTF-16' misled about a .jsonl.gz or a Parquet shard."""
    for magic, what in _CONTAINERS:
        if data.startswith(magic):
            return f"input is {what}"
    return None


def _decode_with(data: bytes, encoding: str) -> str:
    try:
        return reject_binary(data.decode(encoding))
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", code="E003") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"input is not valid {encoding} (byte {exc.start})", code="E003") from None


def _guess(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported late: slow to import, rarely needed

    best = from_bytes(data).best()
    if best is None:
        raise EncodingUnknown("input is binary or in an unknown encoding")
    return reject_binary(str(best)), best.encoding


def reject_binary(text: str) -> str:
    """Text full of control characters is a binary file that happened to decode."""
    if "\x00" in text:
        raise InputError("input looks binary (it contains NUL characters)", code="E003")
    controls = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls and controls > 0.01 * len(text):
        raise InputError(f"input looks binary ({controls} control characters)", code="E003")
    return text


def arabic_ratio(text: str) -> float:
    """Share of Arabic letters among all letters (0.0 when there are none)."""
    letters = arabic = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            arabic += is_arabic_letter(ch)
    return arabic / letters if letters else 0.0


def check_article_text(text: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Raise InputError unless `text` is a non-empty, Arabic, not oversized article."""
    if not text.strip():
        raise InputError("input is empty", code="E001")
    if "\x00" in text:  # a JSON "\u0000": no article holds one, and PostgreSQL cannot store it
        raise InputError("input holds a NUL character (U+0000)", code="E003")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise InputError(f"input is too large: {size:,} bytes of text (limit {max_bytes:,}; "
                         "raise it with --max-bytes)", code="E004")
    ratio = arabic_ratio(text)
    if ratio < MIN_ARABIC_RATIO:
        raise InputError(f"input is not Arabic ({ratio:.0%} of its letters are Arabic)", code="E002")
    return text
