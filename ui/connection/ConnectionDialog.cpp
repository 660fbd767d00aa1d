#include "ui/connection/ConnectionDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace hotel {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent) {
    setWindowTitle(tr("Connect"));
    auto *layout = new QVBoxLayout(this);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("connectionMessage"));
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *kindBox = new QGroupBox(tr("Work with"), this);
    auto *kindLayout = new QVBoxLayout(kindBox);
    m_kind = new QButtonGroup(this);
    auto *demo = new QRadioButton(tr("&Offline demo (sample hotels on this computer)"), kindBox);
    auto *postgres = new QRadioButton(tr("&PostgreSQL database"), kindBox);
    auto *server = new QRadioButton(tr("&Booking server"), kindBox);
    m_kind->addButton(demo, int(Backend::Kind::Demo));
    m_kind->addButton(postgres, int(Backend::Kind::Postgres));
    m_kind->addButton(server, int(Backend::Kind::Rest));
    kindLayout->addWidget(demo);
    kindLayout->addWidget(postgres);
    kindLayout->addWidget(server);
    layout->addWidget(kindBox);

    m_pages = new QStackedWidget(this);
    auto *demoPage = new QLabel(tr("The offline demo keeps its data on this computer and signs you in as the "
                                   "demo administrator. Nothing is shared with other desks."),
                                this);
    demoPage->setWordWrap(true);
    demoPage->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_pages->addWidget(demoPage);

    auto *pgPage = new QWidget(this);
    auto *pgForm = new QFormLayout(pgPage);
    m_host = new QLineEdit(pgPage);
    m_port = new QSpinBox(pgPage);
    m_port->setRange(1, 65535);
    m_database = new QLineEdit(pgPage);
    m_dbUser = new QLineEdit(pgPage);
    m_dbPassword = new QLineEdit(pgPage);
    m_dbPassword->setEchoMode(QLineEdit::Password);
    pgForm->addRow(tr("&Host:"), m_host);
    pgForm->addRow(tr("Por&t:"), m_port);
    pgForm->addRow(tr("&Database:"), m_database);
    pgForm->addRow(tr("Database &user:"), m_dbUser);
    pgForm->addRow(tr("Database pass&word:"), m_dbPassword);
    m_pages->addWidget(pgPage);

    auto *serverPage = new QWidget(this);
    auto *serverForm = new QFormLayout(serverPage);
    m_serverUrl = new QLineEdit(serverPage);
    m_serverUrl->setPlaceholderText(tr("https://bookings.example.com"));
    serverForm->addRow(tr("Server &address:"), m_serverUrl);
    m_pages->addWidget(serverPage);
    layout->addWidget(m_pages);

    auto *signIn = new QGroupBox(tr("Sign in as staff"), this);
    m_signInBox = signIn;
    auto *signInForm = new QFormLayout(signIn);
    m_email = new QLineEdit(signIn);
    m_email->setPlaceholderText(tr("name@hotel.example"));
    m_password = new QLineEdit(signIn);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember the password in the system keychain"), signIn);
    signInForm->addRow(tr("&E-mail:"), m_email);
    signInForm->addRow(tr("Pa&ssword:"), m_password);
    signInForm->addRow(QString(), m_remember);
    layout->addWidget(signIn);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Co&nnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updatePage();
    });
    setSettings(ConnectionSettings{});
}

void ConnectionDialog::setSettings(const ConnectionSettings &s) {
    if (auto *button = m_kind->button(int(s.kind)))
        button->setChecked(true);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_database->setText(s.database);
    m_dbUser->setText(s.dbUser);
    m_dbPassword->setText(s.dbPassword);
    m_serverUrl->setText(s.serverUrl);
    m_email->setText(s.email);
    m_password->setText(s.password);
    m_remember->setChecked(s.rememberPassword);
    updatePage();
}

ConnectionSettings ConnectionDialog::settings() const {
    ConnectionSettings s;
    s.kind = Backend::Kind(m_kind->checkedId());
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.dbUser = m_dbUser->text().trimmed();
    s.dbPassword = m_dbPassword->text();
    s.serverUrl = m_serverUrl->text().trimmed();
    s.email = m_email->text().trimmed();
    s.password = m_password->text();
    s.rememberPassword = m_remember->isChecked();
    return s;
}

void ConnectionDialog::setMessage(const QString &message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void ConnectionDialog::updatePage() {
    const auto kind = Backend::Kind(m_kind->checkedId());
    m_pages->setCurrentIndex(kind == Backend::Kind::Postgres ? 1 : kind == Backend::Kind::Rest ? 2 : 0);
    // Only the current page counts for the dialog's size, so a short page leaves no hole.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->adjustSize();
    if (isVisible())
        adjustSize();
    m_signInBox->setVisible(kind != Backend::Kind::Demo); // the demo signs in as its administrator
}

bool ConnectionDialog::validate() {
    const ConnectionSettings s = settings();
    auto fail = [this](QWidget *field, const QString &message) {
        setMessage(message);
        field->setFocus();
        return false;
    };
    if (s.kind == Backend::Kind::Postgres) {
        if (s.host.isEmpty())
            return fail(m_host, tr("Enter the database host."));
        if (s.database.isEmpty())
            return fail(m_database, tr("Enter the database name."));
        if (s.dbUser.isEmpty())
            return fail(m_dbUser, tr("Enter the database user."));
    }
    if (s.kind == Backend::Kind::Rest) {
        const QUrl url(s.serverUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty())
            return fail(m_serverUrl, tr("Enter the server address, starting with https:// or http://."));
    }
    if (s.kind != Backend::Kind::Demo) {
        if (!s.email.contains(QLatin1Char('@')))
            return fail(m_email, tr("Enter your staff e-mail address."));
        if (s.password.isEmpty())
            return fail(m_password, tr("Enter your password."));
    }
    return true;
}

void ConnectionDialog::accept() {
    if (validate())
        QDialog::accept();
}

} // namespace hotel

namespace hotel {

void ConnectionDialog::showEvent(QShowEvent *event) {
    QDialog::showEvent(event);
    // Start where typing is needed: the first empty field of the chosen connection, else the password.
    const auto kind = Backend::Kind(m_kind->checkedId());
    QList<QLineEdit *> order;
    if (kind == Backend::Kind::Postgres)
        order = {m_host, m_database, m_dbUser};
    else if (kind == Backend::Kind::Rest)
        order = {m_serverUrl};
    if (kind != Backend::Kind::Demo)
        order += {m_email, m_password};
    for (QLineEdit *edit : std::as_const(order)) {
        if (edit->text().isEmpty()) {
            edit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace hotel
