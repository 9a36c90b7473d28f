#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

// QMessageBox through one door, so tests can answer questions and read errors without a modal loop.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent,
                                                const QString& title,
                                                const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // Tests: answer every following question with `button` and show nothing; errors are recorded.
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> button);
    static QString lastText();
    static void clearLastText();

private:
    static std::optional<QMessageBox::StandardButton> s_autoAnswer;
    static QString s_lastText;
};
