#include "domain/Pricing.h"

#include "domain/Policy.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace hotel::pricing {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("hotel::Pricing", text);
}

// A whole minor unit of the currency, in hundredths.
Money minorUnit(const QString &currency) {
    return policy::currencyDecimals(currency) == 0 ? 100 : 1;
}

// The product of a price and three factors needs more than 64 bits before it is scaled back.
__extension__ typedef __int128 Wide;

QString factorText(int bp) {
    return QString::number(bp / double(one), 'f', 2);
}

std::optional<BackendError> factorInRange(const QString &field, int factor) {
    if (factor <= 0 || factor > maxFactor)
        return BackendError::invalid(field, tr("%1 must be more than 0 and at most %2 (it is %3).")
                                                .arg(field, factorText(maxFactor), factorText(factor)));
    return std::nullopt;
}

} // namespace

PricingSettings defaultSettings(HotelId hotelId) {
    PricingSettings s;
    s.hotelId = hotelId;
    s.demandCurve = {{0, 5000}, {one, 20000}};
    // Monday..Sunday nights; Friday and Saturday nights are the weekend.
    s.weekday = {9000, 9000, 9000, 9000, 12000, 12000, 9000};
    return s;
}

RoomTypeBounds defaultBounds(const RoomType &roomType) {
    const Money unit = minorUnit(roomType.currency);
    RoomTypeBounds b;
    b.roomTypeId = roomType.id;
    b.minPrice = (roomType.basePrice / 2) / unit * unit;
    b.maxPrice = std::min<Money>(roomType.basePrice * 3, limits::maxNightlyPrice) / unit * unit;
    return b;
}

RoomTypeBounds boundsFor(const PricingSettings &settings, const RoomType &roomType) {
    for (const auto &b : settings.bounds)
        if (b.roomTypeId == roomType.id)
            return b;
    return defaultBounds(roomType);
}

