#pragma once

#include <QString>

// Someone involved in a story, with the role they had. Exports can replace names by roles.
struct Person
{
    QString name;
    QString role;

    bool operator==(const Person&) const = default;
};
