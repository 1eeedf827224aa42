#include "noticesettingsview.h"

#include "clientcontext.h"
#include "domain/permissions.h"
#include "domain/sensitivewords.h"
#include "item/noticerecords.h"
#include "item/orgtreemodel.h"
#include "labels.h"
#include "noticelabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace civic::domain;

namespace civic::ui {

namespace {

// The roles that review notices, each at its own level (roles.h roleFitsLevel).
const QList<Role> kReviewRoles = { Role::Director, Role::Street, Role::District, Role::City };
const QList<Level> kReviewLevels
    = { Level::Community, Level::Street, Level::District, Level::City };

Level levelOfRole(Role role)
{
    switch (role) {
    case Role::Street:
        return Level::Street;
    case Role::District:
        return Level::District;
    case Role::City:
        return Level::City;
    default:
        return Level::Community;
    }
}

QFrame *panel(const QString &caption, const QString &note, QWidget *parent, QVBoxLayout **layout)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(u"panel"_s);
    *layout = new QVBoxLayout(frame);
    (*layout)->setContentsMargins(16, 12, 16, 14);
    (*layout)->setSpacing(8);
    auto *label = new QLabel(caption, frame);
    label->setStyleSheet(u"font-weight: bold; font-size: 11pt;"_s);
    (*layout)->addWidget(label);
    if (!note.isEmpty()) {
        auto *sub = new QLabel(note, frame);
        sub->setObjectName(u"pageSubtitle"_s);
        sub->setWordWrap(true);
        (*layout)->addWidget(sub);
    }
    return frame;
}

QString chainErrorText(const NoticeError &error)
{
    static const QRegularExpression stepPattern(u"Step (\\d+)"_s);
    const auto match = stepPattern.match(error.message);
    const QString step
        = match.hasMatch() ? reviewStepName(match.captured(1).toInt()) + u": "_s : QString();
    QString text;
    if (error.code == u"empty_chain")
        text = QCoreApplication::translate(
            "civic::ui::NoticeSettingsView", "a chain needs at least one step");
    else if (error.code == u"level_order")
        text = QCoreApplication::translate("civic::ui::NoticeSettingsView",
            "each step must sit at a higher level than the one before it");
    else if (error.code == u"duplicate_step")
        text = QCoreApplication::translate(
            "civic::ui::NoticeSettingsView", "this step repeats an earlier one");
    else if (error.code == u"role_level_mismatch")
        text = QCoreApplication::translate(
            "civic::ui::NoticeSettingsView", "the role does not sit at this level");
    else if (error.code == u"role_cannot_review")
        text = QCoreApplication::translate(
            "civic::ui::NoticeSettingsView", "this role cannot review notices");
    else if (error.code == u"invalid_due_hours")
        text = QCoreApplication::translate(
            "civic::ui::NoticeSettingsView", "a step needs at least 1 hour");
    else
        text = error.message;
    return step + text;
}

} // namespace

