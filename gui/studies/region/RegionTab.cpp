#include "gui/studies/region/RegionTab.h"

#include "gui/Resources.h"
#include "gui/export/ImageSizeDialog.h"
#include "gui/studies/region/RegionExport.h"
#include "gui/studies/region/RegionScene.h"
#include "gui/studies/region/RegionStyle.h"
#include "gui/studies/region/SectionScene.h"
#include "gui/vtk/VtkView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

namespace {

namespace style = region_style;
constexpr int kSliderSteps = 1000;

QString mw(double value) {
    return QString::number(value, 'f', 3);
}

} // namespace

RegionTab::RegionTab(QWidget* parent) : QWidget(parent), layout_(new QVBoxLayout(this)) {
    setObjectName(QStringLiteral("RegionTab"));
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setSpacing(0);
    createToolBar();
    split_ = new QSplitter(Qt::Horizontal, this);
    split_->setChildrenCollapsible(true);
    layout_->addWidget(split_, 1);
    createCutBar(layout_);
    updateActions();
}

RegionTab::~RegionTab() = default;

void RegionTab::createToolBar() {
    bar_ = new QToolBar(this);
    bar_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar_->setIconSize(QSize(16, 16));
    reset_ =
        bar_->addAction(themedIcon(QStringLiteral("zoom-fit-best"), QStringLiteral("zoom-fit")),
                        tr("Reset Camera"));
    reset_->setToolTip(tr("Look at the region from the default direction and fit it"));
    connect(reset_, &QAction::triggered, this, [this] {
        ensureViews()->resetCamera();
        section_view_->resetCamera();
    });
    axes_ = bar_->addAction(tr("Axes"));
    axes_->setCheckable(true);
    axes_->setChecked(true);
    axes_->setToolTip(tr("Show the axes of the observed loads in MW"));
    connect(axes_, &QAction::toggled, this, [this](bool on) {
        ensureViews()->setAxesVisible(on);
        section_view_->setAxesVisible(on);
    });
    outer_ = bar_->addAction(tr("Outer Bound"));
    outer_->setCheckable(true);
    outer_->setToolTip(tr("Show the outer bound of an adaptive region (grey wireframe): the true "
                          "region lies between it and the inner bound shown"));
    connect(outer_, &QAction::toggled, this, [this](bool on) {
        if (scene_)
            scene_->setOuterVisible(on);
        updateCaptions();
    });
    bar_->addSeparator();
    keep_reference_ = bar_->addAction(tr("Keep as Reference"));
    keep_reference_->setToolTip(tr("Keep this region; the next ones are drawn against it"));
    connect(keep_reference_, &QAction::triggered, this, &RegionTab::keepAsReference);
    clear_reference_ = bar_->addAction(tr("Clear Reference"));
    connect(clear_reference_, &QAction::triggered, this, &RegionTab::clearReference);
    bar_->addSeparator();

    auto* menu = new QMenu(this);
    const auto add = [this, menu](const QString& text, Export kind) {
        connect(menu->addAction(text), &QAction::triggered, this,
                [this, kind] { exportInteractively(kind); });
    };
    add(tr("3-D View as PNG…"), Export::ViewPng);
    add(tr("Section as PNG…"), Export::SectionPng);
    add(tr("Section as SVG…"), Export::SectionSvg);
    menu->addSeparator();
    add(tr("Region as VTK PolyData (.vtp)…"), Export::Vtp);
    add(tr("Region as STL…"), Export::Stl);
    add(tr("Region Vertices as CSV…"), Export::Csv);
    export_ = new QAction(themedIcon(QStringLiteral("document-save-as"), QStringLiteral("save")),
                          tr("Export"), this);
    export_->setMenu(menu);
    auto* button = new QToolButton(bar_);
    button->setDefaultAction(export_);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar_->addWidget(button);
    layout_->addWidget(bar_);
}

void RegionTab::createCutBar(QVBoxLayout* layout) {
    cut_bar_ = new QWidget(this);
    auto* row = new QHBoxLayout(cut_bar_);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(new QLabel(tr("Cut plane across"), cut_bar_));
    cut_axis_box_ = new QComboBox(cut_bar_);
    cut_axis_box_->setToolTip(tr("The axis the cut plane is perpendicular to"));
    row->addWidget(cut_axis_box_);
    cut_slider_ = new QSlider(Qt::Horizontal, cut_bar_);
    cut_slider_->setRange(0, kSliderSteps);
    cut_slider_->setToolTip(tr("Move the cut plane through the region"));
    row->addWidget(cut_slider_, 1);
    cut_label_ = new QLabel(cut_bar_);
    cut_label_->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    row->addWidget(cut_label_);
    layout->addWidget(cut_bar_);
    connect(cut_slider_, &QSlider::valueChanged, this, &RegionTab::onSlider);
    connect(cut_axis_box_, &QComboBox::currentIndexChanged, this, &RegionTab::onAxisChosen);
}

