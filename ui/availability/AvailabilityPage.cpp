#include "ui/availability/AvailabilityPage.h"

#include "client/Backend.h"
#include "domain/Policy.h"
#include "model/HotelListModel.h"
#include "model/InventoryGridModel.h"
#include "model/MoneyText.h"
#include "ui/availability/AvailabilityGridView.h"
#include "ui/availability/GridActionDialogs.h"
#include "ui/bookings/NewBookingDialog.h"
#include "ui/common/Async.h"
#include "ui/common/Presentation.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hotel {

namespace {

constexpr int gridDays = 365;

QPixmap swatch(const QColor &colour, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(colour);
    return pixmap;
}

} // namespace

AvailabilityPage::AvailabilityPage(QWidget *parent)
    : PortalPage(parent) {
    setObjectName(QStringLiteral("availabilityPage"));
    m_hotels = new HotelListModel(this);
    m_gridModel = new InventoryGridModel(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150); // several changes in a burst cause one reload
    connect(m_reloadTimer, &QTimer::timeout, this, &AvailabilityPage::reloadGrid);
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createBar());

    m_gridStack = new QStackedWidget(this);
    m_grid = new AvailabilityGridView(m_gridStack);
    m_grid->setGridModel(m_gridModel);
    m_grid->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_grid->addActions(pageActions());
    connect(m_grid, &AvailabilityGridView::selectionRangeChanged, this, &AvailabilityPage::updateActions);
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
    layout->addLayout(createLegend());

    auto *hint = new QLabel(tr("Select nights in a row with the mouse or Shift+arrow keys, then press Enter to book "
                               "or right-click for more."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    updateActions();
    showEmptyState(tr("Not connected. Choose File › Connect to open the offline demo, a database or a booking "
                      "server."));
}

void AvailabilityPage::createActions() {
    m_today = new QAction(themedIcon("go-home", QStyle::SP_ArrowBack), tr("Go to &today"), this);
    m_today->setShortcut(QKeySequence(tr("Ctrl+Home")));
    connect(m_today, &QAction::triggered, this, [this] { setGridStart(hotelToday(currentHotelId())); });

    m_newBooking = new QAction(themedIcon("document-new", QStyle::SP_FileIcon), tr("&New booking…"), this);
    m_newBooking->setShortcut(QKeySequence::New);
    m_newBooking->setStatusTip(tr("Book the selected nights of a room type"));
    connect(m_newBooking, &QAction::triggered, this, &AvailabilityPage::newBooking);

    m_separator = new QAction(this);
    m_separator->setSeparator(true);

    m_blockRooms = new QAction(themedIcon("dialog-cancel", QStyle::SP_DialogNoButton), tr("&Block rooms…"), this);
    m_blockRooms->setShortcut(QKeySequence(tr("Ctrl+B")));
    m_blockRooms->setStatusTip(tr("Take rooms of the selected type out of sale on the selected nights"));
    connect(m_blockRooms, &QAction::triggered, this, &AvailabilityPage::blockRooms);

    m_unblockRooms = new QAction(themedIcon("edit-undo", QStyle::SP_DialogYesButton), tr("&Unblock rooms…"), this);
    m_unblockRooms->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_unblockRooms->setStatusTip(tr("Put blocked rooms back on sale on the selected nights"));
    connect(m_unblockRooms, &QAction::triggered, this, &AvailabilityPage::unblockRooms);

    m_setPrice =
        new QAction(themedIcon("accessories-calculator", QStyle::SP_FileDialogDetailedView), tr("Set &price…"), this);
    m_setPrice->setShortcut(QKeySequence(tr("Ctrl+P")));
    m_setPrice->setStatusTip(tr("Change the nightly price of the selected nights"));
    connect(m_setPrice, &QAction::triggered, this, &AvailabilityPage::setPrice);
}

QHBoxLayout *AvailabilityPage::createBar() {
    auto *bar = new QHBoxLayout;
    auto *hotelLabel = new QLabel(tr("Ho&tel:"), this);
    m_hotelPicker = new QComboBox(this);
    m_hotelPicker->setObjectName(QStringLiteral("hotelPicker"));
    m_hotelPicker->setModel(m_hotels);
    m_hotelPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hotelPicker->setMinimumContentsLength(24);
    hotelLabel->setBuddy(m_hotelPicker);
    connect(m_hotelPicker, &QComboBox::currentIndexChanged, this, [this](int) {
        const HotelId id = currentHotelId();
        Q_EMIT currentHotelChanged(id);
        if (id != 0)
            setGridStart(hotelToday(id));
        updateActions();
    });
    auto *startLabel = new QLabel(tr("Fro&m:"), this);
    m_startDate = new QDateEdit(this);
    m_startDate->setCalendarPopup(true);
    m_startDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_startDate->setDate(hotelToday(0));
    startLabel->setBuddy(m_startDate);
    connect(m_startDate, &QDateEdit::dateChanged, this, [this] { reloadGrid(); });
    auto *todayButton = new QToolButton(this);
    todayButton->setDefaultAction(m_today);
    todayButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addWidget(hotelLabel);
    bar->addWidget(m_hotelPicker);
    bar->addSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(startLabel);
    bar->addWidget(m_startDate);
    bar->addWidget(todayButton);
    bar->addStretch(1);
    return bar;
}

QHBoxLayout *AvailabilityPage::createLegend() {
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
        auto *icon = new QLabel(this);
        icon->setPixmap(swatch(entry.colour, sw));
        legendBar->addWidget(icon);
        legendBar->addWidget(new QLabel(entry.text, this));
        legendBar->addSpacing(fontMetrics().averageCharWidth());
    }
    legendBar->addWidget(new QLabel(tr("Cells: rooms left/total and price"), this));
    legendBar->addStretch(1);
    return legendBar;
}

