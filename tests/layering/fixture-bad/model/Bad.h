#include <QSqlQuery>
#include <QWidget>
