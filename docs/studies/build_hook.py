"""MkDocs hook (``hooks:`` in mkdocs.yml): run the worked studies when the site builds.

Every ``docs/studies/<name>.py`` except this file is a study with a function
``run(out_dir) -> dict[str, str]`` that writes its PNGs into ``out_dir`` and
returns Markdown fragments by key. The hook runs each study in its own Python
process (the repository first on ``sys.path``, so the tree being documented is
the one that runs), adds the PNGs to the site next to the study pages
(``studies/<file>.png``), and replaces each ``<!-- study: name/key -->`` line of
a page by the fragment (indented as the line). A study that fails, a missing PNG or an unknown key
stops the build with an error. After the build it checks that every name of ``tension.__all__``
has its entry on the API pages (``docs/api/``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

STUDIES = Path(__file__).resolve().parent
ROOT = STUDIES.parent.parent
MARKER = "<!-- study: "
_RUNNER = (
    "import json, pathlib, runpy, sys\n"
    "out = pathlib.Path(sys.argv[2])\n"
    "fragments = runpy.run_path(sys.argv[1], run_name='study')['run'](out)\n"
    "(out / 'fragments.json').write_text(json.dumps(fragments), encoding='utf-8')\n"
)

_state: dict[str, Any] = {"outputs": {}, "tmp": None}


def studies() -> list[Path]:
    """The study scripts, in name order."""
    return sorted(p for p in STUDIES.glob("*.py") if p.name != Path(__file__).name)


def run_all(out: Path) -> dict[str, dict[str, str]]:
    """Run every study into ``out/<name>/`` (in parallel processes); their fragments by study name."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
               MPLBACKEND="Agg")
    procs = {}
    for script in studies():
        (out / script.stem).mkdir(parents=True, exist_ok=True)
        procs[script.stem] = subprocess.Popen(
            [sys.executable, "-c", _RUNNER, str(script), str(out / script.stem)], cwd=ROOT, env=env,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    failed = []
    for name, proc in procs.items():
        log, _ = proc.communicate()
        if proc.returncode != 0:
            failed.append(f"study {name!r} failed (exit {proc.returncode}):\n{log[-3000:]}")
    if failed:
        raise RuntimeError("\n".join(failed))
    return {name: json.loads((out / name / "fragments.json").read_text(encoding="utf-8")) for name in procs}


def on_files(files: Any, config: Any) -> Any:
    """Run the studies and add their PNGs to the site."""
    from mkdocs.exceptions import PluginError
    from mkdocs.structure.files import File

    if _state["tmp"]:
        shutil.rmtree(_state["tmp"], ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix="tension-studies-"))
    _state["tmp"] = tmp
    try:
        _state["outputs"] = run_all(tmp)
    except RuntimeError as e:
        raise PluginError(str(e)) from None
    for name in _state["outputs"]:
        pngs = sorted((tmp / name).glob("*.png"))
        if not pngs:
            raise PluginError(f"study {name!r} wrote no PNG")
        for png in pngs:
            files.append(File.generated(config, f"studies/{png.name}", abs_src_path=str(png)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace each ``<!-- study: name/key -->`` line by that study's Markdown fragment."""
    from mkdocs.exceptions import PluginError

    lines = []
    for line in markdown.splitlines():
        body = line.lstrip(" ")
        if body.startswith(MARKER):
            ref = body[len(MARKER):].split("-->")[0].strip()
            name, _, key = ref.partition("/")
            try:
                fragment = _state["outputs"][name][key]
            except KeyError:
                raise PluginError(f"{page.file.src_uri}: no study output {ref!r}") from None
            indent = line[: len(line) - len(body)]  # keep the marker's indentation (e.g. inside ???)
            line = "\n".join(indent + f if f else f for f in fragment.splitlines())
        lines.append(line)
    return "\n".join(lines) + "\n"


_PUBLIC = (
    "import json, types, tension\n"
    "print(json.dumps([o.__name__ if isinstance(o, types.ModuleType) else f'{o.__module__}.{n}'\n"
    "                  for n, o in ((n, getattr(tension, n)) for n in tension.__all__)\n"
    "                  if n != '__version__']))\n"
)


def missing_api_entries(site_dir: Path) -> list[str]:
    """Public names of ``tension.__all__`` (of this tree) with no entry (anchor) on the site's API pages."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    names = json.loads(subprocess.run([sys.executable, "-c", _PUBLIC], cwd=ROOT, env=env, check=True,
                                      capture_output=True, text=True).stdout)
    html = "".join(p.read_text(encoding="utf-8") for p in sorted((site_dir / "api").rglob("*.html")))
    return [n for n in names if f'id="{n}"' not in html]


def on_post_build(config: Any) -> None:
    """Check that every public name has its API entry; remove the studies' temporary folder."""
    from mkdocs.exceptions import PluginError

    if _state["tmp"]:
        shutil.rmtree(_state["tmp"], ignore_errors=True)
        _state["tmp"] = None
    missing = missing_api_entries(Path(config["site_dir"]))
    if missing:
        raise PluginError(f"no API reference entry for {', '.join(missing)} (add a ::: directive in docs/api/)")
