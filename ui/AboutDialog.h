#pragma once

#include <QDialog>

// Help ▸ About Kintsugi: what the app is, its version and what it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};
