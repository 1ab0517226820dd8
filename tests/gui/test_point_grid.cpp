// PointGrid answers exactly what a scan of every point answers.
#include "gui/editor/PointGrid.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using gridcarbon::gui::PointGrid;

class PointGridTest : public QObject {
    Q_OBJECT

private slots:
    void matchesBruteForce() {
        std::mt19937 rng(7);
        for (const double spread : {1.0, 1000.0, 1e6}) {
            std::uniform_real_distribution<double> u(-spread, spread);
            std::vector<QPointF> pts;
            for (int i = 0; i < 400; ++i)
                pts.emplace_back(u(rng), u(rng) * 0.1); // a flat cloud, like a feeder
            pts.push_back(pts[3]);                      // a coincident pair
            const PointGrid grid(pts, gridcarbon::gui::cellForOnePointEach(pts));
            for (std::size_t i = 0; i < pts.size(); ++i) {
                double best = std::numeric_limits<double>::infinity();
                for (std::size_t j = 0; j < pts.size(); ++j) {
                    const double d = std::hypot(pts[i].x() - pts[j].x(), pts[i].y() - pts[j].y());
                    if (j != i && d > 1e-9)
                        best = std::min(best, d);
                }
                QCOMPARE(grid.nearestDistance(i, 1e-9), best);
            }
            const double radius = spread / 20;
            for (int q = 0; q < 50; ++q) {
                const QPointF p(u(rng), u(rng) * 0.1);
                int brute = 0;
                for (std::size_t k = 2; k < pts.size(); ++k)
                    brute += std::hypot(pts[k].x() - p.x(), pts[k].y() - p.y()) < radius;
                QCOMPARE(grid.countNear(p, radius, 0, 1), brute);
            }
        }
    }

    void singleAndEmpty() {
        const std::vector<QPointF> one{QPointF(5, 5)};
        const PointGrid grid(one, 1.0);
        QVERIFY(std::isinf(grid.nearestDistance(0, 1e-9)));
        const std::vector<QPointF> none;
        int calls = 0;
        PointGrid(none, 1.0).forEachIn(QRectF(0, 0, 10, 10), [&](std::size_t) { ++calls; });
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(PointGridTest)
#include "test_point_grid.moc"
