#include "highlight/PlainCodeHighlighter.h"

QString PlainCodeHighlighter::backendName() const
{
    //: Shown in About as "Code highlighting: %1" when no highlighting engine is installed
    return tr("none, plain monospace");
}
