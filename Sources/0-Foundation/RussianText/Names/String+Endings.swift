import Foundation

extension StringProtocol {
    /// Whether the text ends with `suffix`, compared scalar by scalar: as `hasSuffix` for
    /// composed (NFC) text, without its normalization on every call. Names are composed once on
    /// the way in (``composed``).
    func endsWith(_ suffix: String) -> Bool {
        var text = unicodeScalars.reversed().makeIterator()
        for scalar in suffix.unicodeScalars.reversed() {
            guard let next = text.next(), next == scalar else { return false }
        }
        return true
    }
}

extension String {
    /// The text in composed form (й, ё as one letter) when it holds combining marks (й typed as
    /// и + breve); itself otherwise, without copying.
    var composed: String {
        unicodeScalars.contains { (0x300...0x36F).contains($0.value) } ? precomposedStringWithCanonicalMapping : self
    }
}
