import Diagnostics
import Foundation

/// Documents kept in memory, name → bytes: for tests and for the web page, which shows or sends
/// them itself. ``documents`` holds what was committed; until then it is empty.
public final class MemorySink: DocumentSink, @unchecked Sendable {
    private let lock = NSLock()
    private var staged: [String: [UInt8]] = [:]
    private var published: [String: [UInt8]] = [:]
    private var finished = false

    public init() {}

    /// The committed documents by name.
    public var documents: [String: [UInt8]] { lock.withLock { published } }

    public func add(_ name: String, bytes: [UInt8]) throws {
        try DocumentName.check(name)
        try lock.withLock {
            guard !finished else {
                throw Diagnostic(
                    "internal_error", "документ «\(name)» добавлен после окончания записи; сообщите разработчикам",
                    at: SourceLocation(file: name))
            }
            guard staged[name] == nil else {
                throw Diagnostic(
                    "output_write_failed", "два документа получили одно имя «\(name)»; ничего не опубликовано",
                    at: SourceLocation(file: name))
            }
            staged[name] = bytes
        }
    }

    public func commit() throws {
        lock.withLock {
            if !finished { published = staged }
            staged = [:]
            finished = true
        }
    }

    public func discard() {
        lock.withLock {
            staged = [:]
            finished = true
        }
    }
}
