#pragma once

#include "ui/connection/ConnectionSettings.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace hotel {

// Choose where to work: the offline demo, a PostgreSQL database, or a booking server; and sign in as staff.
class ConnectionDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setSettings(const ConnectionSettings &settings);
    ConnectionSettings settings() const;
    // Shown above the form, e.g. "The keychain is not available; enter the password again." or a sign-in refusal.
    void setMessage(const QString &message);

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updatePage();
    bool validate();

    QButtonGroup *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_dbUser = nullptr;
    QLineEdit *m_dbPassword = nullptr;
    QLineEdit *m_serverUrl = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QWidget *m_signInBox = nullptr;
};

} // namespace hotel
