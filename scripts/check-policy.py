#!/usr/bin/env python3
"""Check the built-in Xinjiang policy table (sections, 28 measures, indicator links) embedded in Swift.

Usage (from anywhere):

    python3 scripts/check-policy.py [SWIFT_FILE] [--framework SWIFT_FILE] [--policy TEXT_FILE]

SWIFT_FILE defaults to Sources/OasisCore/Promotion/BuiltIn/XinjiangPolicy2025.swift and --framework to
Sources/OasisCore/Evaluation/BuiltIn/MOHURDBasicFramework.swift, both relative to the repository root
(the parent of this script's directory). --policy names the policy's full text (UTF-8, one heading or
paragraph a line); without it the OASIS_POLICY_TEXT environment variable is used, and failing that the
seed file at DEFAULT_POLICY if it exists. Without any policy text the checks against it are skipped.

The script takes the first raw multi-line string literal (#\"\"\" ... \"\"\"#) from each Swift file, removes
the indentation of its closing delimiter the way the Swift compiler does, parses the JSON and checks:

  FAIL  a content line indented less than the closing delimiter (the file would not compile);
  FAIL  JSON that does not parse, or objects with missing or unexpected keys, or values of the wrong type;
  FAIL  an id, level, region (6 digits) or issuedOn (YYYY-MM-DD) of the wrong shape; an empty title;
  FAIL  sections not numbered 1, 2, 3, ... in order;
  FAIL  measures other than exactly 28 numbered 1..28 in order; a measure whose section does not exist
        or comes before the previous measure's section;
  FAIL  an indicator code that is not in the framework, or is listed twice for one measure;
  FAIL  summaryZh empty or over 80 characters, summaryEn empty or over 220 characters, or either with
        more than two sentences.

With the policy text it also checks:

  FAIL  titleZh not the policy's first line;
  FAIL  a section title that differs from the policy's "N、" heading (comparing after NFKC, so ASCII and
        full-width punctuation count as the same), or a section count that differs from the policy's;
  FAIL  a measure titleZh that is not exactly the policy's heading for that number (the text after
        "（N）" up to the first 。), or a measure that sits under another section in the policy;
  FAIL  a summaryZh sentence sharing a run of more than 20 characters with the policy text, comparing
        letters and digits only (punctuation and spaces removed, NFKC), to show summaries are paraphrase.

It then prints the sections, each measure with its English title and indicators, the longest run each
summary shares with the policy, and the framework indicators no measure uses. Exit status 1 on any FAIL.
Python 3 standard library only.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = Path("Sources/OasisCore/Promotion/BuiltIn/XinjiangPolicy2025.swift")
DEFAULT_FRAMEWORK = Path("Sources/OasisCore/Evaluation/BuiltIn/MOHURDBasicFramework.swift")
DEFAULT_POLICY = Path("/work/shared/seeds/000_714c30759e6ebeb5.txt")

MEASURE_COUNT = 28
SUMMARY_ZH_MAX = 80
SUMMARY_EN_MAX = 220
MAX_SENTENCES = 2
MAX_SHARED_RUN = 20

TOP_KEYS = {"id", "level", "region", "issuedOn", "issuerZh", "issuerEn", "titleZh", "titleEn",
            "sections", "measures"}
SECTION_KEYS = {"number", "titleZh", "titleEn"}
MEASURE_KEYS = {"number", "section", "titleZh", "titleEn", "summaryZh", "summaryEn", "indicators"}
LEVELS = {"national", "province", "prefecture", "county"}

CN_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

failures: list[str] = []


def fail(message: str) -> None:
    failures.append(message)
    print(f"FAIL  {message}")


def cn_number(text: str) -> int:
    """Chinese numerals 一..九十九 to an int."""
    if text == "十":
        return 10
    if "十" in text:
        tens, _, units = text.partition("十")
        return (CN_NUMERALS[tens] if tens else 1) * 10 + (CN_NUMERALS[units] if units else 0)
    return CN_NUMERALS[text]


def raw_string_json(path: Path, label: str):
    """The first #\"\"\" ... \"\"\"# literal of a Swift file, de-indented as Swift does, parsed as JSON."""
    source = path.read_text(encoding="utf-8")
    match = re.search(r'#"""\n(.*?)\n([ \t]*)"""#', source, re.S)
    if not match:
        fail(f"{label}: no raw multi-line string literal in {path}")
        return None
    body, indent = match.group(1), match.group(2)
    lines = []
    for number, line in enumerate(body.split("\n"), 1):
        if line.strip() == "":
            lines.append("")
        elif not line.startswith(indent):
            fail(f"{label}: line {number} of the literal is indented less than the closing delimiter")
            lines.append(line.lstrip())
        else:
            lines.append(line[len(indent):])
    try:
        return json.loads("\n".join(lines))
    except json.JSONDecodeError as error:
        fail(f"{label}: JSON does not parse: {error}")
        return None


# Optional maps of names in more languages (Uyghur and any later one), keyed by language tag.
LANGUAGE_MAPS = {"titles", "issuers", "summaries"}


