#pragma once

#include "client/Backend.h"
#include "ui/common/PortalPage.h"
#include "ui/common/RequestTracker.h"

#include <QHash>
#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QTableView;
class QTableWidget;

namespace hotel {

class BookingListModel;

// Today at the desk: arrivals, guests in house, departures, and the room rack by floor.
class FrontDeskView final : public PortalPage {
    Q_OBJECT
public:
    explicit FrontDeskView(Backend *backend, QWidget *parent = nullptr);
    QWidget *defaultFocusWidget() const override;
    QList<QAction *> pageActions() const override;
    QString menuTitle() const override;
    void setOnScreen(bool onScreen) override;
    BookingListModel *arrivals() const { return m_arrivals; }
    BookingListModel *inHouse() const { return m_inHouse; }
    BookingListModel *departures() const { return m_departures; }
    QTableView *arrivalsTable() const { return m_arrivalsTable; }
    QTableView *inHouseTable() const { return m_inHouseTable; }
    QTableView *departuresTable() const { return m_departuresTable; }
    QTableWidget *roomRack() const { return m_rack; }
    const QList<Room> &rooms() const { return m_rooms; }
    QDate today() const { return m_today; }

public Q_SLOTS:
    void setHotel(hotel::HotelId hotelId) override;
    void reload() override;
    void checkInSelectedArrival();
    void checkOutSelectedGuest();
    void toggleMaintenance();

Q_SIGNALS:
    void loaded();

private:
    void fillRack();
    void checkOut(const Booking &booking);
    Backend *m_backend;
    HotelId m_hotelId = 0;
    QDate m_today;
    RequestTracker m_requests;
    int m_pending = 0;
    QList<Room> m_rooms;
    QHash<RoomTypeId, QString> m_typeNames;
    BookingListModel *m_arrivals;
    BookingListModel *m_inHouse;
    BookingListModel *m_departures;
    QTableView *m_arrivalsTable;
    QTableView *m_inHouseTable;
    QTableView *m_departuresTable;
    QTableWidget *m_rack;
    QGroupBox *m_arrivalsBox = nullptr;
    QGroupBox *m_inHouseBox = nullptr;
    QGroupBox *m_departuresBox = nullptr;
    QLabel *m_title;
    QLabel *m_feedback;
    QAction *m_checkInAction = nullptr;
    QAction *m_checkOutAction = nullptr;
    QAction *m_maintenanceAction = nullptr;
};

} // namespace hotel
