#include "ui/prices/PricesView.h"

#include "domain/Policy.h"
#include "model/MoneyText.h"
#include "model/PriceTableModel.h"
#include "ui/common/Async.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QVXYModelMapper>
#include <QValueAxis>

namespace hotel {

PricesView::PricesView(Backend *backend, QWidget *parent)
    : PortalPage(parent)
    , m_backend(backend)
    , m_model(new PriceTableModel(this)) {
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_type = new QComboBox(this);
    // Until the hotel answers, UTC's date rather than the machine's: the hotel's own today replaces it.
    m_from = new QDateEdit(policy::hotelToday(QByteArrayLiteral("UTC")), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_days = new QSpinBox(this);
    m_days->setRange(7, limits::maxInventoryDays);
    m_days->setValue(30);
    m_days->setSuffix(tr(" nights"));
    auto *typeLabel = new QLabel(tr("Room &type:"), this);
    typeLabel->setBuddy(m_type);
    auto *fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    top->addWidget(typeLabel);
    top->addWidget(m_type, 1);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(m_days);
    layout->addLayout(top);

    auto *split = new QSplitter(Qt::Vertical, this);
    // The chart reads the same model as the table: an edit moves the line at once (QVXYModelMapper).
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_priceSeries = new QLineSeries(m_chart);
    m_priceSeries->setName(tr("Nightly price"));
    auto *priceMapper = new QVXYModelMapper(this);
    priceMapper->setXColumn(PriceTableModel::DayColumn);
    priceMapper->setYColumn(PriceTableModel::ChartPriceColumn);
    priceMapper->setSeries(m_priceSeries);
    priceMapper->setModel(m_model);
    auto *occupancy = new QBarSeries(m_chart);
    occupancy->setName(tr("Occupancy %"));
    auto *barMapper = new QVBarModelMapper(this);
    barMapper->setFirstBarSetColumn(PriceTableModel::OccupancyColumn);
    barMapper->setLastBarSetColumn(PriceTableModel::OccupancyColumn);
    barMapper->setSeries(occupancy);
    barMapper->setModel(m_model);
    m_chart->addSeries(occupancy);
    m_chart->addSeries(m_priceSeries);
    // The nights' dates along the bottom (a category axis over the night's index, so that the occupancy bars
    // and the price line share it); the price axis names the currency and groups digits as the locale does.
    m_chart->setLocalizeNumbers(true);
    m_nightAxis = new QCategoryAxis(m_chart);
    m_nightAxis->setTitleText(tr("Night"));
    m_nightAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_priceAxis = new QValueAxis(m_chart);
    m_priceAxis->setTitleText(tr("Price (%1)").arg(m_model->currency()));
    m_priceAxis->setLabelFormat(QStringLiteral("%.0f"));
    auto *occupancyAxis = new QValueAxis(m_chart);
    occupancyAxis->setRange(0, 100);
    occupancyAxis->setTitleText(tr("Occupancy %"));
    occupancyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_nightAxis, Qt::AlignBottom);
    m_chart->addAxis(m_priceAxis, Qt::AlignLeft);
    m_chart->addAxis(occupancyAxis, Qt::AlignRight);
    m_priceSeries->attachAxis(m_nightAxis);
    m_priceSeries->attachAxis(m_priceAxis);
    occupancy->attachAxis(m_nightAxis);
    occupancy->attachAxis(occupancyAxis);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PricesView::rescaleChart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PricesView::rescaleChart);
    auto *chartView = new QChartView(m_chart, split);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(200);

