// Revenue management on the wire (issue 9). The keys are spelled here once, beside the writer and reader of
// each type.
#include "wire/RevenueJson.h"

#include "wire/Json.h"
#include "wire/JsonFields.h"
#include "wire/Requests.h"

#include <QJsonArray>
#include <cmath>

namespace hotel::json {

using namespace pricing;

namespace {

namespace rk {
const QString enabled = QStringLiteral("enabled"), demandCurve = QStringLiteral("demandCurve"),
              occupancy = QStringLiteral("occupancy"), factor = QStringLiteral("factor"),
              seasons = QStringLiteral("seasons"), name = QStringLiteral("name"), from = QStringLiteral("from"),
              to = QStringLiteral("to"), weekdayFactors = QStringLiteral("weekdayFactors"),
              bounds = QStringLiteral("bounds"), roomTypeId = QStringLiteral("roomTypeId"),
              minPrice = QStringLiteral("minPrice"), maxPrice = QStringLiteral("maxPrice"),
              hotelId = QStringLiteral("hotelId"), updatedBy = QStringLiteral("updatedBy"),
              updatedAt = QStringLiteral("updatedAt"), currency = QStringLiteral("currency"),
              nights = QStringLiteral("nights"), date = QStringLiteral("date"), roomsSold = QStringLiteral("roomsSold"),
              currentPrice = QStringLiteral("currentPrice"), proposedPrice = QStringLiteral("proposedPrice"),
              manual = QStringLiteral("manual"), currentRevenue = QStringLiteral("currentRevenue"),
              proposedRevenue = QStringLiteral("proposedRevenue"), recomputeId = QStringLiteral("recomputeId"),
              dryRun = QStringLiteral("dryRun"), changes = QStringLiteral("changes"),
              oldPrice = QStringLiteral("oldPrice"), newPrice = QStringLiteral("newPrice"),
              history = QStringLiteral("history"), reason = QStringLiteral("reason"),
              changedBy = QStringLiteral("changedBy"), changedAt = QStringLiteral("changedAt"),
              restrictions = QStringLiteral("restrictions"), minStay = QStringLiteral("minStay"),
              maxStay = QStringLiteral("maxStay"), closed = QStringLiteral("closed"),
              closedToArrival = QStringLiteral("closedToArrival"),
              closedToDeparture = QStringLiteral("closedToDeparture"), days = QStringLiteral("days"),
              groupBy = QStringLiteral("groupBy"), rows = QStringLiteral("rows"), period = QStringLiteral("period"),
              roomsAvailable = QStringLiteral("roomsAvailable"), revenue = QStringLiteral("revenue"),
              adr = QStringLiteral("adr"), revpar = QStringLiteral("revpar"),
              cancellations = QStringLiteral("cancellations"), pace = QStringLiteral("pace"),
              night = QStringLiteral("night"), onTheBooks = QStringLiteral("onTheBooks"),
              asOf1 = QStringLiteral("asOf1DayAgo"), asOf7 = QStringLiteral("asOf7DaysAgo"),
              asOf30 = QStringLiteral("asOf30DaysAgo");
} // namespace rk

const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

double factorJson(int bp) {
    return bp / double(one);
}

// A factor or occupancy as a JSON number, in basis points; out-of-range values pass through (clamped) for the
// domain's validation to name.
Result<int> basisPoints(const QJsonObject &o, const QString &key, const QString &field) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return badType(field, "a number");
    return int(std::llround(std::clamp(v.toDouble(), -1000.0, 1000.0) * one));
}

Result<Money> moneyField(const QJsonObject &o, const QString &key, const QString &field) {
    const QJsonValue v = o.value(key);
    std::optional<Money> m;
    if (v.isString())
        m = parseMoney(v.toString());
    else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e12) // the design document's plain numbers
        m = parseMoney(QString::number(v.toDouble(), 'f', 2));
    if (!m)
        return BackendError::invalid(field, wireTr("%1 must be a decimal string such as \"150.00\".").arg(field));
    return *m;
}

Result<bool> boolField(const QJsonObject &o, const QString &key, const QString &field, bool fallback) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool())
        return badType(field, "true or false");
    return v.toBool();
}

