#pragma once

#include "item/complaintrecords.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace civic::ui {

// The 意见箱 filter bar (PRODUCT.md §2 tiered views): status, category, channel, a date range
// on submission, overdue only, handled at my level, and full text. The page adds the scope.
class ComplaintFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintFilterBar(QWidget *parent = nullptr);

    // The filter without scope; `myPath` is the user's handling unit for "handled at my level".
    item::ComplaintFilter filter(const QString &myPath) const;
    void setCategories(const QStringList &categories);
    // Whether the period filter is set (the statistics then follow it).
    bool hasPeriod() const;
    void setOverdueOnly(bool on);
    void reset();

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_channel;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_overdue;
    QCheckBox *m_mine;
    QLineEdit *m_search;
    QToolButton *m_reset;
    QTimer m_typing;
};

} // namespace civic::ui