NoticeSettingsView::NoticeSettingsView(ClientContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"noticeSettingsView"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *body = new QWidget(scroll);
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(0, 0, 8, 8);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(body);
    m_heading->setStyleSheet(u"font-size: 12pt; font-weight: bold;"_s);
    top->addWidget(m_heading, 1);
    auto *back = new QPushButton(tr("Back to the notices"), body);
    back->setObjectName(u"settingsBackButton"_s);
    connect(back, &QPushButton::clicked, this, &NoticeSettingsView::backRequested);
    top->addWidget(back);
    layout->addLayout(top);

    QVBoxLayout *chain = nullptr;
    layout->addWidget(panel(tr("Review chains"),
        tr("Every notice of the district passes these steps in order. A category may have a chain "
           "of its own (for example a district step for 政策解读). Notices already in review keep "
           "the chain they were submitted with."),
        body, &chain));
    auto *chainRow = new QHBoxLayout;
    chainRow->setSpacing(12);
    m_categories = new QListWidget(body);
    m_categories->setObjectName(u"chainCategoryList"_s);
    m_categories->setFixedWidth(190);
    m_categories->setMinimumHeight(200);
    chainRow->addWidget(m_categories);
    auto *editor = new QVBoxLayout;
    editor->setSpacing(6);
    m_chainTitle = new QLabel(body);
    m_chainTitle->setStyleSheet(u"font-weight: bold;"_s);
    editor->addWidget(m_chainTitle);
    m_override = new QCheckBox(tr("This category has its own chain"), body);
    m_override->setObjectName(u"chainOverrideCheck"_s);
    editor->addWidget(m_override);
    m_steps = new QTableWidget(0, 4, body);
    m_steps->setObjectName(u"chainStepsTable"_s);
    m_steps->setHorizontalHeaderLabels(
        { tr("Step"), tr("Reviewer"), tr("Level"), tr("Hours to decide") });
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_steps->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Fixed);
    m_steps->setColumnWidth(3, 120);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->verticalHeader()->setDefaultSectionSize(36);
    m_steps->setMinimumHeight(170);
    editor->addWidget(m_steps, 1);
    auto *stepButtons = new QHBoxLayout;
    m_addStep = new QPushButton(tr("Add step"), body);
    m_addStep->setObjectName(u"addStepButton"_s);
    m_removeStep = new QPushButton(tr("Remove"), body);
    m_upStep = new QPushButton(tr("Up"), body);
    m_downStep = new QPushButton(tr("Down"), body);
    for (auto *b : { m_addStep, m_removeStep, m_upStep, m_downStep })
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);
    editor->addLayout(stepButtons);
    chainRow->addLayout(editor, 1);
    chain->addLayout(chainRow);
    m_chainErrors = new QLabel(body);
    m_chainErrors->setObjectName(u"chainErrorsLabel"_s);
    m_chainErrors->setWordWrap(true);
    m_chainErrors->setStyleSheet(u"color: #cf1322;"_s);
    chain->addWidget(m_chainErrors);
    auto *chainSave = new QHBoxLayout;
    m_chainStatus = new QLabel(body);
    m_chainStatus->setWordWrap(true);
    m_chainStatus->setStyleSheet(u"color: #8c8c8c;"_s);
    chainSave->addWidget(m_chainStatus, 1);
    m_saveChains = new QPushButton(tr("Save review chains"), body);
    m_saveChains->setObjectName(u"saveChainsButton"_s);
    chainSave->addWidget(m_saveChains);
    chain->addLayout(chainSave);

    QVBoxLayout *words = nullptr;
    layout->addWidget(panel(tr("Sensitive words"),
        tr("One word or phrase per line. Notices containing any of them cannot be submitted: the "
           "editor marks them, and the server checks again."),
        body, &words));
    m_words = new QPlainTextEdit(body);
    m_words->setObjectName(u"sensitiveWordsEdit"_s);
    m_words->setMinimumHeight(180);
    m_words->setPlaceholderText(tr("One word or phrase per line"));
    words->addWidget(m_words);
    auto *wordsSave = new QHBoxLayout;
    m_wordCount = new QLabel(body);
    m_wordCount->setStyleSheet(u"color: #646a73;"_s);
    wordsSave->addWidget(m_wordCount);
    m_wordsStatus = new QLabel(body);
    m_wordsStatus->setWordWrap(true);
    m_wordsStatus->setStyleSheet(u"color: #8c8c8c;"_s);
    wordsSave->addWidget(m_wordsStatus, 1);
    m_saveWords = new QPushButton(tr("Save word list"), body);
    m_saveWords->setObjectName(u"saveWordsButton"_s);
    wordsSave->addWidget(m_saveWords);
    words->addLayout(wordsSave);
    layout->addStretch(1);

    connect(m_categories, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            selectCategory(m_categories->item(row)->data(Qt::UserRole).toString());
    });
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        if (m_filling || m_category.isEmpty())
            return;
        if (on)
            m_config.byCategory.insert(m_category, m_config.defaultChain);
        else
            m_config.byCategory.remove(m_category);
        m_chainsDirty = true;
        fillSteps();
        validate();
    });
    connect(m_addStep, &QPushButton::clicked, this, &NoticeSettingsView::addStep);
    connect(m_removeStep, &QPushButton::clicked, this, &NoticeSettingsView::removeStep);
    connect(m_upStep, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_downStep, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_saveChains, &QPushButton::clicked, this, &NoticeSettingsView::saveChains);
    connect(m_saveWords, &QPushButton::clicked, this, &NoticeSettingsView::saveWords);
    connect(m_words, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_wordsDirty = true;
        m_wordsStatus->setText(tr("Unsaved changes"));
        updateWordCount();
    });
}

