#include "pullcache.h"

namespace civic::server {

std::optional<PullPage> PullCache::find(const QByteArray &key, qint64 head)
{
    const std::lock_guard lock(m_mutex);
    retireOlderThanLocked(head);
    const auto found = m_index.constFind(key);
    if (found == m_index.cend() || found.value()->head != head) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    m_entries.splice(m_entries.begin(), m_entries, found.value());
    return m_entries.front().page;
}

void PullCache::insert(const QByteArray &key, qint64 head, const PullPage &page)
{
    const std::size_t cost = std::size_t(key.size() + page.body.size());
    if (cost > m_maxBytes / 8)
        return; // one page never crowds out the rest
    const std::lock_guard lock(m_mutex);
    retireOlderThanLocked(head);
    if (head < m_head)
        return; // a slower reader of an older head: nobody will ask for its page again
    if (const auto found = m_index.constFind(key); found != m_index.cend())
        evictLocked(found.value());
    // Kept without the spare capacity the page was built with: what is counted is what is held.
    PullPage kept = page;
    kept.body.squeeze();
    m_entries.push_front(Entry { key, head, std::move(kept) });
    m_index.insert(key, m_entries.begin());
    m_bytes += cost;
    while (m_bytes > m_maxBytes && !m_entries.empty())
        evictLocked(std::prev(m_entries.end()));
}

void PullCache::evictLocked(std::list<Entry>::iterator it)
{
    m_bytes -= std::size_t(it->key.size() + it->page.body.size());
    m_index.remove(it->key);
    m_entries.erase(it);
}

// The head only moves forward and a page is served only at the head it was read at, so once
// a newer head is seen every older page is dead weight: under steady writes the cache holds
// the current head's pages, not its whole byte budget of pages nobody can ask for.
void PullCache::retireOlderThanLocked(qint64 head)
{
    if (head <= m_head)
        return;
    m_head = head;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const auto next = std::next(it);
        if (it->head < head)
            evictLocked(it);
        it = next;
    }
}

PullCache::Stats PullCache::stats() const
{
    const std::lock_guard lock(m_mutex);
    return Stats { m_hits, m_misses, m_bytes, m_entries.size() };
}

} // namespace civic::server
