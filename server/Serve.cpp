#include "server/Serve.h"

#include "domain/ChangeNotice.h"
#include "server/DbStats.h"
#include "store/Store.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSemaphore>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "hotel.server")

namespace hotel {

namespace {

int reusePortSocket(const QString &host, quint16 port, QString *error) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return -1;
    }
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &addr.sin_addr) != 1) {
        *error = QStringLiteral("--listen host must be an IPv4 address (got \"%1\")").arg(host);
        ::close(fd);
        return -1;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(fd, 1024) != 0) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(host)
                     .arg(port)
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        return -1;
    }
    return fd;
}

// SO_REUSEPORT lets a second hotel-server of the same user bind the port too and take half the connections,
// silently. A socket without it cannot share the port with anyone, so binding one first tells whether the port
// is free; it is closed before the worker sockets bind (port 0: the port the kernel picked for it).
bool portFree(const QString &host, quint16 *port, QString *error) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one); // a TIME_WAIT of our own last run is no owner
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(*port);
    if (::inet_pton(AF_INET, host.toLatin1().constData(), &addr.sin_addr) != 1) {
        *error = QStringLiteral("--listen host must be an IPv4 address (got \"%1\")").arg(host);
        ::close(fd);
        return false;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        *error = errno == EADDRINUSE
                     ? QStringLiteral("cannot listen on %1:%2: the address is already in use (another hotel-server "
                                      "or another program listens there)")
                           .arg(host)
                           .arg(*port)
                     : QStringLiteral("cannot listen on %1:%2: %3")
                           .arg(host)
                           .arg(*port)
                           .arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        return false;
    }
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    *port = ntohs(addr.sin_port);
    ::close(fd);
    return true;
}

quint16 boundPort(int fd) {
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    return ntohs(addr.sin_port);
}

