import TestSupport
import Testing
import XMLTree
import ZipArchive

@testable import OfficePackage

@Suite struct WritingTests {
    @Test(arguments: ["sample.docx", "sample.odt"])
    func unchangedPackageIsCopiedEntryForEntry(template: String) throws {
        let path = Paths.fixture("templates/" + template)
        let original = try ZipReader(path: path)
        let written = try ZipReader(bytes: try OfficeDocument(path: path).write(), label: "out")
        #expect(Set(written.entries.map(\.name)) == Set(original.entries.map(\.name)))
        for entry in original.entries {
            #expect(try written.read(entry.name) == original.read(entry), "часть \(entry.name)")
        }
    }

    @Test func docxStartsWithContentTypes() throws {
        let written = try ZipReader(
            bytes: try OfficeDocument(path: Paths.fixture("templates/sample.docx")).write(), label: "out")
        #expect(written.entries.prefix(2).map(\.name) == ["[Content_Types].xml", "_rels/.rels"])
    }

    /// The first local file header of an ODT must be `mimetype`, stored, with no extra field.
    @Test func odtFirstLocalHeaderIsStoredMimetypeWithoutExtraField() throws {
        let document = try OfficeDocument(path: Paths.fixture("templates/sample.odt"))
        _ = try document.edit("content.xml")
        let bytes = try document.write()
        #expect(Array(bytes[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        let method = UInt16(bytes[8]) | UInt16(bytes[9]) << 8
        let nameLength = Int(UInt16(bytes[26]) | UInt16(bytes[27]) << 8)
        let extraLength = Int(UInt16(bytes[28]) | UInt16(bytes[29]) << 8)
        #expect(method == 0)
        #expect(extraLength == 0)
        #expect(String(decoding: bytes[30..<(30 + nameLength)], as: UTF8.self) == "mimetype")
        let content = bytes[(30 + nameLength)..<(30 + nameLength + 39)]
        #expect(String(decoding: content, as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test func odtManifestListsExactlyThePartsPresent() throws {
        let document = try OfficeDocument(path: Paths.fixture("templates/sample.odt"))
        document.remove("Thumbnails/thumbnail.png")
        document.setBytes(Array("<?xml version=\"1.0\"?><x/>".utf8), for: "extra/data.xml")
        let written = try OfficeDocument(bytes: try document.write(), label: "out.odt")
        let manifest = try written.xml("META-INF/manifest.xml").root
        let listed = Set(
            manifest.elements("file-entry", in: NS.manifest).compactMap {
                $0.attribute("full-path", in: NS.manifest)
            }.filter { $0 != "/" && !$0.hasSuffix("/") })
        let present = Set(
            written.partNames.filter { !$0.hasSuffix("/") && $0 != "mimetype" && $0 != "META-INF/manifest.xml" })
        #expect(listed == present)
        #expect(!listed.contains("Thumbnails/thumbnail.png"))
        #expect(listed.contains("extra/data.xml"))
    }

    @Test func docxRemovedPartLeavesNoOverrideOrRelationship() throws {
        let document = try OfficeDocument(path: Paths.fixture("templates/sample.docx"))
        let header = try #require(try document.stories().first { $0.kind == .header }).part
        document.remove(header)
        let written = try OfficeDocument(bytes: try document.write(), label: "out.docx")
        let types = try written.xml("[Content_Types].xml").root.elements("Override", in: NS.contentTypes)
        #expect(!types.contains { $0.attribute("PartName") == "/" + header })
        let rels = try Relationship.all(in: written, for: "word/document.xml")
        #expect(!rels.contains { $0.target == header })
        #expect(try written.stories().allSatisfy { $0.part != header })
    }
}
