#!/usr/bin/env python3
"""Benchmark data for bench/hotline: a large hotline file made by repeating the real Los Angeles 10k file with
fresh request ids and dates shifted forward by whole weeks, so that the mapping file of docs/examples applies
unchanged and every row is distinct. Writes the CSV and, for DuckDB, nothing else: DuckDB reads the same CSV."""
import argparse, csv, datetime, os, sys

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with open(args.source, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = list(reader)
    id_column = header.index("SRNumber")
    date_columns = [i for i, name in enumerate(header) if name in ("CreatedDate", "ClosedDate")]
    fmt = "%m/%d/%Y %I:%M:%S %p"
    with open(args.out, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        written = 0
        copy = 0
        parsed = {}
        for row in rows:
            for i in date_columns:
                if row[i] and row[i] not in parsed:
                    try:
                        parsed[row[i]] = datetime.datetime.strptime(row[i], fmt)
                    except ValueError:
                        parsed[row[i]] = None
        while written < args.rows:
            # Each copy moves a week later, wrapping after two years so that months stay plausible.
            shift = datetime.timedelta(weeks=copy % 104)
            shifted = {text: (value + shift).strftime(fmt) if value else text for text, value in parsed.items()} if copy % 104 else {}
            for row in rows:
                if written >= args.rows:
                    break
                new = list(row)
                new[id_column] = f"{row[id_column]}-{copy}"
                if shifted:
                    for i in date_columns:
                        if new[i]:
                            new[i] = shifted.get(new[i], new[i])
                writer.writerow(new)
                written += 1
            copy += 1
    print(f"wrote {written} rows to {args.out}", file=sys.stderr)

if __name__ == "__main__":
    main()
