#pragma once

#include <QList>
#include <QString>

struct RetroTemplateColumn
{
    QString title;
    QString prompt; // one line shown under the column's title
};

// A board layout: named columns with prompts. Built-in templates are seeded by the schema migration
// (translated at creation) and cannot be changed; users make their own.
struct RetroTemplate
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool builtin = false;
    QList<RetroTemplateColumn> columns;
};
