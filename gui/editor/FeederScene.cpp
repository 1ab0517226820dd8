#include "gui/editor/FeederScene.h"

#include "gui/editor/BranchItem.h"
#include "gui/editor/BusItem.h"
#include "gui/editor/DeviceItem.h"
#include "gui/editor/PointGrid.h"
#include "gui/style/SceneStyle.h"

#include <QSignalBlocker>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace gridcarbon::gui {

namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

double normaliseAngle(double a) {
    a = std::fmod(a, kTwoPi);
    return a < 0 ? a + kTwoPi : a;
}

double angularDistance(double a, double b) {
    const double d = std::fabs(normaliseAngle(a) - normaliseAngle(b));
    return std::min(d, kTwoPi - d);
}

struct Gap {
    double start = 0.0; // radians
    double width = kTwoPi;
    double middle() const { return start + width / 2.0; }
};

// The widest free sector between the directions in `taken`; among sectors of nearly the same
// width the one whose middle is closest to `preferred`.
Gap widestGap(std::vector<double> taken, double preferred) {
    if (taken.empty())
        return {preferred - std::numbers::pi, kTwoPi};
    for (double& a : taken)
        a = normaliseAngle(a);
    std::sort(taken.begin(), taken.end());
    Gap best{0.0, -1.0};
    for (std::size_t i = 0; i < taken.size(); ++i) {
        const double from = taken[i];
        const double to = i + 1 < taken.size() ? taken[i + 1] : taken.front() + kTwoPi;
        const Gap g{from, to - from};
        const double tie = qDegreesToRadians(2.0);
        if (g.width > best.width + tie ||
            (std::fabs(g.width - best.width) <= tie &&
             angularDistance(g.middle(), preferred) < angularDistance(best.middle(), preferred)))
            best = g;
    }
    return best;
}

// The direction devices hang from a bus: straight down, right, up or left when one of those
// keeps well clear of the bus's branches (nearest to the middle of the widest free sector
// first); otherwise the middle of that sector.
double deviceDirection(const std::vector<double>& taken) {
    const Gap g = widestGap(taken, std::numbers::pi / 2.0);
    const double clearance = qDegreesToRadians(40.0);
    std::vector<double> axes = {0.0, std::numbers::pi / 2.0, std::numbers::pi,
                                3.0 * std::numbers::pi / 2.0};
    std::sort(axes.begin(), axes.end(), [&](double x, double y) {
        return angularDistance(x, g.middle()) < angularDistance(y, g.middle());
    });
    for (double axis : axes) {
        const bool clear = std::all_of(taken.begin(), taken.end(), [&](double t) {
            return angularDistance(t, axis) >= clearance;
        });
        if (clear)
            return axis;
    }
    return g.middle();
}

// Distance from p to the segment a-b, and where along it (0..1) the nearest point lies.
std::pair<double, double> segmentDistance(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = a + ab * t;
    return {std::hypot(p.x() - q.x(), p.y() - q.y()), t};
}

// 0 when the straight line from bus i to bus j passes clear of every other bus; otherwise the
// signed bow (see BranchItem) of a curve that does, choosing the side with fewer buses near it
// (upwards on a tie). `grid` holds `pos`.
double branchBow(const std::vector<QPointF>& pos, const PointGrid& grid, std::size_t i,
                 std::size_t j) {
    const QPointF a = pos[i], b = pos[j];
    const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
    const double near = 0.25 * style::kBusSpacing;
    bool blocked = false;
    grid.forEachIn(QRectF(a, b).normalized().adjusted(-near, -near, near, near),
                   [&](std::size_t k) {
                       if (blocked || k == i || k == j)
                           return;
                       const auto [d, t] = segmentDistance(pos[k], a, b);
                       blocked = d < near && t > 0.0 && t < 1.0;
                   });
    if (!blocked || length <= 0)
        return 0.0;
    const double bow = std::min(0.45 * style::kBusSpacing, 0.3 * length);
    const QPointF d = (b - a) / length, n(-d.y(), d.x());
    const auto crowding = [&](double signed_bow) {
        const QPointF c = (a + b) / 2.0 + n * (2.0 * signed_bow);
        int count = 0;
        for (int s = 1; s < 16; ++s) {
            const double t = s / 16.0, u = 1.0 - t;
            const QPointF p = a * (u * u) + c * (2 * u * t) + b * (t * t);
            count += grid.countNear(p, 0.5 * style::kBusSpacing, i, j);
        }
        return count;
    };
    const int plus = crowding(bow), minus = crowding(-bow);
    if (plus != minus)
        return plus < minus ? bow : -bow;
    return n.y() < 0 ? bow : -bow; // n points up: bow along it
}

