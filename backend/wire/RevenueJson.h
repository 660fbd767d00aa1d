#pragma once

// Revenue management on the wire (issue 9): pricing settings, the preview, recomputes, price history, stay
// restrictions and the KPIs. Factors and occupancies are JSON numbers (1.25, 0.8), read into basis points;
// money is a decimal string as everywhere else. Each reader beside its writer; failures name the field.
#include "domain/Pricing.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace hotel::json {

QJsonObject toJson(const pricing::PricingSettings &s);
Result<pricing::PricingSettings> pricingSettingsFrom(const QJsonObject &o, HotelId hotelId);

QJsonObject toJson(const pricing::PricePreview &p);
QJsonObject toJson(const pricing::RecomputeResult &r);
QJsonObject priceHistoryJson(const QList<pricing::PriceHistoryEntry> &entries);

// PUT .../restrictions: {"restrictions": [{"date", "minStay", "maxStay", "closed", "closedToArrival",
// "closedToDeparture"}]}; the answer to GET has the same shape.
QJsonObject restrictionsJson(const QList<pricing::NightRestriction> &list);
Result<QList<pricing::NightRestriction>> restrictionsFrom(const QJsonObject &o);

// POST .../pricing/reprice: {"days": 90, "dryRun": false}.
struct RepriceRequest {
    int days = 90;
    bool dryRun = false;
};
Result<RepriceRequest> repriceRequestFrom(const QJsonObject &o);
// POST .../pricing/undo: {"recomputeId": n}.
Result<qint64> undoRequestFrom(const QJsonObject &o);
// POST .../prices/release: {"from", "to"}.
Result<std::pair<QDate, QDate>> releaseRequestFrom(const QJsonObject &o);

// GET .../kpis?from=&to=&groupBy=day|week|month[&roomTypeId=]
struct KpiRequest {
    QDate from;
    QDate to;
    pricing::KpiGrouping grouping = pricing::KpiGrouping::Day;
    std::optional<RoomTypeId> roomTypeId;
};
Result<KpiRequest> kpiRequestFrom(const QUrlQuery &query);
QJsonObject kpisJson(const QList<pricing::KpiRow> &rows, const QList<pricing::PaceRow> &pace);

} // namespace hotel::json
