"""Tests of the documentation site's sources: the API pages cover tension.__all__, the nav covers the pages."""

from __future__ import annotations

import importlib
import re
import types
from pathlib import Path

import tension

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DIRECTIVE = re.compile(r"^::: ([\w.]+)((?:\n[ ]{4}.*)*)", re.MULTILINE)


def _directives() -> dict[str, str]:
    """Module path -> its options block, for every ``::: module`` line of docs/api/*.md."""
    found: dict[str, str] = {}
    for page in sorted((DOCS / "api").glob("*.md")):
        for path, options in DIRECTIVE.findall(page.read_text(encoding="utf-8")):
            found[path] = options
    return found


def _rendered_by(directives: dict[str, str], module: str, name: str) -> bool:
    """Whether ``::: module`` is on an API page and does not leave ``name`` out of its members."""
    if module not in directives:
        return False
    options = directives[module]
    if "members:" not in options:
        public = getattr(importlib.import_module(module), "__all__", None)
        return public is None or name in public
    return re.search(rf"^\s+- {re.escape(name)}$", options, re.MULTILINE) is not None


def test_every_public_name_has_an_api_reference_entry():
    """Each name of tension.__all__ is rendered from its docstring by a ``:::`` directive on an API page."""
    directives = _directives()
    missing = []
    for name in tension.__all__:
        if name == "__version__":
            continue
        obj = getattr(tension, name)
        if isinstance(obj, types.ModuleType):
            ok = obj.__name__ in directives
        else:
            ok = _rendered_by(directives, obj.__module__, name)
        if not ok:
            missing.append(name)
    assert missing == []


def test_every_public_function_and_class_has_a_docstring():
    """The API pages render docstrings, so every public function and class of tension has one."""
    for name in tension.__all__:
        obj = getattr(tension, name)
        if callable(obj):
            assert (obj.__doc__ or "").strip(), name


def test_the_nav_lists_every_page_and_every_page_exists():
    """mkdocs.yml's nav and the Markdown files under docs/ are the same set."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text[text.index("\nnav:") : text.index("\nmarkdown_extensions:")]
    listed = set(re.findall(r"([\w/.-]+\.md)\s*$", nav, re.MULTILINE))
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert listed == pages


def test_the_build_hook_and_the_docs_extra_are_declared():
    """mkdocs.yml runs the studies' hook, and pyproject's docs extra has what the build needs."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    hook = re.search(r"^hooks:\n\s+- (\S+)", text, re.MULTILINE)
    assert hook and (ROOT / hook.group(1)).exists()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    docs_extra = re.search(r"^docs = \[(.*?)^\]", pyproject, re.MULTILINE | re.DOTALL)
    assert docs_extra
    docs_extra = docs_extra.group(1)
    for package in ("mkdocs", "mkdocs-material", "mkdocstrings[python]", "matplotlib"):
        assert f'"{package}' in docs_extra
