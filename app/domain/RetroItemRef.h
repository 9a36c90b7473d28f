#pragma once

#include <QHashFunctions>
#include <QtGlobal>

// A card or a group of a retro board: what gets votes, focus in Discuss, or becomes an action.
struct RetroItemRef
{
    enum class Kind {
        Card,
        Group,
    };
    Kind kind = Kind::Card;
    qint64 id = 0;

    static RetroItemRef card(qint64 id) { return {Kind::Card, id}; }
    static RetroItemRef group(qint64 id) { return {Kind::Group, id}; }
    bool isValid() const { return id > 0; }
    bool isCard() const { return kind == Kind::Card; }
    bool isGroup() const { return kind == Kind::Group; }
    friend bool operator==(const RetroItemRef& a, const RetroItemRef& b) { return a.kind == b.kind && a.id == b.id; }
    friend bool operator!=(const RetroItemRef& a, const RetroItemRef& b) { return !(a == b); }
};

inline size_t qHash(const RetroItemRef& ref, size_t seed = 0)
{
    return qHashMulti(seed, static_cast<int>(ref.kind), ref.id);
}
