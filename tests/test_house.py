"""House rules that a linter does not check.

One home per rule: a module-level name bound twice in one module silently replaces the first value for
every function of the module, including those written against the first one. This happened to four word
lists and limits (fixed in the eighth round); the test keeps it from happening again. Extending a name by
itself (``WORDS = WORDS | MORE``) is allowed: it keeps the first value.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tension"


def _rebound_names(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, later line) for each module-level name bound again without using itself."""
    first: dict[str, int] = {}
    rebound = []
    for node in ast.parse(source).body:
        names: list[str] = []
        value: ast.AST | None = None
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            value = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names, value = [node.target.id], node.value
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
        for name in names:
            if name in first and name not in used:
                rebound.append((name, first[name], node.lineno))
            first.setdefault(name, node.lineno)
    return rebound


def test_the_checker_finds_a_rebound_word_list_and_lets_an_extension_pass() -> None:
    src = "A = {1}\nB = {2}\nB = B | {3}\n\ndef f():\n    return A\n\nA = {4}\n"
    assert _rebound_names(src) == [("A", 1, 8)]


def test_no_module_binds_a_module_level_name_twice() -> None:
    found = [f"{path.relative_to(PACKAGE.parent)}: {name} (lines {a} and {b})"
             for path in sorted(PACKAGE.rglob("*.py"))
             for name, a, b in _rebound_names(path.read_text(encoding="utf-8"))]
    assert not found, "module-level names bound twice (the later silently replaces the earlier): " + "; ".join(found)
