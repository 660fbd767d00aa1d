#!/usr/bin/env bash
# The architecture, enforced: which layer may include what (docs/ARCHITECTURE.md, "Layers").
#   ui/, model/       the domain, the client interface, models and ui only: no store, wire format, seeder,
#                     backend implementation, Qt Sql, Qt Network or Qt HttpServer
#   backend/, model/, server/   never Qt Widgets
#   backend/domain/   pure: no Qt Sql, Network or other backend layer
# Usage: check-layers.sh ROOT   (exit 1 and one line per violation)
set -uo pipefail
root=${1:?usage: check-layers.sh ROOT}
status=0
violations() { # $1: folder, $2: extended regex of forbidden include lines, $3: why
    [ -d "$root/$1" ] || return 0
    local hits
    hits=$(grep -rnE --include='*.h' --include='*.cpp' "^[[:space:]]*#[[:space:]]*include[[:space:]]*$2" "$root/$1" || true)
    if [ -n "$hits" ]; then
        while IFS= read -r line; do echo "layering: ${line#"$root"/}: $3"; done <<<"$hits"
        status=1
    fi
}
portal_forbidden='("(store|wire|seed)/|"client/(Sql|Rest)Backend\.h|<QtSql|<QSql|<QtNetwork|<QNetwork|<QtHttpServer|<QHttp|<QTcp|<QSsl)'
violations ui "$portal_forbidden" "ui/ talks to the Backend interface only"
violations model "$portal_forbidden" "model/ takes value structs only"
widgets='<(QtWidgets|QtCharts|QWidget|QDialog|QMainWindow|QApplication|QMessageBox|QLabel|QPushButton|QTableView|QLineEdit|QComboBox|QChart)'
for layer in backend model server; do
    violations "$layer" "$widgets" "$layer/ never links Widgets"
done
violations backend/domain '("(store|wire|seed|client)/|<QtSql|<QSql|<QtNetwork|<QNetwork)' "the domain is pure"
violations backend/wire '("(store|seed|client)/|<QtSql|<QSql)' "the wire format knows no storage"
violations backend/store '("(wire|client|seed)/|<QtNetwork|<QNetwork)' "the store knows no wire format or client"
[ $status = 0 ] && echo "layering: clean"
exit $status
