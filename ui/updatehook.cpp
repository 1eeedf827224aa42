// Compiled into the civicdesk executable only (app/CMakeLists.txt): every main window the
// client shows gets the update notice (docs/operations.md §Updates). Tests attach it
// themselves with the same call.

#include "updatenotice.h"

#include <QCoreApplication>

namespace {

void attachUpdateNotices()
{
    civic::ui::UpdateNotice::attachToEveryMainWindow();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(attachUpdateNotices)
