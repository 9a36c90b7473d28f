#include "story/CoachSummaryLabel.h"

#include "coach/StoryCoach.h"
#include "document/StoryDocument.h"
#include "story/CoachDecorator.h"

#include <QPlainTextEdit>

CoachSummaryLabel::CoachSummaryLabel(const QList<QPlainTextEdit*>& editors, QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("coachSummaryLabel"));
    setToolTip(tr("The blameless-language coach underlines wording that assigns blame or judges with hindsight. "
                  "Hover a phrase to see why and how to reframe it."));
    for (QPlainTextEdit* edit : editors) {
        auto* decorator = new CoachDecorator(edit);
        connect(decorator, &CoachDecorator::hitCountChanged, this, &CoachSummaryLabel::updateText);
        m_decorators << decorator;
    }
    updateText();
}

void CoachSummaryLabel::setDocument(StoryDocument* document)
{
    m_document = document;
    StoryCoach* coach = document ? document->coach() : nullptr;
    for (CoachDecorator* decorator : std::as_const(m_decorators)) {
        decorator->setCoach(coach);
    }
    updateText();
}

void CoachSummaryLabel::setReadOnly(bool readOnly)
{
    for (CoachDecorator* decorator : std::as_const(m_decorators)) {
        decorator->setReadOnly(readOnly);
    }
}

int CoachSummaryLabel::hitCount() const
{
    int count = 0;
    for (const CoachDecorator* decorator : m_decorators) {
        count += decorator->hitCount();
    }
    return count;
}

void CoachSummaryLabel::updateText()
{
    StoryCoach* coach = m_document ? m_document->coach() : nullptr;
    if (coach && !coach->isAvailable()) {
        //: %1 says why the coach rules could not be read
        setText(tr("Language coach unavailable: %1").arg(coach->lastError()));
        return;
    }
    const int count = hitCount();
    if (count == 0) {
        setText(tr("No phrases to reconsider"));
    } else if (count == 1) {
        setText(tr("1 phrase to reconsider"));
    } else {
        //: the blameless-language coach's count for the story; %1 is 2 or more
        setText(tr("%1 phrases to reconsider").arg(count));
    }
}