Result<QJsonArray> arrayField(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return badType(key, "a list");
    return v.toArray();
}

Result<QJsonObject> objectAt(const QJsonArray &a, int i, const QString &field) {
    if (!a[i].isObject())
        return badType(field, "an object");
    return a[i].toObject();
}

} // namespace

QJsonObject toJson(const PricingSettings &s) {
    QJsonArray curve, seasons, bounds;
    for (const CurvePoint &p : s.demandCurve)
        curve.append(QJsonObject{{rk::occupancy, factorJson(p.occupancy)}, {rk::factor, factorJson(p.factor)}});
    for (const Season &season : s.seasons)
        seasons.append(QJsonObject{{rk::name, season.name},
                                   {rk::from, iso(season.from)},
                                   {rk::to, iso(season.to)},
                                   {rk::factor, factorJson(season.factor)}});
    for (const RoomTypeBounds &b : s.bounds)
        bounds.append(QJsonObject{
            {rk::roomTypeId, b.roomTypeId}, {rk::minPrice, money(b.minPrice)}, {rk::maxPrice, money(b.maxPrice)}});
    QJsonObject week;
    for (int i = 0; i < 7; ++i)
        week.insert(QLatin1String(weekdays[i]), factorJson(s.weekday[i]));
    QJsonObject o{{rk::hotelId, s.hotelId},    {rk::enabled, s.enabled},   {rk::demandCurve, curve},
                  {rk::seasons, seasons},      {rk::weekdayFactors, week}, {rk::bounds, bounds},
                  {rk::updatedBy, s.updatedBy}};
    o.insert(rk::updatedAt, s.updatedAt.isValid() ? iso(s.updatedAt) : QJsonValue());
    return o;
}

Result<PricingSettings> pricingSettingsFrom(const QJsonObject &o, HotelId hotelId) {
    PricingSettings s = defaultSettings(hotelId);
    auto enabled = boolField(o, rk::enabled, rk::enabled, true);
    if (!enabled)
        return enabled.error();
    s.enabled = enabled.value();
    auto curve = arrayField(o, rk::demandCurve);
    if (!curve)
        return curve.error();
    s.demandCurve.clear();
    for (int i = 0; i < curve->size(); ++i) {
        const QString field = QStringLiteral("demandCurve[%1]").arg(i);
        auto p = objectAt(curve.value(), i, field);
        if (!p)
            return p.error();
        auto occ = basisPoints(p.value(), rk::occupancy, field + QStringLiteral(".occupancy"));
        if (!occ)
            return occ.error();
        auto f = basisPoints(p.value(), rk::factor, field + QStringLiteral(".factor"));
        if (!f)
            return f.error();
        s.demandCurve << CurvePoint{occ.value(), f.value()};
    }
    if (o.contains(rk::seasons)) {
        auto seasons = arrayField(o, rk::seasons);
        if (!seasons)
            return seasons.error();
        for (int i = 0; i < seasons->size(); ++i) {
            const QString field = QStringLiteral("seasons[%1]").arg(i);
            auto item = objectAt(seasons.value(), i, field);
            if (!item)
                return item.error();
            auto name = stringField(item.value(), rk::name, field + QStringLiteral(".name"), false);
            if (!name)
                return name.error();
            auto from = dateField(item.value(), rk::from, true);
            if (!from)
                return BackendError::invalid(field + QStringLiteral(".from"), from.error().userMessage);
            auto to = dateField(item.value(), rk::to, true);
            if (!to)
                return BackendError::invalid(field + QStringLiteral(".to"), to.error().userMessage);
            auto f = basisPoints(item.value(), rk::factor, field + QStringLiteral(".factor"));
            if (!f)
                return f.error();
            s.seasons << Season{name.value(), from.value(), to.value(), f.value()};
        }
    }
    if (o.contains(rk::weekdayFactors)) {
        const QJsonValue w = o.value(rk::weekdayFactors);
        if (!w.isObject())
            return badType(rk::weekdayFactors, "an object {monday: 0.9, ...}");
        for (int i = 0; i < 7; ++i) {
            const QString day = QLatin1String(weekdays[i]);
            if (!w.toObject().contains(day))
                continue;
            auto f = basisPoints(w.toObject(), day, rk::weekdayFactors + QLatin1Char('.') + day);
            if (!f)
                return f.error();
            s.weekday[i] = f.value();
        }
    }
    if (o.contains(rk::bounds)) {
        auto bounds = arrayField(o, rk::bounds);
        if (!bounds)
            return bounds.error();
        for (int i = 0; i < bounds->size(); ++i) {
            const QString field = QStringLiteral("bounds[%1]").arg(i);
            auto item = objectAt(bounds.value(), i, field);
            if (!item)
                return item.error();
            auto id = idField(item.value(), rk::roomTypeId);
            if (!id)
                return BackendError::invalid(field + QStringLiteral(".roomTypeId"), id.error().userMessage);
            auto lo = moneyField(item.value(), rk::minPrice, field + QStringLiteral(".minPrice"));
            if (!lo)
                return lo.error();
            auto hi = moneyField(item.value(), rk::maxPrice, field + QStringLiteral(".maxPrice"));
            if (!hi)
                return hi.error();
            s.bounds << RoomTypeBounds{id.value(), lo.value(), hi.value()};
        }
    }
    return s;
}

