#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;

namespace civic::ui {

// The look of CivicDesk: Fusion with a light office palette, a CJK-capable UI font, and
// one accent colour. Applied once at start.
namespace theme {

inline const QColor kAccent{0x16, 0x77, 0xff};
inline const QColor kDanger{0xe5, 0x48, 0x4d};
inline const QColor kWarning{0xfa, 0x8c, 0x16};
inline const QColor kSuccess{0x52, 0xc4, 0x1a};
inline const QColor kMuted{0x8c, 0x8c, 0x8c};
inline const QColor kNavBackground{0x1f, 0x2d, 0x3d};

void apply(QApplication &app);
// The UI font family available on this system that renders Chinese well.
QString uiFontFamily();

// Icons painted in code (no icon theme is needed on office PCs).
enum class Glyph { Dashboard, Complaints, Notices, Fans, Assessment, Settings, Sync, Bell, Warning, Check, Offline, User };
QIcon icon(Glyph glyph, const QColor &color = QColor(0x59, 0x59, 0x59));

} // namespace theme
} // namespace civic::ui