// Median distance from each bus to its nearest neighbour (0 for fewer than two buses).
double typicalSpacing(const std::vector<QPointF>& p) {
    if (p.size() < 2)
        return 0.0;
    const PointGrid grid(p, cellForOnePointEach(p));
    std::vector<double> nearest;
    nearest.reserve(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        const double best = grid.nearestDistance(i, 1e-9);
        if (std::isfinite(best))
            nearest.push_back(best);
    }
    if (nearest.empty())
        return 0.0;
    std::nth_element(nearest.begin(), nearest.begin() + nearest.size() / 2, nearest.end());
    return nearest[nearest.size() / 2];
}

QString num(double v, int decimals = 3) {
    return QString::number(v, 'f', decimals);
}

QString tipTitle(DeviceKind kind, const std::string& id) {
    return QStringLiteral("<b>%1</b> %2")
        .arg(deviceKindName(kind).toHtmlEscaped(), QString::fromStdString(id).toHtmlEscaped());
}

QString tipRows(const QList<QPair<QString, QString>>& rows) {
    QString t = QStringLiteral("<table>");
    for (const auto& [key, value] : rows)
        t += overlayRow(key, value);
    return t + QStringLiteral("</table>");
}

} // namespace

FeederScene::FeederScene(QObject* parent) : QGraphicsScene(parent) {
    setBackgroundBrush(style::canvas());
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void FeederScene::clearCase() {
    {
        // clear() would emit selectionChanged() for every selected item it deletes, while the
        // item maps still point at them; listeners hear about the new selection once instead.
        QSignalBlocker quiet(this);
        clear();
    }
    buses_.clear();
    branches_.clear();
    devices_.clear();
    device_by_id_.clear();
    device_tips_.clear();
    drawing_ = QRectF();
    setSceneRect(QRectF());
}

void FeederScene::setCase(const gridcarbon::Case& c) {
    std::vector<QPointF> pos;
    pos.reserve(c.buses.size());
    for (const auto& b : c.buses)
        pos.push_back(b.position ? QPointF(b.position->x, b.position->y) : QPointF());
    const double spacing = typicalSpacing(pos);
    frame_scale_ = spacing > 0 ? style::kBusSpacing / spacing : 1.0;
    QRectF extent;
    for (const auto& p : pos)
        extent = extent.united(QRectF(p * frame_scale_, QSizeF(0.001, 0.001)));
    frame_centre_ = pos.empty() ? QPointF() : extent.center();
    for (auto& [name, overlay] : overlays_)
        overlay.clearValues();
    build(c);
    emit selectionChanged(); // nothing is selected in a new drawing
}

void FeederScene::updateCase(const gridcarbon::Case& c) {
    const auto selected = selectedElements();
    build(c);
    selectElements(selected);
}

QPointF FeederScene::toScene(const gridcarbon::Point& p) const {
    return QPointF(p.x, p.y) * frame_scale_ - frame_centre_;
}

gridcarbon::Point FeederScene::toModel(QPointF p) const {
    const QPointF m = (p + frame_centre_) / frame_scale_;
    return {m.x(), m.y()};
}

std::optional<gridcarbon::ElementRef> FeederScene::elementOf(const QGraphicsItem* item) {
    for (; item; item = item->parentItem()) {
        switch (item->type()) {
        case BusItem::Type:
            return gridcarbon::ElementRef{gridcarbon::ElementKind::Bus,
                                          static_cast<const BusItem*>(item)->busId().toStdString()};
        case BranchItem::Type:
            return gridcarbon::ElementRef{
                gridcarbon::ElementKind::Branch,
                static_cast<const BranchItem*>(item)->branchId().toStdString()};
        case DeviceItem::Type: {
            const DeviceInfo& d = static_cast<const DeviceItem*>(item)->info();
            return gridcarbon::ElementRef{deviceElementKind(d.kind), d.id.toStdString()};
        }
        default:
            break;
        }
    }
    return std::nullopt;
}

QGraphicsItem* FeederScene::itemOf(const gridcarbon::ElementRef& ref) const {
    const QString id = QString::fromStdString(ref.id);
    switch (ref.kind) {
    case gridcarbon::ElementKind::Bus:
        return buses_.value(id, nullptr);
    case gridcarbon::ElementKind::Branch:
        return branches_.value(id, nullptr);
    default:
        break;
    }
    for (auto* d : devices_)
        if (d->info().id == id && deviceElementKind(d->info().kind) == ref.kind)
            return d;
    return nullptr;
}

std::vector<gridcarbon::ElementRef> FeederScene::selectedElements() const {
    std::vector<gridcarbon::ElementRef> refs;
    for (const QGraphicsItem* item : selectedItems())
        if (auto ref = elementOf(item);
            ref && std::find(refs.begin(), refs.end(), *ref) == refs.end())
            refs.push_back(*ref);
    return refs;
}

void FeederScene::selectElements(const std::vector<gridcarbon::ElementRef>& refs) {
    QSignalBlocker quiet(this); // one selectionChanged() for the whole change
    clearSelection();
    for (const auto& r : refs)
        if (auto* item = itemOf(r))
            item->setSelected(true);
    quiet.unblock();
    emit selectionChanged();
}

void FeederScene::build(const gridcarbon::Case& c) {
    clearCase();
    std::vector<QPointF> pos;
    pos.reserve(c.buses.size());
    for (const auto& b : c.buses)
        pos.push_back(toScene(b.position.value_or(gridcarbon::Point{})));

    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < c.buses.size(); ++i) {
        auto* item = new BusItem(c.buses[i]);
        item->setPos(pos[i]);
        item->setShowValue(show_values_);
        item->setViewScale(view_scale_);
        addItem(item);
        buses_.insert(item->busId(), item);
        index.insert(item->busId(), i);
    }

    // Directions in which each bus has something attached; devices and labels avoid them.
    std::vector<std::vector<double>> angles(c.buses.size());
    const PointGrid grid(pos, style::kBusSpacing);
    for (const auto& br : c.branches) {
        const auto f = index.find(QString::fromStdString(br.from));
        const auto t = index.find(QString::fromStdString(br.to));
        if (f == index.end() || t == index.end() || *f == *t)
            continue;
        const QPointF a = pos[*f], b = pos[*t];
        auto* item = new BranchItem(br, a, b, branchBow(pos, grid, *f, *t));
        item->setViewScale(view_scale_);
        addItem(item);
        branches_.insert(item->branchId(), item);
        angles[*f].push_back(std::atan2(b.y() - a.y(), b.x() - a.x()));
        angles[*t].push_back(std::atan2(a.y() - b.y(), a.x() - b.x()));
    }

    placeDevices(c, pos, angles);
    applyLayerFilter();

    // Labels into the widest free sector, preferring up-right.
    for (std::size_t i = 0; i < c.buses.size(); ++i) {
        const Gap g = widestGap(angles[i], -std::numbers::pi / 4.0);
        const double a = g.middle();
        buses_.value(QString::fromStdString(c.buses[i].id))
            ->setLabelDirection(QPointF(std::cos(a), std::sin(a)));
    }

    applyOverlays();
    updateDrawingRect();
}

