#pragma once

#include "client/Backend.h"
#include "ui/common/PortalPage.h"
#include "ui/common/RequestTracker.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hotel {

class BookingListModel;

// Asks the clerk for a room of the booking's type that is free and not under maintenance, by floor; shared by the
// bookings and front desk views.
std::optional<RoomId> chooseRoom(QWidget *parent, const Booking &booking, const QList<Room> &rooms);

// Bookings of the current hotel: filters, details, and modify / cancel / check in / check out.
class BookingsView final : public PortalPage {
    Q_OBJECT
public:
    explicit BookingsView(Backend *backend, QWidget *parent = nullptr);
    QWidget *defaultFocusWidget() const override;
    QList<QAction *> pageActions() const override;
    QString menuTitle() const override;
    void setOnScreen(bool onScreen) override;
    BookingListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QAction *findAction() const { return m_find; }
    QTableView *table() const { return m_table; }
    const Booking *selectedBooking() const;
    // What cancelling now means for the guest by the hotel's policy: the refund and its deadline, or the penalty.
    static QString cancellationText(const Hotel &hotel, const Booking &booking, const QDateTime &nowUtc);

public Q_SLOTS:
    void setHotel(hotel::HotelId hotelId) override;
    QDate filterFrom() const;
    QDate filterTo() const;
    void reload() override;
    void modifySelected();
    void cancelSelected();
    void checkInSelected();
    void checkOutSelected();
    void findGuest(); // brings the page forward with the keyboard in the guest search

Q_SIGNALS:
    void loaded(); // a reload's answer arrived (tests wait for it)

private:
    void createActions();
    void updateDetails();
    void modifyWith(const Booking &booking, const QList<RoomType> &types, const Hotel &hotel);
    void cancelWith(const Booking &booking, const Hotel &hotel);
    void report(const BackendError &error);
    Backend *m_backend;
    HotelId m_hotelId = 0;
    RequestTracker m_requests;
    RequestTracker m_hotelRequests; // the hotel, for its own today
    bool m_datesChosen = false;     // the clerk set the filter's dates: the hotel's today no longer moves them
    BookingListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_status;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QLabel *m_details;
    QLabel *m_feedback;
    QPushButton *m_modify;
    QPushButton *m_cancel;
    QPushButton *m_checkIn;
    QPushButton *m_checkOut;
    QAction *m_find = nullptr;
    QAction *m_modifyAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_checkInAction = nullptr;
    QAction *m_checkOutAction = nullptr;
    bool m_onScreen = false;
};

} // namespace hotel
