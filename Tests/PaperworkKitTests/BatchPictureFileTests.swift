import Foundation
import OfficePackage
import PaperworkKit
import TestSupport
import Testing

/// A batch gives its templates the files beside the department file: a department's own letter
/// template may show `image("emblem.png")` from there.
@Suite struct BatchPictureFileTests {
    @Test func aLetterTemplateReadsAPictureBesideTheDepartmentFile() throws {
        var inputs = try Batch.Inputs.files(
            methodology: Paths.example("methodologies/vpr-objectivity.yaml"),
            results: Paths.example("results/vpr-objectivity-2023.csv"),
            department: Paths.example("department/sosnovsky.yaml"), formats: [.docx])
        let template = try DocumentFixture.docx(
            body: DocumentFixture.p("{{ image(\"emblem.png\", height=\"1.5cm\") }}")
                + DocumentFixture.p("{{ salutation }}"))
        inputs.templates = ["letter.docx": NamedBytes(name: "letter.docx", bytes: Data(template))]
        let sink = MemorySink()
        let letters = try Paperwork.batch(inputs).writeLetters(into: sink)
        try sink.commit()
        #expect(!letters.names.isEmpty)
        let emblem = try Data(contentsOf: URL(fileURLWithPath: Paths.example("department/emblem.png")))
        for name in letters.names {
            let document = try OfficeDocument(bytes: try #require(sink.documents[name]), label: name)
            let media = document.partNames.filter { $0.hasPrefix("word/media/") }
            #expect(media.count == 1)
            #expect(try media.first.map { Data(try document.bytes(of: $0)) } == emblem)
        }
    }
}
