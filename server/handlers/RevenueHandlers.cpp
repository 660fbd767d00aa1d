// Revenue management (issue 9): pricing settings, the preview, recomputes and their undo, manual prices'
// release and history, stay restrictions and the KPIs. Writes need a revenue manager or administrator of the
// hotel (server/Routes.cpp: PriceEditor); reads any staff of it.
#include "domain/Policy.h"
#include "server/handlers/Handlers.h"
#include "store/Store.h"
#include "wire/RevenueJson.h"

namespace hotel::handlers {

namespace {

template <typename T, typename Write> HttpReply answer(const Result<T> &r, Write &&write) {
    if (!r)
        return error(r.error());
    return jsonReply(write(r.value()));
}

// ?from=&to=, by default the next 90 nights from `today`.
Result<std::pair<QDate, QDate>> rangeOrNext90(const Call &call, QDate today) {
    if (!call.request.query.hasQueryItem(json::param::from) && !call.request.query.hasQueryItem(json::param::to))
        return std::pair{today, today.addDays(90)};
    return json::requiredDateParams(call.request.query, json::param::from, json::param::to);
}

QDate todayAt(const Call &call) {
    auto h = call.store.hotel(call.ids.hotel);
    return h ? policy::hotelToday(h.value(), call.store.now()) : call.store.now().date();
}

} // namespace

HttpReply pricingSettings(const Call &call) {
    return answer(call.store.pricingSettings(*call.actor, call.ids.hotel),
                  [](const pricing::PricingSettings &s) { return json::toJson(s); });
}

HttpReply savePricingSettings(const Call &call) {
    return ifRead(readBody(call, [&](const QJsonObject &o) { return json::pricingSettingsFrom(o, call.ids.hotel); }),
                  [&](const pricing::PricingSettings &s) {
                      return answer(call.store.savePricingSettings(*call.actor, s),
                                    [](const pricing::PricingSettings &saved) { return json::toJson(saved); });
                  });
}

// POST with proposed settings (or an empty body: the saved ones).
HttpReply pricePreview(const Call &call) {
    auto body = json::bodyObject(call.request.body);
    if (!body)
        return badRequest(body.error());
    std::optional<pricing::PricingSettings> proposed;
    if (!body->isEmpty()) {
        auto read = json::pricingSettingsFrom(body.value(), call.ids.hotel);
        if (!read)
            return badRequest(read.error());
        proposed = read.value();
    }
    return answer(call.store.pricePreview(*call.actor, call.ids.hotel, proposed, 90),
                  [](const pricing::PricePreview &p) { return json::toJson(p); });
}

HttpReply reprice(const Call &call) {
    return ifRead(readBody(call, json::repriceRequestFrom), [&](const json::RepriceRequest &r) {
        return answer(call.store.reprice(*call.actor, call.ids.hotel, r.days, r.dryRun),
                      [](const pricing::RecomputeResult &done) { return json::toJson(done); });
    });
}

HttpReply undoRecompute(const Call &call) {
    return ifRead(readBody(call, json::undoRequestFrom), [&](qint64 id) {
        return answer(call.store.undoRecompute(*call.actor, call.ids.hotel, id),
                      [](const pricing::RecomputeResult &done) { return json::toJson(done); });
    });
}

HttpReply releasePrices(const Call &call) {
    return ifRead(readBody(call, json::releaseRequestFrom), [&](std::pair<QDate, QDate> range) {
        return answer(
            call.store.releasePrices(*call.actor, call.ids.hotel, call.ids.roomType, range.first, range.second),
            [](const pricing::RecomputeResult &done) { return json::toJson(done); });
    });
}

HttpReply priceHistory(const Call &call) {
    return ifRead(json::requiredDateParam(call.request.query, json::key::date), [&](QDate date) {
        return answer(call.store.priceHistory(*call.actor, call.ids.hotel, call.ids.roomType, date),
                      [](const QList<pricing::PriceHistoryEntry> &h) { return json::priceHistoryJson(h); });
    });
}

HttpReply restrictions(const Call &call) {
    return ifRead(rangeOrNext90(call, todayAt(call)), [&](std::pair<QDate, QDate> range) {
        return answer(
            call.store.restrictions(*call.actor, call.ids.hotel, call.ids.roomType, range.first, range.second),
            [](const QList<pricing::NightRestriction> &list) { return json::restrictionsJson(list); });
    });
}

HttpReply setRestrictions(const Call &call) {
    return ifRead(readBody(call, json::restrictionsFrom), [&](const QList<pricing::NightRestriction> &list) {
        auto done = call.store.setRestrictions(*call.actor, call.ids.hotel, call.ids.roomType, list);
        if (!done)
            return error(done.error());
        return jsonReply(json::restrictionsJson(list));
    });
}

HttpReply kpis(const Call &call) {
    return ifRead(json::kpiRequestFrom(call.request.query), [&](const json::KpiRequest &r) {
        auto rows = call.store.kpis(*call.actor, call.ids.hotel, r.from, r.to, r.grouping, r.roomTypeId);
        if (!rows)
            return error(rows.error());
        auto pace = call.store.bookingPace(*call.actor, call.ids.hotel, r.from, r.to, r.roomTypeId);
        if (!pace)
            return error(pace.error());
        return jsonReply(json::kpisJson(rows.value(), pace.value()));
    });
}

} // namespace hotel::handlers
