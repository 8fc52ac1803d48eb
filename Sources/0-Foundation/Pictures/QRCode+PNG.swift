extension QRCode {
    /// The code as a PNG: each module `scale` pixels, with the quiet zone of 4 modules the standard asks for.
    public func png(scale: Int = 8) throws -> Picture {
        let quiet = 4
        let side = (size + 2 * quiet) * scale
        let bytes = try PNGWriter.monochrome(width: side, height: side) { x, y in
            let column = x / scale - quiet
            let row = y / scale - quiet
            return row >= 0 && row < size && column >= 0 && column < size && isDark(row: row, column: column)
        }
        return try Picture(bytes: bytes)
    }
}
