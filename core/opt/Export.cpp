#include "opt/Export.h"

#include "opt/detail/CoinWriters.h"
#include "opt/detail/ConeCuts.h"
#include "util/Error.h"

#include <unistd.h>

#include <atomic>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace gridcarbon::opt {
namespace {

namespace fs = std::filesystem;
using detail::ItemNames;

// Letters, digits and _ . ( ) only, which both MPS and LP readers accept; runs of anything else
// become one underscore. Long names are cut: the index prefix keeps them unique.
std::string fileSafe(const std::string& name) {
    constexpr std::size_t kMaxLength = 60;
    std::string out;
    for (char ch : name) {
        const bool ok = std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '.' ||
                        ch == '(' || ch == ')';
        if (ok)
            out += ch;
        else if (!out.empty() && out.back() != '_')
            out += '_';
        if (out.size() >= kMaxLength)
            break;
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    return out;
}

std::string label(char prefix, std::size_t index, const std::string& name) {
    std::string out = prefix + std::to_string(index);
    const std::string safe = fileSafe(name);
    if (!safe.empty())
        out += "_" + safe;
    return out;
}

ItemNames namesOf(const Model& model) {
    ItemNames names;
    for (std::size_t j = 0; j < model.variables().size(); ++j)
        names.columns.push_back(label('x', j, model.variables()[j].name));
    for (std::size_t i = 0; i < model.rows().size(); ++i)
        names.rows.push_back(label('r', i, model.rows()[i].name));
    return names;
}

std::string summary(const Model& model) {
    return "GridCarbon opt model: " + std::to_string(model.variables().size()) + " variables, " +
           std::to_string(model.rows().size()) + " rows, " + std::to_string(model.cones().size()) +
           " second-order cones";
}

// A file next to the target, renamed over it by commit() and removed otherwise.
class TempFile {
public:
    explicit TempFile(fs::path target) : target_(std::move(target)) {
        static std::atomic<int> counter{0};
        path_ = target_;
        path_ += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    }
    ~TempFile() {
        std::error_code ec;
        if (!committed_)
            fs::remove(path_, ec);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const fs::path& path() const { return path_; }
    Error failed(const std::string& what) const { return badInput(target_.string() + ": " + what); }
    void commit() {
        std::error_code ec;
        fs::rename(path_, target_, ec);
        if (ec)
            throw failed("cannot replace the file: " + ec.message());
        committed_ = true;
    }

private:
    fs::path target_;
    fs::path path_;
    bool committed_ = false;
};

std::FILE* openForWriting(const TempFile& tmp) {
    std::FILE* out = std::fopen(tmp.path().c_str(), "w");
    if (!out)
        throw tmp.failed("cannot write (folder missing or read-only?)");
    return out;
}

} // namespace

void writeMps(const Model& model, const fs::path& file) {
    // Cones become auxiliary columns, each defined by an equality row; the writer itself sees
    // the linear part only.
    Model linear = model;
    ItemNames names = namesOf(model);
    std::string conic;
    const auto& cones = model.cones();
    for (std::size_t k = 0; k < cones.size(); ++k) {
        const ConeInfo& c = cones[k];
        const std::string base = label('c', k, c.name);
        conic += "CSECTION " + base + " 0.0 QUAD\n";
        const auto member = [&](const Affine& value, const std::string& suffix) {
            const Var v = linear.addVariable(-kInf, kInf);
            linear.addEquality(Affine(v) - value, 0.0);
            names.columns.push_back(base + "_" + suffix);
            names.rows.push_back(names.columns.back() + "_def");
            conic += "    " + names.columns.back() + "\n";
        };
        member(c.rhs, "t");
        for (std::size_t i = 0; i < c.lhs.size(); ++i)
            member(c.lhs[i], "y" + std::to_string(i));
    }

    TempFile tmp(file);
    std::fclose(openForWriting(tmp)); // a clear error for a bad folder before CoinMpsIO runs
    if (!detail::writeCoinMps(linear, names, tmp.path().string()))
        throw tmp.failed("writing the MPS file failed");
    std::ostringstream text;
    {
        std::ifstream in(tmp.path(), std::ios::binary);
        text << in.rdbuf();
    }
    std::string body = text.str();
    const std::size_t end = body.rfind("\nENDATA");
    if (end == std::string::npos)
        throw tmp.failed("the MPS writer left no ENDATA line");
    body.resize(end + 1);

    std::string out = "* " + summary(model) + "\n";
    if (!cones.empty())
        out += "* cone k: ||(c<k>_y0, c<k>_y1, ...)|| <= c<k>_t, the members defined by the rows "
               "<member>_def\n";
    out += body + conic + "ENDATA\n";
    std::FILE* f = openForWriting(tmp);
    const bool written = std::fwrite(out.data(), 1, out.size(), f) == out.size();
    if (std::fclose(f) != 0 || !written)
        throw tmp.failed("write failed (disk full?)");
    tmp.commit();
}

void writeLp(const Model& model, const fs::path& file) {
    Model linear = model;
    ItemNames names = namesOf(model);
    const auto& cones = model.cones();
    for (std::size_t k = 0; k < cones.size(); ++k) {
        const std::vector<detail::Cut> box = detail::initialCuts(cones[k], static_cast<int>(k));
        for (std::size_t m = 0; m < box.size(); ++m) {
            Affine row;
            for (const auto& [j, coefficient] : box[m].terms)
                row.add(Var{j}, coefficient);
            linear.addRow(row, -kInf, box[m].upper);
            names.rows.push_back(label('c', k, cones[k].name) + "_box" + std::to_string(m));
        }
    }

    TempFile tmp(file);
    std::FILE* f = openForWriting(tmp);
    bool written = std::fprintf(f, "\\ %s\n", summary(model).c_str()) > 0;
    if (!cones.empty())
        written =
            written &&
            std::fprintf(f, "\\ NOT the model: LP format has no cones, so each cone is replaced "
                            "by its initial outer approximation (rows c<k>_<name>_box<m>: "
                            "+-lhs_i <= rhs); this LP is a relaxation. writeMps writes the "
                            "cones exactly.\n") > 0;
    written = written && detail::writeCoinLp(linear, names, f);
    if (std::fclose(f) != 0 || !written)
        throw tmp.failed("write failed (disk full?)");
    tmp.commit();
}

} // namespace gridcarbon::opt
