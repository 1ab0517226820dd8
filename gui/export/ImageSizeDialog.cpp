#include "gui/export/ImageSizeDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace gridcarbon::gui {

ImageSizeDialog::ImageSizeDialog(const QSize& view, QWidget* parent)
    : QDialog(parent), view_(view.isValid() && !view.isEmpty() ? view : QSize(800, 600)),
      width_(new QSpinBox(this)), height_(new QSpinBox(this)),
      keep_(new QCheckBox(tr("Keep the view's proportions"), this)) {
    setWindowTitle(tr("Picture Size"));
    auto* form = new QFormLayout(this);
    for (QSpinBox* box : {width_, height_}) {
        box->setRange(16, kMaxSide);
        box->setSuffix(tr(" px"));
    }
    form->addRow(tr("&Width:"), width_);
    form->addRow(tr("&Height:"), height_);
    keep_->setChecked(true);
    form->addRow(keep_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setImageSize(view_ * 2);
    connect(width_, &QSpinBox::valueChanged, this, [this] { follow(true); });
    connect(height_, &QSpinBox::valueChanged, this, [this] { follow(false); });
}

QSize ImageSizeDialog::imageSize() const {
    return {width_->value(), height_->value()};
}

void ImageSizeDialog::setImageSize(const QSize& size) {
    following_ = true;
    width_->setValue(std::min(size.width(), kMaxSide));
    height_->setValue(std::min(size.height(), kMaxSide));
    following_ = false;
}

void ImageSizeDialog::follow(bool width_changed) {
    if (following_ || !keep_->isChecked())
        return;
    following_ = true;
    const double aspect = double(view_.width()) / view_.height();
    if (width_changed)
        height_->setValue(int(std::lround(width_->value() / aspect)));
    else
        width_->setValue(int(std::lround(height_->value() * aspect)));
    following_ = false;
}

} // namespace gridcarbon::gui
