#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>

class CoachDecorator;
class QPlainTextEdit;
class StoryDocument;

// "3 phrases to reconsider": the coach's count over all sections of the open story. Owns one
// CoachDecorator per section editor. It coaches and never blocks saving.
class CoachSummaryLabel : public QLabel
{
    Q_OBJECT

public:
    CoachSummaryLabel(const QList<QPlainTextEdit*>& editors, QWidget* parent = nullptr);

    void setDocument(StoryDocument* document);
    void setReadOnly(bool readOnly);
    const QList<CoachDecorator*>& decorators() const { return m_decorators; }
    int hitCount() const;

private:
    void updateText();

    QList<CoachDecorator*> m_decorators;
    QPointer<StoryDocument> m_document;
};
