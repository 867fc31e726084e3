"""Seeded generators of GDELT- and ICEWS-shaped files (for tests, docs and benchmarks).

The files have the real layouts (GDELT 1.0 historical 57 columns, 1.0 daily 58,
2.0 61; ICEWS with its 20-column header) and plausible values: CAMEO codes from
the packaged codebook with their Goldstein values and quad classes, CAMEO actor
codes, FIPS geo codes, tones, counts and URLs. They are synthetic: no row is a
real event. The same ``seed`` always gives the same bytes.

Generation is vectorized (numpy + pyarrow's CSV writer) and streams in chunks,
so a 1 GB file takes seconds and little memory.

Examples
--------
>>> import tempfile, pathlib
>>> from tension.io import _synth
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> p = _synth.write_gdelt(d / "events.CSV", 5, layout=61, seed=1)
>>> lines = p.read_text().splitlines()
>>> len(lines), len(lines[0].split("\\t"))
(5, 61)
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..codebook import load as _load_codebook
from .gdelt import layout_columns
from .icews import ICEWS_COLUMNS

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["gdelt_table", "write_gdelt", "icews_table", "write_icews", "ICEWS_COLUMNS"]

# (CAMEO actor code, actor name, CAMEO country code, type code, FIPS country, geo full name, ADM1, lat, long)
_ACTORS: list[tuple[str, str, str, str, str, str, str, float, float]] = [
    ("USA", "UNITED STATES", "USA", "", "US", "Washington, District of Columbia, United States", "USDC", 38.8951, -77.0364),
    ("USAGOV", "WASHINGTON", "USA", "GOV", "US", "Washington, District of Columbia, United States", "USDC", 38.8951, -77.0364),
    ("USAMIL", "PENTAGON", "USA", "MIL", "US", "Arlington, Virginia, United States", "USVA", 38.8710, -77.0560),
    ("USABUS", "WALL STREET", "USA", "BUS", "US", "New York, New York, United States", "USNY", 40.7143, -74.0060),
    ("CHN", "CHINA", "CHN", "", "CH", "Beijing, Beijing, China", "CH22", 39.9289, 116.3880),
    ("CHNGOV", "BEIJING", "CHN", "GOV", "CH", "Beijing, Beijing, China", "CH22", 39.9289, 116.3880),
    ("CHNMIL", "PEOPLES LIBERATION ARMY", "CHN", "MIL", "CH", "Beijing, Beijing, China", "CH22", 39.9289, 116.3880),
    ("CHNBUS", "SHANGHAI", "CHN", "BUS", "CH", "Shanghai, Shanghai, China", "CH23", 31.2222, 121.4580),
    ("TWN", "TAIWAN", "TWN", "", "TW", "Taipei, T'ai-pei, Taiwan", "TW03", 25.0392, 121.5250),
    ("RUS", "RUSSIA", "RUS", "", "RS", "Moscow, Moskva, Russia", "RS48", 55.7522, 37.6156),
    ("RUSGOV", "KREMLIN", "RUS", "GOV", "RS", "Moscow, Moskva, Russia", "RS48", 55.7522, 37.6156),
    ("JPN", "JAPAN", "JPN", "", "JA", "Tokyo, Tokyo, Japan", "JA40", 35.6850, 139.7510),
    ("KOR", "SOUTH KOREA", "KOR", "", "KS", "Seoul, Seoul-t'ukpyolsi, South Korea", "KS11", 37.5664, 126.9780),
    ("PRK", "NORTH KOREA", "PRK", "", "KN", "Pyongyang, P'yongyang-si, North Korea", "KN12", 39.0194, 125.7550),
    ("GBR", "UNITED KINGDOM", "GBR", "", "UK", "London, London, City of, United Kingdom", "UKH9", 51.5000, -0.1167),
    ("IND", "INDIA", "IND", "", "IN", "New Delhi, Delhi, India", "IN07", 28.6000, 77.2000),
    ("GOV", "PRESIDENT", "", "GOV", "", "", "", 0.0, 0.0),
    ("MED", "JOURNALIST", "", "MED", "", "", "", 0.0, 0.0),
    ("IGOUNO", "UNITED NATIONS", "", "IGO", "", "", "", 0.0, 0.0),
    ("", "", "", "", "", "", "", 0.0, 0.0),
]
_SITES = ["reuters", "scmp", "nytimes", "xinhuanet", "bbc", "theguardian", "washingtonpost", "chinadaily"]
_SECTIONS = ["world", "asia", "politics", "business", "china", "us-news"]

# ICEWS: (name, sectors, country)
_ICEWS_ACTORS: list[tuple[str, str, str]] = [
    ("United States", "", "United States"),
    ("Barack Obama", "Elite,Executive,Executive Office,Government", "United States"),
    ("Department of Defense", "Defense / Security Ministry,Government", "United States"),
    ("Federal Bureau of Investigation", "Police,Government", "United States"),
    ("Congress", "Legislative / Parliamentary,Government", "United States"),
    ("China", "", "China"),
    ("Xi Jinping", "Elite,Executive,Executive Office,Government", "China"),
    ("People's Liberation Army", "Military", "China"),
    ("Xinhua News Agency", "State Media,Government", "China"),
    ("Huawei", "Multinational Corporation", "China"),
    ("Supreme People's Court", "National / Supreme Court,Judicial,Government", "China"),
    ("Taiwan", "", "Taiwan"),
    ("Russia", "", "Russian Federation"),
    ("North Korea", "", "North Korea"),
    ("Japan", "", "Japan"),
    ("Citizen (China)", "General Population / Civilian / Social,Social", "China"),
    ("United Nations", "Global,International Government Organization,Global Diplomatic IGOs", ""),
]
_ICEWS_PLACES = [("Beijing", "", "Beijing", "China", 39.9075, 116.397),
                 ("Washington", "", "District of Columbia", "United States", 38.8951, -77.0364),
                 ("Taipei", "", "Taipei", "Taiwan", 25.0478, 121.532),
                 ("", "", "", "", 0.0, 0.0)]
_PUBLISHERS = ["Xinhua", "Reuters News", "Agence France-Presse", "BBC Monitoring", "Yonhap English News"]


def _fmt(values: np.ndarray, decimals: int) -> np.ndarray:
    return np.char.mod(f"%.{decimals}f", values)


def gdelt_table(n: int, *, layout: int = 61, seed: int = 0, start: str | None = None,
                days: int = 365, first_id: int = 1_000_000_000) -> pa.Table:
    """``n`` GDELT-shaped rows as a :class:`pyarrow.Table` of strings, in file column order.

    Parameters
    ----------
    n : int
        Number of rows.
    layout : {57, 58, 61}
        GDELT 1.0 historical, 1.0 daily or 2.0.
    seed : int
        Seed of the generator (same seed, same rows).
    start : str, optional
        First SQLDATE (ISO); defaults to 2005-01-01 for 57, 2014-01-01 for 58, 2023-01-01 for 61.
    days : int
        Dates are spread uniformly over ``days`` days from ``start``.
    first_id : int
        GLOBALEVENTID of the first row (ids increase by one).
    """
    import pyarrow as pa

    names = layout_columns(layout)
    rng = np.random.default_rng(seed)
    cb = _load_codebook()
    start = start or {57: "2005-01-01", 58: "2014-01-01", 61: "2023-01-01"}[layout]
    day = np.datetime64(start, "D") + rng.integers(0, days, n)
    ymd = day.astype(str)
    sqldate = np.char.replace(ymd, "-", "")
    year = ymd.astype("<U4")
    monthyear = np.char.replace(day.astype("datetime64[M]").astype(str), "-", "")
    doy = (day - day.astype("datetime64[Y]")).astype(np.int64)
    fraction = _fmt(year.astype(np.int64) + doy / 365.0, 4)

    # Code and actors: US/China heavy, as a US–China study would see.
    k = len(_ACTORS)
    weights = np.array([6, 4, 2, 1, 6, 4, 2, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2], dtype=float)
    weights /= weights.sum()
    a1 = rng.choice(k, n, p=weights)
    a2 = rng.choice(k, n, p=weights)
    actor = np.array([a[0] for a in _ACTORS])
    aname = np.array([a[1] for a in _ACTORS])
    acountry = np.array([a[2] for a in _ACTORS])
    atype = np.array([a[3] for a in _ACTORS])
    afips = np.array([a[4] for a in _ACTORS])
    afull = np.array([a[5] for a in _ACTORS])
    aadm1 = np.array([a[6] for a in _ACTORS])
    alat = np.array([a[7] for a in _ACTORS])
    alon = np.array([a[8] for a in _ACTORS])
    usable = np.flatnonzero(~np.isin(cb.codes, ["1213"]))  # GDELT never emits the ICEWS-only code
    ci = rng.choice(usable, n)
    code = cb.codes[ci]
    base = code.astype("<U3")
    root = cb.roots[ci]
    quad = cb.quad_classes[ci].astype(str)
    gold = np.char.mod("%g", cb.goldstein[ci])
    mentions = 1 + rng.geometric(0.3, n) - 1
    sources = np.minimum(mentions, 1 + rng.geometric(0.6, n) - 1)
    articles = mentions.copy()
    tone = rng.normal(-2.0, 4.0, n)
    ids = np.arange(first_id, first_id + n).astype(str)
    empty = np.full(n, "", dtype="<U1")

    cols: dict[str, np.ndarray] = {
        "GLOBALEVENTID": ids, "SQLDATE": sqldate, "MonthYear": monthyear, "Year": year, "FractionDate": fraction,
        "IsRootEvent": rng.integers(0, 2, n).astype(str), "EventCode": code, "EventBaseCode": base,
        "EventRootCode": root, "QuadClass": quad, "GoldsteinScale": gold, "NumMentions": mentions.astype(str),
        "NumSources": sources.astype(str), "NumArticles": articles.astype(str), "AvgTone": np.char.mod("%.14g", tone),
    }
    for prefix, idx in (("Actor1", a1), ("Actor2", a2)):
        has = actor[idx] != ""
        cols[f"{prefix}Code"] = actor[idx]
        cols[f"{prefix}Name"] = aname[idx]
        cols[f"{prefix}CountryCode"] = acountry[idx]
        for f in ("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type2Code", "Type3Code"):
            cols[f"{prefix}{f}"] = empty
        cols[f"{prefix}Type1Code"] = atype[idx]
    for prefix, idx in (("Actor1Geo", a1), ("Actor2Geo", a2), ("ActionGeo", rng.choice(k, n, p=weights))):
        has = afips[idx] != ""
        cols[f"{prefix}_Type"] = np.where(has, rng.integers(1, 5, n).astype(str), "0")
        cols[f"{prefix}_FullName"] = afull[idx]
        cols[f"{prefix}_CountryCode"] = afips[idx]
        cols[f"{prefix}_ADM1Code"] = aadm1[idx]
        cols[f"{prefix}_ADM2Code"] = np.where(has, rng.integers(10000, 99999, n).astype(str), "")
        cols[f"{prefix}_Lat"] = np.where(has, _fmt(alat[idx], 4), "")
        cols[f"{prefix}_Long"] = np.where(has, _fmt(alon[idx], 4), "")
        cols[f"{prefix}_FeatureID"] = np.where(has, (-rng.integers(1, 3_000_000, n)).astype(str), "")
    added = day + rng.integers(0, 2, n)
    added_ymd = np.char.replace(added.astype(str), "-", "")
    if layout == 61:
        quarter = rng.integers(0, 96, n) * 15
        hhmm = np.char.zfill((quarter // 60 * 100 + quarter % 60).astype(str), 4)
        cols["DATEADDED"] = np.char.add(np.char.add(added_ymd, hhmm), "00")
    else:
        cols["DATEADDED"] = added_ymd
    site = np.array(_SITES)[rng.integers(0, len(_SITES), n)]
    section = np.array(_SECTIONS)[rng.integers(0, len(_SECTIONS), n)]
    url = np.char.add(np.char.add("https://www.", site), ".com/")
    url = np.char.add(np.char.add(url, section), "/")
    url = np.char.add(np.char.add(url, np.char.replace(ymd, "-", "/")), "/story-")
    cols["SOURCEURL"] = np.char.add(np.char.add(url, ids), ".html")
    return pa.table({name: pa.array(cols[name].tolist() if cols[name].dtype.kind != "U" else cols[name],
                                    type=pa.string()) for name in names})


def _write_csv_table(table: pa.Table, sink: object, header: bool) -> None:
    import pyarrow.csv as pacsv

    opts = pacsv.WriteOptions(include_header=header, delimiter="\t", quoting_style="none",
                              quoting_header="none", batch_size=65536)
    pacsv.write_csv(table, sink, write_options=opts)


def _write_chunks(path: Path, chunks: object, *, zip_member: str | None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if zip_member is not None:
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf, zf.open(zip_member, "w") as f:
            for table, header in chunks:  # type: ignore[attr-defined]
                buf = io.BytesIO()
                _write_csv_table(table, buf, header)
                f.write(buf.getvalue())
        return path
    with open(path, "wb") as f:
        for table, header in chunks:  # type: ignore[attr-defined]
            buf = io.BytesIO()
            _write_csv_table(table, buf, header)
            f.write(buf.getvalue())
    return path


def write_gdelt(path: str | Path, n: int, *, layout: int = 61, seed: int = 0, zip: bool = False,
                chunk_rows: int = 200_000, start: str | None = None, days: int = 365) -> Path:
    """Write ``n`` GDELT-shaped rows (tab separated, no header, as GDELT ships them).

    With ``zip=True`` the rows go into a one-member zip archive named like
    GDELT's (``<stem>.CSV`` inside ``<stem>.CSV.zip``). Returns the path.
    """
    path = Path(path)

    def chunks():
        for i, lo in enumerate(range(0, n, chunk_rows)):
            m = min(chunk_rows, n - lo)
            yield gdelt_table(m, layout=layout, seed=seed * 1_000_003 + i, start=start, days=days,
                              first_id=1_000_000_000 + lo), False

    member = path.name[:-4] if path.name.lower().endswith(".zip") else path.name + ".CSV"
    return _write_chunks(path, chunks(), zip_member=member if zip else None)


def icews_table(n: int, *, seed: int = 0, start: str = "2015-01-01", days: int = 365,
                first_id: int = 20_000_000) -> pa.Table:
    """``n`` ICEWS-shaped rows as a :class:`pyarrow.Table` of strings (columns :data:`ICEWS_COLUMNS`)."""
    import pyarrow as pa

    rng = np.random.default_rng(seed)
    cb = _load_codebook()
    day = (np.datetime64(start, "D") + rng.integers(0, days, n)).astype(str)
    k = len(_ICEWS_ACTORS)
    s, t = rng.integers(0, k, n), rng.integers(0, k, n)
    name = np.array([a[0] for a in _ICEWS_ACTORS])
    sectors = np.array([a[1] for a in _ICEWS_ACTORS])
    country = np.array([a[2] for a in _ICEWS_ACTORS])
    ci = rng.integers(0, len(cb), n)
    code = cb.codes[ci]
    place = rng.integers(0, len(_ICEWS_PLACES), n)
    pl = _ICEWS_PLACES
    has = np.array([p[3] != "" for p in pl])[place]
    cols = {
        "Event ID": (first_id + np.arange(n)).astype(str),
        "Event Date": day,
        "Source Name": name[s], "Source Sectors": sectors[s], "Source Country": country[s],
        "Event Text": cb.names[ci],
        "CAMEO Code": code,
        "Intensity": np.char.mod("%g", cb.goldstein_icews[ci]),
        "Target Name": name[t], "Target Sectors": sectors[t], "Target Country": country[t],
        "Story ID": (30_000_000 + rng.integers(0, max(n, 1), n)).astype(str),
        "Sentence Number": rng.integers(1, 12, n).astype(str),
        "Publisher": np.array(_PUBLISHERS)[rng.integers(0, len(_PUBLISHERS), n)],
        "City": np.array([p[0] for p in pl])[place], "District": np.array([p[1] for p in pl])[place],
        "Province": np.array([p[2] for p in pl])[place], "Country": np.array([p[3] for p in pl])[place],
        "Latitude": np.where(has, _fmt(np.array([p[4] for p in pl])[place], 4), ""),
        "Longitude": np.where(has, _fmt(np.array([p[5] for p in pl])[place], 4), ""),
    }
    return pa.table({c: pa.array(cols[c], type=pa.string()) for c in ICEWS_COLUMNS})


def write_icews(path: str | Path, n: int, *, seed: int = 0, start: str = "2015-01-01", days: int = 365,
                zip: bool = False) -> Path:
    """Write ``n`` ICEWS-shaped rows with ICEWS's header line (tab separated). Returns the path."""
    path = Path(path)
    member = path.name[:-4] if path.name.lower().endswith(".zip") else path.name
    return _write_chunks(path, iter([(icews_table(n, seed=seed, start=start, days=days), True)]),
                         zip_member=member if zip else None)
