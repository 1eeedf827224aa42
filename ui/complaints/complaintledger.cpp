#include "complaintledger.h"

#include "domain/chinatime.h"
#include "domain/complaintworkflow.h"
#include "fans/xlsxexport.h"
#include "item/complaintlabels.h"
#include "item/complaintlistmodel.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

QVariant chinaTime(qint64 ms)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(domain::kChinaOffsetSeconds))
        .toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

std::optional<ComplaintLedger::Result> ComplaintLedger::write(const QSqlDatabase &db,
    const domain::Actor &actor, const item::ComplaintFilter &filter, item::ComplaintSortKey key,
    Qt::SortOrder order, const QString &title, const QString &path, QString *error)
{
    item::ComplaintListModel model;
    model.setAsyncCount(false);
    model.setDatabase(db);
    model.setPageSize(5000);
    model.setQuery(filter, key, order);
    if (model.totalCount() > kMaxRows) {
        *error = tr("%1 complaints match: at most %2 go into one ledger. Narrow the filter "
                    "(a unit, a period or a status) and export again.")
                     .arg(model.totalCount())
                     .arg(kMaxRows);
        return std::nullopt;
    }
    while (model.canFetchMore({}))
        model.fetchMore({});

    using Column = item::ComplaintListModel::Column;
    const auto text = [&model](int row, Column column) {
        return model.data(model.index(row, column)).toString();
    };
    const qint64 now = model.now();
    Result result;
    QList<QVariantList> rows;
    rows.reserve(model.rowCount());
    QList<QStringList> contacts;
    contacts.reserve(model.rowCount());
    for (int i = 0; i < model.rowCount(); ++i) {
        const auto *r = model.rowAt(i);
        const auto detail = item::loadComplaint(db, r->id);
        QStringList contact { QString(), QString() };
        if (detail
            && domain::permit(actor, domain::Action::ComplaintViewPersonalData,
                   domain::complaintSubject(detail->state))
                == domain::Verdict::Allowed) {
            contact = { detail->data.value(u"nickname"_s).toString(), detail->phone };
            if (!contact.at(0).isEmpty() || !contact.at(1).isEmpty())
                ++result.withContact;
        }
        contacts.append(contact);
        domain::ComplaintState state;
        state.status = r->status;
        state.dueAt = r->dueAt;
        state.firstReplyAt = r->firstReplyAt;
        rows.append(QVariantList { i + 1, text(i, Column::TitleColumn),
            text(i, Column::StatusColumn), text(i, Column::CategoryColumn),
            text(i, Column::CommunityColumn), text(i, Column::ChannelColumn),
            chinaTime(r->submittedAt), chinaTime(r->dueAt),
            r->firstReplyAt ? chinaTime(*r->firstReplyAt) : QVariant(),
            r->merged ? QVariant(tr("Merged")) : QVariant(item::slaText(domain::slaState(state, now), r->dueAt, now)),
            model.data(model.index(i, Column::HandlingColumn), Qt::ToolTipRole).toString(),
            r->urgeCount, r->id });
    }
    result.rows = int(rows.size());

    XlsxSheet sheet;
    sheet.name = tr("Complaints");
    sheet.title = title;
    sheet.subtitle = tr("Exported %1 · %2 complaints")
                         .arg(chinaTime(now).toString())
                         .arg(result.rows);
    sheet.columns = {
        { tr("No."), XlsxColumn::Format::Integer, 6 },
        { tr("Title"), XlsxColumn::Format::Text, 36 },
        { tr("Status"), XlsxColumn::Format::Text, 10 },
        { tr("Category"), XlsxColumn::Format::Text, 12 },
        { tr("Community"), XlsxColumn::Format::Text, 18 },
        { tr("Channel"), XlsxColumn::Format::Text, 12 },
        { tr("Submitted"), XlsxColumn::Format::Text, 17 },
        { tr("Reply due"), XlsxColumn::Format::Text, 17 },
        { tr("First reply"), XlsxColumn::Format::Text, 17 },
        { tr("SLA"), XlsxColumn::Format::Text, 16 },
        { tr("Handled by"), XlsxColumn::Format::Text, 18 },
        { tr("Urged"), XlsxColumn::Format::Integer, 6 },
        { tr("Complaint ID"), XlsxColumn::Format::Text, 38 },
    };
    if (result.withContact > 0) {
        // After the title, so the sheet reads as the office reads a complaint.
        sheet.columns.insert(2, { tr("Resident"), XlsxColumn::Format::Text, 10 });
        sheet.columns.insert(3, { tr("Phone"), XlsxColumn::Format::Text, 14 });
        for (qsizetype i = 0; i < rows.size(); ++i) {
            rows[i].insert(2, contacts.at(i).at(0));
            rows[i].insert(3, contacts.at(i).at(1));
        }
    }
    sheet.rows = std::move(rows);
    if (!writeXlsx(path, { sheet }, error))
        return std::nullopt;
    return result;
}

} // namespace civic::ui
