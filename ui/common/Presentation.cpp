#include "ui/common/Presentation.h"

#include <QApplication>

namespace hotel {

QString roleTitle(Role role) {
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("hotel::Roles", "Administrator");
    case Role::Revenue:
        return QCoreApplication::translate("hotel::Roles", "Revenue manager");
    case Role::FrontDesk:
        return QCoreApplication::translate("hotel::Roles", "Front desk");
    case Role::Guest:
        return QCoreApplication::translate("hotel::Roles", "Guest");
    }
    return {};
}

QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

} // namespace hotel