void FeederScene::previewBusPositions(const QHash<QString, QPointF>& positions) {
    QHash<QString, QPointF> shift; // by bus id
    for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
        if (BusItem* bus = busItem(it.key())) {
            shift.insert(it.key(), it.value() - bus->pos());
            bus->setPos(it.value());
        }
    }
    for (BranchItem* br : std::as_const(branches_)) {
        if (!shift.contains(br->fromBus()) && !shift.contains(br->toBus()))
            continue;
        const BusItem* from = busItem(br->fromBus());
        const BusItem* to = busItem(br->toBus());
        if (from && to)
            br->setEnds(from->pos(), to->pos());
    }
    for (DeviceItem* d : std::as_const(devices_)) {
        const auto it = shift.constFind(d->info().bus_id);
        if (it != shift.cend())
            d->moveBy(it->x(), it->y());
    }
}

void FeederScene::setCapacitorLayerVisible(gridcarbon::CompensationLayer layer, bool visible) {
    layer_visible_.at(static_cast<std::size_t>(layer)) = visible;
    applyLayerFilter();
}

bool FeederScene::isCapacitorLayerVisible(gridcarbon::CompensationLayer layer) const {
    return layer_visible_.at(static_cast<std::size_t>(layer));
}

void FeederScene::applyLayerFilter() {
    for (DeviceItem* d : std::as_const(devices_))
        if (d->info().layer)
            d->setVisible(isCapacitorLayerVisible(*d->info().layer));
}

