#!/usr/bin/env python3
"""Derive Oasis's built-in Xinjiang region table from the 2020 census county table.

Usage (from the repository root):

    python3 scripts/derive-census.py [CENSUS_CSV] [-o OUTPUT_SWIFT]

CENSUS_CSV defaults to ../shared/data/stats/xinjiang_county_census2020_subset.csv and
OUTPUT_SWIFT to Sources/OasisCore/Demo/XinjiangCensus2020.swift, both relative to the
repository root (the parent of this script's directory), whatever the working directory.

Input: the Xinjiang rows of the 7th national population census county table (reference date
2020-11-01) as compiled from the official census bulletins by the leiii/census project (MIT).
Only four source columns are used: 区划代码 (statistical division code), 区县 (name),
人口数_合计 (total resident population) and 城镇人口 (urban population). The raw file is not
copied into the repository; the output is our own derived facts table.

Output: a Swift 6 source file with `public enum XinjiangCensus2020 { public static let csv }`,
whose CSV has the header `code,parent_code,level,name_zh,name_en,population,urban_population`.

Levels:
  province   650000 only.
  prefecture the 14 prefecture-level units (codes 65xx00) and the XPCC cities (6590xx), which
             are county-level cities administered directly by the autonomous region.
  county     counties, autonomous counties, county-level cities and districts.

parent_code: prefectures and XPCC cities -> 650000; a county -> code[:4] + "00". That rule
already gives 654200 / 654300 for the counties of Tacheng and Altay Prefectures (not the Ili
Kazakh Autonomous Prefecture 654000, which administers those two prefectures in law but not in
the statistical table).

Row order: the province, then each prefecture followed by its counties (by code), then the
XPCC cities (by code).

Checks (the script exits non-zero on any failure marked FAIL):
  FAIL  a row without an English name, or whose Chinese name differs from the curated one;
  FAIL  an empty or non-integer total or urban population (nothing is invented);
  FAIL  a field that cannot be embedded verbatim in CSV inside a Swift string literal;
  FAIL  Xinjiang's urbanisation rate (urban / total) not rounding to 56.53 %;
  FAIL  a county whose parent prefecture is not in the table;
  info  per prefecture, whether its counties' populations sum to the prefecture's figure;
  info  whether prefectures + XPCC cities sum to the region's figure;
  info  rows whose derived `urban_rate` column disagrees with urban / total;
  info  number of rows by level.

Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = Path("../shared/data/stats/xinjiang_county_census2020_subset.csv")
DEFAULT_OUTPUT = Path("Sources/OasisCore/Demo/XinjiangCensus2020.swift")

PROVINCE_CODE = "650000"
XPCC_PREFIX = "6590"
EXPECTED_URBAN_RATE = Decimal("56.53")  # per cent, 7th census bulletin for Xinjiang

HEADER = ["code", "parent_code", "level", "name_zh", "name_en", "population", "urban_population"]

# English names, keyed by statistical division code, with the Chinese name we expect the census
# row to carry (a guard against the code and name drifting apart).
#
# Conventions:
# - Established English forms first: Urumqi (no diacritic, project style), Kashgar, Ili, Hotan.
# - Where English usage (and the English Wikipedia article title) follows the official SASM/GNC
#   transcription of the Uyghur, Kazakh, Mongol or Kirghiz name, we use it (Saybag, Korla,
#   Yarkant, Karakax, Tumxuk, Kokdala ...). The Hanyu Pinyin of the Chinese name is noted in a
#   comment where it differs, so a reader can find either form.
# - Otherwise Hanyu Pinyin of the Chinese name (Tianshan District, Gongliu County, Shihezi).
# - Suffixes translate the unit type: District (区), County (县), City (county-level 市),
#   Prefecture (地区), Autonomous Prefecture / County (自治州 / 自治县). Prefecture-level cities
#   and XPCC cities carry their bare name (Urumqi, Shihezi).
NAMES_EN: dict[str, tuple[str, str]] = {
    "650000": ("新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region"),
    # Urumqi
    "650100": ("乌鲁木齐市", "Urumqi"),
    "650102": ("天山区", "Tianshan District"),
    "650103": ("沙依巴克区", "Saybag District"),  # Shayibake
    "650104": ("新市区", "Xinshi District"),
    "650105": ("水磨沟区", "Shuimogou District"),
    "650106": ("头屯河区", "Toutunhe District"),
    "650107": ("达坂城区", "Dabancheng District"),
    "650109": ("米东区", "Midong District"),
    "650121": ("乌鲁木齐县", "Urumqi County"),
    # Karamay
    "650200": ("克拉玛依市", "Karamay"),
    "650202": ("独山子区", "Dushanzi District"),
    "650203": ("克拉玛依区", "Karamay District"),
    "650204": ("白碱滩区", "Baijiantan District"),
    "650205": ("乌尔禾区", "Orku District"),  # Wuerhe
    # Turpan
    "650400": ("吐鲁番市", "Turpan"),
    "650402": ("高昌区", "Gaochang District"),
    "650421": ("鄯善县", "Shanshan County"),  # Uyghur: Piqan
    "650422": ("托克逊县", "Toksun County"),
    # Hami
    "650500": ("哈密市", "Hami"),  # Uyghur: Kumul
    "650502": ("伊州区", "Yizhou District"),
    "650521": ("巴里坤哈萨克自治县", "Barkol Kazakh Autonomous County"),  # Balikun
    "650522": ("伊吾县", "Yiwu County"),
    # Changji
    "652300": ("昌吉回族自治州", "Changji Hui Autonomous Prefecture"),
    "652301": ("昌吉市", "Changji City"),
    "652302": ("阜康市", "Fukang City"),
    "652323": ("呼图壁县", "Hutubi County"),
    "652324": ("玛纳斯县", "Manas County"),
    "652325": ("奇台县", "Qitai County"),
    "652327": ("吉木萨尔县", "Jimsar County"),  # Jimusaer
    "652328": ("木垒哈萨克自治县", "Mori Kazakh Autonomous County"),  # Mulei
    # Bortala
    "652700": ("博尔塔拉蒙古自治州", "Bortala Mongol Autonomous Prefecture"),
    "652701": ("博乐市", "Bole City"),
    "652702": ("阿拉山口市", "Alashankou City"),
    "652722": ("精河县", "Jinghe County"),
    "652723": ("温泉县", "Wenquan County"),
    # Bayingolin
    "652800": ("巴音郭楞蒙古自治州", "Bayingolin Mongol Autonomous Prefecture"),
    "652801": ("库尔勒市", "Korla City"),  # Kuerle
    "652822": ("轮台县", "Luntai County"),
    "652823": ("尉犁县", "Yuli County"),
    "652824": ("若羌县", "Ruoqiang County"),
    "652825": ("且末县", "Qiemo County"),
    "652826": ("焉耆回族自治县", "Yanqi Hui Autonomous County"),
    "652827": ("和静县", "Hejing County"),
    "652828": ("和硕县", "Hoxud County"),  # Heshuo
    "652829": ("博湖县", "Bohu County"),
    # Aksu
    "652900": ("阿克苏地区", "Aksu Prefecture"),
    "652901": ("阿克苏市", "Aksu City"),
    "652902": ("库车市", "Kuqa City"),  # Kuche
    "652922": ("温宿县", "Wensu County"),
    "652924": ("沙雅县", "Xayar County"),  # Shaya
    "652925": ("新和县", "Xinhe County"),
    "652926": ("拜城县", "Baicheng County"),
    "652927": ("乌什县", "Uqturpan County"),  # Wushi
    "652928": ("阿瓦提县", "Awat County"),  # Awati
    "652929": ("柯坪县", "Kalpin County"),  # Keping
    # Kizilsu
    "653000": ("克孜勒苏柯尔克孜自治州", "Kizilsu Kirghiz Autonomous Prefecture"),
    "653001": ("阿图什市", "Artux City"),  # Atushi
    "653022": ("阿克陶县", "Akto County"),  # Aketao
    "653023": ("阿合奇县", "Akqi County"),  # Aheqi
    "653024": ("乌恰县", "Ulugqat County"),  # Wuqia
    # Kashgar
    "653100": ("喀什地区", "Kashgar Prefecture"),
    "653101": ("喀什市", "Kashgar City"),  # Kashi
    "653121": ("疏附县", "Shufu County"),
    "653122": ("疏勒县", "Shule County"),
    "653123": ("英吉沙县", "Yengisar County"),  # Yingjisha
    "653124": ("泽普县", "Poskam County"),  # Zepu
    "653125": ("莎车县", "Yarkant County"),  # Shache
    "653126": ("叶城县", "Kargilik County"),  # Yecheng
    "653127": ("麦盖提县", "Makit County"),  # Maigaiti
    "653128": ("岳普湖县", "Yopurga County"),  # Yuepuhu
    "653129": ("伽师县", "Peyziwat County"),  # Jiashi
    "653130": ("巴楚县", "Maralbexi County"),  # Bachu
    "653131": ("塔什库尔干塔吉克自治县", "Taxkorgan Tajik Autonomous County"),  # Tashikuergan
    # Hotan
    "653200": ("和田地区", "Hotan Prefecture"),
    "653201": ("和田市", "Hotan City"),
    "653221": ("和田县", "Hotan County"),
    "653222": ("墨玉县", "Karakax County"),  # Moyu
    "653223": ("皮山县", "Guma County"),  # Pishan
    "653224": ("洛浦县", "Lop County"),  # Luopu
    "653225": ("策勒县", "Qira County"),  # Cele
    "653226": ("于田县", "Keriya County"),  # Yutian
    "653227": ("民丰县", "Niya County"),  # Minfeng
    # Ili (the prefecture's own figure covers its directly administered counties only)
    "654000": ("伊犁哈萨克自治州", "Ili Kazakh Autonomous Prefecture"),
    "654002": ("伊宁市", "Yining City"),  # Uyghur: Ghulja
    "654003": ("奎屯市", "Kuytun City"),  # Kuitun
    "654004": ("霍尔果斯市", "Khorgas City"),  # Huoerguosi
    "654021": ("伊宁县", "Yining County"),
    "654022": ("察布查尔锡伯自治县", "Qapqal Xibe Autonomous County"),  # Chabuchaer
    "654023": ("霍城县", "Huocheng County"),
    "654024": ("巩留县", "Gongliu County"),
    "654025": ("新源县", "Xinyuan County"),
    "654026": ("昭苏县", "Zhaosu County"),
    "654027": ("特克斯县", "Tekes County"),  # Tekesi
    "654028": ("尼勒克县", "Nilka County"),  # Nileke
    # Tacheng
    "654200": ("塔城地区", "Tacheng Prefecture"),
    "654201": ("塔城市", "Tacheng City"),
    "654202": ("乌苏市", "Wusu City"),
    "654221": ("额敏县", "Emin County"),
    "654223": ("沙湾县", "Shawan County"),  # a county at the census date; a city since 2021
    "654224": ("托里县", "Toli County"),  # Tuoli
    "654225": ("裕民县", "Yumin County"),
    "654226": ("和布克赛尔蒙古自治县", "Hoboksar Mongol Autonomous County"),  # Hebukesaier
    # Altay
    "654300": ("阿勒泰地区", "Altay Prefecture"),
    "654301": ("阿勒泰市", "Altay City"),  # Aletai
    "654321": ("布尔津县", "Burqin County"),  # Buerjin
    "654322": ("富蕴县", "Fuyun County"),
    "654323": ("福海县", "Fuhai County"),
    "654324": ("哈巴河县", "Habahe County"),
    "654325": ("青河县", "Qinggil County"),  # Qinghe
    "654326": ("吉木乃县", "Jeminay County"),  # Jimunai
    # Cities of the Xinjiang Production and Construction Corps (XPCC), directly under the region
    "659001": ("石河子市", "Shihezi"),
    "659002": ("阿拉尔市", "Aral"),  # Alaer
    "659003": ("图木舒克市", "Tumxuk"),  # Tumushuke
    "659004": ("五家渠市", "Wujiaqu"),
    "659005": ("北屯市", "Beitun"),
    "659006": ("铁门关市", "Tiemenguan"),
    "659007": ("双河市", "Shuanghe"),
    "659008": ("可克达拉市", "Kokdala"),  # Kekedala
    "659009": ("昆玉市", "Kunyu"),
    "659010": ("胡杨河市", "Huyanghe"),
    "659011": ("新星市", "Xinxing"),  # founded 2021; not in the 2020 table, kept for reruns
}


class DerivationError(Exception):
    pass


def level_of(code: str) -> str:
    if code == PROVINCE_CODE:
        return "province"
    if code.startswith(XPCC_PREFIX) or code.endswith("00"):
        return "prefecture"
    return "county"


def parent_of(code: str) -> str:
    level = level_of(code)
    if level == "province":
        return ""
    if level == "prefecture":
        return PROVINCE_CODE
    # Tacheng (6542xx) and Altay (6543xx) counties land on 654200 / 654300 by this rule, which
    # is what we want: in the statistical table those prefectures stand on their own.
    return code[:4] + "00"


def parse_int(text: str, what: str, code: str) -> int:
    t = text.strip()
    if t == "":
        raise DerivationError(f"{code}: {what} is empty in the census file; not inventing a number")
    try:
        value = Decimal(t)
    except Exception as exc:  # noqa: BLE001 - report any parse failure the same way
        raise DerivationError(f"{code}: {what} {t!r} is not a number") from exc
    if value != value.to_integral_value() or value < 0:
        raise DerivationError(f"{code}: {what} {t!r} is not a non-negative integer")
    return int(value)


def percent(part: int, whole: int) -> Decimal:
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def read_rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        needed = ["区划代码", "区县", "人口数_合计", "城镇人口"]
        missing = [c for c in needed if c not in (reader.fieldnames or [])]
        if missing:
            raise DerivationError(f"{path}: missing column(s) {', '.join(missing)}")
        rows = []
        seen: set[str] = set()
        for raw in reader:
            code = raw["区划代码"].strip()
            if len(code) != 6 or not code.isdigit() or not code.startswith("65"):
                raise DerivationError(f"unexpected division code {code!r}")
            if code in seen:
                raise DerivationError(f"{code}: duplicate row")
            seen.add(code)
            population = parse_int(raw["人口数_合计"], "人口数_合计 (total population)", code)
            urban = parse_int(raw["城镇人口"], "城镇人口 (urban population)", code)
            if urban > population:
                raise DerivationError(f"{code}: urban population {urban} exceeds total {population}")
            rows.append(
                {
                    "code": code,
                    "name_zh_src": raw["区县"].strip(),
                    "population": population,
                    "urban_population": urban,
                    "urban_rate_src": (raw.get("urban_rate") or "").strip(),
                }
            )
    return rows


def derive(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    problems = []
    for r in rows:
        code = str(r["code"])
        entry = NAMES_EN.get(code)
        if entry is None:
            problems.append(f"{code} {r['name_zh_src']}: no English name in NAMES_EN")
            continue
        zh, en = entry
        if zh != r["name_zh_src"]:
            problems.append(f"{code}: census name {r['name_zh_src']!r} differs from curated {zh!r}")
            continue
        r["name_zh"] = zh
        r["name_en"] = en
        r["level"] = level_of(code)
        r["parent_code"] = parent_of(code)
    if problems:
        raise DerivationError("English names:\n  " + "\n  ".join(problems))

    by_code = {str(r["code"]): r for r in rows}
    if PROVINCE_CODE not in by_code:
        raise DerivationError("the region row 650000 is missing")
    orphans = [c for c, r in by_code.items() if r["parent_code"] and r["parent_code"] not in by_code]
    if orphans:
        raise DerivationError("rows whose parent is not in the table: " + ", ".join(sorted(orphans)))

    # Order: province; each regular prefecture followed by its counties; then the XPCC cities.
    province = by_code[PROVINCE_CODE]
    prefectures = sorted(
        (r for r in rows if r["level"] == "prefecture" and not str(r["code"]).startswith(XPCC_PREFIX)),
        key=lambda r: r["code"],
    )
    xpcc = sorted((r for r in rows if str(r["code"]).startswith(XPCC_PREFIX)), key=lambda r: r["code"])
    ordered = [province]
    for p in prefectures:
        ordered.append(p)
        ordered.extend(
            sorted((r for r in rows if r["parent_code"] == p["code"] and r["level"] == "county"),
                   key=lambda r: r["code"])
        )
    ordered.extend(xpcc)
    if len(ordered) != len(rows):
        lost = set(by_code) - {str(r["code"]) for r in ordered}
        raise DerivationError("rows not placed in the output order: " + ", ".join(sorted(lost)))
    return ordered


def check_and_report(ordered: list[dict[str, object]]) -> None:
    by_code = {str(r["code"]): r for r in ordered}
    province = by_code[PROVINCE_CODE]

    # 1. Xinjiang's urbanisation rate.
    rate = percent(int(province["urban_population"]), int(province["population"]))
    print(
        f"Xinjiang urbanisation: {province['urban_population']:,} / {province['population']:,}"
        f" = {rate} % (expected {EXPECTED_URBAN_RATE} %)"
    )
    if rate != EXPECTED_URBAN_RATE:
        raise DerivationError(f"urbanisation rate {rate} % does not round to {EXPECTED_URBAN_RATE} %")

    # 2. Counties against their prefecture. In the census county table a prefecture's figure is
    # normally the sum of its county-level units, but the two need not agree: XPCC regiments and
    # farms inside a prefecture's territory are counted either with the XPCC city that
    # administers them (6590xx) or with the county where they lie, depending on the city's
    # boundaries at the census date; prefecture bulletins and the county table were compiled
    # separately; and a county may have been moved between units around 2020-11-01. A mismatch is
    # therefore reported, not treated as an error.
    print("Prefecture totals against the sum of their counties:")
    mismatches = 0
    for p in ordered:
        if p["level"] != "prefecture" or str(p["code"]).startswith(XPCC_PREFIX):
            continue
        kids = [r for r in ordered if r["parent_code"] == p["code"]]
        pop = sum(int(r["population"]) for r in kids)
        urb = sum(int(r["urban_population"]) for r in kids)
        ok = pop == p["population"] and urb == p["urban_population"]
        mismatches += not ok
        status = "ok" if ok else (
            f"MISMATCH population {pop:,} vs {p['population']:,} (diff {int(p['population']) - pop:+,}),"
            f" urban {urb:,} vs {p['urban_population']:,} (diff {int(p['urban_population']) - urb:+,})"
        )
        print(f"  {p['code']} {p['name_en']:<42} {len(kids):>2} counties  {status}")
    print(f"  {mismatches} prefecture(s) with a mismatch")

    # 3. Region against prefectures + XPCC cities.
    tops = [r for r in ordered if r["parent_code"] == PROVINCE_CODE]
    pop = sum(int(r["population"]) for r in tops)
    urb = sum(int(r["urban_population"]) for r in tops)
    same = pop == province["population"] and urb == province["urban_population"]
    print(
        f"Region against its {len(tops)} prefecture-level units (incl. XPCC cities): "
        + ("ok" if same else f"MISMATCH population {pop:,} vs {province['population']:,},"
           f" urban {urb:,} vs {province['urban_population']:,}")
    )

    # 4. The source's derived urban_rate column against our own division.
    odd = []
    for r in ordered:
        src = str(r["urban_rate_src"])
        if src == "":
            continue
        ours = percent(int(r["urban_population"]), int(r["population"]))
        if ours != Decimal(src).quantize(Decimal("0.01")):
            odd.append(f"{r['code']} source {src} vs {ours}")
    print("Source urban_rate column: " + ("consistent on every row" if not odd else "; ".join(odd)))

    # 5. Rows by level.
    counts = Counter(str(r["level"]) for r in ordered)
    xpcc = sum(1 for r in ordered if str(r["code"]).startswith(XPCC_PREFIX))
    print(
        f"Rows by level: province {counts['province']}, prefecture {counts['prefecture']}"
        f" ({counts['prefecture'] - xpcc} prefecture-level units + {xpcc} XPCC cities),"
        f" county {counts['county']}; total {len(ordered)}"
    )


def csv_lines(ordered: list[dict[str, object]]) -> list[str]:
    lines = [",".join(HEADER)]
    for r in ordered:
        fields = [str(r[k]) for k in HEADER]
        for f in fields:
            # Plain CSV without quoting, embedded verbatim in a Swift multi-line literal: no
            # separators, quotes, backslashes (Swift escapes) or line breaks allowed.
            if any(ch in f for ch in ',"\\\r\n') or f != f.strip():
                raise DerivationError(f"{r['code']}: field {f!r} cannot be embedded as plain CSV")
        lines.append(",".join(fields))
    return lines


def render_swift(lines: list[str]) -> str:
    indent = " " * 8  # every content line and the closing delimiter share this indentation
    body = "\n".join(indent + line for line in lines)
    return f'''// Generated by scripts/derive-census.py. Do not edit by hand; rerun the script instead.

/// Xinjiang's regions with 2020 census figures (7th national census, 2020-11-01), derived by
/// scripts/derive-census.py from the county table compiled by the leiii/census project (MIT)
/// from the official census bulletins (National Bureau of Statistics of China). Figures are
/// resident population (常住人口) and its urban part (城镇人口), in persons.
///
/// Levels:
/// - `province`: the region itself, 650000.
/// - `prefecture`: the 14 prefecture-level units (4 cities, 5 autonomous prefectures,
///   5 prefectures) and the cities of the Xinjiang Production and Construction Corps (6590xx),
///   which the region administers directly.
/// - `county`: counties, autonomous counties, county-level cities and districts.
///
/// `parent_code` is empty for the region, 650000 for prefectures and XPCC cities, and the
/// prefecture's code (`code` with its last two digits set to 00) for a county; the counties of
/// Tacheng (6542xx) and Altay (6543xx) Prefectures therefore belong to 654200 and 654300. The
/// figure of the Ili Kazakh Autonomous Prefecture (654000) covers its directly administered
/// counties only. Rows are ordered: the region, each prefecture followed by its counties, then
/// the XPCC cities. Names contain no commas or quotes, so the CSV needs no quoting.
public enum XinjiangCensus2020 {{
    /// CSV with header `{",".join(HEADER)}`
    public static let csv = """
{body}
        """
}}
'''


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("census_csv", nargs="?", type=Path, default=DEFAULT_INPUT,
                    help=f"census county CSV (default, relative to the repository root: {DEFAULT_INPUT})")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT,
                    help=f"Swift file to write (default, relative to the repository root: {DEFAULT_OUTPUT})")
    args = ap.parse_args(argv)
    src = (args.census_csv if args.census_csv.is_absolute() else REPO_ROOT / args.census_csv).resolve()
    out = args.output if args.output.is_absolute() else REPO_ROOT / args.output
    try:
        rows = read_rows(src)
        print(f"Read {len(rows)} rows from {src}")
        ordered = derive(rows)
        check_and_report(ordered)
        swift = render_swift(csv_lines(ordered))
    except (DerivationError, OSError) as exc:
        print(f"FAIL: {exc}", file=sys.stderr)
        return 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(swift, encoding="utf-8")
    print(f"Wrote {out.relative_to(REPO_ROOT) if out.is_relative_to(REPO_ROOT) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
