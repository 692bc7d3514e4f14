#!/usr/bin/env python3
"""A compact synthetic hotline file for the metrics benchmark (10 million cases by default): id, created and
closed times, category, status (closed cases partly as merged duplicates or "not responsible"), unit and region, and
the follow-up call of closed cases (reached or why not, responded, resolved, rating or none), with the mapping file
that imports it. Deterministic."""
import argparse, datetime, json, os, random

RATINGS = ["satisfied", "satisfied", "basically_satisfied", "unsatisfied", ""]
CATEGORIES = ["C0101", "C0102", "C0201", "C0301", "E0101", "E0104", "E0105", "E0201", "E0202", "E0301", "E0401", "E0505", "E0601"]

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--rows", type=int, default=10_000_000)
    args = parser.parse_args()
    rng = random.Random(42)
    units = [f"unit-{i:02d}" for i in range(40)]
    regions = ["650102", "650103", "650104", "650105", "650106", "650202", "650203", "653101", "654002", "652801"]
    start = datetime.datetime(2025, 1, 1)
    span = 365 * 24 * 3600
    with open(os.path.join(args.out, "cases.csv"), "w") as out:
        out.write("id,created,closed,category,status,unit,region,visit,responded,resolved,rating\n")
        lines = []
        for i in range(args.rows):
            created = start + datetime.timedelta(seconds=rng.randrange(span))
            roll = rng.random()
            if roll < 0.08:
                status, closed = "open", ""
            elif roll < 0.10:
                status, closed = "cancelled", ""
            else:
                apart = rng.random()
                status = "duplicate" if apart < 0.03 else "not_responsible" if apart < 0.05 else "closed"
                closed = (created + datetime.timedelta(seconds=int(rng.expovariate(1 / (3 * 86400))))).strftime("%Y-%m-%d %H:%M:%S")
            visit = ""
            if status == "closed":
                call = rng.random()
                if call < 0.70:
                    visit = f"reached,{rng.random() < 0.9:d},{rng.random() < 0.8:d},{rng.choice(RATINGS)}"
                elif call < 0.80:
                    visit = f"{rng.choice(['no_answer', 'wrong_number', 'refused'])},,,"
            visit = visit or ",,,"
            lines.append(f"{i},{created:%Y-%m-%d %H:%M:%S},{closed},{rng.choice(CATEGORIES)},{status},{rng.choice(units)},{rng.choice(regions)},{visit}\n")
            if len(lines) == 100_000:
                out.write("".join(lines))
                lines = []
        out.write("".join(lines))
    mapping = {
        "name": "synthetic",
        "externalId": "id",
        "createdAt": {"column": "created", "format": "yyyy-MM-dd HH:mm:ss", "timeZone": "Asia/Shanghai"},
        "closedAt": {"column": "closed", "format": "yyyy-MM-dd HH:mm:ss", "timeZone": "Asia/Shanghai"},
        "closedBeforeCreated": "clamp",
        "category": {"column": "category", "values": {c: c for c in CATEGORIES}},
        "status": {"column": "status", "values": {
            "open": "dispatched", "cancelled": "cancelled", "closed": "closed", "duplicate": "closed:duplicate",
            "not_responsible": "closed:not_responsible"}},
        "region": "region",
        "unit": "unit",
        "followUp": {
            "reached": {"column": "visit", "values": {v: v for v in ["reached", "no_answer", "wrong_number", "refused", ""]}},
            "responded": {"column": "responded", "values": {"1": "yes", "0": "no", "": ""}},
            "resolved": {"column": "resolved", "values": {"1": "yes", "0": "no", "": ""}},
            "satisfaction": {"column": "rating", "values": {r: r for r in RATINGS}},
        },
    }
    with open(os.path.join(args.out, "mapping.json"), "w") as handle:
        json.dump(mapping, handle, indent=2)

if __name__ == "__main__":
    main()