void NoticeSettingsView::showDistrict(const QString &districtCode)
{
    m_district = districtCode;
    m_chainsDirty = false;
    m_wordsDirty = false;
    m_chainStatus->clear();
    m_wordsStatus->clear();
    refresh();
}

void NoticeSettingsView::refresh()
{
    const auto *unit = m_context->orgTree()->unit(m_district);
    Subject subject;
    subject.kind = Kind::Settings;
    subject.unitPath = unit ? unit->path : QString();
    subject.unitLevel = Level::District;
    m_mayEdit = unit && m_context->may(Action::DistrictSettingsEdit, subject);
    m_heading->setText(tr("Notice settings · %1").arg(m_context->unitName(m_district)));

    const item::NoticeSettings settings
        = item::loadNoticeSettings(m_context->database(), m_district);
    if (!m_chainsDirty) {
        m_config = settings.chains;
        m_chainsVersion = settings.chainsVersion;
        m_filling = true;
        const QString keep = m_category;
        m_categories->clear();
        auto *defaultItem = new QListWidgetItem(tr("Default chain"), m_categories);
        defaultItem->setData(Qt::UserRole, QString());
        QStringList categories = noticeCategories();
        for (auto it = m_config.byCategory.cbegin(); it != m_config.byCategory.cend(); ++it) {
            if (!categories.contains(it.key()))
                categories.append(it.key());
        }
        for (const auto &category : std::as_const(categories)) {
            auto *item = new QListWidgetItem(m_categories);
            item->setData(Qt::UserRole, category);
        }
        m_filling = false;
        selectCategory(keep);
    }
    if (!m_wordsDirty) {
        m_wordsVersion = settings.wordsVersion;
        m_filling = true;
        m_words->setPlainText(settings.words.words().join(u'\n'));
        m_filling = false;
        updateWordCount();
    }
    m_words->setReadOnly(!m_mayEdit);
    m_saveWords->setEnabled(m_mayEdit);
    validate();
}

void NoticeSettingsView::selectCategory(const QString &category)
{
    m_category = category;
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        const QString c = item->data(Qt::UserRole).toString();
        if (!c.isEmpty()) {
            item->setText(m_config.byCategory.contains(c)
                    ? tr("%1 (own chain)").arg(noticeCategoryLabel(c))
                    : tr("%1 (default)").arg(noticeCategoryLabel(c)));
        }
        if (c == category && m_categories->currentRow() != i) {
            const QSignalBlocker block(m_categories);
            m_categories->setCurrentRow(i);
        }
    }
    fillSteps();
}

ReviewChain *NoticeSettingsView::editedChain()
{
    if (m_category.isEmpty())
        return &m_config.defaultChain;
    auto it = m_config.byCategory.find(m_category);
    return it == m_config.byCategory.end() ? nullptr : &it.value();
}