class ApiServer final : public QAbstractHttpServer {
public:
    explicit ApiServer(Api &api)
        : m_api(api) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        using M = QHttpServerRequest::Method;
        static const std::pair<M, const char *> methods[] = {
            {M::Get, "GET"}, {M::Post, "POST"}, {M::Put, "PUT"}, {M::Patch, "PATCH"}, {M::Delete, "DELETE"}};
        HttpRequestView view;
        view.method = "OTHER";
        for (const auto &[method, name] : methods)
            if (request.method() == method)
                view.method = name;
        view.path = request.url().path(QUrl::FullyDecoded);
        view.query = request.query();
        view.authorization = request.value("Authorization");
        view.idempotencyKey = request.value("Idempotency-Key");
        view.contentType = request.value("Content-Type");
        view.body = request.body();
        view.peer = socket->peerAddress().toString();
        view.forwardedFor = request.value("X-Forwarded-For");
        const HttpReply reply = m_api.handle(view);
        auto responder = makeResponder(request, socket);
        if (reply.retryAfterSeconds > 0)
            responder.write(
                reply.body,
                {{"Content-Type", reply.contentType}, {"Retry-After", QByteArray::number(reply.retryAfterSeconds)}},
                QHttpServerResponder::StatusCode(reply.status));
        else
            responder.write(reply.body, reply.contentType, QHttpServerResponder::StatusCode(reply.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override {
        makeResponder(request, socket)
            .write(QByteArray(R"({"error":{"code":"not_found","message":"There is no such endpoint."}})"),
                   "application/json", QHttpServerResponder::StatusCode::NotFound);
    }

private:
    Api &m_api;
};

class WorkerThread final : public QThread {
public:
    WorkerThread(const ServeOptions &options, const TokenSigner &signer, Metrics &metrics, Guards &guards,
                 SliceSearch &search, int fd, QString name, QSemaphore &ready, QString &error)
        : m_options(options)
        , m_signer(signer)
        , m_metrics(metrics)
        , m_guards(guards)
        , m_search(search)
        , m_fd(fd)
        , m_name(std::move(name))
        , m_ready(ready)
        , m_error(error) {}

protected:
    void run() override {
        auto store = Store::open(m_options.db, QStringLiteral("http-%1").arg(m_name));
        if (!store) {
            m_error = store.error().userMessage + QLatin1Char(' ') + store.error().detail;
            m_ready.release();
            return;
        }
        std::unique_ptr<Store> reads;
        if (m_options.readDb) {
            auto opened = Store::open(*m_options.readDb, QStringLiteral("http-read-%1").arg(m_name));
            if (!opened) {
                m_error = opened.error().userMessage + QLatin1Char(' ') + opened.error().detail;
                m_ready.release();
                return;
            }
            reads = std::move(opened).value();
        }
        Api api(*store.value(), m_signer, m_metrics, m_options.limits, &m_search, reads.get(), &m_guards);
        ApiServer server(api);
        QTcpServer tcp;
        if (!tcp.setSocketDescriptor(m_fd)) {
            m_error = tcp.errorString();
            m_ready.release();
            return;
        }
        server.bind(&tcp);
        ++m_metrics.threads;
        const int connections = reads ? 2 : 1;
        m_metrics.dbConnections += connections;
        m_ready.release();
        exec();
        m_metrics.dbConnections -= connections;
        --m_metrics.threads;
    }

private:
    const ServeOptions &m_options;
    const TokenSigner &m_signer;
    Metrics &m_metrics;
    Guards &m_guards;
    SliceSearch &m_search;
    int m_fd;
    QString m_name;
    QSemaphore &m_ready;
    QString &m_error;
};

// Other processes' writes (a second server, a portal in direct mode) reach the slice search as NOTIFY
// hotel_changed (domain/ChangeNotice.h). While the listening connection is down, every tick empties it, so no
// answer outlives a missed notification by more than the tick.
class ChangeListener final : public QThread {
public:
    ChangeListener(DbConfig db, SliceSearch &search, QString name)
        : m_db(std::move(db))
        , m_search(search)
        , m_name(std::move(name)) {}

protected:
    void run() override {
        std::unique_ptr<Store> store;
        auto connect = [&] {
            store.reset();
            auto opened = Store::open(m_db, m_name);
            if (!opened)
                return false;
            store = std::move(opened).value();
            QSqlDriver *driver = store->database().driver();
            if (!driver || !driver->subscribeToNotification(QLatin1String(ChangeNotice::channel))) {
                store.reset();
                return false;
            }
            QObject::connect(
                driver, &QSqlDriver::notification, driver,
                [this, &store](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name != QLatin1String(ChangeNotice::channel))
                        return;
                    if (const auto notice = decodeChangeNotice(payload.toString()))
                        m_search.invalidateHotel(notice->hotelId, notice->from, notice->to, *store);
                    else
                        m_search.invalidateAll();
                });
            // Every hotel's place up front: at 1,000 bookings a second a lookup per notification would cost
            // this thread more than the notifications do.
            if (auto all = store->hotelLocations()) {
                for (const HotelLocation &h : all.value())
                    m_search.rememberPlace(h.id, placeOf(h.city, h.latitude, h.longitude));
                m_search.setPlacesReady(true);
            }
            m_search.invalidateAll(); // whatever happened while nobody listened
            return true;
        };
        if (!connect())
            qCWarning(lcServer) << "slice search: LISTEN hotel_changed failed; it is emptied every 2 s until it works";
        QTimer tick;
        tick.setInterval(2000);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            if (store && store->ping())
                return;
            m_search.invalidateAll();
            if (connect())
                qCInfo(lcServer) << "slice search: listening to hotel_changed again";
        });
        tick.start();
        exec();
        store.reset();
    }

private:
    DbConfig m_db;
    SliceSearch &m_search;
    QString m_name;
};

