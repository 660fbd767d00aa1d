#pragma once

#include "domain/Domain.h"
#include "ui/connection/ConnectionSettings.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace hotel {

class AvailabilityGridView;
class ConnectionBanner;
class CredentialStore;
class HotelListModel;
class InventoryGridModel;
struct GridSelection;

// The portal's frame: connection and sign-in, the hotel picker, the availability grid and the views hosted as
// tabs, the connection banner and the status bar. Every backend call is asynchronous; answers are numbered and
// stale ones dropped.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(BackendFactory factory, CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Connects as the settings say; a missing password is read from the keychain first, and if that fails the
    // connection dialog asks for it.
    void connectTo(const ConnectionSettings &settings, bool lookUpSecrets = true);
    // Uses an existing backend (the window takes ownership); signs in with the settings' e-mail and password
    // unless the backend already has a session.
    void useBackend(Backend *backend, const ConnectionSettings &settings);

    Backend *backend() const { return m_backend; }
    std::optional<Session> session() const { return m_session; }
    AvailabilityGridView *grid() const { return m_grid; }
    InventoryGridModel *gridModel() const { return m_gridModel; }
    HotelListModel *hotelModel() const { return m_hotels; }
    ConnectionBanner *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    HotelId currentHotelId() const;
    bool isGridLoading() const { return m_gridLoading; }
    QString emptyStateText() const; // what the grid page says when it has nothing to show

    QAction *newBookingAction() const { return m_newBooking; }
    QAction *blockRoomsAction() const { return m_blockRooms; }
    QAction *unblockRoomsAction() const { return m_unblockRooms; }
    QAction *setPriceAction() const { return m_setPrice; }

public Q_SLOTS:
    void setCurrentHotel(hotel::HotelId hotelId);
    void setGridStart(QDate start);
    void reloadGrid();
    void newBooking();
    void blockRooms();
    void unblockRooms();
    void setPrice();
    void showConnectionDialog(const QString &message = {});
    void showAbout();

Q_SIGNALS:
    void signedIn(const hotel::Session &session);
    void gridLoaded();
    void actionFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createGridPage();
    void createTabs();
    void onSignedIn(const Session &session, const ConnectionSettings &settings);
    void loadHotels();
    void updateActions();
    void updateStatus();
    void showEmptyState(const QString &text);
    void reportFailure(const QString &what, const BackendError &error);
    void onConnectionState(int state, const QString &message);
    void blockOrUnblock(bool block);
    void scheduleRetry();
    QDate hotelToday(HotelId hotelId) const;

    BackendFactory m_factory;
    CredentialStore *m_credentials;
    QPointer<Backend> m_backend;
    std::optional<Session> m_session;
    ConnectionSettings m_settings;

    HotelListModel *m_hotels = nullptr;
    InventoryGridModel *m_gridModel = nullptr;
    AvailabilityGridView *m_grid = nullptr;
    ConnectionBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_gridStack = nullptr;
    QLabel *m_emptyState = nullptr;
    QComboBox *m_hotelPicker = nullptr;
    QDateEdit *m_startDate = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_retryTimer = nullptr;      // while disconnected: try again with back-off
    QTimer *m_bannerHideTimer = nullptr; // "Connection restored." goes away on its own
    int m_retryDelayMs = 0;
    QList<std::function<void(HotelId)>> m_viewHotelSetters; // the hosted views' setHotel
    QWidget *m_pricesView = nullptr;

    QAction *m_connect = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_today = nullptr;
    QAction *m_newBooking = nullptr;
    QAction *m_blockRooms = nullptr;
    QAction *m_unblockRooms = nullptr;
    QAction *m_setPrice = nullptr;
    QAction *m_about = nullptr;

    quint64 m_connectRequest = 0;
    quint64 m_hotelsRequest = 0;
    quint64 m_gridRequest = 0;
    bool m_gridLoading = false;
};

} // namespace hotel
