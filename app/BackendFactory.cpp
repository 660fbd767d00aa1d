#include "BackendFactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

// The implementations are built on other branches; the portal links whichever this tree has.
#if __has_include("SqlBackend.h")
#include "SqlBackend.h"
#define HOTEL_HAVE_SQL_BACKEND 1
#endif
#if __has_include("RestBackend.h")
#include "RestBackend.h"
#define HOTEL_HAVE_REST_BACKEND 1
#endif

namespace hotel {

QString demoDatabasePath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.sqlite"));
}

static BackendError notBuiltIn(const QString &what) {
    return BackendError::make(
        BackendError::Kind::Unavailable,
        QCoreApplication::translate("hotel::BackendFactory", "This build of the portal cannot open %1.").arg(what));
}

Result<Backend *> createBackend(const ConnectionSettings &settings, QObject *parent) {
    Q_UNUSED(parent);
    switch (settings.kind) {
    case Backend::Kind::Demo:
    case Backend::Kind::Fake:
    case Backend::Kind::Postgres:
#ifdef HOTEL_HAVE_SQL_BACKEND
#pragma message("SqlBackend is available but not wired into createBackend yet")
        return notBuiltIn(settings.describe());
#else
        return notBuiltIn(settings.describe());
#endif
    case Backend::Kind::Rest:
#ifdef HOTEL_HAVE_REST_BACKEND
#pragma message("RestBackend is available but not wired into createBackend yet")
        return notBuiltIn(settings.describe());
#else
        return notBuiltIn(settings.describe());
#endif
    }
    return notBuiltIn(settings.describe());
}

} // namespace hotel
