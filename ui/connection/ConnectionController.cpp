#include "ui/connection/ConnectionController.h"

#include "client/Backend.h"
#include "ui/common/Async.h"
#include "ui/connection/CredentialStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTimer>

Q_LOGGING_CATEGORY(lcConnection, "hotel.portal.connection")

namespace hotel {

namespace {

bool isConnectionFailure(const BackendError &error) {
    return error.kind == BackendError::Kind::Unavailable || error.kind == BackendError::Kind::Timeout;
}

} // namespace

ConnectionController::ConnectionController(BackendFactory factory, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
    , m_credentials(credentials) {
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_nextRetryAt = {};
        // Any call reaches the database again; the backend reports Connected when it answers.
        if (isSignedIn())
            Q_EMIT reloadNeeded();
    });
    m_bannerHideTimer = new QTimer(this);
    m_bannerHideTimer->setSingleShot(true);
    m_bannerHideTimer->setInterval(4000);
    connect(m_bannerHideTimer, &QTimer::timeout, this, &ConnectionController::dismissBanner);
}

ConnectionController::~ConnectionController() {
    closeBackend();
}

void ConnectionController::closeBackend() {
    delete m_backend.data();
    m_session.reset();
}

QString ConnectionController::describe() const {
    return m_backend ? m_backend->describe() : tr("Not connected");
}

bool ConnectionController::isRetryScheduled() const {
    return m_retryTimer->isActive();
}

QString ConnectionController::causeInWords(const QString &detail, const QString &fallback) {
    QString first = detail.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    // "could not connect to server: Connection refused" -> "Connection refused"; "QPSQL: Unable to connect" stays.
    const qsizetype colon = first.lastIndexOf(QLatin1String(": "));
    if (colon >= 0 && colon + 2 < first.size())
        first = first.mid(colon + 2).trimmed();
    while (first.endsWith(QLatin1Char('.')))
        first.chop(1);
    if (first.isEmpty())
        first = fallback.trimmed();
    while (first.endsWith(QLatin1Char('.')))
        first.chop(1);
    return first;
}

void ConnectionController::setLinkState(LinkState state) {
    if (state == m_linkState)
        return;
    m_linkState = state;
    Q_EMIT linkStateChanged(state);
}

void ConnectionController::connectTo(const ConnectionSettings &settings, bool lookUpSecretsFirst) {
    const quint64 request = m_connectRequests.startJob();
    m_settings = settings;
    if (!isSignedIn())
        setLinkState(LinkState::Connecting);
    const bool needsDbPassword = settings.kind == Backend::Kind::Postgres && settings.dbPassword.isEmpty();
    const bool needsSignIn = settings.kind != Backend::Kind::Demo && settings.password.isEmpty();
    if (lookUpSecretsFirst && m_credentials && (needsDbPassword || needsSignIn)) {
        Q_EMIT statusMessage(tr("Reading the saved password from the system keychain…"), 0);
        lookUpSecrets(settings, request, needsDbPassword, needsSignIn);
        return;
    }
    Q_EMIT statusMessage({}, 0);

    auto created = m_factory ? m_factory(settings, this)
                             : Result<Backend *>(BackendError::make(BackendError::Kind::Internal,
                                                                    tr("This build cannot open connections.")));
    if (!created) {
        qCWarning(lcConnection) << "cannot create backend:" << created.error().detail;
        setLinkState(LinkState::NeverConnected);
        showBanner(ConnectionBanner::Severity::Error, created.error().userMessage, true, created.error().detail);
        Q_EMIT credentialsNeeded(created.error().userMessage);
        return;
    }
    useBackend(created.value(), settings);
}

void ConnectionController::lookUpSecrets(ConnectionSettings settings, quint64 request, bool needsDbPassword,
                                         bool needsSignIn) {
    // One secret after the other (QtKeychain runs its jobs one at a time anyway). Whatever the keychain cannot
    // give is asked for in the connection dialog: never read from or written to a file instead.
    if (needsDbPassword) {
        m_credentials->readSecret(settings.databaseSecretKey())
            .then(qApp, guarded(this, [this, request, settings, needsSignIn](const Result<QString> &secret) mutable {
                      if (!m_connectRequests.isJobValid(request))
                          return;
                      // No stored database password is fine: many servers trust local or peer connections. If one
                      // is needed after all, the connection fails and the dialog asks for it.
                      if (secret)
                          settings.dbPassword = secret.value();
                      lookUpSecrets(settings, request, false, needsSignIn);
                  }));
        return;
    }
    if (!needsSignIn) {
        connectTo(settings, false);
        return;
    }
    m_credentials->readSecret(settings.signInSecretKey())
        .then(qApp, guarded(this, [this, request, settings](const Result<QString> &secret) mutable {
                  if (!m_connectRequests.isJobValid(request))
                      return;
                  if (!secret) {
                      m_settings = settings;
                      Q_EMIT credentialsNeeded(secret.error().kind == BackendError::Kind::NotFound
                                                   ? tr("Sign in to %1.").arg(settings.describe())
                                                   : secret.error().userMessage);
                      return;
                  }
                  settings.password = secret.value();
                  connectTo(settings, false);
              }));
}

