#include "server/Config.h"

#include <QFile>
#include <QRegularExpression>

namespace hotel {

namespace {

BackendError configError(const QString &path, int line, const QString &key, const QString &reason) {
    return BackendError::invalid(key.isEmpty() ? QStringLiteral("config") : key,
                                 QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(reason));
}

} // namespace

Result<QStringList> configArguments(const QString &path, const ConfigKeys &keys) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return BackendError::invalid(QStringLiteral("config"), QStringLiteral("the configuration file %1 cannot be "
                                                                              "read: %2")
                                                                   .arg(path, file.errorString()));
    // QSettings would turn "a, b" into a list and read a URL's "%" and "\" as escapes; a database URL must
    // arrive as written, so the format is the plain one systemd and most daemons use.
    static const QRegularExpression keyValue(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9-]*)\s*=\s*(.*?)\s*$)"));
    QStringList arguments;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const auto match = keyValue.match(line);
        if (!match.hasMatch())
            return configError(path, number, {}, QStringLiteral("expected \"key = value\", got \"%1\"").arg(line));
        const QString key = match.captured(1);
        QString value = match.captured(2);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        if (keys.flags.contains(key)) {
            if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1"))
                arguments << QStringLiteral("--") + key;
            else if (value != QLatin1String("false") && value != QLatin1String("no") && value != QLatin1String("0"))
                return configError(path, number, key,
                                   QStringLiteral("%1 must be true or false (got \"%2\")").arg(key, value));
            continue;
        }
        if (!keys.valued.contains(key))
            return configError(path, number, key,
                               QStringLiteral("unknown setting \"%1\" (known: %2)")
                                   .arg(key, (keys.valued + keys.flags).join(QStringLiteral(", "))));
        // An empty value leaves the built-in default, as a commented-out line would.
        if (!value.isEmpty())
            arguments << QStringLiteral("--%1=%2").arg(key, value);
    }
    return arguments;
}

} // namespace hotel
