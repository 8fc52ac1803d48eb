import Foundation
import PaperworkKit
import Testing

@testable import PaperworkWeb

/// The web page names no files to a template: `image("герб.png")` there says to give the picture
/// as base64, even when the department's files hold a file of that name.
@Suite struct StoredFilesPictureTests {
    @Test func aTemplateCannotNameFilesOnTheWebPage() throws {
        let files = StoredFiles(
            files: ["department/герб.png": Data([0x89, 0x50, 0x4E, 0x47])], folder: ["department"], methodology: nil,
            results: nil, catalogue: nil)
        #expect {
            _ = try files.attachedFiles.read("герб.png", maximumBytes: 1_000)
        } throws: { error in
            let message = (error as? FilterFailure)?.message ?? ""
            return message.contains("на веб-странице нельзя указывать файлы по имени") && message.contains("base64")
        }
    }
}
