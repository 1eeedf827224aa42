#pragma once

#include "item/fancircular.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace civic::ui {

class ClientContext;

// 月通报 (seed 001): a street's or district's communities for one month — notices
// published, reads, cumulative fans, net growth with its month-on-month change, penetration —
// ranked, previewed here and exported as a print-ready PDF or an XLSX workbook.
class CircularDialog : public QDialog
{
    Q_OBJECT

public:
    CircularDialog(ClientContext *context, const QString &unitCode, QWidget *parent = nullptr);

    void setMonth(QDate month);
    const item::MonthlyCircular &circular() const { return m_circular; }

private:
    void reload();
    void exportFile(bool pdf);

    ClientContext *m_context;
    QString m_unitCode;
    QComboBox *m_month;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_pdfButton;
    QPushButton *m_xlsxButton;
    QLabel *m_exported;
    item::MonthlyCircular m_circular;
};

} // namespace civic::ui
