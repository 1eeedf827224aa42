#include "problemsmodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace civic::item {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::load(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void ProblemsModel::reload()
{
    beginResetModel();
    store::Outbox outbox(m_db);
    m_entries = outbox.problems();
    endResetModel();
}

const store::OutboxEntry *ProblemsModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::commandLabel(const QString &type)
{
    static const QHash<QString, const char *> labels = {
        {u"complaint.create"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Register a complaint")},
        {u"complaint.reply"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Reply to the resident")},
        {u"complaint.note"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Internal note")},
        {u"complaint.assign"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Assign")},
        {u"complaint.accept"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Accept")},
        {u"complaint.escalate"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Escalate")},
        {u"complaint.transfer"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Transfer to a department")},
        {u"complaint.return"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Return to a lower unit")},
        {u"complaint.take_over"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Take over")},
        {u"complaint.object"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Object to a transfer")},
        {u"complaint.resolve"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Resolve")},
        {u"complaint.reopen"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Reopen")},
        {u"complaint.satisfaction"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Record satisfaction")},
        {u"complaint.close"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Close")},
        {u"complaint.mark_example"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Mark as service example")},
        {u"complaint.merge"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Merge duplicates")},
        {u"complaint.urge"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Urge")},
        {u"notice.save"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Save notice draft")},
        {u"notice.submit"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Submit notice for review")},
        {u"notice.approve"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Approve notice")},
        {u"notice.reject"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Reject notice")},
        {u"notice.publish"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Publish notice")},
        {u"notice.withdraw"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Withdraw notice")},
        {u"fans.import"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Import fan figures")},
        {u"org.update"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Edit unit")},
        {u"org.add"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Add unit")},
        {u"user.update"_s, QT_TRANSLATE_NOOP("civic::item::ProblemsModel", "Edit account")},
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : QCoreApplication::translate("civic::item::ProblemsModel", *it);
}

QString ProblemsModel::reasonText(const QJsonObject &error, store::OutboxEntry::State state)
{
    const QString code = error.value(u"code"_s).toString();
    const QString message = error.value(u"message"_s).toString();
    QString reason;
    if (state == store::OutboxEntry::State::Conflict || code == u"conflict")
        reason = QCoreApplication::translate("civic::item::ProblemsModel",
                                             "Someone else changed this record first; check it and try again.");
    else if (code == u"forbidden")
        reason = QCoreApplication::translate("civic::item::ProblemsModel", "Your account may not do this here.");
    else if (code == u"not_found")
        reason = QCoreApplication::translate("civic::item::ProblemsModel",
                                             "The record no longer exists or is no longer visible to you.");
    else if (code == u"invalid_field")
        reason = QCoreApplication::translate("civic::item::ProblemsModel", "Some input was not accepted.");
    else if (code == u"personal_data_unreadable")
        // Set aside by the client itself (store::checkPersonalKey), never sent.
        return QCoreApplication::translate("civic::item::ProblemsModel",
                                           "This change names a resident whose details this computer can no "
                                           "longer read (their key was not kept in a system keychain). Enter it "
                                           "again.");
    else
        reason = QCoreApplication::translate("civic::item::ProblemsModel", "The server refused the change.");
    return message.isEmpty() ? reason : reason + u" ("_s + message + u')';
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    const store::OutboxEntry *e = entry(index.row());
    if (!e)
        return {};
    if (role == OpIdRole)
        return e->opId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e->createdAt), QLocale::ShortFormat);
    case WhatColumn:
        return commandLabel(e->type);
    case TextColumn:
        return e->summary;
    case ReasonColumn:
        return reasonText(e->lastError, e->state);
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("Made at");
    case WhatColumn:
        return tr("Change");
    case TextColumn:
        return tr("Your text");
    case ReasonColumn:
        return tr("Why it was refused");
    default:
        return {};
    }
}

} // namespace civic::item
