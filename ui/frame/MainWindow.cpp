#include "ui/frame/MainWindow.h"

#include "model/HotelListModel.h"
#include "model/InventoryGridModel.h"
#include "ui/availability/AvailabilityGridView.h"
#include "ui/availability/GridActionDialogs.h"
#include "ui/bookings/BookingsView.h"
#include "ui/bookings/NewBookingDialog.h"
#include "ui/common/Async.h"
#include "ui/connection/ConnectionBanner.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/connection/CredentialStore.h"
#include "ui/frontdesk/FrontDeskView.h"
#include "ui/prices/PricesView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPortal, "hotel.portal")

namespace hotel {

namespace {

constexpr int gridDays = 365;

QString roleTitle(Role role) {
    switch (role) {
    case Role::Admin:
        return MainWindow::tr("Administrator");
    case Role::Revenue:
        return MainWindow::tr("Revenue manager");
    case Role::FrontDesk:
        return MainWindow::tr("Front desk");
    case Role::Guest:
        return MainWindow::tr("Guest");
    }
    return {};
}

QIcon themed(const char *name, QStyle::StandardPixmap fallback) {
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

QPixmap swatch(const QColor &colour, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(colour);
    return pixmap;
}

} // namespace

MainWindow::MainWindow(BackendFactory factory, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_factory(std::move(factory))
    , m_credentials(credentials) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Hotel Portal"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hotel-portal.svg")));
    m_hotels = new HotelListModel(this);
    m_gridModel = new InventoryGridModel(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150); // several changes in a burst cause one reload
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reloadGrid);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        // Any call reaches the database again; the backend reports Connected when it answers.
        if (m_backend && m_session)
            loadHotels();
    });
    m_bannerHideTimer = new QTimer(this);
    m_bannerHideTimer->setSingleShot(true);
    m_bannerHideTimer->setInterval(4000);

    createActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ConnectionBanner(central);
    connect(m_banner, &ConnectionBanner::retryRequested, this, [this] {
        if (!m_backend || !m_session) {
            connectTo(m_settings);
            return;
        }
        loadHotels();
    });
    layout->addWidget(m_banner);
    connect(m_bannerHideTimer, &QTimer::timeout, m_banner, &QWidget::hide);
    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createGridPage(), tr("&Availability"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    createMenus();

    m_connectionLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    createTabs();
    updateActions();
    updateStatus();
    showEmptyState(tr("Not connected. Choose File › Connect to open the offline demo, a database or a booking "
                      "server."));
    // A first start gets most of the screen: the grid is the point of the window.
    QSize size(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 50);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.expandedTo(screen->availableGeometry().size() * 0.85).boundedTo(screen->availableGeometry().size());
    resize(size);
}

MainWindow::~MainWindow() {
    // The backend goes first, while the views that asked it things still exist: its unfinished requests are
    // cancelled and their continuations meet live receivers (Qt 6.4 asserts on a destroyed then() context).
    delete m_backend.data();
}

