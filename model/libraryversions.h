#pragma once

#include <QString>

/// Versions of the libraries the model is built on, for Help ▸ About and
/// bug reports. Here rather than in the views so only the model links ICU.
namespace LibraryVersions {
/// The ICU the program runs with, e.g. "72.1".
QString icu();
/// The Unicode version ICU implements, e.g. "15.0".
QString unicode();
} // namespace LibraryVersions
