#pragma once

#include "domain/permissions.h"
#include "item/complaintrecords.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace civic::ui {

// The 意见箱台账: the complaints the list shows (its filter and order), one row each, as an
// XLSX workbook for the office's files and the street's returns. The resident's name and
// phone are written only for the complaints the user may see them of
// (domain::Action::ComplaintViewPersonalData: the handling unit); every other row carries
// neither, and a workbook without any such row has no contact columns at all.
class ComplaintLedger
{
    Q_DECLARE_TR_FUNCTIONS(civic::ui::ComplaintLedger)

public:
    struct Result
    {
        int rows = 0;
        int withContact = 0; // rows whose name and phone were written
    };

    // At most this many rows: a larger selection is refused with a message (narrow the
    // filter) rather than half written.
    static constexpr int kMaxRows = 200000;

    static std::optional<Result> write(const QSqlDatabase &db, const domain::Actor &actor,
        const item::ComplaintFilter &filter, item::ComplaintSortKey key, Qt::SortOrder order,
        const QString &title, const QString &path, QString *error);
};

} // namespace civic::ui
