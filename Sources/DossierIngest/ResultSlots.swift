import Foundation

/// Fixed slots that concurrent workers fill by index, one writer per slot.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    /// Every slot's value; all slots must be filled.
    var values: [Value] { lock.withLock { storage.map { $0! } } }
}
