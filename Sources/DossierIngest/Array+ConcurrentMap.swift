import Foundation

extension Array where Element: Sendable {
    /// Maps every element on `threads` threads (all cores by default), keeping the order.
    public func concurrentMap<T: Sendable>(
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, _ transform: @Sendable (Element) -> T
    ) -> [T] {
        let slots = ResultSlots<T>(count: count)
        let threads = Swift.min(threads, count)
        withoutActuallyEscaping(transform) { transform in
            guard threads > 1 else {
                for index in indices { slots[index] = transform(self[index]) }
                return
            }
            // Thread t takes elements t, t + threads, ...: the elements of a batch cost alike.
            let body: @Sendable (Int) -> Void = { thread in
                for index in Swift.stride(from: thread, to: count, by: threads) { slots[index] = transform(self[index]) }
            }
            DispatchQueue.concurrentPerform(iterations: threads, execute: body)
        }
        return slots.values
    }
}