def check_keys(obj, keys: set[str], where: str) -> bool:
    if not isinstance(obj, dict):
        fail(f"{where}: not an object")
        return False
    missing, extra = keys - obj.keys(), obj.keys() - keys - LANGUAGE_MAPS
    if missing:
        fail(f"{where}: missing keys {sorted(missing)}")
    if extra:
        fail(f"{where}: unexpected keys {sorted(extra)}")
    return not missing


def nonempty_string(value, where: str) -> bool:
    if not isinstance(value, str) or not value.strip():
        fail(f"{where}: must be a non-empty string")
        return False
    return True


def sentences_zh(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[。！？!?])", text) if part.strip()]


def sentences_en(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text.strip()) if part.strip()]


def letters_and_digits(text: str) -> str:
    """NFKC, then keep only letters and digits: punctuation, width and spacing cannot hide a quotation."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text)
                   if unicodedata.category(ch)[0] in "LN")


def longest_shared_run(text: str, corpus: str) -> str:
    """The longest substring of text that also occurs in corpus (both already normalised)."""
    best = ""
    for start in range(len(text)):
        length = len(best) + 1
        while start + length <= len(text) and text[start:start + length] in corpus:
            best = text[start:start + length]
            length += 1
    return best


def parse_policy(text: str):
    """Title, {section number: heading}, {measure number: (heading, section number)} of the policy text."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = lines[0] if lines else ""
    sections: dict[int, str] = {}
    measures: dict[int, tuple[str, int]] = {}
    current = 0
    for line in lines:
        section = re.match(r"^([一二三四五六七八九十]+)、(.+)$", line)
        if section:
            current = cn_number(section.group(1))
            sections[current] = section.group(2)
            continue
        measure = re.match(r"^[(（]([一二三四五六七八九十]+)[)）]([^。]*)", line)
        if measure:
            measures[cn_number(measure.group(1))] = (measure.group(2), current)
    return title, sections, measures