void FeederScene::updateDrawingRect() {
    const QRectF before = drawing_;
    drawing_ = QRectF();
    for (const auto* b : std::as_const(buses_))
        drawing_ |= b->sceneBoundingRect();
    for (const auto* br : std::as_const(branches_))
        drawing_ |= br->sceneExtent();
    for (const auto* d : std::as_const(devices_))
        drawing_ |= d->sceneBoundingRect();
    // Room to pan around the drawing.
    const qreal m = std::max({drawing_.width(), drawing_.height(), 4 * style::kBusSpacing});
    setSceneRect(drawing_.adjusted(-m, -m, m, m));
    if (drawing_ != before)
        emit drawingChanged();
}

void FeederScene::placeDevices(const gridcarbon::Case& c, const std::vector<QPointF>& pos,
                               std::vector<std::vector<double>>& angles) {
    QHash<QString, std::size_t> index;
    for (std::size_t i = 0; i < c.buses.size(); ++i)
        index.insert(QString::fromStdString(c.buses[i].id), i);

    // Devices per bus, sources first and loads last; overlays know all but loads by id.
    std::vector<std::vector<DeviceInfo>> at(c.buses.size());
    std::vector<std::vector<bool>> by_id(c.buses.size());
    const auto add = [&](const std::string& bus, DeviceInfo info, bool overlaid = true) {
        const auto it = index.find(QString::fromStdString(bus));
        if (it == index.end())
            return;
        info.bus_id = QString::fromStdString(bus);
        at[*it].push_back(std::move(info));
        by_id[*it].push_back(overlaid);
    };

    for (const auto& g : c.generators) {
        DeviceInfo d;
        d.kind = deviceKind(g.kind);
        d.id = QString::fromStdString(g.id);
        d.in_service = g.in_service;
        QList<QPair<QString, QString>> rows;
        if (!g.fuel.empty())
            rows.append({tr("Fuel"), QString::fromStdString(g.fuel).toHtmlEscaped()});
        switch (g.control) {
        case Control::Slack:
            rows.append({tr("Control"), tr("slack, %1 p.u.").arg(num(g.vm_pu, 4))});
            break;
        case Control::Voltage:
            rows.append({tr("Control"), tr("voltage, %1 p.u.").arg(num(g.vm_pu, 4))});
            rows.append({tr("P set"), tr("%1 MW").arg(num(g.p_mw))});
            break;
        case Control::Power:
            rows.append({tr("P set"), tr("%1 MW").arg(num(g.p_mw))});
            rows.append({tr("Q set"), tr("%1 MVAr").arg(num(g.q_mvar))});
            break;
        }
        if (g.p_max_mw > 0)
            rows.append({tr("P max"), tr("%1 MW").arg(num(g.p_max_mw))});
        if (g.carbon_intensity_t_per_mwh > 0)
            rows.append(
                {tr("Carbon intensity"), tr("%1 t/MWh").arg(num(g.carbon_intensity_t_per_mwh))});
        if (g.candidate)
            rows.append(
                {tr("Planning"), tr("candidate, up to %1 MW").arg(num(g.candidate_max_mw))});
        if (!g.in_service)
            rows.append({tr("Status"), tr("out of service")});
        d.tool_tip = tipTitle(d.kind, g.id) + tipRows(rows);
        add(g.bus, d);
    }
    for (const auto& s : c.storages) {
        DeviceInfo d;
        d.kind = DeviceKind::Storage;
        d.id = QString::fromStdString(s.id);
        d.in_service = s.in_service;
        QList<QPair<QString, QString>> rows = {
            {tr("Energy"), tr("%1 MWh").arg(num(s.energy_mwh))},
            {tr("Power limit"), tr("%1 MW").arg(num(s.p_max_mw))},
            {tr("Output"), tr("%1 MW (positive: discharging)").arg(num(s.p_mw))},
            {tr("SOC range"), tr("%1 – %2").arg(num(s.soc_min, 2), num(s.soc_max, 2))},
        };
        if (!s.in_service)
            rows.append({tr("Status"), tr("out of service")});
        d.tool_tip = tipTitle(d.kind, s.id) + tipRows(rows);
        add(s.bus, d);
    }
    for (const auto& cap : c.capacitors) {
        DeviceInfo d;
        d.kind = DeviceKind::Capacitor;
        d.id = QString::fromStdString(cap.id);
        d.in_service = cap.in_service;
        d.badge = compensationLayerCode(cap.layer);
        d.layer = cap.layer;
        QList<QPair<QString, QString>> rows = {
            {tr("Layer"), QStringLiteral("%1 (%2)").arg(compensationLayerName(cap.layer),
                                                        compensationLayerCode(cap.layer))},
            {tr("Steps on"),
             tr("%1 of %2 × %3 MVAr").arg(cap.steps_on).arg(cap.steps).arg(num(cap.q_step_mvar))},
        };
        if (!cap.in_service)
            rows.append({tr("Status"), tr("out of service")});
        d.tool_tip = tipTitle(d.kind, cap.id) + tipRows(rows);
        add(cap.bus, d);
    }
    for (const auto& l : c.loads) {
        DeviceInfo d;
        d.kind = DeviceKind::Load;
        d.id = QString::fromStdString(l.id);
        QList<QPair<QString, QString>> rows = {
            {tr("P"), tr("%1 MW").arg(num(l.p_mw))},
            {tr("Q"), tr("%1 MVAr").arg(num(l.q_mvar))},
        };
        if (!l.profile.empty())
            rows.append({tr("Profile"), QString::fromStdString(l.profile).toHtmlEscaped()});
        d.tool_tip = tipTitle(d.kind, l.id) + tipRows(rows);
        add(l.bus, d, false);
    }

    const double r = style::kSymbolRadius;
    for (std::size_t i = 0; i < at.size(); ++i) {
        const auto& devices = at[i];
        if (devices.empty())
            continue;
        const std::size_t n = devices.size();
        const double a = deviceDirection(angles[i]);
        const QPointF u(std::cos(a), std::sin(a));
        const QPointF v = badgeSide(u);

        // Offsets across u: neighbours' extents side by side with a gap, centred on the trunk.
        std::vector<double> offset(n, 0.0);
        const double gap = 0.45 * r;
        double cursor = 0.0, first_left = 0.0;
        for (std::size_t k = 0; k < n; ++k) {
            const auto [left, right] =
                deviceExtentAcross(devices[k].kind, r, !devices[k].badge.isEmpty());
            if (k == 0)
                first_left = left;
            else
                cursor += left;
            offset[k] = cursor;
            cursor += right + gap;
        }
        const double span_left = -first_left, span_right = cursor - gap;
        const double shift = (span_left + span_right) / 2.0;
        for (double& o : offset)
            o -= shift;

        const QPointF bus = pos[i];
        const QPointF junction = n > 1 ? bus + u * (style::kBusRadius + 0.55 * r) : bus;
        for (std::size_t k = 0; k < n; ++k) {
            DeviceAttachment att;
            att.bus = bus;
            att.junction = junction;
            att.elbow = junction + v * offset[k];
            att.symbol = bus + u * style::kDeviceDistance + v * offset[k];
            att.dir = u;
            auto* item = new DeviceItem(devices[k], att);
            addItem(item);
            devices_.append(item);
            if (by_id[i][k]) {
                device_by_id_.insert(devices[k].id, item);
                device_tips_.insert(devices[k].id, devices[k].tool_tip);
            }
            const QPointF d = att.symbol - bus;
            angles[i].push_back(std::atan2(d.y(), d.x()));
        }
        angles[i].push_back(a);
    }
}

