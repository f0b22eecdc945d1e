import Foundation

/// The character set a page or feed declares for itself (`<meta charset="gbk">`,
/// `content="text/html; charset=windows-1252"`, `<?xml ... encoding="ISO-8859-1"?>`), for
/// saved pages that are not UTF-8. Only the first few kilobytes are searched, as browsers do.
struct DeclaredCharset: Equatable {
    /// The label as the file gives it, lowercased.
    let label: String

    /// The declaration in the head of `bytes`, if any.
    init?(in bytes: some Collection<UInt8>) {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var searched = head[...]
            while let found = searched.range(of: marker) {
                let declaration = Self.isDeclaration(head[..<found.lowerBound])
                var label = head[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                label = label.prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
                if declaration, !label.isEmpty {
                    self.label = String(label)
                    return
                }
                searched = head[found.upperBound...]
            }
        }
        return nil
    }

    /// Whether the text before a `charset=` or `encoding=` puts it inside a `<meta` or `<?xml`
    /// tag, not in the article's own words.
    private static func isDeclaration(_ before: Substring) -> Bool {
        guard let open = before.lastIndex(of: "<"), !before[open...].contains(">") else { return false }
        let tag = before[before.index(after: open)...]
        return tag.hasPrefix("meta") || tag.hasPrefix("?xml")
    }

    /// Foundation's encoding for the label, by the WHATWG names pages use; nil for one
    /// Dossier does not read (UTF-8 among them: bytes that declare it are not).
    var encoding: String.Encoding? {
        switch label {
        // Browsers read Latin-1 pages as windows-1252, which it includes.
        case "iso-8859-1", "latin1", "l1", "iso8859-1", "windows-1252", "cp1252", "x-cp1252", "us-ascii", "ascii":
            return .windowsCP1252
        case "iso-8859-2", "latin2": return .isoLatin2
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "shift_jis", "shift-jis", "sjis", "windows-31j", "ms932": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        // Core Foundation's encodings for Chinese, Korean and Russian, which Foundation
        // names only by number: GB 18030 reads GBK and GB 2312 too.
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "gb_2312-80": return Self.coreFoundation(0x0632)
        case "big5", "big5-hkscs", "x-x-big5": return Self.coreFoundation(0x0A03)
        case "euc-kr", "ks_c_5601-1987", "cp949": return Self.coreFoundation(0x0940)
        case "koi8-r": return Self.coreFoundation(0x0A02)
        default: return nil
        }
    }

    private static func coreFoundation(_ encoding: UInt) -> String.Encoding {
        String.Encoding(rawValue: 0x8000_0000 | encoding)
    }
}
