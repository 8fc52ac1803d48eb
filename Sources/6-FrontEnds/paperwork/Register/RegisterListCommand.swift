import ArgumentParser
import Foundation
import PaperworkKit
import Register
import Store

/// `paperwork register list --data DIR [--year Y] [--format table|csv|json]`.
struct RegisterListCommand: AsyncParsableCommand, ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Показать журнал регистрации приказов.", helpNames: [.short, .long])

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Option(help: ArgumentHelp("Только приказы этого года.", valueName: "год"))
    var year: Int?

    @Option(help: ArgumentHelp("Вид: table (таблица), csv или json.", valueName: "вид"))
    var format: Format = .table

    @OptionGroup var store: StoreOptions

    @OptionGroup var reporting: ReportingOptions

    func run() async throws {
        let rows = try await store.withRegistrar { try await $0.rows(RegisterQuery(year: year)) }
        switch format {
        case .table: print(RegisterListing.table(rows), terminator: "")
        case .csv: print(RegisterListing.csv(rows), terminator: "")
        case .json: print(try RegisterListing.json(rows))
        }
    }
}

/// The register as text for people and scripts.
enum RegisterListing {
    static let headers = ["Номер", "Дата", "Заголовок", "Подписал", "Исполнитель", "Состояние"]

    static func fields(_ row: RegisterRow) -> [String] {
        [row.entry.number, row.date, row.entry.title, row.entry.signatory, row.entry.executor, row.state]
            + (row.note.isEmpty ? [] : [row.note])
    }

    /// Columns padded to their widest cell; the title is cut at 60 characters.
    static func table(_ rows: [RegisterRow]) -> String {
        guard !rows.isEmpty else { return "Журнал пуст.\n" }
        let lines = [headers] + rows.map { row in fields(row).enumerated().map { $0 == 2 ? cut($1) : $1 } }
        var widths: [Int] = []
        for line in lines {
            for (index, cell) in line.enumerated() {
                if index == widths.count { widths.append(0) }
                widths[index] = max(widths[index], cell.count)
            }
        }
        return lines.map { line in
            line.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header line.
    static func csv(_ rows: [RegisterRow]) -> String {
        let lines = [headers + ["Примечание"]] + rows.map { row in Array(fields(row).prefix(6)) + [row.note] }
        return lines.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One JSON array of objects with English keys, for scripts.
    static func json(_ rows: [RegisterRow]) throws -> String {
        struct Line: Encodable {
            let series: String, number: String, date: String, title: String, signatory: String, executor: String
            let state: String, stateText: String, note: String
        }
        let lines = rows.map { row in
            Line(
                series: row.entry.series, number: row.entry.number, date: row.entry.date, title: row.entry.title,
                signatory: row.entry.signatory, executor: row.entry.executor, state: row.entry.state.rawValue,
                stateText: row.state, note: row.note)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(lines), as: UTF8.self)
    }

    private static func cut(_ text: String) -> String { text.count > 60 ? String(text.prefix(59)) + "…" : text }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
