#include "assessmentexports.h"

#include "fans/fanexports.h"
#include "fans/xlsxexport.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

using item::AssessmentTableModel;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// The columns of the circular's table: every component (PRODUCT.md §5).
const QList<int> &circularColumns()
{
    static const QList<int> columns { AssessmentTableModel::RankColumn,
        AssessmentTableModel::CommunityColumn, AssessmentTableModel::NetColumn,
        AssessmentTableModel::AColumn, AssessmentTableModel::B1Column,
        AssessmentTableModel::B2Column, AssessmentTableModel::B3Column,
        AssessmentTableModel::CColumn, AssessmentTableModel::EventColumn,
        AssessmentTableModel::InnovationColumn, AssessmentTableModel::ServiceColumn,
        AssessmentTableModel::NewsColumn, AssessmentTableModel::TotalColumn,
        AssessmentTableModel::EligibleColumn, AssessmentTableModel::AwardColumn };
    return columns;
}

QString cellText(const item::AssessmentQuarter &q, int row, int column)
{
    const QJsonObject &r = q.rows.at(row);
    const QJsonValue v = r.value(AssessmentTableModel::columnKey(column));
    switch (column) {
    case AssessmentTableModel::RankColumn:
    case AssessmentTableModel::NetColumn:
        return QString::number(v.toInteger());
    case AssessmentTableModel::CommunityColumn:
        return v.toString();
    case AssessmentTableModel::EligibleColumn:
        return v.toBool() ? AssessmentExports::tr("Yes") : AssessmentExports::tr("No");
    case AssessmentTableModel::AwardColumn:
        return v.toDouble() > 0 ? QString::number(v.toDouble(), 'g', 12) : QString();
    default:
        return item::AssessmentText::score(v.toDouble());
    }
}

QString subtitle(const item::AssessmentQuarter &q, QDate issued)
{
    const QString date = issued.toString(u"yyyy-MM-dd"_s);
    if (q.published)
        return AssessmentExports::tr("Rule set %1 · published %2 · issued %3")
            .arg(q.rulesVersion, q.publishedAt.left(10), date);
    return AssessmentExports::tr("Provisional: not yet published, computed from the data as of %1 · rule set %2")
        .arg(date, q.rulesVersion);
}

QString bestLine(const item::AssessmentQuarter &q)
{
    if (q.best.isEmpty())
        return AssessmentExports::tr("Best community of the quarter: none (no community reached the net growth an award needs).");
    return AssessmentExports::tr("Best community of the quarter: %1.").arg(q.nameOf(q.best));
}

} // namespace

QString AssessmentExports::quarterName(const QString &quarter)
{
    static const QStringList names { tr("first"), tr("second"), tr("third"), tr("fourth") };
    const QString year = quarter.left(4);
    const QString ordinal = names.value(quarter.mid(5).toInt() - 1);
    return tr("the %2 quarter of %1").arg(year, ordinal);
}

QString AssessmentExports::title(const item::AssessmentQuarter &q)
{
    return tr("%1 community WeChat account assessment: %2").arg(q.districtName, quarterName(q.quarter));
}

QStringList AssessmentExports::awardLines(const item::AssessmentQuarter &q)
{
    QStringList lines;
    for (const auto &r : q.rows) {
        const double award = r.value(u"award"_s).toDouble();
        if (award > 0)
            lines.append(tr("No. %1 %2: ¥%3")
                             .arg(r.value(u"rank"_s).toInt())
                             .arg(r.value(u"name"_s).toString(), QString::number(award, 'g', 12)));
    }
    return lines;
}

bool AssessmentExports::writeXlsx(const item::AssessmentQuarter &q, QDate issued, const QString &path, QString *error)
{
    XlsxSheet ranking;
    ranking.name = tr("Ranking");
    ranking.title = title(q);
    ranking.subtitle = subtitle(q, issued);
    for (int column : circularColumns()) {
        XlsxColumn c;
        c.header = AssessmentTableModel::columnTitle(column);
        c.width = column == AssessmentTableModel::CommunityColumn ? 18 : 9;
        c.format = column == AssessmentTableModel::CommunityColumn || column == AssessmentTableModel::EligibleColumn
            ? XlsxColumn::Format::Text
            : (column == AssessmentTableModel::RankColumn || column == AssessmentTableModel::NetColumn
                      || column == AssessmentTableModel::AwardColumn
                  ? XlsxColumn::Format::Integer
                  : XlsxColumn::Format::Decimal2);
        ranking.columns.append(c);
    }
    for (qsizetype i = 0; i < q.rows.size(); ++i) {
        const QJsonObject &r = q.rows.at(i);
        QVariantList cells;
        for (int column : circularColumns()) {
            const QJsonValue v = r.value(AssessmentTableModel::columnKey(column));
            switch (column) {
            case AssessmentTableModel::CommunityColumn:
            case AssessmentTableModel::EligibleColumn:
                cells.append(cellText(q, int(i), column));
                break;
            case AssessmentTableModel::AwardColumn:
                cells.append(v.toDouble() > 0 ? QVariant(v.toDouble()) : QVariant());
                break;
            case AssessmentTableModel::RankColumn:
            case AssessmentTableModel::NetColumn:
                cells.append(v.toInteger());
                break;
            default:
                // Components are numbers with their two decimals (ASSESSMENT.md §4).
                cells.append(v.toDouble());
            }
        }
        ranking.rows.append(cells);
    }
    XlsxSheet awards;
    awards.name = tr("Awards");
    awards.title = title(q);
    awards.subtitle = bestLine(q);
    awards.columns = { { tr("Rank"), XlsxColumn::Format::Integer, 8 }, { tr("Community"), XlsxColumn::Format::Text, 20 },
        { tr("Total"), XlsxColumn::Format::Text, 10 }, { tr("Award (¥)"), XlsxColumn::Format::Integer, 12 } };
    for (const auto &r : q.rows) {
        if (r.value(u"award"_s).toDouble() > 0)
            awards.rows.append({ r.value(u"rank"_s).toInteger(), r.value(u"name"_s).toString(),
                r.value(u"total"_s).toDouble(), r.value(u"award"_s).toDouble() });
    }
    return civic::ui::writeXlsx(path, { ranking, awards }, error);
}

