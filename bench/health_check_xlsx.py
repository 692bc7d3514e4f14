#!/usr/bin/env python3
"""Writes the health-check benchmark's indicator values as an XLSX workbook with openpyxl (a peer writer, not
Oasis's own): the same rows as values.csv, one sheet, region, indicator and source as text (inline strings: openpyxl's
write-only mode keeps no shared-string table) and period and value as numbers."""
import argparse, csv, time
from openpyxl import Workbook

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    start = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("values")
    rows = 0
    with open(args.csv, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        sheet.append(next(reader))
        for region, indicator, period, value, source in reader:
            sheet.append([region, indicator, int(period), float(value), source])
            rows += 1
    book.save(args.out)
    print(f"openpyxl wrote {rows} rows to {args.out} in {time.perf_counter() - start:.1f} s")

if __name__ == "__main__":
    main()
