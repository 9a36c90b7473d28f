#include "storage/RetroTemplateStore.h"

#include "storage/LibraryDatabase.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace {
QString notFound(qint64 id)
{
    return QCoreApplication::translate("RetroTemplateStore", "Template %1 does not exist.").arg(id);
}
} // namespace

RetroTemplateStore::RetroTemplateStore(LibraryDatabase& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

Status RetroTemplateStore::checkWritable() const
{
    if (m_library.isReadOnly()) {
        return Status::failure(LibraryDatabase::readOnlyMessage());
    }
    return {};
}

template <typename R>
R RetroTemplateStore::reportFailure(R result)
{
    if (!result.ok()) {
        emit writeFailed(result.error());
    }
    return result;
}

Result<QList<RetroTemplate>> RetroTemplateStore::templates()
{
    using R = Result<QList<RetroTemplate>>;
    QSqlQuery q(m_library.db());
    q.setForwardOnly(true);
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT id, name, position, builtin FROM retro_template"
                                                " ORDER BY builtin DESC, position, id"));
        !s) {
        return R::failure(s.error());
    }
    QList<RetroTemplate> list;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        RetroTemplate t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.position = q.value(2).toInt();
        t.builtin = q.value(3).toBool();
        rowOf.insert(t.id, static_cast<int>(list.size()));
        list << t;
    }
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT template_id, title, prompt FROM retro_template_column"
                                                " ORDER BY template_id, position"));
        !s) {
        return R::failure(s.error());
    }
    while (q.next()) {
        const int row = rowOf.value(q.value(0).toLongLong(), -1);
        if (row >= 0) {
            list[row].columns << RetroTemplateColumn {q.value(1).toString(), q.value(2).toString()};
        }
    }
    return list;
}

Result<RetroTemplate> RetroTemplateStore::templ(qint64 id)
{
    auto all = templates();
    if (!all) {
        return Result<RetroTemplate>::failure(all.error());
    }
    for (const RetroTemplate& t : all.value()) {
        if (t.id == id) {
            return t;
        }
    }
    return Result<RetroTemplate>::failure(notFound(id));
}

Status RetroTemplateStore::validate(const RetroTemplate& t, qint64 ignoreId)
{
    const QString name = t.name.simplified();
    if (name.isEmpty()) {
        return Status::failure(QCoreApplication::translate("RetroTemplateStore", "A template needs a name."));
    }
    if (t.columns.isEmpty()) {
        return Status::failure(
            QCoreApplication::translate("RetroTemplateStore", "A template needs at least one column."));
    }
    for (const RetroTemplateColumn& c : t.columns) {
        if (c.title.simplified().isEmpty()) {
            return Status::failure(QCoreApplication::translate("RetroTemplateStore", "Every column needs a title."));
        }
    }
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q,
                                 QStringLiteral("SELECT count(*) FROM retro_template WHERE lower(name) = lower(?)"
                                                " AND id <> ?"),
                                 {name, ignoreId});
        !s) {
        return s;
    }
    q.next();
    if (q.value(0).toInt() > 0) {
        //: %1 is a template name
        return Status::failure(
            QCoreApplication::translate("RetroTemplateStore", "A template named “%1” exists already.").arg(name));
    }
    return {};
}

Status RetroTemplateStore::writeColumns(qint64 id, const QList<RetroTemplateColumn>& columns)
{
    QSqlQuery q(m_library.db());
    if (Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro_template_column WHERE template_id = ?"), {id});
        !s) {
        return s;
    }
    for (int i = 0; i < columns.size(); ++i) {
        const QString prompt = columns[i].prompt.simplified();
        if (Status s =
                SqlUtil::exec(q,
                              QStringLiteral("INSERT INTO retro_template_column(template_id, position, title,"
                                             " prompt) VALUES (?, ?, ?, ?)"),
                              {id, i, columns[i].title.simplified(), prompt.isNull() ? QStringLiteral("") : prompt});
            !s) {
            return s;
        }
    }
    return {};
}

Result<qint64> RetroTemplateStore::create(const RetroTemplate& t)
{
    using R = Result<qint64>;
    auto impl = [&]() -> R {
        if (Status s = checkWritable(); !s) {
            return R::failure(s.error());
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return R::failure(s.error());
        }
        if (Status s = validate(t, 0); !s) {
            return R::failure(s.error());
        }
        QSqlQuery q(m_library.db());
        if (Status s =
                SqlUtil::exec(q,
                              QStringLiteral("INSERT INTO retro_template(name, position, builtin) VALUES"
                                             " (?, (SELECT coalesce(max(position), -1) + 1 FROM retro_template), 0)"),
                              {t.name.simplified()});
            !s) {
            return R::failure(s.error());
        }
        const qint64 id = q.lastInsertId().toLongLong();
        if (Status s = writeColumns(id, t.columns); !s || !(s = tx.commit())) {
            return R::failure(s.error());
        }
        emit templateAdded(id);
        return id;
    };
    return reportFailure(impl());
}

Status RetroTemplateStore::update(const RetroTemplate& t)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        auto existing = templ(t.id);
        if (!existing) {
            return Status::failure(existing.error());
        }
        if (existing->builtin) {
            return Status::failure(QCoreApplication::translate(
                "RetroTemplateStore", "Built-in templates cannot be changed. Duplicate it and change the copy."));
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        if (Status s = validate(t, t.id); !s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(
            q, QStringLiteral("UPDATE retro_template SET name = ? WHERE id = ?"), {t.name.simplified(), t.id});
        if (!s || !(s = writeColumns(t.id, t.columns)) || !(s = tx.commit())) {
            return s;
        }
        emit templateChanged(t.id);
        return {};
    };
    return reportFailure(impl());
}

Status RetroTemplateStore::remove(qint64 id)
{
    auto impl = [&]() -> Status {
        if (Status s = checkWritable(); !s) {
            return s;
        }
        auto existing = templ(id);
        if (!existing) {
            return Status::failure(existing.error());
        }
        if (existing->builtin) {
            return Status::failure(
                QCoreApplication::translate("RetroTemplateStore", "Built-in templates cannot be removed."));
        }
        WriteTransaction tx(m_library);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        QSqlQuery q(m_library.db());
        Status s = SqlUtil::exec(q, QStringLiteral("DELETE FROM retro_template WHERE id = ?"), {id});
        if (!s || !(s = tx.commit())) {
            return s;
        }
        emit templateRemoved(id);
        return {};
    };
    return reportFailure(impl());
}

Result<QString> RetroTemplateStore::unusedName(const QString& base)
{
    auto all = templates();
    if (!all) {
        return Result<QString>::failure(all.error());
    }
    auto taken = [&all](const QString& name) {
        for (const RetroTemplate& t : all.value()) {
            if (t.name.compare(name, Qt::CaseInsensitive) == 0) {
                return true;
            }
        }
        return false;
    };
    //: %1 is a template name
    QString name = QCoreApplication::translate("RetroTemplateStore", "%1 (copy)").arg(base);
    for (int n = 2; taken(name); ++n) {
        //: %1 is a template name, %2 a number
        name = QCoreApplication::translate("RetroTemplateStore", "%1 (copy %2)").arg(base).arg(n);
    }
    return name;
}
