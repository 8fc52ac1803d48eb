import Foundation
import TestSupport
import Testing
import ZipArchive

@testable import Tables

/// Results files built to hurt: a 50 MB cell, a file past the size cap, too many rows or columns,
/// control characters and emoji. Each fails at ingest with a located error that quotes at most a
/// short excerpt, and ends quickly.
@Suite struct HostileTableTests {
    static let header = "Код;Наименование ОО;Руководитель;fis_oko\r\n"

    /// A results file in a new temporary folder.
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try Paths.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func failure(reading path: String) -> TableError? {
        #expect(throws: TableError.self) { try TableFile.read(path: path) }
    }

    @Test func fiftyMegabyteNumericCellIsLocated() throws {
        var bytes = Array((Self.header + "OO-001;СОШ № 1;Орлова И.П.;").utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "1"), count: 50_000_000)
        bytes += Array("\r\nOO-002;СОШ № 2;Иванов И.И.;3\r\n".utf8)
        let error = try #require(failure(reading: try write("results.csv", bytes)))
        #expect(error.code.rawValue == "table_cell_too_long")
        #expect(
            error.description
                == "results.csv, строка 2, столбец D: table_cell_too_long: в ячейке больше 10\u{A0}000 знаков "
                + "(«\(String(repeating: "1", count: 40))…»); ни наименование ОО, ни ответ не бывают такими длинными — "
                + "проверьте, не вставилось ли в ячейку лишнее, и сократите её")
    }

    @Test func longCyrillicNameInQuotesIsLocated() throws {
        let name = "\"МБОУ " + String(repeating: "Школа; ", count: 2_000) + "\""
        let error = try #require(failure(reading: try write("r.csv", Array((Self.header + "1;\(name);;3\r\n").utf8))))
        #expect(
            error.description.hasPrefix(
                "r.csv, строка 2, столбец B: table_cell_too_long: в ячейке больше 10\u{A0}000 знаков "
                    + "(«МБОУ Школа; Школа; Школа; Школа; Школа; …»)"))
    }

    @Test func unclosedQuoteRunningOnIsNotCalledALongCell() throws {
        let rows = (1...3_000).map { "\($0);СОШ № \($0);;1\r\n" }.joined()
        let error = try #require(
            failure(reading: try write("r.csv", Array((Self.header + "7;\"СОШ № 7;;1\r\n" + rows).utf8))))
        #expect(error.code.rawValue == "table_bad_csv")
        #expect(
            error.description.hasPrefix(
                "r.csv, строка 2, столбец B: table_bad_csv: кавычка, открытая в начале ячейки "
                    + "(«СОШ № 7;;1↵1;СОШ № 1;;1↵2;СОШ № 2;;1↵3;С…»), не закрыта"))
    }

    @Test func fileOverTheSizeCapIsRefusedBeforeReading() throws {
        let path = try write("results.csv", Array(Self.header.utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 60 << 20)
        try handle.close()
        let error = try #require(failure(reading: path))
        #expect(error.code.rawValue == "table_too_large")
        #expect(
            error.description.hasPrefix(
                "results.csv: table_too_large: файл занимает 60 МБ, а читаются файлы не больше 50 МБ"))
    }

    @Test func tooManyColumns() throws {
        let wide = Array(repeating: "x", count: 1_001).joined(separator: ";")
        let error = try #require(failure(reading: try write("r.csv", Array("a;b\n\(wide)\n".utf8))))
        #expect(
            error.description.hasPrefix(
                "r.csv, строка 2, столбец ALM: table_too_large: заполнена ячейка за пределами "
                    + "первых 1000 столбцов"))
    }

    @Test func emptyCellsPastTheLastColumnAreHarmless() throws {
        let table = try TableFile.read(
            path: try write("r.csv", Array(("a;b" + String(repeating: ";", count: 5_000) + "\n").utf8)))
        #expect(table.rows.map(\.cells.count) == [1_000])
    }

    @Test func tooManyRows() throws {
        let rows = String(repeating: "1;a\n", count: 100_001)
        let error = try #require(failure(reading: try write("r.tsv", Array(rows.utf8))))
        #expect(
            error.description.hasPrefix(
                "r.tsv, строка 100001: table_too_large: в таблице больше 100\u{A0}000 строк с данными"))
    }

    @Test func rowsAreNumberedAsASpreadsheetShowsThem() throws {
        let table = try CSVReader.read(bytes: Array("a;b\n\"x\ny\";z\n\nc;d\r\ne;f".utf8), file: "r.csv")
        #expect(table.rows.map(\.number) == [1, 2, 4, 5])
        #expect(table.rows.map(\.cells) == [["a", "b"], ["x\ny", "z"], ["c", "d"], ["e", "f"]])
    }

    @Test func controlCharactersAndEmojiAreReadAndQuotedSafely() throws {
        let odd = "\u{0}\u{7}\u{1B}[31mкрасный\u{202E}txt.exe👨‍👩‍👧🇷🇺е\u{301}\u{301}"
        let table = try CSVReader.read(bytes: Array("a;b\n1;\"\(odd)\"\n".utf8), file: "r.csv")
        #expect(table.rows[1].cells == ["1", odd])
        #expect(Table.excerpt(odd) == "���[31mкрасный�txt.exe👨‍👩‍👧🇷🇺е\u{301}\u{301}")
        #expect(Table.excerpt(String(repeating: "👨‍👩‍👧", count: 50)) == String(repeating: "👨‍👩‍👧", count: 32) + "…")
        #expect(Table.excerpt("а" + String(repeating: "\u{301}", count: 10_000)) == "…")
    }

    @Test func damagedUTF8IsNotTakenForWindows1251() throws {
        let bytes = Array("Код;Наименование ОО\n1;МБОУ «СОШ № 1»\n2;МБОУ «Ш".utf8) + [0xC8] + Array("кола № 2»\n".utf8)
        let error = try #require(failure(reading: try write("r.csv", bytes)))
        #expect(
            error.description
                == "r.csv: table_unreadable: файл в кодировке UTF-8, но в строке 3 (считая как в текстовом "
                + "редакторе) испорчены байты; исправьте её или сохраните таблицу заново как «CSV UTF-8»")
        let windows = [UInt8](try #require("Код;Наименование ОО\n1;МБОУ «СОШ № 1»\n".data(using: .windowsCP1251)))
        #expect(try CSVReader.read(bytes: windows, file: "r.csv").rows[1].cells == ["1", "МБОУ «СОШ № 1»"])
    }

    @Test func textFileIsRefusedWithHowToSave() throws {
        let error = try #require(
            failure(reading: try write("результаты.txt", Array("Код;Наименование ОО\n1;СОШ\n".utf8))))
        #expect(error.code.rawValue == "table_unsupported")
        #expect(
            error.description
                == "результаты.txt: table_unsupported: файлы .txt не читаются; результаты читаются из файлов "
                + ".xlsx, .csv и .tsv — в Excel: «Файл → Сохранить как», тип «Книга Excel (*.xlsx)» или «CSV UTF-8 "
                + "(разделитель — запятая) (*.csv)» (если это текст с разделителями, переименуйте файл в .csv)")
    }
}

