#pragma once

#include "domain/Result.h"

#include <QTextStream>

namespace hotel::commands {

// Shared by the history, forecast and overbooking commands: stdout for results, stderr for progress and errors.
inline QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}
inline QTextStream &err() {
    static QTextStream s(stderr);
    return s;
}
inline int fail(const QString &message, int code = 2) {
    err() << "hotel-server: " << message << Qt::endl;
    return code;
}
inline int failWith(const BackendError &e) {
    err() << "hotel-server: " << e.userMessage;
    if (!e.field.isEmpty())
        err() << " (" << e.field << ")";
    if (!e.detail.isEmpty())
        err() << "\n  detail: " << e.detail;
    err() << Qt::endl;
    return e.kind == BackendError::Kind::InvalidInput ? 2 : 1;
}

} // namespace hotel::commands
