// Fuzz target: address and URL validation. Whatever the bytes, validation must not crash, and
// what it accepts must be safe to hand to ping and stable when validated again.

#include "hostvalidator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const Result<QString> address = HostValidator::normalizeAddress(text);
    if (address.ok()) {
        const QString &a = address.value();
        if (a.isEmpty() || a.startsWith(u'-') || a.size() > 1024)
            abort(); // accepted something ping would misread
        for (QChar c : a)
            if (c.isSpace())
                abort();
        const Result<QString> again = HostValidator::normalizeAddress(a);
        if (!again.ok() || again.value() != a)
            abort(); // normalisation must be idempotent
    } else if (address.error().message.isEmpty()) {
        abort(); // every rejection says why
    }

    const Result<QString> url = HostValidator::normalizeWebUrl(text);
    if (url.ok() && !url.value().isEmpty()) {
        const QString scheme = url.value().section(u':', 0, 0).toLower();
        if (scheme != u"http" && scheme != u"https")
            abort();
    }

    Host h;
    h.name = text;
    h.address = text;
    h.supplier = text;
    h.webUrl = text;
    const QList<FieldError> errors = HostValidator::validate(h);
    for (const FieldError &e : errors)
        if (e.message.isEmpty())
            abort();
    return 0;
}
