import Foundation

/// Clocks and memory gauges for the benchmark.
enum Measure {
    /// Seconds taken by `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Processor time this process has used so far, user and system, on all its threads.
    static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Wall-clock and processor seconds taken by `body`: on a shared machine the second
    /// shows what the work costs when other processes take turns on the cores.
    static func times(_ body: () throws -> Void) rethrows -> (wall: Double, processor: Double) {
        let processor = processorSeconds()
        let wall = try seconds(body)
        return (wall, processorSeconds() - processor)
    }

    /// Peak resident memory of this process so far, in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// The `fraction` quantile of `samples` (nearest rank).
    static func quantile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[max(0, min(sorted.count - 1, rank))]
    }
}
