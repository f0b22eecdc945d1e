import Foundation

/// A first-in, first-out queue of at most `capacity` elements between one producer and one
/// consumer: `push` waits while it is full and `pop` while it is empty, so a fast producer
/// never piles up work in memory.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
    private let capacity: Int
    private let condition = NSCondition()
    private var elements: [Element] = []
    private var finished = false
    private var cancelled = false

    init(capacity: Int) { self.capacity = capacity }

    /// Adds an element, waiting for room; false when the consumer has cancelled.
    func push(_ element: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while elements.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        elements.append(element)
        condition.broadcast()
        return true
    }

    /// The oldest element, waiting for one; nil once the producer has finished and the
    /// queue is drained, or after `cancel`.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while elements.isEmpty && !finished && !cancelled { condition.wait() }
        guard !cancelled, !elements.isEmpty else { return nil }
        condition.broadcast()
        return elements.removeFirst()
    }

    /// The producer has no more elements.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The consumer stops: pending elements are dropped and `push` returns false.
    func cancel() {
        condition.lock()
        cancelled = true
        elements.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
