import Foundation

/// A buffered writer to standard output or a file, so that streaming millions of rows
/// costs one system call per 64 KiB rather than one per row.
public final class ByteWriter {
    private let descriptor: Int32
    private let name: String
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    /// Writes to standard output.
    public init() {
        descriptor = STDOUT_FILENO
        name = "standard output"
        buffer.reserveCapacity(capacity)
    }

    /// Writes to the file at `path`, replacing it.
    public init(path: String) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CLIError.cannotWrite(path: path, cause: String(cString: strerror(errno)))
        }
        name = path
        buffer.reserveCapacity(capacity)
    }

    deinit {
        try? flush()
        if descriptor != STDOUT_FILENO { close(descriptor) }
    }

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= capacity { try? flush() }
    }

    public func write(bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try? flush() }
    }

    public func write(byte: UInt8) {
        buffer.append(byte)
    }

    /// The decimal digits of `value`, without making a string of them.
    public func write(integer value: Int64) {
        buffer.appendDecimal(value)
        if buffer.count >= capacity { try? flush() }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        // Whatever print() buffered must come out first.
        fflush(nil)
        var failure: Int32?
        buffer.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw CLIError.cannotWrite(path: name, cause: String(cString: strerror(failure))) }
    }
}

extension Array where Element == UInt8 {
    /// Appends the decimal digits of `value`.
    mutating func appendDecimal(_ value: Int64) {
        // Runs for every number exported: the digits go into a buffer on the stack, last
        // first, and into the array in one append.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            var magnitude = value.magnitude
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { append(UInt8(ascii: "-")) }
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
