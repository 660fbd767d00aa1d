#include "client/SqlBackend.h"

#include "domain/ChangeNotice.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>

Q_LOGGING_CATEGORY(lcSqlBackend, "hotel.backend.sql")

namespace hotel {

namespace {
std::atomic<int> connectionSerial{0};
} // namespace

// One thread, one connection (DESIGN.md 7; QPSQL: a connection belongs to the thread that opened it). Jobs are
// queued to `context`, which lives on the thread, so they run one after another in order.
class SqlBackend::Worker final {
public:
    Worker(SqlBackend *owner, int index, QSemaphore *prepared)
        : m_owner(owner)
        , m_index(index) {
        m_thread.setObjectName(QStringLiteral("sql-worker-%1").arg(index));
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_context, [this, prepared] { initialise(prepared); }, Qt::QueuedConnection);
    }
    ~Worker() {
        QMetaObject::invokeMethod(
            &m_context, [this] { m_store.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    QObject *context() { return &m_context; }

    // On the worker thread: the store, (re)opened when needed.
    Store *store(BackendError *error) {
        if (m_store)
            return m_store.get();
        auto opened =
            Store::open(m_owner->m_config, QStringLiteral("sqlbackend-%1-%2").arg(m_index).arg(connectionSerial++));
        if (!opened) {
            *error = opened.error();
            return nullptr;
        }
        m_store = std::move(opened).value();
        if (m_owner->m_options.clock)
            m_store->setClock(m_owner->m_options.clock);
        if (m_index == 0 && m_owner->m_config.isPostgres())
            listen();
        return m_store.get();
    }
    void dropConnection() { m_store.reset(); }

private:
    void initialise(QSemaphore *prepared) {
        // Worker 0 migrates and prepares; the others wait for it so that no answer comes from a half-made schema.
        if (m_index == 0) {
            BackendError error;
            if (Store *s = store(&error)) {
                auto migrated = s->migrate();
                if (!migrated) {
                    qCWarning(lcSqlBackend) << "migration failed:" << migrated.error().detail;
                } else if (m_owner->m_options.prepare) {
                    if (auto r = m_owner->m_options.prepare(*s); !r)
                        qCWarning(lcSqlBackend) << "preparing the database failed:" << r.error().field
                                                << r.error().userMessage << r.error().detail;
                }
            } else {
                qCWarning(lcSqlBackend) << "cannot open the database:" << error.detail;
                m_owner->reportConnection(false, error.userMessage);
            }
            prepared->release(1000);
        } else {
            prepared->acquire();
        }
    }

    void listen() {
        // Another desk's commit arrives as NOTIFY hotel_changed '<hotelId>[:from:to]' (the store sends it in
        // every write).
        QSqlDriver *driver = m_store->database().driver();
        if (!driver || !driver->subscribeToNotification(QLatin1String(ChangeNotice::channel))) {
            qCWarning(lcSqlBackend) << "LISTEN hotel_changed failed; changes of other desks show on reload only";
            return;
        }
        QObject::connect(
            driver, &QSqlDriver::notification, &m_context,
            [owner = m_owner](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name != QLatin1String(ChangeNotice::channel))
                    return;
                const auto notice = decodeChangeNotice(payload.toString());
                if (!notice)
                    return;
                const HotelId id = notice->hotelId;
                QMetaObject::invokeMethod(
                    owner, [owner, id] { Q_EMIT owner->hotelChanged(id); }, Qt::QueuedConnection);
            });
    }

    SqlBackend *m_owner;
    int m_index;
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<Store> m_store;
};

SqlBackend::SqlBackend(const DbConfig &config, Options options, QObject *parent)
    : Backend(parent)
    , m_config(config)
    , m_options(std::move(options)) {
    if (m_options.kind == Kind::Demo) {
        Session demo;
        demo.user.id = 0;
        demo.user.name = tr("Demo administrator");
        demo.user.email = QStringLiteral("admin@demo.hotel");
        demo.user.role = Role::Admin;
        m_session = demo;
    }
    int count = m_options.workers > 0 ? m_options.workers : (config.isPostgres() ? 3 : 1);
    auto *prepared = new QSemaphore(0);
    for (int i = 0; i < count; ++i)
        m_workers.push_back(std::make_unique<Worker>(this, i, prepared));
    // The semaphore is released generously by worker 0; it must outlive every worker's initialisation.
    connect(this, &QObject::destroyed, [prepared] { delete prepared; });
}

SqlBackend::~SqlBackend() {
    m_workers.clear();
}

Backend::Kind SqlBackend::kind() const {
    return m_options.kind;
}

QString SqlBackend::describe() const {
    if (m_options.kind == Kind::Demo)
        return tr("Offline demo");
    if (m_config.isPostgres())
        return tr("PostgreSQL %1@%2:%3").arg(m_config.database, m_config.host).arg(m_config.port);
    return tr("SQLite %1").arg(m_config.path);
}

Actor SqlBackend::actor() const {
    if (m_options.kind == Kind::Demo && m_session && m_session->user.id == 0)
        return Actor::system();
    return m_session ? m_session->user.actor() : Actor{-1, Role::Guest, {}};
}

void SqlBackend::reportConnection(bool ok, const QString &message) {
    QMetaObject::invokeMethod(
        this,
        [this, ok, message] {
            const ConnectionState state = ok ? ConnectionState::Connected : ConnectionState::Reconnecting;
            if (state == m_state)
                return;
            m_state = state;
            Q_EMIT connectionStateChanged(state, message);
        },
        Qt::QueuedConnection);
}

template <typename T>
QFuture<Result<T>> SqlBackend::run(std::function<Result<T>(Store &, const Actor &)> job, HotelId changes) {
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    Worker *worker = m_workers[m_next++ % m_workers.size()].get();
    const Actor who = actor();
    auto task = [this, worker, promise, job = std::move(job), who, changes] {
        BackendError error;
        Store *store = worker->store(&error);
        Result<T> result = store ? job(*store, who) : Result<T>(error);
        if (!result && result.error().kind == BackendError::Kind::Unavailable) {
            // The next call reconnects; meanwhile the portal shows a banner instead of hanging.
            worker->dropConnection();
            reportConnection(false, result.error().userMessage);
        } else if (store) {
            reportConnection(true, {});
        }
        if (result && changes > 0)
            QMetaObject::invokeMethod(
                this, [this, changes] { Q_EMIT hotelChanged(changes); }, Qt::QueuedConnection);
        promise->addResult(std::move(result));
        promise->finish();
    };
    // Dispatched from this thread's event loop, so the caller's `.then(context, ...)` is attached before the
    // worker can finish: with Qt 6.4 a continuation attached while the promise finishes on another thread was
    // seen to be lost now and then (the views' tests hung on it about one run in five).
    QMetaObject::invokeMethod(
        this,
        [worker, task = std::move(task)]() mutable {
            QMetaObject::invokeMethod(worker->context(), std::move(task), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<Result<Session>> SqlBackend::signIn(const QString &email, const QString &password) {
    if (m_options.kind == Kind::Demo && email.isEmpty()) {
        QPromise<Result<Session>> done;
        done.start();
        done.addResult(Result<Session>(*m_session));
        done.finish();
        return done.future();
    }
    return run<Session>([email, password](Store &store, const Actor &) -> Result<Session> {
               auto user = store.authenticate(email, password);
               if (!user)
                   return user.error();
               return Session{user.value(), {}, {}};
           })
        .then(this, [this](const Result<Session> &r) {
            if (r)
                m_session = r.value();
            return r;
        });
}

std::optional<Session> SqlBackend::session() const {
    return m_session;
}
void SqlBackend::signOut() {
    m_session.reset();
}

QFuture<Result<SearchResult>> SqlBackend::searchHotels(const SearchQuery &query) {
    return run<SearchResult>([query](Store &s, const Actor &) { return s.searchHotels(query); });
}
QFuture<Result<Hotel>> SqlBackend::hotel(HotelId id) {
    return run<Hotel>([id](Store &s, const Actor &) { return s.hotel(id); });
}
QFuture<Result<QList<Hotel>>> SqlBackend::staffHotels() {
    return run<QList<Hotel>>([](Store &s, const Actor &a) { return s.hotels(a); });
}
QFuture<Result<QList<RoomType>>> SqlBackend::roomTypes(HotelId hotelId) {
    return run<QList<RoomType>>([hotelId](Store &s, const Actor &) { return s.roomTypes(hotelId); });
}
QFuture<Result<Availability>> SqlBackend::availability(HotelId hotelId, RoomTypeId roomTypeId, QDate checkIn,
                                                       QDate checkOut) {
    return run<Availability>(
        [=](Store &s, const Actor &) { return s.availability(hotelId, roomTypeId, checkIn, checkOut); });
}
QFuture<Result<InventoryGrid>> SqlBackend::inventory(HotelId hotelId, QDate from, QDate to) {
    return run<InventoryGrid>([=](Store &s, const Actor &a) { return s.inventory(a, hotelId, from, to); });
}
QFuture<Result<QList<Room>>> SqlBackend::rooms(HotelId hotelId) {
    return run<QList<Room>>([=](Store &s, const Actor &a) { return s.rooms(a, hotelId); });
}
QFuture<Result<Booking>> SqlBackend::createBooking(const NewBooking &request) {
    return run<Booking>([request](Store &s, const Actor &a) { return s.createBooking(a, request); }, request.hotelId);
}
QFuture<Result<Booking>> SqlBackend::booking(BookingId id) {
    return run<Booking>([id](Store &s, const Actor &a) { return s.booking(a, id); });
}
QFuture<Result<QList<Booking>>> SqlBackend::bookings(const BookingFilter &filter) {
    return run<QList<Booking>>([filter](Store &s, const Actor &a) { return s.bookings(a, filter); });
}

QFuture<Result<Booking>> SqlBackend::modifyBooking(BookingId id, const BookingChange &change) {
    return run<Booking>([id, change](Store &s, const Actor &a) { return s.modifyBooking(a, id, change); })
        .then(this, [this](const Result<Booking> &r) {
            if (r)
                Q_EMIT hotelChanged(r->hotelId);
            return r;
        });
}
QFuture<Result<CancelResult>> SqlBackend::cancelBooking(BookingId id, const QString &reason, bool staffOverride) {
    return run<CancelResult>([=](Store &s, const Actor &a) { return s.cancelBooking(a, id, reason, staffOverride); })
        .then(this, [this](const Result<CancelResult> &r) {
            if (r)
                Q_EMIT hotelChanged(r->booking.hotelId);
            return r;
        });
}
QFuture<Result<Booking>> SqlBackend::checkIn(BookingId id, RoomId roomId) {
    return run<Booking>([=](Store &s, const Actor &a) { return s.checkIn(a, id, roomId); })
        .then(this, [this](const Result<Booking> &r) {
            if (r)
                Q_EMIT hotelChanged(r->hotelId);
            return r;
        });
}
QFuture<Result<Booking>> SqlBackend::checkOut(BookingId id) {
    return run<Booking>([=](Store &s, const Actor &a) { return s.checkOut(a, id); })
        .then(this, [this](const Result<Booking> &r) {
            if (r)
                Q_EMIT hotelChanged(r->hotelId);
            return r;
        });
}
QFuture<Result<Room>> SqlBackend::setRoomStatus(HotelId hotelId, RoomId roomId, RoomStatus status) {
    return run<Room>([=](Store &s, const Actor &a) { return s.setRoomStatus(a, hotelId, roomId, status); }, hotelId);
}
QFuture<VoidResult> SqlBackend::setPrices(HotelId hotelId, RoomTypeId roomTypeId, const QList<NightPrice> &prices) {
    return run<Unit>([=](Store &s, const Actor &a) { return s.setPrices(a, hotelId, roomTypeId, prices); }, hotelId);
}
QFuture<VoidResult> SqlBackend::blockRooms(HotelId hotelId, RoomTypeId roomTypeId, QDate from, QDate to, int count) {
    return run<Unit>([=](Store &s, const Actor &a) { return s.blockRooms(a, hotelId, roomTypeId, from, to, count); },
                     hotelId);
}

} // namespace hotel
