import Foundation
import TemplateEngine
import TestSupport
import Testing

/// A template file (`.dotx`, `.ott`) renders to a document (`.docx`, `.odt`): Word and
/// python-docx refuse a `.docx` that still says it is a template.
@Suite struct TemplateKindTests {
    static let documentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    static let templateType = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
    static let odtType = "application/vnd.oasis.opendocument.text"
    static let ottType = "application/vnd.oasis.opendocument.text-template"

    @Test func dotxRendersWithTheDocumentContentType() throws {
        let docx = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.fixture("templates/sample.docx"))))
        let dotx = try PackageEdit.replacing(
            Self.documentType, with: Self.templateType, in: "[Content_Types].xml", of: docx)
        #expect(try PackageEdit.text(of: "[Content_Types].xml", in: dotx).contains(Self.templateType))
        let output = try Template(bytes: dotx, label: "приказ.dotx").render(
            .object([]), options: Template.Options(lenient: true))
        let types = try PackageEdit.text(of: "[Content_Types].xml", in: output)
        #expect(types.contains("PartName=\"/word/document.xml\" ContentType=\"\(Self.documentType)\""))
        #expect(!types.contains("template.main+xml"))
        #expect(try OfficeDocumentText.paragraphs(output).contains("ПРИКАЗ"))
    }

    @Test func ottRendersWithTheTextMediaType() throws {
        let odt = try DocumentFixture.odt(body: DocumentFixture.tp("Справка для {{ school }}"))
        var ott = try PackageEdit.replacing(Self.odtType, with: Self.ottType, in: "mimetype", of: odt)
        ott = try PackageEdit.replacing(
            "\"\(Self.odtType)\"", with: "\"\(Self.ottType)\"", in: "META-INF/manifest.xml", of: ott)
        let output = try Template(bytes: ott, label: "справка.ott").render(
            .object([("school", .string("МБОУ «СОШ № 3»"))]))
        #expect(try PackageEdit.text(of: "mimetype", in: output) == Self.odtType)
        let manifest = try PackageEdit.text(of: "META-INF/manifest.xml", in: output)
        #expect(manifest.contains("manifest:full-path=\"/\" manifest:media-type=\"\(Self.odtType)\""))
        #expect(!manifest.contains("text-template"))
        #expect(try OfficeDocumentText.paragraphs(output) == ["Справка для МБОУ «СОШ №\u{A0}3»"])
    }
}
