#pragma once
// One element of a Case, whatever its collection: what editors, commands and problem lists
// pass around. A reference is a collection plus an id (ids are unique within a collection;
// generators, storages and capacitors share one id space).
#include "model/Case.h"

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gridcarbon {

enum class ElementKind { Bus, Branch, Load, Generator, Storage, Capacitor };

using Element = std::variant<Bus, Branch, Load, Generator, Storage, Capacitor>;

struct ElementRef {
    ElementKind kind = ElementKind::Bus;
    std::string id;
    bool operator==(const ElementRef&) const = default;
};

// An element and its position in its collection.
struct PlacedElement {
    Element element;
    std::size_t index = 0;
};

ElementKind kindOf(const Element& e);
const std::string& idOf(const Element& e);
ElementRef refOf(const Element& e);
// The bus a device or load hangs on; empty for buses and branches.
std::string busOf(const Element& e);

// The collection's name in the case file ("buses", "branches", ...), and back.
std::string_view collectionName(ElementKind kind);
std::optional<ElementKind> kindFromCollection(std::string_view name);

// Finds an element by reference; nullopt when there is none.
std::optional<PlacedElement> findElement(const Case& c, const ElementRef& ref);

// Inserts at `index` (clamped to the collection's size).
void insertElement(Case& c, const PlacedElement& placed);
// Removes the element and returns it with its index; nullopt when there is none.
std::optional<PlacedElement> removeElement(Case& c, const ElementRef& ref);
// Replaces the element with the same kind and id; false when there is none.
bool replaceElement(Case& c, const Element& e);

// Every element that names `busId`: branches at either end, loads and devices.
std::vector<ElementRef> elementsOnBus(const Case& c, const std::string& busId);

// An id not used in the kind's id space: prefix followed by the smallest free number >= 1.
std::string freeId(const Case& c, ElementKind kind, std::string_view prefix);

} // namespace gridcarbon
