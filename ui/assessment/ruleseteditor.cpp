// The 评分规则 tab: see ruleseteditor.h.

#include "assessment/ruleseteditor.h"

#include "domain/assessment.h"

#include <QCheckBox>
#include <QColor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace civic::ui {

namespace {

// Parameters read as whole numbers and as lists (ASSESSMENT.md §5); the rest are decimals.
bool isWhole(const QString &key)
{
    return key == u"a_top_n" || key == u"news_min_leads";
}

bool isList(const QString &key)
{
    return key == u"b3_weights" || key == u"awards";
}

QString numberText(const QJsonValue &v)
{
    return QString::number(v.toDouble(), 'f', QLocale::FloatingPointShortest);
}

QString valueText(const QJsonValue &v)
{
    if (!v.isArray())
        return numberText(v);
    QStringList parts;
    for (const QJsonValue &item : v.toArray())
        parts.append(numberText(item));
    return parts.join(u", "_s);
}

} // namespace

QStringList RuleSetEditor::keys()
{
    return { u"sla_hours"_s, u"a_max"_s, u"a_top_n"_s, u"b1_max"_s, u"b2_max"_s,
        u"b3_weights"_s, u"c_max"_s, u"c_penalty"_s, u"bonus_event"_s,
        u"bonus_innovation_each"_s, u"bonus_innovation_max"_s, u"bonus_service_each"_s,
        u"bonus_service_max"_s, u"news_district"_s, u"news_city"_s, u"news_min_leads"_s,
        u"news_max"_s, u"award_min_net"_s, u"awards"_s };
}

QString RuleSetEditor::label(const QString &key)
{
    if (key == u"sla_hours")
        return tr("Reply deadline (hours)");
    if (key == u"a_max")
        return tr("A fan growth: maximum");
    if (key == u"a_top_n")
        return tr("A: communities in tier 1");
    if (key == u"b1_max")
        return tr("B1 notices published: maximum");
    if (key == u"b2_max")
        return tr("B2 review quality: maximum");
    if (key == u"b3_weights")
        return tr("B3 complaints: weights (replied in time, resolved, satisfied)");
    if (key == u"c_max")
        return tr("C on-time reporting: maximum");
    if (key == u"c_penalty")
        return tr("C: deduction per missed task");
    if (key == u"bonus_event")
        return tr("Bonus: promotion event");
    if (key == u"bonus_innovation_each")
        return tr("Bonus: each innovation");
    if (key == u"bonus_innovation_max")
        return tr("Bonus: innovations at most");
    if (key == u"bonus_service_each")
        return tr("Bonus: each service example");
    if (key == u"bonus_service_max")
        return tr("Bonus: service examples at most");
    if (key == u"news_district")
        return tr("News lead adopted by the district");
    if (key == u"news_city")
        return tr("News lead adopted by the city");
    if (key == u"news_min_leads")
        return tr("News: approved leads needed");
    if (key == u"news_max")
        return tr("News: at most");
    if (key == u"award_min_net")
        return tr("Awards: minimum net fan growth");
    if (key == u"awards")
        return tr("Awards by place (yuan)");
    return key;
}

