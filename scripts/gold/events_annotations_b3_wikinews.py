"""Hand annotations of the third batch: wikinews-saliency documents chosen by
`select_batch.py --batch 3`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, E, IQ, SQ, D, K, Q, S  # noqa: F401

DOCS: list[dict] = []
