#pragma once

#include "domain/Domain.h"

#include <QIcon>
#include <QStyle>

namespace hotel {

// How the portal names a role to the clerk ("Front desk"), in the status bar and in tooltips.
QString roleTitle(Role role);
// The desktop theme's icon, or Qt's own where the theme has none (a bare X11 session, Windows).
QIcon themedIcon(const char *name, QStyle::StandardPixmap fallback);

} // namespace hotel