VtkView* RegionTab::ensureViews() {
    if (!view_) {
        view_ = new VtkView(split_);
        view_->setToolTip(tr("Drag to rotate, shift+drag or middle-drag to pan, wheel to zoom"));
        section_view_ = new VtkView(split_);
        section_view_->setToolTip(tr("Drag to pan, wheel to zoom"));
        split_->addWidget(view_);
        split_->addWidget(section_view_);
        split_->setStretchFactor(0, 3);
        split_->setStretchFactor(1, 2);
        split_->setSizes({3000, 2000}); // in proportion: the 3-D view the larger
        scene_ = std::make_unique<RegionScene>(*view_);
        section_scene_ = std::make_unique<SectionScene>(*section_view_);
        view_->setAxesVisible(axes_->isChecked());
        section_view_->setAxesVisible(axes_->isChecked());
        redraw(true);
    }
    return view_;
}

void RegionTab::showEvent(QShowEvent* event) {
    ensureViews();
    QWidget::showEvent(event);
}

void RegionTab::showResult(const gridcarbon::region::RegionResult& result,
                           const QString& case_name) {
    const bool same_axes = result_ && sameRegionAxes(*result_, result);
    result_ = result;
    case_name_ = case_name;
    if (result.hull.dimension == 3) {
        if (!same_axes || cut_axis_ < 0) {
            cut_axis_ = 2;
            cut_value_ = result.base_point.at(2);
        }
        const auto extent = hullExtent(result.hull, cut_axis_);
        cut_value_ = std::clamp(cut_value_, extent[0], extent[1]);
    } else {
        cut_axis_ = -1;
    }
    if (reference_ && !sameRegionAxes(*reference_, result))
        emit status(tr("The reference has other axes (%1); it is drawn with regions of those "
                       "axes only")
                        .arg(regionAxisNames(*reference_).join(QStringLiteral(", "))));
    // A new run of the same axes keeps the camera where the user turned it.
    redraw(!same_axes);
}

void RegionTab::clearResult() {
    result_.reset();
    cut_axis_ = -1;
    redraw(true);
}

bool RegionTab::setCut(int axis, double value) {
    if (!result_ || result_->hull.dimension != 3 || axis < 0 || axis > 2)
        return false;
    cut_axis_ = axis;
    const auto extent = hullExtent(result_->hull, axis);
    cut_value_ = std::clamp(value, extent[0], extent[1]);
    syncSlider();
    redrawCut();
    return true;
}

SectionFigure RegionTab::section() const {
    if (!result_)
        return {};
    return sectionFigure(*result_, cut_axis_, cut_value_, reference_ ? &*reference_ : nullptr);
}

void RegionTab::keepAsReference() {
    if (!result_)
        return;
    reference_ = result_;
    redraw(false);
    emit status(tr("Kept the region (%1) as the reference").arg(regionRunLabel(*reference_)));
}

void RegionTab::clearReference() {
    reference_.reset();
    redraw(false);
}

void RegionTab::onSlider(int position) {
    if (!result_ || cut_axis_ < 0)
        return;
    const auto extent = hullExtent(result_->hull, cut_axis_);
    cut_value_ = extent[0] + (extent[1] - extent[0]) * position / double(kSliderSteps);
    redrawCut();
}

void RegionTab::onAxisChosen(int index) {
    if (!result_ || result_->hull.dimension != 3 || index < 0)
        return;
    setCut(index, result_->base_point.at(index));
}

void RegionTab::syncSlider() {
    const bool cut = result_ && result_->hull.dimension == 3 && cut_axis_ >= 0;
    cut_bar_->setVisible(cut);
    if (!cut)
        return;
    const QSignalBlocker block_box(cut_axis_box_), block_slider(cut_slider_);
    const QStringList names = regionAxisNames(*result_);
    QStringList listed;
    for (int i = 0; i < cut_axis_box_->count(); ++i)
        listed << cut_axis_box_->itemText(i);
    if (listed != names) {
        cut_axis_box_->clear();
        cut_axis_box_->addItems(names);
    }
    cut_axis_box_->setCurrentIndex(cut_axis_);
    const auto extent = hullExtent(result_->hull, cut_axis_);
    const double span = extent[1] - extent[0];
    cut_slider_->setValue(
        span > 0.0 ? int(std::lround((cut_value_ - extent[0]) / span * kSliderSteps)) : 0);
    cut_label_->setText(tr("%1 = %2 MW").arg(names.value(cut_axis_), mw(cut_value_)));
}

void RegionTab::redraw(bool reframe) {
    updateActions();
    syncSlider();
    if (!view_)
        return;
    const bool solid = result_ && result_->hull.dimension == 3;
    view_->setVisible(!result_ || solid);
    if (solid) {
        scene_->show(*result_, reference_ ? &*reference_ : nullptr);
        scene_->setOuterVisible(outer_->isChecked());
        scene_->setCut(cut_axis_, cut_value_);
        const QStringList names = regionAxisNames(*result_);
        view_->setAxisTitles(names.value(0), names.value(1), names.value(2), QStringLiteral("MW"));
    } else {
        scene_->clear();
        view_->setAxisTitles({}, {}, {});
    }
    if (result_)
        section_scene_->show(section());
    else
        section_scene_->clear();
    updateCaptions();
    if (reframe)
        view_->resetCamera();
}

