#pragma once

// CsvReader: turns the bytes of a real-world CSV file (Excel, LibreOffice, a pasted list) into
// rows of text cells with their physical line numbers. It knows encodings, delimiters, RFC 4180
// quoting and header rows; it knows nothing about hosts.

#include "../result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class CsvEncoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// Whitespace is the original bulk box's "name address" form, one host per line.
enum class CsvDelimiter { Comma, Semicolon, Tab, Pipe, Whitespace };

struct CsvRow
{
    int line = 0; // physical line (1-based, counting the header) where the row starts
    QStringList cells;
};

// A line that could not be read (an unterminated quote); the rest of the file still is. The
// message does not repeat the line number: show it as "line N: message".
struct CsvProblem
{
    int line = 0;
    QString message;
};

// What the caller wants instead of detection; unset = detect.
struct CsvReadOptions
{
    std::optional<CsvEncoding> encoding;
    std::optional<CsvDelimiter> delimiter;
    std::optional<bool> header;
};

struct CsvTable
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool byteOrderMark = false;
    CsvDelimiter delimiter = CsvDelimiter::Comma;
    bool hasHeader = false;
    QStringList header; // empty without a header
    int headerLine = 0;
    QList<CsvRow> rows; // data rows only, blank lines skipped
    QList<CsvProblem> problems;
    int columnCount = 0; // the widest row or header
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Fails (ErrorCode::FileFormat) only when the input cannot be read as CSV at all: empty,
    // binary, or not text in the chosen encoding. Malformed lines become table.problems.
    // bytes by value: pass an rvalue and a large file is freed as soon as it is decoded.
    static Result<CsvTable> read(QByteArray bytes, const CsvReadOptions &options = {});
    // As read(), ErrorCode::FileRead when the file cannot be opened.
    static Result<CsvTable> readFile(const QString &path, const CsvReadOptions &options = {});

    // Detects the encoding from a BOM, else UTF-8 when the bytes are valid UTF-8, else
    // Windows-1252. bomLength receives the bytes to skip.
    static CsvEncoding detectEncoding(const QByteArray &bytes, int *bomLength = nullptr);
    static Result<QString> decode(const QByteArray &bytes, CsvEncoding encoding);
    static CsvDelimiter detectDelimiter(QStringView text);
    // A first row whose cells are column names ("Host name", "IP", "zip"), not data.
    static bool looksLikeHeader(const QStringList &cells);

    static QString encodingName(CsvEncoding encoding); // "UTF-8", "Windows-1252", ...
    static QString delimiterName(CsvDelimiter delimiter); // translated
    static QChar delimiterChar(CsvDelimiter delimiter); // QChar() for Whitespace
};
