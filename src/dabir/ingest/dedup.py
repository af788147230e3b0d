"""Near-duplicate detection: MinHash signatures of word 5-shingles, banded for LSH.

``near_duplicate.v1``: the text is normalized (Unicode, case, quotes, punctuation), cut into word
5-shingles and hashed into a 128-value MinHash signature (datasketch). Signatures are split into
32 bands of 4 values; two texts sharing any band are candidates, and a candidate is a near
duplicate when the signatures estimate a Jaccard similarity at or above the threshold. Bands
live in the database (one indexed row per band), so the index needs no memory and survives
restarts.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import MinHash

from dabir.keys import normalize_for_identity
from dabir.types import Fingerprint

COMPONENT = "near_duplicate.v1"
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 5
MIN_WORDS = 12  # shorter texts (headlines, one-liners) are not compared
_SEED = 1
SCHEME = "affine32"  # datasketch's permutation scheme; stored signatures depend on it
_WORD = re.compile(r"\w+", re.UNICODE)


def words_of(text: str) -> list[str]:
    return _WORD.findall(normalize_for_identity(text))


def fingerprint(text: str) -> Fingerprint | None:
    """The text's MinHash fingerprint, or None when it is too short to compare."""
    words = words_of(text)
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    values = np.asarray(minhash.hashvalues, dtype="<u4")
    return Fingerprint(values.tobytes(), _band_hashes(values))


@lru_cache(maxsize=1)
def _permutations() -> Any:
    """The seeded permutations, made once (datasketch makes them per MinHash otherwise)."""
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=SCHEME).permutations


def _band_hashes(values: np.ndarray) -> tuple[int, ...]:
    hashes = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "big")).digest()
        hashes.append(int.from_bytes(digest, "big", signed=True))
    return tuple(hashes)


def similarity(signature_a: bytes, signature_b: bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    a = np.frombuffer(signature_a, dtype="<u4")
    b = np.frombuffer(signature_b, dtype="<u4")
    if a.shape != b.shape:
        return 0.0
    return float(np.count_nonzero(a == b)) / float(len(a))
