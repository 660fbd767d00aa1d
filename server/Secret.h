#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace hotel {

// The token signing secret of a server that was given none: kept in the state directory so that tokens
// outlive a restart (and every instance sharing the directory signs alike).
struct StoredSecret {
    QByteArray value;
    QString path;
    bool created = false; // false: read from an earlier start
};

// The state directory: `explicitDir` when given, else $STATE_DIRECTORY (systemd's StateDirectory=, the first
// of its paths), else /var/lib/hotel-server.
QString stateDirectory(const QString &explicitDir);

// Reads DIR/jwt-secret, or creates it (mode 0600, 48 random bytes in base64) when it does not exist. A file
// that others may read, or that holds fewer than 32 bytes, is refused rather than used.
Result<StoredSecret> loadOrCreateSecret(const QString &dir);

} // namespace hotel