    auto *tablePane = new QWidget(split);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableView(tablePane);
    m_table->setModel(m_model);
    m_table->hideColumn(PriceTableModel::DayColumn);
    m_table->hideColumn(PriceTableModel::ChartPriceColumn);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tableLayout->addWidget(m_table);
    auto *bulk = new QHBoxLayout;
    m_percent = new QDoubleSpinBox(tablePane);
    m_percent->setRange(-90, 500);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setValue(10);
    auto *applyPercent = new QPushButton(tr("Raise / &lower by"), tablePane);
    m_setTo = new QLineEdit(tablePane);
    m_setTo->setObjectName(QStringLiteral("setTo"));
    m_setTo->setPlaceholderText(tr("e.g. %1").arg(editableMoney(15000, m_model->currency())));
    // Wide enough for a price in won (eight digits and more), and never cut off.
    m_setTo->setMinimumWidth(m_setTo->fontMetrics().horizontalAdvance(QStringLiteral("e.g. 50000000")) + 16);
    auto *applySet = new QPushButton(tr("&Set to"), tablePane);
    applySet->setObjectName(QStringLiteral("applySet"));
    m_weekends = new QCheckBox(tr("&Weekends only (Fri, Sat)"), tablePane);
    bulk->addWidget(new QLabel(tr("Selected nights (all when none):"), tablePane));
    bulk->addWidget(applyPercent);
    bulk->addWidget(m_percent);
    bulk->addWidget(applySet);
    bulk->addWidget(m_setTo);
    bulk->addWidget(m_weekends);
    bulk->addStretch();
    m_revert = new QPushButton(tr("R&evert"), tablePane);
    m_save = new QPushButton(tr("Save pri&ces"), tablePane);
    m_save->setObjectName(QStringLiteral("savePrices"));
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    bulk->addWidget(m_revert);
    bulk->addWidget(m_save);
    tableLayout->addLayout(bulk);
    split->addWidget(chartView);
    split->addWidget(tablePane);
    layout->addWidget(split, 1);
    m_feedback = new QLabel(this);
    layout->addWidget(m_feedback);
    connect(this, &PricesView::message, m_feedback, &QLabel::setText);

    connect(applyPercent, &QPushButton::clicked, this, &PricesView::applyPercent);
    connect(applySet, &QPushButton::clicked, this, &PricesView::applySetPrice);
    connect(m_save, &QPushButton::clicked, this, &PricesView::save);
    connect(m_revert, &QPushButton::clicked, m_model, &PriceTableModel::revert);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PricesView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PricesView::updateButtons);
    connect(m_type, &QComboBox::activated, this, [this] {
        if (confirmDiscard()) {
            typeChosen();
            reload();
        }
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        m_fromChosen = true;
        reload();
    });
    connect(m_days, &QSpinBox::valueChanged, this, &PricesView::reload);
    connect(m_backend, &Backend::hotelChanged, this, [this](HotelId id) {
        if (id == m_hotelId && !m_model->isModified())
            reload();
    });
    m_editTriggers = m_table->editTriggers();
    m_editors = {applyPercent, applySet, m_percent, m_setTo, m_weekends};
    applyPermission();
}

bool PricesView::mayEdit() const {
    const auto session = m_backend->session();
    return session && session->user.actor().mayEditPrices(m_hotelId);
}

void PricesView::applyPermission() {
    // Who may change prices depends on the hotel (a revenue manager of one hotel only reads another's).
    const bool editable = mayEdit();
    m_table->setEditTriggers(editable ? m_editTriggers : QAbstractItemView::NoEditTriggers);
    for (QWidget *w : std::as_const(m_editors))
        w->setEnabled(editable);
    // Said on the page only: the status bar is for what just happened, not for every change of hotel.
    if (m_hotelId > 0)
        m_feedback->setText(
            editable ? QString() : tr("Prices are read-only: only revenue managers and administrators change them."));
    updateButtons();
}

void PricesView::updateButtons() {
    const bool modified = m_model->isModified();
    const bool editable = mayEdit();
    m_save->setEnabled(editable && modified);
    m_revert->setEnabled(editable && modified);
}

bool PricesView::confirmDiscard() {
    if (!m_model->isModified())
        return true;
    return QMessageBox::question(this, tr("Unsaved prices"),
                                 tr("Discard the %n unsaved price change(s)?", "",
                                    int(m_model->changedPrices().size()))) == QMessageBox::Yes;
}

