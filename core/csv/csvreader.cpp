#include "csvreader.h"

#include "columnmapping.h"

#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QStringDecoder>

Q_LOGGING_CATEGORY(lcCsv, "pingtool.csv", QtWarningMsg)

namespace {

Error formatError(const QString &message)
{
    return Error {ErrorCode::FileFormat, message};
}

// Windows-1252 bytes 0x80-0x9F; the rest is Latin-1. Qt 6.4 without ICU has no such codec, so
// the table is explicit. Unassigned bytes map to the C1 control of the same value (as WHATWG).
constexpr char16_t kCp1252High[32]
    = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString decodeCp1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        *out++ = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return text;
}

// Qt's UTF-16 decoder passes unpaired surrogates through; such text is not valid UTF-16, and a
// name holding one would not survive export as UTF-8 (found by fuzz_csv).
bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Splits "name address [post code with spaces]" into at most three cells.
QStringList splitWhitespace(QStringView line)
{
    QStringList tokens;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && tokens.size() < 2) {
        while (i < n && line.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < n && !line.at(i).isSpace())
            ++i;
        if (i > start)
            tokens.append(line.mid(start, i - start).toString());
    }
    const QString rest = line.mid(i).trimmed().toString();
    if (!rest.isEmpty())
        tokens.append(rest);
    return tokens;
}

struct RecordResult
{
    enum Kind { Ok, Unterminated } kind = Ok;
    QStringList cells;
    qsizetype next = 0; // position after the record
    int nextLine = 0; // physical line at next
};

// One RFC 4180 record from pos, lenient where real files are sloppy: a quote inside an unquoted
// cell is kept as text, text after a closing quote is appended, spaces before an opening quote
// are dropped.
RecordResult parseRecord(QStringView text, qsizetype pos, int line, QChar delimiter)
{
    RecordResult r;
    QString cell;
    bool inQuotes = false;
    bool cellQuoted = false;
    const qsizetype n = text.size();
    qsizetype i = pos;
    while (i < n) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    i += 2;
                } else {
                    inQuotes = false;
                    ++i;
                }
            } else if (isLineEnd(c)) {
                ++line;
                cell.append(u'\n');
                i += (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') ? 2 : 1;
            } else {
                // Copy the run up to the next quote or line end at once.
                qsizetype end = i + 1;
                while (end < n && text.at(end) != u'"' && !isLineEnd(text.at(end)))
                    ++end;
                cell.append(text.mid(i, end - i));
                i = end;
            }
            continue;
        }
        if (c == delimiter) {
            r.cells.append(std::move(cell));
            cell = QString();
            cellQuoted = false;
            ++i;
        } else if (isLineEnd(c)) {
            i += (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') ? 2 : 1;
            r.cells.append(std::move(cell));
            r.next = i;
            r.nextLine = line + 1;
            return r;
        } else if (c == u'"' && !cellQuoted && cell.trimmed().isEmpty()) {
            cell.clear();
            inQuotes = true;
            cellQuoted = true;
            ++i;
        } else {
            qsizetype end = i + 1;
            while (end < n) {
                const QChar e = text.at(end);
                if (e == delimiter || isLineEnd(e) || e == u'"')
                    break;
                ++end;
            }
            // Most cells are one unquoted run: allocate it at its exact size.
            if (cell.isEmpty())
                cell = text.mid(i, end - i).toString();
            else
                cell.append(text.mid(i, end - i));
            i = end;
        }
    }
    if (inQuotes) {
        r.kind = RecordResult::Unterminated;
        return r;
    }
    r.cells.append(std::move(cell));
    r.next = n;
    r.nextLine = line;
    return r;
}

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

void dropTrailingEmpty(QStringList &cells)
{
    while (cells.size() > 1 && cells.constLast().trimmed().isEmpty())
        cells.removeLast();
}

// A reason the decoded text is not a CSV file at all, or nullopt.
std::optional<QString> binaryReason(const QByteArray &bytes, const QString &text)
{
    if (bytes.startsWith("PK\x03\x04"))
        return CsvReader::tr(
            "The file is a ZIP archive, probably an Excel workbook (.xlsx), not a CSV file. "
            "Save it as \"CSV UTF-8\" in the spreadsheet program and import that file.");
    if (bytes.startsWith("\xD0\xCF\x11\xE0"))
        return CsvReader::tr(
            "The file is an old Excel workbook (.xls), not a CSV file. Save it as CSV in the "
            "spreadsheet program and import that file.");
    qsizetype controls = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() == 0)
            return CsvReader::tr(
                "The file does not look like text: it contains a zero byte (character %1). If "
                "it is UTF-16 text, save it with a byte order mark.")
                .arg(i + 1);
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            ++controls;
        else if (c.unicode() >= 0x80 && c.unicode() < 0xA0)
            ++controls; // C1 controls: not in any real CSV
    }
    if (controls > 0 && controls * 100 > text.size())
        return CsvReader::tr("The file does not look like text: %n of its characters are control "
                             "characters.",
            nullptr, int(controls));
    return std::nullopt;
}

} // namespace

