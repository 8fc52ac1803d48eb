extension TextEncoding {
    /// Bytes looked at to tell damaged UTF-8 from Windows-1251.
    static let sampleBytes = 1 << 20

    /// Where text that is not valid UTF-8 is damaged, when it is UTF-8 with a few bad bytes
    /// rather than Windows-1251: most of its non-ASCII characters decode as UTF-8 (a Windows-1251
    /// Russian text has almost none that do).
    /// - Parameter bytes: the file's bytes, not valid UTF-8.
    /// - Returns: the 1-based line of the first bad byte, or `nil` when the text reads as Windows-1251.
    public static func damagedUTF8Line(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var multibyte = 0
        var errors = 0
        var firstError: Int?
        loop: while offset < sampleBytes || firstError == nil {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
                if scalar.count > 1 { multibyte += 1 }
            case .error(let length):
                if firstError == nil { firstError = offset }
                offset += length
                errors += 1
            case .emptyInput:
                break loop
            }
        }
        guard let firstError, multibyte > errors * 10 else { return nil }
        return bytes[..<firstError].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }
}
