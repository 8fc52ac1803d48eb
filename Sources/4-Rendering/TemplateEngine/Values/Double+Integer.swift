extension Double {
    /// The number as an `Int` when it is whole and within ±10¹⁵; nil otherwise (never a trap on a
    /// huge or non-finite number from the data).
    var wholeInt: Int? {
        guard isFinite, self == rounded(), abs(self) <= 1e15 else { return nil }
        return Int(self)
    }

    /// The number cut towards zero and kept within ±`limit`, as an `Int`; 0 when it is not finite.
    func clampedInt(_ limit: Int = 1_000_000_000) -> Int {
        guard isFinite else { return 0 }
        return Int(Swift.max(-Double(limit), Swift.min(Double(limit), rounded(.towardZero))))
    }
}
