#pragma once

#include <QUndoCommand>

class StoryCoach;

// "Ignore this phrase": the coach stops flagging the phrase under one rule in this story.
class IgnoreCoachHitCommand : public QUndoCommand
{
public:
    IgnoreCoachHitCommand(StoryCoach& coach, QString ruleId, QString phrase);

    void undo() override;
    void redo() override;

private:
    StoryCoach& m_coach;
    QString m_ruleId;
    QString m_phrase;
};
