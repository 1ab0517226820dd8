#pragma once
// Asks for the size of an exported picture in pixels: width and height, starting at twice the
// view's size (sharp in print), proportions kept while "Keep proportions" is ticked.
#include <QDialog>
#include <QSize>

class QCheckBox;
class QSpinBox;

namespace gridcarbon::gui {

class ImageSizeDialog : public QDialog {
    Q_OBJECT
public:
    // `view`: the on-screen size in pixels, which sets the proportions and the starting size.
    ImageSizeDialog(const QSize& view, QWidget* parent = nullptr);

    QSize imageSize() const;
    void setImageSize(const QSize& size);

    // The largest side offered: beyond it offscreen buffers fail on common drivers.
    static constexpr int kMaxSide = 8192;

private:
    void follow(bool width_changed);

    QSize view_;
    QSpinBox* width_;
    QSpinBox* height_;
    QCheckBox* keep_;
    bool following_ = false;
};

} // namespace gridcarbon::gui