void MainWindow::createActions() {
    m_connect = new QAction(themed("network-connect", QStyle::SP_DriveNetIcon), tr("&Connect…"), this);
    m_connect->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_connect->setStatusTip(tr("Switch between the offline demo, a PostgreSQL database and a booking server"));
    connect(m_connect, &QAction::triggered, this, [this] { showConnectionDialog(); });

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_refresh = new QAction(themed("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setStatusTip(tr("Load the availability again"));
    connect(m_refresh, &QAction::triggered, this, [this] {
        // Refresh what is on screen: the grid (and the hotel list), or the hosted view's own reload slot.
        QWidget *page = m_tabs->currentWidget();
        if (m_tabs->currentIndex() > 0 && page && page->metaObject()->indexOfSlot("reload()") >= 0)
            QMetaObject::invokeMethod(page, "reload");
        else
            loadHotels();
    });

    m_today = new QAction(themed("go-home", QStyle::SP_ArrowBack), tr("Go to &today"), this);
    m_today->setShortcut(QKeySequence(tr("Ctrl+Home")));
    connect(m_today, &QAction::triggered, this, [this] { setGridStart(hotelToday(currentHotelId())); });

    m_newBooking = new QAction(themed("document-new", QStyle::SP_FileIcon), tr("&New booking…"), this);
    m_newBooking->setShortcut(QKeySequence::New);
    m_newBooking->setStatusTip(tr("Book the selected nights of a room type"));
    connect(m_newBooking, &QAction::triggered, this, &MainWindow::newBooking);

    m_blockRooms = new QAction(themed("dialog-cancel", QStyle::SP_DialogNoButton), tr("&Block rooms…"), this);
    m_blockRooms->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_blockRooms->setStatusTip(tr("Take rooms of the selected type out of sale on the selected nights"));
    connect(m_blockRooms, &QAction::triggered, this, &MainWindow::blockRooms);

    m_unblockRooms = new QAction(themed("edit-undo", QStyle::SP_DialogYesButton), tr("&Unblock rooms…"), this);
    m_unblockRooms->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_unblockRooms->setStatusTip(tr("Put blocked rooms back on sale on the selected nights"));
    connect(m_unblockRooms, &QAction::triggered, this, &MainWindow::unblockRooms);

    m_setPrice =
        new QAction(themed("accessories-calculator", QStyle::SP_FileDialogDetailedView), tr("Set &price…"), this);
    m_setPrice->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_setPrice->setStatusTip(tr("Change the nightly price of the selected nights"));
    connect(m_setPrice, &QAction::triggered, this, &MainWindow::setPrice);

    m_about = new QAction(tr("&About Hotel Portal"), this);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_connect);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *grid = menuBar()->addMenu(tr("&Inventory"));
    grid->addAction(m_newBooking);
    grid->addSeparator();
    grid->addAction(m_blockRooms);
    grid->addAction(m_unblockRooms);
    grid->addAction(m_setPrice);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refresh);
    view->addAction(m_today);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newBooking);
    toolbar->addAction(m_blockRooms);
    toolbar->addAction(m_unblockRooms);
    toolbar->addAction(m_setPrice);
    toolbar->addSeparator();
    toolbar->addAction(m_refresh);
}