void NoticeSettingsView::fillSteps()
{
    m_filling = true;
    const bool isDefault = m_category.isEmpty();
    m_chainTitle->setText(isDefault ? tr("Default chain (categories without their own)")
                                    : tr("Chain for %1").arg(noticeCategoryLabel(m_category)));
    m_override->setVisible(!isDefault);
    m_override->setChecked(!isDefault && m_config.byCategory.contains(m_category));
    m_override->setEnabled(m_mayEdit);
    ReviewChain *edited = editedChain();
    const ReviewChain chain = edited ? *edited : m_config.defaultChain;
    const bool editable = m_mayEdit && edited;
    m_steps->setRowCount(int(chain.size()));
    for (int row = 0; row < chain.size(); ++row) {
        const ReviewStep &step = chain.at(row);
        auto *name = new QTableWidgetItem(reviewStepName(row + 1));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_steps->setItem(row, 0, name);
        auto *role = new QComboBox(m_steps);
        for (const Role r : kReviewRoles)
            role->addItem(roleLabel(r), roleName(r));
        if (role->findData(roleName(step.role)) < 0)
            role->addItem(roleLabel(step.role), roleName(step.role));
        role->setCurrentIndex(role->findData(roleName(step.role)));
        role->setEnabled(editable);
        auto *level = new QComboBox(m_steps);
        for (const Level l : kReviewLevels)
            level->addItem(levelLabel(l), levelName(l));
        if (level->findData(levelName(step.level)) < 0)
            level->addItem(levelLabel(step.level), levelName(step.level));
        level->setCurrentIndex(level->findData(levelName(step.level)));
        level->setEnabled(editable);
        auto *hours = new QSpinBox(m_steps);
        hours->setRange(1, 720);
        hours->setValue(step.dueHours);
        hours->setSuffix(tr(" h"));
        // In a table row the arrows have no room; typing and the wheel change it.
        hours->setButtonSymbols(QAbstractSpinBox::NoButtons);
        hours->setEnabled(editable);
        m_steps->setCellWidget(row, 1, role);
        m_steps->setCellWidget(row, 2, level);
        m_steps->setCellWidget(row, 3, hours);
        connect(role, &QComboBox::currentIndexChanged, this, [this, role, level] {
            // A role sits at one level: follow it, so the usual edit stays valid.
            const auto r = roleFromName(role->currentData().toString());
            if (r) {
                const QSignalBlocker block(level);
                level->setCurrentIndex(level->findData(levelName(levelOfRole(*r))));
            }
            stepsEdited();
        });
        connect(level, &QComboBox::currentIndexChanged, this, &NoticeSettingsView::stepsEdited);
        connect(hours, &QSpinBox::valueChanged, this, &NoticeSettingsView::stepsEdited);
    }
    for (auto *b : { m_addStep, m_removeStep, m_upStep, m_downStep })
        b->setEnabled(editable);
    m_filling = false;
}

void NoticeSettingsView::stepsEdited()
{
    if (m_filling)
        return;
    ReviewChain *chain = editedChain();
    if (!chain)
        return;
    ReviewChain read;
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        auto *role = qobject_cast<QComboBox *>(m_steps->cellWidget(row, 1));
        auto *level = qobject_cast<QComboBox *>(m_steps->cellWidget(row, 2));
        auto *hours = qobject_cast<QSpinBox *>(m_steps->cellWidget(row, 3));
        if (!role || !level || !hours)
            continue;
        read.append(
            ReviewStep { roleFromName(role->currentData().toString()).value_or(Role::Director),
                levelFromName(level->currentData().toString()).value_or(Level::Community),
                hours->value() });
    }
    *chain = read;
    m_chainsDirty = true;
    m_chainStatus->setText(tr("Unsaved changes"));
    validate();
}

