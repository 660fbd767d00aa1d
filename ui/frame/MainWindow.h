#pragma once

#include "domain/Domain.h"
#include "ui/connection/ConnectionSettings.h"
#include "ui/frame/Theme.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace hotel {

class AvailabilityPage;
class ConnectionBanner;
class ConnectionController;
class CredentialStore;
class PortalPage;

// The portal's frame: the menus and the toolbar, the pages as tabs (availability first), the connection
// banner above them and the status bar below. What the pages do is theirs; the connection's lifecycle is the
// ConnectionController's. The frame only wires them together and opens the connection dialog when asked.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(BackendFactory factory, CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    // See ConnectionController::connectTo and ::useBackend.
    void connectTo(const ConnectionSettings &settings, bool lookUpSecrets = true);
    void useBackend(Backend *backend, const ConnectionSettings &settings);

    Backend *backend() const;
    std::optional<Session> session() const;
    ConnectionController *connection() const { return m_connection; }
    AvailabilityPage *availability() const { return m_availability; }
    ConnectionBanner *banner() const { return m_banner; }
    QTabWidget *tabs() const { return m_tabs; }
    // View › Theme: System, Light or Dark, applied at once and kept for the next start.
    QAction *themeAction(Theme theme) const;

public Q_SLOTS:
    void showConnectionDialog(const QString &message = {});
    void showAbout();
    void showShortcuts(); // Help › Keyboard shortcuts: every command of the menus with its keys

Q_SIGNALS:
    void signedIn(const hotel::Session &session);
    void actionFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void rebuildPageMenus();
    void connectController();
    void connectAvailability();
    void createTabs();
    void addPage(PortalPage *page, const QString &title);
    void onBackendChanged();
    void onSignedIn(const Session &session);
    void onPageChanged(int index);
    void updateActions();
    void updateStatus();
    void reportFailure(const QString &what, const BackendError &error);

    ConnectionController *m_connection = nullptr;
    AvailabilityPage *m_availability = nullptr;
    ConnectionBanner *m_banner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QAction *m_connect = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_about = nullptr;
    QAction *m_shortcuts = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_themeActions; // System, Light, Dark
    QList<QMenu *> m_pageMenus;

    QList<PortalPage *> m_pages; // the tabs that are pages (not placeholders), in tab order
};

} // namespace hotel
