#include "ui/frame/Theme.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>
#include <memory>

namespace hotel {

namespace {

struct SystemLook {
    QString style;
    QPalette palette;
};

SystemLook &systemLook() {
    static SystemLook look{QApplication::style() ? QApplication::style()->name() : QString(), QApplication::palette()};
    return look;
}

Theme &themeInUse() {
    static Theme theme = Theme::System;
    return theme;
}

const QString themeSetting = QStringLiteral("view/theme");

} // namespace

QString themeKey(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromKey(QStringView key) {
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark})
        if (key == themeKey(t))
            return t;
    return std::nullopt;
}

QPalette lightPalette() {
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette(QColor(239, 239, 239));
}

QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 58));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::BrightText, QColor(255, 110, 110));
    dark.setColor(QPalette::Light, QColor(80, 80, 84));
    dark.setColor(QPalette::Midlight, QColor(66, 66, 70));
    dark.setColor(QPalette::Mid, QColor(40, 40, 42));
    dark.setColor(QPalette::Dark, QColor(25, 25, 27));
    dark.setColor(QPalette::Shadow, QColor(10, 10, 10));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(110, 170, 255));
    dark.setColor(QPalette::LinkVisited, QColor(180, 140, 255));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 60));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(120, 120, 120));
    dark.setColor(QPalette::Disabled, QPalette::Base, QColor(40, 40, 42));
    dark.setColor(QPalette::Disabled, QPalette::Button, QColor(48, 48, 50));
    return dark;
}

void applyTheme(Theme theme) {
    const SystemLook &system = systemLook(); // taken before the first change
    themeInUse() = theme;
    if (theme == Theme::System) {
        if (QStyle *style = QStyleFactory::create(system.style))
            QApplication::setStyle(style);
        QApplication::setPalette(system.palette);
        return;
    }
    // Fusion draws from the palette alone, so a dark palette reads dark in every control (native styles may not).
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

Theme currentTheme() {
    return themeInUse();
}

Theme savedTheme() {
    return themeFromKey(QSettings().value(themeSetting).toString()).value_or(Theme::System);
}

void saveTheme(Theme theme) {
    QSettings().setValue(themeSetting, themeKey(theme));
}

QRect clampToScreen(const QRect &frame, const QRect &available) {
    if (!available.isValid())
        return frame;
    QRect r(frame.topLeft(), frame.size().boundedTo(available.size()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

bool restoreGeometryOnScreen(QWidget *window, const QByteArray &geometry) {
    const bool restored = !geometry.isEmpty() && window->restoreGeometry(geometry);
    if (window->isMaximized() || window->isFullScreen())
        return restored;
    QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return restored;
    // The frame (title bar and borders) must fit as well as the contents.
    const QRect frame = window->frameGeometry();
    const QRect available = screen->availableGeometry();
    const QMargins margins(window->geometry().left() - frame.left(), window->geometry().top() - frame.top(),
                           frame.right() - window->geometry().right(), frame.bottom() - window->geometry().bottom());
    const QRect fitted = clampToScreen(frame, available);
    if (fitted != frame) {
        const QRect inner = fitted.marginsRemoved(margins);
        window->resize(inner.size().expandedTo(window->minimumSize()));
        window->move(fitted.topLeft());
    }
    return restored;
}

} // namespace hotel
