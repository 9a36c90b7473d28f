#include "story/DateTimeField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>

DateTimeField::DateTimeField(QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(this))
    , m_edit(new QDateTimeEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_check->setToolTip(tr("Known"));
    m_edit->setCalendarPopup(true);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_edit->setEnabled(false);
    m_edit->setDateTime(QDateTime::currentDateTime());
    setFocusProxy(m_edit);

    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on && m_check->isEnabled());
        emitValue();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] { emitValue(); });
}

QDateTime DateTimeField::value() const
{
    if (!m_check->isChecked()) {
        return {};
    }
    return m_edit->dateTime().toUTC();
}

void DateTimeField::setValue(const QDateTime& utc)
{
    m_updating = true;
    m_check->setChecked(utc.isValid());
    if (utc.isValid()) {
        m_edit->setDateTime(utc.toLocalTime());
    }
    m_edit->setEnabled(utc.isValid() && m_check->isEnabled());
    m_updating = false;
}

void DateTimeField::setReadOnly(bool readOnly)
{
    m_check->setEnabled(!readOnly);
    m_edit->setReadOnly(readOnly);
    m_edit->setEnabled(!readOnly && m_check->isChecked());
}

void DateTimeField::emitValue()
{
    if (!m_updating) {
        emit valueChanged(value());
    }
}
