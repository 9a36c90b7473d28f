#include "RetroInfoDialog.h"

#include "models/RetroTemplateModel.h"
#include "models/StoryListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

RetroInfoDialog::RetroInfoDialog(QAbstractItemModel* templates, QAbstractItemModel* stories, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_team(new QLineEdit(this))
    , m_facilitator(new QLineEdit(this))
    , m_participants(new QLineEdit(this))
    , m_story(new QComboBox(this))
    , m_template(new QComboBox(this))
    , m_templateName(new QLabel(this))
    , m_dots(new QSpinBox(this))
    , m_maxDots(new QSpinBox(this))
    , m_hidden(new QCheckBox(tr("Collect cards &hidden, reveal them together"), this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("retroInfoDialog"));
    setWindowTitle(tr("New Retrospective"));
    m_title->setObjectName(QStringLiteral("retroTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Sprint 42 retrospective"));
    m_date->setObjectName(QStringLiteral("retroDateEdit"));
    m_date->setCalendarPopup(true);
    m_team->setObjectName(QStringLiteral("retroTeamEdit"));
    m_facilitator->setObjectName(QStringLiteral("retroFacilitatorEdit"));
    m_participants->setObjectName(QStringLiteral("retroParticipantsEdit"));
    m_participants->setPlaceholderText(tr("Names, separated by commas"));
    m_story->setObjectName(QStringLiteral("retroStoryCombo"));
    m_template->setObjectName(QStringLiteral("retroTemplateCombo"));
    m_templateName->setObjectName(QStringLiteral("retroTemplateLabel"));
    m_dots->setObjectName(QStringLiteral("retroDotsSpin"));
    m_dots->setRange(1, 99);
    m_dots->setValue(5);
    m_maxDots->setObjectName(QStringLiteral("retroMaxDotsSpin"));
    m_maxDots->setRange(1, 99);
    m_maxDots->setValue(3);
    m_hidden->setObjectName(QStringLiteral("retroHiddenCheck"));

    if (templates) {
        m_template->setModel(templates);
    }
    //: Linked story choice: no story linked to the retrospective.
    m_story->addItem(tr("(none)"), qint64(0));
    if (stories) {
        for (int row = 0; row < stories->rowCount(); ++row) {
            const QModelIndex index = stories->index(row, StoryListModel::TitleColumn);
            m_story->addItem(index.data().toString(), index.data(StoryListModel::IdRole));
        }
    }

    auto* form = m_form;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&eam:"), m_team);
    form->addRow(tr("&Facilitator:"), m_facilitator);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("Linked &story:"), m_story);
    form->addRow(tr("Te&mplate:"), m_template);
    form->addRow(tr("Template:"), m_templateName);
    form->addRow(tr("D&ots per participant:"), m_dots);
    form->addRow(tr("Ma&ximum dots per card:"), m_maxDots);
    form->addRow(QString(), m_hidden);
    form->setRowVisible(m_templateName, false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("retroInfoButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_title->setFocus();
}

void RetroInfoDialog::setRetro(const Retro& retro)
{
    m_retro = retro;
    setWindowTitle(tr("Retrospective Details"));
    m_title->setText(retro.title);
    m_date->setDate(retro.heldOn.isValid() ? retro.heldOn : QDate::currentDate());
    m_team->setText(retro.team);
    m_facilitator->setText(retro.facilitator);
    m_participants->setText(retro.participants.join(QStringLiteral(", ")));
    m_story->setCurrentIndex(std::max(0, m_story->findData(retro.storyId)));
    m_dots->setValue(retro.dotsPerParticipant);
    m_maxDots->setValue(retro.maxDotsPerCard);
    m_hidden->setChecked(retro.collectHidden);
    // The columns were copied when the retro was made; its template no longer changes them.
    m_form->setRowVisible(m_template, false);
    m_form->setRowVisible(m_templateName, true);
    m_templateName->setText(retro.templateName);
}

Retro RetroInfoDialog::retro() const
{
    Retro retro = m_retro;
    retro.title = m_title->text().trimmed();
    retro.heldOn = m_date->date();
    retro.team = m_team->text().trimmed();
    retro.facilitator = m_facilitator->text().trimmed();
    retro.participants.clear();
    const QStringList names =
        m_participants->text().split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString& name : names) {
        if (!name.trimmed().isEmpty() && !retro.participants.contains(name.trimmed())) {
            retro.participants << name.trimmed();
        }
    }
    retro.storyId = m_story->currentData().toLongLong();
    retro.dotsPerParticipant = m_dots->value();
    retro.maxDotsPerCard = m_maxDots->value();
    retro.collectHidden = m_hidden->isChecked();
    return retro;
}

qint64 RetroInfoDialog::templateId() const
{
    return m_template->currentIndex() >= 0 ? m_template->currentData(RetroTemplateModel::IdRole).toLongLong() : 0;
}
