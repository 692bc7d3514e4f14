#!/usr/bin/env python3
"""Check the built-in indicator framework embedded in a Swift source file.

Usage (from anywhere):

    python3 scripts/check-framework.py [SWIFT_FILE]

SWIFT_FILE defaults to Sources/OasisCore/Evaluation/BuiltIn/MOHURDBasicFramework.swift, relative to
the repository root (the parent of this script's directory).

The script takes the first raw multi-line string literal (#\"\"\" ... \"\"\"#) from the file, removes
the indentation of its closing delimiter the way the Swift compiler does, parses the JSON and checks:

  FAIL  a content line indented less than the closing delimiter (the file would not compile);
  FAIL  JSON that does not parse, or objects with missing or unexpected keys;
  FAIL  duplicate codes (levels, goals, groups, indicators, target ids);
  FAIL  a reference that does not resolve (group -> level; indicator -> level, group, goal;
        target -> indicator), or an indicator whose level differs from its group's level;
  FAIL  an indicator code not shaped <D|C|B|U|P><two digits>, or whose letter does not match its
        level (D dwelling, C community, B block, U and P city); computed true exactly for P codes;
  FAIL  a unit outside the allowed set; a rate, share, ratio or coverage whose unit is not "%";
        a percentage threshold or target outside 0..100;
  FAIL  a threshold whose shape does not fit the direction ({"value": n} for lowerIsBetter and
        higherIsBetter, {"lower": a, "upper": b} with a < b for band), or that does not name its
        source in sourceZh and sourceEn (the decoder keeps sources on the threshold only);
  FAIL  an unknown direction, confidence or comparison; a non-positive weight; an empty name or source;
  FAIL  a goal with fewer than 5 indicators; a number of groups outside 10..17; an unused group;
  FAIL  a target whose base year is not before its target year, or whose region is not 6 digits.

It then prints the counts by level and goal, by confidence, by group, and the thresholded indicators
with their sources. Exit status 1 on any FAIL. Python 3 standard library only.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = Path("Sources/OasisCore/Evaluation/BuiltIn/MOHURDBasicFramework.swift")

UNITS = {"栋", "套", "个", "%", "km", "m²/人", "m²", "人", "处", "辆", "km²", "m"}
DIRECTIONS = {"lowerIsBetter", "higherIsBetter", "band"}
CONFIDENCES = {"published", "practice", "recalled"}
COMPARISONS = {"atLeast", "atMost"}
LEVEL_LETTERS = {"D": "dwelling", "C": "community", "B": "block", "U": "city", "P": "city"}

TOP_KEYS = {"id", "version", "nameZh", "nameEn", "source", "levels", "goals", "groups", "indicators", "targets"}
LEVEL_KEYS = {"code", "nameZh", "nameEn"}
GOAL_KEYS = {"code", "nameZh", "nameEn", "weight"}
GROUP_KEYS = {"code", "nameZh", "nameEn", "level", "weight"}
INDICATOR_KEYS = {"code", "nameZh", "nameEn", "unit", "level", "group", "goal", "direction", "threshold",
                  "confidence", "weight", "computed"}
THRESHOLD_SOURCE_KEYS = {"sourceZh", "sourceEn", "sources"}
TARGET_KEYS = {"id", "indicator", "region", "baseYear", "targetYear", "value", "comparison", "sourceZh", "sourceEn"}

# Words that make an indicator a percentage. Chinese: 率 rate, 比例 proportion, 占比 / 比重 share.
PERCENT_ZH = ("率", "比例", "占比", "比重")
PERCENT_EN = re.compile(r"\b(rate|share|ratio|coverage|percentage|proportion)\b", re.IGNORECASE)

failures: list[str] = []


def fail(message: str) -> None:
    failures.append(message)


def extract_json(text: str) -> str:
    """Return the content of the first #\"\"\" ... \"\"\"# literal, indentation stripped as Swift does."""
    start = text.find('#"""')
    if start < 0:
        raise SystemExit('FAIL  no raw multi-line string literal (#""") in the file')
    newline = text.find("\n", start)
    end = text.find('"""#', newline)
    if newline < 0 or end < 0:
        raise SystemExit('FAIL  unterminated raw multi-line string literal')
    if text[start + 4:newline].strip():
        raise SystemExit('FAIL  text after the opening #""" delimiter on its line')
    line_start = text.rfind("\n", 0, end) + 1
    closing_indent = text[line_start:end]
    if closing_indent.strip():
        raise SystemExit('FAIL  the closing """# delimiter must stand on its own line')
    content = text[newline + 1:line_start]
    lines = content.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    out = []
    for number, line in enumerate(lines, 1):
        if line.strip() == "":
            out.append("")
        elif not line.startswith(closing_indent):
            fail(f"literal line {number} is indented less than the closing delimiter")
            out.append(line.lstrip())
        else:
            out.append(line[len(closing_indent):])
    if "\\#" in content:
        fail("the literal contains \\# (an escape inside a #-delimited raw string)")
    return "\n".join(out)


