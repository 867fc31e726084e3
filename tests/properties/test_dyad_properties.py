"""Property tests: the vectorized dyad filter and prefix matching equal the pure-Python reference."""

from __future__ import annotations

import numpy as np
import reference
from hypothesis import given
from hypothesis import strategies as st
from strategies import actors, tables

from tension._arrays import prefix_equals

prefixes = st.one_of(st.sampled_from(["", "U", "US", "USA", "CHN", "USAGOV", "CHNMIL", "RUS"]), actors, st.text(max_size=4))


@given(tables(max_size=30, extras=False), prefixes, prefixes, st.booleans())
def test_dyad_mask_equals_reference(t, a, b, directed):
    """dyad_mask equals row-by-row startswith on actor and target, for any prefixes."""
    want = reference.dyad(t.actor.tolist(), t.target.tolist(), a, b, directed)
    assert t.dyad_mask(a, b, directed=directed).tolist() == want


@given(tables(max_size=30, extras=False), prefixes, prefixes, st.data())
def test_dyad_on_selections_equals_reference(t, a, b, data):
    """Dyad filtering a selection (deferred columns) equals the reference on the selected rows."""
    rows = data.draw(st.lists(st.integers(0, max(len(t) - 1, 0)), max_size=len(t))) if len(t) else []
    sub = t.select(np.array(rows, dtype=np.int64))
    d = sub.dyad(a, b)
    want = reference.dyad(sub.actor.tolist(), sub.target.tolist(), a, b)
    assert d.actor.tolist() == [x for x, keep in zip(sub.actor.tolist(), want) if keep]
    assert d == sub.select(np.array(want, dtype=bool))


@given(st.lists(st.text(max_size=8)), st.text(max_size=6))
def test_prefix_equals_equals_startswith(strings, prefix):
    """prefix_equals equals str.startswith on arbitrary unicode (without NUL, which <U arrays drop)."""
    strings = [s.replace("\x00", "") for s in strings]
    prefix = prefix.replace("\x00", "")
    a = np.array(strings, dtype=str).reshape(len(strings))
    assert prefix_equals(a, prefix).tolist() == [s.startswith(prefix) for s in strings]
