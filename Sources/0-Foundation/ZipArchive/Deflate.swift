internal import CZip

/// Raw deflate and CRC-32 through zlib, the library libzip deflates with. All zlib calls of
/// this module live in this file.
///
/// One compressor deflates any number of inputs in turn (its memory is reused); it belongs to one
/// task at a time.
final class Deflate {
    private var stream = z_stream()
    private var ready = false
    /// Whether the stream has deflated anything (and must be reset before the next input).
    private var used = false

    /// Level 1, a raw stream (no zlib header), a 32 KB window and memory level 9: what libzip
    /// writes for a level-1 deflated entry, so equal input gives the bytes libzip would give.
    /// - Throws: ``ZipError`` `.writeFailed` for the archive `label` when zlib cannot start.
    init(label: String) throws {
        let status = deflateInit2_(
            &stream, 1, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, zlibVersion(),
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            throw ZipError(
                .writeFailed, "не удалось начать сжатие документа; возможно, не хватает памяти", archive: label)
        }
        ready = true
    }

    deinit {
        if ready { deflateEnd(&stream) }
    }

    /// Deflates `input` onto the end of `output`, which grows as the compressed bytes come.
    /// - Returns: the number of bytes appended.
    /// - Throws: ``ZipError`` `.writeFailed` (for `label`, `entry`) when zlib fails.
    func compress(_ input: [UInt8], appendingTo output: inout [UInt8], label: String, entry: String) throws -> Int {
        let failure = ZipError(
            .writeFailed, "не удалось сжать часть документа; возможно, не хватает памяти",
            archive: label, entry: entry)
        if used { guard deflateReset(&stream) == Z_OK else { throw failure } }
        used = true
        let start = output.count
        var chunk = input.count / 6 + 1024
        var status = Z_OK
        input.withUnsafeBytes { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(source.count)
            while status == Z_OK {
                let used = output.count
                output += repeatElement(0, count: chunk)
                output.withUnsafeMutableBytes { room in
                    stream.next_out = room.baseAddress.map { ($0 + used).assumingMemoryBound(to: Bytef.self) }
                    stream.avail_out = uInt(chunk)
                    status = deflate(&stream, Z_FINISH)
                }
                output.removeLast(Int(stream.avail_out))
                chunk = Swift.max(chunk, 64 << 10)
            }
            stream.next_in = nil
            stream.next_out = nil
        }
        guard status == Z_STREAM_END else { throw failure }
        return output.count - start
    }

    /// The CRC-32 of `bytes` (IEEE 802.3, as ZIP records it).
    static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        CRC32.checksum(bytes)
    }
}

/// The CRC-32 of ZIP archives (IEEE 802.3), computed by zlib.
public enum CRC32 {
    /// The checksum of `bytes`; pass a previous result as `initial` to continue over a next chunk.
    public static func checksum(_ bytes: [UInt8], initial: UInt32 = 0) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0, initial: initial) }
    }

    /// The checksum of the bytes `buffer` points at, continuing from `initial`.
    static func checksum(_ buffer: UnsafeRawBufferPointer, initial: UInt32 = 0) -> UInt32 {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return initial }
        return UInt32(crc32_z(UInt(initial), base.assumingMemoryBound(to: Bytef.self), z_size_t(buffer.count)))
    }
}

/// A whole zlib stream (header, deflate, Adler-32), as PNG stores its pixels.
public enum Zlib {
    /// `bytes` compressed at zlib's default level; nil when zlib fails (out of memory).
    public static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { return nil }
        return Array(output.prefix(Int(length)))
    }
}
