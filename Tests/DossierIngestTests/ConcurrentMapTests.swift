import DossierIngest
import Testing

/// Whatever the threads, every element is mapped once and the order is kept.
@Suite struct ConcurrentMapTests {
    @Test(arguments: [1, 2, 3, 8, 200])
    func everyElementIsMappedInOrder(threads: Int) {
        let numbers = Array(0..<101)
        #expect(numbers.concurrentMap(threads: threads) { $0 * 2 } == numbers.map { $0 * 2 })
    }

    @Test func anEmptyArrayMapsToAnEmptyArray() {
        #expect([Int]().concurrentMap(threads: 4) { $0 }.isEmpty)
    }
}
