#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

namespace hotel {

// The server's configuration file (/etc/hotel-server/hotel-server.conf): `key = value` lines whose keys are the
// long names of hotel-server's options, read as if they came first on the command line, so a command-line
// option given too overrides the file (and a repeatable one, such as trusted-proxy, adds to it).
inline constexpr auto defaultConfigPath = "/etc/hotel-server/hotel-server.conf";

struct ConfigKeys {
    QStringList valued; // options that take a value: "db", "listen", ...
    QStringList flags;  // options without a value: "no-rate-limit" (true/false in the file)
};

// The file's settings as command-line arguments ("--db=...", "--no-rate-limit"). An unreadable file, a line that
// is not `key = value`, an unknown key or a flag that is neither true nor false is an error naming the file, the
// line and the key.
Result<QStringList> configArguments(const QString &path, const ConfigKeys &keys);

} // namespace hotel
