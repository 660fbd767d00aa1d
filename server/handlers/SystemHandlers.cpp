// GET /healthz, GET /metrics, and the catch-alls.
#include "server/Metrics.h"
#include "server/handlers/Handlers.h"
#include "store/Store.h"

#include <QDateTime>

namespace hotel::handlers {

HttpReply health(const Call &call) {
    if (call.store.ping())
        return jsonReply({{json::key::status, QStringLiteral("ok")}});
    return error(503, "unavailable", apiTr("The database cannot be reached."));
}

HttpReply metrics(const Call &call) {
    // Only counters kept as the work happens: the audit that feeds hotel_overbooked_nights runs on its own
    // schedule (server/Serve.cpp), so a scrape costs the same at 40 hotels and at 100,000.
    return {200, call.metrics.render().toUtf8(), "text/plain; version=0.0.4"};
}

HttpReply notFound(const Call &) {
    return noSuchEndpoint();
}

} // namespace hotel::handlers
