import Foundation
import TestSupport
import Testing

@Suite struct BatchCommandTests {
    @Test func writesEverythingAndSummarises() throws {
        let folder = try Paths.temporaryFolder()
        let result = try Command.paperwork([
            "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
            "--results", Paths.example("results/vpr-objectivity-2023.csv"),
            "--department", Paths.example("department/sosnovsky.yaml"), "-o", folder.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "Готово. ОО по уровням:\n  высокий уровень: 7 (26,9\u{A0}%)\n  достаточный уровень: 10 (38,5\u{A0}%)\n"
                + "  низкий уровень: 9 (34,6\u{A0}%)\nЗаписано файлов: 59 в папку \(folder.path)\n")
        let letters = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("письма").path)
        #expect(letters.count == 52)
        #expect(letters.allSatisfy { !$0.contains("/") && !$0.contains("«") })
        let csv = try Data(contentsOf: folder.appendingPathComponent("Рейтинг.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix(
                "Место;Код;Образовательная организация;Баллы;Из;%;Уровень\r\n1;OO-001;"))
    }

    @Test func resultsWithErrorsWriteNothingAndListEveryError() throws {
        let folder = try Paths.temporaryFolder()
        let source = try String(
            contentsOfFile: Paths.example("results/vpr-objectivity-2023.csv"), encoding: .windowsCP1251)
        var lines = source.components(separatedBy: "\r\n")
        lines[1] = lines[1].replacingOccurrences(of: ";3;20;6;", with: ";5;20;6;")
        lines[4] = lines[4].replacingOccurrences(of: "по всем предметам и всем параллелям", with: "иногда")
        lines[6] = lines[6].replacingOccurrences(of: "OO-006", with: "OO-001")
        let results = folder.appendingPathComponent("плохие.csv")
        try Data(lines.joined(separator: "\r\n").data(using: .windowsCP1251) ?? Data()).write(to: results)
        let out = folder.appendingPathComponent("out")
        let result = try Command.paperwork([
            "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
            "--results", results.path, "--department", Paths.example("department/sosnovsky.yaml"),
            "-o", out.path,
        ])
        #expect(result.status == 65)
        let errors = result.stderr.split(separator: "\n").map(String.init)
        #expect(errors.first == "ошибки (3), ничего не записано:")
        #expect(
            errors.contains("плохие.csv, строка 2, столбец «fis_oko»: out_of_range: 5 — вне допустимого: от 0 до 3"))
        #expect(
            errors.contains { $0.hasPrefix("плохие.csv, строка 5, столбец «observation»: value_not_allowed: «иногда»") }
        )
        #expect(
            errors.contains(
                "плохие.csv, строка 7, столбец «Код ОО»: duplicate_school: код ОО «OO-001» уже встречался в строке 2"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

/// The batch as PDF: the pool's progress and errors as the command line shows them.
@Suite struct BatchPDFCommandTests {
    static func arguments(_ output: String) -> [String] {
        [
            "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
            "--results", Paths.example("results/vpr-objectivity-2023.csv"),
            "--department", Paths.example("department/sosnovsky.yaml"), "-o", output, "--format", "pdf",
        ]
    }

    /// A stand-in soffice first on PATH converts every document but letter 01-12/005 (and a volume
    /// that binds it): the run fails with status 1, names that one letter, and publishes nothing.
    @Test func aDocumentLibreOfficeCannotConvertIsNamed() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try """
        #!/bin/sh
        fails='import sys, zipfile; sys.exit("12/005" in zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())'
        out=""
        while [ $# -gt 0 ]; do
          case "$1" in
            --outdir) out="$2"; shift 2 ;;
            -*|pdf) shift ;;
            *) file="$1"; base=$(basename "$1"); shift
               python3 -c "$fails" "$file" || continue
               printf '%%PDF-1.4\\n%%%%EOF\\n' > "$out/${base%.*}.pdf" ;;
          esac
        done
        """.write(to: bin.appendingPathComponent("soffice"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("soffice").path)
        let output = folder.appendingPathComponent("итоги")
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try Command.paperwork(
            Self.arguments(output.path), environment: Command.environment(["PATH": path]))
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 1)
        #expect(
            lines.first.map {
                $0.hasPrefix("ошибка (ничего не записано): OO-")
                    && $0.contains(".pdf: pdf_not_converted: LibreOffice не смог преобразовать документ в PDF")
            } == true, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

/// The batch as PDF with the real LibreOffice: every PDF written and readable.
@Suite(.enabled(if: LibreOffice.testsEnabled, "LibreOffice (soffice) не установлен; в CI этот тест обязателен"))
struct BatchPDFLibreOfficeTests {
    @Test func writesEveryDocumentAsPDF() throws {
        let pdftotext = try #require(
            ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            },
            "pdftotext не установлен: apt-get install poppler-utils")
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Command.paperwork(BatchPDFCommandTests.arguments(folder.path))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("Записано файлов: 30 в папку \(folder.path)\n"))
        let letters = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("письма").path)
        #expect(letters.filter { $0.hasSuffix(".pdf") }.count == 26)
        let letter = folder.appendingPathComponent("письма/OO-005 МБОУ СОШ № 5.pdf").path
        let text = try Command.run(pdftotext, ["-enc", "UTF-8", letter, "-"]).stdout.replacingOccurrences(
            of: "\u{A0}", with: " ")
        #expect(text.contains("Директору МБОУ «СОШ № 5»"), "\(text)")
        #expect(text.contains("Уважаемая Марина Викторовна!"), "\(text)")
        let report = try Command.run(
            pdftotext, ["-enc", "UTF-8", folder.appendingPathComponent("Справка.pdf").path, "-"]
        ).stdout
        #expect(report.contains("СПРАВКА"))
    }
}
