"""tension: measure the state of the US–China relationship from news and event data.

Events carry a signed tension score, minus the Goldstein scale: positive values
mean tension rises (conflict), negative values mean it eases (cooperation).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from . import codebook, indices
from .events import Event, EventTable, concat
from .exceptions import (
    CacheRebuiltWarning,
    FieldTypeError,
    ParseError,
    SchemaError,
    SkippedInputWarning,
    TensionError,
    TensionWarning,
    UnknownCodeError,
)
from .io import iter_gdelt, read_csv, read_gdelt, read_icews, read_jsonl, read_parquet
from .pipeline import score_corpus
from .series import Series
from .text import extract_corpus, extract_events
from .text.score import TextScores, score_texts

try:
    __version__ = version("tension")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"

__all__ = [
    "__version__",
    # events and the codebook
    "Event",
    "EventTable",
    "concat",
    "codebook",
    # series and indices (module: level, shocks, changepoints, ...)
    "Series",
    "indices",
    # event tables on disk
    "read_jsonl",
    "read_csv",
    "read_parquet",
    # event datasets
    "read_gdelt",
    "iter_gdelt",
    "read_icews",
    # news text: full extraction and bulk scoring
    "extract_events",
    "extract_corpus",
    "score_texts",
    "score_corpus",
    "TextScores",
    # errors and warnings
    "TensionError",
    "SchemaError",
    "FieldTypeError",
    "UnknownCodeError",
    "ParseError",
    "TensionWarning",
    "SkippedInputWarning",
    "CacheRebuiltWarning",
]
