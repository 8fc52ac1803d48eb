import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
private let systemWrite: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = Darwin.write
#endif

/// Writes files so that a reader sees either the old file or the whole new one, never a part.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a new temporary file in the same folder and a rename.
    /// - Throws: a ``Diagnostic`` `output_write_failed` naming the file, in Russian.
    public static func write(_ bytes: [UInt8], to path: String, label: String) throws {
        let temporary = path + ".tmp-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, label, errno) }
        var written = 0
        let status: Int32 = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return 0
        }
        let closed = close(descriptor)
        guard status == 0, closed == 0, rename(temporary, path) == 0 else {
            let code = status != 0 ? status : errno
            unlink(temporary)
            throw failure(path, label, code)
        }
    }

    private static func failure(_ path: String, _ label: String, _ code: Int32) -> Diagnostic {
        Diagnostic("output_write_failed", "не удалось записать файл «\(path)»: " + SystemText.errno(code),
                   at: SourceLocation(file: label))
    }
}
