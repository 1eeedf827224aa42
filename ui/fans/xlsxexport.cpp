#include "xlsxexport.h"

#include <QDate>
#include <QDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

QString sheetName(const QString &name, int index)
{
    QString clean = name;
    for (const QChar c : u"[]:*?/\\"_s)
        clean.replace(c, u'_');
    clean = clean.left(31).trimmed();
    return clean.isEmpty() ? u"Sheet%1"_s.arg(index + 1) : clean;
}

struct Formats
{
    lxw_format *title;
    lxw_format *subtitle;
    lxw_format *header;
    lxw_format *text;
    lxw_format *integer;
    lxw_format *signedNumber;
    lxw_format *percent;
    lxw_format *date;
    lxw_format *decimal2;
    lxw_format *totalText;
    lxw_format *totalInteger;
    lxw_format *totalSigned;
    lxw_format *totalPercent;
    lxw_format *totalDecimal2;
};

lxw_format *numberFormat(lxw_workbook *book, const char *pattern, bool bold)
{
    lxw_format *f = workbook_add_format(book);
    format_set_num_format(f, pattern);
    format_set_border(f, LXW_BORDER_THIN);
    if (bold)
        format_set_bold(f);
    return f;
}

Formats makeFormats(lxw_workbook *book)
{
    Formats f;
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.subtitle = workbook_add_format(book);
    format_set_font_color(f.subtitle, 0x646A73);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xF2F4F7);
    format_set_border(f.header, LXW_BORDER_THIN);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_text_wrap(f.header);
    f.text = workbook_add_format(book);
    format_set_border(f.text, LXW_BORDER_THIN);
    f.integer = numberFormat(book, "#,##0", false);
    f.signedNumber = numberFormat(book, "+#,##0;-#,##0;0", false);
    f.percent = numberFormat(book, "0.0%", false);
    f.date = numberFormat(book, "yyyy-mm-dd", false);
    f.decimal2 = numberFormat(book, "0.00", false);
    f.totalText = workbook_add_format(book);
    format_set_bold(f.totalText);
    format_set_border(f.totalText, LXW_BORDER_THIN);
    f.totalInteger = numberFormat(book, "#,##0", true);
    f.totalSigned = numberFormat(book, "+#,##0;-#,##0;0", true);
    f.totalPercent = numberFormat(book, "0.0%", true);
    f.totalDecimal2 = numberFormat(book, "0.00", true);
    return f;
}

lxw_format *cellFormat(const Formats &f, XlsxColumn::Format format, bool total)
{
    switch (format) {
    case XlsxColumn::Format::Text:
        return total ? f.totalText : f.text;
    case XlsxColumn::Format::Integer:
        return total ? f.totalInteger : f.integer;
    case XlsxColumn::Format::Signed:
        return total ? f.totalSigned : f.signedNumber;
    case XlsxColumn::Format::Percent:
        return total ? f.totalPercent : f.percent;
    case XlsxColumn::Format::Date:
        return f.date;
    case XlsxColumn::Format::Decimal2:
        return total ? f.totalDecimal2 : f.decimal2;
    }
    return f.text;
}

lxw_error writeCell(
    lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QVariant &value, lxw_format *format)
{
    if (!value.isValid() || value.isNull())
        return worksheet_write_blank(sheet, row, col, format);
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0.0 };
        return worksheet_write_datetime(sheet, row, col, &dt, format);
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return worksheet_write_number(sheet, row, col, value.toDouble(), format);
    default:
        return worksheet_write_string(
            sheet, row, col, value.toString().toUtf8().constData(), format);
    }
}

} // namespace

bool writeXlsx(const QString &path, const QList<XlsxSheet> &sheets, QString *error)
{
    lxw_workbook *book = workbook_new(QDir::toNativeSeparators(path).toUtf8().constData());
    if (!book) {
        *error = u"cannot create %1"_s.arg(QDir::toNativeSeparators(path));
        return false;
    }
    const Formats formats = makeFormats(book);
    lxw_error failed = LXW_NO_ERROR;
    const auto check = [&failed](lxw_error e) {
        if (e != LXW_NO_ERROR && failed == LXW_NO_ERROR)
            failed = e;
    };
    for (qsizetype s = 0; s < sheets.size(); ++s) {
        const XlsxSheet &sheet = sheets.at(s);
        lxw_worksheet *ws
            = workbook_add_worksheet(book, sheetName(sheet.name, int(s)).toUtf8().constData());
        if (!ws) {
            check(LXW_ERROR_SHEETNAME_ALREADY_USED);
            continue;
        }
        const lxw_col_t lastColumn = lxw_col_t(std::max<qsizetype>(1, sheet.columns.size()) - 1);
        lxw_row_t row = 0;
        if (!sheet.title.isEmpty()) {
            worksheet_set_row(ws, row, 24, nullptr);
            check(worksheet_merge_range(
                ws, row, 0, row, lastColumn, sheet.title.toUtf8().constData(), formats.title));
            ++row;
        }
        if (!sheet.subtitle.isEmpty()) {
            check(worksheet_merge_range(ws, row, 0, row, lastColumn,
                sheet.subtitle.toUtf8().constData(), formats.subtitle));
            ++row;
        }
        if (row > 0)
            ++row; // a blank line before the table
        for (qsizetype c = 0; c < sheet.columns.size(); ++c) {
            const XlsxColumn &column = sheet.columns.at(c);
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), column.width, nullptr);
            check(worksheet_write_string(
                ws, row, lxw_col_t(c), column.header.toUtf8().constData(), formats.header));
        }
        worksheet_freeze_panes(ws, row + 1, 0);
        ++row;
        const auto writeRow = [&](const QVariantList &cells, bool total) {
            for (qsizetype c = 0; c < sheet.columns.size(); ++c)
                check(writeCell(ws, row, lxw_col_t(c), cells.value(c),
                    cellFormat(formats, sheet.columns.at(c).format, total)));
            ++row;
        };
        for (const QVariantList &cells : sheet.rows)
            writeRow(cells, false);
        if (!sheet.total.isEmpty())
            writeRow(sheet.total, true);
    }
    const lxw_error closed = workbook_close(book);
    check(closed);
    if (failed != LXW_NO_ERROR) {
        *error = u"%1: %2"_s.arg(
            QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(failed)));
        return false;
    }
    return true;
}

} // namespace civic::ui
