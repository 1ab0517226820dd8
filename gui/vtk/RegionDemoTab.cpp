#include "gui/vtk/RegionDemoTab.h"

#include "gui/vtk/PolyhedronDemo.h"
#include "gui/vtk/VtkView.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QToolBar>
#include <QVBoxLayout>

namespace gridcarbon::gui {

RegionDemoTab::RegionDemoTab(QWidget* parent) : QWidget(parent), layout_(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("RegionDemoTab"));
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setSpacing(0);

    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    QAction* reset = bar->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best"),
                                                     QIcon(QStringLiteral(":/icons/zoom-fit.svg"))),
                                    tr("Reset Camera"));
    reset->setToolTip(tr("Look at the region from the default direction and fit it"));
    connect(reset, &QAction::triggered, this, [this] { ensureView()->resetCamera(); });
    QAction* axes = bar->addAction(tr("Axes"));
    axes->setCheckable(true);
    axes->setChecked(true);
    axes->setToolTip(tr("Show the orientation triad and the P1, P2, P3 axes"));
    connect(axes, &QAction::toggled, this, [this](bool on) { ensureView()->setAxesVisible(on); });
    bar->addSeparator();
    QAction* save =
        bar->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Export PNG…"));
    connect(save, &QAction::triggered, this, &RegionDemoTab::exportPng);
    layout_->addWidget(bar);
}

VtkView* RegionDemoTab::ensureView() {
    if (!view_) {
        view_ = new VtkView(this);
        view_->setToolTip(tr("Drag to rotate, shift+drag or middle-drag to pan, wheel to zoom"));
        showPolyhedronDemo(*view_);
        layout_->addWidget(view_, 1);
    }
    return view_;
}

void RegionDemoTab::showEvent(QShowEvent* event) {
    ensureView();
    QWidget::showEvent(event);
}

void RegionDemoTab::exportPng() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export 3-D View"), QDir::home().filePath(QStringLiteral("region-demo.png")),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (ensureView()->exportPng(path, &error))
        emit status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    else
        emit problem(tr("Export PNG"), error);
}

} // namespace gridcarbon::gui