void FeederScene::setViewScale(qreal scale) {
    if (qFuzzyCompare(scale, view_scale_))
        return;
    view_scale_ = scale;
    for (auto* b : std::as_const(buses_))
        b->setViewScale(scale);
    for (auto* br : std::as_const(branches_))
        br->setViewScale(scale);
}

void FeederScene::setShowValues(bool show) {
    show_values_ = show;
    for (auto* b : std::as_const(buses_))
        b->setShowValue(show);
    updateDrawingRect();
}

void FeederScene::setOverlay(const QString& name, FeederOverlay overlay) {
    const auto it = std::find_if(overlays_.begin(), overlays_.end(),
                                 [&](const auto& o) { return o.first == name; });
    if (it != overlays_.end())
        it->second = std::move(overlay);
    else
        overlays_.emplace_back(name, std::move(overlay));
    const bool first = shown_.isEmpty();
    if (first)
        shown_ = name;
    applyOverlays();
    updateDrawingRect();
    emit overlayChanged(name);
    if (first)
        emit shownOverlayChanged(name);
}

const FeederOverlay* FeederScene::overlay(const QString& name) const {
    for (const auto& [n, o] : overlays_)
        if (n == name)
            return &o;
    return nullptr;
}

QStringList FeederScene::overlayNames() const {
    QStringList names;
    for (const auto& o : overlays_)
        names.append(o.first);
    return names;
}

