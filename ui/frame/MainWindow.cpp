#include "ui/frame/MainWindow.h"

#include "ui/availability/AvailabilityGridView.h"
#include "ui/availability/AvailabilityPage.h"
#include "ui/bookings/BookingsView.h"
#include "ui/common/Presentation.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/ConnectionController.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/frontdesk/FrontDeskView.h"
#include "ui/prices/PricesView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace hotel {

MainWindow::MainWindow(BackendFactory factory, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(new ConnectionController(std::move(factory), credentials, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hotel Portal"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hotel-portal.svg")));
    createActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ConnectionBanner(central);
    layout->addWidget(m_banner);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_availability = new AvailabilityPage(m_tabs);
    addPage(m_availability, tr("&Availability"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    createMenus();
    rebuildPageMenus();

    m_connectionLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connectController();
    connectAvailability();
    createTabs();
    updateActions();
    updateStatus();
    // A first start gets most of the screen: the grid is the point of the window.
    QSize size(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 50);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.expandedTo(screen->availableGeometry().size() * 0.85).boundedTo(screen->availableGeometry().size());
    resize(size);
}

MainWindow::~MainWindow() {
    // The backend goes first, while the views that asked it things still exist: its unfinished requests are
    // cancelled and their continuations meet live receivers (Qt 6.4 asserts on a destroyed then() context).
    m_connection->closeBackend();
}

void MainWindow::connectTo(const ConnectionSettings &settings, bool lookUpSecrets) {
    m_connection->connectTo(settings, lookUpSecrets);
}

void MainWindow::useBackend(Backend *backend, const ConnectionSettings &settings) {
    m_connection->useBackend(backend, settings);
}

Backend *MainWindow::backend() const {
    return m_connection->backend();
}

std::optional<Session> MainWindow::session() const {
    return m_connection->session();
}

void MainWindow::createActions() {
    m_connect = new QAction(themedIcon("network-connect", QStyle::SP_DriveNetIcon), tr("&Connect…"), this);
    m_connect->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_connect->setStatusTip(tr("Switch between the offline demo, a PostgreSQL database and a booking server"));
    connect(m_connect, &QAction::triggered, this, [this] { showConnectionDialog(); });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_refresh = new QAction(themedIcon("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Load the availability again"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        // Refresh what is on screen; a placeholder tab (not signed in) has nothing of its own to reload.
        if (auto *page = qobject_cast<PortalPage *>(m_tabs->currentWidget()))
            page->reload();
        else
            m_availability->reload();
    });

    m_shortcuts = new QAction(tr("&Keyboard shortcuts"), this);
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_about = new QAction(tr("&About Hotel Portal"), this);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connect);
    file->addSeparator();
    file->addAction(m_quit);
    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The availability page is there for the window's whole life: its commands are on the toolbar too.
    for (QAction *action : m_availability->pageActions())
        if (!action->isSeparator())
            toolbar->addAction(action);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addAction(m_availability->todayAction());
    m_viewMenu->addSeparator();
    QMenu *theme = m_viewMenu->addMenu(tr("T&heme"));
    auto *themes = new QActionGroup(this);
    themes->setExclusive(true);
    const std::pair<Theme, QString> choices[] = {
        {Theme::System, tr("&System colours")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto &[which, text] : choices) {
        QAction *action = theme->addAction(text);
        action->setCheckable(true);
        action->setChecked(which == currentTheme());
        action->setData(themeKey(which));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [which] {
            applyTheme(which);
            saveTheme(which);
        });
        m_themeActions << action;
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
}

void MainWindow::rebuildPageMenus() {
    // Pages come and go with the connection, so their menus (between File and View) are made again each time.
    for (QMenu *menu : std::as_const(m_pageMenus)) {
        menuBar()->removeAction(menu->menuAction());
        delete menu;
    }
    m_pageMenus.clear();
    for (PortalPage *page : std::as_const(m_pages)) {
        const QList<QAction *> actions = page->pageActions();
        if (actions.isEmpty())
            continue;
        auto *menu = new QMenu(page->menuTitle(), menuBar());
        menu->addActions(actions);
        menuBar()->insertMenu(m_viewMenu->menuAction(), menu);
        m_pageMenus.append(menu);
    }
}

void MainWindow::connectController() {
    ConnectionController *c = m_connection;
    connect(c, &ConnectionController::backendChanged, this, &MainWindow::onBackendChanged);
    connect(c, &ConnectionController::signedIn, this, &MainWindow::onSignedIn);
    connect(c, &ConnectionController::notice, m_availability, &AvailabilityPage::showEmptyState);
    connect(c, &ConnectionController::credentialsNeeded, this, [this](const QString &m) { showConnectionDialog(m); });
    connect(c, &ConnectionController::bannerShown, m_banner, &ConnectionBanner::showMessage);
    connect(c, &ConnectionController::bannerDetailsChanged, m_banner, &ConnectionBanner::setDetails);
    connect(c, &ConnectionController::bannerHidden, m_banner, &QWidget::hide);
    connect(c, &ConnectionController::reloadNeeded, m_availability, &AvailabilityPage::reload);
    connect(c, &ConnectionController::busyChanged, m_progress, &QWidget::setVisible);
    connect(c, &ConnectionController::statusMessage, this, [this](const QString &text, int timeoutMs) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text, timeoutMs);
    });
    connect(m_banner, &ConnectionBanner::retryRequested, c, &ConnectionController::retry);
    connect(m_banner, &ConnectionBanner::dismissed, c, &ConnectionController::dismissBanner);
}

