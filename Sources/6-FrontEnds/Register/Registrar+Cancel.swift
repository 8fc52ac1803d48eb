import PaperworkKit
import Store

extension Registrar {
    /// The registered order numbered `number` (in `year`, when the number recurs over the years).
    /// - Throws: ``Diagnostic`` `register_not_found`, or `register_ambiguous` when the number
    ///   stands in several years and no year is given.
    public func entry(number: String, year: Int? = nil) async throws -> RegisterEntry {
        let wanted = number.trimmingCharacters(in: .whitespaces)
        let found = try await store.registerEntries(RegisterQuery(year: year)).filter { $0.number == wanted }
        guard let first = found.first else {
            throw Diagnostic(
                "register_not_found",
                "в журнале нет приказа № \(wanted)" + (year.map { " за \($0) год" } ?? "")
                    + "; проверьте номер по списку: paperwork register list", at: SourceLocation(field: wanted))
        }
        guard found.count == 1 else {
            let years = found.map { String($0.year) }.joined(separator: ", ")
            throw Diagnostic(
                "register_ambiguous",
                "приказ № \(wanted) есть в журнале за несколько лет (\(years)); укажите год, например --year "
                    + String(found.last?.year ?? first.year), at: SourceLocation(field: wanted))
        }
        return first
    }

    /// Cancels the order `number` by the registered order `canceller`: both keep their numbers, the
    /// first is marked «отменён» with the second's number.
    /// - Returns: the cancelled entry and the cancelling one.
    public func cancel(number: String, year: Int? = nil, by canceller: String, byYear: Int? = nil) async throws
        -> (cancelled: RegisterEntry, by: RegisterEntry)
    {
        let cancelled = try await entry(number: number, year: year)
        let by = try await entry(number: canceller, year: byYear)
        guard cancelled.state == .registered, cancelled.id != by.id else {
            throw Diagnostic(
                "register_not_cancellable",
                cancelled.id == by.id
                    ? "приказ № \(cancelled.number) не может отменять сам себя; в --by укажите номер отменяющего приказа"
                    : "приказ № \(cancelled.number) уже отменён; в журнале остаётся его первая отмена",
                at: SourceLocation(field: cancelled.number))
        }
        try await store.cancelRegistered(cancelled.id, by: by.id)
        var result = cancelled
        result.state = .cancelled
        result.cancelledBy = by.id
        return (result, by)
    }
}