void FeederScene::showOverlay(const QString& name) {
    if (name == shown_ || !overlay(name))
        return;
    shown_ = name;
    for (auto* b : std::as_const(buses_))
        b->setShownOverlay(name);
    for (auto* br : std::as_const(branches_))
        br->setShownOverlay(name);
    updateDrawingRect();
    emit shownOverlayChanged(name);
}

void FeederScene::applyOverlays() {
    for (auto it = buses_.cbegin(); it != buses_.cend(); ++it) {
        QHash<QString, OverlayBus> values;
        QString rows;
        for (const auto& [name, o] : overlays_) {
            const auto v = o.buses.constFind(it.key());
            if (v == o.buses.cend()) {
                rows += o.unlisted_bus_tooltip;
                continue;
            }
            values.insert(name, *v);
            rows += v->tooltip;
        }
        it.value()->setOverlayValues(std::move(values), rows, shown_);
    }
    for (auto it = branches_.cbegin(); it != branches_.cend(); ++it) {
        QHash<QString, OverlayBranch> values;
        QString rows;
        for (const auto& [name, o] : overlays_) {
            const auto v = o.branches.constFind(it.key());
            if (v == o.branches.cend())
                continue;
            values.insert(name, *v);
            rows += v->tooltip;
        }
        it.value()->setOverlayValues(std::move(values), rows, shown_);
    }
    for (auto it = device_by_id_.cbegin(); it != device_by_id_.cend(); ++it) {
        QString rows;
        for (const auto& o : overlays_) {
            const auto v = o.second.devices.constFind(it.key());
            if (v != o.second.devices.cend())
                rows += v->tooltip;
        }
        const QString base = device_tips_.value(it.key());
        it.value()->setToolTip(
            rows.isEmpty() ? base : base + QStringLiteral("<table>%1</table>").arg(rows));
    }
}

} // namespace gridcarbon::gui
