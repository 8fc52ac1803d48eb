import Foundation
import TestSupport
import Testing

@testable import PaperworkKit

/// Templates as named bytes: the shipped ones from the resource bundle, overridden file by file
/// by the `PAPERWORK_TEMPLATES` folder.
@Suite struct TemplateLocatorTests {
    static let shipped = ["order", "order-landscape", "report", "rating", "letter"].flatMap {
        ["\($0).docx", "\($0).odt"]
    }

    @Test func everyShippedTemplateComesFromTheBundleAndCompiles() throws {
        let bundle = try #require(TemplateLocator.shippedFolder())
        #expect(bundle.lastPathComponent == "Paperwork_PaperworkKit.resources")
        for name in Self.shipped {
            let file = try TemplateLocator.template(name, environment: [:])
            #expect(file.name == name)
            // One source of truth: the bundle holds the files of the target's Templates folder.
            #expect(file.bytes == (try Data(contentsOf: URL(fileURLWithPath: Paths.templates(name)))), "\(name)")
            #expect(try file.compile().file == name)
        }
    }

    @Test func overrideFolderReplacesOnlyTheFilesItHolds() throws {
        let folder = try Paths.temporaryFolder()
        let own = try DocumentFixture.docx(body: DocumentFixture.p("{{ title }}"))
        try Data(own).write(to: folder.appendingPathComponent("letter.docx"))
        let environment = ["PAPERWORK_TEMPLATES": folder.path]
        #expect(
            try TemplateLocator.template("letter.docx", environment: environment)
                == NamedBytes(name: "letter.docx", bytes: Data(own)))
        let report = try TemplateLocator.template("report.docx", environment: environment)
        #expect(report.bytes == (try Data(contentsOf: URL(fileURLWithPath: Paths.templates("report.docx")))))
    }

    @Test func missingOverrideFolderAndUnknownTemplateAreDiagnosed() throws {
        let missing = ["PAPERWORK_TEMPLATES": "/нет/такой/папки"]
        #expect { try TemplateLocator.template("order.docx", environment: missing) } throws: { error in
            (error as? Diagnostic)?.code == "templates_folder_not_found"
                && (error as? Diagnostic)?.message.hasPrefix(
                    "папка шаблонов «/нет/такой/папки» из переменной PAPERWORK_TEMPLATES") == true
        }
        #expect { try TemplateLocator.template("memo.docx", environment: [:]) } throws: { error in
            (error as? Diagnostic)?.code == "templates_missing" && (error as? Diagnostic)?.location.file == "memo.docx"
        }
    }
}
