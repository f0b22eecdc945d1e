/// The vocabulary the generator builds its world and its sentences from, written for it.
enum Words {
    static let onsets = [
        "Kor", "Van", "Bel", "Tri", "Sol", "Mar", "Zen", "Alt", "Nor", "Ver", "Cal", "Dex", "Lum", "Tor",
        "Quin", "Hal", "Ost", "Rav", "Syl", "Pax", "Brim", "Cyr", "Dal", "Eld", "Fen", "Gar", "Hex", "Ilm",
        "Jor", "Kel", "Lor", "Mir", "Nev", "Orl", "Pel", "Ryn", "Sar", "Tal", "Ul", "Vex",
    ]
    static let codas = [
        "ex", "ora", "ion", "ant", "ix", "ara", "eon", "is", "on", "ium", "ava", "ent", "oria", "ano", "etta",
        "un", "ada", "ico", "esk", "ith",
    ]
    static let placePrefixes = ["Port", "New", "East", "West", "North", "South", "Upper", "Lake"]
    static let placeEndings = ["", "", "burg", "ville", "haven", "ford", "stad", "mouth", "field", "gate"]
    static let companyKinds = [
        "Motors", "Technology", "Group", "Corp", "Holdings", "Energy", "Semiconductor", "Pharmaceuticals",
        "Automobile", "Electronics", "Logistics", "Bank", "Airlines", "Robotics", "Foods", "Mining",
        "Telecom", "Materials", "Battery Co", "Networks",
    ]
    static let exchanges = ["NYSE", "NYSE", "Nasdaq", "Nasdaq", "HKEX", "SSE", "SZSE", "LSE", "TSE"]
    static let outletPatterns = [
        "The * Ledger", "The * Courier", "* Herald", "* Tribune", "* Gazette", "* Post", "The * Observer",
        "* Wire", "* Daily", "* Financial News", "* Times", "* News Agency", "* Business Review", "* Tech",
    ]
    static let outletWords = [
        "Meridian", "Harbor", "Northgate", "Calder", "Brightwater", "Stonebridge", "Ashford", "Westmark",
        "Redfield", "Kingsbury", "Silverlake", "Oakhaven", "Granite", "Lantern", "Compass", "Beacon",
    ]
    static let givenNames = [
        "Anna", "Ben", "Clara", "David", "Elena", "Felix", "Grace", "Hugo", "Irene", "James", "Karen",
        "Leo", "Maria", "Nadia", "Oscar", "Paula", "Quentin", "Rosa", "Samuel", "Tara", "Victor", "Wendy",
        "Yusuf", "Zoe", "Li", "Wei", "Mei", "Kenji", "Aiko", "Ravi", "Priya", "Omar", "Lena", "Marco",
    ]
    static let familyNames = [
        "Albright", "Brandt", "Castell", "Dunmore", "Ellery", "Faraday", "Gallo", "Hartwell", "Ingram",
        "Jansen", "Kowal", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rinaldi",
        "Sandoval", "Tanaka", "Ueda", "Varga", "Whitlock", "Xu", "Yilmaz", "Zhao", "Chen", "Mehta",
        "Haddad", "Osei", "Brennan", "Sato", "Kovacs", "Lund",
    ]
    static let governmentBodies = [
        "Ministry of Industry", "National Development Commission", "State Market Regulation Administration",
        "Securities Regulatory Committee", "Ministry of Transport", "Energy Regulatory Commission",
        "Ministry of Commerce", "Competition Commission", "Civil Aviation Administration",
        "Ministry of Finance", "Data Protection Committee", "Environmental Protection Administration",
    ]
    static let anonymousSources = [
        "two people familiar with the matter", "people with knowledge of the plans", "industry sources",
        "a person close to the company", "three sources briefed on the talks", "unnamed executives",
        "people familiar with the negotiations", "a source with direct knowledge of the deal",
    ]
    static let documents = [
        "a company statement", "an internal memo", "a regulatory filing", "a stock exchange filing",
        "the company's annual report", "a notice on its website",
    ]
    static let roles = [
        "chief executive", "chief financial officer", "spokesperson", "chairman", "head of investor relations",
        "president", "chief operating officer",
    ]
    static let products = [
        "electric sedan", "battery pack", "smartphone", "delivery drone", "compact SUV", "cloud service",
        "chip", "charging network", "pickup truck", "wearable device",
    ]
    static let units = ["battery", "logistics", "cloud", "chip design", "consumer finance", "autonomous driving"]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    static let analystFirms = ["Granite Research", "Lantern Securities", "Compass Capital", "Beacon Partners"]
}