void NoticeSettingsView::addStep()
{
    ReviewChain *chain = editedChain();
    if (!chain)
        return;
    // The next level up from the last step, as a chain usually grows.
    Role role = Role::Director;
    if (!chain->isEmpty()) {
        const Level last = chain->constLast().level;
        role = last == Level::Community ? Role::Street
            : last == Level::Street     ? Role::District
                                        : Role::City;
    }
    chain->append(ReviewStep { role, levelOfRole(role), kDefaultReviewStepHours });
    m_chainsDirty = true;
    m_chainStatus->setText(tr("Unsaved changes"));
    fillSteps();
    validate();
}

void NoticeSettingsView::removeStep()
{
    ReviewChain *chain = editedChain();
    const int row = m_steps->currentRow();
    if (!chain || row < 0 || row >= chain->size())
        return;
    chain->removeAt(row);
    m_chainsDirty = true;
    m_chainStatus->setText(tr("Unsaved changes"));
    fillSteps();
    validate();
}

void NoticeSettingsView::moveStep(int delta)
{
    ReviewChain *chain = editedChain();
    const int row = m_steps->currentRow();
    const int to = row + delta;
    if (!chain || row < 0 || to < 0 || to >= chain->size())
        return;
    chain->swapItemsAt(row, to);
    m_chainsDirty = true;
    fillSteps();
    m_steps->selectRow(to);
    validate();
}

void NoticeSettingsView::validate()
{
    const QList<NoticeError> errors = validateReviewChainConfig(m_config);
    QStringList lines;
    for (const auto &error : errors) {
        const QString chain = error.field == u"default"
            ? tr("Default chain")
            : noticeCategoryLabel(
                QString(error.field).remove(0, QStringLiteral("categories/").size()));
        lines.append(tr("%1: %2").arg(chain, chainErrorText(error)));
    }
    m_chainErrors->setText(lines.join(u'\n'));
    m_chainErrors->setVisible(!lines.isEmpty());
    m_saveChains->setEnabled(m_mayEdit && m_chainsDirty && errors.isEmpty());
}

void NoticeSettingsView::saveChains()
{
    if (!validateReviewChainConfig(m_config).isEmpty())
        return;
    m_saveChains->setEnabled(false);
    QPointer<NoticeSettingsView> guard(this);
    const QJsonObject payload { { u"district"_s, m_district },
        { u"config"_s, reviewChainConfigToJson(m_config) } };
    m_context->submit(store::Command { u"review_chain_config.update"_s, payload, m_chainsVersion },
        [guard](const store::SubmitResult &r) {
            if (!guard)
                return;
            if (r.ok()) {
                guard->m_chainsDirty = false;
                guard->m_chainStatus->setText(tr("Saved. New submissions use these chains."));
                guard->refresh();
            } else {
                guard->m_chainStatus->setText(noticeRefusalText(r.errorCode, r.error));
                guard->validate();
            }
        });
}

void NoticeSettingsView::saveWords()
{
    const SensitiveWordList list = SensitiveWordList::fromLines(m_words->toPlainText());
    m_saveWords->setEnabled(false);
    QPointer<NoticeSettingsView> guard(this);
    const QJsonObject payload { { u"district"_s, m_district },
        { u"words"_s, QJsonArray::fromStringList(list.words()) } };
    m_context->submit(store::Command { u"sensitive_words.update"_s, payload, m_wordsVersion },
        [guard](const store::SubmitResult &r) {
            if (!guard)
                return;
            guard->m_saveWords->setEnabled(guard->m_mayEdit);
            if (r.ok()) {
                guard->m_wordsDirty = false;
                guard->m_wordsStatus->setText(tr("Saved. The editor checks against the new list."));
                guard->refresh();
            } else {
                guard->m_wordsStatus->setText(noticeRefusalText(r.errorCode, r.error));
            }
        });
}

void NoticeSettingsView::updateWordCount()
{
    const SensitiveWordList list = SensitiveWordList::fromLines(m_words->toPlainText());
    m_wordCount->setText(tr("%n word(s)", nullptr, int(list.size())));
}

} // namespace civic::ui