# Optional maps of names in more languages (Uyghur and any later one), keyed by language tag.
LANGUAGE_MAPS = {"names", "sources"}


def check_keys(obj: object, expected: set[str], where: str) -> bool:
    if not isinstance(obj, dict):
        fail(f"{where}: not an object")
        return False
    missing = expected - obj.keys()
    extra = obj.keys() - expected - LANGUAGE_MAPS
    if missing:
        fail(f"{where}: missing keys {sorted(missing)}")
    if extra:
        fail(f"{where}: unexpected keys {sorted(extra)}")
    return not missing


def check_text(obj: dict, keys: tuple[str, ...], where: str) -> None:
    for key in keys:
        value = obj.get(key)
        if not isinstance(value, str) or not value.strip():
            fail(f"{where}: {key} empty or not a string")


def is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check_weight(obj: dict, where: str) -> None:
    weight = obj.get("weight")
    if not is_number(weight) or weight <= 0:
        fail(f"{where}: weight {weight!r} is not a positive number")


def unique_codes(items: list, key: str, what: str) -> dict:
    seen: dict = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        code = item.get(key)
        if code in seen:
            fail(f"duplicate {what} {code!r}")
        seen[code] = item
    return seen


def looks_like_percentage(ind: dict) -> bool:
    return any(word in ind.get("nameZh", "") for word in PERCENT_ZH) or bool(PERCENT_EN.search(ind.get("nameEn", "")))


def check_threshold(ind: dict, where: str) -> None:
    threshold = ind.get("threshold")
    direction = ind.get("direction")
    if threshold is None:
        return
    if not isinstance(threshold, dict):
        fail(f"{where}: threshold is neither null nor an object")
        return
    check_text(threshold, ("sourceZh", "sourceEn"), f"{where}: threshold")
    shape = set(threshold) - THRESHOLD_SOURCE_KEYS
    if direction == "band":
        if shape != {"lower", "upper"}:
            fail(f"{where}: a band threshold needs exactly lower and upper, has {sorted(shape)}")
            return
        lower, upper = threshold["lower"], threshold["upper"]
        if not (is_number(lower) and is_number(upper)):
            fail(f"{where}: band bounds must be numbers")
            return
        if not lower < upper:
            fail(f"{where}: band lower {lower} is not below upper {upper}")
        bounds = [lower, upper]
    else:
        if shape != {"value"}:
            fail(f"{where}: a {direction} threshold needs exactly value, has {sorted(shape)}")
            return
        if not is_number(threshold["value"]):
            fail(f"{where}: threshold value must be a number")
            return
        bounds = [threshold["value"]]
    if ind.get("unit") == "%" and any(not 0 <= b <= 100 for b in bounds):
        fail(f"{where}: percentage threshold outside 0..100")
    if any(b < 0 for b in bounds):
        fail(f"{where}: negative threshold")


def format_threshold(ind: dict) -> str:
    t = ind["threshold"]
    unit = ind["unit"]
    if "lower" in t:
        return f"{t['lower']:g}..{t['upper']:g} {unit}"
    sign = "<=" if ind["direction"] == "lowerIsBetter" else ">="
    return f"{sign} {t['value']:g} {unit}"


