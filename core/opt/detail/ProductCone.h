#pragma once
// The cone K = R+^linear x Q^dims[0] x Q^dims[1] x ... of an interior-point method, with the
// Jordan algebra of its vectors (a o b, its inverse, the identity e) and the Nesterov-Todd
// scaling W of a pair s, z in the interior: W z = W^-T s = lambda, W symmetric block by block
// (Vandenberghe, "The CVXOPT linear and quadratic cone program solvers", 2010, section 4).
#include <Eigen/Dense>
#include <vector>

namespace gridcarbon::opt::detail {

class ProductCone {
public:
    ProductCone(int linear, std::vector<int> dims);

    int size() const { return size_; }
    int linear() const { return linear_; }
    const std::vector<int>& dims() const { return dims_; }
    const std::vector<int>& offsets() const { return offsets_; }
    // Degree: the number of blocks, each linear entry one block (s'z / degree is mu).
    int degree() const { return linear_ + static_cast<int>(dims_.size()); }

    Eigen::VectorXd identity() const;
    // The largest step t with u + t du in K (infinity if every t >= 0 is).
    double maxStep(const Eigen::VectorXd& u, const Eigen::VectorXd& du) const;
    // How far the least interior block of u is outside K: max over blocks of -u_i (linear),
    // ||u1|| - u0 (cone). u + (1 + that) e is interior when that is >= 0.
    double outside(const Eigen::VectorXd& u) const;
    Eigen::VectorXd product(const Eigen::VectorXd& a, const Eigen::VectorXd& b) const;
    // The u with lambda o u = d (lambda interior).
    Eigen::VectorXd divide(const Eigen::VectorXd& lambda, const Eigen::VectorXd& d) const;

private:
    int linear_;
    std::vector<int> dims_;
    std::vector<int> offsets_;
    int size_;
};

// A block-diagonal linear map on the cone's vectors: a diagonal on the linear part, a dense
// block per cone.
struct BlockDiagonal {
    Eigen::VectorXd linear;
    std::vector<Eigen::MatrixXd> cones;

    Eigen::VectorXd apply(const ProductCone& cone, const Eigen::VectorXd& u) const;
};

// The Nesterov-Todd scaling of interior s, z: diagonal on the linear part, a dense symmetric
// block beta (2 v v' - J) per cone.
class NtScaling {
public:
    NtScaling(const ProductCone& cone, const Eigen::VectorXd& s, const Eigen::VectorXd& z);

    const Eigen::VectorXd& lambda() const { return lambda_; }
    Eigen::VectorXd apply(const Eigen::VectorXd& u) const { return w_.apply(cone_, u); }
    Eigen::VectorXd applyInverse(const Eigen::VectorXd& u) const { return winv_.apply(cone_, u); }
    const BlockDiagonal& inverse() const { return winv_; }

private:
    const ProductCone& cone_;
    BlockDiagonal w_, winv_; // linear part: sqrt(s / z) and its inverse
    Eigen::VectorXd lambda_;
};

} // namespace gridcarbon::opt::detail
