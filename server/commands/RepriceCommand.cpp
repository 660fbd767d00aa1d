#include "server/commands/RepriceCommand.h"

#include "store/Store.h"

#include <QElapsedTimer>

namespace hotel {

int runRepriceCommand(Store &store, const RepriceOptions &options, QTextStream &out, QTextStream &err) {
    QElapsedTimer clock;
    clock.start();
    qint64 hotels = 0, nights = 0, failures = 0;
    auto repriceOne = [&](HotelId id) {
        auto r = store.reprice(Actor::system(), id, options.days, options.dryRun);
        ++hotels;
        if (!r) {
            ++failures;
            err << "hotel " << id << ": " << r.error().userMessage;
            if (!r.error().detail.isEmpty())
                err << " (" << r.error().detail << ")";
            err << Qt::endl;
            return;
        }
        nights += r->changes.size();
        if (options.dryRun) {
            for (const auto &c : r->changes)
                out << "hotel " << id << " room type " << c.roomTypeId << " " << c.date.toString(Qt::ISODate) << ": "
                    << formatMoney(c.oldPrice) << " -> " << formatMoney(c.newPrice) << Qt::endl;
        } else if (!r->changes.isEmpty()) {
            out << "hotel " << id << ": " << r->changes.size() << " nights repriced (recompute " << r->recomputeId
                << ")" << Qt::endl;
        }
    };
    if (!options.hotels.isEmpty()) {
        for (HotelId id : options.hotels)
            repriceOne(id);
    } else {
        HotelId after = 0;
        for (;;) {
            auto page = store.hotelIdsAfter(after, 1000);
            if (!page) {
                err << page.error().userMessage << " (" << page.error().detail << ")" << Qt::endl;
                return 1;
            }
            if (page->isEmpty())
                break;
            for (HotelId id : page.value())
                repriceOne(id);
            after = page->last();
        }
    }
    out << (options.dryRun ? "dry run: " : "") << hotels << " hotels, " << nights
        << (options.dryRun ? " nights would change, " : " nights repriced, ") << failures << " failed in "
        << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
    return failures == 0 ? 0 : 1;
}

} // namespace hotel
