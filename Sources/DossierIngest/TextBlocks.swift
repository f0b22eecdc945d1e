/// Visible text gathered from markup as paragraphs: white space inside a paragraph folds
/// to one space, paragraphs are separated by a blank line.
struct TextBlocks {
    private var blocks: [String] = []
    private var current = String.UnicodeScalarView()
    private var pendingSpace = false

    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !current.isEmpty
                continue
            }
            if pendingSpace {
                current.append(" ")
                pendingSpace = false
            }
            current.append(scalar)
        }
    }

    /// Ends the paragraph being gathered.
    mutating func breakBlock() {
        if !current.isEmpty { blocks.append(String(current)) }
        current = String.UnicodeScalarView()
        pendingSpace = false
    }

    var text: String {
        var copy = self
        copy.breakBlock()
        return copy.blocks.joined(separator: "\n\n")
    }
}