void MainWindow::connectAvailability() {
    connect(m_availability, &AvailabilityPage::currentHotelChanged, this, [this](HotelId hotelId) {
        for (PortalPage *page : std::as_const(m_pages))
            if (page != m_availability)
                page->setHotel(hotelId);
    });
    connect(m_availability, &AvailabilityPage::failed, this, &MainWindow::reportFailure);
    connect(m_availability, &AvailabilityPage::busyChanged, this, [this](bool busy, const QString &what) {
        m_progress->setVisible(busy);
        if (!what.isEmpty())
            m_progress->setToolTip(what);
    });
    // With the prices page there, "Set price" opens it on the selected nights instead of a small dialog.
    m_availability->setPriceEditor([this](const GridSelection &selection) {
        for (PortalPage *page : std::as_const(m_pages)) {
            if (auto *prices = qobject_cast<PricesView *>(page)) {
                m_tabs->setCurrentWidget(prices);
                prices->showRange(selection.roomTypeId, selection.from, selection.to.addDays(-1));
                return true;
            }
        }
        return false;
    });
}

void MainWindow::createTabs() {
    // The hosted views take the backend at construction, so they are created again for each connection.
    while (m_tabs->count() > 1) {
        QWidget *page = m_tabs->widget(1);
        m_tabs->removeTab(1);
        page->deleteLater();
    }
    m_pages = {m_availability};
    // The portal's pages after the availability grid, in tab order: the one place a page is added.
    using Create = PortalPage *(*)(Backend *, QWidget *);
    const struct {
        QString title;
        QString placeholder; // while not signed in
        Create create;
    } hosted[] = {
        {tr("&Bookings"), tr("Connect and sign in to see bookings."),
         [](Backend *b, QWidget *p) -> PortalPage * { return new BookingsView(b, p); }},
        {tr("F&ront desk"), tr("Connect and sign in to see arrivals and departures."),
         [](Backend *b, QWidget *p) -> PortalPage * { return new FrontDeskView(b, p); }},
        {tr("&Prices"), tr("Connect and sign in to see prices."),
         [](Backend *b, QWidget *p) -> PortalPage * { return new PricesView(b, p); }},
    };
    for (const auto &entry : hosted) {
        if (m_connection->isSignedIn()) {
            addPage(entry.create(m_connection->backend(), m_tabs), entry.title);
            continue;
        }
        auto *label = new QLabel(entry.placeholder, m_tabs);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        m_tabs->addTab(label, entry.title);
    }
    if (m_viewMenu)
        rebuildPageMenus();
    for (PortalPage *page : std::as_const(m_pages))
        page->setOnScreen(page == m_tabs->currentWidget());
}

