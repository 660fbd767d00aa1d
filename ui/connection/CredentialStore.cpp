#include "ui/connection/CredentialStore.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "hotel.portal.credentials")

namespace hotel {

namespace {

// Settles a promise once: from the job's finished signal or from the timeout, whichever comes first.
template <typename T> struct OnceSettled {
    QPromise<T> promise;
    bool settled = false;
    void settle(T value) {
        if (settled)
            return;
        settled = true;
        promise.addResult(std::move(value));
        promise.finish();
    }
};

BackendError keychainError(QKeychain::Error code, const QString &detail) {
    if (code == QKeychain::EntryNotFound)
        return BackendError::make(BackendError::Kind::NotFound,
                                  CredentialStore::tr("No password is stored for this connection."), detail);
    return BackendError::make(BackendError::Kind::Unavailable,
                              CredentialStore::tr("The system keychain is not available; the password must be "
                                                  "entered again."),
                              detail);
}

template <typename T, typename Job, typename OnFinished>
QFuture<T> runJob(Job *job, int timeoutMs, OnFinished onFinished) {
    auto state = std::make_shared<OnceSettled<T>>();
    state->promise.start();
    QFuture<T> future = state->promise.future();
    job->setAutoDelete(true); // the job deletes itself when done; we never delete it while pending
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, job, [state, onFinished](QKeychain::Job *finished) {
        if (state->settled)
            qCInfo(lcCredentials) << "keychain job finished after its timeout:" << finished->errorString();
        state->settle(onFinished(static_cast<Job *>(finished)));
    });
    QTimer::singleShot(timeoutMs, job, [state] {
        qCWarning(lcCredentials) << "keychain did not answer in time";
        state->settle(BackendError::make(BackendError::Kind::Timeout,
                                         CredentialStore::tr("The system keychain did not answer in time; the "
                                                             "password must be entered again.")));
    });
    job->start();
    return future;
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {}

QFuture<Result<QString>> CredentialStore::readSecret(const QString &key) {
    auto *job = new QKeychain::ReadPasswordJob(m_service, nullptr); // unparented: outlives this store if it must
    job->setKey(key);
    return runJob<Result<QString>>(job, m_timeoutMs, [](QKeychain::ReadPasswordJob *done) -> Result<QString> {
        if (done->error() != QKeychain::NoError) {
            qCInfo(lcCredentials) << "keychain read failed:" << done->error() << done->errorString();
            return keychainError(done->error(), done->errorString());
        }
        return done->textData();
    });
}

QFuture<VoidResult> CredentialStore::writeSecret(const QString &key, const QString &secret) {
    auto *job = new QKeychain::WritePasswordJob(m_service, nullptr); // unparented: outlives this store if it must
    job->setKey(key);
    job->setTextData(secret);
    return runJob<VoidResult>(job, m_timeoutMs, [](QKeychain::WritePasswordJob *done) -> VoidResult {
        if (done->error() != QKeychain::NoError) {
            qCInfo(lcCredentials) << "keychain write failed:" << done->error() << done->errorString();
            return keychainError(done->error(), done->errorString());
        }
        return Unit{};
    });
}

QFuture<VoidResult> CredentialStore::deleteSecret(const QString &key) {
    auto *job = new QKeychain::DeletePasswordJob(m_service, nullptr); // unparented: outlives this store if it must
    job->setKey(key);
    return runJob<VoidResult>(job, m_timeoutMs, [](QKeychain::DeletePasswordJob *done) -> VoidResult {
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            return keychainError(done->error(), done->errorString());
        return Unit{};
    });
}

} // namespace hotel
