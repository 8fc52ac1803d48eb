import Foundation
import TemplateEngine
import TestSupport
import Testing

@testable import PaperworkKit

/// The department's own nouns (`nouns:` in its file) reach `agree` in the batch's texts.
@Suite struct BatchNounsTests {
    @Test func departmentNounsAreCounted() throws {
        var inputs = try BatchTests.inputs(formats: [.docx])
        var text = String(decoding: inputs.department.bytes, as: UTF8.self)
        text = text.replacingOccurrences(
            of: "в {{ schools_count }} общеобразовательных организациях района.",
            with: #"в {{ schools_count | agree(\"опорная площадка\", \"prepositional\", \"words\") }} района."#)
        text += """

            nouns:
              площадка:
                gender: f
                singular: площадка, площадки, площадке, площадку, площадкой, площадке
                plural: площадки, площадок, площадкам, площадки, площадками, площадках

            """
        inputs.department = NamedBytes(name: inputs.department.name, text: text)
        let batch = try Batch(inputs)
        guard case .object(let report) = batch.report else {
            Issue.record("нет справки")
            return
        }
        #expect(report["intro"]?.text.hasSuffix("в двадцати шести опорных площадках района.") == true)
    }
}