std::optional<BackendError> validate(const PricingSettings &s, const QList<RoomType> &roomTypes) {
    // The demand curve: from an empty night to a full one, each point dearer than the one before.
    if (s.demandCurve.size() < 2 || s.demandCurve.size() > maxCurvePoints)
        return BackendError::invalid(QStringLiteral("demandCurve"),
                                     tr("demandCurve needs between 2 and %1 points.").arg(maxCurvePoints));
    for (int i = 0; i < s.demandCurve.size(); ++i) {
        const CurvePoint &p = s.demandCurve[i];
        const QString field = QStringLiteral("demandCurve[%1]").arg(i);
        if (p.occupancy < 0 || p.occupancy > one)
            return BackendError::invalid(field + QStringLiteral(".occupancy"),
                                         tr("%1.occupancy must be between 0 and 1.").arg(field));
        if (auto e = factorInRange(field + QStringLiteral(".factor"), p.factor))
            return e;
        if (i > 0 && p.occupancy <= s.demandCurve[i - 1].occupancy)
            return BackendError::invalid(field + QStringLiteral(".occupancy"),
                                         tr("%1.occupancy must be above the point before it.").arg(field));
        if (i > 0 && p.factor <= s.demandCurve[i - 1].factor)
            return BackendError::invalid(field + QStringLiteral(".factor"),
                                         tr("The demand curve must increase: %1.factor must be above %2.")
                                             .arg(field, factorText(s.demandCurve[i - 1].factor)));
    }
    if (s.demandCurve.first().occupancy != 0)
        return BackendError::invalid(QStringLiteral("demandCurve[0].occupancy"),
                                     tr("The demand curve must start at an occupancy of 0."));
    if (s.demandCurve.last().occupancy != one)
        return BackendError::invalid(QStringLiteral("demandCurve[%1].occupancy").arg(s.demandCurve.size() - 1),
                                     tr("The demand curve must end at an occupancy of 1 (a full night)."));

    if (s.seasons.size() > maxSeasons)
        return BackendError::invalid(QStringLiteral("seasons"), tr("At most %1 seasons.").arg(maxSeasons));
    for (int i = 0; i < s.seasons.size(); ++i) {
        const Season &season = s.seasons[i];
        const QString field = QStringLiteral("seasons[%1]").arg(i);
        if (auto e = validation::text(field + QStringLiteral(".name"), season.name, false, limits::maxTextLength))
            return e;
        if (!season.from.isValid())
            return BackendError::invalid(field + QStringLiteral(".from"), tr("%1.from must be a date.").arg(field));
        if (!season.to.isValid() || season.to < season.from)
            return BackendError::invalid(field + QStringLiteral(".to"),
                                         tr("%1.to must be a date on or after %1.from.").arg(field));
        if (auto e = factorInRange(field + QStringLiteral(".factor"), season.factor))
            return e;
        for (int j = 0; j < i; ++j) {
            const Season &other = s.seasons[j];
            if (season.from <= other.to && other.from <= season.to)
                return BackendError::invalid(field + QStringLiteral(".from"), tr("%1 overlaps seasons[%2] (%3 to %4).")
                                                                                  .arg(field)
                                                                                  .arg(j)
                                                                                  .arg(other.from.toString(Qt::ISODate),
                                                                                       other.to.toString(Qt::ISODate)));
        }
    }

    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i)
        if (auto e = factorInRange(QStringLiteral("weekdayFactors.%1").arg(QLatin1String(days[i])), s.weekday[i]))
            return e;

    QHash<RoomTypeId, const RoomType *> types;
    for (const auto &rt : roomTypes)
        types.insert(rt.id, &rt);
    QSet<RoomTypeId> seen;
    for (int i = 0; i < s.bounds.size(); ++i) {
        const RoomTypeBounds &b = s.bounds[i];
        const QString field = QStringLiteral("bounds[%1]").arg(i);
        const RoomType *rt = types.value(b.roomTypeId);
        if (!rt)
            return BackendError::invalid(field + QStringLiteral(".roomTypeId"),
                                         tr("Room type %1 is not one of this hotel's.").arg(b.roomTypeId));
        if (seen.contains(b.roomTypeId))
            return BackendError::invalid(field + QStringLiteral(".roomTypeId"),
                                         tr("Room type %1 has bounds twice.").arg(b.roomTypeId));
        seen.insert(b.roomTypeId);
        if (auto e = validation::price(field + QStringLiteral(".minPrice"), b.minPrice))
            return e;
        if (auto e = validation::price(field + QStringLiteral(".maxPrice"), b.maxPrice))
            return e;
        const Money unit = minorUnit(rt->currency);
        if (b.minPrice % unit != 0)
            return BackendError::invalid(field + QStringLiteral(".minPrice"),
                                         tr("%1.minPrice must be a whole amount of %2.").arg(field, rt->currency));
        if (b.maxPrice % unit != 0)
            return BackendError::invalid(field + QStringLiteral(".maxPrice"),
                                         tr("%1.maxPrice must be a whole amount of %2.").arg(field, rt->currency));
        if (b.minPrice > b.maxPrice)
            return BackendError::invalid(field + QStringLiteral(".minPrice"),
                                         tr("%1.minPrice must not be above %1.maxPrice.").arg(field));
    }
    return std::nullopt;
}

int occupancyOf(int totalRooms, int bookedRooms, int blockedRooms) {
    if (totalRooms <= 0)
        return one;
    const qint64 taken = std::max(0, bookedRooms) + qint64(std::max(0, blockedRooms));
    return int(std::min<qint64>(one, taken * one / totalRooms));
}

int demandFactor(const QList<CurvePoint> &curve, int occupancy) {
    if (curve.isEmpty())
        return one;
    if (occupancy <= curve.first().occupancy)
        return curve.first().factor;
    for (int i = 1; i < curve.size(); ++i) {
        const CurvePoint &a = curve[i - 1], &b = curve[i];
        if (occupancy <= b.occupancy) {
            const qint64 span = b.occupancy - a.occupancy;
            if (span <= 0)
                return b.factor;
            // Half up, in integers.
            const qint64 rise = qint64(b.factor - a.factor) * (occupancy - a.occupancy);
            return a.factor + int((2 * rise + span) / (2 * span));
        }
    }
    return curve.last().factor;
}

int seasonFactor(const QList<Season> &seasons, QDate night) {
    for (const auto &s : seasons)
        if (night >= s.from && night <= s.to)
            return s.factor;
    return one;
}

int weekdayFactor(const std::array<int, 7> &weekday, QDate night) {
    const int i = night.dayOfWeek() - 1;
    return i >= 0 && i < 7 && weekday[i] > 0 ? weekday[i] : one;
}

