#include "csvwriter.h"

#include <QSaveFile>

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// The first character after any leading single quotes, or QChar() when there is none.
QChar afterQuotes(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == u'\'')
        ++i;
    return i < cell.size() ? cell.at(i) : QChar();
}

} // namespace

QString CsvWriter::neutralizeFormula(const QString &cell)
{
    if (cell.isEmpty() || !isFormulaStart(afterQuotes(cell)))
        return cell;
    return u'\'' + cell;
}

QString CsvWriter::restoreFormula(const QString &cell)
{
    if (!cell.startsWith(u'\'') || !isFormulaStart(afterQuotes(cell)))
        return cell;
    return cell.mid(1);
}

QStringList CsvWriter::exportHeader()
{
    return {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("manufacturer"),
        QStringLiteral("supplier"), QStringLiteral("type"), QStringLiteral("post_code"),
        QStringLiteral("web_url"), QStringLiteral("status"), QStringLiteral("last_success_utc")};
}

QByteArray CsvWriter::csvLine(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line.append(u',');
        const QString cell = neutralizeFormula(cells.at(i));
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
            || cell.contains(u'\r') || cell.startsWith(u' ') || cell.endsWith(u' ');
        if (quote) {
            QString escaped = cell;
            escaped.replace(u'"', QStringLiteral("\"\""));
            line.append(u'"' + escaped + u'"');
        } else {
            line.append(cell);
        }
    }
    line.append(QStringLiteral("\r\n"));
    return line.toUtf8();
}

QByteArray CsvWriter::hostsToCsv(const HostList &hosts)
{
    QByteArray out = csvLine(exportHeader());
    out.reserve(out.size() + hosts.size() * 80);
    for (const Host &h : hosts)
        out.append(csvLine({h.name, h.address, manufacturerName(h.manufacturer), h.supplier, h.type,
            h.postCode, h.webUrl, statusName(h.state.status), toIsoUtc(h.state.lastSuccessAt)}));
    return out;
}

Status exportHostsCsv(const HostList &hosts, const QString &file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error {ErrorCode::FileRead,
            CsvWriter::tr("Cannot write the file %1: %2").arg(file, out.errorString())};
    const QByteArray bytes = CsvWriter::hostsToCsv(hosts);
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Error {ErrorCode::FileRead,
            CsvWriter::tr("Cannot write the file %1: %2").arg(file, out.errorString())};
    return Status::success();
}
