#pragma once

#include "domain/Domain.h"
#include "ui/common/RequestTracker.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/ConnectionSettings.h"

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
    void showBanner(ConnectionBanner::Severity severity, const QString &text, bool offerRetry);

    BackendFactory m_factory;
    CredentialStore *m_credentials;
    QPointer<Backend> m_backend;
    std::optional<Session> m_session;
    ConnectionSettings m_settings;
    RequestTracker m_connectRequests;
    QTimer *m_retryTimer = nullptr;      // while disconnected: try again with back-off
    QTimer *m_bannerHideTimer = nullptr; // "Connection restored." goes away on its own
    int m_retryDelayMs = 0;
    bool m_bannerShown = false;
    QString m_bannerText;
};

} // namespace hotel
