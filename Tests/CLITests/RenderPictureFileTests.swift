import Foundation
import TestSupport
import Testing

/// `paperwork render` gives the template the files beside the data file: `image("герб.png")`
/// places the emblem lying there; a name leading out of that folder fails at its tag, and nothing
/// is written.
@Suite struct RenderPictureFileTests {
    /// An 8×8 chequered PNG.
    static let png = Data(
        base64Encoded:
            "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAAAAADhZOFXAAAAE0lEQVR4nGP4zwCBDAz/0SBJIgB8BB/hqRvM5AAAAABJRU5ErkJggg==")

    static func folder() throws -> (folder: URL, template: String, data: String) {
        let folder = try Paths.temporaryFolder()
        let template = folder.appendingPathComponent("бланк.docx")
        try Data(try DocumentFixture.docx(body: DocumentFixture.p("Герб: {{ image(emblem, width=\"2cm\") }}")))
            .write(to: template)
        let data = folder.appendingPathComponent("данные")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let png = try #require(Self.png)
        try png.write(to: URL(fileURLWithPath: data.path).appendingPathComponent("герб.png"))
        try png.write(to: folder.appendingPathComponent("чужой.png"))
        return (folder, template.path, data.path)
    }

    @Test func aPictureBesideTheDataIsPlaced() throws {
        let (folder, template, data) = try Self.folder()
        let yaml = URL(fileURLWithPath: data).appendingPathComponent("данные.yaml")
        try "emblem: герб.png\n".write(to: yaml, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.docx").path
        let result = try Command.paperwork(["render", template, yaml.path, "-o", output])
        #expect(result.status == 0, "\(result.stderr)")
        let inspected = try Command.paperwork(["inspect", output])
        #expect(inspected.stdout.contains("word/media/"), "\(inspected.stdout)")
    }

    @Test(arguments: ["../чужой.png", "/etc/passwd"])
    func aNameLeavingTheDataFolderIsRefused(name: String) throws {
        let (folder, template, data) = try Self.folder()
        let yaml = URL(fileURLWithPath: data).appendingPathComponent("данные.yaml")
        try "emblem: \"\(name)\"\n".write(to: yaml, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.docx").path
        let result = try Command.paperwork(["render", template, yaml.path, "-o", output])
        #expect(result.status == 65)
        #expect(
            result.stderr.contains(
                "бланк.docx: word/document.xml, абзац 1: filter_failed: image: «\(name)» — укажите файл"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}

extension RenderPictureFileTests {
    /// `paperwork check` with data reads the same files: a picture beside the data is no problem.
    @Test func checkReadsTheFilesBesideTheData() throws {
        let (_, template, data) = try Self.folder()
        let yaml = URL(fileURLWithPath: data).appendingPathComponent("данные.yaml")
        try "emblem: герб.png\n".write(to: yaml, atomically: true, encoding: .utf8)
        let result = try Command.paperwork(["check", template, yaml.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Данные подходят"))
    }
}
