#include "Serve.h"

#include "Store.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "hotel.server")

namespace hotel {

namespace {

int reusePortSocket(const QString &host, quint16 port, QString *error)
{
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
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(host).arg(port).arg(QString::fromLocal8Bit(strerror(errno)));
        ::close(fd);
        return -1;
    }
    return fd;
}

quint16 boundPort(int fd)
{
    sockaddr_in addr{};
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    return ntohs(addr.sin_port);
}

class ApiServer final : public QAbstractHttpServer {
public:
    explicit ApiServer(Api &api) : m_api(api) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        HttpRequestView view;
        switch (request.method()) {
        case QHttpServerRequest::Method::Get: view.method = "GET"; break;
        case QHttpServerRequest::Method::Post: view.method = "POST"; break;
        case QHttpServerRequest::Method::Put: view.method = "PUT"; break;
        case QHttpServerRequest::Method::Patch: view.method = "PATCH"; break;
        case QHttpServerRequest::Method::Delete: view.method = "DELETE"; break;
        default: view.method = "OTHER"; break;
        }
        view.path = request.url().path(QUrl::FullyDecoded);
        view.query = request.query();
        view.authorization = request.value("Authorization");
        view.idempotencyKey = request.value("Idempotency-Key");
        view.contentType = request.value("Content-Type");
        view.body = request.body();
        view.peer = socket->peerAddress().toString();
        const HttpReply reply = m_api.handle(view);
        auto responder = makeResponder(request, socket);
        responder.write(reply.body, reply.contentType, QHttpServerResponder::StatusCode(reply.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        makeResponder(request, socket).write(QByteArray(R"({"error":{"code":"not_found","message":"There is no such endpoint."}})"),
                                             "application/json", QHttpServerResponder::StatusCode::NotFound);
    }

private:
    Api &m_api;
};

class WorkerThread final : public QThread {
public:
    WorkerThread(const ServeOptions &options, const TokenSigner &signer, Metrics &metrics, int fd, int index, QSemaphore &ready,
                 QString &error)
        : m_options(options), m_signer(signer), m_metrics(metrics), m_fd(fd), m_index(index), m_ready(ready), m_error(error)
    {
    }

protected:
    void run() override
    {
        auto store = Store::open(m_options.db, QStringLiteral("http-%1").arg(m_index));
        if (!store) {
            m_error = store.error().userMessage + QLatin1Char(' ') + store.error().detail;
            m_ready.release();
            return;
        }
        Api api(*store.value(), m_signer, m_metrics, m_options.limits);
        ApiServer server(api);
        QTcpServer tcp;
        if (!tcp.setSocketDescriptor(m_fd)) {
            m_error = tcp.errorString();
            m_ready.release();
            return;
        }
        server.bind(&tcp);
        ++m_metrics.threads;
        m_ready.release();
        exec();
        --m_metrics.threads;
    }

private:
    const ServeOptions &m_options;
    const TokenSigner &m_signer;
    Metrics &m_metrics;
    int m_fd;
    int m_index;
    QSemaphore &m_ready;
    QString &m_error;
};

int signalPipe[2] = {-1, -1};
void onSignal(int) { [[maybe_unused]] auto n = ::write(signalPipe[1], "x", 1); }

} // namespace

class HttpService::Private {
public:
    ServeOptions options;
    std::unique_ptr<TokenSigner> signer;
    Metrics metrics;
    std::vector<std::unique_ptr<WorkerThread>> threads;
    QString error;
};

HttpService::HttpService(ServeOptions options) : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->signer = std::make_unique<TokenSigner>(d->options.jwtSecret);
}

HttpService::~HttpService()
{
    for (auto &t : d->threads)
        t->quit();
    for (auto &t : d->threads)
        t->wait();
}

Metrics &HttpService::metrics() { return d->metrics; }

Result<quint16> HttpService::start()
{
    {
        // Migrate once, before any worker answers.
        auto store = Store::open(d->options.db, QStringLiteral("http-migrate"));
        if (!store)
            return store.error();
        auto migrated = store.value()->migrate();
        if (!migrated)
            return migrated.error();
    }
    const int count = d->options.threads > 0 ? d->options.threads : std::max(2, QThread::idealThreadCount());
    quint16 port = d->options.port;
    QSemaphore ready;
    for (int i = 0; i < count; ++i) {
        QString error;
        const int fd = reusePortSocket(d->options.host, port, &error);
        if (fd < 0)
            return BackendError::make(BackendError::Kind::Unavailable, error);
        port = boundPort(fd);
        d->threads.push_back(std::make_unique<WorkerThread>(d->options, *d->signer, d->metrics, fd, i, ready, d->error));
        d->threads.back()->start();
    }
    ready.acquire(count);
    if (!d->error.isEmpty())
        return BackendError::make(BackendError::Kind::Unavailable, d->error);
    return port;
}

int runServer(const ServeOptions &options)
{
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
