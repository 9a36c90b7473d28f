#pragma once

#include "domain/RetroTemplate.h"
#include "util/Result.h"

#include <QList>
#include <QObject>

class LibraryDatabase;

// Reads and writes retro templates (retro_template, retro_template_column). Built-in templates are
// read-only; users add, change and remove their own. Each write is one transaction.
class RetroTemplateStore : public QObject
{
    Q_OBJECT

public:
    explicit RetroTemplateStore(LibraryDatabase& library, QObject* parent = nullptr);

    // All templates in their order (built-in first), with their columns.
    Result<QList<RetroTemplate>> templates();
    Result<RetroTemplate> templ(qint64 id);

    // Adds a user template (builtin is ignored: always false) at the end; returns its id.
    // Fails when the name is empty or taken, or when it has no columns.
    Result<qint64> create(const RetroTemplate& t);
    // Replaces name and columns of a user template. Retros made from it keep their own columns.
    Status update(const RetroTemplate& t);
    Status remove(qint64 id);

    // A name for a copy: "%1 (copy)", "%1 (copy 2)" … not yet taken.
    Result<QString> unusedName(const QString& base);

signals:
    void templateAdded(qint64 id);
    void templateChanged(qint64 id);
    void templateRemoved(qint64 id);
    void writeFailed(const QString& message);

private:
    Status validate(const RetroTemplate& t, qint64 ignoreId);
    Status writeColumns(qint64 id, const QList<RetroTemplateColumn>& columns);
    Status checkWritable() const;
    template <typename R>
    R reportFailure(R result);

    LibraryDatabase& m_library;
};
