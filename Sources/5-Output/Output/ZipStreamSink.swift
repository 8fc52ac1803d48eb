import Diagnostics
import Foundation
import ZipArchive

/// One ZIP archive of the documents, written front to back into any byte stream (a file, an
/// HTTP response) without seeking: each entry's header and bytes as it is added, the central
/// directory on ``commit()``. Until then the stream is not a readable archive, so ``discard()``
/// (which writes nothing more) leaves the receiver nothing to open by mistake.
///
/// Entries are stored, not compressed (DOCX, ODT and PDF are compressed already), with UTF-8 names
/// (flag bit 11). Each document's bytes are whole when added, so its CRC-32 and sizes go into the
/// local header itself and no data descriptor is needed — which keeps the archive readable by
/// streaming readers too (Java's `ZipInputStream` refuses stored entries with data descriptors).
/// ZIP64 is not written: an archive past 4 GB or 65 535 documents is refused.
public final class ZipStreamSink: DocumentSink, @unchecked Sendable {
    private let write: ([UInt8]) throws -> Void
    private let label: String
    private let time: (date: UInt16, time: UInt16)
    private let lock = NSLock()
    private var central: [UInt8] = []
    private var names: Set<String> = []
    private var count = 0
    private var offset = 0
    private var finished = false
    /// The largest archive written: 4 GB without ZIP64 (smaller in tests).
    let limit: Int

    /// An archive written chunk by chunk through `write`; `label` names it in messages; every
    /// entry carries the time `modified`.
    public convenience init(label: String, modified: Date = Date(), write: @escaping ([UInt8]) throws -> Void) {
        self.init(label: label, modified: modified, limit: 0xFFFF_FFFF, write: write)
    }

    init(label: String, modified: Date, limit: Int, write: @escaping ([UInt8]) throws -> Void) {
        self.label = label
        self.write = write
        self.limit = limit
        self.time = ZipStreamSink.dosTime(modified)
    }

    /// An archive written into an open file, pipe or socket.
    public convenience init(label: String, handle: FileHandle, modified: Date = Date()) {
        self.init(label: label, modified: modified) { chunk in try handle.write(contentsOf: chunk) }
    }

    public func add(_ name: String, bytes: [UInt8]) throws {
        try DocumentName.check(name)
        try lock.withLock {
            guard !finished else { throw failure("архив «\(label)» уже закончен или прерван", name) }
            guard names.insert(name).inserted else { throw failure("два документа получили одно имя «\(name)»", name) }
            let encoded = Array(name.utf8)
            let header = 30 + encoded.count
            guard count < 0xFFFF, offset + header + bytes.count + central.count + 46 + encoded.count + 22 <= limit
            else {
                finished = true
                throw failure(
                    "архив «\(label)» получается больше 4 ГБ или 65 535 документов; выберите меньше форматов "
                        + "или разделите работу на части", name)
            }
            let crc = CRC32.checksum(bytes)
            var local = ZipRecord(capacity: header)
            local.uint32(0x0403_4B50)
            common(&local, crc: crc, size: bytes.count, name: encoded)
            local.bytes(encoded)
            var entry = ZipRecord(capacity: 46 + encoded.count)
            entry.uint32(0x0201_4B50)
            entry.uint16(3 << 8 | 20)  // made by: Unix, ZIP 2.0
            common(&entry, crc: crc, size: bytes.count, name: encoded)
            entry.uint16(0)  // comment length
            entry.uint16(0)  // disk number
            entry.uint16(0)  // internal attributes
            entry.uint32(UInt32(0o100644) << 16)  // external: a regular file, rw-r--r--
            entry.uint32(UInt32(offset))
            entry.bytes(encoded)
            try send(local.data, name)
            try send(bytes, name)
            central += entry.data
            offset += header + bytes.count
            count += 1
        }
    }

    /// The fields a local header and a central directory entry share, from «version needed» on.
    private func common(_ record: inout ZipRecord, crc: UInt32, size: Int, name: [UInt8]) {
        record.uint16(20)  // version needed: 2.0
        record.uint16(1 << 11)  // flags: UTF-8 names
        record.uint16(0)  // method: stored
        record.uint16(time.time)
        record.uint16(time.date)
        record.uint32(crc)
        record.uint32(UInt32(size))
        record.uint32(UInt32(size))
        record.uint16(UInt16(name.count))
        record.uint16(0)  // extra field length
    }

    public func commit() throws {
        try lock.withLock {
            guard !finished else { throw failure("архив «\(label)» уже закончен или прерван", nil) }
            var end = ZipRecord(capacity: 22)
            end.uint32(0x0605_4B50)
            end.uint16(0)  // this disk
            end.uint16(0)  // disk with the central directory
            end.uint16(UInt16(count))
            end.uint16(UInt16(count))
            end.uint32(UInt32(central.count))
            end.uint32(UInt32(offset))
            end.uint16(0)  // comment length
            try send(central + end.data, nil)
            finished = true
            central = []
        }
    }

    public func discard() {
        lock.withLock {
            finished = true
            central = []
        }
    }

    /// Passes `chunk` on; a failure of the stream ends the archive.
    private func send(_ chunk: [UInt8], _ name: String?) throws {
        do {
            try write(chunk)
        } catch {
            finished = true
            let reason = (error as? Diagnostic)?.message ?? Diagnostic.from(error).first.map(\.message) ?? ""
            throw failure("не удалось передать архив «\(label)»: \(reason)", name)
        }
    }

    private func failure(_ message: String, _ name: String?) -> Diagnostic {
        Diagnostic("output_write_failed", message, at: SourceLocation(file: name ?? label))
    }

    /// MS-DOS date and time of `date` in the local time zone (1980 at the earliest).
    static func dosTime(_ date: Date) -> (date: UInt16, time: UInt16) {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: date)
        let year = max(0, min(127, (parts.year ?? 1980) - 1980))
        let day = UInt16(year << 9 | (parts.month ?? 1) << 5 | (parts.day ?? 1))
        let time = UInt16((parts.hour ?? 0) << 11 | (parts.minute ?? 0) << 5 | (parts.second ?? 0) / 2)
        return (day, time)
    }
}

/// Little-endian fields of a ZIP record.
struct ZipRecord {
    private(set) var data: [UInt8] = []

    init(capacity: Int) { data.reserveCapacity(capacity) }

    mutating func uint16(_ value: UInt16) { data += [UInt8(value & 0xFF), UInt8(value >> 8)] }
    mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
    mutating func bytes(_ bytes: [UInt8]) { data += bytes }
}
