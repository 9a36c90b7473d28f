#pragma once

#include "domain/CauseChoice.h"
#include "domain/Lesson.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class LessonStore;
class StoryStore;

// A story's lessons learned in their order, one row each, kept in step with the store's signals.
// Edits go through undo commands; the model only shows what the store holds.
class LessonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, TextColumn, CausesColumn, ColumnCount };

    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,     // LessonKind as int
        CauseIdsRole, // QList<qint64>
    };

    LessonModel(LessonStore& store, StoryStore& stories, qint64 storyId, QObject* parent = nullptr);

    bool reload();
    QString lastError() const { return m_lastError; }
    qint64 storyId() const { return m_storyId; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const Lesson& lessonAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    // The story's cause nodes, for linking, and the statement of one of them.
    QList<CauseChoice> causeChoices() const { return m_causes; }
    QString causeStatement(qint64 causeId) const;

private:
    void onAdded(qint64 storyId, qint64 id, int position);
    void onRemoved(qint64 storyId, qint64 id);
    void onChanged(qint64 storyId, qint64 id, LessonField field);
    void onMoved(qint64 storyId, qint64 id, int position);
    // The cause tree may have changed (its store touches the story): names and links again.
    void refreshCauses();
    QString causesText(const Lesson& lesson) const;

    LessonStore& m_store;
    qint64 m_storyId;
    QList<Lesson> m_rows;
    QList<CauseChoice> m_causes;
    QHash<qint64, int> m_causeIndex;
    QString m_lastError;
};
