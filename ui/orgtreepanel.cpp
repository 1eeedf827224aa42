#include "orgtreepanel.h"

#include "clientcontext.h"
#include "item/orgtreemodel.h"
#include "theme.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

// Draws a unit's name with its badges as small pills at the right: overdue in red, then
// open complaints, then notices awaiting review.
class BadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariantMap badges = index.data(item::OrgTreeModel::BadgesRole).toMap();
        struct Pill
        {
            QString key;
            QColor color;
        };
        const Pill pills[] = {{u"overdue"_s, theme::kDanger}, {u"open"_s, theme::kAccent}, {u"review"_s, theme::kWarning}};
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.82);
        painter->save();
        painter->setFont(font);
        painter->setRenderHint(QPainter::Antialiasing);
        const QFontMetrics fm(font);
        int right = option.rect.right() - 4;
        for (auto it = std::rbegin(pills); it != std::rend(pills); ++it) {
            const int count = badges.value(it->key).toInt();
            if (count <= 0)
                continue;
            const QString text = count > 999 ? u"999+"_s : QString::number(count);
            const int w = std::max(fm.horizontalAdvance(text) + 10, fm.height() + 2);
            const QRect pill(right - w, option.rect.center().y() - fm.height() / 2 - 1, w, fm.height() + 2);
            painter->setPen(Qt::NoPen);
            painter->setBrush(it->color);
            painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
            painter->setPen(Qt::white);
            painter->drawText(pill, Qt::AlignCenter, text);
            right = pill.left() - 4;
        }
        painter->restore();
    }
};

} // namespace

OrgTreePanel::OrgTreePanel(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"orgTreePanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 14, 6, 10);
    layout->setSpacing(8);
    auto *caption = new QLabel(tr("Organisation"), this);
    caption->setStyleSheet(u"font-weight: bold; color: #1f2329;"_s);
    layout->addWidget(caption);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"orgSearchEdit"_s);
    m_search->setPlaceholderText(tr("Search streets, communities…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(context->orgTree());
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"orgTreeView"_s);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new BadgeDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAnimated(true);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_context->setCurrentUnit(current.data(item::OrgTreeModel::CodeRole).toString());
    });
    connect(context->orgTree(), &QAbstractItemModel::modelReset, this, &OrgTreePanel::modelReset);
    connect(context, &ClientContext::currentUnitChanged, this, &OrgTreePanel::select);
    modelReset();
}

void OrgTreePanel::modelReset()
{
    // The user's own unit and the level under it open; deeper levels on demand.
    const QModelIndex root = m_proxy->index(0, 0);
    m_view->expand(root);
    if (m_proxy->rowCount(root) <= 6) {
        for (int i = 0; i < m_proxy->rowCount(root); ++i)
            m_view->expand(m_proxy->index(i, 0, root));
    }
    select(m_context->currentUnit());
}

void OrgTreePanel::select(const QString &code)
{
    const QModelIndex source = m_context->orgTree()->indexOf(code);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid() && m_view->currentIndex() != index) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
}

} // namespace civic::ui
