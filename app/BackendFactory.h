#pragma once

#include "ui/connection/ConnectionSettings.h"

namespace hotel {

// Turns connection settings into one of the Backend implementations this build has (SqlBackend on the demo
// SQLite file or PostgreSQL, RestBackend on a booking server).
Result<Backend *> createBackend(const ConnectionSettings &settings, QObject *parent);

// Where the offline demo keeps its database: QStandardPaths::AppDataLocation/demo.sqlite.
QString demoDatabasePath();

} // namespace hotel
