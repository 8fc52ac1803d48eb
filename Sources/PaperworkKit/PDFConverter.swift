import Foundation
import OfficePackage

/// Turns DOCX and ODT into PDF with LibreOffice (`soffice --headless --convert-to pdf`).
public enum PDFConverter {
    /// The soffice executable, when LibreOffice is installed: the first on `PATH`, else in
    /// LibreOffice's usual program folders. The one place that looks for it.
    public static var executable: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        return (paths + ["/usr/lib/libreoffice/program", "/opt/libreoffice/program"])
            .map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Converts many documents on a pool of LibreOffice processes (one a core), each PDF written
    /// atomically to its `path`.
    /// - Parameters:
    ///   - processes: how many soffice run at once; nil for one a core.
    ///   - progress: called with (converted, total), first with (0, total), from any thread.
    /// - Throws: ``Failure`` naming every document that could not be converted (the others are
    ///   written), or when LibreOffice is missing; ``OfficeError`` when a PDF cannot be written.
    public static func convertAll(_ documents: [(bytes: [UInt8], format: OfficeFormat, path: String)], processes: Int? = nil,
                                  progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws {
        guard let soffice = executable else {
            throw Failure(.notInstalled, "для вывода в PDF нужен LibreOffice, а он не установлен; установите пакет "
                          + "libreoffice-writer-nogui или уберите pdf из --format")
        }
        let pool = PDFPool(executable: soffice, processes: processes ?? PDFPool.defaultProcesses)
        try pool.convert(documents, progress: progress)
    }

    /// Converts a document's bytes (`format`) to PDF and writes it atomically to `path`.
    /// - Throws: ``Failure`` when LibreOffice is missing or cannot convert the document;
    ///   ``OfficeError`` when the PDF cannot be written.
    public static func convert(_ bytes: [UInt8], format: OfficeFormat, to path: String) throws {
        guard let soffice = executable else {
            throw Failure(.notInstalled, "для вывода в PDF нужен LibreOffice, а он не установлен; установите пакет "
                          + "libreoffice-writer-nogui или выберите вывод в .\(format.fileExtension)")
        }
        try PDFPool(executable: soffice, processes: 1).convert([(bytes, format, path)])
    }
}
