// Connection, migrations, conversions and error mapping. The operations live in StoreCatalogue.cpp,
// StoreBookings.cpp and StoreSearch.cpp.
#include "store/Store.h"

#include "domain/ChangeNotice.h"
#include "store/StorePrivate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QTimeZone>
#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcStore, "hotel.store")

namespace hotel {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("hotel::Store", text);
}
constexpr qint64 migrationLockKey = 0x484f54454c; // "HOTEL": serialises migrate() across processes
} // namespace

VoidResult Store::Private::ensureConnected() {
    if (!connectionLost || inTransaction)
        return Unit{};
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    if (nextReconnect.isValid() && wallNow < nextReconnect)
        return BackendError::make(BackendError::Kind::Unavailable,
                                  tr("The database cannot be reached. Check the connection and try again."),
                                  QStringLiteral("reconnect in %1 ms").arg(wallNow.msecsTo(nextReconnect)));
    statements.clear(); // prepared on the old session
    QSqlDatabase database = db();
    database.close();
    if (!database.open()) {
        reconnectDelayMs = std::clamp<qint64>(reconnectDelayMs * 2, 250, 5000);
        nextReconnect = wallNow.addMSecs(reconnectDelayMs);
        qCWarning(lcStore) << "reconnect failed, next try in" << reconnectDelayMs
                           << "ms:" << database.lastError().text();
        return BackendError::make(BackendError::Kind::Unavailable,
                                  tr("The database cannot be reached. Check the connection and try again."),
                                  database.lastError().text());
    }
    configureSession();
    qCInfo(lcStore) << "reconnected to" << config.toUrl();
    connectionLost = false;
    reconnectDelayMs = 0;
    nextReconnect = {};
    return Unit{};
}

void Store::Private::configureSession() {
    QSqlQuery q(db());
    if (!pg()) {
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        return;
    }
    // A booking never waits minutes for a lock: it fails with a clear error instead.
    q.exec(QStringLiteral("SET lock_timeout = '10s'"));
    // A statement or an abandoned transaction never holds rows (or a worker) for long.
    q.exec(QStringLiteral("SET statement_timeout = '30s'"));
    q.exec(QStringLiteral("SET idle_in_transaction_session_timeout = '60s'"));
    // Notices such as "relation already exists, skipping" would go to stderr through libpq.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
}

Result<QSqlQuery *> Store::Private::exec(const QString &sql, const QVariantList &values) {
    if (auto r = ensureConnected(); !r)
        return r.error();
    auto it = statements.find(sql);
    if (it == statements.end()) {
        QSqlQuery query(db());
        if (!query.prepare(sql))
            return mapError(query.lastError(), QStringLiteral("prepare"));
        it = statements.insert(sql, query);
    }
    QSqlQuery &query = it.value();
    if (!pg()) {
        // A SQLite statement left stepping keeps its read snapshot open: this connection would go on seeing the
        // database as it was, missing other connections' commits (a user registered on another thread, say).
        // Every statement is read to the end or abandoned before the next one runs, so reset them all.
        for (auto other = statements.begin(); other != statements.end(); ++other)
            if (other != it && other->isActive())
                other->finish();
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString is an empty text here, not SQL NULL (NULL is bound as an invalid QVariant on purpose).
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.bindValue(i, QString(QLatin1String("")));
        else
            query.bindValue(i, v);
    }
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        // A broken connection leaves prepared statements unusable: forget them so they are prepared afresh.
        if (pg() && error.type() == QSqlError::ConnectionError)
            statements.clear();
        return mapError(error, sql.left(60));
    }
    return &query;
}

QVariant Store::Private::money(Money cents) const {
    return pg() ? QVariant(formatMoney(cents)) : QVariant(cents);
}

Money Store::Private::moneyOf(const QVariant &v) const {
    if (v.isNull())
        return 0;
    if (!pg())
        return v.toLongLong();
    return parseMoney(v.toString()).value_or(0);
}

QVariant Store::Private::date(QDate d) const {
    return pg() ? QVariant(d) : QVariant(d.toString(Qt::ISODate));
}