void MainWindow::addPage(PortalPage *page, const QString &title) {
    if (!m_pages.contains(page))
        m_pages.append(page);
    connect(page, &PortalPage::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(page, &PortalPage::raiseRequested, this, [this, page] { m_tabs->setCurrentWidget(page); });
    m_tabs->addTab(page, title);
}

void MainWindow::onPageChanged(int index) {
    QWidget *current = m_tabs->widget(index);
    for (PortalPage *page : std::as_const(m_pages))
        page->setOnScreen(page == current);
    // Mnemonics and Ctrl+Tab bring a page forward: the keyboard goes with it, unless the clerk is walking the
    // tab bar itself.
    if (auto *page = qobject_cast<PortalPage *>(current); page && !m_tabs->tabBar()->hasFocus())
        if (QWidget *focus = page->defaultFocusWidget())
            focus->setFocus(Qt::OtherFocusReason);
    updateActions();
}

void MainWindow::onBackendChanged() {
    m_availability->setBackend(m_connection->backend());
    createTabs();
    updateActions();
    updateStatus();
}

void MainWindow::onSignedIn(const Session &session) {
    createTabs();
    updateActions();
    updateStatus();
    statusBar()->showMessage(
        tr("Signed in as %1").arg(session.user.name.isEmpty() ? session.user.email : session.user.name), 5000);
    Q_EMIT signedIn(session);
    m_availability->setSession(session);
}

void MainWindow::updateActions() {
    m_refresh->setEnabled(m_connection->isSignedIn());
}

void MainWindow::updateStatus() {
    m_connectionLabel->setText(m_connection->describe());
    if (const auto session = m_connection->session()) {
        const User &user = session->user;
        m_userLabel->setText(tr("%1 (%2)").arg(user.name.isEmpty() ? user.email : user.name, roleTitle(user.role)));
    } else {
        m_userLabel->setText(tr("Not signed in"));
    }
    setWindowTitle(backend() ? tr("Hotel Portal – %1").arg(m_connection->describe()) : tr("Hotel Portal"));
}

void MainWindow::reportFailure(const QString &what, const BackendError &error) {
    const QString message = m_connection->reportFailure(what, error);
    statusBar()->showMessage(message, 10000);
    Q_EMIT actionFailed(message);
}

void MainWindow::showConnectionDialog(const QString &message) {
    if (findChild<ConnectionDialog *>())
        return; // one is open already
    statusBar()->clearMessage();
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_connection->settings());
    dialog->setMessage(message);
    // What the clerk typed is used as typed: an empty database password means "none", not "ask the keychain".
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_connection->connectTo(dialog->settings(), false); });
    dialog->open();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Hotel Portal"),
                       tr("<h3>Hotel Portal %1</h3><p>Availability, bookings, front desk and prices for hotel "
                          "staff.</p><p>Connected to: %2</p><p>Built with Qt %3.</p>")
                           .arg(QApplication::applicationVersion(),
                                (backend() ? m_connection->describe() : tr("nothing")).toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::showShortcuts() {
    // Read from the menus themselves, so the list cannot drift from what the keys do.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(0, 3, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Menu"), tr("Command"), tr("Keys")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu || !menuAction->isVisible())
            continue;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->shortcuts().isEmpty())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            const int row = table->rowCount();
            table->insertRow(row);
            const QStringList cells{QString(menu->title()).remove(QLatin1Char('&')),
                                    QString(action->text()).remove(QLatin1Char('&')), keys.join(tr(", "))};
            for (int c = 0; c < cells.size(); ++c)
                table->setItem(row, c, new QTableWidgetItem(cells[c]));
        }
    }
    table->resizeColumnsToContents();
    layout->addWidget(table, 1);
    auto *lists = new QLabel(tr("In a list, Enter does the list's main command: an arrival is checked in, a guest "
                                "in house checked out, a booking opened to change it. Alt and the underlined "
                                "letter reach a field or a button; Ctrl+Tab goes to the next tab."),
                             dialog);
    lists->setWordWrap(true);
    layout->addWidget(lists);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
    dialog->open();
}

QAction *MainWindow::themeAction(Theme theme) const {
    for (QAction *action : m_themeActions)
        if (action->data().toString() == themeKey(theme))
            return action;
    return nullptr;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace hotel
