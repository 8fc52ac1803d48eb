import PaperworkKit
import Store

/// A line of the register as people read it (the page, `paperwork register list`, the XLSX and
/// DOCX journals): dates as `08.11.2023`, the state in words with the cancelling order's number.
public struct RegisterRow: Sendable, Equatable {
    public var entry: RegisterEntry
    /// `08.11.2023`.
    public var date: String
    /// «зарегистрирован», «отменён приказом № 58 от 02.12.2023».
    public var state: String
    /// «изменяет приказ № 57 от 08.11.2023», or empty.
    public var note: String

    /// The rows of `entries`; `all` resolves the orders they point to (cancelling, amended).
    public static func rows(_ entries: [RegisterEntry], all: [RegisterEntry]) -> [RegisterRow] {
        let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func reference(_ id: String?) -> String {
            guard let id, let entry = byID[id] else { return "" }
            return "№ \(entry.number) от \(numeric(entry.date))"
        }
        return entries.map { entry in
            let state =
                entry.state == .cancelled
                ? [entry.state.title, "приказом", reference(entry.cancelledBy)].filter { !$0.isEmpty }
                    .joined(separator: " ")
                : entry.state.title
            let note = entry.amends.map { _ in "изменяет приказ " + reference(entry.amends) } ?? ""
            return RegisterRow(entry: entry, date: numeric(entry.date), state: state, note: note)
        }
    }

    /// `2023-11-08` as `08.11.2023`.
    static func numeric(_ iso: String) -> String { RussianDate(parsing: iso)?.formatted(.numeric) ?? iso }
}

extension Registrar {
    /// The register's rows that answer `query`.
    public func rows(_ query: RegisterQuery = RegisterQuery()) async throws -> [RegisterRow] {
        let all = try await store.registerEntries()
        return RegisterRow.rows(all.filter(query.matches), all: all)
    }
}
