import ZipArchive

/// Writes a black-and-white PNG (one bit a pixel, no interlace) from dark/light pixels.
public enum PNGWriter {
    /// A PNG of `width × height` pixels where `isDark(x, y)` tells each pixel.
    /// - Throws: ``PictureError`` `.tooLarge` when zlib cannot compress the rows.
    public static func monochrome(width: Int, height: Int, isDark: (Int, Int) -> Bool) throws -> [UInt8] {
        let rowBytes = (width + 7) / 8
        var raw: [UInt8] = []
        raw.reserveCapacity((rowBytes + 1) * height)
        for y in 0..<height {
            raw.append(0)  // filter: none
            var byte: UInt8 = 0
            for x in 0..<width {
                // Bit set = white in a greyscale image of depth 1.
                if !isDark(x, y) { byte |= 0x80 >> UInt8(x % 8) }
                if x % 8 == 7 || x == width - 1 {
                    raw.append(byte)
                    byte = 0
                }
            }
        }
        guard let compressed = Zlib.compress(raw) else {
            throw PictureError(.tooLarge, "не удалось сжать изображение; возможно, не хватает памяти")
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [1, 0, 0, 0, 0]  // depth 1, greyscale, deflate, adaptive filtering, no interlace
        chunk("IHDR", header, into: &png)
        chunk("IDAT", compressed, into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    private static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
        let typed = Array(type.utf8) + data
        png += bigEndian(UInt32(data.count))
        png += typed
        png += bigEndian(CRC32.checksum(typed))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