void ConnectionController::useBackend(Backend *backend, const ConnectionSettings &settings) {
    if (m_backend && m_backend != backend) {
        m_backend->disconnect(this);
        m_backend->deleteLater();
    }
    if (m_backend != backend) {
        // Another connection: whatever the previous one went through says nothing about this one.
        m_everConnected = false;
        m_attempts = 0;
        m_retryDelayMs = 0;
        m_retryTimer->stop();
        m_nextRetryAt = {};
    }
    m_backend = backend;
    backend->setParent(this);
    m_settings = settings;
    m_session.reset();
    setLinkState(LinkState::Connecting);
    connect(backend, &Backend::connectionStateChanged, this, &ConnectionController::onConnectionState,
            Qt::UniqueConnection);
    Q_EMIT backendChanged(backend);

    if (auto existing = backend->session()) {
        onSignedIn(*existing, settings);
        return;
    }
    const quint64 request = m_connectRequests.startJob();
    Q_EMIT notice(tr("Signing in to %1…").arg(backend->describe()));
    Q_EMIT busyChanged(true);
    backend->signIn(settings.email, settings.password)
        .then(qApp, guarded(this, [this, request, settings](const Result<Session> &r) {
                  if (!m_connectRequests.finish(request))
                      return;
                  Q_EMIT busyChanged(false);
                  if (!r) {
                      qCWarning(lcConnection) << "sign-in refused:" << r.error().detail;
                      m_settings = settings;
                      if (isConnectionFailure(r.error())) {
                          // Never connected: the database or server cannot be reached, which no password
                          // cures. Said as such, with the cause in words; nothing retries on its own.
                          cannotReach(causeInWords(r.error().detail, r.error().userMessage), r.error().detail);
                          Q_EMIT notice(m_bannerText);
                          Q_EMIT credentialsNeeded(m_bannerText);
                          return;
                      }
                      setLinkState(LinkState::NeverConnected);
                      Q_EMIT notice(tr("Not signed in: %1").arg(r.error().userMessage));
                      m_settings.password.clear();
                      Q_EMIT credentialsNeeded(r.error().userMessage);
                      return;
                  }
                  onSignedIn(r.value(), settings);
              }));
}

void ConnectionController::onSignedIn(const Session &session, const ConnectionSettings &settings) {
    m_session = session;
    m_settings = settings;
    m_everConnected = true;
    m_attempts = 0;
    m_retryDelayMs = 0;
    m_nextRetryAt = {};
    m_retryTimer->stop();
    setLinkState(LinkState::Connected);
    QSettings stored;
    settings.save(stored);
    if (m_credentials && settings.rememberPassword && settings.kind != Backend::Kind::Demo) {
        if (settings.kind == Backend::Kind::Postgres && !settings.dbPassword.isEmpty())
            rememberSecret(settings.databaseSecretKey(), settings.dbPassword);
        if (!settings.password.isEmpty())
            rememberSecret(settings.signInSecretKey(), settings.password);
    }
    dismissBanner();
    Q_EMIT signedIn(session);
}

void ConnectionController::rememberSecret(const QString &key, const QString &secret) {
    // The keychain may be missing (headless, no Secret Service): then the password is simply asked again next
    // time; it is never written to a file instead.
    m_credentials->writeSecret(key, secret)
        .then(qApp, guarded(this, [this](const VoidResult &r) {
                  if (r)
                      return;
                  // The keychain's own words (QtKeychain's errorString), else our sentence: never an empty "()".
                  const QString cause = causeInWords(r.error().detail, r.error().userMessage);
                  Q_EMIT statusMessage(
                      tr("The password could not be saved in the system keychain: %1. You will be asked "
                         "for it next time.")
                          .arg(cause.isEmpty() ? tr("no reason was given") : cause),
                      10000);
              }));
}

void ConnectionController::retry() {
    if (!isSignedIn()) {
        connectTo(m_settings);
        return;
    }
    // The clerk's own try: after giving up, counting starts again.
    if (m_linkState == LinkState::GivenUp)
        m_attempts = 0;
    Q_EMIT reloadNeeded();
}

