#pragma once

#include "domain/Result.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace hotel {

// Passwords and tokens in the OS keychain (QtKeychain), never in a file (DESIGN.md 9).
//
// QtKeychain 0.13.2 pitfalls handled here: without a Secret Service the libsecret path fails with OtherError
// (not NoBackendAvailable), so every failure means "ask the person again"; jobs run one at a time and one that
// never finishes blocks the rest, so each call times out on its own, but the job itself is left to finish and
// delete itself (deleting a pending job is what hangs or crashes the library).
class CredentialStore final : public QObject {
    Q_OBJECT
public:
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    QString service() const { return m_service; }

    // Result: the secret, or NotFound (nothing stored), Unavailable (no keychain) or Timeout.
    QFuture<Result<QString>> readSecret(const QString &key);
    QFuture<VoidResult> writeSecret(const QString &key, const QString &secret);
    QFuture<VoidResult> deleteSecret(const QString &key);

private:
    QString m_service;
    int m_timeoutMs = 5000;
};

} // namespace hotel
