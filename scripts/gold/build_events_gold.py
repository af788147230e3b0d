"""Build and check `data/gold/events.jsonl`, the event and quote gold set.

The annotations themselves are written by hand in `scripts/gold/events_annotations.py`, as
surface strings (plus which occurrence, or a context string they follow). This script only
turns those strings into character offsets, copies each document's fields exactly from the
corpus record, and checks the result. No extractor, parser or NER model is used.

Run from the project root:

    python scripts/gold/build_events_gold.py            # build data/gold/events.jsonl and check it
    python scripts/gold/build_events_gold.py --check    # only check the existing file
    python scripts/gold/build_events_gold.py --stats    # check and print counts
    python scripts/gold/build_events_gold.py --module events_annotations_b2_wikicep --stats
                                                        # one later-batch module, nothing written

The shared corpus is looked up at ../shared (or $DABIR_SHARED).
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

GOLD = ROOT / "data" / "gold" / "events.jsonl"
MENTIONS = ROOT / "data" / "gold" / "mentions.jsonl"
KB_DIR = ROOT / "data" / "kb"


def shared_dir() -> Path:
    env = os.environ.get("DABIR_SHARED")
    if env:
        return Path(env)
    for cand in (ROOT.parent / "shared", Path("/work/shared")):
        if cand.exists():
            return cand
    raise SystemExit("shared corpus not found; set DABIR_SHARED")


# ---------------------------------------------------------------------------------------------
# Corpus and KB


def load_corpus(shared: Path) -> dict[str, tuple[str, dict]]:
    docs: dict[str, tuple[str, dict]] = {}
    for path in sorted(glob.glob(str(shared / "corpus" / "*" / "*.jsonl"))):
        rel = os.path.relpath(path, shared)
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                docs[rec["id"]] = (rel, rec)
    return docs


def load_kb_ids() -> tuple[set[str], dict[str, str]]:
    import yaml

    ids: set[str] = set()
    names: dict[str, str] = {}
    for path in sorted(KB_DIR.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            ids.add(entry["id"])
            names[entry["name"].casefold()] = entry["id"]
            for alias in entry.get("aliases") or []:
                names[alias["name"].casefold()] = entry["id"]
    return ids, names


# ---------------------------------------------------------------------------------------------
# Span location


class SpanError(Exception):
    pass


def locate(fields: dict, spec, default_field: str = "text") -> dict:
    """Turn a span spec into {field, start, end, text}.

    A spec is a string (first occurrence in `text`) or a dict made by `S()` in the
    annotation module: {"s": surface, "n": occurrence index, "field": name, "after": context}.
    With `after`, the surface is searched from the end of the first occurrence of the context.
    """
    if isinstance(spec, str):
        spec = {"s": spec}
    s = spec["s"]
    field = spec.get("field", default_field)
    n = spec.get("n", 0)
    hay = fields.get(field)
    if hay is None:
        raise SpanError(f"no field {field!r} for span {s!r}")
    pos = 0
    after = spec.get("after")
    if after is not None:
        a = hay.find(after)
        if a < 0:
            raise SpanError(f"context {after!r} not found in {field}")
        pos = a + len(after)
    start = -1
    for _ in range(n + 1):
        start = hay.find(s, pos)
        if start < 0:
            raise SpanError(f"span {s!r} (occurrence {n}, after {after!r}) not found in {field}")
        pos = start + 1
    return {"field": field, "start": start, "end": start + len(s), "text": s}


def expand(fields: dict, spec) -> list[dict]:
    """Like `locate`, but a spec with "all": True gives every whole-word occurrence."""
    if not (isinstance(spec, dict) and spec.get("all")):
        return [locate(fields, spec)]
    field = spec.get("field", "text")
    hay = fields[field]
    s = spec["s"]
    out = []
    for m in re.finditer(re.escape(s), hay):
        a, b = m.start(), m.end()
        if (a > 0 and hay[a - 1].isalnum()) or (b < len(hay) and hay[b].isalnum()):
            continue
        out.append({"field": field, "start": a, "end": b, "text": s})
    if not out:
        raise SpanError(f"span {s!r} (all) not found in {field}")
    return out


# ---------------------------------------------------------------------------------------------
# Build


def seed_record() -> dict:
    with open(MENTIONS, encoding="utf-8") as fh:
        first = json.loads(fh.readline())
    assert first["id"] == "seed"
    return first


def build(module: str | None = None) -> list[dict]:
    import events_annotations as ann

    docs = ann.DOCS if module is None else ann.BATCH_MODULES[module].DOCS
    shared = shared_dir()
    corpus = load_corpus(shared)
    out: list[dict] = []
    errors: list[str] = []
    for doc in docs:
        did = doc["id"]
        if did == "seed":
            seed = seed_record()
            source, fields, published = seed["source"], seed["fields"], "2021-05-17"
            publisher = None
        else:
            if did not in corpus:
                errors.append(f"{did}: not in the shared corpus")
                continue
            source, rec = corpus[did]
            fields = {k: rec[k] for k in ("title", "text") if rec.get(k)}
            published = rec["published"][:10]
            publisher = rec.get("source")
        line = {
            "id": did,
            "split": doc["split"],
            **({"batch": doc["batch"]} if doc.get("batch") else {}),
            "source": source,
            "published": published,
            **({"publisher": publisher} if publisher else {}),
            "fields": fields,
            "events": [],
            "quotes": [],
            "dates": [],
        }
        try:
            for ev in doc["events"]:
                e = dict(ev)
                e["trigger"] = locate(fields, ev["trigger"])
                if e["date"] == "R":
                    e["date"] = {"value": published, "precision": "reported"}
                else:
                    e["date"] = {"value": ev["date"][0], "precision": ev["date"][1]}
                if not e.get("counts"):
                    e.pop("counts", None)
                line["events"].append(reorder(e, EVENT_KEYS))
            for q in doc["quotes"]:
                qq = dict(q)
                qq["span"] = locate(fields, q["span"])
                line["quotes"].append(reorder(qq, QUOTE_KEYS))
            for d in doc["dates"]:
                for sp in expand(fields, d["span"]):
                    dd = dict(d)
                    dd["span"] = sp
                    line["dates"].append(reorder(dd, DATE_KEYS))
        except SpanError as exc:
            errors.append(f"{did}: {exc}")
            continue
        line["events"].sort(key=lambda e: (e["trigger"]["field"] != "title", e["trigger"]["start"]))
        line["quotes"].sort(key=lambda q: (q["span"]["field"] != "title", q["span"]["start"]))
        line["dates"].sort(key=lambda d: (d["span"]["field"] != "title", d["span"]["start"]))
        out.append(line)
    if errors:
        raise SystemExit("\n".join(errors))
    return out


EVENT_KEYS = ["trigger", "code", "source", "target", "date", "place", "counts", "reported_by",
              "modality", "negated", "background"]
QUOTE_KEYS = ["span", "direct", "scare", "speaker", "addressee", "cue", "reported_by"]
DATE_KEYS = ["span", "value", "precision"]


def reorder(d: dict, keys: list[str]) -> dict:
    extra = [k for k in d if k not in keys]
    if extra:
        raise SystemExit(f"unexpected keys {extra} in {d}")
    return {k: d[k] for k in keys if k in d}


# ---------------------------------------------------------------------------------------------
# Check

SPLITS = {"dev", "heldout"}
MODALITIES = {"asserted", "claimed", "denied", "threatened", "planned"}
PRECISIONS = {"day", "week", "month", "season", "year", "decade", "reported"}
COUNT_KINDS = {"killed", "injured", "arrested", "displaced", "strikes"}
DATE_POINT = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{4}-(SP|SU|FA|WI)|\d{3}X)$")


def valid_date_value(v: str) -> bool:
    if "/" in v:
        a, b = v.split("/", 1)
        return (a == ".." or DATE_POINT.match(a)) and (b == ".." or DATE_POINT.match(b)) and not (
            a == ".." and b == ".."
        )
    return bool(DATE_POINT.match(v))


def check(lines: list[dict], verbose: bool = False) -> list[str]:
    kb_ids, kb_names = load_kb_ids()
    problems: list[str] = []
    seen: set[str] = set()
    non_kb: collections.Counter = collections.Counter()

    def actor(did: str, where: str, a) -> None:
        if not isinstance(a, str) or not a.strip():
            problems.append(f"{did}: {where}: bad actor {a!r}")
            return
        if a in kb_ids:
            return
        non_kb[a] += 1
        if a.startswith("~"):
            if a != a.lower():
                problems.append(f"{did}: {where}: unnamed actor {a!r} must be lowercase")
            return
        if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", a):
            problems.append(f"{did}: {where}: {a!r} looks like an id but is not in the KB")
        hit = kb_names.get(a.casefold())
        if hit:
            problems.append(f"{did}: {where}: {a!r} is a KB name or alias of {hit}; use the id")

    def span(did: str, fields: dict, sp: dict, where: str) -> None:
        f = sp.get("field")
        if f not in fields:
            problems.append(f"{did}: {where}: field {f!r} missing")
            return
        if not (0 <= sp["start"] < sp["end"] <= len(fields[f])):
            problems.append(f"{did}: {where}: offsets out of range")
            return
        if fields[f][sp["start"]:sp["end"]] != sp["text"]:
            problems.append(f"{did}: {where}: text mismatch {sp['text']!r}")

    for ln in lines:
        did = ln.get("id")
        for kind, items, key in (("trigger", ln["events"], "trigger"), ("quote", ln["quotes"], "span"),
                                 ("date", ln["dates"], "span")):
            spans = [(x[key]["field"], x[key]["start"], x[key]["end"]) for x in items]
            if kind == "trigger":
                spans = [sp + (x["code"],) for sp, x in zip(spans, items)]
            dup = [sp for sp, c in collections.Counter(spans).items() if c > 1]
            if dup:
                problems.append(f"{did}: duplicate {kind} spans {dup}")
        if did in seen:
            problems.append(f"{did}: duplicate id")
        seen.add(did)
        if ln.get("split") not in SPLITS:
            problems.append(f"{did}: bad split {ln.get('split')!r}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", ln.get("published", "")):
            problems.append(f"{did}: bad published")
        fields = ln["fields"]
        for i, e in enumerate(ln["events"]):
            w = f"event {i} ({e['trigger']['text']!r})"
            span(did, fields, e["trigger"], w)
            if not (isinstance(e["code"], str) and re.fullmatch(r"\d{2,4}", e["code"])):
                problems.append(f"{did}: {w}: bad code {e['code']!r}")
            for role in ("source", "target"):
                if not isinstance(e[role], list):
                    problems.append(f"{did}: {w}: {role} must be a list")
                    continue
                for a in e[role]:
                    actor(did, f"{w} {role}", a)
            dt = e["date"]
            if dt["precision"] not in PRECISIONS or not valid_date_value(dt["value"]):
                problems.append(f"{did}: {w}: bad date {dt}")
            if dt["precision"] == "reported" and dt["value"] != ln["published"]:
                problems.append(f"{did}: {w}: 'reported' date must be the publication date")
            if e.get("place") is not None and not isinstance(e["place"], str):
                problems.append(f"{did}: {w}: bad place")
            for kind, items in (e.get("counts") or {}).items():
                if kind not in COUNT_KINDS:
                    problems.append(f"{did}: {w}: bad count kind {kind}")
                for it in items:
                    if not isinstance(it.get("n"), int) or set(it) - {"n", "place", "approx"}:
                        problems.append(f"{did}: {w}: bad count {it}")
            if e["reported_by"] is not None:
                actor(did, f"{w} reported_by", e["reported_by"])
            if e["modality"] not in MODALITIES:
                problems.append(f"{did}: {w}: bad modality")
            if not isinstance(e["negated"], bool) or not isinstance(e["background"], bool):
                problems.append(f"{did}: {w}: negated/background must be booleans")
        for i, q in enumerate(ln["quotes"]):
            w = f"quote {i} ({q['span']['text'][:30]!r})"
            span(did, fields, q["span"], w)
            if not isinstance(q["direct"], bool) or not isinstance(q["scare"], bool):
                problems.append(f"{did}: {w}: direct/scare must be booleans")
            if q["scare"] and (q["speaker"] is not None or not q["direct"]):
                problems.append(f"{did}: {w}: scare quotes are direct with speaker null")
            if not q["scare"]:
                if q["speaker"] is None:
                    problems.append(f"{did}: {w}: speaker missing")
                else:
                    actor(did, f"{w} speaker", q["speaker"])
                if not q.get("cue"):
                    problems.append(f"{did}: {w}: cue missing")
            for a in q["addressee"]:
                actor(did, f"{w} addressee", a)
            if q["reported_by"] is not None:
                actor(did, f"{w} reported_by", q["reported_by"])
        for i, d in enumerate(ln["dates"]):
            w = f"date {i} ({d['span']['text']!r})"
            span(did, fields, d["span"], w)
            if d["precision"] not in PRECISIONS - {"reported"} or not valid_date_value(d["value"]):
                problems.append(f"{did}: {w}: bad value/precision {d['value']!r} {d['precision']!r}")
    if verbose:
        print("actor strings that are not KB ids:")
        for a, c in sorted(non_kb.items()):
            print(f"  {c:3d}  {a}")
    return problems


def stats(lines: list[dict]) -> None:
    by = collections.Counter()
    for ln in lines:
        folder = ln["source"].split("/")[1] if ln["source"].startswith("corpus/") else "seed"
        by[(ln["split"], folder)] += 1
    print("documents per split and source:")
    for (split, folder), n in sorted(by.items()):
        print(f"  {split:8s} {folder:40s} {n}")
    for split in sorted(SPLITS):
        sel = [ln for ln in lines if ln["split"] == split]
        print(
            f"{split}: {len(sel)} docs, {sum(len(x['events']) for x in sel)} events, "
            f"{sum(len(x['quotes']) for x in sel)} quotes, {sum(len(x['dates']) for x in sel)} dates"
        )
    print(
        f"total: {len(lines)} docs, {sum(len(x['events']) for x in lines)} events, "
        f"{sum(len(x['quotes']) for x in lines)} quotes, {sum(len(x['dates']) for x in lines)} dates"
    )
    codes = collections.Counter(e["code"] for x in lines for e in x["events"])
    print("codes:", dict(sorted(codes.items())))
    q = collections.Counter(
        "scare" if qq["scare"] else ("direct" if qq["direct"] else "indirect")
        for x in lines
        for qq in x["quotes"]
    )
    print("quotes:", dict(q))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="only check the existing file")
    ap.add_argument("--stats", action="store_true", help="print counts and non-KB actor strings")
    ap.add_argument("--module", help="build and check one later-batch module only; write nothing")
    args = ap.parse_args()
    if args.module:
        lines = build(args.module)
    elif args.check:
        lines = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        lines = build()
        with open(GOLD, "w", encoding="utf-8") as fh:
            for ln in lines:
                fh.write(json.dumps(ln, ensure_ascii=False) + "\n")
    problems = check(lines, verbose=args.stats)
    if args.stats:
        stats(lines)
    if problems:
        print("\n".join(problems))
        raise SystemExit(f"{len(problems)} problem(s)")
    where = f"of {args.module} (nothing written)" if args.module else f"in {GOLD.relative_to(ROOT)}"
    print(f"OK: {len(lines)} documents {where}")


if __name__ == "__main__":
    main()
