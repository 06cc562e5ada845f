// Reads an XML file defensively: size, NUL bytes, encoding, parse errors, all as diagnostics.
#pragma once

#include "core/Diagnostics.h"

#include <tinyxml2.h>

#include <filesystem>
#include <string>

namespace acq {

constexpr std::size_t kMaxXmlFileBytes = 32u * 1024u * 1024u;
// Beyond these, parsing and loading would take minutes or gigabytes (see XmlFile.cpp); a level
// has a few hundred elements, the body art a few thousand.
constexpr std::size_t kMaxXmlMarkup = 100000;   // elements, comments and other tags in a file
constexpr std::size_t kMaxXmlAttributes = 100;  // attributes of one element

// Loads `path` into `doc`. On any problem of the file as a whole (missing, not a regular file,
// unreadable, too large, empty, NUL bytes, UTF-16, invalid UTF-8, too many elements or
// attributes of one element, not well-formed XML) reports
// it at line 0 or at TinyXML-2's error line, using `displayName` as the file name, and returns
// false.
bool loadXmlFile(const std::filesystem::path& path, const std::string& displayName,
                 tinyxml2::XMLDocument& doc, Diagnostics& diag);

// How much markup a document may have before it is refused unparsed.
struct XmlLimits {
    std::size_t maxMarkup = kMaxXmlMarkup;
    std::size_t maxAttributes = kMaxXmlAttributes;
};

// A save grows by a few tags per attempt and must keep loading for years of play: allow far more
// (5 million tags is about 500,000 attempts; parsing stays linear in them), with the same
// per-element attribute bound. Its size is bounded by kMaxSaveFileBytes.
constexpr XmlLimits kSaveXmlLimits{5000000, kMaxXmlAttributes};
constexpr std::size_t kMaxSaveFileBytes = 256u * 1024u * 1024u;

// The same checks for a document held in memory (tests, fuzzing, saves).
bool parseXmlText(const std::string& bytes, const std::string& displayName,
                  tinyxml2::XMLDocument& doc, Diagnostics& diag, const XmlLimits& limits = {});

} // namespace acq