def width(text: str) -> int:
    """Display width: CJK and full-width characters count twice."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def pad(text: str, size: int) -> str:
    return text + " " * max(0, size - width(text))


def print_table(title: str, header: list[str], rows: list[list[str]]) -> None:
    sizes = [max(width(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    print(f"\n{title}")
    line = "  ".join(pad(h, s) for h, s in zip(header, sizes))
    print(line)
    print("-" * width(line))
    for row in rows:
        print("  ".join(pad(str(c), s) for c, s in zip(row, sizes)))


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else REPO_ROOT / DEFAULT_FILE
    if not path.is_absolute() and not path.exists():
        path = REPO_ROOT / path
    text = path.read_text(encoding="utf-8")
    body = extract_json(text)
    try:
        fw = json.loads(body)
    except json.JSONDecodeError as error:
        print(f"FAIL  JSON does not parse: {error}")
        return 1

    if not check_keys(fw, TOP_KEYS, "framework"):
        for message in failures:
            print(f"FAIL  {message}")
        return 1
    check_text(fw, ("id", "nameZh", "nameEn", "source"), "framework")
    if not isinstance(fw["version"], int):
        fail("framework: version is not an integer")
    for key in ("levels", "goals", "groups", "indicators", "targets"):
        if not isinstance(fw[key], list):
            fail(f"framework: {key} is not an array")
            fw[key] = []

    levels = unique_codes(fw["levels"], "code", "level")
    goals = unique_codes(fw["goals"], "code", "goal")
    groups = unique_codes(fw["groups"], "code", "group")
    indicators = unique_codes(fw["indicators"], "code", "indicator")
    unique_codes(fw["targets"], "id", "target id")

    for level in fw["levels"]:
        if check_keys(level, LEVEL_KEYS, f"level {level.get('code')!r}"):
            check_text(level, ("code", "nameZh", "nameEn"), f"level {level['code']!r}")
    for goal in fw["goals"]:
        if check_keys(goal, GOAL_KEYS, f"goal {goal.get('code')!r}"):
            check_text(goal, ("code", "nameZh", "nameEn"), f"goal {goal['code']!r}")
            check_weight(goal, f"goal {goal['code']!r}")
    for group in fw["groups"]:
        where = f"group {group.get('code')!r}"
        if check_keys(group, GROUP_KEYS, where):
            check_text(group, ("code", "nameZh", "nameEn"), where)
            check_weight(group, where)
            if group["level"] not in levels:
                fail(f"{where}: level {group['level']!r} is not defined")
    if not 10 <= len(groups) <= 17:
        fail(f"{len(groups)} groups; expected 10..17")

    for ind in fw["indicators"]:
        where = f"indicator {ind.get('code')!r}"
        if not check_keys(ind, INDICATOR_KEYS, where):
            continue
        check_text(ind, ("code", "nameZh", "nameEn"), where)
        check_weight(ind, where)
        code = ind["code"]
        match = re.fullmatch(r"([DCBUP])(\d{2})", code if isinstance(code, str) else "")
        if not match:
            fail(f"{where}: code not shaped <D|C|B|U|P><two digits>")
        elif LEVEL_LETTERS[match.group(1)] != ind["level"]:
            fail(f"{where}: letter {match.group(1)} does not match level {ind['level']!r}")
        if ind["level"] not in levels:
            fail(f"{where}: level {ind['level']!r} is not defined")
        if ind["goal"] not in goals:
            fail(f"{where}: goal {ind['goal']!r} is not defined")
        group = groups.get(ind["group"])
        if group is None:
            fail(f"{where}: group {ind['group']!r} is not defined")
        elif group.get("level") != ind["level"]:
            fail(f"{where}: level {ind['level']!r} differs from its group's level {group.get('level')!r}")
        if ind["unit"] not in UNITS:
            fail(f"{where}: unit {ind['unit']!r} is not one of {sorted(UNITS)}")
        if looks_like_percentage(ind) and ind["unit"] != "%":
            fail(f"{where}: reads as a rate or share but its unit is {ind['unit']!r}, not %")
        if ind["direction"] not in DIRECTIONS:
            fail(f"{where}: direction {ind['direction']!r} unknown")
        if ind["confidence"] not in CONFIDENCES:
            fail(f"{where}: confidence {ind['confidence']!r} unknown")
        if not isinstance(ind["computed"], bool):
            fail(f"{where}: computed is not a boolean")
        elif ind["computed"] != (isinstance(code, str) and code.startswith("P")):
            fail(f"{where}: computed must be true exactly for P codes")
        check_threshold(ind, where)

    goal_counts = Counter(ind.get("goal") for ind in fw["indicators"] if isinstance(ind, dict))
    for code in goals:
        if goal_counts[code] < 5:
            fail(f"goal {code!r} has {goal_counts[code]} indicators; at least 5 required")
    group_counts = Counter(ind.get("group") for ind in fw["indicators"] if isinstance(ind, dict))
    for code in groups:
        if group_counts[code] == 0:
            fail(f"group {code!r} has no indicators")

    for target in fw["targets"]:
        where = f"target {target.get('id')!r}"
        if not check_keys(target, TARGET_KEYS, where):
            continue
        check_text(target, ("id", "sourceZh", "sourceEn"), where)
        ind = indicators.get(target["indicator"])
        if ind is None:
            fail(f"{where}: indicator {target['indicator']!r} is not defined")
        if not (isinstance(target["region"], str) and re.fullmatch(r"\d{6}", target["region"])):
            fail(f"{where}: region {target['region']!r} is not a 6-digit division code")
        if not (isinstance(target["baseYear"], int) and isinstance(target["targetYear"], int)
                and target["baseYear"] < target["targetYear"]):
            fail(f"{where}: base year must be an integer before the target year")
        if not is_number(target["value"]):
            fail(f"{where}: value is not a number")
        elif ind is not None and ind.get("unit") == "%" and not 0 <= target["value"] <= 100:
            fail(f"{where}: percentage target outside 0..100")
        if target["comparison"] not in COMPARISONS:
            fail(f"{where}: comparison {target['comparison']!r} unknown")

    # Summary.
    inds = [i for i in fw["indicators"] if isinstance(i, dict) and INDICATOR_KEYS <= i.keys()]
    print(f"{fw['id']} v{fw['version']}: {len(levels)} levels, {len(goals)} goals, {len(groups)} groups, "
          f"{len(inds)} indicators ({sum(i['computed'] for i in inds)} computed), {len(fw['targets'])} targets")

    goal_codes = list(goals)
    rows = []
    for level in levels:
        row = [level] + [sum(1 for i in inds if i["level"] == level and i["goal"] == g) for g in goal_codes]
        rows.append(row + [sum(row[1:])])
    totals = [sum(r[k] for r in rows) for k in range(1, len(goal_codes) + 2)]
    rows.append(["total"] + totals)
    print_table("Indicators by level and goal", ["level"] + goal_codes + ["total"], rows)

    conf_rows = []
    for level in levels:
        row = [level] + [sum(1 for i in inds if i["level"] == level and i["confidence"] == c)
                         for c in sorted(CONFIDENCES)]
        conf_rows.append(row + [sum(row[1:])])
    conf_rows.append(["total"] + [sum(r[k] for r in conf_rows) for k in range(1, len(CONFIDENCES) + 2)])
    print_table("Indicators by level and confidence", ["level"] + sorted(CONFIDENCES) + ["total"], conf_rows)

    print_table("Indicators by group", ["group", "level", "count", "codes"],
                [[code, g["level"], group_counts[code], " ".join(i["code"] for i in inds if i["group"] == code)]
                 for code, g in groups.items()])

    print_table("Indicators with thresholds", ["code", "name", "threshold", "confidence", "source"],
                [[i["code"], i["nameEn"], format_threshold(i), i["confidence"], i["threshold"].get("sourceEn", "")]
                 for i in inds if i["threshold"] is not None])

    print_table("Targets", ["id", "indicator", "region", "years", "value", "comparison"],
                [[t["id"], t["indicator"], t["region"], f"{t['baseYear']}->{t['targetYear']}", t["value"],
                  t["comparison"]] for t in fw["targets"] if isinstance(t, dict) and TARGET_KEYS <= t.keys()])

    print()
    for message in failures:
        print(f"FAIL  {message}")
    print("clean" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
