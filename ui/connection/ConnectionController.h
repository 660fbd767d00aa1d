#pragma once

#include "domain/Domain.h"
#include "ui/common/RequestTracker.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/ConnectionSettings.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class QTimer;

namespace hotel {

class CredentialStore;

// The portal's connection from start to sign-out: reads missing passwords from the keychain, creates the
// backend, signs in, remembers what worked, retries with back-off while the connection is down, and decides
// what the connection banner says. It opens no window: when it needs the clerk (a password the keychain does
// not have, a refused sign-in) it says so through credentialsNeeded() and the frame shows the dialog.
class ConnectionController final : public QObject {
    Q_OBJECT
public:
    // What the connection is, said truthfully: a connection that never worked is not "lost", and nothing says
    // "retrying" unless a retry is scheduled.
    enum class LinkState {
        NeverConnected, // nothing connected yet, or the first attempt failed (cannot reach the database)
        Connecting,     // creating the backend and signing in
        Connected,
        Lost,    // it worked, now it does not; a retry is scheduled (nextRetryAt)
        GivenUp, // lost, and maxRetries retries failed: only the clerk's "Try again" tries again
    };
    Q_ENUM(LinkState)
    static constexpr int maxRetries = 8;

    ConnectionController(BackendFactory factory, CredentialStore *credentials, QObject *parent = nullptr);
    ~ConnectionController() override;

    // Connects as the settings say; a missing password is read from the keychain first, and if that fails
    // credentialsNeeded() asks for it.
    void connectTo(const ConnectionSettings &settings, bool lookUpSecrets = true);
    // Uses an existing backend (the controller takes ownership); signs in with the settings' e-mail and password
    // unless the backend already has a session.
    void useBackend(Backend *backend, const ConnectionSettings &settings);
    // Deletes the backend now: its unfinished requests are cancelled while their receivers still exist.
    void closeBackend();

    // The banner's Retry: connect again when never signed in, otherwise reload what is on screen.
    void retry();
    // A request failed: logs it, and when the connection is the cause, says so in the banner and schedules a
    // retry. Returns the message for the clerk.
    QString reportFailure(const QString &what, const BackendError &error);
    // The banner went away (the clerk dismissed it, or it was shown only for a while).
    void dismissBanner();

    Backend *backend() const { return m_backend; }
    std::optional<Session> session() const { return m_session; }
    const ConnectionSettings &settings() const { return m_settings; }
    bool isSignedIn() const { return m_backend && m_session; }
    QString describe() const; // the backend's description, or "Not connected"

    // The back-off: 0 while connected, then 2 s doubling to 30 s while the connection stays down.
    int retryDelayMs() const { return m_retryDelayMs; }
    bool isRetryScheduled() const;
    bool isBannerShown() const { return m_bannerShown; }
    QString bannerText() const { return m_bannerText; }
    // The technical cause behind the banner (the driver's or the network's words), for its Details.
    QString bannerDetails() const { return m_bannerDetails; }
    LinkState linkState() const { return m_linkState; }
    QDateTime nextRetryAt() const { return m_nextRetryAt; } // invalid when no retry is scheduled
    int failedAttempts() const { return m_attempts; }
    // "Connection refused" out of a driver's "could not connect to server: Connection refused\n\tIs the server
    // running...": the first line's last clause, which says what happened in words.
    static QString causeInWords(const QString &detail, const QString &fallback = {});

Q_SIGNALS:
    // A new backend is in use (not signed in yet): whatever showed the previous one starts afresh.
    void backendChanged(hotel::Backend *backend);
    void signedIn(const hotel::Session &session);
    // Something to show in place of the content while signing in, or why signing in failed.
    void notice(const QString &text);
    // The clerk must choose or complete the connection (settings() holds what is known); `message` says why.
    void credentialsNeeded(const QString &message);
    void bannerShown(hotel::ConnectionBanner::Severity severity, const QString &text, bool offerRetry);
    void bannerHidden();
    void bannerDetailsChanged(const QString &details);
    void linkStateChanged(hotel::ConnectionController::LinkState state);
    // Time to ask the backend again (a retry after an outage, the connection restored): the frame reloads.
    void reloadNeeded();
    void statusMessage(const QString &text, int timeoutMs);
    void busyChanged(bool busy);

private:
    void onSignedIn(const Session &session, const ConnectionSettings &settings);
    void lookUpSecrets(ConnectionSettings settings, quint64 request, bool needsDbPassword, bool needsSignIn);
    void rememberSecret(const QString &key, const QString &secret);
    void onConnectionState(Backend::ConnectionState state, const QString &message);
    void scheduleRetry();
    // The connection that worked went down: counts the attempt, schedules the next or gives up; returns what the
    // banner says about the retry ("Next try at 14:02:10." or "Gave up after 8 attempts.").
    QString connectionDown();
    void cannotReach(const QString &cause, const QString &detail);
    void setLinkState(LinkState state);
    void showBanner(ConnectionBanner::Severity severity, const QString &text, bool offerRetry,
                    const QString &details = {});

    BackendFactory m_factory;
    CredentialStore *m_credentials;
    QPointer<Backend> m_backend;
    std::optional<Session> m_session;
    ConnectionSettings m_settings;
    RequestTracker m_connectRequests;
    QTimer *m_retryTimer = nullptr;      // while disconnected: try again with back-off
    QTimer *m_bannerHideTimer = nullptr; // "Connection restored." goes away on its own
    int m_retryDelayMs = 0;
    int m_attempts = 0;
    bool m_everConnected = false; // signed in once on this backend: a failure now is a lost connection
    LinkState m_linkState = LinkState::NeverConnected;
    QDateTime m_nextRetryAt;
    bool m_bannerShown = false;
    QString m_bannerText;
    QString m_bannerDetails;
};

} // namespace hotel