Money nightPrice(Money basePrice, const QString &currency, const RoomTypeBounds &bounds,
                 const PricingSettings &settings, QDate night, int occupancy) {
    const Wide scale = Wide(one) * one * one;
    const Wide product = Wide(basePrice) * demandFactor(settings.demandCurve, occupancy) *
                         seasonFactor(settings.seasons, night) * weekdayFactor(settings.weekday, night);
    Money price = Money((product + scale / 2) / scale);
    price = std::clamp(price, bounds.minPrice, std::max(bounds.minPrice, bounds.maxPrice));
    return policy::roundToMinorUnit(price, currency);
}

QList<PriceChange> recompute(const PricingSettings &settings, const RoomType &roomType, const QString &currency,
                             const QList<NightState> &nights) {
    QList<PriceChange> changes;
    if (!settings.enabled)
        return changes;
    const RoomTypeBounds bounds = boundsFor(settings, roomType);
    for (const NightState &n : nights) {
        if (n.manual)
            continue;
        const Money price = nightPrice(roomType.basePrice, currency, bounds, settings, n.date,
                                       occupancyOf(n.totalRooms, n.bookedRooms, n.blockedRooms));
        if (price != n.price)
            changes << PriceChange{roomType.id, n.date, n.price, price};
    }
    return changes;
}

std::optional<BackendError> validate(const QList<NightRestriction> &restrictions) {
    QSet<QDate> seen;
    for (int i = 0; i < restrictions.size(); ++i) {
        const NightRestriction &r = restrictions[i];
        const QString field = QStringLiteral("restrictions[%1]").arg(i);
        if (!r.date.isValid())
            return BackendError::invalid(field + QStringLiteral(".date"), tr("%1.date must be a date.").arg(field));
        if (seen.contains(r.date))
            return BackendError::invalid(field + QStringLiteral(".date"),
                                         tr("%1 appears twice.").arg(r.date.toString(Qt::ISODate)));
        seen.insert(r.date);
        if (r.minStay < 0 || r.minStay > maxStayRule)
            return BackendError::invalid(field + QStringLiteral(".minStay"),
                                         tr("%1.minStay must be between 0 and %2 nights.").arg(field).arg(maxStayRule));
        if (r.maxStay < 0 || r.maxStay > maxStayRule)
            return BackendError::invalid(field + QStringLiteral(".maxStay"),
                                         tr("%1.maxStay must be between 0 and %2 nights.").arg(field).arg(maxStayRule));
        if (r.minStay > 0 && r.maxStay > 0 && r.minStay > r.maxStay)
            return BackendError::invalid(field + QStringLiteral(".minStay"),
                                         tr("%1.minStay must not be above %1.maxStay.").arg(field));
    }
    return std::nullopt;
}

std::optional<QString> brokenRule(const QList<NightRestriction> &rules, QDate checkIn, QDate checkOut) {
    const int nights = int(checkIn.daysTo(checkOut));
    const NightRestriction *arrival = nullptr;
    const NightRestriction *departure = nullptr;
    const NightRestriction *closed = nullptr;
    for (const auto &r : rules) {
        if (r.date == checkIn)
            arrival = &r;
        if (r.date == checkOut)
            departure = &r;
        if (r.closed && r.date >= checkIn && r.date < checkOut && (!closed || r.date < closed->date))
            closed = &r;
    }
    if (closed)
        return tr("The room type is closed on %1.").arg(closed->date.toString(Qt::ISODate));
    if (arrival && arrival->closedToArrival)
        return tr("The room type is closed to arrival on %1.").arg(checkIn.toString(Qt::ISODate));
    if (departure && departure->closedToDeparture)
        return tr("The room type is closed to departure on %1.").arg(checkOut.toString(Qt::ISODate));
    if (arrival && arrival->minStay > 0 && nights < arrival->minStay)
        return tr("Stays arriving on %1 must be at least %2 nights long (minimum stay).")
            .arg(checkIn.toString(Qt::ISODate))
            .arg(arrival->minStay);
    if (arrival && arrival->maxStay > 0 && nights > arrival->maxStay)
        return tr("Stays arriving on %1 may be at most %2 nights long (maximum stay).")
            .arg(checkIn.toString(Qt::ISODate))
            .arg(arrival->maxStay);
    return std::nullopt;
}