QList<QAction *> AvailabilityPage::pageActions() const {
    return {m_newBooking, m_separator, m_blockRooms, m_unblockRooms, m_setPrice};
}

QString AvailabilityPage::menuTitle() const {
    return tr("I&nventory");
}

QWidget *AvailabilityPage::defaultFocusWidget() const {
    return m_grid;
}

void AvailabilityPage::setOnScreen(bool onScreen) {
    m_onScreen = onScreen;
    updateActions();
}

void AvailabilityPage::setBackend(Backend *backend) {
    if (m_backend)
        m_backend->disconnect(this);
    m_backend = backend;
    m_session.reset();
    // Answers still on their way from the previous connection must not land in this one.
    m_hotelRequests.cancel();
    m_gridRequests.cancel();
    m_hotels->setHotels({});
    m_gridModel->clear();
    if (backend)
        connect(backend, &Backend::hotelChanged, this, [this](HotelId hotelId) {
            if (hotelId == currentHotelId())
                m_reloadTimer->start();
        });
    updateActions();
}

void AvailabilityPage::setSession(const Session &session) {
    m_session = session;
    updateActions();
    if (session.user.role == Role::Guest) {
        showEmptyState(tr("%1 is a guest account. The portal is for hotel staff: sign in with a staff account "
                          "(File › Connect).")
                           .arg(session.user.email));
        return;
    }
    loadHotels();
}

void AvailabilityPage::setHotel(HotelId hotelId) {
    setCurrentHotel(hotelId);
}

void AvailabilityPage::reload() {
    loadHotels();
}

HotelId AvailabilityPage::currentHotelId() const {
    return m_hotelPicker->currentIndex() < 0 ? 0 : m_hotelPicker->currentData(HotelListModel::HotelIdRole).toLongLong();
}

QString AvailabilityPage::emptyStateText() const {
    return m_gridStack->currentWidget() == m_emptyState ? m_emptyState->text() : QString();
}

QDate AvailabilityPage::hotelToday(HotelId hotelId) const {
    const Hotel *hotel = m_hotels->hotelById(hotelId);
    return hotel ? policy::hotelToday(*hotel) : policy::hotelToday(QByteArrayLiteral("UTC"));
}

void AvailabilityPage::loadHotels() {
    if (!m_backend || !m_session)
        return;
    const quint64 request = m_hotelRequests.startJob();
    const HotelId previous = currentHotelId();
    Q_EMIT busyChanged(true, {});
    if (m_hotels->rowCount() == 0)
        showEmptyState(tr("Loading hotels…"));
    m_backend->staffHotels().then(
        qApp, guarded(this, [this, request, previous](const Result<QList<Hotel>> &r) {
            if (!isUsable(m_hotelRequests, request, r ? nullptr : &r.error(), tr("Could not load the hotels."),
                          tr("Could not load the hotels: %1"), m_hotels->rowCount() == 0))
                return;
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
            Q_EMIT currentHotelChanged(id);
            if (previous != id)
                setGridStart(hotelToday(id));
            else
                reloadGrid();
        }));
}

bool AvailabilityPage::isUsable(RequestTracker &requests, quint64 request, const BackendError *error,
                                const QString &what, const QString &emptyText, bool nothingShown) {
    if (!requests.finish(request))
        return false; // stale: another hotel, start date or connection was chosen meanwhile
    Q_EMIT busyChanged(false, {});
    if (error) {
        Q_EMIT failed(what, *error);
        if (nothingShown)
            showEmptyState(emptyText.arg(error->userMessage));
        return false;
    }
    return true;
}

void AvailabilityPage::setCurrentHotel(HotelId hotelId) {
    const int row = m_hotels->rowOf(hotelId);
    if (row >= 0)
        m_hotelPicker->setCurrentIndex(row);
}

