import Foundation
import PaperworkKit

/// The register for the department's files: a year's rows as an XLSX workbook (for sorting and
/// filtering) and as a DOCX journal laid out as the register table of the paperwork instruction
/// (the shipped `register.docx`, landscape, the header row on every page).
public enum RegisterJournal {
    static let headers = ["Номер", "Дата", "Заголовок к тексту", "Подписал", "Исполнитель", "Отметка", "Примечание"]

    /// The rows as an XLSX workbook, one sheet.
    public static func xlsx(_ rows: [RegisterRow], year: Int?) throws -> [UInt8] {
        var writer = XLSXWriter(
            sheet: year.map { "Приказы \($0)" } ?? "Приказы", headers: headers, widths: [10, 11, 60, 34, 22, 26, 30])
        writer.rows = rows.map { row in
            [row.entry.number, row.date, row.entry.title, row.entry.signatory, row.entry.executor, row.state, row.note]
                .map(XLSXWriter.Cell.text)
        }
        return try writer.bytes()
    }

    /// The rows as the journal in `format` (DOCX or ODT), from the shipped template `register.*`
    /// (or its namesake in `PAPERWORK_TEMPLATES`).
    /// - Parameters:
    ///   - issuer: the department as its blank names it, for the title.
    ///   - made: the date the journal is made.
    public static func document(
        _ rows: [RegisterRow], year: Int, issuer: String, series: String = "", made: RussianDate,
        format: OfficeFormat = .docx
    ) throws -> [UInt8] {
        let template = try TemplateLocator.template("register." + format.rawValue)
        let context = TemplateValue.object(
            OrderedFields([
                ("issuer", .string(issuer)), ("year", .string(String(year))), ("series", .string(series)),
                ("count", .number(Double(rows.count))), ("made", .string(made.formatted(.numeric))),
                (
                    "rows",
                    .list(
                        rows.map { row in
                            .object(
                                OrderedFields([
                                    ("number", .string(row.entry.number)), ("date", .string(row.date)),
                                    ("title", .string(row.entry.title)), ("signatory", .string(row.entry.signatory)),
                                    ("executor", .string(row.entry.executor)),
                                    ("state", .string(row.note.isEmpty ? row.state : row.state + "; " + row.note)),
                                ]))
                        })
                ),
            ]))
        return try template.compile().render(context)
    }
}
