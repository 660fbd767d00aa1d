#pragma once

#include "domain/Domain.h"

#include <QWidget>

class QAction;

namespace hotel {

// A tab of the portal's window. The frame knows its pages only through this: it tells each the hotel chosen,
// asks the current one to reload (View › Refresh), puts a page's actions in the menu bar and the toolbar, and
// shows what a page says in the status bar.
class PortalPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The hotel the clerk works on changed (or was chosen for the first time).
    virtual void setHotel(hotel::HotelId hotelId) = 0;
    // Loads what is on screen again.
    virtual void reload() = 0;
    // The page's own commands for a menu of the frame (named menuTitle()) and the toolbar; separators allowed.
    virtual QList<QAction *> pageActions() const { return {}; }
    virtual QString menuTitle() const { return {}; }
    // Where the keyboard goes when the page is brought forward.
    virtual QWidget *defaultFocusWidget() const { return nullptr; }
    // The page is (or stops being) the tab on screen; a page whose commands act on its selection turns them off.
    virtual void setOnScreen(bool onScreen) { Q_UNUSED(onScreen); }

Q_SIGNALS:
    // Something for the status bar (and the page's own feedback line).
    void message(const QString &text, int timeoutMs = 10000);
    // One of the page's commands was given from another tab (a shortcut): the frame brings the page forward.
    void raiseRequested();
};

} // namespace hotel
