#include "model/Element.h"

#include <algorithm>
#include <unordered_set>

namespace gridcarbon {
namespace {

template <typename T> std::vector<T>& collection(Case& c);
template <> std::vector<Bus>& collection<Bus>(Case& c) {
    return c.buses;
}
template <> std::vector<Branch>& collection<Branch>(Case& c) {
    return c.branches;
}
template <> std::vector<Load>& collection<Load>(Case& c) {
    return c.loads;
}
template <> std::vector<Generator>& collection<Generator>(Case& c) {
    return c.generators;
}
template <> std::vector<Storage>& collection<Storage>(Case& c) {
    return c.storages;
}
template <> std::vector<Capacitor>& collection<Capacitor>(Case& c) {
    return c.capacitors;
}

// Calls f with the collection that holds elements of `kind`.
template <typename F> decltype(auto) withCollection(Case& c, ElementKind kind, F&& f) {
    switch (kind) {
    case ElementKind::Bus:
        return f(c.buses);
    case ElementKind::Branch:
        return f(c.branches);
    case ElementKind::Load:
        return f(c.loads);
    case ElementKind::Generator:
        return f(c.generators);
    case ElementKind::Storage:
        return f(c.storages);
    case ElementKind::Capacitor:
        break;
    }
    return f(c.capacitors);
}

template <typename T> auto findId(std::vector<T>& items, const std::string& id) {
    return std::find_if(items.begin(), items.end(), [&](const T& t) { return t.id == id; });
}

} // namespace

ElementKind kindOf(const Element& e) {
    return static_cast<ElementKind>(e.index());
}

const std::string& idOf(const Element& e) {
    return std::visit([](const auto& v) -> const std::string& { return v.id; }, e);
}

ElementRef refOf(const Element& e) {
    return {kindOf(e), idOf(e)};
}

std::string busOf(const Element& e) {
    return std::visit(
        [](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, Bus> || std::is_same_v<T, Branch>)
                return {};
            else
                return v.bus;
        },
        e);
}

std::string_view collectionName(ElementKind kind) {
    switch (kind) {
    case ElementKind::Bus:
        return "buses";
    case ElementKind::Branch:
        return "branches";
    case ElementKind::Load:
        return "loads";
    case ElementKind::Generator:
        return "generators";
    case ElementKind::Storage:
        return "storages";
    case ElementKind::Capacitor:
        break;
    }
    return "capacitors";
}

std::optional<ElementKind> kindFromCollection(std::string_view name) {
    for (ElementKind k : {ElementKind::Bus, ElementKind::Branch, ElementKind::Load,
                          ElementKind::Generator, ElementKind::Storage, ElementKind::Capacitor})
        if (collectionName(k) == name)
            return k;
    return std::nullopt;
}

std::optional<PlacedElement> findElement(const Case& c, const ElementRef& ref) {
    // withCollection needs a mutable case; nothing is changed through it here.
    auto& mc = const_cast<Case&>(c);
    return withCollection(mc, ref.kind, [&](auto& items) -> std::optional<PlacedElement> {
        const auto it = findId(items, ref.id);
        if (it == items.end())
            return std::nullopt;
        return PlacedElement{Element(*it), static_cast<std::size_t>(it - items.begin())};
    });
}

void insertElement(Case& c, const PlacedElement& placed) {
    std::visit(
        [&](const auto& v) {
            auto& items = collection<std::decay_t<decltype(v)>>(c);
            const std::size_t at = std::min(placed.index, items.size());
            items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), v);
        },
        placed.element);
}

std::optional<PlacedElement> removeElement(Case& c, const ElementRef& ref) {
    return withCollection(c, ref.kind, [&](auto& items) -> std::optional<PlacedElement> {
        const auto it = findId(items, ref.id);
        if (it == items.end())
            return std::nullopt;
        PlacedElement removed{Element(*it), static_cast<std::size_t>(it - items.begin())};
        items.erase(it);
        return removed;
    });
}

bool replaceElement(Case& c, const Element& e) {
    return std::visit(
        [&](const auto& v) {
            auto& items = collection<std::decay_t<decltype(v)>>(c);
            const auto it = findId(items, v.id);
            if (it == items.end())
                return false;
            *it = v;
            return true;
        },
        e);
}

std::vector<ElementRef> elementsOnBus(const Case& c, const std::string& busId) {
    std::vector<ElementRef> refs;
    for (const Branch& b : c.branches)
        if (b.from == busId || b.to == busId)
            refs.push_back({ElementKind::Branch, b.id});
    const auto devices = [&](const auto& items, ElementKind kind) {
        for (const auto& d : items)
            if (d.bus == busId)
                refs.push_back({kind, d.id});
    };
    devices(c.loads, ElementKind::Load);
    devices(c.generators, ElementKind::Generator);
    devices(c.storages, ElementKind::Storage);
    devices(c.capacitors, ElementKind::Capacitor);
    return refs;
}

std::string freeId(const Case& c, ElementKind kind, std::string_view prefix) {
    std::unordered_set<std::string> used;
    const auto collect = [&](const auto& items) {
        for (const auto& i : items)
            used.insert(i.id);
    };
    switch (kind) {
    case ElementKind::Bus:
        collect(c.buses);
        break;
    case ElementKind::Branch:
        collect(c.branches);
        break;
    case ElementKind::Load:
        collect(c.loads);
        break;
    case ElementKind::Generator:
    case ElementKind::Storage:
    case ElementKind::Capacitor:
        // One id space for the devices (see validateCase).
        collect(c.generators);
        collect(c.storages);
        collect(c.capacitors);
        break;
    }
    for (std::size_t n = 1;; ++n) {
        std::string id = std::string(prefix) + std::to_string(n);
        if (!used.count(id))
            return id;
    }
}

} // namespace gridcarbon
