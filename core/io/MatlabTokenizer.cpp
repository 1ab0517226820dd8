#include "io/MatlabTokenizer.h"

#include "io/MatlabScript.h"

#include <charconv>
#include <cstdio>

namespace gridcarbon::matlab {
namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}
bool isLineEnd(char c) {
    return c == '\n' || c == '\r';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isNameChar(char c) {
    return isLetter(c) || isDigit(c) || c == '_';
}

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && isBlank(s[b]))
        ++b;
    while (e > b && isBlank(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

class Tokenizer {
public:
    Tokenizer(const std::string& text, const std::string& source) : s_(text), source_(source) {
        if (s_.rfind("\xEF\xBB\xBF", 0) == 0) // a UTF-8 byte order mark, as some editors write
            i_ = lineStart_ = 3;
    }

    Tokens run() {
        while (i_ < s_.size()) {
            const char c = s_[i_];
            if (isBlank(c)) {
                ++i_;
                space_ = true;
            } else if (isLineEnd(c)) {
                push(TokenKind::Newline, "");
                newline();
                space_ = true;
            } else if (c == '%') {
                if (onlyBlanks(lineStart_, i_) && at(i_ + 1) == '{' &&
                    onlyBlanks(i_ + 2, lineEnd(i_)))
                    blockComment();
                else
                    i_ = lineEnd(i_);
                space_ = true;
            } else if (c == '.' && at(i_ + 1) == '.' && at(i_ + 2) == '.') {
                // A continuation: the rest of the line is a comment and the line end is
                // whitespace.
                i_ = lineEnd(i_);
                if (i_ < s_.size())
                    newline();
                space_ = true;
            } else if (isDigit(c) || (c == '.' && isDigit(at(i_ + 1)))) {
                if (!numberRun())
                    number();
            } else if (isLetter(c)) {
                const std::size_t b = i_;
                while (isNameChar(at(i_)))
                    ++i_;
                push(TokenKind::Identifier, s_.substr(b, i_ - b));
            } else if (c == '\'' && quoteIsTranspose()) {
                ++i_;
                push(TokenKind::Symbol, "'");
            } else if (c == '\'' || c == '"') {
                string(c);
            } else {
                symbol();
            }
        }
        push(TokenKind::EndOfInput, "");
        return Tokens{std::move(out_), std::move(numbers_), std::move(rows_)};
    }

private:
    [[noreturn]] void fail(int line, const std::string& what) const {
        throw errorAt(source_, line, what);
    }

    char at(std::size_t k) const { return k < s_.size() ? s_[k] : '\0'; }

    std::size_t lineEnd(std::size_t from) const {
        while (from < s_.size() && !isLineEnd(s_[from]))
            ++from;
        return from;
    }

    bool onlyBlanks(std::size_t from, std::size_t to) const {
        for (std::size_t k = from; k < to; ++k)
            if (!isBlank(s_[k]))
                return false;
        return true;
    }

    // Consumes the line end at i_: "\n", "\r\n" or a lone "\r".
    void newline() {
        i_ += (s_[i_] == '\r' && at(i_ + 1) == '\n') ? 2 : 1;
        ++line_;
        lineStart_ = i_;
    }

    void push(TokenKind kind, std::string text, double number = 0.0) {
        if (kind == TokenKind::Symbol && (text == "[" || text == "(" || text == "{"))
            open_.push_back(text[0]);
        else if (kind == TokenKind::Symbol && (text == "]" || text == ")" || text == "}") &&
                 !open_.empty())
            open_.pop_back();
        out_.push_back(Token{kind, std::move(text), number, line_, space_});
        space_ = false;
    }

    static bool startsNumber(char c, char next) {
        return isDigit(c) || (c == '.' && isDigit(next));
    }

    // At a number directly inside "[ ]" after a separator: takes the numbers from here that
    // are whole elements (each followed by a line end, ';', ']', a comment, or a separator and
    // the next plain or signed number) as one Numbers token, across row breaks (';' or a line
    // end, or both) followed by a number. A number followed by anything else ("2*x", "2'",
    // "1 - 2") is left to the ordinary tokens. False when it took none.
    bool numberRun() {
        if (open_.empty() || open_.back() != '[' || out_.empty())
            return false;
        const Token& before = out_.back();
        const bool afterSeparator =
            before.kind == TokenKind::Newline || before.kind == TokenKind::Numbers ||
            (before.kind == TokenKind::Number && space_) ||
            (before.kind == TokenKind::Symbol &&
             (before.text == "[" || before.text == "," || before.text == ";"));
        if (!afterSeparator)
            return false;
        const std::size_t firstRow = rows_.size();
        const int firstLine = line_;
        const bool spaceBefore = space_;
        rows_.push_back(NumberRow{numbers_.size(), numbers_.size(), line_});
        std::size_t taken = i_; // the end of the last number taken
        for (;;) {
            const std::size_t start = i_;
            double sign = 1.0;
            if (s_[i_] == '-' || s_[i_] == '+')
                sign = s_[i_++] == '-' ? -1.0 : 1.0;
            const double value = sign * scanNumber();
            const std::size_t end = i_;
            std::size_t k = end;
            while (isBlank(at(k)))
                ++k;
            const bool comma = at(k) == ',';
            if (comma) {
                ++k;
                while (isBlank(at(k)))
                    ++k;
            }
            const char c = at(k);
            const bool separated = k > end;
            const bool ends = k >= s_.size() || isLineEnd(c) || c == ';' || c == ']' || c == '%';
            const auto numberAt = [&](std::size_t p) {
                return startsNumber(at(p), at(p + 1)) ||
                       ((at(p) == '-' || at(p) == '+') && startsNumber(at(p + 1), at(p + 2)));
            };
            const bool nextNumber = separated && numberAt(k);
            if (!comma && !ends && !nextNumber) {
                i_ = start; // not known to be a whole element: an ordinary token
                break;
            }
            if (numbers_.size() >= kMaxNumbersInFile)
                fail(line_,
                     "the file holds more than " + std::to_string(kMaxNumbersInFile) + " numbers");
            numbers_.push_back(value);
            rows_.back().end = numbers_.size();
            taken = end;
            i_ = end;
            if (nextNumber) {
                i_ = k;
                continue;
            }
            // A row break, then the next row's first number.
            if (comma || !(c == ';' || isLineEnd(c)))
                break;
            std::size_t r = k;
            if (at(r) == ';')
                for (++r; isBlank(at(r));)
                    ++r;
            const bool lineEnd = isLineEnd(at(r));
            std::size_t afterEnd = r;
            if (lineEnd)
                afterEnd += (at(r) == '\r' && at(r + 1) == '\n') ? 2 : 1;
            std::size_t q = afterEnd;
            while (isBlank(at(q)))
                ++q;
            if (!numberAt(q))
                break;
            if (lineEnd) {
                i_ = r;
                newline();
            }
            i_ = q;
            taken = q;
            rows_.push_back(NumberRow{numbers_.size(), numbers_.size(), line_});
        }
        // A row opened for a number that then stayed an ordinary token is not part of the run;
        // the row break before it still is, as a token after the run.
        const bool brokenRow = rows_.back().begin == rows_.back().end;
        if (brokenRow)
            rows_.pop_back();
        i_ = taken;
        if (rows_.size() == firstRow)
            return false;
        Token run{TokenKind::Numbers, "", 0.0, firstLine, spaceBefore};
        run.first = firstRow;
        run.count = rows_.size() - firstRow;
        out_.push_back(std::move(run));
        space_ = false;
        if (brokenRow) {
            out_.push_back(Token{TokenKind::Symbol, ";", 0.0, line_, false});
            space_ = true;
        }
        return true;
    }

    // "%{" and "%}" alone on their lines open and close a (nestable) block comment. It ends
    // at the line end of its "%}", which stays a Newline token.
    void blockComment() {
        const int startLine = line_;
        int depth = 0;
        for (;;) {
            const std::size_t e = lineEnd(lineStart_);
            const std::string line = trim(s_.substr(lineStart_, e - lineStart_));
            if (line == "%{")
                ++depth;
            else if (line == "%}")
                --depth;
            i_ = e;
            if (depth == 0)
                return;
            if (i_ >= s_.size())
                fail(startLine, "block comment '%{' is not closed by '%}'");
            newline();
        }
    }

    // MATLAB reads a quote right after a value as the transpose operator, else as a string.
    bool quoteIsTranspose() const {
        if (out_.empty() || space_)
            return false;
        const Token& t = out_.back();
        if (t.kind == TokenKind::Identifier || t.kind == TokenKind::Number)
            return true;
        return t.kind == TokenKind::Symbol &&
               (t.text == ")" || t.text == "]" || t.text == "}" || t.text == "'" || t.text == ".'");
    }

    void number() {
        const std::size_t b = i_;
        const double v = scanNumber();
        push(TokenKind::Number, s_.substr(b, i_ - b), v);
    }

    // Reads the number at i_, which starts with a digit or ".digit", and moves past it.
    double scanNumber() {
        const std::size_t b = i_;
        while (isDigit(at(i_)))
            ++i_;
        // "2.*x" and "2./x" are 2 .* x; "1..." is 1 followed by a continuation.
        const char after = at(i_ + 1);
        if (at(i_) == '.' && after != '*' && after != '/' && after != '^' && after != '\\' &&
            after != '\'' && after != '.') {
            ++i_;
            while (isDigit(at(i_)))
                ++i_;
        }
        bool negativeExponent = false;
        if (at(i_) == 'e' || at(i_) == 'E') {
            std::size_t k = i_ + 1;
            if (at(k) == '+' || at(k) == '-')
                negativeExponent = at(k++) == '-';
            if (!isDigit(at(k)))
                fail(line_, "malformed number '" + s_.substr(b, k - b) + "'");
            i_ = k;
            while (isDigit(at(i_)))
                ++i_;
        }
        if (isNameChar(at(i_)))
            fail(line_, "malformed number '" + s_.substr(b, i_ + 1 - b) +
                            "' (complex and hexadecimal numbers are not supported)");
        // from_chars, unlike strtod, ignores the C locale, which a GUI may have set to one
        // with a decimal comma.
        double v = 0.0;
        const auto [end, ec] = std::from_chars(s_.data() + b, s_.data() + i_, v);
        if (ec == std::errc::result_out_of_range && negativeExponent)
            v = 0.0; // underflow: MATLAB reads it as 0 too
        else if (ec == std::errc::result_out_of_range)
            fail(line_, "number '" + s_.substr(b, i_ - b) + "' is out of range");
        else if (ec != std::errc() || end != s_.data() + i_)
            fail(line_, "malformed number '" + s_.substr(b, i_ - b) + "'");
        return v;
    }

    void string(char quote) {
        std::string text;
        ++i_;
        for (;;) {
            if (i_ >= s_.size() || isLineEnd(s_[i_]))
                fail(line_, "string is not closed before the end of the line");
            if (s_[i_] == quote) {
                if (at(i_ + 1) != quote)
                    break;
                ++i_; // a doubled quote stands for one
            }
            text += s_[i_++];
        }
        ++i_;
        push(TokenKind::String, std::move(text));
    }

    void symbol() {
        static const char* const twoChar[] = {
            ".*", "./", ".^", ".'", ".\\", "==", "~=", "<=", ">=", "&&", "||", "!="};
        for (const char* op : twoChar)
            if (s_[i_] == op[0] && at(i_ + 1) == op[1]) {
                i_ += 2;
                push(TokenKind::Symbol, op);
                return;
            }
        static const std::string oneChar = "()[]{},;=:.+-*/^\\~<>&|!@";
        const char c = s_[i_];
        if (oneChar.find(c) == std::string::npos) {
            char what[32];
            if (c > ' ' && c < 127)
                std::snprintf(what, sizeof what, "'%c'", c);
            else
                std::snprintf(what, sizeof what, "byte 0x%02X",
                              static_cast<unsigned>(static_cast<unsigned char>(c)));
            fail(line_, std::string("unexpected character ") + what);
        }
        ++i_;
        push(TokenKind::Symbol, std::string(1, c));
    }

    const std::string& s_;
    const std::string& source_;
    std::size_t i_ = 0;
    std::size_t lineStart_ = 0;
    int line_ = 1;
    bool space_ = false;
    std::vector<Token> out_;
    std::vector<double> numbers_;
    std::vector<NumberRow> rows_;
    std::vector<char> open_; // the brackets open at the current position
};

} // namespace

Tokens tokenize(const std::string& text, const std::string& sourceName) {
    return Tokenizer(text, sourceName).run();
}

std::vector<std::string> helpText(const std::string& text, int functionLine) {
    std::vector<std::string> lines;
    std::size_t i = 0;
    for (int line = 1; i < text.size(); ++line) {
        std::size_t e = i;
        while (e < text.size() && !isLineEnd(text[e]))
            ++e;
        const std::string content = trim(text.substr(i, e - i));
        i = e + ((e < text.size() && text[e] == '\r' && e + 1 < text.size() && text[e + 1] == '\n')
                     ? 2
                     : 1);
        if (line <= functionLine)
            continue;
        if (content.empty() || content[0] != '%')
            break;
        const std::size_t k = content.find_first_not_of('%');
        lines.push_back(k == std::string::npos ? std::string() : trim(content.substr(k)));
    }
    while (!lines.empty() && lines.back().empty())
        lines.pop_back();
    while (!lines.empty() && lines.front().empty())
        lines.erase(lines.begin());
    return lines;
}

std::string describe(const Token& t) {
    switch (t.kind) {
    case TokenKind::Newline:
        return "end of line";
    case TokenKind::EndOfInput:
        return "end of file";
    case TokenKind::String:
        return "string '" + t.text + "'";
    case TokenKind::Numbers:
        return "numbers";
    default:
        return "'" + t.text + "'";
    }
}

} // namespace gridcarbon::matlab