bool AssessmentExports::writePdf(const item::AssessmentQuarter &q, QDate issued, const QString &path, QString *error)
{
    QPdfWriter writer(path);
    writer.setTitle(title(q));
    writer.setCreator(u"CivicDesk"_s);
    writer.setResolution(300);
    // QTextDocument::print() keeps 2 cm margins of its own (see fans' writeCircularPdf()).
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));

    QString html;
    html += u"<p align=\"center\" style=\"font-size:15pt; font-weight:bold; margin-bottom:4px\">%1</p>"_s.arg(escaped(title(q)));
    html += u"<p align=\"center\" style=\"font-size:9pt; color:#444444; margin-top:0\">%1</p>"_s.arg(escaped(subtitle(q, issued)));
    const QString summary = tr("%1 communities were assessed under the district's rules (A net fan growth, B1 notices, B2 review "
                               "quality, B3 complaint handling, C on-time reporting, and the bonus items). The ranking:")
                                .arg(q.communities);
    html += u"<p style=\"font-size:10pt; line-height:140%\">%1</p>"_s.arg(escaped(summary));
    html += u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" style=\"border-collapse:collapse; border-color:#888888; font-size:7.5pt\"><thead><tr>"_s;
    for (int column : circularColumns())
        html += u"<th bgcolor=\"#eef1f5\">%1</th>"_s.arg(escaped(AssessmentTableModel::columnTitle(column)));
    html += u"</tr></thead>"_s;
    for (qsizetype i = 0; i < q.rows.size(); ++i) {
        const bool best = q.rows.at(i).value(u"code"_s).toString() == q.best;
        html += best ? u"<tr style=\"font-weight:bold\">"_s : u"<tr>"_s;
        for (int column : circularColumns())
            html += u"<td align=\"%1\"%2>%3</td>"_s.arg(column == AssessmentTableModel::CommunityColumn ? u"left"_s : u"right"_s,
                column == AssessmentTableModel::CommunityColumn ? u" nowrap"_s : QString(),
                escaped(cellText(q, int(i), column)));
        html += u"</tr>"_s;
    }
    html += u"</table>"_s;
    html += u"<p style=\"font-size:10.5pt; font-weight:bold; margin-top:10px\">%1</p>"_s.arg(escaped(bestLine(q)));
    const QStringList awards = awardLines(q);
    html += u"<p style=\"font-size:10.5pt; font-weight:bold\">%1</p>"_s.arg(escaped(tr("Awards")));
    if (awards.isEmpty()) {
        html += u"<p style=\"font-size:10pt\">%1</p>"_s.arg(escaped(tr("No community qualified for an award.")));
    } else {
        html += u"<p style=\"font-size:10pt; line-height:120%\">"_s;
        for (const auto &line : awards)
            html += escaped(line) + u"<br/>"_s;
        html += u"</p>"_s;
    }
    const QString notes = tr("Scores are rounded to two decimals; the total is the sum of the rounded components. Communities "
                             "with a net fan growth of at least the rule set's minimum are eligible for the awards, in ranking order.");
    html += u"<p style=\"font-size:8.5pt; color:#555555; line-height:140%\">%1</p>"_s.arg(escaped(notes));
    html += u"<p align=\"right\" style=\"font-size:10pt; margin-top:16px\">%1<br/>%2</p>"_s.arg(
        escaped(q.districtName), escaped(issued.toString(u"yyyy-MM-dd"_s)));

    QTextDocument document;
    QFont font(circularFontFamily());
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(&writer);
    if (!QFileInfo::exists(path)) {
        *error = tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace civic::ui
