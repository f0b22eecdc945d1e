import Foundation
import DossierExtraction

/// One invented named thing of the generated world.
public struct WorldEntity: Sendable, Equatable {
    public var name: String
    public var type: EntityType
    /// The shorter name an article uses after the first mention (`Korex` for `Korex Motors`).
    public var shortName: String?
    /// `EXCHANGE:SYMBOL`, for listed companies.
    public var ticker: String?
}

/// The invented companies, outlets, people, places and government bodies that generated
/// articles talk about. Built from a fixed seed, so every corpus shares the same world.
public struct NameUniverse: Sendable {
    public let companies: [WorldEntity]
    public let outlets: [WorldEntity]
    public let people: [WorldEntity]
    public let places: [WorldEntity]
    public let governments: [WorldEntity]

    public static let standard = NameUniverse(seed: 0x5EED_D055_1E4)

    public init(seed: UInt64, companies: Int = 300, outlets: Int = 80, people: Int = 300, places: Int = 100) {
        var random = SeededRandom(seed: seed)
        var taken = Set<String>()
        func unique(_ make: (inout SeededRandom) -> String) -> String {
            while true {
                let name = make(&random)
                if taken.insert(name).inserted { return name }
            }
        }
        func coined(_ random: inout SeededRandom) -> String {
            random.pick(Words.onsets) + random.pick(Words.codas)
        }

        var placeList: [WorldEntity] = []
        for _ in 0..<places {
            let name = unique { r in
                let stem = coined(&r)
                return r.chance(0.25) ? r.pick(Words.placePrefixes) + " " + stem : stem + r.pick(Words.placeEndings)
            }
            placeList.append(WorldEntity(name: name, type: .place))
        }

        var companyList: [WorldEntity] = []
        var symbols = Set<String>()
        for _ in 0..<companies {
            var stem = ""
            let name = unique { r in
                stem = coined(&r)
                return stem + " " + r.pick(Words.companyKinds)
            }
            var ticker: String?
            if random.chance(0.45) {
                let exchange = random.pick(Words.exchanges)
                var symbol = ""
                repeat {
                    symbol = Self.symbol(for: stem, exchange: exchange, random: &random)
                } while !symbols.insert(exchange + ":" + symbol).inserted
                ticker = exchange + ":" + symbol
            }
            companyList.append(WorldEntity(name: name, type: .organization, shortName: stem, ticker: ticker))
        }

        var outletList: [WorldEntity] = []
        for _ in 0..<outlets {
            let name = unique { r in
                let pattern = r.pick(Words.outletPatterns)
                return pattern.replacingOccurrences(of: "*", with: r.chance(0.5) ? r.pick(Words.outletWords) : coined(&r))
            }
            outletList.append(WorldEntity(name: name, type: .outlet))
        }

        var peopleList: [WorldEntity] = []
        for _ in 0..<people {
            var family = ""
            let name = unique { r in
                family = r.pick(Words.familyNames)
                return r.pick(Words.givenNames) + " " + family
            }
            peopleList.append(WorldEntity(name: name, type: .person, shortName: family))
        }

        var governmentList: [WorldEntity] = []
        for body in Words.governmentBodies {
            governmentList.append(WorldEntity(name: body, type: .government))
        }

        self.places = placeList
        self.companies = companyList
        self.outlets = outletList
        self.people = peopleList
        self.governments = governmentList
    }

    /// A plausible listing symbol: letters from the name on Western exchanges, digits in Asia.
    static func symbol(for stem: String, exchange: String, random: inout SeededRandom) -> String {
        switch exchange {
        case "HKEX": return String(Int.random(in: 1...9999, using: &random)).leftPadded(to: 4)
        case "SSE": return "60" + String(Int.random(in: 0...9999, using: &random)).leftPadded(to: 4)
        case "SZSE": return "00" + String(Int.random(in: 0...9999, using: &random)).leftPadded(to: 4)
        case "TSE": return String(Int.random(in: 1300...9999, using: &random))
        default:
            let letters = Array(stem.uppercased().unicodeScalars.filter { ("A"..."Z").contains($0) })
            var symbol = String(String.UnicodeScalarView(letters.prefix(3)))
            symbol.unicodeScalars.append(random.pick(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)))
            return symbol
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
