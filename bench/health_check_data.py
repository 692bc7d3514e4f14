#!/usr/bin/env python3
"""Writes the health-check benchmark data: a region CSV (one province, N counties) and a long-layout
indicator-value CSV with about 1,000,000 rows over the built-in framework's 61 checked indicators."""
import argparse, csv, random, re, sys
from pathlib import Path

def framework_codes(root: Path):
    text = (root / "Sources/OasisCore/Evaluation/BuiltIn/MOHURDBasicFramework.swift").read_text(encoding="utf-8")
    codes = re.findall(r'"code":\s*"([DCBU]\d\d)"', text)
    # One indicator per line; its names object comes before its unit, so the unit is looked for on the same line.
    units = dict(re.findall(r'"code":\s*"([DCBU]\d\d)"[^\n]*?"unit":\s*"([^"]+)"', text))
    return sorted(set(codes)), units

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--periods", type=int, default=8)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    codes, units = framework_codes(root)
    if len(codes) < 50:
        sys.exit(f"found only {len(codes)} indicator codes in the framework")
    regions = -(-args.rows // (len(codes) * args.periods))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "regions.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "parent_code", "level", "name_zh", "name_en"])
        w.writerow(["990000", "", "province", "基准省", "Benchmark province"])
        for i in range(regions):
            w.writerow([f"99{1000 + i:04d}", "990000", "county", f"基准县{i}", f"Benchmark county {i}"])
    rng = random.Random(42)
    written = 0
    with open(out / "values.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["region", "indicator", "period", "value", "source"])
        for p in range(args.periods):
            period = 2025 - args.periods + 1 + p
            for i in range(regions):
                region = f"99{1000 + i:04d}"
                for code in codes:
                    if written >= args.rows:
                        break
                    value = round(rng.uniform(0, 100), 2) if units.get(code) == "%" else rng.randint(0, 300)
                    w.writerow([region, code, period, value, "bench"])
                    written += 1
    print(f"{regions} regions, {len(codes)} indicators, {args.periods} periods, {written} value rows -> {out}")

if __name__ == "__main__":
    main()
