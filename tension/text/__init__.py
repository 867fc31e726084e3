"""The text path: sentences, dates and event extraction from news text.

The public entry points are re-exported from :mod:`tension`:
:func:`tension.extract_events` and :func:`tension.extract_corpus`.
"""

from __future__ import annotations

from .extract import extract_corpus, extract_events

__all__ = ["extract_events", "extract_corpus"]
