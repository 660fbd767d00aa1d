#include "wire/JsonFields.h"

#include "wire/Json.h"

#include <QCoreApplication>

namespace hotel::json {

QString wireTr(const char *text) {
    return QCoreApplication::translate("hotel::json", text);
}
QString iso(QDate d) {
    return d.toString(Qt::ISODate);
}
QJsonValue iso(const QDateTime &t) {
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue money(Money m) {
    return formatMoney(m);
}

BackendError badType(const QString &field, const char *what) {
    return BackendError::invalid(field, wireTr("%1 must be %2.").arg(field, QLatin1String(what)));
}

Result<QString> stringField(const QJsonObject &o, const QString &key, const QString &field, bool required) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return BackendError::invalid(field, wireTr("%1 is required.").arg(field));
        return QString();
    }
    if (!v.isString())
        return badType(field, "a string");
    return v.toString();
}

Result<qint64> idField(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return BackendError::invalid(key, wireTr("%1 is required.").arg(key));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 1 && d <= 9e15 && d == double(qint64(d)))
            return qint64(d);
        return badType(key, "a positive whole number");
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 id = v.toString().toLongLong(&ok);
        if (ok && id > 0)
            return id;
    }
    return badType(key, "a positive whole number");
}

Result<int> intField(const QJsonObject &o, const QString &key) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() != double(int(v.toDouble())))
        return badType(key, "a whole number");
    return int(v.toDouble());
}

Result<QDate> dateField(const QJsonObject &o, const QString &key, bool required) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return BackendError::invalid(key, wireTr("%1 is required.").arg(key));
        return QDate();
    }
    if (!v.isString())
        return badType(key, "a date (YYYY-MM-DD)");
    return dateParam(key, v.toString());
}

Result<QDate> dateParam(const QString &name, const QString &text) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return BackendError::invalid(name, wireTr("%1 must be a date (YYYY-MM-DD).").arg(name));
    return d;
}

Money moneyOf(const QJsonValue &v) {
    return parseMoney(v.toString()).value_or(0);
}
QDate dateOf(const QJsonValue &v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QDateTime timeOf(const QJsonValue &v) {
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}
QStringList stringsOf(const QJsonValue &v) {
    QStringList out;
    for (const auto &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace hotel::json
