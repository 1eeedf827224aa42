#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace civic::ui {

// A column of an exported sheet and how its cells are shown in Excel / WPS.
struct XlsxColumn
{
    enum class Format {
        Text,
        Integer, // 12,345
        Signed, // +1,234 / -56
        Percent, // a fraction shown as 38.2%
        Decimal2, // a score shown with its two decimals: 12.30
        Date, // a QDate shown as 2026-10-05
    };
    QString header;
    Format format = Format::Text;
    double width = 12; // in characters
};

// One sheet: an optional title and subtitle above the header row, the rows, an optional
// bold total row. Cells are QVariants: strings, numbers, QDate; a null QVariant is blank.
struct XlsxSheet
{
    QString name; // at most 31 characters, none of []:*?/\ (they are replaced)
    QString title;
    QString subtitle;
    QList<XlsxColumn> columns;
    QList<QVariantList> rows;
    QVariantList total;
};

// Writes an .xlsx workbook with libxlsxwriter (NOTES.md: a kept library, not hand-written
// XML). Safe to call from a worker thread. Returns false with `error` set when the file
// cannot be written.
bool writeXlsx(const QString &path, const QList<XlsxSheet> &sheets, QString *error);

} // namespace civic::ui