QWidget *MainWindow::createGridPage() {
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    auto *hotelLabel = new QLabel(tr("&Hotel:"), page);
    m_hotelPicker = new QComboBox(page);
    m_hotelPicker->setObjectName(QStringLiteral("hotelPicker"));
    m_hotelPicker->setModel(m_hotels);
    m_hotelPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hotelPicker->setMinimumContentsLength(24);
    hotelLabel->setBuddy(m_hotelPicker);
    connect(m_hotelPicker, &QComboBox::currentIndexChanged, this, [this](int) {
        const HotelId id = currentHotelId();
        for (const auto &setHotel : std::as_const(m_viewHotelSetters))
            setHotel(id);
        if (id != 0)
            setGridStart(hotelToday(id));
        updateActions();
    });
    auto *startLabel = new QLabel(tr("&From:"), page);
    m_startDate = new QDateEdit(page);
    m_startDate->setCalendarPopup(true);
    m_startDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_startDate->setDate(QDate::currentDate());
    startLabel->setBuddy(m_startDate);
    connect(m_startDate, &QDateEdit::dateChanged, this, [this] { reloadGrid(); });
    auto *todayButton = new QToolButton(page);
    todayButton->setDefaultAction(m_today);
    todayButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(hotelLabel);
    bar->addWidget(m_hotelPicker);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(startLabel);
    bar->addWidget(m_startDate);
    bar->addWidget(todayButton);
    bar->addStretch(1);

    layout->addLayout(bar);

    m_gridStack = new QStackedWidget(page);
    m_grid = new AvailabilityGridView(m_gridStack);
    m_grid->setGridModel(m_gridModel);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_grid->addAction(m_newBooking);
    auto *separator = new QAction(m_grid);
    separator->setSeparator(true);
    m_grid->addAction(separator);
    m_grid->addAction(m_blockRooms);
    m_grid->addAction(m_unblockRooms);
    m_grid->addAction(m_setPrice);
    connect(m_grid, &AvailabilityGridView::selectionRangeChanged, this, &MainWindow::updateActions);
    connect(m_grid, &AvailabilityGridView::activatedSelection, this, [this] {
        if (m_newBooking->isEnabled())
            newBooking();
    });
    m_emptyState = new QLabel(m_gridStack);
    m_emptyState->setObjectName(QStringLiteral("gridEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setMargin(fontMetrics().height() * 2);
    m_gridStack->addWidget(m_grid);
    m_gridStack->addWidget(m_emptyState);
    layout->addWidget(m_gridStack, 1);

    // Legend under the grid: what the colours and marks mean, so nobody has to guess. Kept on its own row so
    // the hotel picker above never gets squeezed at large scale factors.
    auto *legendBar = new QHBoxLayout;
    const int sw = fontMetrics().height() * 2 / 3;
    const struct {
        QColor colour;
        QString text;
    } legend[] = {{QColor(46, 160, 67), tr("Free")},
                  {QColor(241, 196, 15), tr("Filling up")},
                  {QColor(232, 126, 4), tr("Nearly full")},
                  {QColor(214, 69, 65), tr("Sold out")},
                  {palette().color(QPalette::Text), tr("Corner mark: rooms blocked")}};
    for (const auto &entry : legend) {
        auto *icon = new QLabel(page);
        icon->setPixmap(swatch(entry.colour, sw));
        legendBar->addWidget(icon);
        legendBar->addWidget(new QLabel(entry.text, page));
        legendBar->addSpacing(fontMetrics().averageCharWidth());
    }
    auto *cellHint = new QLabel(tr("Cells: rooms left/total and price"), page);
    legendBar->addWidget(cellHint);
    legendBar->addStretch(1);
    layout->addLayout(legendBar);

    auto *hint = new QLabel(tr("Select nights in a row with the mouse or Shift+arrow keys, then press Enter to book "
                               "or right-click for more."),
                            page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    return page;
}

void MainWindow::createTabs() {
    // The hosted views take the backend at construction, so they are created again for each connection.
    while (m_tabs->count() > 1) {
        QWidget *page = m_tabs->widget(1);
        m_tabs->removeTab(1);
        page->deleteLater();
    }
    m_viewHotelSetters.clear();
    m_pricesView = nullptr;
    auto placeholder = [this](const QString &text) {
        auto *label = new QLabel(text, m_tabs);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        return label;
    };
    const bool ready = m_backend && m_session;
    if (ready) {
        auto *view = new BookingsView(m_backend, m_tabs);
        m_viewHotelSetters.append([view](HotelId id) { view->setHotel(id); });
        connect(view, &BookingsView::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        m_tabs->addTab(view, tr("&Bookings"));
    } else
        m_tabs->addTab(placeholder(ready ? tr("The bookings view is not part of this build.")
                                         : tr("Connect and sign in to see bookings.")),
                       tr("&Bookings"));
    if (ready) {
        auto *view = new FrontDeskView(m_backend, m_tabs);
        m_viewHotelSetters.append([view](HotelId id) { view->setHotel(id); });
        connect(view, &FrontDeskView::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        m_tabs->addTab(view, tr("F&ront desk"));
    } else
        m_tabs->addTab(placeholder(ready ? tr("The front desk view is not part of this build.")
                                         : tr("Connect and sign in to see arrivals and departures.")),
                       tr("F&ront desk"));
    if (ready) {
        auto *view = new PricesView(m_backend, m_tabs);
        m_viewHotelSetters.append([view](HotelId id) { view->setHotel(id); });
        connect(view, &PricesView::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
        m_pricesView = view;
        m_tabs->addTab(view, tr("&Prices"));
    } else
        m_tabs->addTab(placeholder(ready ? tr("The prices view is not part of this build.")
                                         : tr("Connect and sign in to see prices.")),
                       tr("&Prices"));
}

HotelId MainWindow::currentHotelId() const {
    return m_hotelPicker->currentIndex() < 0 ? 0 : m_hotelPicker->currentData(HotelListModel::HotelIdRole).toLongLong();
}

QString MainWindow::emptyStateText() const {
    return m_gridStack->currentWidget() == m_emptyState ? m_emptyState->text() : QString();
}

QDate MainWindow::hotelToday(HotelId hotelId) const {
    // A hotel's today is its own time zone's date (DESIGN.md, pitfalls: dates).
    const Hotel *hotel = m_hotels->hotelById(hotelId);
    const QTimeZone zone(hotel ? hotel->timeZone : QByteArrayLiteral("UTC"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return zone.isValid() ? now.toTimeZone(zone).date() : now.toLocalTime().date();
}

void MainWindow::connectTo(const ConnectionSettings &requested, bool lookUpSecrets) {
    ConnectionSettings settings = requested;
    const quint64 request = ++m_connectRequest;
    m_settings = settings;
    const bool needsDbPassword = settings.kind == Backend::Kind::Postgres && settings.dbPassword.isEmpty();
    const bool needsSignIn = settings.kind != Backend::Kind::Demo && settings.password.isEmpty();
    if (lookUpSecrets && m_credentials && (needsDbPassword || needsSignIn)) {
        statusBar()->showMessage(tr("Reading the saved password from the system keychain…"));
        // One secret after the other (QtKeychain runs its jobs one at a time anyway). Whatever the keychain cannot
        // give is asked for in the connection dialog: never read from or written to a file instead.
        auto withSignInSecret = [this, request, settings, needsSignIn](const ConnectionSettings &withDb) mutable {
            settings = withDb;
            if (!needsSignIn) {
                connectTo(settings, false);
                return;
            }
            m_credentials->readSecret(settings.signInSecretKey())
                .then(qApp, guarded(this, [this, request, settings](const Result<QString> &secret) mutable {
                          if (request != m_connectRequest)
                              return;
                          if (!secret) {
                              m_settings = settings;
                              showConnectionDialog(secret.error().kind == BackendError::Kind::NotFound
                                                       ? tr("Sign in to %1.").arg(settings.describe())
                                                       : secret.error().userMessage);
                              return;
                          }
                          settings.password = secret.value();
                          connectTo(settings, false);
                      }));
        };
        if (needsDbPassword) {
            m_credentials->readSecret(settings.databaseSecretKey())
                .then(qApp,
                      guarded(this, [this, request, settings, withSignInSecret](const Result<QString> &secret) mutable {
                          if (request != m_connectRequest)
                              return;
                          // No stored database password is fine: many servers trust local or peer connections. If one
                          // is needed after all, the connection fails and the dialog asks for it.
                          if (secret)
                              settings.dbPassword = secret.value();
                          withSignInSecret(settings);
                      }));
        } else {
            withSignInSecret(settings);
        }
        return;
    }
    statusBar()->clearMessage();

    auto created = m_factory ? m_factory(settings, this)
                             : Result<Backend *>(BackendError::make(BackendError::Kind::Internal,
                                                                    tr("This build cannot open connections.")));
    if (!created) {
        qCWarning(lcPortal) << "cannot create backend:" << created.error().detail;
        m_settings = settings;
        m_banner->showMessage(ConnectionBanner::Severity::Error, created.error().userMessage, true);
        showConnectionDialog(created.error().userMessage);
        return;
    }
    useBackend(created.value(), settings);
}

void MainWindow::useBackend(Backend *backend, const ConnectionSettings &settings) {
    if (m_backend && m_backend != backend) {
        m_backend->disconnect(this);
        m_backend->deleteLater();
    }
    m_backend = backend;
    backend->setParent(this);
    // Answers still on their way from the previous connection must not land in this one.
    ++m_hotelsRequest;
    ++m_gridRequest;
    m_gridLoading = false;
    m_settings = settings;
    m_session.reset();
    m_hotels->setHotels({});
    m_gridModel->clear();
    createTabs();
    updateActions();
    updateStatus();
    connect(backend, &Backend::hotelChanged, this, [this](HotelId hotelId) {
        if (hotelId == currentHotelId())
            m_reloadTimer->start();
    });
    connect(backend, &Backend::connectionStateChanged, this,
            [this](Backend::ConnectionState state, const QString &message) { onConnectionState(int(state), message); });

    if (auto existing = backend->session()) {
        onSignedIn(*existing, settings);
        return;
    }
    const quint64 request = ++m_connectRequest;
    showEmptyState(tr("Signing in to %1…").arg(backend->describe()));
    m_progress->setVisible(true);
    backend->signIn(settings.email, settings.password)
        .then(qApp, guarded(this, [this, request, settings](const Result<Session> &r) {
                  if (request != m_connectRequest)
                      return;
                  m_progress->setVisible(false);
                  if (!r) {
                      qCWarning(lcPortal) << "sign-in refused:" << r.error().detail;
                      showEmptyState(tr("Not signed in: %1").arg(r.error().userMessage));
                      ConnectionSettings retry = settings;
                      retry.password.clear();
                      m_settings = retry;
                      showConnectionDialog(r.error().userMessage);
                      return;
                  }
                  onSignedIn(r.value(), settings);
              }));
}

void MainWindow::onSignedIn(const Session &session, const ConnectionSettings &settings) {
    m_session = session;
    m_settings = settings;
    QSettings stored;
    settings.save(stored);
    if (m_credentials && settings.rememberPassword && settings.kind != Backend::Kind::Demo) {
        // The keychain may be missing (headless, no Secret Service): then the password is simply asked again next
        // time; it is never written to a file instead.
        if (settings.kind == Backend::Kind::Postgres && !settings.dbPassword.isEmpty())
            m_credentials->writeSecret(settings.databaseSecretKey(), settings.dbPassword)
                .then(qApp, guarded(this, [this](const VoidResult &r) {
                          if (!r)
                              statusBar()->showMessage(
                                  tr("The password could not be saved in the system keychain (%1); "
                                     "you will be asked for it next time.")
                                      .arg(r.error().detail),
                                  10000);
                      }));
        if (!settings.password.isEmpty())
            m_credentials->writeSecret(settings.signInSecretKey(), settings.password)
                .then(qApp, guarded(this, [this](const VoidResult &r) {
                          if (!r)
                              statusBar()->showMessage(
                                  tr("The password could not be saved in the system keychain (%1); "
                                     "you will be asked for it next time.")
                                      .arg(r.error().detail),
                                  10000);
                      }));
    }
    m_banner->hide();
    createTabs();
    updateActions();
    updateStatus();
    statusBar()->showMessage(
        tr("Signed in as %1").arg(session.user.name.isEmpty() ? session.user.email : session.user.name), 5000);
    Q_EMIT signedIn(session);
    if (session.user.role == Role::Guest) {
        showEmptyState(tr("%1 is a guest account. The portal is for hotel staff: sign in with a staff account "
                          "(File › Connect).")
                           .arg(session.user.email));
        return;
    }
    loadHotels();
}

void MainWindow::loadHotels() {
    if (!m_backend || !m_session)
        return;
    const quint64 request = ++m_hotelsRequest;
    const HotelId previous = currentHotelId();
    m_progress->setVisible(true);
    if (m_hotels->rowCount() == 0)
        showEmptyState(tr("Loading hotels…"));
    m_backend->staffHotels().then(
        qApp, guarded(this, [this, request, previous](const Result<QList<Hotel>> &r) {
            if (request != m_hotelsRequest)
                return;
            m_progress->setVisible(false);
            if (!r) {
                reportFailure(tr("Could not load the hotels."), r.error());
                if (m_hotels->rowCount() == 0)
                    showEmptyState(tr("Could not load the hotels: %1").arg(r.error().userMessage));
                return;
            }
            const QSignalBlocker blocker(m_hotelPicker);
            m_hotels->setHotels(r.value());
            QHash<HotelId, QString> names;
            for (const Hotel &h : r.value())
                names.insert(h.id, h.name);
            m_gridModel->setHotelNames(names);
            if (r.value().isEmpty()) {
                m_gridModel->clear();
                showEmptyState(tr("Your account is not assigned to any hotel yet. Ask an administrator to give you "
                                  "access to the hotels you work for."));
                updateActions();
                return;
            }
            const int row = std::max(0, m_hotels->rowOf(previous));
            m_hotelPicker->setCurrentIndex(row);
            m_hotelPicker->setEnabled(r.value().size() > 1);
            const HotelId id = currentHotelId();
            for (const auto &setHotel : std::as_const(m_viewHotelSetters))
                setHotel(id);
            if (previous != id)
                setGridStart(hotelToday(id));
            else
                reloadGrid();
        }));
}

void MainWindow::setCurrentHotel(HotelId hotelId) {
    const int row = m_hotels->rowOf(hotelId);
    if (row >= 0)
        m_hotelPicker->setCurrentIndex(row);
}

void MainWindow::setGridStart(QDate start) {
    if (m_startDate->date() == start)
        reloadGrid();
    else
        m_startDate->setDate(start); // reloads
}

void MainWindow::reloadGrid() {
    const HotelId hotelId = currentHotelId();
    if (!m_backend || !m_session || hotelId == 0)
        return;
    const quint64 request = ++m_gridRequest;
    const QDate from = m_startDate->date();
    m_gridLoading = true;
    m_progress->setVisible(true);
    m_progress->setToolTip(tr("Loading availability…"));
    m_backend->inventory(hotelId, from, from.addDays(gridDays))
        .then(qApp, guarded(this, [this, request, hotelId](const Result<InventoryGrid> &r) {
                  if (request != m_gridRequest)
                      return; // another hotel or start date was chosen meanwhile
                  m_gridLoading = false;
                  m_progress->setVisible(false);
                  if (!r) {
                      reportFailure(tr("Could not load the availability."), r.error());
                      if (m_gridModel->rowCount() == 0)
                          showEmptyState(tr("Could not load the availability: %1").arg(r.error().userMessage));
                      return;
                  }
                  m_gridModel->setToday(hotelToday(hotelId));
                  m_gridModel->setGrid(r.value());
                  if (r->roomTypes.isEmpty()) {
                      showEmptyState(tr("This hotel has no room types yet. An administrator adds them before rooms can "
                                        "be sold."));
                  } else {
                      m_gridStack->setCurrentWidget(m_grid);
                      if (!m_grid->currentIndex().isValid())
                          m_grid->setCurrentIndex(m_gridModel->index(0, 0));
                  }
                  updateActions();
                  Q_EMIT gridLoaded();
              }));
}

void MainWindow::showEmptyState(const QString &text) {
    m_emptyState->setText(text);
    m_gridStack->setCurrentWidget(m_emptyState);
}

void MainWindow::updateActions() {
    const auto selection = m_grid->currentSelection();
    const bool connected = m_backend && m_session;
    const Role role = m_session ? m_session->user.role : Role::Guest;
    const Actor actor = m_session ? m_session->user.actor() : Actor{};
    const HotelId hotelId = selection ? selection->hotelId : currentHotelId();
    const bool books = connected && (role == Role::FrontDesk || role == Role::Admin) && actor.mayActOnHotel(hotelId);
    const bool managesInventory = connected && actor.mayEditPrices(hotelId);
    m_newBooking->setEnabled(books && m_hotels->rowCount() > 0);
    // Block, unblock and set price act on the grid's selection: only while the grid is on screen.
    const bool onGrid = m_tabs->currentIndex() == 0;
    m_blockRooms->setEnabled(onGrid && managesInventory && selection && selection->minAvailable > 0);
    m_unblockRooms->setEnabled(onGrid && managesInventory && selection && selection->minBlocked > 0);
    m_setPrice->setEnabled(onGrid && managesInventory && selection.has_value());
    m_refresh->setEnabled(connected);
    m_today->setEnabled(connected && hotelId != 0);
    if (connected && !books)
        m_newBooking->setToolTip(tr("Your role (%1) cannot create bookings.").arg(roleTitle(role)));
    else
        m_newBooking->setToolTip(m_newBooking->text().remove(QLatin1Char('&')));
}

void MainWindow::updateStatus() {
    m_connectionLabel->setText(m_backend ? m_backend->describe() : tr("Not connected"));
    if (m_session) {
        const User &user = m_session->user;
        m_userLabel->setText(tr("%1 (%2)").arg(user.name.isEmpty() ? user.email : user.name, roleTitle(user.role)));
    } else {
        m_userLabel->setText(tr("Not signed in"));
    }
    setWindowTitle(m_backend ? tr("Hotel Portal – %1").arg(m_backend->describe()) : tr("Hotel Portal"));
}

void MainWindow::reportFailure(const QString &what, const BackendError &error) {
    qCWarning(lcPortal) << what << errorKindName(error.kind) << error.detail;
    const QString message = error.userMessage.isEmpty() ? what : tr("%1 %2").arg(what, error.userMessage);
    if (error.kind == BackendError::Kind::Unavailable || error.kind == BackendError::Kind::Timeout) {
        m_bannerHideTimer->stop();
        if (!m_retryTimer->isActive())
            scheduleRetry();
    }
    if (error.kind == BackendError::Kind::Unavailable || error.kind == BackendError::Kind::Timeout)
        m_banner->showMessage(ConnectionBanner::Severity::Error,
                              tr("%1 The connection to %2 is not working; nothing was saved. Retry when it is back.")
                                  .arg(message, m_backend ? m_backend->describe() : tr("the server")),
                              true);
    statusBar()->showMessage(message, 10000);
    Q_EMIT actionFailed(message);
}

void MainWindow::onConnectionState(int state, const QString &message) {
    switch (Backend::ConnectionState(state)) {
    case Backend::ConnectionState::Connected:
        m_retryTimer->stop();
        m_retryDelayMs = 0;
        if (m_banner->isVisible()) {
            m_banner->showMessage(ConnectionBanner::Severity::Info, tr("Connection restored."), false);
            m_bannerHideTimer->start();
        }
        loadHotels();
        break;
    case Backend::ConnectionState::Reconnecting:
        m_bannerHideTimer->stop();
        m_banner->showMessage(ConnectionBanner::Severity::Warning,
                              message.isEmpty() ? tr("Connection lost. Reconnecting…")
                                                : tr("Connection lost (%1). Reconnecting…").arg(message),
                              true);
        break;
    case Backend::ConnectionState::Disconnected:
        m_bannerHideTimer->stop();
        scheduleRetry();
        m_banner->showMessage(
            ConnectionBanner::Severity::Error,
            (message.isEmpty()
                 ? tr("Not connected. Changes cannot be saved until the connection is back.")
                 : tr("Not connected: %1. Changes cannot be saved until the connection is back.").arg(message)) +
                QLatin1Char(' ') + tr("Trying again in %n second(s).", nullptr, m_retryDelayMs / 1000),
            true);
        break;
    }
}

void MainWindow::scheduleRetry() {
    // Back off from 2 s to 30 s so a database that is down is not hammered, and an outage of seconds is over
    // almost unnoticed.
    m_retryDelayMs = m_retryDelayMs == 0 ? 2000 : std::min(m_retryDelayMs * 2, 30000);
    m_retryTimer->start(m_retryDelayMs);
}

void MainWindow::newBooking() {
    if (!m_backend || !m_newBooking->isEnabled())
        return;
    auto *dialog = new NewBookingDialog(m_backend, m_hotels->hotels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto selection = m_grid->currentSelection();
    const HotelId hotelId = selection ? selection->hotelId : currentHotelId();
    const QDate today = hotelToday(hotelId);
    if (selection)
        dialog->setStay(hotelId, selection->roomTypeId, selection->from, selection->to);
    else
        dialog->setStay(hotelId, 0, today, today.addDays(1));
    connect(dialog, &NewBookingDialog::bookingCreated, this, [this](const Booking &booking) {
        statusBar()->showMessage(
            tr("Booking %1 confirmed for %2, %3.")
                .arg(booking.confirmationCode, booking.guestName, describeNights(booking.checkIn, booking.checkOut)),
            15000);
        m_reloadTimer->stop();
        reloadGrid();
    });
    dialog->open();
}

void MainWindow::blockRooms() {
    blockOrUnblock(true);
}
void MainWindow::unblockRooms() {
    blockOrUnblock(false);
}

void MainWindow::blockOrUnblock(bool block) {
    const auto selection = m_grid->currentSelection();
    if (!m_backend || !selection)
        return;
    auto *dialog =
        new RoomBlockDialog(block ? RoomBlockDialog::Mode::Block : RoomBlockDialog::Mode::Unblock, *selection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const GridSelection s = *selection;
    connect(dialog, &QDialog::accepted, this, [this, dialog, s, block] {
        const int count = dialog->count();
        if (count == 0 || !m_backend)
            return;
        m_progress->setVisible(true);
        m_backend->blockRooms(s.hotelId, s.roomTypeId, s.from, s.to, count)
            .then(qApp, guarded(this, [this, s, count, block](const VoidResult &r) {
                      m_progress->setVisible(false);
                      if (!r) {
                          reportFailure(block ? tr("The rooms were not blocked.") : tr("The rooms were not unblocked."),
                                        r.error());
                          auto *box = new QMessageBox(
                              QMessageBox::Warning, block ? tr("Block rooms") : tr("Unblock rooms"),
                              r.error().userMessage.isEmpty() ? tr("The change was not saved.") : r.error().userMessage,
                              QMessageBox::Ok, this);
                          box->setAttribute(Qt::WA_DeleteOnClose);
                          box->open();
                          return;
                      }
                      statusBar()->showMessage(block ? tr("%n room(s) of %1 blocked, %2.", nullptr, count)
                                                           .arg(s.roomTypeName, describeNights(s.from, s.to))
                                                     : tr("%n room(s) of %1 back on sale, %2.", nullptr, -count)
                                                           .arg(s.roomTypeName, describeNights(s.from, s.to)),
                                               10000);
                      reloadGrid();
                  }));
    });
    dialog->open();
}

void MainWindow::setPrice() {
    const auto selection = m_grid->currentSelection();
    if (!m_backend || !selection)
        return;
    if (auto *prices = qobject_cast<PricesView *>(m_pricesView)) {
        m_tabs->setCurrentWidget(prices);
        prices->showRange(selection->roomTypeId, selection->from, selection->to.addDays(-1));
        return;
    }
    const int row = m_gridModel->rowOfRoomType(selection->roomTypeId);
    const int column = m_gridModel->columnOf(selection->from);
    const InventoryNight *night = m_gridModel->nightAt(row, column);
    const RoomType *type = m_gridModel->roomTypeAt(row);
    auto *dialog =
        new NightPriceDialog(*selection, night ? night->price : 0, type ? type->currency : QStringLiteral("USD"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const GridSelection s = *selection;
    connect(dialog, &QDialog::accepted, this, [this, dialog, s] {
        const auto price = dialog->price();
        if (!price || !m_backend)
            return;
        QList<NightPrice> prices;
        for (QDate d = s.from; d < s.to; d = d.addDays(1))
            prices.append({d, *price});
        m_backend->setPrices(s.hotelId, s.roomTypeId, prices)
            .then(qApp, guarded(this, [this, s, price](const VoidResult &r) {
                      if (!r) {
                          reportFailure(tr("The price was not changed."), r.error());
                          auto *box = new QMessageBox(QMessageBox::Warning, tr("Set price"),
                                                      r.error().userMessage.isEmpty() ? tr("The change was not saved.")
                                                                                      : r.error().userMessage,
                                                      QMessageBox::Ok, this);
                          box->setAttribute(Qt::WA_DeleteOnClose);
                          box->open();
                          return;
                      }
                      statusBar()->showMessage(
                          tr("Price of %1 set to %2, %3.")
                              .arg(s.roomTypeName, formatMoney(*price), describeNights(s.from, s.to)),
                          10000);
                      reloadGrid();
                  }));
    });
    dialog->open();
}

void MainWindow::showConnectionDialog(const QString &message) {
    if (findChild<ConnectionDialog *>())
        return; // one is open already
    statusBar()->clearMessage();
    auto *dialog = new ConnectionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_settings);
    dialog->setMessage(message);
    // What the clerk typed is used as typed: an empty database password means "none", not "ask the keychain".
    connect(dialog, &QDialog::accepted, this, [this, dialog] { connectTo(dialog->settings(), false); });
    dialog->open();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Hotel Portal"),
                       tr("<h3>Hotel Portal %1</h3><p>Availability, bookings, front desk and prices for hotel "
                          "staff.</p><p>Connected to: %2</p><p>Built with Qt %3.</p>")
                           .arg(QApplication::applicationVersion(),
                                (m_backend ? m_backend->describe() : tr("nothing")).toHtmlEscaped(),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace hotel
