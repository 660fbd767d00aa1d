#pragma once

#include "domain/Domain.h"
#include "domain/Result.h"
#include "ui/common/PortalPage.h"
#include "ui/common/RequestTracker.h"

#include <QPointer>
#include <functional>

class QAction;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QTimer;

namespace hotel {

class AvailabilityGridView;
class Backend;
class HotelListModel;
class InventoryGridModel;
struct GridSelection;

// The first tab: the hotel picker, the start date and a year of availability, with the commands that act on
// the selected nights (book, block, unblock, set the price). It also loads the signed-in clerk's hotels, and
// says in place of the grid why there is nothing to show.
class AvailabilityPage final : public PortalPage {
    Q_OBJECT
public:
    explicit AvailabilityPage(QWidget *parent = nullptr);

    // A new connection: whatever was shown or asked for belongs to the previous one.
    void setBackend(Backend *backend);
    // Signed in on the current backend: staff get their hotels loaded.
    void setSession(const Session &session);

    void setHotel(hotel::HotelId hotelId) override;
    void reload() override; // the hotel list, then the grid
    QList<QAction *> pageActions() const override;
    QString menuTitle() const override;
    QWidget *defaultFocusWidget() const override;
    void setOnScreen(bool onScreen) override;

    // Where "Set price" goes when another page edits prices; returns false to fall back to a small dialog.
    void setPriceEditor(std::function<bool(const GridSelection &)> editor) { m_priceEditor = std::move(editor); }

    AvailabilityGridView *grid() const { return m_grid; }
    InventoryGridModel *gridModel() const { return m_gridModel; }
    HotelListModel *hotelModel() const { return m_hotels; }
    HotelId currentHotelId() const;
    bool isGridLoading() const { return m_gridRequests.isJobRunning(); }
    QString emptyStateText() const; // what the page says when it has nothing to show

    QAction *newBookingAction() const { return m_newBooking; }
    QAction *blockRoomsAction() const { return m_blockRooms; }
    QAction *unblockRoomsAction() const { return m_unblockRooms; }
    QAction *setPriceAction() const { return m_setPrice; }
    QAction *todayAction() const { return m_today; }

public Q_SLOTS:
    void setCurrentHotel(hotel::HotelId hotelId);
    void setGridStart(QDate start);
    void loadHotels();
    void reloadGrid();
    void newBooking();
    void blockRooms();
    void unblockRooms();
    void setPrice();
    void showEmptyState(const QString &text);

Q_SIGNALS:
    void currentHotelChanged(hotel::HotelId hotelId);
    void gridLoaded();
    // A request was refused or could not be sent; the frame reports it (status bar, connection banner).
    void failed(const QString &what, const hotel::BackendError &error);
    void busyChanged(bool busy, const QString &what);

private:
    void createActions();
    QHBoxLayout *createBar();
    QHBoxLayout *createLegend();
    void updateActions();
    void blockOrUnblock(bool block);
    void refuse(const QString &title, const QString &what, const BackendError &error);
    QDate hotelToday(HotelId hotelId) const;
    // The answer to `request` is the newest one and no refusal (`error` null); a refusal is reported, and said in
    // place of the grid (`emptyText` with the reason for %1) when nothing is shown.
    bool isUsable(RequestTracker &requests, quint64 request, const BackendError *error, const QString &what,
                  const QString &emptyText, bool nothingShown);

    QPointer<Backend> m_backend;
    std::optional<Session> m_session;

    HotelListModel *m_hotels = nullptr;
    InventoryGridModel *m_gridModel = nullptr;
    AvailabilityGridView *m_grid = nullptr;
    QStackedWidget *m_gridStack = nullptr;
    QLabel *m_emptyState = nullptr;
    QComboBox *m_hotelPicker = nullptr;
    QDateEdit *m_startDate = nullptr;
    QTimer *m_reloadTimer = nullptr;
    std::function<bool(const GridSelection &)> m_priceEditor;
    bool m_onScreen = true;

    QAction *m_today = nullptr;
    QAction *m_newBooking = nullptr;
    QAction *m_separator = nullptr; // menus and the context menu set booking apart from the inventory commands
    QAction *m_blockRooms = nullptr;
    QAction *m_unblockRooms = nullptr;
    QAction *m_setPrice = nullptr;

    RequestTracker m_hotelRequests;
    RequestTracker m_gridRequests;
};

} // namespace hotel