// Loads the slices of every city's next nights once the listener knows the hotels, so the first searches
// after a start are as fast as the later ones. On its own connection, at the speed of one thread.
class SliceWarmer final : public QThread {
public:
    SliceWarmer(DbConfig db, SliceSearch &search, int nights, QString name)
        : m_db(std::move(db))
        , m_search(search)
        , m_nights(nights)
        , m_name(std::move(name)) {}
    void stop() { m_stop = true; }

protected:
    void run() override {
        QElapsedTimer timer;
        timer.start();
        QStringList cities;
        while (!m_stop && timer.elapsed() < 120000 && (cities = m_search.knownCities()).isEmpty())
            QThread::msleep(100);
        auto store = Store::open(m_db, m_name);
        if (!store) {
            qCWarning(lcServer) << "slice search: cannot warm up:" << store.error().detail;
            return;
        }
        const QDate today = QDate::currentDate();
        int done = 0;
        for (const QString &city : std::as_const(cities)) {
            if (m_stop)
                return;
            if (auto r = m_search.preload(*store.value(), city, today, m_nights); !r) {
                qCWarning(lcServer) << "slice search: warm-up stopped:" << r.error().detail;
                return;
            }
            ++done;
        }
        qCInfo(lcServer).noquote() << QStringLiteral("slice search warm: %1 cities x %2 nights, %3 MiB, in %4 s")
                                          .arg(done)
                                          .arg(m_nights)
                                          .arg(m_search.sliceBytes() >> 20)
                                          .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    }

private:
    DbConfig m_db;
    SliceSearch &m_search;
    int m_nights;
    QString m_name;
    std::atomic<bool> m_stop{false};
};

// The audit behind hotel_overbooked_nights, on its own connection and schedule: a scrape of /metrics only
// reads counters. A failed run (the database away) leaves the last figure and tries again next time.
class AuditThread final : public QThread {
public:
    AuditThread(DbConfig db, Metrics &metrics, int everySeconds, QString name)
        : m_db(std::move(db))
        , m_metrics(metrics)
        , m_every(everySeconds)
        , m_name(std::move(name)) {}

protected:
    void run() override {
        std::unique_ptr<Store> store;
        auto recount = [&] {
            if (!store) {
                auto opened = Store::open(m_db, m_name);
                if (!opened)
                    return;
                store = std::move(opened).value();
            }
            if (auto audit = store->audit()) {
                m_metrics.overbookedNights = audit->issues.size();
                m_metrics.lastAuditMs = QDateTime::currentMSecsSinceEpoch();
                ++m_metrics.auditRuns;
            } else
                qCWarning(lcServer) << "audit:" << audit.error().detail;
            // Tonight's occupancy and revenue (monitoring): a scan of one night, as seldom as the audit.
            if (auto night = readNightFigures(store->database(), QDate::currentDate())) {
                QMutexLocker lock(&m_metrics.figuresMutex);
                m_metrics.tonight = std::move(night).value();
            }
        };
        recount();
        QTimer timer;
        timer.setInterval(m_every * 1000);
        QObject::connect(&timer, &QTimer::timeout, recount);
        timer.start();
        exec();
    }

private:
    DbConfig m_db;
    Metrics &m_metrics;
    int m_every;
    QString m_name;
};

int signalPipe[2] = {-1, -1};
void onSignal(int) {
    [[maybe_unused]] auto n = ::write(signalPipe[1], "x", 1);
}

} // namespace

class HttpService::Private {
public:
    ServeOptions options;
    QString tag; // connection names are per process: tests run several services side by side
    std::unique_ptr<TokenSigner> signer;
    std::unique_ptr<SliceSearch> search;
    std::unique_ptr<ChangeListener> listener;
    std::unique_ptr<SliceWarmer> warmer;
    std::unique_ptr<AuditThread> auditor;
    Metrics metrics;
    std::unique_ptr<Guards> guards;
    std::vector<std::unique_ptr<WorkerThread>> threads;
    QString error;
};

HttpService::HttpService(ServeOptions options)
    : d(std::make_unique<Private>()) {
    d->options = std::move(options);
    static std::atomic<int> services{0};
    d->tag = QString::number(services++);
    d->signer = std::make_unique<TokenSigner>(d->options.jwtSecret);
    if (d->options.guards.passwordHashesAtOnce <= 0) {
        const int workers = d->options.threads > 0 ? d->options.threads : std::max(2, QThread::idealThreadCount());
        d->options.guards.passwordHashesAtOnce = std::max(1, workers / 2);
    }
    d->guards = std::make_unique<Guards>(d->options.guards);
    // A slice reloaded from a lagging replica right after an invalidation may predate the write that caused
    // it: with replica reads the time-to-live is what bounds that, so it stays short.
    if (d->options.readDb && d->options.sliceSearch.ttlMs > 5000)
        d->options.sliceSearch.ttlMs = 5000;
    // Without LISTEN/NOTIFY (SQLite) another process's write could not reach it: every search goes to SQL there.
    if (!d->options.db.isPostgres())
        d->options.sliceSearch.ttlMs = 0;
    d->search = std::make_unique<SliceSearch>(d->options.sliceSearch);
    if (d->search->enabled())
        d->metrics.sliceSearch = d->search.get();
}