QJsonObject toJson(const PricePreview &p) {
    QJsonArray nights;
    for (const PreviewNight &n : p.nights)
        nights.append(QJsonObject{{rk::roomTypeId, n.roomTypeId},
                                  {rk::date, iso(n.date)},
                                  {rk::occupancy, factorJson(n.occupancy)},
                                  {rk::roomsSold, n.roomsSold},
                                  {rk::currentPrice, money(n.currentPrice)},
                                  {rk::proposedPrice, money(n.proposedPrice)},
                                  {rk::manual, n.manual}});
    return {{rk::hotelId, p.hotelId},
            {rk::currency, p.currency},
            {rk::currentRevenue, money(p.currentRevenue)},
            {rk::proposedRevenue, money(p.proposedRevenue)},
            {rk::nights, nights}};
}

QJsonObject toJson(const RecomputeResult &r) {
    QJsonArray changes;
    for (const PriceChange &c : r.changes)
        changes.append(QJsonObject{{rk::roomTypeId, c.roomTypeId},
                                   {rk::date, iso(c.date)},
                                   {rk::oldPrice, money(c.oldPrice)},
                                   {rk::newPrice, money(c.newPrice)}});
    return {{rk::hotelId, r.hotelId},
            {rk::recomputeId, r.recomputeId ? QJsonValue(r.recomputeId) : QJsonValue()},
            {rk::dryRun, r.dryRun},
            {rk::changes, changes}};
}

QJsonObject priceHistoryJson(const QList<PriceHistoryEntry> &entries) {
    QJsonArray out;
    for (const PriceHistoryEntry &e : entries)
        out.append(QJsonObject{{rk::roomTypeId, e.roomTypeId},
                               {rk::date, iso(e.date)},
                               {rk::oldPrice, money(e.oldPrice)},
                               {rk::newPrice, money(e.newPrice)},
                               {rk::reason, reasonName(e.reason)},
                               {rk::changedBy, e.changedBy},
                               {rk::changedAt, iso(e.changedAt)},
                               {rk::recomputeId, e.recomputeId ? QJsonValue(e.recomputeId) : QJsonValue()}});
    return {{rk::history, out}};
}

QJsonObject restrictionsJson(const QList<NightRestriction> &list) {
    QJsonArray out;
    for (const NightRestriction &r : list)
        out.append(QJsonObject{{rk::date, iso(r.date)},
                               {rk::minStay, r.minStay},
                               {rk::maxStay, r.maxStay},
                               {rk::closed, r.closed},
                               {rk::closedToArrival, r.closedToArrival},
                               {rk::closedToDeparture, r.closedToDeparture}});
    return {{rk::restrictions, out}};
}

