// Errors and the audit report on the wire.
#include "wire/Json.h"
#include "wire/JsonFields.h"

namespace hotel::json {

QJsonObject errorJson(const BackendError &e) {
    QJsonObject error{{key::code, QLatin1String(errorKindName(e.kind))}, {key::message, e.userMessage}};
    if (!e.field.isEmpty())
        error.insert(key::field, e.field);
    if (!e.reason.isEmpty())
        error.insert(key::reason, e.reason);
    return {{key::error, error}};
}

BackendError errorFrom(const QJsonObject &o, int httpStatus) {
    const QJsonObject e = o.value(key::error).toObject();
    BackendError error;
    error.kind = errorKindFromName(e.value(key::code).toString())
                     .value_or(httpStatus == 429   ? BackendError::Kind::Unavailable
                               : httpStatus == 413 ? BackendError::Kind::InvalidInput
                                                   : BackendError::Kind::Internal);
    error.userMessage = e.value(key::message).toString();
    if (error.userMessage.isEmpty())
        error.userMessage = wireTr("The booking server answered with HTTP status %1.").arg(httpStatus);
    error.field = e.value(key::field).toString();
    error.reason = e.value(key::reason).toString();
    error.detail = QStringLiteral("HTTP %1").arg(httpStatus);
    return error;
}

QJsonObject toJson(const AuditReport &r) {
    QJsonArray issues;
    for (const auto &i : r.issues)
        issues.append(
            QJsonObject{{key::roomTypeId, i.roomTypeId}, {key::date, iso(i.date)}, {key::problem, i.problem}});
    return {{key::checked, r.roomTypeNightsChecked}, {key::issues, issues}};
}

} // namespace hotel::json
