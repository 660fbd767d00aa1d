// The monitoring that ships in packaging/monitoring/ reads only what the server exports: every metric name in
// the alert rules and in the Grafana dashboard is one that GET /metrics renders, and a live server on SQLite
// and PostgreSQL renders the saturation and business figures they chart.
#include "../server/HttpClient.h"
#include "StoreTestFixture.h"
#include "server/Metrics.h"
#include "server/Routes.h"
#include "server/Serve.h"
#include "server/SliceSearch.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

using namespace hotel;
using namespace hotel::test;

namespace {

QByteArray readFile(const QString &path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

// Metric names in PromQL text: the server's own (hotel_...) and Prometheus's `up`.
QSet<QString> metricNames(const QString &promql) {
    static const QRegularExpression name(QStringLiteral(R"((?<![A-Za-z0-9_:])(hotel_[a-z0-9_]+|up(?=\{)))"));
    QSet<QString> names;
    for (auto it = name.globalMatch(promql); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

// Every series name of a /metrics text, and every name that has a # TYPE line.
QSet<QString> renderedNames(const QString &text, QSet<QString> *typed = nullptr) {
    QSet<QString> names;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("# TYPE "))) {
            if (typed)
                typed->insert(line.section(QLatin1Char(' '), 2, 2));
            continue;
        }
        if (line.startsWith(QLatin1Char('#')))
            continue;
        names.insert(line.section(QRegularExpression(QStringLiteral("[{ ]")), 0, 0));
    }
    return names;
}

// What a busy server renders: every route counted, the search cache on, PostgreSQL's saturation and
// tonight's figures read, a booking valued.
QString everythingRendered() {
    static SliceSearch search(SliceSearch::Options{});
    static Metrics metrics;
    metrics.sliceSearch = &search;
    for (int route = 0; route < RouteCount; ++route) {
        metrics.count(route, 200, 1500);
        metrics.count(route, 500, 4'000'000);
    }
    metrics.saturation = DbSaturation{12, 100, 1, 0.25};
    NightFigures night;
    night.byCurrency[QStringLiteral("KRW")] = {40, 30, 3'600'000};
    metrics.tonight = night;
    metrics.addBookingValue(QStringLiteral("KRW"), 24'000'000);
    return metrics.render();
}

QStringList dashboardExpressions(const QJsonObject &dashboard) {
    QStringList exprs;
    for (const QJsonValue &p : dashboard.value(QStringLiteral("panels")).toArray())
        for (const QJsonValue &t : p.toObject().value(QStringLiteral("targets")).toArray())
            exprs << t.toObject().value(QStringLiteral("expr")).toString();
    return exprs;
}

TEST(Monitoring, alertRulesReadOnlyExportedMetrics) {
    QSet<QString> typed;
    const QSet<QString> exported = renderedNames(everythingRendered(), &typed);
    const QString rules = QString::fromUtf8(readFile(QStringLiteral(HOTEL_MONITORING_DIR "/hotel-server.rules.yml")));
    const QSet<QString> used = metricNames(rules);
    EXPECT_GE(used.size(), 10) << "the rules name too few metrics to be the design document's alerts";
    for (const QString &name : used) {
        if (name != QLatin1String("up")) {
            EXPECT_TRUE(exported.contains(name)) << name.toStdString() << " is in the rules but not exported";
        }
    }
    for (const char *alert :
         {"HotelOverbookingDetected", "HotelDatabaseDown", "HotelBookingErrorRateHigh", "HotelSearchLatencyHigh",
          "HotelBookingLatencyHigh", "HotelLockWaitHigh", "HotelSearchCacheHitRateLow", "HotelCancellationRateHigh"})
        EXPECT_TRUE(rules.contains(QStringLiteral("alert: ") + QLatin1String(alert))) << alert;
    // Histogram series carry their family's TYPE line; every other series is its own family.
    for (const QString &name : exported) {
        const QString family = name.section(QRegularExpression(QStringLiteral("_(bucket|sum|count)$")), 0, 0);
        EXPECT_TRUE(typed.contains(name) || typed.contains(family)) << name.toStdString() << " has no # TYPE";
    }
}

TEST(Monitoring, dashboardIsGrafanaJsonOverExportedMetrics) {
    QJsonParseError error{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(readFile(QStringLiteral(HOTEL_MONITORING_DIR "/hotel-server.dashboard.json")), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject dashboard = doc.object();
    EXPECT_FALSE(dashboard.value(QStringLiteral("uid")).toString().isEmpty());
    EXPECT_GT(dashboard.value(QStringLiteral("schemaVersion")).toInt(), 30);
    QSet<QString> titles;
    for (const QJsonValue &v : dashboard.value(QStringLiteral("panels")).toArray()) {
        const QJsonObject p = v.toObject();
        titles.insert(p.value(QStringLiteral("title")).toString());
        EXPECT_TRUE(p.value(QStringLiteral("gridPos")).isObject())
            << p.value(QStringLiteral("title")).toString().toStdString();
        if (p.value(QStringLiteral("type")).toString() != QLatin1String("row")) {
            EXPECT_FALSE(p.value(QStringLiteral("targets")).toArray().isEmpty())
                << p.value(QStringLiteral("title")).toString().toStdString();
        }
    }
    for (const char *title : {"Latency p95", "Traffic by route", "Errors", "Booking conversion",
                              "Average booking value", "Cancellation rate", "Occupancy tonight", "RevPAR tonight"})
        EXPECT_TRUE(titles.contains(QLatin1String(title))) << title;
    const QSet<QString> exported = renderedNames(everythingRendered());
    const QStringList exprs = dashboardExpressions(dashboard);
    ASSERT_GE(exprs.size(), 15);
    for (const QString &expr : exprs) {
        const QSet<QString> names = metricNames(expr);
        EXPECT_FALSE(names.isEmpty()) << expr.toStdString();
        for (const QString &name : names)
            EXPECT_TRUE(exported.contains(name)) << name.toStdString() << " in " << expr.toStdString();
    }
}

// A real server's /metrics: the database's figures, on both databases.
class LiveMetricsTest : public StoreTest {};

TEST_P(LiveMetricsTest, serverExportsSaturationAndTonightsFigures) {
    const HotelFixture f = makeHotel(*m_store, QStringLiteral("Seoul"), {10, 2});
    m_store->setClock(nullptr); // the server counts tonight by the real clock
    ASSERT_TRUE(m_store->extendInventory(QDate::currentDate().addDays(3)));
    ServeOptions options;
    options.db = m_db->config();
    options.port = 0;
    options.threads = 2;
    options.jwtSecret = QByteArray(40, 'k');
    options.limits.ratePerSecond = 0;
    HttpService service(options);
    auto port = service.start();
    ASSERT_TRUE(port) << port.error().userMessage.toStdString();
    // Tonight's figures come with the scheduled audit, whose first run starts with the server.
    QString text;
    for (int i = 0; i < 100; ++i) {
        text = QString::fromUtf8(request(port.value(), "GET", "/metrics").body);
        if (!text.contains(QLatin1String("\nhotel_audit_runs_total 0\n")))
            break;
        QThread::msleep(100);
    }
    const QSet<QString> names = renderedNames(text);
    EXPECT_TRUE(text.contains(QLatin1String("\nhotel_database_up 1\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("\nhotel_db_connections_open 2\n"))) << text.toStdString();
    // Tonight: 12 rooms of the fixture's hotel for sale, none sold.
    EXPECT_TRUE(text.contains(QStringLiteral("hotel_rooms_available{currency=\"%1\"} 12").arg(f.hotel.currency)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("hotel_rooms_sold{currency=\"%1\"} 0").arg(f.hotel.currency)));
    if (m_db->config().isPostgres()) {
        for (const char *name : {"hotel_db_server_connections", "hotel_db_max_connections", "hotel_db_lock_waiters",
                                 "hotel_db_lock_wait_seconds"})
            EXPECT_TRUE(names.contains(QLatin1String(name))) << name;
        EXPECT_TRUE(text.contains(QLatin1String("\nhotel_db_lock_waiters 0\n")));
    } else {
        EXPECT_FALSE(names.contains(QStringLiteral("hotel_db_lock_wait_seconds")));
    }
}

HOTEL_BOTH_DATABASES(LiveMetricsTest);

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