def main(argv: list[str]) -> int:
    args = list(argv)
    options: dict[str, str] = {}
    positional: list[str] = []
    while args:
        arg = args.pop(0)
        if arg in ("--framework", "--policy"):
            if not args:
                print(f"usage: {arg} needs a value", file=sys.stderr)
                return 2
            options[arg] = args.pop(0)
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            positional.append(arg)
    swift_file = Path(positional[0]) if positional else REPO_ROOT / DEFAULT_FILE
    framework_file = Path(options.get("--framework", REPO_ROOT / DEFAULT_FRAMEWORK))
    policy_file = options.get("--policy") or os.environ.get("OASIS_POLICY_TEXT")
    if policy_file is None and DEFAULT_POLICY.exists():
        policy_file = str(DEFAULT_POLICY)

    policy = raw_string_json(swift_file, "policy table")
    framework = raw_string_json(framework_file, "framework")
    if policy is None or framework is None:
        return 1
    indicator_names = {item["code"]: item.get("nameEn", "") for item in framework.get("indicators", [])}
    if not indicator_names:
        fail("framework: no indicators")

    # Top level.
    check_keys(policy, TOP_KEYS, "policy")
    for key in ("id", "issuerZh", "issuerEn", "titleZh", "titleEn"):
        nonempty_string(policy.get(key), key)
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(policy.get("id", ""))):
        fail(f"id {policy.get('id')!r}: use lower-case words joined by hyphens")
    if policy.get("level") not in LEVELS:
        fail(f"level {policy.get('level')!r}: not one of {sorted(LEVELS)}")
    if not re.fullmatch(r"\d{6}", str(policy.get("region", ""))):
        fail(f"region {policy.get('region')!r}: not a 6-digit division code")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(policy.get("issuedOn", ""))):
        fail(f"issuedOn {policy.get('issuedOn')!r}: not YYYY-MM-DD")

    # Sections.
    sections = policy.get("sections") if isinstance(policy.get("sections"), list) else []
    if not sections:
        fail("sections: must be a non-empty list")
    section_numbers: list[int] = []
    for index, section in enumerate(sections, 1):
        where = f"section #{index}"
        if not check_keys(section, SECTION_KEYS, where):
            continue
        if section["number"] != index:
            fail(f"{where}: number {section['number']!r}, expected {index}")
        nonempty_string(section["titleZh"], f"{where} titleZh")
        nonempty_string(section["titleEn"], f"{where} titleEn")
        section_numbers.append(section["number"])
    known_sections = set(section_numbers)

    # Measures.
    measures = policy.get("measures") if isinstance(policy.get("measures"), list) else []
    if len(measures) != MEASURE_COUNT:
        fail(f"measures: {len(measures)}, expected {MEASURE_COUNT}")
    previous_section = 0
    used_codes: set[str] = set()
    for index, measure in enumerate(measures, 1):
        where = f"measure #{index}"
        if not check_keys(measure, MEASURE_KEYS, where):
            continue
        if measure["number"] != index:
            fail(f"{where}: number {measure['number']!r}, expected {index}")
        section = measure["section"]
        if section not in known_sections:
            fail(f"{where}: section {section!r} does not exist")
        elif section < previous_section:
            fail(f"{where}: section {section} comes before the previous measure's section {previous_section}")
        else:
            previous_section = section
        for key in ("titleZh", "titleEn", "summaryZh", "summaryEn"):
            nonempty_string(measure[key], f"{where} {key}")
        zh, en = str(measure["summaryZh"]), str(measure["summaryEn"])
        if len(zh) > SUMMARY_ZH_MAX:
            fail(f"{where}: summaryZh has {len(zh)} characters, at most {SUMMARY_ZH_MAX}")
        if len(en) > SUMMARY_EN_MAX:
            fail(f"{where}: summaryEn has {len(en)} characters, at most {SUMMARY_EN_MAX}")
        if len(sentences_zh(zh)) > MAX_SENTENCES:
            fail(f"{where}: summaryZh has {len(sentences_zh(zh))} sentences, at most {MAX_SENTENCES}")
        if len(sentences_en(en)) > MAX_SENTENCES:
            fail(f"{where}: summaryEn has {len(sentences_en(en))} sentences, at most {MAX_SENTENCES}")
        codes = measure["indicators"]
        if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
            fail(f"{where}: indicators must be a list of codes")
            continue
        if len(set(codes)) != len(codes):
            fail(f"{where}: an indicator is listed twice: {codes}")
        for code in codes:
            if code not in indicator_names:
                fail(f"{where}: indicator {code} is not in the framework")
            used_codes.add(code)

    # Against the policy text.
    shared_runs: dict[int, str] = {}
    if policy_file is None:
        print("SKIP  no policy text (--policy, OASIS_POLICY_TEXT); headings and paraphrase not checked")
    elif not Path(policy_file).exists():
        fail(f"policy text {policy_file} does not exist")
    else:
        text = Path(policy_file).read_text(encoding="utf-8")
        title, text_sections, text_measures = parse_policy(text)
        if policy.get("titleZh") != title:
            fail(f"titleZh {policy.get('titleZh')!r} is not the policy's title {title!r}")
        if len(text_sections) != len(sections):
            fail(f"sections: {len(sections)} in the table, {len(text_sections)} in the policy")
        for section in sections:
            if not isinstance(section, dict):
                continue
            heading = text_sections.get(section.get("number"))
            if heading is None:
                fail(f"section {section.get('number')}: not in the policy")
            elif unicodedata.normalize("NFKC", heading) != unicodedata.normalize("NFKC", section.get("titleZh", "")):
                fail(f"section {section.get('number')}: titleZh {section.get('titleZh')!r}, policy has {heading!r}")
        if len(text_measures) != MEASURE_COUNT:
            fail(f"policy text: {len(text_measures)} numbered measures found, expected {MEASURE_COUNT}")
        corpus = letters_and_digits(text)
        for measure in measures:
            if not isinstance(measure, dict) or "number" not in measure:
                continue
            number = measure["number"]
            where = f"measure {number}"
            if number in text_measures:
                heading, in_section = text_measures[number]
                if measure.get("titleZh") != heading:
                    fail(f"{where}: titleZh {measure.get('titleZh')!r}, policy heading is {heading!r}")
                if measure.get("section") != in_section:
                    fail(f"{where}: section {measure.get('section')}, the policy puts it in section {in_section}")
            else:
                fail(f"{where}: not in the policy text")
            longest = ""
            for sentence in sentences_zh(str(measure.get("summaryZh", ""))):
                run = longest_shared_run(letters_and_digits(sentence), corpus)
                if len(run) > MAX_SHARED_RUN:
                    fail(f"{where}: summaryZh shares {len(run)} characters with the policy: {run}")
                longest = max(longest, run, key=len)
            shared_runs[number] = longest

    # Report.
    print()
    print(f"{policy.get('id')}  {policy.get('titleZh')}  ({policy.get('issuedOn')}, {policy.get('region')})")
    print(f"{len(sections)} sections, {len(measures)} measures, "
          f"{sum(1 for m in measures if isinstance(m, dict) and m.get('indicators'))} with indicators")
    by_section: dict[int, list[dict]] = {}
    for measure in measures:
        if isinstance(measure, dict):
            by_section.setdefault(measure.get("section"), []).append(measure)
    for section in sections:
        if not isinstance(section, dict):
            continue
        print(f"\n{section.get('number'):>2}  {section.get('titleZh')}  |  {section.get('titleEn')}")
        for measure in by_section.get(section.get("number"), []):
            codes = ", ".join(measure.get("indicators") or []) or "-"
            run = shared_runs.get(measure.get("number"))
            run_note = f"  [longest shared run {len(run)}]" if run is not None else ""
            print(f"    ({measure.get('number'):>2}) {measure.get('titleEn')}: {codes}{run_note}")
    unused = sorted(set(indicator_names) - used_codes)
    print(f"\nframework indicators used: {len(used_codes & set(indicator_names))} of {len(indicator_names)}")
    print(f"unused: {', '.join(unused) if unused else '-'}")

    if failures:
        print(f"\n{len(failures)} failure(s)")
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
