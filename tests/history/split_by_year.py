#!/usr/bin/env python3
"""Writes the rows of a hotel-booking-demand file whose arrival year is in a range to a new gzip file.

usage: split_by_year.py IN.csv.gz OUT.csv.gz FIRST_YEAR LAST_YEAR
"""
import csv
import gzip
import sys


def main():
    source, target, first, last = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    with gzip.open(source, "rt", newline="") as f, gzip.open(target, "wt", newline="") as out:
        reader = csv.reader(f)
        writer = csv.writer(out, lineterminator="\n")
        header = next(reader)
        year = header.index("arrival_date_year")
        writer.writerow(header)
        for row in reader:
            if first <= int(row[year]) <= last:
                writer.writerow(row)


if __name__ == "__main__":
    main()
