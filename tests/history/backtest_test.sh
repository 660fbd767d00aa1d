#!/bin/sh
# Train on 2015 arrivals, test on 2016 arrivals of the checked-in file, and check the document (check_backtest.py).
set -eu
server=$1 python=$2 here=$3 work=$4
mkdir -p "$work"
"$python" "$here/split_by_year.py" "$here/data/hotel_bookings_2015-2016.csv.gz" "$work/train.csv.gz" 2015 2015
"$python" "$here/split_by_year.py" "$here/data/hotel_bookings_2015-2016.csv.gz" "$work/test.csv.gz" 2016 2016
exec "$python" "$here/check_backtest.py" "$server" "$work/train.csv.gz" "$work/test.csv.gz"
