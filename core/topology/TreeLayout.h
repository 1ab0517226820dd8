#pragma once
// Drawing coordinates for cases that come without one: a layered tree from the source,
// depth downwards, leaves spread evenly, parents centred over their children. Open branches
// and loops do not change the tree.
#include "model/Case.h"
#include "topology/Topology.h"

#include <vector>

namespace gridcarbon {

// One point per bus (Case::buses order); spacing in drawing units between neighbours.
std::vector<Point> treeLayout(const Case& c, const Topology& t, double spacing = 60.0);

// Gives every bus without a position one from treeLayout(); keeps existing positions.
void ensureLayout(Case& c);

} // namespace gridcarbon