QVariant Store::Private::timestamp(const QDateTime &t) const {
    if (!t.isValid())
        return QVariant();
    return pg() ? QVariant(t.toUTC()) : QVariant(t.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime Store::Private::timestampOf(const QVariant &v) {
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString Store::Private::priceCents(const QString &column) const {
    return pg() ? QStringLiteral("(%1 * 100)::bigint").arg(column) : column;
}

VoidResult Store::Private::begin() {
    uncommitted.clear();
    if (auto r = ensureConnected(); !r)
        return r.error();
    inTransaction = true;
    if (pg()) {
        if (!db().transaction()) {
            inTransaction = false;
            return mapError(db().lastError(), QStringLiteral("begin"));
        }
        return Unit{};
    }
    // A statement left stepping keeps a read snapshot open, and a write from a stale snapshot fails at once
    // with SQLITE_BUSY instead of waiting: reset every cached statement first.
    for (auto &statement : statements)
        statement.finish();
    // BEGIN IMMEDIATE takes SQLite's write lock at once, the equivalent of locking the rows up front.
    auto r = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!r) {
        inTransaction = false;
        return r.error();
    }
    return Unit{};
}

VoidResult Store::Private::commit() {
    inTransaction = false;
    const QList<Change> changes = std::exchange(uncommitted, {});
    if (pg()) {
        if (!db().commit())
            return mapError(db().lastError(), QStringLiteral("commit"));
    } else if (auto r = exec(QStringLiteral("COMMIT")); !r) {
        return r.error();
    }
    if (changeSink)
        for (const Change &c : changes)
            changeSink(c.hotelId, c.from, c.to);
    return Unit{};
}

void Store::Private::rollback() {
    inTransaction = false;
    uncommitted.clear();
    if (pg())
        db().rollback();
    else
        QSqlQuery(QStringLiteral("ROLLBACK"), db());
}

BackendError Store::Private::mapError(const QSqlError &error, const QString &what) const {
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    const QString detail = QStringLiteral("%1: [%2] %3").arg(what, code, text);
    using K = BackendError::Kind;
    const bool lost = pg()
                          ? (error.type() == QSqlError::ConnectionError || code.startsWith(QLatin1String("08")) ||
                             code == QLatin1String("57P01") || !db().isOpen())
                          : (code == QLatin1String("14") || code == QLatin1String("10") || code == QLatin1String("26"));
    if (lost) {
        connectionLost = pg();
        return BackendError::make(K::Unavailable,
                                  tr("The database cannot be reached. Check the connection and try again."), detail);
    }
    if (pg()) {
        if (code == QLatin1String("23514"))
            return BackendError::make(K::NoAvailability, tr("Not enough rooms are left for these nights."), detail);
        if (code == QLatin1String("23505"))
            return BackendError::make(K::Conflict, tr("This record already exists."), detail);
        if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
            return BackendError::transient(K::Conflict, tr("The database was busy; please try again."), detail);
        if (code == QLatin1String("57014"))
            return BackendError::make(K::Timeout, tr("The database took too long to answer."), detail);
        if (code == QLatin1String("23503"))
            return BackendError::make(K::NotFound, tr("A referenced record does not exist."), detail);
    } else {
        if (code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("517") ||
            code == QLatin1String("261"))
            return BackendError::transient(K::Conflict, tr("The database was busy; please try again."), detail);
        if (text.contains(QLatin1String("CHECK constraint failed")))
            return BackendError::make(K::NoAvailability, tr("Not enough rooms are left for these nights."), detail);
        if (text.contains(QLatin1String("UNIQUE constraint failed")))
            return BackendError::make(K::Conflict, tr("This record already exists."), detail);
        if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
            return BackendError::make(K::NotFound, tr("A referenced record does not exist."), detail);
    }
    qCWarning(lcStore) << "unexpected database error" << detail;
    return BackendError::make(K::Internal, tr("The database reported an unexpected error."), detail);
}

bool Store::Private::isRetryable(const BackendError &e) {
    return e.retryable;
}

VoidResult Store::Private::bumpChanges(HotelId hotelId, QDate from, QDate to) {
    // Last statement of a write transaction, so the counter row is held only until the commit that follows.
    const QString payload = encodeChangeNotice({hotelId, from, to});
    auto r = pg()
                 ? exec(QStringLiteral("UPDATE hotel_changes SET counter = counter + 1 WHERE hotel_id = ? "
                                       "RETURNING pg_notify(?, CAST(? AS text))"),
                        {hotelId, QLatin1String(ChangeNotice::channel), payload})
                 : exec(QStringLiteral("UPDATE hotel_changes SET counter = counter + 1 WHERE hotel_id = ?"), {hotelId});
    if (!r)
        return r.error();
    if (changeSink) {
        if (inTransaction)
            uncommitted << Change{hotelId, from, to};
        else
            changeSink(hotelId, from, to); // a single statement outside a transaction has committed
    }
    return Unit{};
}

// ---- Store ----

Store::Store(std::unique_ptr<Private> d)
    : d(std::move(d)) {}

Store::~Store() {
    const QString name = d->connectionName;
    d->statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Store>> Store::open(const DbConfig &config, const QString &connectionName) {
    if (QSqlDatabase::contains(connectionName))
        return BackendError::make(BackendError::Kind::Internal, tr("Internal error: connection name in use."),
                                  connectionName);
    auto d = std::make_unique<Private>();
    d->config = config;
    d->connectionName = connectionName;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            config.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(connectionName);
            return BackendError::make(
                BackendError::Kind::Unavailable,
                tr("The database driver is not installed (%1).")
                    .arg(config.isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE")));
        }
        if (config.isPostgres()) {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setDatabaseName(config.database);
            db.setUserName(config.user);
            db.setPassword(config.password);
            db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=hotel"));
            db.setNumericalPrecisionPolicy(QSql::HighPrecision);
        } else {
            if (config.path != QLatin1String(":memory:"))
                QDir().mkpath(QFileInfo(config.path).absolutePath());
            db.setDatabaseName(config.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        }
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return BackendError::make(BackendError::Kind::Unavailable,
                                      tr("Cannot open the database %1.").arg(config.toUrl()), error.text());
        }
    }
    d->configureSession();
    return std::unique_ptr<Store>(new Store(std::move(d)));
}

const DbConfig &Store::config() const {
    return d->config;
}
QSqlDatabase Store::database() const {
    return d->db();
}
void Store::setClock(Clock clock) {
    d->clock = std::move(clock);
}
void Store::setChangeSink(ChangeSink sink) {
    d->changeSink = std::move(sink);
}
QDateTime Store::now() const {
    return d->now();
}

bool Store::ping() {
    auto r = d->exec(QStringLiteral("SELECT 1"));
    return r.ok() && r.value()->next();
}

Result<int> Store::migrate() {
    QSqlDatabase db = d->db();
    QSqlQuery q(db);
    if (d->pg() && !q.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(migrationLockKey)))
        return d->mapError(q.lastError(), QStringLiteral("migration lock"));
    auto unlock = qScopeGuard([&] {
        if (d->pg())
            QSqlQuery(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(migrationLockKey), db);
    });
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                               "applied_at text NOT NULL)")))
        return d->mapError(q.lastError(), QStringLiteral("schema_migrations"));
    // Every version not yet applied, not only those above the highest: migrations are numbered when they are
    // written, and one written earlier may land later.
    QSet<int> applied;
    if (!q.exec(QStringLiteral("SELECT version FROM schema_migrations")))
        return d->mapError(q.lastError(), QStringLiteral("schema_migrations"));
    while (q.next())
        applied.insert(q.value(0).toInt());
    int current = 0;
    for (int v : std::as_const(applied))
        current = std::max(current, v);

    const QDir dir(QStringLiteral(":/migrations/") + (d->pg() ? QStringLiteral("postgres") : QStringLiteral("sqlite")));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return BackendError::make(BackendError::Kind::Internal, tr("No database migrations are built in."));
    int reached = current;
    for (const QString &name : files) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (applied.contains(version))
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return BackendError::make(BackendError::Kind::Internal, tr("Cannot read migration %1.").arg(name));
        const QString script = QString::fromUtf8(file.readAll());
        Transaction tx(*d);
        if (auto r = tx.begin(); !r)
            return r.error();
        QString statement;
        for (const QString &line : script.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery s(db);
                if (!s.exec(statement))
                    return d->mapError(s.lastError(), QStringLiteral("migration %1").arg(name));
                statement.clear();
            }
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
        record.addBindValue(version);
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!record.exec())
            return d->mapError(record.lastError(), QStringLiteral("record migration"));
        if (auto r = tx.commit(); !r)
            return r.error();
        reached = std::max(reached, version);
    }
    d->statements.clear(); // the schema changed under any statement prepared before
    return reached;
}

} // namespace hotel
