// GET /healthz, GET /metrics, and the catch-alls.
#include "server/DbStats.h"
#include "server/Metrics.h"
#include "server/handlers/Handlers.h"
#include "store/Store.h"

#include <QDateTime>
#include <QMutexLocker>
#include <QSqlDatabase>

namespace hotel::handlers {

HttpReply health(const Call &call) {
    if (call.store.ping())
        return jsonReply({{json::key::status, QStringLiteral("ok")}});
    return error(503, "unavailable", apiTr("The database cannot be reached."));
}

HttpReply metrics(const Call &call) {
    // Counters kept as the work happens, the database's liveness and PostgreSQL's own view of its sessions
    // (one cheap query): the audit and tonight's figures run on their own schedule (server/Serve.cpp), so a
    // scrape costs the same at 40 hotels and at 100,000.
    const bool up = call.store.ping();
    call.metrics.databaseUp = up ? 1 : 0;
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