@Suite struct HostileWorkbookTests {
    static let header = Array(
        #"<row r="1"><c r="A1" t="inlineStr"><is><t>Код</t></is></c><c r="B1" t="inlineStr"><is><t>Наименование ОО</t></is></c></row>"#
            .utf8)

    func failure(_ workbook: [UInt8]) -> TableError? {
        #expect(throws: TableError.self) { try XLSXReader.read(bytes: workbook, file: "r.xlsx") }
    }

    /// 12 MB, past libxml2's own 10 MB limit on a text node, stored so no ratio check intervenes.
    static let huge = String(repeating: "Школа № 1 «Ёлочка» ", count: 12 << 20 / 34)

    @Test func hugeSharedStringIsLocated() throws {
        let rows = Self.header + Array(#"<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>1</v></c></row>"#.utf8)
        let strings =
            Array("<si><t>short</t></si><si><r><t>".utf8) + Array(Self.huge.utf8) + Array("</t></r></si>".utf8)
        let error = try #require(
            failure(try WorkbookFixture.workbook(sheetData: rows, strings: strings, compressed: false)))
        #expect(error.code.rawValue == "table_cell_too_long")
        #expect(
            error.description.hasPrefix(
                "r.xlsx, лист «Результаты», строка 2, столбец B: table_cell_too_long: в ячейке "
                    + "больше 10\u{A0}000 знаков («Школа № 1 «Ёлочка» Школа № 1 «Ёлочка» Шк…»)"))
    }

    @Test func hugeNumberInTheSheetIsLocated() throws {
        let rows =
            Self.header + Array(#"<row r="2"><c r="A2"><v>1</v></c><c r="C2"><v>"#.utf8)
            + [UInt8](repeating: UInt8(ascii: "7"), count: 12 << 20) + Array("</v></c></row>".utf8)
        let error = try #require(failure(try WorkbookFixture.workbook(sheetData: rows, compressed: false)))
        #expect(
            error.description.hasPrefix(
                "r.xlsx, лист «Результаты», строка 2, столбец C: table_cell_too_long: в ячейке больше "
                    + "10\u{A0}000 знаков («\(String(repeating: "7", count: 40))…»)"))
    }

    @Test func cellPastTheLastColumn() throws {
        let rows = Self.header + Array(#"<row r="5"><c r="ALM5"><v>1</v></c></row>"#.utf8)
        let error = try #require(failure(try WorkbookFixture.workbook(sheetData: rows)))
        #expect(error.description.hasPrefix("r.xlsx, лист «Результаты», строка 5, столбец ALM: table_too_large:"))
    }

    @Test func rowNumberPastTheSheetIsNoCrash() throws {
        let rows =
            Self.header + Array(#"<row r="9223372036854775807"><c><v>1</v></c></row><row><c><v>2</v></c></row>"#.utf8)
        let error = try #require(failure(try WorkbookFixture.workbook(sheetData: rows)))
        #expect(error.code.rawValue == "table_bad_sheet")
        #expect(error.description.contains("номер строки «9223372036854775807» — не строка листа Excel"))
    }

    @Test func mergedRangesCannotMultiplyCells() throws {
        let merges = #"<mergeCell ref="A1:ALL9999"/>"#
        var workbook = Self.header + Array("</sheetData><mergeCells>\(merges)</mergeCells><sheetData>".utf8)
        workbook = try WorkbookFixture.workbook(sheetData: workbook)
        let error = try #require(failure(workbook))
        #expect(error.code.rawValue == "table_too_large")
    }

    @Test func damagedSheetIsToldInRussian() throws {
        let error = try #require(failure(try WorkbookFixture.workbook(sheetData: Self.header + Array("<row><c>".utf8))))
        #expect(
            error.description.hasPrefix(
                "r.xlsx: table_bad_sheet: часть книги «xl/worksheets/sheet1.xml» (строка XML 1) "
                    + "не является корректным XML — книга повреждена"))
        #expect(!error.description.contains("Premature") && !error.description.contains("tag"))
    }
}
