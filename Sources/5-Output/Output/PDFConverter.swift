import Foundation
import OfficePackage

/// Turns DOCX and ODT into PDF with LibreOffice (`soffice --headless --convert-to pdf`).
public enum PDFConverter {
    /// A conversion that could not be done, with the reason in Russian.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// The soffice executable, when LibreOffice is installed.
    public static var executable: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        return (paths + ["/usr/lib/libreoffice/program", "/opt/libreoffice/program"])
            .map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Converts many documents in one LibreOffice start (a start costs seconds).
    /// - Parameter documents: each document's name (for messages), bytes and office format.
    /// - Returns: the PDF bytes of each document, in order.
    public static func convertAll(_ documents: [(name: String, bytes: [UInt8], format: OfficeFormat)]) throws
        -> [[UInt8]]
    {
        guard let soffice = executable else {
            throw Failure(
                message: "для вывода в PDF нужен LibreOffice, а он не установлен; установите пакет "
                    + "libreoffice-writer-nogui или уберите pdf из --format")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("paperwork-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var sources: [String] = []
        for (index, document) in documents.enumerated() {
            let source = work.appendingPathComponent("d\(index).\(document.format.fileExtension)")
            try Data(document.bytes).write(to: source)
            sources.append(source.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            [
                "-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)",
                "--headless", "--convert-to", "pdf", "--outdir", work.path,
            ] + sources
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try documents.enumerated().map { index, document in
            guard let data = FileManager.default.contents(atPath: work.appendingPathComponent("d\(index).pdf").path)
            else {
                throw Failure(
                    message: "LibreOffice не смог преобразовать в PDF: \((document.name as NSString).lastPathComponent)"
                )
            }
            return [UInt8](data)
        }
    }

    /// Converts a document's bytes (`format`) to PDF.
    /// - Returns: the PDF's bytes.
    public static func convert(_ bytes: [UInt8], format: OfficeFormat) throws -> [UInt8] {
        guard let soffice = executable else {
            throw Failure(
                message: "для вывода в PDF нужен LibreOffice, а он не установлен; установите пакет "
                    + "libreoffice-writer-nogui или выберите вывод в .\(format.fileExtension)")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("paperwork-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("document.\(format.fileExtension)")
        try Data(bytes).write(to: source)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
            "-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)",
            "--headless", "--convert-to", "pdf", "--outdir", work.path, source.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdf = work.appendingPathComponent("document.pdf")
        guard let data = FileManager.default.contents(atPath: pdf.path) else {
            throw Failure(
                message: "LibreOffice не смог преобразовать документ в PDF (код \(process.terminationStatus))")
        }
        return [UInt8](data)
    }
}
