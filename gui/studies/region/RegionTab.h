#pragma once
// The "Operating Region" tab: the region of the latest run in 3-D
// (gui/studies/region/RegionScene.h) and, beside it, its section by a cut plane in 2-D
// (gui/studies/region/SectionScene.h); an axis chooser and a slider move the plane. A 2-axis region
// is shown in the 2-D view alone. A result can be kept as the reference that later ones are drawn
// against (wireframe in 3-D, outline in 2-D, with a legend). The toolbar exports the views as PNG,
// the section as SVG and the region as .vtp, .stl or .csv. The views (and with them OpenGL and VTK)
// start the first time the tab is shown, so a window that never shows the tab never composites
// through OpenGL.
#include "gui/studies/region/RegionFigure.h"
#include "region/RegionStudy.h"

#include <QSize>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSlider;
class QSplitter;
class QToolBar;
class QVBoxLayout;
class QWidget;

namespace gridcarbon::gui {

class RegionScene;
class SectionScene;
class VtkView;

class RegionTab : public QWidget {
    Q_OBJECT
public:
    enum class Export { ViewPng, SectionPng, SectionSvg, Vtp, Stl, Csv };

    explicit RegionTab(QWidget* parent = nullptr);
    ~RegionTab() override;

    // Shows `result`, a region of case `case_name`. The cut stays where it was when the axes
    // are the same as before; otherwise it goes through the base point across the last axis.
    void showResult(const gridcarbon::region::RegionResult& result, const QString& case_name);
    // Nothing to show any more (the case changed); the reference stays unless cleared.
    void clearResult();
    const std::optional<gridcarbon::region::RegionResult>& result() const { return result_; }
    const std::optional<gridcarbon::region::RegionResult>& reference() const { return reference_; }

    // The cut plane across axis `axis` (an index into the observed buses) at `value` MW,
    // clamped to the region's extent; false without a 3-axis result or for a bad axis.
    bool setCut(int axis, double value);
    int cutAxis() const { return cut_axis_; }
    double cutValue() const { return cut_value_; }
    // What the section view shows (a 2-axis region: the region itself).
    SectionFigure section() const;

    // Writes `kind` to `path`, the 3-D view's PNG at `size` pixels (invalid: the view's own
    // size); the one-line reason on failure (no result, unwritable file).
    std::optional<QString> exportTo(Export kind, const QString& path, const QSize& size = {});

    // Null until the tab has been shown (or ensureViews() called).
    VtkView* view() const { return view_; }
    VtkView* sectionView() const { return section_view_; }
    VtkView* ensureViews();

    QToolBar* toolBar() const { return bar_; }
    QSplitter* splitter() const { return split_; }
    QComboBox* cutAxisBox() const { return cut_axis_box_; }
    QSlider* cutSlider() const { return cut_slider_; }
    QAction* keepReferenceAction() const { return keep_reference_; }
    QAction* clearReferenceAction() const { return clear_reference_; }
    QAction* outerBoundAction() const { return outer_; }

public slots:
    void keepAsReference();
    void clearReference();

signals:
    void status(const QString& text);
    void problem(const QString& title, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createToolBar();
    void createCutBar(QVBoxLayout* layout);
    void onSlider(int position);
    void onAxisChosen(int index);
    void syncSlider();
    // Redraws everything from the state; `reframe` resets the cameras.
    void redraw(bool reframe);
    void redrawCut();
    void updateCaptions();
    void updateActions();
    void exportInteractively(Export kind);

    QVBoxLayout* layout_;
    QToolBar* bar_ = nullptr;
    QSplitter* split_ = nullptr;
    QWidget* cut_bar_ = nullptr;
    QComboBox* cut_axis_box_ = nullptr;
    QSlider* cut_slider_ = nullptr;
    QLabel* cut_label_ = nullptr;
    QAction* reset_ = nullptr;
    QAction* axes_ = nullptr;
    QAction* outer_ = nullptr;
    QAction* keep_reference_ = nullptr;
    QAction* clear_reference_ = nullptr;
    QAction* export_ = nullptr;
    VtkView* view_ = nullptr;
    VtkView* section_view_ = nullptr;
    std::unique_ptr<RegionScene> scene_;
    std::unique_ptr<SectionScene> section_scene_;

    std::optional<gridcarbon::region::RegionResult> result_;
    std::optional<gridcarbon::region::RegionResult> reference_;
    QString case_name_;
    int cut_axis_ = -1;
    double cut_value_ = 0.0;
};

} // namespace gridcarbon::gui