void PricesView::setHotel(HotelId hotelId) {
    if (hotelId == m_hotelId)
        return;
    m_hotelId = hotelId;
    m_model->clear();
    applyPermission();
    const quint64 request = m_typeRequests.startJob();
    // The hotel first, for its own today (its time zone, not the machine's), then its room types.
    m_backend->hotel(hotelId).then(qApp, guarded(this, [this, request, hotelId](const Result<Hotel> &hotel) {
                                       if (!m_typeRequests.isJobValid(request))
                                           return;
                                       if (hotel && !m_fromChosen) {
                                           const QSignalBlocker blocker(m_from);
                                           m_from->setDate(policy::hotelToday(*hotel));
                                       }
                                       m_backend->roomTypes(hotelId).then(
                                           qApp, guarded(this, [this, request](const Result<QList<RoomType>> &r) {
                                               if (!m_typeRequests.finish(request))
                                                   return;
                                               if (!r) {
                                                   Q_EMIT message(r.error().userMessage);
                                                   return;
                                               }
                                               m_types = r.value();
                                               m_type->clear();
                                               for (const RoomType &t : m_types)
                                                   m_type->addItem(t.name, t.id);
                                               typeChosen();
                                               reload();
                                           }));
                                   }));
}

QDate PricesView::fromDate() const {
    return m_from->date();
}

void PricesView::typeChosen() {
    const int index = m_type->currentIndex();
    const QString currency = index >= 0 && index < m_types.size() ? m_types[index].currency : m_model->currency();
    m_model->setCurrency(currency);
    m_priceAxis->setTitleText(tr("Price (%1)").arg(currency));
    const Money example = index >= 0 && index < m_types.size() && m_types[index].basePrice > 0
                              ? m_types[index].basePrice
                              : (policy::currencyDecimals(currency) == 0 ? 15000000 : 15000);
    m_setTo->setPlaceholderText(tr("e.g. %1").arg(editableMoney(example, currency)));
}

void PricesView::rescaleChart() {
    const int rows = m_model->rowCount();
    double lo = 0, hi = 1;
    for (int row = 0; row < rows; ++row) {
        const double p = double(m_model->priceAt(row)) / 100.0;
        lo = row == 0 ? p : std::min(lo, p);
        hi = row == 0 ? p : std::max(hi, p);
    }
    m_priceAxis->setRange(std::max(0.0, lo * 0.9), hi * 1.1 + 1);
    // A date under every night of a short range, under every week's first night of a longer one.
    for (const QString &label : m_nightAxis->categoriesLabels())
        m_nightAxis->remove(label);
    const int step = rows <= 15 ? 1 : 7 * ((rows + 104) / 105);
    for (int row = 0; row < rows; row += step)
        m_nightAxis->append(QLocale().toString(m_model->dateAt(row), tr("ddd d MMM", "date format of the prices "
                                                                                     "chart's axis")),
                            row);
    m_nightAxis->setStartValue(-0.5);
    m_nightAxis->setRange(-0.5, std::max(0.5, rows - 0.5));
}

void PricesView::showRange(RoomTypeId roomTypeId, QDate from, QDate lastNight) {
    const int index = m_type->findData(roomTypeId);
    if (index >= 0)
        m_type->setCurrentIndex(index);
    typeChosen();
    m_fromChosen = true;
    const QSignalBlocker b1(m_from), b2(m_days);
    m_from->setDate(from);
    m_days->setValue(std::max(7, int(from.daysTo(lastNight)) + 1));
    reload();
}