RuleSetEditor::RuleSetEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"ruleSetEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"ruleSetHeading"_s);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *listSide = new QWidget(split);
    listSide->setMinimumWidth(300);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTableWidget(0, 3, listSide);
    m_list->setObjectName(u"ruleSetList"_s);
    m_list->setHorizontalHeaderLabels({ tr("Version"), tr("State"), tr("Saved by") });
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    listLayout->addWidget(m_list, 1);
    m_activateButton = new QPushButton(tr("Use this version"), listSide);
    m_activateButton->setObjectName(u"activateRuleSetButton"_s);
    m_activateButton->setToolTip(
        tr("Quarters not yet published are scored with this version from now on."));
    listLayout->addWidget(m_activateButton);

    auto *formSide = new QWidget(split);
    auto *formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    // The single numbers in two columns, the lists (weights, awards) on full rows below.
    QStringList scalars;
    QStringList lists;
    for (const QString &key : keys())
        (isList(key) ? lists : scalars).append(key);
    const int half = int((scalars.size() + 1) / 2);
    const auto addField = [&](const QString &key, int row, int column, int span) {
        auto *edit = new QLineEdit(formSide);
        edit->setObjectName(u"rule_"_s + key);
        edit->setMinimumWidth(64);
        if (isList(key))
            edit->setToolTip(tr("Numbers separated by commas"));
        auto *caption = new QLabel(label(key), formSide);
        caption->setBuddy(edit);
        grid->addWidget(caption, row, column);
        grid->addWidget(edit, row, column + 1, 1, span);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_filling)
                return;
            m_edited = true;
            updateButtons();
        });
    };
    for (int i = 0; i < scalars.size(); ++i)
        addField(scalars.at(i), i % half, (i / half) * 2, 1);
    for (int i = 0; i < lists.size(); ++i)
        addField(lists.at(i), half + i, 0, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    formLayout->addLayout(grid);

    auto *saveBar = new QHBoxLayout;
    saveBar->addWidget(new QLabel(tr("New version:"), formSide));
    m_versionEdit = new QLineEdit(formSide);
    m_versionEdit->setObjectName(u"ruleSetVersionEdit"_s);
    m_versionEdit->setPlaceholderText(tr("e.g. sujiatun-2027"));
    m_versionEdit->setMaxLength(64);
    connect(m_versionEdit, &QLineEdit::textEdited, this, [this] { updateButtons(); });
    saveBar->addWidget(m_versionEdit, 1);
    m_activateCheck = new QCheckBox(tr("Use it at once"), formSide);
    m_activateCheck->setObjectName(u"activateAfterSaveCheck"_s);
    m_activateCheck->setChecked(true);
    saveBar->addWidget(m_activateCheck);
    m_saveButton = new QPushButton(tr("Save as new version"), formSide);
    m_saveButton->setObjectName(u"saveRuleSetButton"_s);
    saveBar->addWidget(m_saveButton);
    m_revertButton = new QPushButton(tr("Revert"), formSide);
    m_revertButton->setObjectName(u"revertRuleSetButton"_s);
    saveBar->addWidget(m_revertButton);
    formLayout->addLayout(saveBar);
    m_message = new QLabel(formSide);
    m_message->setObjectName(u"ruleSetMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    formLayout->addWidget(m_message);
    formLayout->addStretch(1);

    split->addWidget(listSide);
    split->addWidget(formSide);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({ 260, 760 });
    layout->addWidget(split, 1);

    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_edited)
            showSelected();
        updateButtons();
    });
    connect(m_saveButton, &QPushButton::clicked, this, &RuleSetEditor::requestSave);
    connect(m_revertButton, &QPushButton::clicked, this, &RuleSetEditor::revert);
    connect(m_activateButton, &QPushButton::clicked, this, [this] {
        const QString version = selectedVersion();
        if (!version.isEmpty())
            Q_EMIT activateRequested(version);
    });
    updateButtons();
}

void RuleSetEditor::setRuleSets(
    const QString &districtName, const QList<item::RuleSetEntry> &sets, bool mayEdit)
{
    QString keep = selectedVersion();
    for (const auto &s : sets) {
        if (!m_justSaved.isEmpty() && s.version == m_justSaved) {
            keep = m_justSaved;
            m_justSaved.clear();
        }
    }
    m_sets = sets;
    m_mayEdit = mayEdit;
    QString active;
    for (const auto &s : sets) {
        if (s.active)
            active = s.version;
    }
    m_heading->setText(districtName.isEmpty()
            ? tr("Select a district (or a unit in it) in the org tree.")
            : tr("Rule sets of %1. Quarters not yet published are scored with %2; a published "
                 "quarter keeps the version it was published with.")
                  .arg(districtName, active));
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(int(sets.size()));
    int select = 0;
    for (int row = 0; row < sets.size(); ++row) {
        const auto &s = sets.at(row);
        auto *version = new QTableWidgetItem(s.version);
        version->setData(Qt::UserRole, s.version);
        m_list->setItem(row, 0, version);
        const QString state = s.active ? tr("In use") : QString();
        auto *stateItem = new QTableWidgetItem(
            s.builtIn && state.isEmpty() ? tr("Built in") : s.builtIn ? tr("In use · built in") : state);
        if (s.active)
            stateItem->setForeground(QColor(0x1E, 0x84, 0x49));
        m_list->setItem(row, 1, stateItem);
        const QString when = item::assessmentTimeText(s.createdAt);
        auto *savedBy = new QTableWidgetItem(s.createdByName.isEmpty()
                ? when
                : when.isEmpty() ? s.createdByName : s.createdByName + u' ' + when);
        savedBy->setToolTip(savedBy->text());
        m_list->setItem(row, 2, savedBy);
        if (s.version == keep)
            select = row;
    }
    if (!sets.isEmpty())
        m_list->selectRow(select);
    for (QLineEdit *edit : std::as_const(m_fields))
        edit->setReadOnly(!mayEdit);
    m_versionEdit->setVisible(mayEdit);
    m_activateCheck->setVisible(mayEdit);
    m_saveButton->setVisible(mayEdit);
    m_revertButton->setVisible(mayEdit);
    m_activateButton->setVisible(mayEdit);
    if (!m_edited)
        showSelected();
    updateButtons();
}

