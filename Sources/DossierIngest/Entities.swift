/// Character references of HTML and XML: `&amp;`, `&#8217;`, `&#x2019;` and the named
/// entities news pages use. Unknown names stay as written, so "AT&T" and "&foo;" survive.
enum Entities {
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        return decode(String(decoding: bytes, as: UTF8.self))
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&", let (decoded, length) = reference(in: scalars, at: index) else {
                result.append(scalar)
                index += 1
                continue
            }
            result.append(contentsOf: decoded.unicodeScalars)
            index += length
        }
        return String(result)
    }

    /// The reference starting at `&`, and how many scalars it spans with its `;`.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        let limit = min(scalars.count, start + 34)
        if index < limit, scalars[index] == "#" {
            index += 1
            var radix = 10
            if index < limit, scalars[index] == "x" || scalars[index] == "X" {
                radix = 16
                index += 1
            }
            let digitsStart = index
            while index < limit, scalars[index].properties.isASCIIHexDigit, radix == 16 || ("0"..."9").contains(scalars[index]) { index += 1 }
            guard index > digitsStart, index < scalars.count, scalars[index] == ";" else { return nil }
            let digits = String(String.UnicodeScalarView(scalars[digitsStart..<index]))
            guard let value = UInt32(digits, radix: radix) else { return ("\u{FFFD}", index - start + 1) }
            return (character(for: value), index - start + 1)
        }
        let nameStart = index
        while index < limit, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > nameStart, index < scalars.count, scalars[index] == ";" else { return nil }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<index]))
        guard let value = named[name] else { return nil }
        return (value, index - start + 1)
    }

    /// A numeric reference's character; 128–159 are read as Windows-1252, as browsers do.
    private static func character(for value: UInt32) -> String {
        if (128...159).contains(value), let mapped = windows1252[value] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(Character(scalar))
    }

    private static let windows1252: [UInt32: String] = [
        128: "€", 130: "‚", 131: "ƒ", 132: "„", 133: "…", 134: "†", 135: "‡", 136: "ˆ", 137: "‰",
        138: "Š", 139: "‹", 140: "Œ", 142: "Ž", 145: "‘", 146: "’", 147: "“", 148: "”", 149: "•",
        150: "–", 151: "—", 152: "˜", 153: "™", 154: "š", 155: "›", 156: "œ", 158: "ž", 159: "Ÿ",
    ]

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "shy": "",
        "ensp": " ", "emsp": " ", "thinsp": " ", "zwnj": "", "zwj": "",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›",
        "bull": "•", "middot": "·", "prime": "′", "Prime": "″", "dagger": "†", "Dagger": "‡",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup2": "²", "sup3": "³", "micro": "µ", "para": "¶", "sect": "§",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "curren": "¤", "permil": "‰", "percnt": "%",
        "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º", "not": "¬", "macr": "¯", "acute": "´", "cedil": "¸",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ", "Ccedil": "Ç",
        "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í", "Icirc": "Î", "Iuml": "Ï",
        "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô", "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø",
        "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü", "Yacute": "Ý", "szlig": "ß",
        "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã", "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç",
        "egrave": "è", "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï",
        "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø",
        "ugrave": "ù", "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "yuml": "ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Yuml": "Ÿ", "Zcaron": "Ž", "zcaron": "ž",
    ]
}
