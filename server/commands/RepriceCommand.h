#pragma once

// `hotel-server reprice --db URL [--hotel ID]... [--days N] [--dry-run]` (issue 9): runs the pricing engine
// over the next N nights of the named hotels, or of every hotel, one transaction per hotel.
#include "domain/Domain.h"

#include <QTextStream>

namespace hotel {

class Store;

struct RepriceOptions {
    QList<HotelId> hotels; // empty: every hotel, in pages
    int days = 90;
    bool dryRun = false; // print what would change, change nothing
};

// 0 when every hotel was repriced (or, dry, looked at); 1 when any failed (each failure is printed).
int runRepriceCommand(Store &store, const RepriceOptions &options, QTextStream &out, QTextStream &err);

} // namespace hotel
