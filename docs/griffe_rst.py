"""Griffe extension for the documentation site: the reST bits of our docstrings as Markdown.

The docstrings follow numpydoc, which borrows a few reStructuredText constructs that
mkdocstrings (Markdown) would print verbatim: cross-reference roles
(:func:`~tension.indices.level`), :math:`...` roles and ``.. math::`` blocks, and
simple tables drawn with ``=====`` borders. ``mkdocs.yml`` loads this file as a
griffe extension; it rewrites each docstring before it is parsed and rendered, so
the library's docstrings stay as they are (and as ``help()`` shows them).
"""

from __future__ import annotations

import re
from typing import Any

try:
    from griffe import Extension
except ImportError:  # the test suite imports this file for its doctests without the docs extra
    Extension = object  # type: ignore[assignment,misc]

_ROLE = re.compile(r":(?:py:)?(func|class|meth|mod|data|attr|obj|exc|const|math):`([^`]+)`")
_BORDER = re.compile(r"^(\s*)(=+)((?: +=+)+)\s*$")


def _role(match: re.Match[str]) -> str:
    kind, text = match.group(1), match.group(2)
    if kind == "math":
        return f"${text}$"
    if text.startswith("~"):
        text = text[1:].rsplit(".", 1)[-1]
    return f"`{text}`"


def roles(text: str) -> str:
    """Cross-reference roles -> code spans (``~`` keeps the last name); math roles -> ``$...$``.

    >>> roles("See :func:`~tension.indices.level` and :class:`tension.Series`.")
    'See `level` and `tension.Series`.'
    >>> roles("the weight :math:`m_e`")
    'the weight $m_e$'
    """
    return _ROLE.sub(_role, text)


def math_blocks(text: str) -> str:
    """``.. math:: expr`` (one line, or an indented block after it) -> a ``$$`` display block.

    >>> print(math_blocks("Level\\n\\n.. math::\\n\\n    L_t = x_t\\n        + y\\n\\nAfter."))
    Level
    <BLANKLINE>
    $$
    L_t = x_t
        + y
    $$
    <BLANKLINE>
    After.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)\.\. math::(.*)$", lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        indent, first = m.group(1), m.group(2).strip()
        body: list[str] = []
        i += 1
        while i < len(lines) and (not lines[i].strip() or len(lines[i]) - len(lines[i].lstrip()) > len(indent)):
            body.append(lines[i])
            i += 1
        while body and not body[-1].strip():
            body.pop()
        while body and not body[0].strip():
            body.pop(0)
        strip = min((len(b) - len(b.lstrip()) for b in body if b.strip()), default=0)
        eq = ([first] if first else []) + [b[strip:] for b in body]
        if out and out[-1].strip():
            out.append("")
        out += [f"{indent}$$", *(f"{indent}{e}" if e.strip() else "" for e in eq), f"{indent}$$"]
        if i < len(lines) and lines[i].strip():
            out.append("")
    return "\n".join(out)


def tables(text: str) -> str:
    """reST simple tables (``=====`` borders) -> Markdown tables.

    >>> print(tables("===== ======\\nname  what\\n===== ======\\nlevel memory\\nbands the -9..+9 score\\n===== ======"))
    | name | what |
    | --- | --- |
    | level | memory |
    | bands | the -9..+9 score |
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _BORDER.match(lines[i])
        if not m or i + 2 >= len(lines) or not _BORDER.match(lines[i + 2]):
            out.append(lines[i])
            i += 1
            continue
        indent = m.group(1)
        starts = [s.start() for s in re.finditer(r"=+", lines[i])]

        def cells(line: str, starts: list[int] = starts) -> list[str]:
            bounds = [*starts[1:], None]
            return [line[a:b].strip() for a, b in zip(starts, bounds)]

        rows = [cells(lines[i + 1])]
        i += 3
        while i < len(lines) and not _BORDER.match(lines[i]):
            row = cells(lines[i])
            if not lines[i].strip():
                pass
            elif not row[0] and len(rows) > 1:  # continuation line of the previous row
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], row)]
            else:
                rows.append(row)
            i += 1
        i += 1  # the closing border
        out.append(f"{indent}| " + " | ".join(rows[0]) + " |")
        out.append(f"{indent}|" + " --- |" * len(starts))
        out += [f"{indent}| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


def convert(text: str) -> str:
    """All of the above, tables and math blocks first."""
    return roles(math_blocks(tables(text)))


class RestToMarkdown(Extension):  # type: ignore[misc,valid-type]
    """Rewrite every docstring griffe loads (see the module docstring)."""

    def on_instance(self, *, obj: Any, **kwargs: Any) -> None:
        """Convert ``obj``'s docstring in place, before mkdocstrings parses it."""
        if obj.docstring is not None:
            obj.docstring.value = convert(obj.docstring.value)