void AvailabilityPage::setGridStart(QDate start) {
    if (m_startDate->date() == start)
        reloadGrid();
    else
        m_startDate->setDate(start); // reloads
}

void AvailabilityPage::reloadGrid() {
    const HotelId hotelId = currentHotelId();
    if (!m_backend || !m_session || hotelId == 0)
        return;
    const quint64 request = m_gridRequests.startJob();
    const QDate from = m_startDate->date();
    Q_EMIT busyChanged(true, tr("Loading availability…"));
    m_backend->inventory(hotelId, from, from.addDays(gridDays))
        .then(qApp, guarded(this, [this, request, hotelId](const Result<InventoryGrid> &r) {
                  if (!isUsable(m_gridRequests, request, r ? nullptr : &r.error(),
                                tr("Could not load the availability."), tr("Could not load the availability: %1"),
                                m_gridModel->rowCount() == 0))
                      return;
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

void AvailabilityPage::showEmptyState(const QString &text) {
    m_emptyState->setText(text);
    m_gridStack->setCurrentWidget(m_emptyState);
}

void AvailabilityPage::updateActions() {
    const auto selection = m_grid->currentSelection();
    const bool connected = m_backend && m_session;
    const Role role = m_session ? m_session->user.role : Role::Guest;
    const Actor actor = m_session ? m_session->user.actor() : Actor{};
    const HotelId hotelId = selection ? selection->hotelId : currentHotelId();
    // Guests book for themselves on the booking site; at the desk only staff book, for their hotels.
    const bool books = connected && actor.isStaff() && actor.mayCreateBooking(hotelId);
    const bool managesInventory = connected && actor.mayEditPrices(hotelId);
    m_newBooking->setEnabled(books && m_hotels->rowCount() > 0);
    // Block, unblock and set price act on the grid's selection: only while the grid is on screen.
    m_blockRooms->setEnabled(m_onScreen && managesInventory && selection && selection->minAvailable > 0);
    m_unblockRooms->setEnabled(m_onScreen && managesInventory && selection && selection->minBlocked > 0);
    m_setPrice->setEnabled(m_onScreen && managesInventory && selection.has_value());
    m_today->setEnabled(connected && hotelId != 0);
    if (connected && !books)
        m_newBooking->setToolTip(tr("Your role (%1) cannot create bookings.").arg(roleTitle(role)));
    else
        m_newBooking->setToolTip(m_newBooking->text().remove(QLatin1Char('&')));
}

void AvailabilityPage::newBooking() {
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
        Q_EMIT message(
            tr("Booking %1 confirmed for %2, %3.")
                .arg(booking.confirmationCode, booking.guestName, describeNights(booking.checkIn, booking.checkOut)),
            15000);
        m_reloadTimer->stop();
        reloadGrid();
    });
    dialog->open();
}

void AvailabilityPage::blockRooms() {
    blockOrUnblock(true);
}
void AvailabilityPage::unblockRooms() {
    blockOrUnblock(false);
}

void AvailabilityPage::refuse(const QString &title, const QString &what, const BackendError &error) {
    Q_EMIT failed(what, error);
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                error.userMessage.isEmpty() ? tr("The change was not saved.") : error.userMessage,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void AvailabilityPage::blockOrUnblock(bool block) {
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
        Q_EMIT busyChanged(true, {});
        m_backend->blockRooms(s.hotelId, s.roomTypeId, s.from, s.to, count)
            .then(qApp, guarded(this, [this, s, count, block](const VoidResult &r) {
                      Q_EMIT busyChanged(false, {});
                      if (!r) {
                          refuse(block ? tr("Block rooms") : tr("Unblock rooms"),
                                 block ? tr("The rooms were not blocked.") : tr("The rooms were not unblocked."),
                                 r.error());
                          return;
                      }
                      Q_EMIT message(block ? tr("%n room(s) of %1 blocked, %2.", nullptr, count)
                                                 .arg(s.roomTypeName, describeNights(s.from, s.to))
                                           : tr("%n room(s) of %1 back on sale, %2.", nullptr, -count)
                                                 .arg(s.roomTypeName, describeNights(s.from, s.to)));
                      reloadGrid();
                  }));
    });
    dialog->open();
}

void AvailabilityPage::setPrice() {
    const auto selection = m_grid->currentSelection();
    if (!m_backend || !selection)
        return;
    if (m_priceEditor && m_priceEditor(*selection))
        return;
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
            .then(qApp, guarded(this, [this, s, price, currency = dialog->currency()](const VoidResult &r) {
                      if (!r) {
                          refuse(tr("Set price"), tr("The price was not changed."), r.error());
                          return;
                      }
                      Q_EMIT message(
                          tr("Price of %1 set to %2, %3.")
                              .arg(s.roomTypeName, formatMoney(*price, currency), describeNights(s.from, s.to)));
                      reloadGrid();
                  }));
    });
    dialog->open();
}

} // namespace hotel
