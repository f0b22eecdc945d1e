import Foundation

extension Array where Element: Sendable {
    /// Maps every element on all cores, keeping the order.
    public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let slots = ResultSlots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            let body: @Sendable (Int) -> Void = { index in slots[index] = transform(self[index]) }
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        }
        return slots.values
    }
}
