#!/usr/bin/env python3
"""Derives the living demo's demand profile (backend/seed/data/demand-profile.json) from the shared history.

Run once, by hand, when the history or the profile's shape changes; the tests and the demo read only the small
JSON it writes, never the history itself.

    scripts/derive-demo-distributions.py ../shared/data/hotel-booking-demand/hotel_bookings_2015-2016.csv.gz \
        > backend/seed/data/demand-profile.json

Source: N. Antonio, A. de Almeida, L. Nunes, "Hotel booking demand datasets", Data in Brief 22 (2019) 41-49,
doi:10.1016/j.dib.2018.11.126, licence CC BY 4.0. Both hotels (city and resort) are pooled; stays of zero
nights (day use) and rows without a party are left out, since the demo sells nights.
"""
import csv
import gzip
import json
import sys
from collections import Counter

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def count(text):
    """The history writes a missing count as NA (a few children cells): none."""
    return int(text) if text.isdigit() else 0


def quantiles(values, count=101):
    """Nearest-rank percentiles 0..100 (integers in, integers out: the demo samples whole days)."""
    values = sorted(values)
    n = len(values)
    return [values[min(n - 1, max(0, round(p / (count - 1) * (n - 1))))] for p in range(count)]


def shares(counter, keys):
    total = sum(counter[k] for k in keys)
    return {str(k): round(counter[k] / total, 5) for k in keys}


def main(path):
    leads, lengths = [], []
    party, segments, months = Counter(), Counter(), Counter()
    seg_rows, seg_stayed, seg_cancel, seg_noshow = Counter(), Counter(), Counter(), Counter()
    cancelled_leads, month_years = [], {}
    rows = 0
    with gzip.open(path, "rt", newline="") as f:
        for r in csv.DictReader(f):
            nights = int(r["stays_in_weekend_nights"]) + int(r["stays_in_week_nights"])
            guests = count(r["adults"]) + count(r["children"]) + count(r["babies"])
            if nights < 1 or guests < 1 or r["market_segment"] == "Undefined":
                continue
            rows += 1
            seg = r["market_segment"]
            lead = int(r["lead_time"])
            seg_rows[seg] += 1
            month = MONTHS.index(r["arrival_date_month"]) + 1
            months[month] += 1
            month_years.setdefault(month, set()).add(r["arrival_date_year"])
            if r["reservation_status"] == "Canceled":
                seg_cancel[seg] += 1
                cancelled_leads.append(lead)
            elif r["reservation_status"] == "No-Show":
                seg_noshow[seg] += 1
            else:
                seg_stayed[seg] += 1
            # What a hotel ends up holding: the stays that were not cancelled.
            if r["is_canceled"] == "0":
                leads.append(lead)
                lengths.append(nights)
                party[min(guests, 6)] += 1
    length_hist = Counter(min(n, 21) for n in lengths)
    # The history starts in July 2015: a month's arrivals per year it covers, against the mean month.
    per_year = {m: months[m] / len(month_years[m]) for m in range(1, 13)}
    month_mean = sum(per_year.values()) / 12
    profile = {
        "source": "N. Antonio, A. de Almeida, L. Nunes, \"Hotel booking demand datasets\", Data in Brief 22 (2019) "
                  "41-49, doi:10.1016/j.dib.2018.11.126",
        "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); numbers derived by "
                   "scripts/derive-demo-distributions.py from hotel_bookings_2015-2016.csv.gz (arrivals 2015-2016, "
                   "both hotels pooled, stays of at least one night)",
        "rows": rows,
        "stayedRows": len(leads),
        "leadTimePercentiles": quantiles(leads),
        "stayNightsPercentiles": quantiles(lengths),
        "stayNightsShares": shares(length_hist, range(1, 22)),
        "partySizeShares": shares(party, range(1, 7)),
        "cancelledLeadTimePercentiles": quantiles(cancelled_leads),
        "monthFactors": {str(m): round(per_year[m] / month_mean, 4) for m in range(1, 13)},
        "segments": [
            {
                "name": seg,
                # Among the stays held; then, per stay held, how many more were cancelled or not shown.
                "stayShare": round(seg_stayed[seg] / len(leads), 5),
                "cancelRate": round(seg_cancel[seg] / seg_rows[seg], 5),
                "noShowRate": round(seg_noshow[seg] / seg_rows[seg], 5),
                "cancelledPerStay": round(seg_cancel[seg] / seg_stayed[seg], 5),
                "noShowsPerStay": round(seg_noshow[seg] / seg_stayed[seg], 5),
            }
            for seg in sorted(seg_rows, key=lambda s: -seg_rows[s])
        ],
    }
    json.dump(profile, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else
         "../shared/data/hotel-booking-demand/hotel_bookings_2015-2016.csv.gz")
