/// Agreement of a noun with a number: «1 балл», «2 балла», «5 баллов», «2,5 балла».
public struct PluralForms: Sendable, Equatable {
    /// The form after 1, 21, 31… («балл»).
    public let one: String
    /// The form after 2–4, 22–24… and after fractions («балла»).
    public let few: String
    /// The form after 0, 5–20, 25–30… («баллов»).
    public let many: String

    public init(_ one: String, _ few: String, _ many: String) {
        self.one = one
        self.few = few
        self.many = many
    }

    /// The form that agrees with `number`. Fractions take the genitive singular («2,5 балла»).
    public func form(for number: Double) -> String {
        if number.rounded(.towardZero) != number { return few }
        return form(for: Int(exactly: abs(number).rounded()) ?? 0)
    }

    /// The form that agrees with the whole number `number`.
    public func form(for number: Int) -> String {
        let n = abs(number)
        let lastTwo = n % 100
        let last = n % 10
        if (11...14).contains(lastTwo) { return many }
        if last == 1 { return one }
        if (2...4).contains(last) { return few }
        return many
    }
}
