#include "domain/ChangeNotice.h"

#include <QStringList>

namespace hotel {

QString encodeChangeNotice(const ChangeNotice &notice) {
    QString payload = QString::number(notice.hotelId);
    if (!notice.wholeHotel())
        payload +=
            QLatin1Char(':') + notice.from.toString(Qt::ISODate) + QLatin1Char(':') + notice.to.toString(Qt::ISODate);
    return payload;
}

std::optional<ChangeNotice> decodeChangeNotice(const QString &payload) {
    const QStringList parts = payload.split(QLatin1Char(':'));
    bool ok = false;
    ChangeNotice notice;
    notice.hotelId = parts.value(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    if (parts.size() == 3) {
        notice.from = QDate::fromString(parts[1], Qt::ISODate);
        notice.to = QDate::fromString(parts[2], Qt::ISODate);
    }
    return notice;
}

} // namespace hotel
