#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

// A time that may be unset: a check box turns it on, the editor shows local time, the value is UTC.
class DateTimeField : public QWidget
{
    Q_OBJECT

public:
    explicit DateTimeField(QWidget* parent = nullptr);

    // Invalid when unset.
    QDateTime value() const;
    // Shows `utc` without emitting valueChanged.
    void setValue(const QDateTime& utc);
    void setReadOnly(bool readOnly);

    QCheckBox* checkBox() const { return m_check; }
    QDateTimeEdit* editor() const { return m_edit; }

signals:
    void valueChanged(const QDateTime& utc);

private:
    void emitValue();

    QCheckBox* m_check;
    QDateTimeEdit* m_edit;
    bool m_updating = false;
};
