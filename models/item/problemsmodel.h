#pragma once

#include "store/outbox.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace civic::item {

// The changes the server refused (conflict, permission, rule), with the reason and the
// user's own text, for the sync problems panel. Reads the outbox through a read connection.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, WhatColumn, TextColumn, ReasonColumn, ColumnCount };
    enum Role { OpIdRole = Qt::UserRole + 1, EntryRole };

    explicit ProblemsModel(QObject *parent = nullptr);
    void load(const QSqlDatabase &db);
    void reload();
    const store::OutboxEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The command type in the user's language ("回复居民" for complaint.reply).
    static QString commandLabel(const QString &type);
    // The server's refusal in the user's language, from its code, with its message.
    static QString reasonText(const QJsonObject &error, store::OutboxEntry::State state);

private:
    QSqlDatabase m_db;
    QList<store::OutboxEntry> m_entries;
};

} // namespace civic::item