HttpService::~HttpService() {
    for (auto &t : d->threads)
        t->quit();
    for (auto &t : d->threads)
        t->wait();
    if (d->warmer) {
        d->warmer->stop();
        d->warmer->wait();
    }
    if (d->listener) {
        d->listener->quit();
        d->listener->wait();
    }
    if (d->auditor) {
        d->auditor->quit();
        d->auditor->wait();
    }
}

SliceSearch &HttpService::sliceSearch() {
    return *d->search;
}

Metrics &HttpService::metrics() {
    return d->metrics;
}

Result<quint16> HttpService::start() {
    {
        // Migrate once, before any worker answers. A database that is not up yet (the server started first
        // at boot, or PostgreSQL restarting) is waited for with bounded back-off, saying so in the log.
        QElapsedTimer waited;
        waited.start();
        for (int attempt = 0;; ++attempt) {
            auto store = Store::open(d->options.db, QStringLiteral("http-migrate-%1").arg(d->tag));
            Result<int> migrated = store ? store.value()->migrate() : Result<int>(store.error());
            if (migrated)
                break;
            const bool transient = migrated.error().kind == BackendError::Kind::Unavailable;
            const qint64 pause = std::min<qint64>(5000, 250LL << std::min(attempt, 5));
            if (!transient || waited.elapsed() + pause > qint64(d->options.waitForDbSeconds) * 1000)
                return migrated.error();
            qCWarning(lcServer).noquote() << QStringLiteral("waiting for the database (%1); next try in %2 s")
                                                 .arg(migrated.error().detail.left(200))
                                                 .arg(pause / 1000.0, 0, 'f', 1);
            QThread::msleep(pause);
        }
    }
    if (d->search->enabled() && d->options.db.isPostgres()) {
        d->listener =
            std::make_unique<ChangeListener>(d->options.db, *d->search, QStringLiteral("http-listen-%1").arg(d->tag));
        d->listener->start();
        if (d->options.warmNights > 0) {
            d->warmer =
                std::make_unique<SliceWarmer>(d->options.readDb.value_or(d->options.db), *d->search,
                                              d->options.warmNights, QStringLiteral("http-warm-%1").arg(d->tag));
            d->warmer->start(QThread::LowPriority);
        }
    }
    const int count = d->options.threads > 0 ? d->options.threads : std::max(2, QThread::idealThreadCount());
    quint16 port = d->options.port;
    if (QString error; !portFree(d->options.host, &port, &error))
        return BackendError::make(BackendError::Kind::Unavailable, error);
    QSemaphore ready;
    for (int i = 0; i < count; ++i) {
        QString error;
        const int fd = reusePortSocket(d->options.host, port, &error);
        if (fd < 0)
            return BackendError::make(BackendError::Kind::Unavailable, error);
        port = boundPort(fd);
        d->threads.push_back(std::make_unique<WorkerThread>(d->options, *d->signer, d->metrics, *d->guards, *d->search,
                                                            fd, QStringLiteral("%1-%2").arg(d->tag).arg(i), ready,
                                                            d->error));
        d->threads.back()->start();
    }
    ready.acquire(count);
    if (!d->error.isEmpty())
        return BackendError::make(BackendError::Kind::Unavailable, d->error);
    if (d->options.auditEverySeconds > 0) {
        d->auditor = std::make_unique<AuditThread>(d->options.db, d->metrics, d->options.auditEverySeconds,
                                                   QStringLiteral("http-audit-%1").arg(d->tag));
        d->auditor->start(QThread::LowPriority);
    }
    return port;
}

int runServer(const ServeOptions &options) {
    if (::pipe(signalPipe) != 0)
        return 1;
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
    HttpService service(options);
    auto port = service.start();
    if (!port) {
        fprintf(stderr, "hotel-server: %s\n", qPrintable(port.error().userMessage));
        return 1;
    }
    printf("listening on %s:%u\n", qPrintable(options.host), unsigned(port.value()));
    fflush(stdout);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] {
        qCInfo(lcServer) << "stopping";
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}

} // namespace hotel
