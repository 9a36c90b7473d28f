#include "MessageBox.h"

std::optional<QMessageBox::StandardButton> MessageBox::s_autoAnswer;
QString MessageBox::s_lastText;

QMessageBox::StandardButton MessageBox::question(QWidget* parent,
                                                 const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_autoAnswer) {
        return *s_autoAnswer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (!s_autoAnswer) {
        QMessageBox::critical(parent, title, text);
    }
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (!s_autoAnswer) {
        QMessageBox::warning(parent, title, text);
    }
}

void MessageBox::setAutoAnswer(std::optional<QMessageBox::StandardButton> button)
{
    s_autoAnswer = button;
}

QString MessageBox::lastText()
{
    return s_lastText;
}

void MessageBox::clearLastText()
{
    s_lastText.clear();
}
