#pragma once

#include <QPalette>
#include <QRect>
#include <QString>
#include <optional>

class QScreen;
class QWidget;

namespace hotel {

// The portal's look: the desktop's own style and colours, or Fusion with a light or a dark palette (a front desk
// in a dim lobby at night asks for dark whatever the desktop says).
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // "system", "light", "dark": the spelling kept in QSettings
std::optional<Theme> themeFromKey(QStringView key);
QPalette lightPalette();
QPalette darkPalette();
// Applies at once to every open window. The first call remembers the style and palette the application started
// with, so that System brings them back.
void applyTheme(Theme theme);
Theme currentTheme();
// QSettings "view/theme"; System when unset or unknown.
Theme savedTheme();
void saveTheme(Theme theme);

// `frame` moved and shrunk so that it lies within `available` (a screen's available geometry): a window saved on
// a larger screen, or at a smaller scale, must open whole, with its buttons and status bar on screen.
QRect clampToScreen(const QRect &frame, const QRect &available);
// Restores a saved geometry, then clamps the window to the screen it opens on.
bool restoreGeometryOnScreen(QWidget *window, const QByteArray &geometry);

} // namespace hotel
