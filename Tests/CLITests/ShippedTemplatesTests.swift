import Foundation
import TestSupport
import Testing

/// The shipped templates travel with the program as its resource bundle: `order` and `batch` work
/// from any folder and from an installed copy; `PAPERWORK_TEMPLATES` overrides them file by file.
@Suite struct ShippedTemplatesTests {
    /// The test's environment without `PAPERWORK_TEMPLATES`.
    static let plain = Command.environment(["PAPERWORK_TEMPLATES": nil])

    static func order(
        _ program: String = Paths.paperwork, in folder: URL,
        environment: [String: String] = plain
    ) throws -> CommandResult {
        try Command.run(
            program, ["order", Paths.example("orders/lysogorsk-2022-57.yaml"), "-o", "приказы"],
            in: folder, environment: environment)
    }

    static func batch(in folder: URL, environment: [String: String] = plain) throws -> CommandResult {
        try Command.paperwork(
            [
                "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
                "--results", Paths.example("results/vpr-objectivity-2023.csv"),
                "--department", Paths.example("department/sosnovsky.yaml"), "-o", "итоги", "--format", "docx",
            ],
            in: folder, environment: environment)
    }

    @Test func orderAndBatchRunFromAnyFolder() throws {
        let folder = try Paths.temporaryFolder()
        let order = try Self.order(in: folder)
        #expect(order.status == 0, "\(order.stderr)")
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("приказы/приказ 57 от 23.03.2022.odt").path))
        let batch = try Self.batch(in: folder)
        #expect(batch.status == 0, "\(batch.stderr)")
        for file in ["Справка.docx", "Рейтинг.docx", "приказ 214-од от 20.11.2023.docx"] {
            #expect(
                FileManager.default.fileExists(atPath: folder.appendingPathComponent("итоги/\(file)").path),
                "нет \(file)")
        }
    }

    /// How the README installs the program: the binary and its resource bundle beside it, or the
    /// bundle in `../share/paperwork`, or either reached through a symbolic link.
    @Test(arguments: ["beside", "share", "symlink"])
    func installedCopyFindsItsTemplates(layout: String) throws {
        let install = try Paths.temporaryFolder()
        let bin = install.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let program = bin.appendingPathComponent("paperwork")
        try FileManager.default.copyItem(atPath: Paths.paperwork, toPath: program.path)
        let bundle = URL(fileURLWithPath: Paths.paperwork).deletingLastPathComponent().appendingPathComponent(
            "Paperwork_PaperworkKit.resources")
        let resources = layout == "share" ? install.appendingPathComponent("share/paperwork") : bin
        try FileManager.default.createDirectory(at: resources, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: bundle, to: resources.appendingPathComponent(bundle.lastPathComponent))
        var run = program.path
        if layout == "symlink" {
            run = install.appendingPathComponent("paperwork").path
            try FileManager.default.createSymbolicLink(atPath: run, withDestinationPath: program.path)
        }
        let work = try Paths.temporaryFolder()
        let result = try Self.order(run, in: work)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("приказы").path)
                .filter { !$0.hasPrefix(".") }.count == 2)
    }

    @Test func copyWithoutItsBundleSaysHowToInstall() throws {
        let install = try Paths.temporaryFolder()
        let program = install.appendingPathComponent("paperwork")
        try FileManager.default.copyItem(atPath: Paths.paperwork, toPath: program.path)
        let work = try Paths.temporaryFolder()
        let result = try Self.order(program.path, in: work)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "ошибка (ничего не записано): templates_missing: не найдены поставляемые шаблоны: "
                    + "рядом с программой нет папки Paperwork_PaperworkKit.resources"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
    }

    @Test func brokenTemplateInTheOverrideFolderIsUsedAndNamed() throws {
        let templates = try Paths.temporaryFolder()
        try Data("не документ".utf8).write(to: templates.appendingPathComponent("order.odt"))
        try Data(try DocumentFixture.docx(body: DocumentFixture.p("{{ issuer"))).write(
            to: templates.appendingPathComponent("letter.docx"))
        let environment = Command.environment(["PAPERWORK_TEMPLATES": templates.path])
        let folder = try Paths.temporaryFolder()
        let order = try Self.order(in: folder, environment: environment)
        #expect(order.status == 65)
        #expect(
            order.stderr.hasPrefix("ошибка (ничего не записано): order.odt: zip_not_an_archive:"), "\(order.stderr)")
        let batch = try Self.batch(in: folder, environment: environment)
        #expect(batch.status == 65)
        #expect(batch.stderr.contains("letter.docx: word/document.xml, абзац 1: unclosed_tag:"), "\(batch.stderr)")
        // The templates the folder does not hold are the shipped ones: only the letter is at fault.
        #expect(batch.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1, "\(batch.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func missingOverrideFolderIsAnError() throws {
        let folder = try Paths.temporaryFolder()
        let environment = Command.environment(["PAPERWORK_TEMPLATES": folder.appendingPathComponent("нет такой").path])
        let result = try Self.batch(in: folder, environment: environment)
        #expect(result.status == 65)
        let lines = result.stderr.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 1, "одна строка на все шаблоны: \(result.stderr)")
        #expect(lines.first?.contains("templates_folder_not_found: папка шаблонов «") == true)
    }
}
