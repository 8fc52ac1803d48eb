internal import CZip

/// Raw deflate and CRC-32 through zlib, the library libzip deflates with. All zlib calls of
/// this module live in this file.
///
/// One compressor deflates any number of inputs in turn (its memory is reused); it belongs to one
/// task at a time.
final class Deflate {
    private var stream = z_stream()
    private var ready = false

    /// Level 1, a raw stream (no zlib header), a 32 KB window and memory level 9: what libzip
    /// writes for a level-1 deflated entry, so equal input gives the bytes libzip would give.
    init() throws {
        let status = deflateInit2_(
            &stream, 1, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY, zlibVersion(),
            Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw DeflateFailure() }
        ready = true
    }

    deinit {
        if ready { deflateEnd(&stream) }
    }

    /// The most bytes deflating `count` bytes can give.
    func bound(_ count: Int) -> Int {
        Int(deflateBound(&stream, uLong(count)))
    }

    /// Deflates `input` into `output`, which must hold ``bound(_:)`` bytes.
    /// - Returns: the number of bytes written.
    func compress(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer) throws -> Int {
        guard deflateReset(&stream) == Z_OK else { throw DeflateFailure() }
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(input.count)
        stream.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(output.count)
        let status = deflate(&stream, Z_FINISH)
        stream.next_in = nil
        stream.next_out = nil
        guard status == Z_STREAM_END else { throw DeflateFailure() }
        return output.count - Int(stream.avail_out)
    }

    /// The CRC-32 of `bytes` (IEEE 802.3, as ZIP records it).
    static func crc32(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
        return UInt32(crc32_z(0, base.assumingMemoryBound(to: Bytef.self), z_size_t(bytes.count)))
    }
}

/// zlib refused to start or finish a deflation (it does only when out of memory).
struct DeflateFailure: Error {}