CsvEncoding CsvReader::detectEncoding(const QByteArray &bytes, int *bomLength)
{
    int bom = 0;
    CsvEncoding encoding = CsvEncoding::Utf8;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bom = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        bom = 2;
        encoding = CsvEncoding::Utf16LE;
    } else if (bytes.startsWith("\xFE\xFF")) {
        bom = 2;
        encoding = CsvEncoding::Utf16BE;
    } else {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(bytes);
        if (utf8.hasError())
            encoding = CsvEncoding::Windows1252;
    }
    if (bomLength)
        *bomLength = bom;
    return encoding;
}

Result<QString> CsvReader::decode(const QByteArray &bytes, CsvEncoding encoding)
{
    QByteArrayView data(bytes);
    switch (encoding) {
    case CsvEncoding::Windows1252:
        return decodeCp1252(data);
    case CsvEncoding::Utf8:
        if (data.startsWith("\xEF\xBB\xBF"))
            data = data.sliced(3);
        break;
    case CsvEncoding::Utf16LE:
        if (data.startsWith("\xFF\xFE"))
            data = data.sliced(2);
        break;
    case CsvEncoding::Utf16BE:
        if (data.startsWith("\xFE\xFF"))
            data = data.sliced(2);
        break;
    }
    const QStringDecoder::Encoding qtEncoding = encoding == CsvEncoding::Utf8
        ? QStringDecoder::Utf8
        : (encoding == CsvEncoding::Utf16LE ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
    QStringDecoder decoder(qtEncoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError() || (encoding != CsvEncoding::Utf8 && data.size() % 2 != 0)
        || (encoding != CsvEncoding::Utf8 && hasLoneSurrogate(text)))
        return formatError(tr("The file is not valid %1 text. Choose another encoding.")
                               .arg(encodingName(encoding)));
    return text;
}

CsvDelimiter CsvReader::detectDelimiter(QStringView text)
{
    static const CsvDelimiter candidates[]
        = {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab, CsvDelimiter::Pipe};
    constexpr int kSampleLines = 200;

    // Counts outside quotes, per non-blank line of a sample.
    QList<std::array<int, 4>> counts;
    std::array<int, 4> current {};
    bool inQuotes = false;
    bool lineHasText = false;
    int whitespaceLines = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size() && counts.size() < kSampleLines; ++i) {
        const bool end = i == text.size();
        const QChar c = end ? QChar(u'\n') : text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
            lineHasText = true;
            continue;
        }
        if (inQuotes && !end)
            continue;
        if (isLineEnd(c)) {
            if (lineHasText) {
                counts.append(current);
                if (splitWhitespace(text.mid(lineStart, i - lineStart)).size() >= 2)
                    ++whitespaceLines;
            }
            current = {};
            lineHasText = false;
            lineStart = i + 1;
            continue;
        }
        for (int k = 0; k < 4; ++k)
            if (c == delimiterChar(candidates[k]))
                ++current[k];
        if (!c.isSpace())
            lineHasText = true;
    }

    int bestScore = 0;
    int bestMode = 0;
    CsvDelimiter best = CsvDelimiter::Comma;
    for (int k = 0; k < 4; ++k) {
        QHash<int, int> frequency;
        for (const auto &line : counts)
            if (line[k] > 0)
                ++frequency[line[k]];
        int mode = 0;
        int score = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it)
            if (it.value() > score || (it.value() == score && it.key() > mode)) {
                score = it.value();
                mode = it.key();
            }
        if (score > bestScore || (score == bestScore && score > 0 && mode > bestMode)) {
            bestScore = score;
            bestMode = mode;
            best = candidates[k];
        }
    }
    // "name address" lines, perhaps with a stray tab, where no delimiter is on most lines.
    if (bestScore * 2 <= counts.size() && whitespaceLines * 2 > counts.size())
        return CsvDelimiter::Whitespace;
    return best;
}

bool CsvReader::looksLikeHeader(const QStringList &cells)
{
    int recognised = 0;
    int nonEmpty = 0;
    for (const QString &cell : cells) {
        const QString c = cell.trimmed();
        if (c.isEmpty())
            continue;
        ++nonEmpty;
        QHostAddress ip;
        if (ip.setAddress(c))
            return false; // data, whatever the other cells say
        if (ColumnMapping::fieldForHeader(c))
            ++recognised;
    }
    return recognised > 0 && recognised * 2 >= nonEmpty;
}

Result<CsvTable> CsvReader::readFile(const QString &path, const CsvReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            ErrorCode::FileRead, tr("Cannot read the file %1: %2").arg(path, file.errorString())};
    return read(file.readAll(), options); // moved in: freed once decoded
}