void PricesView::reload() {
    if (m_hotelId <= 0 || m_type->currentIndex() < 0)
        return;
    const RoomTypeId typeId = m_type->currentData().toLongLong();
    const QDate from = m_from->date();
    const quint64 request = m_requests.startJob();
    m_backend->inventory(m_hotelId, from, from.addDays(m_days->value()))
        .then(qApp, guarded(this, [this, request, typeId](const Result<InventoryGrid> &r) {
                  if (!m_requests.finish(request))
                      return;
                  if (!r) {
                      Q_EMIT message(r.error().userMessage);
                      return;
                  }
                  QList<InventoryNight> nights;
                  for (int row = 0; row < r->roomTypes.size(); ++row)
                      if (r->roomTypes[row].id == typeId)
                          for (int day = 0; day < r->days(); ++day)
                              nights << r->at(row, day);
                  m_model->setNights(nights);
                  Q_EMIT loaded();
              }));
}

QList<int> PricesView::targetRows() const {
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty())
        for (int r = 0; r < m_model->rowCount(); ++r)
            rows << r;
    return rows;
}

void PricesView::applyPercent() {
    m_model->adjustPercent(targetRows(), m_percent->value(), m_weekends->isChecked());
}

void PricesView::applySetPrice() {
    const auto price = parseMoney(m_setTo->text());
    if (!price || *price < 0 || *price > limits::maxNightlyPrice || !isWholeMinorUnit(*price, m_model->currency())) {
        Q_EMIT message(tr("Enter a price such as %1, at most %2.")
                           .arg(editableMoney(policy::currencyDecimals(m_model->currency()) == 0 ? 15000000 : 15000,
                                              m_model->currency()),
                                formatMoney(limits::maxNightlyPrice, m_model->currency())));
        m_setTo->setFocus();
        return;
    }
    m_model->setPrice(targetRows(), *price, m_weekends->isChecked());
}

bool PricesView::confirmUnusualPrices() {
    const QList<PriceTableModel::UnusualPrice> unusual = m_model->unusualPrices();
    if (unusual.isEmpty())
        return true;
    const QString currency = m_model->currency();
    const Money median = m_model->medianPrice();
    QStringList lines;
    constexpr int shown = 10;
    for (int i = 0; i < std::min<int>(shown, int(unusual.size())); ++i)
        lines << tr("%1: %2").arg(QLocale().toString(unusual[i].date, QLocale::LongFormat),
                                  formatMoney(unusual[i].price, currency));
    if (unusual.size() > shown)
        lines << tr("and %n more night(s)", "", int(unusual.size()) - shown);
    QMessageBox box(QMessageBox::Warning, tr("Unusual prices"),
                    tr("%n night(s) would get a price of zero or far from the usual one:", "", int(unusual.size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("unusualPricesBox"));
    box.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                           tr("The usual price of %1 over these nights is %2 (the median). Save anyway?")
                               .arg(m_type->currentText(), formatMoney(median, currency)));
    QPushButton *saveAnyway = box.addButton(tr("Save &anyway"), QMessageBox::AcceptRole);
    QPushButton *check = box.addButton(tr("&Check the prices"), QMessageBox::RejectRole);
    box.setDefaultButton(check);
    box.exec();
    return box.clickedButton() == saveAnyway;
}

void PricesView::save() {
    const QList<NightPrice> changed = m_model->changedPrices();
    if (changed.isEmpty() || m_type->currentIndex() < 0)
        return;
    if (!confirmUnusualPrices()) {
        Q_EMIT message(tr("Prices not saved: check the unusual ones first."));
        return;
    }
    m_save->setEnabled(false);
    // One call, one transaction: either every night's new price is stored or none is.
    m_backend->setPrices(m_hotelId, m_type->currentData().toLongLong(), changed)
        .then(qApp, guarded(this, [this, count = changed.size()](const VoidResult &r) {
                  if (!r) {
                      Q_EMIT message(r.error().userMessage);
                      QMessageBox::warning(this, tr("Prices not saved"), r.error().userMessage);
                      updateButtons();
                      return;
                  }
                  Q_EMIT message(tr("%n price(s) saved.", "", int(count)));
                  Q_EMIT saved();
                  reload();
              }));
}

QWidget *PricesView::defaultFocusWidget() const {
    return m_table;
}

} // namespace hotel
