#pragma once

#include "item/assessmentmodel.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace civic::ui {

// The quarterly circular (季度考核通报) as files a district office prints and sends
// (PRODUCT.md §5: "export of the circular as PDF and XLSX"): the title, the ranking table with
// every component, the best community, the award list and the date. Both writers are safe on
// a worker thread.
class AssessmentExports
{
    Q_DECLARE_TR_FUNCTIONS(civic::ui::AssessmentExports)

public:
    // "苏家屯区2026年第三季度社区微信公众号考核情况通报".
    static QString title(const item::AssessmentQuarter &quarter);
    static bool writeXlsx(const item::AssessmentQuarter &quarter, QDate issued, const QString &path, QString *error);
    // A4 portrait, in a Chinese font that is installed (fans' circularFontFamily()).
    static bool writePdf(const item::AssessmentQuarter &quarter, QDate issued, const QString &path, QString *error);
    // "2026年第三季度" / "Q3 2026".
    static QString quarterName(const QString &quarter);
    // The award list: "河畔社区 ¥2000", in rank order.
    static QStringList awardLines(const item::AssessmentQuarter &quarter);
};

} // namespace civic::ui
