#!/usr/bin/env python3
"""Checks `hotel-server overbooking backtest` against an independent recomputation of the issue's protocol.

usage: check_backtest.py HOTEL_SERVER TRAIN TEST [--walk-cost-multiple M] [--require-learned-beats-flat0]
Runs the command, asserts the document's shape and recomputes every flat row from the test file with Python's csv
module. With --require-learned-beats-flat0 it also asserts the learned policy costs no more than flat-0 for each
hotel: the issue's goal, which the 2015 -> 2016 split does NOT meet yet for the City Hotel (docs/BENCHMARKS.md),
so the CI test prints the comparison without the flag instead of hiding it.
"""
import csv
import datetime
import gzip
import json
import subprocess
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"])}


def recompute(path, multiple):
    days = {}
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", newline="") as f:
        for row in csv.DictReader(f):
            d = datetime.date(int(row["arrival_date_year"]), MONTHS[row["arrival_date_month"]],
                              int(row["arrival_date_day_of_month"]))
            status = datetime.date.fromisoformat(row["reservation_status_date"])
            canceled = row["is_canceled"] == "1"
            if int(row["lead_time"]) < 1 or (canceled and status < d - datetime.timedelta(days=1)):
                continue
            days.setdefault((row["hotel"], d), []).append((canceled, float(row["adr"])))
    hotels = {}
    for (hotel, _), rows in days.items():
        h = hotels.setdefault(hotel, {"days": 0, "arrivals": 0, "flat": {p: [0.0, 0.0, 0.0] for p in (0, 2, 5, 10)}})
        h["days"] += 1
        h["arrivals"] += len(rows)
        shows = sum(1 for c, _ in rows if not c)
        adr = sum(a for _, a in rows) / len(rows)
        for p, t in h["flat"].items():
            cap = len(rows) / (1 + p / 100)
            walks, empty = max(0.0, shows - cap), max(0.0, cap - shows)
            t[0] += walks
            t[1] += empty
            t[2] += multiple * adr * walks + adr * empty
    return hotels


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def main():
    server, train, test = sys.argv[1:4]
    multiple = 3.0
    extra = []
    if "--walk-cost-multiple" in sys.argv:
        multiple = float(sys.argv[sys.argv.index("--walk-cost-multiple") + 1])
        extra = ["--walk-cost-multiple", sys.argv[sys.argv.index("--walk-cost-multiple") + 1]]
    run = subprocess.run([server, "overbooking", "backtest", "--train", train, "--test", test] + extra,
                         capture_output=True, text=True, check=False)
    sys.stderr.write(run.stderr[-2000:])
    assert run.returncode == 0, f"exit {run.returncode}"
    doc = json.loads(run.stdout)
    assert list(doc.keys()) == ["hotels"], doc.keys()
    expected = recompute(test, multiple)
    assert sorted(h["hotel"] for h in doc["hotels"]) == sorted(expected), "hotels differ"
    for h in doc["hotels"]:
        assert set(h) == {"hotel", "days", "arrivals", "policies"}, h.keys()
        e = expected[h["hotel"]]
        assert h["days"] == e["days"] and h["arrivals"] == e["arrivals"], (h["hotel"], h["days"], e["days"])
        names = [p["name"] for p in h["policies"]]
        assert names == ["flat-0", "flat-2", "flat-5", "flat-10", "learned"], names
        for p in h["policies"]:
            assert set(p) == {"name", "walksPer1000", "emptyPer1000", "costPer1000"}, p.keys()
            assert all(isinstance(p[k], (int, float)) and p[k] >= 0 for k in p if k != "name"), p
        for p in h["policies"][:4]:
            walks, empty, cost = e["flat"][int(p["name"][5:])]
            per = 1000.0 / e["arrivals"]
            assert close(p["walksPer1000"], walks * per), (h["hotel"], p, walks * per)
            assert close(p["emptyPer1000"], empty * per), (h["hotel"], p, empty * per)
            assert close(p["costPer1000"], cost * per), (h["hotel"], p, cost * per)
        learned, flat0 = h["policies"][4], h["policies"][0]
        beats = learned["costPer1000"] <= flat0["costPer1000"] + 1e-9
        print(h["hotel"], "learned", "<=" if beats else ">", "flat-0")
        if "--require-learned-beats-flat0" in sys.argv:
            assert beats, (h["hotel"], learned, flat0)
        print(h["hotel"], {p["name"]: round(p["costPer1000"], 1) for p in h["policies"]})
    print("backtest document checked")


if __name__ == "__main__":
    main()
