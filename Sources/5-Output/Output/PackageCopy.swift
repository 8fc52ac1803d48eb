import OfficePackage
import ZipArchive

/// Writes a rendered document: the template's package entry by entry, in its order, with the
/// rendered parts swapped in (deflated) and every other entry copied as stored. The template's
/// package was put in order once, when it was compiled.
public enum PackageCopy {
    public static func write(template: [UInt8], label: String, replacing parts: [String: [UInt8]]) throws -> [UInt8] {
        do {
            let reader = try ZipReader(bytes: template, label: label)
            let writer = try ZipWriter(label: label)
            for entry in reader.entries {
                if let bytes = parts[entry.name] {
                    try writer.add(entry.name, bytes: bytes, compressed: true)
                } else {
                    try writer.copy(entry, from: reader)
                }
            }
            return try writer.finish()
        } catch let error as ZipError {
            throw OfficeError(.writeFailed, error.message, file: label, part: error.entry, cause: error)
        }
    }
}
