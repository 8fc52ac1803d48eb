import Foundation
import TestSupport
import Testing
import ZipArchive

@testable import Tables

@Suite struct CSVReaderTests {
    @Test func windows1251WithSemicolons() throws {
        let text = "Код;Наименование ОО;Доля\r\n1;\"МБОУ \"\"СОШ № 1\"\"; филиал\";85,5 %\r\n\r\n2;ООШ;0,3\r\n"
        let bytes = [UInt8](try #require(text.data(using: .windowsCP1251)))
        let table = try CSVReader.read(bytes: bytes, file: "r.csv")
        #expect(
            table.rows.map(\.cells) == [
                ["Код", "Наименование ОО", "Доля"], ["1", "МБОУ \"СОШ № 1\"; филиал", "85,5 %"], ["2", "ООШ", "0,3"],
            ])
        #expect(table.rows.map(\.number) == [1, 2, 4])
    }

    @Test func utf8WithBOMAndCommas() throws {
        let table = try CSVReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\n1,«ёлочки»\n".utf8), file: "r.csv")
        #expect(table.rows.map(\.cells) == [["id", "name"], ["1", "«ёлочки»"]])
    }

    @Test func tabsAndLineBreaksInsideQuotes() throws {
        let table = try CSVReader.read(bytes: Array("a\tb\n\"x\ny\"\tz\n".utf8), file: "r.tsv")
        #expect(table.rows.map(\.cells) == [["a", "b"], ["x\ny", "z"]])
    }

    @Test func unclosedQuoteNamesItsRow() {
        #expect(
            throws: TableError(
                .badCSV, "кавычка, открытая в этой строке, не закрыта до конца файла", file: "r.csv", row: 2)
        ) {
            try CSVReader.read(bytes: Array("a;b\n\"x;y\n".utf8), file: "r.csv")
        }
    }
}

@Suite struct XLSXReaderTests {
    @Test func exampleWorkbookWithTitleRowsAndMergedHeaders() throws {
        let table = try TableFile.read(path: Paths.example("results/vpr-objectivity-2023.xlsx"))
        #expect(table.sheet == "Результаты")
        #expect(table.rows[0].number == 1)
        #expect(
            table.rows[0].cells.allSatisfy {
                $0 == "Результаты муниципального мониторинга объективности проведения ВПР, 2023 год"
            })
        #expect(table.rows[1].number == 3)
        #expect(table.rows[1][0] == "Код" && table.rows[2][0] == "Код")
        #expect(table.rows[1][13] == "Обеспечение позитивного отношения к вопросам объективности ВПР (2023)")
        #expect(table.rows[2][13] == "Наличие социального опроса для участников образовательных отношений на сайте ОО")
        #expect(table.rows[3].cells.prefix(3) == ["OO-001", "МБОУ «СОШ № 1»", "Орлова Ирина Петровна"])
    }

    @Test func missingSheetListsTheSheets() throws {
        let path = Paths.example("results/shnor-2023.xlsx")
        #expect(throws: TableError(.noSheet, "в книге нет листа «Итоги»; есть: Результаты", file: "shnor-2023.xlsx")) {
            try TableFile.read(path: path, sheet: "Итоги")
        }
    }

    @Test func aDocxIsNotAWorkbook() throws {
        let error = #expect(throws: TableError.self) {
            try XLSXReader.read(bytes: try DocumentFixture.docx(body: DocumentFixture.p("x")), file: "x.xlsx")
        }
        #expect(error?.code == .unsupported)
    }

    @Test func columnLettersAndReferences() {
        #expect([0, 25, 26, 701].map(Table.columnLetter) == ["A", "Z", "AA", "ZZ"])
        #expect(XLSXReader.reference("AB12").map { [$0.row, $0.column] } == [12, 27])
        #expect(XLSXReader.reference("12AB") == nil)
    }
}
