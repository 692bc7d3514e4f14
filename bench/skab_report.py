#!/usr/bin/env python3
"""Prints bench/skab's table: Oasis's SKAB score next to SKAB's leaderboard, then the river and WHUT figures.

The leaderboard rows are quoted from the README of github.com/waico/SKAB ("Proposed Leaderboard", the test part of
each file after its first 400 readings; NAB window 60 s to the right of each changepoint)."""
import json
import sys

# (algorithm, F1, FAR %, MAR %) — outlier detection, sorted by F1 as SKAB prints it.
OUTLIER_LEADERBOARD = [
    ("Conv-AE", 0.78, 13.55, 28.02),
    ("MSET", 0.78, 39.73, 14.13),
    ("T-squared+Q (PCA-based)", 0.76, 26.62, 24.92),
    ("LSTM-AE", 0.74, 29.96, 25.92),
    ("T-squared", 0.66, 19.21, 42.6),
    ("LSTM-VAE", 0.56, 9.13, 55.03),
    ("Vanilla LSTM", 0.54, 12.54, 59.53),
    ("MSCRED", 0.36, 49.94, 69.88),
    ("Vanilla AE", 0.39, 2.59, 75.15),
    ("Isolation forest", 0.29, 2.56, 82.89),
    ("Null detector", 0, 0, 100),
]
# (algorithm, NAB standard, NAB LowFP, NAB LowFN, missed CPs, FPs) — changepoint detection.
NAB_LEADERBOARD = [
    ("MSCRED", 32.42, 16.53, 40.28, 55, 342),
    ("Isolation forest", 26.16, 19.5, 30.82, 76, 135),
    ("T-squared+Q (PCA-based)", 25.35, 14.51, 31.33, 72, 232),
    ("Conv-AE", 23.61, 21.54, 27.55, 82, 23),
    ("LSTM-AE", 23.51, 20.11, 25.91, 88, 69),
    ("T-squared", 19.54, 10.2, 24.31, 70, 106),
    ("MSET", 13.84, 10.22, 17.37, 96, 66),
    ("Vanilla AE", 11.41, 6.53, 13.91, 103, 106),
    ("Vanilla LSTM", 11.31, -3.8, 17.25, 90, 342),
    ("ArimaFD", -0.09, -0.17, -0.06, 127, 2),
    ("Null detector", 0, 0, 0, None, None),
]


def main(path):
    report = json.load(open(path))
    skab = report.get("skab")
    if skab:
        print(f"SKAB: {skab['files']} experiment files, {skab['changepoints']} labelled changepoints in the test parts; "
              f"scored in {skab['seconds']:.2f} s")
        print()
        print("| outlier detection | F1 | FAR, % | MAR, % |")
        print("|---|---|---|---|")
        rows = [("**Oasis default rule (online)**", skab["f1"], skab["far"], skab["mar"])] + OUTLIER_LEADERBOARD
        for name, f1, far, mar in sorted(rows, key=lambda r: -r[1]):
            print(f"| {name} | {f1:.2f} | {far:.2f} | {mar:.2f} |")
        print()
        print("| changepoint detection | NAB (standard) | NAB (LowFP) | NAB (LowFN) | missed CPs | FPs |")
        print("|---|---|---|---|---|---|")
        rows = [("**Oasis default rule (online)**", skab["nabStandard"], skab["nabLowFP"], skab["nabLowFN"],
                 skab["missedChangepoints"], skab["falseChangepoints"])] + NAB_LEADERBOARD
        for name, std, lowfp, lowfn, missed, fps in sorted(rows, key=lambda r: -r[1]):
            missed = "-" if missed is None else missed
            fps = "-" if fps is None else fps
            print(f"| {name} | {std:.2f} | {lowfp:.2f} | {lowfn:.2f} | {missed} | {fps} |")
        print()
        print("| Oasis default rule, one folder at a time | files | F1 | FAR, % | MAR, % | NAB (standard) | NAB (LowFP) | NAB (LowFN) |")
        print("|---|---|---|---|---|---|---|---|")
        for name, part in sorted(skab.get("folders", {}).items()):
            print(f"| {name} | {part['files']} | {part['f1']:.2f} | {part['far']:.2f} | {part['mar']:.2f} | "
                  f"{part['nabStandard']:.2f} | {part['nabLowFP']:.2f} | {part['nabLowFN']:.2f} |")
        print()
        print(f"Oasis confusion (readings): TP {skab['truePositives']}, TN {skab['trueNegatives']}, "
              f"FP {skab['falsePositives']}, FN {skab['falseNegatives']}")
        print()
    river = report.get("river")
    if river:
        print("river water flow (hourly): segments " + ", ".join(f"{a}–{b}" for a, b in river["segments"]))
        print()
        print("| rule | segments alerted | delay (h) per segment | alarmed hours | alarmed outside segments | false-alarm episodes |")
        print("|---|---|---|---|---|---|")
        for o in river["outcomes"]:
            delays = ", ".join("–" if d is None else str(d) for d in o["delays"])
            print(f"| {o['rule']} | {sum(o['segmentsHit'])} of {len(o['segmentsHit'])} | {delays} | "
                  f"{o['alarmedReadings']} of {o['readings']} | {o['alarmedOutsideSegments']} | {o['falseAlarmEpisodes']} |")
        print()
    whut = report.get("whut")
    if whut:
        print("WHUT pump runs (no labels: every run is normal operation)")
        print()
        print("| run | readings | alarmed, learnt from its first 400 readings (40 s) | alarmed, learnt from its first 3,000 (5 min) | alarmed, learnt from the previous run |")
        print("|---|---|---|---|---|")
        for r in whut:
            after = r.get("alarmedShareAfterPreviousRun")
            after = "–" if after is None else f"{100 * after:.1f} %"
            print(f"| {r['run']} | {r['readings']} | {100 * r['alarmedShareOwnStart']:.1f} % | "
                  f"{100 * r['alarmedShareOwnFiveMinutes']:.1f} % | {after} |")


if __name__ == "__main__":
    main(sys.argv[1])