QString RuleSetEditor::selectedVersion() const
{
    const auto rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(Qt::UserRole).toString();
}

void RuleSetEditor::selectVersion(const QString &version)
{
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (m_list->item(row, 0)->data(Qt::UserRole).toString() == version)
            m_list->selectRow(row);
    }
}

void RuleSetEditor::showSelected()
{
    const QString version = selectedVersion();
    for (const auto &s : std::as_const(m_sets)) {
        if (s.version == version) {
            fillForm(s.rules);
            return;
        }
    }
}

void RuleSetEditor::fillForm(const QJsonObject &rules)
{
    m_filling = true;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setText(valueText(rules.value(it.key())));
    m_filling = false;
}

std::variant<QJsonObject, QString> RuleSetEditor::formRules() const
{
    static const QRegularExpression separators(u"[,，、;；\\s]+"_s);
    QJsonObject rules;
    for (const QString &key : keys()) {
        const QString text = m_fields.value(key)->text().trimmed();
        const QString name = label(key);
        const QStringList parts = isList(key)
            ? text.split(separators, Qt::SkipEmptyParts)
            : (text.isEmpty() ? QStringList() : QStringList { text });
        if (parts.isEmpty())
            return tr("%1: enter a value.").arg(name);
        if (key == u"b3_weights" && parts.size() != 3)
            return tr("%1: enter three numbers.").arg(name);
        QJsonArray values;
        for (const QString &part : parts) {
            bool ok = false;
            const double d = QLocale::c().toDouble(part, &ok);
            if (!ok)
                return tr("%1: “%2” is not a number.").arg(name, part);
            if (d < 0)
                return tr("%1: must not be negative.").arg(name);
            if (isWhole(key) && d != double(qint64(d)))
                return tr("%1: must be a whole number.").arg(name);
            values.append(d == double(qint64(d)) ? QJsonValue(qint64(d)) : QJsonValue(d));
        }
        rules.insert(key, isList(key) ? QJsonValue(values) : values.at(0));
    }
    // What the engine would refuse is refused here, naming the parameter.
    const auto parsed = domain::parseRules(rules);
    if (const auto *error = std::get_if<domain::AssessmentError>(&parsed)) {
        const QString key = error->field.section(u'[', 0, 0);
        return tr("%1: %2").arg(label(key), error->message);
    }
    return rules;
}

void RuleSetEditor::requestSave()
{
    const QString version = m_versionEdit->text().trimmed();
    if (version.isEmpty() || version.contains(QRegularExpression(u"\\s"_s))) {
        setMessage(tr("Name the new version in one word, e.g. sujiatun-2027."), true);
        m_versionEdit->setFocus();
        return;
    }
    for (const auto &s : std::as_const(m_sets)) {
        if (s.version == version) {
            setMessage(tr("Version %1 exists already; a saved version never changes. Choose "
                          "another name.")
                           .arg(version),
                true);
            m_versionEdit->setFocus();
            return;
        }
    }
    const auto rules = formRules();
    if (const auto *error = std::get_if<QString>(&rules)) {
        setMessage(*error, true);
        return;
    }
    Q_EMIT saveRequested(version, std::get<QJsonObject>(rules), m_activateCheck->isChecked());
}

void RuleSetEditor::saved(const QString &version)
{
    m_edited = false;
    m_versionEdit->clear();
    m_justSaved = version; // selected once the list shows it
    selectVersion(version);
    showSelected();
    updateButtons();
}

void RuleSetEditor::revert()
{
    m_edited = false;
    m_message->hide();
    showSelected();
    updateButtons();
}

void RuleSetEditor::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #c0392b;"_s : u"color: #1e8449;"_s);
    m_message->setVisible(!text.isEmpty());
}

void RuleSetEditor::updateButtons()
{
    bool selectedActive = true;
    const QString version = selectedVersion();
    for (const auto &s : std::as_const(m_sets)) {
        if (s.version == version)
            selectedActive = s.active;
    }
    m_activateButton->setEnabled(m_mayEdit && !version.isEmpty() && !selectedActive && !m_edited);
    m_saveButton->setEnabled(m_mayEdit && !m_versionEdit->text().trimmed().isEmpty());
    m_revertButton->setEnabled(m_edited);
}

} // namespace civic::ui
