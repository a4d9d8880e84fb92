#pragma once

// Values for fields a row leaves empty, as the original bulk form's shared manufacturer,
// supplier, type and post code.

#include "../host.h"

#include <QString>

#include <optional>

struct ImportDefaults
{
    std::optional<Manufacturer> manufacturer; // unset = Other
    QString supplier;
    QString type;
    QString postCode;
};

enum class DuplicatePolicy { Skip, Update };
