#pragma once

#include "item/assessmentlists.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <variant>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace civic::ui {

// The 评分规则 tab of the 季度考核 page (PRODUCT.md §5, ASSESSMENT.md §5): a district's
// rule-set versions, the parameters of the one selected, and — for the district office —
// saving edited parameters as a new version and choosing the version that scores the
// quarters not yet published. A published quarter keeps the version it was published with.
class RuleSetEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RuleSetEditor(QWidget *parent = nullptr);

    // Shows the district's rule sets; with `mayEdit` the account saves and activates them.
    // What the user has typed into the form stays until it is saved or reverted.
    void setRuleSets(const QString &districtName, const QList<item::RuleSetEntry> &sets, bool mayEdit);
    const QList<item::RuleSetEntry> &ruleSets() const { return m_sets; }

    // The rule set the form holds, checked with the engine's own reader, or the first fault
    // naming the parameter as the form labels it.
    std::variant<QJsonObject, QString> formRules() const;
    QLineEdit *field(const QString &key) const { return m_fields.value(key); }
    bool isEdited() const { return m_edited; }
    void selectVersion(const QString &version);
    void setMessage(const QString &text, bool error);
    // Called once a save reached the cache: the form now shows what is stored.
    void saved(const QString &version);

    static QStringList keys();
    static QString label(const QString &key);

Q_SIGNALS:
    void saveRequested(const QString &version, const QJsonObject &rules, bool activate);
    void activateRequested(const QString &version);

private:
    void showSelected();
    void fillForm(const QJsonObject &rules);
    void requestSave();
    void revert();
    void updateButtons();
    QString selectedVersion() const;

    QLabel *m_heading;
    QTableWidget *m_list;
    QMap<QString, QLineEdit *> m_fields;
    QLineEdit *m_versionEdit;
    QCheckBox *m_activateCheck;
    QPushButton *m_saveButton;
    QPushButton *m_revertButton;
    QPushButton *m_activateButton;
    QLabel *m_message;
    QList<item::RuleSetEntry> m_sets;
    QString m_justSaved;
    bool m_mayEdit = false;
    bool m_edited = false;
    bool m_filling = false;
};

} // namespace civic::ui
