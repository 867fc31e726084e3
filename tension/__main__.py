"""``python -m tension``: the command line."""

from .cli import main

raise SystemExit(main())
