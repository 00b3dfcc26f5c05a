"""The join URL as a QR code: the matrix of dark modules, for the interface to paint (segno, a
pure-Python QR library with no dependencies, loads only when room input starts)."""

from __future__ import annotations

QUIET = 4  # modules of white border that readers need around the symbol


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of modules (True = dark), the quiet zone included; error correction "M" (15 %), enough
    for a projector or a slip that is a little worn."""
    import segno

    code = segno.make(text, error="m", micro=False, boost_error=False)
    width = len(code.matrix[0]) + 2 * QUIET
    blank = (False,) * width
    rows = [blank] * QUIET
    rows += [(False,) * QUIET + tuple(bool(m) for m in row) + (False,) * QUIET for row in code.matrix]
    return tuple(rows + [blank] * QUIET)