Result<CsvTable> CsvReader::read(QByteArray bytes, const CsvReadOptions &options)
{
    CsvTable table;
    if (bytes.isEmpty())
        return formatError(tr("The file is empty."));

    int bomLength = 0;
    const CsvEncoding detected = detectEncoding(bytes, &bomLength);
    table.encoding = options.encoding.value_or(detected);
    table.byteOrderMark = bomLength > 0;
    const Result<QString> decoded = decode(bytes, table.encoding);
    if (!decoded)
        return decoded.error();
    const QString &text = decoded.value();

    if (const auto reason = binaryReason(bytes, text))
        return formatError(*reason);
    bytes = QByteArray(); // a large file need not be held twice
    if (text.trimmed().isEmpty())
        return formatError(tr("The file is empty: it has no line with text."));

    qsizetype pos = 0;
    int line = 1;
    const qsizetype n = text.size();

    // Excel's "sep=;" first line names the delimiter; it is not a row.
    std::optional<CsvDelimiter> declared;
    if (text.startsWith(u"sep=", Qt::CaseInsensitive) && n >= 5
        && (n == 5 || isLineEnd(text.at(5)))) {
        for (CsvDelimiter d :
            {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab, CsvDelimiter::Pipe})
            if (text.at(4) == delimiterChar(d))
                declared = d;
        if (declared) {
            pos = 5 + ((n > 6 && text.at(5) == u'\r' && text.at(6) == u'\n') ? 2 : 1);
            line = 2;
        }
    }
    table.delimiter = options.delimiter.value_or(
        declared.value_or(detectDelimiter(QStringView(text).mid(std::min(pos, n)))));
    const bool whitespace = table.delimiter == CsvDelimiter::Whitespace;
    const QChar delimiter = delimiterChar(table.delimiter);

    while (pos < n) {
        RecordResult record;
        if (whitespace) {
            qsizetype end = pos;
            while (end < n && !isLineEnd(text.at(end)))
                ++end;
            record.cells = splitWhitespace(QStringView(text).mid(pos, end - pos));
            if (end < n)
                end += (text.at(end) == u'\r' && end + 1 < n && text.at(end + 1) == u'\n') ? 2 : 1;
            record.next = end;
            record.nextLine = line + 1;
        } else {
            record = parseRecord(text, pos, line, delimiter);
        }
        if (record.kind == RecordResult::Unterminated) {
            // Report the line where the quote opened, skip just that line, read on.
            table.problems.append({line,
                tr("A quoted cell starting on this line is never closed (a '\"' is missing); "
                   "the line was skipped.")});
            qsizetype end = pos;
            while (end < n && !isLineEnd(text.at(end)))
                ++end;
            if (end < n)
                end += (text.at(end) == u'\r' && end + 1 < n && text.at(end + 1) == u'\n') ? 2 : 1;
            pos = end;
            ++line;
            continue;
        }
        if (!isBlank(record.cells)) {
            dropTrailingEmpty(record.cells);
            table.rows.append({line, record.cells});
        }
        pos = record.next;
        line = record.nextLine;
    }
    if (table.rows.isEmpty())
        return formatError(table.problems.isEmpty()
                ? tr("The file is empty: it has no line with text.")
                : tr("No line of the file could be read. Line %1: %2")
                      .arg(table.problems.first().line)
                      .arg(table.problems.first().message));

    table.hasHeader = options.header.value_or(looksLikeHeader(table.rows.first().cells));
    if (table.hasHeader) {
        const CsvRow header = table.rows.takeFirst();
        table.header = header.cells;
        table.headerLine = header.line;
        for (QString &h : table.header)
            h = h.trimmed();
    } else if (!whitespace) {
        // The original bulk box also took "name address" lines among "name,address" ones.
        for (CsvRow &row : table.rows)
            if (row.cells.size() == 1 && row.cells.first().trimmed().contains(u' '))
                row.cells = splitWhitespace(row.cells.first());
    }
    table.columnCount = int(table.header.size());
    for (const CsvRow &row : std::as_const(table.rows))
        table.columnCount = std::max(table.columnCount, int(row.cells.size()));
    qCDebug(lcCsv) << "read" << table.rows.size() << "rows," << table.problems.size()
                   << "problems, delimiter" << delimiterName(table.delimiter);
    return table;
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case CsvEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

QString CsvReader::delimiterName(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma:
        return tr("Comma");
    case CsvDelimiter::Semicolon:
        return tr("Semicolon");
    case CsvDelimiter::Tab:
        return tr("Tab");
    case CsvDelimiter::Pipe:
        return tr("Pipe (|)");
    case CsvDelimiter::Whitespace:
        return tr("Spaces (name address)");
    }
    return {};
}

QChar CsvReader::delimiterChar(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma:
        return u',';
    case CsvDelimiter::Semicolon:
        return u';';
    case CsvDelimiter::Tab:
        return u'\t';
    case CsvDelimiter::Pipe:
        return u'|';
    case CsvDelimiter::Whitespace:
        break;
    }
    return {};
}