void ConnectionController::cannotReach(const QString &cause, const QString &detail) {
    m_retryTimer->stop();
    m_nextRetryAt = {};
    m_bannerHideTimer->stop();
    setLinkState(LinkState::NeverConnected);
    const QString where = m_backend ? m_backend->describe() : m_settings.describe();
    showBanner(ConnectionBanner::Severity::Error,
               cause.isEmpty() ? tr("Cannot reach %1.").arg(where) : tr("Cannot reach %1: %2.").arg(where, cause), true,
               detail);
}

QString ConnectionController::connectionDown() {
    ++m_attempts;
    if (m_attempts > maxRetries) {
        m_retryTimer->stop();
        m_nextRetryAt = {};
        setLinkState(LinkState::GivenUp);
        return tr("Gave up after %n attempt(s); press Try again now when it is back.", nullptr, maxRetries);
    }
    scheduleRetry();
    setLinkState(LinkState::Lost);
    return tr("Next try at %1 (in %n second(s)).", nullptr, m_retryDelayMs / 1000)
        .arg(QLocale().toString(m_nextRetryAt.toLocalTime().time(), QLocale::LongFormat));
}

QString ConnectionController::reportFailure(const QString &what, const BackendError &error) {
    qCWarning(lcConnection) << what << errorKindName(error.kind) << error.detail;
    const QString message = error.userMessage.isEmpty() ? what : tr("%1 %2").arg(what, error.userMessage);
    if (isConnectionFailure(error)) {
        m_bannerHideTimer->stop();
        const QString where = m_backend ? m_backend->describe() : tr("the server");
        if (!m_everConnected) {
            cannotReach(causeInWords(error.detail, error.userMessage), error.detail);
            return message;
        }
        // A retry already on its way is not counted twice.
        const QString next =
            m_retryTimer->isActive()
                ? tr("Next try at %1.").arg(QLocale().toString(m_nextRetryAt.toLocalTime().time(), QLocale::LongFormat))
                : connectionDown();
        showBanner(ConnectionBanner::Severity::Error,
                   tr("%1 The connection to %2 is not working; nothing was saved.").arg(message, where) +
                       QLatin1Char(' ') + next,
                   true, error.detail);
    }
    return message;
}

void ConnectionController::onConnectionState(Backend::ConnectionState state, const QString &message) {
    switch (state) {
    case Backend::ConnectionState::Connected:
        m_retryTimer->stop();
        m_retryDelayMs = 0;
        m_attempts = 0;
        m_nextRetryAt = {};
        if (m_session)
            setLinkState(LinkState::Connected);
        if (m_bannerShown && m_everConnected) {
            showBanner(ConnectionBanner::Severity::Info, tr("Connection restored."), false);
            m_bannerHideTimer->start();
        }
        Q_EMIT reloadNeeded();
        break;
    case Backend::ConnectionState::Reconnecting:
    case Backend::ConnectionState::Disconnected: {
        m_bannerHideTimer->stop();
        const QString cause = causeInWords(message);
        if (!m_everConnected) {
            // A connection that never existed is not "lost"; the sign-in's own failure says the rest.
            cannotReach(cause, message);
            break;
        }
        const QString where = m_backend ? m_backend->describe() : tr("the server");
        const QString next = connectionDown();
        showBanner(ConnectionBanner::Severity::Error,
                   (cause.isEmpty() ? tr("Connection to %1 lost.").arg(where)
                                    : tr("Connection to %1 lost: %2.").arg(where, cause)) +
                       QLatin1Char(' ') + next + QLatin1Char(' ') +
                       tr("Changes cannot be saved until the connection is back."),
                   true, message);
        break;
    }
    }
}

void ConnectionController::scheduleRetry() {
    // Back off from 2 s to 30 s so a database that is down is not hammered, and an outage of seconds is over
    // almost unnoticed.
    m_retryDelayMs = m_retryDelayMs == 0 ? 2000 : std::min(m_retryDelayMs * 2, 30000);
    m_retryTimer->start(m_retryDelayMs);
    m_nextRetryAt = QDateTime::currentDateTimeUtc().addMSecs(m_retryDelayMs);
}

void ConnectionController::showBanner(ConnectionBanner::Severity severity, const QString &text, bool offerRetry,
                                      const QString &details) {
    m_bannerShown = true;
    m_bannerText = text;
    m_bannerDetails = details;
    Q_EMIT bannerDetailsChanged(details);
    Q_EMIT bannerShown(severity, text, offerRetry);
}

void ConnectionController::dismissBanner() {
    m_bannerShown = false;
    m_bannerText.clear();
    m_bannerDetails.clear();
    Q_EMIT bannerDetailsChanged({});
    Q_EMIT bannerHidden();
}

} // namespace hotel
