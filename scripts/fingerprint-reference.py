#!/usr/bin/env python3
"""A second implementation of newsdoc's fingerprints, written from docs/fingerprints.md
alone, in another language: it checks that the page is enough to reproduce the values.

    python3 scripts/fingerprint-reference.py docs/fingerprint-vectors.json

reads the published test vectors, recomputes each from its input and exits 1 on the first
difference. No ASCII fast path here: every text takes the Unicode steps, so a match also
checks that the fast path of src/fingerprint/words.ts changes nothing. Standard library
only (unicodedata's Unicode version must know the characters of the vectors).
"""
import json
import sys
import unicodedata

M32 = 0xFFFFFFFF


def fnv1a(units):
    h = 0x811C9DC5
    for u in units:
        h = ((h ^ u) * 0x01000193) & M32
    return h


def fmix32(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & M32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & M32
    h ^= h >> 16
    return h


def rotl(x, r):
    return ((x << r) | (x >> (32 - r))) & M32


def murmur3_words(values, seed):
    """MurmurHash3_x86_32 of the little-endian bytes of 32-bit values."""
    h = seed
    for v in values:
        k = (v * 0xCC9E2D51) & M32
        k = (rotl(k, 15) * 0x1B873593) & M32
        h ^= k
        h = (rotl(h, 13) * 5 + 0xE6546B64) & M32
    return fmix32(h ^ (4 * len(values)))


def unspaced(c):
    o = ord(c)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or 0x4E00 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def words(text):
    """Step 1 of the page: NFKD, lower case, marks out, digit runs to 0, the rest to words."""
    # Each character lower-cased on its own (no context: Σ is σ), and ς read as σ.
    text = ''.join(c.lower() for c in unicodedata.normalize('NFKD', text)).replace('\u03c2', '\u03c3')
    text = ''.join(c for c in text if not unicodedata.category(c).startswith('M'))
    out = []
    word = []
    in_number = False

    def end():
        nonlocal word
        if word:
            out.append(fnv1a(word))
        word = []

    for c in text:
        cat = unicodedata.category(c)
        if cat == 'Nd':
            if not in_number:
                word.append(0x30)
            in_number = True
            continue
        in_number = False
        if cat.startswith('L'):
            if unspaced(c):
                end()
                word = list(c.encode('utf-16-le'))
                word = [word[i] | (word[i + 1] << 8) for i in range(0, len(word), 2)]
                end()
            else:
                b = c.encode('utf-16-le')
                word.extend(b[i] | (b[i + 1] << 8) for i in range(0, len(b), 2))
        else:
            end()
    end()
    return out


def shingles(ws):
    span = min(len(ws), 5)
    if span == 0:
        return []
    return [murmur3_words(ws[i:i + span], 0) for i in range(len(ws) - span + 1)]


def simhash(sh):
    bits = 0
    for half, feature in ((0, fmix32), (1, lambda s: s)):
        counts = [0] * 32
        for s in sh:
            f = feature(s)
            for b in range(32):
                counts[b] += (f >> b) & 1
        value = 0
        for b in range(32):
            if 2 * counts[b] > len(sh):
                value |= 1 << b
        bits |= value << (32 * (1 - half))
    return f'{bits:016x}'


def minhash(sh):
    seeds = [fmix32(i + 1) for i in range(112)]
    distinct = set(sh)
    return [min(fmix32(s ^ seed) for s in distinct) for seed in seeds]


def main(path):
    with open(path, encoding='utf-8') as f:
        vectors = json.load(f)
    for n, v in enumerate(vectors):
        sh = shingles(words(v['text']))
        got = {
            'words': len(words(v['text'])) if sh else 0,
            'simhash': simhash(sh) if sh else None,
            'minhash': minhash(sh) if sh else None,
        }
        for key, value in got.items():
            if v[key] != value:
                print(f'vector {n} ({v["text"][:40]!r}): {key} is {value}, the file says {v[key]}')
                return 1
    print(f'{len(vectors)} vectors reproduced')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
