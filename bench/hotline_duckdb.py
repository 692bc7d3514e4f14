#!/usr/bin/env python3
"""The hotline metrics computed by DuckDB from the cases Oasis stored (exported as CSV), by the same definitions
(docs/cases.md): rates over valid follow-up visits, satisfaction over the rated ones; closure and on-time closure
over due cases (closed, or open with a deadline passed as of the given time), merged duplicates and "not responsible"
closures counted apart; rework over dispatched cases; mean handling time exact, median over whole hours. Times each dimension (best of 5) and compares every figure with Oasis's to 1e-9."""
import argparse, json, time
import duckdb

DIMENSIONS = {"unit": "unit_key", "region": "region_key", "category": "category", "all": "''"}

QUERY = """
WITH c AS (
  SELECT {key} AS k, status, dispatched_at, closed_at, deadline_at,
         CASE WHEN resolve_by IS NULL OR resolve_by = '' THEN NULL ELSE epoch_ms(CAST(resolve_by AS TIMESTAMPTZ)) END AS deadline_ms,
         COALESCE(TRY_CAST(rework AS INTEGER), 0) AS rework, contacted, resolved, satisfaction,
         COALESCE(closure, '') IN ('duplicate', 'not_responsible') AS apart, closure, COALESCE(TRY_CAST(unreached AS INTEGER), 0) AS unreached
  FROM cases
)
SELECT k,
  COUNT(*) AS cases,
  COUNT(*) FILTER (WHERE contacted IS NOT NULL AND contacted <> '') AS visited,
  COUNT(*) FILTER (WHERE contacted = '1') AS contacted,
  COUNT(*) FILTER (WHERE contacted IS NOT NULL AND contacted <> '' AND resolved = '1') AS resolved,
  COUNT(*) FILTER (WHERE satisfaction = 'satisfied') AS satisfied,
  COUNT(*) FILTER (WHERE satisfaction = 'basically_satisfied') AS basically,
  COUNT(*) FILTER (WHERE contacted IS NOT NULL AND contacted <> '' AND satisfaction IS NOT NULL AND satisfaction <> '') AS rated,
  COUNT(*) FILTER (WHERE closed_at IS NOT NULL AND NOT apart) AS closed,
  COUNT(*) FILTER (WHERE closed_at IS NOT NULL AND NOT apart AND (deadline_ms IS NULL OR closed_at <= deadline_ms)) AS on_time,
  COUNT(*) FILTER (WHERE closed_at IS NULL AND status <> 'cancelled' AND deadline_ms IS NOT NULL AND deadline_ms <= {as_of}) AS open_due,
  COUNT(*) FILTER (WHERE dispatched_at IS NOT NULL) AS dispatched,
  COUNT(*) FILTER (WHERE dispatched_at IS NOT NULL AND rework > 0) AS reworked,
  AVG((closed_at - dispatched_at) / 3600000.0) FILTER (WHERE closed_at IS NOT NULL AND dispatched_at IS NOT NULL AND NOT apart) AS mean_hours,
  MEDIAN(FLOOR((closed_at - dispatched_at) / 3600000.0)) FILTER (WHERE closed_at IS NOT NULL AND dispatched_at IS NOT NULL AND NOT apart) AS median_hours,
  COUNT(*) FILTER (WHERE closure = 'duplicate') AS merged,
  COUNT(*) FILTER (WHERE closure = 'not_responsible') AS not_responsible,
  SUM(unreached) AS unreached
FROM c GROUP BY k ORDER BY k
"""

def rate(part, whole):
    return part / whole * 100 if whole else None

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", required=True)
    parser.add_argument("--oasis", required=True)
    parser.add_argument("--as-of", type=float, required=True)
    parser.add_argument("--basically-satisfied", type=float, default=0.9, help="the factor of the store's settings (default 0.9)")
    args = parser.parse_args()
    con = duckdb.connect()
    con.execute(f"CREATE TABLE cases AS SELECT * FROM read_csv('{args.cases}', header = true, all_varchar = false, "
                "types = {'unit_key': 'VARCHAR', 'region_key': 'VARCHAR', 'category': 'VARCHAR', 'contacted': 'VARCHAR', 'resolved': 'VARCHAR', "
                "'satisfaction': 'VARCHAR', 'resolve_by': 'VARCHAR', 'rework': 'VARCHAR', 'dispatched_at': 'BIGINT', 'closed_at': 'BIGINT', 'deadline_at': 'BIGINT', 'closure': 'VARCHAR', 'unreached': 'VARCHAR'})")
    oasis = json.load(open(args.oasis))
    timings, identical, mismatches = {}, {}, []
    as_of = int(round(args.as_of * 1000))
    for dimension, key in DIMENSIONS.items():
        sql = QUERY.format(key=f"COALESCE({key}, '')" if key != "''" else "''", as_of=as_of)
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            rows = con.execute(sql).fetchall()
            best = min(best, (time.perf_counter() - start) * 1000)
        timings[dimension] = best
        ours = {row["key"]: row["metrics"] for row in oasis[dimension]}
        same = len(ours) == len(rows)
        for (k, cases, visited, contacted, resolved, satisfied, basically, rated, closed, on_time, open_due, dispatched, reworked, mean_hours,
             median_hours, merged, not_responsible, unreached) in rows:
            theirs = {
                "cases": cases, "closureRate": rate(closed, closed + open_due), "onTimeClosureRate": rate(on_time, closed + open_due),
                "reworkRate": rate(reworked, dispatched), "responseRate": rate(contacted, visited), "resolutionRate": rate(resolved, visited),
                "satisfactionRate": (satisfied + args.basically_satisfied * basically) / rated * 100 if rated else None,
                "rated": rated, "merged": merged, "notResponsible": not_responsible, "unreachedVisits": int(unreached or 0),
                "meanHandlingHours": mean_hours, "medianHandlingHours": float(median_hours) if median_hours is not None else None,
            }
            mine = ours.get(k or "")
            if mine is None:
                same = False
                mismatches.append((dimension, k, "missing in Oasis"))
                continue
            for name, value in theirs.items():
                other = mine.get(name)
                if (value is None) != (other is None) or (value is not None and abs(value - other) > 1e-9 * max(1, abs(value))):
                    same = False
                    mismatches.append((dimension, k, name, value, other))
        identical[dimension] = same
    print(json.dumps({"ms": timings, "identical": identical, "mismatches": mismatches[:20]}))

if __name__ == "__main__":
    main()
