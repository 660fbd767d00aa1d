#include "ui/connection/ConnectionBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace hotel {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *outer = new QVBoxLayout(this);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton = new QPushButton(tr("Details"), this);
    m_detailsButton->setObjectName(QStringLiteral("bannerDetailsButton"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setVisible(false);
    m_retry = new QPushButton(tr("Try a&gain now"), this);
    m_close = new QPushButton(tr("Dismiss"), this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_retry);
    layout->addWidget(m_close);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);
    outer->addWidget(m_details);
    connect(m_detailsButton, &QPushButton::toggled, m_details, &QWidget::setVisible);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void ConnectionBanner::showMessage(Severity severity, const QString &message, bool offerRetry) {
    m_severity = severity;
    m_text->setText(message);
    m_retry->setVisible(offerRetry);
    // An error stays until the connection is back; it is not the clerk's to dismiss.
    m_close->setVisible(severity != Severity::Error);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                      : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                      : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    applyColours();
    show();
}

QString ConnectionBanner::message() const {
    return isVisible() ? m_text->text() : QString();
}

void ConnectionBanner::setDetails(const QString &details) {
    m_details->setText(details);
    m_detailsButton->setVisible(!details.isEmpty());
    if (details.isEmpty())
        m_detailsButton->setChecked(false);
    m_details->setVisible(!details.isEmpty() && m_detailsButton->isChecked());
}

QString ConnectionBanner::details() const {
    return m_details->text();
}

bool ConnectionBanner::isShowingDetails() const {
    return m_details->isVisible();
}

void ConnectionBanner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        // Avoid recursion: applyColours sets the palette, which sends PaletteChange again.
        static thread_local bool applying = false;
        if (!applying) {
            applying = true;
            applyColours();
            applying = false;
        }
    }
}

void ConnectionBanner::applyColours() {
    // Tint the window colour rather than hard-code one, so the banner reads in light and dark palettes alike.
    const QColor base =
        parentWidget() ? parentWidget()->palette().color(QPalette::Window) : palette().color(QPalette::Window);
    const QColor tint = m_severity == Severity::Error     ? QColor(220, 50, 47)
                        : m_severity == Severity::Warning ? QColor(230, 160, 20)
                                                          : QColor(40, 120, 220);
    const double amount = 0.28;
    QColor mixed = QColor::fromRgbF(base.redF() * (1 - amount) + tint.redF() * amount,
                                    base.greenF() * (1 - amount) + tint.greenF() * amount,
                                    base.blueF() * (1 - amount) + tint.blueF() * amount);
    QPalette p = palette();
    p.setColor(QPalette::Window, mixed);
    setPalette(p);
}

} // namespace hotel
