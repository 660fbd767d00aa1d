#include "server/Secret.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hotel {

namespace {

BackendError secretError(const QString &message) {
    return BackendError::invalid(QStringLiteral("state-dir"), message);
}

QString systemError() {
    return QString::fromLocal8Bit(strerror(errno));
}

} // namespace

QString stateDirectory(const QString &explicitDir) {
    if (!explicitDir.isEmpty())
        return explicitDir;
    const QString fromSystemd = qEnvironmentVariable("STATE_DIRECTORY").section(QLatin1Char(':'), 0, 0);
    if (!fromSystemd.isEmpty())
        return fromSystemd;
    return QStringLiteral("/var/lib/hotel-server");
}

Result<StoredSecret> loadOrCreateSecret(const QString &dir) {
    StoredSecret secret;
    secret.path = QDir(dir).filePath(QStringLiteral("jwt-secret"));
    const QByteArray path = QFile::encodeName(secret.path);
    // O_EXCL: two instances starting at once on one directory end up with one secret, not two.
    int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        QByteArray raw(48, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
        const QByteArray text = raw.toBase64() + '\n';
        const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size() && ::fsync(fd) == 0;
        const QString why = systemError();
        ::close(fd);
        if (!written) {
            ::unlink(path.constData());
            return secretError(QStringLiteral("cannot write %1: %2").arg(secret.path, why));
        }
        secret.value = text.trimmed();
        secret.created = true;
        return secret;
    }
    if (errno != EEXIST)
        return secretError(QStringLiteral("cannot create %1: %2").arg(secret.path, systemError()));
    for (int attempt = 0; attempt < 10; ++attempt) {
        QFile file(secret.path);
        if (!file.open(QIODevice::ReadOnly))
            return secretError(QStringLiteral("cannot read %1: %2").arg(secret.path, file.errorString()));
        struct stat st {};
        if (::fstat(file.handle(), &st) != 0 || (st.st_mode & (S_IRWXG | S_IRWXO)))
            return secretError(QStringLiteral("%1 may be read by others (mode %2): make it 0600")
                                   .arg(secret.path)
                                   .arg(st.st_mode & 07777, 4, 8, QLatin1Char('0')));
        secret.value = file.readAll().trimmed();
        if (!secret.value.isEmpty() || st.st_size > 0)
            break;
        ::usleep(50000); // another instance has created it and is writing it
    }
    if (secret.value.size() < 32)
        return secretError(
            QStringLiteral("%1 holds fewer than 32 bytes: remove it to have a new one made").arg(secret.path));
    return secret;
}

} // namespace hotel