QString reasonName(PriceChangeReason reason) {
    switch (reason) {
    case PriceChangeReason::Engine:
        return QStringLiteral("engine");
    case PriceChangeReason::Manual:
        return QStringLiteral("manual");
    case PriceChangeReason::Release:
        return QStringLiteral("release");
    case PriceChangeReason::Undo:
        return QStringLiteral("undo");
    }
    return QStringLiteral("engine");
}

std::optional<PriceChangeReason> reasonFromName(QStringView name) {
    for (auto r :
         {PriceChangeReason::Engine, PriceChangeReason::Manual, PriceChangeReason::Release, PriceChangeReason::Undo})
        if (name == reasonName(r))
            return r;
    return std::nullopt;
}

PricePreview preview(const PricingSettings &proposed, const QList<RoomType> &roomTypes, const QString &currency,
                     const QHash<RoomTypeId, QList<NightState>> &nights) {
    PricePreview out;
    out.hotelId = proposed.hotelId;
    out.currency = currency;
    for (const RoomType &rt : roomTypes) {
        const RoomTypeBounds bounds = boundsFor(proposed, rt);
        for (const NightState &n : nights.value(rt.id)) {
            PreviewNight p;
            p.roomTypeId = rt.id;
            p.date = n.date;
            p.occupancy = occupancyOf(n.totalRooms, n.bookedRooms, n.blockedRooms);
            p.roomsSold = std::max(0, n.bookedRooms);
            p.currentPrice = n.price;
            p.manual = n.manual;
            p.proposedPrice = n.manual || !proposed.enabled
                                  ? n.price
                                  : nightPrice(rt.basePrice, currency, bounds, proposed, n.date, p.occupancy);
            out.currentRevenue += p.roomsSold * p.currentPrice;
            out.proposedRevenue += p.roomsSold * p.proposedPrice;
            out.nights << p;
        }
    }
    return out;
}

std::optional<KpiGrouping> kpiGroupingFromName(QStringView name) {
    if (name == u"day")
        return KpiGrouping::Day;
    if (name == u"week")
        return KpiGrouping::Week;
    if (name == u"month")
        return KpiGrouping::Month;
    return std::nullopt;
}

QDate periodStart(QDate night, KpiGrouping grouping) {
    switch (grouping) {
    case KpiGrouping::Day:
        return night;
    case KpiGrouping::Week:
        return night.addDays(1 - night.dayOfWeek()); // ISO weeks start on Monday
    case KpiGrouping::Month:
        return QDate(night.year(), night.month(), 1);
    }
    return night;
}

QString periodOf(QDate night, KpiGrouping grouping) {
    switch (grouping) {
    case KpiGrouping::Day:
        return night.toString(Qt::ISODate);
    case KpiGrouping::Week: {
        int year = 0;
        const int week = night.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
    }
    case KpiGrouping::Month:
        return night.toString(QStringLiteral("yyyy-MM"));
    }
    return night.toString(Qt::ISODate);
}

namespace {
Money ratio(Money amount, qint64 count) {
    return count <= 0 ? 0 : (2 * amount + count) / (2 * count);
}
} // namespace

QList<KpiRow> kpiRows(const QList<KpiNight> &nights, KpiGrouping grouping) {
    QMap<QDate, KpiRow> rows;
    for (const KpiNight &n : nights) {
        const QDate start = periodStart(n.date, grouping);
        KpiRow &r = rows[start];
        r.start = start;
        r.period = periodOf(n.date, grouping);
        r.roomsAvailable += n.roomsAvailable;
        r.roomsSold += n.roomsSold;
        r.revenue += n.revenue;
        r.cancellations += n.cancellations;
    }
    QList<KpiRow> out;
    for (KpiRow r : rows) {
        r.occupancy = r.roomsAvailable <= 0 ? 0 : int(ratio(r.roomsSold * one, r.roomsAvailable));
        r.adr = ratio(r.revenue, r.roomsSold);
        r.revpar = ratio(r.revenue, r.roomsAvailable);
        out << r;
    }
    return out;
}

Money nightlyShare(Money roomPrice, int nights, int nightIndex) {
    if (nights <= 0 || nightIndex < 0 || nightIndex >= nights)
        return 0;
    const Money share = roomPrice / nights;
    const Money left = roomPrice - share * nights;
    return share + (nightIndex < left ? 1 : 0);
}

} // namespace hotel::pricing
