#!/usr/bin/env python3
"""Annotation helper: turns raw Dutch paragraphs into OpenNLP's sentence and token training formats.

Input: segmentation.nl.txt (one paragraph per line) and the texts of doccat.nl.train (one sample
per line, each its own paragraph). Output: sentences.nl.train (one sentence per line, an empty line
between paragraphs) and tokens.nl.train (one sentence per line, <SPLIT> where two tokens touch).

The splits follow the conventions we want from the tokenizer: punctuation is its own token, but
abbreviations (abbreviations.nl.txt) keep their dots, and hyphens and apostrophes inside a word
stay ("NT2-leerling", "IB'er", "z'n", "'s"), as do times and decimals ("14.00", "7,5") and
fractions or groups ("6/7", "t/m"). The output is checked by hand before it is committed.
Run from nlp-models/src/main/data: python3 tools/make-segmentation-data.py
"""
import glob
import re

ABBR = [l.strip() for l in open("abbreviations.nl.txt", encoding="utf-8")
        if l.strip() and not l.startswith("#")]
ABBR_RE = "|".join(re.escape(a) for a in sorted(ABBR, key=len, reverse=True))
TOKEN = re.compile(
    r"(?:(?<![\w.])(?:" + ABBR_RE + r"))"          # abbreviations with their dots
    r"|'s(?=\s)|z'n|m'n|d'r"                      # clitics
    r"|t/m|d\.d\."
    r"|\d+(?:[.,:/-]\d+)*"                        # numbers, times, 6/7, 5-11
    r"|\w+(?:['’-]\w+)*"                          # words with inner hyphen/apostrophe
    r"|[^\w\s]",                                  # any other mark
    re.UNICODE | re.IGNORECASE)
SENT_END = re.compile(r"(?<=[.!?])\s+(?=[\"'A-Z0-9(])")


def sentences(paragraph):
    parts, out = SENT_END.split(paragraph.strip()), []
    for p in parts:
        if out and any(out[-1].endswith(a) for a in ABBR):
            out[-1] += " " + p          # an abbreviation did not end the sentence
        else:
            out.append(p)
    return out


def tokens_line(sentence):
    out, last_end = [], None
    for m in TOKEN.finditer(sentence):
        if last_end is not None:
            out.append("<SPLIT>" if m.start() == last_end else " ")
        out.append(m.group(0))
        last_end = m.end()
    return "".join(out)


def main():
    paragraphs = [l.strip() for l in open("segmentation.nl.txt", encoding="utf-8")
                  if l.strip() and not l.startswith("#")]
    for name in sorted(glob.glob("doccat*.nl.train")):
        for line in open(name, encoding="utf-8"):
            if line.strip() and not line.startswith("#") and "\t" in line:
                paragraphs.append(line.split("\t", 1)[1].strip())
    with open("sentences.nl.train", "w", encoding="utf-8") as s, open("tokens.nl.train", "w", encoding="utf-8") as t:
        for p in paragraphs:
            for sent in sentences(p):
                s.write(sent + "\n")
                t.write(tokens_line(sent) + "\n")
            s.write("\n")


if __name__ == "__main__":
    main()
