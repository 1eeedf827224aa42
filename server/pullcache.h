#pragma once

#include <QByteArray>
#include <QHash>

#include <cstddef>
#include <list>
#include <mutex>
#include <optional>

namespace civic::server {

// One answer of GET /api/v1/sync/pull: the JSON body and how many changes it carries.
struct PullPage
{
    QByteArray body;
    int changes = 0;
};

// Pull pages already answered, for the clients that ask the same question again: everyone of a
// unit polls with the same cursor between two writes (the cursor is the log's head at its last
// pull), so the second to the thousandth of them get the bytes the first one made. A page is
// a pure function of what the caller may see, `since`, `limit` and the log's head; it is
// served only while the head is the one it was read at, so any commit retires it (and the
// first pull at a newer head drops the older pages). Bounded in bytes, least recently used
// first out; thread-safe.
class PullCache
{
public:
    explicit PullCache(std::size_t maxBytes)
        : m_maxBytes(maxBytes)
    {
    }

    std::optional<PullPage> find(const QByteArray &key, qint64 head);
    void insert(const QByteArray &key, qint64 head, const PullPage &page);

    struct Stats
    {
        quint64 hits = 0;
        quint64 misses = 0;
        std::size_t bytes = 0;
        std::size_t pages = 0;
    };
    Stats stats() const;

private:
    struct Entry
    {
        QByteArray key;
        qint64 head;
        PullPage page;
    };
    void evictLocked(std::list<Entry>::iterator it);
    void retireOlderThanLocked(qint64 head);

    const std::size_t m_maxBytes;
    mutable std::mutex m_mutex;
    std::list<Entry> m_entries; // most recently used first
    QHash<QByteArray, std::list<Entry>::iterator> m_index;
    std::size_t m_bytes = 0;
    qint64 m_head = 0; // the newest head seen
    quint64 m_hits = 0;
    quint64 m_misses = 0;
};

} // namespace civic::server