void RegionTab::redrawCut() {
    syncSlider();
    if (!view_)
        return;
    scene_->setCut(cut_axis_, cut_value_);
    section_scene_->show(section());
    updateCaptions();
}

void RegionTab::updateCaptions() {
    if (!view_)
        return;
    if (!result_) {
        const QString hint =
            tr("No region yet: choose the observed buses and run Study ▸ Run Operating Region.");
        view_->setCaption(tr("Operating region"), hint);
        view_->setLegend({});
        section_view_->setCaption(tr("Section"), tr("No region yet."));
        return;
    }
    const auto& r = *result_;
    if (r.hull.dimension != 3)
        return; // the section view says it all
    const bool inside = r.indices.margin_mw >= 0.0;
    view_->setCaption(
        tr("Operating region of %1").arg(case_name_),
        tr("%1; volume %2 MW³").arg(regionRunLabel(r), QString::number(r.indices.volume, 'g', 4)));
    const bool compared = reference_ && sameRegionAxes(r, *reference_);
    QList<VtkLegendEntry> legend;
    legend.append(
        {compared ? tr("Region: %1").arg(regionRunLabel(r)) : tr("Region"), style::kFace.qcolor()});
    if (compared)
        legend.append(
            {tr("Reference: %1").arg(regionRunLabel(*reference_)), style::kReference.qcolor()});
    if (r.outer && outer_->isChecked())
        legend.append({tr("Outer bound"), style::kOuter.qcolor()});
    legend.append({inside ? tr("Base point inside, margin %1 MW").arg(mw(r.indices.margin_mw))
                          : tr("Base point outside, margin %1 MW").arg(mw(r.indices.margin_mw)),
                   (inside ? style::kInside : style::kOutside).qcolor()});
    if (cut_axis_ >= 0)
        legend.append(
            {tr("Cut plane %1 = %2 MW").arg(regionAxisNames(r).value(cut_axis_), mw(cut_value_)),
             style::kCutLine.qcolor()});
    view_->setLegend(legend);
}

void RegionTab::updateActions() {
    keep_reference_->setEnabled(result_.has_value());
    clear_reference_->setEnabled(reference_.has_value());
    outer_->setEnabled(result_ && result_->outer);
    export_->setEnabled(result_.has_value());
}

std::optional<QString> RegionTab::exportTo(Export kind, const QString& path, const QSize& size) {
    if (!result_)
        return tr("there is no operating region to export: run the study first");
    const bool solid = result_->hull.dimension == 3;
    QString error;
    switch (kind) {
    case Export::ViewPng:
        if (!solid)
            return tr("a region of two loads has no 3-D view: export the section instead");
        ensureViews();
        if (!view_->exportPng(path, &error, size))
            return error;
        return std::nullopt;
    case Export::SectionPng:
        ensureViews();
        if (!section_view_->exportPng(path, &error))
            return error;
        return std::nullopt;
    case Export::SectionSvg:
        return exportSectionSvg(section(), path);
    case Export::Vtp:
        return exportRegionHull(*result_, RegionFile::Vtp, path, case_name_);
    case Export::Stl:
        if (!solid)
            return tr("STL holds solids: a region of two loads has none (use .vtp or .csv)");
        return exportRegionHull(*result_, RegionFile::Stl, path, tr("%1 region").arg(case_name_));
    case Export::Csv:
        return exportRegionHull(*result_, RegionFile::Csv, path, case_name_);
    }
    return std::nullopt;
}

void RegionTab::exportInteractively(Export kind) {
    struct Choice {
        QString title, suffix, filter;
    };
    Choice c;
    switch (kind) {
    case Export::ViewPng:
        c = {tr("Export 3-D View"), QStringLiteral("-region.png"), tr("PNG images (*.png)")};
        break;
    case Export::SectionPng:
        c = {tr("Export Section"), QStringLiteral("-section.png"), tr("PNG images (*.png)")};
        break;
    case Export::SectionSvg:
        c = {tr("Export Section"), QStringLiteral("-section.svg"), tr("SVG drawings (*.svg)")};
        break;
    case Export::Vtp:
        c = {tr("Export Region"), QStringLiteral("-region.vtp"), tr("VTK PolyData (*.vtp)")};
        break;
    case Export::Stl:
        c = {tr("Export Region"), QStringLiteral("-region.stl"), tr("STL files (*.stl)")};
        break;
    case Export::Csv:
        c = {tr("Export Region"), QStringLiteral("-region.csv"), tr("CSV files (*.csv)")};
        break;
    }
    QSize size;
    if (kind == Export::ViewPng && result_ && result_->hull.dimension == 3) {
        ImageSizeDialog ask(ensureViews()->pixelSize(), this);
        if (ask.exec() != QDialog::Accepted)
            return;
        size = ask.imageSize();
    }
    const QString path = QFileDialog::getSaveFileName(
        this, c.title, QDir::home().filePath(case_name_ + c.suffix), c.filter);
    if (path.isEmpty())
        return;
    if (const auto error = exportTo(kind, path, size))
        emit problem(c.title, *error);
    else
        emit status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace gridcarbon::gui
