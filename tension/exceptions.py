"""Errors raised by :mod:`tension`.

Every error is a :class:`TensionError` and also subclasses the builtin a caller
would already catch: :class:`ValueError` for bad values, :class:`TypeError` for
values of the wrong type. Messages name the field, what was expected and what
arrived.
"""

from __future__ import annotations

__all__ = [
    "TensionError",
    "SchemaError",
    "FieldTypeError",
    "UnknownCodeError",
    "ParseError",
    "TensionWarning",
    "SkippedInputWarning",
    "MissingDependencyError",
    "CacheRebuiltWarning",
]


class TensionError(Exception):
    """Base class of every error raised by :mod:`tension`.

    Every subclass pickles with its fields, so an error raised in a worker process
    (``workers=``, :mod:`tension.dask`) arrives intact in the caller.
    """


class SchemaError(TensionError, ValueError):
    """A field holds a value outside what the event schema allows.

    Parameters
    ----------
    field
        The field (column) that failed.
    expected
        What the field must hold.
    got
        What arrived (already rendered for the message).
    row
        The row of the first offending value in a columnar input, if any.
    """

    def __init__(self, field: str, expected: str, got: object, row: int | None = None) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        self.row = row
        where = f" (row {row})" if row is not None else ""
        super().__init__(f"field {field!r}{where}: expected {expected}, got {got}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.field, self.expected, self.got, self.row))


class FieldTypeError(TensionError, TypeError):
    """A field or argument has the wrong Python type.

    It carries ``field``, ``expected``, ``got`` (the value itself, whose type the
    message names) and ``row`` as :class:`SchemaError` does.
    """

    def __init__(self, field: str, expected: str, got: object, row: int | None = None) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        self.row = row
        where = f" (row {row})" if row is not None else ""
        super().__init__(
            f"field {field!r}{where}: expected {expected}, got {type(got).__name__} {got!r:.80}"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.field, self.expected, self.got, self.row))


class UnknownCodeError(SchemaError):
    """An event code is not in the CAMEO codebook."""

    def __init__(self, code: object, row: int | None = None, count: int = 1) -> None:
        self.code = code
        self.count = count
        more = f" ({count} unknown codes in all)" if count > 1 else ""
        super().__init__(
            "code",
            "a CAMEO event code from the codebook (a 2-4 digit string such as '042')",
            f"unknown code {code!r}{more}",
            row,
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.code, self.row, self.count))


class ParseError(TensionError, ValueError):
    """A file could not be read: names the file, line, column and bad value.

    Parameters
    ----------
    path
        The file being read.
    line
        1-based line number in the file (``None`` when the damage is not on a
        line, e.g. a truncated archive).
    column
        The column or field that failed, if known.
    value
        The offending value, if known.
    reason
        What was expected.
    """

    def __init__(
        self,
        path: object,
        line: int | None,
        column: str | None,
        value: object,
        reason: str,
    ) -> None:
        self.path = str(path)
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
        parts = [self.path]
        if line is not None:
            parts.append(f"line {line}")
        if column is not None:
            parts.append(f"column {column!r}")
        got = "" if value is None else f"; got {value!r:.120}"
        super().__init__(f"{', '.join(parts)}: {reason}{got}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.line, self.column, self.value, self.reason))


class TensionWarning(UserWarning):
    """Base class of the warnings of :mod:`tension`."""


class SkippedInputWarning(TensionWarning):
    """Input was skipped because the caller asked for it (``errors="warn"``).

    Readers emit one warning per file that names the file, how many rows or records
    were skipped and the line numbers of the first ones, so nothing is lost silently.
    """


class MissingDependencyError(TensionError, ImportError):
    """An option needs an optional package that is not installed (``engine="numba"`` without numba).

    Examples
    --------
    >>> from tension.exceptions import MissingDependencyError
    >>> raise MissingDependencyError("numba", "engine='numba'", "pip install 'tension[fast]'")
    Traceback (most recent call last):
    ...
    tension.exceptions.MissingDependencyError: engine='numba' needs numba, which is not installed (pip install 'tension[fast]')
    """

    def __init__(self, package: str, option: str, install: str) -> None:
        self.package = package
        self.option = option
        self.install = install
        super().__init__(f"{option} needs {package}, which is not installed ({install})", name=package)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.package, self.option, self.install))


class CacheRebuiltWarning(TensionWarning):
    """A cached copy of a file could not be read (damaged or truncated) and was rebuilt from the source.

    The message names the cache file, the source file and what was wrong; the
    rows come from the source, so nothing is lost.
    """
