#pragma once

#include "domain/noticeworkflow.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace civic::ui {

class ClientContext;

// A district's notice settings (PRODUCT.md §3), edited by the district office (or the city):
// the review chain per category (steps of role and level with hours to decide, e.g. a district
// step added for 政策解读), validated with the domain's validators as it is edited, and the
// sensitive-word list, one word per line, that the client checks before submission and the
// server again.
class NoticeSettingsView : public QWidget
{
    Q_OBJECT

public:
    explicit NoticeSettingsView(ClientContext *context, QWidget *parent = nullptr);

    // Loads the district's settings from the cache (the district unit's own copy).
    void showDistrict(const QString &districtCode);
    QString district() const { return m_district; }
    // Re-reads after a sync, unless the user is in the middle of an edit.
    void refresh();

Q_SIGNALS:
    void backRequested();

private:
    void selectCategory(const QString &category);
    void fillSteps();
    void stepsEdited();
    void validate();
    void addStep();
    void removeStep();
    void moveStep(int delta);
    domain::ReviewChain *editedChain();
    void saveChains();
    void saveWords();
    void updateWordCount();

    ClientContext *m_context;
    QString m_district;
    bool m_mayEdit = false;
    domain::ReviewChainConfig m_config;
    qint64 m_chainsVersion = 0;
    qint64 m_wordsVersion = 0;
    QString m_category; // empty: the default chain
    bool m_chainsDirty = false;
    bool m_wordsDirty = false;
    bool m_filling = false;

    QLabel *m_heading;
    QListWidget *m_categories;
    QLabel *m_chainTitle;
    QCheckBox *m_override;
    QTableWidget *m_steps;
    QPushButton *m_addStep;
    QPushButton *m_removeStep;
    QPushButton *m_upStep;
    QPushButton *m_downStep;
    QLabel *m_chainErrors;
    QLabel *m_chainStatus;
    QPushButton *m_saveChains;
    QPlainTextEdit *m_words;
    QLabel *m_wordCount;
    QLabel *m_wordsStatus;
    QPushButton *m_saveWords;
};

} // namespace civic::ui
