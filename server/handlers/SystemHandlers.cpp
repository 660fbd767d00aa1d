// GET /healthz, GET /metrics, and the catch-alls.
#include "server/Metrics.h"
#include "server/handlers/Handlers.h"
#include "store/Store.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace hotel::handlers {

HttpReply health(const Call &call) {
    if (call.store.ping())
        return jsonReply({{json::key::status, QStringLiteral("ok")}});
    return error(503, "unavailable", apiTr("The database cannot be reached."));
}

HttpReply metrics(const Call &call) {
    // The audit recounts every room-type night; at 100K hotels that is seconds of work, so a scrape every few
    // seconds reuses the last count for a minute.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool up = call.store.ping();
    call.metrics.databaseUp = up ? 1 : 0;
    if (up && now - call.metrics.lastAuditMs.load() >= 60000) {
        call.metrics.lastAuditMs = now;
        if (auto audit = call.store.audit())
            call.metrics.overbookedNights = audit->issues.size();
        // Tonight's occupancy and revenue (monitoring, issue 15): a scan of one night, as seldom as the audit.
        if (auto night = readNightFigures(call.store.database(), QDate::currentDate())) {
            QMutexLocker lock(&call.metrics.figuresMutex);
            call.metrics.tonight = std::move(night).value();
        }
    }
    if (up) {
        auto saturation = readDbSaturation(call.store.database());
        QMutexLocker lock(&call.metrics.figuresMutex);
        call.metrics.saturation = saturation;
    }
    return {200, call.metrics.render().toUtf8(), "text/plain; version=0.0.4"};
}

HttpReply notFound(const Call &) {
    return noSuchEndpoint();
}

} // namespace hotel::handlers