Result<QList<NightRestriction>> restrictionsFrom(const QJsonObject &o) {
    auto items = arrayField(o, rk::restrictions);
    if (!items)
        return items.error();
    QList<NightRestriction> out;
    for (int i = 0; i < items->size(); ++i) {
        const QString field = QStringLiteral("restrictions[%1]").arg(i);
        auto item = objectAt(items.value(), i, field);
        if (!item)
            return item.error();
        NightRestriction r;
        auto d = dateField(item.value(), rk::date, true);
        if (!d)
            return BackendError::invalid(field + QStringLiteral(".date"), d.error().userMessage);
        r.date = d.value();
        for (auto [key, target] : {std::pair{&rk::minStay, &r.minStay}, std::pair{&rk::maxStay, &r.maxStay}}) {
            const QJsonValue v = item->value(*key);
            if (v.isUndefined() || v.isNull())
                continue;
            auto n = intField(item.value(), *key);
            if (!n)
                return BackendError::invalid(field + QLatin1Char('.') + *key, n.error().userMessage);
            *target = n.value();
        }
        for (auto [key, target] :
             {std::pair{&rk::closed, &r.closed}, std::pair{&rk::closedToArrival, &r.closedToArrival},
              std::pair{&rk::closedToDeparture, &r.closedToDeparture}}) {
            auto b = boolField(item.value(), *key, field + QLatin1Char('.') + *key, false);
            if (!b)
                return b.error();
            *target = b.value();
        }
        out << r;
    }
    return out;
}

Result<RepriceRequest> repriceRequestFrom(const QJsonObject &o) {
    RepriceRequest r;
    if (o.contains(rk::days)) {
        auto days = intField(o, rk::days);
        if (!days)
            return days.error();
        r.days = days.value();
    }
    auto dry = boolField(o, rk::dryRun, rk::dryRun, false);
    if (!dry)
        return dry.error();
    r.dryRun = dry.value();
    return r;
}

Result<qint64> undoRequestFrom(const QJsonObject &o) {
    return idField(o, rk::recomputeId);
}

Result<std::pair<QDate, QDate>> releaseRequestFrom(const QJsonObject &o) {
    auto from = dateField(o, rk::from, true);
    if (!from)
        return from.error();
    auto to = dateField(o, rk::to, true);
    if (!to)
        return to.error();
    return std::pair{from.value(), to.value()};
}

Result<KpiRequest> kpiRequestFrom(const QUrlQuery &query) {
    KpiRequest r;
    auto range = requiredDateParams(query, rk::from, rk::to);
    if (!range)
        return range.error();
    r.from = range->first;
    r.to = range->second;
    const QString group = query.queryItemValue(rk::groupBy, QUrl::FullyDecoded);
    if (!group.isEmpty()) {
        const auto g = kpiGroupingFromName(group);
        if (!g)
            return BackendError::invalid(rk::groupBy, wireTr("groupBy must be day, week or month."));
        r.grouping = *g;
    }
    if (query.hasQueryItem(rk::roomTypeId)) {
        bool ok = false;
        const qint64 id = query.queryItemValue(rk::roomTypeId).toLongLong(&ok);
        if (!ok || id <= 0)
            return BackendError::invalid(rk::roomTypeId, wireTr("roomTypeId must be a room type's id."));
        r.roomTypeId = id;
    }
    return r;
}

QJsonObject kpisJson(const QList<KpiRow> &rows, const QList<PaceRow> &pace) {
    QJsonArray out, paceOut;
    for (const KpiRow &r : rows)
        out.append(QJsonObject{{rk::period, r.period},
                               {rk::roomsAvailable, r.roomsAvailable},
                               {rk::roomsSold, r.roomsSold},
                               {rk::occupancy, factorJson(r.occupancy)},
                               {rk::revenue, money(r.revenue)},
                               {rk::adr, money(r.adr)},
                               {rk::revpar, money(r.revpar)},
                               {rk::cancellations, r.cancellations}});
    for (const PaceRow &p : pace)
        paceOut.append(QJsonObject{{rk::night, iso(p.night)},
                                   {rk::onTheBooks, p.onTheBooks},
                                   {rk::asOf1, p.asOf1},
                                   {rk::asOf7, p.asOf7},
                                   {rk::asOf30, p.asOf30}});
    return {{rk::rows, out}, {rk::pace, paceOut}};
}

} // namespace hotel::json
