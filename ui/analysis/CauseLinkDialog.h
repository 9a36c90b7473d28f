#pragma once

#include "domain/CauseChoice.h"

#include <QDialog>
#include <QList>

class QListWidget;

// Chooses the cause nodes a lesson or an action item is linked to: a checkable list of the story's
// causes, root causes marked. Space toggles, Enter accepts.
class CauseLinkDialog : public QDialog
{
    Q_OBJECT

public:
    CauseLinkDialog(const QList<CauseChoice>& choices, const QList<qint64>& linked, QWidget* parent = nullptr);

    // The checked causes, sorted.
    QList<qint64> linkedCauses() const;
    QListWidget* list() const { return m_list; }

private:
    QListWidget* m_list;
};
