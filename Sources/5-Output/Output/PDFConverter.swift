import Foundation
import OfficePackage

/// Turns DOCX and ODT into PDF with LibreOffice (`soffice --headless --convert-to pdf`), on a
/// ``PDFPool`` of processes.
public enum PDFConverter {
    /// The soffice executable, when LibreOffice is installed: the first on `PATH`, else in
    /// LibreOffice's usual program folders. The one place that looks for it.
    public static var executable: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        return (paths + ["/usr/lib/libreoffice/program", "/opt/libreoffice/program"])
            .map { $0 + "/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Converts many documents on a pool of LibreOffice processes (one a core).
    /// - Parameters:
    ///   - documents: each document's name (for messages), bytes and office format.
    ///   - processes: how many soffice run at once; nil for one a core.
    ///   - progress: called with (converted, total), first with (0, total), from any thread.
    ///   - deliver: takes each document's index and its PDF as soon as it is complete, from any thread.
    /// - Throws: ``Failure`` naming every document that could not be converted (the others are
    ///   delivered), or when LibreOffice is missing; what `deliver` throws.
    public static func convertAll(
        _ documents: [(name: String, bytes: [UInt8], format: OfficeFormat)], processes: Int? = nil,
        progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in },
        deliver: @escaping @Sendable (Int, [UInt8]) throws -> Void
    ) throws {
        guard let soffice = executable else {
            throw Failure(
                .notInstalled,
                "для вывода в PDF нужен LibreOffice, а он не установлен; установите пакет "
                    + "libreoffice-writer-nogui или уберите pdf из --format")
        }
        let pool = PDFPool(executable: soffice, processes: processes ?? PDFPool.defaultProcesses)
        try pool.convertBinding(documents, deliver: deliver, progress: progress)
    }

    /// Converts one document's bytes (`format`) to PDF.
    /// - Returns: the PDF's bytes.
    /// - Throws: ``Failure`` when LibreOffice is missing or cannot convert the document.
    public static func convert(_ bytes: [UInt8], format: OfficeFormat, name: String = "документ") throws -> [UInt8] {
        let result = PDFResult()
        try convertAll([(name, bytes, format)], processes: 1) { _, pdf in result.set(pdf) }
        guard let pdf = result.value else {
            throw Failure(.notConverted, "LibreOffice не преобразовал документ «\(name)» в PDF; проверьте документ")
        }
        return pdf
    }
}

/// The one PDF of ``PDFConverter/convert(_:format:name:)``, set from the pool's thread.
private final class PDFResult: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8]?

    func set(_ pdf: [UInt8]) { lock.withLock { bytes = pdf } }
    var value: [UInt8]? { lock.withLock { bytes } }
}
