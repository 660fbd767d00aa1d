#pragma once

// What every reader and writer of the wire format shares: how a date, a timestamp and money are spelled, and
// the field readers whose failures name the field. Internal to hotel_wire.
#include "domain/Domain.h"
#include "domain/Result.h"
#include "wire/Keys.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hotel::json {

QString wireTr(const char *text);
QString iso(QDate d);
QJsonValue iso(const QDateTime &t);
QJsonValue money(Money m);
BackendError badType(const QString &field, const char *what);
Result<QString> stringField(const QJsonObject &o, const QString &key, const QString &field, bool required);
Result<qint64> idField(const QJsonObject &o, const QString &key);
Result<int> intField(const QJsonObject &o, const QString &key);
Result<QDate> dateField(const QJsonObject &o, const QString &key, bool required);

// Lenient readers of answers the server wrote (RestBackend): a missing value reads as empty.
Money moneyOf(const QJsonValue &v);
QDate dateOf(const QJsonValue &v);
QDateTime timeOf(const QJsonValue &v);
QStringList stringsOf(const QJsonValue &v);

} // namespace hotel::json
